"""The Qt bindings the app runs on keep Python's own objects alive.

PySide6 6.12.0 (with Python 3.11) released one reference to ``None`` on every call of a
method that returns nothing: a long session of the window, which makes such calls by the
thousand, ended in "Fatal Python error: none_dealloc: deallocating None". The calls run in a
child process, so that bindings with the bug cannot abort the test session itself.
"""

from __future__ import annotations

import subprocess
import sys

CALLS = 20_000

_CHILD = f"""
import sys
from PySide6.QtCore import QObject
o = QObject()
before = sys.getrefcount(None)
for _ in range({CALLS}):
    o.setObjectName("x")
print(before - sys.getrefcount(None))
"""


def test_methods_returning_nothing_keep_none_alive() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-500:]
    # a few references may come and go with the interpreter's own work, never one per call
    assert abs(int(done.stdout.strip())) < 100
