"""Geoparsing: find place names in text, resolve each to a gazetteer entry, mark metonymy.

    from explorer.geoparse import Geoparser, load_gazetteer
    gp = Geoparser.default()
    toponyms = gp.parse(text)

Heavy imports (spaCy) happen only when a parser is made, and the gazetteer's reader only when
it is asked for: the window reads a place's region (``explorer.geoparse.admin1``) without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from explorer.geoparse.gazetteer import Gazetteer, load_gazetteer
    from explorer.geoparse.parser import Geoparser

__all__ = ["Gazetteer", "Geoparser", "load_gazetteer"]


def __getattr__(name: str):
    if name == "Geoparser":
        from explorer.geoparse.parser import Geoparser

        return Geoparser
    if name in ("Gazetteer", "load_gazetteer"):
        from explorer.geoparse import gazetteer

        return getattr(gazetteer, name)
    raise AttributeError(name)
