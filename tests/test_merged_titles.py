"""The items' titles kept with the merged events: the same titles as made anew, a review's edit
of an event or of a place naming its items anew, a result of the older layout merged again."""

from __future__ import annotations

import dataclasses
import json
import logging
import zlib
from pathlib import Path

import pytest

from explorer.items import build_items
from explorer.model import Analysis
from explorer.store import Project, merged
from tests.test_merged_cache import _kept_value, _reports
from tests.test_merged_packed import _body, _write_body


@pytest.fixture
def keep_every_merge(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(merged, "MIN_EVENTS", 0)


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    path = tmp_path / "reports.gpkg"
    with Project.open(path, create=True) as project:
        project.save(_reports(n_docs=12, per_doc=25, seed=5))
    return path


def _merges(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the merges of the loads that follow."""
    from explorer.store import project as project_module

    counted: list[int] = []
    real = project_module.merge_analysis_events

    def counting(analysis: Analysis) -> Analysis:
        counted.append(len(analysis.events))
        return real(analysis)

    monkeypatch.setattr(project_module, "merge_analysis_events", counting)
    return counted


def _load(path: Path, include_rejected: bool = True) -> tuple[Analysis, dict]:
    with Project.open(path) as project:
        return project.load(include_rejected=include_rejected), project.reviews()


def _items_made_anew(analysis: Analysis, reviews: dict) -> list:
    """The items of ``analysis`` with every title made from its events and places."""
    return list(build_items(dataclasses.replace(analysis, event_titles=None), reviews).items)


def _event_titles(items) -> dict[str, str]:
    return {i.id: i.name for i in items if i.kind == "event"}


def test_the_kept_titles_are_the_titles_made_anew(
    reports: Path, keep_every_merge, monkeypatch: pytest.MonkeyPatch
):
    first, reviews = _load(reports)  # merges, keeps the result and the titles
    merges = _merges(monkeypatch)
    second, reviews = _load(reports)
    assert merges == []
    kept = second.event_titles
    assert kept is not None and len(kept.titles) == len(second.events) == len(first.events)
    assert all(isinstance(t, str) for t in kept.titles)
    items = list(build_items(second, reviews).items)
    assert items == _items_made_anew(second, reviews)
    assert items == list(build_items(first, reviews).items)
    # titles as the analyst reads them: what happened, between whom, where
    names = _event_titles(items).values()
    assert any(n.endswith(" in Aleppo") for n in names)
    assert any(n.endswith(" in Kharkiv") for n in names)


@pytest.mark.parametrize("include_rejected", [True, False])
def test_an_edited_place_renames_every_title_at_it(
    reports: Path, keep_every_merge, monkeypatch: pytest.MonkeyPatch, include_rejected: bool
):
    before, _ = _load(reports)
    at_aleppo = {e.id for e in before.events if e.place_id == "place:aleppo"}
    at_idlib = {e.id for e in before.events if e.place_id == "place:idlib"}
    assert at_aleppo and at_idlib
    with Project.open(reports) as project:
        # an analyst renames a town and says it is a site, and rejects another town
        project.set_review("place:aleppo", "edited", {"name": "Halab", "kind": "site"})
        project.set_review("place:idlib", "rejected")
    merges = _merges(monkeypatch)
    after, reviews = _load(reports, include_rejected)
    assert merges == []  # a review leaves the kept result valid
    items = list(build_items(after, reviews).items)
    assert items == _items_made_anew(after, reviews)
    titles = _event_titles(items)
    assert {titles[i] for i in at_aleppo} and all(
        titles[i].endswith(" at Halab") for i in at_aleppo
    )
    assert not any("Aleppo" in t for t in titles.values())
    # a rejected place stays on its events while rejected items are shown, and goes with them
    idlib = [titles[i].endswith(" in Idlib") for i in at_idlib]
    assert all(idlib) if include_rejected else not any(idlib)


def test_an_edited_event_is_named_anew(
    reports: Path, keep_every_merge, monkeypatch: pytest.MonkeyPatch
):
    before, _ = _load(reports)
    shared = next(e for e in before.events if len(e.members) > 1)
    other = next(e for e in before.events if e is not shared and e.place_id == shared.place_id)
    with Project.open(reports) as project:
        # a decision on any report of a merged event holds for it
        project.set_review(shared.members[-1], "edited", {"actors": ["Wagner Group"]})
    merges = _merges(monkeypatch)
    after, reviews = _load(reports)
    assert merges == []
    items = list(build_items(after, reviews).items)
    assert items == _items_made_anew(after, reviews)
    titles = _event_titles(items)
    assert "Wagner Group" in titles[shared.id]
    assert titles[other.id] == _event_titles(build_items(before).items)[other.id]


def test_a_kept_result_of_the_older_layout_is_merged_again(
    reports: Path, keep_every_merge, monkeypatch: pytest.MonkeyPatch
):
    """A project kept by the previous version (format 3: no titles) merges once more and
    keeps the result in this layout, with its titles."""
    _load(reports)
    head, body = _body(reports)
    # the same result as the previous version kept it: its format, its stamp, no titles
    with monkeypatch.context() as older:
        older.setattr(merged, "MERGE_FORMAT", 3)
        with Project.open(reports) as project:
            older_stamp = merged.stamp(project._conn)
    assert older_stamp is not None and older_stamp.encode() != head
    del body["titles"]
    body["format"] = 3
    _write_body(reports, older_stamp.encode(), body)
    merges = _merges(monkeypatch)
    analysis, reviews = _load(reports)
    assert len(merges) == 1
    head, body = _body(reports)
    assert body["format"] == merged.MERGE_FORMAT == 4
    assert head != older_stamp.encode()
    assert len(body["titles"]["heads"]) > 1 and len(body["titles"]["places"]) > 1
    _load(reports)
    assert len(merges) == 1  # kept again, in this layout
    assert list(build_items(analysis, reviews).items) == _items_made_anew(analysis, reviews)


@pytest.mark.parametrize("damage", ["missing", "short", "not texts", "out of range"])
def test_damaged_titles_are_merged_again(
    reports: Path,
    keep_every_merge,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    damage: str,
):
    _load(reports)
    head, body = _body(reports)
    titles = body["titles"]
    if damage == "missing":
        del body["titles"]
    elif damage == "short":
        titles["codes"] = merged._packed([0, 1])
    elif damage == "not texts":
        titles["heads"] = [7] * len(titles["heads"])
    else:  # a head that is not there
        titles["head"] = merged._packed([len(titles["heads"])] * titles["distinct"])
    _write_body(reports, head, body)
    merges = _merges(monkeypatch)
    with caplog.at_level(logging.WARNING):
        analysis, reviews = _load(reports)
    assert len(merges) == 1
    assert "ignoring the kept merged events" in caplog.text
    assert list(build_items(analysis, reviews).items) == _items_made_anew(analysis, reviews)
    value = _kept_value(reports)
    assert value is not None
    kept = json.loads(zlib.decompress(value.partition(b"\n")[2]))
    assert all(isinstance(t, str) for t in kept["titles"]["heads"])


def test_a_place_renamed_in_the_window_renames_the_titles_at_it(
    qtbot, tmp_path: Path, seeds_project: Path, keep_every_merge
):
    """The window's edit of a place, on a project whose merged events (and titles) are kept:
    every event at the place is named after its new name, in the items and the Items table."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from explorer.app import build
    from explorer.paths import seeds_dir

    workspace, window, controller = build(tmp_path / "settings.ini")
    qtbot.addWidget(window)
    window.show()

    def opened(operation) -> None:
        qtbot.waitUntil(lambda: operation.done, timeout=60_000)
        assert controller.last_error is None

    opened(controller.open_source(seeds_dir()))  # merges, and keeps the result
    opened(controller.reload())  # reads it, with the titles
    assert workspace.analysis.event_titles is not None
    places = {i.id: i for i in workspace.items if i.kind == "place"}
    event = next(
        i
        for i in workspace.items
        if i.kind == "event" and i.place_id in places and i.name.endswith(places[i.place_id].name)
    )
    place = places[event.place_id]
    at_place = {i.id for i in workspace.items if i.kind == "event" and i.place_id == place.id}
    workspace.select(place.id)
    controller._on_edits_chosen(place.id, {"name": "Renamedtown"})  # the editor's signal
    qtbot.waitUntil(
        lambda: (
            workspace.item(event.id) is not None
            and workspace.item(event.id).name.endswith(" Renamedtown")
        ),
        timeout=60_000,
    )
    titles = {i.id: i.name for i in workspace.items if i.id in at_place}
    assert titles.keys() == at_place
    assert all(t.endswith(" Renamedtown") for t in titles.values())
    model = window.items.model
    shown = {model.item(row).id: model.item(row).name for row in range(model.rowCount())}
    assert {shown[i] for i in at_place if i in shown} <= set(titles.values())
    window.close()
    # the closed window's map view deleted now (deleteLater), while the web engine is up
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
