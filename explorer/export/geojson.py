"""The GeoJSON export: one FeatureCollection (RFC 7946, WGS84) of places, events, assets and
theatres, countries and regions drawn by their outlines.

An item with no place has no feature (a null geometry breaks GIS tools and is easy to miss);
it is listed apart under the collection's ``unlocated`` member, with the same properties, and
counted in the export's message. Stances have no geometry; ``sides_report`` carries them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from explorer.export.records import ExportOptions, records, split_located
from explorer.items import ItemSet, build_items
from explorer.model import Analysis


def _feature(record: dict) -> dict[str, Any]:
    record = dict(record)
    geometry = record.pop("geometry")
    return {"type": "Feature", "id": record["id"], "geometry": geometry, "properties": record}


def feature_collection(items: ItemSet) -> dict[str, Any]:
    """Located items as features; the others under ``unlocated`` (a foreign member)."""
    located, unlocated = split_located(records(items))
    collection: dict[str, Any] = {
        "type": "FeatureCollection",
        "features": [_feature(r) for r in located],
    }
    if unlocated:
        collection["unlocated"] = [
            {k: v for k, v in r.items() if k != "geometry"} for r in unlocated
        ]
    return collection


def to_feature_collection(
    analysis: Analysis, reviews: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The GeoJSON export of a whole analysis (every item, its review state from ``reviews``)."""
    return feature_collection(build_items(analysis, reviews))


def write_geojson(items: ItemSet, path: Path, options: ExportOptions) -> None:
    collection = feature_collection(items)
    with path.open("w", encoding="utf-8") as handle:
        json.dump(collection, handle, ensure_ascii=False)
        handle.write("\n")
