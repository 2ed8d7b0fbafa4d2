"""The one QWebChannel object between Python and the map page.

Python -> page: ``command`` carries a JSON message; commands sent before the page has said it
is ready are queued and flushed in order once it has, followed by "start", all as one "batch"
(the page then draws its basemap, once, at the view those commands set; a snapshot sends
"start" itself after the commands that set its view, which may come after "ready"). Commands
sent inside ``together()`` go as one "batch", which the page runs in one task. Page -> Python:
``post`` takes one JSON message, checks it against the few events the page may send, and turns
it into a typed signal.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)


class MapBridge(QObject):
    command = Signal(str)  # JSON for the page; connected to by map.js

    ready = Signal()
    feature_clicked = Signal(str)  # feature id
    rendered = Signal(int)  # number of items shown after a change has been painted
    ticked = Signal(str)  # the tick's state a ping set, right after that ping's ``rendered``
    page_error = Signal(str)
    located = Signal(str, float, float)  # feature id, x, y in CSS pixels of the view

    def __init__(self, parent: QObject | None = None, start_on_ready: bool = True) -> None:
        super().__init__(parent)
        self._ready = False
        # False: whoever drives the page sends "start" itself, once it has set the first view
        self._start_on_ready = start_on_ready
        self._queue: list[str] = []
        self._batch: list[str] | None = None  # commands sent together (see together)
        # (command, ms from its arrival in the page to painted), as the page measured them
        self.timings: list[tuple[str, float]] = []
        # the tick's state of the last ping whose render said the page had settled at it
        # (nothing changed after that ping, nor could with no command to come), else None
        self.settled_tick: str | None = None

    @property
    def is_ready(self) -> bool:
        return self._ready

    def send(self, cmd: str, **payload: object) -> None:
        # no space after separators: 4% fewer characters of a large project's data to convert,
        # escape into the channel's own JSON, carry to the page and parse there, twice
        message = json.dumps({"cmd": cmd, **payload}, ensure_ascii=False, separators=(",", ":"))
        if self._batch is not None:
            self._batch.append(message)
        else:
            self._deliver(message)

    def _deliver(self, message: str) -> None:
        if self._ready:
            self.command.emit(message)
        else:
            self._queue.append(message)

    @contextmanager
    def together(self) -> Iterator[None]:
        """The commands sent inside reach the page as one "batch", run there in one task: a
        first view's controls, palette, items and "start" are laid out and painted once, where
        one message each gave Chromium a frame to draw between two of them (the items without
        the basemap). Nested, the outer one sends."""
        if self._batch is not None:
            yield
            return
        self._batch = []
        try:
            yield
        finally:
            batch, self._batch = self._batch, None
            if batch:
                self._deliver(_joined(batch))

    def reset(self) -> None:
        """The page is loading again: hold commands until it says it is ready."""
        self._ready = False

    @Slot(str)
    def post(self, text: str) -> None:
        """One message from the page. Only known events with well-formed fields are acted on;
        anything else (too long, not JSON, unknown, missing or mistyped fields) is logged and
        dropped, never raised: the page may hold whatever an article put in it."""
        try:
            message = _parse(text)
            if message is not None:
                self._dispatch(message)
        except Exception:  # a fault in a handler must not escape into Qt's event loop
            log.exception("message from the map page not handled")

    def _dispatch(self, message: dict) -> None:
        event = message["event"]
        if event == "ready":
            self._ready = True
            queued, self._queue = self._queue, []
            if self._start_on_ready:  # the basemap is drawn now, at the view queued commands set
                queued.append(json.dumps({"cmd": "start"}, separators=(",", ":")))
            # as one message, run in one task: the page lays out and paints what was queued
            # once (the window's first view: its palette, items and "start"; one message each,
            # the page drew a frame of the items without the basemap between them)
            if queued:
                self.command.emit(_joined(queued))
            self.ready.emit()
        elif event == "click":
            self.feature_clicked.emit(message["id"])
        elif event == "rendered":
            ms = message.get("ms")
            if ms is not None:
                self.timings.append((message.get("cmd", ""), ms))
                del self.timings[:-100]
            if "tick" in message:
                self.settled_tick = message["tick"] if message.get("settled") else None
            self.rendered.emit(message["count"])
            if "tick" in message:
                self.ticked.emit(message["tick"])
        elif event == "located":
            self.located.emit(message["id"], message["x"], message["y"])
        elif event == "error":
            log.error("map page: %s", message["message"])
            self.page_error.emit(message["message"])


def _joined(messages: list[str]) -> str:
    """``messages`` as one: a "batch" joined from their JSON (not dumped again), or the one
    message alone as itself."""
    if len(messages) == 1:
        return messages[0]
    return '{"cmd":"batch","commands":[' + ",".join(messages) + "]}"


MAX_MESSAGE = 64 * 1024  # characters; the page's messages are a few hundred
MAX_ID = 512
MAX_ERROR = 4000


def _text(limit: int) -> Callable[[object], str | None]:
    return lambda v: v if isinstance(v, str) and len(v) <= limit else None


def _count(value: object) -> int | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**9
    return value if ok else None


def _coordinate(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) and abs(value) < 1e7 else None


def _duration(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) and 0 <= value < 1e7 else None


def _tick(value: object) -> str | None:
    return value if value in ("a", "b") else None


def _true(value: object) -> bool | None:
    return True if value is True else None


def _error_text(value: object) -> str | None:
    return str(value)[:MAX_ERROR] if isinstance(value, str | int | float) else None


# event -> field -> check returning the clean value, or None when the field is unacceptable
_SCHEMA: dict[str, dict[str, Callable[[object], object]]] = {
    "ready": {},
    "click": {"id": _text(MAX_ID)},
    "rendered": {"count": _count},
    "located": {"id": _text(MAX_ID), "x": _coordinate, "y": _coordinate},
    "error": {"message": _error_text},
}
# event -> field that may be absent -> check; a bad optional field is dropped, not the message
_OPTIONAL: dict[str, dict[str, Callable[[object], object]]] = {
    "rendered": {"ms": _duration, "cmd": _text(64), "tick": _tick, "settled": _true},
}


def _parse(text: object) -> dict | None:
    """The message as ``{"event": ..., field: clean value}``, or None (logged) when it is
    not one the page is allowed to send."""
    if not isinstance(text, str):
        log.warning("map page sent a %s, not text", type(text).__name__)
        return None
    if len(text) > MAX_MESSAGE:
        log.warning("map page sent %d characters; the limit is %d", len(text), MAX_MESSAGE)
        return None
    try:
        message = json.loads(text)
    except (ValueError, RecursionError):
        log.warning("unreadable message from the map page: %r", text[:200])
        return None
    if not isinstance(message, dict) or message.get("event") not in _SCHEMA:
        log.warning("unknown message from the map page: %r", text[:200])
        return None
    event = message["event"]
    clean: dict = {"event": event}
    for name, check in _SCHEMA[event].items():
        value = check(message.get(name))
        if value is None:
            log.warning("map page's %r message has a bad %r: %r", event, name, text[:200])
            return None
        clean[name] = value
    for name, check in _OPTIONAL.get(event, {}).items():
        value = check(message.get(name))
        if value is not None:
            clean[name] = value
    return clean
