"""Shared fixtures: the full pipeline once per session, the shared folder, our example articles."""
from __future__ import annotations

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
