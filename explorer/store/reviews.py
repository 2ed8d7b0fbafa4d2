"""Analysts' decisions on machine-made items, and how they change what a project shows.

A review is ``{"kind", "state", "edits", "updated"}`` keyed by item id. Edits are field values
that win over machine output; they accumulate over successive reviews of an item until it is
set back to ``unreviewed``.
"""

from __future__ import annotations

import re
from typing import Any

from explorer.items import REVIEW_STATES
from explorer.model import Analysis, Candidate, place_id_for
from explorer.store import gpkg
from explorer.store.ids import mention_id, stance_id

STATES = REVIEW_STATES

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# Which fields an analyst may edit, per kind, and what each must hold.
EDITABLE: dict[str, dict[str, str]] = {
    "place": {
        "name": "str",
        "kind": "str",
        "country": "str?",
        "gazetteer_id": "str?",
        "precision": "str",
        "geometry": "geometry",
        "candidate": "candidate",
    },
    "event": {
        "type": "str",
        "date": "date?",
        "date_precision": "str",
        "place_id": "str?",
        "actors": "strs",
        "targets": "strs",
        "label": "str",
    },
    "asset": {
        "type": "str",
        "name": "str",
        "geometry": "geometry?",
        "operators": "strs",
        "gazetteer_id": "str?",
    },
    "theatre": {"name": "str", "geometry": "geometry?"},
    "stance": {
        "power": "str",
        "relation": "str",
        "party": "str",
        "theatre": "str",
        "negated": "bool",
    },
    "mention": {"name": "str", "place_id": "str?", "metonymic": "bool", "candidate": "candidate"},
}


def check_edits(kind: str, edits: dict[str, Any]) -> str | None:
    """Why ``edits`` cannot apply to an item of ``kind``, or None when they can."""
    allowed = EDITABLE[kind]
    for key, value in edits.items():
        rule = allowed.get(key)
        if rule is None:
            return f"{kind} has no editable field {key!r} (editable: {', '.join(allowed)})"
        if value is None and rule.endswith("?"):
            continue
        base = rule.rstrip("?")
        ok = True
        if base == "str":
            ok = isinstance(value, str)
        elif base == "strs":
            ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        elif base == "bool":
            ok = isinstance(value, bool)
        elif base == "date":
            ok = isinstance(value, str) and bool(_DATE.match(value))
        elif base == "geometry":
            try:
                gpkg.to_shape(value)
            except gpkg.GeometryError:
                ok = False
        elif base == "candidate":
            try:
                Candidate(**value)
            except TypeError:
                ok = False
        if not ok:
            return f"{kind} field {key!r} cannot be {value!r} (expected {rule})"
    return None


def _apply_candidate(item: Any, kind: str, chosen: Candidate) -> None:
    if kind == "place":
        item.gazetteer_id = chosen.gazetteer_id
        item.name = chosen.name
        item.kind = chosen.kind
        item.country = chosen.country
        item.geometry = {"type": "Point", "coordinates": [chosen.lon, chosen.lat]}
        item.precision = "point"
    else:  # mention
        item.place_id = place_id_for(chosen.gazetteer_id)
        rest = [c for c in item.candidates if c.gazetteer_id != chosen.gazetteer_id]
        item.candidates = [chosen, *rest]


def apply_edits(item: Any, kind: str, edits: dict[str, Any]) -> None:
    for key, value in edits.items():
        if key == "candidate":
            _apply_candidate(item, kind, Candidate(**value))
        else:
            setattr(item, key, value)


def apply_reviews(analysis: Analysis, reviews: dict[str, dict], include_rejected: bool) -> Analysis:
    """Edit ``analysis`` in place: edited values win; rejected items go unless asked for."""
    if not reviews:
        return analysis

    changed: dict[str, set[str]] = {"place": set(), "event": set()}  # edited or left out

    def keep(items: list, kind: str, key) -> list:
        kept = []
        for item in items:
            review = reviews.get(key(item))
            if review is None and kind == "event":
                # an event told by several articles carries the ids of their reports: a
                # decision on any of them holds for it
                review = next((reviews[m] for m in item.members if m in reviews), None)
            if review is None:
                kept.append(item)
                continue
            if kind in changed and (review["edits"] or review["state"] == "rejected"):
                changed[kind].add(key(item))  # its events' titles are made anew
            if review["state"] == "rejected" and not include_rejected:
                continue
            if review["edits"]:
                apply_edits(item, kind, review["edits"])
            kept.append(item)
        return kept

    def by_id(item):
        return item.id

    # Ids are taken before edits: a stance's id is that of its machine-made form.
    analysis.places = keep(analysis.places, "place", by_id)
    analysis.events = keep(analysis.events, "event", by_id)
    analysis.assets = keep(analysis.assets, "asset", by_id)
    analysis.theatres = keep(analysis.theatres, "theatre", by_id)
    stance_keys = {id(s): stance_id(s) for s in analysis.stances}
    analysis.stances = keep(analysis.stances, "stance", lambda s: stance_keys[id(s)])
    analysis.mentions = keep(analysis.mentions, "mention", mention_id)
    if analysis.event_titles is not None:  # titles made from the items as stored
        analysis.event_titles.forget(changed["event"], changed["place"])
    return analysis
