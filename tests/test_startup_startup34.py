"""The window's first view reaches its page as one message, run in one task and painted once;
the window is built with the cyclic collector paused and leaves its objects unwalked at exit.

Sent one by one, the first view's palette, items and "start" were three tasks of the page, and
Chromium drew a frame of the items without the basemap between them; the window's start-up
made 80-odd collection passes while it imported and built its panels, which found nothing to
free, and its exit walked every object alive (benchmarks/README.md, section 1's thirty-fifth
pass).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from explorer.mapview.bridge import MapBridge
from explorer.paths import seeds_dir
from tests import test_window_before_ready as before
from tests.test_open_order import _commands

TIMEOUT = 60_000
# the seeds' analysis, reviews and items, and a window built and shown: that file's fixtures
seeds = before.seeds
window_parts = before.window_parts


def _sent(bridge: MapBridge) -> list[dict]:
    out: list[dict] = []
    bridge.command.connect(lambda text: out.append(json.loads(text)))
    return out


def test_commands_queued_before_the_page_is_ready_go_with_start_as_one_message():
    bridge = MapBridge()  # the page draws its basemap when ready: "start" sent then
    sent = _sent(bridge)
    bridge.send("setPalette", palette={})
    with bridge.together():
        bridge.send("setData", items={"count": 0}, visible=None, fit=True)
        bridge.send("fit")
    bridge.send("select", id="place:1", fly=False)
    assert sent == []
    bridge.post('{"event": "ready"}')
    assert len(sent) == 1
    assert _commands(sent[0]) == ["setPalette", "setData", "fit", "select", "start"]
    bridge.send("ping")  # once ready: one message each, as before
    assert sent[1:] == [{"cmd": "ping"}]
    bridge.reset()  # the page loads again: what is queued goes with its "start"
    bridge.send("setPalette", palette={"a": 1})
    bridge.post('{"event": "ready"}')
    assert _commands(sent[2]) == ["setPalette", "start"]


def test_a_windows_first_view_after_its_page_is_ready_is_one_message(qtbot, seeds, window_parts):
    analysis, reviews, items = seeds
    workspace, window = window_parts
    qtbot.waitUntil(lambda: window.map.is_ready, timeout=TIMEOUT)
    sent = _sent(window.map.bridge)
    workspace.set_analysis(analysis, None, reviews, items)
    with_items = [m for m in sent if "setData" in _commands(m)]
    assert len(with_items) == 1
    assert _commands(with_items[0]) == ["setData", "start"]  # drawn in one task
    with qtbot.waitSignal(window.map.rendered, timeout=TIMEOUT):
        pass
    assert window.map.console_errors == []


def test_a_windows_first_view_before_its_page_is_ready_is_one_message(qtbot, seeds, window_parts):
    analysis, reviews, items = seeds
    workspace, window = window_parts
    assert not window.map.is_ready  # no event handled since the window was built
    sent = _sent(window.map.bridge)
    workspace.set_analysis(analysis, None, reviews, items)
    assert sent == []  # queued for the page
    qtbot.waitUntil(lambda: window.map.is_ready, timeout=TIMEOUT)
    assert len(sent) == 1
    assert _commands(sent[0]) == ["setPalette", "setData", "start"]
    counts: list[int] = []
    window.map.rendered.connect(counts.append)
    qtbot.waitUntil(lambda: len(items) in counts, timeout=TIMEOUT)
    assert window.map.console_errors == []


# The window's screenshot of a known folder, with every pass of the cyclic collector counted
# while the window is built and shown (from ``build`` to the folder's opening), and the objects
# left for the collector to walk at exit counted after every other exit handler has run.
WINDOW = r"""
import atexit, gc, sys
import explorer.app as app
import explorer.ui.controller as controller
from explorer.cli import main
passes, building = [], []
gc.callbacks.append(lambda phase, info: building and phase == "start" and passes.append(1))
built, opened = app.build, controller.AppController.open_source
def build(*args, **kwargs):
    building.append(True)
    return built(*args, **kwargs)
def open_source(self, *args, **kwargs):
    building.clear()
    return opened(self, *args, **kwargs)
app.build, controller.AppController.open_source = build, open_source
atexit.register(lambda: print("LEFT", len(gc.get_objects()), flush=True))  # runs last
code = main(sys.argv[1:])
print("PASSES", len(passes))
sys.exit(code)
"""


@pytest.mark.skipif(
    not os.environ.get("DISPLAY") and not shutil.which("Xvfb"), reason="needs an X screen"
)
def test_the_window_is_built_without_collections_and_leaves_its_objects_at_exit(
    seeds_project, tmp_path
):
    shot = tmp_path / "window.png"
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-c", WINDOW, "open", str(seeds_dir()), "--screenshot", str(shot)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert int(lines["PASSES"]) == 0
    assert int(lines["LEFT"]) < 1000  # the rest frozen: not walked by the exit's collections
    assert shot.stat().st_size > 10_000
