"""The Items table's order: a filtered subset is in the order a fresh sort of it gives."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from explorer.filters import FilterState
from explorer.items import ItemSet, build_items
from explorer.store import Project
from explorer.ui.items_model import COLUMNS, ItemsModel


@pytest.fixture(scope="module")
def seeds_items(_seeds_project_template) -> ItemSet:
    with Project.open(_seeds_project_template) as project:
        return build_items(project.load(include_rejected=True), project.reviews())


def _rows(model: ItemsModel) -> list[str]:
    return [model.item(r).id for r in range(model.rowCount())]


@pytest.mark.parametrize("column", range(len(COLUMNS)))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_a_filtered_subset_is_sorted_as_a_fresh_sort(qapp, seeds_items, column, order) -> None:
    model = ItemsModel()
    model.sort(column, order)
    model.set_items(seeds_items)
    for state in (
        FilterState(kinds={"event"}),
        FilterState(kinds={"place", "theatre"}),
        FilterState(),
        FilterState(text="russia"),
    ):
        shown = state.apply(seeds_items)
        model.set_items(shown)
        fresh = ItemsModel()
        fresh.sort(column, order)
        fresh.set_items(shown)
        assert _rows(model) == _rows(fresh), (column, state)
        assert len(shown) > 0


def test_a_new_analysis_is_sorted_afresh(qapp, seeds_items) -> None:
    from dataclasses import replace

    model = ItemsModel()
    model.sort(0, Qt.SortOrder.AscendingOrder)
    model.set_items(seeds_items)
    # the same ids, renamed (an analyst's edit): the old order must not be reused
    renamed = replace(
        seeds_items,
        items=tuple(
            replace(i, name=f"{len(seeds_items) - n:05d}") for n, i in enumerate(seeds_items)
        ),
    )
    model.set_items(renamed)
    assert _rows(model) == [i.id for i in reversed(renamed.items)]


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_every_column_sorts_as_a_sort_by_its_shown_text(qapp, seeds_items, order) -> None:
    """The rows sorted by index over keys made once equal Python's stable sort of the items
    by the text each column shows (case-folded)."""
    for column, (key, _title) in enumerate(COLUMNS):
        model = ItemsModel()
        model.sort(column, order)
        model.set_items(seeds_items)
        expected = sorted(
            seeds_items.items,
            key=lambda item, key=key: model._text(item, key).casefold(),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        assert _rows(model) == [i.id for i in expected], key
        assert all(model.row_of(item_id) == r for r, item_id in enumerate(_rows(model)))


def test_rows_after_a_filter_that_shows_nothing_are_sorted_as_a_fresh_sort(
    qapp, seeds_items
) -> None:
    """The order remembered from an empty table ranks nothing: the next rows are sorted."""
    model = ItemsModel()
    model.sort(0, Qt.SortOrder.AscendingOrder)
    model.set_items(FilterState(text="no such words anywhere").apply(seeds_items))
    assert model.rowCount() == 0
    shown = FilterState(kinds={"event"}).apply(seeds_items)
    model.set_items(shown)
    fresh = ItemsModel()
    fresh.sort(0, Qt.SortOrder.AscendingOrder)
    fresh.set_items(shown)
    assert _rows(model) == _rows(fresh) and len(shown) > 0
