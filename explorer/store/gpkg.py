"""GeoPackage plumbing: the core tables, feature/attribute registration and geometry blobs.

Only what a reader (GDAL/pyogrio, QGIS) needs to see our spatial tables as layers: the
``gpkg_spatial_ref_sys``, ``gpkg_contents`` and ``gpkg_geometry_columns`` tables (OGC 12-128r18,
GeoPackage 1.2) and geometry values in "GeoPackage binary" (a short header, an envelope, then
ISO WKB). Geometry in the rest of the program is GeoJSON dicts. Writing goes through shapely
(it checks the geometry); reading decodes the WKB of two-dimensional geometries here, without
shapely, whose import (numpy's with it) would be most of a project's first read: shapely
decodes only what this reader leaves to it (Z or M coordinates, empty parts, unknown types).
"""

from __future__ import annotations

import json
import math
import sqlite3
import struct
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import shapely

APPLICATION_ID = 0x47504B47  # "GPKG"
GPKG_VERSION = 10200  # 1.2.0, kept in PRAGMA user_version as the spec asks
SRS_ID = 4326

_WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
    'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)

CORE_DDL = f"""
CREATE TABLE gpkg_spatial_ref_sys (
    srs_name TEXT NOT NULL,
    srs_id INTEGER PRIMARY KEY,
    organization TEXT NOT NULL,
    organization_coordsys_id INTEGER NOT NULL,
    definition TEXT NOT NULL,
    description TEXT
);
INSERT INTO gpkg_spatial_ref_sys VALUES
    ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined',
     'undefined cartesian coordinate reference system'),
    ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined',
     'undefined geographic coordinate reference system'),
    ('WGS 84 geodetic', 4326, 'EPSG', 4326, '{_WGS84_WKT}',
     'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
CREATE TABLE gpkg_contents (
    table_name TEXT NOT NULL PRIMARY KEY,
    data_type TEXT NOT NULL,
    identifier TEXT UNIQUE,
    description TEXT DEFAULT '',
    last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
    srs_id INTEGER,
    CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id)
);
CREATE TABLE gpkg_geometry_columns (
    table_name TEXT NOT NULL,
    column_name TEXT NOT NULL,
    geometry_type_name TEXT NOT NULL,
    srs_id INTEGER NOT NULL,
    z TINYINT NOT NULL,
    m TINYINT NOT NULL,
    CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
    CONSTRAINT uk_gc_table_name UNIQUE (table_name),
    CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
    CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
);
"""


def init_core(conn: sqlite3.Connection) -> None:
    """Make an empty database a GeoPackage (inside the caller's transaction)."""
    execute_script(conn, CORE_DDL)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {GPKG_VERSION}")


def _split(script: str) -> list[str]:
    """Statements of a DDL script; ``executescript`` would commit the caller's transaction."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    return [s for s in out if s]


def execute_script(conn: sqlite3.Connection, script: str) -> None:
    for statement in _split(script):
        conn.execute(statement)


def register_features(
    conn: sqlite3.Connection, table: str, description: str, geometry_type: str = "GEOMETRY"
) -> None:
    conn.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)"
        " VALUES (?, 'features', ?, ?, ?)",
        (table, table, description, SRS_ID),
    )
    conn.execute(
        "INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)",
        (table, geometry_type, SRS_ID),
    )


def register_attributes(conn: sqlite3.Connection, table: str, description: str) -> None:
    conn.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description)"
        " VALUES (?, 'attributes', ?, ?)",
        (table, table, description),
    )


def touch(conn: sqlite3.Connection, table: str, bounds: tuple[float, ...] | None) -> None:
    """Record a change to a layer; widen its stored extent to cover ``bounds``."""
    conn.execute(
        "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now')"
        " WHERE table_name = ?",
        (table,),
    )
    if bounds is None:
        return
    conn.execute(
        "UPDATE gpkg_contents SET"
        " min_x = min(coalesce(min_x, ?1), ?1), min_y = min(coalesce(min_y, ?2), ?2),"
        " max_x = max(coalesce(max_x, ?3), ?3), max_y = max(coalesce(max_y, ?4), ?4)"
        " WHERE table_name = ?5",
        (*bounds, table),
    )


# --- geometry blobs ---------------------------------------------------------------------------

_ENVELOPE_SIZES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


class GeometryError(ValueError):
    """A value that is not usable GeoJSON geometry or GeoPackage binary."""


def to_shape(geometry: dict) -> shapely.Geometry:
    from shapely.geometry import shape

    try:
        geom = shape(geometry)
    except Exception as exc:  # shapely raises several types for bad GeoJSON
        raise GeometryError(f"not GeoJSON geometry: {str(geometry)[:120]} ({exc})") from exc
    if not geom.is_empty:
        x0, y0, x1, y1 = geom.bounds
        if not all(math.isfinite(v) for v in (x0, y0, x1, y1)):
            raise GeometryError(f"geometry has non-finite coordinates: {str(geometry)[:120]}")
    return geom


def encode(geometry: dict | None) -> tuple[bytes | None, tuple[float, ...] | None]:
    """GeoJSON dict -> (GeoPackage binary, bounds); (None, None) for no geometry."""
    if geometry is None:
        return None, None
    return encode_shape(to_shape(geometry))


def encode_shape(geom: shapely.Geometry) -> tuple[bytes, tuple[float, ...] | None]:
    """A shapely geometry (with finite coordinates) -> (GeoPackage binary, bounds)."""
    import shapely

    wkb = shapely.to_wkb(geom, flavor="iso", byte_order=1, output_dimension=2)
    if geom.is_empty:
        flags = 0b0001_0001  # empty, no envelope, little endian
        return b"GP" + struct.pack("<BBi", 0, flags, SRS_ID) + wkb, None
    minx, miny, maxx, maxy = geom.bounds
    if geom.geom_type == "Point":
        flags = 0b0000_0001  # no envelope for points (the spec's advice), little endian
        header = b"GP" + struct.pack("<BBi", 0, flags, SRS_ID)
    else:
        flags = 0b0000_0011  # xy envelope, little endian
        header = b"GP" + struct.pack("<BBi4d", 0, flags, SRS_ID, minx, maxx, miny, maxy)
    return header + wkb, (minx, miny, maxx, maxy)


def decode(blob: bytes | None) -> dict | None:
    """GeoPackage binary -> GeoJSON dict (None for SQL NULL), as ``shapely.to_geojson`` of
    the geometry would give it."""
    if blob is None:
        return None
    blob = bytes(blob)
    if len(blob) < 8 or blob[:2] != b"GP":
        raise GeometryError("not a GeoPackage geometry blob")
    flags = blob[3]
    envelope = (flags >> 1) & 0b111
    if envelope not in _ENVELOPE_SIZES:
        raise GeometryError(f"bad envelope code {envelope} in a geometry blob")
    start = 8 + _ENVELOPE_SIZES[envelope]
    if len(blob) == start + 21 and blob[start : start + 5] == _POINT_LE:  # most stored values
        x, y = _POINT.unpack_from(blob, start + 5)
        if math.isfinite(x) and math.isfinite(y):
            return {"type": "Point", "coordinates": [x, y]}
    try:
        geometry, end = _read_wkb(blob, start)
    except (_NotPlain, struct.error, IndexError):
        return _decode_with_shapely(blob[start:])
    return geometry if end == len(blob) else _decode_with_shapely(blob[start:])


def _decode_with_shapely(wkb: bytes) -> dict:
    import shapely

    try:
        geom = shapely.from_wkb(wkb)
    except Exception as exc:  # shapely.errors.GEOSException and others, for bad WKB
        raise GeometryError(f"unreadable geometry in a blob ({exc})") from exc
    return json.loads(shapely.to_geojson(geom))


# --- WKB of two-dimensional geometries, read without shapely -----------------------------------

_POINT_LE = b"\x01\x01\x00\x00\x00"  # little endian, type 1: a 2D point
_POINT = struct.Struct("<2d")
_WKB_TYPES = {
    1: "Point",
    2: "LineString",
    3: "Polygon",
    4: "MultiPoint",
    5: "MultiLineString",
    6: "MultiPolygon",
    7: "GeometryCollection",
}


class _NotPlain(Exception):
    """WKB this reader leaves to shapely: Z or M coordinates, anything empty, an unknown type."""


def _read_wkb(wkb: bytes, at: int) -> tuple[dict, int]:
    """The geometry whose WKB starts at ``at``, and where it ends."""
    order = {0: ">", 1: "<"}.get(wkb[at])
    if order is None:
        raise _NotPlain
    (code,) = struct.unpack_from(order + "I", wkb, at + 1)
    kind = _WKB_TYPES.get(code)
    if kind is None:
        raise _NotPlain
    at += 5
    if code == 1:
        (point, at) = _read_points(wkb, at, order, 1)
        return {"type": kind, "coordinates": point[0]}, at
    if code == 2:
        (line, at) = _read_line(wkb, at, order)
        return {"type": kind, "coordinates": line}, at
    if code == 3:
        (rings, at) = _read_polygon(wkb, at, order)
        return {"type": kind, "coordinates": rings}, at
    count = _count(wkb, at, order)
    at += 4
    parts = []
    for _ in range(count):
        part, at = _read_wkb(wkb, at)
        if code != 7 and part["type"] != _WKB_TYPES[code - 3]:
            raise _NotPlain  # a multi-geometry holds only its own kind of part
        parts.append(part)
    if code == 7:
        return {"type": kind, "geometries": parts}, at
    return {"type": kind, "coordinates": [p["coordinates"] for p in parts]}, at


def _read_points(wkb: bytes, at: int, order: str, count: int) -> tuple[list[list[float]], int]:
    values = struct.unpack_from(f"{order}{2 * count}d", wkb, at)
    if not all(map(math.isfinite, values)):
        raise _NotPlain  # an empty point (NaN), or what shapely alone may say how to write
    pairs = iter(values)
    return [[x, y] for x, y in zip(pairs, pairs, strict=True)], at + 16 * count


def _count(wkb: bytes, at: int, order: str) -> int:
    (count,) = struct.unpack_from(order + "I", wkb, at)
    if count == 0:
        raise _NotPlain  # GEOS writes some empty geometries its own way ("[[]]" for a polygon)
    return count


def _read_line(wkb: bytes, at: int, order: str) -> tuple[list[list[float]], int]:
    return _read_points(wkb, at + 4, order, _count(wkb, at, order))


def _read_polygon(wkb: bytes, at: int, order: str) -> tuple[list[list[list[float]]], int]:
    count = _count(wkb, at, order)
    at += 4
    rings = []
    for _ in range(count):
        ring, at = _read_line(wkb, at, order)
        rings.append(ring)
    return rings, at


def blob_bounds(blob: bytes | None) -> tuple[float, ...] | None:
    """(minx, miny, maxx, maxy) of a stored geometry, None when it has none."""
    geometry = decode(blob)
    if geometry is None:
        return None
    geom = to_shape(geometry)
    return None if geom.is_empty else tuple(geom.bounds)


def union_bounds(boxes: list[tuple[float, ...] | None]) -> tuple[float, ...] | None:
    present = [b for b in boxes if b]
    if not present:
        return None
    return (
        min(b[0] for b in present),
        min(b[1] for b in present),
        max(b[2] for b in present),
        max(b[3] for b in present),
    )
