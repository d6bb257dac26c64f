"""Every output validates against the SPEC shape, offsets included, and is deterministic."""
from __future__ import annotations

import pytest

from warta.record import validate


def _inputs(shared, examples):
    return [p.read_text(encoding="utf-8") for p in examples] + \
        [p.read_text(encoding="utf-8") for p in sorted((shared / "seeds").glob("*.txt"))]


def test_every_output_matches_the_spec_shape(shared, examples, analyze):
    for text in _inputs(shared, examples):
        record = analyze(text, date="2024-11-16")
        assert validate(record) == [], record["article"]["title"]


def test_output_is_deterministic_and_ids_are_stable(shared, examples, analyze):
    text = _inputs(shared, examples)[0]
    first, second = analyze(text), analyze(text)
    assert first == second
    assert first["article"]["id"].startswith("a_")


def test_every_section_is_filled_on_an_example(examples, analyze):
    record = analyze(examples[0].read_text(encoding="utf-8"))
    for section in ("sentences", "entities", "times", "events"):
        assert record[section], section


@pytest.mark.parametrize("text", ["", "   \n\n  ", "url: https://contoh.example/1\n\n"])
def test_blank_text_is_a_clear_error_alone_and_a_recorded_failure_in_a_batch(analyze, text):
    import warta
    from warta.errors import WartaError

    with pytest.raises(WartaError) as info:
        analyze(text)
    assert info.value.code == "W103"
    good = "Menlu RI tiba di Tokyo pada Senin."
    records = list(warta.analyze_many([good, text, good]))
    assert [r["article"]["meta"].get("error", {}).get("code") for r in records] == [None, "W103", None]
    assert all(validate(r) == [] for r in records)


def test_validate_reports_broken_offsets(analyze):
    record = analyze("Presiden Jokowi tiba di Tokyo pada Senin.", date="2024-11-18")
    assert record["entities"]
    record["entities"][0]["mentions"][0]["text"] = "salah"
    assert any("mentions" in p for p in validate(record))
