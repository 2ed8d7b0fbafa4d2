"""The snapshot's legend lists what is in view: decided from coordinates where they tell.

Building every item's shapely geometry to test it against the view took 60-90 ms of a
snapshot of the seeds (country outlines), on the GUI thread after the project was read.
"""

from __future__ import annotations

import random

import pytest
import shapely.geometry
from shapely.geometry import box, shape

from explorer.mapview import composition
from explorer.paths import seeds_dir

SEEDS_VIEW = (-1.0, 29.5, 78.3, 59.0)  # about where a snapshot of the seeds looks


def _with_shapely(geometry: dict | None, bbox: tuple[float, float, float, float]) -> bool:
    if not geometry:
        return False
    try:
        return shape(geometry).intersects(box(*bbox))
    except (ValueError, TypeError, AttributeError):
        return False


@pytest.fixture
def seeds_items(seeds_project):
    """The window's model of the seeds (their project already analysed)."""
    from explorer.cli import _workspace

    workspace, _problems = _workspace(seeds_dir())
    return workspace


def _frames() -> list[tuple[float, float, float, float]]:
    r = random.Random(13)
    frames = [SEEDS_VIEW, (34.0, 32.5, 37.5, 35.0), (-180.0, -90.0, 180.0, 90.0)]
    for _ in range(60):
        west, south = r.uniform(-180, 170), r.uniform(-90, 80)
        frames.append((west, south, min(180, west + r.uniform(0.1, 120)), min(90, south + 30)))
    return frames


def test_what_is_in_view_is_what_shapely_says(seeds_items) -> None:
    geometries = [i.geometry for i in seeds_items.items]
    assert any((g or {}).get("type") == "MultiPolygon" for g in geometries)
    invalid = {"type": "Polygon", "coordinates": [[[0, 0], [1, 1]]]}  # shapely refuses it
    for frame in _frames():
        for geometry in [*geometries, invalid, {"type": "GeometryCollection", "geometries": []}]:
            assert composition._in_view(geometry, frame) == _with_shapely(geometry, frame)


def test_the_seeds_legend_builds_no_shape(seeds_items, monkeypatch) -> None:
    made: list[dict] = []
    original = shapely.geometry.shape

    def counted(geometry):
        made.append(geometry)
        return original(geometry)

    expected = composition.legend_entries(seeds_items.visible, seeds_items.palette, SEEDS_VIEW)
    monkeypatch.setattr(shapely.geometry, "shape", counted)
    entries = composition.legend_entries(seeds_items.visible, seeds_items.palette, SEEDS_VIEW)
    assert entries == expected
    assert {e.label for e in entries} >= {"Place", "Event", "Conflict area"}
    # every item lies wholly outside the view (each part of a country), or has a vertex in it
    assert made == []


def test_a_pipeline_is_listed_on_its_line_not_as_an_asset_symbol(seeds_items) -> None:
    # the legend describes this map: TurkStream drawn as a line has the line's row; with no
    # asset drawn as a point (Akkuyu filtered out) there is no asset symbol to explain
    shown = seeds_items.visible
    lines = [i for i in shown if i.kind == "asset" and i.precision == "line"]
    assert lines and any(i.kind == "asset" and i.precision != "line" for i in shown)
    entries = composition.legend_entries(shown, seeds_items.palette, None)
    assert [e.symbol for e in entries if e.symbol in ("asset", "route")] == ["asset", "route"]
    only_lines = shown.subset(lambda i: i.kind != "asset" or i.precision == "line")
    entries = composition.legend_entries(only_lines, seeds_items.palette, None)
    assert [e.label for e in entries if e.symbol in ("asset", "route")] == ["Pipeline or route"]
