"""One flat record per map item: what every export format is made from.

A record is a plain dict with the GeoJSON export's properties plus ``geometry`` (a GeoJSON
geometry dict or None). Events take the geometry and country of their place.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

import shapely

from explorer.model import Analysis, Evidence, Stance
from explorer.store import gpkg, stance_id

KINDS = ("place", "event", "asset", "theatre")

_ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")


class ExportError(Exception):
    """An analysis that cannot be written in the asked format; the message says why."""


def review_state(reviews: Mapping[str, Any] | None, item_id: str) -> str:
    """The review state of an item from ``Project.reviews()`` (or a plain id -> state map)."""
    if not reviews or item_id not in reviews:
        return "unreviewed"
    review = reviews[item_id]
    return review["state"] if isinstance(review, Mapping) else str(review)


def iso_date(value: str | None) -> str | None:
    return value if value and _ISO_DATE.match(value) else None


def country_code(value: str | None) -> str | None:
    return value.upper() if value and _COUNTRY.match(value) else None


def evidence_json(evidence: list[Evidence]) -> list[dict]:
    return [e.to_json() for e in evidence]


def clean_geometry(item_id: str, geometry: dict | None) -> dict | None:
    """The geometry as canonical GeoJSON (lists, floats), checked by shapely."""
    if geometry is None:
        return None
    try:
        geom = gpkg.to_shape(geometry)
    except gpkg.GeometryError as exc:
        raise ExportError(f"{item_id}: {exc}") from exc
    return json.loads(shapely.to_geojson(geom))


def stance_summary(stances: list[Stance], theatre_id: str) -> list[dict]:
    """Who does what to whom in a theatre (negated statements left out), sorted."""
    seen = {
        (s.power, s.relation, s.party) for s in stances if s.theatre == theatre_id and not s.negated
    }
    return [{"power": p, "relation": r, "party": q} for p, r, q in sorted(seen)]


def records(analysis: Analysis, reviews: Mapping[str, Any] | None = None) -> list[dict]:
    """Places, events, assets and theatres, in that order, as flat records."""
    out: list[dict] = []
    places = {p.id: p for p in analysis.places}
    for p in analysis.places:
        out.append(
            {
                "id": p.id,
                "kind": "place",
                "name": p.name,
                "type": p.kind,
                "date": None,
                "country": country_code(p.country),
                "gazetteer_id": p.gazetteer_id,
                "precision": p.precision,
                "review": review_state(reviews, p.id),
                "evidence": evidence_json(p.evidence),
                "geometry": clean_geometry(p.id, p.geometry),
            }
        )
    for e in analysis.events:
        place = places.get(e.place_id) if e.place_id else None
        out.append(
            {
                "id": e.id,
                "kind": "event",
                "name": e.label or e.type.replace("_", " ").capitalize(),
                "type": e.type,
                "date": iso_date(e.date),
                "date_precision": e.date_precision,
                "country": country_code(place.country) if place else None,
                "gazetteer_id": place.gazetteer_id if place else None,
                "precision": place.precision if place else None,
                "place_id": e.place_id,
                "actors": list(e.actors),
                "review": review_state(reviews, e.id),
                "evidence": evidence_json(e.evidence),
                "geometry": clean_geometry(e.id, place.geometry) if place else None,
            }
        )
    for a in analysis.assets:
        geometry = clean_geometry(a.id, a.geometry)
        out.append(
            {
                "id": a.id,
                "kind": "asset",
                "name": a.name,
                "type": a.type,
                "date": None,
                "country": None,
                "gazetteer_id": a.gazetteer_id,
                "precision": _precision_of(geometry),
                "operators": list(a.operators),
                "review": review_state(reviews, a.id),
                "evidence": evidence_json(a.evidence),
                "geometry": geometry,
            }
        )
    for t in analysis.theatres:
        geometry = clean_geometry(t.id, t.geometry)
        out.append(
            {
                "id": t.id,
                "kind": "theatre",
                "name": t.name,
                "type": "conflict",
                "date": None,
                "country": None,
                "gazetteer_id": None,
                "precision": _precision_of(geometry),
                "stances": stance_summary(analysis.stances, t.id),
                "review": review_state(reviews, t.id),
                "evidence": evidence_json(t.evidence),
                "geometry": geometry,
            }
        )
    return out


def stance_records(analysis: Analysis, reviews: Mapping[str, Any] | None = None) -> list[dict]:
    """Stances as records without geometry (for tables: CSV, HTML)."""
    theatres = {t.id: t.name for t in analysis.theatres}
    return [
        {
            "id": stance_id(s),
            "kind": "stance",
            "name": f"{s.power} {s.relation} {s.party}" + (" (negated)" if s.negated else ""),
            "type": s.relation,
            "power": s.power,
            "relation": s.relation,
            "party": s.party,
            "theatre": s.theatre,
            "theatre_name": theatres.get(s.theatre, s.theatre),
            "negated": s.negated,
            "review": review_state(reviews, stance_id(s)),
            "evidence": evidence_json(s.evidence),
            "geometry": None,
        }
        for s in analysis.stances
    ]


def _precision_of(geometry: dict | None) -> str | None:
    if geometry is None:
        return None
    kind = geometry["type"]
    if kind == "Point":
        return "point"
    if kind in ("LineString", "MultiLineString"):
        return "line"
    return "area"
