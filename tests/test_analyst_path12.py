"""The analyst's path, twelfth pass (uxlook5): what uxlook4 saw in the window and left, on news
nobody on the team wrote (TR-News, benchmarks/data/events_fresh12 and stances_fresh3). A region
selected was marked nowhere, the Sides table showed two rows and a half at 1280 x 760, and a
crowd of items was named after one of them ("Attack in Adair County +97" over North America)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.test_analyst_path11 import _close, _open, _template
from tests.test_window import TIMEOUT

ROOT = Path(__file__).resolve().parent.parent
FRESH3 = ROOT / "benchmarks" / "data" / "stances_fresh3" / "docs"

MARKS = """
(function () {
  var frame = document.querySelector('.leaflet-container').getBoundingClientRect();
  function box(el) {
    var r = el.getBoundingClientRect();
    return [r.left - frame.left, r.top - frame.top, r.right - frame.left, r.bottom - frame.top];
  }
  var out = {size: [frame.width, frame.height], selected: [], rings: [], labels: []};
  document.querySelectorAll('.ex-selected').forEach(function (el) { out.selected.push(box(el)); });
  document.querySelectorAll('.ex-region-ring').forEach(function (el) { out.rings.push(box(el)); });
  document.querySelectorAll('.ex-label').forEach(function (el) {
    out.labels.push({text: el.innerText.split(/\\s+/).join(' '), cls: el.className});
  });
  return JSON.stringify(out);
})()
"""


def selected_marks(qtbot, view, items, item_id: str) -> dict:
    """The map's marks (``MARKS``) once ``items`` are shown, fitted, and ``item_id`` is
    selected and flown to."""
    from tests.pages import run_js

    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.show_items(items, items, fit=True)
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.select(item_id, fly=True)
    return json.loads(run_js(qtbot, view, MARKS))


def _inside(box: list[float], size: list[float]) -> bool:
    return box[0] >= 0 and box[2] <= size[0] and box[1] >= 0 and box[3] <= size[1]


# --- 1. a region known by a point only, selected, is marked where it is -----------------------


def test_a_region_known_by_a_point_is_marked_and_named_when_selected(qtbot, tmp_path):
    """Alberta (TR-News) selected: the map flew to it and drew nothing there, no symbol, no
    outline, no label; the analyst could not tell where the selection was."""
    from PySide6.QtWebEngineCore import QWebEngineProfile

    from explorer.items import build_items
    from explorer.pipeline import analyse_sources
    from tests.articles import eval_folder
    from tests.pages import run_js, shown_map

    folder = eval_folder("trnews", tmp_path, ids={"trnews-1010016"})
    items = build_items(analyse_sources([folder]))
    regions = [
        i
        for i in items
        if i.kind == "place"
        and i.precision == "area"
        and i.geometry
        and i.geometry.get("type") == "Point"
    ]
    assert regions, [(i.name, i.precision) for i in items]
    region = next((i for i in regions if i.name == "Alberta"), regions[0])
    for view in shown_map(qtbot, 1000, 700, profile=QWebEngineProfile()):
        found = selected_marks(qtbot, view, items, region.id)
        assert len(found["selected"]) == 1, found
        assert _inside(found["selected"][0], found["size"]), found
        assert len(found["rings"]) == 1 and _inside(found["rings"][0], found["size"]), found
        # the symbol stands in its ring, at the region's point
        (sx0, sy0, sx1, sy1), (rx0, ry0, rx1, ry1) = found["selected"][0], found["rings"][0]
        assert rx0 < sx0 and sx1 < rx1 and ry0 < sy0 and sy1 < ry1, found
        assert any(
            label["text"] == region.name and "ex-label-selected" in label["cls"]
            for label in found["labels"]
        ), found["labels"]
        # chosen again from another item: the mark goes with the selection
        other = next(
            i
            for i in items
            if i.geometry and i.geometry.get("type") == "Point" and i.precision != "area"
        )
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.select(other.id, fly=True)
        again = json.loads(run_js(qtbot, view, MARKS))
        assert again["rings"] == [], again
        assert view.console_errors == []


# --- 2. the Sides table has the room its rows need --------------------------------------------


@pytest.fixture(scope="module")
def _fresh3_template(tmp_path_factory) -> Path:
    return _template(tmp_path_factory, FRESH3)


def _whole_rows(table) -> int:
    height = table.viewport().height()
    return sum(
        1
        for r in range(table.model().rowCount())
        if table.rowViewportPosition(r) >= 0
        and table.rowViewportPosition(r) + table.rowHeight(r) <= height
    )


def test_the_sides_table_shows_its_rows_at_1280_by_760(qtbot, tmp_path, _fresh3_template):
    """At 1280 x 760 the Sides table showed two rows and a half: the excerpts' box under it
    held a fifth of the panel to say "Select a stance to read the excerpts that state it"."""
    state = _open(qtbot, tmp_path / "settings.ini", FRESH3, _fresh3_template, (1280, 760))
    try:
        sides = state.window.sides
        box = sides.theatre_box
        box.setCurrentIndex(box.findData("__all__"))  # every stance: more rows than fit
        table = sides.table
        rows = table.model().rowCount()
        assert rows >= 8, rows
        qtbot.waitUntil(lambda: table.viewport().height() > 0, timeout=5000)
        assert _whole_rows(table) >= 4, (_whole_rows(table), table.viewport().height())
        # the excerpts' box: the hint's two lines until a stance is chosen, then its share
        total = sum(sides.splitter.sizes())
        assert sides.splitter.sizes()[1] <= 0.25 * total, sides.splitter.sizes()
        table.selectRow(0)
        qtbot.waitUntil(lambda: sides.splitter.sizes()[1] >= 0.35 * total, timeout=5000)
        assert "excerpt" in sides.browser.toPlainText().lower() or sides.browser.toPlainText()
    finally:
        _close(state)


# --- 4. a crowd is named by what it holds ------------------------------------------------------

COUNT = re.compile(r" \+(\d+)$")


def test_a_crowd_of_items_is_named_by_its_countries_not_by_one_item(qtbot, tmp_path):
    """The first view of TR-News read "Attack in Adair County +97" for 98 items over North
    America: the name of one of them, in a county of Kentucky, for a crowd of two countries."""
    from PySide6.QtWebEngineCore import QWebEngineProfile

    from explorer.items import build_items
    from explorer.pipeline import analyse_sources
    from tests.articles import eval_folder
    from tests.pages import run_js, shown_map

    folder = eval_folder("trnews", tmp_path, first=30)
    items = build_items(analyse_sources([folder]))
    for view in shown_map(qtbot, 900, 600, profile=QWebEngineProfile()):
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.show_items(items, items, fit=True)
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.fit_bbox(-170.0, -50.0, 170.0, 70.0)
        found = json.loads(run_js(qtbot, view, MARKS))
        texts = [label["text"] for label in found["labels"]]
        counted = [int(m.group(1)) for t in texts if (m := COUNT.search(t))]
        assert all(n <= 8 for n in counted), texts  # "+N": an item and a few beside it
        crowds = [label["text"] for label in found["labels"] if "ex-label-crowd" in label["cls"]]
        assert crowds, texts
        assert any(t.startswith("United States") for t in crowds), crowds
        assert all(re.fullmatch(r"[^()+]+ \(\d+\)", t) for t in crowds), crowds
        assert view.console_errors == []


# --- 3. the first view keeps the items from under the legend ---------------------------------

UNDER_LEGEND = """
(function () {
  var legend = document.querySelector('.ex-legend').getBoundingClientRect();
  var under = [];
  document.querySelectorAll('.ex-cluster, .ex-marker').forEach(function (el) {
    if (el.closest('.ex-legend')) return;  // the legend's own symbols
    var r = el.getBoundingClientRect();
    if (r.width && r.left < legend.right && legend.left < r.right && r.top < legend.bottom
        && legend.top < r.bottom) under.push(el.innerText || el.className);
  });
  return JSON.stringify(under);
})()
"""


# where the TR-News stories stand (118 texts: North America, Brazil, Europe, the Middle East,
# China, Australia), for a map of the world in a small window
WORLD = [
    ("Vancouver", -123.1, 49.3, 11, "CA"),
    ("Adair County", -85.3, 37.1, 98, "US"),
    ("Rio de Janeiro", -43.2, -22.9, 1, "BR"),
    ("London", -0.1, 51.5, 30, "GB"),
    ("Moscow", 37.6, 55.8, 2, "RU"),
    ("Damascus", 36.3, 33.5, 34, "SY"),
    ("Beijing", 116.4, 39.9, 11, "CN"),
    ("Sydney", 151.2, -33.9, 10, "AU"),
    ("Perth", 115.9, -31.9, 6, "AU"),
]


def test_the_first_view_keeps_items_from_under_the_legend_after_the_map_shrinks(qtbot):
    """TR-News at 1280 x 760: the first view of the world left Australia's cluster ("16")
    under the legend. A map made smaller after its fit is fitted again (and where the least
    zoom cannot keep the items clear, the legend folds: seen on TR-News's 118 texts, not
    reproduced here). Moved by the analyst, the view is theirs: a resize does not fit it."""
    from PySide6.QtWebEngineCore import QWebEngineProfile

    from tests.pages import run_js, shown_map, wait_at_rest
    from tests.test_mapview import sample_point

    features = []
    for name, lon, lat, n, country in WORLD:
        for k in range(n):
            kind = "place" if k == 0 else "event"
            f = sample_point(f"{kind}:{name}:{k}", kind, f"Attack in {name}", lon, lat)
            f["properties"]["country"] = country
            if country == "SY" and k % 2:
                f["properties"].update(side="Syrian opposition", theatre="theatre:syria")
            features.append(f)
    collection = {"type": "FeatureCollection", "features": features}
    palette = {
        "kinds": {"place": "#4D5A66", "event": "#2F2F2F", "asset": "#6B5E4F", "theatre": "#6F6F6F"},
        "sides": {"Syrian opposition": "#E69F00"},
        "numbers": {"Syrian opposition": 6},
        "ink": {"#E69F00": "#000000"},
    }
    for view in shown_map(qtbot, 760, 620, profile=QWebEngineProfile()):
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.set_palette(palette)
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.set_features(collection, fit=True)
        assert json.loads(run_js(qtbot, view, UNDER_LEGEND)) == []
        for size in ((600, 540),):
            view.resize(*size)
            wait_at_rest(qtbot, view)  # the page's new size measured, fitted again, drawn
            assert json.loads(run_js(qtbot, view, UNDER_LEGEND)) == [], size
        # a first view at that size
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.set_features(collection, fit=True)
        assert json.loads(run_js(qtbot, view, UNDER_LEGEND)) == []
        # the analyst's own view is kept as it is
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.fit_bbox(100.0, -45.0, 160.0, -10.0)
        before = json.loads(run_js(qtbot, view, "JSON.stringify(explorerMap.describe().view)"))
        view.resize(460, 480)
        wait_at_rest(qtbot, view)
        after = json.loads(run_js(qtbot, view, "JSON.stringify(explorerMap.describe().view)"))
        assert after["zoom"] == before["zoom"], (before, after)  # not fitted to every item again
        assert all(abs(a - b) < 1 for a, b in zip(after["center"], before["center"], strict=True))
        assert view.console_errors == []
