"""The Python API: analyze and analyze_many agree, keep order, and survive bad items."""
from __future__ import annotations

import warta


def _items(examples):
    return [{"text": p.read_text(encoding="utf-8"), "url": f"https://contoh.example/{p.stem}"} for p in examples]


def test_analyze_many_matches_analyze_and_keeps_order(examples):
    items = _items(examples)
    many = list(warta.analyze_many(items, batch_size=3))
    assert [r["article"]["url"] for r in many] == [i["url"] for i in items]
    assert many[0] == warta.analyze(items[0]["text"], url=items[0]["url"])


def test_two_processes_give_the_same_records(examples):
    items = _items(examples)[:4]
    assert list(warta.analyze_many(items, n_process=2, batch_size=2)) == list(warta.analyze_many(items))


def test_strings_and_dicts_are_both_accepted():
    text = "Presiden Brasil tiba di Jakarta pada Senin."
    by_string = next(warta.analyze_many([text]))
    by_dict = next(warta.analyze_many([{"text": text, "published": "2024-11-18"}]))
    assert by_string["text"] == by_dict["text"]
    assert by_string["article"]["published"] is None and by_dict["article"]["published"] == "2024-11-18"
