"""The pieces the event coder works on: a sentence's tokens, an actor mention, an event being built.

Shared by :mod:`warta.nlp.events` and the rule sets it is made of (:mod:`warta.nlp.event_context`,
:mod:`warta.nlp.generic_actors`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from .actors import actor_list, actor_of, member_actors
from .event_lexicon import Match

QUOTE_MARKS = {"“", "”", "‘", "’", '"', "'", "«", "»"}
SOFT_PUNCT = QUOTE_MARKS | {"(", ")"}


@dataclass
class Mention:
    """An entity mention that can be an actor: its tokens and its entity."""

    start: int
    end: int
    entity: dict[str, Any]


@dataclass
class Candidate:
    """An event being assembled from one trigger."""

    match: Match
    sentence: int
    actors: list[dict[str, Any]] = field(default_factory=list)
    recipients: list[dict[str, Any]] = field(default_factory=list)
    location: dict[str, Any] | None = None
    left_limit: int = 0
    right_limit: int = 0
    head: int = 0  # where the predicate starts: the trigger, or the light verb before an event noun
    mode: str | None = None
    defence: bool = False  # shooting down or intercepting what the other side fired


class SentenceView:
    """Tokens of one sentence with the lookups the argument rules need."""

    def __init__(self, doc: Doc, lower: list[str], start: int, end: int, index: int) -> None:
        self.doc = doc
        self.start = start
        self.end = end
        self.index = index
        self.lower = lower  # the whole Doc's lower-cased words, shared by every sentence

    def word(self, i: int) -> str:
        return self.lower[i] if self.start <= i < self.end else ""

    def prev_content(self, i: int, skip: frozenset[str] = frozenset(), numbers: bool = False) -> int | None:
        """Index of the nearest token left of ``i`` that is not a quote mark/bracket/space or in ``skip``
        (nor a number, with ``numbers``)."""
        j = i - 1
        while j >= self.start:
            tok = self.doc[j]
            if not (tok.is_space or tok.text in SOFT_PUNCT or self.lower[j] in skip or (numbers and tok.like_num)):
                return j
            j -= 1
        return None


def actors_of(mentions: list[Mention | dict[str, Any]]) -> list[dict[str, Any]]:
    """Actor records of mentions (or of actor records already made), one per state or code."""
    return actor_list([member for m in mentions
                       for member in member_actors(m if isinstance(m, dict) else actor_of(m.entity))])
