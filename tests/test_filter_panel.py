"""The filter panel alone: ticks become one FilterState per event-loop turn, choices survive new
data, restored states wait for data, reset clears everything."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from explorer.filters import NONE, Facet, FilterState
from explorer.ui.filter_panel import FilterPanel


def facet_map(**dims):
    return {
        dim: [Facet(v, v.replace("_", " ") or "(none)", n) for v, n in values]
        for dim, values in dims.items()
    }


FACETS = facet_map(
    kinds=[("place", 4), ("event", 6), ("asset", 1), ("theatre", 2)],
    theatres=[("theatre:north", 5), ("theatre:south", 3), (NONE, 5)],
    sides=[("Arland", 3), ("Borovia", 2), (NONE, 8)],
    event_types=[("air_strike", 2), ("meeting", 4)],
    sources=[("a.txt", 9), ("b.txt", 4)],
    review_states=[("unreviewed", 12), ("rejected", 1)],
)


@pytest.fixture
def panel(qtbot):
    panel = FilterPanel()
    qtbot.addWidget(panel)
    panel.set_facets(FACETS)
    panel.flush()
    return panel


def child(panel, dimension, value):
    group = panel._groups[dimension]
    for i in range(group.childCount()):
        if group.child(i).data(0, Qt.ItemDataRole.UserRole + 1) == value:
            return group.child(i)
    raise KeyError(value)


def test_lists_each_value_with_its_count(panel):
    group = panel._groups["event_types"]
    assert [
        (group.child(i).text(0), group.child(i).text(1)) for i in range(group.childCount())
    ] == [("air strike", "2"), ("meeting", "4")]
    assert panel.state() == FilterState()
    assert not panel.reset_button.isEnabled()


def test_several_ticks_in_one_turn_give_one_signal(panel, qtbot):
    with qtbot.waitSignal(panel.filters_changed, timeout=2000) as blocker:
        child(panel, "kinds", "place").setCheckState(0, Qt.CheckState.Unchecked)
        child(panel, "kinds", "asset").setCheckState(0, Qt.CheckState.Unchecked)
        child(panel, "sides", "Borovia").setCheckState(0, Qt.CheckState.Unchecked)
    state = blocker.args[0]
    assert state.kinds == {"event", "theatre"}
    assert state.sides == {"Arland", NONE}
    assert state.theatres is None
    with qtbot.assertNotEmitted(panel.filters_changed, wait=50):
        pass  # the three changes were coalesced into the one signal above
    assert panel.summary.text() == "2 filters active"


def test_unticking_a_group_unticks_all_its_values(panel, qtbot):
    with qtbot.waitSignal(panel.filters_changed, timeout=2000) as blocker:
        panel._groups["sources"].setCheckState(0, Qt.CheckState.Unchecked)
    assert blocker.args[0].sources == frozenset()
    with qtbot.waitSignal(panel.filters_changed, timeout=2000) as blocker:
        panel._groups["sources"].setCheckState(0, Qt.CheckState.Checked)
    assert blocker.args[0].sources is None


def test_the_keyboard_ticks_a_value(panel, qtbot):
    panel.show()
    item = child(panel, "review_states", "unreviewed")
    panel.tree.setCurrentItem(item, 0)
    panel.tree.setFocus()
    with qtbot.waitSignal(panel.filters_changed, timeout=2000) as blocker:
        qtbot.keyClick(panel.tree, Qt.Key.Key_Space)
    assert blocker.args[0].review_states == {"rejected"}


def test_toggles_and_search_are_in_the_state(panel, qtbot):
    with qtbot.waitSignal(panel.filters_changed, timeout=2000) as blocker:
        panel.show_rejected.setChecked(True)
        panel.include_undated.setChecked(False)
        panel.search.setText("pipeline")
    state = blocker.args[0]
    assert state.show_rejected and not state.include_undated and state.text == "pipeline"


def test_the_timeline_range_is_carried_in_the_state(panel, qtbot):
    with qtbot.waitSignal(panel.filters_changed, timeout=2000) as blocker:
        panel.set_date_range("2020-10-01", None)
    assert (blocker.args[0].date_start, blocker.args[0].date_end) == ("2020-10-01", None)
    with qtbot.assertNotEmitted(panel.filters_changed, wait=50):
        panel.set_date_range("2020-10-01", None)  # no change, no signal


def test_new_data_keeps_choices_where_values_remain(panel, qtbot):
    child(panel, "theatres", "theatre:north").setCheckState(0, Qt.CheckState.Unchecked)
    child(panel, "sides", "Borovia").setCheckState(0, Qt.CheckState.Unchecked)
    panel.flush()
    newer = dict(FACETS)
    newer["theatres"] = [Facet("theatre:north", "north", 6), Facet("theatre:east", "east", 1)]
    newer["sides"] = [Facet("Arland", "Arland", 3)]  # Borovia has gone
    with qtbot.waitSignal(panel.filters_changed, timeout=2000) as blocker:
        panel.set_facets(newer)
    state = blocker.args[0]
    assert state.theatres == {"theatre:east"}  # north still unticked, the new one ticked
    assert state.sides is None  # the only unticked value left the data
    assert child(panel, "theatres", "theatre:north").checkState(0) == Qt.CheckState.Unchecked


def test_a_restored_state_waits_for_data(qtbot):
    panel = FilterPanel()
    qtbot.addWidget(panel)
    saved = FilterState(kinds={"event"}, sides={"Arland"}, text="strike", show_rejected=True)
    panel.set_state(saved)
    assert panel.state() == saved
    with qtbot.waitSignal(panel.filters_changed, timeout=2000) as blocker:
        panel.set_facets(FACETS)
    assert blocker.args[0] == saved
    assert child(panel, "kinds", "place").checkState(0) == Qt.CheckState.Unchecked
    assert child(panel, "kinds", "event").checkState(0) == Qt.CheckState.Checked
    assert panel._groups["kinds"].checkState(0) == Qt.CheckState.PartiallyChecked


def test_reset_clears_everything(panel, qtbot):
    child(panel, "kinds", "place").setCheckState(0, Qt.CheckState.Unchecked)
    panel.search.setText("x")
    panel.set_date_range("2020", "2021")
    panel.flush()
    assert panel.reset_button.isEnabled()
    with qtbot.waitSignal(panel.filters_changed, timeout=2000) as blocker:
        qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == FilterState()
    assert panel.search.text() == "" and panel.summary.text() == "No filters"
