"""The analyst's path, twelfth pass (uxlook5): what uxlook4 saw in the window and left, on news
nobody on the team wrote (TR-News, benchmarks/data/events_fresh12 and stances_fresh3). A region
selected was marked nowhere, the Sides table showed two rows and a half at 1280 x 760, and a
crowd of items was named after one of them ("Attack in Adair County +97" over North America)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_window import TIMEOUT

ROOT = Path(__file__).resolve().parent.parent

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
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.show_items(items, items, fit=True)
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.select(region.id, fly=True)
        found = json.loads(run_js(qtbot, view, MARKS))
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
