"""Wait for a Qt signal without sleeping: run an event loop until it fires or time runs out."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance


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


def grab_settled(widget, view, timeout_ms: int, rounds: int = 8):
    """Grab ``widget`` once the map ``view`` inside it shows its last change on screen.

    The page says when it has painted, but the picture reaches the widget a little later;
    grab until two grabs a page round trip apart are the same (at most ``rounds`` times).
    """
    view.ping()
    wait_for(view.rendered, timeout_ms, "the map to repaint")
    image = widget.grab().toImage()
    for _ in range(rounds):
        view.ping()
        wait_for(view.rendered, timeout_ms, "the map to repaint")
        again = widget.grab().toImage()
        if again == image:
            break
        image = again
    return image
