"""The analyst's path, eleventh pass (uxlook4): the window at 1280 x 720-760 and 1600 x 1000 on
folders of news nobody on the team wrote (benchmarks/data/events_fresh12 and stances_fresh3,
TR-News). What the screenshots showed: a window that could not be 720 pixels tall, docks that
kept their widths when it narrowed, nine Items columns in 400 pixels, a Sides panel on another
war than the legend's, map labels cut or under the map's own controls."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QTabBar

from tests.screens import on_its_own_screen
from tests.test_window import TIMEOUT, Loaded

ROOT = Path(__file__).resolve().parent.parent
FRESH12 = ROOT / "benchmarks" / "data" / "events_fresh12" / "docs"
FRESH3 = ROOT / "benchmarks" / "data" / "stances_fresh3" / "docs"
KASHMIR_SHELLING = "event:border-loc-actualitenews-2016.txt:554:bombardment"


def _template(tmp_path_factory, folder: Path) -> Path:
    from explorer.pipeline import ingest

    path = tmp_path_factory.mktemp("project") / "batch.gpkg"
    ingest([folder], path)
    return path


@pytest.fixture(scope="module")
def _fresh12_template(tmp_path_factory) -> Path:
    return _template(tmp_path_factory, FRESH12)


@pytest.fixture(scope="module")
def _fresh3_template(tmp_path_factory) -> Path:
    return _template(tmp_path_factory, FRESH3)


def _open(qtbot, settings: Path, folder: Path, template: Path, size: tuple[int, int]) -> Loaded:
    """The window an analyst opens on ``folder`` (its project already analysed), at ``size``."""
    from explorer.app import build
    from explorer.pipeline import default_project_for

    target = default_project_for(folder)
    if not target.exists():
        shutil.copyfile(template, target)
    workspace, window, controller = build(settings)
    qtbot.addWidget(window)
    state = Loaded(workspace, window, controller, qtbot)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: window.map.is_ready, timeout=TIMEOUT)
    state.wait_done(controller.open_source(folder))
    state.wait_drawn()
    return state


def _close(state: Loaded) -> None:
    state.window.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def fresh12(qtbot, tmp_path, _fresh12_template):
    state = _open(qtbot, tmp_path / "settings.ini", FRESH12, _fresh12_template, (1280, 760))
    yield state
    _close(state)


# --- 1. the docks' layout holds from 1280 x 720 up ------------------------------------------


def _stray_tab_bars(window) -> list[str]:
    """The window's visible tab bars that do not sit under a dock of theirs, inside the docks'
    column: one over the status bar, or over the map, is a stray."""
    docks = [d for d in window.docks.values() if d.isVisible() and not d.isFloating()]
    status = window.statusBar().geometry()
    central = window.centralWidget().geometry()
    stray = []
    for bar in window.findChildren(QTabBar):
        if bar.parent() is not window or not bar.isVisible():
            continue
        box = QRect(bar.mapTo(window, QPoint(0, 0)), bar.size())
        titles = [bar.tabText(i) for i in range(bar.count())]
        under = [
            d
            for d in docks
            if d.windowTitle() in titles
            and abs(box.top() - d.geometry().bottom()) <= 4
            and d.geometry().left() <= box.left()
            and box.right() <= d.geometry().right() + 1
        ]
        if not under or box.intersects(status) or box.intersects(central):
            stray.append(f"{' | '.join(titles)} at {box.getRect()}")
    return stray


def test_the_window_can_be_1280_by_720_and_its_docks_follow_its_size(fresh12, qtbot):
    """The least height the docks allowed was 729 pixels (the review panel's buttons, behind
    the Evidence tab, and the timeline's 90-pixel bars): on a 1280 x 720 screen the status bar
    ran off it. A window made narrower kept its docks' widths: from 1600 to 1280 pixels the
    map was left 320, a quarter, half of it under the legend."""
    window = fresh12.window
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.height() == 720, timeout=5000)
    assert window.minimumSizeHint().height() <= 720
    assert _stray_tab_bars(window) == []
    review = fresh12.controller.review_panel
    assert all(b.isVisibleTo(window) for b in review.buttons.values())
    for size in ((1600, 1000), (1280, 760)):
        window.resize(*size)
        qtbot.waitUntil(lambda s=size: window.size().toTuple() == s, timeout=5000)
        qtbot.waitUntil(lambda: window.map.width() >= 0.38 * window.width(), timeout=5000)
        assert _stray_tab_bars(window) == []
    # the review still a tab beside the evidence, the evidence in front
    assert window.tabifiedDockWidgets(window.docks["Evidence"]).count(window.docks["Review"]) == 1
    assert not window.docks["Evidence"].visibleRegion().isEmpty()


# --- 2. the Items table: the name, where and when; the rest on demand ----------------------


def test_the_items_table_shows_name_where_and_date_within_its_panel(fresh12):
    """Nine columns in a 370-pixel panel: the name and half of Where, the other seven out of
    sight to the right (Kind cut at the edge)."""
    from explorer.ui.items_model import COLUMNS

    table = fresh12.window.items.table
    shown = [key for c, (key, _) in enumerate(COLUMNS) if not table.isColumnHidden(c)]
    assert shown == ["name", "where", "date"]
    last = max(c for c in range(len(COLUMNS)) if not table.isColumnHidden(c))
    right = table.columnViewportPosition(last) + table.columnWidth(last)
    assert right <= table.viewport().width(), (right, table.viewport().width())
    assert table.columnWidth(0) >= 150
    dates = [table.model().index(r, COLUMNS.index(("date", "Date"))).data() for r in range(20)]
    assert "2017-04-04" in dates or any(d and d[:2] in ("19", "20") for d in dates), dates


def _pick_in_header_menu(qtbot, table, title: str) -> None:
    """Right-click the header and pick ``title`` in the menu it opens, as an analyst does."""
    picked: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            action = next(a for a in menu.actions() if a.text() == title)
            menu.setActiveAction(action)
            action.trigger()
            menu.close()
            picked.append(title)

    QTimer.singleShot(200, pick)
    header = table.horizontalHeader()
    header.customContextMenuRequested.emit(QPoint(10, header.height() // 2))
    qtbot.waitUntil(lambda: bool(picked), timeout=5000)


def test_a_column_picked_in_the_headers_menu_is_shown_and_remembered(
    qtbot, tmp_path, _fresh12_template
):
    from explorer.ui.items_model import COLUMNS

    kind = COLUMNS.index(("kind", "Kind"))
    settings = tmp_path / "settings.ini"
    first = _open(qtbot, settings, FRESH12, _fresh12_template, (1600, 1000))
    table = first.window.items.table
    assert table.isColumnHidden(kind)
    _pick_in_header_menu(qtbot, table, "Kind")
    assert not table.isColumnHidden(kind)
    assert table.model().index(0, kind).data() in ("event", "place", "asset", "conflict area")
    _close(first)
    again = _open(qtbot, settings, FRESH12, _fresh12_template, (1600, 1000))
    try:
        assert not again.window.items.table.isColumnHidden(kind)
    finally:
        _close(again)


# --- 3. the Sides panel opens on the war the map colours ------------------------------------


def _legend(loaded, qtbot) -> str:
    answer: list[str] = []
    loaded.window.map.page().runJavaScript(
        "JSON.stringify(explorerMap.describe())", 0, answer.append
    )
    qtbot.waitUntil(lambda: bool(answer), timeout=TIMEOUT)
    return json.loads(answer[0])["legend"]


def test_the_sides_panel_opens_on_the_war_whose_sides_the_map_colours(
    qtbot, tmp_path, _fresh3_template
):
    """The panel opened on Afghanistan (7 stances, no item of it coloured by a side) while the
    legend's "Sides in view" listed the sides of Ethiopia's war of the 1970s, whose items the
    map coloured: the analyst read one war's table beside another war's colours."""
    state = _open(qtbot, tmp_path / "settings.ini", FRESH3, _fresh3_template, (1600, 1000))
    try:
        window = state.window
        coloured = [i for i in state.workspace.visible if i.side and i.kind != "theatre"]
        assert coloured
        conflict = window.sides.current_theatre()
        assert conflict is not None
        name = state.workspace.items.theatre_names.get(conflict)
        by_conflict = [i for i in coloured if i.theatre == conflict]
        assert len(by_conflict) == max(
            sum(1 for i in coloured if i.theatre == c.theatre) for c in coloured
        )
        legend = _legend(state, qtbot)
        assert "Sides in view" in legend, legend
        assert name and name in legend.split("Sides in view", 1)[1], (name, legend)
    finally:
        _close(state)


# --- 4. map labels: whole, off the map's controls and off the selection ----------------------

LABEL_BOXES = """
(function () {
  var frame = document.querySelector('.leaflet-container').getBoundingClientRect();
  function box(el) {
    var r = el.getBoundingClientRect();
    return [r.left - frame.left, r.top - frame.top, r.right - frame.left, r.bottom - frame.top];
  }
  var out = {labels: [], controls: [], selected: []};
  document.querySelectorAll('.ex-label').forEach(function (el) {
    out.labels.push({text: el.innerText, box: box(el), wide: el.scrollWidth > el.clientWidth});
  });
  document.querySelectorAll('.leaflet-control').forEach(function (el) {
    if (el.offsetWidth) out.controls.push(box(el));
  });
  document.querySelectorAll('.ex-selected').forEach(function (el) { out.selected.push(box(el)); });
  return JSON.stringify(out);
})()
"""


def _meets(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_labels_keep_off_the_maps_controls_and_name_the_selection(fresh12, qtbot):
    """At 1280 x 760, the Kashmir shelling selected: "Faisalabad" was drawn under the scale
    bar, and the cluster under the selected diamond read "Kashmir conflict +5", the name of
    another item, beside the one the analyst picked."""
    from tests.pages import run_js, wait_at_rest

    window = fresh12.window
    before = len(fresh12.renders)
    fresh12.workspace.select(KASHMIR_SHELLING)
    qtbot.waitUntil(lambda: len(fresh12.renders) > before, timeout=TIMEOUT)
    # the fly to the selection ends in a last render; any render counted above may be
    # another's (the window's palette, its items): the page is asked for the selection
    wait_at_rest(qtbot, window.map, selected=KASHMIR_SHELLING)
    found = json.loads(run_js(qtbot, window.map, LABEL_BOXES))
    assert found["labels"] and found["controls"] and found["selected"], found
    under = [
        label["text"]
        for label in found["labels"]
        if any(_meets(label["box"], c) for c in found["controls"])
    ]
    assert under == [], under
    over = [
        label["text"]
        for label in found["labels"]
        if any(_meets(label["box"], s) for s in found["selected"])
    ]
    assert over == [], over
    name = fresh12.workspace.item(KASHMIR_SHELLING).name
    texts = [" ".join(label["text"].split()) for label in found["labels"]]
    assert any(t.startswith(name) for t in texts), (name, texts)
    assert window.map.console_errors == []


def test_a_long_name_is_labelled_whole_on_two_lines(qtbot, tmp_path):
    """Cut at 34 characters, labels read "Attack on Maria Vermelhudo in Tor... +3" and
    "Attack: David Leslie Hickson on C... +4" (TR-News): the place, or the victim, cut off."""
    from PySide6.QtWebEngineCore import QWebEngineProfile

    from explorer.items import build_items
    from explorer.pipeline import analyse_sources
    from tests.articles import eval_folder
    from tests.pages import run_js, shown_map, wait_at_rest

    folder = eval_folder("trnews", tmp_path, ids={"trnews-1010008"})
    items = build_items(analyse_sources([folder]))
    long_ones = [i for i in items if i.kind == "event" and len(i.name) > 34]
    assert long_ones, [i.name for i in items]
    for view in shown_map(qtbot, 1000, 700, profile=QWebEngineProfile()):
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.show_items(items, items, fit=True)
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.select(long_ones[0].id, fly=True)
        wait_at_rest(qtbot, view, selected=long_ones[0].id)
        found = json.loads(run_js(qtbot, view, LABEL_BOXES))
        texts = [" ".join(label["text"].split()) for label in found["labels"]]
        assert not any("…" in t for t in texts), texts
        assert any(t.startswith(long_ones[0].name) for t in texts), texts
        assert all(not label["wide"] for label in found["labels"]), found["labels"]
        assert view.console_errors == []


# --- 5. a timeline with no dated event gives the map its room ---------------------------------

ASSETS7 = ROOT / "benchmarks" / "data" / "assets_fresh7" / "docs"


@pytest.fixture(scope="module")
def _assets7_template(tmp_path_factory) -> Path:
    return _template(tmp_path_factory, ASSETS7)


def test_a_timeline_without_dated_events_is_its_lines_of_text(qtbot, tmp_path, _assets7_template):
    """No event of the batch is dated: the timeline still held 170 pixels under the map, an
    empty strip, a slider with nothing to slide and "No dated events" written twice."""
    state = _open(qtbot, tmp_path / "settings.ini", ASSETS7, _assets7_template, (1280, 760))
    try:
        window, timeline = state.window, state.window.timeline
        events = [i for i in state.workspace.items if i.kind == "event"]
        assert events and not any(i.date for i in events)
        assert not timeline.view.isVisible() and not timeline.slider.isVisible()
        assert timeline.range_label.text() == "No dated events"
        assert timeline.undated_label.isVisible()
        dock = window.docks["Timeline"]
        assert dock.height() <= dock.minimumSizeHint().height() + 2, dock.height()
        assert dock.height() < 90
        # and a batch with dated events brings the bars back at their height (at 1280 x 760
        # folded to their line first: test_analyst_path13), one click away
        state.wait_done(state.controller.open_source(FRESH12))
        state.wait_drawn()
        qtbot.waitUntil(lambda: timeline.fold_button.isVisible(), timeout=TIMEOUT)
        if timeline.folded:
            timeline.fold_button.click()
        qtbot.waitUntil(lambda: timeline.view.isVisible(), timeout=TIMEOUT)
        qtbot.waitUntil(lambda: dock.height() >= 140, timeout=5000)
    finally:
        _close(state)


# --- 6. a window's screenshot is of the window the screen holds -------------------------------

# run under xvfb-run, which stops its X server when the script ends (a server started inside
# the script outlived it: os._exit skips the context manager's exit)
SCREEN_SHOT = r"""
import os, sys
from pathlib import Path
from explorer.app import run
code = run(Path(sys.argv[1]), Path(sys.argv[2]))
sys.stdout.flush()
os._exit(code)  # before the display goes: Qt's exit would write to a closed X connection
"""


def test_open_with_a_screenshot_pictures_the_window_the_screen_holds(tmp_path, _fresh12_template):
    """``explorer open DIR --screenshot`` on a 1280 x 760 screen wrote a 1600 x 960 window, one
    no analyst on that screen sees: the docks' layout at a laptop's size could not be looked at."""
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    from explorer.pipeline import default_project_for

    shutil.copyfile(_fresh12_template, default_project_for(FRESH12))
    out = tmp_path / "window.png"
    result = subprocess.run(
        [
            *("xvfb-run", "-a", "-s", "-screen 0 1280x760x24"),
            *(sys.executable, "-c", SCREEN_SHOT, str(FRESH12), str(out)),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=on_its_own_screen(),
    )
    assert result.returncode == 0, result.stderr[-2000:]
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720), (image.width(), image.height())
