"""The basemap's arcs decoded once, into a binary file beside the page, which reads them as
an ArrayBuffer instead of decoding the packed string at every start.

What the file holds must be the data's own arcs number for number; a changed data file must
get a file of its own; and a real map page must draw from it.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from explorer.mapview import basemap_arcs
from explorer.mapview.page import build_page
from tests.pages import run_js, shown_map

REPO = Path(__file__).resolve().parent.parent
BASEMAP = REPO / "geodata" / "basemap" / "basemap.js"


def _unpacked(arcs: dict) -> list:
    spec = importlib.util.spec_from_file_location(
        "basemap_arcs_tool", REPO / "tools" / "basemap_arcs.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.unpack(arcs)


def _expected(arcs: list) -> dict:
    """start, ext and xy as the file's format says, from TopoJSON's arcs."""
    start, ext, xy = [], [], []
    for arc in arcs:
        start.append(len(xy) // 2)
        x = y = 0
        xs, ys = [], []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            xs.append(x)
            ys.append(y)
            xy += [x, y]
        ext += [min(xs), max(xs), min(ys), max(ys)]
    start.append(len(xy) // 2)
    return {"start": start, "ext": ext, "xy": xy}


def test_the_file_holds_the_shipped_arcs_number_for_number():
    path = basemap_arcs.arcs_file()
    assert path is not None and path.parent == basemap_arcs.cache_dir()
    got = basemap_arcs.decode(path.read_bytes())
    data = basemap_arcs.read_data(BASEMAP)
    assert (got["count"], got["points"]) == (data["arcs"]["count"], data["arcs"]["points"])
    expected = _expected(_unpacked(data["arcs"]))
    assert got["start"] == expected["start"]
    assert got["ext"] == expected["ext"]
    assert got["xy"] == expected["xy"]
    assert basemap_arcs.arcs_file() == path  # made once


def test_a_changed_basemap_gets_a_file_of_its_own(tmp_path, monkeypatch):
    shipped = basemap_arcs.arcs_file()
    text = BASEMAP.read_text("utf-8")
    data = basemap_arcs.read_data(BASEMAP)
    arcs = _unpacked(data["arcs"])
    arcs[0][0] = [arcs[0][0][0] + 3, arcs[0][0][1]]  # the first arc moved three steps east
    spec = importlib.util.spec_from_file_location(
        "basemap_arcs_tool", REPO / "tools" / "basemap_arcs.py"
    )
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    changed = dict(data, arcs=tool.pack(arcs))
    other = tmp_path / "basemap.js"
    other.write_text(f"window.EXPLORER_BASEMAP = {json.dumps(changed)};", "utf-8")
    monkeypatch.setattr(basemap_arcs, "data_path", lambda: other)
    made = basemap_arcs.arcs_file()
    assert made is not None and made != shipped and shipped.exists()
    got = basemap_arcs.decode(made.read_bytes())
    assert got["xy"][:2] == [arcs[0][0][0], arcs[0][0][1]]
    assert got["xy"] == _expected(arcs)["xy"]
    # a data file that cannot be read: no file, and the page decodes the packed arcs itself
    other.write_text(text[:100], "utf-8")
    assert basemap_arcs.arcs_file() is None


def test_a_broken_file_is_refused():
    blob = bytearray(basemap_arcs.arcs_file().read_bytes())
    with pytest.raises(ValueError):
        basemap_arcs.decode(bytes(blob[:-4]))
    blob[0] ^= 1
    with pytest.raises(ValueError):
        basemap_arcs.decode(bytes(blob))


def test_the_page_names_the_file_beside_it():
    page = build_page().read_text("utf-8")
    assert basemap_arcs.arcs_file().as_uri() in page
    assert "connect-src 'self'" in page


@pytest.fixture
def view(qtbot):
    yield from shown_map(qtbot, 800, 600)


def test_the_page_draws_from_the_file(view, qtbot):
    answer = run_js(
        qtbot,
        view,
        "JSON.stringify((function () {"
        "  var made = window.explorerBasemap.prepare();"
        "  return { source: window.explorerBasemap.arcsSource(),"
        "           countries: made.layers.countries.getLayers().length };"
        "})())",
    )
    got = json.loads(answer)
    assert got["source"] == "binary"
    assert got["countries"] > 200
    assert view.console_errors == []


def test_the_meshes_are_topojsons_own(view, qtbot):
    """The borders and coasts stitched in Python are the lines topojson's meshArcs stitches in
    the page, line for line and arc for arc, in the same order."""
    answer = run_js(
        qtbot,
        view,
        "JSON.stringify((function () {"
        "  var topo = window.explorerBasemap.topology(), c = topo.objects.countries;"
        "  return {"
        "    borders: topojson.meshArcs(topo, c, function (a, b) { return a !== b; }).arcs,"
        "    coast: topojson.meshArcs(topo, c, function (a, b) { return a === b; }).arcs };"
        "})())",
    )
    page = json.loads(answer)
    got = basemap_arcs.decode(basemap_arcs.arcs_file().read_bytes())
    assert len(page["borders"]) > 150 and len(page["coast"]) > 1000
    assert got["borders"] == page["borders"]
    assert got["coast"] == page["coast"]
