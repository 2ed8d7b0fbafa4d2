"""An event or an asset known only by its country is drawn by its country's outline alone: that
outline carries the item's colour in full, where a country a story only names stays a light
setting. A sided invasion read "into Afghanistan" was a faint tan line under a legend that
showed its side's bright symbol."""

from __future__ import annotations

import json

import pytest

from tests.pages import TIMEOUT, run_js, shown_map

PALETTE = {
    "kinds": {"place": "#4D5A66", "event": "#2F2F2F", "asset": "#6B5E4F", "theatre": "#6F6F6F"},
    "sides": {"Party A": "#E69F00"},
    "numbers": {"Party A": 1},
    "ink": {"#E69F00": "#000000"},
}


def _by_country(fid: str, kind: str, name: str, code: str, lon: float, lat: float, side=None):
    properties = {
        "id": fid,
        "kind": kind,
        "name": name,
        "type": "incursion" if kind == "event" else kind,
        "precision": "country",
        "country": code,
        "evidence": [{"doc": "a.txt", "start": 0, "end": len(name), "text": name}],
    }
    if side:
        properties["side"] = side
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": properties,
    }


ITEMS = {
    "type": "FeatureCollection",
    "features": [
        _by_country("place:pk", "place", "Pakistan", "PK", 69.3, 30.4),
        _by_country("event:af", "event", "Incursion into Afghanistan", "AF", 65.2, 33.9, "Party A"),
        _by_country("event:ir", "event", "Air strike in Iran", "IR", 53.7, 32.4),
    ],
}

# Each drawn outline's stroke and its opacities, keyed by the item's id.
STYLES = """JSON.stringify((function () {
  var out = {};
  document.querySelectorAll(".leaflet-overlay-pane path").forEach(function (p) {
    out[p.getAttribute("d").length] = [p.getAttribute("stroke"), p.getAttribute("stroke-opacity"),
      p.getAttribute("stroke-width"), p.getAttribute("fill-opacity")];
  });
  return Object.keys(out).map(function (k) { return out[k]; });
})())"""


@pytest.fixture
def view(qtbot):
    yield from shown_map(qtbot, 1000, 700)


def test_an_event_known_by_its_country_is_drawn_in_its_colour_a_named_country_light(view, qtbot):
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_palette(PALETTE)
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(ITEMS, fit=True)
    drawn = json.loads(run_js(qtbot, view, STYLES))
    by_colour = {stroke.lower(): (float(o), float(w), float(f)) for stroke, o, w, f in drawn}
    # the sided event: its side's colour, opaque, wider than a setting's line
    opacity, width, fill = by_colour["#e69f00"]
    assert opacity >= 0.75 and width >= 1.5 and fill > 0.02
    # the unsided event: the events' colour, as strong
    opacity, width, _ = by_colour["#2f2f2f"]
    assert opacity >= 0.75 and width >= 1.5
    # the country the story names: a light setting, as before
    opacity, width, fill = by_colour["#4d5a66"]
    assert opacity < 0.5 and width <= 1 and fill <= 0.02
