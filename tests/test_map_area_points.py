"""What happened in a region known by a point only (a county, a governorate, a state) is on the
map at that point, and selecting the region itself takes the view there, on a real TR-News
story (gunmen's attacks in Jordan's Karak governorate)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWebEngineCore import QWebEngineProfile

from explorer.items import build_items
from explorer.pipeline import analyse_sources
from tests.articles import eval_folder
from tests.pages import TIMEOUT, run_js, shown_map

STORY = "trnews-1010010"  # "Gunmen carried out a series of attacks in central Jordan ..."


@pytest.fixture(scope="module")
def items(tmp_path_factory):
    folder = eval_folder("trnews", tmp_path_factory.mktemp("tr"), ids={STORY})
    return build_items(analyse_sources([folder]))


@pytest.fixture
def view(qtbot):
    yield from shown_map(qtbot, 1000, 700, profile=QWebEngineProfile())


def describe(view, qtbot) -> dict:
    return json.loads(run_js(qtbot, view, "JSON.stringify(window.explorerMap.describe())"))


def located(view, qtbot, item_id: str) -> tuple[float, float]:
    with qtbot.waitSignal(view.bridge.located, timeout=TIMEOUT) as signal:
        view.locate(item_id)
    _, x, y = signal.args
    return x, y


def test_events_in_a_region_are_drawn_and_the_region_is_flown_to(items, view, qtbot) -> None:
    region = [i for i in items if i.kind == "place" and i.precision == "area"]
    events = [i for i in items if i.kind == "event" and i.precision == "area"]
    assert region and events, "the story's governorate and the attacks in it"
    others = [i for i in items if i.precision in ("point", "country")]  # pins and outlines
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.show_items(items, items, fit=True)
    # the attacks in the governorate are drawn at its point; the governorate itself is not
    assert describe(view, qtbot)["drawn"] == len(others) + len(events)
    world = describe(view, qtbot)["view"]
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.select(events[0].id, fly=True)
    x, y = located(view, qtbot, events[0].id)
    assert 0 < x < view.width() and 0 < y < view.height()
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.fit_bbox(-120.0, -40.0, 120.0, 60.0)  # far out, then the region chosen
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.select(region[0].id, fly=True)
    shown = describe(view, qtbot)["view"]
    lon, lat = region[0].geometry["coordinates"][:2]
    assert shown["zoom"] >= 5 and shown != world
    assert abs(shown["center"][0] - lat) < 0.5 and abs(shown["center"][1] - lon) < 0.5
    assert view.console_errors == []
