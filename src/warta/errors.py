"""Stable error and warning codes for everything that can go wrong with an input.

Users meet these codes in CLI messages, in failure rows of batch runs and in the README, so a code never
changes meaning once published (the same promise spaCy makes with its ``E###`` codes). Each code carries a
one-line summary (for listings) and advice (what to do), so every message says both what was wrong and how
to fix it.

Ranges: ``W1xx`` input files and their text. Other parts of Warta add their own ranges to :data:`CODES`
through :func:`register`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Code:
    """One entry of the code table."""

    code: str
    name: str
    severity: Severity
    summary: str
    advice: str


CODES: dict[str, Code] = {}


def register(code: str, name: str, severity: Severity, summary: str, advice: str) -> Code:
    """Add a code to the table; re-registering a code with different content is a programming error."""
    entry = Code(code, name, severity, summary, advice)
    if code in CODES and CODES[code] != entry:
        raise ValueError(f"error code {code} is already registered as {CODES[code].name}")
    CODES[code] = entry
    return entry


INPUT_NOT_FOUND = register(
    "W101", "input_not_found", "error", "The input file does not exist.",
    "Check the path (relative paths start from the current directory) or pass '-' to read standard input.")
INPUT_IS_DIRECTORY = register(
    "W102", "input_is_directory", "error", "The input path is a directory, not a file.",
    "Pass the article files themselves, e.g. 'dir/*.txt'.")
INPUT_EMPTY = register(
    "W103", "input_empty", "error", "The input has no article text (empty, blank or only web residue).",
    "Check that the file was saved completely; a header block alone is not an article.")
INPUT_BINARY = register(
    "W104", "input_binary", "error", "The input looks like binary data, not text.",
    "Give plain UTF-8 text; convert PDF or Word files to text first and save HTML as .html.")
INPUT_TOO_LARGE = register(
    "W105", "input_too_large", "error", "The input is larger than the size limit.",
    "Split the file into articles, or raise the limit with WARTA_MAX_INPUT_BYTES (bytes).")
INPUT_UNREADABLE = register(
    "W106", "input_unreadable", "error", "The input could not be read (permissions or I/O error).",
    "Check the file's read permission and that the disk or network share is available.")
INVALID_UTF8 = register(
    "W107", "invalid_utf8", "warning", "The input is not valid UTF-8; bad bytes were replaced with U+FFFD.",
    "Re-save the file as UTF-8 (e.g. 'iconv -f latin1 -t utf-8') to keep every character.")
NOT_INDONESIAN = register(
    "W108", "not_indonesian", "warning", "The text does not look like Indonesian.",
    "Warta's analysis is built for Indonesian; results for other languages will be poor.")
DATE_NOT_UNDERSTOOD = register(
    "W109", "date_not_understood", "warning", "The publication date could not be read; it was left empty.",
    "Write the date as YYYY-MM-DD (e.g. 'date: 2024-11-16') or pass --date.")


class WartaError(Exception):
    """An error a user can act on: a stable ``code``, what went wrong (``detail``) and what to do.

    ``str(error)`` reads ``"W101: cannot find 'x.txt'. Check the path ..."`` so a CLI can print it as is.
    """

    def __init__(self, code: str, detail: str | None = None) -> None:
        if code not in CODES:
            raise ValueError(f"unknown error code {code!r}")
        self.code = code
        self.entry = CODES[code]
        self.detail = detail or self.entry.summary
        super().__init__(message(code, self.detail))


def message(code: str, detail: str | None = None) -> str:
    """The user-facing text for ``code``: ``"<code>: <detail> <advice>"`` (also used for warnings)."""
    entry = CODES[code]
    text = (detail or entry.summary).rstrip()
    if not text.endswith((".", "!", "?")):
        text += "."
    return f"{code}: {text} {entry.advice}"


def code_table(severity: Severity | None = None) -> list[Code]:
    """All registered codes in code order, optionally only errors or only warnings (for README and CLI)."""
    return [CODES[c] for c in sorted(CODES) if severity is None or CODES[c].severity == severity]


def markdown_table() -> str:
    """The code table as Markdown, so documentation can be generated from (and checked against) the code."""
    rows = ["| code | kind | meaning | what to do |", "|---|---|---|---|"]
    rows += [f"| {c.code} | {c.severity} | {c.summary} | {c.advice} |" for c in code_table()]
    return "\n".join(rows)
