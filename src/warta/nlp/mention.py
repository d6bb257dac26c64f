"""Entity mentions as token spans, and an index from tokens to the mentions that cover them.

The rule finder, the role parser and coreference all ask "is token i inside a name, and which one?";
the index answers in constant time.
"""
from __future__ import annotations

from dataclasses import dataclass

from .gazetteer import Record


@dataclass(slots=True)
class Role:
    """A title or apposition describing a person: "Menteri Pertahanan Nasional Korea Selatan"."""

    text: str
    start: int                 # character offsets of the role phrase
    end: int
    country: str | None
    sector: str | None
    code: str | None


@dataclass(slots=True)
class Mention:
    """One mention: tokens ``start``..``end`` (exclusive) labelled PER, ORG or LOC."""

    start: int
    end: int
    label: str
    record: Record | None = None
    nested: bool = False       # a country name inside an organisation's name ("... Luar Negeri Jepang")
    name: str | None = None    # canonical name when the mention alone determines it
    country: str | None = None
    code: str | None = None
    sector: str | None = None
    role: Role | None = None
    evidence: str = ""        # why the rules believe it (gazetteer, title, speech, ...)
    cluster: int = -1


class MentionIndex:
    """Which outermost mention covers each token."""

    def __init__(self, n: int):
        self._at: list[Mention | None] = [None] * n

    def add(self, mention: Mention) -> None:
        for i in range(mention.start, mention.end):
            self._at[i] = mention

    def remove(self, mention: Mention) -> None:
        for i in range(mention.start, mention.end):
            if self._at[i] is mention:
                self._at[i] = None

    def at(self, i: int) -> Mention | None:
        return self._at[i] if 0 <= i < len(self._at) else None

    def free(self, start: int, end: int) -> bool:
        return all(self._at[i] is None for i in range(start, end))
