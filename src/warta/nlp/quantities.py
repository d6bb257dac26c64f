"""Quantities in Indonesian news: counts, amounts of money, percentages and durations.

One left-to-right pass over the tokens. At each token that can open a number (digits, a number word,
a vague plural, a currency sign) the stage reads the number (:mod:`warta.nlp.numbers`), then decides
whether it is a quantity at all, then widens it:

* **not a quantity**: numbers inside a time expression (``times``), years (1900-2100 without a
  separator, unless money, a percentage or a scale word makes them an amount), dates (a month name
  beside the number, ``tanggal 2``, ``11/1``), clock times (``pukul 10``, ``10.30``, ``10 WIB``),
  ordinals and codes glued to a word by a hyphen (``ke-6``, ``Hwasong-11``), labels (``Pasal 5``,
  ``nomor 3``, ``RT 05``), a bare number after a capitalised name (``Densus 88``), ages
  (``berusia 45 tahun``, ``(45)``), phone-like and zero-led digit strings, list numbering,
  ``N <time unit> lalu`` (a point in time), and fixed phrases (``salah satu``). The context words are
  data in ``lexicon/number_contexts.tsv``.
* **range**: ``10-20``, ``10 hingga 20``, ``antara 10 dan 20``, ``dua atau tiga``; a scale on the right
  end carries over to a bare left end (``10 hingga 20 ribu``).
* **unit**: ``%``/``persen``, a currency (sign before or word after), a unit word, or else the next word
  when it looks like a noun: lower case, not a function word (``lexicon/unit_nonunits.tsv``) and not
  shaped like a verb (di-, ber-, ter-, meN-), so ``55 berhasil`` and ``30 lainnya`` have no unit.
* **qualifier**: the phrase before the number (``lexicon/number_qualifiers.tsv``) or ``lebih`` after it.

Value conventions: ``value`` is the figure as written (``hingga 12.000`` -> 12000); the qualifier and the
bounds say how to read it (at_most sets ``high``, at_least sets ``low``; bounds are inclusive, the
strictness of ``kurang dari``/``lebih dari`` is not modelled). Vague numbers and ranges have
``value`` None and carry their bounds.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from ..lexicon import read_tsv, read_words
from .numbers import START_WORDS, VAGUE_WORDS, Reading, as_number, parse_digits, read_number, scale_of

# ---------------------------------------------------------------------------------------------- lexicons


def _phrase_table(rows: tuple[tuple[str, ...], ...], position: str) -> dict[tuple[str, ...], str]:
    return {tuple(row[0].split()): row[1] for row in rows if row[2] == position}


def _load_contexts() -> tuple[dict[str, str], set[tuple[str, ...]], dict[str, list[tuple[int, tuple[str, ...]]]]]:
    """Single context words by kind, relative-time phrases, and idioms indexed by their number word."""
    context: dict[str, str] = {}
    relative: set[tuple[str, ...]] = set()
    idioms: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for phrase, kind in read_tsv("number_contexts.tsv"):
        words = tuple(phrase.split())
        if kind == "relative":
            relative.add(words)
        elif kind == "idiom":
            for pos, word in enumerate(words):
                if word in START_WORDS:
                    idioms.setdefault(word, []).append((pos, words))
        else:
            context[phrase] = kind
    return context, relative, idioms


def _load_currencies() -> tuple[dict[str, str], dict[tuple[str, ...], str]]:
    prefix: dict[str, str] = {}
    suffix: dict[tuple[str, ...], str] = {}
    for form, unit, position in read_tsv("unit_currencies.tsv"):
        if position == "prefix":
            prefix[form] = unit
        else:
            suffix[tuple(form.split())] = unit
    return prefix, suffix


def _load_units() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """Unit words as (kind, unit): lower-case entries match any case, others match exactly."""
    folded: dict[str, tuple[str, str]] = {}
    exact: dict[str, tuple[str, str]] = {}
    for row in read_tsv("unit_words.tsv"):
        word, kind = row[0], row[1]
        unit = row[2] if len(row) > 2 and row[2] else word
        (folded if word == word.lower() else exact)[word] = (kind, unit)
    return folded, exact


_QUALIFIER_ROWS = read_tsv("number_qualifiers.tsv")
QUALIFIERS_BEFORE = _phrase_table(_QUALIFIER_ROWS, "before")
QUALIFIERS_AFTER = _phrase_table(_QUALIFIER_ROWS, "after")
CONNECTORS = _phrase_table(_QUALIFIER_ROWS, "between")
_QUALIFIER_WORDS = frozenset(w for phrase in QUALIFIERS_BEFORE for w in phrase)
CONTEXT, RELATIVE_AFTER, IDIOMS = _load_contexts()
CURRENCY_PREFIX, CURRENCY_SUFFIX = _load_currencies()
UNITS_FOLDED, UNITS_EXACT = _load_units()
NONUNITS = read_words("unit_nonunits.tsv")

_MAX_BEFORE = max(map(len, QUALIFIERS_BEFORE))
_MAX_CONNECTOR = max(map(len, CONNECTORS))
_MAX_SUFFIX = max(map(len, CURRENCY_SUFFIX))
_MAX_RELATIVE = max(map(len, RELATIVE_AFTER))

# ------------------------------------------------------------------------------------------------ shapes

_PREFIX_ALT = "|".join(re.escape(p) for p in sorted(CURRENCY_PREFIX, key=len, reverse=True))
# A token holding digits, optionally glued to a currency sign or a sign: "Rp5.000", "RM5", "±5", "-5".
_NUMERIC = re.compile(rf"(?P<cur>{_PREFIX_ALT})?(?P<dot>\.)?(?P<sign>[±-])?(?P<num>\d(?:[\d.,]*\d)?)")
# One token holding a whole range: "10–20", "2–3".
_RANGE_TOKEN = re.compile(r"(\d(?:[\d.,]*\d)?)[–—](\d(?:[\d.,]*\d)?)")
_CLOCK = re.compile(r"(?:[01]?\d|2[0-4])[.:][0-5]\d")
_YEAR = re.compile(r"19\d\d|20\d\d|2100")
_ZERO_LED = re.compile(r"0\d+")
_LONG_CODE = re.compile(r"\d{5,}")
_VERB_SHAPE = re.compile(r"(?:di|ber|ter|mem|men|meng|meny|me[lrwy])[a-z]{3,}")
_HYPHENS = frozenset({"-", "–", "—"})
_OPENERS = frozenset({"“", '"', "‘", "'", "(", "[", "—", "–", "-", ":", "«"})
_PERCENT_NEXT = frozenset({"%", "persen", "prosen"})
# Words after "N <unit> lebih" that show "lebih" closes the figure ("300 orang lebih yang hadir").
_AFTER_LEBIH = frozenset({"yang", "dan", "telah", "sudah", "masih", "di", "ke", "dari", "tewas", "hilang", "luka"})


class _Tokens:
    """Plain lists of what the scan reads from the Doc (token attribute access is the slow part)."""

    __slots__ = ("doc", "text", "words", "lowers", "glued", "idx", "n", "blocked")

    def __init__(self, doc: Doc, times: list[dict]) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text rebuilds the string on every access
        self.words = [t.text for t in doc]
        self.lowers = [w.lower() for w in self.words]
        self.glued = [not t.whitespace_ for t in doc]
        self.idx = [t.idx for t in doc]
        self.n = len(self.words)
        self.blocked = bytearray(self.n)
        for tm in times or ():
            s, e = tm.get("start"), tm.get("end")
            if not isinstance(s, int) or not isinstance(e, int):
                continue
            k = max(bisect_right(self.idx, s) - 1, 0)
            while k < self.n and self.idx[k] < e:
                if self.idx[k] + len(self.words[k]) > s:
                    self.blocked[k] = 1
                k += 1

    def clause_start(self, k: int) -> bool:
        """True when token ``k`` opens a sentence, a line, a quotation or a bracket."""
        if k == 0:
            return True
        prev = self.words[k - 1]
        return bool(self.doc[k].is_sent_start) or prev in _OPENERS or prev.isspace()

    def any_blocked(self, a: int, b: int) -> bool:
        return any(self.blocked[a:b])


# ---------------------------------------------------------------------------------------------- the scan


def extract_quantities(doc: Doc, times: list[dict]) -> list[dict]:
    """Quantities in ``doc`` as SPEC records, sorted by start; none overlaps a span in ``times``."""
    t = _Tokens(doc, times)
    spans = [
        (tm["start"], tm["end"])
        for tm in times or ()
        if isinstance(tm.get("start"), int) and isinstance(tm.get("end"), int)
    ]
    out: list[dict] = []
    floor = 0
    i = 0
    words, lowers = t.words, t.lowers
    while i < t.n:
        w = words[i]
        c = w[0]
        if t.blocked[i] or not (
            c.isdigit() or lowers[i] in START_WORDS or w in CURRENCY_PREFIX or (len(w) > 1 and _NUMERIC.fullmatch(w))
        ):
            i += 1
            continue
        found = _quantity_at(t, i, floor)
        if found is None:
            i += 1
            continue
        record, end = found
        if record is not None and not _overlaps(record, spans):
            out.append(record)
            floor = end
        i = max(end, i + 1)
    return out


def _overlaps(record: dict, spans: list[tuple[int, int]]) -> bool:
    """Character overlap with a time expression (a safety net: blocked tokens already keep almost all
    quantities clear of times, but a span may also cover the spaces between its tokens)."""
    s, e = record["start"], record["end"]
    return any(a < e and s < b for a, b in spans)


def _quantity_at(t: _Tokens, i: int, floor: int) -> tuple[dict | None, int] | None:
    """The quantity that starts at token ``i`` and the token after it; ``(None, end)`` when the phrase
    up to ``end`` was read and is not a quantity as a whole; None when token ``i`` opens nothing."""
    words, lowers, glued, n = t.words, t.lowers, t.glued, t.n
    if _RANGE_TOKEN.fullmatch(words[i]):
        return _range_token(t, i, floor)
    opening = _opening(t, i)
    if opening is None:
        return None
    money, money_token, num_i, first, sign = opening
    reading = read_number(words, lowers, glued, num_i, first=first, money=money is not None)
    if reading is None or t.any_blocked(num_i, reading.end):
        return None
    if sign == "-":
        reading.value = -reading.value if reading.value is not None else None
    if _not_a_quantity(t, reading, i, num_i, first or words[num_i], money):
        return None

    # qualifier before (read first: "antara" decides whether "dan" joins a range)
    before, qstart = _qualifier_before(t, i, floor)
    antara = before == "between_open"

    # range, unit, trailing "lebih"
    qualifier: str | None = "approx" if sign == "±" or reading.approx else None
    low = high = None
    k = reading.end
    rng = _range_after(t, reading, k, money_token, antara)
    if rng == "invalid":
        return None
    if rng is not None:
        low, high, k = rng
        qualifier = "range"
    if k < n and CONTEXT.get(lowers[k]) in ("month", "timezone"):
        return None
    if qualifier is None and k + 1 < n and not t.blocked[k] and (lowers[k],) in QUALIFIERS_AFTER and (
        _is_punct(words[k + 1]) or _unit_at(t, k + 1, money)[0] is not None
    ):
        qualifier = QUALIFIERS_AFTER[(lowers[k],)]
        k += 1
    unit, unit_kind, end = _unit_at(t, k, money)
    if money is not None:
        # the sign already names the currency; only a currency word after the amount joins the span
        unit, end = money, (end if unit_kind == "money" else k)
    if rng is None and unit is not None:
        rng = _range_after_unit(t, reading, end, unit, money, antara)
        if rng is not None:
            low, high, end = rng
            qualifier = "range"
    if (
        qualifier is None
        and end < n
        and not t.blocked[end]
        and (lowers[end],) in QUALIFIERS_AFTER
        and _ends_phrase(t, end + 1, unit_kind)
    ):
        qualifier = QUALIFIERS_AFTER[(lowers[end],)]
        end += 1
    if unit_kind == "time" and _relative_after(t, end):
        return None, end

    start = i
    if before is not None and (rng is not None or not antara):
        start = qstart
        if qualifier in (None, "approx") and not antara:
            qualifier = before
    else:
        before = None
    if _context_before(t, start, unit):
        return None, end  # the whole phrase is an age, a label or a clock time: skip all of it
    bare = before is None and money is None and unit is None and reading.scale == 1
    if bare and _after_name(t, start, first or words[num_i]):
        return None, end

    record = _record(t, start, end, reading, qualifier, unit, low, high)
    return record, end


def _opening(t: _Tokens, i: int) -> tuple[str | None, str | None, int, str | None, str] | None:
    """How token ``i`` opens a number: (currency unit, currency sign, index of the number token,
    digits to read instead of that token's text, sign). Handles ``Rp 5``, ``Rp. 5``, ``Rp5.000``,
    ``Rp.10.000``, ``RM5``, ``±5`` and ``-5``; None when token ``i`` opens no number."""
    words, lowers = t.words, t.lowers
    w = words[i]
    if w in CURRENCY_PREFIX:
        j = i + 1
        if j < t.n and words[j] == "." and t.glued[i]:
            j += 1
        if j >= t.n or t.blocked[j]:
            return None
        nxt = words[j]
        if nxt.startswith(".") and nxt[1:2].isdigit():
            return CURRENCY_PREFIX[w], w, j, nxt[1:], ""
        if nxt[:1].isdigit() or lowers[j] in START_WORDS:
            return CURRENCY_PREFIX[w], w, j, None, ""
        return None
    m = _NUMERIC.fullmatch(w)
    if m is None:
        return (None, None, i, None, "") if lowers[i] in START_WORDS else None
    cur, sign = m.group("cur"), m.group("sign") or ""
    if m.group("dot") and not cur:
        return None
    first = m.group("num") if sign or cur else None
    return (CURRENCY_PREFIX[cur] if cur else None), cur, i, first, sign


# -------------------------------------------------------------------------------------------- exclusions


def _is_punct(w: str) -> bool:
    return not w[:1].isalnum()


def _ends_phrase(t: _Tokens, k: int, unit_kind: str | None) -> bool:
    """True when a trailing ``lebih`` at ``k - 1`` closes the quantity (``300 orang lebih,`` or
    ``300 orang lebih mengungsi``) rather than opening a comparison (``dua kali lebih besar``)."""
    if unit_kind == "measure" and t.lowers[k - 2] in ("kali", "lipat"):
        return False
    if k >= t.n or _is_punct(t.words[k]):
        return True
    low = t.lowers[k]
    return low in _AFTER_LEBIH or (_VERB_SHAPE.fullmatch(low) is not None and not low.startswith("ber"))


def _not_a_quantity(t: _Tokens, r: Reading, i: int, num_i: int, text: str, money: str | None) -> bool:
    """Shape tests on the number itself: years, clock times, codes, dates, names, idioms."""
    words, lowers, glued, n = t.words, t.lowers, t.glued, t.n
    after = r.end
    if r.kind == "digits":
        if money is None and _CLOCK.fullmatch(text):
            return True
        if _ZERO_LED.fullmatch(text) or (money is None and r.scale == 1 and _LONG_CODE.fullmatch(text)):
            return True
        if (
            money is None
            and r.scale == 1
            and _YEAR.fullmatch(text)
            and not (after < n and lowers[after] in _PERCENT_NEXT)
        ):
            return True
        # glued to a word or number by a hyphen or slash: "ke-6", "Hwasong-11", "11/1", "05/RW"
        if num_i >= 2 and words[num_i - 1] in _HYPHENS | {"/"} and glued[num_i - 1] and glued[num_i - 2]:
            return True
        if num_i + 1 < n and glued[num_i] and words[num_i + 1] == "/":
            return True
        if num_i + 2 < n and glued[num_i] and words[num_i + 1] in _HYPHENS and glued[num_i + 1]:
            # a word glued by a hyphen after the digits ("11-H", "17-an" when -an was not read as
            # rounding) makes a code or an idiom; digits there make a range, judged later
            if r.end == num_i + 1 and not lowers[num_i + 2][:1].isdigit():
                return True
        # a lone number in brackets: an age after a name, "(45)", or list numbering "(2)"
        if num_i >= 1 and words[num_i - 1] == "(" and after < n and words[after] == ")":
            return True
        # list numbering at the start of a line: "1." "2)"
        if i == num_i and after < n and words[after] in (".", ")") and glued[after - 1] and t.clause_start(i):
            return True
    else:
        # a capitalised number word inside a sentence is a name: "di Lima", "Kepulauan Seribu"
        if words[num_i][0].isupper() and not t.clause_start(num_i):
            return True
        for pos, phrase in IDIOMS.get(lowers[num_i], ()):
            a = num_i - pos
            if a >= 0 and tuple(lowers[a : a + len(phrase)]) == phrase:
                return True
    # a month name on either side makes a date: "6 Agustus", "Februari 2022"
    if after < n and CONTEXT.get(lowers[after]) in ("month", "timezone"):
        return True
    if num_i >= 1 and CONTEXT.get(lowers[num_i - 1]) == "month":
        return True
    # an age between commas after a name: "Budi, 45, ..."
    if (
        num_i >= 2
        and words[num_i - 1] == ","
        and words[num_i - 2][:1].isupper()
        and after < n
        and (words[after] == "," or (lowers[after] == "tahun" and after + 1 < n and words[after + 1] in (",", ")")))
    ):
        return True
    return False


def _context_before(t: _Tokens, start: int, unit: str | None) -> bool:
    """Label, age, clock and date words before the quantity (or before its qualifier)."""
    if start == 0:
        return False
    prev = t.lowers[start - 1]
    kind = CONTEXT.get(prev)
    if kind in ("label", "age", "date"):
        return True
    if kind == "clock":
        # "jam 10" is a clock time, but in "24 jam 10 menit" the "jam" is a unit of the number before it
        if prev != "jam" or start < 2:
            return True
        before = t.lowers[start - 2]
        return not (before[:1].isdigit() or before in START_WORDS)
    if kind == "age_noun" and unit in ("tahun", "bulan"):
        return True
    if start >= 2 and prev in _QUALIFIER_WORDS and CONTEXT.get(t.lowers[start - 2]) == "age":
        return True
    return False


def _after_name(t: _Tokens, start: int, digits: str) -> bool:
    """A bare whole number right after a capitalised word is part of a name or code (``Densus 88``,
    ``Boeing 737``) unless that word is a function word, a possessive (``Jumlahnya``) or a verb that
    introduces figures, as the first word of a sentence often is (``Sebanyak 55``, ``Tercatat 20``)."""
    if start == 0 or t.glued[start - 1] or not digits.isdigit():
        return False
    prev = t.words[start - 1]
    if not prev[:1].isupper() or not prev.replace("-", "").isalnum():
        return False
    low = t.lowers[start - 1]
    return not (
        low in NONUNITS
        or low in _QUALIFIER_WORDS
        or low in START_WORDS
        or low.endswith("nya")
        or _VERB_SHAPE.fullmatch(low)
    )


def _relative_after(t: _Tokens, k: int) -> bool:
    """``N <time unit>`` followed by ``lalu``/``mendatang``/... names a point in time."""
    for size in range(_MAX_RELATIVE, 0, -1):
        if k + size <= t.n and tuple(t.lowers[k : k + size]) in RELATIVE_AFTER:
            return True
    return False


# ---------------------------------------------------------------------------------------- ranges, units


def _connector_at(t: _Tokens, k: int) -> tuple[str, int] | None:
    for size in range(_MAX_CONNECTOR, 0, -1):
        if k + size <= t.n:
            kind = CONNECTORS.get(tuple(t.lowers[k : k + size]))
            if kind is not None:
                return kind, k + size
    return None


def _bounds(r: Reading) -> tuple[float, float]:
    if r.value is not None:
        return r.value, r.value
    return r.low, r.high


def _range_after(t: _Tokens, left: Reading, k: int, money_token: str | None, antara: bool):
    """A range whose connector follows the left number directly: (low, high, end, kind), None, or
    ``"invalid"`` for hyphenated chains and scores (``2024-11-16``, ``3-1``) that are no quantity."""
    words, glued, n = t.words, t.glued, t.n
    hit = _connector_at(t, k)
    if hit is None:
        return None
    kind, j = hit
    if kind == "range_antara" and not antara:
        return None
    hyphen = words[k] in _HYPHENS
    tight = hyphen and glued[k - 1]
    if money_token and j < n and words[j] == money_token:
        j += 1
    if j >= n or t.blocked[j]:
        return None
    right = read_number(words, t.lowers, glued, j, money=money_token is not None)
    if right is None or t.any_blocked(j, right.end):
        return "invalid" if tight else None
    if hyphen and (left.kind != "digits" or right.kind != "digits" or tight != glued[k]):
        return "invalid" if tight else None
    if tight and right.end + 1 < n and glued[right.end - 1] and words[right.end] in _HYPHENS:
        return "invalid"
    if right.kind == "digits" and _YEAR.fullmatch(words[j]) and right.scale == 1 and money_token is None:
        return "invalid" if tight else None
    return _combine(left, right, right.end, tight)


def _combine(left: Reading, right: Reading, end: int, tight: bool):
    lo_l, hi_l = _bounds(left)
    if left.kind != "vague" and left.scale == 1 and right.scale > 1 and lo_l * right.scale <= _bounds(right)[0]:
        lo_l *= right.scale
    lo_r, hi_r = _bounds(right)
    if lo_l >= hi_r:
        return "invalid" if tight else None
    return lo_l, hi_r, end


def _range_after_unit(t: _Tokens, left: Reading, k: int, unit: str, money: str | None, antara: bool):
    """``10 persen hingga 20 persen``: a range whose two ends each carry the same unit."""
    hit = _connector_at(t, k)
    if hit is None or t.words[k] in _HYPHENS:
        return None
    kind, j = hit
    if kind == "range_antara" and not antara:
        return None
    if j >= t.n or t.blocked[j] or not (t.words[j][:1].isdigit() or t.lowers[j] in START_WORDS):
        return None
    right = read_number(t.words, t.lowers, t.glued, j, money=money is not None)
    if right is None:
        return None
    unit2, _, end = _unit_at(t, right.end, money)
    if unit2 != unit or (money is not None and end == right.end) or t.any_blocked(j, end):
        return None
    combined = _combine(left, right, end, False)
    return combined if isinstance(combined, tuple) else None


def _range_token(t: _Tokens, i: int, floor: int) -> tuple[dict, int] | None:
    """A range written as one token (``10–20 orang``)."""
    a, b = _RANGE_TOKEN.fullmatch(t.words[i]).groups()
    lo, hi = parse_digits(a), parse_digits(b)
    if lo is None or hi is None or lo >= hi or _YEAR.fullmatch(a):
        return None
    if i + 1 < t.n and CONTEXT.get(t.lowers[i + 1]) in ("month", "timezone"):
        return None
    unit, _, end = _unit_at(t, i + 1, None)
    before, qstart = _qualifier_before(t, i, floor)
    start = qstart if before is not None else i
    if _context_before(t, start, unit):
        return None
    reading = Reading(i, i + 1, None)
    return _record(t, start, end, reading, "range", unit, lo, hi), end


def _unit_at(t: _Tokens, k: int, money: str | None) -> tuple[str | None, str | None, int]:
    """The unit word at token ``k``: (unit, kind, end); (None, None, k) when there is none."""
    n = t.n
    if k >= n or t.blocked[k]:
        return None, None, k
    w, low = t.words[k], t.lowers[k]
    if w == "%":
        return "persen", "percent", k + 1
    if k >= 1 and t.glued[k - 1]:
        return None, None, k
    for size in range(min(_MAX_SUFFIX, n - k), 0, -1):
        unit = CURRENCY_SUFFIX.get(tuple(t.lowers[k : k + size]))
        if unit is not None and not t.any_blocked(k, k + size):
            return unit, "money", k + size
    entry = UNITS_EXACT.get(w) or UNITS_FOLDED.get(low)
    if entry is not None:
        kind, canon = entry
        if kind == "classifier" and k + 1 < n and not t.blocked[k + 1] and _noun_like(t, k + 1):
            return t.lowers[k + 1], "count", k + 2
        return canon, kind, k + 1
    if _noun_like(t, k):
        return low, "count", k + 1
    return None, None, k


def _noun_like(t: _Tokens, k: int) -> bool:
    """Lower-case word that is neither a function word nor shaped like a verb (di-, ber-, ter-, meN-)."""
    w = t.words[k]
    if not w[:1].islower() or not w.replace("-", "").isalpha():
        return False
    low = t.lowers[k]
    if low in UNITS_FOLDED:
        return True
    if len(low) < 2 or low in NONUNITS or low in START_WORDS or low in VAGUE_WORDS or low.endswith("nya"):
        return False
    if scale_of(w, after_digits=True, money=True) is not None:
        return False
    return _VERB_SHAPE.fullmatch(low) is None


# --------------------------------------------------------------------------------------------- qualifier


def _qualifier_before(t: _Tokens, start: int, floor: int) -> tuple[str | None, int]:
    """The qualifier phrase that ends right before token ``start`` and its first token."""
    for size in range(_MAX_BEFORE, 0, -1):
        a = start - size
        if a < floor:
            continue
        qual = QUALIFIERS_BEFORE.get(tuple(t.lowers[a:start]))
        if qual is not None and not t.any_blocked(a, start):
            return qual, a
    return None, start


def _record(
    t: _Tokens,
    start: int,
    end: int,
    r: Reading,
    qualifier: str | None,
    unit: str | None,
    low: float | None,
    high: float | None,
) -> dict:
    s = t.idx[start]
    e = t.idx[end - 1] + len(t.words[end - 1])
    value: float | None = None
    if qualifier == "range":
        pass
    elif r.value is None:  # vague
        low, high = r.low, r.high
        if qualifier == "at_least":
            high = None
        qualifier = qualifier or "approx"
    else:
        value = r.value
        qualifier = qualifier or "exact"
        if qualifier == "at_most":
            high = value
        elif qualifier == "at_least":
            low = value
    return {
        "text": t.text[s:e],
        "start": s,
        "end": e,
        "value": None if value is None else as_number(value),
        "low": None if low is None else as_number(low),
        "high": None if high is None else as_number(high),
        "qualifier": qualifier,
        "unit": unit,
    }
