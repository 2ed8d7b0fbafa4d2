"""The GeoPackage export, for QGIS and GDAL: one layer per kind and geometry type.

A GIS reads a GeoPackage layer as one geometry type, so places, events, assets and conflict
areas are split by the shape they have (``places_point``, ``places_polygon``, ``assets_line``,
...), lines and polygons written as their multi types. Items with no place go to the
``unlocated`` table, and the tables ``evidence`` (every excerpt, its article's outlet, title
and date), ``stances`` and ``sources`` hold what the map's items rest on. Written by GDAL
(pyogrio), so whatever GDAL reads, reads it.
"""

from __future__ import annotations

import os
import warnings
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
    "precision", "place", "conflict_id", "conflict", "side", "review", "layer", "actors",
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


def layers(items: ItemSet) -> dict[str, Any]:
    """Layer name -> (Geo)DataFrame, in the order they are written."""
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry import MultiPoint

    rows = records(items)
    located, unlocated = split_located(rows)
    out: dict[str, Any] = {}
    for kind in KINDS:
        groups: dict[str, list[tuple[dict, Any]]] = {}
        for record in located:
            if record["kind"] == kind:
                family, geom = _family(checked_shape(record["geometry"])[0])
                groups.setdefault(family, []).append((_attributes(record), geom))
        for family in ("point", "line", "polygon"):
            if family not in groups:
                continue
            attrs = [a for a, _ in groups[family]]
            geoms = [g for _, g in groups[family]]
            if family == "point" and any(g.geom_type == "MultiPoint" for g in geoms):
                geoms = [g if g.geom_type == "MultiPoint" else MultiPoint([g]) for g in geoms]
            out[f"{LAYER_PREFIX[kind]}_{family}"] = gpd.GeoDataFrame(
                attrs, geometry=geoms, crs="EPSG:4326"
            )
    out["unlocated"] = pd.DataFrame([_attributes(r) for r in unlocated], columns=list(_FIELDS))
    sources = source_details(items)
    evidence = [
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
    ]
    out["evidence"] = pd.DataFrame(
        evidence,
        columns=["item_id", "kind", "doc", "start", "end", "text", "date", "outlet", "title",
                 "published"],
    )  # fmt: skip
    out["stances"] = pd.DataFrame(
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
        columns=["id", "power", "relation", "party", "conflict_id", "conflict", "negated",
                 "claimed_by", "review", "evidence_count"],
    )  # fmt: skip
    out["sources"] = pd.DataFrame(
        [{"doc": doc, **details} for doc, details in sources.items()],
        columns=["doc", "title", "outlet", "published"],
    )
    return out


def write_gpkg(items: ItemSet, path: Path, options: ExportOptions) -> None:
    import pyogrio

    # GDAL wants the extension; write under it, then move to where the caller asked.
    work = path.with_name(path.name + ".gpkg")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # GDAL notes on empty tables
            for name, frame in layers(items).items():
                pyogrio.write_dataframe(
                    frame, work, layer=name, driver="GPKG", promote_to_multi=False
                )
        os.replace(work, path)
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
        raise ExportError(f"cannot write the GeoPackage: {exc}") from exc
    finally:
        work.unlink(missing_ok=True)
