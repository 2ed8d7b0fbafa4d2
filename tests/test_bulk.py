"""Pausing the cyclic garbage collector while many objects are made: paused, then as before."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from explorer.bulk import making_many
from explorer.model import Evidence

pytestmark = pytest.mark.usefixtures("automatic_collection")


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_the_collector_is_paused_inside_and_enabled_after():
    assert gc.isenabled()
    with making_many():
        assert not gc.isenabled()
        with making_many():  # nested calls: enabled only when the outermost ends
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_what_was_made_is_not_walked_again_and_cycles_are_still_collected():
    with making_many():
        made = [Evidence("doc.txt", i, i + 1, "text") for i in range(20000)]
        a, b = _Node(), _Node()
        a.other, b.other = b, a  # a cycle, garbage once dropped
        gone = weakref.ref(a)
    # made objects are moved to the oldest generation at once: the youngest starts empty
    # (the next allocations do not walk the twenty thousand records to find them alive)
    assert gc.get_count()[0] < 100
    assert any(o is made for o in gc.get_objects(generation=2))
    del a, b
    gc.collect()
    assert gone() is None
    assert len(made) == 20000


def test_threads_pausing_at_once_enable_it_once_both_are_done():
    inside, release = threading.Event(), threading.Event()

    def work() -> None:
        with making_many():
            inside.set()
            release.wait(10)

    worker = threading.Thread(target=work)
    with making_many():
        worker.start()
        assert inside.wait(10)
    assert not gc.isenabled()  # the worker is still inside
    release.set()
    worker.join(10)
    assert gc.isenabled()
