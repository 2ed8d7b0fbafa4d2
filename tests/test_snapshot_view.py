"""A snapshot reads where the map looks (snapshot.js's ``view``) from folium's map global alone.

The page's window lists its own attributes among its keys (its storage, caches, speech and
the rest), and reading one of them may start what it stands for: in a second snapshot of the
seeds, the old lookup, which read every global's value before looking at its name, took up to
18 ms of the renderer's main thread (V8's sampling profiler, `--js-flags=--prof`). A global
whose reading is observed stands for them here.
"""

from __future__ import annotations

import json

from tests.pages import run_js, shown_map

# The first of the window's keys that can be redefined (a window attribute listed before
# folium's map) made into a getter that counts its reads, in its place among the keys.
PROBE = """(function () {
  window.__probeReads = 0;
  var names = Object.keys(window), map = -1, probe = -1;
  for (var i = 0; i < names.length; i++) {
    if (names[i].indexOf("map_") === 0 && map < 0) map = i;
    var own = Object.getOwnPropertyDescriptor(window, names[i]);
    if (probe < 0 && own && own.configurable && names[i].indexOf("map_") !== 0) probe = i;
  }
  Object.defineProperty(window, names[probe], {
    enumerable: true, configurable: true,
    get: function () { window.__probeReads += 1; return {}; },
  });
  return JSON.stringify([names[probe], Object.keys(window).indexOf(names[probe]) === probe,
    probe >= 0 && probe < map]);
})()"""


def test_where_the_map_looks_is_read_without_reading_the_windows_other_globals(qtbot):
    from explorer.mapview.snapshot import current_frame

    for view in shown_map(qtbot, 1000, 700):
        name, kept_in_place, before_the_map = json.loads(run_js(qtbot, view, PROBE))
        assert kept_in_place and before_the_map, name
        frame = current_frame(view)
        assert frame is not None and frame.size == (1000, 700)
        assert run_js(qtbot, view, "window.__probeReads") == 0
        assert view.console_errors == []
