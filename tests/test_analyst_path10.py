"""The analyst's path, tenth pass (uxlook3): the window at 1600 x 1000 on a folder of news
nobody on the team wrote (benchmarks/data/stances_fresh9: sixteen stories, 1960-2025, from
Yemen to Colombia). What the screenshots showed cut, unexplained or at odds."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QTableView

from tests.screens import on_its_own_screen
from tests.test_window import TIMEOUT, Loaded

ROOT = Path(__file__).resolve().parent.parent
FRESH9 = ROOT / "benchmarks" / "data" / "stances_fresh9" / "docs"


@pytest.fixture(scope="module")
def _fresh9_template(tmp_path_factory) -> Path:
    """The folder's articles ingested once for the module."""
    from explorer.pipeline import ingest

    path = tmp_path_factory.mktemp("fresh9-project") / "fresh9.gpkg"
    ingest([FRESH9], path)
    return path


@pytest.fixture
def fresh9_project(_fresh9_template) -> Path:
    """The project the window keeps for the folder, already holding its analysed articles."""
    from explorer.pipeline import default_project_for

    target = default_project_for(FRESH9)
    shutil.copyfile(_fresh9_template, target)
    return target


@pytest.fixture
def fresh9(qtbot, tmp_path, fresh9_project):
    """The window an analyst opens on the folder, at 1600 x 1000."""
    from explorer.app import build

    workspace, window, controller = build(tmp_path / "settings.ini")
    qtbot.addWidget(window)
    state = Loaded(workspace, window, controller, qtbot)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitUntil(lambda: window.map.is_ready, timeout=TIMEOUT)
    state.wait_done(controller.open_source(FRESH9))
    state.wait_drawn()
    yield state
    window.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _cut(table: QTableView, row: int, column: int) -> str | None:
    """The cell's text if the view cannot paint it whole (elided on one line, or wrapped
    into more lines than the row holds), else None: measured as the view's style lays a
    cell out (its icon, its margins, word wrap when the view wraps)."""
    index = table.model().index(row, column)
    text = str(index.data() or "")
    if not text:
        return None
    option = QStyleOptionViewItem()
    option.rect = table.visualRect(index)
    option.font = table.font()
    option.text = text
    option.features = QStyleOptionViewItem.ViewItemFeature.HasDisplay
    if table.wordWrap():
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
        option.decorationSize = QSize(16, 16)
        option.decorationPosition = QStyleOptionViewItem.Position.Left
    style = table.style()
    box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, table)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    width = box.width() - 2 * margin
    metrics = QFontMetrics(table.font())
    if not table.wordWrap():
        return text if metrics.horizontalAdvance(text) > width else None
    laid = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
    return text if laid.width() > width or laid.height() > box.height() else None


# --- 1. the Sides table names its powers and parties whole -----------------------------------


def test_the_sides_table_shows_each_power_and_party_whole(fresh9, qtbot):
    """Yemen's stances read "United Arab ..." backs "Southern Separatist ...": the power's
    column held 120 pixels and the party's what the speaker's 110 left, each name cut to
    one line, while the rows had height to spare."""
    from explorer.ui.sides_panel import COLUMNS

    sides = fresh9.window.sides
    qtbot.waitUntil(lambda: sides.select_theatre("yemen"), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: sides.table.isVisible(), timeout=TIMEOUT)
    table = sides.table
    powers = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    assert "United Arab Emirates" in powers, powers
    party = COLUMNS.index("Party")
    cut = [
        _cut(table, r, c)
        for r in range(table.model().rowCount())
        for c in (0, party)
        if _cut(table, r, c)
    ]
    assert cut == [], cut
    # the names need no sideways scroll: power, relation and party are in the panel
    right = table.columnViewportPosition(party) + table.columnWidth(party)
    assert right <= table.viewport().width(), (right, table.viewport().width())


# --- 2. the Items table's Where stays in the panel -------------------------------------------


def test_the_items_where_column_is_read_whole_within_the_panel(fresh9, qtbot):
    """Fitted to its longest text, the Where column ran under the panel's edge: "South Kivu,
    Democratic Republic of" with the rest of the country out of sight, and the table
    scrolled sideways to read it."""
    from explorer.ui.items_model import COLUMNS

    table = fresh9.window.items.table
    where = COLUMNS.index(("where", "Where"))
    model = table.model()
    long_ones = [
        r
        for r in range(model.rowCount())
        if "Democratic Republic" in str(model.index(r, where).data())
    ]
    assert long_ones, "no place in the Democratic Republic of the Congo"
    right = table.columnViewportPosition(where) + table.columnWidth(where)
    assert right <= table.viewport().width(), (right, table.viewport().width())
    cut = [_cut(table, r, where) for r in range(model.rowCount()) if _cut(table, r, where)]
    assert cut == [], cut


# --- 3. the legend says which war a side in view belongs to ----------------------------------


def _legend(loaded, qtbot) -> str:
    answer: list[str] = []
    loaded.window.map.page().runJavaScript(
        "JSON.stringify(explorerMap.describe())", 0, answer.append
    )
    qtbot.waitUntil(lambda: bool(answer), timeout=TIMEOUT)
    return json.loads(answer[0])["legend"]


def test_the_legend_names_the_conflict_of_each_side_in_view(fresh9, qtbot):
    """The first view listed "Sides in view: Ethiopia" while the Sides panel beside it showed
    Yemen's stances: nothing told the analyst that Ethiopia is a side in Somalia (its
    incursion of 2006), not one of Yemen's."""
    incursion = next(i for i in fresh9.workspace.items if i.side == "Ethiopia")
    assert incursion.theatre == "somalia"
    # (the Sides panel opened on Yemen; since uxlook4 it opens on Somalia, the war whose
    # side the map colours: test_analyst_path11)
    legend = _legend(fresh9, qtbot)
    assert "Sides in view" in legend, legend
    sides = legend.split("Sides in view", 1)[1]
    assert "Somalia" in sides and sides.index("Somalia") < sides.index("Ethiopia"), legend
    assert fresh9.window.map.console_errors == []


# --- 4. the timeline says how many events it leaves out, and why -----------------------------


def test_the_timeline_says_how_many_events_are_undated_and_why(fresh9):
    """Under bars for the dated events the panel said "3 undated events: always shown":
    neither out of how many events nor why they have no bar (on TR-News: 4 bars over
    1961-2015, and 32 of 36 events undated)."""
    events = [i for i in fresh9.workspace.visible if i.kind == "event"]
    undated = [i for i in events if not i.date]
    assert 0 < len(undated) < len(events)
    text = fresh9.window.timeline.undated_label.text()
    assert text == (
        f"{len(undated)} of {len(events)} events undated (no date found in their articles): "
        "not on the timeline, always shown"
    ), text


# --- 5. a stance's id, as the exports list it, opens the window on that stance ---------------

UAE_BACKS = "stance:yemen:united-arab-emirates:backs:southern-separatist-movement"


def test_a_stance_shown_by_its_id_picks_its_conflict_and_its_row(fresh9, qtbot):
    """``explorer export -f csv`` lists stances among the items, each with its id; given one,
    the window had nothing to show (``open --select`` answered "no item with id")."""
    window = fresh9.window
    assert any(s.id == UAE_BACKS for s in fresh9.workspace.visible.stances)
    assert window.show_stance(UAE_BACKS)
    assert fresh9.workspace.selection == "yemen"  # the conflict area, on the map
    sides = window.sides
    assert sides.current_theatre() == "yemen"
    picked = sides.current_stance()
    assert picked is not None
    assert (picked["power"], picked["relation"], picked["party"]) == (
        "United Arab Emirates",
        "backs",
        "Southern Separatist Movement",
    )
    assert "UAE-backed Southern Separatist Movement" in sides.browser.toPlainText()
    assert not window.show_stance("stance:yemen:nobody:backs:nobody")


def test_the_window_opens_on_a_stance_given_by_its_id(fresh9_project, tmp_path):
    """The command line's way to the same picture."""
    import subprocess
    import sys

    shot = tmp_path / "stance.png"
    script = "import sys\nfrom explorer.cli import main\nsys.exit(main(sys.argv[1:]))\n"
    args = ("open", str(FRESH9), "--screenshot", str(shot), "--select", UAE_BACKS)
    result = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 10_000
    wrong = subprocess.run(
        [sys.executable, "-c", script, *args[:-1], "stance:nope"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert wrong.returncode == 2
    assert wrong.stderr.strip() == "explorer: no item or stance with id 'stance:nope'"


# --- 6. on a laptop's screen the window fits it ----------------------------------------------

# run under xvfb-run, which stops its X server when the script ends (a server started inside
# the script outlived it: os._exit skips the context manager's exit)
SMALL_SCREEN = r"""
import os, sys
from PySide6.QtWidgets import QApplication
from explorer.app import build
app = QApplication([sys.argv[0]])
workspace, window, controller = build(sys.argv[1])
window.show()
app.processEvents()
free = window.screen().availableGeometry()
print(window.width(), window.height(), free.width(), free.height(), window.map.width())
window.map.shutdown()
sys.stdout.flush()
os._exit(0)  # before the display goes: Qt's exit would write to a closed X connection
"""


def test_the_first_window_fits_a_1280_by_800_screen(tmp_path):
    """The window opened at 1600 x 960 whatever the screen: on a 1280 x 800 laptop its right
    third and its bottom (the Timeline's range, the status bar) were off the screen."""
    import subprocess
    import sys

    result = subprocess.run(
        [
            *("xvfb-run", "-a", "-s", "-screen 0 1280x800x24"),
            *(sys.executable, "-c", SMALL_SCREEN, str(tmp_path / "settings.ini")),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=on_its_own_screen(),
    )
    assert result.returncode == 0, result.stderr
    width, height, free_width, free_height, map_width = map(
        int, result.stdout.strip().splitlines()[-1].split()
    )
    assert (free_width, free_height) == (1280, 800)
    assert width <= free_width and height <= free_height, (width, height)
    assert map_width >= 0.38 * width, map_width  # the map keeps its share
