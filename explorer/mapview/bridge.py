"""The one QWebChannel object between Python and the map page.

Python -> page: ``command`` carries a JSON message; commands sent before the page has said it
is ready are queued and flushed in order once it has. Page -> Python: ``post`` takes one JSON
message and turns it into a typed signal.
"""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)


class MapBridge(QObject):
    command = Signal(str)  # JSON for the page; connected to by map.js

    ready = Signal()
    feature_clicked = Signal(str)  # feature id
    rendered = Signal(int)  # number of items shown after a change has been painted
    page_error = Signal(str)
    located = Signal(str, float, float)  # feature id, x, y in CSS pixels of the view

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ready = False
        self._queue: list[str] = []
        # (command, ms from its arrival in the page to painted), as the page measured them
        self.timings: list[tuple[str, float]] = []

    @property
    def is_ready(self) -> bool:
        return self._ready

    def send(self, cmd: str, **payload: object) -> None:
        message = json.dumps({"cmd": cmd, **payload}, ensure_ascii=False)
        if self._ready:
            self.command.emit(message)
        else:
            self._queue.append(message)

    def reset(self) -> None:
        """The page is loading again: hold commands until it says it is ready."""
        self._ready = False

    @Slot(str)
    def post(self, text: str) -> None:
        try:
            message = json.loads(text)
        except json.JSONDecodeError:
            log.warning("unreadable message from the map page: %r", text[:200])
            return
        event = message.get("event")
        if event == "ready":
            self._ready = True
            queued, self._queue = self._queue, []
            for item in queued:
                self.command.emit(item)
            self.ready.emit()
        elif event == "click":
            self.feature_clicked.emit(str(message.get("id", "")))
        elif event == "rendered":
            ms = message.get("ms")
            if isinstance(ms, (int, float)):
                self.timings.append((str(message.get("cmd", "")), float(ms)))
                del self.timings[:-100]
            self.rendered.emit(int(message.get("count", 0)))
        elif event == "located":
            self.located.emit(str(message["id"]), float(message["x"]), float(message["y"]))
        elif event == "error":
            log.error("map page: %s", message.get("message"))
            self.page_error.emit(str(message.get("message", "")))
        else:
            log.warning("unknown message from the map page: %r", message)
