"""The command line: output per good file, one coded line per bad one, exit status, overrides."""
from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from warta.cli import app

GOOD = ("title: Menlu RI ke Tokyo\ndate: 2024-11-18\n\n"
        "Menteri Luar Negeri Indonesia tiba di Tokyo pada Senin untuk bertemu Perdana Menteri Jepang.\n")


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str, input: bytes | str | None = None):
    return runner.invoke(app, list(args), input=input)


def records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_jsonl_one_record_per_file_in_input_order(runner, examples):
    paths = [str(p) for p in examples[:3]]
    result = run(runner, "analyze", *paths)
    assert result.exit_code == 0, result.output
    out = records(result.stdout)
    assert len(out) == 3
    assert [r["article"]["title"] for r in out] == \
        [p.read_text(encoding="utf-8").split("title: ")[1].split("\n")[0] for p in examples[:3]]


def test_bad_inputs_are_reported_and_the_good_ones_still_analysed(runner, tmp_path):
    good = tmp_path / "baik.txt"
    good.write_text(GOOD, encoding="utf-8")
    empty = tmp_path / "kosong.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "gambar.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 50)
    latin = tmp_path / "latin1.txt"
    latin.write_bytes(GOOD.replace("Tokyo pada", "Tokyo caf\xe9 pada").encode("latin-1"))
    big = tmp_path / "besar.txt"
    big.write_bytes(b"Pasukan tiba di perbatasan. " * (21 * 1024 * 1024 // 28))
    missing = tmp_path / "tidak-ada.txt"
    result = run(runner, "analyze", str(empty), str(good), str(binary), str(missing), str(tmp_path),
                 str(big), str(latin))
    assert result.exit_code == 1
    codes = set(re.findall(r"\bW1\d\d\b", result.stderr))
    assert len(result.stderr.strip().splitlines()) == 6  # one line per problem
    assert {"W101", "W102", "W103", "W104", "W105", "W107"} <= codes
    out = records(result.stdout)
    assert len(out) == 2  # the good file and the invalid-UTF-8 one, decoded with replacement
    assert out[1]["article"]["meta"].get("encoding_warning")
    assert "\ufffd" in out[1]["text"]


def test_keep_going_exits_zero_with_the_same_output(runner, tmp_path):
    good = tmp_path / "baik.txt"
    good.write_text(GOOD, encoding="utf-8")
    args = ["analyze", str(tmp_path / "hilang.txt"), str(good)]
    failing, tolerant = run(runner, *args), run(runner, *args, "--keep-going")
    assert failing.exit_code == 1 and tolerant.exit_code == 0
    assert failing.stdout == tolerant.stdout and len(records(tolerant.stdout)) == 1


def test_stdin_and_overrides(runner):
    result = run(runner, "analyze", "-", "--date", "2024-11-16", "--title", "Judul Baru", "--url",
                 "https://contoh.example/1", "--outlet", "Contoh", input=GOOD.encode("utf-8"))
    assert result.exit_code == 0, result.output
    article = records(result.stdout)[0]["article"]
    assert (article["published"], article["title"], article["url"], article["outlet"]) == \
        ("2024-11-16", "Judul Baru", "https://contoh.example/1", "Contoh")


def test_non_indonesian_article_is_analysed_but_flagged(runner, tmp_path):
    english = tmp_path / "english.txt"
    english.write_text("title: Talks in Geneva\n\nThe foreign ministers of both countries met in Geneva on "
                       "Monday and agreed that they would continue the talks next month, officials said, "
                       "adding that the meeting had been constructive and that a ceasefire was possible.\n",
                       encoding="utf-8")
    result = run(runner, "analyze", str(english))
    assert result.exit_code == 0
    record = records(result.stdout)[0]
    assert record["article"]["language"] != "id"
    assert record["article"]["meta"]["language_warning"]
    assert "W108" in result.stderr or "Indonesian" in result.stderr


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_other_formats(runner, examples, fmt):
    result = run(runner, "analyze", str(examples[0]), "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "json":
        assert json.loads(result.stdout)[0]["schema"] == "warta.article/1"
    else:
        assert "CONSULT" in result.stdout


def test_validate_accepts_our_output_and_rejects_a_broken_record(runner, examples, tmp_path):
    produced = run(runner, "analyze", str(examples[1])).stdout
    good = tmp_path / "good.jsonl"
    good.write_text(produced, encoding="utf-8")
    assert run(runner, "validate", str(good)).exit_code == 0
    broken = json.loads(produced)
    broken["events"] = [{"type": "PARTY"}]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(broken) + "\n", encoding="utf-8")
    assert run(runner, "validate", str(bad)).exit_code == 1


def test_errors_lists_every_code(runner):
    result = run(runner, "errors")
    assert all(code in result.stdout for code in ("W101", "W105", "W107", "W108"))


def test_min_confidence_leaves_out_weaker_events(runner, examples):
    every = records(run(runner, "analyze", str(examples[0])).stdout)[0]["events"]
    threshold = sorted(e["confidence"] for e in every)[len(every) // 2]
    kept = records(run(runner, "analyze", str(examples[0]), "--min-confidence", str(threshold)).stdout)[0]["events"]
    assert kept and len(kept) < len(every)
    assert all(e["confidence"] >= threshold for e in kept)
