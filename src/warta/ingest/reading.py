"""Read an input file (or standard input) into text, turning every failure into a coded :class:`WartaError`.

This is the only place that touches the file system for plain-text articles, so the CLI and batch jobs get
the same checks and the same messages: missing file, directory, empty, binary, too large, unreadable.
Bytes that are not valid UTF-8 do not stop the analysis: they are replaced and reported as warning W107,
because one bad byte in a scraped page should not cost the whole article.
"""
from __future__ import annotations

import codecs
import os
import sys
from pathlib import Path
from typing import BinaryIO

from ..errors import (INPUT_BINARY, INPUT_EMPTY, INPUT_IS_DIRECTORY, INPUT_NOT_FOUND, INPUT_TOO_LARGE,
                      INPUT_UNREADABLE, INVALID_UTF8, WartaError)
from .text import Article, parse_article

#: Default size limit. A long news article is well under 1 MB; 10 MB leaves room for pasted collections
#: while stopping a stray dump, disk image or video (a 20 MB "page" is not an article and would take
#: minutes to analyse) before it costs memory and time. Override per call or with ``WARTA_MAX_INPUT_BYTES``.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
MAX_BYTES_ENV = "WARTA_MAX_INPUT_BYTES"

#: How much of the input the binary check looks at; binary files show themselves in the first bytes.
_SNIFF_BYTES = 64 * 1024
#: Share of replacement or control characters above which decoded bytes count as binary.
_BINARY_SHARE = 0.30
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")


def max_input_bytes() -> int:
    """The size limit in bytes: ``WARTA_MAX_INPUT_BYTES`` when set to a positive integer, else 10 MB."""
    value = os.environ.get(MAX_BYTES_ENV, "").strip()
    if value.isdigit() and int(value) > 0:
        return int(value)
    return DEFAULT_MAX_BYTES


def read_text(path: str | Path, *, max_bytes: int | None = None,
              stdin: BinaryIO | None = None) -> tuple[str, list[str]]:
    """Read ``path`` (``"-"`` for standard input) and return ``(text, warning_codes)``.

    Raises :class:`WartaError` W101-W106. The only possible warning is ``"W107"`` (invalid UTF-8, decoded
    with replacement characters). ``stdin`` replaces ``sys.stdin.buffer`` (for tests and embedding).
    """
    limit = max_bytes if max_bytes is not None else max_input_bytes()
    name = str(path)
    if name == "-":
        data = _read_stream(stdin if stdin is not None else sys.stdin.buffer, limit, "standard input")
    else:
        data = _read_file(Path(path), limit)
    return decode(data, name="standard input" if name == "-" else name)


def load_article(path: str | Path, *, title: str | None = None, date: str | None = None,
                 url: str | None = None, outlet: str | None = None, language: str | None = None,
                 max_bytes: int | None = None) -> Article:
    """Read ``path`` and parse it into an :class:`Article`, with reading warnings recorded in its meta.

    Keyword options override the file's header, as command-line options do.
    """
    text, warnings = read_text(path, max_bytes=max_bytes)
    return parse_article(text, title=title, date=date, url=url, outlet=outlet, language=language,
                         warnings=warnings)


def decode(data: bytes, *, name: str = "input") -> tuple[str, list[str]]:
    """Decode bytes as UTF-8 (BOM stripped; UTF-16 with a BOM is accepted), checking for empty/binary."""
    if not data.strip():
        raise WartaError(INPUT_EMPTY.code, f"{name} is empty")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _checked(data.decode("utf-16"), name), []
        except UnicodeDecodeError:
            pass  # not really UTF-16: fall through to the UTF-8 path and its binary check
    if b"\x00" in data:
        raise WartaError(INPUT_BINARY.code, f"{name} contains NUL bytes, so it is binary data, not text")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return _checked(data.decode("utf-8"), name), []
    except UnicodeDecodeError:
        return _checked(data.decode("utf-8", errors="replace"), name), [INVALID_UTF8.code]


def _checked(text: str, name: str) -> str:
    """Reject text that decoded to mostly replacement or control characters, or to nothing."""
    if not text.strip():
        raise WartaError(INPUT_EMPTY.code, f"{name} contains only whitespace")
    sample = text[:_SNIFF_BYTES]
    bad = sum(1 for ch in sample if ch == "\ufffd" or (ch < " " and ch not in _TEXT_CONTROLS) or ch == "\x7f")
    if bad / len(sample) > _BINARY_SHARE:
        raise WartaError(INPUT_BINARY.code,
                         f"{name} is mostly non-text bytes ({bad} of the first {len(sample)} characters)")
    return text


def _read_file(path: Path, limit: int) -> bytes:
    try:
        if path.is_dir():
            raise WartaError(INPUT_IS_DIRECTORY.code, f"'{path}' is a directory")
        size = path.stat().st_size
        if size > limit:
            raise WartaError(INPUT_TOO_LARGE.code,
                             f"'{path}' is {_mb(size)}, more than the limit of {_mb(limit)}")
        with path.open("rb") as handle:
            return _read_stream(handle, limit, f"'{path}'")
    except WartaError:
        raise
    except FileNotFoundError:
        raise WartaError(INPUT_NOT_FOUND.code, f"cannot find '{path}'") from None
    except IsADirectoryError:
        raise WartaError(INPUT_IS_DIRECTORY.code, f"'{path}' is a directory") from None
    except PermissionError:
        raise WartaError(INPUT_UNREADABLE.code, f"no permission to read '{path}'") from None
    except OSError as exc:
        raise WartaError(INPUT_UNREADABLE.code, f"cannot read '{path}': {exc.strerror or exc}") from None


def _read_stream(stream: BinaryIO, limit: int, name: str) -> bytes:
    """Read at most ``limit`` bytes; one more byte than that means the input is too large."""
    data = stream.read(limit + 1)
    if isinstance(data, str):  # a text stream was passed: honour it rather than fail on a technicality
        data = data.encode("utf-8")
    if len(data) > limit:
        raise WartaError(INPUT_TOO_LARGE.code, f"{name} is more than the limit of {_mb(limit)}")
    return data


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"
