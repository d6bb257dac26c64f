"""Longest-match lookup of multi-word phrases in a token stream, independent of tokenisation.

Phrases are stored as normalised strings (lower case, single spaces) and compared with the text of
consecutive tokens joined by the whitespace between them. "Kim Yong-hyun" therefore matches whether the
tokenizer made two tokens of it or four ("Yong-Hyun" splits at the capital), and loading tens of
thousands of names needs no tokenizer at all. Candidate starts are indexed by their first run of
letters, so a scan costs one dictionary lookup for most tokens.
"""
from __future__ import annotations

import re
from typing import Generic, Iterator, TypeVar

from .token_view import TokenView, first_run

V = TypeVar("V")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Lower case, whitespace collapsed to single spaces: the key phrases are stored under."""
    return _SPACES.sub(" ", text.strip()).lower()


class PhraseTable(Generic[V]):
    """Maps normalised phrases to lists of values; finds every phrase starting at a token."""

    def __init__(self) -> None:
        self._table: dict[str, list[V]] = {}
        self._longest: dict[str, int] = {}

    def add(self, phrase: str, value: V) -> None:
        key = normalise(phrase)
        head = first_run(key)
        if not head:
            return
        self._table.setdefault(key, []).append(value)
        if len(key) > self._longest.get(head, 0):
            self._longest[head] = len(key)

    def get(self, phrase: str) -> list[V]:
        return self._table.get(normalise(phrase), [])

    def __contains__(self, phrase: str) -> bool:
        return normalise(phrase) in self._table

    def __len__(self) -> int:
        return len(self._table)

    def matches(self, view: TokenView, i: int, stop: int) -> Iterator[tuple[int, list[V]]]:
        """(end, values) for each phrase that starts at token ``i`` and ends before ``stop``, longest first."""
        limit = self._longest.get(view.heads[i])
        if limit is None:
            return iter(())
        found = []
        key = ""
        lowers, space, breaks = view.lowers, view.space, view.breaks
        for j in range(i, stop):
            key += lowers[j]
            if len(key) > limit:
                break
            hit = self._table.get(key)
            if hit is not None:
                found.append((j + 1, hit))
            if breaks[j]:
                break
            if space[j]:
                key += " "
        found.reverse()
        return iter(found)

    def longest(self, view: TokenView, i: int, stop: int) -> tuple[int, list[V]] | None:
        """The longest phrase starting at token ``i``, or None."""
        return next(self.matches(view, i, stop), None)
