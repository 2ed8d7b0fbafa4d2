"""What the window does with a fault nobody caught: log it, and tell the user.

``install_excepthook`` replaces ``sys.excepthook`` (which PySide calls for exceptions raised in
slots) and ``threading.excepthook``: the traceback goes to the log file in the user's state
folder (``explorer.crashlog``), and the user sees a dialog with the message, the details and
where the log is. In headless modes (screenshots, tests, no screen) there is no dialog, which
would wait for ever for a click: one line goes to stderr instead.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from explorer import crashlog
from explorer.ui.plaintext import message_box

log = logging.getLogger(__name__)

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


class FaultReporter:
    """Logs uncaught exceptions and shows them, one dialog at a time."""

    def __init__(self, parent: QWidget | None = None, interactive: bool = True) -> None:
        self.parent = parent
        self.interactive = interactive
        self.reported: list[str] = []  # one line per fault, newest last
        self.dialog: QMessageBox | None = None
        self._previous: Hook | None = None
        self._previous_thread = None

    def install(self) -> FaultReporter:
        crashlog.log_to_file()
        self._previous, sys.excepthook = sys.excepthook, self.report
        self._previous_thread, threading.excepthook = threading.excepthook, self._thread_fault
        return self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
            threading.excepthook = self._previous_thread
            self._previous = None

    def report(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        try:
            where = crashlog.record(exc_type, exc, tb, "window")
            line = f"{exc_type.__name__}: {exc}"
            self.reported.append(line)
            log.error("uncaught %s", line)
            if not self.interactive or QApplication.instance() is None:
                print(f"explorer: internal error: {' '.join(line.split())}", file=sys.stderr)
                return
            details = "".join(traceback.format_exception(exc_type, exc, tb))
            # shown from the event loop, never from inside the slot that failed
            QTimer.singleShot(0, lambda: self._show(line, details, where))
        except Exception:  # a fault while reporting a fault: say the least, never recurse
            sys.__excepthook__(exc_type, exc, tb)

    def _thread_fault(self, args: threading.ExceptHookArgs) -> None:
        self.report(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    def _show(self, line: str, details: str, where) -> None:
        if self.dialog is not None:  # one at a time: later faults are in the log
            return
        text = f"Something went wrong, and the window may not show everything.\n\n{line}"
        if where is not None:
            text += f"\n\nThe details are in {where}."
        self.dialog = message_box(self.parent, text, details, QMessageBox.Icon.Critical)
        self.dialog.finished.connect(self._on_dialog_finished)
        self.dialog.open()

    def _on_dialog_finished(self) -> None:
        self.dialog = None
