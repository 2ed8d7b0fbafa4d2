"""The order in which a load reaches the map: its colours before its items, so that the page
indexes and draws them once, in their sides' colours; and a large project's basemap held for
its items, so that it is drawn once, at their view."""

from __future__ import annotations

import json

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWebEngineCore import QWebEngineProfile
from PySide6.QtWidgets import QApplication

from explorer.app import build
from explorer.mapview.view import MapView
from explorer.palette import ColourBook
from explorer.paths import seeds_dir
from explorer.workspace import Workspace
from tests.mapdata import sample_collection
from tests.test_items import STANCES, conflict_analysis

TIMEOUT = 60_000


def test_a_loads_colours_come_before_its_items(tmp_path):
    ws = Workspace(ColourBook.load(tmp_path / "colours.json"))
    heard: list[tuple[str, set[str]]] = []
    ws.palette_changed.connect(lambda palette: heard.append(("palette", set(palette["sides"]))))
    ws.analysis_changed.connect(lambda: heard.append(("items", set(ws.palette["sides"]))))
    ws.set_analysis(conflict_analysis(STANCES))
    sides = {i.side for i in ws.items if i.side}
    assert sides
    # the colours of the new items' sides are known to whoever draws them when they come
    assert heard == [("palette", set(ws.palette["sides"])), ("items", set(ws.palette["sides"]))]
    assert sides <= heard[0][1]


def test_the_window_sends_a_loads_colours_then_its_items_once(qtbot, tmp_path, seeds_project):
    workspace, window, controller = build(tmp_path / "settings.ini")
    qtbot.addWidget(window)
    window.show()
    commands: list[str] = []
    renders: list[int] = []
    window.map.bridge.command.connect(lambda text: commands.append(json.loads(text)["cmd"]))
    window.map.rendered.connect(renders.append)
    try:
        qtbot.waitUntil(lambda: window.map.is_ready, timeout=TIMEOUT)
        operation = controller.open_source(seeds_dir())
        qtbot.waitUntil(lambda: operation.done, timeout=TIMEOUT)
        assert controller.last_error is None
        expected = len(workspace.visible)
        qtbot.waitUntil(lambda: bool(renders) and renders[-1] == expected, timeout=TIMEOUT)
        assert workspace.palette["sides"]  # the seeds have sides to colour
        data = commands.index("setData")
        assert "setPalette" in commands[:data]
        assert "setPalette" not in commands[data:]  # not indexed and drawn a second time
        assert window.map.console_errors == []
    finally:
        window.close()
        controller.release_projects()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _describe(view, qtbot) -> dict:
    found: list = []
    view.page().runJavaScript("JSON.stringify(window.explorerMap.describe())", 0, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=TIMEOUT)
    return json.loads(found[0])


def test_a_held_basemap_waits_past_its_wait_for_the_items(qtbot):
    profile = QWebEngineProfile()
    view = MapView(profile=profile, basemap_wait_ms=100)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    view.resize(1200, 800)
    view.show()
    try:
        view.hold_basemap()  # a large project is being read
        qtbot.waitUntil(lambda: view.is_ready, timeout=TIMEOUT)
        later = QTimer()
        later.setSingleShot(True)
        with qtbot.waitSignal(later.timeout, timeout=TIMEOUT):
            later.start(400)  # four times the basemap's wait, well within the page's own
        assert _describe(view, qtbot)["basemapAt"] is None  # not drawn at the default view
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.set_features(sample_collection(), fit=True)
            view.start()
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.ping()
        page = _describe(view, qtbot)
        assert page["basemapAt"] == page["view"]  # drawn once, at the items' view
        assert view.console_errors == []
    finally:
        view.shutdown()
        view.close()
        shiboken6.delete(view)
