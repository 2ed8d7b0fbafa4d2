"""Which items the map, the tables, exports and snapshots show: one filter state, plain data.

Every value dimension (kinds, theatres, sides, actors, event types, sources, review states)
holds an allow-list, or None for "no restriction". An item without a value for a dimension (no
theatre, no side, no evidence) carries ``NONE`` there, so "items with no theatre" can be ticked
off like any value. A dimension that does not apply to an item lets it through: event types are
a question about events, actors one about items that have actors (places have none).

Dates: the range and the "include undated" switch apply to events only, places and assets are
not dated things. A partial date is compared by the span it names, so "2020-10" overlaps a
range that touches any day of October 2020.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import partial
from itertools import compress
from operator import and_, attrgetter, methodcaller
from typing import Any

from explorer.bulk import making_many
from explorer.items import KINDS, REJECTED, REVIEW_STATES, Item, ItemSet, StanceItem
from explorer.timeline import date_span, event_span
from explorer.vocabulary import KIND_LABELS, VALUE_DIMENSIONS

NONE = ""  # the value of an item that has none for a dimension
SCHEMA_VERSION = 1

Allow = frozenset[str] | None


def values_of(dimension: str, item: Item) -> set[str] | None:
    """The values an item has for a dimension; None when the dimension does not apply to it."""
    if dimension == "kinds":
        return {item.kind}
    if dimension == "theatres":
        return {item.theatre or NONE}
    if dimension == "sides":
        return {item.side or NONE}
    if dimension == "actors":
        if item.kind == "place":
            return None
        return set(item.involved) or {NONE}
    if dimension == "event_types":
        return {item.type or NONE} if item.kind == "event" else None
    if dimension == "sources":
        return set(item.sources) or {NONE}
    if dimension == "review_states":
        return {item.review}
    raise KeyError(dimension)


def _frozen(values: Iterable[str] | None) -> Allow:
    return None if values is None else frozenset(str(v) for v in values)


def search_text(item: Item, items: ItemSet) -> bytes:
    """What the search box looks in: names, types, places, sides, actors, outlets, article
    titles and the excerpts themselves, case-folded, as UTF-8: the bytes of a word occur in
    it exactly where the word occurs in the text, and a text with one dash or accent takes
    one byte a character instead of two (the window keeps the haystacks of every item from
    its first search: 43 MB as text, 30 MB as bytes for 100,000 items)."""
    parts: list[str] = [item.name, item.id, item.kind, item.type, item.type.replace("_", " ")]
    parts += [v for v in (item.country, item.side, item.date) if v]
    if item.theatre:
        parts += [item.theatre, items.theatre_names.get(item.theatre, "")]
    parts += item.involved
    parts += item.outlets
    for doc in item.sources:
        source = items.sources.get(doc)
        parts += [doc, source.title if source else ""]
    parts += [e.text for e in item.evidence]
    return "\n".join(parts).casefold().encode("utf-8", "surrogatepass")


def stance_search_text(stance: StanceItem) -> bytes:
    """What the search looks in for a stance: its power, relation, party, who claims it, its
    conflict's id and name, its excerpts and their articles, as ``search_text``."""
    parts = [stance.power, stance.relation, stance.party, stance.claimed_by or ""]
    parts += [stance.theatre, stance.theatre_name]
    parts += [p for e in stance.evidence for p in (e.doc, e.text)]
    return "\n".join(parts).casefold().encode("utf-8", "surrogatepass")


def search_texts(items: ItemSet) -> tuple[bytes, ...]:
    """Every item's ``search_text``, in the items' order."""
    with making_many():
        return tuple(search_text(item, items) for item in items.items)


def prepare(items: ItemSet) -> tuple[bytes, ...]:
    """What the first filter of each kind works out for a set, made ahead (a thread of the
    window's, once the set is drawn): every test's groups, kept with the set, then the search
    texts, returned for the caller to keep."""
    for group in _GROUP_FIELDS:
        _groups(items, group)
    return search_texts(items)


@dataclass(frozen=True)
class FilterState:
    kinds: Allow = None
    theatres: Allow = None
    sides: Allow = None
    actors: Allow = None
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

    def matches(self, item: Item, haystack: bytes | None = None) -> bool:
        """Whether the item passes; ``haystack`` is its ``search_text`` (needed for a search)."""
        if not self.show_rejected and item.review == REJECTED:
            return False
        for name in VALUE_DIMENSIONS:
            allowed: Allow = getattr(self, name)
            if allowed is None:
                continue
            values = values_of(name, item)
            if values is not None and not values & allowed:
                return False
        return self._matches_date(item) and _contains(self._words(), haystack)

    def _mask(self, items: ItemSet, search: Sequence[bytes]) -> list[bool] | None:
        """``matches`` for every item of the set, in its order (None: every item passes).
        Each test is made once per distinct combination of the fields it reads (a filter on
        100,000 items tests a few hundred), then spread over the items by C-level maps."""
        tests: list[tuple[str, Callable[[Item], bool]]] = []
        if not self.show_rejected:
            tests.append(("review_states", _not_rejected))
        for name in VALUE_DIMENSIONS:
            allowed: Allow = getattr(self, name)
            if allowed is not None:
                tests.append((name, partial(_allows, name, allowed)))
        # with no range and undated events shown, every item passes the date test
        if self.date_start or self.date_end or not self.include_undated:
            tests.append(("dates", self._matches_date))
        mask: list[bool] | None = None
        for group, test in tests:
            codes, samples = _groups(items, group)
            table = [test(item) for item in samples]
            if all(table):
                continue
            passed = list(map(table.__getitem__, codes))
            mask = passed if mask is None else list(map(and_, mask, passed))
        words = self._words()
        if words:
            for word in words:
                found = list(map(methodcaller("__contains__", word), search))
                mask = found if mask is None else list(map(and_, mask, found))
        return mask

    def _keeps_every(self, items: ItemSet) -> bool:
        """Whether every item passes: no value, date or search restriction in force, and no
        rejected item to hide."""
        if any(getattr(self, n) is not None for n in VALUE_DIMENSIONS) or self._words():
            return False
        if self.date_start or self.date_end or not self.include_undated:
            return False
        return self.show_rejected or all(map(_not_rejected, _groups(items, "review_states")[1]))

    def _matches_date(self, item: Item) -> bool:
        if item.kind != "event":
            return True
        span = event_span(item)
        if span is None:
            return self.include_undated
        start = date_span(self.date_start)
        end = date_span(self.date_end)
        if start is not None and span[1] < start[0]:
            return False
        return not (end is not None and span[0] > end[1])

    def _words(self) -> list[bytes]:
        """The search's words as they are looked for in a ``search_text``."""
        return [w.encode("utf-8", "surrogatepass") for w in self.text.casefold().split()]

    def matches_stance(self, stance: StanceItem) -> bool:
        """Whether the stance passes: not rejected (unless shown), in a conflict allowed, and,
        with a search, its own words hold every searched word. A conflict is held by any item
        that matches: searching "Iraq" kept the place Afghanistan (an Aleppo story's
        "militias from Lebanon, Iraq and Afghanistan"), and so every stance of Afghanistan's
        conflict (an election's "US-backed Karzai") in the Sides panel and the brief."""
        if not self.show_rejected and stance.review == REJECTED:
            return False
        if self.theatres is not None and stance.theatre not in self.theatres:
            return False
        words = self._words()
        return not words or _contains(words, stance_search_text(stance))

    # -- applying -------------------------------------------------------------------------------
    def apply(self, items: ItemSet, search: Sequence[bytes] | None = None) -> ItemSet:
        """The items that pass (and the stances that pass, of the conflicts shown); ``search``
        holds the items' ``search_text``, in their order, when the caller keeps them (else they
        are made here)."""
        if self.text.strip() and search is None:
            search = search_texts(items)
        search = search or ()
        stances = tuple(s for s in items.stances if self.matches_stance(s))
        mask = None if self._keeps_every(items) else self._mask(items, search)
        if mask is None:  # no filter in force (as on opening), or one every item passes
            kept = replace(items, stances=stances)
            theatres = items.theatres_held
        else:
            kept = replace(items, items=tuple(compress(items.items, mask)), stances=stances)
            theatres = frozenset(compress(map(_THEATRE, items.items), mask)) - {None, ""}
        stances = tuple(s for s in kept.stances if s.theatre in theatres)
        if kept.items is items.items and len(stances) == len(items.stances):
            return items  # nothing left out: the set itself, with what it has worked out
        return replace(kept, stances=stances)

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


# The fields each test reads: items alike in them pass or fail it alike (``_groups``).
_GROUP_FIELDS = {
    "kinds": ("kind",),
    "theatres": ("theatre",),
    "sides": ("side",),
    "actors": ("kind", "actors", "operators", "stances"),
    "event_types": ("kind", "type"),
    "sources": ("sources",),
    "review_states": ("review",),
    "dates": ("kind", "date_precision", "date"),
}


def _groups(items: ItemSet, group: str) -> tuple[list[int], list[Item]]:
    """The items' codes for the distinct values of a group's fields, and one item of each
    code: made once per set and group, kept with the set."""
    kept = items.filter_groups
    found = kept.get(group)
    if found is None:
        with making_many():  # a tuple of fields per item: no collector's walk meanwhile
            keys = list(map(attrgetter(*_GROUP_FIELDS[group]), items.items))
            samples = dict(zip(keys, items.items, strict=True))
            index = {key: n for n, key in enumerate(samples)}
            found = kept[group] = (list(map(index.__getitem__, keys)), list(samples.values()))
    return found


_THEATRE = attrgetter("theatre")


def _not_rejected(item: Item) -> bool:
    return item.review != REJECTED


def _allows(dimension: str, allowed: frozenset[str], item: Item) -> bool:
    values = values_of(dimension, item)
    return values is None or bool(values & allowed)


def _contains(words: list[bytes], haystack: bytes | None) -> bool:
    """Whether every word occurs in the haystack (no words: always)."""
    if not words:
        return True
    return haystack is not None and all(word in haystack for word in words)


@dataclass(frozen=True, slots=True)
class Facet:
    value: str
    label: str
    count: int


_NONE_LABELS = {
    "theatres": "(no conflict)",
    "sides": "(no side)",
    "actors": "(no actor)",
    "sources": "(no source)",
    "event_types": "(no type)",
}


def _label(dimension: str, value: str, items: ItemSet) -> str:
    if value == NONE:
        return _NONE_LABELS.get(dimension, "(none)")
    if dimension == "theatres":
        return items.theatre_names.get(value, value)
    if dimension == "sources":
        source = items.sources.get(value)
        return source.label if source else value
    if dimension in ("sides", "actors"):
        return value  # proper names are shown as they are
    if dimension == "kinds":  # "conflict area", as the legend says, not the code's "theatre"
        return KIND_LABELS.get(value, value).lower()
    return value.replace("_", " ")


def _order(dimension: str, facet: Facet) -> tuple:
    canonical: tuple[str, ...] = {"kinds": KINDS, "review_states": REVIEW_STATES}.get(dimension, ())
    rank = canonical.index(facet.value) if facet.value in canonical else len(canonical)
    if dimension == "actors":  # the most active powers first: that is whom one looks for
        return (facet.value == NONE, -facet.count, facet.label.casefold())
    return (facet.value == NONE, rank, facet.label.casefold())


def facets(items: ItemSet) -> dict[str, list[Facet]]:
    """For each value dimension, the values present with how many items carry each, ordered
    for display (kinds and review states in their usual order, actors by how often they act,
    the rest alphabetically, "none" last)."""
    every = items.items
    # the values_of rules, counted per dimension in one pass each (a hundred thousand items)
    counters: dict[str, Counter[str]] = {
        "kinds": Counter(i.kind for i in every),
        "theatres": Counter(i.theatre or NONE for i in every),
        "sides": Counter(i.side or NONE for i in every),
        "actors": Counter(
            name for i in every if i.kind != "place" for name in (set(i.involved) or (NONE,))
        ),
        "event_types": Counter(i.type or NONE for i in every if i.kind == "event"),
        "sources": Counter(doc for i in every for doc in (set(i.sources) or (NONE,))),
        "review_states": Counter(i.review for i in every),
    }
    result: dict[str, list[Facet]] = {}
    for name, counter in counters.items():
        found = [Facet(v, _label(name, v, items), n) for v, n in counter.items()]
        found.sort(key=partial(_order, name))
        result[name] = found
    return result


def _folded(dimension: str, text: str) -> str:
    key = text.strip().casefold()
    if dimension == "event_types":
        key = key.replace(" ", "_").replace("-", "_")
    return key


def resolve_names(
    state: FilterState, items: ItemSet
) -> tuple[FilterState, dict[str, list[Facet]], dict[str, list[str]]]:
    """A typed filter's values (the command line's) read as the Filters panel lists them: a
    conflict by its id or its name, any value whatever its case, an event type with spaces,
    an article with or without its suffix. Returns the state with the values resolved, the
    values present per dimension, and per dimension the values that name nothing in
    ``items``: those are kept (they let nothing through, as asked), for the caller to say so
    rather than write an empty export without a word."""
    present = facets(items)
    changes: dict[str, frozenset[str]] = {}
    unmatched: dict[str, list[str]] = {}
    for name in ("theatres", "sides", "actors", "event_types", "sources"):
        asked: Allow = getattr(state, name)
        if asked is None:
            continue
        keys: dict[str, set[str]] = {}
        for facet in present[name]:
            if facet.value == NONE:
                continue
            names = [facet.value, facet.label]
            if name == "sources":
                names.append(facet.value.rsplit(".", 1)[0])
            for text in names:
                keys.setdefault(_folded(name, text), set()).add(facet.value)
        resolved: set[str] = set()
        for value in sorted(asked):
            found = keys.get(_folded(name, value))
            if found:
                resolved |= found
            else:
                resolved.add(value)
                unmatched.setdefault(name, []).append(value)
        changes[name] = frozenset(resolved)
    return state.with_changes(**changes), present, unmatched
