"""Parties named by a common noun ("polisi", "oposisi", "aparat keamanan") rather than by a name.

Event data must still say whose police arrested whom: GDELT and ACLED code "Polisi menangkap lima
tersangka di Bekasi" as Indonesian police acting on Indonesians. The coder asks here only after it found no
named party in the slot, and gives the noun the country where the event happens (see :func:`home_country`
for the fallback when the sentence names no place). :class:`CommonNounParties` is the event coder's part
that applies this.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Any

from ..lexicon import read_tsv
from .actors import same_side
from .event_clause import Candidate, Match, SentenceView
from .gazetteer import lookup_place


@lru_cache(maxsize=1)
def _nouns() -> dict[tuple[str, ...], str]:
    """Noun phrase (lower-case words) -> sector, from generic_actors.tsv."""
    return {tuple(row[0].split()): row[1] for row in read_tsv("generic_actors.tsv")}


@lru_cache(maxsize=1)
def _own_countries() -> dict[str, str]:
    """Noun phrase -> the state a people named by it is coded with ("pengungsi rohingya" -> MMR)."""
    return {row[0]: row[2] for row in read_tsv("generic_actors.tsv") if len(row) > 2 and row[2]}


def _lookup(words: list[str]) -> str | None:
    """The sector of a noun phrase, its plural reduplication included ("orang-orang", "warga-warga")."""
    key = tuple(w.partition("-")[0] if w.partition("-")[0] == w.partition("-")[2] else w for w in words)
    return _nouns().get(key)


def noun_starting(lower: list[str], i: int, end: int) -> tuple[int, str] | None:
    """(length, sector) of the longest generic noun phrase starting at token ``i`` (before ``end``)."""
    for length in (2, 1):
        sector = _lookup(lower[i:i + length]) if i + length <= end else None
        if sector:
            return length, sector
    return None


def noun_ending(lower: list[str], end: int, start: int) -> tuple[int, str] | None:
    """(start token, sector) of a generic noun phrase that ends right before token ``end``."""
    for length in (2, 1):
        sector = _lookup(lower[end - length:end]) if end - length >= start else None
        if sector:
            return end - length, sector
    return None


def generic_actor(text: str, sector: str, country: str | None) -> dict[str, Any]:
    """The actor record of a party named by a common noun."""
    return {"name": text, "entity": None, "country": country, "code": None, "sector": sector}


def home_country(entities: list[dict[str, Any]], dominant: bool = False) -> str | None:
    """The country the article is about: the one its places are in most often (first named on a tie), or
    its named bodies and people when no place has a known country; with ``dominant``, only when it has more
    than half of those mentions (a domestic story)."""
    counts, first = _mention_counts(entities, ("LOC",))
    if not counts:
        # a story whose places we do not know ("Kepulauan Talaud") goes by its bodies and people, when
        # several of them serve the same state
        counts, first = _mention_counts(entities, ("LOC", "ORG", "PER"))
        named = Counter(e.get("country") for e in entities if e.get("country"))
        counts = Counter({c: n for c, n in counts.items() if named[c] >= 2})
    if not counts:
        return None
    best = max(counts, key=lambda c: (counts[c], -first[c]))
    return best if not dominant or 2 * counts[best] > sum(counts.values()) else None


def _mention_counts(entities: list[dict[str, Any]], types: tuple[str, ...]) -> tuple[Counter[str], dict[str, int]]:
    """Mentions per country of the entities of ``types``, and where each country is first named."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for entity in entities:
        country = entity.get("country")
        if entity.get("type") in types and country:
            counts[country] += len(entity.get("mentions") or ())
            first.setdefault(country, min((m["start"] for m in entity.get("mentions") or ()), default=0))
    return counts, first


# a story where another state is named at least half as often as the home country is not a domestic one
RIVAL_SHARE = 2
# "meminta pemerintah ...": the requester's own government
OWN_GOVERNMENT = frozenset({"pemerintah", "otoritas"})


class CommonNounParties:
    """Fills empty slots with parties named by a common noun; mixed into the event coder."""

    def _generic_parties(self, view: SentenceView, cand: Candidate, head: int, left: int, right: int) -> None:
        """Fill an empty actor or recipient slot with "polisi", "oposisi", "para penyandera" ... (see
        :mod:`warta.nlp.generic_actors`): the subject before the predicate, the object after it; in the
        passive the subject is the recipient and "oleh polisi" the actor."""
        m = cand.match
        if not cand.actors:
            actor = self._generic_agent(view, m, right) if m.is_passive else self._generic_before(view, head, left)
            if actor is None and m.is_passive and m.entry.type == "MOBILIZE":
                # "200 personel gabungan dikerahkan ke Sinak": the forces' own state, which the official
                # reporting it serves rather than the place they are sent to
                actor = self._generic_before(view, head, left)
                reporter = self._reporter_country(view) if actor else None
                actor = dict(actor, country=reporter) if reporter else actor
            cand.actors = [actor] if actor else []
        if not cand.recipients and "mutual" not in m.entry.flags and m.entry.type not in ("PROTEST", "MOBILIZE") \
                and "theme_actor" not in m.entry.flags:
            # (what is sent or mobilised is no party: "mengerahkan 100.000 pasukan", "mengirim tentara")
            target = self._generic_before(view, head, left) if m.is_passive else self._generic_after(view, m, right)
            home = {a.get("country") for a in cand.actors} - {None}
            if target and target["name"].lower() in OWN_GOVERNMENT and len(home) == 1:
                # "Asosiasi Perikanan Vietnam meminta pemerintah ...": its own government, another side
                target = dict(target, country=next(iter(home)), _own_government=True)
            if target and (target.get("_own_government") or not any(same_side(target, a) for a in cand.actors)):
                cand.recipients = [target]

    def _generic_before(self, view: SentenceView, head: int, left: int) -> dict[str, Any] | None:
        last = view.prev_content(head, skip=self.words["auxiliary"])
        place = next((p for p in self._mentions_between(left, head) if last is not None and p.end == last + 1
                      and p.entity.get("type") == "LOC" and view.word(p.start - 1) in ("di", "dari")), None)
        if place is not None and place.start - 2 >= left:
            last = place.start - 2  # "Kelompok oposisi di Yerevan menuding ...": the noun before the place
        found = noun_ending(view.lower, last + 1, left) if last is not None else None
        if found is None:
            return None
        start, sector = found
        before = view.prev_content(start, skip=self.words["measure"] | {"para"}, numbers=True)
        if before is not None and view.word(before) in self.function_words - self.words["speech"] \
                - self.words["coordinator"]:
            return None  # "kepada polisi", "oleh tentara": not the subject
        return self._generic(view, start, last + 1, sector)

    def _generic_after(self, view: SentenceView, m: Match, right: int) -> dict[str, Any] | None:
        j = m.end
        while j < right and (view.doc[j].like_num or view.word(j) in self.words["measure"] | {"para"}):
            j += 1
        found = noun_starting(view.lower, j, right)
        return self._generic(view, j, j + found[0], found[1]) if found else None

    def _generic_agent(self, view: SentenceView, m: Match, right: int) -> dict[str, Any] | None:
        """"ditangkap polisi" or "diserang oleh milisi": the common noun after a passive verb."""
        found = noun_starting(view.lower, m.end, right) if "theme_actor" not in m.entry.flags else None
        if found:
            return self._generic(view, m.end, m.end + found[0], found[1])
        for j in range(m.end, right):
            if view.word(j) == "oleh":
                found = noun_starting(view.lower, j + 1, right)
                return self._generic(view, j + 1, j + 1 + found[0], found[1]) if found else None
        return None

    def _generic(self, view: SentenceView, start: int, end: int, sector: str) -> dict[str, Any]:
        text = view.doc[start:end].text
        own = _own_countries().get(text.lower(), "")
        country = (own if "|" not in own else self._most_named(own.split("|"))) or self._place_country(view)
        return dict(generic_actor(text, sector, country), _inferred=True)

    def _most_named(self, countries: list[str]) -> str | None:
        """Of ``countries``, the one the article names most often ("junta" in a story about Myanmar)."""
        counts, _first = _mention_counts(self.entities, ("LOC", "ORG", "PER"))
        best = max(countries, key=lambda c: counts[c])
        return best if counts[best] else None

    def _reporter_country(self, view: SentenceView) -> str | None:
        """The country of the speaker of the indirect quote that holds the sentence, if any."""
        start, end = view.doc[view.start].idx, view.doc[view.end - 1].idx
        for q in self.quotes:
            speaker = q.get("speaker") or {}
            if q.get("kind") == "indirect" and q["start"] <= end and start <= q["end"] and speaker.get("country"):
                return speaker["country"]
        return None

    def _domestic_party(self) -> dict[str, Any] | None:
        """In a story set in one country (see :func:`home_country`), that country as the default other
        party of its own officials' arrests, accusations, denials and demands."""
        country = home_country(self.entities, dominant=True)
        if country is None:
            return None
        mentions: Counter[str] = Counter()
        for entity in self.entities:
            if entity.get("country"):
                mentions[entity["country"]] += len(entity.get("mentions") or ())
        if any(other != country and RIVAL_SHARE * n >= mentions[country] for other, n in mentions.items()):
            return None  # another state is a party of the story too ("Pakistan dan Afghanistan Bentrok")
        named = next((e for e in self.entities if e.get("type") == "LOC" and e.get("country") == country
                      and (lookup_place(e["name"]) or {}).get("kind") == "country"), None)
        return {"name": named["name"] if named else country, "entity": named.get("id") if named else None,
                "country": country, "code": None, "sector": None}

    def _place_country(self, view: SentenceView) -> str | None:
        """The country of the first place the sentence puts things in ("di Bekasi"), else the article's."""
        for mention in self._mentions_between(view.start, view.end):
            if mention.entity.get("type") == "LOC" and mention.entity.get("country") \
                    and self._governing_prep(view, mention) in ("location", "goal"):
                return mention.entity["country"]
        return self.home
