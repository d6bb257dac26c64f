"""The README is the contract with a newcomer: its commands must be the ones that really run."""
from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from warta.cli import app
from warta.errors import code_table

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def _setup_commands() -> list[str]:
    section = README.split("## Set-up: two commands", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```bash\n(.+?)\n```", section)


def test_exactly_two_setup_commands_and_ci_runs_the_second():
    commands = _setup_commands()
    assert len(commands) == 2
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1].replace('pip install', 'python -m pip install -q') in ci


def test_every_documented_subcommand_exists():
    documented = set(re.findall(r"^warta (\w+)", README, flags=re.M))
    help_text = CliRunner().invoke(app, ["--help"]).stdout
    assert documented and all(name in help_text for name in documented), documented


def test_every_error_code_is_documented():
    assert all(f"| {entry.code} |" in README for entry in code_table())
