"""Every change at 100,000 events under 100 ms (issue 13, target 2), second pass: what the
first filter of each kind and the first search work out is made in a thread once the map has
drawn; a reset shows the Items table's ranked rows again; a filter's rows are read off that
order by marks. What is shown stays the same: the same items pass, the same rows in the same
order. On a generated ACLED-style project (``benchmarks/make_events_project.py``'s events),
in a real window and on the Items table's model alone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from explorer.filters import _GROUP_FIELDS, FilterState, search_text, search_texts
from explorer.items import ItemSet, build_items
from explorer.store import Project
from explorer.timeline import histogram
from explorer.ui.items_model import COLUMNS, ItemsModel
from tests.test_open_large import _generator
from tests.test_window import TIMEOUT, Loaded


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("redraw101") / "events.gpkg"
    with Project.open(path, create=True) as project:
        project.save(_generator().synthetic(2000, seed=5))
    return path


@pytest.fixture(scope="module")
def items(generated: Path) -> ItemSet:
    with Project.open(generated) as project:
        analysis = project.load(include_rejected=True)
        reviews = dict(project.reviews())
    return build_items(analysis, reviews)


def _rows(model: ItemsModel) -> list[str]:
    return [model.item(r).id for r in range(model.rowCount())]


def _fresh_rows(shown: ItemSet, sort: tuple[int, Qt.SortOrder], palette: dict) -> list[str]:
    """The rows a model that never showed anything before gives the set: sorted afresh."""
    model = ItemsModel()
    model.set_palette(palette)
    model.sort(*sort)
    model.set_items(shown)
    return _rows(model)


def _changes(items: ItemSet) -> list[FilterState]:
    events = [i for i in items.items if i.kind == "event"]
    side = next(i.side for i in items.items if i.side)
    town = events[11].name.split()[-1]
    return [
        FilterState(event_types={"air_strike"}),
        FilterState(),
        FilterState(sides={side}),
        FilterState(),
        FilterState(text=town),
        FilterState(text=events[40].name.split()[-1]),
        FilterState(),
        FilterState(date_start="2019-01-01", date_end="2019-12-31"),
        FilterState(),
    ]


def test_the_table_shows_the_rows_a_fresh_sort_gives_and_a_reset_its_kept_texts(
    qtbot, items: ItemSet
) -> None:
    """Filters and resets in turn, sorted by name and by a column of text (the date, newest
    first): after each, the very rows, in the very order, of a model sorting the set afresh,
    and the texts its few-valued columns are fitted to; the whole set shown again keeps the
    texts worked out when it was first shown, where only the last set's were kept. A set
    rebuilt (new item objects: a review) is sorted afresh."""
    model = ItemsModel()
    palette = {"kinds": {}, "sides": {}, "numbers": {}}
    model.set_palette(palette)
    texts = search_texts(items)
    for sort in (
        (0, Qt.SortOrder.AscendingOrder),
        (COLUMNS.index(("date", "Date")), Qt.SortOrder.DescendingOrder),
    ):
        model.sort(*sort)
        model.set_items(items)
        whole = model.few_texts(10)
        assert whole
        for state in _changes(items):
            shown = state.apply(items, texts)
            model.set_items(shown)
            assert _rows(model) == _fresh_rows(shown, sort, palette), (sort, state)
            fresh = ItemsModel()
            fresh.set_palette(palette)
            fresh.set_items(shown)
            assert model.few_texts(10) == fresh.few_texts(10)
            if shown is items:
                assert model.few_texts(10) is whole  # kept, not worked out again
    again = build_items(items.analysis, items.reviews)  # equal items, other objects
    model.set_items(again)
    assert _rows(model) == _fresh_rows(again, sort, palette)


def test_a_filter_keeps_the_conflicts_stances_and_the_timeline_its_counts(items: ItemSet) -> None:
    """The stances a filter keeps are those of the conflicts its items stand in (read off its
    mask; the whole set's kept with the set); the timeline's count of a range, asked again,
    is the count made afresh."""
    assert items.theatres_held == {i.theatre for i in items.items if i.theatre}
    texts = search_texts(items)
    theatre = next(i.theatre for i in items.items if i.theatre)
    for state in [*_changes(items), FilterState(theatres={theatre}), FilterState(text="zzz")]:
        shown = state.apply(items, texts)
        tested = [i for i in items.items if state.matches(i, search_text(i, items))]
        assert [i.id for i in shown.items] == [i.id for i in tested]
        held = {i.theatre for i in tested if i.theatre}
        assert shown.stances == tuple(
            s for s in items.stances if state.matches_stance(s) and s.theatre in held
        )
    counted = histogram(items.events, None, items.event_dates)
    ranges = [(None, None), ("2019", "2019"), ("2018-03", None), (None, "2016-06-30")]
    ranges += [(f"{y}", f"{y + 1}-02") for y in range(2010, 2026)] * 5  # past the kept ones
    for start, end in ranges:
        afresh = histogram(items.events, None, items.event_dates).count_between(start, end)
        assert counted.count_between(start, end) == afresh
        assert counted.count_between(start, end) == afresh


def test_the_first_filters_and_search_find_their_work_made_once_the_map_has_drawn(
    qtbot, tmp_path: Path, generated: Path
) -> None:
    """In the window, nothing typed: once the project's items are drawn, the filters' groups
    and the search texts are made in a thread of their own; each change then shows on the
    map, in the table and in the workspace exactly what the filter keeps, the table's rows in
    the order a fresh sort gives."""
    from explorer.app import build

    project = tmp_path / "events.gpkg"
    shutil.copyfile(generated, project)
    workspace, window, controller = build(tmp_path / "settings.ini")
    qtbot.addWidget(window)
    state = Loaded(workspace, window, controller, qtbot)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.map.is_ready, timeout=TIMEOUT)
    state.wait_done(controller.open_source(project))
    state.wait_drawn()
    items = workspace.items
    qtbot.waitUntil(lambda: set(items.filter_groups) == set(_GROUP_FIELDS), timeout=TIMEOUT)
    ahead = workspace._search_ahead
    assert ahead is not None and ahead[0] is items
    ahead[1].join()
    assert ahead[2] == [search_texts(items)]
    model = window.items.model
    for change in _changes(items):
        workspace.set_filters(change)
        shown = state.wait_drawn()
        expected = [i.id for i in items.items if change.matches(i, search_text(i, items))]
        assert [i.id for i in workspace.visible.items] == expected
        assert shown == len(expected)
        assert _rows(model) == _fresh_rows(
            workspace.visible, (0, Qt.SortOrder.AscendingOrder), workspace.palette
        )
    assert workspace._search == search_texts(items)
