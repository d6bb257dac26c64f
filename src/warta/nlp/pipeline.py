"""Build the Warta spaCy pipeline and make Docs that carry their article metadata.

Every stage reads the Doc and writes its results to a ``doc._.warta_*`` extension as plain JSON-like
values (lists of dicts with character offsets). Plain values survive ``nlp.pipe(n_process=...)``, which
ships Docs between processes as bytes, and :func:`warta.record.to_record` turns them into the SPEC record.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import sentences  # noqa: F401  (registers the component)
from .tokenizer import keep_hyphenated_words

EXTENSIONS = ("article", "entities", "quotes", "quantities", "times", "events", "checks")

for _name in EXTENSIONS:
    if not Doc.has_extension(f"warta_{_name}"):
        Doc.set_extension(f"warta_{_name}", default=None)


def blank() -> Language:
    """The Indonesian tokenizer with our sentence splitter and no analysis stages (fast; for tests)."""
    nlp = spacy.blank("id")
    keep_hyphenated_words(nlp)
    nlp.add_pipe("warta_sentences")
    return nlp


@lru_cache(maxsize=1)
def _blank_cached() -> Language:
    return blank()


def make_doc(text: str, published: str | None = None) -> Doc:
    """Tokenise ``text`` and split it into sentences; no other stage runs. ``published``: ISO date."""
    nlp = _blank_cached()
    doc = nlp(text)
    doc._.warta_article = {"published": published}
    return doc
