"""Who backs whom: per theatre, a sortable table of stances, and the excerpts behind the one
picked. Input is the ``sides`` report (``{"theatres": [{"name", "id", "stances": [...]}]}``)."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.items_model import kind_icon

COLUMNS = ("Power", "Relation", "Party", "Excerpts")
STANCE_ROLE = Qt.ItemDataRole.UserRole + 1
_EMPTY = "<p style='color:#666'>Select a stance to read the excerpts that state it.</p>"


def stance_html(theatre_name: str, stance: Mapping[str, Any]) -> str:
    """The excerpts behind one stance, escaped, with their documents and offsets."""
    head = f"{stance['power']} {stance['relation']} {stance['party']}"
    parts = [
        f"<h3 style='margin:0'>{html.escape(head)}</h3>",
        f"<p style='color:#555;margin-top:2px'>{html.escape(theatre_name)}</p>",
    ]
    evidence = stance.get("evidence") or []
    if not evidence:
        parts.append("<p>No excerpt supports this stance.</p>")
    for ev in evidence:
        parts.append(
            "<div style='margin:8px 0;padding:6px 8px;border-left:3px solid #0072B2;"
            "background:#f6f8fa'>"
            f"<div>{html.escape(str(ev.get('text', '')))}</div>"
            f"<div style='color:#888;font-size:small;margin-top:4px'>"
            f"[{html.escape(str(ev.get('doc', '')))} {ev.get('start', '')}–{ev.get('end', '')}]"
            "</div></div>"
        )
    return "".join(parts)


class SidesPanel(QWidget):
    stance_selected = Signal(dict)  # {theatre, power, relation, party, evidence}
    theatre_changed = Signal(str)  # theatre id, when the analyst picks another theatre

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theatre_box = QComboBox(self)
        self.theatre_box.setAccessibleName("Theatre")
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels(list(COLUMNS))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.DisplayRole)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setText(_EMPTY)
        self.summary = QLabel("", self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.theatre_box)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

        self._theatres: list[dict[str, Any]] = []
        self._colours: dict[str, str] = {}
        self._numbers: dict[str, int] = {}
        self._quiet = False
        self.theatre_box.currentIndexChanged.connect(self._on_theatre_index_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.set_sides({"theatres": []})

    # -- public API -----------------------------------------------------------------------------
    def set_sides(self, sides: Mapping[str, Any], palette: Mapping[str, Any] | None = None) -> None:
        """Show a sides report; the current theatre stays if the new report has it. The
        palette's side colours and numbers mark powers and parties as on the map and in its
        legend."""
        previous = self.current_theatre()
        # Theatres with the most claims first: those are what an analyst opens the panel for.
        self._theatres = sorted(
            (dict(t) for t in sides.get("theatres", ())),
            key=lambda t: (-len(t.get("stances") or ()), str(t.get("name") or t["id"])),
        )
        self._colours = dict((palette or {}).get("sides") or {})
        self._numbers = dict((palette or {}).get("numbers") or {})
        self._quiet = True
        try:
            self.theatre_box.clear()
            for theatre in self._theatres:
                n = len(theatre.get("stances") or ())
                label = f"{theatre.get('name') or theatre['id']} ({n} stance{'s' * (n != 1)})"
                self.theatre_box.addItem(label, theatre["id"])
            self.theatre_box.setEnabled(bool(self._theatres))
            if not self._theatres:
                self.theatre_box.addItem("No theatres found", "")
            index = self.theatre_box.findData(previous) if previous else -1
            self.theatre_box.setCurrentIndex(max(index, 0))
        finally:
            self._quiet = False
        self._show_theatre()

    def select_theatre(self, theatre_id: str) -> bool:
        """Show a theatre's stances (the map or a caller asked: no ``theatre_changed``)."""
        index = self.theatre_box.findData(theatre_id)
        if index < 0 or not theatre_id:
            return False
        if index != self.theatre_box.currentIndex():
            self._quiet = True
            try:
                self.theatre_box.setCurrentIndex(index)
            finally:
                self._quiet = False
            self._show_theatre()
        return True

    def current_theatre(self) -> str | None:
        return self.theatre_box.currentData() or None

    def current_stance(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self._stance_dict(self.proxy.data(index.siblingAtColumn(0), STANCE_ROLE))

    def select_stance(self, power: str, relation: str, party: str) -> bool:
        """Select a stance's row, announcing it as a click would."""
        for row in range(self.proxy.rowCount()):
            i = self.proxy.data(self.proxy.index(row, 0), STANCE_ROLE)
            stance = self._theatre()["stances"][i]
            if (stance["power"], stance["relation"], stance["party"]) == (power, relation, party):
                self.table.selectionModel().setCurrentIndex(
                    self.proxy.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return True
        return False

    # -- filling --------------------------------------------------------------------------------
    def _theatre(self) -> dict[str, Any]:
        theatre_id = self.current_theatre()
        for theatre in self._theatres:
            if theatre["id"] == theatre_id:
                return theatre
        return {"id": "", "name": "", "stances": []}

    def _cell(self, text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        colour = self._colours.get(text)
        if colour:
            item.setData(
                kind_icon("place", colour, self._numbers.get(text)), Qt.ItemDataRole.DecorationRole
            )
            item.setToolTip(f"{text}: side {self._numbers.get(text, '')} on the map, {colour}")
        return item

    def _show_theatre(self) -> None:
        theatre = self._theatre()
        stances = theatre.get("stances") or []
        self.model.removeRows(0, self.model.rowCount())
        for i, stance in enumerate(stances):
            count = QStandardItem()
            count.setData(len(stance.get("evidence") or ()), Qt.ItemDataRole.DisplayRole)
            count.setEditable(False)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            relation = QStandardItem(str(stance.get("relation", "")))
            relation.setEditable(False)
            power = self._cell(str(stance.get("power", "")))
            power.setData(i, STANCE_ROLE)
            self.model.appendRow([power, relation, self._cell(str(stance.get("party", ""))), count])
        docs = {e.get("doc") for s in stances for e in s.get("evidence") or ()}
        self.summary.setText(
            f"{len(stances)} stance{'s' * (len(stances) != 1)} from "
            f"{len(docs)} article{'s' * (len(docs) != 1)}"
            if theatre["id"]
            else ""
        )
        self.table.clearSelection()
        self.browser.setText(_EMPTY if stances else "<p style='color:#666'>No stances.</p>")

    def _stance_dict(self, i: int) -> dict[str, Any]:
        theatre = self._theatre()
        stance = theatre["stances"][i]
        return {
            "theatre": theatre["id"],
            "power": stance.get("power"),
            "relation": stance.get("relation"),
            "party": stance.get("party"),
            "evidence": list(stance.get("evidence") or ()),
        }

    # -- events ---------------------------------------------------------------------------------
    def _on_theatre_index_changed(self, _index: int) -> None:
        if self._quiet:
            return
        self._show_theatre()
        theatre_id = self.current_theatre()
        if theatre_id:
            self.theatre_changed.emit(theatre_id)

    def _on_current_row_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        i = self.proxy.data(current.siblingAtColumn(0), STANCE_ROLE)
        stance = self._stance_dict(i)
        self.browser.setText(stance_html(self._theatre().get("name", ""), stance))
        self.stance_selected.emit(stance)
