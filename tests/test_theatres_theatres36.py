"""Conflicts drawn wrong (theatres36), in a real window on events_fresh16 (news nobody tuned
on): a group of backings of no conflict ("United States (no conflict stated)", from "Saudi
Arabia is one of the principal US allies") was drawn as a conflict's area over the whole of
the United States; the Sides panel kept the last conflict shown (Burundi) under an item of no
conflict (the drone attack on Volgograd) and did not say so."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_analyst_path11 import _close, _open, _template
from tests.test_window import TIMEOUT

ROOT = Path(__file__).resolve().parent.parent
EVENTS16 = ROOT / "benchmarks" / "data" / "events_fresh16" / "docs"
VOLGOGRAD = "event:drone-volgograd-frontierpost.txt:0:attack"
OUTSIDE = "The item chosen is in no conflict's area"  # what the panel says


@pytest.fixture(scope="module")
def _events16_template(tmp_path_factory) -> Path:
    return _template(tmp_path_factory, EVENTS16)


def test_a_group_of_no_conflict_is_not_drawn_as_a_conflicts_area(
    _events16_template, qtbot, tmp_path
):
    """On a657787d the map drew 11 conflict areas, one of them "United States (no conflict
    stated)" over the United States, dashed like a war's; the group stays in the Sides panel
    (its claim is kept), and the map outlines the 10 conflicts the texts tell."""
    from tests.pages import wait_at_rest

    state = _open(qtbot, tmp_path / "settings.ini", EVENTS16, _events16_template, (1600, 1000))
    try:
        wait_at_rest(qtbot, state.window.map)
        items = state.workspace.visible.items  # what the map is given to draw
        drawn = {i.id for i in items if i.kind == "theatre" and i.geometry}
        assert "united-states-no-conflict" not in drawn
        assert len(drawn) == 10 and {"ukraine", "burundi", "darfur"} <= drawn, drawn
        sides = state.window.sides
        assert sides.theatre_box.findData("united-states-no-conflict") >= 0
    finally:
        _close(state)


def test_the_sides_panel_says_an_item_chosen_is_in_no_conflict(_events16_template, qtbot, tmp_path):
    """The drone attack on Volgograd lies in no conflict's area: the panel keeps the
    conflict it shows (Burundi, the first) and now says the item is in none; choosing an item
    of a conflict (the conflict area of Darfur) takes the note away."""
    state = _open(qtbot, tmp_path / "settings.ini", EVENTS16, _events16_template, (1600, 1000))
    try:
        sides = state.window.sides
        shown = sides.current_theatre()
        assert shown
        state.workspace.select(VOLGOGRAD)
        qtbot.waitUntil(lambda: OUTSIDE in sides.summary.text(), timeout=TIMEOUT)
        assert sides.current_theatre() == shown
        assert sides.theatre_box.currentText() in sides.summary.text()
        state.workspace.select("darfur")
        qtbot.waitUntil(lambda: sides.current_theatre() == "darfur", timeout=TIMEOUT)
        assert OUTSIDE not in sides.summary.text()
    finally:
        _close(state)
