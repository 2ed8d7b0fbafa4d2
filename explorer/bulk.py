"""Making hundreds of thousands of small objects at once (loading a project, building items).

Python's cyclic garbage collector runs every few hundred allocations and, now and then, walks
every object alive: while a large project loads, those walks find nothing to free (the records
made hold no cycles) and took a third of the time. ``making_many()`` pauses it for the
duration; objects are still freed as usual when their last reference goes, and the collector
runs again, as configured, once no caller is inside a pause (calls nest and may come from
several threads: the window builds items while a worker loads).

Once a window is up, ``collect_on_this_thread_only()`` turns automatic collection off for good
and ``collect_if_due()``, called on that thread (by a timer of the window's event loop, and at the
end of each document analysed there), collects when the allocation counts say a pass is due, as
the collector itself would. Python's collector runs in whichever thread makes the allocation that
crosses its threshold: a worker analysing articles, or a watchdog thread being started, would
otherwise destroy the window's Qt objects caught in reference cycles from the wrong thread, where
their destructors may wait on the GUI thread (seen as a whole test run hung inside
``threading.Timer.start()``).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False
_collector: int | None = None  # the one thread that collects, once a window is up


@contextmanager
def making_many() -> Iterator[None]:
    """Pause cyclic garbage collection while the block makes many acyclic objects."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled and _collector is None:
                # What was made counts as new for the collector: the first allocation after
                # enabling it would walk all of it (a large project's million objects, half a
                # second) to find it alive. Moved at once to the oldest generation instead,
                # where the collector sees it as after such a walk; still collected as usual.
                gc.freeze()
                gc.unfreeze()
                gc.enable()


def collect_on_this_thread_only() -> None:
    """From now on, cyclic garbage is collected on the calling thread alone, by
    ``collect_if_due()``: automatic collection is turned off (and stays off after any pause of
    ``making_many``). For a GUI thread whose objects other threads must never destroy."""
    global _collector, _was_enabled
    with _lock:
        _collector = threading.get_ident()
        _was_enabled = False
        gc.disable()


def collect_if_due() -> int:
    """On the collecting thread, with no pause under way: collect the oldest generation whose
    count passed its threshold, as the automatic collector would at its next allocation, and
    return how many objects were unreachable. Anywhere else, or when nothing is due: 0."""
    if _collector is None or threading.get_ident() != _collector or _depth:
        return 0
    due = _generation_due(gc.get_count(), gc.get_threshold())
    return 0 if due is None else gc.collect(due)


def _generation_due(counts: tuple[int, int, int], thresholds: tuple[int, ...]) -> int | None:
    """The oldest generation whose count passed its threshold (a threshold of 0 never passes),
    or None: the rule of CPython's own collector (without its delay of full passes, which the
    count of passes made only on the collecting thread's turns already spaces out)."""
    return next((g for g in (2, 1, 0) if 0 < thresholds[g] < counts[g]), None)
