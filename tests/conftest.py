"""Shared fixtures: the full pipeline once per session, the shared folder, our example articles."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = sorted((REPO / "examples").glob("*.txt"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder (SPEC, gold, seeds, scorer); CI always has it."""
    if not (SHARED / "SPEC.md").exists():
        pytest.fail("../shared is missing: the scorer and gold data live there")
    return SHARED


@pytest.fixture(scope="session")
def examples() -> list[Path]:
    """Our own example articles (examples/*.txt)."""
    assert EXAMPLES, "examples/ is empty"
    return EXAMPLES


@pytest.fixture(scope="session")
def analyze():
    """``warta.analyze`` with the pipeline already loaded."""
    import warta

    return warta.analyze


def _score_gold(shared: Path, gold: Path, articles: Path, *options: str) -> dict:
    """The shared scorer's JSON summary of ``warta analyze [options]`` on the articles of a gold folder."""
    cmd = [sys.executable, str(shared / "tools" / "score.py"), "--gold", str(gold), "--articles", str(articles),
           "--json", "--", sys.executable, "-m", "warta", "analyze", "--format", "jsonl", *options]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="session")
def score_gold():
    """``score_gold(shared, gold_dir, articles_dir, *cli_options)``: what the gold tests' floors are checked on."""
    return _score_gold
