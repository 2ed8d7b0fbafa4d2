"""A country item's outline read as GeoJSON decodes that country alone; the first view's
clipping counted by layer (branch startup38, benchmarks/README.md section 1's thirty-ninth
pass).

The first view's fit reads the largest part of a country whose box spans more than half the
world (Russia with Chukotka, the United States with the Aleutians, Fiji), from the outline's
``toGeoJSON()``. That decoded every country of the basemap (and turned every arc into lists)
to read one; now the country's own arcs alone are decoded, by the same topojson function on
the same lists, and the GeoJSON is the same, for every country the basemap holds.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from explorer.paths import seeds_dir
from tests.pages import TIMEOUT, run_js, shown_map

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import first_view_clip

from tests.test_map_country_outlines import CODES, ITEMS

# Records the type of each object topojson decodes as features, from now on.
RECORD_DECODES = """
window.decoded = [];
(function (feature) {
  topojson.feature = function (topology, object) {
    window.decoded.push(object.type);
    return feature.apply(this, arguments);
  };
})(topojson.feature);
0
"""

# Every country's outline as GeoJSON, read before the whole collection is decoded, then the
# GeoJSON of Leaflet's own layer of the collection's feature: the codes where they differ.
EVERY_OUTLINE = """JSON.stringify((function () {
  var basemap = window.explorerBasemap, read = {}, codes = [];
  basemap.topology().objects.countries.geometries.forEach(function (g) {
    if (g.id == null || read[g.id] !== undefined) return;
    var layer = basemap.outline(g.id);
    if (!layer) return;
    codes.push(g.id);
    read[g.id] = JSON.stringify(layer.toGeoJSON());
  });
  var before = window.decoded.slice(), features = {};
  basemap.countries().features.forEach(function (f) { features[f.id] = f; });
  var differ = codes.filter(function (code) {
    return JSON.stringify(L.GeoJSON.geometryToLayer(features[code]).toGeoJSON()) !== read[code];
  });
  return { codes: codes, before: before, differ: differ };
})())"""


@pytest.fixture
def view(qtbot):
    yield from shown_map(qtbot, 1200, 800)


def test_the_fit_reads_the_outline_of_a_country_across_the_antimeridian_alone(view, qtbot):
    """Russia's box spans the world: the fit reads its largest part from its GeoJSON, and
    its own arcs alone are decoded for it (and Libya's, whose war is named inside it); the
    fit frames Libya to Russia's mainland, not the world."""
    run_js(qtbot, view, RECORD_DECODES)
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(ITEMS, fit=True)
    decoded = json.loads(run_js(qtbot, view, "JSON.stringify(window.decoded)"))
    # Russia for the fit, Libya for the name of the war over it: each alone, no collection
    assert decoded and set(decoded) <= {"Polygon", "MultiPolygon"}, decoded
    assert len(decoded) <= len(CODES)
    west, south, east, north = json.loads(
        run_js(qtbot, view, "JSON.stringify(window.explorerMap.describe().fit)")
    )
    assert 0 < west < 20 and 170 < east <= 180, (west, east)  # Chukotka's tip left out
    assert south < 25 and north > 75, (south, north)  # Libya to Russia's north


def test_every_countrys_outline_gives_the_geojson_of_leaflets_layer(view, qtbot):
    """Each outline's ``toGeoJSON()``, decoded from its own arcs, is Leaflet's layer's of the
    whole collection's feature, character for character (holes, islands, the antimeridian)."""
    run_js(qtbot, view, RECORD_DECODES)
    found = json.loads(run_js(qtbot, view, EVERY_OUTLINE))
    assert len(found["codes"]) > 200
    assert {"RU", "US", "FJ", "KI", "NZ", "IT", "ZA"} <= set(found["codes"])
    assert "GeometryCollection" not in found["before"]  # each decoded alone
    assert found["differ"] == []


def test_the_first_views_clipping_is_counted_by_layer(tmp_path):
    """A real second snapshot of the seeds, its page's path layers clipped again at the view it
    was drawn at: the basemap's four layers and the items' outlines each reach the clipping,
    each drawn point is one read, and most of the world's vertices never reach it."""
    found = first_view_clip.probe(seeds_dir(), False, 2, tmp_path)
    rows = found["rows"]
    assert {"countries", "lakes", "borders", "coast", "item outlines (flat)"} <= set(rows)
    assert found["padding"] == 0  # a snapshot's basemap canvas is the view alone
    for name, row in rows.items():
        assert row["parts"] > 0 and 0 < row["drawn"] <= row["read"] <= row["vertices"], name
        assert row["reaching"] <= row["rings"], name
    world = sum(row["vertices"] for row in rows.values())
    assert sum(row["read"] for row in rows.values()) < world / 2
