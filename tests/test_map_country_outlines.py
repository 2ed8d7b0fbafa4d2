"""A country named as an item is drawn with the basemap's outline, made from the arcs the
basemap decoded, and draws what Leaflet's GeoJSON layer of that country drew.

Leaflet's ``L.geoJSON`` makes a LatLng per vertex (a country's outline is thousands) and
projects each one at every zoom; the outline made by ``explorerBasemap.outline`` keeps the
basemap's projected arrays. Its SVG path must stay the one Leaflet drew from the country's
GeoJSON, at any view, and a conflict area that is a whole country is still named inside it.
"""

from __future__ import annotations

import json

import pytest

from tests.pages import TIMEOUT, run_js, shown_map


def _country(fid: str, kind: str, name: str, code: str, lon: float, lat: float) -> dict:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": {
            "id": fid,
            "kind": kind,
            "name": name,
            "type": kind,
            "precision": "country",
            "country": code,
            "evidence": [{"doc": "a.txt", "start": 0, "end": len(name), "text": name}],
        },
    }


# Ukraine and Turkey (coasts and islands), Russia (across the antimeridian), a war in Libya (a
# conflict area that is a whole country, named inside it), and a town as a point.
ITEMS = {
    "type": "FeatureCollection",
    "features": [
        _country("place:ua", "place", "Ukraine", "UA", 31.2, 49.0),
        _country("place:tr", "place", "Turkey", "TR", 35.2, 39.0),
        _country("place:ru", "place", "Russia", "RU", 105.3, 61.5),
        _country("theatre:ly", "theatre", "War in Libya", "LY", 17.2, 26.3),
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [30.52, 50.45]},
            "properties": {"id": "place:kyiv", "kind": "place", "name": "Kyiv", "type": "place"},
        },
    ],
}
CODES = ["UA", "TR", "RU", "LY"]

# Counts the vertices Leaflet's polylines project from LatLngs.
COUNT_PROJECTED = """
window.projectedLatLngs = 0;
(function (project) {
  L.Polyline.prototype._projectLatlngs = function (latlngs) {
    if (latlngs.length && !Array.isArray(latlngs[0])) window.projectedLatLngs += latlngs.length;
    return project.apply(this, arguments);
  };
})(L.Polyline.prototype._projectLatlngs);
0
"""

# The drawn items' SVG paths, then Leaflet's own layer of each country's GeoJSON feature on
# the same renderer: their paths, in the same order.
COMPARE = """JSON.stringify((function () {
  var map = null;
  for (var key in window) {
    if (key.indexOf("map_") === 0 && window[key] instanceof L.Map) map = window[key];
  }
  var drawn = Array.from(document.querySelectorAll(".leaflet-overlay-pane path"))
    .map(function (p) { return p.getAttribute("d"); });
  var features = {};
  window.explorerBasemap.countries().features.forEach(function (f) { features[f.id] = f; });
  var codes = %s, reference = [];
  codes.forEach(function (code) {
    // the width an unselected country item is drawn with: a stroke widens what Leaflet clips to
    var layer = L.geoJSON({ type: "Feature", geometry: features[code].geometry, properties: {} },
                          { style: { weight: 1 } }).addTo(map);
    layer.eachLayer(function (l) { reference.push(l._path.getAttribute("d")); });
    map.removeLayer(layer);
  });
  return { drawn: drawn, reference: reference };
})())"""


@pytest.fixture
def view(qtbot):
    yield from shown_map(qtbot, 1200, 800)


def _drawn_and_reference(view, qtbot) -> tuple[list[str], list[str]]:
    found = json.loads(run_js(qtbot, view, COMPARE % json.dumps(CODES)))
    return found["drawn"], found["reference"]


@pytest.mark.parametrize(
    "bbox",
    [
        None,  # the items fitted: the four countries whole
        (29.0, 44.0, 34.0, 47.0),  # the Crimea at zoom 7: coasts and borders cut at the edges
        (-180.0, -60.0, 180.0, 80.0),  # the world: Russia on both sides of the antimeridian
    ],
)
def test_a_country_item_draws_the_path_leaflets_geojson_layer_drew(view, qtbot, bbox):
    run_js(qtbot, view, COUNT_PROJECTED)
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(ITEMS, fit=True)
    if bbox is not None:
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.fit_bbox(*bbox)
    assert run_js(qtbot, view, "window.projectedLatLngs") == 0  # no LatLng per vertex
    drawn, reference = _drawn_and_reference(view, qtbot)
    assert len(reference) == len(CODES)
    assert drawn == reference
    assert sum(len(d) for d in drawn) > 1_000  # outlines, not empty paths


def test_a_conflict_area_over_a_whole_country_is_named_inside_it(view, qtbot):
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(ITEMS, fit=True)
    shown = json.loads(run_js(qtbot, view, "JSON.stringify(window.explorerMap.describe())"))
    labels = dict(zip(shown["labels"], shown["labelAt"], strict=True))
    lat, lng = labels["War in Libya"]
    assert 20 < lat < 33 and 9 < lng < 25, (lat, lng)  # within Libya
    # the shape the label is placed in is the one Leaflet's own layer gives back (rounded)
    same = run_js(
        qtbot,
        view,
        """JSON.stringify(["LY", "RU", "UA"].map(function (code) {
          var feature = window.explorerBasemap.countries().features.filter(function (f) {
            return f.id === code;
          }).pop();
          var leaflet = L.geoJSON({ type: "Feature", geometry: feature.geometry, properties: {} });
          return JSON.stringify(window.explorerBasemap.outline(code).toGeoJSON().geometry) ===
            JSON.stringify(leaflet.toGeoJSON().features[0].geometry);
        }))""",
    )
    assert json.loads(same) == [True, True, True]
    assert run_js(qtbot, view, "window.explorerBasemap.outline('ZZ') === null") is True
