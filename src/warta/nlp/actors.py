"""Event actors: who can act, how an entity becomes an actor record, and when two actors are one side.

An actor is keyed by its state (ISO3), else its organisation code, else its name, because that is what
event data is counted by; a person or an organisation is preferred to a bare place naming the same state.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..lexicon import read_tsv

ACTOR_FIELDS = ("name", "entity", "country", "code", "sector")


def can_act(entity: dict[str, Any]) -> bool:
    """Only entities with a state or an organisation code can be coded as actors or recipients."""
    return bool(entity.get("country") or entity.get("code"))


def actor_of(entity: dict[str, Any]) -> dict[str, Any]:
    """The actor record of a SPEC entity (with its type kept under ``_type`` for :func:`actor_list`)."""
    return {"name": entity["name"], "entity": entity.get("id"), "country": entity.get("country"),
            "code": entity.get("code"), "sector": entity.get("sector"), "_type": entity.get("type"),
            "_inferred": entity.get("_inferred", False)}


@lru_cache(maxsize=1)
def _coalitions() -> dict[str, tuple[str, ...]]:
    """Coalition code -> its member states, from coalitions.tsv."""
    return {row[0]: tuple(row[1].split()) for row in read_tsv("coalitions.tsv")}


def member_actors(actor: dict[str, Any]) -> list[dict[str, Any]]:
    """A coalition of states as one actor per member ("E3" -> FRA, DEU, GBR); any other actor as itself."""
    members = _coalitions().get(actor.get("code") or "") if not actor.get("country") else None
    return [dict(actor, country=member) for member in members] if members else [actor]


def actor_key(actor: dict[str, Any]) -> str:
    return actor.get("country") or actor.get("code") or actor["name"].lower()


def actor_list(actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One actor per key, in order; a person or body is preferred to a bare place of the same state."""
    out: dict[str, dict[str, Any]] = {}
    for actor in actors:
        key = actor_key(actor)
        if key not in out or (out[key].get("_type") == "LOC" and actor.get("_type") in ("PER", "ORG")):
            out[key] = actor
    return list(out.values())


def public_actor(actor: dict[str, Any]) -> dict[str, Any]:
    """The SPEC fields of an actor."""
    return {k: actor.get(k) for k in ACTOR_FIELDS}


def same_side(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two actors are one side: the same entity, or the same state with nothing telling them apart.

    A sector tells them apart (TNI and the KKB are both IDN but not one side), and so do two different
    people or bodies ("González menuduh CNE"); a country and its own officials are one side."""
    if a.get("entity") and a.get("entity") == b.get("entity"):
        return True
    if actor_key(a) != actor_key(b):
        return False
    if a.get("entity") and b.get("entity") and a.get("_type") in ("PER", "ORG") and b.get("_type") in ("PER", "ORG"):
        return False
    sa, sb = a.get("sector"), b.get("sector")
    return not (sa and sb and sa != sb)


def compatible(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    """Whether two actor lists can describe one event (equal, or one of them unknown)."""
    ka, kb = {actor_key(x) for x in a}, {actor_key(x) for x in b}
    return not ka or not kb or ka == kb
