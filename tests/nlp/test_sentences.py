import pytest

from warta.nlp.pipeline import make_doc
from warta.nlp.sentences import sentence_spans


def sentences(text: str) -> list[str]:
    doc = make_doc(text)
    return [doc.text[s:e] for s, e in sentence_spans(doc)]


@pytest.mark.parametrize("text, expected", [
    ("Pasukan AS tiba kemarin. Mereka membawa 12.000 ton beras.",
     ["Pasukan AS tiba kemarin.", "Mereka membawa 12.000 ton beras."]),
    ("Kantor itu di Jl. Merdeka No. 5 Jakarta. Dr. Budi hadir.",
     ["Kantor itu di Jl. Merdeka No. 5 Jakarta.", "Dr. Budi hadir."]),
    ("Nilainya 1,5 juta dolar AS. Sekjen PBB menyambutnya.",
     ["Nilainya 1,5 juta dolar AS.", "Sekjen PBB menyambutnya."]),
    ("Mereka membawa beras, gula, dll. Bantuan tiba pagi.",
     ["Mereka membawa beras, gula, dll.", "Bantuan tiba pagi."]),
    ("Surat itu a.n. menteri dikirim. Isinya singkat.",
     ["Surat itu a.n. menteri dikirim.", "Isinya singkat."]),
    ("Presiden John F. Kennedy datang. Rakyat menyambut.",
     ["Presiden John F. Kennedy datang.", "Rakyat menyambut."]),
])
def test_abbreviations_and_numbers_do_not_split(text, expected):
    assert sentences(text) == expected


def test_quote_spanning_sentences_stays_with_its_cue():
    text = "“Kami siap. Kami tidak akan mundur,” kata Ahmad. Dia lalu pergi."
    assert sentences(text) == ["“Kami siap. Kami tidak akan mundur,” kata Ahmad.", "Dia lalu pergi."]


def test_single_newline_separates_paragraphs():
    text = "Judul berita\n\nParagraf pertama tanpa titik\nParagraf kedua juga"
    assert sentences(text) == ["Judul berita", "Paragraf pertama tanpa titik", "Paragraf kedua juga"]


def test_unclosed_quote_is_cut_at_paragraph_end():
    text = "“Ini kutipan yang tidak pernah ditutup. Masih kutipan.\nParagraf baru dimulai. Lalu selesai."
    got = sentences(text)
    assert got[-2:] == ["Paragraf baru dimulai.", "Lalu selesai."]


def test_closing_quote_after_stop_belongs_to_sentence():
    assert sentences("Dia berkata, “Kami menang.” Semua bersorak.") == \
        ["Dia berkata, “Kami menang.”", "Semua bersorak."]


def test_reduplication_and_hyphenated_names_stay_one_token():
    doc = make_doc("Kim Yong-hyun menemui sekutu-sekutunya.")
    assert [t.text for t in doc][:4] == ["Kim", "Yong-hyun", "menemui", "sekutu-sekutunya"]
