"""The window's hand-over of a new analysis does no work it need not do: the items by id are
made when first asked, filters that leave nothing out give the set itself (with what it has
worked out), the Items table's first order and the timeline's counts are made once per set."""

from __future__ import annotations

from collections import Counter

import pytest

from explorer.items import ItemSet, build_items
from explorer.store import Project
from explorer.timeline import histogram
from explorer.ui.items_model import ItemsModel
from explorer.ui.timeline_panel import TimelinePanel
from explorer.workspace import Workspace


@pytest.fixture(scope="module")
def seeds(_seeds_project_template):
    with Project.open(_seeds_project_template) as project:
        analysis, reviews = project.load(include_rejected=True), project.reviews()
    return analysis, reviews


def test_the_items_by_id_are_made_when_first_asked(seeds, monkeypatch) -> None:
    analysis, reviews = seeds
    made = []
    by_id = ItemSet.by_id

    def counted(self):
        made.append(len(self.items))
        return by_id.fget(self)

    monkeypatch.setattr(ItemSet, "by_id", property(counted))
    ws = Workspace()
    ws.set_analysis(analysis, None, reviews)
    assert made == []  # the hand-over (colours, the map's items) needs no index by id
    event = next(i for i in ws.items if i.kind == "event")
    ws.select(event.id)
    assert ws.selection == event.id and ws.item(event.id) is event
    assert ws.item("no such item") is None
    assert len(made) == 1  # made once, then kept
    ws.set_analysis(analysis, None, reviews)  # the same items again: the selection stays
    assert ws.selection == event.id and len(made) == 2
    assert ws.item(event.id) == event and len(made) == 2


def test_filters_that_leave_nothing_out_give_the_set_itself(seeds) -> None:
    analysis, reviews = seeds
    ws = Workspace()
    ws.set_analysis(analysis, None, reviews)
    assert ws.visible is ws.items
    ws.update_filters(kinds={"event"})
    assert ws.visible is not ws.items
    assert {i.kind for i in ws.visible} == {"event"}
    ws.reset_filters()
    assert ws.visible is ws.items
    rejected = next(i for i in ws.items if i.kind == "place")
    ws.set_reviews({rejected.id: {"state": "rejected", "edits": {}}})
    assert ws.visible is not ws.items
    assert rejected.id not in {i.id for i in ws.visible}
    assert len(ws.visible) == len(ws.items) - 1
    ws.set_show_rejected(True)
    assert ws.visible is ws.items
    assert ws.items.item_sides == {i.side for i in ws.items if i.side}


def test_the_items_table_opens_in_the_sets_name_order_made_once(qapp, seeds) -> None:
    analysis, reviews = seeds
    items = build_items(analysis, reviews)
    expected = sorted(items.items, key=lambda i: (i.name or "").casefold())  # stable
    model = ItemsModel()
    model.sort(0)
    model.set_items(items)
    assert [model.item(r) for r in range(model.rowCount())] == expected
    assert "by_name" in vars(items)  # the order is the set's, kept with it
    again = ItemsModel()
    again.sort(0)
    again.set_items(items)
    assert all(again.item(r) is items.by_name[r] for r in range(again.rowCount()))


def test_the_timeline_counts_a_sets_events_once(qapp, seeds) -> None:
    analysis, reviews = seeds
    items = build_items(analysis, reviews)
    events = [i for i in items if i.kind == "event"]
    assert len(events) > 3
    panel = TimelinePanel()
    panel.set_events(items)
    counted = items.event_dates
    assert counted == Counter((e.date, e.date_precision) for e in events)
    one_by_one = histogram(events, panel.unit())
    assert panel.histogram == one_by_one
    assert panel.histogram.ids == one_by_one.ids
    for unit in ("year", "day", None):  # a change of bins reads the same counts
        panel.set_unit(unit)
        assert items.event_dates is counted
        assert panel.histogram == histogram(events, panel.unit())
