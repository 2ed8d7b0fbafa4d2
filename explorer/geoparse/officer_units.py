"""A unit's name after its officer's title: "the Governor of Kayah State", "the Premier of
Western Cape Province". The recogniser calls such a name a body (the office's seat, as in "the
Governor of the State Bank"), so the gazetteer's whole name of a small state or district was
never read. Here a name spaCy called an organisation that ends in a unit's word, right after an
officer of a unit and "of" (no "the" between: "the Governor of the State Bank" names a bank), is
the unit where the gazetteer holds the whole name as a unit or a town of a land the text names
by its name. Bodies named for a state end in their own word ("Ohio State University", "Michigan
State Police") and are never read so.
"""

from __future__ import annotations

from explorer.geoparse.recognised import _DocContext, _Found
from explorer.geoparse.tokens import view

# the titles of a unit's or a town's own officers, before "of" and the unit's name
_OFFICES = frozenset({"governor", "governors", "premier", "mayor", "administrator", "minister"})
# the words that end a unit's name ("Kayah State", "Nangarhar Province", "Ziro District")
_UNIT_WORDS = frozenset(
    {"state", "province", "county", "district", "region", "prefecture", "governorate"}
    | {"municipality", "division", "territory"}
)
# a first-level or second-level unit, or a town (GeoNames holds some small states as towns)
_RANKS = (2, 3, 4)


def unit_after_its_officer(doc, seg: _Found, ctx: _DocContext) -> bool:
    """The whole name at ``seg`` ends in a unit's word and follows "<officer> of", and one of
    its readings is a unit or a town of a land the text names (module docstring)."""
    tv = view(doc)
    k = seg.start
    if k < 2 or seg.end - k < 2 or tv.lower[k - 1] != "of" or tv.lower[k - 2] not in _OFFICES:
        return False
    if tv.lower[seg.end - 1] not in _UNIT_WORDS:
        return False
    return any(e.rank in _RANKS and e.country in ctx.named_countries for e in seg.entries)
