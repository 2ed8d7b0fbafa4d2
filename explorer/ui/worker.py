"""Run long work (reading, geoparsing, saving) off the GUI thread; report through signals."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Operation(QObject):
    """One background job. Connect to the signals, then ``start()``.

    ``fn`` is called as ``fn(progress, is_cancelled)`` in a pool thread; its result arrives as
    ``succeeded``, an exception as ``failed`` (with a message a user can read).
    """

    progressed = Signal(int, int, str)  # done, total, what
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, fn: Callable, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()
        self.done = False  # set in the GUI thread when ``finished`` is delivered

    def _on_finished(self) -> None:
        self.done = True

    def cancel(self) -> None:
        self._cancel.set()

    def start(self, pool: QThreadPool | None = None) -> None:
        self.finished.connect(self._on_finished)
        (pool or QThreadPool.globalInstance()).start(_Runner(self))

    def _run(self) -> None:
        try:
            result = self._fn(self.progressed.emit, self._cancel.is_set)
        except Exception as err:  # reported to the user, not swallowed
            log.exception("background operation failed")
            self.failed.emit(str(err) or type(err).__name__)
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()


class _Runner(QRunnable):
    def __init__(self, operation: Operation) -> None:
        super().__init__()
        self._operation = operation

    def run(self) -> None:
        self._operation._run()
