"""Quote stage: direct and indirect quotes and their speakers, on Indonesian sentences written for these tests."""
from __future__ import annotations

import re

import pytest

from warta.lexicon import read_tsv
from warta.nlp.pipeline import make_doc
from warta.nlp.quotes import extract_quotes
from warta.nlp.speech import pair_marks

# (name, type, country, role): every occurrence of name in the text becomes a mention
Spec = list[tuple[str, str, str | None, str | None]]


def entities(text: str, spec: Spec) -> list[dict]:
    """Hand-made SPEC entity dicts, standing in for the entity stage."""
    out = []
    for k, (name, etype, country, role) in enumerate(spec, 1):
        mentions = [{"start": m.start(), "end": m.end(), "text": m.group()}
                    for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)]
        out.append({"id": f"e{k}", "name": name, "type": etype, "country": country, "code": None,
                    "sector": None, "role": role, "mentions": mentions})
    return out


def run(text: str, spec: Spec | None = None) -> list[dict]:
    return extract_quotes(make_doc(text), entities(text, spec or []))


def speaker_name(q: dict) -> str | None:
    return q["speaker"]["name"] if q["speaker"] else None


# text, entities, expected quotes in order as (kind, words the quote text contains, speaker name)
CASES = {
    "direct_kata_x": (
        "“Kami tidak akan mundur dari perundingan ini,” kata Budi Santoso kepada wartawan di Jakarta.",
        [("Budi Santoso", "PER", "IDN", None), ("Jakarta", "LOC", "IDN", None)],
        [("direct", "Kami tidak akan mundur dari perundingan ini", "Budi Santoso")],
    ),
    "direct_ascii_marks_ujar": (
        '"Kami siap berunding kapan saja," ujar Retno.',
        [("Retno", "PER", "IDN", None)],
        [("direct", "Kami siap berunding kapan saja", "Retno")],
    ),
    "direct_single_marks": (
        "‘Kami tidak takut,’ kata seorang warga.",
        [],
        [("direct", "Kami tidak takut", "seorang warga")],
    ),
    "direct_question_tanya": (
        "“Apa yang bisa kami lakukan sekarang?” tanya seorang ibu di pengungsian.",
        [],
        [("direct", "Apa yang bisa kami lakukan sekarang?", "seorang ibu")],
    ),
    "direct_subject_then_verb_after_quote": (
        "“Rudal itu jatuh di laut lepas,” juru bicara kementerian pertahanan Jepang mengatakan.",
        [("Jepang", "LOC", "JPN", None)],
        [("direct", "Rudal itu jatuh di laut lepas", "juru bicara kementerian pertahanan Jepang")],
    ),
    "direct_verb_colon_before_quote": (
        "Perdana Menteri Malaysia Anwar Ibrahim mengatakan: “Kita harus menyelesaikan sengketa ini secara damai.”",
        [("Anwar Ibrahim", "PER", "MYS", None), ("Malaysia", "LOC", "MYS", None)],
        [("direct", "Kita harus menyelesaikan sengketa ini secara damai.", "Anwar Ibrahim")],
    ),
    "direct_verb_comma_before_quote": (
        "Kepala BMKG Rina Sari mengatakan, “Gelombang tinggi diperkirakan terjadi hingga akhir pekan.”",
        [("Rina Sari", "PER", "IDN", None), ("BMKG", "ORG", "IDN", None)],
        [("direct", "Gelombang tinggi diperkirakan terjadi", "Rina Sari")],
    ),
    "direct_colon_ends_previous_paragraph": (
        "Dalam pidatonya di depan parlemen, Perdana Menteri Thailand mengatakan:\n"
        "“Kami tidak akan menoleransi pelanggaran wilayah udara kami.”",
        [("Thailand", "LOC", "THA", None)],
        [("direct", "Kami tidak akan menoleransi", "Perdana Menteri Thailand")],
    ),
    "direct_menurut_before_quote": (
        "Menurut Dewi Lestari, “Gencatan senjata ini sangat rapuh dan bisa runtuh kapan saja.”",
        [("Dewi Lestari", "PER", "IDN", None)],
        [("direct", "Gencatan senjata ini sangat rapuh", "Dewi Lestari")],
    ),
    "direct_appositive_speaker": (
        "“Kami butuh bantuan segera,” kata Kepala Desa Sukamaju, Ahmad Fauzi, kepada wartawan.",
        [("Ahmad Fauzi", "PER", "IDN", None)],
        [("direct", "Kami butuh bantuan segera", "Ahmad Fauzi")],
    ),
    "katanya_resolves_to_last_person": (
        "Gubernur Andi Rahman meninjau lokasi banjir pada Senin.\n\n"
        "“Bantuan logistik sudah tiba di semua posko,” katanya.",
        [("Andi Rahman", "PER", "IDN", None)],
        [("direct", "Bantuan logistik sudah tiba", "Andi Rahman")],
    ),
    "ujarnya_prefers_previous_speaker": (
        "Andi Rahman bertemu Wali Kota Yogi Pratama di balai kota.\n"
        "Andi Rahman mengatakan pemerintah daerah siap membantu korban.\n"
        "“Kami sudah menyiapkan dana darurat,” ujarnya.",
        [("Andi Rahman", "PER", "IDN", None), ("Yogi Pratama", "PER", "IDN", None)],
        [("indirect", "pemerintah daerah siap membantu korban", "Andi Rahman"),
         ("direct", "Kami sudah menyiapkan dana darurat", "Andi Rahman")],
    ),
    "kata_dia_without_antecedent": (
        "“Kami lelah,” kata dia.",
        [],
        [("direct", "Kami lelah", None)],
    ),
    "quote_opens_paragraph_attributed_next_sentence": (
        "“Situasi di perbatasan masih sangat tegang.” Hal itu disampaikan Kepala Staf Angkatan Darat "
        "Hendra Wijaya pada Selasa.",
        [("Hendra Wijaya", "PER", "IDN", None)],
        [("direct", "Situasi di perbatasan masih sangat tegang.", "Hendra Wijaya")],
    ),
    "quote_attributed_by_next_sentence_subject": (
        "“Kami akan terus memantau pergerakan pasukan.” Juru bicara militer Thailand mengatakan hal itu "
        "dalam jumpa pers.",
        [("Thailand", "LOC", "THA", None)],
        [("direct", "Kami akan terus memantau", "Juru bicara militer Thailand")],
    ),
    "continuation_paragraph_keeps_speaker": (
        "“Pasokan air bersih sangat terbatas,” kata Siti Aminah, relawan di kamp pengungsi.\n\n"
        "“Anak-anak mulai jatuh sakit dan obat-obatan hampir habis.”",
        [("Siti Aminah", "PER", "IDN", None)],
        [("direct", "Pasokan air bersih sangat terbatas", "Siti Aminah"),
         ("direct", "Anak-anak mulai jatuh sakit", "Siti Aminah")],
    ),
    "continuation_same_paragraph": (
        "“Kami sudah mengirim dua kapal,” kata Laksamana Yudo. “Satu kapal lagi berangkat besok pagi.”",
        [("Yudo", "PER", "IDN", None)],
        [("direct", "Kami sudah mengirim dua kapal", "Yudo"),
         ("direct", "Satu kapal lagi berangkat besok pagi.", "Yudo")],
    ),
    "split_quote_around_cue": (
        "“Kami siap,” kata Budi, “tetapi kami butuh waktu untuk berkoordinasi dengan semua pihak.”",
        [("Budi", "PER", "IDN", None)],
        [("direct", "Kami siap", "Budi"), ("direct", "kami butuh waktu untuk berkoordinasi", "Budi")],
    ),
    "unclosed_quote_is_refused": (
        "“Kami menolak keputusan itu, kata pemimpin serikat buruh Agus Salim.",
        [("Agus Salim", "PER", "IDN", None)],
        [],
    ),
    "scare_quotes_are_not_quotes": (
        "Pemerintah menyebut unjuk rasa itu sebagai “aksi anarkis” dan menangkap puluhan orang. "
        "Partai itu meluncurkan program “Desa Mandiri” pada Senin. "
        'Warga menyebut kawasan itu "kampung mati" sejak pabrik tutup.',
        [],
        [],
    ),
    "scare_quote_inside_reported_clause": (
        "Menteri Luar Negeri Retno Marsudi mengatakan ada “risiko nyata” konflik meluas ke kawasan lain.",
        [("Retno Marsudi", "PER", "IDN", None)],
        [("indirect", "konflik meluas ke kawasan lain", "Retno Marsudi")],
    ),
    "long_partial_quote_in_reported_clause": (
        "Yanti Kusuma mengatakan pemerintah akan menempuh “segala cara untuk memulangkan para sandera "
        "dengan selamat.”",
        [("Yanti Kusuma", "PER", "IDN", None)],
        [("direct", "segala cara untuk memulangkan para sandera", "Yanti Kusuma")],
    ),
    "reported_speech_bahwa": (
        "Menteri Keuangan Sri Wahyuni mengatakan bahwa anggaran pertahanan akan dinaikkan tahun depan.",
        [("Sri Wahyuni", "PER", "IDN", None)],
        [("indirect", "anggaran pertahanan akan dinaikkan tahun depan", "Sri Wahyuni")],
    ),
    "reported_speech_adverbial_before_bahwa": (
        "Pejabat Malaysia mengatakan kepada wartawan pada Rabu bahwa kapal itu telah dilepaskan.",
        [("Malaysia", "LOC", "MYS", None)],
        [("indirect", "kapal itu telah dilepaskan", "Pejabat Malaysia")],
    ),
    "reported_speech_verb_comma": (
        "Kapolda Metro Jaya Irjen Karyoto menjelaskan, pelaku sudah diintai selama dua minggu.",
        [("Karyoto", "PER", "IDN", None)],
        [("indirect", "pelaku sudah diintai selama dua minggu", "Karyoto")],
    ),
    "reported_speech_juga_and_fronted_time": (
        "Pekan lalu, Budi Hartono juga menegaskan bahwa larangan itu merugikan ribuan keluarga nelayan.",
        [("Budi Hartono", "PER", "IDN", None)],
        [("indirect", "larangan itu merugikan ribuan keluarga nelayan", "Budi Hartono")],
    ),
    "reported_speech_role_phrase": (
        "Presiden Filipina mengatakan negaranya tidak akan mundur dari Laut China Selatan.",
        [("Ferdinand Marcos", "PER", "PHL", "Presiden Filipina"), ("Laut China Selatan", "LOC", None, None)],
        [("indirect", "negaranya tidak akan mundur", "Ferdinand Marcos")],
    ),
    "reported_speech_pronoun_subject": (
        "Ferdinand Marcos mengunjungi pangkalan angkatan laut di Palawan.\n"
        "Dia mengatakan dia akan menambah patroli di perairan itu.",
        [("Ferdinand Marcos", "PER", "PHL", None), ("Palawan", "LOC", "PHL", None)],
        [("indirect", "dia akan menambah patroli di perairan itu", "Ferdinand Marcos")],
    ),
    "reported_speech_coordinated_verb": (
        "Rusia membantah tuduhan itu dan mengatakan pasukannya hanya menyerang sasaran militer.",
        [("Rusia", "LOC", "RUS", None)],
        [("indirect", "pasukannya hanya menyerang sasaran militer", "Rusia")],
    ),
    "reported_speech_relative_clause_subject": (
        "Seorang pejabat senior Kementerian Pertahanan Singapura, yang berbicara dengan syarat anonim, "
        "mengatakan latihan itu akan diperluas.",
        [("Singapura", "LOC", "SGP", None)],
        [("indirect", "latihan itu akan diperluas", "Seorang pejabat senior Kementerian Pertahanan Singapura")],
    ),
    "menurut_x": (
        "Menurut juru bicara kepolisian, tiga tersangka telah ditangkap di Surabaya.",
        [("Surabaya", "LOC", "IDN", None)],
        [("indirect", "tiga tersangka telah ditangkap di Surabaya", "juru bicara kepolisian")],
    ),
    "menurut_x_at_the_end": (
        "Kebakaran itu dipicu korsleting listrik, menurut keterangan polisi setempat.",
        [],
        [("indirect", "Kebakaran itu dipicu korsleting listrik", "polisi setempat")],
    ),
    "menurut_a_document_is_not_speech": (
        "Menurut laporan badan meteorologi, hujan lebat akan turun sepanjang pekan.",
        [],
        [],
    ),
    "inverted_kata_x": (
        "Banjir merendam tiga desa di Aceh, kata Budi, dan ribuan warga mengungsi.",
        [("Budi", "PER", "IDN", None), ("Aceh", "LOC", "IDN", None)],
        [("indirect", "Banjir merendam tiga desa di Aceh", "Budi")],
    ),
    "inverted_melaporkan_x": (
        "Sedikitnya 20 rumah rusak akibat gempa itu, melaporkan badan penanggulangan bencana Filipina.",
        [("Filipina", "LOC", "PHL", None)],
        [("indirect", "Sedikitnya 20 rumah rusak akibat gempa itu", "badan penanggulangan bencana Filipina")],
    ),
    "inverted_ambiguous_cue_needs_a_name": (
        "Hasil pemilu itu jelas menunjukkan keinginan rakyat, tambah Yusuf.",
        [("Yusuf", "PER", "IDN", None)],
        [("indirect", "Hasil pemilu itu jelas menunjukkan keinginan rakyat", "Yusuf")],
    ),
    "kata_mereka_two_sentences": (
        "Serikat Petani Indonesia mengatakan harga pupuk naik dua kali lipat. "
        "Dari kenaikan itu, petani kecil paling terpukul, kata mereka.",
        [("Serikat Petani Indonesia", "ORG", "IDN", None)],
        [("indirect", "harga pupuk naik dua kali lipat", "Serikat Petani Indonesia"),
         ("indirect", "petani kecil paling terpukul", "Serikat Petani Indonesia")],
    ),
    "ujar_mereka_plural_subject": (
        "Para mahasiswa berkumpul di depan gedung DPR.\n"
        "“Kami menuntut pencabutan undang-undang itu sekarang juga,” ujar mereka.",
        [("DPR", "ORG", "IDN", None)],
        [("direct", "Kami menuntut pencabutan", "Para mahasiswa")],
    ),
    "demonstrative_speaker_refers_back": (
        "Kementerian Luar Negeri Korea Selatan mengatakan kapal itu ditahan di perairan internasional.\n"
        "Penahanan itu melanggar hukum laut, kata kementerian tersebut.",
        [("Korea Selatan", "LOC", "KOR", None)],
        [("indirect", "kapal itu ditahan", "Kementerian Luar Negeri Korea Selatan"),
         ("indirect", "Penahanan itu melanggar hukum laut", "Kementerian Luar Negeri Korea Selatan")],
    ),
    "inverted_cue_inside_the_clause": (
        "Kenaikan tarif itu, kata Rudi Hartono, akan diberlakukan mulai bulan depan.",
        [("Rudi Hartono", "PER", "IDN", None)],
        [("indirect", "akan diberlakukan mulai bulan depan", "Rudi Hartono")],
    ),
    "inverted_cue_opening_the_clause": (
        "Masih kata Rudi Hartono, tarif baru itu tidak berlaku bagi pelajar.",
        [("Rudi Hartono", "PER", "IDN", None)],
        [("indirect", "tarif baru itu tidak berlaku bagi pelajar", "Rudi Hartono")],
    ),
    "keluh_and_source_note_after_speaker": (
        "“Harga bahan pokok terus naik,” keluh seorang pedagang, seperti dikutip harian lokal.",
        [],
        [("direct", "Harga bahan pokok terus naik", "seorang pedagang")],
    ),
    "cue_before_quote_wins_over_next_sentence": (
        "Lina Marlina mengatakan: “Kami membutuhkan lebih banyak relawan.” Dia menambahkan bahwa "
        "pendaftaran dibuka hingga Jumat.",
        [("Lina Marlina", "PER", "IDN", None)],
        [("direct", "Kami membutuhkan lebih banyak relawan.", "Lina Marlina"),
         ("indirect", "pendaftaran dibuka hingga Jumat", "Lina Marlina")],
    ),
    "apposition_name_without_entity": (
        "“Stok beras aman sampai akhir tahun,” kata Kepala Bulog Daerah, Hendra Kusuma, kepada wartawan.",
        [],
        [("direct", "Stok beras aman sampai akhir tahun", "Hendra Kusuma")],
    ),
    "menurut_unnamed_official": (
        "Menurut pejabat Jepang yang tidak ingin disebutkan namanya, latihan itu akan diperpanjang.",
        [("Jepang", "LOC", "JPN", None)],
        [("indirect", "latihan itu akan diperpanjang", "pejabat Jepang")],
    ),
    "menurut_title_then_named_person": (
        "Menurut Kepala Biro Humas Kementerian Sosial, Sari Dewanti, bantuan tahap kedua cair pekan ini.",
        [("Sari Dewanti", "PER", "IDN", None)],
        [("indirect", "bantuan tahap kedua cair pekan ini", "Sari Dewanti")],
    ),
    "menurut_without_comma": (
        "Menurut Agus Wibowo pada tahun lalu ekspor kopi naik 12 persen, sedangkan tahun ini stagnan.",
        [("Agus Wibowo", "PER", "IDN", None)],
        [("indirect", "ekspor kopi naik 12 persen, sedangkan tahun ini stagnan", "Agus Wibowo")],
    ),
    "quoted_title_is_not_a_direct_quote": (
        "Harian itu mengklaim diri sebagai “Koran Nasional yang Terbit dari Makassar” sejak 1990.",
        [],
        [("indirect", "Koran Nasional", "Harian itu")],
    ),
    "menurut_data_is_not_speech": (
        "Menurut data Badan Pusat Statistik, inflasi bulan lalu mencapai 3 persen.",
        [("Badan Pusat Statistik", "ORG", "IDN", None)],
        [],
    ),
    "negated_speech_is_not_a_quote": (
        "Juru bicara itu tidak mengatakan kapan pasukan akan ditarik.",
        [],
        [],
    ),
    "reporting_verb_with_a_clause_needs_no_bahwa": (
        "Kementerian Kesehatan Libya menyebutkan setidaknya 27 orang tewas dalam bentrokan itu.",
        [("Kementerian Kesehatan Libya", "ORG", "LBY", None)],
        [("indirect", "setidaknya 27 orang tewas dalam bentrokan itu", "Kementerian Kesehatan Libya")],
    ),
    "bracketed_short_name_stays_with_the_subject": (
        "Militer Israel (IDF) mengatakan sekitar 200 jet tempur dikerahkan dalam operasi itu.",
        [("Israel", "LOC", "ISR", None), ("IDF", "ORG", "ISR", None)],
        [("indirect", "sekitar 200 jet tempur dikerahkan", "Militer Israel")],
    ),
    "reported_clause_with_a_me_verb_before_l": (
        "Angkatan Udara Ukraina melaporkan Rusia meluncurkan 112 drone serang semalam.",
        [("Ukraina", "LOC", "UKR", None), ("Rusia", "LOC", "RUS", None)],
        [("indirect", "Rusia meluncurkan 112 drone serang", "Angkatan Udara Ukraina")],
    ),
    "estimate_verb_reports_a_clause": (
        "Badan intelijen Korea Selatan memperkirakan sekitar 15.000 tentara telah dikirim ke Rusia.",
        [("Korea Selatan", "LOC", "KOR", None), ("Rusia", "LOC", "RUS", None)],
        [("indirect", "sekitar 15.000 tentara telah dikirim ke Rusia", "Badan intelijen Korea Selatan")],
    ),
    "estimate_verb_with_an_object_is_not_speech": (
        "Pemerintah daerah memperkirakan kerugian akibat banjir bandang itu.",
        [],
        [],
    ),
    "accusing_verb_with_a_clause_is_not_speech": (
        "Zelenskyy menuduh Korea Utara mengirimkan senjata ke Rusia.",
        [("Zelenskyy", "PER", "UKR", None), ("Korea Utara", "LOC", "PRK", None), ("Rusia", "LOC", "RUS", None)],
        [],
    ),
    "verb_with_object_is_not_speech": (
        "Jaksa Agung menegaskan kembali komitmennya untuk memberantas korupsi. "
        "Tentara Thailand menyatakan dukungan bagi operasi itu.",
        [("Thailand", "LOC", "THA", None)],
        [],
    ),
    "kata_as_a_noun": (
        "Dengan kata lain, pemerintah harus membayar ganti rugi kepada warga.",
        [],
        [],
    ),
    "relative_clause_about_a_document": (
        "Laporan yang mengatakan bahwa pasukan telah ditarik ternyata keliru.",
        [],
        [],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_quote_cases(name: str) -> None:
    text, spec, expected = CASES[name]
    quotes = run(text, spec)
    got = [(q["kind"], q["text"], speaker_name(q)) for q in quotes]
    assert len(quotes) == len(expected), got
    for q, (kind, words, speaker) in zip(quotes, expected):
        assert q["kind"] == kind, got
        assert words in q["text"], got
        assert speaker_name(q) == speaker, got


def test_direct_quote_after_cue_is_not_repeated_as_indirect() -> None:
    text = "“Harga cabai naik tiga kali lipat,” kata pedagang bernama Sarni, di Pasar Minggu."
    quotes = run(text, [("Sarni", "PER", "IDN", None)])
    assert [q["kind"] for q in quotes] == ["direct"]


def test_offsets_cue_and_speaker_fields() -> None:
    text = ("Perundingan dilanjutkan pekan depan.\n"
            "“Kedua pihak sudah sepakat soal tahanan,” ujar Menteri Luar Negeri Norwegia Espen Eide.")
    quotes = run(text, [("Espen Eide", "PER", "NOR", None), ("Norwegia", "LOC", "NOR", None)])
    assert len(quotes) == 1
    q = quotes[0]
    assert text[q["start"]:q["end"]] == q["text"] == "Kedua pihak sudah sepakat soal tahanan"
    assert q["cue"] == {"text": "ujar", "start": text.index("ujar"), "end": text.index("ujar") + 4}
    assert q["speaker"] == {"name": "Espen Eide", "entity": "e1", "country": "NOR"}


def test_phrase_speaker_takes_country_of_named_place() -> None:
    text = "Pejabat Vietnam mengatakan kapal-kapal nelayan itu diusir dari perairan sengketa."
    q = run(text, [("Vietnam", "LOC", "VNM", None)])[0]
    assert q["speaker"] == {"name": "Pejabat Vietnam", "entity": None, "country": "VNM"}


def test_organisation_speaker_resolves_to_entity() -> None:
    text = "“Kami mengecam serangan itu,” kata Kementerian Luar Negeri Mesir."
    spec = [("Kementerian Luar Negeri Mesir", "ORG", "EGY", None)]
    q = run(text, spec)[0]
    assert q["speaker"] == {"name": "Kementerian Luar Negeri Mesir", "entity": "e1", "country": "EGY"}


def test_title_before_a_name_resolves_without_role() -> None:
    text = ("Perdana Menteri Selandia Baru Chris Hipkins tiba di Canberra.\n"
            "Perdana Menteri Selandia Baru mengatakan kedua negara akan memperkuat kerja sama maritim.")
    quotes = run(text, [("Chris Hipkins", "PER", "NZL", None), ("Canberra", "LOC", "AUS", None)])
    assert [speaker_name(q) for q in quotes] == ["Chris Hipkins"]


def test_results_are_sorted_and_texts_match_offsets() -> None:
    text = ("Menurut Dewi Lestari, harga minyak akan naik.\n"
            "“Pasar sedang gelisah,” katanya. “Investor menunggu keputusan bank sentral pekan depan.”\n"
            "Harga emas juga naik, kata analis pasar modal.")
    quotes = run(text, [("Dewi Lestari", "PER", "IDN", None)])
    assert [q["start"] for q in quotes] == sorted(q["start"] for q in quotes)
    assert len(quotes) == 4
    for q in quotes:
        assert text[q["start"]:q["end"]] == q["text"]
        if q["cue"]:
            assert text[q["cue"]["start"]:q["cue"]["end"]] == q["cue"]["text"]
    assert [speaker_name(q) for q in quotes] == ["Dewi Lestari"] * 3 + ["analis pasar modal"]


def test_empty_and_quote_free_documents() -> None:
    assert run("") == []
    assert run("Hujan turun sepanjang hari di Bandung.") == []


def test_unbalanced_double_marks_refuse_the_paragraph_only() -> None:
    text = ("“Kami tidak setuju, kata seorang anggota dewan.\n"
            "“Rancangan itu harus dibahas ulang,” ujar Ketua Komisi Yudi Hartanto.")
    quotes = run(text, [("Yudi Hartanto", "PER", "IDN", None)])
    assert [(q["kind"], speaker_name(q)) for q in quotes] == [("direct", "Yudi Hartanto")]


def test_pair_marks_refuses_unbalanced_and_drops_stray_apostrophes() -> None:
    assert pair_marks(["“", "a", "”", "“", "b"], 0, 5) is None
    spans = pair_marks(["“", "a", "”", "b", "’", "c"], 0, 6)
    assert spans is not None and [(q.open, q.close) for q in spans] == [(0, 2)]


def test_speech_cue_lexicon_is_well_formed() -> None:
    kinds = {"verb", "inverted", "suffixed", "source", "passive"}
    flags = {"bahwa", "invert", "strict", "clause"}
    rows = read_tsv("speech_cues.tsv")
    assert len(rows) > 50
    for row in rows:
        assert row[1] in kinds, row
        if len(row) > 2 and row[2]:
            assert set(row[2].split(",")) <= flags, row
