"""The first view of a folder's items: a group of stories on another continent stays on the map,
one far-off mention does not zoom the map out to the world."""

from __future__ import annotations

import json

import pytest

from tests.mapdata import _feature
from tests.pages import TIMEOUT, run_js, shown_map

WIDTH, HEIGHT = 900, 600


@pytest.fixture
def view(qtbot):
    yield from shown_map(qtbot, WIDTH, HEIGHT)


def _places(points: dict[str, tuple[float, float]]) -> dict:
    return {
        "type": "FeatureCollection",
        "features": [
            _feature(f"place:{name}", "place", name, {"type": "Point", "coordinates": [lon, lat]})
            for name, (lon, lat) in points.items()
        ],
    }


def _levant(n: int) -> dict[str, tuple[float, float]]:
    """n towns spread over Turkey and Syria."""
    return {f"town{k}": (29.0 + (k * 7) % 16, 33.5 + (k * 5) % 8) for k in range(n)}


def _where(view, qtbot, item_id: str) -> tuple[float, float]:
    with qtbot.waitSignal(view.bridge.located, timeout=TIMEOUT) as located:
        view.locate(item_id)
    _, x, y = located.args
    return x, y


def _fit(view, qtbot, points) -> int:
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(_places(points), fit=True)
    return run_js(qtbot, view, "window.explorerMap.describe().view.zoom")


def test_a_group_of_stories_on_another_continent_stays_in_view(view, qtbot):
    # 30 towns in the Levant and four American cities: a tenth of the items. Trimming the
    # outer 5% on each side would zoom in one level and leave San Francisco and Houston off
    # the map's left edge (as the 118 TR-News articles' first view cut off North America).
    points = _levant(30) | {
        "San Francisco": (-122.4, 37.8),
        "Houston": (-95.4, 29.8),
        "Washington": (-77.0, 38.9),
        "Boston": (-71.1, 42.4),
    }
    _fit(view, qtbot, points)
    for name in ("San Francisco", "Houston", "town0"):
        x, y = _where(view, qtbot, f"place:{name}")
        assert 0 <= x <= WIDTH and 0 <= y <= HEIGHT, (name, x, y)


def test_one_far_off_mention_does_not_zoom_out_to_the_world(view, qtbot):
    # one capital quoted once beside 30 towns: the view stays on the towns
    zoom = _fit(view, qtbot, _levant(30) | {"Washington": (-77.0, 38.9)})
    assert zoom >= 4, zoom
    x, _y = _where(view, qtbot, "place:town0")
    assert 0 <= x <= WIDTH
    x, _y = _where(view, qtbot, "place:Washington")
    assert not 0 <= x <= WIDTH, x


def _grid() -> dict[str, tuple[float, float]]:
    """25 towns on a grid, no outlier: plainly fitted, the south-east one lies in the
    map's bottom right corner."""
    return {f"p{k}": ((k % 5) * 10.0, (k // 5) * 6.0) for k in range(25)}


def test_items_are_fitted_out_from_under_a_snapshots_legend(view, qtbot):
    # a snapshot draws its legend over the picture's bottom right corner (300 x 200 pixels
    # here): the fit keeps every item out of that box, beside it or above it
    corner = (300.0, 200.0)
    view.show_controls(False, corner)
    _fit(view, qtbot, _grid())
    for name in ("p4", "p0", "p24", "p20"):  # p4 is the south-east corner
        x, y = _where(view, qtbot, f"place:{name}")
        assert 0 <= x <= WIDTH and 0 <= y <= HEIGHT, (name, x, y)
        assert not (x > WIDTH - corner[0] and y > HEIGHT - corner[1]), (name, x, y)


def test_the_windows_legend_is_kept_clear_too(view, qtbot):
    _fit(view, qtbot, _grid())
    size = (
        "var d = document.querySelector('.ex-legend');"
        " JSON.stringify([d.offsetWidth, d.offsetHeight])"
    )
    width, height = (n + 10 for n in json.loads(run_js(qtbot, view, size)))
    assert width > 50 and height > 50
    x, y = _where(view, qtbot, "place:p4")
    assert 0 <= x <= WIDTH and 0 <= y <= HEIGHT, (x, y)
    assert not (x > WIDTH - width and y > HEIGHT - height), (x, y, width, height)


@pytest.mark.parametrize("span", [170.0, 120.0, 60.0, 25.0, 8.0])
def test_the_scale_bar_holds_its_label(view, qtbot, span):
    # the scale bar's width is the distance it stands for; at most 100 pixels, a 5000 km bar
    # (57 pixels) was narrower than its own "5000 km" and the label ran over its border
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.fit_bbox(10.0, 0.0, 10.0 + span, span / 3)
    widths = (
        "var s = document.querySelector('.leaflet-control-scale-line');"
        " JSON.stringify([s.textContent, s.scrollWidth, s.clientWidth])"
    )
    label, needed, has = json.loads(run_js(qtbot, view, widths))
    assert needed <= has, (label, needed, has)
