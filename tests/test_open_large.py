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
    columns = encode_items(items)
    assert columns == encode([i.map_feature() for i in items])
    assert len(set(zip(columns["lon"], columns["lat"], strict=True))) < len(items) / 2


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
