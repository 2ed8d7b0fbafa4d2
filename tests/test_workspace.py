"""The workspace owns the view: filters, search, dates, selection and colours; what it shows is
what its exports write."""

from __future__ import annotations

import json

import pytest

from explorer.filters import FilterState
from explorer.palette import ColourBook
from explorer.workspace import Workspace
from tests.store_sample import sample_analysis
from tests.test_items import STANCES, conflict_analysis


@pytest.fixture
def workspace():
    ws = Workspace()
    ws.set_analysis(sample_analysis())
    return ws


def ids(items):
    return {i.id for i in items}


def test_what_is_shown_follows_every_filter(workspace):
    assert len(workspace.visible) == len(workspace.items) == 14
    workspace.update_filters(kinds={"event"})
    assert {i.kind for i in workspace.visible} == {"event"}
    assert len(workspace.map_collection()["features"]) == 4
    workspace.set_search("ceasefire NOVEMBER")
    assert ids(workspace.visible) == {"event:caucasus-drones.txt:1"}
    workspace.set_date_range("2020-11-01", None)
    workspace.set_search("")
    assert ids(workspace.visible) == {
        "event:caucasus-drones.txt:1",
        "event:black-sea-gas.txt:0",  # undated: shown unless asked otherwise
    }
    workspace.update_filters(include_undated=False)
    assert ids(workspace.visible) == {"event:caucasus-drones.txt:1"}


def test_a_rejection_hides_the_item_until_rejected_items_are_shown(workspace):
    changed = []
    workspace.analysis_changed.connect(lambda: changed.append(1))
    workspace.set_reviews({"place:geonames:524901": {"state": "rejected", "edits": {}}})
    assert changed and "place:geonames:524901" not in ids(workspace.visible)
    workspace.set_show_rejected(True)
    moscow = workspace.item("place:geonames:524901")
    assert moscow in workspace.visible.items and moscow.review == "rejected"


def test_values_new_to_the_data_are_let_in_and_unticked_ones_stay_out(workspace):
    workspace.allow("sources", "black-sea-gas.txt", False)
    assert workspace.filters.sources == {"moscow-libya-talks.txt", "caucasus-drones.txt", ""}
    bigger = sample_analysis()
    extra = conflict_analysis(STANCES)
    bigger.documents += extra.documents
    bigger.places += extra.places
    workspace.set_analysis(bigger)
    assert "a.txt" in workspace.filters.sources  # new: shown
    assert "black-sea-gas.txt" not in workspace.filters.sources  # the analyst's choice stays
    workspace.allow("sources", "black-sea-gas.txt", True)
    assert workspace.filters.sources is None


def test_a_filter_state_restored_before_any_data_is_kept_as_it_was():
    ws = Workspace()
    ws.set_filters(FilterState(kinds={"event"}))
    ws.set_analysis(sample_analysis())
    assert ws.filters.kinds == {"event"}
    assert {i.kind for i in ws.visible} == {"event"}


def test_selection_survives_filters_and_goes_with_its_item(workspace):
    seen = []
    workspace.selection_changed.connect(seen.append)
    workspace.select("libya")
    workspace.select("no such item")
    assert workspace.selection == "libya" and seen == ["libya"]
    workspace.set_analysis(sample_analysis(only={"black-sea-gas.txt"}))
    assert workspace.selection is None


def test_the_export_writes_what_is_shown(workspace, tmp_path):
    workspace.update_filters(kinds={"place", "theatre"}, theatres={"libya"})
    out = workspace.export("geojson", tmp_path / "shown.geojson").path
    written = json.loads(out.read_text("utf-8"))
    assert {f["id"] for f in written["features"]} == ids(workspace.visible)
    assert {f["id"] for f in written["features"]} == {
        "libya",
        "place:geonames:2210247",
        "place:geonames:2215636",
    }


def test_sides_get_unique_colours_kept_across_projects(tmp_path):
    path = tmp_path / "colours.json"
    first = Workspace(ColourBook.load(path))
    first.set_analysis(conflict_analysis(STANCES))
    colours = first.palette["sides"]
    assert len(set(colours.values())) == len(colours) == 5
    assert first.palette["numbers"]["Dorn Militia"] == 1
    second = Workspace(ColourBook.load(path))
    second.set_analysis(sample_analysis())
    for name in set(colours) & set(second.palette["sides"]):
        assert second.palette["sides"][name] == colours[name]
    assert len(set(second.palette["sides"].values())) == len(second.palette["sides"])
    assert not set(second.palette["sides"].values()) & set(second.palette["kinds"].values())


def test_the_analysts_colours_win(tmp_path):
    ws = Workspace(ColourBook.load(tmp_path / "colours.json"))
    ws.set_analysis(conflict_analysis(STANCES))
    seen = []
    ws.palette_changed.connect(seen.append)
    ws.choose_colours({"Rebel Front": "#123456"})
    assert seen and ws.palette["sides"]["Rebel Front"] == "#123456"
    again = Workspace(ColourBook.load(tmp_path / "colours.json"))
    again.set_analysis(conflict_analysis(STANCES))
    assert again.palette["sides"]["Rebel Front"] == "#123456"


def _heard(ws: Workspace) -> list[tuple]:
    heard: list[tuple] = []
    ws.analysis_changed.connect(lambda: heard.append(("analysis",)))
    ws.filters_changed.connect(lambda state: heard.append(("filters", state)))
    ws.selection_changed.connect(lambda item_id: heard.append(("selection", item_id)))
    ws.palette_changed.connect(lambda palette: heard.append(("palette", sorted(palette))))
    ws.set_analysis(sample_analysis())
    ws.update_filters(kinds={"event"})
    event = next(iter(ws.visible)).id
    ws.select(event)
    ws.select(None)
    ws.reset_filters()
    return heard


def test_the_workspace_says_the_same_through_qt_signals_as_through_psygnals(qapp, tmp_path):
    """The window gives the workspace Qt's signals (``explorer.ui.signals``), which it has
    imported anyway, rather than import psygnal on its GUI thread while its map's page loads;
    the command line's workspace makes psygnal's. Both say the same, in the same order, at
    once."""
    from PySide6.QtCore import QObject

    from explorer.ui.signals import WorkspaceSignals

    plain = Workspace(ColourBook.load(tmp_path / "a.json"))
    qt = Workspace(ColourBook.load(tmp_path / "b.json"), WorkspaceSignals())
    assert not isinstance(plain._signals, QObject) and isinstance(qt._signals, QObject)
    heard = _heard(plain)
    assert heard == _heard(qt)
    assert [h[0] for h in heard] == [
        "palette",
        "analysis",
        "filters",
        "selection",
        "selection",
        "filters",
    ]
    assert heard[3][1] is not None and heard[4][1] is None
