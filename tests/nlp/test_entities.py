"""The entity stage: persons, organisations and places, their roles, countries and coreference.

Every sentence here is written for the test.
"""
from __future__ import annotations

import pytest

import warta
from warta.nlp import entities as entities_module
from warta.nlp.coref import spelling_key
from warta.nlp.entities import country_of_text, extract_entities, lookup_place
from warta.nlp.pipeline import make_doc


def ents(text: str, published: str | None = None) -> list[dict]:
    return extract_entities(make_doc(text, published))


def by_name(text: str) -> dict[str, dict]:
    return {e["name"]: e for e in ents(text)}


def entity_with_mention(text: str, mention: str) -> dict:
    for e in ents(text):
        if any(m["text"] == mention for m in e["mentions"]):
            return e
    raise AssertionError(f"no entity mentions {mention!r} in {[e['name'] for e in ents(text)]}")


def names(text: str, label: str | None = None) -> set[str]:
    return {e["name"] for e in ents(text) if label is None or e["type"] == label}


# -- output shape --------------------------------------------------------------------------------------

def test_entity_dicts_follow_the_spec_shape():
    text = "Presiden Brasil Luiz Inacio Lula da Silva tiba di Jakarta pada Selasa. Lula bertemu Prabowo Subianto."
    out = ents(text)
    assert [e["id"] for e in out] == [f"e{k}" for k in range(1, len(out) + 1)]
    firsts = [e["mentions"][0]["start"] for e in out]
    assert firsts == sorted(firsts)
    for e in out:
        assert set(e) == {"id", "name", "type", "country", "code", "sector", "role", "mentions"}
        assert e["type"] in {"PER", "ORG", "LOC"}
        starts = [m["start"] for m in e["mentions"]]
        assert starts == sorted(starts)
        for m in e["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
        for key in ("country", "code", "sector", "role"):
            assert e[key] != ""


def test_doc_ents_are_set_for_displacy():
    doc = make_doc("Perdana Menteri Malaysia Anwar Ibrahim berkunjung ke Singapura.")
    extract_entities(doc)
    assert [(s.text, s.label_) for s in doc.ents] == [
        ("Malaysia", "LOC"), ("Anwar Ibrahim", "PER"), ("Singapura", "LOC")]


def test_empty_and_entity_free_text():
    assert ents("") == []
    assert ents("Harga beras naik lagi minggu ini dan warga mengeluh.") == []


# -- titles, appositions and roles -------------------------------------------------------------------------

@pytest.mark.parametrize("text, person, role, country, sector", [
    ("Menteri Luar Negeri Filipina Enrique Manalo mengatakan kapal itu diusir.",
     "Enrique Manalo", "Menteri Luar Negeri Filipina", "PHL", "GOV"),
    ("Perdana menteri Belanda, Dick Schoof, menyampaikan belasungkawa.",
     "Dick Schoof", "Perdana menteri Belanda", "NLD", "GOV"),
    ("Kritik itu disampaikan wali kota Kharkiv, Ihor Terekhov, dalam pesan video.",
     "Ihor Terekhov", "wali kota Kharkiv", "UKR", "GOV"),
    ("Sugiono bertemu mitranya dari Brasil, Mauro Vieira, di Rio de Janeiro.",
     "Mauro Vieira", "mitranya dari Brasil", "BRA", None),
    ("Panglima Angkatan Darat Pakistan Jenderal Asim Munir meninjau perbatasan.",
     "Asim Munir", "Panglima Angkatan Darat Pakistan Jenderal", "PAK", "MIL"),
    ("Laporan itu dibantah komandan milisi Houthi, Abdul Khaliq al-Houthi.",
     "Abdul Khaliq al-Houthi", "komandan milisi Houthi", "YEM", "MIL"),
    ("Duta Besar Rusia untuk Indonesia Sergei Tolchenov menyerahkan nota diplomatik.",
     "Sergei Tolchenov", "Duta Besar Rusia untuk Indonesia", "RUS", "GOV"),
    ("Ahmad Fauzan, juru bicara Kementerian Pertahanan Malaysia, membantah tuduhan itu.",
     "Ahmad Fauzan", "juru bicara Kementerian Pertahanan Malaysia", "MYS", "GOV"),
    ("Koordinator Kemanusiaan PBB, Rebecca Lindqvist, meminta akses tanpa hambatan.",
     "Rebecca Lindqvist", "Koordinator Kemanusiaan PBB", None, "IGO"),
])
def test_role_from_title_or_apposition(text, person, role, country, sector):
    e = by_name(text)[person]
    assert e["type"] == "PER"
    assert e["role"] == role
    assert e["country"] == country
    assert e["sector"] == sector


@pytest.mark.parametrize("text, person, country", [
    # listed people carry their country without any apposition
    ("Donald Trump kembali menyerang lawan politiknya.", "Donald Trump", "USA"),
    ("Kanselir Olaf Scholz berbicara dengan Joe Biden melalui telepon.", "Joe Biden", "USA"),
    ("Kanselir Olaf Scholz berbicara dengan Joe Biden melalui telepon.", "Olaf Scholz", "DEU"),
    ("Recep Tayyip Erdogan menerima tamunya di Ankara.", "Recep Tayyip Erdogan", "TUR"),
    # a person from the generated Phoenix lexicon
    ("Pernyataan Susilo Bambang Yudhoyono dikutip banyak media.", "Susilo Bambang Yudhoyono", "IDN"),
])
def test_country_from_the_people_lexicon(text, person, country):
    assert by_name(text)[person]["country"] == country


def test_rank_after_an_apposition_comma_joins_the_role():
    e = by_name("Juru bicara militer Thailand, Mayor Jenderal Winthai Suvaree, membantah laporan itu.")[
        "Winthai Suvaree"]
    assert (e["role"], e["country"], e["sector"]) == (
        "Juru bicara militer Thailand, Mayor Jenderal", "THA", "MIL")


def test_two_appositions_in_one_sentence():
    out = by_name("Presiden Kenya, William Ruto, dan perdana menteri Haiti, Garry Conille, bertemu di Nairobi.")
    assert (out["William Ruto"]["role"], out["William Ruto"]["country"]) == ("Presiden Kenya", "KEN")
    assert (out["Garry Conille"]["role"], out["Garry Conille"]["country"]) == ("perdana menteri Haiti", "HTI")


@pytest.mark.parametrize("published, sector", [("2008-06-01", "GOV"), ("2024-06-01", None), (None, "GOV")])
def test_dictionary_sector_holds_only_while_the_role_did(published, sector):
    # the Phoenix dictionary dates Peer Steinbrueck's government role to 2005-2009
    e = {x["name"]: x for x in ents("Peer Steinbrueck berbicara di Berlin.", published)}["Peer Steinbrueck"]
    assert e["country"] == "DEU" and e["sector"] == sector


def test_role_country_wins_over_the_dictionary():
    # the people lexicon lists Mikheil Saakashvili under Georgia; as governor of Odesa he served Ukraine
    e = by_name("Gubernur Odesa Mikheil Saakashvili mengundurkan diri.")["Mikheil Saakashvili"]
    assert e["country"] == "UKR"
    assert by_name("Mikheil Saakashvili ditahan.")["Mikheil Saakashvili"]["country"] == "GEO"


def test_dictionary_country_when_the_role_names_none():
    # the lexicon lists Mark Rutte as Dutch; NATO's secretary general serves no single state (SPEC: the
    # country a person serves), so he carries NATO's code and no country
    e = by_name("Sekjen NATO Mark Rutte memperingatkan sekutu agar menambah anggaran.")["Mark Rutte"]
    assert e["role"] == "Sekjen NATO" and e["code"] == "NATO" and e["country"] is None
    e = by_name("Menteri Luar Negeri Jerman Annalena Baerbock tiba di Beirut.")["Annalena Baerbock"]
    assert e["country"] == "DEU"
    e = by_name("Utusan khusus Jepang untuk Timur Tengah Ryoichi Ishii tiba di Amman.")["Ryoichi Ishii"]
    assert e["country"] == "JPN"


def test_apposition_after_a_name_may_hold_connectors():
    e = by_name("Rolliansyah Soemirat, duta besar Indonesia untuk Turki, membenarkan kabar itu.")["Rolliansyah Soemirat"]
    assert e["role"] == "duta besar Indonesia untuk Turki" and e["country"] == "IDN"


def test_holder_of_an_office_named_just_before_serves_its_country():
    text = ("Perdana menteri Selandia Baru tiba di Jakarta pada Rabu.\n\n"
            "Christopher Hipkins dijadwalkan bertemu Presiden Prabowo Subianto.")
    e = by_name(text)["Christopher Hipkins"]
    assert (e["country"], e["sector"], e["role"]) == ("NZL", "GOV", None)


@pytest.mark.parametrize("text", [
    # another person comes between the office and the new name
    "Perdana menteri Selandia Baru tiba di Jakarta. Ia disambut Prabowo Subianto. Christopher Hipkins lalu bicara.",
    # the new name does not open its sentence
    "Perdana menteri Selandia Baru tiba di Jakarta. Pertemuan itu juga dihadiri Christopher Hipkins.",
    # too far away
    "Perdana menteri Selandia Baru tiba. Hujan turun. Jalan macet. Christopher Hipkins lalu bicara.",
])
def test_holder_of_an_office_needs_the_narrow_pattern(text):
    assert by_name(text)["Christopher Hipkins"]["country"] is None


def test_portfolio_words_after_a_title_are_not_a_name():
    found = names("Menteri Pertahanan Nasional Estonia Hanno Pevkur hadir dalam rapat itu.", "PER")
    assert found == {"Hanno Pevkur"}


def test_front_of_an_organisation_name_is_not_a_person():
    assert names("Serangan itu diklaim komandan Kataib Hezbollah di Irak.", "PER") == set()


def test_hyphenated_name_parts_stay_in_the_name():
    assert "Abu Fadak al-Mohammedawi" in names("Abu Fadak al-Mohammedawi mengatakan pasukannya siap.", "PER")


def test_unit_between_two_titles_is_not_a_name():
    found = names("Kapolda Metro Jaya Irjen Karyoto menjelaskan kronologi kejadian.", "PER")
    assert found == {"Karyoto"}


# -- persons without a title ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("Yasmin Haddad mengatakan rumahnya rata dengan tanah.", "Yasmin Haddad"),
    ("Pasokan listrik terputus sejak pagi, kata Oleksandr Prokudin.", "Oleksandr Prokudin"),
    ("Tetapi Mostafa Barghouti menegaskan bahwa perundingan belum berakhir.", "Mostafa Barghouti"),
    ("Menurut Hiroshi Moriyama, koalisi pemerintah tetap solid.", "Hiroshi Moriyama"),
    ("Nelayan itu, Rusdi Tamher (52), hilang sejak Kamis.", "Rusdi Tamher"),
    ("Jurnalis Mohammed Salama tewas di Khan Younis.", "Mohammed Salama"),
])
def test_person_from_context(text, person):
    assert person in names(text, "PER")


def test_a_noun_pointed_back_at_before_a_speech_verb_is_not_a_person():
    text = "Sebuah komite relawan mendata korban. Komite itu mencatat sedikitnya 57 orang tewas."
    assert names(text, "PER") == set()


def test_a_model_span_across_a_listed_name_gives_way_to_the_lists():
    found = {(e["name"], e["type"]) for e in ents("“Itu fitnah,” ujar juru bicara Kremlin Dmitry Peskov.")}
    assert ("Dmitry Peskov", "PER") in found and ("Kremlin", "ORG") in found


def test_a_unit_and_a_rank_before_an_officer_are_not_persons():
    found = warta.analyze("Komandan Lantamal XIII Tarakan, Laksamana Pertama TNI Hendra Wibisono, mengatakan kapal "
                          "itu ditangkap di perairan Ambalat.", date="2025-05-08")["entities"]
    assert [(e["name"], e["country"]) for e in found if e["type"] == "PER"] == [("Hendra Wibisono", "IDN")]


def test_a_body_named_by_its_head_alone_is_the_one_named_before():
    found = warta.analyze("Kementerian Pertahanan Nasional Taiwan mendeteksi 29 pesawat China. Juru bicara "
                          "kementerian, Sun Li-fang, mengatakan pasukan telah disiagakan.", date="2025-05-08")
    people = {e["name"]: e["country"] for e in found["entities"] if e["type"] == "PER"}
    assert people == {"Sun Li-fang": "TWN"}


def test_a_role_before_an_apposition_comma_and_a_rank_gives_the_country():
    found = warta.analyze("Penjaga Pantai Filipina (PCG) melaporkan insiden itu. Juru bicara PCG untuk Laut Filipina "
                          "Barat, Komodor Jay Tarriela, mengatakan kapalnya rusak.", date="2025-06-17")
    people = {e["name"]: e["country"] for e in found["entities"] if e["type"] == "PER"}
    assert people == {"Jay Tarriela": "PHL"}


def test_a_body_followed_by_a_country_serves_that_country():
    found = ents("Ia berbicara dengan Ketua DPR AS Mike Johnson.")
    people = {e["name"]: e["country"] for e in found if e["type"] == "PER"}
    assert people == {"Mike Johnson": "USA"}


def test_an_acronym_defined_before_a_country_serves_that_country():
    found = warta.analyze("Korea Utara menembakkan rudal, kata Kepala Staf Gabungan (JCS) Korea Selatan. "
                          "Menurut JCS, rudal itu jatuh di laut.", date="2025-05-08")["entities"]
    jcs = [e for e in found if e["name"] == "JCS"]
    assert [(e["type"], e["country"]) for e in jcs] == [("ORG", "KOR")]


# -- coreference ----------------------------------------------------------------------------------------------

def test_surname_mentions_join_the_full_name():
    text = ("Menteri Luar Negeri Singapura Vivian Balakrishnan tiba di Hanoi. "
            "Balakrishnan akan bertemu pejabat Vietnam. Kunjungan Balakrishnan berlangsung dua hari.")
    e = by_name(text)["Vivian Balakrishnan"]
    assert [m["text"] for m in e["mentions"]] == ["Vivian Balakrishnan", "Balakrishnan", "Balakrishnan"]
    assert e["country"] == "SGP"


def test_unlisted_surname_found_by_coreference_only():
    text = ("Kepala intelijen militer Ukraina Kyrylo Budanov memberi keterangan. "
            "Dalam wawancara itu Budanov tidak menyebut angka.")
    e = by_name(text)["Kyrylo Budanov"]
    assert [m["text"] for m in e["mentions"]] == ["Kyrylo Budanov", "Budanov"]
    assert e["country"] == "UKR"


@pytest.mark.parametrize("first, later", [
    ("Mykhailo Podolyak", "Podoliak"),
    ("Volodymyr Zelenskyy", "Zelensky"),
    ("Jens Stoltenberg", "Stoltenberg"),
])
def test_spelling_variants_are_one_entity(first, later):
    text = f"Penasihat senior {first} berbicara kepada wartawan. Kata {later}, perang belum usai."
    people = [e for e in ents(text) if e["type"] == "PER"]
    assert len(people) == 1
    assert [m["text"] for m in people[0]["mentions"]] == [first, later]


def test_kim_resolves_to_the_most_recent_kim():
    text = ("Kim Jong Un mengawasi uji coba rudal. "
            "Menteri Unifikasi Korea Selatan Kim Yung-ho menyebut uji coba itu provokasi. "
            "Kim juga meminta dialog dibuka kembali.")
    out = by_name(text)
    assert [m["text"] for m in out["Kim Yung-ho"]["mentions"]] == ["Kim Yung-ho", "Kim"]
    assert [m["text"] for m in out["Kim Jong Un"]["mentions"]] == ["Kim Jong Un"]


def test_capital_spellings_are_one_place():
    text = "Delegasi itu terbang ke Moskow. Di Moscow mereka bertemu pejabat Rusia."
    e = entity_with_mention(text, "Moscow")
    assert [m["text"] for m in e["mentions"]] == ["Moskow", "Moscow"]
    assert e["type"] == "LOC" and e["country"] == "RUS"


@pytest.mark.parametrize("capital, country", [("Port-au-Prince", "HTI"), ("Kigali", "RWA"), ("Bamako", "MLI")])
def test_capitals_of_the_genre_are_their_states_places(capital, country):
    e = entity_with_mention(f"Geng bersenjata menyerbu pinggiran {capital} pada Senin malam.", capital)
    assert e["type"] == "LOC" and e["country"] == country


def test_country_short_forms_are_the_country():
    text = "Amerika Serikat menjatuhkan sanksi baru. Pejabat AS menyebut Korut melanggar resolusi."
    usa = entity_with_mention(text, "AS")
    assert usa["name"] == "Amerika Serikat" and usa["country"] == "USA"
    assert len(usa["mentions"]) == 2
    assert entity_with_mention(text, "Korut")["country"] == "PRK"


def test_spelling_key():
    assert spelling_key("Zelenskyy") == spelling_key("Zelenskiy") == spelling_key("Zelensky")
    assert spelling_key("Moskow") == spelling_key("Moscow")
    assert spelling_key("Odessa") == spelling_key("Odesa")
    assert spelling_key("Putin") != spelling_key("Pushkin")


# -- places ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, place, country", [
    ("Rudal menghantam distrik Podilskyi Kyiv pada malam hari.", "Podilskyi", "UKR"),
    ("Bentrokan terjadi di desa Kafr Kila di Lebanon selatan.", "Kafr Kila", "LBN"),
    ("Pasukan mundur dari wilayah perbatasan Belgorod Rusia.", "Belgorod", "RUS"),
    ("Banjir merendam kecamatan Sukaraja, Indonesia.", "Sukaraja", "IDN"),
    ("Kapal itu berlabuh di pulau Rempang.", "Rempang", None),
    ("Ketegangan meningkat di Laut China Selatan.", "Laut China Selatan", None),
    ("Kapal itu kandas di Second Thomas Shoal.", "Second Thomas Shoal", None),
    ("Konvoi bantuan tiba di El Arish kemarin.", "El Arish", None),
    ("Sumber di Hambalang membenarkan kabar itu.", "Hambalang", None),
    ("Pengungsi tiba di Surabaya dan Makassar.", "Surabaya", "IDN"),
    ("Kekerasan terus terjadi di Tepi Barat.", "Tepi Barat", "PSE"),
])
def test_place_and_its_country(text, place, country):
    e = entity_with_mention(text, place)
    assert e["type"] == "LOC"
    assert e["country"] == country


@pytest.mark.parametrize("text, region", [
    ("Krisis pangan melanda Afrika Timur dan Timur Tengah.", "Timur Tengah"),
    ("Harga gas di Eropa kembali naik.", "Eropa"),
    ("Para pemimpin Barat menyerukan gencatan senjata.", "Barat"),
    ("Isu itu dibahas dalam forum keamanan Asia Tenggara.", "Asia Tenggara"),
])
def test_regions_have_no_country(text, region):
    e = entity_with_mention(text, region)
    assert e["type"] == "LOC" and e["country"] is None


def test_country_name_used_as_adjective_is_the_country():
    text = "Drone Iran dan tentara Korea Utara dikerahkan ke garis depan."
    assert entity_with_mention(text, "Iran")["type"] == "LOC"
    assert entity_with_mention(text, "Korea Utara")["country"] == "PRK"


# -- organisations ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, mention, name, country, code, sector", [
    ("PBB menyerukan akses bantuan tanpa hambatan.", "PBB", "Perserikatan Bangsa-Bangsa", None, "UN", "IGO"),
    ("Rancangan itu diveto di Dewan Keamanan PBB.", "Dewan Keamanan PBB", "Dewan Keamanan PBB", None, "UN", "IGO"),
    ("Anggota NATO sepakat menambah anggaran.", "NATO", "NATO", None, "NATO", "IGO"),
    ("Uni Eropa membekukan aset bank itu.", "Uni Eropa", "Uni Eropa", None, "EU", "IGO"),
    ("Pertemuan darurat OKI digelar di Jeddah.", "OKI", "Organisasi Kerja Sama Islam", None, "OIC", "IGO"),
    ("Inspektur IAEA mengunjungi fasilitas nuklir itu.", "IAEA", "Badan Energi Atom Internasional", None, "IAEA",
     "IGO"),
    ("TNI mengirim dua kapal ke perairan Natuna.", "TNI", "Tentara Nasional Indonesia", "IDN", "TNI", "MIL"),
    ("Kapal asing itu diusir Bakamla.", "Bakamla", "Badan Keamanan Laut", "IDN", "BAKAMLA", "GOV"),
    ("KPK menahan seorang bupati.", "KPK", "Komisi Pemberantasan Korupsi", "IDN", "KPK", "GOV"),
    ("Rapat kerja dengan DPR berlangsung alot.", "DPR", "Dewan Perwakilan Rakyat", "IDN", "DPR", "LEG"),
    ("Kemlu memastikan seluruh WNI selamat.", "Kemlu", "Kementerian Luar Negeri Indonesia", "IDN", None, "GOV"),
    ("Tim Basarnas menemukan korban ketiga.", "Basarnas", "Badan SAR Nasional", "IDN", "BASARNAS", "GOV"),
    ("Hamas membebaskan empat sandera.", "Hamas", "Hamas", "PSE", "HAMAS", "REB"),
    ("Houthi kembali menyerang kapal dagang.", "Houthi", "Houthi", "YEM", "HOUTHI", "REB"),
    ("Aparat mengejar anggota KKB di Intan Jaya.", "KKB", "Kelompok Kriminal Bersenjata", "IDN", "KKB", "REB"),
])
def test_listed_organisations(text, mention, name, country, code, sector):
    e = entity_with_mention(text, mention)
    assert (e["type"], e["name"], e["country"], e["code"], e["sector"]) == ("ORG", name, country, code, sector)


@pytest.mark.parametrize("text, mention, name, country, sector", [
    ("Hal itu dikonfirmasi kementerian luar negeri Turki.", "kementerian luar negeri Turki",
     "Kementerian Luar Negeri Turki", "TUR", "GOV"),
    ("Kementerian Pertahanan Korea Selatan membantah laporan tersebut.", "Kementerian Pertahanan Korea Selatan",
     "Kementerian Pertahanan Korea Selatan", "KOR", "GOV"),
    ("Sebanyak 40 drone ditembak jatuh, lapor pasukan udara Rusia.", "pasukan udara Rusia",
     "Angkatan Udara Rusia", "RUS", "MIL"),
    ("Wawancara itu disiarkan Radio Polandia.", "Radio Polandia", "Radio Polandia", "POL", "MED"),
    ("Kedutaan Besar Australia mengeluarkan peringatan perjalanan.", "Kedutaan Besar Australia",
     "Kedutaan Besar Australia", "AUS", "GOV"),
    ("Partai Buruh Norwegia memenangi pemilu.", "Partai Buruh Norwegia", "Partai Buruh Norwegia", "NOR", "POL"),
    ("Menurut kantor berita Tasnim, sistem pertahanan diaktifkan.", "Tasnim", "Tasnim", None, "MED"),
    ("Laporan itu dimuat Wall Street Journal.", "Wall Street Journal", "Wall Street Journal", None, "MED"),
    ("JAKARTA, KOMPAS.com - Hujan deras turun.", "KOMPAS.com", "KOMPAS.com", None, "MED"),
])
def test_organisation_patterns(text, mention, name, country, sector):
    e = entity_with_mention(text, mention)
    assert (e["type"], e["name"], e["country"], e["sector"]) == ("ORG", name, country, sector)


def test_country_inside_an_organisation_is_also_a_mention_of_the_country():
    e = entity_with_mention("Hal itu dikonfirmasi kementerian luar negeri Turki.", "Turki")
    assert e["type"] == "LOC" and e["country"] == "TUR"


@pytest.mark.parametrize("text, mention, name, country", [
    ("Kremlin menolak berkomentar.", "Kremlin", "Kremlin", "RUS"),
    ("Gedung Putih menyambut baik keputusan itu.", "Gedung Putih", "Gedung Putih", "USA"),
    ("Pentagon mengirim kapal induk kedua.", "Pentagon", "Pentagon", "USA"),
])
def test_seats_of_government_are_organisations(text, mention, name, country):
    e = entity_with_mention(text, mention)
    assert (e["type"], e["name"], e["country"]) == ("ORG", name, country)


# -- what is not an entity ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Pada Senin, harga minyak turun tajam.",
    "Sejak Januari hingga Maret, hujan turun hampir setiap hari.",
    "Namun, Sementara itu, Hingga kini belum ada kepastian.",
    "Dia mengatakan mereka akan kembali besok.",
    "Militer meluncurkan rudal Tomahawk dan jet tempur F-35 ke sasaran itu.",
    "Serangan itu memakai drone Shahed buatan lokal.",
    "Badai Helene merusak ribuan rumah warga.",
    "Operasi Garuda Perkasa berakhir pekan lalu.",
    "Tinggalkan komentar Anda di bawah.",
    "Hadiah Nobel Perdamaian diumumkan pekan depan.",
    "Video itu diunggah di Telegram dan dibagikan ulang di TikTok.",
])
def test_no_entities(text):
    assert ents(text) == []


def test_weapon_name_is_not_a_person_but_the_country_counts():
    out = ents("Rusia menembakkan rudal Kinzhal ke arah Lviv.")
    assert {(e["type"], e["name"]) for e in out} == {("LOC", "Rusia"), ("LOC", "Lviv")}


def test_title_case_headline_gives_only_known_names():
    out = ents("Menteri Jepang Tiba Di Ukraina Untuk Membahas Bantuan Pasca Serangan Besar\n\nIsi berita.")
    assert {e["name"] for e in out} == {"Jepang", "Ukraina"}


def test_initials_after_a_name_are_not_the_united_states():
    out = ents("Menkopolkam Widodo AS memimpin rapat.")
    assert all(e["country"] != "USA" for e in out)


def test_facility_names_hide_the_places_inside_them():
    out = ents("Massa berkumpul di Jalan Medan Merdeka Barat.")
    assert out == []


# -- public helpers -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, iso", [
    ("Rusia", "RUS"), ("Moskow", "RUS"), ("Moscow", "RUS"), ("Kremlin", "RUS"), ("Gedung Putih", "USA"),
    ("Washington", "USA"), ("Korut", "PRK"), ("Korsel", "KOR"), ("Tiongkok", "CHN"), ("RRT", "CHN"),
    ("Inggris", "GBR"), ("Tokyo", "JPN"), ("Pyongyang", "PRK"), ("Kyiv", "UKR"), ("Kiev", "UKR"),
    ("Teheran", "IRN"), ("Tel Aviv", "ISR"), ("AS", "USA"), ("Istana", "IDN"), ("Jakarta", "IDN"),
    ("Kharkiv", "UKR"), ("Menteri Luar Negeri Jepang", "JPN"), ("pasukan Korea Utara", "PRK"),
    ("kemarin", None), ("as", None), ("", None), ("Eropa", None),
])
def test_country_of_text(text, iso):
    assert country_of_text(text) == iso


@pytest.mark.parametrize("name, expected", [
    ("Kyiv", {"name": "Kyiv", "country": "UKR", "kind": "capital"}),
    ("Kiev", {"name": "Kyiv", "country": "UKR", "kind": "capital"}),
    ("Ukraina", {"name": "Ukraina", "country": "UKR", "kind": "country"}),
    ("Eropa", {"name": "Eropa", "country": None, "kind": "region"}),
    ("Jawa Barat", {"name": "Jawa Barat", "country": "IDN", "kind": "subdivision"}),
    ("Kremlin", None),
    ("Negeri Antah Berantah", None),
])
def test_lookup_place(name, expected):
    assert lookup_place(name) == expected


# -- pluggable span finders -------------------------------------------------------------------------------------------

def test_an_extra_candidate_finder_is_merged(monkeypatch):
    text = "Laporan itu dikutip buletin Semafor Global."

    def model_finder(doc):
        start = doc.text.index("Semafor Global")
        return [(start, start + len("Semafor Global"), "ORG")]

    assert ents(text) == []
    monkeypatch.setattr(entities_module, "STATISTICAL_FINDERS", entities_module.STATISTICAL_FINDERS + [model_finder])
    out = ents(text)
    assert [(e["type"], e["name"]) for e in out] == [("ORG", "Semafor Global")]


def test_overlapping_candidates_keep_the_longest():
    text = "Pejabat Angkatan Laut Thailand hadir."

    def short_finder(doc):
        start = doc.text.index("Thailand")
        return [(start, start + len("Thailand"), "PER")]

    doc = make_doc(text)
    merged = entities_module.merge_candidates(entities_module.view_of(doc), [
        (doc.text.index("Angkatan"), doc.text.index(" hadir"), "ORG"), *short_finder(doc)])
    assert [(m.label, m.nested) for m in merged] == [("ORG", False)]


@pytest.mark.parametrize("date, sector", [("2024-06-01", None), ("2025-06-01", "GOV")])
def test_office_holders_hold_office_only_within_their_dates(date, sector):
    # people_extra.tsv dates Donald Trump's current term from 2025-01-20; his country stays USA
    trump = next(e for e in ents("Donald Trump mengecam Iran.", date) if e["name"] == "Donald Trump")
    assert trump["country"] == "USA" and trump["sector"] == sector


# -- acronyms the article defines ----------------------------------------------------------------------
def test_an_acronym_defined_in_brackets_means_that_name_in_this_article():
    text = ("Ketua Partai Kekuatan Rakyat (PPP) Korea Selatan ditahan di Seoul. "
            "Juru bicara PPP menyebut penahanan itu bermotif politik.")
    party = entity_with_mention(text, "PPP")
    assert party["name"] == "Partai Kekuatan Rakyat" and party["country"] != "IDN"
    assert len(party["mentions"]) == 3


def test_a_listed_acronym_of_no_state_keeps_its_code():
    refugees = entity_with_mention("Badan Pengungsi PBB (UNHCR) mendesak Thailand menerima para pengungsi.", "UNHCR")
    assert refugees["code"] == "UNHCR"


@pytest.mark.parametrize("text, absent", [
    ("Malaysia menyerukan penghentian kekerasan sesuai Konsensus Lima Poin ASEAN.", "Lima"),
    ("Junta Mali Usir Lima Diplomat Prancis", "Lima"),
])
def test_a_capitalised_count_is_not_the_city_of_lima(text, absent):
    assert absent not in names(text)
    assert "Lima" in names("Presiden Peru tiba di Lima pada Senin.")
