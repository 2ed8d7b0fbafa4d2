"""The analyst's path on fresh news nobody tuned on (benchmarks/data/*_fresh*): the map, the
brief and the exports of real stories, as the window and the command line show them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtWebEngineCore import QWebEngineProfile

from explorer.items import build_items
from explorer.pipeline import analyse_sources
from tests.pages import TIMEOUT, run_js, shown_map

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


def fresh_folder(tmp_path: Path, *paths: str) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for path in paths:
        shutil.copy(DATA / path, folder)
    return folder


@pytest.fixture
def view(qtbot):
    yield from shown_map(qtbot, 1000, 700, profile=QWebEngineProfile())


def test_a_state_the_basemap_has_no_outline_of_leaves_the_map_drawn(tmp_path, view, qtbot):
    """ "the International Criminal Tribunal for the former Yugoslavia": the gazetteer's
    Serbia and Montenegro (CS, 1992-2006), which Natural Earth does not draw. The map listed
    nothing after it (a TypeError in the page), and the brief timed out waiting for it."""
    folder = fresh_folder(tmp_path, "dates_fresh/docs/court-srebrenica-aa-2015.txt")
    items = build_items(analyse_sources([folder]))
    assert any(i.precision == "country" and i.country == "CS" for i in items)
    drawn = [i for i in items if i.precision in ("point", "country") and i.country != "CS"]
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.show_items(items, items, fit=True)
    described = json.loads(run_js(qtbot, view, "JSON.stringify(window.explorerMap.describe())"))
    assert described["drawn"] == len(drawn)
    assert view.console_errors == []
