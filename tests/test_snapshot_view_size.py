"""A snapshot's view is made at its size: its page is laid out and its map made there.

A view resized after its page started loading lays the page out at Qt's default size first,
then at its own: the page gets a ``resize`` after folium's map is made, and Leaflet measures its
container again (a forced layout in the renderer, some 5 ms a snapshot by V8's profiler). The
view is sized before it loads its page.
"""

from __future__ import annotations

import json

import pytest

from tests.pages import TIMEOUT, run_js

WATCH = """(function () {
  window.__resizes = 0;
  window.addEventListener("resize", function () { window.__resizes += 1; });
  document.addEventListener("DOMContentLoaded", function () {
    window.__laidOutAt = [window.innerWidth, window.innerHeight];
  });
})();"""


@pytest.fixture
def watched(monkeypatch):
    """Every MapPage made from now on watches its window's resizes from its document's start."""
    from PySide6.QtWebEngineCore import QWebEngineScript

    from explorer.mapview import view as mapview

    made = mapview.MapPage.__init__

    def __init__(self, *args, **kwargs):
        made(self, *args, **kwargs)
        script = QWebEngineScript()
        script.setName("resize-watch")
        script.setSourceCode(WATCH)
        script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
        script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
        self.scripts().insert(script)

    monkeypatch.setattr(mapview.MapPage, "__init__", __init__)


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_a_snapshots_page_is_laid_out_at_its_size_from_the_start(qtbot, watched, scale):
    from explorer.mapview.snapshot import close_view, snapshot_view

    view = snapshot_view((1000, 700), scale)
    try:
        qtbot.waitUntil(lambda: view.is_ready, timeout=TIMEOUT)
        found = json.loads(run_js(qtbot, view, "JSON.stringify([__laidOutAt, __resizes])"))
        assert found == [[1000, 700], 0], found
        assert (view.width(), view.height()) == (round(1000 * scale), round(700 * scale))
        assert view.console_errors == []
    finally:
        close_view(view)
