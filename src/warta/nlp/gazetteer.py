"""Known names (countries, places, organisations, people) and the word lists the entity rules consult.

Everything is read once from the TSV lexicons in :mod:`warta.lexicon` and cached for the process. Names
are matched case-insensitively through :class:`~warta.nlp.phrases.PhraseTable`, then checked against the
capitalisation of their listed spelling, so "AS" (the United States) never matches the word "as", and
"Medan" the city never matches "medan perang". When two lists know the same spelling, the list written
by hand for Indonesian news wins over the generated ones (see ``_SOURCES``).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.id.stop_words import STOP_WORDS

from ..lexicon import read_tsv
from .morphology import analyses
from .phrases import PhraseTable

LABELS = ("PER", "ORG", "LOC")


@dataclass(frozen=True, slots=True)
class Record:
    """One listed spelling of a known entity."""

    label: str                 # PER | ORG | LOC
    key: str                   # identity: spellings with the same key are one entity
    name: str                  # canonical display name
    country: str | None        # ISO3 of the place, or the state a person/organisation serves
    code: str | None           # organisation code (UN, NATO, ...)
    sector: str | None
    kind: str                  # country | capital | place | region | sea | org | person
    surface: str               # the spelling as listed (its capitals must be matched)
    start: str | None = None   # the sector holds from this date (people) ...
    end: str | None = None     # ... to this date

    def sector_on(self, date: str | None) -> str | None:
        """The sector, if the role behind it held on ``date`` (ISO); any date when the role is open."""
        if not self.sector or not date:
            return self.sector
        if self.start and date < self.start:
            return None
        if self.end and date > self.end:
            return None
        return self.sector


def fold(text: str) -> str:
    """Lower case without accents: "Erdoğan" and "Erdogan" share a key."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def _none(value: str | None) -> str | None:
    return None if value in (None, "", "-") else value


def _cell(row: tuple[str, ...], k: int) -> str | None:
    return _none(row[k]) if len(row) > k else None


def surface_fits(surface: str, text: str) -> bool:
    """True when ``text`` is capitalised where the listed ``surface`` is.

    Acronyms (two or more capitals: "AS", "PBB", "G7") must match exactly; a capitalised word must be
    capitalised in the text; a lower-case word of the listing ("bin", "al-") may be written either way.
    """
    pw, tw = surface.split(), text.split()
    if len(pw) != len(tw):
        return False
    for p, t in zip(pw, tw):
        letters = [c for c in p if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            if p != t:
                return False
        elif p[:1].isupper() and not t[:1].isupper():
            return False
    return True


class Gazetteer:
    """All known names in one phrase table, plus word classes for the rules."""

    def __init__(self) -> None:
        self.names: PhraseTable[Record] = PhraseTable()
        self.country_names: dict[str, str] = {}
        self._load()
        words = read_tsv("common_words.tsv")
        # "frequent": seen in lower case in news corpora; "common" adds dictionary roots, some of which are
        # also given names ("yasmin"), so only the frequent ones are stripped from the front of a name.
        self.frequent = frozenset(row[0] for row in words if row[1:2] == ("common",)) | STOP_WORDS
        self.common = self.frequent | frozenset(row[0] for row in words if row[1:2] == ("root",))
        self.calendar = frozenset(row[0] for row in words if row[1:2] in (("month",), ("weekday",)))
        self.roles: PhraseTable[tuple[str, str | None]] = PhraseTable()
        self.role_words: dict[str, tuple[str, str | None]] = {}
        self.offices: set[str] = set()    # titles held by one person at a time ("presiden", "menlu")
        for row in read_tsv("roles.tsv"):
            kind, sector = row[1], _cell(row, 2)
            if _cell(row, 3) == "office":
                self.offices.add(row[0])
            if kind == "modifier":
                self.role_words[row[0]] = (kind, sector)
            else:
                self.roles.add(row[0], (kind, sector))
        self.cues: PhraseTable[tuple[str, str | None, str | None]] = PhraseTable()
        self.particles: set[str] = set()
        self.name_prefixes: set[str] = set()
        for row in read_tsv("entity_cues.tsv"):
            if row[1] == "particle":
                self.particles.add(row[0])
            elif row[1] == "name_prefix":
                self.name_prefixes.add(row[0])
            else:
                self.cues.add(row[0], (row[1], _cell(row, 2), _cell(row, 3)))
        self.speech_after: set[str] = set()    # "X mengatakan"
        self.speech_before: set[str] = set()   # "kata X", "menurut X"
        for row in read_tsv("speech_cues.tsv"):
            if len(row) < 2:
                continue
            if row[1] == "verb":
                self.speech_after.add(row[0])
            elif row[1] in ("inverted", "source"):
                self.speech_before.add(row[0])

    # -- loading ---------------------------------------------------------------------------------
    def _load(self) -> None:
        country_display: dict[str, str] = {}
        for row in read_tsv("country_aliases.tsv"):
            if row[2] == "name":
                country_display.setdefault(row[1], row[0])
        for row in read_tsv("countries.tsv"):
            if row[2] == "country":
                country_display.setdefault(row[1], row[0])

        def country(name: str, iso: str) -> Record:
            return Record("LOC", f"LOC:{iso}", country_display.get(iso, name), iso, None, None, "country", name)

        def place(name: str, iso: str | None, kind: str, canonical: str | None = None) -> Record:
            canonical = canonical or name
            return Record("LOC", f"LOC:{iso or '-'}:{fold(canonical)}", canonical, iso, None, None, kind, name)

        for row in read_tsv("country_aliases.tsv"):
            name, iso, kind = row[0], row[1], row[2]
            if kind == "capital":
                self._add(place(name, iso, "capital", _cell(row, 3)))
            else:
                self._add(country(name, iso))
                self.country_names[fold(name)] = iso
        for name, iso, kind in read_tsv("countries.tsv"):
            if kind == "country":
                self._add(country(name, iso))
                self.country_names[fold(name)] = iso
            else:
                self._add(place(name, iso, "region"))
        for row in read_tsv("organisations.tsv"):
            name, canonical = row[0], row[1]
            self._add(Record("ORG", f"ORG:{fold(canonical)}", canonical, _cell(row, 2), _cell(row, 3),
                             _cell(row, 4), "org", name))
        for source in ("people_extra.tsv", "people.tsv"):
            for row in read_tsv(source):
                name, canonical = row[0], row[1]
                self._add(Record("PER", f"PER:{fold(canonical)}", canonical, _cell(row, 2), None,
                                 _cell(row, 3), "person", name, _cell(row, 4), _cell(row, 5)))
            if source == "people_extra.tsv":
                for row in read_tsv("places_extra.tsv"):
                    self._add(place(row[0], _cell(row, 1), row[2], _cell(row, 3)))
        for row in read_tsv("places.tsv"):
            if row[2] == "country_variant":
                self._add(country(row[0], row[1]))
            else:
                self._add(place(row[0], _cell(row, 1), row[2]))

    def _add(self, record: Record) -> None:
        self.names.add(record.surface, record)

    # -- queries ------------------------------------------------------------------------------------
    def lookup(self, text: str, labels: tuple[str, ...] = LABELS) -> Record | None:
        """The best listed record spelled ``text`` (capitals checked), restricted to ``labels``."""
        for record in self.names.get(text):
            if record.label in labels and surface_fits(record.surface, normalise_case(text)):
                return record
        return None

    def is_common(self, lower: str) -> bool:
        """A word that is usually not a name: listed, a stop word, or an affixed form of a listed root."""
        return _is_common_cached(lower)

    def is_plain(self, lower: str) -> bool:
        """A common word that is not part of titles and roles: capitalised only at a sentence start or in
        a title-case headline."""
        return lower not in self.role_words and not self.roles.get(lower) and _is_common_cached(lower)

    def role_modifier(self, lower: str) -> tuple[str, str | None] | None:
        return self.role_words.get(lower)


def normalise_case(text: str) -> str:
    """Whitespace collapsed, capitals kept (for :func:`surface_fits`)."""
    return " ".join(text.split())


@lru_cache(maxsize=200_000)
def _is_common_cached(lower: str) -> bool:
    gaz = get()
    if lower in gaz.common:
        return True
    if any(record.label == "ORG" for record in gaz.names.get(lower)):
        return False  # a listed organisation only looks derived: "Taliban" is not talib + -an
    for root, _form in analyses(lower):
        if root != lower and len(root) >= 4 and root in gaz.common:
            return True
    return False


@lru_cache(maxsize=1)
def get() -> Gazetteer:
    """The process-wide gazetteer (built on first use, about a second)."""
    return Gazetteer()


def country_of_text(text: str) -> str | None:
    """ISO3 of the country a name stands for: a country, its short form, demonym use, capital, seat of
    government or metonym ("Rusia", "Moskow", "Kremlin", "Gedung Putih", "Korut"), or a known place in
    it. For a longer phrase ("Menteri Luar Negeri Jepang") the first such name inside it counts."""
    gaz = get()
    clean = normalise_case(text.strip(" \t\n,.;:!?\"'“”‘’()"))
    if not clean:
        return None
    record = gaz.lookup(clean, ("LOC", "ORG"))
    if record is not None and record.country:
        return record.country
    words = clean.split()
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            phrase = " ".join(w.strip(",.;:!?\"'“”‘’()") for w in words[i:j])
            if (i, j) == (0, len(words)) or not phrase:
                continue
            record = gaz.lookup(phrase, ("LOC", "ORG"))
            if record is not None and record.country:
                return record.country
    return None


def lookup_place(name: str) -> dict | None:
    """``{"name", "country", "kind"}`` for a known place (country, capital, city, region, sea), else None."""
    record = get().lookup(normalise_case(name.strip()), ("LOC",))
    if record is None:
        return None
    return {"name": record.name, "country": record.country, "kind": record.kind}


__all__ = ["Gazetteer", "Record", "country_of_text", "fold", "get", "lookup_place", "surface_fits"]
