"""The start-up benchmark counts the CPU time of every process a command starts.

QtWebEngine's renderer is forked by its zygote, which is ended before it reaps the renderer:
the renderer becomes an orphan, and its CPU time (the page's parsing and drawing) was lost to
``getrusage(RUSAGE_CHILDREN)``. The same shape here, without Qt: a command whose child leaves
a grandchild working after it has exited.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# The command timed: forks a worker that spends CPU after its parent has gone, as the
# renderer does after its zygote.
ORPHAN = r"""
import os, time
if os.fork() == 0:
    os.setsid()
    end = time.process_time() + 0.4
    while time.process_time() < end:
        pass
    os._exit(0)
os._exit(0)
"""

# Run in a child of its own: adopting orphans changes the process that does it.
MEASURE = r"""
import os, sys
sys.path.insert(0, sys.argv[1])
from benchmarks.startup_compare import adopt_orphans, timed
assert adopt_orphans()
wall, cpu = timed([sys.executable, "-c", sys.argv[2]], dict(os.environ, HOME_DIR=sys.argv[3]))
print(cpu)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a Linux process attribute")
def test_an_orphans_cpu_time_is_counted(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(ROOT), ORPHAN, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert float(done.stdout) >= 0.35
