"""extract: events, assets, stances ("who backs whom") and theatres from one document.

    from explorer.extract import extract, Extraction, aggregate_stances
    ex = extract(doc, toponyms, published=None)

Trigger words, actors, parties, theatres and weapon systems come from ``geodata/lexicons``.

The package's names are imported on first use: a reader of stored projects that needs only
``explorer.extract.merge`` (opening a project, titling its events) does not load the rules,
the lexicons and the parser's helpers that extracting needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from explorer.extract.core import Extraction, aggregate_stances, extract

__all__ = ["Extraction", "aggregate_stances", "extract"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from explorer.extract import core

        return getattr(core, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
