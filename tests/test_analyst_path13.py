"""The analyst's path, thirteenth pass (uxlook6): what the window still did wrong on news nobody
on the team tuned on (benchmarks/data/events_fresh13, places_fresh12, stances_fresh12, TR-News).
Crowds over several countries had no name ("12" over Europe, "10" over the Middle East), a
crowd of two read "Canada, United States of America (43)", symbols stood under the legend at
1280 x 760 (the credits' line under it was not counted), and the timeline took 168 of 760
pixels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_analyst_path11 import _close, _open, _template
from tests.test_analyst_path12 import UNDER_LEGEND
from tests.test_window import TIMEOUT

ROOT = Path(__file__).resolve().parent.parent
PLACES12 = ROOT / "benchmarks" / "data" / "places_fresh12" / "docs"
EVENTS13 = ROOT / "benchmarks" / "data" / "events_fresh13" / "docs"

CROWD_LABELS = """
(function () {
  var out = [];
  document.querySelectorAll('.ex-label-crowd').forEach(function (el) {
    var text = el.innerText.split(/\\s+/).join(' ');
    out.push({text: text, lines: el.innerHTML.split('<br>').length});
  });
  return JSON.stringify(out);
})()
"""

# twelve items each where TR-News's crowds stood: over Western Europe and Britain, over the
# Middle East, over North America
CROWDS = [
    ("London", -0.1, 51.5, "GB"),
    ("Paris", 2.35, 48.86, "FR"),
    ("Brussels", 4.35, 50.85, "BE"),
    ("Amsterdam", 4.9, 52.37, "NL"),
    ("Baghdad", 44.4, 33.3, "IQ"),
    ("Tehran", 51.4, 35.7, "IR"),
    ("Kuwait", 47.98, 29.37, "KW"),
    ("Riyadh", 46.7, 24.7, "SA"),
    ("New York", -74.0, 40.7, "US"),
    ("Chicago", -87.6, 41.9, "US"),
    ("Toronto", -79.4, 43.7, "CA"),
    ("Ottawa", -75.7, 45.4, "CA"),
]


def _features(places, each: int) -> dict:
    from tests.test_mapview import sample_point

    features = []
    for name, lon, lat, country in places:
        for k in range(each):
            f = sample_point(f"event:{name}:{k}", "event", f"Attack in {name}", lon, lat)
            f["properties"]["country"] = country
            features.append(f)
    return {"type": "FeatureCollection", "features": features}


def test_a_crowd_of_several_countries_is_named_by_the_region_holding_them(qtbot):
    """TR-News's first view: a "12" over Europe and a "10" over the Middle East had no name
    (more than two countries), and the crowd over North America read "Canada, United States
    of America (43)", Natural Earth's long name, on two lines at 1280 x 760."""
    from PySide6.QtWebEngineCore import QWebEngineProfile

    from tests.pages import run_js, shown_map, wait_at_rest

    for view in shown_map(qtbot, 1000, 640, profile=QWebEngineProfile()):
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.set_features(_features(CROWDS, 3), fit=False)
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.fit_bbox(-110.0, 10.0, 70.0, 62.0)
        wait_at_rest(qtbot, view)
        crowds = json.loads(run_js(qtbot, view, CROWD_LABELS))
        texts = sorted(c["text"] for c in crowds)
        assert texts == ["Canada, United States (12)", "Europe (12)", "Middle East (12)"], texts
        assert all(c["lines"] == 1 for c in crowds), crowds
        # a crowd that no region holds whole, nor two (three continents meet here: Turkey is
        # of Asia and of the Middle East, Greece and Bulgaria of Europe, Libya of Africa and
        # the Maghreb) is named neither after one of its items nor after a region it spills
        # out of: its count says how many (uxlook7: the Aegean alone reads "Europe, Middle
        # East", see test_analyst_path14)
        aegean = [("Ankara", 32.9, 39.9, "TR"), ("Athens", 23.7, 37.98, "GR"),
                  ("Sofia", 23.3, 42.7, "BG"), ("Benghazi", 20.07, 32.12, "LY")]  # fmt: skip
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.set_features(_features(aegean, 4), fit=False)
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.fit_bbox(-180.0, -60.0, 180.0, 75.0)
        wait_at_rest(qtbot, view)
        described = json.loads(run_js(qtbot, view, "JSON.stringify(explorerMap.describe())"))
        assert described["clusters"] == 1, described
        assert described["labels"] == [], described["labels"]
        assert view.console_errors == []


# --- the legend off the items, the credits' line under it counted ---------------------------


@pytest.fixture(scope="module")
def _places12_template(tmp_path_factory) -> Path:
    return _template(tmp_path_factory, PLACES12)


def test_no_symbol_under_the_legend_at_1280_by_760(qtbot, tmp_path, _places12_template):
    """places_fresh12 at 1280 x 760: Jakarta's "3" and Mt Hagen's symbol stood under the
    legend's top edge. The fit kept items from under a box as tall as the legend and its
    margin, but the legend stands above the credits' line: 30 pixels higher."""
    from tests.pages import run_js, wait_at_rest

    state = _open(qtbot, tmp_path / "settings.ini", PLACES12, _places12_template, (1280, 760))
    try:
        view = state.window.map
        described = wait_at_rest(qtbot, view)
        assert not described["legendCollapsed"], described
        assert "Sides in view" in described["legend"], described["legend"]
        assert json.loads(run_js(qtbot, view, UNDER_LEGEND)) == []
        assert view.console_errors == []
    finally:
        _close(state)


# --- the timeline gives the map its room at 1280 x 760 ----------------------------------------


@pytest.fixture(scope="module")
def _events13_template(tmp_path_factory) -> Path:
    return _template(tmp_path_factory, EVENTS13)


def test_the_timeline_opens_folded_to_its_line_at_1280_by_760(qtbot, tmp_path, _events13_template):
    """events_fresh13 at 1280 x 760: the timeline's bars, handles, range and undated lines
    took 168 of 760 pixels, the map 511. It opens folded to one line that keeps the range,
    the undated count and "All dates"; one click on "Bars" shows the bars and their handles,
    and a window of 1600 x 1000 opens with them."""
    state = _open(qtbot, tmp_path / "settings.ini", EVENTS13, _events13_template, (1280, 760))
    try:
        window, timeline = state.window, state.window.timeline
        dock = window.docks["Timeline"]
        assert timeline.folded and timeline.fold_button.isVisible()
        assert not timeline.view.isVisible() and not timeline.slider.isVisible()
        assert dock.height() < 70, dock.height()
        text = timeline.range_label.text()
        assert "dated events" in text and "undated" in text, text
        assert "no date found" in timeline.range_label.toolTip()
        assert timeline.all_button.isVisible()
        assert window.map.height() >= 600, window.map.height()
        timeline.fold_button.click()
        qtbot.waitUntil(lambda: timeline.view.isVisible() and timeline.slider.isVisible())
        qtbot.waitUntil(lambda: dock.height() >= 140, timeout=5000)
        assert timeline.undated_label.isVisible()
        timeline.fold_button.click()
        qtbot.waitUntil(lambda: dock.height() < 70, timeout=5000)
    finally:
        _close(state)
    tall = _open(qtbot, tmp_path / "tall.ini", EVENTS13, _events13_template, (1600, 1000))
    try:
        assert not tall.window.timeline.folded
        assert tall.window.timeline.view.isVisible()
    finally:
        _close(tall)


def test_the_timelines_bars_as_the_analyst_left_them_are_kept(qtbot, tmp_path, _events13_template):
    """Unfolded by the analyst at 1280 x 760, the bars came back folded at the next start."""
    settings = tmp_path / "settings.ini"
    first = _open(qtbot, settings, EVENTS13, _events13_template, (1280, 760))
    try:
        assert first.window.timeline.folded
        first.window.timeline.fold_button.click()
        assert not first.window.timeline.folded
    finally:
        _close(first)
    again = _open(qtbot, settings, EVENTS13, _events13_template, (1280, 760))
    try:
        timeline = again.window.timeline
        assert not timeline.folded and timeline.view.isVisible()
        assert again.window.docks["Timeline"].height() >= 140
    finally:
        _close(again)


# --- a selection flown to from afar fans out the items that share its spot ------------------

SYMBOLS = """
(function () {
  var out = [];
  document.querySelectorAll('.leaflet-marker-pane .ex-marker').forEach(function (el) {
    out.push(el.className);
  });
  return JSON.stringify(out);
})()
"""


def test_a_selection_flown_to_from_the_world_fans_out_its_spot(qtbot):
    """TR-News, "Bombardment in Aleppo" selected from the first view of the world: the map
    came to Aleppo and drew the selection over a cluster of five ("Bombardment in Aleppo +4"),
    its four others hidden under it. Selected from close by, the spot was fanned out: a change
    of zoom folded it again just after the flight had fanned it."""
    from PySide6.QtWebEngineCore import QWebEngineProfile

    from tests.pages import run_js, shown_map, wait_at_rest

    aleppo = _features([("Aleppo", 37.16, 36.2, "SY")], 5)
    aleppo["features"] += _features([("Sydney", 151.2, -33.9, "AU")], 1)["features"]
    chosen = aleppo["features"][2]["properties"]["id"]
    for view in shown_map(qtbot, 900, 600, profile=QWebEngineProfile()):
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.set_features(aleppo, fit=True)
        described = wait_at_rest(qtbot, view)
        assert described["view"]["zoom"] < 7, described["view"]
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.select(chosen, fly=True)
        described = wait_at_rest(qtbot, view, selected=chosen)
        assert described["view"]["zoom"] >= 7, described["view"]
        symbols = json.loads(run_js(qtbot, view, SYMBOLS))
        assert len(symbols) == 5, symbols  # the five fanned out, none hidden under a cluster
        assert sum("ex-selected" in c for c in symbols) == 1, symbols
        assert described["clusters"] == 0, described
        assert view.console_errors == []
