"""The GeoPackage export, for QGIS and GDAL: one layer per kind and geometry type.

A GIS reads a GeoPackage layer as one geometry type, so places, events, assets and conflict
areas are split by the shape they have (``places_point``, ``places_polygon``, ``assets_line``,
...), lines and polygons written as their multi types. Items with no place go to the
``unlocated`` table, and the tables ``evidence`` (every excerpt, its article's outlet, title
and date), ``stances`` and ``sources`` hold what the map's items rest on. Written with SQLite by
the code that writes projects (``explorer.store.gpkg``), so the installed app needs no GDAL;
the tests read every export back with GDAL.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from explorer.export.records import (
    ExportError,
    ExportOptions,
    checked_shape,
    records,
    source_details,
    split_located,
    stance_records,
)
from explorer.items import KINDS, ItemSet
from explorer.store import gpkg

LAYER_PREFIX = {"place": "places", "event": "events", "asset": "assets", "theatre": "theatres"}
FAMILIES = {
    "Point": "point",
    "MultiPoint": "point",
    "LineString": "line",
    "MultiLineString": "line",
    "Polygon": "polygon",
    "MultiPolygon": "polygon",
}
_FIELDS = (
    "id", "kind", "name", "type", "date", "date_precision", "country", "gazetteer_id",
    "precision", "place", "admin1", "conflict_id", "conflict", "side", "review", "layer", "actors",
    "targets", "operators", "stances", "outlets", "sources", "evidence_count", "excerpt",
)  # fmt: skip


def _attributes(record: dict) -> dict[str, Any]:
    out: dict[str, Any] = {k: record.get(k) for k in _FIELDS}
    out["conflict_id"] = record.get("theatre")
    for key in ("actors", "targets", "operators", "outlets"):
        out[key] = "; ".join(record.get(key) or []) or None
    out["stances"] = (
        "; ".join(f"{s['power']} {s['relation']} {s['party']}" for s in record["stances"])
        if record.get("stances")
        else None
    )
    docs = dict.fromkeys(e["doc"] for e in record["evidence"])
    out["sources"] = "; ".join(docs) or None
    out["evidence_count"] = len(record["evidence"])
    out["excerpt"] = " | ".join(" ".join(e["text"].split()) for e in record["evidence"]) or None
    return out


def _family(geom) -> tuple[str, Any]:
    """("point" | "line" | "polygon", the geometry as the layer's one type)."""
    import shapely
    from shapely.geometry import MultiLineString, MultiPolygon

    kind = geom.geom_type
    if kind == "GeometryCollection":  # keep the parts of the largest dimension
        parts = list(geom.geoms)
        top = max(shapely.get_dimensions(p) for p in parts)
        geom = shapely.union_all([p for p in parts if shapely.get_dimensions(p) == top])
        kind = geom.geom_type
    family = FAMILIES.get(kind)
    if family is None:
        raise ExportError(f"cannot write a {kind} to a GeoPackage layer")
    if kind == "LineString":
        geom = MultiLineString([geom])
    elif kind == "Polygon":
        geom = MultiPolygon([geom])
    return family, geom


# Column types of the attribute tables (every other column is TEXT).
_INTEGERS = {"evidence_count", "start", "end"}
_BOOLEANS = {"negated"}
_EVIDENCE = ("item_id", "kind", "doc", "start", "end", "text", "date", "outlet", "title",
             "published")  # fmt: skip
_STANCES = ("id", "power", "relation", "party", "conflict_id", "conflict", "negated",
            "claimed_by", "review", "evidence_count")  # fmt: skip
_SOURCES = ("doc", "title", "outlet", "published")


@dataclass
class Layer:
    """One table of the export: its columns, its rows, and for a feature layer the geometry
    type every row has (``POINT``, ``MULTIPOINT``, ``MULTILINESTRING``, ``MULTIPOLYGON``)."""

    columns: tuple[str, ...]
    rows: list[dict[str, Any]] = field(default_factory=list)
    geometry_type: str | None = None
    shapes: list[Any] = field(default_factory=list)


def layers(items: ItemSet) -> dict[str, Layer]:
    """Layer name -> its rows, in the order they are written."""
    from shapely.geometry import MultiPoint

    rows = records(items)
    located, unlocated = split_located(rows)
    out: dict[str, Layer] = {}
    for kind in KINDS:
        groups: dict[str, Layer] = {}
        for record in located:
            if record["kind"] == kind:
                family, geom = _family(checked_shape(record["geometry"]).geom)
                layer = groups.setdefault(family, Layer(_FIELDS))
                layer.rows.append(_attributes(record))
                layer.shapes.append(geom)
        for family in ("point", "line", "polygon"):
            if family not in groups:
                continue
            layer = groups[family]
            if family == "point":
                if any(g.geom_type == "MultiPoint" for g in layer.shapes):
                    layer.shapes = [
                        g if g.geom_type == "MultiPoint" else MultiPoint([g]) for g in layer.shapes
                    ]
                    layer.geometry_type = "MULTIPOINT"
                else:
                    layer.geometry_type = "POINT"
            else:
                layer.geometry_type = {"line": "MULTILINESTRING", "polygon": "MULTIPOLYGON"}[family]
            out[f"{LAYER_PREFIX[kind]}_{family}"] = layer
    out["unlocated"] = Layer(_FIELDS, [_attributes(r) for r in unlocated])
    sources = source_details(items)
    out["evidence"] = Layer(
        _EVIDENCE,
        [
            {
                "item_id": r["id"],
                "kind": r["kind"],
                "doc": e["doc"],
                "start": e["start"],
                "end": e["end"],
                "text": e["text"],
                "date": e.get("date"),
                **{k: sources.get(e["doc"], {}).get(k) for k in ("outlet", "title", "published")},
            }
            for r in [*rows, *stance_records(items)]
            for e in r["evidence"]
        ],
    )
    out["stances"] = Layer(
        _STANCES,
        [
            {
                "id": s["id"],
                "power": s["power"],
                "relation": s["relation"],
                "party": s["party"],
                "conflict_id": s["theatre"],
                "conflict": s["conflict"],
                "negated": bool(s["negated"]),
                "claimed_by": s.get("claimed_by"),
                "review": s["review"],
                "evidence_count": len(s["evidence"]),
            }
            for s in stance_records(items)
        ],
    )
    out["sources"] = Layer(_SOURCES, [{"doc": doc, **d} for doc, d in sources.items()])
    return out


def _column(name: str) -> str:
    kind = "INTEGER" if name in _INTEGERS else "BOOLEAN" if name in _BOOLEANS else "TEXT"
    return f'"{name}" {kind}'


def _write_layer(conn: sqlite3.Connection, name: str, layer: Layer) -> None:
    import shapely

    columns = ", ".join(_column(c) for c in layer.columns)
    names = ", ".join(f'"{c}"' for c in layer.columns)
    marks = ", ".join("?" for _ in layer.columns)
    if layer.geometry_type is None:
        conn.execute(f'CREATE TABLE "{name}" (fid INTEGER PRIMARY KEY AUTOINCREMENT, {columns})')
        gpkg.register_attributes(conn, name, "")
        conn.executemany(
            f'INSERT INTO "{name}" ({names}) VALUES ({marks})',
            ([row[c] for c in layer.columns] for row in layer.rows),
        )
        return
    conn.execute(
        f'CREATE TABLE "{name}" (fid INTEGER PRIMARY KEY AUTOINCREMENT, '
        f"geom {layer.geometry_type}, {columns})"
    )
    gpkg.register_features(conn, name, "", layer.geometry_type)
    blobs = [gpkg.encode_shape(g)[0] for g in layer.shapes]
    conn.executemany(
        f'INSERT INTO "{name}" (geom, {names}) VALUES (?, {marks})',
        (
            [blob, *(row[c] for c in layer.columns)]
            for blob, row in zip(blobs, layer.rows, strict=True)
        ),
    )
    gpkg.touch(conn, name, tuple(shapely.total_bounds(layer.shapes)) if layer.shapes else None)


def write_gpkg(items: ItemSet, path: Path, options: ExportOptions) -> None:
    """Written with SQLite and the project's own GeoPackage code: no GDAL in the app."""
    built = layers(items)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        gpkg.init_core(conn)
        for name, layer in built.items():
            _write_layer(conn, name, layer)
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        raise ExportError(f"cannot write the GeoPackage: {exc}") from exc
    finally:
        conn.close()
