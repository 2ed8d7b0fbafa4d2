"""Where faults are written down: a log file in the user's state folder.

A user sees one line (the command line) or a short dialog (the window); the details a developer
needs, the traceback first, go to ``explorer.log`` in ``$XDG_STATE_HOME/explorer`` (by default
``~/.local/state/explorer``; ``EXPLORER_STATE_DIR`` wins). The file is cut back when it grows
past a megabyte, so it never fills a disk.
"""

from __future__ import annotations

import logging
import os
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

LOG_NAME = "explorer.log"
MAX_BYTES = 1_000_000


def state_dir() -> Path:
    env = os.environ.get("EXPLORER_STATE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "explorer"


def log_path() -> Path:
    return state_dir() / LOG_NAME


def record(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    context: str = "",
) -> Path | None:
    """Append the exception with its traceback to the log; the log's path, or None when it
    cannot be written (a fault report must never raise a fault of its own)."""
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    stamp = datetime.now().isoformat(timespec="seconds")
    entry = f"--- {stamp} pid {os.getpid()} {context}\n{text}\n"
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_BYTES:
            keep = path.read_bytes()[-MAX_BYTES // 2 :]
            path.write_bytes(keep)
        with path.open("a", encoding="utf-8", errors="replace") as fh:
            fh.write(entry)
    except OSError:
        return None
    return path


def log_to_file(level: int = logging.WARNING) -> Path | None:
    """Send the program's warnings and errors to the log file as well (the window has no
    terminal to show them); the log's path, or None when it cannot be written."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        root.addHandler(handler)
    return path
