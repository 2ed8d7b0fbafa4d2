"""The review panel: the selected item's review state, and Confirm / Reject / Edit / Undo.

The panel only turns buttons and keys into ``ReviewController`` calls and announces the result
with ``review_changed``; the controller (explorer.review) holds the undo stack, the store holds
the reviews. Its actions are public so the main window can also put them in a menu.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.review import (
    Review,
    ReviewController,
    candidate_edits,
    event_edits,
    known_event_types,
    rename_edits,
)

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
        props: dict[str, Any],
        candidates: list[dict[str, Any]],
        event_types: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.props = props
        self.kind = props.get("kind") or ""
        self.setWindowTitle(f"Edit {props.get('name') or props.get('id')}")
        form = QFormLayout()
        self.candidates: QListWidget | None = None
        self.name: QLineEdit | None = None
        self.event_type: QComboBox | None = None
        self.date: QLineEdit | None = None
        if self.kind == "event":
            self.event_type = QComboBox(self)
            self.event_type.setEditable(True)
            current = props.get("type") or ""
            self.event_type.addItems(sorted({*event_types, current} - {""}))
            self.event_type.setCurrentText(current)
            self.date = QLineEdit(props.get("date") or "", self)
            self.date.setPlaceholderText("YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown")
            form.addRow("&Type", self.event_type)
            form.addRow("&Date", self.date)
        else:
            if self.kind == "place" and candidates:
                self.candidates = QListWidget(self)
                for c in candidates:
                    is_current = c.get("gazetteer_id") == props.get("gazetteer_id")
                    item = QListWidgetItem(_candidate_text(c, is_current), self.candidates)
                    item.setData(_CANDIDATE_ROLE, c)
                    if is_current:
                        self.candidates.setCurrentItem(item)
                form.addRow("&Gazetteer entry", self.candidates)
            self.name = QLineEdit(props.get("name") or "", self)
            form.addRow("&Name", self.name)
        self.problem = QLabel("", self)
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
        if self.event_type is not None and self.date is not None:
            return event_edits(self.props, self.event_type.currentText(), self.date.text())
        edits: dict[str, Any] = {}
        if self.candidates is not None and self.candidates.currentItem() is not None:
            chosen = self.candidates.currentItem().data(_CANDIDATE_ROLE)
            if chosen.get("gazetteer_id") != self.props.get("gazetteer_id"):
                edits.update(candidate_edits(chosen))
        if self.name is not None:
            renamed = rename_edits(self.props, self.name.text())
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
    review_changed = Signal(str, str, object)  # item id, state, edits (dict)

    def __init__(
        self,
        controller: ReviewController,
        parent: QWidget | None = None,
        event_types: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.event_types = known_event_types() if event_types is None else list(event_types)
        self.props: dict[str, Any] | None = None
        self.candidates: list[dict[str, Any]] = []
        self.editor: ItemEditor | None = None

        self.name_label = QLabel("", self)
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.detail_label = QLabel("", self)
        self.state_label = QLabel("", self)
        self.state_label.setTextFormat(Qt.TextFormat.RichText)
        self.edits_label = QLabel("", self)
        self.edits_label.setWordWrap(True)
        self.message_label = QLabel("", self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color:#D55E00")

        self.confirm_action = self._action("&Confirm", "C", self._on_confirm)
        self.reject_action = self._action("&Reject", "R", self._on_reject)
        self.edit_action = self._action("&Edit…", "E", self._on_edit)
        self.undo_action = self._action("&Undo", QKeySequence.StandardKey.Undo, self._on_undo)
        self.redo_action = self._action("Re&do", QKeySequence.StandardKey.Redo, self._on_redo)
        for action, label in (
            (self.confirm_action, "Confirm (C)"),
            (self.reject_action, "Reject (R)"),
            (self.edit_action, "Edit… (E)"),
            (self.undo_action, "Undo (Ctrl+Z)"),
        ):
            action.setIconText(label)  # what the buttons say: the key is part of the label
        self.confirm_action.setToolTip("Confirm: the machine got this item right (C)")
        self.reject_action.setToolTip("Reject: this item is wrong (R)")
        self.edit_action.setToolTip("Edit: correct this item (E)")
        row = QHBoxLayout()
        for action in (self.confirm_action, self.reject_action, self.edit_action, self.undo_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            row.addWidget(button)
        row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        for widget in (self.name_label, self.detail_label, self.state_label, self.edits_label):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        self._refresh()

    def _action(self, text: str, key: str | QKeySequence.StandardKey, slot: Callable) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        # Only while the panel (or a child) has focus: a bare "C" must not fire from a text box.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # --- public -------------------------------------------------------------------------

    @property
    def current_id(self) -> str | None:
        return self.props.get("id") if self.props else None

    def set_item(
        self, props: dict[str, Any] | None, candidates: list[dict[str, Any]] | None = None
    ) -> None:
        """Show an item (GeoJSON feature properties); ``candidates`` are a place's gazetteer
        alternatives, each with gazetteer_id, name, country, lat, lon, kind."""
        self.props = dict(props) if props else None
        self.candidates = list(candidates or [])
        self.message_label.clear()
        self._refresh()

    # --- slots --------------------------------------------------------------------------

    def _on_confirm(self) -> None:
        if self.current_id:
            self._run(lambda: self.controller.confirm(self.current_id, self._name()))

    def _on_reject(self) -> None:
        if self.current_id:
            self._run(lambda: self.controller.reject(self.current_id, self._name()))

    def _on_edit(self) -> None:
        if not self.props:
            return
        self.editor = ItemEditor(self.props, self.candidates, self.event_types, self)
        self.editor.accepted.connect(self._on_editor_accepted)
        self.editor.finished.connect(self._on_editor_finished)
        self.editor.open()  # window-modal, not a nested event loop

    def _on_editor_accepted(self) -> None:
        editor = self.sender()
        if not isinstance(editor, ItemEditor):
            return
        edits = editor.edits()
        item_id = editor.props.get("id")
        if edits and item_id:
            self._run(lambda: self.controller.edit(item_id, edits, self._name()))

    def _on_editor_finished(self) -> None:
        editor = self.sender()
        if editor is self.editor:
            self.editor = None
        if isinstance(editor, ItemEditor):
            editor.deleteLater()

    def _on_undo(self) -> None:
        self._run(self.controller.undo)

    def _on_redo(self) -> None:
        self._run(self.controller.redo)

    # --- helpers ------------------------------------------------------------------------

    def _name(self) -> str:
        return str(self.props.get("name") or "") if self.props else ""

    def _run(self, change: Callable[[], Review | None]) -> None:
        try:
            review = change()
        except Exception as exc:  # the store refused: say why and carry on
            log.warning("review not recorded: %s", exc)
            self.message_label.setText(f"Not recorded: {exc}")
            self._refresh()
            return
        self.message_label.clear()
        self._refresh()
        if review is not None:
            self.review_changed.emit(review.item_id, review.state, review.edits)

    def _refresh(self) -> None:
        has_item = self.props is not None
        for action in (self.confirm_action, self.reject_action, self.edit_action):
            action.setEnabled(has_item)
        self.undo_action.setEnabled(self.controller.can_undo)
        self.undo_action.setToolTip(
            f"Undo {self.controller.undo_label} (Ctrl+Z)" if self.controller.can_undo else "Undo"
        )
        self.redo_action.setEnabled(self.controller.can_redo)
        if not self.props:
            self.name_label.setText("No item selected")
            self.detail_label.setText("Select an item on the map or in the table to review it.")
            self.state_label.clear()
            self.edits_label.clear()
            return
        self.name_label.setText(self._name() or str(self.props.get("id")))
        kind, kind_type = self.props.get("kind"), self.props.get("type")
        details = [
            kind,
            kind_type if kind_type != kind else None,
            self.props.get("date"),
            self.props.get("country"),
        ]
        self.detail_label.setText(" · ".join(str(v).replace("_", " ") for v in details if v))
        review = self.controller.review_of(str(self.props["id"]))
        colour = _STATE_COLOURS.get(review.state, "#666666")
        self.state_label.setText(
            f"<span style='color:{colour}'>●</span> {html.escape(review.state.capitalize())}"
        )
        self.edits_label.setText(_describe_edits(review.edits) if review.edits else "")

    def state_text(self) -> str:
        """The shown item's state, one of explorer.review.STATES ("" with no item)."""
        return self.controller.review_of(self.current_id).state if self.current_id else ""
