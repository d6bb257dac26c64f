"""Read Indonesian numbers: digits with Indonesian separators, number words and vague plurals.

This module knows about numbers only (no units, qualifiers or context) so that any stage that needs a
figure -- casualty counts in events, totals in checks -- reads ``12.000``, ``1,5 juta``, ``dua belas``
or ``ratusan ribu`` the same way the quantity stage does.

Conventions, and why:

* ``.`` groups thousands and ``,`` marks decimals (``12.000`` = 12000, ``5.000,50`` = 5000.5), as in
  Indonesian. Text translated from English also shows ``12,000`` and ``2.5``; a lone ``d,ddd`` group is
  read as thousands unless a scale word follows (``1,500 juta`` is 1.5 million), because a three-digit
  decimal is rare in Indonesian prose. ``2.5`` (one or two digits after a dot) is a decimal point;
  clock times such as ``10.30`` are the caller's business.
* Number words follow a five-role grammar (digit, teen, tens, hundred, scale) whose lexicon lives in
  ``lexicon/number_words.tsv``; the ``se-`` forms expand to ``satu`` + a place word there.
* Vague plurals (``belasan``, ``puluhan``, ``ratusan``...) give bounds, never a value; the bounds are
  documented in ``lexicon/number_vague.tsv`` (plural = at least two of the place: ratusan 200..999).

Word lists are read once at import; reading is a left-to-right walk over token strings.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..lexicon import read_tsv

Number = int | float

# ---------------------------------------------------------------------------------------------- lexicons


def _load_words() -> dict[str, tuple[tuple[str, float], ...]]:
    words = {}
    for row in read_tsv("number_words.tsv"):
        atoms = []
        for atom in row[1].split():
            role, value = atom.split(":")
            atoms.append((role, float(value)))
        words[row[0]] = tuple(atoms)
    return words


def _load_scales() -> tuple[dict[str, tuple[float, str]], dict[str, tuple[float, str]]]:
    """Scale words, split into case-insensitive (lower-case key) and case-sensitive tables."""
    folded, exact = {}, {}
    for word, mult, where in read_tsv("number_scales.tsv"):
        target = folded if word == word.lower() else exact
        target[word] = (float(mult), where)
    return folded, exact


def _load_vague() -> dict[str, tuple[int, int, bool]]:
    return {w: (int(lo), int(hi), need == "yes") for w, lo, hi, need in read_tsv("number_vague.tsv")}


NUMBER_WORDS = _load_words()
_SCALES_FOLDED, _SCALES_EXACT = _load_scales()
VAGUE_WORDS = _load_vague()
# Words that may open a number reading (the quantity stage checks these before trying to read).
START_WORDS = frozenset(w for w, atoms in NUMBER_WORDS.items() if atoms[0][0] in ("digit", "half")) | frozenset(
    VAGUE_WORDS
)
# Place words that a vague "beberapa" or a digit may be multiplied by.
_PLACE = {"puluh": 10.0, "ratus": 100.0}

# ----------------------------------------------------------------------------------------------- digits

_PLAIN = re.compile(r"\d+")
_ID_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_COMMA_DECIMAL = re.compile(r"\d+,\d+")
_EN_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_DOT_DECIMAL = re.compile(r"\d+\.\d+")


def as_number(x: float) -> Number:
    """``x`` as an int when it is whole (the record shows ``12000``, not ``12000.0``)."""
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


def parse_digits(text: str, scaled: bool = False) -> Number | None:
    """The value of a digit string with Indonesian separators, or None when it is not one.

    ``scaled`` says a scale word follows (``1,500 juta``); it settles the one ambiguous shape, a single
    comma group, towards the decimal reading.
    """
    if _PLAIN.fullmatch(text):
        return int(text)
    if _ID_GROUPED.fullmatch(text):
        return as_number(float(text.replace(".", "").replace(",", ".")))
    if _EN_GROUPED.fullmatch(text) and not (scaled and text.count(",") == 1 and "." not in text):
        return as_number(float(text.replace(",", "")))
    if _COMMA_DECIMAL.fullmatch(text):
        return as_number(float(text.replace(",", ".")))
    if _DOT_DECIMAL.fullmatch(text):
        return as_number(float(text))
    return None


def scale_of(word: str, *, after_digits: bool, money: bool) -> float | None:
    """The multiplier of a scale word in this position, or None (``M`` counts only after money)."""
    hit = _SCALES_EXACT.get(word) or _SCALES_FOLDED.get(word.lower())
    if hit is None:
        return None
    mult, where = hit
    if where == "any" or (where == "digits" and after_digits) or (where == "money" and money and after_digits):
        return mult
    return None


# ------------------------------------------------------------------------------------------------ reading


@dataclass(slots=True)
class Reading:
    """A number read from tokens ``start`` up to ``end`` (exclusive).

    ``value`` is None for vague numbers, which carry ``low``/``high`` instead. ``scaled`` says a scale
    word was read (ranges use it to carry ``juta`` over to their bare left end); ``approx`` marks a
    ``-an`` suffix (``1.000-an``, ``10 ribuan``).
    """

    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    kind: str = "digits"  # digits | words | vague
    scale: float = 1.0
    approx: bool = False


def _read_scale_suffix(lowers: Sequence[str], words: Sequence[str], k: int, money: bool) -> tuple[float, bool, int]:
    """A scale word at ``k`` after digits: (multiplier, approx, next index); (1, False, k) if none.

    ``ribuan``/``ribu-an`` after digits is the scale with the approximate ``-an`` suffix.
    """
    if k >= len(words):
        return 1.0, False, k
    mult = scale_of(words[k], after_digits=True, money=money)
    if mult is not None:
        return mult, False, k + 1
    low = lowers[k]
    for suffix in ("-an", "an"):
        if low.endswith(suffix):
            mult = scale_of(low[: -len(suffix)], after_digits=True, money=False)
            if mult is not None:
                return mult, True, k + 1
    return 1.0, False, k


def read_digits(
    words: Sequence[str], lowers: Sequence[str], glued: Sequence[bool], i: int, text: str, *, money: bool = False
) -> Reading | None:
    """Read the digit string ``text`` (token ``i`` or its numeric part) and an optional scale word.

    ``glued[k]`` is True when token ``k`` has no space after it; a glued ``-`` + ``an`` after the
    digits (``1.000-an``) is the approximate suffix.
    """
    n = len(words)
    nxt = i + 1
    mult, approx, after = 1.0, False, nxt
    if nxt < n and not glued[i]:
        mult, approx, after = _read_scale_suffix(lowers, words, nxt, money)
    value = parse_digits(text, scaled=after > nxt)
    if value is None:
        return None
    end = after
    # "1.000-an", "200-an": the -an suffix rounds only round figures ("17-an" is a day, not a count)
    if (
        not approx
        and after == nxt
        and nxt + 1 < n
        and glued[i]
        and words[nxt] == "-"
        and glued[nxt]
        and lowers[nxt + 1] == "an"
        and value % 10 == 0
        and value != 0
    ):
        approx, end = True, nxt + 2
    return Reading(i, end, float(value) * mult, kind="digits", scale=mult, approx=approx)


def read_words(lowers: Sequence[str], i: int) -> Reading | None:
    """Read number words from token ``i`` (``tiga ratus lima puluh ribu``); longest valid reading.

    Each place word must be smaller than the one before it inside a group of thousands, and scales
    must decrease, so ``dua puluh tiga`` is 23 while ``dua tiga`` stops after ``dua``.
    """
    total = group = 0.0
    cur: float | None = None
    place = float("inf")  # the smallest place used in the current group
    last_scale = float("inf")
    best: Reading | None = None
    used_scale = 1.0
    has_half_only = True
    k = i
    n = len(lowers)
    while k < n:
        atoms = NUMBER_WORDS.get(lowers[k])
        if atoms is None:
            break
        ok = True
        for role, val in atoms:
            if role == "digit":
                if cur is not None or place <= 1:
                    ok = False
                    break
                cur = val
                has_half_only = False
            elif role == "half":
                if cur is None:
                    cur = val
                elif cur == int(cur):
                    cur += val
                else:
                    ok = False
                    break
            elif role in ("teen", "tens", "hundred"):
                need = {"teen": 10.0, "tens": 10.0, "hundred": 100.0}[role]
                if cur is None or not 1 <= cur <= 9 or cur != int(cur) or place <= need:
                    ok = False
                    break
                group += cur + 10 if role == "teen" else cur * val
                cur = None
                place = 1.0 if role == "teen" else need
            else:  # scale
                amount = group + (cur or 0.0)
                if amount <= 0 or val >= last_scale:
                    ok = False
                    break
                total += amount * val
                group, cur, place, last_scale = 0.0, None, float("inf"), val
                used_scale = val
        if not ok:
            break
        k += 1
        value = total + group + (cur or 0.0)
        if not (has_half_only and used_scale == 1.0):
            best = Reading(i, k, value, kind="words", scale=used_scale)
    return best


def read_vague(words: Sequence[str], lowers: Sequence[str], i: int) -> Reading | None:
    """Read a vague number (``belasan``, ``puluhan ribu``, ``beberapa ratus``) as bounds."""
    hit = VAGUE_WORDS.get(lowers[i])
    if hit is None:
        return None
    low, high, needs_scale = hit
    mult = 1.0
    k = i + 1
    n = len(lowers)
    while k < n:
        m = _PLACE.get(lowers[k]) if needs_scale and mult == 1.0 else None
        if m is None:
            m = scale_of(words[k], after_digits=False, money=False)
        if m is None or m <= 1 or (mult > 1 and m <= mult):
            break
        mult *= m
        k += 1
    if needs_scale and mult == 1.0:
        return None
    return Reading(i, k, None, low=low * mult, high=(high + 1) * mult - 1, kind="vague", scale=mult, approx=True)


def read_number(
    words: Sequence[str],
    lowers: Sequence[str],
    glued: Sequence[bool],
    i: int,
    *,
    first: str | None = None,
    money: bool = False,
) -> Reading | None:
    """Read the number that starts at token ``i``: digits (``first`` overrides the token's text, for
    tokens such as ``Rp5.000`` whose digits follow a sign), number words or a vague number."""
    text = words[i] if first is None else first
    if text[:1].isdigit():
        return read_digits(words, lowers, glued, i, text, money=money)
    low = lowers[i]
    if low in VAGUE_WORDS:
        return read_vague(words, lowers, i)
    if low in START_WORDS:
        return read_words(lowers, i)
    return None


_TEXT_TOKEN = re.compile(r"\d[\d.,]*\d|\d|[^\s\d-]+|-")


def read_text(text: str) -> Reading | None:
    """Read ``text`` as one number; None unless the whole string is a number."""
    matches = list(_TEXT_TOKEN.finditer(text))
    if not matches:
        return None
    tokens = [m.group() for m in matches]
    lowers = [t.lower() for t in tokens]
    glued = [a.end() == b.start() for a, b in zip(matches, matches[1:])] + [False]
    reading = read_number(tokens, lowers, glued, 0)
    if reading is None or reading.end != len(tokens):
        return None
    return reading


def parse_number(text: str) -> Number | None:
    """The value of a whole number phrase: ``"12.000"``, ``"1,5 juta"``, ``"dua belas"``,
    ``"seratus dua puluh"``, ``"2 rb"``. None for vague numbers (use :func:`vague_bounds`) and for
    anything that is not entirely a number."""
    reading = read_text(text)
    if reading is None or reading.value is None:
        return None
    return as_number(reading.value)


def vague_bounds(text: str) -> tuple[Number, Number] | None:
    """The (low, high) bounds of a vague number phrase such as ``"puluhan ribu"``; None otherwise."""
    reading = read_text(text)
    if reading is None or reading.kind != "vague":
        return None
    return as_number(reading.low), as_number(reading.high)
