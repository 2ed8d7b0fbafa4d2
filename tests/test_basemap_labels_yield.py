"""The basemap's names give way to the items: a sea's or a country's name that an item's symbol
or label would cover is not drawn (the "North Atlantic Ocean" under a label of the stance
documents' brief, "China" under Pyongyang's), and comes back when the items leave."""

from __future__ import annotations

import json

import pytest

from tests.mapdata import _feature
from tests.pages import TIMEOUT, run_js, shown_map

WORLD = (-100.0, -50.0, 120.0, 60.0)
NAMES = """JSON.stringify(Array.from(document.querySelectorAll(".explorer-basemap-label"))
  .map(function (e) { return e.textContent; }))"""


@pytest.fixture
def view(qtbot):
    yield from shown_map(qtbot, 900, 600)


def _show(view, qtbot, points: dict[str, tuple[float, float]]) -> list[str]:
    collection = {
        "type": "FeatureCollection",
        "features": [
            _feature(f"place:{name}", "place", name, {"type": "Point", "coordinates": list(p)})
            for name, p in points.items()
        ],
    }
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(collection)
        view.fit_bbox(*WORLD)
        view.start(still=True)
    return json.loads(run_js(qtbot, view, NAMES))


def test_a_basemap_name_under_an_item_gives_way_and_comes_back(view, qtbot):
    far = {"Reykjavik": (-21.9, 64.1)}  # nowhere near the Indian Ocean's name
    alone = _show(view, qtbot, far)
    assert "Indian Ocean" in alone
    # a research station where the ocean's name is written, with a long name of its own
    covered = _show(view, qtbot, far | {"Research station of the southern ocean": (80.0, -20.0)})
    assert "Indian Ocean" not in covered
    assert set(covered) < set(alone)  # nothing else drawn instead, others kept
    assert len(covered) >= len(alone) - 2
    again = _show(view, qtbot, far)
    assert "Indian Ocean" in again
