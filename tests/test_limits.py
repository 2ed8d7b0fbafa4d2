"""Budgets per document and long texts in pieces (explorer.limits)."""

from __future__ import annotations

import itertools
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.limits import Budget, BudgetExceeded, Cancelled, Limits, checkpoint, pieces

TEXTS = st.lists(st.sampled_from([*'ab .!?\n\t"”)é', "\n\n", "Syria. "])).map("".join)


@settings(max_examples=150, deadline=None)
@given(text=TEXTS, limit=st.integers(min_value=1, max_value=60))
def test_pieces_cover_the_text_in_order_and_within_the_limit(text, limit):
    cut = pieces(text, limit)
    assert cut[0][0] == 0 and cut[-1][1] == len(text)
    for (_, b), (c, _) in itertools.pairwise(cut):
        assert b == c  # consecutive, nothing lost, nothing twice
    for a, b in cut:
        assert b - a <= limit
        assert b > a or len(text) == 0


def test_pieces_are_cut_at_paragraphs_then_sentences():
    text = "One two three. Four five six.\n\nSeven eight nine. Ten eleven."
    assert [text[a:b] for a, b in pieces(text, 40)] == [
        "One two three. Four five six.\n\n",
        "Seven eight nine. Ten eleven.",
    ]
    a, b = pieces(text, 20)[0]
    assert text[a:b] == "One two three. "


def test_a_checkpoint_past_the_deadline_stops_the_document():
    budget = Budget("slow.txt", seconds=0.0)
    with pytest.raises(BudgetExceeded), budget:
        checkpoint()
    assert "longer than 0 s" in budget.reason
    checkpoint()  # outside the budget: nothing to stop


def test_cancel_is_seen_at_the_next_checkpoint():
    flag = threading.Event()
    limits = Limits(is_cancelled=flag.is_set)
    with limits.budget("a.txt", 10):
        checkpoint()
        flag.set()
        with pytest.raises(Cancelled):
            checkpoint()


def test_the_watchdog_stops_a_loop_that_never_checks():
    budget = Budget("loop.txt", seconds=0.2)
    budget.GRACE = 0.1
    spins = 0
    with pytest.raises(BudgetExceeded), budget:
        while True:  # the kind of bug that once froze the window (4 LGL articles)
            spins += 1
    assert spins > 0
    assert "stopped" in budget.reason


def test_a_finished_document_is_never_interrupted_later():
    budget = Budget("quick.txt", seconds=0.05)
    budget.GRACE = 0.0
    with budget:
        pass
    done = threading.Event()
    threading.Timer(0.3, done.set).start()
    while not done.is_set():  # well past the watchdog's time: nothing is raised here
        pass


def test_memory_growth_over_the_budget_stops_the_document():
    budget = Budget("big.txt", seconds=60, memory_bytes=50 * 1024 * 1024)
    if budget._baseline is None and not __import__("os").path.exists("/proc/self/statm"):
        pytest.skip("no cheap way to read this process's memory here")
    with pytest.raises(BudgetExceeded), budget:
        hog = bytearray(200 * 1024 * 1024)
        hog[::4096] = b"x" * len(hog[::4096])  # touch every page
        checkpoint()
    assert "memory" in budget.reason
