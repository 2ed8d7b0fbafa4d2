"""Making hundreds of thousands of small objects at once (loading a project, building items).

Python's cyclic garbage collector runs every few hundred allocations and, now and then, walks
every object alive: while a large project loads, those walks find nothing to free (the records
made hold no cycles) and took a third of the time. ``making_many()`` pauses it for the
duration; objects are still freed as usual when their last reference goes, and the collector
runs again, as configured, once no caller is inside a pause (calls nest and may come from
several threads: the window builds items while a worker loads).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


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
            if _depth == 0 and _was_enabled:
                # What was made counts as new for the collector: the first allocation after
                # enabling it would walk all of it (a large project's million objects, half a
                # second) to find it alive. Moved at once to the oldest generation instead,
                # where the collector sees it as after such a walk; still collected as usual.
                gc.freeze()
                gc.unfreeze()
                gc.enable()
