#!/usr/bin/env python3
"""Measure the entity stage alone: SPEC section 7 entity match on the dev gold, exact-span P/R/F1 on
idner-news-2k, and throughput. Useful when comparing the rules with a trained model.

Usage: ``python scripts/eval_entities.py [--shared ../shared] [--idner test] [--errors]``

* dev gold: each article's raw text (``make_doc``), matched one-to-one: same type, and the predicted
  name or any mention equals the gold name or an alias (case-insensitive); optional gold entities absorb
  predictions without counting.
* idner: sentences detokenised (no space before closing punctuation), predicted ``doc.ents`` compared
  with the gold BIO spans by exact character offsets, per type.
"""
from __future__ import annotations

import argparse
import collections
import json
import pathlib
import re
import time
import unicodedata

from warta.nlp.entities import extract_entities
from warta.nlp.pipeline import make_doc

NO_SPACE_BEFORE = {",", ".", ")", ":", ";", "!", "?", "%", "”", "’"}
NO_SPACE_AFTER = {"(", "“", "‘"}


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text or "").casefold()).strip()


def _prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f}  (tp {tp} fp {fp} fn {fn})"


def dev_gold(shared: pathlib.Path, show: bool) -> None:
    tp = fp = fn = 0
    for gold_path in sorted((shared / "gold" / "dev").glob("*.json")):
        text = (shared / "seeds" / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))["entities"]
        pred = extract_entities(make_doc(text))
        used: set[int] = set()
        for g in sorted(gold, key=lambda g: bool(g.get("optional"))):
            names = {_norm(g["name"])} | {_norm(a) for a in g.get("aliases", [])}
            hit = next((k for k, p in enumerate(pred) if k not in used and p["type"] == g["type"]
                        and names & ({_norm(p["name"])} | {_norm(m["text"]) for m in p["mentions"]})), None)
            if hit is not None:
                used.add(hit)
                tp += not g.get("optional")
            elif not g.get("optional"):
                fn += 1
                if show:
                    print(f"  {gold_path.stem} missed {g['type']} {g['name']}")
        for k, p in enumerate(pred):
            if k not in used:
                fp += 1
                if show:
                    print(f"  {gold_path.stem} extra  {p['type']} {p['name']}")
    print(f"dev gold entities: {_prf(tp, fp, fn)}")


def _sentences(path: pathlib.Path):
    sent: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").replace("\r\n", "\n").split("\n"):
        if not line.strip():
            if sent:
                yield sent
            sent = []
            continue
        parts = line.split(" ")
        sent.append((parts[0], parts[-1]))
    if sent:
        yield sent


def _detokenise(sent: list[tuple[str, str]]) -> tuple[str, set[tuple[int, int, str]]]:
    text, offsets = "", []
    for k, (tok, _tag) in enumerate(sent):
        if k and tok not in NO_SPACE_BEFORE and sent[k - 1][0] not in NO_SPACE_AFTER:
            text += " "
        offsets.append((len(text), len(text) + len(tok)))
        text += tok
    spans, current = set(), None
    for (tok, tag), (s, e) in zip(sent, offsets):
        if tag.startswith("B-") or (tag.startswith("I-") and (current is None or current[2] != tag[2:])):
            if current:
                spans.add(tuple(current))
            current = [s, e, tag[2:]]
        elif tag.startswith("I-"):
            current[1] = e
        elif current:
            spans.add(tuple(current))
            current = None
    if current:
        spans.add(tuple(current))
    return text, spans


def idner(shared: pathlib.Path, split: str, show: bool) -> None:
    stats: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    words, elapsed = 0, 0.0
    for sent in _sentences(shared / "data" / "idner_news_2k" / f"{split}.txt"):
        text, gold = _detokenise(sent)
        words += len(sent)
        doc = make_doc(text)
        start = time.perf_counter()
        extract_entities(doc)
        elapsed += time.perf_counter() - start
        pred = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
        for span in pred | gold:
            row = stats[span[2]]
            row[0 if span in pred and span in gold else 1 if span in pred else 2] += 1
            if show and not (span in pred and span in gold):
                print(f"  {'FP' if span in pred else 'FN'} {span[2]} {text[span[0]:span[1]]!r} | {text[:90]}")
    for label in sorted(stats):
        print(f"idner {split} {label}: {_prf(*stats[label])}")
    print(f"idner {split} ALL: {_prf(*(sum(v[i] for v in stats.values()) for i in range(3)))}")
    print(f"idner {split}: {words} words, {words / elapsed:.0f} words/s (one sentence per Doc)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=pathlib.Path, default=pathlib.Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--idner", default="test", help="idner-news-2k split (train, dev, test)")
    ap.add_argument("--errors", action="store_true", help="print every miss and extra")
    args = ap.parse_args()
    dev_gold(args.shared, args.errors)
    idner(args.shared, args.idner, args.errors)


if __name__ == "__main__":
    main()
