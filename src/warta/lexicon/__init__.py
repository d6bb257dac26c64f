"""Lexicons kept as data files (TSV) beside this module.

Rules read their word lists from here so that linguists and analysts can extend them without touching
code. Every file is UTF-8 TSV; lines starting with ``#`` and blank lines are ignored.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def read_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of the lexicon file ``name`` (e.g. ``"speech_cues.tsv"``), comments and blanks skipped."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


def read_words(name: str) -> frozenset[str]:
    """The first column of a lexicon file as a set (for plain word lists)."""
    return frozenset(row[0] for row in read_tsv(name))
