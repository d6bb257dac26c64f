"""Checks a careful reader would make inside one article (SPEC section 6).

* ``parts_exceed_total``: a breakdown of a stated total ("Dari jumlah tersebut, 55 ..., 30 lainnya ...",
  "138 orang yang terdiri atas 57 laki-laki, 48 perempuan, dan 39 anak-anak", "Rinciannya, enam
  tersangka ..., lima di ...") whose parts add up to more than the total. A breakdown below the total is
  normal (the rest is simply not accounted for) and is not flagged.
* ``conflicting_figures``: the same quantity of the same thing given with different values by different
  sources. Three ways to see it, from strict to explicit:

  - two quoted sources give the same unit with the same modifier after it ("tentara Korea Utara" twice)
    and values of the same order (within a factor of two); 83 drones launched and 35 drones shot down are
    different counts, not a conflict;
  - the article itself puts a figure in dispute ("Namun, X menyebut ...", "angka yang disampaikan Kyiv
    berbeda", "simpang siur"): the disputed figure, attributed in its own sentence, conflicts with the
    nearest earlier figure of the same thing from another source. "The same thing" is then looser: a
    casualty count ("9 orang tewas", "jumlah korban tewas mencapai 11 orang"), synonyms ("prajurit",
    "tentara"), "orang" against any kind of people, the noun after "jumlah";
  - a correction: "lima anggota TNI, bukan dua seperti yang disampaikan militer".
* ``denied_claim``: an actor denies or calls false something an earlier speaker said.

Each check points at the characters it is about, so a reader can verify it. Cue words are data in
``lexicon/check_cues.tsv``; counted nouns and their synonyms in ``lexicon/check_nouns.tsv``.
"""
from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from .check_counts import (check_lexicon, counted_noun, excerpt, figure_label, format_value, is_rate,
                           kinds_compatible, noun_kind, sentence_of)
from .check_figures import conflicting_figures
from .sentences import sentence_spans


def find_checks(doc: Doc) -> list[dict[str, Any]]:
    """All checks for an analysed ``doc`` (needs entities, quantities, quotes and events on the Doc)."""
    text = doc.text
    sentences = sentence_spans(doc)
    quantities = doc._.warta_quantities or []
    quotes = doc._.warta_quotes or []
    events = doc._.warta_events or []
    mentions = [(m["start"], m["end"], e["id"]) for e in doc._.warta_entities or [] for m in e.get("mentions", ())]
    checks = parts_exceed_total(text, sentences, quantities)
    checks += conflicting_figures(text, quantities, quotes, sentences, mentions)
    checks += denied_claims(events, quotes, sentences)
    return checks


SUM_WORD = re.compile(r"(?<![\w-])(?:total|totalnya|seluruhnya|jumlahnya)(?:\s+(?:sebanyak|mencapai|menjadi))?\s*$",
                      re.IGNORECASE)


def _breakdowns(text: str, sentences: list[tuple[int, int]],
                quantities: list[dict[str, Any]]) -> list[tuple[int | None, list[int]]]:
    """(total index or None, part indices) for every announced breakdown. A partition cue takes the
    figures after it in its sentence and a figure right before it ("61 di antaranya"); its total is looked
    for before the parts. A figure right after a sentence-opening "Dari" ("Dari tujuh nelayan tersebut,
    lima ...") is the total of the figures after it."""
    lex = check_lexicon()
    found: list[tuple[int | None, list[int]]] = []
    for cue in lex.cues["partition"].finditer(text.lower()):
        si = sentence_of(sentences, cue.start())
        if si is None:
            continue
        end = sentences[si][1]
        parts = [k for k, q in enumerate(quantities) if cue.start() <= q["start"] < end]
        # "61 di antaranya mahasiswa" has its first part before the cue; in "93 orang di antaranya 61
        # mahasiswa" a figure follows the cue and the one before it is the total
        follows = bool(parts) and not text[cue.end():quantities[parts[0]]["start"]].strip(" ,")
        before = [k for k, q in enumerate(quantities) if q["end"] <= cue.start() and not text[q["end"]:cue.start()].strip()]
        # "yakni 1.718 tahanan ditambah 236 narapidana, atau total 1.954 orang": the sum is no part
        sums = [k for k in parts if SUM_WORD.search(text[max(0, quantities[k]["start"] - 20):quantities[k]["start"]])]
        found.append((sums[-1] if sums else None, ([] if follows else before) + [k for k in parts if k not in sums]))
    for k, q in enumerate(quantities):
        si = sentence_of(sentences, q["start"])
        if si is not None and text[sentences[si][0]:q["start"]].strip().lower() in lex.partition_of:
            found.append((k, [j for j in range(k + 1, len(quantities)) if quantities[j]["start"] < sentences[si][1]]))
    return found


def _total_nouns(text: str, total: dict[str, Any]) -> list[str | None]:
    """The nouns a total counts: its own and those joined to it ("300 drone dan rudal")."""
    nouns = [counted_noun(total, text)]
    joined = re.match(r"\s*(?:dan|serta|atau|,)\s+([a-z][\w-]*)", text[total["end"]:total["end"] + 40])
    if joined and joined.group(1) not in check_lexicon().nonunits:
        nouns.append(joined.group(1))
    return nouns


def _fits_total(text: str, total: dict[str, Any], parts: list[dict[str, Any]], units: list[str | None]) -> bool:
    """A total for these parts: a firm figure above each part whose noun each part's noun fits."""
    if total.get("value") is None or total.get("qualifier") not in ("exact", "approx") or is_rate(text, total):
        return False
    if any(p["value"] >= total["value"] for p in parts):
        return False
    kinds = [noun_kind(n) for n in _total_nouns(text, total)]
    if kinds[0][1] is None:
        return False  # a bare figure ("sebanyak 20.") says nothing of what it totals
    return all(u is None or any(kinds_compatible(k, c, *noun_kind(u), any_people=True) for k, c in kinds) for u in units)


def parts_exceed_total(text: str, sentences: list[tuple[int, int]],
                       quantities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Totals whose announced breakdown adds up to more than the total."""
    checks = []
    used: set[int] = set()
    for ti, part_ids in _breakdowns(text, sentences, quantities):
        parts = [quantities[k] for k in part_ids
                 if quantities[k].get("value") is not None and quantities[k].get("qualifier") == "exact"]
        if len(parts) < 2 or any(is_rate(text, q) for q in parts):
            continue
        # an elliptic part counts what the part before it counts ("enam tersangka ..., lima di ...")
        units: list[str | None] = []
        for p in parts:
            units.append(str(p["unit"]).lower() if p.get("unit") else (units[-1] if units else None))
        if ti is None:
            first = part_ids[0]
            si = sentence_of(sentences, quantities[first]["start"]) or 0
            floor = sentences[max(si - 2, 0)][0]
            ti = next((k for k in range(first - 1, -1, -1) if quantities[k]["start"] >= floor
                       and _fits_total(text, quantities[k], parts, units)), None)
        elif not _fits_total(text, quantities[ti], parts, units):
            continue
        if ti is None or ti in used:
            continue
        total = quantities[ti]
        total_parts = round(sum(q["value"] for q in parts), 6)  # 21,3 + 19,1 is 40,4, not more
        if total_parts > total["value"]:
            used.add(ti)
            summed = " + ".join(format_value(q["value"]) for q in parts)
            checks.append({
                "kind": "parts_exceed_total",
                "message": f"{summed} = {format_value(total_parts)} is more than the stated total of "
                           f"{format_value(total['value'])} {figure_label(total, text)}".rstrip(),
                "spans": [[total["start"], total["end"]]] + [[q["start"], q["end"]] for q in parts],
            })
    return checks


# -------------------------------------------------------------------------------------------- sources


def denied_claims(events: list[dict[str, Any]], quotes: list[dict[str, Any]],
                  sentences: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Denials (REJECT events of the denial kind) aimed at something said earlier in the article."""
    modes = check_lexicon().denial_modes
    checks = []
    for ev in events:
        if ev["type"] != "REJECT" or ev.get("mode") not in modes:
            continue
        start = sentences[ev["sentence"]][0]
        actor_keys = {a.get("country") or a["name"] for a in ev["actors"]}
        # the claim answered is the last one said before by the denial's recipient ("Manila membantah klaim
        # Beijing"), else the last one said by anyone not on the denier's side
        aimed_at = {key for a in ev["recipients"] for key in (a.get("country"), a["name"]) if key}
        earlier = [q for q in sorted(quotes, key=lambda q: -q["start"]) if q["end"] <= start and q.get("speaker")
                   and (q["speaker"].get("country") or q["speaker"].get("name")) not in actor_keys]
        claim = next((q for q in earlier if {q["speaker"].get("country"), q["speaker"].get("name")} & aimed_at),
                     earlier[0] if earlier else None)
        if claim is None:
            continue
        who = ", ".join(a["name"] for a in ev["actors"]) or "someone"
        claimant = claim["speaker"]["name"]
        checks.append({
            "kind": "denied_claim",
            "message": f"{who} rejects what {claimant} said: {excerpt(claim['text'])}",
            "spans": [[ev["trigger"]["start"], ev["trigger"]["end"]], [claim["start"], claim["end"]]],
        })
    return checks
