"""The items table: every visible place, event, asset and conflict area, sortable, with the
search box. The search is a filter like any other: it belongs to the workspace and narrows
the map, the tables and exports alike; this panel only shows and edits its text."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QMenu,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.settings import ITEMS_COLUMNS
from explorer.ui.items_model import COLUMNS, ItemsModel

if TYPE_CHECKING:  # the item contract: imported where first used, not at the window's build
    from explorer.items import ItemSet

SEARCH_DELAY_MS = 200  # typing pauses this long before the map follows
FITTED_ROWS = 200  # the rows a column's fit measures (100,000 would take seconds)
_WHERE = COLUMNS.index(("where", "Where"))  # "Louisiana, United States"
_WHERE_LEAST = 120  # pixels it keeps however narrow the panel (two lines of a long one)
_NAME_LEAST = 150  # and the name (two lines of most events' titles)
_NAME_SHARE = 0.55  # of the room the other columns leave, the most the name takes before Where
_ICON_ROOM = 22  # a name's symbol (16 pixels) and the space beside it
_KEYS = [key for key, _title in COLUMNS]


class ItemsPanel(QWidget):
    item_selected = Signal(str)  # item id, when the user picks a row
    search_changed = Signal(str)  # the search text, once typing pauses
    search_typed = Signal()  # a key in the search box (the search comes when typing pauses)
    columns_changed = Signal(list)  # the keys of the columns shown, when the analyst picks

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ItemsModel(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search names, actors, outlets and excerpts (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.flush_search)
        self.search.textEdited.connect(self._on_search_edited)
        self.search.returnPressed.connect(self.flush_search)
        self.table = QTableView(self)
        # the model sorts itself (one key per row): no sorting proxy between it and the view,
        # which would map every row on a reset and ask the model through Python for each cell
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setResizeContentsPrecision(FITTED_ROWS)
        self.table.setAlternatingRowColors(True)
        # nine columns in a 370-480 pixel panel showed the name and half of its place: the
        # name, where and when at a glance, the others on demand (the header's context menu)
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)
        header.setToolTip("Right-click to choose the columns shown")
        self._where_fit = 0  # the Where column's width fitted to its texts (none yet)
        self._name_fit = 0  # and the name's, with its symbol
        self.set_columns(ITEMS_COLUMNS)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        self._quiet = False
        self.table.viewport().installEventFilter(self)

    def set_items(self, items: ItemSet) -> None:
        current = self.table.currentIndex()
        current_id = current.data(ItemsModel.ID_ROLE) if current.isValid() else None
        self.model.set_items(items)
        # Columns fit the first rows' contents, once per new set of rows: measuring every row
        # of 100,000 takes seconds, and a header left to fit its sections itself measures
        # them again at every layout (0.1 s of Python calls per open of 100,000 items)
        self._fit_columns()
        # past those rows, a column of few values is still as wide as its widest value
        for column, texts in self.model.few_texts(FITTED_ROWS).items():
            self._fit_to(column, texts)
        self._where_fit = self.table.columnWidth(_WHERE)
        self._name_fit = self.table.columnWidth(0) + _ICON_ROOM
        self._fit_where()
        if current_id:
            self.select(current_id)

    def _fit_columns(self) -> None:
        """Each column as wide as ``resizeColumnToContents`` makes it (the name and Where then
        share what the others leave: ``_fit_where``): its widest text among the rows that
        measures, with a cell's margins and the grid's line, or its header if wider. Each
        distinct text is measured once (a type, a date, a conflict repeat down a column),
        where the view asked the model for every cell's roles through Python (9 ms of the
        GUI thread for the seeds' 73 rows)."""
        rows = self._measured_rows()
        metrics = QFontMetricsF(self.table.font())
        margin = 2 * (
            self.table.style().pixelMetric(
                QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table
            )
            + 1
        )
        grid = 1 if self.table.showGrid() else 0
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            # a cell's text is laid out a line at a time (the delegate breaks it at each
            # newline), its trailing spaces left out of the line's width
            widest = max(
                (
                    math.ceil(
                        max(metrics.horizontalAdvance(line.rstrip(" ")) for line in t.split("\n"))
                    )
                    for t in self.model.texts(rows, column)
                ),
                default=None,
            )
            content = 0 if widest is None else widest + margin + grid
            self.table.setColumnWidth(column, max(content, header.sectionSizeHint(column)))

    def _fit_where(self) -> None:
        """The place's region and country, then the name, within the panel beside the other
        columns shown (each as wide as its texts): fitted to its longest text, Where ran under
        the panel's edge ("South Kivu, Democratic Republic of" at 1600 pixels) and the analyst
        had to scroll sideways to read it; held to the room the others leave, a long one takes
        the row's second line. The name takes what is left, so no column is cut at the edge
        (when the analyst shows more than fit, the table scrolls sideways)."""
        others = sum(
            self.table.columnWidth(c)
            for c in range(1, len(COLUMNS))
            if c != _WHERE and not self.table.isColumnHidden(c)
        )
        rest = self.table.viewport().width() - others
        where = 0
        if not self.table.isColumnHidden(_WHERE):
            # the name first: as wide as its longest, up to 55% of the room
            name = max(_NAME_LEAST, min(self._name_fit, round(_NAME_SHARE * rest)))
            where = max(_WHERE_LEAST, min(self._where_fit, rest - name))
            self.table.setColumnWidth(_WHERE, where)
        self.table.setColumnWidth(0, max(_NAME_LEAST, rest - where))

    def columns(self) -> list[str]:
        """The keys of the columns shown, in the table's order."""
        return [key for c, key in enumerate(_KEYS) if not self.table.isColumnHidden(c)]

    def set_columns(self, keys) -> None:
        """Show the columns of ``keys`` (unknown keys ignored), the name always."""
        wanted = set(keys) | {"name"}
        for c, key in enumerate(_KEYS):
            self.table.setColumnHidden(c, key not in wanted)
        if self._where_fit:
            self._fit_where()

    def _on_header_menu(self, at: QPoint) -> None:
        menu = QMenu(self)
        shown = set(self.columns())
        for key, title in COLUMNS:
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(key in shown)
            action.setEnabled(key != "name")
            action.toggled.connect(lambda on, key=key: self.show_column(key, on))
        menu.exec(self.table.horizontalHeader().mapToGlobal(at))
        menu.deleteLater()

    def show_column(self, key: str, on: bool) -> None:
        """Show or hide one column (the header's menu), and say so (the settings keep it)."""
        keys = set(self.columns())
        keys = keys | {key} if on else keys - {key}
        self.set_columns(keys)
        self.columns_changed.emit(self.columns())

    def eventFilter(self, watched, event) -> bool:
        # the table's viewport narrows when its rows first need a scroll bar, and widens with
        # the panel: the Where column follows
        if event.type() == QEvent.Type.Resize and self._where_fit:
            self._fit_where()
        return super().eventFilter(watched, event)

    def _measured_rows(self) -> list[int]:
        """The rows ``QTableView.sizeHintForColumn`` measures: those on screen from the first
        shown (every row from it when the table is not on screen), then by turns one above and
        one below them, ``FITTED_ROWS`` in all."""
        count = self.model.rowCount()
        header = self.table.verticalHeader()
        top = max(0, header.visualIndexAt(0))
        bottom = header.visualIndexAt(self.table.viewport().height())
        if not self.table.isVisible() or bottom == -1:
            bottom = count - 1
        rows = list(range(top, min(bottom, top + FITTED_ROWS - 1) + 1))
        above, below = top, bottom
        while len(rows) < FITTED_ROWS and (above > 0 or below < count - 1):
            if (len(rows) % 2 and above > 0) or below == count - 1:
                above -= 1
                rows.append(above)
            else:
                below += 1
                rows.append(below)
        return rows

    def _fit_to(self, column: int, texts: list[str]) -> None:
        """Widen ``column`` to show the widest of ``texts`` whole, with a cell's margins."""
        metrics = self.table.fontMetrics()
        margin = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        needed = max(metrics.horizontalAdvance(t) for t in texts) + margin
        if needed > self.table.columnWidth(column):
            self.table.setColumnWidth(column, needed)

    def set_palette(self, palette: dict[str, Any]) -> None:
        self.model.set_palette(palette)

    def set_search(self, text: str) -> None:
        """Show the search in force (the workspace's), unless the analyst is typing one."""
        if text != self.search.text() and not self._search_timer.isActive():
            self.search.setText(text)

    @property
    def search_pending(self) -> bool:
        return self._search_timer.isActive()

    def flush_search(self) -> None:
        self._search_timer.stop()
        self.search_changed.emit(self.search.text())

    def select(self, item_id: str) -> None:
        """Select an item's row without announcing it again (the map asked for it)."""
        row = self.model.row_of(item_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        self._quiet = True
        try:
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        finally:
            self._quiet = False

    def _on_search_edited(self, _text: str) -> None:
        self._search_timer.start()
        self.search_typed.emit()

    def _on_current_row_changed(self, current, _previous) -> None:
        if self._quiet or not current.isValid():
            return
        self.item_selected.emit(self.model.item(current.row()).id)
