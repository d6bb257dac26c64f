"""Header, title, residue and paragraph rules of SPEC section 1 (warta.ingest.text)."""
from __future__ import annotations

import datetime as dt

import pytest

from warta.errors import WartaError
from warta.ingest.text import article_id, has_header, parse_article, parse_date, split_section

BODY = ("Menteri Luar Negeri tiba di Hanoi pada Sabtu (16/11/2024) untuk membahas kerja sama maritim.\n\n"
        "Ia dijadwalkan bertemu mitranya pada Minggu, kata juru bicara kementerian.")


def test_header_fields_and_unknown_keys():
    raw = ("url: https://contoh.example/berita/1\noutlet: Kabar Contoh\ndate: 2024-11-16\n"
           "title: Menlu tiba di Hanoi\nkategori: Dunia\n\n" + BODY)
    article = parse_article(raw)
    assert article.title == "Menlu tiba di Hanoi"
    assert article.url == "https://contoh.example/berita/1"
    assert article.outlet == "Kabar Contoh"
    assert article.published == "2024-11-16"
    assert article.language == "id"
    assert article.meta == {"kategori": "Dunia"}
    assert article.text == "Menlu tiba di Hanoi\n\n" + BODY
    assert article.body_start == len("Menlu tiba di Hanoi\n\n")
    assert article.to_dict() == {"id": article.id, "title": "Menlu tiba di Hanoi",
                                 "url": "https://contoh.example/berita/1", "outlet": "Kabar Contoh",
                                 "published": "2024-11-16", "language": "id", "meta": {"kategori": "Dunia"}}


@pytest.mark.parametrize("header,field,value", [
    ("source: Kabar Contoh", "outlet", "Kabar Contoh"),
    ("published: 2024-11-16", "published", "2024-11-16"),
    ("published: 2024-11-16T22:05:00+07:00", "published", "2024-11-16"),
    ("date: 16/11/2024", "published", "2024-11-16"),
    ("date: Sabtu, 16 November 2024 10:30 WIB", "published", "2024-11-16"),
    ("Title: Judul dengan huruf besar", "title", "Judul dengan huruf besar"),
])
def test_header_aliases_and_formats(header, field, value):
    article = parse_article(f"{header}\n\n{BODY}")
    assert getattr(article, field) == value


def test_alias_beside_canonical_key_is_kept_in_meta():
    article = parse_article(f"outlet: Kabar Contoh\nsource: Kantor Berita X\n\n{BODY}")
    assert article.outlet == "Kabar Contoh"
    assert article.meta["source"] == "Kantor Berita X"


@pytest.mark.parametrize("raw", [
    "kategori: Dunia\n\n" + BODY,              # first key unknown
    "title: Judul\nIni kalimat biasa.\n\n" + BODY,  # a non-header line before the blank line
    "title: Judul tanpa baris kosong",        # never closed by a blank line
    "\ntitle: Judul\n\n" + BODY,               # does not start on the first line
])
def test_not_a_header(raw):
    assert not has_header(raw.split("\n")) and not has_header(raw)
    article = parse_article(raw)
    assert article.published is None and article.url is None


def test_title_rule_with_section():
    raw = "Menlu Tiba di Hanoi untuk Bahas Laut | Internasional\n\n" + BODY
    article = parse_article(raw)
    assert article.title == "Menlu Tiba di Hanoi untuk Bahas Laut"
    assert article.meta["section"] == "Internasional"
    assert article.text.startswith("Menlu Tiba di Hanoi untuk Bahas Laut\n\nMenteri Luar Negeri")


def test_title_rule_after_header_without_title_key():
    article = parse_article("date: 2024-11-16\n\nJudul Berita | Dunia\n\n" + BODY)
    assert (article.title, article.meta, article.published) == ("Judul Berita", {"section": "Dunia"},
                                                                "2024-11-16")


def test_no_title_when_first_line_is_not_followed_by_blank_line():
    raw = "Kalimat pertama berita ini.\nKalimat kedua dalam paragraf baru.\nKalimat ketiga."
    article = parse_article(raw)
    assert article.title is None
    assert article.body_start == 0
    assert article.text == "Kalimat pertama berita ini.\n\nKalimat kedua dalam paragraf baru.\n\nKalimat ketiga."


def test_no_title_when_first_line_is_long():
    first = "Kata " * 70 + "akhir."
    article = parse_article(first + "\n\n" + BODY)
    assert article.title is None
    assert article.text.startswith(first.strip())


def test_split_section_keeps_titles_without_section():
    assert split_section("Perang | Damai di Eropa") == ("Perang", "Damai di Eropa")
    assert split_section("Judul biasa") == ("Judul biasa", None)


def test_single_newline_and_blank_line_paragraphs_are_normalised():
    raw = "title: T\n\nSatu.\nDua.\n\n\n\nTiga.\n   \nEmpat."
    article = parse_article(raw)
    assert article.text == "T\n\nSatu.\n\nDua.\n\nTiga.\n\nEmpat."
    assert [article.text[s:e] for s, e in article.paragraphs] == ["Satu.", "Dua.", "Tiga.", "Empat."]


def test_hard_wrapped_lines_are_joined():
    raw = ("title: T\n\nPasukan penjaga perdamaian tiba di perbatasan pada pagi hari\n"
           "setelah perjalanan panjang dari ibu kota provinsi.\nParagraf berikutnya dimulai di sini.")
    article = parse_article(raw)
    assert article.text == ("T\n\nPasukan penjaga perdamaian tiba di perbatasan pada pagi hari setelah "
                            "perjalanan panjang dari ibu kota provinsi.\n\nParagraf berikutnya dimulai di sini.")


def test_residue_glued_without_newline_becomes_own_paragraph():
    raw = ("title: T\n\nPolisi menangkap dua orang.\n\n"
           "Tinggalkan komentarPresiden menyampaikan belasungkawa kepada keluarga korban.\n"
           "Tinggalkan komentar")
    article = parse_article(raw)
    assert article.text == ("T\n\nPolisi menangkap dua orang.\n\n"
                            "Presiden menyampaikan belasungkawa kepada keluarga korban.")


@pytest.mark.parametrize("residue", [
    "Baca juga: Harga beras naik di tiga provinsi",
    "Baca Juga Banjir rendam ratusan rumah",
    "BACA JUGA: Judul lain",
    "ADVERTISEMENT", "Advertisement", "Scroll to continue with content", "SCROLL TO RESUME CONTENT",
    "Simak juga: Video terbaru", "Lihat juga: Foto pilihan", "Artikel terkait", "Artikel Terkait: Judul",
    "Editor: Budi Santoso", "Penulis: Rina", "Sumber: Antara", "Bagikan", "Bagikan artikel ini",
    "Ikuti kami di Google News", "Ikuti berita terkini dan pilihan kami di Google News",
    "Halaman 1 2 3", "Halaman Selanjutnya", "Facebook Twitter WhatsApp", "[Gambas:Video CNN]",
])
def test_residue_lines_are_removed(residue):
    raw = f"title: T\n\nKalimat pertama.\n{residue}\nKalimat kedua."
    assert parse_article(raw).text == "T\n\nKalimat pertama.\n\nKalimat kedua."


def test_residue_glued_between_sentences_and_tail_links():
    raw = "title: T\n\nPertama selesai.ADVERTISEMENTKedua dimulai.\nKata dia.Baca juga: Judul lain di sini"
    assert parse_article(raw).text == "T\n\nPertama selesai.\n\nKedua dimulai.\n\nKata dia."


def test_sentences_that_merely_look_like_residue_are_kept():
    kept = ["Sumber: seorang pejabat yang tidak mau disebutkan namanya mengatakan bahwa pasukan itu telah "
            "bergerak ke utara sejak Senin pagi, jauh sebelum pengumuman resmi dari kementerian.",
            "Ia menolak iklan kampanye itu dan meminta Bagikan Bantuan dihentikan.",
            "Berita terkait serangan itu menyebar dengan cepat di media sosial."]
    raw = "title: T\n\n" + "\n".join(kept)
    assert parse_article(raw).text == "T\n\n" + "\n\n".join(kept)


def test_cleaning_keeps_characters_of_kept_sentences():
    sentence = ("“Kami tidak akan mundur — sedikit pun,” ujarnya; ‘belasan’ drone… "
                "Rp1,5 juta; \"kutipan\" dan 12.000 tentara – hingga Sabtu (16/11/2024).")
    article = parse_article(f"title: T\n\n  {sentence}  \nADVERTISEMENT\n")
    assert article.text == "T\n\n" + sentence


def test_whitespace_inside_lines_is_tidied():
    article = parse_article("title: T\n\nDua\t\tkata  dan\u00a0spasi.")
    assert article.text == "T\n\nDua kata dan spasi."


def test_keyword_options_override_header():
    raw = "url: https://a.example/1\noutlet: A\ndate: 2024-01-01\ntitle: Lama\n\n" + BODY
    article = parse_article(raw, title="Baru", date="2024-11-16", url="https://b.example/2", outlet="B")
    assert (article.title, article.published, article.url, article.outlet) == (
        "Baru", "2024-11-16", "https://b.example/2", "B")
    assert article.text.startswith("Baru\n\n")
    assert parse_article(raw, date=dt.date(2024, 2, 3)).published == "2024-02-03"


def test_keyword_title_disables_title_rule():
    article = parse_article("Baris Pertama\n\n" + BODY, title="Judul Lain")
    assert article.title == "Judul Lain"
    assert article.text == "Judul Lain\n\nBaris Pertama\n\n" + BODY


def test_repeated_title_line_is_not_doubled():
    article = parse_article("title: Menlu tiba di Hanoi\n\nMenlu tiba di Hanoi | Dunia\n\n" + BODY)
    assert article.text == "Menlu tiba di Hanoi\n\n" + BODY


def test_no_date_and_unreadable_date():
    assert parse_article(BODY).published is None
    assert parse_article("date: unknown\n\n" + BODY).warnings == []
    article = parse_article("date: pekan lalu\n\n" + BODY)
    assert article.published is None
    assert article.warnings == ["W109"]
    assert article.meta["date_warning"].startswith("W109:")


def test_crlf_input_gives_same_article_as_lf():
    raw = "url: https://contoh.example/1\ntitle: Judul\n\n" + BODY + "\nBaca juga: Lain\n"
    lf = parse_article(raw)
    crlf = parse_article(raw.replace("\n", "\r\n"))
    assert crlf.text == lf.text and crlf.id == lf.id and crlf.url == lf.url
    assert "\r" not in crlf.text


def test_bom_is_ignored():
    assert parse_article("\ufefftitle: Judul\n\n" + BODY).title == "Judul"


def test_article_id_is_stable_and_depends_on_url():
    first = parse_article("title: Judul\n\n" + BODY)
    again = parse_article("title: Judul\n\n" + BODY.replace("\n\n", "\n"))
    assert first.id == again.id
    assert first.id.startswith("a_") and len(first.id) == 18
    assert parse_article("title: Judul\n\n" + BODY, url="https://x.example/1").id != first.id
    assert article_id("a  b\n", None) == article_id("a b", None)
    assert article_id("Judul\n\nIsi.", "https://x.example") == article_id("Judul Isi.", "https://x.example")


def test_encoding_warning_is_recorded():
    article = parse_article(BODY, warnings=["W107"])
    assert article.warnings == ["W107"]
    assert article.meta["encoding_warning"].startswith("W107:")


def test_english_text_gets_language_warning():
    english = ("The foreign minister arrived in Hanoi on Saturday for talks with his counterpart about "
               "maritime security. He said the two countries would sign a statement on the same day, and "
               "officials told reporters that more meetings were planned for next year.")
    article = parse_article("title: Minister arrives\n\n" + english)
    assert article.language == "en"
    assert "W108" in article.warnings
    assert "English" in article.meta["language_warning"]


def test_declared_language():
    assert parse_article("language: id-ID\n\n" + BODY).language == "id"
    article = parse_article("language: en\n\n" + BODY)
    assert article.language == "en" and "language_warning" in article.meta


@pytest.mark.parametrize("raw", ["", "   \n\n", "url: https://x.example\n\n", "ADVERTISEMENT\nBaca juga: X\n"])
def test_empty_article_raises_w103(raw):
    with pytest.raises(WartaError) as info:
        parse_article(raw)
    assert info.value.code == "W103"


def test_title_only_article():
    article = parse_article("title: Hanya judul\n\n")
    assert article.text == "Hanya judul" and article.paragraphs == []


@pytest.mark.parametrize("value,expected", [
    ("2024-11-16", "2024-11-16"), ("2024-11-16 08:00", "2024-11-16"), ("16-11-2024", "2024-11-16"),
    ("16.11.2024", "2024-11-16"), ("11/16/2024", "2024-11-16"), ("16 Agustus 2024", "2024-08-16"),
    ("6 Agt 2024", "2024-08-06"), ("Aug 6, 2024", "2024-08-06"), ("2024/8/6", "2024-08-06"),
    ("Sat, 16 Nov 2024 08:00:00 +0000", "2024-11-16"),
])
def test_parse_date_formats(value, expected):
    assert parse_date(value) == (expected, True)


@pytest.mark.parametrize("value", ["31/02/2024", "kemarin", "16 Brumaire 2024"])
def test_parse_date_rejects(value):
    assert parse_date(value) == (None, False)


def test_blank_keyword_options_do_not_erase_the_header():
    raw = "url: https://a.example/1\ndate: 2024-11-16\ntitle: Judul\n\n" + BODY
    article = parse_article(raw, title="", date=" ", url=None, outlet="")
    assert (article.title, article.published, article.url) == ("Judul", "2024-11-16", "https://a.example/1")


def test_undetermined_declared_language_is_checked():
    assert parse_article("language: unknown\n\n" + BODY).language == "id"


def test_examples_parse_cleanly():
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "examples"
    files = sorted(folder.glob("*.txt"))
    assert len(files) >= 6
    for path in files:
        article = parse_article(path.read_text(encoding="utf-8"))
        assert article.title and article.url and article.outlet and article.published, path.name
        assert article.language == "id" and article.warnings == [], path.name
        assert 150 <= len(article.text.split()) <= 350, path.name


def _article_files():
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    return sorted((repo / "examples").glob("*.txt")) + sorted((repo.parent / "shared" / "seeds").glob("*.txt"))


@pytest.mark.parametrize("path", _article_files(), ids=lambda p: p.name)
def test_every_kept_paragraph_is_verbatim_in_the_source(path):
    raw = path.read_text(encoding="utf-8")
    article = parse_article(raw)
    source = " ".join(raw.split())
    for start, end in article.paragraphs:
        assert " ".join(article.text[start:end].split()) in source
    assert "Tinggalkan komentar" not in article.text
    assert "Baca juga" not in article.text and "ADVERTISEMENT" not in article.text
