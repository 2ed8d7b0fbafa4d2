"""The filter panel on a real workspace: it shows the workspace's filters and turns ticks into
workspace calls; whatever changes the filters elsewhere (a menu, the command line's options,
restored settings) shows in its boxes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from explorer.filters import FilterState
from explorer.ui.filter_panel import FilterPanel
from explorer.workspace import Workspace
from tests.store_sample import sample_analysis


@pytest.fixture
def workspace():
    ws = Workspace()
    ws.set_analysis(sample_analysis(), reviews={"place:geonames:740264": {"state": "rejected"}})
    return ws


@pytest.fixture
def panel(qtbot, workspace):
    panel = FilterPanel()
    qtbot.addWidget(panel)
    panel.bind(workspace)
    return panel


def child(panel, dimension, value):
    group = panel._groups[dimension]
    for i in range(group.childCount()):
        if group.child(i).data(0, Qt.ItemDataRole.UserRole + 1) == value:
            return group.child(i)
    raise KeyError(value)


def test_lists_each_value_with_its_count(panel):
    group = panel._groups["kinds"]
    rows = [(group.child(i).text(0), group.child(i).text(1)) for i in range(group.childCount())]
    assert rows == [("place", "6"), ("event", "4"), ("asset", "2"), ("conflict area", "2")]
    actors = panel.values("actors")
    assert "Turkey" in actors and "Russia" in actors
    assert panel.state() == FilterState()
    assert not panel.reset_button.isEnabled()


def test_a_tick_changes_the_workspace(panel, workspace, qtbot):
    with qtbot.waitSignal(workspace.filters_changed, timeout=2000):
        child(panel, "kinds", "place").setCheckState(0, Qt.CheckState.Unchecked)
    assert workspace.filters.kinds == {"event", "asset", "theatre"}
    assert {i.kind for i in workspace.visible} == {"event", "asset", "theatre"}
    child(panel, "kinds", "place").setCheckState(0, Qt.CheckState.Checked)
    assert workspace.filters.kinds is None  # every value ticked: no restriction
    assert panel.summary.text() == "No filters"


def test_an_actor_can_be_chosen(panel, workspace):
    panel._groups["actors"].setCheckState(0, Qt.CheckState.Unchecked)
    assert workspace.filters.actors == frozenset()
    panel.tick("actors", "Turkey", True)
    assert workspace.filters.actors == {"Turkey"}
    shown = {i.id for i in workspace.visible if i.kind != "place"}
    assert shown and all("Turkey" in workspace.item(i).involved for i in shown)
    assert panel._groups["actors"].checkState(0) == Qt.CheckState.PartiallyChecked


def test_the_keyboard_ticks_a_value(panel, workspace, qtbot):
    panel.show()
    item = child(panel, "review_states", "unreviewed")
    panel.tree.setCurrentItem(item, 0)
    panel.tree.setFocus()
    with qtbot.waitSignal(workspace.filters_changed, timeout=2000):
        qtbot.keyClick(panel.tree, Qt.Key.Key_Space)
    assert workspace.filters.review_states == {"rejected"}


def test_changes_made_elsewhere_show_in_the_boxes(panel, workspace):
    workspace.update_filters(sides=frozenset(), show_rejected=True, include_undated=False)
    assert panel.show_rejected.isChecked() and not panel.include_undated.isChecked()
    assert panel._groups["sides"].checkState(0) == Qt.CheckState.Unchecked
    assert panel.summary.text() == "3 filters active"
    panel.show_rejected.setChecked(False)  # and back: the box asks the workspace
    assert not workspace.filters.show_rejected


def test_reset_clears_everything_but_show_rejected(panel, workspace, qtbot):
    workspace.update_filters(kinds={"event"}, text="x", date_start="2020", show_rejected=True)
    assert panel.reset_button.isEnabled()
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert workspace.filters == FilterState(show_rejected=True)
    assert child(panel, "kinds", "place").checkState(0) == Qt.CheckState.Checked
