#!/usr/bin/env python3
"""Throughput and memory of ``warta.analyze_many`` over a corpus of at least 1,000 articles.

The corpus cycles the articles in ``examples/`` and, when present, ``../shared/seeds/`` (relative to the
repository). Copy *k* of an article gets the url ``https://bench.example/<name>/<k>``, so every item has
its own article id while the text, and so the work per article, stays exactly that of the original.

Each configuration (``--n-process`` x ``--batch-size``) runs in its own Python process when more than one
is asked for, so peak memory is measured per configuration. See bench/README.md for how to read the numbers.
"""
from __future__ import annotations

import argparse
import importlib
import itertools
import json
import os
import platform
import resource
import subprocess
import sys
import time
import tracemalloc
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SOURCES = (REPO / "examples", REPO.parent / "shared" / "seeds")
RESULTS = REPO / "bench" / "results"


def corpus_files(sources: Iterable[Path]) -> list[Path]:
    """Article files (``*.txt``) of every source folder that exists, in a stable order."""
    files: list[Path] = []
    for folder in sources:
        if folder.is_dir():
            files.extend(sorted(folder.glob("*.txt")))
    return files


def build_corpus(files: list[Path], count: int) -> list[dict[str, str]]:
    """``count`` API items cycling ``files``; copy *k* of a file differs only in its url."""
    if not files:
        raise SystemExit("no articles found: give --corpus folders with *.txt files")
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in files]
    items = []
    for i in range(count):
        j, copy = i % len(files), i // len(files)
        items.append({"text": texts[j], "url": f"https://bench.example/{files[j].stem}/{copy}"})
    return items


def load_target(spec: str) -> Callable[..., Iterator[dict[str, Any]]]:
    """``"package.module:function"`` -> the function (default ``warta:analyze_many``)."""
    module_name, _, attr = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
        return getattr(module, attr or "analyze_many")
    except (ImportError, AttributeError) as exc:
        raise SystemExit(f"cannot load {spec!r}: {exc}. Is warta installed (pip install -e .)?") from None


def _rss_mb(who: int) -> float:
    """Peak resident set size in MB (``ru_maxrss`` is KB on Linux, bytes on macOS)."""
    peak = resource.getrusage(who).ru_maxrss
    return round(peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024, 1)


def run_one(items: list[dict[str, str]], analyze_many: Callable[..., Iterator[dict[str, Any]]], *,
            n_process: int, batch_size: int, warmup: int, trace: bool) -> dict[str, Any]:
    """Time one configuration: a warm-up call (loads the pipeline), then the whole corpus."""
    result: dict[str, Any] = {"n_process": n_process, "batch_size": batch_size, "articles": 0, "words": 0}
    start = time.perf_counter()
    try:
        for _ in analyze_many(items[:max(warmup, 1)], n_process=1, batch_size=batch_size):
            pass
    except Exception as exc:  # the pipeline does not load or fails at once: nothing to time
        result["error"] = f"warm-up failed: {type(exc).__name__}: {exc}"
        return result
    result["warmup_seconds"] = round(time.perf_counter() - start, 3)

    if trace:
        tracemalloc.start()
    counts = {"entities": 0, "quotes": 0, "quantities": 0, "times": 0, "events": 0, "checks": 0}
    words = articles = bad = 0
    start = time.perf_counter()
    try:
        for record in analyze_many(iter(items), n_process=n_process, batch_size=batch_size):
            source = items[articles]
            articles += 1
            if not isinstance(record, dict) or record.get("schema") != "warta.article/1":
                bad += 1
                words += len(source["text"].split())
                continue
            words += len(str(record.get("text") or source["text"]).split())
            for key in counts:
                value = record.get(key)
                counts[key] += len(value) if isinstance(value, list) else 0
    except Exception as exc:  # report how far it got instead of losing the run
        result["error"] = f"{type(exc).__name__}: {exc} (after {articles} articles)"
    seconds = time.perf_counter() - start
    if trace:
        result["tracemalloc_peak_mb"] = round(tracemalloc.get_traced_memory()[1] / (1024 * 1024), 1)
        tracemalloc.stop()

    result.update({
        "articles": articles, "words": words, "bad_records": bad, "seconds": round(seconds, 3),
        "articles_per_s": round(articles / seconds, 2) if seconds else None,
        "words_per_s": round(words / seconds, 1) if seconds else None,
        "ms_per_article": round(1000 * seconds / articles, 2) if articles else None,
        "peak_rss_mb": _rss_mb(resource.RUSAGE_SELF),
        "children_peak_rss_mb": _rss_mb(resource.RUSAGE_CHILDREN),
        "found": counts,
    })
    return result


def environment() -> dict[str, Any]:
    """Where the numbers come from, so results from different machines are not compared blindly."""
    env: dict[str, Any] = {"python": platform.python_version(), "platform": platform.platform(),
                           "cpus": os.cpu_count(), "machine": platform.machine()}
    for package in ("warta", "spacy"):
        try:
            env[package] = importlib.import_module(package).__version__
        except Exception:  # a missing version must not stop a benchmark
            env[package] = None
    try:
        env["commit"] = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
                                       capture_output=True, text=True, timeout=10).stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        env["commit"] = None
    return env


def run_isolated(args: argparse.Namespace, n_process: int, batch_size: int) -> dict[str, Any]:
    """Run one configuration in a fresh interpreter, so its peak memory is its own."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--articles", str(args.articles),
           "--n-process", str(n_process), "--batch-size", str(batch_size), "--warmup", str(args.warmup),
           "--target", args.target, "--json", "--no-save", "--corpus", *map(str, args.corpus)]
    if args.tracemalloc:
        cmd.append("--tracemalloc")
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode not in (0, 1) or not proc.stdout.strip():
        return {"n_process": n_process, "batch_size": batch_size,
                "error": (proc.stderr.strip().splitlines() or ["no output"])[-1]}
    return json.loads(proc.stdout)["runs"][0]


def table(summary: dict[str, Any]) -> str:
    """The runs as an aligned text table."""
    head = ("n_proc", "batch", "articles", "words", "seconds", "art/s", "words/s", "ms/art", "warmup s",
            "rss MB", "child MB")
    keys = ("n_process", "batch_size", "articles", "words", "seconds", "articles_per_s", "words_per_s",
            "ms_per_article", "warmup_seconds", "peak_rss_mb", "children_peak_rss_mb")
    rows = [head] + [tuple("-" if run.get(k) is None else str(run.get(k)) for k in keys)
                     for run in summary["runs"]]
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = ["  ".join(cell.rjust(w) for cell, w in zip(row, widths)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    env = summary["environment"]
    lines.append(f"\n{summary['corpus']['files']} source files, {summary['corpus']['articles']} articles; "
                 f"python {env['python']}, spacy {env.get('spacy')}, warta {env.get('warta')}, "
                 f"{env['cpus']} CPUs, commit {env.get('commit')}")
    for run in summary["runs"]:
        if run.get("tracemalloc_peak_mb") is not None:
            lines.append(f"tracemalloc peak (n_process={run['n_process']}, batch={run['batch_size']}): "
                         f"{run['tracemalloc_peak_mb']} MB")
        if run.get("bad_records"):
            lines.append(f"warning: {run['bad_records']} records without schema warta.article/1")
        if run.get("error"):
            lines.append(f"error (n_process={run['n_process']}, batch={run['batch_size']}): {run['error']}")
    return "\n".join(lines)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000, help="corpus size (default 1000)")
    ap.add_argument("--n-process", type=int, nargs="+", default=[1], help="worker processes (one or more)")
    ap.add_argument("--batch-size", type=int, nargs="+", default=[32], help="nlp.pipe batch size (one or more)")
    ap.add_argument("--warmup", type=int, default=5, help="articles analysed before timing (loads the model)")
    ap.add_argument("--tracemalloc", action="store_true", help="also trace Python allocations (slower)")
    ap.add_argument("--json", action="store_true", help="print the JSON summary instead of the table")
    ap.add_argument("--out", type=Path, help="JSON file to write (default bench/results/analyze-<time>.json)")
    ap.add_argument("--no-save", action="store_true", help="do not write a results file")
    ap.add_argument("--corpus", type=Path, nargs="+", default=list(DEFAULT_SOURCES),
                    help="folders of *.txt articles to cycle (default examples/ and ../shared/seeds/)")
    ap.add_argument("--target", default="warta:analyze_many", help="module:function to benchmark")
    args = ap.parse_args(argv)
    if args.articles < 1 or min(args.n_process) < 1 or min(args.batch_size) < 1 or args.warmup < 0:
        ap.error("--articles, --n-process and --batch-size must be positive, --warmup not negative")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    files = corpus_files(args.corpus)
    configs = list(itertools.product(args.n_process, args.batch_size))
    if len(configs) == 1:
        items = build_corpus(files, args.articles)
        analyze_many = load_target(args.target)
        runs = [run_one(items, analyze_many, n_process=configs[0][0], batch_size=configs[0][1],
                        warmup=min(args.warmup, len(items)), trace=args.tracemalloc)]
    else:
        build_corpus(files, 1)  # fail early when there is no corpus
        runs = [run_isolated(args, n, b) for n, b in configs]

    summary = {
        "benchmark": "analyze_many",
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "target": args.target,
        "corpus": {"files": len(files), "articles": args.articles,
                   "sources": [str(p) for p in args.corpus if p.is_dir()]},
        "environment": environment(),
        "runs": runs,
    }
    if not args.no_save:
        out = args.out or RESULTS / f"analyze-{datetime.now().strftime('%Y%m%d-%H%M%S')}.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
        summary["written_to"] = str(out)
    if args.json:
        print(json.dumps(summary))
    else:
        print(table(summary))
        if summary.get("written_to"):
            print(f"results: {summary['written_to']}")
    return 1 if any(run.get("error") for run in runs) else 0


if __name__ == "__main__":
    sys.exit(main())
