"""extract: events, assets, stances ("who backs whom") and theatres from one document.

    from explorer.extract import extract, Extraction, aggregate_stances
    ex = extract(doc, toponyms, published=None)

Trigger words, actors, parties, theatres and weapon systems come from ``geodata/lexicons``.
"""

from explorer.extract.core import Extraction, aggregate_stances, extract

__all__ = ["Extraction", "aggregate_stances", "extract"]
