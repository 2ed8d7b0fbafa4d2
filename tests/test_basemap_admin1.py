"""First-level boundaries are made when the map first zooms in to show them, not at start-up.

A map opened at a wide view (a snapshot of a region, the window fitted to items far apart)
never draws them; decoding them while the page starts was work for nothing.
"""

from __future__ import annotations

import json

import pytest

from tests.mapdata import sample_collection
from tests.pages import TIMEOUT, run_js, shown_map

ADMIN1 = "JSON.stringify((function (l) { return l ? Boolean(l._map) : null; })" + (
    "(window.explorerBasemap.prepare().layers.admin1))"
)


@pytest.fixture
def view(qtbot):
    yield from shown_map(qtbot, 1200, 800, basemap_wait_ms=60_000)  # basemap waits for start


def _zoom(qtbot, view) -> float:
    return json.loads(run_js(qtbot, view, "JSON.stringify(window.explorerMap.describe())"))["view"][
        "zoom"
    ]


def test_boundaries_are_made_when_the_map_zooms_in_to_them(view, qtbot):
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(sample_collection())
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.fit_bbox(-30.0, 20.0, 60.0, 65.0)  # Europe and the Middle East
    view.start()
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.ping()
    assert _zoom(qtbot, view) < 5
    assert json.loads(run_js(qtbot, view, ADMIN1)) is None  # not made

    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.fit_bbox(-100.0, 35.0, -90.0, 42.0)  # the United States, whose states are drawn
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.ping()  # the basemap follows the view a frame later
    assert _zoom(qtbot, view) >= 5
    assert json.loads(run_js(qtbot, view, ADMIN1)) is True  # made and on the map
