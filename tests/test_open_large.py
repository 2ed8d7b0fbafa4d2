"""Opening a large project: the merged events read back from the project, and the items built
from them, equal a fresh merge and the one-at-a-time builders; on a generated ACLED-style
project (``benchmarks/make_events_project.py``) and on the seeds."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from explorer.items import build_items, event_title
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
