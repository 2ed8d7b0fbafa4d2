"""Wait for a Qt signal without sleeping: run an event loop until it fires or time runs out."""

from __future__ import annotations

import math
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import (
    QElapsedTimer,
    QEvent,
    QEventLoop,
    QObject,
    QPoint,
    QRect,
    QTimer,
    SignalInstance,
)
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QWidget


class Timeout(RuntimeError):
    pass


def wait_for(signal: SignalInstance, timeout_ms: int, what: str) -> tuple:
    """Block (processing events) until ``signal`` fires; return its arguments."""
    loop = QEventLoop()
    received: list[tuple] = []

    def _on_signal(*args) -> None:
        received.append(args)
        loop.quit()

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    signal.connect(_on_signal)
    timer.start(timeout_ms)
    try:
        loop.exec()
    finally:
        timer.stop()
        signal.disconnect(_on_signal)
    if not received:
        raise Timeout(f"timed out after {timeout_ms / 1000:.0f} s waiting for {what}")
    return received[0]


def wait_until(
    done: Callable[[], bool], timeout_ms: int | None, what: str, poll_ms: int = 5
) -> None:
    """Block (processing events) until ``done()`` is true, looking every ``poll_ms``; with no
    ``timeout_ms``, for as long as it takes."""
    if done():
        return
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: done() and loop.quit())
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    poll.start(poll_ms)
    if timeout_ms is not None:
        timer.start(timeout_ms)
    try:
        loop.exec()
    finally:
        poll.stop()
        timer.stop()
    if not done():
        raise Timeout(f"timed out after {(timeout_ms or 0) / 1000:.0f} s waiting for {what}")


# The state of the page's tick a settled grab's first ping sets (a shade darker than the map
# under it: a shade lighter is lost in the rounding over a light sea or land); each later ping
# sets the other one.
FIRST_TICK = "b"


def grab_settled(
    widget,
    view,
    timeout_ms: int,
    rounds: int = 8,
    pinged: bool = False,
    one_task: bool = False,
    frames: Frames | None = None,
):
    """Grab ``widget`` once the map ``view`` inside it shows its last change on screen.

    The page says when it has painted, but the picture reaches the widget a little later;
    grab until two grabs a page round trip apart are the same (at most ``rounds`` times).
    Each round trip sets the page's one-pixel tick to the state the last one did not (see
    ``ping``), so the grabs are compared with that pixel masked: otherwise no two grabs are
    ever the same. The tick is also the proof that the second grab holds a frame the page sent
    after the first: two grabs of the same stale frame (a loaded machine's compositor behind
    the page: once a blank sea with no basemap and no items) are equal but show the tick
    unchanged, and are not taken.
    A round trip's answer often comes before its frame has reached the widget: a grab then
    waits for the frame that shows the tick this round trip set (``Frames.grab_showing``)
    instead of taking an older one, which could only fail the test and cost another round
    trip.
    ``pinged``: the caller sent the first ping, with ``FIRST_TICK``, after its last change and
    has had its ``rendered`` already.
    ``one_task``: that first ping went in the one task that drew the whole picture (a
    snapshot's commands sent ``together``), so every frame before that task's is the blank page.
    One grab is then enough when the page knows it is the picture: ``widget`` is the map alone
    (nothing but the page in it), the ping's render said the page had settled at it (nothing
    changed after the ping, and no transition, image, font, flight or frame's redraw was
    pending: map.js's ``quietSince``), and the grab reads the ping's tick (so it holds that
    task's frame or a later one: the blank page never reads as a tick). The second round trip
    would only grab the same picture again. (A window's items are drawn in a task before its
    ``start``: a frame of them without the basemap could come first, so it keeps the round
    trip.)
    ``frames``: ``view``'s frames counted from before the caller sent its last change (closed
    here). The first grab then waits for a frame that has come since, where a grab at once,
    before any, could only hold the frame before the change and be taken again (a second
    snapshot of the seeds: its one task's frame came after its ``rendered`` in every run).
    """
    since_change = frames is not None
    frames = frames or Frames(view)
    try:
        if not pinged:
            view.ping(FIRST_TICK)
            wait_for(view.rendered, timeout_ms, "the map to repaint")
        state = FIRST_TICK
        settled = pinged and one_task and widget is view and view.bridge.settled_tick == FIRST_TICK
        image = frames.grab_showing(widget, view, state, first=not since_change)
        if settled and frames.tick_read:
            return image
        tick = _tick_rect(widget, view, image)
        kept = _masked(image, tick)
        for _ in range(rounds):
            state = "a" if state == "b" else "b"
            view.ping(state)
            wait_for(view.rendered, timeout_ms, "the map to repaint")
            again = frames.grab_showing(widget, view, state)
            fresh = again.copy(tick) != image.copy(tick)  # a frame sent after the last grab's
            masked = _masked(again, tick)
            if fresh and masked == kept:
                return again
            image, kept = again, masked
        return image
    finally:
        frames.close()


class Frames(QObject):
    """The frames the page's compositor hands to ``view``'s widget, counted by its paints
    (those of a grab of ours aside): a grab taken before a new frame has come is the picture
    the last grab already holds."""

    # How long a grab waits for a frame that has not come: the ping's flip always brings one
    # within a frame or two; a page that draws nothing (or a view not painted, or with no
    # page widget) does not, and then the grab is taken anyway, as it was before frames were
    # counted, and later grabs of this settled grab no longer wait.
    WAIT_MS = 1000
    # How long a grab waits, frame after frame, for the tick its ping set: the frame that
    # shows it comes a frame or a few after the ping's answer. A tick that does not show (a
    # dark map under it, where a shade darker is lost in the rounding; an edge of the map
    # between the tick and the pixel beside it) is not looked for again in this settled grab.
    SHOW_MS = 400

    def __init__(self, view) -> None:
        super().__init__()
        self._seen = 0
        self._grabbed = 0
        self._grabbing = False
        self._loop: QEventLoop | None = None
        self._watched = view.findChildren(QWidget)
        self._waits = bool(self._watched)
        self._reads = self._waits
        self.tick_read = False  # the last grab_showing's grab shows the tick it looked for
        for child in self._watched:
            child.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self._grabbing:
            self._seen += 1
            if self._loop is not None:
                self._loop.quit()
        return False

    def grab(self, widget) -> QImage:
        self._grabbing = True
        try:
            image = widget.grab().toImage()
        finally:
            self._grabbing = False
        self._grabbed = self._seen
        return image

    def grab_showing(self, widget, view, state: str, first: bool = False) -> QImage:
        """A grab of a frame that shows the page's tick in ``state``, taken as the frames come
        (no round trip to the page); after ``SHOW_MS`` (or with no frames to wait for), the
        last grab, and the tick is no longer looked for. ``first``: the settled grab's first,
        taken at once (the frame may have come already); any other waits for a frame that
        has come since the grab before."""
        timer = QElapsedTimer()
        timer.start()
        self.tick_read = False
        if not first:
            self.wait_for_new(self.SHOW_MS if self._reads else self.WAIT_MS)
        while True:
            image = self.grab(widget)
            if not self._reads:
                return image
            if _tick_shows(image, _tick_rect(widget, view, image), state):
                self.tick_read = True
                return image
            if timer.elapsed() >= self.SHOW_MS or not self._waits:
                self._reads = False
                return image
            self.wait_for_new(self.SHOW_MS - timer.elapsed())

    def wait_for_new(self, wait_ms: int | None = None) -> None:
        """Return once a frame has come since the last grab, or after ``wait_ms`` (by
        default ``WAIT_MS``)."""
        if self._seen > self._grabbed or not self._waits:
            return
        wait_ms = self.WAIT_MS if wait_ms is None else wait_ms
        if wait_ms <= 0:
            return
        self._loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(self._loop.quit)
        timer.start(wait_ms)
        try:
            self._loop.exec()
        finally:
            timer.stop()
            self._loop = None
        if wait_ms >= self.WAIT_MS:  # none came in a whole wait: its paints are not the frames
            self._waits = self._seen > self._grabbed

    def close(self) -> None:
        for child in self._watched:
            if shiboken6.isValid(child):
                child.removeEventFilter(self)
        self._watched = []


def _tick_shows(image: QImage, rect: QRect, state: str) -> bool:
    """Whether ``image`` shows the page's tick in ``state``, read against the pixel just right
    of it or, where the map changes there (an edge, a line), the pixel just below it: "b"
    (black at 1%) is a shade darker than the map under it in some colour and lighter in none;
    "a" (white at 1%) a shade lighter or, over a light map, the same. A neighbour further
    from it than the tick's few levels is another colour of the map: not read against."""
    x, y = rect.x(), rect.y()
    if not image.valid(x, y):
        return False
    tick = image.pixelColor(x, y)
    for nx, ny in ((x + rect.width(), y), (x, y + rect.height())):
        if not image.valid(nx, ny):
            continue
        beside = image.pixelColor(nx, ny)
        steps = (
            tick.red() - beside.red(),
            tick.green() - beside.green(),
            tick.blue() - beside.blue(),
        )
        if any(abs(step) > TICK_LEVELS for step in steps):
            continue
        darker = any(step < 0 for step in steps)
        lighter = any(step > 0 for step in steps)
        return (darker and not lighter) if state == "b" else not darker
    return False


TICK_LEVELS = 3  # how far, in levels of 255, a colour at 1% moves the pixel under it


def _tick_rect(widget, view, image: QImage) -> QRect:
    """Where the page's tick (one CSS pixel at the view's top left) is in ``image``."""
    origin = view.mapTo(widget, QPoint(0, 0)) if view is not widget else QPoint(0, 0)
    ratio = image.devicePixelRatio()
    side = math.ceil(view.zoomFactor() * ratio) + 1
    return QRect(math.floor(origin.x() * ratio), math.floor(origin.y() * ratio), side, side)


def _masked(image: QImage, rect: QRect) -> QImage:
    copy = image.copy()
    painter = QPainter(copy)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
    painter.fillRect(rect, QColor(0, 0, 0, 0))
    painter.end()
    return copy
