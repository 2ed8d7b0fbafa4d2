"""A first-level region the text names with its unit's word ("Istria County", "Matale
District"), though spaCy calls the phrase a body, lends its towns to the text as a region named
by spaCy does.

The context the capitalised words outside spaCy's entities are read in (a town of a region the
text names, MIN_POP_REGION people or more: "Kazan" in a story of Tatarstan) is taken from
spaCy's places alone, before the bodies' names are read again as places: a county written
whole, "X County", is an organisation to spaCy more often than not, and its towns were then read
as if no region were named. Where the region's name stands with its unit's word, the phrase
names the unit itself, not a team or a firm named after it ("Istria County Rangers" runs on
past the word and is left out): its region joins the context.
"""

from __future__ import annotations

from dataclasses import replace

from explorer.geoparse.recognised import REGION_WORDS, _DocContext, _Found
from explorer.geoparse.tokens import view

REGION_RANK = 2


def _with_its_word(tv, f: _Found) -> bool:
    """The name is written with its unit's word, inside its span or right after it, and the
    phrase ends there (no capitalised word runs on: "Istria County Rangers")."""
    n = len(tv.words)
    end = f.end if tv.lower[f.end - 1] in REGION_WORDS else f.end + 1
    if end > n or tv.lower[end - 1] not in REGION_WORDS:
        return False
    return end == n or not tv.cap[end]


def regions_named_with_their_word(ctx: _DocContext, doc, found: list[_Found]) -> _DocContext:
    """``ctx`` with the first-level regions of found names written with their unit's word
    (module docstring)."""
    tv = view(doc)
    regions = {
        (e.country, e.admin1)
        for f in found
        if f.entries and not f.demonym and f.end <= len(tv.words) and _with_its_word(tv, f)
        for e in f.entries
        if e.rank == REGION_RANK and e.primary and e.country
    }
    if regions <= ctx.regions:
        return ctx
    return replace(ctx, regions=ctx.regions | regions)
