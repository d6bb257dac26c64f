"""Build the Warta spaCy pipeline and make Docs that carry their article metadata.

Every stage reads the Doc and writes its results to a ``doc._.warta_*`` extension as plain JSON-like
values (lists of dicts with character offsets). Plain values survive ``nlp.pipe(n_process=...)``, which
ships Docs between processes as bytes, and :func:`warta.record.to_record` turns them into the SPEC record.

Stage order matters and is declared once, in :data:`STAGES`: entities feed quotes (speakers) and events
(actors); times feed quantities (a date is not a count) and events (dates); everything feeds checks.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import lru_cache
from importlib import import_module
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


# Each analysis stage: the Doc extension it fills, the function that computes it, and what that function
# reads from the Doc besides the tokens (the stages before it). Functions are imported when first run, since
# some stage modules import this one.
STAGE_CALLS: dict[str, tuple[str, str, str, Callable[[Doc], tuple]]] = {
    "warta_entities": ("entities", ".entities", "extract_entities", lambda doc: ()),
    "warta_times": ("times", ".times", "extract_times", lambda doc: (published_date(doc),)),
    "warta_quantities": ("quantities", ".quantities", "extract_quantities", lambda doc: (doc._.warta_times or [],)),
    "warta_quotes": ("quotes", ".quotes", "extract_quotes", lambda doc: (doc._.warta_entities or [],)),
    "warta_events": ("events", ".events", "extract_events", lambda doc: ()),
    "warta_checks": ("checks", ".checks", "find_checks", lambda doc: ()),
}


def _register(name: str, extension: str, module: str, function: str, inputs: Callable[[Doc], tuple]) -> None:
    def component(doc: Doc) -> Doc:
        compute = getattr(import_module(module, __package__), function)
        setattr(doc._, f"warta_{extension}", compute(doc, *inputs(doc)))
        return doc

    component.__name__ = f"{extension}_component"
    component.__doc__ = f"spaCy component: ``doc._.warta_{extension}`` from ``{module[1:]}.{function}``."
    Language.component(name, func=component)


for _stage, _call in STAGE_CALLS.items():
    _register(_stage, *_call)


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
