"""The settled grab takes a picture only from a frame the page sent after the one before it: two
grabs of one stale frame are equal too (a loaded machine's compositor behind the page once
gave a snapshot of bare sea, with no basemap and no items), but the page's tick has not moved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWebEngineCore import QWebEngineProfile
from PySide6.QtWidgets import QWidget

from explorer.mapview.snapshot import render_map, snapshot_view
from explorer.mapview.waiting import FIRST_TICK, _tick_rect, _tick_shows, grab_settled
from explorer.paths import seeds_dir
from tests.mapdata import sample_collection
from tests.pages import TIMEOUT, run_js, shown_map
from tests.test_startup import _last_line


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


class FrameLog(QObject):
    """Counts the frames that reach the view's page widget (its paints, a grab's own aside)
    and records, at each grab of the view, how many came since the grab before."""

    def __init__(self, view) -> None:
        super().__init__()
        self.frames = 0
        self.since_last_grab: list[int] = []
        self._grabbing = False
        self._at_grab = 0
        self._children = view.findChildren(QWidget)
        for child in self._children:
            child.installEventFilter(self)
        grab = view.grab

        def recorded_grab(*args):
            self.since_last_grab.append(self.frames - self._at_grab)
            self._grabbing = True
            try:
                return grab(*args)
            finally:
                self._grabbing = False
                self._at_grab = self.frames

        view.grab = recorded_grab

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self._grabbing:
            self.frames += 1
        return False


def test_no_grab_is_taken_of_the_frame_the_grab_before_it_holds(view, qtbot) -> None:
    # A round trip's answer often comes before its frame has reached the widget: a grab then
    # would be the last one again, fail the test and cost another round trip.
    log = FrameLog(view)
    assert log._children  # the view's page widget, whose paints are the page's frames
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(sample_collection(), fit=True)
    for sample in range(10):
        log.since_last_grab.clear()
        if sample % 2:  # a change to draw, and its frames still to come when the grab starts
            with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
                view.highlight([])
        grab_settled(view, view, TIMEOUT)
        assert len(log.since_last_grab) >= 2
        assert all(log.since_last_grab[1:]), log.since_last_grab


def test_each_ping_sets_the_tick_asked_for_and_a_grab_of_its_frame_reads_it(view, qtbot) -> None:
    # The settled grab knows which state the frame it waits for shows, so it waits for that
    # frame rather than taking an older one and paying another round trip.
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(sample_collection(), fit=True)
    other = {"a": "b", "b": "a"}
    for state in ("b", "a", "a", "b", "b", "a"):
        with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
            view.ping(state)
        shown: list = []

        def reads_it(state=state, shown=shown) -> bool:
            image = view.grab().toImage()
            shown[:] = [image]
            return _tick_shows(image, _tick_rect(view, view, image), state)

        qtbot.waitUntil(reads_it, timeout=5_000)
        image = shown[0]
        assert not _tick_shows(image, _tick_rect(view, view, image), other[state])


def test_a_pings_render_says_the_tick_it_set_and_no_other_render_does(view, qtbot) -> None:
    # A window's first ping goes with its basemap's "start", which may come before or after
    # its items: the render that answers it is told apart from the items' own.
    renders: list[int] = []
    ticks: list[tuple[str, int]] = []
    view.rendered.connect(renders.append)
    view.ticked.connect(lambda tick: ticks.append((tick, len(renders))))
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(sample_collection(), fit=True)
    for state in ("b", "a", "a"):
        with qtbot.waitSignal(view.ticked, timeout=TIMEOUT):
            view.ping(state)
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.fit_bbox(20, 30, 40, 45)
    assert ticks == [("b", 2), ("a", 3), ("a", 4)]  # each right after its own render
    assert len(renders) == 5


WINDOW_PINGS = r"""
import sys
import explorer.mapview.view as mapview
from explorer.cli import main
sent = []
made = mapview.window_map
def window_map():
    view = made()
    send = view.bridge.send
    def recorded(cmd, **payload):
        if cmd in ("setData", "start", "ping"):
            sent.append(cmd + ":" + str(payload.get("tick")))
        send(cmd, **payload)
    view.bridge.send = recorded
    return view
mapview.window_map = window_map
code = main(sys.argv[1:])
print(" ".join(sent))
sys.exit(code)
"""


def test_a_window_screenshots_first_ping_goes_with_its_basemaps_start(seeds_project, tmp_path):
    # As a snapshot's: the drawing's first frame shows the tick, and the settled grab needs
    # one round trip after it, not two (a window's items are drawn in a task before its start,
    # so that round trip stays). (When the basemap's wait runs out before the items come, the
    # start and its tick go first, and the grab pings after the items itself.)
    shot = tmp_path / "window.png"
    args = ("open", str(seeds_dir()), "--screenshot", str(shot))
    for _ in range(2):  # the first start makes the page; the second is a known folder's
        sent = _last_line(WINDOW_PINGS, *args, QT_QPA_PLATFORM="offscreen").split()
        starts = [s for s in sent if s.startswith("start:")]
        assert starts == [f"start:{FIRST_TICK}"]
        if sent.index("setData:None") < sent.index(starts[0]):
            after = sent[sent.index(starts[0]) + 1 :]
            assert after and after[0] == "ping:a"  # no ping of FIRST_TICK again
        assert shot.stat().st_size > 10_000


def test_a_snapshots_settled_grab_takes_no_round_trip_after_its_first_ping(qtbot) -> None:
    # Its first ping goes with the commands (inside the basemap's "start"), and the grab starts
    # when they have all answered, most often before the first drawing's frames have reached
    # the widget: the frame that shows that ping's tick is waited for, and it is the picture,
    # since the page said nothing changed after that ping nor can (no second round trip to
    # grab the same picture again).
    for _ in range(3):
        view = snapshot_view((1000, 700))
        pings: list[str | None] = []
        send = view.bridge.send

        def recorded(cmd: str, pings=pings, send=send, **payload: object) -> None:
            if cmd == "ping" or (cmd == "start" and "tick" in payload):
                pings.append(payload.get("tick"))  # type: ignore[arg-type]
            send(cmd, **payload)

        view.bridge.send = recorded  # type: ignore[method-assign]
        image, _ = render_map(sample_collection(), view=view)  # closes the view
        assert not image.isNull()
        assert pings == [FIRST_TICK]


def _settled_after_ping(view, qtbot, state: str) -> str | None:
    with qtbot.waitSignal(view.ticked, timeout=TIMEOUT):
        view.ping(state)
    return view.bridge.settled_tick


# an element of the page that keeps changing: a CSS animation that never ends
SPINNER = (
    "var s = document.createElement('style'); s.id = 'spin-style';"
    " s.textContent = '@keyframes spin { from { opacity: 1 } to { opacity: 0.5 } }"
    " #spin { position: absolute; left: 40px; top: 40px; width: 8px; height: 8px;"
    " background: red; z-index: 5000; animation: spin 1s infinite; }';"
    " document.head.appendChild(s); var d = document.createElement('div'); d.id = 'spin';"
    " document.body.appendChild(d); true"
)
# the page changes just after the next ping: in a frame callback asked for once the tick has
# moved, which runs in the first frame after the ping, after the page's own callback there
AFTER_PING = (
    "var tick = document.getElementById('ex-tick');"
    " var seen = new MutationObserver(function () { seen.disconnect();"
    " requestAnimationFrame(function () { var d = document.createElement('div'); d.id = 'late';"
    " document.body.appendChild(d); }); });"
    " seen.observe(tick, { attributes: true }); true"
)


def test_a_pings_render_says_the_page_settled_only_when_nothing_changes_after_it(
    view, qtbot
) -> None:
    # The page says whether the frame that shows a ping's tick is its picture: nothing changed
    # after the ping and nothing can with no command to come. A running animation, or a change
    # the page made after the ping (in a frame callback, between the page's two looks), and it
    # does not say so.
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(sample_collection(), fit=True)
    assert _settled_after_ping(view, qtbot, "b") == "b"
    assert _settled_after_ping(view, qtbot, "a") == "a"
    run_js(qtbot, view, SPINNER)
    assert _settled_after_ping(view, qtbot, "b") is None
    run_js(qtbot, view, "document.getElementById('spin').remove(); true")
    assert _settled_after_ping(view, qtbot, "a") == "a"
    run_js(qtbot, view, AFTER_PING)
    assert _settled_after_ping(view, qtbot, "b") is None
    assert run_js(qtbot, view, "Boolean(document.getElementById('late'))")
    assert _settled_after_ping(view, qtbot, "a") == "a"  # and settled again after it


def test_a_settled_grab_pings_again_when_the_page_has_not_settled(qtbot) -> None:
    # The same first ping, inside "start", but an animation runs on the page: the first grab
    # is not the picture, and the grab goes on as two grabs a round trip apart.
    view = snapshot_view((1000, 700))
    with qtbot.waitSignal(view.ready, timeout=TIMEOUT):
        pass
    run_js(qtbot, view, SPINNER)
    pings: list[str | None] = []
    send = view.bridge.send

    def recorded(cmd: str, **payload: object) -> None:
        if cmd == "ping" or (cmd == "start" and "tick" in payload):
            pings.append(payload.get("tick"))  # type: ignore[arg-type]
        send(cmd, **payload)

    view.bridge.send = recorded  # type: ignore[method-assign]
    image, _ = render_map(sample_collection(), view=view)  # closes the view
    assert not image.isNull()
    assert pings[0] == FIRST_TICK and len(pings) >= 2


def test_the_tick_is_read_against_the_pixel_below_where_a_line_runs_beside_it() -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QImage

    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor(196, 217, 228))  # the sea
    image.setPixelColor(0, 0, QColor(194, 215, 226))  # black at 1% over it: the tick's "b"
    tick = QRect(0, 0, 2, 2)
    assert _tick_shows(image, tick, "b") and not _tick_shows(image, tick, "a")
    for y in range(8):
        image.setPixelColor(2, y, QColor(90, 90, 90))  # a border line just right of the tick
    assert _tick_shows(image, tick, "b") and not _tick_shows(image, tick, "a")
    for x in range(8):
        image.setPixelColor(x, 2, QColor(90, 90, 90))  # and one just below it: not read
    assert not _tick_shows(image, tick, "b") and not _tick_shows(image, tick, "a")
