"""What an event record says besides who did what to whom: mode, factuality, hedging, date, casualties,
attached quantities.

Each is read from the trigger's clause (token bounds found by :mod:`warta.nlp.events`) with the word
classes of ``lexicon/event_words.tsv``, ``event_modes.tsv`` and ``casualty_words.tsv``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from .event_lexicon import casualty_words, mode_words

#: Event types whose record lists the figures of their clause.
COUNTED_TYPES = frozenset({"ASSAULT", "AID", "MOBILIZE", "COERCE", "RETREAT", "PROTEST"})
#: Event types that carry casualty counts.
VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})


@dataclass(frozen=True)
class Clause:
    """Token bounds of a trigger, its clause and its sentence."""

    doc: Doc
    lower: list[str]
    sent_start: int
    sent_end: int
    left: int
    right: int
    trig_start: int
    trig_end: int

    def char(self, token: int) -> int:
        return self.doc[token].idx

    def char_end(self, token_end: int) -> int:
        last = self.doc[token_end - 1]
        return last.idx + len(last)


def mode_and_cameo(clause: Clause, etype: str, mode: str | None, cameo: str | None) -> tuple[str | None, str | None]:
    """The mode a word of the clause sets ("drone", "rudal" → drone, aerial), else the trigger's own."""
    for words, word_mode, word_cameo in mode_words().get(etype, ()):
        n = len(words)
        starts = range(clause.left, max(clause.left, clause.right) - n + 1)
        if any(tuple(clause.lower[j:j + n]) == words for j in starts):
            return word_mode, word_cameo
    return mode, cameo


def factuality(clause: Clause, words: dict[str, frozenset[str]]) -> str:
    """occurred, future (akan, dijadwalkan ...), hypothetical (jika ...) or negated (tidak, belum ...)."""
    lower, start = clause.lower, clause.trig_start
    before = lower[max(clause.left, start - 4):start]
    if any(word in words["hypothetical"] for word in lower[clause.sent_start:start]):
        return "hypothetical"
    for k, word in enumerate(before):
        if word in words["negation"]:
            nxt = before[k + 1] if k + 1 < len(before) else lower[start]
            if f"{word} {nxt}" not in words["not_negation"]:  # "tidak hanya" is not a negation
                return "negated"
    if any(word in words["future"] for word in lower[max(clause.left, start - 5):start]):
        return "future"
    for k in range(clause.trig_end, min(len(lower), clause.trig_end + 3)):
        if lower[k] == "mendatang" or (lower[k] == "depan" and lower[k - 1] not in ("di", "ke")):
            return "future"  # "pekan depan", but not "di depan kedutaan"
    return "occurred"


def hedged(clause: Clause, words: dict[str, frozenset[str]]) -> bool:
    """Whether the sentence marks the report as uncertain (diduga, kemungkinan, menurut penilaian ...)."""
    lower = clause.lower[clause.sent_start:clause.sent_end]
    hedges = words["hedge"]
    return any(word in hedges or (k + 1 < len(lower) and f"{word} {lower[k + 1]}" in hedges)
               for k, word in enumerate(lower))


def sentence_casualties(doc: Doc, lower: list[str], start: int, end: int,
                        quantities: list[dict[str, Any]]) -> dict[str, int]:
    """Killed/injured/arrested counts of a sentence ("tiga orang tewas"; "tidak ada korban" is 0)."""
    out: dict[str, int] = {}
    words = casualty_words()
    text = " ".join(lower[start:end])
    if "tidak ada korban" in text or "tak ada korban" in text or "tanpa korban" in text:
        out["killed"] = 0
        if "korban jiwa" not in text:
            out["injured"] = 0
    start_char, end_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    for q in quantities:
        if not (start_char <= q["start"] and q["end"] <= end_char) or q.get("value") is None:
            continue
        span = doc.char_span(q["start"], q["end"], alignment_mode="expand")
        if span is None:
            continue
        field = _casualty_after(lower, span.end, words)
        if field and field not in out:
            out[field] = int(q["value"])
    return out


def _casualty_after(lower: list[str], i: int, words: dict[tuple[str, ...], str]) -> str | None:
    """The casualty field named within two words after token ``i``, if any."""
    for gap in range(0, 3):
        for n in (2, 1):
            key = tuple(lower[i + gap:i + gap + n])
            if key in words:
                return words[key]
    return None


def clause_quantities(clause: Clause, etype: str, quantities: list[dict[str, Any]]) -> list[int]:
    """Indices of the quantities inside the clause, for event types that are counted."""
    if etype not in COUNTED_TYPES:
        return []
    lo = clause.char(clause.left) if clause.left < len(clause.doc) else 0
    hi = clause.char_end(min(clause.right, len(clause.doc))) if clause.right > 0 else 0
    return [i for i, q in enumerate(quantities) if lo <= q["start"] and q["end"] <= hi]


def event_date(clause: Clause, sentence_char_start: int, times: list[dict[str, Any]],
               published: dt.date | None) -> dict[str, Any] | None:
    """The clause's own time expression (nearest the trigger), a time opening the sentence, else the
    publication date marked as inferred, else None."""
    clause_lo = clause.char(clause.left)
    clause_hi = clause.char(min(clause.right, len(clause.doc)) - 1) + 1
    trigger = clause.char(clause.trig_start)
    found = [t for t in times if clause_lo <= t["start"] < clause_hi and t.get("value")]
    if not found:
        found = [t for t in times if sentence_char_start <= t["start"] < sentence_char_start + 25
                 and t.get("value") and t["start"] < trigger]
    if found:
        best = min(found, key=lambda t: abs(t["start"] - trigger))
        return {"value": best["value"], "granularity": best["granularity"] or "day", "inferred": False}
    if published is not None:
        return {"value": published.isoformat(), "granularity": "day", "inferred": True}
    return None
