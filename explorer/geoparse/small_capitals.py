"""The capital of a land the text names, written where spaCy labels nothing: "crowds gathered
in Funafuti" in a story of Tuvalu, "roads were cut at Palikir and Kolonia" in one of
Micronesia.

The capitals of small islands and territories have a few thousand people, under the size
(MIN_POP_COUNTRY) at which a free capitalised word is read as a town of a country the text
names, and spaCy's small model often gives them no label at all in a list of villages. A
country's capital is the place news means by its name in a story of that country: a whole run
of capitalised words that no step took and spaCy did not label, whose name is the main name of
the capital of a country the text names by its name (not by a people's adjective alone), and
of no other capital of such a country, is read as that capital. A single word of English
("Male voters" in a story of the Maldives) is left to the other steps. Its neighbours in a list
are then read by `listed_towns`.
"""

from __future__ import annotations

from explorer.geoparse.gazetteer import Entry, Gazetteer
from explorer.geoparse.recognised import _Found
from explorer.geoparse.tokens import name_key, view

TOWN_RANK = 4
COUNTRY_RANK = 0
MAX_TOKENS = 3


def _runs(tv, free: list[bool]) -> list[tuple[int, int]]:
    """Whole runs of capitalised words, letters only, none of them taken or labelled."""
    out: list[tuple[int, int]] = []
    n = len(tv.words)
    k = 0
    while k < n:
        if not (free[k] and tv.cap[k] and tv.words[k].isalpha()):
            k += 1
            continue
        end = k
        while end < n and free[end] and tv.cap[end] and tv.words[end].isalpha():
            end += 1
        if end - k <= MAX_TOKENS:
            out.append((k, end))
        k = end
    return out


def _capital(entries: tuple[Entry, ...], named: set[str | None]) -> Entry | None:
    capitals = [
        e for e in entries if e.capital and e.primary and e.rank == TOWN_RANK and e.country in named
    ]
    return capitals[0] if len(capitals) == 1 else None


def capital_of_a_named_land(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """``found`` with the capitals of the countries the text names, where spaCy and the other
    steps left their names unread (module docstring)."""
    from explorer.language import a_word_of_english

    named = {
        f.entries[0].country
        for f in found
        if f.entries and not f.demonym and f.entries[0].rank == COUNTRY_RANK
    }
    if not named:
        return found
    tv = view(doc)
    free = [True] * len(tv.words)
    for f in found:
        free[f.start : f.end] = [False] * (f.end - f.start)
    for ent in doc.ents:
        free[ent.start : ent.end] = [False] * (ent.end - ent.start)
    runs = [
        (k, end)
        for k, end in _runs(tv, free)
        if not (end - k == 1 and a_word_of_english(tv.lower[k]))
    ]
    if not runs:
        return found
    gaz.prefetch(name_key(doc, k, end) for k, end in runs)
    added: list[_Found] = []
    for k, end in runs:
        capital = _capital(gaz.lookup(name_key(doc, k, end)), named)
        if capital is not None:
            added.append(_Found(k, end, (capital,), "gaz", "GPE"))
    if not added:
        return found
    return sorted([*found, *added], key=lambda f: f.start)
