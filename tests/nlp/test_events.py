"""Event coding through the whole pipeline, on sentences written for these tests."""
from __future__ import annotations

import pytest

import warta

DATE = "2024-11-16"  # a Saturday


def events(text: str, date: str | None = DATE) -> list[tuple[str, list[str], list[str]]]:
    """Every event the coder codes, however unsure (the default leaves out those below even odds)."""
    record = warta.analyze(text, date=date, title="Judul uji", min_confidence=0)
    return [(e["type"], _keys(e["actors"]), _keys(e["recipients"])) for e in record["events"]]


def _keys(actors: list[dict]) -> list[str]:
    return sorted(a["country"] or a["code"] or a["name"] for a in actors)


def only(text: str, date: str | None = DATE) -> dict:
    record = warta.analyze(text, date=date, title="Judul uji", min_confidence=0)
    assert len(record["events"]) == 1, record["events"]
    return record["events"][0]


@pytest.mark.parametrize("text, expected", [
    # active S-V-O
    ("Israel menyerang Lebanon selatan pada Jumat.", ("ASSAULT", ["ISR"], ["LBN"])),
    ("Pasukan Rusia menembaki desa-desa Ukraina di dekat Kharkiv.", ("ASSAULT", ["RUS"], ["UKR"])),
    # passive with oleh reverses the surface order
    ("Kota Kharkiv diserang oleh rudal Rusia pada Kamis malam.", ("ASSAULT", ["RUS"], ["UKR"])),
    # agentless passive keeps the actor empty
    ("Sebuah pangkalan militer Suriah dibom pada Selasa dini hari.", ("ASSAULT", [], ["SYR"])),
    # visit: the place visited stands for its state
    ("Perdana Menteri India tiba di Jakarta untuk kunjungan kenegaraan.", ("CONSULT", ["IND"], ["IDN"])),
    ("Presiden Prancis mengunjungi Vietnam pekan ini.", ("CONSULT", ["FRA"], ["VNM"])),
    # compound actor stays one event
    ("Jepang, Korea Selatan, dan Australia mengecam Korea Utara.", ("ACCUSE", ["AUS", "JPN", "KOR"], ["PRK"])),
    # two-sided fighting: all sides are actors
    ("Tentara Thailand dan Kamboja terlibat baku tembak di perbatasan.", ("ASSAULT", ["KHM", "THA"], [])),
    # nominal event with its possessor as actor
    ("Serangan Israel ke Gaza menewaskan puluhan warga.", ("ASSAULT", ["ISR"], ["PSE"])),
    # headline style with a bare verb
    ("Iran Kecam Amerika Serikat", ("ACCUSE", ["IRN"], ["USA"])),
    # a denial aimed at a country
    ("Beijing membantah tuduhan Filipina soal kapal nelayan.", ("REJECT", ["CHN"], ["PHL"])),
    # an event noun after "terjadi", with its sides after "antara"
    ("Terjadi baku tembak antara tentara Thailand dan Kamboja di perbatasan.", ("ASSAULT", ["KHM", "THA"], [])),
    ("Pertemuan antara Menlu Jepang dan Menlu Korea Selatan berlangsung di Seoul.",
     ("CONSULT", ["JPN", "KOR"], [])),
    # an event noun as subject with its own agent or target
    ("Penangkapan lima warga Malaysia oleh polisi Thailand berlangsung di Yala.", ("COERCE", ["THA"], ["MYS"])),
    ("Penyerangan terhadap kapal Filipina memicu kemarahan.", ("ASSAULT", [], ["PHL"])),
    # a light verb that extends an event ("memperketat sanksi", "memperluas serangan")
    ("Pemerintah Jepang memperketat sanksi terhadap Rusia.", ("SANCTION", ["JPN"], ["RUS"])),
    # a causative casualty verb with a named actor
    ("Pasukan Israel menewaskan tiga anggota Hamas di Khan Younis.", ("ASSAULT", ["ISR"], ["PSE"])),
    # ramming a vessel; a common noun with its country right after a passive verb is the agent
    ("Kapal nelayan Vietnam ditabrak kapal patroli Malaysia di Laut Natuna.", ("ASSAULT", ["MYS"], ["VNM"])),
    ("Konvoi bantuan PBB dihadang tentara Israel di Rafah.", ("COERCE", ["ISR"], ["UN"])),
    # detection reports: those detected are the actors of the show of force
    ("Jepang mendeteksi 12 pesawat militer Rusia di dekat Hokkaido.", ("MOBILIZE", ["RUS"], [])),
    # working together with a partner
    ("Polisi Thailand berkoordinasi dengan kepolisian Malaysia untuk memburu tersangka.",
     ("COOPERATE", ["MYS", "THA"], [])),
    # threats phrased as retaliation to come
    ("Menteri Luar Negeri Iran mengatakan Teheran akan mengambil langkah balasan terhadap Inggris.",
     ("THREATEN", ["IRN"], ["GBR"])),
    # fired from a place: that is who fired; "Taliban tewas" is who died, not an attack by the Taliban
    ("Sekitar 40 roket ditembakkan dari Lebanon ke Israel utara.", ("ASSAULT", ["LBN"], ["ISR"])),
    # welcoming a decision is support; welcoming a guest is a visit
    ("Iran menyambut kesepakatan damai antara Armenia dan Azerbaijan.", ("SUPPORT", ["IRN"], ["ARM", "AZE"])),
    ("Presiden Indonesia menyambut Perdana Menteri Malaysia di Istana Merdeka.", ("CONSULT", ["IDN"], ["MYS"])),
    # a denial said of a claim: the one who says it denies, the claim's owner is the recipient
    ("Kementerian Luar Negeri Prancis menyebut tuduhan Mali tidak berdasar.", ("REJECT", ["FRA"], ["MLI"])),
    # a people named for where they come from keeps that state
    ("Polisi Malaysia menangkap 30 pengungsi Rohingya di Kedah.", ("COERCE", ["MYS"], ["MMR"])),
    # a conviction in the passive
    ("Mantan menteri Malaysia itu dinyatakan bersalah oleh pengadilan Kuala Lumpur.", ("SANCTION", ["MYS"], ["MYS"])),
])
def test_actors_and_recipients(text, expected):
    assert expected in events(text)


def test_reported_speech_codes_the_content_with_its_source():
    ev = only("Juru bicara militer Ukraina mengatakan Rusia menyerang Odesa dengan drone.")
    assert (ev["type"], _keys(ev["actors"]), _keys(ev["recipients"])) == ("ASSAULT", ["RUS"], ["UKR"])
    assert ev["mode"] == "drone"
    assert ev["source"] is not None and "Ukraina" in ev["source"]["name"]


def test_subject_left_unsaid_after_a_reporting_verb_is_the_speaker():
    ev = only("Kementerian Pertahanan Turki mengatakan telah menghancurkan dua gudang senjata di Irak utara.")
    assert _keys(ev["actors"]) == ["TUR"]


@pytest.mark.parametrize("text, factuality", [
    ("Menteri Luar Negeri Jepang akan mengunjungi Kairo pekan depan.", "future"),
    ("Presiden Korea Selatan dijadwalkan bertemu Presiden Amerika Serikat.", "future"),
    ("Jika Iran menyerang Israel, kawasan itu akan bergejolak.", "hypothetical"),
    ("Rusia belum menyerang Moldova.", "negated"),
    ("Rusia menyerang Kyiv pada Sabtu.", "occurred"),
    ("Ratusan mahasiswa berunjuk rasa di depan gedung DPR di Jakarta.", "occurred"),
])
def test_factuality(text, factuality):
    assert only(text)["factuality"] == factuality


def test_hedging_does_not_change_factuality():
    ev = only("Korea Utara diduga mengirim ribuan tentara ke Rusia.")
    assert ev["hedged"] is True and ev["factuality"] == "occurred" and ev["type"] == "AID"


def test_not_only_is_not_negation():
    ev = only("Iran tidak hanya memasok drone ke Rusia.")
    assert ev["factuality"] == "occurred"


def test_date_is_the_clause_time_else_the_publication_date():
    dated = only("Rusia menyerang Kyiv pada 6 Agustus.")
    assert dated["date"] == {"value": "2024-08-06", "granularity": "day", "inferred": False}
    undated = only("Rusia menyerang Kyiv dengan rudal.")
    assert undated["date"] == {"value": DATE, "granularity": "day", "inferred": True}
    assert only("Rusia menyerang Kyiv dengan rudal.", date=None)["date"] is None


def test_casualties_and_quantities_attach_to_the_attack():
    record = warta.analyze("Serangan drone Rusia di Odesa menewaskan tiga orang dan melukai 12 orang lainnya. "
                           "Rusia menyerang Odesa dengan 40 drone, lima orang tewas.", date=DATE, title="Uji")
    attack = record["events"][-1]
    assert attack["casualties"]["killed"] == 5
    assert [record["quantities"][i]["value"] for i in attack["quantities"]] == [40, 5]


def test_no_casualties_is_zero():
    record = warta.analyze("Israel menyerang Damaskus dengan rudal. Tidak ada korban jiwa dilaporkan.",
                           date=DATE, title="Uji")
    assert record["events"][0]["casualties"]["killed"] == 0


@pytest.mark.parametrize("text", [
    "Perang di Ukraina sudah berlangsung lama.",                   # background noun, no participant
    "Menteri itu menolak berkomentar tentang serangan tersebut.",  # reference back to a known event
    "Dia membahas kerja sama ekonomi dengan pengusaha.",           # no actor with a country
    "Rusia ingin mencegah serangan di wilayahnya.",                # noun that is someone's object
    "Serangan itu menewaskan lima warga sipil.",                   # casualties of an attack told before
])
def test_no_event_is_invented(text):
    assert [e for e in events(text) if e[1] or e[2]] == []


def test_quoted_remarks_are_coded_through_verbs_with_the_speaker_as_first_person():
    text = "“Kami mendesak Filipina menghentikan provokasi,” kata juru bicara Kementerian Luar Negeri China, Mao Ning."
    assert ("REQUEST", ["CHN"], ["PHL"]) in events(text)
    # a quoted noun is talk, not a report; and "dia" in a quote is not the speaker
    assert events("“Serangan Rusia itu sangat brutal,” kata Menteri Luar Negeri Jepang.") == []
    assert events("“Bagi dia, itu menghancurkan segalanya,” kata Presiden Ukraina.") == []


def test_event_ids_are_stable_and_distinct():
    text = "Rusia menyerang Kyiv. Ukraina menyerang Belgorod."
    first = warta.analyze(text, date=DATE, title="Uji")["events"]
    second = warta.analyze(text, date=DATE, title="Uji")["events"]
    assert [e["id"] for e in first] == [e["id"] for e in second]
    assert len({e["id"] for e in first}) == 2


def test_one_event_per_type_and_arguments_in_a_sentence():
    assert events("Presiden Rusia tiba di Beijing dan bertemu Presiden China.") == [("CONSULT", ["RUS"], ["CHN"])]


@pytest.mark.parametrize("text, expected", [
    # a condemnation of "the attack" names whoever attacked, as told before
    ("Israel menyerang Rafah pada Sabtu. Mesir mengecam serangan tersebut.", ("ACCUSE", ["EGY"], ["ISR"])),
    # two sides of one state are still two sides when their sectors differ
    ("Prajurit TNI menembak dua anggota KKB di Nduga.", ("ASSAULT", ["IDN"], ["IDN"])),
    # a word with two families takes the one whose object fits
    ("Bakamla mengusir kapal penjaga pantai China dari Natuna.", ("COERCE", ["IDN"], ["CHN"])),
    ("Indonesia dan Malaysia akan menggelar perundingan batas laut bulan depan.", ("CONSULT", ["IDN", "MYS"], [])),
])
def test_arguments_across_sentences_and_sides(text, expected):
    assert expected in events(text)


def test_protesters_act_for_the_civilians_of_the_place():
    record = warta.analyze("Ribuan buruh menggelar unjuk rasa di Surabaya menuntut kenaikan upah.",
                           date=DATE, title="Uji")
    protest = next(e for e in record["events"] if e["type"] == "PROTEST")
    assert protest["actors"][0]["country"] == "IDN" and protest["actors"][0]["sector"] == "CVL"


def test_crowd_control_mode():
    record = warta.analyze("Polisi Hong Kong menembakkan gas air mata ke arah demonstran.", date=DATE, title="Uji")
    assert record["events"][0]["mode"] == "crowd-control"


def test_headline_second_predicate_keeps_the_subject():
    record = warta.analyze("Pemimpin ASEAN Bertemu di Vientiane, Desak Junta Myanmar Hentikan Kekerasan\n\n"
                           "Para pemimpin bertemu pada Kamis.", date=DATE)
    found = {(e["type"], tuple(_keys(e["actors"])), tuple(_keys(e["recipients"]))) for e in record["events"]}
    assert ("REQUEST", ("ASEAN",), ("MMR",)) in found


def test_a_listed_name_beats_a_shorter_model_span():
    record = warta.analyze("Uni Eropa menjatuhkan sanksi baru terhadap Iran.", date=DATE, title="Uji")
    assert ("SANCTION", ["EU"], ["IRN"]) in [(e["type"], _keys(e["actors"]), _keys(e["recipients"]))
                                            for e in record["events"]]


@pytest.mark.parametrize("headline, expected", [
    ("Israel Gempur Rafah, Hamas Tolak Usulan Gencatan Senjata", ("ASSAULT", ["ISR"], ["PSE"])),
    ("Filipina Tuduh Kapal China Tembakkan Meriam Air", ("ACCUSE", ["PHL"], ["CHN"])),
    # a comma in a headline starts a new clause; its subject is no one's recipient
    ("Thailand dan Kamboja Teken Perjanjian Damai di Kuala Lumpur, China Peringatkan Soal Perbatasan",
     ("SUPPORT", ["KHM", "THA"], [])),
])
def test_headline_names_are_not_run_together(headline, expected):
    record = warta.analyze(headline + "\n\nIsi berita singkat.", date=DATE)
    assert expected in [(e["type"], _keys(e["actors"]), _keys(e["recipients"])) for e in record["events"]]


def test_both_countries_and_that_country_are_resolved():
    record = warta.analyze("Thailand dan Kamboja bertempur di perbatasan. Kedua negara sepakat melakukan gencatan "
                           "senjata pada Senin.", date=DATE, title="Uji")
    assert ("AGREE", ["KHM", "THA"], []) in [(e["type"], _keys(e["actors"]), _keys(e["recipients"]))
                                          for e in record["events"]]
    record = warta.analyze("Delegasi Jepang tiba di Mesir. Jepang mengecam serangan terhadap negara itu.",
                           date=DATE, title="Uji")
    assert ("ACCUSE", ["JPN"], ["EGY"]) in [(e["type"], _keys(e["actors"]), _keys(e["recipients"]))
                                          for e in record["events"]]


@pytest.mark.parametrize("text, expected", [
    # a party named by a common noun takes the country where the event happens
    ("Polisi menangkap lima tersangka di Bekasi.", ("COERCE", ["IDN"], ["IDN"])),
    # a missile fired into the sea is a launch; fired at a state, an attack
    ("Korea Utara menembakkan rudal balistik ke Laut Timur.", ("MOBILIZE", ["PRK"], [])),
    ("Iran meluncurkan rudal ke Israel.", ("ASSAULT", ["IRN"], ["ISR"])),
    # a denial answers the accusation told before it
    ("Filipina menuduh China melanggar kedaulatannya. Beijing membantah tuduhan itu.", ("REJECT", ["CHN"], ["PHL"])),
    # "kedua menteri" are the two sides named before
    ("Menteri Luar Negeri Jepang bertemu Menteri Luar Negeri Korea Selatan. Kedua menteri sepakat memperkuat "
     "kerja sama.", ("AGREE", ["JPN", "KOR"], [])),
])
def test_parties_from_context(text, expected):
    assert expected in events(text)


def test_domestic_story_gives_its_officials_a_domestic_counterpart():
    text = ("Polisi Jakarta menangkap tiga orang di Bekasi, Jawa Barat. Kepala Polda Metro Jaya mengatakan "
            "penangkapan dilakukan di Bekasi. Oposisi langsung menolak tuduhan polisi di Jakarta.")
    assert ("REJECT", ["IDN"], ["IDN"]) in events(text)


@pytest.mark.parametrize("text, expected", [
    # the name before an apposition is the subject, not the name inside it
    ("Rusia, sekutu utama Presiden Bashar al-Assad, melancarkan serangan udara ke Aleppo.", ("ASSAULT", ["RUS"], ["SYR"])),
    # the agent of a relative clause is not the subject
    ("Kelompok yang didukung Iran itu menyita sebuah kapal Israel.", ("COERCE", [], ["ISR"])),
    # a mediator named in a relative clause, and "mempertemukan A dan B"
    ("Kedua negara bertukar tawanan dalam perundingan yang dimediasi Uni Emirat Arab.", ("CONSULT", ["ARE"], [])),
    ("Pertemuan itu mempertemukan Presiden Rusia dan Presiden Amerika Serikat.", ("CONSULT", ["RUS", "USA"], [])),
    # "mereka" outside reported speech continues the party told just before
    ("Ribuan warga Serbia berunjuk rasa di Beograd. Mereka menuntut pemerintah mundur.", ("REQUEST", ["SRB"], ["SRB"])),
    # a coordinated agent of a passive is one actor group, with or without "oleh"
    ("Kota itu diserang oleh Rusia dan Belarus pada Senin.", ("ASSAULT", ["BLR", "RUS"], [])),
    ("Gencatan senjata itu ditengahi Rusia dan Turki pada Maret 2020.", ("CONSULT", ["RUS", "TUR"], [])),
    # "antara X dan Y": the "dan" closes the pair, it does not open a clause; the pair is the noun's subject
    ("Perundingan antara Israel dan Hamas digelar di Doha.", ("CONSULT", ["ISR", "PSE"], [])),
    ("Perundingan antara Israel dan Hamas dimediasi oleh Qatar dan Mesir.", ("CONSULT", ["EGY", "QAT"], ["ISR", "PSE"])),
    # those an inclusion names after the object are its recipients
    ("Polisi Malaysia menangkap sembilan orang yang diduga pengelola sindikat, termasuk tiga warga negara China.",
     ("COERCE", ["MYS"], ["CHN"])),
    # a common noun placed "di X" before the verb is a party of X
    ("Kelompok oposisi di Tbilisi menuduh pemerintah Georgia mencurangi pemilu.", ("ACCUSE", ["GEO"], ["GEO"])),
])
def test_parties_from_clause_structure(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize("text, absent", [
    ("“Kami harus melindungi warga kami,” kata Menteri Pertahanan Israel.", "REQUEST"),
    # what a request asks for is not itself an event
    ("LBH Jakarta mendesak Polri segera membebaskan seluruh mahasiswa yang ditahan.", "RETREAT"),
    # a relative clause of an event noun says what that event consists of
    ("Uni Eropa menyetujui paket sanksi yang antara lain melarang impor gas Rusia.", "COERCE"),
    # fishing is not an arrest, and a source asking for anonymity makes no request
    ("Nelayan Vietnam dilarang menangkap ikan di perairan itu.", "COERCE_ARREST"),
    ("Seorang pejabat yang meminta namanya tidak disebutkan mengatakan hal itu kepada wartawan.", "REQUEST"),
    # what is demanded did not happen, even when the demand itself is not coded
    ("Ratusan buruh berunjuk rasa untuk menuntut pemerintah membebaskan para aktivis.", "RETREAT"),
    # ordinary words that share a root with an event verb: "tengah" (in the middle of), "kembali" (again)
    ("Polri tengah berkoordinasi dengan Polis Diraja Malaysia.", "CONSULT"),
    ("India kembali menyasar warga sipil Pakistan.", "RETREAT"),
])
def test_no_event_in_demands_descriptions_and_idioms(text, absent):
    record = warta.analyze(text, date=DATE, title="Judul uji")
    found = {e["type"] + ("_ARREST" if e["mode"] == "arrest" else "") for e in record["events"]}
    assert absent not in found, record["events"]


def test_a_vow_to_retaliate_is_a_threat():
    text = "Iran meluncurkan rudal ke Israel. Menteri Pertahanan Israel berjanji akan membalas serangan itu."
    assert ("THREATEN", ["ISR"], ["IRN"]) in events(text)


@pytest.mark.parametrize("text, expected", [
    # concessions: pardons, apologies, sanctions or bans lifted, demands met (SPEC: CONCEDE)
    ("Presiden Prabowo memberikan amnesti kepada 1.000 narapidana.", ("CONCEDE", ["IDN"], [])),
    ("Menteri Luar Negeri Jepang meminta maaf kepada Korea Selatan atas insiden itu.", ("CONCEDE", ["JPN"], ["KOR"])),
    ("Pemerintah Thailand mencabut larangan ekspor beras ke Kamboja.", ("CONCEDE", ["THA"], ["KHM"])),
    ("Amerika Serikat mencabut sanksi terhadap Suriah.", ("RETREAT", ["USA"], ["SYR"])),
    # more everyday verbs of the genre
    ("Qatar dan Mesir memediasi perundingan itu.", ("CONSULT", ["EGY", "QAT"], [])),
    ("Tentara Israel menghujani Gaza dengan roket.", ("ASSAULT", ["ISR"], ["PSE"])),
    ("Rusia mencaplok Krimea pada 2014.", ("COERCE", ["RUS"], ["UKR"])),
    ("Rusia menawarkan jeda tembak selama tiga hari kepada Ukraina.", ("AGREE", ["RUS"], ["UKR"])),
    # an offer keeps what it offers: the aid is not given
    ("Amerika Serikat dan China menawarkan bantuan untuk meredakan ketegangan.", ("AGREE", ["CHN", "USA"], [])),
    # a will to meet, negated, is a refusal; the unsaid subject after "tidak akan" is the speaker's
    ("Iran mengatakan tidak akan berunding dengan Amerika Serikat.", ("REJECT", ["IRN"], ["USA"])),
    # recalling an ambassador, closing border posts, a vow to retaliate
    ("Thailand memanggil pulang duta besarnya dari Kamboja.", ("SANCTION", ["THA"], ["KHM"])),
    ("Thailand menutup seluruh pos lintas batas darat dengan Kamboja.", ("COERCE", ["THA"], ["KHM"])),
    ("Perdana Menteri Pakistan mengatakan negaranya berhak membalas serangan India.", ("THREATEN", ["PAK"], ["IND"])),
    # a sanction said to take effect is reported, even after "setelah"
    ("Iran mengancam keluar dari NPT setelah sanksi PBB terhadap negara itu kembali diberlakukan.",
     ("SANCTION", ["UN"], ["IRN"])),
    # a claim called false in a quote: the speaker denies it, the claim's owner is the recipient
    ("“Klaim Houthi itu sepenuhnya palsu,” kata pejabat Amerika Serikat.", ("REJECT", ["USA"], ["YEM"])),
    # "kelompoknya" in a warning is the warner's group
    ("Pemimpin Houthi memperingatkan Washington bahwa kelompoknya akan membalas setiap serangan.",
     ("THREATEN", ["YEM"], ["USA"])),
    # a headline verb between two names the model ran together, and a mutual noun with its party
    ("Israel Gempur Lebanon Selatan meski Ada Gencatan Senjata", ("ASSAULT", ["ISR"], ["LBN"])),
    # forces sent to a place at home are deployed, not given
    ("Polda Papua mengirim dua peleton Brimob ke Intan Jaya.", ("MOBILIZE", ["IDN"], [])),
    # a mine blast that wounded soldiers: they are its recipients
    ("Lima prajurit Thailand terluka akibat ledakan ranjau saat berpatroli.", ("ASSAULT", [], ["THA"])),
    # launched at ships, or at a state with a sea named only as where: an attack, not a test
    ("Houthi meluncurkan 14 drone ke arah kapal-kapal di Laut Merah.", ("ASSAULT", ["YEM"], [])),
    ("Houthi meluncurkan rudal balistik ke arah Israel dan kapal dagang di Laut Merah.", ("ASSAULT", ["YEM"], ["ISR"])),
    # a place set before a word of criticism is where it was said, not whom it is aimed at
    ("Di Brussel, Kepala Kebijakan Luar Negeri UE Kaja Kallas mengecam kekerasan itu.", ("ACCUSE", ["EU"], [])),
    # Pakistani Taliban are Pakistani
    ("Militan Tehreek-e-Taliban Pakistan (TTP) menyerbu sebuah pos polisi di Bannu, Pakistan.",
     ("ASSAULT", ["PAK"], ["PAK"])),
    # a protest note, a shooting the sentence follows on, a beating, arming a militia, a clearance operation
    ("Kementerian Luar Negeri RI menyampaikan nota protes kepada Pemerintah Malaysia.", ("ACCUSE", ["IDN"], ["MYS"])),
    ("Jakarta memanggil duta besar Malaysia menyusul penembakan terhadap lima pekerja migran Indonesia.",
     ("ASSAULT", ["MYS"], ["IDN"])),
    ("Sejumlah nelayan Vietnam dipukuli dengan tongkat besi oleh petugas China.", ("ASSAULT", ["CHN"], ["VNM"])),
    ("Pemerintah Ethiopia menuduh Eritrea mempersenjatai milisi Fano.", ("AID", ["ERI"], ["ETH"])),
    ("Militer Pakistan melancarkan operasi pembersihan di Bannu, Pakistan.", ("ASSAULT", ["PAK"], ["PAK"])),
    # an investigation a team is sent for; a promise said with "bahwa"; a body's demand of its own government
    ("Komnas HAM akan menurunkan tim ke Jayapura untuk menyelidiki dugaan kekerasan oleh aparat.",
     ("ACCUSE", ["IDN"], ["IDN"])),
    ("Menteri Pertahanan AS, yang berkunjung ke Seoul, sebelumnya berjanji bahwa Washington akan mempertahankan "
     "pasukannya di Korea Selatan.", ("AGREE", ["USA"], ["KOR"])),
    ("Asosiasi Perikanan Vietnam meminta pemerintah memberikan perlindungan bagi nelayan.", ("REQUEST", ["VNM"], ["VNM"])),
    # in a quote, what something "harus" undergo is demanded (but "kami harus" is the speaker's own duty)
    ("“Israel harus segera menghentikan serangan di Gaza,” kata Menteri Luar Negeri Indonesia.",
     ("REQUEST", ["IDN"], ["ISR"])),
    # punishment announced in a quote is a threat
    ("“Siapa pun yang melanggar hukum akan dihukum seberat-beratnya,” kata Perdana Menteri Georgia.",
     ("THREATEN", ["GEO"], ["GEO"])),
    # an order to deploy is the deployment; picked up by police is an arrest; attackers disabled
    ("Presiden Venezuela memerintahkan pengerahan 25.000 tentara ke wilayah pesisir.", ("MOBILIZE", ["VEN"], [])),
    ("Adiknya dijemput polisi di rumahnya di Bekasi, Jawa Barat.", ("COERCE", ["IDN"], ["IDN"])),
    # condemning "serangan tersebut" in a speech somewhere: aimed at the attacker, not at where it was said
    ("Militer Myanmar membom kota Kyauktaw pada Senin. Sekretaris Jenderal PBB mengecam keras serangan tersebut "
     "dalam pidato di New York.", ("ACCUSE", ["UN"], ["MMR"])),
    # ships intercepted or stopped are coerced (drones intercepted are shot at); thanks; a round-up; a claim of
    # responsibility for an attack is the attack
    ("Bakamla mencegat sebuah kapal tanker berbendera Malaysia di perairan Kepri.", ("COERCE", ["IDN"], ["MYS"])),
    ("Iran mencegat dua drone Israel di atas Teheran.", ("ASSAULT", ["IRN"], ["ISR"])),
    ("Zelensky berterima kasih kepada Presiden Uni Emirat Arab atas peran negaranya.", ("SUPPORT", ["UKR"], ["ARE"])),
    ("Kelompok JNIM mengklaim bertanggung jawab atas serangan terhadap pos militer Niger.", ("ASSAULT", ["MLI"], ["NER"])),
    # "ketiga negara itu": the three states listed together before
    ("Inggris, Prancis, dan Jerman mengaktifkan mekanisme snapback. "
     "Menteri luar negeri ketiga negara itu mendesak Iran mengizinkan inspektur kembali.",
     ("REQUEST", ["DEU", "FRA", "GBR"], ["IRN"])),
])
def test_everyday_event_verbs(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize("text, expected", [
    # an event noun that is said to have happened, or to have hurt people, is reported
    ("Di Kharkiv, serangan drone melukai sedikitnya 17 orang.", ("ASSAULT", [], ["UKR"])),
    ("Kontak tembak sempat terjadi selama sekitar 20 menit.", ("ASSAULT", [], [])),
    # tariffs and sieges
    ("Amerika Serikat memberlakukan tarif tambahan 25 persen atas produk impor asal China.",
     ("SANCTION", ["USA"], ["CHN"])),
    ("Kota Aleppo dikepung Rusia selama berbulan-bulan.", ("COERCE", ["RUS"], ["SYR"])),
    # blocking, turning back and forcing down
    ("Tentara Israel menghalangi ambulans Palestina masuk ke kamp Jenin.", ("COERCE", ["ISR"], ["PSE"])),
    ("Pesawat Australia itu dipaksa mendarat oleh dua jet tempur TNI AU di Makassar.", ("COERCE", ["IDN"], ["AUS"])),
])
def test_more_event_families(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize("text, expected", [
    # a resolution speaks for the body that passed it
    ("Dewan Keamanan PBB mengesahkan resolusi yang menuntut Rusia menarik pasukannya.", ("REQUEST", ["UN"], ["RUS"])),
    # an attack named as the means of a clause is its subject's
    ("Moskow menuduh Kyiv berupaya menggagalkan perundingan lewat serangan drone terhadap pangkalan Rusia.",
     ("ASSAULT", ["UKR"], ["RUS"])),
    # "kunjungan pertamanya" is a visit by the one just told of
    ("Presiden Vietnam tiba di Jakarta pada Minggu. Ini merupakan kunjungan pertamanya ke Indonesia.",
     ("CONSULT", ["VNM"], ["IDN"])),
])
def test_parties_of_relative_clauses_means_and_possessives(text, expected):
    assert expected in events(text)


def test_naming_something_a_violation_is_an_accusation():
    text = "Medvedev menyebut keputusan Washington sebagai tindakan perang terhadap Rusia."
    assert ("ACCUSE", ["RUS"], ["USA"]) in events(text)
    # naming something an agreement is not an agreement
    assert not any(t == "AGREE" for t, _, _ in events("Ben-Gvir menyebutnya sebagai kesepakatan menyerah."))


def test_listing_someone_is_a_sanction_on_them():
    text = "Departemen Perdagangan AS memasukkan 38 perusahaan China ke dalam daftar entitas."
    assert ("SANCTION", ["USA"], ["CHN"]) in events(text)


def test_an_attack_people_died_in_is_reported():
    record = warta.analyze("Pasukan Armenia dan Azerbaijan saling serang di perbatasan pada Selasa. "
                           "Kementerian Pertahanan Armenia menyebut 15 prajurit tewas dalam pertempuran tersebut.",
                           date=DATE, title="Judul uji")
    assert [(e["sentence"], _keys(e["actors"])) for e in record["events"] if e["type"] == "ASSAULT"] \
        == [(1, ["ARM", "AZE"]), (2, ["ARM", "AZE"])]


def test_a_quoted_denial_as_predicate():
    found = events('"Saya tidak pernah menerima uang itu. Ini fitnah," ujar Gubernur Jawa Barat.')
    assert found and found[0][0] == "REJECT"


def test_a_bare_casualty_word_after_a_party_is_not_an_attack_by_it():
    assert events("Menurut juru bicara itu, sembilan anggota Taliban tewas dan 16 lainnya luka-luka.") == []


def test_a_dateline_is_not_the_subject():
    found = events("Port-au-Prince, CNN Indonesia -- Geng bersenjata menyerbu kota Cabaret di Haiti.")
    assert [e[0] for e in found] == ["ASSAULT"] and not {"IDN", "USA"} & set(found[0][1])


@pytest.mark.parametrize("text, expected", [
    # families a reporter uses every week, none of them in the earlier lexicon
    ("Kelompok bersenjata itu mengeksekusi tiga sandera warga Thailand pada Senin.", ("ASSAULT", [], ["THA"])),
    ("Israel melanjutkan agresi di Jalur Gaza.", ("ASSAULT", ["ISR"], ["PSE"])),
    ("Pemerintah Thailand memberlakukan jam malam di tiga provinsi selatan.", ("COERCE", ["THA"], ["THA"])),
    ("KPK menyidik dugaan korupsi di Kementerian Pertanian.", ("ACCUSE", ["IDN"], [])),
    ("Israel mengabaikan seruan PBB untuk menghentikan serangan.", ("REJECT", ["ISR"], ["UN"])),
    ("Menlu Sugiono bertandang ke Beijing pada Kamis.", ("CONSULT", ["IDN"], ["CHN"])),
    ("Malaysia akan menjadi tuan rumah KTT ASEAN tahun depan.", ("CONSULT", ["MYS"], ["ASEAN"])),
    ("Amerika Serikat menjamin keamanan Ukraina jika kesepakatan tercapai.", ("AGREE", ["USA"], ["UKR"])),
    ("Iran menyuplai drone kepada Rusia sejak 2022.", ("AID", ["IRN"], ["RUS"])),
    ("Hamas dan Israel menyepakati jeda kemanusiaan selama empat hari.", ("RETREAT", ["ISR", "PSE"], [])),
    ("Lithuania menurunkan hubungan diplomatik dengan China.", ("SANCTION", ["LTU"], ["CHN"])),
    # one-syllable roots take penge-: "pengeboman" is the noun of "bom"
    ("Pengeboman pasar di Aleppo oleh jet Rusia menewaskan 20 orang.", ("ASSAULT", ["RUS"], ["SYR"])),
    # what is mobilised is no party; forces sent near a rival are deployed, not given
    ("Rusia mengerahkan 100.000 pasukan ke dekat perbatasan Ukraina.", ("MOBILIZE", ["RUS"], [])),
    ("China mengirim 20 kapal perang ke sekitar Taiwan pada Sabtu.", ("MOBILIZE", ["CHN"], ["TWN"])),
    ("Jepang mengirim dua kapal patroli ke Filipina.", ("AID", ["JPN"], ["PHL"])),
    # a listed organisation that only looks like a derived word, opening the text
    ("Taliban melarang perempuan bersekolah.", ("COERCE", ["AFG"], [])),
    # the group named right after a passive verb is its agent
    ("Dua warga Indonesia disandera kelompok Abu Sayyaf.", ("ASSAULT", ["PHL"], ["IDN"])),
    # hosting a visit: the host acts, the visitor is the counterpart
    ("Presiden Prabowo menerima kunjungan Perdana Menteri Australia Anthony Albanese di Istana Merdeka.",
     ("CONSULT", ["IDN"], ["AUS"])),
    # "Jr." after a name the model ran into the country before it
    ("Presiden Filipina Ferdinand Marcos Jr. bertemu dengan Perdana Menteri Jepang di Tokyo.",
     ("CONSULT", ["PHL"], ["JPN"])),
    # support or recognition withheld is a rejection ("Hongaria" is how the press spells Hungary)
    ("Ia menegaskan Indonesia tidak akan pernah mengakui kedaulatan Israel sebelum Palestina merdeka.",
     ("REJECT", ["IDN"], ["ISR"])),
    ("Hongaria tidak mendukung paket sanksi baru terhadap Rusia.", ("REJECT", ["HUN"], ["RUS"])),
    # a monitor reporting a shooting did not shoot; where it came from did
    ("Militer Israel melaporkan serangan roket dari Lebanon ke wilayah utara.", ("ASSAULT", ["LBN"], [])),
    # a fallen soldier's fight "dengan KKB" has both sides as actors; workers protest as civilians
    ("Seorang anggota Brimob gugur dalam kontak tembak dengan KKB di Intan Jaya.", ("ASSAULT", ["IDN"], [])),
])
def test_weekly_event_families(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize("text, absent", [
    ("Kebijakan itu mendorong pertumbuhan ekonomi sebesar 5 persen.", "REQUEST"),
    ("Pengadilan menunda eksekusi lahan di Jakarta Timur.", "ASSAULT"),
    ("Forum itu digelar di Jakarta pada Selasa.", "MOBILIZE"),
    ("Dalam pertemuan itu, kedua menteri sepakat memperkuat kerja sama pertahanan.", "MOBILIZE"),
    # an attack named as something is judged, not reported again
    ('Islamabad menyebut serangan India sebagai "tindakan perang".', "ASSAULT"),
    ("Petro menyebut serangan terhadap kapal kecil tanpa proses hukum sebagai pembunuhan.", "ASSAULT"),
])
def test_no_event_from_look_alikes_and_judgements(text, absent):
    assert absent not in [t for t, _, _ in events(text)]


def test_a_launch_at_many_places_is_an_attack():
    found = events("Rusia meluncurkan 120 drone dan 8 rudal ke berbagai wilayah pada malam hari.")
    assert [(t, a) for t, a, _ in found] == [("ASSAULT", ["RUS"])]


@pytest.mark.parametrize("text, expected", [
    # a speaker naming a deed told just before passes a verdict on its doer
    ("Korea Utara meluncurkan rudal balistik pada Senin. “Peluncuran rudal ini adalah provokasi serius,” "
     "tegas Kepala Staf Gabungan (JCS) Korea Selatan.", ("ACCUSE", ["KOR"], ["PRK"])),
    ("Pasukan AS menyerang kapal nelayan Venezuela di Karibia. Kementerian Luar Negeri Venezuela menyebut "
     "serangan itu sebagai eksekusi di luar hukum.", ("ACCUSE", ["VEN"], ["USA"])),
    # what the deed violates is no party
    ("Rusia menahan ratusan tawanan Ukraina. “Penyiksaan itu adalah pelanggaran berat terhadap Konvensi Jenewa,” "
     "kata Menteri Luar Negeri Ukraina Andrii Sybiha.", ("ACCUSE", ["UKR"], ["RUS"])),
    ("Kapal China menembakkan meriam air ke kapal Filipina. “Ini adalah tindakan agresif,” kata juru bicara "
     "Penjaga Pantai Filipina.", ("ACCUSE", ["PHL"], ["CHN"])),
])
def test_a_verdict_on_a_deed_accuses_its_doer(text, expected):
    assert expected in events(text)


def test_a_verdict_word_outside_a_verdict_is_no_event():
    assert not [e for e in events("“Kami tidak akan terpancing provokasi apa pun,” kata Menteri Pertahanan Malaysia.")
                if e[0] == "ACCUSE"]



@pytest.mark.parametrize("text, expected", [
    ("Sejumlah pejabat keamanan Irak menduga Israel berada di balik serangan drone itu.", ("ACCUSE", ["IRQ"], ["ISR"])),
    ("Pemerintah Pakistan meyakini India adalah dalang serangan bom tersebut.", ("ACCUSE", ["PAK"], ["IND"])),
])
def test_suspecting_someone_is_behind_a_deed_accuses_them(text, expected):
    assert expected in events(text)


def test_a_jam_that_holds_people_up_is_no_coercion():
    assert events("Kemacetan panjang menghalangi warga pulang ke rumah.") == []


def test_a_plain_suspicion_is_no_accusation():
    assert not [e for e in events("Polisi Malaysia menduga pelaku berasal dari luar kota.") if e[0] == "ACCUSE"]


def test_a_junta_is_the_military_government_the_story_names_not_the_dateline():
    text = ("DHAKA - Ribuan warga Rohingya dari Myanmar mengungsi ke Teknaf, Ukhia dan Cox's Bazar di Bangladesh. "
            "Junta membantah telah mengusir mereka.")
    assert [actors for kind, actors, _ in events(text) if kind == "REJECT"] == [["MMR"]]



@pytest.mark.parametrize("text, expected", [
    # forces deployed act for their own state; where they are sent is no party
    ("Ribuan tentara Rusia dikerahkan ke perbatasan Ukraina.", ("MOBILIZE", ["RUS"], [])),
    # forces named by a common noun belong to the state of the official who reports them
    ("Militer Israel mengatakan sekitar 200 jet tempur dikerahkan ke wilayah udara Iran.", ("MOBILIZE", ["ISR"], [])),
])
def test_forces_deployed_in_the_passive_are_their_states_mobilisation(text, expected):
    assert expected in events(text)


def test_a_condemned_deed_pointed_back_at_names_the_accused_not_what_it_violated():
    text = ("Korea Utara meluncurkan rudal balistik pada Senin. Pemerintah Korea Selatan mengecam peluncuran "
            "tersebut sebagai pelanggaran nyata terhadap resolusi Dewan Keamanan PBB.")
    assert ("ACCUSE", ["KOR"], ["PRK"]) in events(text)



def test_a_story_whose_places_are_unlisted_goes_by_its_bodies():
    text = ("Ratusan pendukung calon bupati berunjuk rasa di depan kantor KPU Kabupaten Sangihe Talaud Barat. "
            "Mereka menolak putusan Mahkamah Konstitusi. Polisi menembakkan gas air mata untuk membubarkan massa.")
    assert ("ASSAULT", ["IDN"], ["IDN"]) in events(text)


def test_a_sanction_noun_goes_to_its_target_not_its_owner():
    text = "Prancis, Jerman, dan Inggris memicu mekanisme snapback untuk memulihkan sanksi PBB terhadap Iran."
    assert ("SANCTION", ["DEU", "FRA", "GBR"], ["IRN"]) in events(text)


@pytest.mark.parametrize("text, expected", [
    # a light verb whose subject is a common noun still reports its event
    ("Militer Indonesia menggelar latihan di Natuna. Tentara melancarkan serangan ke desa itu pada Senin.",
     ("ASSAULT", ["IDN"], ["IDN"])),
    ("Pemerintah di Caracas turut menggelar latihan militer di negara bagian Sucre.", ("MOBILIZE", ["VEN"], [])),
    # test firings, and captives back home after an exchange
    ("Korea Utara melakukan uji tembak rudal Hwasong-20.", ("MOBILIZE", ["PRK"], [])),
    ("Rusia dan Ukraina bertukar tawanan. Zelensky mengatakan sebanyak 157 warga Ukraina telah kembali ke tanah "
     "air, terdiri atas 145 prajurit dan 12 warga sipil.", ("RETREAT", ["RUS"], ["UKR"])),
])
def test_common_noun_subjects_test_firings_and_returns(text, expected):
    assert expected in events(text)


def test_workers_coming_home_are_no_release():
    assert events("Para pekerja migran itu kembali ke tanah air setelah kontrak mereka habis.") == []


def test_a_coordinated_headline_predicate_is_an_event_of_its_own():
    record = warta.analyze("Demo di Georgia Memanas, Polisi Tembakkan Gas Air Mata dan Tangkap Ratusan Orang\n\n"
                           "Ribuan warga Georgia berunjuk rasa di Tbilisi pada Senin.", date=DATE, min_confidence=0)
    assert "COERCE" in {e["type"] for e in record["events"] if e["sentence"] == 0}


def test_intercepting_an_aircraft_is_coercion_not_an_attack():
    text = ("Dua pesawat tempur Sukhoi TNI Angkatan Udara mencegat sebuah jet pribadi berbendera Australia yang "
            "memasuki wilayah udara Indonesia.")
    assert ("COERCE", ["IDN"], ["AUS"]) in events(text)


def test_a_speaker_who_tells_of_the_other_sides_attack_on_them_accuses_it():
    text = ("Drone Ukraina menghantam kilang Rusia di Samara. “Rezim Kyiv terus menyerang fasilitas sipil kami,” "
            "ujar juru bicara Kremlin Dmitry Peskov.")
    assert ("ACCUSE", ["RUS"], ["UKR"]) in events(text)


def test_a_speaker_telling_of_their_own_sides_attack_accuses_nobody():
    text = "“Pasukan kami menyerang markas musuh di Donetsk,” kata juru bicara militer Ukraina."
    assert not [e for e in events(text) if e[0] == "ACCUSE"]


def test_a_coalition_of_states_acts_as_each_member():
    assert ("ACCUSE", ["DEU", "FRA", "GBR"], ["IRN"]) in events("E3 menuduh Iran melanggar kesepakatan nuklir.")
