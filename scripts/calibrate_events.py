#!/usr/bin/env python3
"""Fit the event confidence model (warta.nlp.event_confidence) on gold articles and check its calibration.

Each coded event is labelled right when it matches a gold event one-to-one in the same sentence with the
same type and with actors and recipients that agree (the scorer's "full" level; matches to optional gold
events count as right). A logistic regression with an L2 penalty maps the event's features to that label.
The report shows, on held-out gold, how often events in each confidence band were right, the Brier score
and the expected calibration error, for the fitted weights and for the weights now in the package.

Usage (the split the shipped weights were fitted on; odd-numbered own articles fit, the rest check):

    python scripts/calibrate_events.py --articles tests/gold/articles --articles ../shared/seeds \\
        --fit 'tests/gold/annotations/t?[13579]_*.json' \\
        --check 'tests/gold/annotations/t?[02468]_*.json' --check '../shared/gold/dev/*.json' [--write]
"""
from __future__ import annotations

import argparse
import glob
import json
import pathlib
import re
import sys
import unicodedata

import numpy as np

from warta.api import article_doc
from warta.ingest.text import parse_article
from warta.nlp.event_confidence import FEATURES, weights
from warta.nlp.events import coded_events
from warta.nlp.pipeline import load
from warta.record import to_record

ROOT = pathlib.Path(__file__).resolve().parents[1]
WEIGHTS = ROOT / "src" / "warta" / "lexicon" / "event_confidence.tsv"
BANDS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.01)


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text or "").casefold()).strip()


def _actors_agree(gold: list[str], predicted: list[dict]) -> bool:
    """The scorer's rule: an empty gold list agrees with anything, else one gold party must be named."""
    if not gold:
        return True
    keys = set()
    for actor in predicted:
        keys |= {str(actor[k]).upper() for k in ("country", "code") if actor.get(k)}
        keys.add(_norm(actor.get("name")))
    return any(g.upper() in keys or _norm(g) in keys for g in gold)


def _article_text(gold: dict, dirs: list[pathlib.Path]) -> str:
    for folder in dirs:
        path = folder / f"{gold['doc']}.txt"
        if path.exists():
            return path.read_text(encoding="utf-8")
    raise SystemExit(f"no article {gold['doc']}.txt in {', '.join(map(str, dirs))}")


def labelled_events(gold_paths: list[pathlib.Path], dirs: list[pathlib.Path]) -> list[tuple[dict, int]]:
    """(features, right?) for every event Warta codes in the gold articles."""
    nlp = load()
    out = []
    for path in gold_paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = _article_text(gold, dirs)
        article = parse_article(text)
        if not article.published and gold.get("published"):
            article = parse_article(text, date=gold["published"])  # as the scorer adds a date header
        doc = nlp(article_doc(article))
        record = to_record(doc)
        text, sentences = record["text"], record["sentences"]  # offsets refer to the cleaned text

        def sentence_of(anchor: str) -> int | None:
            pattern = r"\s+".join(re.escape(word) for word in anchor.split())
            found = re.search(pattern, text)
            if not found:
                return None
            return next((k for k, s in enumerate(sentences) if s["start"] <= found.start() < s["end"]), None)

        golds = [dict(g, _sentence=sentence_of(g["anchor"])) for g in gold.get("events", [])]
        taken: set[int] = set()
        for event, features in coded_events(doc):
            right = 0
            for k, g in enumerate(golds):
                if k in taken or g["_sentence"] != event["sentence"] or g["type"] != event["type"]:
                    continue
                if _actors_agree(g["actors"], event["actors"]) and _actors_agree(g["recipients"], event["recipients"]):
                    taken.add(k)
                    right = 1
                    break
            out.append((features, right))
    return out


def _matrix(rows: list[tuple[dict, int]]) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([[1.0] + [1.0 if f.get(name) else 0.0 for name in FEATURES] for f, _ in rows])
    y = np.array([label for _, label in rows], dtype=float)
    return x, y


def fit(rows: list[tuple[dict, int]], penalty: float) -> dict[str, float]:
    """L2-penalised logistic regression by Newton's method (the bias is not penalised)."""
    x, y = _matrix(rows)
    w = np.zeros(x.shape[1])
    ridge = np.eye(x.shape[1]) * penalty
    ridge[0, 0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + ridge @ w
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + ridge
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return {"bias": float(w[0]), **{name: float(v) for name, v in zip(FEATURES, w[1:])}}


def predict(rows: list[tuple[dict, int]], w: dict[str, float]) -> np.ndarray:
    x, _ = _matrix(rows)
    vector = np.array([w.get("bias", 0.0)] + [w.get(name, 0.0) for name in FEATURES])
    return 1.0 / (1.0 + np.exp(-x @ vector))


def report(name: str, rows: list[tuple[dict, int]], w: dict[str, float]) -> str:
    """Reliability bands, Brier score and expected calibration error of ``w`` on ``rows``."""
    p = predict(rows, w)
    y = np.array([label for _, label in rows], dtype=float)
    lines = [f"{name}: {len(rows)} events, {int(y.sum())} right ({y.mean():.2f})",
             "  band        events  mean conf  right"]
    ece = 0.0
    for low, high in zip(BANDS, BANDS[1:]):
        mask = (p >= low) & (p < high)
        if mask.any():
            ece += mask.sum() / len(p) * abs(p[mask].mean() - y[mask].mean())
            lines.append(f"  {low:.1f}-{min(high, 1.0):.1f}   {mask.sum():6d}  {p[mask].mean():9.2f}  {y[mask].mean():5.2f}")
    lines.append(f"  Brier {np.mean((p - y) ** 2):.3f}   ECE {ece:.3f}")
    return "\n".join(lines)


def write_weights(w: dict[str, float], fitted_on: str) -> None:
    body = "".join(f"{name}\t{w[name]:.4f}\n" for name in ("bias",) + FEATURES)
    WEIGHTS.write_text(
        "# Weights of the event confidence model (warta.nlp.event_confidence). Generated by\n"
        "# scripts/calibrate_events.py; do not edit by hand (rerun the script).\n"
        f"# fitted on: {fitted_on}\n# feature\tweight\n" + body, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=pathlib.Path, action="append", required=True)
    parser.add_argument("--fit", action="append", required=True, help="glob of gold files to fit on")
    parser.add_argument("--check", action="append", default=[], help="glob of held-out gold files")
    parser.add_argument("--penalty", type=float, default=1.0)
    parser.add_argument("--write", action="store_true", help="write the fitted weights into the package")
    args = parser.parse_args()
    fit_paths = sorted(pathlib.Path(p) for pattern in args.fit for p in glob.glob(pattern))
    fit_rows = labelled_events(fit_paths, args.articles)
    fitted = fit(fit_rows, args.penalty)
    print("fitted weights: " + ", ".join(f"{k} {v:+.2f}" for k, v in fitted.items()))
    print(report("fit set", fit_rows, fitted))
    for pattern in args.check:
        rows = labelled_events(sorted(pathlib.Path(p) for p in glob.glob(pattern)), args.articles)
        print(report(f"check {pattern} (fitted)", rows, fitted))
        print(report(f"check {pattern} (in package)", rows, weights()))
    if args.write:
        write_weights(fitted, f"{len(fit_paths)} articles matching {' '.join(args.fit)}, penalty {args.penalty}")
        print(f"wrote {WEIGHTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
