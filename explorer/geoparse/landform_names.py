"""A country's name as the first word of a landform's name: the landform, not the country.

"The Jordan Valley", "the Kenya Rift Valley", "the Sudan Plateau": the name names a valley, a
rift, a plateau, which may lie across the country's borders or wholly outside it (the Jordan
Valley of a West Bank story is the West Bank's eastern strip). The recogniser, finding no entry
for the whole name, keeps the country's name alone and the country's reading. Here the name is
taken whole: the gazetteer's or the curated layer's entry of that whole name where one exists,
else a name the text gives, unplaced. A wrong country is worse than no point.

The country stays where the text names a town or a region of it ("Jordan Valley farmers
protested in Amman": the valley's Jordanian side); "the Congo Basin" stays the country's (it
lies in its basin) and "the Niger delta" is read by its own rule. Not where the landform's word
starts another name ("Jordan Valley High School", "Peru Highlands Bank"), nor across a stop, a
comma or a hyphen ("Kenya. Valley towns", "Mali, plateau herders", "Sudan valley-wide plans"):
there the country stays.
"""

from __future__ import annotations

from explorer.geoparse.gazetteer import Gazetteer
from explorer.geoparse.recognised import _Found
from explorer.geoparse.tokens import name_key, view

# words of a landform a country's name may begin and that the country does not name: its
# parts and the lands about it (a river, a lake, an island are read as curated features)
LANDFORM_WORDS = frozenset(
    {"valley", "plateau", "highlands", "lowlands", "uplands", "rift", "floodplain", "gorge"}
)
COUNTRY_RANK = 0
PLACE_RANKS = (2, 3, 4)


def _landform_words_after(doc, f: _Found) -> int:
    """Where the landform's words after the name end ("the Jordan Rift Valley": after
    "Valley"), or 0 where none follows that ends the name: not where the words start another
    capitalised name ("Valley High School"), nor where a hyphen joins them ("valley-wide")."""
    tv = view(doc)
    n = len(doc)
    k = f.end
    while k < n and tv.lower[k] in LANDFORM_WORDS and tv.words[k].isalpha():
        k += 1
    if k == f.end:
        return 0
    if k < n:
        nxt = tv.words[k]
        if nxt in {"-", "–", "‑"}:
            return 0  # "valley-wide"
        if tv.cap[k - 1] and tv.cap[k] and nxt.isalpha():
            return 0  # "Valley High School": another name starts
    return k


def _places_of(found: list[_Found], country: str | None, skip: int) -> bool:
    """Another name of the text (not ``found[skip]``, not a people's adjective) whose every
    reading is a town or a region of ``country`` ("Amman" beside "the Jordan Valley")."""
    return any(
        g.entries and all(e.country == country and e.rank in PLACE_RANKS for e in g.entries)
        for i, g in enumerate(found)
        if i != skip and not g.demonym
    )


def country_named_landform(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """A country's name followed by a landform's word ("the Jordan Valley", "the Sudan plateau")
    is that landform's name: read as the gazetteer's entry of the whole name other than a
    country, else left unplaced, never as the country (module docstring). The word after the
    name joins it; another name found on those words is dropped ("Sudan Plateau" is no Plateau
    State of Nigeria)."""
    changed: dict[int, _Found] = {}
    for i, f in enumerate(found):
        if f.demonym or not any(e.rank == COUNTRY_RANK for e in f.entries):
            continue
        end = _landform_words_after(doc, f)
        if not end:
            continue
        country = next(e.country for e in f.entries if e.rank == COUNTRY_RANK)
        if _places_of(found, country, i):
            continue  # "Jordan Valley farmers protested in Amman": the country's side
        whole = tuple(e for e in gaz.lookup(name_key(doc, f.start, end)) if e.rank != 0)
        changed[i] = _Found(f.start, end, whole, f.source if whole else "ner", f.label)
    if not changed:
        return found
    taken = {k for i, new in changed.items() for k in range(found[i].end, new.end)}
    out: list[_Found] = []
    for i, f in enumerate(found):
        if i in changed:
            out.append(changed[i])
        elif not any(f.start <= k < f.end for k in taken):
            out.append(f)
    return out
