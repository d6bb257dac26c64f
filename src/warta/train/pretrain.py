"""Raw Indonesian text for tok2vec pretraining (``spacy pretrain``), gathered from ../shared/data.

Only text that no NER test split contains is used: the train/dev sentences of the NER corpora and the
train/dev sentences of the UD Indonesian treebanks (GSD, CSUI; CC BY-SA 4.0, so a model pretrained on them
is share-alike too).
"""
from __future__ import annotations

import json
from pathlib import Path

from .corpora import CORPORA, read
from .ner import test_keys

UD_FILES = ("ud_id_gsd/id_gsd-ud-train.conllu", "ud_id_gsd/id_gsd-ud-dev.conllu",
            "ud_id_csui/id_csui-ud-train.conllu")


def raw_sentences(data_dir: Path) -> list[str]:
    """Distinct sentences (as text) for pretraining, test sentences of every NER corpus left out."""
    excluded = test_keys(data_dir)
    seen: set[str] = set()
    out: list[str] = []

    def add(words: list[str]) -> None:
        key = " ".join(w.lower() for w in words)
        if tuple(key.split(" ")) in excluded or key in seen:
            return
        seen.add(key)
        out.append(" ".join(words))

    for corpus in CORPORA:
        for split in ("train", "dev"):
            for sentence in read(data_dir, corpus, split):
                add(sentence.words)
    for name in UD_FILES:
        path = Path(data_dir) / name
        if not path.exists():
            continue
        words: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                if words:
                    add(words)
                words = []
            elif not line.startswith("#"):
                cells = line.split("\t")
                if cells[0].isdigit():
                    words.append(cells[1])
    return out


def write_jsonl(sentences: list[str], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for text in sentences:
            out.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
