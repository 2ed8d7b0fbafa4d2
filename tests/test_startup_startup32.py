"""A page drawn once (a snapshot, a brief) has V8 compile on its own thread (the window's too
since the forty-first pass: tests/test_startup_startup40.py).

V8 optimises a page's hot functions in helper threads by default, so that a page one uses is
not held up. A snapshot's page is drawn once and closed: queued there, the compilations cost
the renderer more CPU than made at once (benchmarks/README.md, section 1's thirty-third pass).
What V8 did is read from its own trace (``--trace-opt``, on the renderer's terminal: see
``benchmarks/page_gc.py``).
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from explorer.mapview import environment

ROOT = Path(__file__).resolve().parent.parent
COMPILED = re.compile(r"compiling method .*?\(target (\w+)\), mode: ConcurrencyMode::(\w+)")


@pytest.fixture
def page_gc(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    import page_gc

    return page_gc


def _compiled(page_gc, tmp_path: Path, *args: str, js: str) -> list[tuple[str, str]]:
    """(tier, mode) of each compilation V8 traced in ``explorer ARGS``'s renderer."""
    env = dict(os.environ, QTWEBENGINE_CHROMIUM_FLAGS=f"--no-zygote --js-flags={js}")
    text = page_gc.traced([sys.executable, "-m", "explorer", *args], env, tmp_path)
    return COMPILED.findall(text)


def assert_compiled_at_once_unless_told(page_gc, tmp_path: Path, out: Path, *args: str) -> None:
    """``explorer ARGS`` (which writes ``out``) had V8 compile at once on its page's thread,
    and queued its compilations when the user's own V8 flag said so."""
    found = _compiled(page_gc, tmp_path, *args, js="--trace-opt")
    assert out.stat().st_size > 0
    assert len(found) >= 10, found  # the user's own V8 flag (the trace) was kept
    assert {mode for _tier, mode in found} == {"kSynchronous"}, found
    # and where the user's own flag says otherwise, the user's wins
    out.unlink()
    js = "--concurrent-recompilation,--trace-opt"
    found = _compiled(page_gc, tmp_path, *args, js=js)
    assert out.stat().st_size > 0
    assert "kConcurrent" in {mode for _tier, mode in found}, found


def test_a_snapshots_page_compiles_its_hot_functions_at_once(page_gc, seeds_project, tmp_path):
    png = tmp_path / "x.png"
    args = ("snapshot", str(seeds_project), "-o", str(png))
    assert_compiled_at_once_unless_told(page_gc, tmp_path, png, *args)


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        ("", "--js-flags=--no-concurrent-recompilation"),
        ("--disable-gpu", "--disable-gpu --js-flags=--no-concurrent-recompilation"),
        # into the user's one switch (Chromium reads only the last), before the user's flags
        (
            "--no-zygote --js-flags=--trace-gc --log-level=3",
            "--no-zygote --js-flags=--no-concurrent-recompilation,--trace-gc --log-level=3",
        ),
        (
            '--js-flags="--prof --logfile=/tmp/v8.log" --disable-gpu',
            '--js-flags="--no-concurrent-recompilation,--prof --logfile=/tmp/v8.log" --disable-gpu',
        ),
        (
            "--js-flags=--a --js-flags=--b",
            "--js-flags=--a --js-flags=--no-concurrent-recompilation,--b",
        ),
        # set up twice: once
        (
            "--js-flags=--no-concurrent-recompilation,--b",
            "--js-flags=--no-concurrent-recompilation,--b",
        ),
    ],
)
def test_v8s_flags_join_the_users_switch(flags, expected):
    assert environment.with_js_flags(flags, environment.JS_FLAGS) == expected


def test_every_process_is_given_the_flag_the_users_kept(monkeypatch):
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "--js-flags=--trace-gc")
    environment.prepare_qt_environment(headless=True)  # the window's and a snapshot's alike
    assert (
        "--js-flags=--no-concurrent-recompilation,--trace-gc"
        in os.environ["QTWEBENGINE_CHROMIUM_FLAGS"]
    )
    environment.prepare_qt_environment(headless=True)  # set up twice: once
    assert os.environ["QTWEBENGINE_CHROMIUM_FLAGS"].count("concurrent") == 1
