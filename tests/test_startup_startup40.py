"""The window's page has V8 compile on its own thread, as a snapshot's does.

V8 optimises a page's hot functions on helper threads by default. Queued there, the window's
start cost the renderer more CPU in all than made at once on the page's thread, and its
redraws of 100,000 events were no slower made at once (benchmarks/README.md, section 1's
forty-first pass). What V8 did is read from its own trace (``--trace-opt``, on the renderer's
terminal: see ``benchmarks/page_gc.py``), of a real window opened on the seeds' project.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
COMPILED = re.compile(r"compiling method .*?\(target (\w+)\), mode: ConcurrencyMode::(\w+)")


@pytest.fixture
def page_gc(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    import page_gc

    return page_gc


def _window_compiled(page_gc, project: Path, shot: Path, js: str) -> list[tuple[str, str]]:
    """(tier, mode) of each compilation V8 traced in a window's renderer on ``project``."""
    env = dict(os.environ, QTWEBENGINE_CHROMIUM_FLAGS=f"--no-zygote --js-flags={js}")
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):  # no screen: the window drawn offscreen
        env.pop(name, None)
    argv = [sys.executable, "-m", "explorer", "open", str(project), "--screenshot", str(shot)]
    text = page_gc.traced(argv, env, shot.parent)
    assert shot.stat().st_size > 10_000, text[-2000:]
    return COMPILED.findall(text)


def test_the_windows_page_compiles_its_hot_functions_at_once(page_gc, seeds_project, tmp_path):
    found = _window_compiled(page_gc, seeds_project, tmp_path / "a.png", "--trace-opt")
    assert len(found) >= 10, found  # the user's own V8 flag (the trace) was kept
    assert {mode for _tier, mode in found} == {"kSynchronous"}, found
    # and where the user's own flag says otherwise, the user's wins
    js = "--concurrent-recompilation,--trace-opt"
    found = _window_compiled(page_gc, seeds_project, tmp_path / "b.png", js)
    assert "kConcurrent" in {mode for _tier, mode in found}, found
