"""An arc of a drawn ring that lies wholly beyond the view gives the clipping its ends only.

A country's ring reaches the view if any part of it does: at the Bosporus, Turkey's and
Greece's coasts, thousands of vertices, most of them hundreds of kilometres away. Leaflet's
clipping keeps nothing of a run of vertices all beyond one edge of the view but what the
segments into and out of the run give, so the basemap reads such an arc as its first and last
vertex: its other vertices are neither projected nor clipped, and the points drawn are the ones
Leaflet's own layers draw (tests/test_basemap_flat.py compares them at many views).
"""

from __future__ import annotations

import json

import pytest

from tests.pages import TIMEOUT, run_js, shown_map

# The vertices of the arcs projected so far (the layers made: a ring or line that has to be
# joined, as the antimeridian's, is projected then), against the vertices of the arcs of every
# ring or line drawn that reaches the view (its box of pixels against the renderer's bounds).
PROJECTED_AND_REACHING = """JSON.stringify((function () {
  var made = window.explorerBasemap.prepare().layers, layers = [];
  ["countries", "lakes", "borders", "coast"].forEach(function (name) {
    layers = layers.concat(made[name].getLayers());
  });
  var d = layers[0]._arcs, reaching = {}, rings = 0;
  layers.forEach(function (layer) {
    if (!layer._boxes) return; // never drawn
    var b = layer._renderer._bounds, boxes = layer._boxes;
    layer._flat.forEach(function (ring, r) {
      if (!Array.isArray(ring)) return;
      if (boxes[4 * r + 2] < b.min.x || boxes[4 * r] > b.max.x ||
          boxes[4 * r + 3] < b.min.y || boxes[4 * r + 1] > b.max.y) return;
      rings += 1;
      ring.forEach(function (i) { reaching[i < 0 ? ~i : i] = true; });
    });
  });
  var inRings = 0, projected = 0;
  Object.keys(reaching).forEach(function (a) { inRings += d.start[+a + 1] - d.start[+a]; });
  for (var a = 0; a < d.count; a++) {
    if (d.flags[a] & 2) projected += d.start[a + 1] - d.start[a];
  }
  return { rings: rings, inRings: inRings, projected: projected };
})())"""

DRAWN = """JSON.stringify(window.explorerBasemap.prepare().layers.countries.getLayers()
  .reduce(function (n, l) { return n + l._parts.length; }, 0))"""


@pytest.fixture
def waiting_view(qtbot):
    yield from shown_map(qtbot, 1200, 800, basemap_wait_ms=TIMEOUT)


@pytest.mark.parametrize(
    ("bbox", "share"),
    [
        # the Bosporus: Turkey's, Greece's and Bulgaria's rings reach it (3f06318: 0.44)
        ((28.5, 40.6, 29.6, 41.4), 0.1),
        # Norway's fjords: Russia's and Finland's rings reach it (3f06318: 0.53; now 0.32)
        ((4.0, 57.0, 32.0, 71.0), 0.4),
    ],
)
def test_a_first_view_projects_fewer_vertices_than_the_rings_reaching_it_hold(
    waiting_view, qtbot, bbox, share
):
    view = waiting_view
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.fit_bbox(*bbox)
    made = json.loads(run_js(qtbot, view, PROJECTED_AND_REACHING))
    view.start(still=True)
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.ping()
    found = json.loads(run_js(qtbot, view, PROJECTED_AND_REACHING))
    assert made["rings"] == 0 and found["rings"] >= 3, (made, found)
    drawn = found["projected"] - made["projected"]
    # every arc of a reaching ring was projected when drawn: now those beyond the view are not
    assert 0 < drawn < share * found["inRings"], (made, found)
    assert json.loads(run_js(qtbot, view, DRAWN)) > 0  # the near coasts are drawn
    assert view.console_errors == []
