"""Human-readable tables for ``warta analyze --format table``."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.table import Table


def _actors(actors: list[dict[str, Any]]) -> str:
    return ", ".join(a.get("country") or a.get("code") or a["name"] for a in actors) or "-"


def print_tables(records: Iterable[dict[str, Any]], console: Console | None = None) -> None:
    """Print, per record, its title, section counts and one row per event."""
    console = console or Console()
    for record in records:
        art = record["article"]
        console.rule(f"[bold]{art.get('title') or art['id']}[/] ({art.get('published') or 'no date'})")
        counts = ", ".join(f"{len(record[k])} {k}" for k in
                           ("sentences", "entities", "quotes", "quantities", "times", "events", "checks"))
        console.print(counts)
        if art.get("meta", {}).get("language_warning"):
            console.print(f"[yellow]{art['meta']['language_warning']}[/]")
        table = Table("type", "mode", "actors", "recipients", "trigger", "date", "factuality", "conf.")
        for ev in record["events"]:
            date = (ev.get("date") or {}).get("value") or "-"
            table.add_row(ev["type"], ev.get("mode") or "-", _actors(ev["actors"]), _actors(ev["recipients"]),
                          ev["trigger"]["text"], date, ev["factuality"], f"{ev['confidence']:.2f}")
        if record["events"]:
            console.print(table)
        for check in record["checks"]:
            console.print(f"[red]check[/] {check['kind']}: {check['message']}")
