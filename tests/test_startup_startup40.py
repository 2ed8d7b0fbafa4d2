"""The window's page has V8 compile on its own thread, as a snapshot's does.

V8 optimises a page's hot functions on helper threads by default. Queued there, the window's
start cost the renderer more CPU in all than made at once on the page's thread, and its
redraws of 100,000 events were no slower made at once (benchmarks/README.md, section 1's
forty-first pass). What V8 did is read from its own trace (``--trace-opt``, on the renderer's
terminal: see ``benchmarks/page_gc.py``), of a real window opened on the seeds' project.
"""

from __future__ import annotations

from tests.test_startup_startup32 import ROOT, assert_compiled_at_once_unless_told


def test_the_windows_page_compiles_its_hot_functions_at_once(monkeypatch, seeds_project, tmp_path):
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    import page_gc

    shot = tmp_path / "a.png"
    args = ("open", str(seeds_project), "--screenshot", str(shot))
    assert_compiled_at_once_unless_told(page_gc, tmp_path, shot, *args)
