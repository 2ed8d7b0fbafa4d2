"""The GeoJSON export: one FeatureCollection (RFC 7946, WGS84) of places, events, assets and
theatres. Stances have no geometry and are not features; ``sides_report`` carries them."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from explorer.export.records import records
from explorer.items import ItemSet, build_items
from explorer.model import Analysis


def feature_collection(items: ItemSet) -> dict[str, Any]:
    features = []
    for record in records(items):
        geometry = record.pop("geometry")
        features.append(
            {"type": "Feature", "id": record["id"], "geometry": geometry, "properties": record}
        )
    return {"type": "FeatureCollection", "features": features}


def to_feature_collection(
    analysis: Analysis, reviews: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The GeoJSON export of a whole analysis (every item, its review state from ``reviews``)."""
    return feature_collection(build_items(analysis, reviews))


def write_geojson(items: ItemSet, path: Path) -> None:
    collection = feature_collection(items)
    with path.open("w", encoding="utf-8") as handle:
        json.dump(collection, handle, ensure_ascii=False)
        handle.write("\n")
