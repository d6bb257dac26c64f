"""Sentence boundaries for Indonesian news text.

Rules, in order:

* a newline always ends a sentence (paragraphs in scraped text are often separated by one newline);
* ``.``, ``!``, ``?`` and ``…`` end a sentence, except after an abbreviation (``Jl.``, ``No.``, ``Dr.``,
  single-letter initials such as ``V.``), inside a number (the tokenizer keeps ``12.000`` and ``1,5``
  whole), inside an open quotation, or (for ``.``) before a lower-case word on the same line;
* a closing quotation mark (and a closing bracket) after the final stop stays with its sentence;
* ``dll.``/``dsb.``/``dst.`` end a sentence only when a capitalised word follows.

A quotation that never closes is cut at the paragraph end, so one stray mark cannot swallow an article.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..lexicon import read_words

FINAL = {".", "!", "?", "…", "...", "!?", "?!"}
OPEN_QUOTES = {"“", "‘", "«"}
CLOSE_QUOTES = {"”", "’", "»"}
AMBIGUOUS_QUOTES = {'"'}
CLOSERS = CLOSE_QUOTES | AMBIGUOUS_QUOTES | {")", "]", "'"}
# A quotation longer than this many tokens without a closing mark is treated as unbalanced.
MAX_QUOTE_TOKENS = 400


def _abbreviations() -> frozenset[str]:
    return read_words("abbreviations.txt")


def _is_abbreviation(token: Token, abbreviations: frozenset[str]) -> bool:
    """True when ``token`` (a full stop) closes an abbreviation rather than a sentence."""
    if token.i == 0:
        return False
    prev = token.doc[token.i - 1]
    if prev.whitespace_:
        return False
    word = prev.text
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "Vladimir V. Putin"
    return word.lower() in abbreviations or word in abbreviations


def _next_word(doc: Doc, i: int) -> Token | None:
    for j in range(i + 1, len(doc)):
        if not doc[j].is_space:
            return doc[j]
    return None


def set_sentence_starts(doc: Doc) -> Doc:
    """Mark ``is_sent_start`` on every token of ``doc``."""
    abbreviations = _abbreviations()
    n = len(doc)
    starts = [False] * n
    if n:
        starts[0] = True
    in_quote = False
    quote_open_at = -1
    ascii_open = False
    i = 0
    while i < n:
        tok = doc[i]
        text = tok.text
        if tok.is_space or "\n" in tok.whitespace_:
            # paragraph break: the next real token starts a sentence; quotes do not cross paragraphs
            # unless the next paragraph opens a new quotation, which resets the state anyway.
            nxt = i + 1
            while nxt < n and doc[nxt].is_space:
                nxt += 1
            if "\n" in text or "\n" in tok.whitespace_:
                if nxt < n:
                    starts[nxt] = True
                in_quote = ascii_open = False
            i = nxt
            continue
        closing = False
        if text in OPEN_QUOTES:
            in_quote, quote_open_at = True, i
        elif text in CLOSE_QUOTES:
            in_quote, closing = False, True
        elif text in AMBIGUOUS_QUOTES:
            ascii_open = not ascii_open
            in_quote, quote_open_at, closing = ascii_open, i, not ascii_open
        if closing and i > 0 and doc[i - 1].text in FINAL:
            # “Kami menang.” Semua bersorak. -- the quotation ended a sentence
            nxt = _next_word(doc, i)
            if nxt is not None and (nxt.text[:1].isupper() or nxt.text in OPEN_QUOTES) and not doc[i + 1].is_space:
                starts[nxt.i] = True
        if in_quote and i - quote_open_at > MAX_QUOTE_TOKENS:
            in_quote = ascii_open = False
        is_final = text in FINAL and not _is_abbreviation(tok, abbreviations)
        if not is_final and text.lower() in {"dll.", "dsb.", "dst.", "dkk."}:
            nxt = _next_word(doc, i)
            is_final = nxt is not None and nxt.text[:1].isupper()
        if is_final and text == ".":
            nxt = _next_word(doc, i)
            if nxt is not None and nxt.text[:1].islower() and "\n" not in doc[i].whitespace_ \
                    and not any("\n" in doc[k].text for k in range(i + 1, nxt.i)):
                is_final = False  # "jawapos . com", "kata Rp. lima": a sentence starts with a capital
        if is_final and not in_quote:
            j = i + 1
            while j < n and doc[j].text in CLOSERS and not doc[j].is_space:
                if doc[j].text in AMBIGUOUS_QUOTES:
                    if not ascii_open:
                        break  # '. "Ini ...': the mark opens the next sentence's quotation
                    ascii_open = False
                j += 1
            if j < n and not doc[j].is_space:
                starts[j] = True
            i = j
            continue
        i += 1
    for k, tok in enumerate(doc):
        tok.is_sent_start = starts[k]
    return doc


@Language.component("warta_sentences")
def sentences_component(doc: Doc) -> Doc:
    """spaCy component wrapper around :func:`set_sentence_starts`."""
    return set_sentence_starts(doc)


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the sentences, trimmed of surrounding whitespace; empty sentences dropped.

    This is the one definition of "sentence index" in a record: events and the ``sentences`` list
    both use it.
    """
    spans = []
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if not words:
            continue
        spans.append((words[0].idx, words[-1].idx + len(words[-1].text)))
    return spans
