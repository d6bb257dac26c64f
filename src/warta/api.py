"""The Python API: analyse one article or a stream of them into SPEC records.

``analyze_many`` builds every Doc first with its article metadata attached, then runs them through
``nlp.pipe`` so spaCy can batch and, with ``n_process > 1``, fan out to worker processes; the pipeline
is loaded once per process. An item that cannot be an article (empty, only web residue) does not stop the
stream: it yields a valid, empty record whose ``article.meta.error`` holds the code and the message.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.tokens import Doc

from .errors import WartaError
from .ingest.text import Article, parse_article
from .nlp.event_confidence import DEFAULT_MIN_CONFIDENCE
from .nlp.pipeline import load
from .record import SCHEMA_VERSION, to_record

ArticleInput = str | dict[str, Any]
_FIELDS = ("date", "title", "url", "outlet")


def analyze(text: str, *, date: str | None = None, title: str | None = None, url: str | None = None,
            outlet: str | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> dict[str, Any]:
    """Analyse one article (plain text, optionally with a SPEC header block) into a SPEC record.

    Keyword arguments override the header, as the command-line options do; events below
    ``min_confidence`` (by default 0.5, see :data:`~warta.nlp.event_confidence.DEFAULT_MIN_CONFIDENCE`)
    are left out; ``min_confidence=0`` keeps every coded event. Raises :class:`~warta.errors.WartaError`
    (W103) when the text holds no article.
    """
    article = to_article({"text": text, "date": date, "title": title, "url": url, "outlet": outlet})
    return next(analyze_articles([article], min_confidence=min_confidence))


def analyze_many(items: Iterable[ArticleInput], *, n_process: int = 1, batch_size: int = 16,
                 min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> Iterator[dict[str, Any]]:
    """Analyse many articles lazily, one record per item, in input order.

    ``items`` are strings (article text with an optional header) or dicts with ``text`` and optionally
    ``date``/``published``, ``title``, ``url``, ``outlet``, ``warnings`` (reading warning codes such as
    W107) and ``meta`` (merged into ``article.meta``).
    """
    pending: dict[int, dict[str, Any]] = {}

    def articles() -> Iterator[Article]:
        for n, item in enumerate(items):
            try:
                yield to_article(item)
            except WartaError as err:
                pending[n] = error_record(err)

    n = 0
    for record in analyze_articles(articles(), n_process=n_process, batch_size=batch_size,
                                   min_confidence=min_confidence):
        while n in pending:
            yield pending.pop(n)
            n += 1
        yield record
        n += 1
    for key in sorted(pending):
        yield pending.pop(key)


def analyze_articles(articles: Iterable[Article], *, n_process: int = 1, batch_size: int = 16,
                     min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> Iterator[dict[str, Any]]:
    """Analyse parsed :class:`Article` objects (the path the CLI and batch jobs use)."""
    nlp = load()
    docs = (article_doc(article) for article in articles)
    for doc in nlp.pipe(docs, n_process=n_process, batch_size=batch_size):
        record = to_record(doc)
        if min_confidence > 0:
            record["events"] = [e for e in record["events"] if e["confidence"] >= min_confidence]
        yield record


def to_article(item: ArticleInput) -> Article:
    """Parse one API input (string or dict) into an :class:`Article`."""
    if isinstance(item, str):
        return parse_article(item)
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise TypeError("each item must be a string or a dict with a 'text' string")
    options = {key: item.get(key) for key in _FIELDS}
    options["date"] = options["date"] or item.get("published")
    article = parse_article(item["text"], warnings=item.get("warnings") or (), **options)
    article.meta.update(item.get("meta") or {})
    return article


def article_doc(article: Article) -> Doc:
    """A tokenised Doc of the article's text that carries the article metadata for the stages."""
    doc = load().make_doc(article.text)
    doc._.warta_article = article.to_dict()
    return doc


def error_record(err: WartaError) -> dict[str, Any]:
    """The valid, empty record that stands for an input that could not be analysed."""
    empty: dict[str, Any] = {key: [] for key in
                             ("sentences", "entities", "quotes", "quantities", "times", "events", "checks")}
    article = {"id": "a_" + "0" * 16, "title": None, "url": None, "outlet": None, "published": None,
               "language": None, "meta": {"error": {"code": err.code, "message": str(err)}}}
    return {"schema": SCHEMA_VERSION, "article": article, "text": "", **empty}
