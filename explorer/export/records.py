"""Items as the flat records every file format writes.

``Item.properties()`` (the one contract, ``explorer.items``) plus what a file needs beside the
map: a checked ``geometry``, the event's targets and place name, the first-level region of a
place or an event's place (``admin1``, as ACLED's tables name it), the conflict's name, the
evidence once per span, and each cited article's outlet, title and date. Items with no place
are ``unlocated``: every format lists them apart instead of writing a null geometry, and says
how many there were.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from explorer.geoparse.admin1 import country_name, region_of
from explorer.ids import place_gazetteer_id
from explorer.items import ItemSet
from explorer.items import in_file as in_file  # the exports' own name for it
from explorer.store import gpkg
from explorer.vocabulary import DATA_CREDITS as DATA_CREDITS  # the exports' own name for it

if TYPE_CHECKING:  # imported where a shape is checked: the export package loads without it
    import shapely


def where_in_words(r: dict[str, Any]) -> str:
    """ "Gaza Strip, Palestinian Territory": a record's first-level region and country by
    name, as the window's Items table gives them ("PS" means little on paper), leaving out
    what the record's name or place already says."""
    country = country_name(r["country"]) if r.get("country") else None
    said = (r.get("name"), r.get("place"))
    return ", ".join(p for p in (r.get("admin1"), country) if p and p not in said)


class ExportError(Exception):
    """Items that cannot be written in the asked format; the message says why."""


@dataclass(frozen=True)
class ExportOptions:
    """What an export needs beside the items: the colours the window uses, a title, and for
    the standalone HTML map the map page it embeds (built by ``explorer.mapview.page``)."""

    title: str = ""
    palette: dict[str, Any] = field(default_factory=dict)
    map_page: str | None = None


@dataclass(frozen=True)
class ExportResult:
    """What was written: the file, the items on the map and those listed apart."""

    path: Path
    located: int
    unlocated: int

    @property
    def written(self) -> int:
        return self.located + self.unlocated

    def message(self) -> str:
        text = f"{self.path}: {self.written} item{'s' * (self.written != 1)}"
        if self.unlocated:
            text += (
                f"; {self.unlocated} without a place (listed apart, not on the map)"
                if self.located
                else " (none has a place)"
            )
        return text


# Each distinct geometry is checked and converted once per process, not once per item: a table
# of 100,000 events stands on a few thousand towns (the points were 16 of the 28 s of a CSV
# export of such a table). Keys are a point's coordinates, or the GeoJSON text of any other
# shape; the entries (shapely geometries, GeoJSON that writers only read) are shared.
_SHAPES: dict[object, CheckedShape] = {}
_SHAPES_KEPT = 8192


@dataclass(eq=False)
class CheckedShape:
    """A geometry as shapely sees it, and as canonical GeoJSON (lists, floats; None when it is
    empty)."""

    geom: shapely.Geometry
    geojson: dict | None

    @cached_property
    def where(self) -> tuple[float, float, str]:
        """Latitude and longitude of the point, or of a point inside any other shape; WKT."""
        import shapely

        point = self.geom if self.geom.geom_type == "Point" else self.geom.representative_point()
        wkt = shapely.to_wkt(self.geom, rounding_precision=-1)
        return round(point.y, 6), round(point.x, 6), wkt


def _geometry_key(geometry: dict) -> object:
    """A hashable key equal for equal geometries."""
    if geometry.get("type") == "Point":
        try:
            key = ("Point", *geometry["coordinates"])
            hash(key)  # numbers; a nested list (not a point) is keyed as text below
            return key
        except (KeyError, TypeError):
            pass
    return json.dumps(geometry, sort_keys=True, default=str)


def checked_shape(geometry: dict) -> CheckedShape:
    """The geometry checked once per distinct shape. Raises ``gpkg.GeometryError`` for what
    is not usable geometry."""
    key = _geometry_key(geometry)
    known = _SHAPES.get(key)
    if known is None:
        import shapely

        geom = gpkg.to_shape(geometry)
        clean = None if geom.is_empty else json.loads(shapely.to_geojson(geom))
        if len(_SHAPES) >= _SHAPES_KEPT:
            _SHAPES.clear()
        known = _SHAPES[key] = CheckedShape(geom, clean)
    return known


def clean_geometry(item_id: str, geometry: dict | None) -> dict | None:
    """The geometry as canonical GeoJSON (lists, floats), checked by shapely."""
    if not geometry:
        return None
    try:
        return checked_shape(geometry).geojson
    except gpkg.GeometryError as exc:
        raise ExportError(f"{item_id}: {exc}") from exc


def unique_evidence(evidence: list[dict]) -> list[dict]:
    """Each span once: one sentence naming a place twice is one excerpt, not two."""
    seen: set[tuple] = set()
    out = []
    for e in evidence:
        key = (e["doc"], e["start"], e["end"])
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def source_details(items: ItemSet) -> dict[str, dict[str, Any]]:
    """Document id -> its title, outlet and publication date, for the articles items cite."""
    return {
        doc: {"title": s.title, "outlet": s.outlet, "published": s.published}
        for doc, s in items.sources.items()
    }


def records(items: ItemSet) -> list[dict]:
    """Places, events, assets and theatres, in that order, with their evidence."""
    events = {e.id: e for e in items.analysis.events}
    places = {p.id: p for p in items.analysis.places}
    conflicts = dict(items.theatre_names)
    conflicts.update({i.id: i.name for i in items if i.kind == "theatre"})
    out = []
    for item in items:
        record = item.properties()
        record["evidence"] = unique_evidence(record["evidence"])
        record["geometry"] = clean_geometry(item.id, item.geometry)
        record["conflict"] = conflicts.get(item.theatre or "", item.theatre)
        record["place"] = item.name if item.kind == "place" else None
        if item.kind == "event":
            event = events.get(item.id)
            record["targets"] = list(getattr(event, "targets", []) or [])
            place = places.get(item.place_id or "")
            record["place"] = place.name if place is not None else None
            record["place"] = record["place"] or getattr(event, "location", None) or None
        if item.kind in ("place", "event"):
            record["admin1"] = region_of(item.gazetteer_id or place_gazetteer_id(item.place_id))
        layer = getattr(item, "layer", None)
        if layer:
            record["layer"] = layer
        out.append(record)
    return out


def split_located(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """Records with a geometry, and those without (listed apart by every format)."""
    located = [r for r in rows if r["geometry"] is not None]
    return located, [r for r in rows if r["geometry"] is None]


def stance_records(items: ItemSet) -> list[dict]:
    """Stances as records without geometry (for tables), with who claims them when the
    article attributes the claim."""
    out = []
    for stance in items.stances:
        record = {**stance.properties(), "geometry": None, "conflict": stance.theatre_name}
        record["evidence"] = unique_evidence(record["evidence"])
        out.append(record)
    return out
