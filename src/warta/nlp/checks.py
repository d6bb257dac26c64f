"""Checks a careful reader would make inside one article (SPEC section 6).

* ``parts_exceed_total``: a stated total followed by a breakdown ("Dari jumlah tersebut, 55 ..., 30
  lainnya ...") whose parts add up to more than the total. A breakdown below the total is normal (the
  rest is simply not accounted for) and is not flagged.
* ``conflicting_figures``: the same quantity of the same thing given with different values by different
  sources. "The same thing" is conservative: the same unit with the same modifier after it ("tentara
  Korea Utara" twice), and values of the same order (within a factor of two); 83 drones launched and 35
  drones shot down are different counts, not a conflict.
* ``denied_claim``: an actor denies or calls false something an earlier speaker said.

Each check points at the characters it is about, so a reader can verify it.
"""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from ..lexicon import read_tsv
from .sentences import sentence_spans

GENERIC_UNITS = {"orang", "kali", "tahun", "hari", "bulan", "minggu", "pekan", "jam", "menit", "persen"}


def _partition_cues() -> tuple[str, ...]:
    return tuple(row[0] for row in read_tsv("check_cues.tsv") if row[1] == "partition")


def _denial_modes() -> frozenset[str]:
    return frozenset(row[0] for row in read_tsv("check_cues.tsv") if row[1] == "denial_mode")


def find_checks(doc: Doc) -> list[dict[str, Any]]:
    """All checks for an analysed ``doc`` (needs quantities, quotes and events on the Doc)."""
    text = doc.text
    sentences = sentence_spans(doc)
    quantities = doc._.warta_quantities or []
    quotes = doc._.warta_quotes or []
    events = doc._.warta_events or []
    checks = parts_exceed_total(text, sentences, quantities)
    checks += conflicting_figures(text, quantities, quotes)
    checks += denied_claims(events, quotes, sentences)
    return checks


def _sentence_of(sentences: list[tuple[int, int]], pos: int) -> int | None:
    for i, (start, end) in enumerate(sentences):
        if start <= pos < end:
            return i
    return None


def _excerpt(text: str, limit: int = 80) -> str:
    """``text`` cut at a word boundary near ``limit`` characters."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def _fmt(value: float) -> str:
    return f"{int(value):,}".replace(",", ".") if float(value).is_integer() else f"{value:g}"


def parts_exceed_total(text: str, sentences: list[tuple[int, int]],
                       quantities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Totals whose announced breakdown adds up to more than the total."""
    cues = _partition_cues()
    checks = []
    for ti, total in enumerate(quantities):
        if total.get("value") is None or total.get("qualifier") not in ("exact", "approx") or not total.get("unit"):
            continue
        si = _sentence_of(sentences, total["start"])
        if si is None:
            continue
        # the breakdown is announced by a cue after the total, in its sentence or the next one
        region_end = sentences[min(si + 1, len(sentences) - 1)][1]
        lowered = text[total["end"]:region_end].lower()
        cue_at = min((lowered.find(c) for c in cues if c in lowered), default=-1)
        if cue_at < 0:
            continue
        cue_char = total["end"] + cue_at
        cue_sentence = _sentence_of(sentences, cue_char)
        if cue_sentence is None:
            continue
        part_end = sentences[cue_sentence][1]
        parts = [q for q in quantities[ti + 1:]
                 if cue_char <= q["start"] < part_end and q.get("value") is not None
                 and q.get("qualifier") == "exact" and q.get("unit") in (None, total["unit"])]
        if len(parts) < 2:
            continue
        total_parts = sum(q["value"] for q in parts)
        if total_parts > total["value"]:
            summed = " + ".join(_fmt(q["value"]) for q in parts)
            checks.append({
                "kind": "parts_exceed_total",
                "message": f"{summed} = {_fmt(total_parts)} is more than the stated total of "
                           f"{_fmt(total['value'])} {total['unit']}",
                "spans": [[total["start"], total["end"]]] + [[q["start"], q["end"]] for q in parts],
            })
    return checks


def _quantity_source(q: dict[str, Any], quotes: list[dict[str, Any]]) -> str | None:
    for quote in quotes:
        if quote["start"] <= q["start"] < quote["end"] and quote.get("speaker"):
            return (quote["speaker"].get("entity") or quote["speaker"]["name"]).lower()
    return None


def _modifier(text: str, q: dict[str, Any]) -> str:
    """The word after a quantity ("12.000 tentara Korea Utara" → "korea"), which tells what is counted."""
    rest = text[q["end"]:q["end"] + 40].split()
    word = rest[0].strip(",.;:\"“”") if rest else ""
    return word.lower() if word[:1].isupper() else ""


def conflicting_figures(text: str, quantities: list[dict[str, Any]],
                        quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The same thing counted differently by different sources."""
    checks = []
    seen: set[tuple[int, int]] = set()
    for i, a in enumerate(quantities):
        unit = a.get("unit")
        if a.get("value") is None or not unit or unit in GENERIC_UNITS:
            continue
        source_a = _quantity_source(a, quotes)
        if source_a is None:
            continue
        for j in range(i + 1, len(quantities)):
            b = quantities[j]
            if b.get("unit") != unit or b.get("value") is None or b["value"] == a["value"]:
                continue
            low, high = sorted((a["value"], b["value"]))
            if low <= 0 or high > 2 * low or _modifier(text, a) != _modifier(text, b):
                continue
            source_b = _quantity_source(b, quotes)
            if source_b is None or source_b == source_a or (i, j) in seen:
                continue
            seen.add((i, j))
            checks.append({
                "kind": "conflicting_figures",
                "message": f"{_fmt(a['value'])} and {_fmt(b['value'])} {unit} are reported by different sources",
                "spans": [[a["start"], a["end"]], [b["start"], b["end"]]],
            })
    return checks


def denied_claims(events: list[dict[str, Any]], quotes: list[dict[str, Any]],
                  sentences: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Denials (REJECT events of the denial kind) aimed at something said earlier in the article."""
    modes = _denial_modes()
    checks = []
    for ev in events:
        if ev["type"] != "REJECT" or ev.get("mode") not in modes:
            continue
        start = sentences[ev["sentence"]][0]
        actor_keys = {a.get("country") or a["name"] for a in ev["actors"]}
        claim = None
        for q in sorted(quotes, key=lambda q: -q["start"]):
            spk = q.get("speaker") or {}
            if q["end"] <= start and spk and (spk.get("country") or spk.get("name")) not in actor_keys:
                claim = q
                break
        if claim is None:
            continue
        who = ", ".join(a["name"] for a in ev["actors"]) or "someone"
        claimant = claim["speaker"]["name"]
        checks.append({
            "kind": "denied_claim",
            "message": f"{who} rejects what {claimant} said: {_excerpt(claim['text'])}",
            "spans": [[ev["trigger"]["start"], ev["trigger"]["end"]], [claim["start"], claim["end"]]],
        })
    return checks
