"""Training data preparation: no test sentence leaks into training or pretraining; labels are mapped."""
from __future__ import annotations

import pytest

from warta.train.corpora import Sentence, read, spans
from warta.train import ner as ner_training
from warta.train.ner import lowercased, recased, training_sentences
from warta.train.pretrain import raw_sentences


@pytest.fixture(scope="module")
def data(shared):
    return shared / "data"


def test_no_test_sentence_is_trained_on(data):
    excluded = ner_training.test_keys(data)
    train, stats = training_sentences(data, "train", excluded)
    assert stats["test_overlap"] > 0  # NERP shares sentences across its splits
    assert not any(s.key() in excluded for s in train)
    assert not any(tuple(t.lower().split(" ")) in excluded for t in raw_sentences(data))


def test_labels_are_mapped_to_per_org_loc(data):
    labels = {label for s in read(data, "nerp", "test") for _, _, label in spans(s)}
    assert labels == {"PER", "ORG", "LOC"}  # NERP's EVT and FNB are dropped


def test_casing_augmentation():
    sentence = Sentence(["menlu", "retno", "marsudi", "tiba", "di", "tokyo"],
                        ["O", "B-PER", "I-PER", "O", "O", "B-LOC"])
    assert recased(sentence).words == ["Menlu", "Retno", "Marsudi", "tiba", "di", "Tokyo"]
    assert lowercased(recased(sentence)).words == sentence.words
