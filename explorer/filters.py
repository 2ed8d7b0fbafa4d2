"""Which items the map and the tables show: one filter state, plain data, no Qt.

Every value dimension (kinds, theatres, sides, event types, sources, review states) holds an
allow-list, or None for "no restriction"; None also lets in values that appear later (a new
article, a new theatre). An item without a value for a dimension (no theatre, no side, no
evidence) carries ``NONE`` there, so "items with no theatre" can be ticked off like any value.

Dates: the range and the "include undated" switch apply to events only, places and assets are
not dated things. A partial date is compared by the span it names, so "2020-10" overlaps a
range that touches any day of October 2020.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any, NamedTuple

from explorer.timeline import date_span, event_span

KINDS = ("place", "event", "asset", "theatre")
REVIEW_STATES = ("unreviewed", "confirmed", "edited", "rejected")
NONE = ""  # the value of an item that has none for a dimension
VALUE_DIMENSIONS = ("kinds", "theatres", "sides", "event_types", "sources", "review_states")
SCHEMA_VERSION = 1

Props = Mapping[str, Any]
Allow = frozenset[str] | None


def theatre_of(props: Props) -> str:
    """A conflict area's own id, or the theatre an item belongs to."""
    if props.get("kind") == "theatre":
        return str(props.get("theatre") or props.get("id") or NONE)
    return str(props.get("theatre") or NONE)


def review_of(props: Props) -> str:
    return str(props.get("review") or "unreviewed")


def sources_of(props: Props) -> set[str]:
    docs = {str(e.get("doc")) for e in props.get("evidence") or () if e.get("doc")}
    return docs or {NONE}


def values_of(dimension: str, props: Props) -> set[str] | None:
    """The values an item has for a dimension; None when the dimension does not apply to it
    (event types are a question about events only)."""
    if dimension == "kinds":
        return {str(props.get("kind") or NONE)}
    if dimension == "theatres":
        return {theatre_of(props)}
    if dimension == "sides":
        return {str(props.get("side") or NONE)}
    if dimension == "event_types":
        return {str(props.get("type") or NONE)} if props.get("kind") == "event" else None
    if dimension == "sources":
        return sources_of(props)
    if dimension == "review_states":
        return {review_of(props)}
    raise KeyError(dimension)


def _frozen(values: Iterable[str] | None) -> Allow:
    return None if values is None else frozenset(str(v) for v in values)


def _text_of(props: Props) -> str:
    parts: list[str] = []
    for key in ("name", "id", "kind", "type", "country", "side", "theatre", "date"):
        value = props.get(key)
        if value:
            parts.append(str(value))
            parts.append(str(value).replace("_", " "))
    parts.extend(str(a) for a in props.get("actors") or ())
    parts.extend(str(a) for a in props.get("aliases") or ())
    parts.extend(str(e.get("text", "")) for e in props.get("evidence") or ())
    parts.extend(str(e.get("doc", "")) for e in props.get("evidence") or ())
    return "\n".join(parts).casefold()


@dataclass(frozen=True)
class FilterState:
    kinds: Allow = None
    theatres: Allow = None
    sides: Allow = None
    event_types: Allow = None
    sources: Allow = None
    review_states: Allow = None
    date_start: str | None = None
    date_end: str | None = None
    include_undated: bool = True
    show_rejected: bool = False
    text: str = field(default="")

    def __post_init__(self) -> None:
        # Accept any iterable (a list from settings, a set from a test) and store a frozenset.
        for name in VALUE_DIMENSIONS:
            object.__setattr__(self, name, _frozen(getattr(self, name)))

    # -- questions ------------------------------------------------------------------------------
    @property
    def is_default(self) -> bool:
        return self == FilterState()

    def active_count(self) -> int:
        """How many restrictions are in force (for a "3 filters" badge)."""
        count = sum(getattr(self, name) is not None for name in VALUE_DIMENSIONS)
        count += bool(self.date_start or self.date_end)
        count += (not self.include_undated) + self.show_rejected + bool(self.text.strip())
        return count

    def matches(self, props: Props) -> bool:
        if not self.show_rejected and review_of(props) == "rejected":
            return False
        for name in VALUE_DIMENSIONS:
            allowed: Allow = getattr(self, name)
            if allowed is None:
                continue
            values = values_of(name, props)
            if values is not None and not values & allowed:
                return False
        return self._matches_date(props) and self._matches_text(props)

    def _matches_date(self, props: Props) -> bool:
        if props.get("kind") != "event":
            return True
        span = event_span(props)
        if span is None:
            return self.include_undated
        start = date_span(self.date_start)
        end = date_span(self.date_end)
        if start is not None and span[1] < start[0]:
            return False
        return not (end is not None and span[0] > end[1])

    def _matches_text(self, props: Props) -> bool:
        words = self.text.casefold().split()
        if not words:
            return True
        haystack = _text_of(props)
        return all(word in haystack for word in words)

    # -- applying -------------------------------------------------------------------------------
    def apply(self, collection: Mapping[str, Any]) -> dict[str, Any]:
        """A new FeatureCollection with the features that pass; the input is left untouched."""
        result = {k: v for k, v in collection.items() if k != "features"}
        result["type"] = "FeatureCollection"
        result["features"] = [
            f for f in collection.get("features", ()) if self.matches(f.get("properties") or {})
        ]
        return result

    def visible_ids(self, collection: Mapping[str, Any]) -> set[str]:
        return {
            str(f["properties"]["id"])
            for f in collection.get("features", ())
            if (f.get("properties") or {}).get("id") and self.matches(f["properties"])
        }

    # -- changing -------------------------------------------------------------------------------
    def with_changes(self, **changes: Any) -> FilterState:
        return replace(self, **changes)

    # -- persistence ----------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"version": SCHEMA_VERSION}
        for f in fields(self):
            value = getattr(self, f.name)
            data[f.name] = sorted(value) if isinstance(value, frozenset) else value
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> FilterState:
        """Read settings leniently: unknown keys are ignored, malformed values fall back to
        their defaults, so an old or hand-edited settings file never stops the app."""
        if not isinstance(data, Mapping):
            return cls()
        kwargs: dict[str, Any] = {}
        for name in VALUE_DIMENSIONS:
            value = data.get(name)
            if isinstance(value, list | tuple | set | frozenset):
                kwargs[name] = [NONE if v is None else str(v) for v in value]
        for name in ("date_start", "date_end"):
            value = data.get(name)
            if isinstance(value, str) and date_span(value) is not None:
                kwargs[name] = value
        for name in ("include_undated", "show_rejected"):
            if isinstance(data.get(name), bool):
                kwargs[name] = data[name]
        if isinstance(data.get("text"), str):
            kwargs["text"] = data["text"]
        return cls(**kwargs)


class Facet(NamedTuple):
    value: str
    label: str
    count: int


def _label(dimension: str, value: str, names: Mapping[str, str]) -> str:
    if value == NONE:
        return {
            "theatres": "(no theatre)",
            "sides": "(no side)",
            "sources": "(no source)",
            "event_types": "(no type)",
        }.get(dimension, "(none)")
    if dimension == "theatres":
        return names.get(value, value)
    if dimension in ("sources", "sides"):
        return value  # file names and proper names are shown as they are
    return value.replace("_", " ")


def _order(dimension: str, value: str, label: str) -> tuple[int, int, str]:
    canonical = {"kinds": KINDS, "review_states": REVIEW_STATES}.get(dimension, ())
    rank = canonical.index(value) if value in canonical else len(canonical)
    return (value == NONE, rank, label.casefold())


def facets(collection: Mapping[str, Any]) -> dict[str, list[Facet]]:
    """For each value dimension, the values present in the collection with how many items
    carry each, ordered for display (kinds and review states in their usual order, the rest
    alphabetically, "none" last)."""
    counters: dict[str, Counter[str]] = {name: Counter() for name in VALUE_DIMENSIONS}
    names: dict[str, str] = {}
    for feature in collection.get("features", ()):
        props = feature.get("properties") or {}
        if props.get("kind") == "theatre" and props.get("name"):
            names[theatre_of(props)] = str(props["name"])
        for name in VALUE_DIMENSIONS:
            values = values_of(name, props)
            if values is not None:
                counters[name].update(values)
    result: dict[str, list[Facet]] = {}
    for name, counter in counters.items():
        items = [Facet(v, _label(name, v, names), n) for v, n in counter.items()]
        items.sort(key=lambda f, dim=name: _order(dim, f.value, f.label))
        result[name] = items
    return result
