"""Writing files so a reader never sees half of one: write a sibling, then rename over."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _current_umask() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


# Read once, at import, when no other thread of ours creates files yet.
_UMASK = _current_umask()


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A fresh path beside ``target`` (which does not exist yet); on success it replaces
    ``target`` with the permissions a newly created file would have, on failure it goes."""
    if not target.parent.is_dir():
        raise FileNotFoundError(f"folder {target.parent} does not exist")
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    tmp.unlink()
    try:
        yield tmp
        tmp.chmod(0o666 & ~_UMASK)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
        for suffix in ("-journal", "-wal", "-shm"):  # left by SQLite on a failure
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
