"""The state every rule of the recogniser reads: the gazetteer and the word lists.

Every mixin of :class:`explorer.geoparse.parser.Geoparser` stands on :class:`ParserBase`, so mypy
checks the attributes they read against the ones ``Geoparser.__init__`` sets.
"""

from __future__ import annotations

from explorer.geoparse.gazetteer import Gazetteer


class ParserBase:
    """The gazetteer and the curated word lists, set by ``Geoparser.__init__``."""

    gaz: Gazetteer
    _stop: frozenset[str]  # not_places.txt
    _common: frozenset[str]  # common_words.txt
    _org_words: frozenset[str]  # org_words.txt
    _titles: frozenset[str]  # titles.txt
    _civic: frozenset[str]  # civic_words.txt
    _dotted: dict[str, frozenset[str]]  # curated abbreviations written with dots, by folded name
