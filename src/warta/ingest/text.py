"""Plain-text articles: header block, title line, web residue (SPEC section 1).

Every way in (text files, HTML, feeds, JSON Lines) ends here, so one function decides what the analysed
``text`` is. Offsets in the output refer to that text, which is why cleaning is conservative: it drops
residue lines (``Baca juga: ...``, ``ADVERTISEMENT``, share bars, bylines) and tidies whitespace, but never
changes a character of a sentence it keeps. Quotation marks, dashes and spelling stay as written.

The result is normalised in one way readers expect: every paragraph break becomes ``"\\n\\n"``, whether the
source separated paragraphs by blank lines or by single newlines. Lines inside a block that are clearly
one paragraph wrapped by hand (the next line starts in lowercase, or the whole block is hard-wrapped) are
joined with a space. Within a line, runs of spaces, tabs and no-break spaces become one space.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date as Date, datetime
from functools import lru_cache
from typing import Any, Iterable

from ..errors import DATE_NOT_UNDERSTOOD, INPUT_EMPTY, INVALID_UTF8, NOT_INDONESIAN, WartaError, message
from ..language import NAMES, assess_language
from ..lexicon import read_tsv

#: Header keys with a meaning (SPEC section 1); any other key goes to ``meta``.
HEADER_KEYS = frozenset({"title", "url", "outlet", "source", "date", "published", "language"})
#: Alias -> canonical key.
ALIASES = {"source": "outlet", "published": "date"}
#: A first line this long or longer is a paragraph, not a title.
MAX_TITLE_CHARS = 300
#: A trailing "| Section" longer than this is part of the title, not a section name.
MAX_SECTION_CHARS = 60

_HEADER_LINE = re.compile(r"^([A-Za-z_]+):\s")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_SECTION = re.compile(r"^(?P<title>.*\S)\s*\|\s*(?P<section>[^|]+?)\s*$")
_NO_DATE = frozenset({"", "unknown", "none", "null", "n/a", "na", "-", "tidak diketahui"})

# Characters that end a sentence or a line of prose (closing quotes and brackets included).
_SENTENCE_END = frozenset(".!?…\"”’)]»:")
_LINE_END = _SENTENCE_END | frozenset(";")


@dataclass
class Article:
    """One article, ready for analysis. ``text`` is what every output offset refers to.

    ``meta`` holds unknown header keys, ``section`` (from a ``Title | Section`` line) and the warnings
    ``language_warning``, ``encoding_warning`` and ``date_warning`` as sentences. ``warnings`` lists the
    same as codes (W107, W108, W109). ``body_start`` is where the body begins in ``text`` and
    ``paragraphs`` are the ``(start, end)`` offsets of the body paragraphs.
    """

    id: str
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None
    language: str
    meta: dict[str, Any]
    text: str
    body_start: int = 0
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The ``article`` object of the SPEC record."""
        return {"id": self.id, "title": self.title, "url": self.url, "outlet": self.outlet,
                "published": self.published, "language": self.language, "meta": dict(self.meta)}


def parse_article(raw: str, *, title: str | None = None, date: str | Date | None = None,
                  url: str | None = None, outlet: str | None = None, language: str | None = None,
                  warnings: Iterable[str] = ()) -> Article:
    """Turn raw article text (optional header, title line, body) into an :class:`Article`.

    Keyword options override the header, as the CLI's ``--title/--date/--url/--outlet`` do. ``warnings``
    are codes found while reading the bytes (``"W107"`` becomes ``meta.encoding_warning``). Raises
    :class:`WartaError` W103 when nothing but header and residue is left.
    """
    lines = normalise_newlines(raw).split("\n")
    fields, meta, body = split_header(lines)
    codes = list(dict.fromkeys(warnings))
    if INVALID_UTF8.code in codes:
        meta["encoding_warning"] = message(INVALID_UTF8.code, "Some bytes were not valid UTF-8 and were "
                                                              "replaced with U+FFFD")

    title_value = _option(title, fields.get("title"))
    if title_value is None:
        title_value, section, body = take_title_line(body)
        if section is not None and meta.get("section") is None:
            meta["section"] = section
    else:
        body = _drop_repeated_title(body, title_value)

    paragraphs = clean_paragraphs(body)
    text, body_start, spans = _assemble(title_value, paragraphs)
    if not text:
        raise WartaError(INPUT_EMPTY.code, "the input has no article text after the header and web residue")

    final_url = _option(url, fields.get("url"))
    final_outlet = _option(outlet, fields.get("outlet"))
    published = _resolve_date(date if isinstance(date, Date) else _option(date, fields.get("date")), meta, codes)
    lang = _resolve_language(_option(language, fields.get("language")), text, meta, codes)

    return Article(id=article_id(text, final_url), title=title_value, url=final_url, outlet=final_outlet,
                   published=published, language=lang, meta=meta, text=text, body_start=body_start,
                   paragraphs=spans, warnings=codes)


# --- header -------------------------------------------------------------------------------------------

def normalise_newlines(raw: str) -> str:
    """CRLF, CR and Unicode line/paragraph separators become ``\\n``; a leading BOM is dropped."""
    return _LINE_BREAKS.sub("\n", raw.lstrip("\ufeff"))


def has_header(lines: str | list[str]) -> bool:
    """True when the text (or its lines) opens with ``key: value`` lines, a known key first, closed by a
    blank line.

    The same decision as ``shared/tools/score.py``'s ``has_header``, so the scorer and Warta agree on
    which files carry a header.
    """
    if isinstance(lines, str):
        lines = normalise_newlines(lines).split("\n")
    first = _HEADER_LINE.match(lines[0]) if lines else None
    if not first or first.group(1).lower() not in HEADER_KEYS:
        return False
    for line in lines[1:]:
        if not line.strip():
            return True
        if not _HEADER_LINE.match(line):
            return False
    return False


def split_header(lines: list[str]) -> tuple[dict[str, str | None], dict[str, Any], list[str]]:
    """``(known fields by canonical key, meta from other keys, body lines)``.

    The first value of a key wins. An alias that loses to its canonical key (``source`` beside
    ``outlet``) is kept in meta, so no header information is thrown away.
    """
    if not has_header(lines):
        return {}, {}, lines
    fields: dict[str, str | None] = {}
    meta: dict[str, Any] = {}
    end = 0
    for end, line in enumerate(lines):
        if not line.strip():
            break
        key, value = line.split(":", 1)
        key = key.lower()
        canonical = ALIASES.get(key, key)
        if key in HEADER_KEYS and canonical not in fields:
            fields[canonical] = _clean_value(value)
        elif key not in HEADER_KEYS or key != canonical:
            meta.setdefault(key, _clean_value(value))
    return fields, meta, lines[end + 1:]


def _option(value: str | None, header_value: str | None) -> str | None:
    """A keyword option wins over the header unless it is None or blank."""
    cleaned = _clean_value(value)
    return cleaned if cleaned is not None else header_value


def _clean_value(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None


# --- title --------------------------------------------------------------------------------------------

def take_title_line(body: list[str]) -> tuple[str | None, str | None, list[str]]:
    """Apply the title rule: ``(title, section, remaining body lines)``.

    The first line of the body that is not residue is the title when a blank line follows it and it is
    shorter than :data:`MAX_TITLE_CHARS`. A trailing ``| Section`` is split off as the section.
    """
    rules = _residue_rules()
    for i, line in enumerate(body):
        stripped = _tidy(line)
        if not stripped or rules.is_residue(stripped):
            continue
        followed_by_blank = i + 1 < len(body) and not body[i + 1].strip()
        if not followed_by_blank or len(stripped) >= MAX_TITLE_CHARS:
            return None, None, body
        title, section = split_section(stripped)
        return title, section, body[i + 1:]
    return None, None, body


def split_section(title: str) -> tuple[str, str | None]:
    """``"Judul | Dunia"`` -> ``("Judul", "Dunia")``; a title without a short trailing part is unchanged."""
    match = _SECTION.match(title)
    if not match or len(match.group("section")) > MAX_SECTION_CHARS:
        return title, None
    return match.group("title"), match.group("section")


def _drop_repeated_title(body: list[str], title: str) -> list[str]:
    """Scraped bodies often repeat the title as their first line; drop it so it is not analysed twice."""
    for i, line in enumerate(body):
        stripped = _tidy(line)
        if not stripped:
            continue
        if _fold(split_section(stripped)[0]) == _fold(title) or _fold(stripped) == _fold(title):
            return body[i + 1:]
        return body
    return body


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


# --- residue and paragraphs ---------------------------------------------------------------------------

@dataclass(frozen=True)
class _ResidueRules:
    """The rules of ``residue.txt``, each kind compiled into one alternation (one regex call per line)."""

    lines: re.Pattern[str]
    glued: re.Pattern[str]
    glued_words: frozenset[str]
    tails: re.Pattern[str]
    # lowercase markers: a substring test skips the regexes on the (many) lines without any marker
    glued_keys: tuple[str, ...]
    tail_keys: tuple[str, ...]

    def is_residue(self, line: str) -> bool:
        """True when the whole (tidied) line is residue."""
        return line.casefold() in self.glued_words or self.lines.fullmatch(line) is not None


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    if not patterns:
        return re.compile(r"(?!)")  # matches nothing
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@lru_cache(maxsize=1)
def _residue_rules() -> _ResidueRules:
    kinds: dict[str, list[str]] = {"line": [], "glued": [], "tail": []}
    for row in read_tsv("residue.txt"):
        if len(row) < 2 or row[0] not in kinds:
            raise ValueError(f"residue.txt: expected 'line|glued|tail<TAB>pattern', got {row!r}")
        kinds[row[0]].append(row[1])
    # literal markers, longest first, so no marker matches only part of a longer one
    glued = sorted(kinds["glued"], key=len, reverse=True)
    tails = sorted(kinds["tail"], key=len, reverse=True)
    return _ResidueRules(
        lines=_alternation(kinds["line"]),
        glued=_alternation([re.escape(m) for m in glued]),
        glued_words=frozenset(m.casefold() for m in glued),
        tails=_alternation([re.escape(m) for m in tails]),
        glued_keys=tuple(m.lower() for m in glued),
        tail_keys=tuple(m.lower() for m in tails),
    )


def clean_paragraphs(lines: list[str]) -> list[str]:
    """Body lines -> paragraphs without residue. Blank lines and single newlines both end a paragraph."""
    rules = _residue_rules()
    paragraphs: list[str] = []
    block: list[str] = []
    for line in lines + [""]:
        stripped = _tidy(line)
        if not stripped:
            paragraphs.extend(_join_wrapped(block))
            block = []
            continue
        for piece in _split_glued(stripped, rules):
            if not rules.is_residue(piece):
                block.append(piece)
    return paragraphs


def _tidy(line: str) -> str:
    """Strip a line and collapse its runs of whitespace (spaces, tabs, no-break spaces) to one space."""
    return " ".join(line.split())


def _opens_text(ch: str) -> bool:
    """Can ``ch`` begin a sentence? (capital, digit, opening quotation mark or bracket)"""
    return ch.isupper() or ch.isdigit() or ch in "\"“‘'([«"


def _split_glued(line: str, rules: _ResidueRules) -> list[str]:
    """Cut residue markers out of a line where they stick to text without a newline.

    ``"Tinggalkan komentarPresiden ..."`` -> ``["Presiden ..."]``; a marker between two sentences splits
    the line in two paragraphs. A marker counts only at a line edge or after a sentence end, and only
    before a capital, digit or quotation mark, so an ordinary word in a sentence is never cut.
    """
    lower = line.lower()
    if not any(key in lower for key in rules.glued_keys + rules.tail_keys):
        return [line]
    pieces, start = [], 0
    for match in rules.glued.finditer(line):
        before = line[start:match.start()].rstrip()
        after = line[match.end():].lstrip()
        if (not before or before[-1] in _SENTENCE_END) and (not after or _opens_text(after[0])):
            pieces.append(before.strip())
            start = match.end()
    pieces.append(line[start:].strip())
    return [piece for piece in (_cut_tail(p, rules.tails) for p in pieces if p) if piece]


def _cut_tail(piece: str, tails: re.Pattern[str]) -> str:
    """Drop ``"Baca juga: ..."`` glued after the last sentence of a line (up to the end of the line)."""
    for match in tails.finditer(piece):
        before = piece[:match.start()].rstrip()
        after = piece[match.end():].lstrip()
        if not before or before[-1] not in _SENTENCE_END:
            continue
        if after and not (after[0] == ":" or _opens_text(after[0])):
            continue
        if len(piece) - match.start() <= 250:
            return before
    return piece


def _join_wrapped(block: list[str]) -> list[str]:
    """Paragraphs of one block (lines between blank lines).

    Each line is its own paragraph, except that a line is joined to the previous one when it starts in
    lowercase after a line without a sentence end, and a block that is hard-wrapped as a whole (three or
    more long lines, most without a sentence end) is joined into one paragraph.
    """
    if not block:
        return []
    inner = block[:-1]
    open_lines = [line for line in inner if line[-1] not in _LINE_END]
    if len(block) >= 3 and len(open_lines) * 3 >= len(inner) * 2 \
            and all(len(line) >= 40 for line in open_lines):
        return [" ".join(block)]
    out = [block[0]]
    for line in block[1:]:
        if out[-1][-1] not in _LINE_END and line[0].islower():
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _assemble(title: str | None, paragraphs: list[str]) -> tuple[str, int, list[tuple[int, int]]]:
    """``(text, body_start, paragraph spans)``: title, blank line, paragraphs separated by blank lines."""
    head = f"{title}\n\n" if title and paragraphs else (title or "")
    body_start = len(head)
    spans, pos = [], body_start
    for paragraph in paragraphs:
        spans.append((pos, pos + len(paragraph)))
        pos += len(paragraph) + 2
    return head + "\n\n".join(paragraphs), body_start, spans


# --- identity, dates, language ------------------------------------------------------------------------

def article_id(text: str, url: str | None = None) -> str:
    """``"a_"`` + 16 hex digits of SHA-256 over the NFC, whitespace-collapsed text (+ newline + url).

    Depends on content only, so re-ingesting the same article (from any source, on any run) gives the same
    id, and whitespace-only differences do not make a new article.
    """
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    key = normal + ("\n" + url if url else "")
    return "a_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


_MONTHS = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "pebruari": 2, "february": 2, "feb": 2, "peb": 2,
    "maret": 3, "march": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6, "june": 6,
    "jun": 6, "juli": 7, "july": 7, "jul": 7, "agustus": 8, "august": 8, "agu": 8, "agt": 8, "aug": 8,
    "agust": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11, "nop": 11, "desember": 12, "december": 12, "des": 12, "dec": 12,
}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])")
_YMD = re.compile(r"\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b")
_DMY = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_D_MONTH_Y = re.compile(r"\b(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})\b")
_MONTH_D_Y = re.compile(r"\b([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})\b")


def parse_date(value: str | Date | None) -> tuple[str | None, bool]:
    """``(ISO date or None, understood)`` for a header or option date.

    Accepts ``YYYY-MM-DD``, ISO datetimes (the date part as written, no time-zone shift), ``YYYY/MM/DD``,
    Indonesian day-first numeric dates (``16/11/2024``, ``16-11-2024``), ``16 November 2024`` and
    ``Sabtu, 16 Nov 2024 10:30 WIB``, ``November 16, 2024``. Empty and ``unknown`` mean no date and are
    understood; anything else unreadable gives ``(None, False)``.
    """
    if value is None:
        return None, True
    if isinstance(value, datetime):
        return value.date().isoformat(), True
    if isinstance(value, Date):
        return value.isoformat(), True
    text = " ".join(str(value).split())
    if text.casefold() in _NO_DATE:
        return None, True
    candidates: list[tuple[int, int, int]] = []
    if m := _ISO.match(text):
        candidates.append((int(m[1]), int(m[2]), int(m[3])))
    if m := _YMD.search(text):
        candidates.append((int(m[1]), int(m[2]), int(m[3])))
    if m := _DMY.search(text):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
        candidates.append((year, month, day))
        if month > 12 >= day:  # 11/16/2024 can only be month-first
            candidates.append((year, day, month))
    for m in _D_MONTH_Y.finditer(text):
        if m[2].casefold() in _MONTHS:
            candidates.append((int(m[3]), _MONTHS[m[2].casefold()], int(m[1])))
    for m in _MONTH_D_Y.finditer(text):
        if m[1].casefold() in _MONTHS:
            candidates.append((int(m[3]), _MONTHS[m[1].casefold()], int(m[2])))
    for year, month, day in candidates:
        if 1800 <= year <= 2200:
            try:
                return Date(year, month, day).isoformat(), True
            except ValueError:
                continue
    return None, False


def _resolve_date(value: str | Date | None, meta: dict[str, Any], codes: list[str]) -> str | None:
    published, understood = parse_date(value)
    if not understood:
        meta["date_warning"] = message(DATE_NOT_UNDERSTOOD.code, f"The date {str(value)!r} was not understood")
        if DATE_NOT_UNDERSTOOD.code not in codes:
            codes.append(DATE_NOT_UNDERSTOOD.code)
    return published


_LANGUAGE_NAMES = {
    "indonesian": "id", "indonesia": "id", "bahasa indonesia": "id", "ind": "id", "in": "id",
    "english": "en", "eng": "en", "inggris": "en", "malay": "ms", "melayu": "ms", "bahasa melayu": "ms",
    "msa": "ms", "may": "ms",
}


def normalise_language(value: str) -> str:
    """``"id-ID"``, ``"ind"``, ``"Bahasa Indonesia"`` -> ``"id"``; other tags -> their primary subtag."""
    folded = value.strip().casefold().replace("_", "-")
    if folded in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[folded]
    primary = folded.split("-")[0]
    return _LANGUAGE_NAMES.get(primary, primary)


def _resolve_language(declared: str | None, text: str, meta: dict[str, Any], codes: list[str]) -> str:
    """A declared language is trusted; otherwise the text is checked. Non-Indonesian gets W108."""
    code = normalise_language(declared) if declared else "und"
    if code not in ("und", "unknown", "auto"):
        if code != "id":
            name = NAMES.get(code, code)
            meta["language_warning"] = (f"The article is declared as {name} ({declared}), not Indonesian; "
                                        f"Warta's analysis is built for Indonesian, so results may be poor.")
            codes.append(NOT_INDONESIAN.code)
        return code
    report = assess_language(text)
    warning = report.warning()
    if warning is None:
        return "id"
    meta["language_warning"] = warning
    codes.append(NOT_INDONESIAN.code)
    return report.code
