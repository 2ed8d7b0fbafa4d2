"""The CSV export: one row per item (stances included), geometry as WKT and, for points,
lon/lat columns; evidence joined into one cell."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import shape

from explorer.export.records import records, stance_records
from explorer.items import ItemSet

COLUMNS = [
    "id", "kind", "name", "type", "date", "date_precision", "country", "gazetteer_id",
    "precision", "review", "lon", "lat", "wkt", "place_id", "actors", "operators",
    "power", "relation", "party", "theatre", "side", "negated", "outlets", "evidence_count",
    "evidence",
]  # fmt: skip

LIST_SEPARATOR = "; "
EVIDENCE_SEPARATOR = " | "


def format_evidence(evidence: list[dict]) -> str:
    """``doc [start:end] excerpt`` per excerpt, joined with `` | ``."""
    return EVIDENCE_SEPARATOR.join(
        f"{e['doc']} [{e['start']}:{e['end']}] {e['text']}" for e in evidence
    )


def row(record: dict) -> dict[str, Any]:
    geometry = record["geometry"]
    out = {c: record.get(c) for c in COLUMNS}
    out["lon"] = out["lat"] = out["wkt"] = None
    if geometry is not None:
        geom = shape(geometry)
        out["wkt"] = shapely.to_wkt(geom, rounding_precision=-1)
        if geom.geom_type == "Point" and not geom.is_empty:
            out["lon"], out["lat"] = geom.x, geom.y
    for column in ("actors", "operators", "outlets"):
        if record.get(column) is not None:
            out[column] = LIST_SEPARATOR.join(record[column])
    out["evidence_count"] = len(record["evidence"])
    out["evidence"] = format_evidence(record["evidence"])
    return {k: ("" if v is None else v) for k, v in out.items()}


def write_csv(items: ItemSet, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for record in [*records(items), *stance_records(items)]:
            writer.writerow(row(record))
