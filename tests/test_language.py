"""The light language check (warta.language) and its word lists."""
from __future__ import annotations

import pytest

from warta.language import LANGUAGES, assess_language, detect_language
from warta.lexicon import read_tsv, read_words

INDONESIAN = (
    "Menteri Luar Negeri Indonesia tiba di Hanoi pada Sabtu untuk membahas kerja sama maritim dengan "
    "Vietnam. Kedua menteri sepakat memperkuat patroli bersama dan menyatakan bahwa sengketa di laut harus "
    "diselesaikan secara damai sesuai hukum internasional, kata juru bicara kementerian.")
INDONESIAN_WITH_ENGLISH_NAMES = (
    "Menurut laporan The Washington Post dan Wall Street Journal, House of Representatives Amerika "
    "Serikat akan memungut suara pekan depan. Juru bicara White House, John Kirby, mengatakan kepada "
    "wartawan bahwa Joint Chiefs of Staff sudah menerima laporan dari United States Forces Korea dan "
    "Department of Defense tentang latihan itu.")
ENGLISH = (
    "The foreign minister arrived in Hanoi on Saturday for talks with his counterpart about maritime "
    "security. He said the two countries would work together on patrols and that any dispute at sea "
    "should be settled peacefully, according to a statement from the ministry.")
MALAY = (
    "Menteri Luar Negeri berkata kerajaan akan terus memantau keadaan kerana terdapat laporan bahawa "
    "beberapa kenderaan tentera telah memasuki kawasan sempadan selepas mesyuarat tergempar itu. Polis "
    "juga mahu orang ramai bertenang dan tidak menyebarkan sebarang maklumat palsu di media sosial.")
GERMAN = (
    "Der Außenminister ist am Samstag in Hanoi eingetroffen, um mit seinem Amtskollegen über die "
    "Sicherheit auf See zu sprechen. Er sagte, die beiden Länder wollen bei den Patrouillen enger "
    "zusammenarbeiten, und ein Streit auf dem Meer müsse friedlich gelöst werden.")
TAGALOG = (
    "Dumating sa Hanoi noong Sabado ang kalihim ng ugnayang panlabas upang makipag-usap sa kanyang "
    "katapat tungkol sa seguridad sa dagat. Sinabi niya na magtutulungan ang dalawang bansa sa mga "
    "pagpapatrolya at dapat lutasin nang mapayapa ang anumang alitan, ayon sa pahayag ng kagawaran.")


@pytest.mark.parametrize("text,code,warn", [
    (INDONESIAN, "id", False),
    (INDONESIAN_WITH_ENGLISH_NAMES, "id", False),
    (ENGLISH, "en", True),
    (MALAY, "ms", True),
    (GERMAN, "de", True),
    (TAGALOG, "tl", True),
])
def test_languages(text, code, warn):
    report = assess_language(text)
    assert report.code == code
    assert report.clearly_not_indonesian is warn
    assert (report.warning() is not None) is warn
    assert 0.0 <= report.confidence <= 1.0
    assert detect_language(text) == (report.code, report.confidence)


def test_indonesian_is_confident():
    code, confidence = detect_language(INDONESIAN + "\n\n" + INDONESIAN_WITH_ENGLISH_NAMES)
    assert code == "id" and confidence > 0.8


def test_short_text_is_never_flagged():
    report = assess_language("Breaking news")
    assert not report.clearly_not_indonesian
    assert assess_language("").code == "id"


@pytest.mark.parametrize("text,code", [
    ("Министр иностранных дел прибыл в Ханой в субботу для переговоров о морской безопасности.", "ru"),
    ("外交部长星期六抵达河内，与越南外长讨论海上安全问题。", "zh"),
    ("وصل وزير الخارجية إلى هانوي يوم السبت لإجراء محادثات حول الأمن البحري.", "ar"),
])
def test_other_scripts(text, code):
    report = assess_language(text)
    assert report.code == code and report.clearly_not_indonesian


def test_unknown_latin_language_without_indonesian_words():
    vietnamese = ("bộ trưởng ngoại giao đã đến hà nội vào thứ bảy để hội đàm với người đồng cấp về an ninh "
                  "hàng hải và hai nước sẽ tăng cường tuần tra chung trên biển trong thời gian tới theo "
                  "thông cáo của bộ ngoại giao được công bố cùng ngày")
    report = assess_language(vietnamese)
    assert report.clearly_not_indonesian and report.code == "und"


def test_word_lists_do_not_overlap_with_indonesian():
    indonesian = read_words("language_id.txt")
    assert 100 <= len(indonesian) <= 200
    assert 100 <= len(read_words("language_en.txt")) <= 200
    for code in LANGUAGES[1:]:
        words = read_words(f"language_{code}.txt")
        assert not words & indonesian, code
        assert all(w == w.lower() for w in words)


def test_malay_pairs_are_not_indonesian_function_words():
    indonesian = read_words("language_id.txt")
    malay = {row[0] for row in read_tsv("language_ms.txt")}
    assert not malay & indonesian
