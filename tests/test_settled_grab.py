"""The settled grab takes a picture only from a frame the page sent after the one before it: two
grabs of one stale frame are equal too (a loaded machine's compositor behind the page once
gave a snapshot of bare sea, with no basemap and no items), but the page's tick has not moved."""

from __future__ import annotations

import pytest
from PySide6.QtWebEngineCore import QWebEngineProfile

from explorer.mapview.waiting import grab_settled
from tests.mapdata import sample_collection
from tests.pages import TIMEOUT, run_js, shown_map


@pytest.fixture
def view(qtbot):
    yield from shown_map(qtbot, 800, 500, profile=QWebEngineProfile())


def pings_while_grabbing(view, qtbot, rounds: int) -> int:
    count: list[int] = []
    view.rendered.connect(count.append)
    try:
        grab_settled(view, view, TIMEOUT, rounds=rounds)
    finally:
        view.rendered.disconnect(count.append)
    return len(count)


def test_a_frame_whose_tick_never_moves_is_never_taken_for_settled(view, qtbot) -> None:
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(sample_collection(), fit=True)
    # the tick drawn nowhere: every grab looks like the last frame again
    run_js(qtbot, view, "var s = document.createElement('style');"
           " s.textContent = '#ex-tick { display: none !important; }';"
           " document.head.appendChild(s); true")  # fmt: skip
    assert pings_while_grabbing(view, qtbot, rounds=4) == 1 + 4  # every round tried


def test_a_page_that_paints_settles_at_once(view, qtbot) -> None:
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(sample_collection(), fit=True)
    # the tick moves with each ping: a grab the same as the last but for it is taken
    assert pings_while_grabbing(view, qtbot, rounds=8) < 1 + 8
