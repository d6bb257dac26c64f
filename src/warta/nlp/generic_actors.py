"""Parties named by a common noun ("polisi", "oposisi", "aparat keamanan") rather than by a name.

Event data must still say whose police arrested whom: GDELT and ACLED code "Polisi menangkap lima
tersangka di Bekasi" as Indonesian police acting on Indonesians. The coder asks here only after it found no
named party in the slot, and gives the noun the country where the event happens (see :func:`home_country`
for the fallback when the sentence names no place).
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Any

from ..lexicon import read_tsv


@lru_cache(maxsize=1)
def _nouns() -> dict[tuple[str, ...], str]:
    """Noun phrase (lower-case words) -> sector, from generic_actors.tsv."""
    return {tuple(noun.split()): sector for noun, sector in read_tsv("generic_actors.tsv")}


def _lookup(words: list[str]) -> str | None:
    """The sector of a noun phrase, its plural reduplication included ("orang-orang", "warga-warga")."""
    key = tuple(w.partition("-")[0] if w.partition("-")[0] == w.partition("-")[2] else w for w in words)
    return _nouns().get(key)


def noun_starting(lower: list[str], i: int, end: int) -> tuple[int, str] | None:
    """(length, sector) of the longest generic noun phrase starting at token ``i`` (before ``end``)."""
    for length in (2, 1):
        sector = _lookup(lower[i:i + length]) if i + length <= end else None
        if sector:
            return length, sector
    return None


def noun_ending(lower: list[str], end: int, start: int) -> tuple[int, str] | None:
    """(start token, sector) of a generic noun phrase that ends right before token ``end``."""
    for length in (2, 1):
        sector = _lookup(lower[end - length:end]) if end - length >= start else None
        if sector:
            return end - length, sector
    return None


def generic_actor(text: str, sector: str, country: str | None) -> dict[str, Any]:
    """The actor record of a party named by a common noun."""
    return {"name": text, "entity": None, "country": country, "code": None, "sector": sector}


def home_country(entities: list[dict[str, Any]], dominant: bool = False) -> str | None:
    """The country the article is about: the one its places are in most often (first named on a tie);
    with ``dominant``, only when it has more than half of all place mentions (a domestic story)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for entity in entities:
        country = entity.get("country")
        if entity.get("type") != "LOC" or not country:
            continue
        counts[country] += len(entity.get("mentions") or ())
        first.setdefault(country, min((m["start"] for m in entity.get("mentions") or ()), default=0))
    if not counts:
        return None
    best = max(counts, key=lambda c: (counts[c], -first[c]))
    return best if not dominant or 2 * counts[best] > sum(counts.values()) else None
