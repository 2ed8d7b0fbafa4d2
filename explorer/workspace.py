"""The window's model, free of Qt: what is loaded, what is shown, what is selected.

Views take a Workspace in their constructor and listen to its psygnal signals; slots call its
methods. Everything derived (the feature collection, sides, colours) is computed here once per
change, so map, tables and exports agree.
"""

from __future__ import annotations

from pathlib import Path

from psygnal import Signal

from explorer.model import Analysis, Document


def _side_of(props: dict, backing: dict[tuple[str, str], str], parties: dict[str, set[str]]):
    """The party an item is tied to in its theatre: itself a party, or backed by its actor."""
    theatre = props.get("theatre")
    if not theatre:
        return None
    for actor in props.get("actors") or props.get("operators") or []:
        if actor in parties.get(theatre, set()):
            return actor
        if (theatre, actor) in backing:
            return backing[(theatre, actor)]
    return None


def _theatre_areas(collection: dict) -> list[tuple[str, object]]:
    from shapely.geometry import shape
    from shapely.prepared import prep

    areas = []
    for feature in collection.get("features", []):
        props, geometry = feature["properties"], feature.get("geometry")
        if props.get("kind") == "theatre" and geometry and "Polygon" in geometry["type"]:
            theatre_id = props["id"].removeprefix("theatre:")
            areas.append((theatre_id, prep(shape(geometry))))
    return areas


def _assign_theatres(collection: dict) -> None:
    """An event or asset lies in the conflict whose area holds it (when it has a place)."""
    from shapely.geometry import shape

    areas = _theatre_areas(collection)
    for feature in collection.get("features", []):
        props, geometry = feature["properties"], feature.get("geometry")
        if props.get("kind") == "theatre":
            props.setdefault("theatre", props["id"].removeprefix("theatre:"))
            continue
        if props.get("theatre") or not geometry or props.get("kind") == "place":
            continue
        point = shape(geometry).representative_point()
        props["theatre"] = next((tid for tid, area in areas if area.contains(point)), None)


def decorate(collection: dict, sides: dict) -> dict:
    """Add each feature's ``theatre`` (by area) and ``side`` (from the stances of its theatre),
    in place; returns the collection."""
    _assign_theatres(collection)
    backing: dict[tuple[str, str], str] = {}
    parties: dict[str, set[str]] = {}
    for theatre in sides.get("theatres", []):
        for stance in theatre.get("stances", []):
            parties.setdefault(theatre["id"], set()).add(stance["party"])
            if stance["relation"] == "backs":
                backing.setdefault((theatre["id"], stance["power"]), stance["party"])
    for feature in collection.get("features", []):
        props = feature["properties"]
        props.setdefault("side", _side_of(props, backing, parties))
    return collection


class Workspace:
    analysis_changed = Signal()  # items were loaded, added or reviewed
    filters_changed = Signal(object)  # the FilterState now in force
    selection_changed = Signal(object)  # item id, or None
    palette_changed = Signal(object)  # {"kinds": {...}, "sides": {...}}

    def __init__(self) -> None:
        from explorer.filters import FilterState

        self.analysis = Analysis()
        self.project: Path | None = None
        self.filters = FilterState()
        self.selection: str | None = None
        # The analyst's own colours ({kind or side name: "#rrggbb"}), laid over the defaults.
        self.palette_overrides: dict[str, str] = {}
        self._collection: dict = {"type": "FeatureCollection", "features": []}
        self._sides: dict = {"theatres": []}
        self._by_id: dict[str, dict] = {}
        self._documents: dict[str, Document] = {}
        self.palette: dict = self._palette()

    # --- loading -----------------------------------------------------------------------
    def set_analysis(
        self, analysis: Analysis, project: Path | None = None, reviews: dict | None = None
    ) -> None:
        import json

        from explorer.export import sides_report, to_feature_collection

        self.analysis = analysis
        if project is not None:
            self.project = project
        self._sides = json.loads(sides_report(analysis, "json"))
        self._collection = decorate(to_feature_collection(analysis, reviews), self._sides)
        self._by_id = {f["properties"]["id"]: f for f in self._collection["features"]}
        self._documents = {d.id: d for d in analysis.documents}
        if self.selection not in self._by_id:
            self.selection = None
        self.palette = self._palette()
        self.analysis_changed.emit()
        self.palette_changed.emit(self.palette)

    def _palette(self) -> dict:
        from explorer.mapview.page import DEFAULT_PALETTE
        from explorer.palette import side_colours

        kinds = dict(DEFAULT_PALETTE["kinds"])
        sides = side_colours(self._sides)
        for name, colour in self.palette_overrides.items():
            (kinds if name in kinds else sides)[name] = colour
        return {"kinds": kinds, "sides": sides}

    def set_palette_overrides(self, overrides: dict[str, str]) -> None:
        """The analyst's colours for kinds and sides; map, legend and panels follow."""
        self.palette_overrides = dict(overrides)
        self.palette = self._palette()
        self.palette_changed.emit(self.palette)

    # --- what is shown ------------------------------------------------------------------
    @property
    def collection(self) -> dict:
        return self._collection

    @property
    def sides(self) -> dict:
        return self._sides

    @property
    def documents(self) -> dict[str, Document]:
        return self._documents

    def mentions_in(self, doc_id: str) -> list[dict]:
        """Spans of a document to highlight in the article view, each tied to its item."""
        spans = [
            {"start": m.start, "end": m.end, "item_id": m.place_id, "kind": "place"}
            for m in self.analysis.mentions
            if m.doc == doc_id and m.place_id in self._by_id
        ]
        for feature in self._collection["features"]:
            props = feature["properties"]
            if props["kind"] == "place":
                continue
            for ev in props.get("evidence", []):
                if ev["doc"] == doc_id:
                    spans.append(
                        {
                            "start": ev["start"],
                            "end": ev["end"],
                            "item_id": props["id"],
                            "kind": props["kind"],
                        }
                    )
        return spans

    def feature(self, item_id: str) -> dict | None:
        return self._by_id.get(item_id)

    def visible_collection(self) -> dict:
        return self.filters.apply(self._collection)

    def visible_analysis(self) -> Analysis:
        """The analysis cut down to the items that pass the filters: what an export writes."""
        from dataclasses import replace

        keep = {f["properties"]["id"] for f in self.visible_collection()["features"]}
        a = self.analysis
        return replace(
            a,
            places=[p for p in a.places if p.id in keep],
            events=[e for e in a.events if e.id in keep],
            assets=[x for x in a.assets if x.id in keep],
            theatres=[t for t in a.theatres if t.id in keep],
        )

    def set_filters(self, filters) -> None:
        self.filters = filters
        self.filters_changed.emit(filters)

    def select(self, item_id: str | None) -> None:
        if item_id is not None and item_id not in self._by_id:
            return
        if item_id != self.selection:
            self.selection = item_id
            self.selection_changed.emit(item_id)
