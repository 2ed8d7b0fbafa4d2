"""A place's name written with the Nguni languages' lower-case prefix: "eSwatini", "eThekwini".

Swazi and Zulu write a place's name with a locative or class prefix in lower case before its
capital ("eSwatini", the country; "eThekwini", Durban's metropolitan municipality;
"eMalahleni"), and English news of southern Africa keeps the spelling. The recogniser reads
capitalised words only, so the name is never found. Here a word of one lower-case letter, a
capital and lower-case letters is read as the gazetteer's country or big town (at least
MIN_POP_FREE people) of those letters, where it holds one: brands, units and terms written the
same way ("iPhone", "eBay", "mRNA", "eNaira") are no names the gazetteer holds for such a place.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from explorer.geoparse.gazetteer import Entry, Gazetteer
from explorer.geoparse.recognised import MIN_POP_FREE, _Found
from explorer.geoparse.tokens import name_key, view

# one lower-case letter, a capital, then lower-case letters (a hyphen or an apostrophe inside)
PREFIXED = re.compile(r"[a-z][A-Z][a-z][a-z'’-]+")
# what every such word opens with (a match that ends on a word's first letter opens none)
_LOWER_THEN_CAPITAL = re.compile(r"[a-z][A-Z]")
COUNTRY_RANK = 0
TOWN_RANK = 4


def _named_so(entries: tuple[Entry, ...]) -> tuple[Entry, ...]:
    """The countries and the towns of at least MIN_POP_FREE people among ``entries``."""
    return tuple(
        e
        for e in entries
        if e.rank == COUNTRY_RANK or (e.rank == TOWN_RANK and e.population >= MIN_POP_FREE)
    )


def _lower_then_capital(tv) -> list[int]:
    """The words that open with a lower-case letter before a capital, in order: found in the
    text (most texts hold none) rather than tested one by one."""
    idx, n = tv.idx, len(tv.idx)
    return [
        k
        for m in _LOWER_THEN_CAPITAL.finditer(tv.text)
        if (k := bisect_left(idx, m.start())) < n and idx[k] == m.start()
    ]


def nguni_prefixed_names(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """Words written with a lower-case prefix before a capital ("eSwatini") that the gazetteer
    holds as a country's or a big town's name, added as found names (module docstring)."""
    tv = view(doc)
    opening = _lower_then_capital(tv)
    if not opening:
        return found
    taken = {k for f in found for k in range(f.start, f.end)}
    added = [
        _Found(k, k + 1, entries, "gaz", "GPE")
        for k in opening
        if k not in taken
        and PREFIXED.fullmatch(tv.words[k])
        and (entries := _named_so(gaz.lookup(name_key(doc, k, k + 1))))
    ]
    if not added:
        return found
    return sorted([*found, *added], key=lambda f: f.start)
