"""Geometry read back from a project: the same GeoJSON shapely would give, without shapely.

Reading a project decodes its geometry blobs (GeoPackage binary: a header, then ISO WKB) in
Python; importing shapely (and numpy with it) for that was most of a project's first read.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import struct
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import shapely

from explorer.model import Analysis
from explorer.store import Project, gpkg
from tests.store_sample import sample_analysis

SHAPES = [
    "POINT (36.2765 33.5138)",
    "POINT (-0.0 -179.99999999999997)",
    "LINESTRING (28.9784 41.0082, 30.5 42.25, 37.6173 55.755826)",
    "POLYGON ((35 36, 37 36, 37 37.3, 35 37.3, 35 36), (35.5 36.5, 36 36.5, 36 37, 35.5 36.5))",
    "MULTIPOINT ((1 2), (3.25 4.5))",
    "MULTILINESTRING ((0 0, 1 1), (2 2, 3 3, 4 5))",
    "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((10 10, 12 10, 12 12, 10 10)))",
    "GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 1))",
    # what the reader leaves to shapely: empty parts, Z coordinates
    "POLYGON EMPTY",
    "LINESTRING EMPTY",
    "GEOMETRYCOLLECTION EMPTY",
    "MULTIPOINT ((1 2), EMPTY)",
    "POINT Z (1 2 3)",
]


def _as_shapely(blob: bytes) -> dict:
    envelope = (blob[3] >> 1) & 0b111
    wkb = blob[8 + {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[envelope] :]
    return json.loads(shapely.to_geojson(shapely.from_wkb(wkb)))


def _blob(wkt: str, byte_order: int) -> bytes:
    geom = shapely.from_wkt(wkt)
    wkb = shapely.to_wkb(geom, flavor="iso", byte_order=byte_order, include_srid=False)
    return b"GP" + struct.pack("<BBi", 0, 0b0000_0001, gpkg.SRS_ID) + wkb


@pytest.mark.parametrize("wkt", SHAPES)
@pytest.mark.parametrize("byte_order", [0, 1])
def test_a_blob_decodes_to_what_shapely_writes(wkt: str, byte_order: int) -> None:
    blob = _blob(wkt, byte_order)
    # the same dict, keys in the same order, every coordinate the same float
    assert json.dumps(gpkg.decode(blob)) == json.dumps(_as_shapely(blob))


def test_blobs_written_by_the_store_decode_as_before() -> None:
    for wkt in SHAPES[:8]:
        blob, _ = gpkg.encode_shape(shapely.from_wkt(wkt))
        assert json.dumps(gpkg.decode(blob)) == json.dumps(_as_shapely(blob))


def test_a_bad_blob_is_a_geometry_error() -> None:
    good = _blob("LINESTRING (0 0, 1 1)", 1)
    with pytest.raises(gpkg.GeometryError):
        gpkg.decode(good[:-5])  # cut short
    with pytest.raises(gpkg.GeometryError):
        gpkg.decode(b"XX" + good[2:])


def _with_every_kind_of_shape(analysis: Analysis) -> Analysis:
    """The sample with a place and a conflict area of each kind of geometry."""
    places = list(analysis.places)
    theatres = list(analysis.theatres)
    for n, wkt in enumerate(SHAPES[:8]):
        geometry = json.loads(shapely.to_geojson(shapely.from_wkt(wkt)))
        places.append(replace(places[0], id=f"place:shape-{n}", geometry=geometry))
        if "Polygon" in wkt:
            theatres.append(replace(theatres[0], id=f"shape-{n}", geometry=geometry))
    return replace(analysis, places=places, theatres=theatres)


READ = r"""
import json, sys
from explorer.store import Project
with Project.open(sys.argv[1], create=False) as project:
    analysis = project.load()
shapes = {i.id: i.geometry for i in [*analysis.places, *analysis.theatres, *analysis.assets]}
print(json.dumps(shapes, sort_keys=True))
print("IMPORTED", ",".join(m for m in ("shapely", "numpy") if m in sys.modules))
"""


def test_a_project_is_read_without_shapely(tmp_path: Path) -> None:
    path = tmp_path / "p.gpkg"
    analysis = _with_every_kind_of_shape(sample_analysis())
    with Project.open(path, create=True) as project:
        project.save(analysis)
    result = subprocess.run(
        [sys.executable, "-c", READ, str(path)],
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    shapes_line, imported = result.stdout.strip().splitlines()[-2:]
    assert imported == "IMPORTED"  # neither shapely nor numpy
    read = json.loads(shapes_line)
    # what was stored, as shapely would have read it back
    with contextlib.closing(sqlite3.connect(path)) as conn:
        for table in ("places", "theatres", "assets"):
            for item_id, blob in conn.execute(f"SELECT id, geom FROM {table}"):
                expected = _as_shapely(blob) if blob is not None else None
                assert read[item_id] == expected
    assert read["place:shape-3"]["type"] == "Polygon"
    assert len(read["place:shape-3"]["coordinates"]) == 2  # its hole kept
