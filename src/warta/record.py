"""The SPEC record (``warta.article/1``): the one place that turns an analysed Doc into output.

Stages leave their results on ``doc._.warta_*``; :func:`to_record` assembles them in the SPEC's order.
:func:`validate` checks a record against the JSON Schema shipped in ``schema/article.schema.json`` and
against the promises the schema cannot express (offsets that point at the quoted characters, indices
that point into their lists), so every output can be verified, not trusted.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc

from .nlp.sentences import sentence_spans

SCHEMA_VERSION = "warta.article/1"
ARTICLE_KEYS = ("id", "title", "url", "outlet", "published", "language", "meta")


def to_record(doc: Doc) -> dict[str, Any]:
    """Build the SPEC record for an analysed ``doc``. Missing stages give empty lists, never absent keys."""
    article = doc._.warta_article or {}
    return {
        "schema": SCHEMA_VERSION,
        "article": {key: article.get(key, {} if key == "meta" else None) for key in ARTICLE_KEYS},
        "text": doc.text,
        "sentences": [{"start": s, "end": e} for s, e in sentence_spans(doc)],
        "entities": list(doc._.warta_entities or []),
        "quotes": list(doc._.warta_quotes or []),
        "quantities": list(doc._.warta_quantities or []),
        "times": list(doc._.warta_times or []),
        "events": list(doc._.warta_events or []),
        "checks": list(doc._.warta_checks or []),
    }


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The JSON Schema of ``warta.article/1``."""
    text = resources.files("warta").joinpath("schema/article.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def validate(record: dict[str, Any]) -> list[str]:
    """Problems with ``record`` (empty when it is valid): schema violations, then broken offsets."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema())
    problems = [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
                for e in validator.iter_errors(record)]
    if problems:
        return problems
    return _offset_problems(record)


def _offset_problems(record: dict[str, Any]) -> list[str]:
    text = record["text"]
    problems = []

    def check_span(where: str, item: dict[str, Any]) -> None:
        start, end = item["start"], item["end"]
        if not 0 <= start < end <= len(text):
            problems.append(f"{where}: span {start}-{end} outside the text")
        elif "text" in item and text[start:end] != item["text"]:
            problems.append(f"{where}: text {item['text']!r} is not text[{start}:{end}] {text[start:end]!r}")

    for i, sent in enumerate(record["sentences"]):
        check_span(f"sentences/{i}", sent)
    for i, ent in enumerate(record["entities"]):
        for j, m in enumerate(ent["mentions"]):
            check_span(f"entities/{i}/mentions/{j}", m)
    for section in ("quotes", "quantities", "times"):
        for i, item in enumerate(record[section]):
            check_span(f"{section}/{i}", item)
    for i, q in enumerate(record["quotes"]):
        if q["cue"]:
            check_span(f"quotes/{i}/cue", q["cue"])
    entity_ids = {e["id"] for e in record["entities"]}
    for i, ev in enumerate(record["events"]):
        check_span(f"events/{i}/trigger", ev["trigger"])
        if not ev["sentence"] < len(record["sentences"]):
            problems.append(f"events/{i}: sentence {ev['sentence']} does not exist")
        for q in ev["quantities"]:
            if not q < len(record["quantities"]):
                problems.append(f"events/{i}: quantity {q} does not exist")
        for side in ("actors", "recipients"):
            for a in ev[side]:
                if a["entity"] is not None and a["entity"] not in entity_ids:
                    problems.append(f"events/{i}/{side}: unknown entity {a['entity']}")
    for i, c in enumerate(record["checks"]):
        for s, e in c["spans"]:
            if not 0 <= s < e <= len(text):
                problems.append(f"checks/{i}: span {s}-{e} outside the text")
    return problems
