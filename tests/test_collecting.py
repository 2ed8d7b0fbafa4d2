"""Cyclic garbage collected on the window's thread alone (explorer.bulk, explorer.app).

A whole test run once hung inside ``threading.Timer.start()``: the per-document watchdog's new
thread tripped Python's collector, which destroyed a closed window's Qt objects caught in
reference cycles from that thread. Once a window is built, automatic collection is off and the
GUI thread collects, from its event loop and after each document it analyses itself."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject, QTimer

from explorer.bulk import _generation_due, collect_if_due, making_many
from explorer.limits import Budget


class _Cycle:
    """An object that refers to itself: only the cyclic collector frees it."""

    def __init__(self, payload: object = None) -> None:
        self.me = self
        self.payload = payload


def _garbage_made_in_a_worker(count: int) -> int:
    """Start a thread that makes ``count`` cycles (crossing every threshold of the collector
    many times over) and drops them; return its identity once it is done."""
    ident: list[int] = []

    def work() -> None:
        ident.append(threading.get_ident())
        for _ in range(count):
            _Cycle()

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    return ident[0]


def _policy_on(qapp) -> None:
    from explorer.app import _collect_on_the_gui_thread

    _collect_on_the_gui_thread()


def test_a_qt_object_in_a_cycle_is_destroyed_on_the_gui_thread_not_by_a_worker(qapp, qtbot):
    _policy_on(qapp)
    destroyed_on: list[int] = []
    holder = _Cycle(QObject())
    weakref.finalize(holder, lambda: destroyed_on.append(threading.get_ident()))
    del holder
    worker = _garbage_made_in_a_worker(200_000)
    assert destroyed_on == [], "collected by the worker that made garbage"
    qtbot.waitUntil(lambda: bool(destroyed_on), timeout=5_000)  # the window's timer
    assert destroyed_on == [threading.get_ident()] != [worker]


def test_the_window_turns_automatic_collection_off_and_a_timer_of_its_loop_on(
    qapp, qtbot, tmp_path
):
    from explorer.app import build

    _workspace, window, _controller = build(tmp_path / "settings.ini")
    try:
        assert not gc.isenabled()
        timers = [t for t in qapp.findChildren(QTimer) if t.objectName() == "explorer-collector"]
        assert len(timers) == 1 and timers[0].isActive()
        with making_many():  # a pause ended does not turn automatic collection back on
            pass
        assert not gc.isenabled()
    finally:
        window.close()


def test_a_document_ended_on_the_collecting_thread_collects_what_is_due(qapp):
    _policy_on(qapp)
    gc.collect()
    cycle = _Cycle()
    alive = weakref.ref(cycle)
    del cycle
    for _ in range(2 * gc.get_threshold()[0]):  # a first generation's pass is due
        _Cycle()
    assert alive() is not None  # nothing collected it on its own
    with Budget("a document", seconds=60):
        pass
    assert alive() is None


def test_no_collection_on_another_thread_even_when_asked(qapp):
    _policy_on(qapp)
    collected: list[int] = []

    def ask() -> None:
        for _ in range(2 * gc.get_threshold()[0]):
            _Cycle()
        collected.append(collect_if_due())

    thread = threading.Thread(target=ask)
    thread.start()
    thread.join()
    assert collected == [0]


def test_the_generation_due_is_the_oldest_past_its_threshold():
    assert _generation_due((10, 0, 0), (700, 10, 10)) is None
    assert _generation_due((701, 0, 0), (700, 10, 10)) == 0
    assert _generation_due((701, 11, 0), (700, 10, 10)) == 1
    assert _generation_due((701, 11, 11), (700, 10, 10)) == 2
    assert _generation_due((5_000, 0, 0), (0, 10, 10)) is None  # a threshold of 0: never
