"""The core of a written name: what is left when the generic words around it are set aside.

"distrik Obolon" and "Kota Kharkiv" name Obolon and Kharkiv; "Lebanon selatan" names Lebanon. Mentions keep
what was written (a model or a corpus may include the place noun); names, list look-ups and coreference
use the core, so "Distrik Sugapa" and "Sugapa" are one place.
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicon import read_tsv


@lru_cache(maxsize=1)
def place_nouns() -> frozenset[str]:
    """Generic place nouns ("kota", "desa", "distrik") from ``entity_cues.tsv``."""
    return frozenset(row[0].lower() for row in read_tsv("entity_cues.tsv") if len(row) > 1 and row[1] == "place_noun")


def name_core(text: str) -> str:
    """``text`` without lower-case words around it and without a leading place noun."""
    words = text.split()
    while len(words) > 1 and (words[0].islower() or words[0].lower() in place_nouns()):
        words = words[1:]
    while len(words) > 1 and words[-1].islower():
        words = words[:-1]
    return " ".join(words)
