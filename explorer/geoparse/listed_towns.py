"""A small town listed beside a town of the same first-level region: "a route between Colfax,
Pullman, and Moscow".

Local news lists a region's towns together, and the smallest of them is a name spaCy folds into
a body's ("Colfax, Pullman" ORG) or leaves out; alone it has too few people to be taken, and
the gazetteer holds the same name in many lands. Its neighbour in the list says where it is:
here a whole run of capitalised words, set off by a comma or "and" on both sides, next to a
found name in the list, is read as the gazetteer's town of that name in a first-level region
where the neighbour's name has a town too. A person, a firm or a word listed beside a town
("Mayor Clark, Pullman and the county board", "Hunter, Price and Lewiston police") is a run
with a title before it, a word of English or a name spaCy calls a person. A name found
elsewhere in the text is left to that reading ("Desaguadero, Bolivia" in a dateline, then "the
crossing between Desaguadero and Yungayo, Peru": a list across a border).
"""

from __future__ import annotations

from explorer.geoparse.gazetteer import Entry, Gazetteer
from explorer.geoparse.recognised import _Found
from explorer.geoparse.tokens import name_key, view

SEPARATORS = frozenset({",", "and", "or"})
# what may stand before a list's first name
OPENERS = frozenset({"between", "in", "from", "to", "of", "at", "near", "and", "or", ","})
MAX_TOKENS = 3
TOWN_RANK = 4


def _regions(entries: tuple[Entry, ...]) -> set[tuple[str | None, str]]:
    """The first-level regions where ``entries`` hold a town."""
    return {(e.country, e.admin1) for e in entries if e.rank == TOWN_RANK and e.admin1}


def _listed_run(tv, k: int) -> int | None:
    """The end of a whole run of capitalised words from token k set off as a list's item (an
    opener before it, a comma or "and" after it), or None."""
    if k == 0 or tv.lower[k - 1] not in OPENERS:
        return None
    end = k
    while end < len(tv.words) and end - k < MAX_TOKENS and tv.cap[end] and tv.words[end].isalpha():
        end += 1
    if end == k or end >= len(tv.words) or tv.lower[end] not in SEPARATORS:
        return None
    return end


def _neighbour(found: list[_Found], tv, start: int, end: int) -> _Found | None:
    """A found name with readings right after the run (past a comma, "and" or both) or right
    before it (past the same), the list's next or previous item."""
    after = end + 1 + (end + 1 < len(tv.words) and tv.lower[end + 1] in SEPARATORS)
    before = start - 1 - (start >= 2 and tv.lower[start - 2] in SEPARATORS)
    for f in found:
        if f.entries and (f.start == after or (f.end == before and tv.lower[before] in SEPARATORS)):
            return f
    return None


def towns_listed_beside_towns(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """Runs listed beside a found town ("Colfax" of "between Colfax, Pullman, and Moscow"),
    read as the gazetteer's towns of that name in the neighbour's regions (module docstring)."""
    from explorer.language import a_word_of_english

    tv = view(doc)
    taken = {k for f in found for k in range(f.start, f.end)}
    persons = {t.i for e in doc.ents if e.label_ == "PERSON" for t in e}
    found_names = {name_key(doc, f.start, f.end) for f in found}
    listed: list[tuple[int, int, _Found]] = []
    for k in range(1, len(tv.words)):
        if not tv.cap[k] or k in taken or k in persons:
            continue
        end = _listed_run(tv, k)
        if end is None or any(i in taken or i in persons for i in range(k, end)):
            continue
        if end - k == 1 and a_word_of_english(tv.lower[k]):
            continue
        neighbour = _neighbour(found, tv, k, end)
        if neighbour is None or name_key(doc, k, end) in found_names:
            continue
        listed.append((k, end, neighbour))
    if not listed:
        return found
    # the names asked, in one query
    gaz.prefetch(name_key(doc, k, end) for k, end, _ in listed)
    added: list[_Found] = []
    for k, end, neighbour in listed:
        if any(i in taken for i in range(k, end)):
            continue
        regions = _regions(neighbour.entries)
        entries = tuple(
            e
            for e in gaz.lookup(name_key(doc, k, end))
            if e.rank == TOWN_RANK and (e.country, e.admin1) in regions
        )
        if entries:
            added.append(_Found(k, end, entries, "gaz", "GPE"))
            taken.update(range(k, end))
    if not added:
        return found
    return sorted([*found, *added], key=lambda f: f.start)
