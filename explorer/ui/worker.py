"""Run long work (reading, geoparsing, saving) off the GUI thread; report through signals."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


def _for_the_user(err: Exception) -> bool:
    """A failure with a message for the user (bad files, projects, outputs): no traceback in
    the log. The error classes are imported here, in the failing thread, not with this module:
    the window imports it on its GUI thread before its map's page can load, and the export
    package with the store's modules behind it cost that thread 25-35 ms."""
    from explorer.corpus.errors import CorpusError
    from explorer.export.records import ExportError
    from explorer.limits import Cancelled
    from explorer.store.errors import StoreError

    return isinstance(err, (OSError, ValueError, StoreError, CorpusError, ExportError, Cancelled))


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
        self.error: Exception | None = None  # what ``failed`` reported

    def _on_finished(self) -> None:
        self.done = True

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        """Whether cancelling was asked for (the work may have finished first)."""
        return self._cancel.is_set()

    def start(self, pool: QThreadPool | None = None) -> None:
        self.finished.connect(self._on_finished)
        (pool or QThreadPool.globalInstance()).start(_Runner(self))

    def _run(self) -> None:
        try:
            result = self._fn(self.progressed.emit, self._cancel.is_set)
        except Exception as err:  # reported to the user, not swallowed
            if _for_the_user(err):
                log.warning("background operation stopped: %s", err)
            elif not self._cancel.is_set():
                log.exception("background operation failed")
            self.error = err
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
