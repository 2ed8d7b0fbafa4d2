"""Opening a large project: the merged events read back from the project, and the items built
from them, equal a fresh merge and the one-at-a-time builders; on a generated ACLED-style
project (``benchmarks/make_events_project.py``) and on the seeds."""

from __future__ import annotations

import dataclasses
import importlib.util
from pathlib import Path

import pytest

from explorer.items import Item, _Conflicts, build_items, event_title
from explorer.store import Project, merged

ROOT = Path(__file__).resolve().parent.parent


def _generator():
    path = ROOT / "benchmarks" / "make_events_project.py"
    spec = importlib.util.spec_from_file_location("make_events_project", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("large") / "events.gpkg"
    with Project.open(path, create=True) as project:
        project.save(_generator().synthetic(3000, seed=5))
    return path


def _kept(path: Path) -> bytes | None:
    with Project.open(path) as project:
        row = project._conn.execute(
            "SELECT value FROM explorer_meta WHERE key = ?", (merged.KEY,)
        ).fetchone()
    return row[0] if row else None


def test_the_kept_events_and_their_items_equal_a_fresh_merge(generated: Path):
    assert _kept(generated) is None
    with Project.open(generated) as project:
        fresh = project.load(include_rejected=True)  # merges, and keeps the result
        reviews = project.reviews()
    assert _kept(generated) is not None
    with Project.open(generated) as project:
        kept = project.load(include_rejected=True)  # reads the kept result
    assert len(kept.events) == len(fresh.events) > merged.MIN_EVENTS
    assert kept.events == fresh.events
    assert kept == fresh  # the rest as read from rows, the told events' rows left unread
    assert any(len(e.evidence) > 1 for e in kept.events)  # reports merged across digests
    assert build_items(kept, reviews).items == build_items(fresh, reviews).items


@pytest.mark.parametrize("which", ["generated", "seeds"])
def test_event_titles_are_those_of_the_one_event_builder(which, generated, seeds_project):
    path = generated if which == "generated" else seeds_project
    with Project.open(path) as project:
        analysis = project.load(include_rejected=True)
    places = {p.id: p for p in analysis.places}
    names = {i.id: i.name for i in build_items(analysis).items if i.kind == "event"}
    assert len(names) == len(analysis.events) > 0
    for event in analysis.events:
        assert names[event.id] == event_title(event, places.get(event.place_id or ""))


def test_the_map_columns_are_those_of_the_items_map_features(generated: Path):
    from explorer.mapview.columns import encode, encode_items

    with Project.open(generated) as project:
        items = build_items(project.load(include_rejected=True))
    from tests.test_map_columns import assert_columns_hold_the_features

    columns = encode_items(items)
    features = [i.map_feature() for i in items]
    assert columns == encode(features)
    assert_columns_hold_the_features(columns, features)
    assert len(columns["lon"]["values"]) < len(items) / 2


@pytest.mark.parametrize("which", ["generated", "seeds"])
def test_items_equal_those_made_through_the_items_own_constructor(which, generated, seeds_project):
    """Events' items are made by setting their slots (half the time of a frozen class's
    __init__): each equals, reads as, and is as frozen as the item its constructor makes."""
    path = generated if which == "generated" else seeds_project
    with Project.open(path) as project:
        items = build_items(project.load(include_rejected=True), project.reviews())
    events = [i for i in items if i.kind == "event"]
    assert events
    names = [f.name for f in dataclasses.fields(Item)]
    for item in events:
        made = Item(**{name: getattr(item, name) for name in names})
        assert made == item
        assert repr(made) == repr(item)
    with pytest.raises(dataclasses.FrozenInstanceError):
        events[0].name = "changed"  # type: ignore[misc]


@pytest.mark.parametrize("which", ["generated", "seeds"])
def test_conflicts_found_once_per_shared_geometry_equal_one_per_item(
    which, generated, seeds_project
):
    """Items sharing a geometry (the events at a town) are placed in a conflict once: the
    same conflicts as placing each item's own copy."""
    path = generated if which == "generated" else seeds_project
    with Project.open(path) as project:
        items = build_items(project.load(include_rejected=True), project.reviews())
    theatres = [i for i in items if i.kind == "theatre"]
    conflicts = _Conflicts.of(theatres, items.stances)
    assert conflicts.areas
    shared = [i.geometry for i in items if i.kind != "theatre"]
    assert len({id(g) for g in shared}) < len(shared)
    own = [dict(g) if g else g for g in shared]  # each its own object: placed one by one
    found = conflicts.theatre_at(shared)
    assert found == conflicts.theatre_at(own)
    assert any(found)


def _histogram_one_by_one(items, unit):
    """The timeline's histogram counted one event at a time (as it was before events were
    grouped by date), to check the grouped count against, and each bin's event ids."""
    from explorer.timeline import (
        MOST_BINS,
        UNITS,
        Bin,
        Histogram,
        _bin_for,
        _month_index,
        bins_between,
        choose_unit,
        event_span,
    )

    spans, undated = [], 0
    for item in items:
        if item.kind != "event":
            continue
        span = event_span(item)
        if span is None:
            undated += 1
        else:
            spans.append((item.id, *span))
    if not spans:
        return Histogram(unit=unit or "month", undated=undated), ()
    first, last = min(s[1] for s in spans), max(s[1] for s in spans)
    if unit is None:
        unit = choose_unit(first, last, days_known=any(a == b for _, a, b in spans))
    while unit != "year" and bins_between(first, last, unit) > MOST_BINS[unit]:
        unit = UNITS[UNITS.index(unit) + 1]

    def key(day):
        if unit == "day":
            return day.toordinal()
        return day.year if unit == "year" else _month_index(day)

    lo, hi = key(first), key(last)
    counts, approximate = [0] * (hi - lo + 1), [0] * (hi - lo + 1)
    ids: list[list[str]] = [[] for _ in counts]
    for item_id, start, end in spans:
        i = key(start) - lo
        counts[i] += 1
        ids[i].append(item_id)
        approximate[i] += key(end) != key(start)
    bins = tuple(
        Bin(*_bin_for(lo + i, unit), count=counts[i], approximate=approximate[i])
        for i in range(len(counts))
    )
    counted = Histogram(
        unit=unit,
        bins=bins,
        undated=undated,
        spans=tuple(sorted((start, end) for _, start, end in spans)),
    )
    return counted, tuple(tuple(sorted(x)) for x in ids)


@pytest.mark.parametrize("unit", [None, "day", "month", "year"])
@pytest.mark.parametrize("which", ["generated", "seeds"])
def test_the_timeline_counted_by_date_equals_one_event_at_a_time(
    which, unit, generated, seeds_project
):
    from explorer.timeline import histogram

    path = generated if which == "generated" else seeds_project
    with Project.open(path) as project:
        items = build_items(project.load(include_rejected=True), project.reviews())
    counted = histogram(items, unit)
    reference, reference_ids = _histogram_one_by_one(items, unit)
    assert counted.bins and counted.dated > 0
    assert (counted.unit, counted.bins, counted.undated) == (
        reference.unit,
        reference.bins,
        reference.undated,
    )
    assert (counted.ids, counted.spans) == (reference_ids, reference.spans)


def _event_item_one_by_one(e, place, where, theatre, conflicts, reviews, outlet_of):
    """An event's item made from its own fields through ``Item``'s constructor, one event at a
    time (as it was before events were made in one loop with shared dates, sources and
    titles), to check the loop against."""
    from explorer.items import _date_precision, edits_of, iso_date, review_of

    geometry, precision, country = where
    docs = tuple(dict.fromkeys(x.doc for x in e.evidence))
    outlets = {o for d in docs if (o := outlet_of.get(d))} | set(e.outlets or ())
    label = edits_of(reviews, e.id).get("label")
    date = iso_date(e.date)
    return Item(
        id=e.id,
        kind="event",
        name=str(label) if label else event_title(e, place),
        type=e.type,
        date=date,
        date_precision=_date_precision(date, e.date_precision),
        country=country,
        gazetteer_id=place.gazetteer_id if place else None,
        geometry=geometry,
        precision=precision,
        theatre=theatre,
        side=conflicts.side_of(theatre, tuple(e.actors)),
        review=review_of(reviews, e.id),
        sources=docs,
        outlets=tuple(sorted(outlets)),
        actors=tuple(e.actors),
        place_id=e.place_id,
        layer=e.layer or None,
        evidence=tuple(e.evidence),
    )


@pytest.mark.parametrize("which", ["generated", "seeds"])
def test_event_items_equal_those_made_one_event_at_a_time(which, generated, seeds_project):
    """The events' items made in one loop equal those made one event at a time from each
    event's fields, with reviews applied (a confirmed event, a rejected one, a renamed one)."""
    from explorer.items import _event_where, _place_where

    path = generated if which == "generated" else seeds_project
    with Project.open(path) as project:
        analysis = project.load(include_rejected=True)
        reviews = dict(project.reviews())
    first, second, third = (e.id for e in analysis.events[:3])
    reviews[first] = {"state": "confirmed", "edits": {}}
    reviews[second] = {"state": "rejected", "edits": {}}
    reviews[third] = {"state": "edited", "edits": {"label": "Renamed by the analyst"}}
    items = build_items(analysis, reviews)
    conflicts = _Conflicts.of([i for i in items if i.kind == "theatre"], items.stances)
    places = {p.id: p for p in analysis.places}
    outlet_of = {d.id: d.outlet for d in analysis.documents if d.outlet}
    made = {i.id: i for i in items if i.kind == "event"}
    assert len(made) == len(analysis.events) > 0
    for e in analysis.events:
        place = places.get(e.place_id or "")
        where = _place_where(place) if place is not None else _event_where(e, None)
        item = made[e.id]
        expected = _event_item_one_by_one(
            e, place, where, item.theatre, conflicts, reviews, outlet_of
        )
        assert item == expected
    assert [made[i].review for i in (first, second, third)] == ["confirmed", "rejected", "edited"]
    assert made[third].name == "Renamed by the analyst"
    assert any(i.side for i in made.values()) and any(i.theatre for i in made.values())
