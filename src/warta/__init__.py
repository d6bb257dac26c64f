"""Warta: structured, verifiable event data from Indonesian-language news.

    >>> import warta
    >>> record = warta.analyze("Menlu Jepang tiba di Kyiv pada Sabtu.", date="2024-11-16")
    >>> record["schema"]
    'warta.article/1'
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["analyze", "analyze_many", "__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from .api import analyze, analyze_many


def __getattr__(name: str) -> Any:
    """Import the API lazily so ``import warta`` stays cheap for the CLI's ``--help``."""
    if name in ("analyze", "analyze_many"):
        from . import api

        return getattr(api, name)
    raise AttributeError(name)
