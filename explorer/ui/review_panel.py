"""The review panel: the selected item's review state, its buttons, and the item editor.

Reviewing is a set of window commands (explorer.commands: Confirm C, Reject R, Edit E, Mark
unreviewed U, Undo Ctrl+Z) whose shortcuts work whichever panel has focus; the app's
controller runs them through ``explorer.review.ReviewController``. This panel shows the state
and carries buttons for those same actions.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.commands import Key
from explorer.ui.items_model import where_text
from explorer.ui.plaintext import plain_labels
from explorer.vocabulary import KIND_LABELS

if TYPE_CHECKING:  # the item contract: imported when an item is edited
    from explorer.items import Item
    from explorer.review import Review

log = logging.getLogger(__name__)

# Okabe-Ito colours, each state also spelled out in words (never colour alone).
_STATE_COLOURS = {
    "unreviewed": "#666666",
    "confirmed": "#009E73",
    "rejected": "#D55E00",
    "edited": "#0072B2",
}
_CANDIDATE_ROLE = Qt.ItemDataRole.UserRole


def _candidate_text(c: dict[str, Any], current: bool) -> str:
    where = ", ".join(str(v) for v in (c.get("name"), c.get("country")) if v)
    coords = f"{float(c['lat']):.3f}, {float(c['lon']):.3f}" if "lat" in c and "lon" in c else ""
    parts = [where, str(c.get("kind") or ""), coords, str(c.get("gazetteer_id") or "")]
    return " · ".join(p for p in parts if p) + ("   (current)" if current else "")


def _describe_edits(edits: dict[str, Any]) -> str:
    parts = []
    for key, value in edits.items():
        if key == "candidate" and isinstance(value, dict):
            value = f"{value.get('name')} ({value.get('gazetteer_id')})"
        parts.append(f"{key.replace('_', ' ')}: {value if value is not None else '—'}")
    return "; ".join(parts)


class ItemEditor(QDialog):
    """Edits for one item: another gazetteer entry or a new name for a place; type and date
    for an event; a new name for anything else."""

    def __init__(
        self,
        item: Item,
        candidates: list[dict[str, Any]],
        event_types: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.kind = item.kind
        self.setWindowTitle(f"Edit {item.name or item.id}")
        form = QFormLayout()
        self.candidates: QListWidget | None = None
        self.name: QLineEdit | None = None
        self.event_type: QComboBox | None = None
        self.date: QLineEdit | None = None
        if self.kind == "event":
            self.event_type = QComboBox(self)
            self.event_type.setEditable(True)
            current = item.type or ""
            self.event_type.addItems(sorted({*event_types, current} - {""}))
            self.event_type.setCurrentText(current)
            self.date = QLineEdit(item.date or "", self)
            self.date.setPlaceholderText("YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown")
            form.addRow("&Type", self.event_type)
            form.addRow("&Date", self.date)
        else:
            if self.kind == "place" and candidates:
                self.candidates = QListWidget(self)
                for c in candidates:
                    is_current = c.get("gazetteer_id") == item.gazetteer_id
                    row = QListWidgetItem(_candidate_text(c, is_current), self.candidates)
                    row.setData(_CANDIDATE_ROLE, c)
                    if is_current:
                        self.candidates.setCurrentItem(row)
                form.addRow("&Gazetteer entry", self.candidates)
            self.name = QLineEdit(item.name or "", self)
            form.addRow("&Name", self.name)
        self.problem = QLabel("", self)
        plain_labels(self.problem)
        self.problem.setStyleSheet("color:#D55E00")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self._edits: dict[str, Any] = {}

    def choose_candidate(self, gazetteer_id: str) -> None:
        if self.candidates is None:
            raise KeyError(f"{self.kind} has no gazetteer candidates to choose from")
        for row in range(self.candidates.count()):
            item = self.candidates.item(row)
            if item.data(_CANDIDATE_ROLE).get("gazetteer_id") == gazetteer_id:
                self.candidates.setCurrentItem(item)
                return
        raise KeyError(gazetteer_id)

    def edits(self) -> dict[str, Any]:
        """What the analyst changed (valid once the dialog is accepted)."""
        return dict(self._edits)

    def _collect(self) -> dict[str, Any]:
        from explorer.review import candidate_edits, event_edits, rename_edits

        props = self.item.properties(evidence=False)
        if self.event_type is not None and self.date is not None:
            return event_edits(props, self.event_type.currentText(), self.date.text())
        edits: dict[str, Any] = {}
        if self.candidates is not None and self.candidates.currentItem() is not None:
            chosen = self.candidates.currentItem().data(_CANDIDATE_ROLE)
            if chosen.get("gazetteer_id") != self.item.gazetteer_id:
                edits.update(candidate_edits(chosen))
        if self.name is not None:
            renamed = rename_edits(props, self.name.text())
            chosen_name = edits.get("candidate", {}).get("name")
            if renamed and renamed["name"] != chosen_name:
                edits.update(renamed)  # after the candidate, so the new name wins
        return edits

    def accept(self) -> None:
        try:
            self._edits = self._collect()
        except ValueError as exc:
            self.problem.setText(str(exc))
            return
        super().accept()


class ReviewPanel(QWidget):
    """Shows the selected item's review; its buttons carry the window's review commands
    (Confirm C, Reject R, Edit E, Mark unreviewed U, Undo Ctrl+Z), declared once in
    explorer.commands and bound here with ``bind``."""

    edits_chosen = Signal(str, object)  # item id, edits (dict), when the editor is accepted

    def __init__(self, parent: QWidget | None = None, event_types: list[str] | None = None) -> None:
        super().__init__(parent)
        # the event types the editor offers: the review's lexicon, read at the first edit
        self._event_types = None if event_types is None else list(event_types)
        self.item: Item | None = None
        self.review: Review | None = None
        self.candidates: list[dict[str, Any]] = []
        self.editor: ItemEditor | None = None

        self.name_label = QLabel("", self)
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.detail_label = QLabel("", self)
        self.detail_label.setWordWrap(True)
        self.state_label = QLabel("", self)
        self.state_label.setTextFormat(Qt.TextFormat.RichText)
        self.edits_label = QLabel("", self)
        self.edits_label.setWordWrap(True)
        self.message_label = QLabel("", self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color:#D55E00")
        plain_labels(self.name_label, self.detail_label, self.edits_label, self.message_label)
        self.buttons: dict[Key, QToolButton] = {}
        # two rows of buttons, not one: a row of five was 489 pixels, the narrowest the
        # right-hand docks could then be, and on a 1280-pixel screen the map kept 309
        self._row = QGridLayout()
        self._row.setColumnStretch(_BUTTON_COLUMNS, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        for widget in (self.name_label, self.detail_label, self.state_label, self.edits_label):
            layout.addWidget(widget)
        layout.addLayout(self._row)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        self._refresh()

    def event_types(self) -> list[str]:
        if self._event_types is None:
            from explorer.review import known_event_types

            self._event_types = known_event_types()
        return self._event_types

    def bind(self, actions: Mapping[Key, QAction]) -> None:
        """Put the window's review actions on the panel's buttons (labels show their keys)."""
        for key in BUTTONS:
            button = QToolButton(self)
            button.setDefaultAction(actions[key])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            n = len(self.buttons)
            self._row.addWidget(button, n // _BUTTON_COLUMNS, n % _BUTTON_COLUMNS)
            self.buttons[key] = button

    # --- public -------------------------------------------------------------------------

    @property
    def current_id(self) -> str | None:
        return self.item.id if self.item else None

    def set_item(
        self,
        item: Item | None,
        review: Review | None = None,
        candidates: list[dict[str, Any]] | None = None,
    ) -> None:
        """Show an item and its review; ``candidates`` are a place's gazetteer alternatives,
        each with gazetteer_id, name, country, lat, lon, kind."""
        self.item = item
        self.review = review
        self.candidates = list(candidates or [])
        self.message_label.clear()
        self._refresh()

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)

    def open_editor(self) -> ItemEditor | None:
        """The editor for the shown item (window-modal, not a nested event loop)."""
        if self.item is None:
            return None
        self.editor = ItemEditor(self.item, self.candidates, self.event_types(), self)
        self.editor.accepted.connect(self._on_editor_accepted)
        self.editor.finished.connect(self._on_editor_finished)
        self.editor.open()
        return self.editor

    def state_text(self) -> str:
        """The shown item's state, one of explorer.items.REVIEW_STATES ("" with no item)."""
        return self.review.state if self.item and self.review else ""

    # --- slots --------------------------------------------------------------------------

    def _on_editor_accepted(self) -> None:
        editor = self.sender()
        if not isinstance(editor, ItemEditor):
            return
        edits = editor.edits()
        if edits:
            self.edits_chosen.emit(editor.item.id, edits)

    def _on_editor_finished(self) -> None:
        editor = self.sender()
        if editor is self.editor:
            self.editor = None
        if isinstance(editor, ItemEditor):
            editor.deleteLater()

    def _refresh(self) -> None:
        if self.item is None:
            self.name_label.setText("No item selected")
            self.detail_label.setText("Select an item on the map or in the table to review it.")
            self.state_label.clear()
            self.edits_label.clear()
            return
        item = self.item
        self.name_label.setText(item.name or item.id)
        details = [
            KIND_LABELS.get(item.kind, item.kind),
            item.type if item.kind not in ("event", "theatre") else None,  # said by the name
            item.date,
            where_text(item),  # "Gaza Strip, Palestinian Territory", as the Items table
        ]
        self.detail_label.setText(" · ".join(str(v).replace("_", " ") for v in details if v))
        state = self.review.state if self.review else item.review
        colour = _STATE_COLOURS.get(state, "#666666")
        self.state_label.setText(
            f"<span style='color:{colour}'>●</span> {html.escape(state.capitalize())}"
        )
        edits = self.review.edits if self.review else {}
        self.edits_label.setText(_describe_edits(edits) if edits else "")


BUTTONS = (Key.CONFIRM, Key.REJECT, Key.EDIT, Key.RESET_REVIEW, Key.UNDO)
_BUTTON_COLUMNS = 3
