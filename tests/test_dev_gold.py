"""The quality gate: score.py on the dev gold must stay at or above these floors.

Floors only go up: when a change raises a score, raise its floor here in the same commit.
"""
from __future__ import annotations


import pytest

FLOORS = {
    ("entities", "f1"): 0.95,
    ("quotes_direct", "f1"): 0.95,
    ("quotes_indirect", "f1"): 0.95,
    ("attribution", "f1"): 0.95,
    ("quantities", "f1"): 0.95,
    ("quantities_value", "f1"): 0.95,
    ("times", "f1"): 0.95,
    ("times_value", "f1"): 0.95,
    ("events_type", "f1"): 0.95,
    ("events_full", "f1"): 0.90,
    ("checks", "r"): 1.0,
    ("checks", "p"): 1.0,
}


@pytest.fixture(scope="module")
def scores(shared, score_gold) -> dict:
    return score_gold(shared, shared / "gold" / "dev", shared / "seeds")


@pytest.mark.parametrize("section, metric", sorted(FLOORS))
def test_dev_gold_floor(scores, section, metric):
    assert scores["schema_errors"] == 0
    assert scores[section][metric] >= FLOORS[(section, metric)], scores[section]
