"""Readers for the NER corpora in ``../shared/data`` and their mapping to Warta's PER/ORG/LOC.

Each corpus has its own format and tag set (see each folder's PROVENANCE.md): IndoNLU NERGrit and NERP
are ``token<TAB>tag``; idner-news-2k is ``token POS tag`` with CRLF line ends. Tags are BIO; NERP's EVT
(event) and FNB (food and beverage) are not entities in Warta's sense and become ``O``.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

LABELS = ("PER", "ORG", "LOC")


@dataclass(frozen=True)
class Corpus:
    """Where a corpus lives and how to read it."""

    name: str
    folder: str
    files: dict[str, str]          # split -> file name
    column: int                    # index of the tag column
    label_map: dict[str, str]      # corpus label -> PER/ORG/LOC (others become O)
    lowercased: bool = False


CORPORA = {
    "nergrit": Corpus("nergrit", "indonlu_nergrit",
                      {"train": "train_preprocess.txt", "dev": "valid_preprocess.txt", "test": "test_preprocess.txt"},
                      1, {"PERSON": "PER", "PLACE": "LOC", "ORGANISATION": "ORG"}),
    "nerp": Corpus("nerp", "indonlu_nerp",
                   {"train": "train_preprocess.txt", "dev": "valid_preprocess.txt", "test": "test_preprocess.txt"},
                   1, {"PPL": "PER", "PLC": "LOC", "IND": "ORG"}, lowercased=True),
    "idner": Corpus("idner", "idner_news_2k", {"train": "train.txt", "dev": "dev.txt", "test": "test.txt"},
                    2, {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}),
}


@dataclass
class Sentence:
    """One annotated sentence: words and BIO tags over PER/ORG/LOC."""

    words: list[str]
    tags: list[str]

    def key(self) -> tuple[str, ...]:
        """Identity for de-duplication across corpora and splits (case-insensitive)."""
        return tuple(w.lower() for w in self.words)


def read(data_dir: Path, corpus: str, split: str) -> list[Sentence]:
    """Sentences of one split of one corpus, tags mapped to PER/ORG/LOC and repaired to valid BIO."""
    spec = CORPORA[corpus]
    path = Path(data_dir) / spec.folder / spec.files[split]
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: is ../shared/data beside the repository?")
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip("\r\n")
        if not line.strip():
            if words:
                sentences.append(Sentence(words, _repair(tags)))
            words, tags = [], []
            continue
        cells = line.split("\t") if "\t" in line else line.split()
        words.append(cells[0])
        tags.append(_map_tag(cells[spec.column] if len(cells) > spec.column else "O", spec.label_map))
    if words:
        sentences.append(Sentence(words, _repair(tags)))
    return sentences


def _map_tag(tag: str, label_map: dict[str, str]) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    mapped = label_map.get(label)
    return f"{prefix}-{mapped}" if mapped else "O"


def _repair(tags: list[str]) -> list[str]:
    """An I- tag that does not continue an entity of its label starts one (B-)."""
    out = []
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and (i == 0 or out[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
    return out


def spans(sentence: Sentence) -> set[tuple[int, int, str]]:
    """Entity spans as (first word, end word, label)."""
    found = set()
    start = label = None
    for i, tag in enumerate(sentence.tags + ["O"]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == label):
            found.add((start, i, label))
            start = label = None
        if tag.startswith("B-"):
            start, label = i, tag[2:]
    return found
