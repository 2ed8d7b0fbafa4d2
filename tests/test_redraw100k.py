"""A filter, search or timeline change on many items (issue 13, target 2): the filters tested
once per distinct combination of the fields each reads give the very items testing each item
gives; the search reads texts kept in the items' order, made ahead in a thread of their own
when the analyst starts typing. On a generated ACLED-style project
(``benchmarks/make_events_project.py``) and in a real window."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from explorer.filters import NONE, FilterState, search_text, search_texts
from explorer.items import ItemSet, build_items
from explorer.store import Project
from tests.test_open_large import _generator
from tests.test_window import TIMEOUT, Loaded


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("redraw") / "events.gpkg"
    with Project.open(path, create=True) as project:
        project.save(_generator().synthetic(2000, seed=11))
    return path


@pytest.fixture(scope="module")
def items(generated: Path) -> ItemSet:
    """The generated project's items, a few of them and a stance rejected by the analyst."""
    with Project.open(generated) as project:
        analysis = project.load(include_rejected=True)
        reviews = dict(project.reviews())
    first = build_items(analysis, reviews)
    events = [i for i in first.items if i.kind == "event"]
    for hidden in (events[0].id, events[7].id, first.stances[0].id):
        reviews[hidden] = {"state": "rejected", "edits": {}}
    return build_items(analysis, reviews)


def _states(items: ItemSet) -> list[FilterState]:
    events = [i for i in items.items if i.kind == "event"]
    side = next(i.side for i in items.items if i.side)
    actor = events[3].actors[0]
    source = events[5].sources[0]
    town = events[11].name.split()[-1]
    return [
        FilterState(),
        FilterState(show_rejected=True),
        FilterState(event_types={"air_strike"}),
        FilterState(event_types={"air_strike", NONE}, kinds={"event", "place"}),
        FilterState(sides={side}),
        FilterState(sides={NONE}, show_rejected=True),
        FilterState(actors={actor}),
        FilterState(sources={source}),
        FilterState(theatres={NONE}),
        FilterState(date_start="2019-01-01", date_end="2019-12-31"),
        FilterState(date_start="2021-03", include_undated=False),
        FilterState(date_end="2016"),
        FilterState(text=town),
        FilterState(text=f"{town.upper()} {events[11].type.replace('_', ' ')}"),
        FilterState(text="no such word anywhere"),
        FilterState(text="a", sides={side}, date_start="2018"),
        FilterState(review_states={"unreviewed"}, actors={actor, NONE}),
    ]


def test_every_filter_keeps_what_testing_each_item_keeps(items: ItemSet) -> None:
    """The same items (in the same order) and the same stances as ``matches`` item by item,
    for each kind of change: a type, a side, an actor, an article, a conflict, a time range,
    a search of one word or two, all at once, rejected items hidden or shown."""
    texts = search_texts(items)
    assert texts == tuple(search_text(i, items) for i in items.items)
    kept_some = 0
    for state in _states(items):
        tested = items.subset(
            lambda i, state=state: state.matches(i, search_text(i, items)),
            keep_stance=state.matches_stance,
        )
        theatres = {i.theatre for i in tested.items if i.theatre}
        applied = state.apply(items, texts)
        assert [i.id for i in applied.items] == [i.id for i in tested.items], state
        assert applied.stances == tuple(s for s in tested.stances if s.theatre in theatres)
        # a second change on the same set (the groups of alike items kept) gives the same
        assert state.apply(items, texts).items == applied.items
        # the texts made here when the caller has none
        assert state.apply(items).items == applied.items
        kept_some += 0 < len(applied.items) < len(items.items)
    assert kept_some >= 12, "filters that keep all or nothing prove little"


def test_typing_a_search_makes_its_texts_ahead_and_the_map_shows_what_it_finds(
    qtbot, tmp_path: Path, generated: Path, items: ItemSet
) -> None:
    """In the window: the first key typed in the search box starts the items' search texts in
    a thread of their own (the search itself waits for the typing to pause); the search then
    shows on the map, in the table and in the workspace exactly what the filter keeps."""
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

    # a town's name as typed on an English keyboard
    names = (i.name.split()[-1] for i in workspace.items if i.kind == "event")
    town = next(n for n in names if n.isascii() and n.isalpha() and len(n) > 4)
    box = window.items.search
    box.setFocus()
    qtbot.keyClicks(box, town[:3])
    ahead = workspace._search_ahead
    assert ahead is not None and ahead[0] is workspace.items
    assert ahead[1].name == "search texts"
    assert window.items.search_pending  # the search has not run yet: the texts came first
    qtbot.keyClicks(box, town[3:])
    qtbot.keyClick(box, Qt.Key.Key_Return)
    shown = state.wait_drawn()
    expected = FilterState(text=town).apply(workspace.items)
    assert [i.id for i in workspace.visible.items] == [i.id for i in expected.items]
    assert 0 < shown == len(expected.items) < len(workspace.items)
    assert window.items.model.rowCount() == shown
    assert workspace._search == search_texts(workspace.items)
