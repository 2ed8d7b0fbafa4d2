"""The GeoJSON export: one FeatureCollection (RFC 7946, WGS84) of places, events, assets and
theatres. Stances have no geometry and are not features; ``sides_report`` carries them."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from explorer.export.records import records
from explorer.model import Analysis


def to_feature_collection(
    analysis: Analysis, reviews: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    features = []
    for record in records(analysis, reviews):
        properties = {k: v for k, v in record.items() if k != "geometry"}
        features.append(
            {
                "type": "Feature",
                "id": record["id"],
                "geometry": record["geometry"],
                "properties": properties,
            }
        )
    return {"type": "FeatureCollection", "features": features}


def write_geojson(analysis: Analysis, path: Path, reviews: Mapping[str, Any] | None) -> None:
    collection = to_feature_collection(analysis, reviews)
    with path.open("w", encoding="utf-8") as handle:
        json.dump(collection, handle, ensure_ascii=False)
        handle.write("\n")
