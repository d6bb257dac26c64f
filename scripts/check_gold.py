#!/usr/bin/env python3
"""Check gold annotation files (SPEC section 7 shape) against their articles before they are scored.

A gold file that the scorer cannot place silently lowers every score: an anchor that is not in the text
makes its event unmatched, a mistyped country code never matches. This catches those mistakes when the
gold is written, not when a score looks wrong.

Usage: ``python scripts/check_gold.py --gold tests/gold/annotations --articles tests/gold/articles``
Exit status 1 when any problem is found; each problem is printed as ``file: message``.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
ENTITY_TYPES = {"PER", "ORG", "LOC"}
CHECK_KINDS = {"parts_exceed_total", "conflicting_figures", "denied_claim"}
FACTUALITY = {"occurred", "future", "hypothetical", "negated"}
SECTIONS = {"doc", "published", "entities", "quotes", "quantities", "times", "events", "checks"}
TIME_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$")


def _occurs(text: str, needle: str) -> int:
    """How often ``needle`` occurs in ``text``, tolerating whitespace differences as the scorer does."""
    pattern = r"\s+".join(re.escape(word) for word in needle.split())
    return len(re.findall(pattern, text)) if pattern else 0


def _codes() -> set[str]:
    """ISO3 country codes plus the organisation codes Warta knows (actors may be given by either)."""
    import pycountry

    codes = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    lexicon = pathlib.Path(__file__).resolve().parents[1] / "src" / "warta" / "lexicon" / "organisations.tsv"
    for line in lexicon.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) > 3 and fields[3] != "-":
            codes.add(fields[3])
    return codes


def check_file(path: pathlib.Path, articles: pathlib.Path, codes: set[str]) -> list[str]:
    """Every problem found in one gold file, as human-readable messages."""
    problems: list[str] = []
    gold = json.loads(path.read_text(encoding="utf-8"))
    if gold.get("doc") != path.stem:
        problems.append(f"doc {gold.get('doc')!r} is not the file name {path.stem!r}")
    article = articles / f"{path.stem}.txt"
    if not article.exists():
        return problems + [f"no article {article}"]
    text = article.read_text(encoding="utf-8")
    problems += [f"unknown section {key!r}" for key in set(gold) - SECTIONS]
    if gold.get("published") and not re.match(r"^\d{4}-\d{2}-\d{2}$", gold["published"]):
        problems.append(f"published {gold['published']!r} is not YYYY-MM-DD")

    for entity in gold.get("entities", []):
        if entity.get("type") not in ENTITY_TYPES:
            problems.append(f"entity {entity.get('name')!r}: type {entity.get('type')!r}")
        if entity.get("country") is not None and entity["country"] not in codes:
            problems.append(f"entity {entity.get('name')!r}: country {entity['country']!r} is not ISO3")
        names = [entity.get("name", "")] + entity.get("aliases", [])
        if not any(_occurs(text, name) or _occurs(text.casefold(), name.casefold()) for name in names):
            problems.append(f"entity {entity.get('name')!r}: neither name nor alias is in the text")
    for quote in gold.get("quotes", []):
        if quote.get("kind") not in {"direct", "indirect"}:
            problems.append(f"quote {quote.get('contains')!r}: kind {quote.get('kind')!r}")
        if not _occurs(text, quote.get("contains", "")):
            problems.append(f"quote {quote.get('contains')!r} is not in the text")
    for section in ("quantities", "times"):
        for item in gold.get(section, []):
            if not _occurs(text, item.get("contains", "")):
                problems.append(f"{section} {item.get('contains')!r} is not in the text")
            value = item.get("value")
            if section == "times" and value is not None and not TIME_VALUE.match(str(value)):
                problems.append(f"time {item.get('contains')!r}: value {value!r}")
            if section == "quantities" and value is not None and not isinstance(value, (int, float)):
                problems.append(f"quantity {item.get('contains')!r}: value {value!r} is not a number")
    for event in gold.get("events", []):
        label = f"event {event.get('type')} at {event.get('anchor')!r}"
        found = _occurs(text, event.get("anchor", ""))
        if found != 1:
            problems.append(f"{label}: anchor occurs {found} times (must be once)")
        if event.get("type") not in PLOVER_TYPES:
            problems.append(f"{label}: unknown type")
        for side in ("actors", "recipients"):
            if not isinstance(event.get(side), list):
                problems.append(f"{label}: {side} must be a list")
                continue
            problems += [f"{label}: {side} code {code!r} unknown" for code in event[side]
                         if code.isupper() and code not in codes]
        if event.get("factuality", "occurred") not in FACTUALITY:
            problems.append(f"{label}: factuality {event.get('factuality')!r}")
    problems += [f"check kind {c.get('kind')!r}" for c in gold.get("checks", []) if c.get("kind") not in CHECK_KINDS]
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=pathlib.Path, required=True)
    parser.add_argument("--articles", type=pathlib.Path, required=True)
    args = parser.parse_args()
    codes = _codes()
    failed = 0
    for path in sorted(args.gold.glob("*.json")):
        for problem in check_file(path, args.articles, codes):
            print(f"{path.name}: {problem}")
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
