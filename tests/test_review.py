"""Reviewing items: the Qt-free controller over a store, the panel and its editor."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from explorer.commands import Key, window_commands
from explorer.items import Item
from explorer.model import Candidate
from explorer.review import (
    STATES,
    ReviewController,
    candidate_edits,
    date_precision,
    event_edits,
    known_event_types,
)
from explorer.ui.review_panel import ReviewPanel


class MemoryStore:
    """The review protocol in memory, with the project file's rules: edits accumulate until
    an item goes back to unreviewed; undo restores the item's previous review."""

    def __init__(self, item_ids: list[str]) -> None:
        self.item_ids = set(item_ids)
        self._reviews: dict[str, dict[str, Any]] = {}
        self._history: list[tuple[str, dict[str, Any] | None]] = []

    def set_review(self, item_id: str, state: str, edits: dict[str, Any] | None = None) -> None:
        if item_id not in self.item_ids:
            raise LookupError(f"no item {item_id}")
        if state not in STATES:
            raise ValueError(state)
        for key, value in (edits or {}).items():
            if key == "candidate":
                Candidate(**value)  # what the real store accepts
        previous = self._reviews.get(item_id)
        merged: dict[str, Any] = {}
        if previous and state != "unreviewed":
            merged.update(previous["edits"])
        if state != "unreviewed":
            merged.update(edits or {})
        if state == "edited" and not merged:
            raise ValueError("edited needs edits")
        self._history.append((item_id, copy.deepcopy(previous)))
        self._reviews[item_id] = {"kind": item_id.split(":")[0], "state": state, "edits": merged}

    def undo_review(self, item_id: str) -> str:
        for n in range(len(self._history) - 1, -1, -1):
            if self._history[n][0] == item_id:
                _, previous = self._history.pop(n)
                if previous is None:
                    self._reviews.pop(item_id, None)
                    return "unreviewed"
                self._reviews[item_id] = previous
                return previous["state"]
        raise LookupError(f"no review of {item_id} to undo")

    def reviews(self) -> dict[str, dict[str, Any]]:
        return copy.deepcopy(self._reviews)


PLACE = {
    "id": "place:geonames:1",
    "kind": "place",
    "name": "Tripoli",
    "type": "city",
    "country": "LY",
    "gazetteer_id": "geonames:1",
}
EVENT = {
    "id": "event:1",
    "kind": "event",
    "name": "Meeting",
    "type": "meeting",
    "date": "2020-10",
    "country": None,
}
CANDIDATES = [
    {
        "gazetteer_id": "geonames:1",
        "name": "Tripoli",
        "country": "LY",
        "lat": 32.89,
        "lon": 13.19,
        "kind": "city",
        "population": 1_150_989,
    },
    {
        "gazetteer_id": "geonames:2",
        "name": "Tripoli",
        "country": "LB",
        "lat": 34.43,
        "lon": 35.84,
        "kind": "city",
        "population": 229_398,
    },
]


@pytest.fixture
def store():
    return MemoryStore([PLACE["id"], EVENT["id"], "asset:1"])


@pytest.fixture
def controller(store):
    return ReviewController(store)


# --- the controller -------------------------------------------------------------------


def test_decisions_reach_the_store(controller, store):
    assert controller.review_of(PLACE["id"]).state == "unreviewed"
    assert controller.confirm(PLACE["id"]).state == "confirmed"
    assert controller.reject(EVENT["id"]).state == "rejected"
    review = controller.edit("asset:1", {"name": "Line"})
    assert (review.state, review.edits) == ("edited", {"name": "Line"})
    assert {k: v["state"] for k, v in store.reviews().items()} == {
        PLACE["id"]: "confirmed",
        EVENT["id"]: "rejected",
        "asset:1": "edited",
    }


def test_undo_goes_back_across_items_newest_first(controller):
    controller.confirm(PLACE["id"], "Tripoli")
    controller.reject(EVENT["id"])
    controller.reject(PLACE["id"], "Tripoli")
    assert controller.undo_label == "Reject Tripoli"
    assert controller.undo().state == "confirmed"  # the place, back to its earlier decision
    undone = controller.undo()
    assert (undone.item_id, undone.state) == (EVENT["id"], "unreviewed")
    assert controller.review_of(PLACE["id"]).state == "confirmed"
    assert controller.undo().state == "unreviewed"
    assert controller.undo() is None and not controller.can_undo


def test_redo_replays_and_a_new_decision_clears_it(controller):
    controller.edit(EVENT["id"], {"type": "summit"})
    controller.undo()
    assert controller.can_redo
    review = controller.redo()
    assert (review.state, review.edits) == ("edited", {"type": "summit"})
    controller.undo()
    controller.confirm(PLACE["id"])
    assert not controller.can_redo


def test_a_refused_decision_is_not_recorded(controller):
    with pytest.raises(LookupError):
        controller.confirm("place:unknown")
    assert not controller.can_undo
    with pytest.raises(ValueError):
        controller.edit(PLACE["id"], {})


def test_candidate_edits_hold_exactly_what_a_candidate_is():
    edits = candidate_edits(CANDIDATES[1])
    assert Candidate(**edits["candidate"]).country == "LB"
    with pytest.raises(ValueError, match="lat"):
        candidate_edits({"gazetteer_id": "x", "name": "x", "lon": 1, "kind": "city"})


def test_event_edits_keep_only_changes_and_check_dates():
    assert event_edits(EVENT, "meeting", "2020-10") == {}
    assert event_edits(EVENT, "Phone call", "2020-10-03") == {
        "type": "phone_call",
        "date": "2020-10-03",
        "date_precision": "day",
    }
    assert event_edits(EVENT, "meeting", "") == {"date": None, "date_precision": "unknown"}
    assert [date_precision(d) for d in ("2020", "2020-02", "2020-02-29", None)] == [
        "year",
        "month",
        "day",
        "unknown",
    ]
    for bad in ("2021-02-29", "2020-13", "20/10/2020", "2020-1"):
        with pytest.raises(ValueError):
            date_precision(bad)


def test_event_types_come_from_the_events_lexicon(tmp_path):
    assert "meeting" in known_event_types()
    broken = tmp_path / "events.json"
    broken.write_text("[]", encoding="utf-8")
    assert known_event_types(broken) == []


# --- the panel ------------------------------------------------------------------------
# Its keys and buttons are window commands: tests/test_window.py presses them in the window.

PLACE_ITEM = Item(
    id=PLACE["id"], kind="place", name="Tripoli", type="city", country="LY",
    gazetteer_id="geonames:1",
)  # fmt: skip
EVENT_ITEM = Item(
    id=EVENT["id"], kind="event", name="Meeting", type="meeting", date="2020-10",
    date_precision="month",
)  # fmt: skip


@pytest.fixture
def panel(qtbot):
    panel = ReviewPanel(event_types=["meeting", "summit", "phone_call"])
    qtbot.addWidget(panel)
    return panel


def test_with_no_item_it_says_so(panel):
    panel.set_item(None)
    assert "No item selected" in panel.name_label.text()
    assert panel.state_text() == ""


def test_the_panel_shows_the_items_state_and_edits(panel, controller):
    controller.reject(PLACE["id"])
    panel.set_item(PLACE_ITEM, controller.review_of(PLACE["id"]), CANDIDATES)
    assert panel.name_label.text() == "Tripoli"
    assert "Rejected" in panel.state_label.text()
    assert panel.state_text() == "rejected"
    review = controller.edit(PLACE["id"], {"name": "Tarabulus"})
    panel.set_item(PLACE_ITEM, review)
    assert "name: Tarabulus" in panel.edits_label.text()


def test_its_buttons_carry_the_window_commands_with_their_keys(panel, qtbot):
    from PySide6.QtWidgets import QMainWindow

    from explorer.ui.actions import build_actions

    window = QMainWindow()
    qtbot.addWidget(window)
    pressed = []
    handlers = {c.key: (lambda k=c.key: pressed.append(k)) for c in window_commands()}
    handlers[Key.SHOW_REJECTED] = lambda on: None
    actions, _ = build_actions(window, handlers)
    panel.bind(actions)
    texts = {key: button.text() for key, button in panel.buttons.items()}
    assert texts[Key.CONFIRM] == "Confirm (C)" and texts[Key.REJECT] == "Reject (R)"
    assert texts[Key.EDIT] == "Edit (E)" and texts[Key.UNDO] == "Undo review"
    panel.buttons[Key.REJECT].click()
    assert pressed == [Key.REJECT]


def test_a_window_without_a_handler_refuses_to_start(qtbot):
    from PySide6.QtWidgets import QMainWindow

    from explorer.commands import MissingHandler
    from explorer.ui.actions import build_actions

    window = QMainWindow()
    qtbot.addWidget(window)
    handlers = {c.key: (lambda: None) for c in window_commands() if c.key != Key.UNDO}
    with pytest.raises(MissingHandler, match="no handler for undo"):
        build_actions(window, handlers)


def test_the_editor_re_resolves_a_place_to_another_candidate(panel, qtbot):
    panel.set_item(PLACE_ITEM, None, CANDIDATES)
    editor = panel.open_editor()
    assert editor is not None and editor.candidates.count() == 2
    assert "(current)" in editor.candidates.currentItem().text()
    editor.choose_candidate("geonames:2")
    with qtbot.waitSignal(panel.edits_chosen) as chosen:
        editor.accept()
    item_id, edits = chosen.args
    assert item_id == PLACE["id"]
    assert edits["candidate"]["gazetteer_id"] == "geonames:2"
    assert "population" in edits["candidate"]  # a Candidate field, kept


def test_a_place_can_be_renamed(panel, qtbot):
    panel.set_item(PLACE_ITEM, None, CANDIDATES)
    panel.open_editor().name.setText("Tarabulus")
    with qtbot.waitSignal(panel.edits_chosen) as chosen:
        panel.editor.accept()
    assert chosen.args[1] == {"name": "Tarabulus"}


def test_an_event_edit_changes_type_and_date_and_refuses_a_bad_date(panel, qtbot):
    panel.set_item(EVENT_ITEM)
    editor = panel.open_editor()
    assert editor.candidates is None and editor.event_type.currentText() == "meeting"
    editor.event_type.setCurrentText("summit")
    editor.date.setText("2020-02-30")
    with qtbot.assertNotEmitted(panel.edits_chosen):
        editor.accept()
    assert editor.isVisible() and "calendar" in editor.problem.text()
    editor.date.setText("2020-10-22")
    with qtbot.waitSignal(panel.edits_chosen) as chosen:
        editor.accept()
    assert chosen.args[1] == {"type": "summit", "date": "2020-10-22", "date_precision": "day"}


def test_an_unchanged_edit_records_nothing(panel, qtbot):
    panel.set_item(EVENT_ITEM)
    panel.open_editor()
    with qtbot.assertNotEmitted(panel.edits_chosen):
        panel.editor.accept()
