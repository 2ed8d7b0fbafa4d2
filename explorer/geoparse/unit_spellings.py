"""A first-level region written with its unit's word in a spelling the gazetteer lacks: "the
Nangarhar province" as "Nangahar province", "Kunduz province" as "Kondoz province".

spaCy takes the unit's word into the place's name ("Kondoz province" GPE), and the name, with
no reading of its own, was read by its transliteration skeleton only when spaCy left the word
outside. Inside, the skeleton of the name without the word is asked among first-level units:
the one unit of that skeleton in a country the text names by its name is the reading. A
people's adjective does not count: it names a state's soldiers, athletes or people, not a land
the text is in ("North Korean shells fell near a town in Kangwon Province, South Korea's
military said" is the South's province, which another romanisation spells Gangwon). A unit
of another country ("the Oriental province of the old Congo" is no Moroccan region) or two
units of one skeleton leave the name unplaced, as before.
"""

from __future__ import annotations

from explorer.geoparse.gazetteer import Gazetteer
from explorer.geoparse.recognised import REGION_WORDS, _Found
from explorer.geoparse.tokens import name_key, view

REGION_RANK = 2
COUNTRY_RANK = 0


def region_with_its_word_by_spelling(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """``found`` with the units read by their skeleton where a name holding its unit's word
    has no reading (module docstring)."""
    tv = view(doc)
    empty = [
        f
        for f in found
        if not f.entries
        and not f.demonym
        and f.end - f.start >= 2
        and tv.lower[f.end - 1] in REGION_WORDS
        and tv.cap[f.end - 2]
    ]
    if not empty:
        return found
    countries = {
        f.entries[0].country
        for f in found
        if f.entries and not f.demonym and f.entries[0].rank == COUNTRY_RANK
    }
    for f in empty:
        key = name_key(doc, f.start, f.end - 1)
        if key.startswith("the "):
            key = key[4:]
        units = {
            (e.country, e.admin1): e
            for e in gaz.by_skeleton(key)
            if e.rank == REGION_RANK and e.country in countries
        }
        if len(units) == 1:
            f.entries = tuple(units.values())
    return found
