"""A flat, read-only view of a Doc's tokens for the entity rules.

The entity rules look at neighbouring words many times per token; plain Python lists of strings and
flags are several times faster to index than spaCy ``Token`` objects, and computing them once per Doc
keeps every rule linear in the length of the text.
"""
from __future__ import annotations

import re
from typing import Callable

from spacy.tokens import Doc

_FIRST_RUN = re.compile(r"[^\W_]+")
# Lower-case words that may stand inside a headline written in title case.
_HEADLINE_SMALL = frozenset("di ke dari dan atau untuk atas dengan pada yang dalam oleh soal vs".split())


def first_run(text: str) -> str:
    """The first run of letters/digits, lower-cased: the index key of a name ("Al-Qaeda" -> "al")."""
    m = _FIRST_RUN.search(text)
    return m.group(0).lower() if m else ""


class TokenView:
    """Token texts, offsets and sentence facts of one Doc, as lists indexed by token position."""

    __slots__ = ("doc", "text", "n", "texts", "lowers", "heads", "starts", "ends", "space", "breaks",
                 "sent_of", "sent_bounds", "sent_first", "headline", "cap", "alpha")

    def __init__(self, doc: Doc, plain_word: Callable[[str], bool] | None = None):
        self.doc = doc
        self.text = doc.text
        toks = list(doc)
        self.n = len(toks)
        self.texts = [t.text for t in toks]
        self.lowers = [t.lower_ for t in toks]
        self.heads = [first_run(t) for t in self.texts]
        self.starts = [t.idx for t in toks]
        self.ends = [t.idx + len(t.text) for t in toks]
        self.space = [bool(t.whitespace_) for t in toks]
        # a token that is whitespace itself, or followed by a line break, ends every multi-word name
        self.breaks = [t.is_space or "\n" in t.whitespace_ for t in toks]
        self.cap = [bool(x) and x[0].isupper() for x in self.texts]
        self.alpha = [any(c.isalpha() for c in x) for x in self.texts]
        self.sent_of = [0] * self.n
        self.sent_bounds: list[tuple[int, int]] = []
        sents = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
        for k, sent in enumerate(sents):
            self.sent_bounds.append((sent.start, sent.end))
            for i in range(sent.start, sent.end):
                self.sent_of[i] = k
        # The first word of a sentence (after opening quotes and brackets) is capitalised by spelling, not
        # because it is a name.
        self.sent_first = [False] * self.n
        for start, end in self.sent_bounds:
            for i in range(start, end):
                if self.alpha[i]:
                    self.sent_first[i] = True
                    break
        plain = plain_word or (lambda _w: True)
        self.headline = [self._is_headline(s, e, plain) for s, e in self.sent_bounds]

    def _is_headline(self, start: int, end: int, plain: Callable[[str], bool]) -> bool:
        """Title-case lines ("Menteri Jepang Mengunjungi Ukraina ...") capitalise even plain words (verbs,
        ordinary nouns) that running text writes in lower case; titles and names are capitalised anyway,
        so only plain words count."""
        words = [i for i in range(start, end) if self.alpha[i] and self.lowers[i] not in _HEADLINE_SMALL
                 and not self.sent_first[i] and plain(self.lowers[i])]
        if len(words) < 2:
            return False
        capped = sum(1 for i in words if self.cap[i])
        return capped >= 0.7 * len(words)

    def sentence_end(self, i: int) -> int:
        """Index one past the last token of the sentence that holds token ``i``."""
        return self.sent_bounds[self.sent_of[i]][1] if self.n else 0

    def sentence_start(self, i: int) -> int:
        return self.sent_bounds[self.sent_of[i]][0] if self.n else 0

    def in_headline(self, i: int) -> bool:
        return self.headline[self.sent_of[i]]

    def base(self, i: int) -> str:
        """Lower-case word without the clitic -nya ("rekannya" -> "rekan")."""
        w = self.lowers[i]
        return w[:-3] if w.endswith("nya") and len(w) > 5 else w


_LAST: list = [None, None]


def view_of(doc: Doc) -> TokenView:
    """The view of ``doc``, reused while the same Doc is being processed (finders and linking share it)."""
    if _LAST[0] is not doc:
        from .gazetteer import get  # the gazetteer builds on this module

        _LAST[0], _LAST[1] = doc, TokenView(doc, get().is_plain)
    return _LAST[1]
