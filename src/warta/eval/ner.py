"""``warta eval ner``: exact-span precision, recall and F1 per label on the public NER test splits.

The model reads each test sentence with the corpus's own tokens (no re-tokenisation), so the numbers are
comparable to the IndoNLU paper's: NERGrit test (PER/LOC/ORG), NERP test (its PPL/PLC/IND mapped to
PER/LOC/ORG; EVT and FNB left out) and idner-news-2k test.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..train.corpora import LABELS, Sentence, read, spans

TEST_CORPORA = ("nergrit", "nerp", "idner")
Tagger = Callable[[list[Sentence]], list[set[tuple[int, int, str]]]]


def model_tagger(nlp: Language, batch_size: int = 256) -> Tagger:
    """Predicted spans of a spaCy pipeline run over the gold tokens."""
    def tag(sentences: list[Sentence]) -> list[set[tuple[int, int, str]]]:
        docs = (Doc(nlp.vocab, words=s.words) for s in sentences)
        return [{(e.start, e.end, e.label_) for e in doc.ents} for doc in nlp.pipe(docs, batch_size=batch_size)]
    return tag


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f": round(100 * f, 2), "tp": tp, "fp": fp, "fn": fn}


def score(gold: Iterable[Sentence], predicted: list[set[tuple[int, int, str]]]) -> dict[str, Any]:
    """Per-label and overall exact-span scores."""
    counts = {label: [0, 0, 0] for label in LABELS}
    for sentence, pred in zip(gold, predicted):
        truth = spans(sentence)
        for label in LABELS:
            g = {s for s in truth if s[2] == label}
            p = {s for s in pred if s[2] == label}
            counts[label][0] += len(g & p)
            counts[label][1] += len(p - g)
            counts[label][2] += len(g - p)
    result = {label: prf(*c) for label, c in counts.items()}
    result["overall"] = prf(*(sum(c[i] for c in counts.values()) for i in range(3)))
    return result


def evaluate(tagger: Tagger, data_dir: Path, corpora: Iterable[str] = TEST_CORPORA,
             split: str = "test") -> dict[str, Any]:
    """Scores and speed (words/s of the tagger alone) on each corpus's ``split`` (dev for model choice)."""
    report: dict[str, Any] = {}
    for corpus in corpora:
        sentences = read(data_dir, corpus, split)
        words = sum(len(s.words) for s in sentences)
        started = time.perf_counter()
        predicted = tagger(sentences)
        seconds = time.perf_counter() - started
        report[corpus] = {**score(sentences, predicted), "sentences": len(sentences), "words": words,
                          "words_per_second": round(words / seconds) if seconds else None}
    return report


def format_report(report: dict[str, Any]) -> str:
    """A plain-text table of :func:`evaluate`'s report."""
    lines = [f"{'corpus':9} {'label':8} {'P':>6} {'R':>6} {'F1':>6} {'tp/fp/fn':>14}"]
    for corpus, result in report.items():
        for label in (*LABELS, "overall"):
            s = result[label]
            lines.append(f"{corpus:9} {label:8} {s['p']:6.2f} {s['r']:6.2f} {s['f']:6.2f} "
                         f"{s['tp']:>4}/{s['fp']}/{s['fn']}")
        lines.append(f"{corpus:9} {result['sentences']} sentences, {result['words']} words, "
                     f"{result['words_per_second']} words/s")
    return "\n".join(lines)
