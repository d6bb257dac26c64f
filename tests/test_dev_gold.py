"""The quality gate: score.py on the dev gold must stay at or above these floors.

Floors only go up: when a change raises a score, raise its floor here in the same commit.
"""
from __future__ import annotations

import json
import subprocess
import sys

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
def scores(shared) -> dict:
    cmd = [sys.executable, str(shared / "tools" / "score.py"), "--gold", str(shared / "gold" / "dev"),
           "--articles", str(shared / "seeds"), "--json", "--",
           sys.executable, "-m", "warta", "analyze", "--format", "jsonl"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("section, metric", sorted(FLOORS))
def test_dev_gold_floor(scores, section, metric):
    assert scores["schema_errors"] == 0
    assert scores[section][metric] >= FLOORS[(section, metric)], scores[section]
