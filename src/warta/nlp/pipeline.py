"""Build the Warta spaCy pipeline and make Docs that carry their article metadata.

Every stage reads the Doc and writes its results to a ``doc._.warta_*`` extension as plain JSON-like
values (lists of dicts with character offsets). Plain values survive ``nlp.pipe(n_process=...)``, which
ships Docs between processes as bytes, and :func:`warta.record.to_record` turns them into the SPEC record.

Stage order matters and is declared once, in :data:`STAGES`: entities feed quotes (speakers) and events
(actors); times feed quantities (a date is not a count) and events (dates); everything feeds checks.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import sentences  # noqa: F401  (registers warta_sentences)
from .tokenizer import keep_hyphenated_words

#: The trained NER pipeline shipped inside the package (see models/ner/MODEL_CARD.md).
MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "ner"
EXTENSIONS = ("article", "entities", "quotes", "quantities", "times", "events", "checks")
STAGES = ("warta_sentences", "warta_entities", "warta_times", "warta_quantities", "warta_quotes",
          "warta_events", "warta_checks")

for _name in EXTENSIONS:
    if not Doc.has_extension(f"warta_{_name}"):
        Doc.set_extension(f"warta_{_name}", default=None)


def published_date(doc: Doc) -> dt.date | None:
    """The article's publication date, if the Doc carries one."""
    value = (doc._.warta_article or {}).get("published")
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@Language.component("warta_entities")
def entities_component(doc: Doc) -> Doc:
    from .entities import extract_entities

    doc._.warta_entities = extract_entities(doc)
    return doc


@Language.component("warta_times")
def times_component(doc: Doc) -> Doc:
    from .times import extract_times

    doc._.warta_times = extract_times(doc, published_date(doc))
    return doc


@Language.component("warta_quantities")
def quantities_component(doc: Doc) -> Doc:
    from .quantities import extract_quantities

    doc._.warta_quantities = extract_quantities(doc, doc._.warta_times or [])
    return doc


@Language.component("warta_quotes")
def quotes_component(doc: Doc) -> Doc:
    from .quotes import extract_quotes

    doc._.warta_quotes = extract_quotes(doc, doc._.warta_entities or [])
    return doc


@Language.component("warta_events")
def events_component(doc: Doc) -> Doc:
    from .events import extract_events

    doc._.warta_events = extract_events(doc)
    return doc


@Language.component("warta_checks")
def checks_component(doc: Doc) -> Doc:
    from .checks import find_checks

    doc._.warta_checks = find_checks(doc)
    return doc


def build(stages: tuple[str, ...] = STAGES, model: Path | None = MODEL_DIR) -> Language:
    """A fresh pipeline with the given stages (default: all of them, in order).

    When the entity stage is asked for and ``model`` holds a trained NER pipeline, the pipeline starts from
    it: its ``tok2vec`` and ``ner`` run right after the sentence splitter and leave statistical spans in
    ``doc.ents`` for the entity stage to build on.
    """
    with_model = "warta_entities" in stages and model is not None and (model / "config.cfg").exists()
    nlp = spacy.load(model) if with_model else spacy.blank("id")
    keep_hyphenated_words(nlp)
    for name in stages:
        if name == "warta_sentences":
            nlp.add_pipe(name, first=True)
        else:
            nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def load() -> Language:
    """The full pipeline, built once per process."""
    return build()


@lru_cache(maxsize=1)
def _blank_cached() -> Language:
    return build(("warta_sentences",))


def make_doc(text: str, published: str | None = None) -> Doc:
    """Tokenise ``text`` and split it into sentences; no other stage runs. ``published``: ISO date."""
    doc = _blank_cached()(text)
    doc._.warta_article = {"published": published}
    return doc
