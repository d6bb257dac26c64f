"""The event trigger lexicon and the function-word classes the event coder reads.

Both live as data (``lexicon/event_triggers.tsv``, ``event_words.tsv``, ``event_modes.tsv``,
``casualty_words.tsv``); this module loads them once and answers "is this token an event word, and of
which family?" using :mod:`warta.nlp.morphology` so that inflections never listed still match.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import read_tsv
from .morphology import NOUN_FORMS, analyses

VERB_FORMS = frozenset({"meN", "meN-kan", "meN-i", "memper", "memper-kan", "memper-i", "di", "di-kan", "di-i",
                        "diper", "diper-kan", "ter", "ter-kan", "ber", "ber-kan", "base-kan", "base-i"})
ALL_FORMS = VERB_FORMS | {"an", "peN-an", "per-an", "ke-an", "base"}


@dataclass(frozen=True)
class Entry:
    """One lexicon row: an event family and what it codes to."""

    key: str
    forms: frozenset[str]
    type: str
    mode: str | None
    cameo: str | None
    flags: frozenset[str]
    needs: frozenset[str]
    next_words: frozenset[str]
    not_next: frozenset[str] = frozenset()

    @property
    def is_phrase(self) -> bool:
        return "phrase" in self.forms


@dataclass(frozen=True)
class Match:
    """An event word found in a sentence: tokens ``[start, end)``, the entry and the inflection."""

    start: int
    end: int
    entry: Entry
    form: str
    as_verb: bool = False  # a bare root or noun used as the predicate ("Rusia Serang Odesa")

    @property
    def is_noun(self) -> bool:
        if self.as_verb:
            return False
        if self.entry.is_phrase or self.form == "base":
            return "verb" not in self.entry.flags
        return self.form in NOUN_FORMS

    @property
    def is_passive(self) -> bool:
        return self.form in {"di", "di-kan", "di-i", "diper", "diper-kan", "ter", "ter-kan"} \
            or "passive" in self.entry.flags


@lru_cache(maxsize=1)
def word_sets() -> dict[str, tuple[str, ...]]:
    """The named word sets of event_word_sets.tsv (shared by several triggers' needs: flags)."""
    return {row[0]: tuple(row[1].split("|")) for row in read_tsv("event_word_sets.tsv")}


def _word_set(name: str) -> tuple[str, ...]:
    """``@name`` is a named set; anything else is a literal word."""
    return word_sets()[name[1:]] if name.startswith("@") else (name,)


def base_forms(word: str) -> set[str]:
    """A word with its reduplicated plural and -nya stripped ("sandera-sandera", "tahanannya" -> base)."""
    out = {word}
    head, dash, tail = word.partition("-")
    if dash and head == tail:
        out.add(head)
    if word.endswith("nya") and len(word) > 6:
        out.add(word[:-3])
    return out


def _parse_entry(row: tuple[str, ...]) -> Entry:
    cells = list(row) + [""] * (6 - len(row))
    key, forms, etype, mode, cameo, flags = cells[:6]
    flag_set = set()
    needs: frozenset[str] = frozenset()
    next_words: frozenset[str] = frozenset()
    not_next: frozenset[str] = frozenset()
    for flag in filter(None, (f.strip() for f in flags.split(","))):
        if flag.startswith("needs:"):
            needs = frozenset(word for name in flag[6:].split("|") for word in _word_set(name))
        elif flag.startswith("next:"):
            next_words = frozenset(flag[5:].split("|"))
        elif flag.startswith("not_next:"):
            not_next = frozenset(flag[9:].split("|"))
        else:
            flag_set.add(flag)
    form_set = frozenset(ALL_FORMS if forms.strip() == "*" else (f.strip() for f in forms.split(",")))
    return Entry(key.lower(), form_set, etype, mode or None, cameo or None, frozenset(flag_set), needs, next_words,
                 not_next)


@lru_cache(maxsize=1)
def entries() -> tuple[dict[str, list[Entry]], dict[str, list[tuple[tuple[str, ...], Entry]]]]:
    """(root → entries, first word → [(phrase words, entry)] longest first)."""
    roots: dict[str, list[Entry]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
    for row in read_tsv("event_triggers.tsv"):
        entry = _parse_entry(row)
        if entry.is_phrase:
            words = tuple(entry.key.split())
            phrases.setdefault(words[0], []).append((words, entry))
        else:
            roots.setdefault(entry.key, []).append(entry)
    for items in phrases.values():
        items.sort(key=lambda item: -len(item[0]))
    return roots, phrases


@lru_cache(maxsize=1)
def word_classes() -> dict[str, frozenset[str]]:
    """Category → words (single words and space-joined phrases) from ``event_words.tsv``.

    The ``speech`` class also takes every reporting verb of the quote stage's ``speech_cues.tsv`` (leaving
    out inverted cues that are ordinary adverbs too, such as "lanjut" or "jelas"), so both stages agree on
    what a reporting verb is.
    """
    from .speech import cue_lexicon

    classes: dict[str, set[str]] = {}
    for word, category in read_tsv("event_words.tsv"):
        classes.setdefault(category, set()).add(word)
    for entries_ in cue_lexicon().by_first.values():
        for rest, cue in entries_:
            if not rest and cue.kind in ("verb", "inverted", "suffixed") and not cue.strict:
                classes["speech"].add(cue.text)
    return {k: frozenset(v) for k, v in classes.items()}


@lru_cache(maxsize=1)
def mode_words() -> dict[str, list[tuple[tuple[str, ...], str, str]]]:
    """Event type → [(words, mode, cameo)] from ``event_modes.tsv``."""
    table: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for word, etype, mode, cameo in read_tsv("event_modes.tsv"):
        table.setdefault(etype, []).append((tuple(word.split()), mode, cameo))
    return table


@lru_cache(maxsize=1)
def casualty_words() -> dict[tuple[str, ...], str]:
    """Casualty words (as word tuples) → field (killed, injured, arrested)."""
    return {tuple(word.split()): field for word, field in read_tsv("casualty_words.tsv")}


def is_toll_word(word: str) -> bool:
    """Whether a single word says people were killed or wounded ("tewas", "gugur", "terluka")."""
    return casualty_words().get((word,)) in ("killed", "injured")


@lru_cache(maxsize=65536)
def bare_verb_entries(word: str) -> tuple[tuple[Entry, str], ...]:
    """Entries whose root ``word`` is written bare, as headlines and colloquial text do ("Tangkap",
    "Sepakati"): only families that have meN- verbs, and only as candidates (the coder asks for a subject)."""
    roots, _ = entries()
    found = []
    for root, form in analyses(word):
        if form not in ("base", "base-kan", "base-i"):
            continue
        for entry in roots.get(root, ()):
            if any(f.startswith("meN") for f in entry.forms) and "no_bare" not in entry.flags \
                    and (entry, form) not in found:
                found.append((entry, form))
    return tuple(found)


@lru_cache(maxsize=65536)
def word_entries(word: str) -> tuple[tuple[Entry, str], ...]:
    """Single-word entries that ``word`` inflects, with the inflection found."""
    roots, _ = entries()
    found = []
    for root, form in analyses(word):
        for entry in roots.get(root, ()):
            if form in entry.forms and (entry, form) not in found:
                found.append((entry, form))
    return tuple(found)
