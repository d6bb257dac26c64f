"""Indonesian time expressions, resolved against the publication date.

News reports anchor events with words that only mean something relative to the day of publication
(``Sabtu``, ``kemarin``, ``pekan lalu``, ``6 Agustus``). This stage finds such expressions and resolves them
to an ISO value with a granularity, following SPEC section 5:

* weekdays go to the latest such day on or before publication (the day itself counts); ``malam Minggu``
  is Saturday night, as Indonesians say it; ``Sabtu (16/11)`` is one expression whose bracket wins;
* ``minggu``/``pekan`` + ``lalu``/``ini``/``depan`` is an ISO week; capitalised ``Minggu`` is Sunday
  unless it opens the sentence (or the line is title-cased) and a relative word follows;
* day-month without a year takes the year that puts it on or before publication, a bare month the latest
  such month; when the clause speaks of the future (``akan``, ``dijadwalkan``...) they resolve forwards;
* a 4-digit number is a year only inside a date or after a cue (``tahun``, ``sejak``, ``pada``...);
  durations (``dua tahun``, ``selama tiga hari``) are quantities and never returned;
* without a publication date, relative expressions keep their granularity but get ``value: None``.

The whole text is scanned with a few precompiled regular expressions built once from the
``time_*.tsv`` lexicons; context checks look only at the words around each match, so the cost is linear
in the text. Regexes over ``doc.text`` rather than tokens because Indonesian news writes the same date with
or without spaces (``Selasa(5/11)``, ``16/11/2024``), which the tokenizer splits inconsistently; the
resulting spans still start and end on word boundaries.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from spacy.tokens import Doc

from ..lexicon import read_tsv

_L = r"(?<![\w'’])"  # a word starts here
_R = r"(?![\w'’])"  # a word ends here
_NUM_L = r"(?<![\w/.,'’-])"  # a number starts here (not inside 1.000, 16/11, 2024-11)
_NUM_R = r"(?![\w/]|[.,-]\d)"  # a number ends here
_DAYPARTS = ("dini hari", "tengah malam", "tengah hari", "pagi", "siang", "sore", "petang", "malam", "subuh")
_UNITS = {"hari": "day", "minggu": "week", "pekan": "week", "bulan": "month", "tahun": "year"}
_MODIFIERS = ("awal", "akhir", "pertengahan", "medio")
_CLOCK = (r"\s*,?\s*(?:sekitar\s+|pada\s+)?pukul\s+\d{1,2}(?:[.:]\d{2})?"
          r"(?:\s*(?:WIB|WITA|WIT|waktu\s+setempat)" + _R + ")?")
_WORD = re.compile(r"[\w'’-]+|[^\w\s]")
_PREV_WORD = re.compile(r"([\w'’-]+)\s+$")
_NEXT_WORD = re.compile(r"\s+([\w'’-]+)")
_LETTER_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_DATELINE = re.compile(r"\s*[A-Z][A-Z .'’-]+(?:,[^,\n]{1,40}?|\s*\([^)\n]{1,40}\))?\s+[-–—]+\s*$")
_LEADS = frozenset({"pada", "mulai", "hari", "sejak", "tanggal", "tgl"})
_RANGE_WORDS = frozenset({"hingga", "sampai", "dan", "atau", "-", "–", "—", "s.d", "s.d."})
_ORDINAL = re.compile(r"\s+(?:ke-?\s*\d|ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)"
                      r"|pertama|terakhir)(?![\w'’])", re.IGNORECASE)


def _key(word: str) -> str:
    """Lexicon key of a matched word: lower case, one space, straight apostrophe."""
    return " ".join(word.lower().replace("’", "'").split())


def _alternation(words: Iterable[str]) -> str:
    """Regex alternation of ``words``, longest first, spaces matching any whitespace."""
    items = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in items)


@dataclass(frozen=True)
class _Lexicon:
    weekdays: dict[str, int]
    months: dict[str, tuple[int, str]]
    numbers: dict[str, int]
    deictic: dict[str, int]
    relative: dict[str, int]
    roles: dict[str, frozenset[str]]
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    modifiers: dict[str, re.Pattern[str]]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """Read the lexicons and compile every pattern once per process."""
    weekdays = {_key(r[0]): int(r[1]) for r in read_tsv("time_weekdays.tsv")}
    months = {_key(r[0]): (int(r[1]), r[2]) for r in read_tsv("time_months.tsv")}
    numbers = {_key(r[0]): int(r[1]) for r in read_tsv("time_numbers.tsv")}
    deictic = {_key(r[0]): int(r[1]) for r in read_tsv("time_deictic.tsv")}
    relative = {_key(r[0]): int(r[1]) for r in read_tsv("time_relative.tsv")}
    roles: dict[str, set[str]] = {}
    for word, role in read_tsv("time_cues.tsv"):
        roles.setdefault(role, set()).add(_key(word))

    wd, mon, rel = _alternation(weekdays), _alternation(months), _alternation(relative)
    ones = _alternation(w for w, v in numbers.items() if v < 10)
    others = _alternation(w for w, v in numbers.items() if v >= 10)
    num = rf"(?:(?:{ones})(?:\s+belas|\s+puluh(?:\s+(?:{ones}))?)?|{others}|\d{{1,3}})"
    month = rf"(?P<m>{mon})(?:\.(?=\s+\d{{4}}))?{_R}"
    year = r"(?:1\d|2[01])\d{2}"  # 1000-2199; bare cued years must also be 1800 or later
    mod = rf"(?:(?P<mod>{'|'.join(_MODIFIERS)})\s+)?"
    flags = re.IGNORECASE
    patterns = (
        ("weekday", rf"{_L}(?P<pre>(?:dini\s+hari|malam)\s+)?(?P<hari>hari\s+)?(?P<wd>{wd}){_R}"),
        ("unit", rf"{_L}(?<!-){mod}(?:(?P<n>{num})\s+(?P<unit>hari|minggu|pekan|bulan|tahun)"
                 rf"|(?P<se>se)(?P<seunit>hari|minggu|pekan|bulan|tahun)"
                 rf"|(?P<unit0>minggu|pekan|bulan|tahun))\s+(?P<rel>{rel}){_R}"),
        ("deictic", rf"{_L}(?P<d>{_alternation(deictic)}){_R}"),
        ("daymonth", rf"{_L}(?P<tgl>(?:tanggal|tgl\.?)\s+)?{_NUM_L}(?P<d>\d{{1,2}})"
                     rf"(?:\s*(?:[-–—]|s\.d\.?|hingga|sampai)\s*(?P<d2>\d{{1,2}}))?\s+{month}"
                     rf"(?:\s*,?\s+(?P<y>{year}){_NUM_R})?"),
        ("month", rf"{_L}{mod}(?:(?P<bulan>bulan)\s+)?{month}(?:\s+(?P<y>{year}){_NUM_R})?"),
        ("year", rf"{_L}{mod}(?:(?P<tahun>tahun)\s+)?{_NUM_L}(?P<y>{year})(?!-an)(?![\w/]|[.,]\d)"
                 rf"(?:\s*(?:[-–—]|hingga|sampai|s\.d\.?|dan|atau)\s*(?P<y2>{year})(?!-an){_NUM_R})?"),
        ("iso", rf"{_NUM_L}(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})"
                r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\w/-])"),
        ("numeric", rf"{_NUM_L}(?P<d>\d{{1,2}})(?P<s>[/.-])(?P<m>\d{{1,2}})(?P=s)(?P<y>\d{{4}}|\d{{2}}){_NUM_R}"),
        ("daymonth_num", rf"{_NUM_L}(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}}){_NUM_R}"),
    )
    modifiers = {
        "bracket": r"\s*\(\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{4}|\d{2}))?\s*\)",
        "date": rf"\s*,?\s*{_NUM_L}(?P<d>\d{{1,2}})\s+{month}(?:\s*,?\s+(?P<y>{year}){_NUM_R})?",
        "daypart": rf"\s+(?P<part>{_alternation(_DAYPARTS)}){_R}",
        "week": rf"\s+(?P<unit>minggu|pekan)\s+(?P<rel>{rel}){_R}",
        "yearrel": rf"\s+tahun\s+(?P<rel>{rel}){_R}",
        "rel": rf"\s+(?P<rel>{rel}){_R}",
        "local": rf"\s+waktu\s+setempat{_R}",
        "clock": _CLOCK,
        "range": rf"\s*(?:[-–—]|hingga|sampai|s\.d\.?)\s*{month}\s+(?P<y>{year}){_NUM_R}",
    }
    return _Lexicon(
        weekdays, months, numbers, deictic, relative,
        {k: frozenset(v) for k, v in roles.items()},
        tuple((name, re.compile(p, flags)) for name, p in patterns),
        {name: re.compile(p, flags) for name, p in modifiers.items()},
    )


# --------------------------------------------------------------------------------------------- dates


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _weekday_near(pub: dt.date, iso_wd: int, direction: int, strict: bool) -> dt.date:
    """The ``iso_wd`` day on/before (direction -1) or on/after (+1) ``pub``; ``strict`` skips ``pub``."""
    if direction < 0:
        delta = (pub.isoweekday() - iso_wd) % 7 or (7 if strict else 0)
        return pub - dt.timedelta(days=delta)
    delta = (iso_wd - pub.isoweekday()) % 7 or (7 if strict else 0)
    return pub + dt.timedelta(days=delta)


def _day_month(pub: dt.date, day: int, month: int, direction: int, strict: bool,
               weekday: int | None = None) -> dt.date | None:
    """Give ``day``/``month`` a year: the nearest one in ``direction`` from ``pub``.

    With a weekday stated beside it (``Sabtu (16/11)``), a year in which the date falls on that weekday
    is preferred, since writers sometimes refer back across New Year.
    """
    candidates = [d for y in range(pub.year - 2, pub.year + 3) if (d := _safe_date(y, month, day))]
    if not candidates:
        return None
    if direction < 0:
        ordered = [d for d in reversed(candidates) if d < pub or (d == pub and not strict)]
    else:
        ordered = [d for d in candidates if d > pub or (d == pub and not strict)]
    if weekday is not None:
        near = [d for d in candidates if abs((d - pub).days) < 200 and d.isoweekday() == weekday]
        if near:
            return min(near, key=lambda d: abs((d - pub).days))
    return ordered[0] if ordered else None


def _month_near(pub: dt.date, month: int, direction: int, strict: bool) -> str:
    year = pub.year
    if direction < 0 and (month > pub.month or (strict and month == pub.month)):
        year -= 1
    if direction > 0 and (month < pub.month or (strict and month == pub.month)):
        year += 1
    return f"{year:04d}-{month:02d}"


def _shift_month(pub: dt.date, offset: int) -> str:
    index = pub.year * 12 + pub.month - 1 + offset
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _full_year(text: str) -> int:
    """``24`` -> 2024, ``98`` -> 1998; four digits stay as they are."""
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


# ------------------------------------------------------------------------------------------ context


@dataclass
class _Context:
    """The text, its sentences and the publication date, shared by every matcher on one Doc."""

    text: str
    pub: dt.date | None
    starts: list[int]
    ends: list[int]
    lex: _Lexicon

    def sentence(self, pos: int) -> tuple[int, int]:
        i = max(bisect_right(self.starts, pos) - 1, 0)
        return (self.starts[i], self.ends[i]) if self.starts else (0, len(self.text))

    def prev_word(self, pos: int) -> str | None:
        """The word right before ``pos`` when only spaces separate them, lower-cased."""
        s0, _ = self.sentence(pos)
        m = _PREV_WORD.search(self.text, max(s0, pos - 40), pos)
        return m.group(1).lower() if m else None

    def next_word(self, pos: int) -> str | None:
        m = _NEXT_WORD.match(self.text, pos)
        return m.group(1) if m else None

    def has_role(self, word: str | None, role: str) -> bool:
        return word is not None and _key(word) in self.lex.roles.get(role, ())

    def sentence_initial(self, pos: int) -> bool:
        """Nothing but quotes, brackets or a dateline (``JAKARTA, Outlet -``) before ``pos``."""
        s0, _ = self.sentence(pos)
        before = self.text[s0:pos]
        return not before.strip(" \t\r\n\"“”‘’'([«-–—") or bool(_DATELINE.match(before))

    def title_case(self, pos: int) -> bool:
        """True in headline-style lines, where capitals say nothing about ``Minggu``."""
        s0, s1 = self.sentence(pos)
        words = [w for w in _LETTER_WORD.findall(self.text, s0, s1) if len(w) > 3]
        return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)

    def future(self, start: int, end: int) -> bool:
        """Does the clause around ``start..end`` speak of the future?

        Looks back through the sentence for a future cue (``akan``, ``dijadwalkan``...), stopping at past
        markers, speech verbs and relative clauses (``kata X Sabtu`` is when X spoke). An expression that
        opens its sentence (``Pada Senin, presiden akan ...``) also looks a few words ahead.
        """
        roles = self.lex.roles
        future, stop = roles.get("future", frozenset()), roles.get("stop", frozenset())
        plan = roles.get("plan", frozenset())
        s0, s1 = self.sentence(start)
        before = _WORD.findall(self.text, max(s0, start - 160), start)
        between = 0  # words between the cue and the expression, prepositions aside
        for word in reversed(before[-15:]):
            w = _key(word)
            if w in future or (w in plan and between):
                return True
            if w in stop or w == ";":
                break
            between += w not in _LEADS
        opening = [w for w in _WORD.findall(self.text, s0, start) if _key(w) not in _LEADS]
        if all(not w[0].isalnum() for w in opening):
            for word in _WORD.findall(self.text, end, min(s1, end + 80))[:8]:
                w = _key(word)
                if w in future:
                    return True
                if w in stop or w == ";":
                    break
        return False


@dataclass
class _Found:
    start: int
    end: int
    value: str | None
    granularity: str | None


# ------------------------------------------------------------------------------------ day extension


@dataclass
class _DayParts:
    """What follows a day head: an explicit date, a relative word, a week shift, a year shift."""

    end: int
    date: tuple[int, int, int | None] | None = None  # day, month, year
    rel: int | None = None
    week: int | None = None
    year_rel: int | None = None


def _extend(ctx: _Context, pos: int, allowed: tuple[str, ...]) -> _DayParts:
    """Consume the modifiers in ``allowed`` after ``pos``, in any order, each at most once."""
    lex = ctx.lex
    parts = _DayParts(end=pos)
    used: set[str] = set()
    progress = True
    while progress:
        progress = False
        for name in allowed:
            if name in used:
                continue
            m = lex.modifiers[name].match(ctx.text, parts.end)
            if not m:
                continue
            if name in ("bracket", "date"):
                if name == "date" and lex.months[_key(m["m"])][1] == "abbr" and not m["m"][0].isupper():
                    continue
                month = int(m["m"]) if name == "bracket" else lex.months[_key(m["m"])][0]
                year = _full_year(m["y"]) if m["y"] else None
                if not _safe_date(year or 2000, month, int(m["d"])):
                    continue
                parts.date = (int(m["d"]), month, year)
                used.update(("bracket", "date"))
            elif name == "week":
                parts.week = lex.relative[_key(m["rel"])]
                used.add("rel")
            elif name == "yearrel":
                parts.year_rel = lex.relative[_key(m["rel"])]
                used.add("rel")
            elif name == "rel":
                parts.rel = lex.relative[_key(m["rel"])]
                used.add("yearrel")
            used.add(name)
            parts.end = m.end()
            progress = True
            break
    return parts


def _resolve_explicit(ctx: _Context, date: tuple[int, int, int | None], direction: int,
                      weekday: int | None = None) -> str | None:
    day, month, year = date
    if year is not None:
        found = _safe_date(year, month, day)
        return found.isoformat() if found else None
    if ctx.pub is None:
        return None
    found = _day_month(ctx.pub, day, month, direction, strict=False, weekday=weekday)
    return found.isoformat() if found else None


def _direction(ctx: _Context, rel: int | None, start: int, end: int) -> tuple[int, bool]:
    """Resolution direction and strictness: explicit ``lalu``/``depan`` win over the clause's tense."""
    if rel is not None and rel < 0:
        return -1, True
    if rel is not None and rel > 0:
        return 1, True
    return (1, False) if ctx.future(start, end) else (-1, False)


# ------------------------------------------------------------------------------------------ matchers


def _minggu_is_week(ctx: _Context, word_start: int, word: str, followed_by_rel: bool) -> bool:
    """``minggu lalu`` is a week; ``Minggu lalu`` too when it opens a sentence or a headline."""
    if not followed_by_rel:
        return False
    if word[0].islower():
        return True
    return ctx.sentence_initial(word_start) or ctx.title_case(word_start)


def _recurring(ctx: _Context, pos: int) -> bool:
    """``setiap Senin`` and ``setiap Senin hingga Jumat`` describe a habit, not a date."""
    s0, _ = ctx.sentence(pos)
    for word in reversed(_WORD.findall(ctx.text, max(s0, pos - 60), pos)[-5:]):
        w = _key(word)
        if ctx.has_role(w, "recurring"):
            return True
        if w not in ctx.lex.weekdays and w not in _RANGE_WORDS:
            return False
    return False


def _weekday(ctx: _Context, m: re.Match[str]) -> Iterator[_Found]:
    lex, text = ctx.lex, ctx.text
    word = m["wd"]
    iso_wd = lex.weekdays[_key(word)]
    prev = ctx.prev_word(m.start())
    if _recurring(ctx, m.start()):
        return
    parts = _extend(ctx, m.end(), ("bracket", "date", "daypart", "week", "rel", "local", "clock"))
    if _key(word) == "minggu":
        rel_next = lex.modifiers["rel"].match(text, m.end()) is not None
        night_or_day = bool(m["pre"] or m["hari"])
        if not night_or_day and parts.date is None:
            if word[0].islower() or _minggu_is_week(ctx, m.start("wd"), word, rel_next):
                return
            if prev and (prev in lex.numbers or prev.isdigit()) or _ORDINAL.match(text, m.end()):
                return  # "dua Minggu" in a headline, "Minggu ke-3": weeks counted, not a Sunday
    start, end = m.start(), parts.end
    if m["pre"] and _key(m["pre"]).startswith("malam"):
        if ctx.has_role(prev, "meal"):
            start = m.start("pre") + len(m["pre"])  # "makan malam Sabtu": Saturday's dinner
        else:
            iso_wd = (iso_wd - 2) % 7 + 1  # "malam Minggu" is Saturday night
    if parts.date is not None:
        direction, _ = _direction(ctx, parts.rel, start, end)
        yield _Found(start, end, _resolve_explicit(ctx, parts.date, direction, iso_wd), "day")
        return
    if ctx.pub is None:
        yield _Found(start, end, None, "day")
        return
    if parts.week is not None:
        monday = ctx.pub - dt.timedelta(days=ctx.pub.isoweekday() - 1) + dt.timedelta(weeks=parts.week)
        day = monday + dt.timedelta(days=iso_wd - 1)
    else:
        direction, strict = _direction(ctx, parts.rel, start, end)
        day = _weekday_near(ctx.pub, iso_wd, direction, strict)
    yield _Found(start, end, day.isoformat(), "day")


def _number(lex: _Lexicon, text: str) -> int:
    words = _key(text).split()
    if words[0].isdigit():
        return int(words[0])
    first = lex.numbers[words[0]]
    if len(words) == 1:
        return first
    if words[1] == "belas":
        return 10 + first
    return first * 10 + (lex.numbers[words[2]] if len(words) > 2 else 0)


def _unit(ctx: _Context, m: re.Match[str]) -> Iterator[_Found]:
    lex = ctx.lex
    unit_text = m["unit"] or m["seunit"] or m["unit0"]
    unit = _key(unit_text)
    rel_word = _key(m["rel"])
    sign = lex.relative[rel_word]
    count = _number(lex, m["n"]) if m["n"] else (1 if m["se"] else None)
    if count is not None and (sign == 0 or rel_word in ("mendatang", "yang akan datang")):
        return  # "tiga hari ini", "dua tahun mendatang": spans of time, not a point
    if count is None and unit == "hari":
        return  # "hari ini" is deictic; "hari depan" is abstract
    if unit == "minggu" and m["unit0"] and not m["mod"]:
        if not _minggu_is_week(ctx, m.start("unit0"), unit_text, True):
            return  # "pada Minggu lalu": last Sunday, the weekday matcher takes it
    offset = (count or 1) * sign
    granularity = _UNITS[unit]
    if ctx.pub is None:
        yield _Found(m.start(), m.end(), None, granularity)
        return
    pub = ctx.pub
    if granularity == "day":
        value = (pub + dt.timedelta(days=offset)).isoformat()
    elif granularity == "week":
        value = _iso_week(pub + dt.timedelta(weeks=offset))
    elif granularity == "month":
        value = _shift_month(pub, offset)
    else:
        value = f"{pub.year + offset:04d}"
    yield _Found(m.start(), m.end(), value, granularity)


def _deictic(ctx: _Context, m: re.Match[str]) -> Iterator[_Found]:
    phrase = _key(m["d"])
    prev = ctx.prev_word(m.start())
    if phrase == "semalam" and ctx.has_role(prev, "duration"):
        return
    if ctx.has_role(prev, "meal"):
        return  # "makan malam ini" is this dinner, not tonight
    allowed: tuple[str, ...] = ("bracket", "local", "clock")
    if phrase in ("kemarin", "besok", "lusa", "kemarin lusa", "hari ini"):
        allowed = ("bracket", "daypart", "local", "clock")
    parts = _extend(ctx, m.end(), allowed)
    if parts.date is not None:
        yield _Found(m.start(), parts.end, _resolve_explicit(ctx, parts.date, -1), "day")
        return
    value = None
    if ctx.pub is not None:
        value = (ctx.pub + dt.timedelta(days=ctx.lex.deictic[phrase])).isoformat()
    yield _Found(m.start(), parts.end, value, "day")


def _daymonth(ctx: _Context, m: re.Match[str]) -> Iterator[_Found]:
    lex = ctx.lex
    month, kind = lex.months[_key(m["m"])]
    if kind == "abbr" and not m["m"][0].isupper():
        return
    day = int(m["d"])
    year = int(m["y"]) if m["y"] else None
    if not _safe_date(year or 2000, month, day):
        return
    if m["d2"] and not (day < int(m["d2"]) <= 31):
        return
    parts = _extend(ctx, m.end(), ("yearrel", "rel", "daypart", "local", "clock") if year is None
                    else ("daypart", "local", "clock"))
    start, end = m.start(), parts.end
    if year is not None:
        yield _Found(start, end, _resolve_explicit(ctx, (day, month, year), -1), "day")
        return
    if ctx.pub is None:
        yield _Found(start, end, None, "day")
        return
    if parts.year_rel is not None:
        found = _safe_date(ctx.pub.year + parts.year_rel, month, day)
        yield _Found(start, end, found.isoformat() if found else None, "day")
        return
    direction, strict = _direction(ctx, parts.rel, start, end)
    found = _day_month(ctx.pub, day, month, direction, strict)
    yield _Found(start, end, found.isoformat() if found else None, "day")


def _month(ctx: _Context, m: re.Match[str]) -> Iterator[_Found]:
    lex = ctx.lex
    name = m["m"]
    month, kind = lex.months[_key(name)]
    year = int(m["y"]) if m["y"] else None
    parts = _extend(ctx, m.end(), ("yearrel", "rel") if year is None else ())
    cued = bool(m["bulan"] or m["mod"] or year or parts.rel is not None or parts.year_rel is not None
                or ctx.has_role(ctx.prev_word(m.start()), "month_cue"))
    if kind == "abbr" and (year is None or not name[0].isupper()):
        return
    if not cued and (kind == "ambiguous" or not name[0].isupper()):
        return
    if name.isupper() and len(name) > 3 and not cued:
        return  # "MEI" in an all-caps heading or acronym
    start, end = m.start(), parts.end
    later = lex.modifiers["range"].match(ctx.text, m.end()) if year is None and parts.end == m.end() else None
    if later:  # "Januari-Oktober 2007": the first month shares the year of the second
        year = int(later["y"]) - (month > lex.months[_key(later["m"])][0])
    if year is not None:
        yield _Found(start, end, f"{year:04d}-{month:02d}", "month")
        return
    if ctx.pub is None:
        yield _Found(start, end, None, "month")
        return
    if parts.year_rel is not None:
        yield _Found(start, end, f"{ctx.pub.year + parts.year_rel:04d}-{month:02d}", "month")
        return
    direction, strict = _direction(ctx, parts.rel, start, end)
    yield _Found(start, end, _month_near(ctx.pub, month, direction, strict), "month")


def _year_cued(ctx: _Context, m: re.Match[str]) -> bool:
    """A bare 4-digit number is a year only after a cue, and not when a counted noun follows it."""
    if m["tahun"] or m["mod"]:
        return True
    if int(m["y"]) < 1800:
        return False
    prev = ctx.prev_word(m.start())
    if ctx.has_role(prev, "year_strong"):
        return True
    nxt = ctx.next_word(m.end("y"))
    if ctx.has_role(prev, "year_medium"):
        return not ctx.has_role(nxt, "count_noun")
    if not ctx.has_role(prev, "year_weak"):
        return False
    if nxt is None or not nxt[0].islower():
        return True
    if ctx.has_role(nxt, "year_follower"):
        return True
    return nxt.lower().startswith(("me", "ber", "di", "ter"))  # a verb follows: "sejak 2014 menguasai"


def _year(ctx: _Context, m: re.Match[str]) -> Iterator[_Found]:
    if not _year_cued(ctx, m):
        return
    parts = _extend(ctx, m.end(), ("rel",))
    end = parts.end if parts.rel is not None and parts.rel < 0 else m.end()
    if m["y2"]:
        yield _Found(m.start(), m.end("y"), m["y"], "year")
        yield _Found(m.start("y2"), end, m["y2"], "year")
    else:
        yield _Found(m.start(), end, m["y"], "year")


def _iso(ctx: _Context, m: re.Match[str]) -> Iterator[_Found]:
    found = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if found:
        yield _Found(m.start(), m.end(), found.isoformat(), "day")


def _numeric(ctx: _Context, m: re.Match[str]) -> Iterator[_Found]:
    if m["s"] != "/" and len(m["y"]) != 4:
        return
    found = _safe_date(_full_year(m["y"]), int(m["m"]), int(m["d"]))
    if found:
        parts = _extend(ctx, m.end(), ("daypart", "local", "clock"))
        yield _Found(m.start(), parts.end, found.isoformat(), "day")


def _daymonth_num(ctx: _Context, m: re.Match[str]) -> Iterator[_Found]:
    """``(16/11)`` in brackets, or ``pada 16/11``: Indonesian day/month with the year inferred."""
    text = ctx.text
    bracketed = text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")"
    if not bracketed and not ctx.has_role(ctx.prev_word(m.start()), "date_cue"):
        return
    day, month = int(m["d"]), int(m["m"])
    if not _safe_date(2000, month, day):
        return
    direction, _ = _direction(ctx, None, m.start(), m.end())
    yield _Found(m.start(), m.end(), _resolve_explicit(ctx, (day, month, None), direction), "day")


_MATCHERS: dict[str, Callable[[_Context, re.Match[str]], Iterator[_Found]]] = {
    "weekday": _weekday, "unit": _unit, "deictic": _deictic, "daymonth": _daymonth, "month": _month,
    "year": _year, "iso": _iso, "numeric": _numeric, "daymonth_num": _daymonth_num,
}


# ------------------------------------------------------------------------------------------- public


def _sentence_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    if not doc.has_annotation("SENT_START"):
        return [0], [len(doc.text)]
    starts, ends = [], []
    for sent in doc.sents:
        starts.append(sent.start_char)
        ends.append(sent.end_char)
    return starts, ends


def extract_times(doc: Doc, published: dt.date | None) -> list[dict]:
    """Time expressions of ``doc`` as SPEC ``times`` dicts, sorted by start.

    Each dict has ``text``, ``start``, ``end`` (character offsets into ``doc.text``, end exclusive),
    ``value`` (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``YYYY-Www`` or ``None`` when it depends on a
    publication date that is missing) and ``granularity`` (``day``/``week``/``month``/``year``).
    Overlapping candidates are settled in favour of the longest, so ``Sabtu (16/11/2024)`` is one
    expression and ``6 Agustus 2024`` is not also a year.
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    lex = _lexicon()
    text = doc.text
    ctx: _Context | None = None
    found: list[_Found] = []
    for name, pattern in lex.patterns:
        for m in pattern.finditer(text):
            if ctx is None:
                starts, ends = _sentence_bounds(doc)
                ctx = _Context(text, published, starts, ends, lex)
            found.extend(_MATCHERS[name](ctx, m))
    found.sort(key=lambda f: (f.start - f.end, f.start))
    starts: list[int] = []  # accepted spans, kept sorted and disjoint
    kept: list[_Found] = []
    for f in found:
        i = bisect_right(starts, f.start)
        if (i and kept[i - 1].end > f.start) or (i < len(kept) and kept[i].start < f.end):
            continue
        starts.insert(i, f.start)
        kept.insert(i, f)
    return [{"text": text[f.start:f.end], "start": f.start, "end": f.end,
             "value": f.value, "granularity": f.granularity} for f in kept]
