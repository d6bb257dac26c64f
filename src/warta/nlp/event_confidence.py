"""How likely a coded event is right: a logistic model over what the coder knew when it coded it.

The coder is surer of "Rusia menyerang Kyiv" (a verb, both sides named) than of "serangan itu" or of an
attack whose actor it had to infer from a common noun. Each event gets the features below; the weights in
``lexicon/event_confidence.tsv`` are fitted by ``scripts/calibrate_events.py`` on gold-annotated articles
so that among events with confidence 0.8 about eight in ten are right (type, actors and recipients).
``--min-confidence`` is then a precision knob an analyst can read.
"""
from __future__ import annotations

import math
from functools import lru_cache

from ..lexicon import read_tsv

#: Events below this confidence are left out unless the caller asks for them (``--min-confidence 0``).
#: The model puts them below even odds of being right. On three batches of articles scored before anyone
#: read them, leaving them out raised full-level precision by 3 to 5 points and full-level F1 by 1 to 2,
#: and cost at most 1.5 points of type-level F1 (docs/events.md, "Confidence").
DEFAULT_MIN_CONFIDENCE = 0.5

#: Binary features, in the order the weight file lists them.
FEATURES = (
    "noun",             # the trigger is a nominalisation ("serangan") rather than a verb
    "phrase",           # a multiword expression ("gencatan senjata", "uji coba rudal")
    "actors",           # at least one actor found
    "recipients",       # at least one recipient found, or a two-sided event
    "inferred_party",   # a party came from a common noun or the story's country, not a name
    "passive",          # passive voice: the actor is often left unsaid
    "quoted",           # inside a direct quote
    "headline",         # in the title
    "hedged",           # "diduga", "kemungkinan" ...
    "not_occurred",     # future, hypothetical or negated
    "weak_trigger",     # a trigger the lexicon marks as weak ("membahas")
    "story_party",      # a side was taken from who deals with whom in the story (event_story.py)
)


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    """Feature -> weight, plus ``bias``, from event_confidence.tsv."""
    return {name: float(value) for name, value in read_tsv("event_confidence.tsv")}


def confidence(features: dict[str, bool]) -> float:
    """The calibrated probability (two decimals) that an event with these features is coded right."""
    w = weights()
    score = w.get("bias", 0.0) + sum(w.get(name, 0.0) for name in FEATURES if features.get(name))
    return round(1.0 / (1.0 + math.exp(-score)), 2)
