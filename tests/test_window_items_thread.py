"""The window's start-up order: a load's items are built in the thread that read the project, as
the snapshot's are, not on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

import explorer.items
from explorer.app import build
from explorer.paths import seeds_dir

TIMEOUT = 60_000


def test_a_load_builds_its_items_off_the_gui_thread(qtbot, tmp_path, seeds_project, monkeypatch):
    built: list[tuple[threading.Thread, object]] = []
    original = explorer.items.build_items

    def recording(*args, **kwargs):
        items = original(*args, **kwargs)
        built.append((threading.current_thread(), items))
        return items

    monkeypatch.setattr(explorer.items, "build_items", recording)
    # the workspace's own fallback imports it from explorer.items when it runs
    workspace, window, controller = build(tmp_path / "settings.ini")
    qtbot.addWidget(window)
    window.show()
    try:
        operation = controller.open_source(seeds_dir())
        qtbot.waitUntil(lambda: operation.done, timeout=TIMEOUT)
        assert controller.last_error is None
        assert built, "no items were built"
        assert all(thread is not threading.main_thread() for thread, _ in built)
        assert workspace.items is built[-1][1]
        assert workspace.item(next(iter(workspace.items)).id) is not None
        # the tables are filled once the map's page is ready (the page loads first)
        qtbot.waitUntil(lambda: window.map.is_ready, timeout=TIMEOUT)
        assert window.items.model.rowCount() == len(workspace.visible) > 0
    finally:
        window.close()
        controller.release_projects()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_saved_filters_come_back_with_the_first_project_and_are_saved_unchanged(
    qtbot, tmp_path, seeds_project
):
    """The filters the analyst left are read when first used (not at the window's build) and
    shown with the first project: the workspace, the filter panel and the menu agree, and
    closing the window saves them as they were."""
    from PySide6.QtCore import QSettings

    from explorer.commands import Key
    from explorer.settings import Settings
    from explorer.ui.settings_store import SettingsStore

    path = tmp_path / "settings.ini"
    saved = Settings(filters={"kinds": ["event"], "show_rejected": True, "text": ""})
    SettingsStore(QSettings(str(path), QSettings.Format.IniFormat)).save(saved)
    workspace, window, controller = build(path)
    qtbot.addWidget(window)
    assert controller.actions[Key.SHOW_REJECTED].isChecked()
    window.show()
    try:
        operation = controller.open_source(seeds_dir())
        qtbot.waitUntil(lambda: operation.done, timeout=TIMEOUT)
        assert workspace.filters.kinds == frozenset({"event"}) and workspace.filters.show_rejected
        assert window.filters.state() == workspace.filters
        assert window.filters.show_rejected.isChecked()
        assert {item.kind for item in workspace.visible} == {"event"}
        qtbot.waitUntil(lambda: window.items.model.rowCount() == len(workspace.visible))
        kept = workspace.filters.to_dict()
    finally:
        window.close()
        controller.release_projects()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    again = SettingsStore(QSettings(str(path), QSettings.Format.IniFormat)).load()
    assert again.filters == kept
