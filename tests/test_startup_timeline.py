"""The start-up timeline gives each stage of a process the CPU its threads spent in it.

Without Qt: a child that marks two stages as ``startup_timeline.py``'s children do, spending
CPU in the second on its main thread and on another, read by the benchmark from /proc.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Appended to the benchmark's own marking code (its HOOK): a first stage that only waits,
# a second that spends 0.3 s of CPU on a thread and 0.2 s on the main thread.
WORK = r"""
import threading
def spin(seconds):
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass
time.sleep(0.2)
mark("waited")
worker = threading.Thread(target=spin, args=(0.3,))
worker.start()
spin(0.2)
worker.join()
mark("worked")
report(0)
"""

# Run in a child of its own: the benchmark waits for its children's orphans.
MEASURE = r"""
import json, os, sys
sys.path.insert(0, sys.argv[1])
import startup_timeline as st
rows = st.one_run([st.HOOK + sys.argv[2]], dict(os.environ), os.getcwd(), 0.004)
print(json.dumps(rows))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads Linux's /proc")
def test_each_stage_holds_the_cpu_its_threads_spent(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(ROOT / "benchmarks"), WORK],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    rows = {what: (at, cpu) for what, at, cpu in json.loads(done.stdout.splitlines()[-1])}
    waited, worked = rows["waited"][1], rows["worked"][1]
    assert sum(waited.values()) < 0.1  # a sleep
    assert worked["python main"] == pytest.approx(0.2, abs=0.08)
    assert worked["python other"] == pytest.approx(0.3, abs=0.08)
    assert rows["waited"][0] < rows["worked"][0] <= rows["process ended"][0]
