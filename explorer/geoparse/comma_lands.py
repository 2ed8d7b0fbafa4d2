"""A country written after a town of it and a comma, by a name the gazetteer holds only as one of
its other names: "Mbabane, Swaziland", "Manzini, Swaziland".

GeoNames keeps many countries' English names as alternate names of a main name in another
form (Swaziland for Eswatini), and an alternate name alone is no evidence of a place: so where
spaCy does not label such a country, or folds it into a body's name with its town ("Manzini,
Swaziland" ORG), it is lost. After a found town and a comma, though, the phrase says where the
town lies: a whole run of capitalised words there that is a name of the very country one of the
town's readings lies in is that country. Nothing is read where the run is longer than a country's
name (a neighbourhood named after a land), or names a land where the town has no reading (a
peninsula that shares an island state's old name).
"""

from __future__ import annotations

from explorer.geoparse.gazetteer import Gazetteer
from explorer.geoparse.recognised import _Found
from explorer.geoparse.tokens import name_key, view

COUNTRY_RANK = 0
TOWN_RANK = 4
MAX_TOKENS = 4  # "Sao Tome and Principe" runs to four words with its connector


def _run_end(tv, k: int) -> int | None:
    """The end of the run of capitalised words from token k (a hyphen or "and" may join them),
    when no capitalised word follows it, or None."""
    n = len(tv.words)
    end = k
    while end < n and end - k < MAX_TOKENS:
        if (tv.cap[end] and tv.words[end].isalpha()) or (
            end > k and tv.words[end] in ("-", "and") and end + 1 < n and tv.cap[end + 1]
        ):
            end += 1
        else:
            break
    if end == k or (end < n and tv.cap[end]) or tv.words[end - 1] in ("-", "and"):
        return None
    return end


def country_by_other_name_after_town(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """``found`` with the country a comma writes after a found town of it, where the name is
    one of the country's other names and nothing else read it (module docstring)."""
    tv = view(doc)
    taken = {k for f in found for k in range(f.start, f.end)}
    added: list[_Found] = []
    for f in found:
        if f.demonym or not f.entries or f.end + 1 >= len(tv.words) or tv.words[f.end] != ",":
            continue
        lands = {e.country for e in f.entries if e.rank == TOWN_RANK or e.rank == 2}
        k = f.end + 1
        end = _run_end(tv, k)
        if not lands or end is None or any(i in taken for i in range(k, end)):
            continue
        entries = tuple(
            e
            for e in gaz.lookup(name_key(doc, k, end))
            if e.rank == COUNTRY_RANK and not e.primary and e.country in lands
        )
        if entries:
            added.append(_Found(k, end, entries, "gaz", "GPE"))
            taken.update(range(k, end))
    if not added:
        return found
    return sorted([*found, *added], key=lambda f: f.start)
