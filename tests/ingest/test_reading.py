"""Reading input files and standard input (warta.ingest.reading) and the error codes it raises."""
from __future__ import annotations

import io
import os

import pytest

from warta.errors import CODES, WartaError, code_table, markdown_table, message
from warta.ingest.reading import DEFAULT_MAX_BYTES, decode, load_article, read_text

ARTICLE = "title: Judul\n\nPolisi menangkap dua orang di Jakarta pada Sabtu, kata juru bicara.\n"


def _code(excinfo) -> str:
    return excinfo.value.code


def test_reads_utf8_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert read_text(path) == (ARTICLE, [])
    assert read_text(str(path)) == (ARTICLE, [])


def test_strips_utf8_bom_and_reads_utf16_with_bom(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    assert read_text(path) == (ARTICLE, [])
    path.write_bytes(ARTICLE.encode("utf-16"))
    assert read_text(path) == (ARTICLE, [])


def test_missing_path_is_w101(tmp_path):
    with pytest.raises(WartaError) as info:
        read_text(tmp_path / "tidak-ada.txt")
    assert _code(info) == "W101"
    assert "tidak-ada.txt" in str(info.value)


def test_directory_is_w102(tmp_path):
    with pytest.raises(WartaError) as info:
        read_text(tmp_path)
    assert _code(info) == "W102"


@pytest.mark.parametrize("data", [b"", b"   \n\n\t", b"\xef\xbb\xbf"])
def test_empty_is_w103(tmp_path, data):
    path = tmp_path / "kosong.txt"
    path.write_bytes(data)
    with pytest.raises(WartaError) as info:
        read_text(path)
    assert _code(info) == "W103"


@pytest.mark.parametrize("data", [
    b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)),   # a zip header: NUL bytes
    bytes((i * 151 + 7) % 256 for i in range(4096)).replace(b"\x00", b"\x01"),  # noise without NULs
    b"\x89PNG\r\n\x1a\n" + b"\x01\x02\x03\x04\xff\xfe" * 200,
])
def test_binary_is_w104(tmp_path, data):
    path = tmp_path / "data.bin"
    path.write_bytes(data)
    with pytest.raises(WartaError) as info:
        read_text(path)
    assert _code(info) == "W104"


def test_too_large_is_w105(tmp_path, monkeypatch):
    path = tmp_path / "besar.txt"
    path.write_bytes(b"a" * 2000)
    with pytest.raises(WartaError) as info:
        read_text(path, max_bytes=1000)
    assert _code(info) == "W105"
    monkeypatch.setenv("WARTA_MAX_INPUT_BYTES", "1500")
    with pytest.raises(WartaError):
        read_text(path)
    monkeypatch.setenv("WARTA_MAX_INPUT_BYTES", "3000")
    assert read_text(path)[0] == "a" * 2000


def _twenty_megabytes(tmp_path):
    paragraph = "Pasukan penjaga perdamaian tiba di perbatasan pada Sabtu pagi, kata juru bicara.\n\n"
    path = tmp_path / "besar.txt"
    count = 20 * 1024 * 1024 // len(paragraph) + 1
    path.write_text(paragraph * count, encoding="utf-8")
    assert path.stat().st_size > 20 * 1024 * 1024
    return path, len(paragraph) * count


def test_twenty_megabyte_file_is_refused_by_default(tmp_path):
    path, _ = _twenty_megabytes(tmp_path)
    assert DEFAULT_MAX_BYTES < 20 * 1024 * 1024
    with pytest.raises(WartaError) as info:
        read_text(path)
    assert _code(info) == "W105"


def test_twenty_megabyte_file_is_read_when_the_limit_allows(tmp_path):
    path, length = _twenty_megabytes(tmp_path)
    text, warnings = read_text(path, max_bytes=25 * 1024 * 1024)
    assert len(text) == length and warnings == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read anything")
def test_unreadable_is_w106(tmp_path):
    path = tmp_path / "rahasia.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(WartaError) as info:
            read_text(path)
        assert _code(info) == "W106"
    finally:
        path.chmod(0o644)


def test_permission_error_maps_to_w106(tmp_path, monkeypatch):
    path = tmp_path / "rahasia.txt"
    path.write_text(ARTICLE, encoding="utf-8")

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(type(path), "open", refuse)
    with pytest.raises(WartaError) as info:
        read_text(path)
    assert _code(info) == "W106"


def test_invalid_utf8_is_replaced_with_warning_w107(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("title: Kaf\xe9\n\nIa minum kopi di kaf\xe9 itu pada Sabtu.\n".encode("latin-1"))
    text, warnings = read_text(path)
    assert warnings == ["W107"]
    assert "kaf\ufffd itu" in text


def test_stdin_dash_reads_bytes():
    text, warnings = read_text("-", stdin=io.BytesIO(ARTICLE.encode("utf-8")))
    assert (text, warnings) == (ARTICLE, [])
    with pytest.raises(WartaError) as info:
        read_text("-", stdin=io.BytesIO(b"x" * 20), max_bytes=10)
    assert _code(info) == "W105"
    with pytest.raises(WartaError) as info:
        read_text("-", stdin=io.BytesIO(b""))
    assert _code(info) == "W103"


def test_decode_directly():
    assert decode("Kalimat.".encode()) == ("Kalimat.", [])


def test_load_article_carries_reading_warnings(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"title: Judul\n\nPolisi menangkap dua orang di kaf\xe9 itu, kata juru bicara.\n")
    article = load_article(path, date="2024-11-16")
    assert article.published == "2024-11-16"
    assert "W107" in article.warnings and "encoding_warning" in article.meta


def test_code_table_lists_every_input_code():
    codes = [c.code for c in code_table()]
    for code in ("W101", "W102", "W103", "W104", "W105", "W106", "W107", "W108"):
        assert code in codes
    assert {c.code for c in code_table("warning")} >= {"W107", "W108"}
    assert CODES["W101"].severity == "error"
    assert "| W105 | error |" in markdown_table()


def test_messages_say_what_and_what_to_do():
    error = WartaError("W101", "cannot find 'x.txt'")
    assert str(error).startswith("W101: cannot find 'x.txt'.")
    assert CODES["W101"].advice in str(error)
    assert message("W107").startswith("W107: ")
    with pytest.raises(ValueError):
        WartaError("W999")
