"""The Items panel on the seeds' items: the view reads the model that sorts itself, and its
columns fit the first rows once, then stay where the analyst puts them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView

from explorer.filters import FilterState
from explorer.items import ItemSet, build_items
from explorer.store import Project
from explorer.ui.items_model import COLUMNS, ItemsModel
from explorer.ui.items_panel import ItemsPanel

ALL = [key for key, _title in COLUMNS]


@pytest.fixture(scope="module")
def seeds_items(_seeds_project_template) -> ItemSet:
    with Project.open(_seeds_project_template) as project:
        return build_items(project.load(include_rejected=True), project.reviews())


def test_a_header_click_sorts_and_a_picked_row_names_its_item(qtbot, seeds_items) -> None:
    panel = ItemsPanel()
    qtbot.addWidget(panel)
    panel.set_items(seeds_items)
    panel.table.sortByColumn(COLUMNS.index(("date", "Date")), Qt.SortOrder.DescendingOrder)
    fresh = ItemsModel()  # sorted by name first, as the panel opens, then by date
    fresh.sort(0, Qt.SortOrder.AscendingOrder)
    fresh.set_items(seeds_items)
    fresh.sort(COLUMNS.index(("date", "Date")), Qt.SortOrder.DescendingOrder)
    table = panel.table.model()
    shown = [table.index(r, 0).data(ItemsModel.ID_ROLE) for r in range(table.rowCount())]
    assert shown == [fresh.item(r).id for r in range(fresh.rowCount())]
    with qtbot.waitSignal(panel.item_selected) as picked:
        panel.table.selectRow(3)
    assert picked.args == [shown[3]]
    panel.select(shown[7])  # the map's choice: the row is current, nothing announced
    assert panel.table.currentIndex().row() == 7


def test_columns_fit_their_first_rows_and_the_analyst_can_widen_them(qtbot, seeds_items) -> None:
    panel = ItemsPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.set_columns(ALL)  # the kind, type, conflict... too (the header's menu)
    panel.show()
    header = panel.table.horizontalHeader()
    for shown in (seeds_items, FilterState(kinds={"event"}).apply(seeds_items)):
        panel.set_items(shown)
        qtbot.wait_exposed(panel)
        assert header.sectionSize(0) >= 150  # the name takes what the others leave
        for column in range(2, len(COLUMNS)):
            # as wide as the widest of the first rows' cells and the column's title (the name
            # and Where share what the others leave: test_analyst_path10, test_analyst_path11)
            fit = max(panel.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            assert header.sectionSize(column) == fit, COLUMNS[column]
    for column in range(len(COLUMNS)):
        assert header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive
    header.resizeSection(2, 333)  # the analyst widens "Type": it stays, whatever is painted
    panel.table.scrollToBottom()
    qtbot.wait(10)
    assert header.sectionSize(2) == 333


def test_a_type_further_down_the_table_is_shown_whole(qtbot, seeds_items) -> None:
    # the columns fit the first 200 rows: a project's one "ship seizure", sorted further down
    # among its towns, was cut to "ship seiz..." in the Type column
    from dataclasses import replace

    places = [i for i in seeds_items.items if i.kind == "place"]
    towns = [replace(i, id=f"{i.id}#{k}") for k in range(8) for i in places]
    event = next(i for i in seeds_items.items if i.kind == "event")
    seizure = replace(event, type="ship_seizure", name="Ship seizure in the Strait of Hormuz")
    shown = replace(seeds_items, items=(*towns, seizure))
    panel = ItemsPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.set_columns(ALL)
    panel.show()
    panel.set_items(shown)
    assert panel.model.row_of(seizure.id) >= 200  # past the rows the fit measures
    column = COLUMNS.index(("type", "Type"))
    text = panel.model.index(panel.model.row_of(seizure.id), column).data()
    assert text == "ship seizure"
    width = panel.table.horizontalHeader().sectionSize(column)
    assert width >= panel.table.fontMetrics().horizontalAdvance(text) + 6, width


def test_the_columns_fit_reads_no_cell_through_the_model(qtbot, seeds_items, monkeypatch) -> None:
    """The fit measures each distinct text of a column once, in the panel: the view's own
    fit (``resizeColumnToContents``) asked the model for a dozen roles of every cell through
    Python, 9 ms of the GUI thread for the seeds' 73 rows at a window's start."""
    asked: list[int] = []
    data = ItemsModel.data

    def counted(self, index, role=Qt.ItemDataRole.DisplayRole):
        asked.append(role)
        return data(self, index, role)

    monkeypatch.setattr(ItemsModel, "data", counted)
    panel = ItemsPanel()
    qtbot.addWidget(panel)
    panel.set_columns(ALL)
    panel.set_items(seeds_items)
    assert asked == []
    assert panel.table.horizontalHeader().sectionSize(COLUMNS.index(("type", "Type"))) > 50


def test_the_columns_fit_as_the_views_own_fit_sorted_scrolled_shown_or_not(
    qtbot, seeds_items, monkeypatch
) -> None:
    """The same widths as ``resizeColumnToContents``, which measures the rows on screen from
    the first shown, then by turns above and below them (every row from the first when the
    table is not on screen), as many as its precision: here 20 of the seeds' 73."""
    import explorer.ui.items_panel

    monkeypatch.setattr(explorer.ui.items_panel, "FITTED_ROWS", 20)
    for shown in (False, True):
        panel = ItemsPanel()
        qtbot.addWidget(panel)
        panel.resize(600, 300)
        if shown:
            panel.show()
            qtbot.wait_exposed(panel)
        assert panel.table.horizontalHeader().resizeContentsPrecision() == 20
        for column in range(len(COLUMNS)):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                panel.table.sortByColumn(column, order)
                for scrolled in (0, 30, 70):
                    panel.set_items(seeds_items)
                    QApplication.processEvents()  # the rows laid out: the table scrolls
                    bar = panel.table.verticalScrollBar()
                    bar.setValue(scrolled)
                    assert bar.value() == min(scrolled, bar.maximum()) and bar.maximum() > 30
                    panel._fit_columns()
                    fitted = [panel.table.columnWidth(c) for c in range(1, len(COLUMNS))]
                    for c in range(1, len(COLUMNS)):
                        panel.table.resizeColumnToContents(c)
                    views = [panel.table.columnWidth(c) for c in range(1, len(COLUMNS))]
                    assert fitted == views, (shown, COLUMNS[column], order, scrolled)
