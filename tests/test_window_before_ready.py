"""What the window's GUI thread leaves until its map's page is ready, which loads only while
that thread is free: a project handed over before then sends the map its items at once (queued
for the page) and fills the panels (the Items table, the sides, the timeline) at ``ready``; the
tabs behind others (Filters, Article) are made when first shown or asked for."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

import explorer.ui.main_window
from explorer.app import build
from explorer.items import build_items
from explorer.store import Project

TIMEOUT = 60_000


@pytest.fixture(scope="module")
def seeds(_seeds_project_template):
    with Project.open(_seeds_project_template) as project:
        analysis, reviews = project.load(include_rejected=True), project.reviews()
    return analysis, reviews, build_items(analysis, reviews)


@pytest.fixture
def window_parts(qtbot, tmp_path):
    workspace, window, controller = build(tmp_path / "settings.ini")
    qtbot.addWidget(window)
    window.show()
    yield workspace, window
    window.close()
    controller.release_projects()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _queued(window) -> list[str]:
    """The commands queued for the page, those of a batch (sent together) among them."""
    found = []
    for message in map(json.loads, window.map.bridge._queue):
        found.extend(m["cmd"] for m in message.get("commands", [message]))
    return found


def test_the_map_gets_its_items_at_once_and_the_panels_wait_for_its_page(
    qtbot, seeds, window_parts
) -> None:
    analysis, reviews, items = seeds
    workspace, window = window_parts
    assert not window.map.is_ready  # no event handled since the window was built
    workspace.set_analysis(analysis, None, reviews, items)
    assert "setData" in _queued(window)  # the map's data, first
    assert window.status.text() == workspace.summary()
    assert window.items.model.rowCount() == 0  # the panels: when the page is ready
    assert window.sides.current_theatre() is None
    event = next(i for i in items if i.kind == "event" and i.theatre)
    workspace.select(event.id)
    qtbot.waitUntil(lambda: window.map.is_ready, timeout=TIMEOUT)
    assert window.items.model.rowCount() == len(workspace.visible) == len(items)
    assert window.sides.current_theatre() == event.theatre  # filled, then following it
    row = window.items.table.currentIndex().row()
    assert window.items.model.item(row).id == event.id  # the selection, in the table too
    # once the page is ready, a change fills the panels at once
    workspace.update_filters(kinds={"event"})
    window.flush()
    assert window.items.model.rowCount() == len(workspace.visible) < len(items)


def test_panels_wait_for_a_page_no_longer_than_their_wait(
    qtbot, seeds, monkeypatch, tmp_path
) -> None:
    """A page that is slow to load (or never loads) leaves the panels empty no longer than
    ``TABLES_WAIT_MS``."""
    monkeypatch.setattr(explorer.ui.main_window, "TABLES_WAIT_MS", 0)
    analysis, reviews, items = seeds
    workspace, window, controller = build(tmp_path / "settings.ini")
    qtbot.addWidget(window)
    try:
        workspace.set_analysis(analysis, None, reviews, items)
        assert window.items.model.rowCount() == 0
        qtbot.waitUntil(lambda: window.items.model.rowCount() == len(items), timeout=TIMEOUT)
        assert not window.map.is_ready  # a timer of 0 ms runs before the page can be ready
        assert window.sides.current_theatre() is not None
    finally:
        window.close()
        controller.release_projects()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_tabs_behind_others_are_made_when_first_shown(qtbot, seeds, window_parts) -> None:
    analysis, reviews, items = seeds
    workspace, window = window_parts
    filters_dock, article_dock = window.docks["Filters"], window.docks["Article"]
    assert window._filters is None and window._article is None
    workspace.set_analysis(analysis, None, reviews, items)
    qtbot.waitUntil(lambda: window.map.is_ready, timeout=TIMEOUT)
    assert window._filters is None and window._article is None  # still behind their tabs
    filters_dock.raise_()
    qtbot.waitUntil(lambda: window._filters is not None)
    assert filters_dock.widget() is window.filters
    qtbot.waitUntil(filters_dock.widget().isVisible)
    kinds = window.filters._groups["kinds"]
    assert kinds.childCount() == len({i.kind for i in items})  # filled when shown
    window.filters.tick("kinds", "event", False)
    assert workspace.filters.kinds is not None and "event" not in workspace.filters.kinds
    place = next(i for i in workspace.items if i.kind == "place")
    workspace.select(place.id)  # a selection opens its first excerpt in the Article tab
    assert article_dock.widget() is window.article
    assert window.article.selected_span() == (place.evidence[0].start, place.evidence[0].end)
