#!/usr/bin/env python3
"""Sort the event errors on a gold set into classes, to see what to fix next.

For every required (non-optional) gold event: was an event of that type coded in its sentence, and if so,
do its actors and recipients agree (the scorer's rules)? Misses are split into "no event in the sentence"
and "another type coded there"; argument errors into empty versus wrong sides. Uses the shared scorer's
own matching functions, so the classes add up to its events_type and events_full counts.

Usage: ``python scripts/event_errors.py --gold tests/gold/annotations --articles tests/gold/articles
[--show CLASS] [--scorer ../shared/tools/score.py]``
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]


def _scorer(path: pathlib.Path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _keys(actors: list[dict]) -> list[str]:
    return [a.get("country") or a.get("code") or a.get("name") for a in actors]


def classify(gold_dir: pathlib.Path, articles: pathlib.Path, scorer_path: pathlib.Path) -> dict[str, list]:
    """Error class -> [(article, gold type, gold sides, predicted sides, sentence)]."""
    score = _scorer(scorer_path)
    golds = sorted(gold_dir.glob("*.json"))
    preds, _ = score.run_command(golds, articles, [sys.executable, "-m", "warta", "analyze", "--format", "jsonl"])
    classes: dict[str, list] = collections.defaultdict(list)
    for path, pred in zip(golds, preds):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text, sentences = pred["text"], pred["sentences"]

        def sentence_of(pos: int) -> int | None:
            return next((k for k, s in enumerate(sentences) if s["start"] <= pos < s["end"]), None)

        for g in gold["events"]:
            if g.get("optional"):
                continue
            span = score.find_span(text, g["anchor"])
            index = sentence_of(span[0]) if span else None
            sentence = text[sentences[index]["start"]:sentences[index]["end"]] if index is not None else g["anchor"]
            here = [p for p in pred["events"] if p["sentence"] == index]
            same = [p for p in here if p["type"] == g["type"]]
            if not same:
                name = "missed: another type coded" if here else "missed: no event in the sentence"
                classes[name].append((path.stem, g["type"], g["actors"], g["recipients"], [p["type"] for p in here],
                                      sentence))
                continue
            if any(score.gold_actor_match(g["actors"], p["actors"]) and
                   score.gold_actor_match(g["recipients"], p["recipients"]) for p in same):
                classes["right"].append((path.stem, g["type"]))
                continue
            p = same[0]
            sides = []
            for side in ("actors", "recipients"):
                ok = score.gold_actor_match(g[side], p[side])
                sides.append(f"{side} {'ok' if ok else ('empty' if not p[side] else 'wrong')}")
            classes["type right, " + ", ".join(sides)].append(
                (path.stem, g["type"], g["actors"], g["recipients"], _keys(p["actors"]), _keys(p["recipients"]),
                 sentence))
    return classes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=pathlib.Path, required=True)
    parser.add_argument("--articles", type=pathlib.Path, required=True)
    parser.add_argument("--scorer", type=pathlib.Path, default=ROOT.parent / "shared" / "tools" / "score.py")
    parser.add_argument("--show", help="list the cases of this class")
    args = parser.parse_args()
    classes = classify(args.gold, args.articles, args.scorer)
    for name, cases in sorted(classes.items(), key=lambda item: -len(item[1])):
        print(f"{len(cases):5d}  {name}")
    if args.show:
        for case in classes.get(args.show, []):
            print("  " + " | ".join(str(x)[:160] for x in case))
    return 0


if __name__ == "__main__":
    sys.exit(main())
