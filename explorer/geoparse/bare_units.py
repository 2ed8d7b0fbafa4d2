"""A first-level region named bare where the gazetteer holds its English name only with the
unit's own word: "Kamchatka" for "Kamchatka Krai", "Zabaykalsky" for "Zabaykalsky Krai".

The bare name has no reading of its own, so nothing reads it, though news writes a region so
more often than not ("a volcano erupted in Kamchatka"). It is read as the region where the text
names a town of that very region (every reading of the town there), the evidence a
reader has; a capitalised word of English is never read so ("Central" is no "Central
Region"), nor a name the gazetteer holds in any sense.
"""

from __future__ import annotations

from explorer.geoparse.gazetteer import Gazetteer
from explorer.geoparse.joined_units import _may_open
from explorer.geoparse.recognised import _Found
from explorer.geoparse.tokens import name_key, view

REGION_RANK = 2
MAX_TOKENS = 3
# the unit's word a first-level region's English name may end in, English or its own
# language's ("Fylke", Norway's county; "Krai", Russia's territory)
UNIT_WORDS = frozenset(
    {"county", "region", "province", "district", "governorate", "prefecture", "state"}
    | {"fylke", "krai", "kray", "oblast", "kraj", "voivodeship", "territory"}
)


def _places_of_one_region(found: list[_Found]) -> set[tuple[str | None, str]]:
    """The first-level regions in which some found name has every reading."""
    out = set()
    for f in found:
        if f.demonym or not f.entries:
            continue
        regions = {(e.country, e.admin1) for e in f.entries}
        if len(regions) == 1 and all(e.admin1 and e.rank > REGION_RANK for e in f.entries):
            out |= regions
    return out


def region_named_without_its_word(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """``found`` with the bare names of first-level regions whose town the text names (module
    docstring)."""
    from explorer.language import a_word_of_english

    here = _places_of_one_region(found)
    if not here:
        return found
    # the names that may head a unit of those regions: most texts' regions have none (a US
    # state's English name has no unit's word), and a run is folded only where its first word
    # may open one of them (as in :mod:`~explorer.geoparse.joined_units`)
    heads = frozenset().union(*(gaz.english_heads_in(region) for region in here))
    if not heads:
        return found
    opening = frozenset(head[:2] for head in heads)
    tv = view(doc)
    n = len(tv.words)
    taken = {k for f in found for k in range(f.start, f.end)}
    added: list[_Found] = []
    k = 0
    while k < n:
        if k in taken or not tv.cap[k] or (k > 0 and tv.cap[k - 1] and tv.words[k - 1].isalpha()):
            k += 1
            continue
        end = k
        while end < n and end - k < MAX_TOKENS and tv.cap[end] and tv.words[end].isalpha():
            end += 1
        if end == k or (end < n and tv.cap[end]) or any(i in taken for i in range(k, end)):
            k += 1
            continue
        if not _may_open(tv.words[k], opening):
            k = end
            continue
        key = name_key(doc, k, end)
        if key not in heads:
            k = end
            continue
        # the units' English names are in memory: the database is asked only for a name
        # that heads one
        entries = tuple(
            e
            for e in gaz.units_in_english_with_word(key)
            if e.rank == REGION_RANK
            and norm_tail(e.name) in UNIT_WORDS
            and (e.country, e.admin1) in here
        )
        if entries and not all(a_word_of_english(w) for w in key.split()) and not gaz.lookup(key):
            added.append(_Found(k, end, entries, "gaz", "GPE"))
            taken.update(range(k, end))
        k = end
    if not added:
        return found
    return sorted([*found, *added], key=lambda f: f.start)


def norm_tail(name: str) -> str:
    """The last word of a name, in lower case."""
    return name.rsplit(" ", 1)[-1].lower()
