"""A country's name as the first word of a landform's name: the landform, not the country.

"The Jordan Valley", "the Congo Basin", "the Chad basin": the name names a valley, a basin, a
plateau, which may lie across the country's borders or wholly outside it (the Jordan Valley of
a West Bank story is the West Bank's eastern strip). The recogniser, finding no entry for the
whole name, keeps the country's name alone and the country's reading. Here the name is taken
whole: the gazetteer's or the curated layer's entry of that whole name where one exists ("the
Niger Delta"), else a name the text gives, unplaced. A wrong country is worse than no point.

Not where the landform's word starts another name ("Somalia Delta Force", "Ghana Delta Air
Lines", "Valley High School"), nor across a stop, a comma or a hyphen ("Kenya. Valley towns",
"Sudan basin-wide plans"): there the country stays.
"""

from __future__ import annotations

from explorer.geoparse.gazetteer import Gazetteer
from explorer.geoparse.recognised import _Found
from explorer.geoparse.tokens import name_key, view

# words of a landform a country's name may begin and that the country does not name: its
# parts and the lands about it (a river, a lake, an island are read as curated features)
LANDFORM_WORDS = frozenset(
    {"valley", "basin", "delta", "plateau", "highlands", "lowlands", "uplands", "rift"}
    | {"floodplain", "gorge"}
)
COUNTRY_RANK = 0


def _landform_word_after(doc, f: _Found) -> bool:
    """The word after the name is a landform's word that ends the name: not the first word of
    another capitalised name ("Delta Force"), not joined by a hyphen ("basin-wide")."""
    tv = view(doc)
    k = f.end
    if k >= len(doc) or tv.lower[k] not in LANDFORM_WORDS or not tv.words[k].isalpha():
        return False
    if k + 1 < len(doc):
        nxt = tv.words[k + 1]
        if nxt in {"-", "–", "‑"}:
            return False  # "basin-wide"
        if tv.cap[k] and tv.cap[k + 1] and nxt.isalpha() and tv.lower[k + 1] not in LANDFORM_WORDS:
            return False  # "Delta Force", "Valley High School": another name starts
    return True


def country_named_landform(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """A country's name followed by a landform's word ("the Jordan Valley", "the Congo basin")
    is that landform's name: read as the gazetteer's entry of the whole name other than a
    country, else left unplaced, never as the country (module docstring). The word after the
    name joins it; another name found on that word is dropped ("Sudan Plateau" is no Plateau
    State of Nigeria)."""
    changed: dict[int, _Found] = {}
    for i, f in enumerate(found):
        if f.demonym or not any(e.rank == COUNTRY_RANK for e in f.entries):
            continue
        if not _landform_word_after(doc, f):
            continue
        whole = tuple(e for e in gaz.lookup(name_key(doc, f.start, f.end + 1)) if e.rank != 0)
        changed[i] = _Found(f.start, f.end + 1, whole, f.source if whole else "ner", f.label)
    if not changed:
        return found
    taken = {new.end - 1 for new in changed.values()}
    out: list[_Found] = []
    for i, f in enumerate(found):
        if i in changed:
            out.append(changed[i])
        elif not any(f.start <= k < f.end for k in taken):
            out.append(f)
    return out
