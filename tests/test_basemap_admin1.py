"""First-level boundaries are made when the map first zooms in to show them, not at start-up.

A map opened at a wide view (a snapshot of a region, the window fitted to items far apart)
never draws them; decoding them while the page starts was work for nothing.
"""

from __future__ import annotations

import json

import pytest
import shiboken6
from PySide6.QtCore import Qt

from explorer.mapview.view import MapView
from tests.mapdata import sample_collection

TIMEOUT = 60_000
ADMIN1 = "JSON.stringify((function (l) { return l ? Boolean(l._map) : null; })" + (
    "(window.explorerBasemap.prepare().layers.admin1))"
)


@pytest.fixture
def view(qtbot):
    view = MapView(basemap_wait_ms=60_000)  # the basemap waits for ``start``
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    view.resize(1200, 800)
    view.show()
    qtbot.waitUntil(lambda: view.is_ready, timeout=TIMEOUT)
    yield view
    view.shutdown()
    view.close()
    shiboken6.delete(view)


def _js(qtbot, view, code: str):
    answer: list = []
    view.page().runJavaScript(code, 0, answer.append)
    qtbot.waitUntil(lambda: bool(answer), timeout=TIMEOUT)
    return answer[0]


def _zoom(qtbot, view) -> float:
    return json.loads(_js(qtbot, view, "JSON.stringify(window.explorerMap.describe())"))["view"][
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
    assert json.loads(_js(qtbot, view, ADMIN1)) is None  # not made

    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.fit_bbox(-100.0, 35.0, -90.0, 42.0)  # the United States, whose states are drawn
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.ping()  # the basemap follows the view a frame later
    assert _zoom(qtbot, view) >= 5
    assert json.loads(_js(qtbot, view, ADMIN1)) is True  # made and on the map
