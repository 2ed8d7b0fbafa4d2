"""Wait for a Qt signal without sleeping: run an event loop until it fires or time runs out."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QPoint, QRect, QTimer, SignalInstance
from PySide6.QtGui import QColor, QImage, QPainter


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


def grab_settled(widget, view, timeout_ms: int, rounds: int = 8, pinged: bool = False):
    """Grab ``widget`` once the map ``view`` inside it shows its last change on screen.

    The page says when it has painted, but the picture reaches the widget a little later;
    grab until two grabs a page round trip apart are the same (at most ``rounds`` times).
    Each round trip flips the page's one-pixel tick (see ``ping``), so the grabs are compared
    with that pixel masked: otherwise no two grabs are ever the same. The tick is also the
    proof that the second grab holds a frame the page sent after the first: two grabs of the
    same stale frame (a loaded machine's compositor behind the page: once a blank sea with no
    basemap and no items) are equal but show the tick unchanged, and are not taken.
    ``pinged``: the caller sent the first ping after its last change and has had its
    ``rendered`` already.
    """
    if not pinged:
        view.ping()
        wait_for(view.rendered, timeout_ms, "the map to repaint")
    image = widget.grab().toImage()
    tick = _tick_rect(widget, view, image)
    for _ in range(rounds):
        view.ping()
        wait_for(view.rendered, timeout_ms, "the map to repaint")
        again = widget.grab().toImage()
        fresh = again.copy(tick) != image.copy(tick)  # a frame sent after the last grab's
        if fresh and _masked(again, tick) == _masked(image, tick):
            return again
        image = again
    return image


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
