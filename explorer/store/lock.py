"""Who is writing to a project: an operating-system lock on a small file beside it.

SQLite serialises single transactions, but an ingest or a window keeps a project for minutes and
works from what it read at the start; a second writer meanwhile would silently undo the first
one's reviews. So writers take this lock for as long as they work, and it records who they are,
so the one who waits can be told who holds it. The lock is the kernel's (``flock`` on POSIX,
``msvcrt.locking`` on Windows): it goes away with its process, even one killed outright, so a
left-over file never locks anyone out; the holder removes the file when done. Within one
process the lock is re-entrant (the window holds it while its own import runs).
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import sys
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from explorer.store.errors import StoreError

WAIT_SECONDS = 10.0  # how long a writer waits for another to finish before giving up
_POLL = 0.2
_WINDOWS_OFFSET = 1 << 20  # msvcrt locks a byte range; lock one past the holder text


class ProjectBusy(StoreError):
    """Another program has the project open for writing; ``holder`` says who."""

    def __init__(self, path: Path, holder: str) -> None:
        self.path = path
        self.holder = holder
        super().__init__(f"{path} is in use: {holder} is writing to it; try again when it is done")


@dataclass
class _Held:
    handle: object
    count: int


_held: dict[str, _Held] = {}
_held_guard = threading.Lock()


def lock_path(project: Path) -> Path:
    return project.with_name(f".{project.name}.lock")


class ProjectLock:
    """The write lock of one project; ``acquire`` then ``release`` (or use ``with``)."""

    def __init__(self, project: Path, purpose: str) -> None:
        self.project = Path(project)
        self.purpose = purpose
        self.path = lock_path(self.project)
        self._key = str(self.project.resolve())
        self._mine = False

    def acquire(self, wait: float = WAIT_SECONDS) -> ProjectLock:
        """Take the lock, waiting up to ``wait`` seconds; raise ProjectBusy naming the holder,
        or StoreError when the folder cannot hold a lock file (it is read-only)."""
        with _held_guard:
            held = _held.get(self._key)
            if held is not None:
                held.count += 1
                self._mine = True
                return self
        deadline = time.monotonic() + wait
        while True:
            handle = self._try_lock()
            if handle is not None:
                break
            if time.monotonic() >= deadline:
                raise ProjectBusy(self.project, self.holder() or "another program")
            time.sleep(_POLL)
        self._write_holder(handle)
        with _held_guard:
            _held[self._key] = _Held(handle, 1)
        self._mine = True
        return self

    def release(self) -> None:
        if not self._mine:
            return
        self._mine = False
        with _held_guard:
            held = _held.get(self._key)
            if held is None:
                return
            held.count -= 1
            if held.count > 0:
                return
            del _held[self._key]
        handle = held.handle
        try:
            if sys.platform == "win32":  # an open file cannot go: leave it empty
                handle.seek(0)  # type: ignore[attr-defined]
                handle.truncate()  # type: ignore[attr-defined]
                handle.flush()  # type: ignore[attr-defined]
            else:  # removed while still locked; a waiter then sees it gone and tries again
                self.path.unlink()
        except OSError:
            pass
        _unlock(handle)
        handle.close()  # type: ignore[attr-defined]

    def __enter__(self) -> ProjectLock:
        return self.acquire()

    def __exit__(self, *exc_info: object) -> None:
        self.release()

    def holder(self) -> str | None:
        """Who holds the lock, as recorded by them (None when unknown)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8") or "null")
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict):
            return None
        return describe_holder(data)

    def _try_lock(self):
        try:
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 (kept open)
        except OSError as exc:
            raise StoreError(
                f"cannot write to the folder of {self.project} ({exc.strerror or exc}); "
                "copy the project to a folder you can write to"
            ) from exc
        if _lock(handle) and _same_file(handle, self.path):
            return handle
        handle.close()
        return None

    def _write_holder(self, handle) -> None:
        info = {
            "program": self.purpose,
            "pid": os.getpid(),
            "host": _host(),
            "user": _user(),
            "since": datetime.now().isoformat(timespec="seconds"),
        }
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(json.dumps(info))
            handle.flush()
        except OSError:
            pass  # the lock holds without the note; waiters are then told less


def _same_file(handle, path: Path) -> bool:
    """Whether the locked file is still the one at ``path`` (its holder may have removed it
    between our opening and our locking it)."""
    if sys.platform == "win32":
        return True
    try:
        return os.fstat(handle.fileno()).st_ino == os.stat(path).st_ino
    except OSError:
        return False


def describe_holder(info: dict) -> str:
    parts = [str(info.get("program") or "another explorer")]
    where = f"process {info.get('pid', '?')}"
    if info.get("host") and info.get("host") != _host():
        where += f" on {info['host']}"
    if info.get("user"):
        where += f" of {info['user']}"
    if info.get("since"):
        where += f", since {str(info['since']).replace('T', ' ')}"
    return f"{parts[0]} ({where})"


def _host() -> str:
    """This machine's name as ``socket.gethostname()`` gives it: on POSIX the kernel's node
    name, which that call reads too (``uname``), read here without importing ``socket`` and
    its selectors (3 ms of every project opened for writing, a second snapshot's among them)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket  # pragma: no cover (Windows)

    return socket.gethostname()  # pragma: no cover


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


if sys.platform == "win32":  # pragma: no cover (not run on the CI machines)
    import msvcrt

    def _lock(handle) -> bool:
        try:
            handle.seek(_WINDOWS_OFFSET)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(handle) -> None:
        try:
            handle.seek(_WINDOWS_OFFSET)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _lock(handle) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(handle) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
