"""Start-up time to a loaded map, and memory (PSS) of the app with its web processes.

    .venv/bin/python benchmarks/startup.py [--runs 5] [SOURCE]

Each run is a fresh process that builds the real window (offscreen), opens SOURCE through the
app's controller and waits until the map has drawn every item; it is timed from spawn to exit,
and inside from the script's start. PSS is read from /proc/<pid>/smaps_rollup of the app and
all its QtWebEngine children once the map is drawn.
Prints the median and the range; compare figures from one run, machines here are shared.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, os, sys, time
t0 = time.perf_counter()
from pathlib import Path
from explorer.mapview.environment import prepare_qt_environment
prepare_qt_environment(headless=True)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from explorer.app import build
from explorer.mapview.waiting import wait_for

def pss_kb(pid):
    try:
        for line in open(f"/proc/{pid}/smaps_rollup"):
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0

def descendants(pid):
    children = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                ppid = int(open(f"/proc/{d}/stat").read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(d))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out

app = QApplication([])
workspace, window, controller = build(Path(sys.argv[2]))
window.resize(1600, 960)
window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
window.show()
renders = []
window.map.rendered.connect(renders.append)
operation = controller.open_source(Path(sys.argv[1]))
if not window.map.is_ready:
    wait_for(window.map.ready, 120000, "page")
t_page = time.perf_counter()
if not operation.done:
    wait_for(operation.finished, 300000, "analysis")
t_analysed = time.perf_counter()
expected = len(workspace.visible)
while not renders or renders[-1] != expected:
    wait_for(window.map.rendered, 120000, "render")
t_done = time.perf_counter()
procs = descendants(os.getpid())
print(json.dumps({
    "analysed_s": t_analysed - t0, "page_ready_s": t_page - t0, "map_drawn_s": t_done - t0,
    "pss_mb": sum(pss_kb(p) for p in procs) / 1024, "processes": len(procs),
    "items": expected,
}))
window.close()
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("source", nargs="?", default=str(ROOT / "seeds"))
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as home:
        # A fresh user: the first run analyses the corpus into a new project ("cold"); the
        # later runs open that project, as a user's second start does ("warm").
        env = dict(os.environ, EXPLORER_CACHE_DIR=f"{home}/cache", XDG_DATA_HOME=f"{home}/data")
        for _ in range(args.runs + 1):
            t0 = time.perf_counter()
            out = subprocess.run(
                [sys.executable, "-c", CHILD, args.source, f"{home}/settings.ini"],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            row = json.loads(out.stdout.strip().splitlines()[-1])
            row["process_s"] = time.perf_counter() - t0
            rows.append(row)
    cold, rows = rows[0], rows[1:]
    print(
        f"cold start (new project): map drawn {cold['map_drawn_s']:.2f} s, "
        f"process {cold['process_s']:.2f} s, {cold['items']} items"
    )
    print(f"warm starts ({len(rows)} runs):")
    for key in ("page_ready_s", "analysed_s", "map_drawn_s", "process_s", "pss_mb"):
        values = [r[key] for r in rows]
        print(
            f"{key:>13}: median {statistics.median(values):7.2f}   "
            f"min {min(values):7.2f}   max {max(values):7.2f}"
        )
    print(f"{'processes':>13}: {rows[-1]['processes']} (app + QtWebEngine)")
    sizes = {
        "vendored web assets": ROOT / "resources" / "web" / "vendor",
        "basemap": ROOT / "geodata" / "basemap",
        "gazetteer (built)": ROOT / "geodata" / "build",
    }
    for name, path in sizes.items():
        total = (
            sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) if path.exists() else 0
        )
        print(f"{name:>20}: {total / 1e6:6.2f} MB  ({path.relative_to(ROOT)})")


if __name__ == "__main__":
    main()
