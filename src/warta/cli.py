"""The ``warta`` command line."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from .nlp.event_confidence import DEFAULT_MIN_CONFIDENCE

app = typer.Typer(help="Warta: structured, verifiable event data from Indonesian news.",
                  no_args_is_help=True, add_completion=False)


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


@app.callback()
def main() -> None:
    """Warta: structured, verifiable event data from Indonesian news."""


@app.command()
def analyze(
    files: list[str] = typer.Argument(..., help="Article files (plain text, optional header); '-' reads stdin."),
    format: OutputFormat = typer.Option(OutputFormat.jsonl, "--format", "-f", help="Output format."),
    date: Optional[str] = typer.Option(None, help="Publication date (YYYY-MM-DD); overrides the header."),
    title: Optional[str] = typer.Option(None, help="Title; overrides the header."),
    url: Optional[str] = typer.Option(None, help="URL; overrides the header."),
    outlet: Optional[str] = typer.Option(None, help="Outlet name; overrides the header."),
    keep_going: bool = typer.Option(False, "--keep-going", help="Exit 0 even when some inputs failed."),
    n_process: int = typer.Option(1, "--n-process", min=1, help="Worker processes for large batches."),
    min_confidence: float = typer.Option(DEFAULT_MIN_CONFIDENCE, "--min-confidence", min=0.0, max=1.0,
                                         help="Leave out events whose confidence is below this "
                                              "(0 keeps every coded event)."),
) -> None:
    """Analyse articles into warta.article/1 records, one per readable input, in input order.

    Unreadable inputs (missing, directory, empty, binary, too large) get one line on stderr with an error
    code; the others are still analysed. The exit status is 1 when any input failed, unless --keep-going.
    """
    from .api import analyze_articles, to_article
    from .errors import WartaError, message
    from .ingest.reading import read_text

    overrides = {"date": date, "title": title, "url": url, "outlet": outlet}
    articles = []
    failed = 0
    for name in files:
        try:
            text, warnings = read_text(name)
            articles.append(to_article({"text": text, "warnings": warnings, **overrides}))
        except WartaError as err:
            failed += 1
            typer.echo(f"warta: {err}", err=True)  # the message names the input
            continue
        for code in warnings:
            typer.echo(f"warta: {name}: {message(code)}", err=True)
        if articles[-1].meta.get("language_warning"):
            typer.echo(f"warta: {name}: {message('W108', articles[-1].meta['language_warning'])}", err=True)

    records = analyze_articles(articles, n_process=n_process, min_confidence=min_confidence)
    if format is OutputFormat.jsonl:
        for record in records:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif format is OutputFormat.json:
        json.dump(list(records), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from .render import print_tables

        print_tables(records)
    sys.stdout.flush()
    if failed and not keep_going:
        raise typer.Exit(code=1)


train_app = typer.Typer(help="Train Warta's models from ../shared/data.", no_args_is_help=True)
eval_app = typer.Typer(help="Evaluate Warta's models on the public test sets.", no_args_is_help=True)
app.add_typer(train_app, name="train")
app.add_typer(eval_app, name="eval")
DEFAULT_DATA = Path("..") / "shared" / "data"


@train_app.command("ner")
def train_ner(
    data: Path = typer.Option(DEFAULT_DATA, help="Folder with the IndoNLU and idner corpora."),
    output: Path = typer.Option(Path("training/ner"), help="Where training writes its checkpoints."),
    seed: int = typer.Option(0, help="Random seed (data shuffling and initialisation)."),
    width: int = typer.Option(96, help="tok2vec width."),
    depth: int = typer.Option(4, help="tok2vec depth (CNN layers)."),
    max_steps: int = typer.Option(12000, help="Most training steps (it stops early when dev F1 stalls)."),
    repeat: list[str] = typer.Option([], help="Give a corpus more weight, e.g. --repeat nergrit=3."),
    pretrain_epochs: int = typer.Option(12, help="Pretrain tok2vec on raw Indonesian text first (epochs; 0: no)."),
    install: bool = typer.Option(False, "--install", help="Copy the best model into the package afterwards."),
) -> None:
    """Train the NER pipeline (tok2vec + ner) on NERGrit, NERP and idner-news-2k, reproducibly; the defaults
    rebuild the shipped model (about 20 minutes on 2 cores)."""
    from .nlp.pipeline import MODEL_DIR
    from .train.ner import install as install_model
    from .train.ner import train

    weights = {name: int(times) for name, times in (item.split("=", 1) for item in repeat)}
    best = train(data, output, seed=seed, width=width, depth=depth, max_steps=max_steps, repeat=weights,
                 pretrain_epochs=pretrain_epochs)
    typer.echo(f"best model: {best}")
    if install:
        install_model(best, MODEL_DIR)
        typer.echo(f"installed into {MODEL_DIR}")


@eval_app.command("ner")
def eval_ner(
    data: Path = typer.Option(DEFAULT_DATA, help="Folder with the IndoNLU and idner corpora."),
    model: Optional[Path] = typer.Option(None, help="A trained pipeline (default: the one shipped)."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    pipeline: bool = typer.Option(False, "--pipeline",
                                  help="Score Warta's whole entity stage (model + rules) instead of the model."),
) -> None:
    """Precision, recall and F1 per label (exact spans) on the NERGrit, NERP and idner-news-2k tests."""
    import spacy

    from .eval.ner import evaluate, format_report, model_tagger
    from .nlp.pipeline import MODEL_DIR, build

    nlp = build(model=model or MODEL_DIR) if pipeline else spacy.load(model or MODEL_DIR)
    report = evaluate(model_tagger(nlp), data)
    typer.echo(json.dumps(report, indent=2) if as_json else format_report(report))


@app.command()
def validate(
    file: str = typer.Argument(..., help="JSON Lines of warta.article/1 records ('-' for stdin)."),
) -> None:
    """Check records against the warta.article/1 schema and their offsets; exit 1 on any problem."""
    from .record import validate as validate_record

    stream = sys.stdin if file == "-" else open(file, encoding="utf-8")
    bad = 0
    with stream:
        for n, line in enumerate(stream, 1):
            if not line.strip():
                continue
            for problem in validate_record(json.loads(line)):
                bad += 1
                typer.echo(f"line {n}: {problem}", err=True)
    if bad:
        raise typer.Exit(code=1)
    typer.echo("valid")


@app.command()
def errors() -> None:
    """List the error and warning codes Warta reports."""
    from .errors import code_table

    for entry in code_table():
        typer.echo(f"{entry.code}  {entry.severity:<7}  {entry.summary}")


@app.command()
def version() -> None:
    """Print the Warta version and the schema it writes."""
    from . import __version__
    from .record import SCHEMA_VERSION

    typer.echo(f"warta {__version__} ({SCHEMA_VERSION})")
