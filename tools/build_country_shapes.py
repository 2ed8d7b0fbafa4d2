"""Derive simplified country outlines from the shipped basemap for the app's data layer.

    .venv/bin/python tools/build_country_shapes.py

Reads geodata/basemap/basemap.js (Natural Earth 1:50m countries via npm world-atlas 2.0.2,
public domain; see geodata/basemap/README.md), decodes its TopoJSON with GDAL, simplifies the
outlines (0.02 degrees, topology not preserved across countries: they are drawn one at a
time) and writes geodata/basemap/countries.geojson, keyed by ISO 3166-1 alpha-2 code, one
feature a code: the parts Natural Earth gives one code (Australia and its Ashmore and Cartier
Islands, both "AU") are one outline named by its largest part, as a reader keyed by code keeps
only one feature of a code. Conflict areas that are whole countries ("the war in Libya") take
these outlines instead of a point.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import basemap_arcs  # beside this script
import geopandas as gpd
from shapely.geometry import mapping
from shapely.ops import unary_union

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "geodata" / "basemap" / "basemap.js"
TARGET = ROOT / "geodata" / "basemap" / "countries.geojson"
TOLERANCE = 0.02


def _rounded(value):
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, (list, tuple)):
        return [_rounded(v) for v in value]
    return value


def main() -> None:
    text = SOURCE.read_text(encoding="utf-8")
    basemap = json.loads(text[text.index("{") : text.rindex("}") + 1])
    topology = dict(basemap["topology"], arcs=basemap_arcs.unpack(basemap["arcs"]))
    topology["objects"] = {"countries": topology["objects"]["countries"]}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "countries.topojson"
        path.write_text(json.dumps(topology), encoding="utf-8")
        countries = gpd.read_file(path, layer="countries")
    parts: dict[str, list] = {}
    for row in countries.itertuples():
        if not isinstance(row.id, str) or row.geometry is None or row.geometry.is_empty:
            continue
        shape = row.geometry.simplify(TOLERANCE, preserve_topology=True).buffer(0)
        parts.setdefault(row.id, []).append((shape, row.name))
    features = []
    for code, shapes in parts.items():
        name = max(shapes, key=lambda p: p[0].area)[1]
        shape = shapes[0][0] if len(shapes) == 1 else unary_union([p[0] for p in shapes])
        geometry = mapping(shape)
        coordinates = _rounded(geometry["coordinates"])
        features.append(
            {
                "type": "Feature",
                "properties": {"code": code, "name": name},
                "geometry": {"type": geometry["type"], "coordinates": coordinates},
            }
        )
    features.sort(key=lambda f: f["properties"]["code"])
    TARGET.write_text(
        json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":")),
        encoding="utf-8",
    )
    print(f"{len(features)} countries -> {TARGET} ({TARGET.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
