"""Lines and areas keep their order on the map, and a first drawing moves none of them.

The page draws areas under lines (``drawShapes`` in map.js). Shapes added after others already
on the map are moved back into that order; shapes all added at once are added in it, so the
first drawing of a start-up moves nothing (each move is a DOM change the page lays out again).
"""

from __future__ import annotations

import json

import pytest

from explorer.mapview.columns import visible_bits
from tests.mapdata import sample_collection
from tests.pages import TIMEOUT, run_js, shown_map

# Counts the moves of every Leaflet path; the drawn shapes' outlines in the DOM's order (a shape
# shown again is a new element, with the same outline at the same view).
COUNT_MOVES = """
window.shapeMoves = 0;
(function (move) {
  L.Path.prototype.bringToFront = function () {
    window.shapeMoves += 1;
    return move.apply(this, arguments);
  };
})(L.Path.prototype.bringToFront);
"""
SHAPES = "Array.from(document.querySelectorAll('.leaflet-overlay-pane path'))"
ORDER = f"JSON.stringify({SHAPES}.map(function (p) {{ return p.getAttribute('d'); }}))"


@pytest.fixture
def view(qtbot):
    yield from shown_map(qtbot, 1200, 800)


def test_a_first_drawing_moves_no_shape_and_a_filter_keeps_their_order(view, qtbot):
    collection = sample_collection()
    ids = [f["properties"]["id"] for f in collection["features"]]
    shapes = [
        f["properties"]["id"] for f in collection["features"] if f["geometry"]["type"] != "Point"
    ]
    assert len(shapes) >= 2
    run_js(qtbot, view, COUNT_MOVES + "; 0")
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(collection, fit=True)
    assert run_js(qtbot, view, "window.shapeMoves") == 0
    first = json.loads(run_js(qtbot, view, ORDER))
    assert len(first) >= len(shapes) and len(set(first)) == len(first)

    # each shape hidden, then shown again: it is added after the others, then moved back
    for hidden in shapes:
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.bridge.send("show", visible=visible_bits(ids, set(ids) - {hidden}))
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.bridge.send("show", visible=visible_bits(ids, set(ids)))
        assert json.loads(run_js(qtbot, view, ORDER)) == first, hidden
    assert run_js(qtbot, view, "window.shapeMoves") > 0
