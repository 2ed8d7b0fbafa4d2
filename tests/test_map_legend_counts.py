"""The legend's counts are grouped by threes without ICU's number formatting.

A page's first ``toLocaleString`` starts ICU's number formatting for its locale: about 10 ms
of the renderer's main thread in a second snapshot of the seeds (V8's sampling profiler), for
the commas of the legend's counts, which a snapshot hides. The counts read as English writes
them ("1,234"), and the page never calls it.
"""

from __future__ import annotations

import copy
import json

from tests.mapdata import sample_collection
from tests.pages import TIMEOUT, run_js, shown_map

COUNTED = """(function () {
  window.__localeCalls = 0;
  var own = Number.prototype.toLocaleString;
  Number.prototype.toLocaleString = function () {
    window.__localeCalls += 1;
    return own.apply(this, arguments);
  };
  return true;
})()"""


def _places(n: int) -> dict:
    collection = sample_collection()
    town = next(f for f in collection["features"] if f["properties"]["kind"] == "place")
    features = []
    for i in range(n):
        feature = copy.deepcopy(town)
        feature["properties"]["id"] = f"place:{i}"
        lon, lat = feature["geometry"]["coordinates"]
        feature["geometry"]["coordinates"] = [lon + (i % 40) * 0.05, lat + (i // 40) * 0.05]
        features.append(feature)
    return {"type": "FeatureCollection", "features": features}


def test_the_legends_counts_are_grouped_by_threes_without_tolocalestring(qtbot):
    for view in shown_map(qtbot, 1000, 700):
        assert run_js(qtbot, view, COUNTED) is True
        for n, written in ((1234, "Place (1,234)"), (7, "Place (7)")):
            with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
                view.set_features(_places(n), fit=True)
            described = json.loads(run_js(qtbot, view, "JSON.stringify(explorerMap.describe())"))
            assert written in described["legend"], described["legend"]
        assert run_js(qtbot, view, "window.__localeCalls") == 0
        assert view.console_errors == []
