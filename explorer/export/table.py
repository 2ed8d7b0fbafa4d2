"""The CSV export, in the manner of ACLED's tables: one row per item (stances included), the
columns an analyst sorts and pivots on first, the excerpts last.

``actor1`` is who acted (an event's actors, an asset's operators, the power of a stance) and
``actor2`` whom it was done to (an event's targets, the party a power backs): a role column
is filled only where the reading knows the role. ``latitude``/``longitude`` are the point of a
point item and a point inside any other shape; ``geo_precision`` says which, and ``wkt`` holds
the whole shape. Every cell that a spreadsheet would run as a formula is made inert.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from explorer.export.records import (
    ExportOptions,
    checked_shape,
    records,
    stance_records,
)
from explorer.export.safe import csv_cell
from explorer.items import ItemSet

COLUMNS = [
    "id", "kind", "type", "name", "date", "date_precision", "actor1", "actor2", "side",
    "conflict", "conflict_id", "place", "admin1", "country", "latitude", "longitude",
    "geo_precision", "review", "layer", "sources", "outlets", "claimed_by", "negated",
    "evidence_count", "excerpt", "evidence", "wkt",
]  # fmt: skip

LIST_SEPARATOR = "; "
EXCERPT_SEPARATOR = " | "


def format_evidence(evidence: list[dict]) -> str:
    """``doc [start:end]`` per excerpt, in the order of the ``excerpt`` column."""
    return EXCERPT_SEPARATOR.join(f"{e['doc']} [{e['start']}:{e['end']}]" for e in evidence)


def _joined(values: Any) -> str:
    return LIST_SEPARATOR.join(str(v) for v in values or [])


def row(record: dict) -> dict[str, Any]:
    out: dict[str, Any] = {c: record.get(c) for c in COLUMNS}
    kind = record["kind"]
    if kind == "event":
        out["actor1"], out["actor2"] = _joined(record.get("actors")), _joined(record.get("targets"))
    elif kind == "asset":
        out["actor1"] = _joined(record.get("operators"))
    elif kind == "stance":
        out["actor1"], out["actor2"] = record["power"], record["party"]
    elif kind == "theatre":
        out["actor1"] = _joined(sorted({s["power"] for s in record.get("stances", [])}))
        out["actor2"] = _joined(sorted({s["party"] for s in record.get("stances", [])}))
    out["conflict_id"] = record.get("theatre")
    out["geo_precision"] = record.get("precision")
    geometry = record["geometry"]
    if geometry is not None:
        out["latitude"], out["longitude"], out["wkt"] = checked_shape(geometry).where
    out["sources"] = _joined(dict.fromkeys(e["doc"] for e in record["evidence"]))
    out["outlets"] = _joined(record.get("outlets"))
    out["evidence_count"] = len(record["evidence"])
    out["excerpt"] = EXCERPT_SEPARATOR.join(" ".join(e["text"].split()) for e in record["evidence"])
    out["evidence"] = format_evidence(record["evidence"])
    if kind != "stance":
        out["negated"] = None
    return {k: ("" if v is None else csv_cell(v)) for k, v in out.items()}


def table_rows(items: ItemSet) -> list[dict[str, Any]]:
    return [row(r) for r in [*records(items), *stance_records(items)]]


def write_csv(items: ItemSet, path: Path, options: ExportOptions) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(table_rows(items))
