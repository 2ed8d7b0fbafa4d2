"""The order in which a load reaches the map: its colours before its items, so that the page
indexes and draws them once, in their sides' colours."""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from explorer.app import build
from explorer.palette import ColourBook
from explorer.paths import seeds_dir
from explorer.workspace import Workspace
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


def _commands(message: dict) -> list[str]:
    """A message's commands in order, those of a batch (sent together) among them."""
    if message["cmd"] != "batch":
        return [message["cmd"]]
    return [name for inner in message["commands"] for name in _commands(inner)]


def test_the_window_sends_a_loads_colours_then_its_items_once(qtbot, tmp_path, seeds_project):
    workspace, window, controller = build(tmp_path / "settings.ini")
    qtbot.addWidget(window)
    window.show()
    commands: list[str] = []
    renders: list[int] = []
    window.map.bridge.command.connect(lambda text: commands.extend(_commands(json.loads(text))))
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
