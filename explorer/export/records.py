"""Items as the flat records every file format writes: ``Item.properties()`` plus a checked
``geometry``. The properties themselves are made in one place, ``explorer.items``."""

from __future__ import annotations

import json

import shapely

from explorer.items import ItemSet
from explorer.store import gpkg


class ExportError(Exception):
    """Items that cannot be written in the asked format; the message says why."""


def clean_geometry(item_id: str, geometry: dict | None) -> dict | None:
    """The geometry as canonical GeoJSON (lists, floats), checked by shapely."""
    if geometry is None:
        return None
    try:
        geom = gpkg.to_shape(geometry)
    except gpkg.GeometryError as exc:
        raise ExportError(f"{item_id}: {exc}") from exc
    return json.loads(shapely.to_geojson(geom))


def records(items: ItemSet) -> list[dict]:
    """Places, events, assets and theatres, in that order, with their evidence."""
    return [
        {**item.properties(), "geometry": clean_geometry(item.id, item.geometry)} for item in items
    ]


def stance_records(items: ItemSet) -> list[dict]:
    """Stances as records without geometry (for tables: CSV, HTML)."""
    return [{**stance.properties(), "geometry": None} for stance in items.stances]
