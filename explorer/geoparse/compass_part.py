"""A capitalised compass word before a name that is a first-level region and towns ("Eastern
Washington", "Western New York", "Central and Eastern Oregon"): the words name a part of the
region, as a heading of regional news does, not a town or a capital of that name (Washington,
D.C.). Only capitalised, where the compass word is part of the name: "eastern Aleppo" in war
news is the east of the city. A whole name the gazetteer has ("West Virginia", "South
Sudan") was read as such before, and a country's reading stays ("Central Mexico"); an
abbreviation ("South L.A.") is a city's short form, not a state's code.
"""

from __future__ import annotations

from typing import Any

from explorer.geoparse.found import F
from explorer.geoparse.names import is_compass


def compass_parts(tv: Any, found: list[F]) -> list[F]:
    """``found`` with each name after a capitalised compass word read as its region."""
    for f in found:
        k = f.start - 1
        if f.demonym or k < 0 or not tv.cap[k] or not is_compass(tv.lower[k]):
            continue
        name = "".join(tv.words[f.start : f.end])
        if "." in name or name.isupper():
            continue  # "South L.A.", "East LA": the city's short form, not Louisiana
        wide = tuple(e for e in f.entries if e.rank in (0, 1, 2, 5))
        if any(e.rank == 2 and e.primary for e in wide) and len(wide) < len(f.entries):
            f.entries = wide
    return found
