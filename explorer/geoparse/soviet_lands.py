"""A land's name after "Soviet": one of the Soviet Union's republics, whatever else it names.

"Soviet" before a land's name dates the land to the Soviet Union's years ("Soviet Ruthenia",
"grew up in Soviet Latvia"): the name is that republic, now the country of the name, never a
namesake elsewhere (an American state, a town), however much the rest of the text lies there.
Here a found name right after a capitalised "Soviet" whose readings hold a country that was one
of the Union's fifteen republics is read as that country alone. "Soviet" before any other name
("Soviet Moscow" is read as it was) and a name that is no such country keep their readings.
"""

from __future__ import annotations

from explorer.geoparse.recognised import _Found
from explorer.geoparse.tokens import view

# the countries of the Soviet Union's fifteen republics
SOVIET_REPUBLICS = frozenset(
    {"AM", "AZ", "BY", "EE", "GE", "KG", "KZ", "LT", "LV", "MD", "RU", "TJ", "TM", "UA", "UZ"}
)


def land_after_soviet(doc, found: list[_Found]) -> list[_Found]:
    """``found`` with each name after "Soviet" read as the Soviet republic's country among its
    readings, where it has one (module docstring)."""
    tv = view(doc)
    if "Soviet" not in tv.words:
        return found
    for f in found:
        if f.demonym or f.start == 0 or tv.words[f.start - 1] != "Soviet":
            continue
        lands = tuple(e for e in f.entries if e.rank == 0 and e.country in SOVIET_REPUBLICS)
        if lands:
            f.entries = lands
    return found
