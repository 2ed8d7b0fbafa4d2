"""The basemap's layers are drawn from vertices projected once, and draw what Leaflet's own
GeoJSON layers of the same data draw.

Leaflet's GeoJSON layers make a LatLng per vertex and project each one again at every zoom,
and topojson makes the GeoJSON first; the basemap (some 180,000 vertices) decodes each of the
topology's arcs once and keeps each vertex as the fraction of the world it lies at. What it
draws must stay what Leaflet drew from topojson's GeoJSON: the same points, clipped and
simplified by Leaflet itself, at any zoom, fractional ones included.
"""

from __future__ import annotations

import json

import pytest

from tests.pages import TIMEOUT, run_js, shown_map

# Every layer the basemap draws at start-up, and each of its parts: projected once, no LatLngs.
LAYERS = """JSON.stringify((function () {
  var layers = window.explorerBasemap.prepare().layers, out = {};
  ["countries", "lakes", "borders", "coast"].forEach(function (name) {
    var parts = layers[name].getLayers();
    out[name] = {
      parts: parts.length,
      flat: parts.filter(function (l) { return Boolean(l._flat); }).length,
      latlngs: parts.reduce(function (n, l) { return n + (l._latlngs || []).length; }, 0),
    };
  });
  return out;
})())"""

# Leaflet's own layers of topojson's GeoJSON of the same data, on the basemap's renderer (the
# same clipping bounds); coasts and borders without the antimeridian's and the pole's seams.
SETUP = """(function () {
  var map = null;
  for (var key in window) {
    if (key.indexOf("map_") === 0 && window[key] instanceof L.Map) map = window[key];
  }
  var made = window.explorerBasemap.prepare();
  var topo = window.explorerBasemap.topology(), objects = topo.objects;
  function onSeam(a, b) {
    var meridian = Math.abs(a[0]) > 179.99 && Math.abs(a[0] - b[0]) < 1e-6;
    return meridian || (a[1] < -89.9 && b[1] < -89.9);
  }
  function withoutSeams(mesh) {
    var lines = [];
    mesh.coordinates.forEach(function (line) {
      var current = [line[0]];
      for (var i = 1; i < line.length; i++) {
        if (onSeam(line[i - 1], line[i])) {
          if (current.length > 1) lines.push(current);
          current = [line[i]];
        } else {
          current.push(line[i]);
        }
      }
      if (current.length > 1) lines.push(current);
    });
    return { type: "MultiLineString", coordinates: lines };
  }
  var sources = {
    countries: topojson.feature(topo, objects.countries),
    lakes: topojson.feature(topo, objects.lakes),
    borders: withoutSeams(topojson.mesh(topo, objects.countries, function (a, b) {
      return a !== b;
    })),
    coast: withoutSeams(topojson.mesh(topo, objects.countries, function (a, b) {
      return a === b;
    })),
    admin1: topojson.mesh(topo, objects.admin1),
  };
  window.__reference = {};
  Object.keys(sources).forEach(function (name) {
    // the widths the basemap draws with: a stroke widens what Leaflet clips to
    var weights = { lakes: 0.6, borders: 0.9, coast: 0.8, admin1: 0.6 };
    var style = name === "countries" ? { stroke: false } : { weight: weights[name] };
    window.__reference[name] = L.geoJSON(sources[name], {
      renderer: made.renderer, pane: "explorerBasemap", interactive: false, style: style,
    }).addTo(map);
  });
  window.__map = map;
  return true;
})()"""

# The points each layer would draw now (Leaflet's _parts, after its clipping and
# simplification) and its pixel bounds, the basemap's against the reference's.
COMPARE = """JSON.stringify((function () {
  var made = window.explorerBasemap.prepare(), out = { zoom: window.__map.getZoom() };
  Object.keys(window.__reference).forEach(function (name) {
    var ref = window.__reference[name].getLayers();
    var flat = made.layers[name] ? made.layers[name].getLayers() : [];
    var same = flat.length === ref.length, points = 0, drawn = 0;
    for (var i = 0; same && i < flat.length; i++) {
      same = JSON.stringify(flat[i]._parts) === JSON.stringify(ref[i]._parts) &&
        JSON.stringify(flat[i]._pxBounds) === JSON.stringify(ref[i]._pxBounds);
      ref[i]._parts.forEach(function (p) { points += p.length; });
      if (ref[i]._parts.length) drawn += 1;
    }
    out[name] = { same: same, layers: flat.length, drawn: drawn, points: points };
  });
  return out;
})())"""


# Whether the basemap's pane is on the map: the page adds its basemap at its driver's "start",
# after "ready".
PANE = """(function () {
  for (var key in window) {
    if (key.indexOf("map_") === 0 && window[key] instanceof L.Map) {
      return Boolean(window[key].getPane("explorerBasemap"));
    }
  }
  return false;
})()"""


def _wait_for_the_basemap(qtbot, view) -> None:
    """Until the page has added its basemap: the reference layers go into its pane, which a
    clean clone's run once asked for before the page had made it (Leaflet: "Cannot read
    properties of undefined (reading 'appendChild')"). Asked again only once answered."""
    state = {"asked": False, "there": False}

    def answered(value) -> None:
        state["asked"], state["there"] = False, value is True

    def there() -> bool:
        if not state["there"] and not state["asked"]:
            state["asked"] = True
            view.page().runJavaScript(PANE, 0, answered)
        return state["there"]

    qtbot.waitUntil(there, timeout=TIMEOUT)


@pytest.fixture
def view(qtbot):
    yield from shown_map(qtbot, 1200, 800)


def test_the_basemap_keeps_no_latlng_per_vertex(view, qtbot):
    layers = json.loads(run_js(qtbot, view, LAYERS))
    for name, found in layers.items():
        assert found["parts"] > 0, name
        assert found["flat"] == found["parts"], name  # every part projected once
        assert found["latlngs"] == 0, name
    assert layers["countries"]["parts"] > 200  # a layer per country, as Leaflet's GeoJSON made


@pytest.mark.parametrize(
    "bbox",
    [
        (-180.0, -60.0, 180.0, 80.0),  # the world, zoom 2
        (12.0, 30.0, 48.0, 50.0),  # the seeds' region, a fractional zoom
        (28.5, 40.6, 29.6, 41.4),  # the Bosporus, zoom 9: coasts clipped at the view's edge
        (-100.0, 35.0, -90.0, 42.0),  # the United States: first-level boundaries drawn
        # rings reaching far beyond the view, their arcs there read as their ends alone
        (4.0, 57.0, 32.0, 71.0),  # Norway's fjords, Russia's and Finland's rings
        (95.0, -11.0, 141.0, 8.0),  # Indonesia's islands, rings of many arcs cut by the view
    ],
)
def test_the_basemap_draws_the_points_leaflets_geojson_layers_draw(view, qtbot, bbox):
    _wait_for_the_basemap(qtbot, view)
    assert run_js(qtbot, view, SETUP) is True
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.fit_bbox(*bbox)
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.ping()  # the first-level boundaries follow the view a frame later
    compared = json.loads(run_js(qtbot, view, COMPARE))
    zoom = compared.pop("zoom")
    _assert_same(compared, zoom, bbox)
    # panned, not zoomed: the layers are clipped again to the new view, not projected again
    run_js(qtbot, view, "window.__map.panBy([500, 300], {animate: false}); true")
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.ping()
    panned = json.loads(run_js(qtbot, view, COMPARE))
    assert panned.pop("zoom") == zoom
    if zoom >= 4:  # the world's view cannot pan
        assert panned != compared  # the view did change what is drawn
    _assert_same(panned, zoom, bbox)


def _assert_same(compared: dict, zoom: float, bbox: tuple) -> None:
    for name in ("countries", "lakes", "borders", "coast"):
        assert compared[name]["same"], (name, zoom, compared[name])
    for name in ("countries", "coast"):  # something was drawn, and compared
        assert compared[name]["drawn"] > 0 and compared[name]["points"] > 10, (name, zoom)
    if zoom >= 5:  # the first-level boundaries are drawn from zoom 5
        assert compared["admin1"]["same"], compared["admin1"]
    if bbox[0] == -100.0:
        assert zoom >= 5 and compared["admin1"]["drawn"] > 0
    if bbox[0] == 12.0:
        assert zoom != int(zoom)  # a fractional zoom was compared


# Drops the vertices of every country ring that lies well beyond the view (the renderer's
# bounds, padding included); how many were dropped.
DROP_FAR_RINGS = """(function () {
  var dropped = 0;
  window.explorerBasemap.prepare().layers.countries.getLayers().forEach(function (layer) {
    var b = layer._renderer._bounds, m = 50, boxes = layer._boxes; // four numbers a ring
    for (var r = 0; r < layer._flat.length; r++) {
      if (boxes[4 * r + 2] < b.min.x - m || boxes[4 * r] > b.max.x + m ||
          boxes[4 * r + 3] < b.min.y - m || boxes[4 * r + 1] > b.max.y + m) {
        layer._flat[r] = null;
        dropped += 1;
      }
    }
  });
  return dropped;
})()"""

ZOOM_IN = """(function () {
  for (var key in window) {
    if (key.indexOf("map_") === 0 && window[key] instanceof L.Map) {
      window[key].setZoom(window[key].getZoom() + 1, { animate: false });
    }
  }
  return true;
})()"""

DRAWN = """JSON.stringify(window.explorerBasemap.prepare().layers.countries.getLayers()
  .reduce(function (n, l) { return n + l._parts.length; }, 0))"""


def test_a_zoom_reads_no_vertex_of_the_rings_beyond_the_view(view, qtbot):
    """At each zoom a ring's box of pixels comes from the box of its vertices, made once: the
    rings that stay beyond the view are never read again (the world's coasts, at a city)."""
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.fit_bbox(28.5, 40.6, 29.6, 41.4)  # the Bosporus
    assert run_js(qtbot, view, DROP_FAR_RINGS) > 100
    for _ in range(2):  # zoomed in about the same centre: they stay beyond it
        run_js(qtbot, view, ZOOM_IN)
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.ping()
    assert json.loads(run_js(qtbot, view, DRAWN)) > 0  # the near coasts are drawn


# The countries' rings read from one arc taken forwards (islands: the arc's own vertices), from
# several arcs, or from a copy of their vertices; and the rings of one forward arc the
# topology has.
SHARED_RINGS = """JSON.stringify((function () {
  var topo = window.explorerBasemap.topology(), layers = window.explorerBasemap.prepare().layers;
  var single = 0;
  topo.objects.countries.geometries.forEach(function (g) {
    (g.type === "Polygon" ? [g.arcs] : g.arcs).forEach(function (polygon) {
      polygon.forEach(function (ring) {
        if (ring.length === 1 && ring[0] >= 0 && topo.arcs[ring[0]].length >= 4) single += 1;
      });
    });
  });
  var rings = 0, islands = 0, parts = 0, copied = 0;
  layers.countries.getLayers().forEach(function (layer) {
    layer._flat.forEach(function (ring) {
      rings += 1;
      if (!Array.isArray(ring)) return (copied += 1); // its own vertices
      if (ring.length === 1 && ring[0] >= 0) islands += 1;
      else parts += 1;
    });
  });
  return { single: single, islands: islands, rings: rings, parts: parts, copied: copied };
})())"""


def test_a_ring_of_one_arc_is_that_arcs_own_vertices(view, qtbot):
    """An island's ring is not copied out of its arc: it draws from the decoded arrays."""
    found = json.loads(run_js(qtbot, view, SHARED_RINGS))
    assert found["single"] > 500
    assert found["islands"] == found["single"]


def test_no_ring_of_several_arcs_is_joined_before_it_is_drawn(view, qtbot):
    """A country's ring of several arcs keeps its arcs (read when first drawn), not a copy of
    their vertices joined at start-up: no country's ring is copied."""
    found = json.loads(run_js(qtbot, view, SHARED_RINGS))
    assert found["parts"] > 100, found
    assert found["copied"] == 0, found
    assert found["islands"] + found["parts"] == found["rings"], found


# The decoded arcs (every ring keeps them beside its parts), how many were projected, and how
# many of those have a box that is not exactly the box of their projected vertices.
PROJECTED_ARCS = """JSON.stringify((function () {
  var d = window.explorerBasemap.prepare().layers.countries.getLayers()[0]._arcs;
  var projected = 0, wrong = 0;
  for (var a = 0; a < d.count; a++) {
    if (!(d.flags[a] & 2)) continue; // not projected yet
    projected += 1;
    var box = [Infinity, Infinity, -Infinity, -Infinity];
    for (var k = 2 * d.start[a]; k < 2 * d.start[a + 1]; k += 2) {
      box[0] = Math.min(box[0], d.uv[k]);
      box[1] = Math.min(box[1], d.uv[k + 1]);
      box[2] = Math.max(box[2], d.uv[k]);
      box[3] = Math.max(box[3], d.uv[k + 1]);
    }
    if (box.some(function (b, c) { return b !== d.box[8 * a + c]; })) wrong += 1;
  }
  return { arcs: d.count, projected: projected, wrong: wrong };
})())"""


def test_an_arcs_box_is_the_box_of_its_projected_vertices(view, qtbot):
    """An arc's box is made from its least and greatest longitude and latitude before any of
    its vertices is projected: at the world's view (every arc drawn), it is exactly the box of
    its vertices once they are."""
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.fit_bbox(-180.0, -80.0, 180.0, 80.0)
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.ping()
    found = json.loads(run_js(qtbot, view, PROJECTED_ARCS))
    assert found["arcs"] > 2000
    assert found["projected"] > 0.9 * found["arcs"], found
    assert found["wrong"] == 0, found


@pytest.fixture
def waiting_view(qtbot):
    yield from shown_map(qtbot, 1200, 800, basemap_wait_ms=TIMEOUT)


def test_a_first_view_of_a_city_projects_only_the_arcs_near_it(waiting_view, qtbot):
    """The basemap's first drawing at the Bosporus (a snapshot's still picture) projects the
    vertices of the arcs near it, not the world's 88,000: Math.sin and Math.log run when an
    arc is first drawn."""
    view = waiting_view
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.fit_bbox(28.5, 40.6, 29.6, 41.4)
    view.start(still=True)
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.ping()
    found = json.loads(run_js(qtbot, view, PROJECTED_ARCS))
    assert 0 < found["projected"] < 0.2 * found["arcs"], found
    assert found["wrong"] == 0, found
    assert json.loads(run_js(qtbot, view, DRAWN)) > 0  # the near coasts are drawn
    assert view.console_errors == []


# The points the countries' rings give the clipping when drawn again at this zoom, against
# their vertices (each layer's _ringPoints counted while the map redraws).
RING_POINTS = """JSON.stringify((function () {
  var layers = window.explorerBasemap.prepare().layers.countries.getLayers();
  var proto = Object.getPrototypeOf(layers[0]), own = proto._ringPoints;
  var points = 0, vertices = 0;
  proto._ringPoints = function (r, clip) {
    var n = own.call(this, r, clip);
    points += n;
    vertices += this._kept[r];
    return n;
  };
  try {
    layers.forEach(function (layer) { layer._update(); });
  } finally {
    proto._ringPoints = own;
  }
  return { points: points, vertices: vertices };
})())"""


def test_at_the_worlds_zoom_a_ring_gives_leaflet_a_point_per_pixel(view, qtbot):
    """Vertices that fall on the pixel of the one before are not made into points at all
    (Leaflet's simplification would drop them, and the parts are the same: see the test
    above): at the world's view the countries are a fraction of their vertices."""
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.fit_bbox(-180.0, -80.0, 180.0, 80.0)
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.ping()
    found = json.loads(run_js(qtbot, view, RING_POINTS))
    assert found["vertices"] > 50_000, found
    assert found["points"] < 0.5 * found["vertices"], found


# Every L.Point a basemap layer holds in its own fields (arrays of points, or of arrays of
# points), against the points of the parts it draws.
HELD_POINTS = """JSON.stringify((function () {
  var layers = window.explorerBasemap.prepare().layers, held = 0, drawn = 0, layersSeen = 0;
  ["countries", "lakes", "borders", "coast"].forEach(function (name) {
    layers[name].getLayers().forEach(function (layer) {
      layersSeen += 1;
      var points = new Set(), parts = new Set();
      (function walk(value, depth) {
        if (value instanceof L.Point) return points.add(value);
        if (!Array.isArray(value) || depth > 3) return;
        value.forEach(function (v) { walk(v, depth + 1); });
      })(Object.keys(layer).map(function (key) { return layer[key]; }), 0);
      layer._parts.forEach(function (part) { part.forEach(function (p) { parts.add(p); }); });
      held += points.size;
      drawn += parts.size;
    });
  });
  return { held: held, drawn: drawn, layers: layersSeen };
})())"""


@pytest.mark.parametrize(
    "bbox",
    [
        (-180.0, -60.0, 180.0, 80.0),  # the world
        (12.0, 30.0, 48.0, 50.0),  # the seeds' region
    ],
)
def test_a_drawn_basemap_keeps_no_point_per_vertex(view, qtbot, bbox):
    """After a drawing the basemap's layers hold only the points they draw: the vertices of
    the rings in view are read into arrays reused from ring to ring, not kept as points."""
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.fit_bbox(*bbox)
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.ping()
    found = json.loads(run_js(qtbot, view, HELD_POINTS))
    assert found["layers"] > 200 and found["drawn"] > 1_000, found
    assert found["held"] == found["drawn"], found


ZOOM_AROUND = """(function () {
  window.__map.setZoomAround(L.latLng(%f, %f), window.__map.getZoom() + %f, { animate: false });
  return window.__map.getZoom();
})()"""


def test_the_basemap_draws_leaflets_points_after_zooming_in_and_out(view, qtbot):
    """Zoomed in about a point, then out past where it started: each zoom draws the points
    Leaflet's own layers draw (the rings' boxes made again at each zoom, the rings read
    again), countries' outlines and coasts alike."""
    assert run_js(qtbot, view, SETUP) is True
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.fit_bbox(26.0, 36.0, 45.0, 42.0)  # Anatolia
    zooms = []
    for lat, lng, by in ((41.0, 29.0, 2.5), (41.0, 29.0, 1.0), (39.0, 35.0, -4.0)):
        zooms.append(run_js(qtbot, view, ZOOM_AROUND % (lat, lng, by)))
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.ping()
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.ping()  # the first-level boundaries follow the view a frame later
        compared = json.loads(run_js(qtbot, view, COMPARE))
        zoom = compared.pop("zoom")
        assert zoom == zooms[-1]
        _assert_same(compared, zoom, (26.0, 36.0, 45.0, 42.0))
    assert zooms[1] > zooms[0] > zooms[2]
    assert view.console_errors == []
