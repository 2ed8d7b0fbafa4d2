"""What the map page names a crowd of items by (a cluster of many items over several
countries): regions of several countries and the countries' short names.

Regions, smallest first, so that the page takes the smallest one holding every country of a
crowd: the world regions of ``geodata/curated/macro_regions.geojson`` (Middle East, Levant,
South Asia, the UN M49 subregions of Europe, ...: each with its definition and members there,
written by ``explorer.geoparse.regions``), then the continents of
``geodata/basemap/continents.tsv`` (GeoNames', written by ``tools/build_continents.py``).
Countries are named as the window's "Where" names them (the gazetteer's short English names,
"United States", where Natural Earth's long ones made a crowd's label two lines: "United
States of America").
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from explorer.paths import geodata_dir


def _regions_file() -> Path:
    return geodata_dir() / "curated" / "macro_regions.geojson"


def _continents_file() -> Path:
    return geodata_dir() / "basemap" / "continents.tsv"


def crowd_sources() -> list[list]:
    """What ``crowd_places`` is made from, each file as its path, size and time (None when it
    is missing): the regions' and continents' files, the gazetteer whose names it reads, and
    the code that reads them. A page made with the crowds is known by these without reading
    them: the regions' file holds their outlines too (229 KB of JSON, 10-13 ms to parse, and
    the gazetteer's module, at every start of a snapshot or a window whose page is cached)."""
    from explorer.geoparse import schema

    names = Path(schema.__file__).with_name("admin1.py")  # country_name, not imported here
    made_of = []
    for path in (_regions_file(), _continents_file(), schema.default_path(), Path(__file__), names):
        try:
            stat = path.stat()
        except OSError:
            made_of.append([str(path), None])
        else:
            made_of.append([str(path), stat.st_size, stat.st_mtime_ns])
    return made_of


@cache
def crowd_places() -> dict:
    """``{"regions": [[name, [code, ...]], ...], "names": {code: name}}`` for the page."""
    from explorer.geoparse.admin1 import country_name

    regions: list[tuple[str, list[str]]] = []
    macro = _regions_file()
    if macro.exists():
        for feature in json.loads(macro.read_text(encoding="utf-8"))["features"]:
            p = feature["properties"]
            if p.get("members"):
                regions.append((p["name"], sorted(p["members"])))
    continents: dict[str, list[str]] = {}
    table = _continents_file()
    if table.exists():
        for line in table.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                code, _, continent = line.partition("\t")
                continents.setdefault(continent, []).append(code)
    regions += sorted(continents.items())
    regions.sort(key=lambda r: len(r[1]))  # stable: of two of one size, a region first
    codes = sorted({c for _, members in regions for c in members})
    names = {c: n for c in codes if (n := country_name(c)) != c}
    return {"regions": [[n, m] for n, m in regions], "names": names}
