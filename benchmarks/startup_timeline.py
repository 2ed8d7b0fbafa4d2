"""One whole-process timeline of a second `explorer snapshot` beside the bare page's: each stage
with its wall time and the CPU of every process and thread it spent.

    cd /tmp && .venv/bin/python benchmarks/startup_timeline.py [--runs 5] [--code DIR] [SOURCE]

Runs, alternated, `explorer snapshot SOURCE -o x.png` (its project made and its page cached by
one untimed run first, so every timed run is a second snapshot) and the bare page of
``startup_compare.py`` (a QWebEngineView loads a small page and grabs it). The child marks its
stages (wall clock, ``time.time()``): in Python by wrapping the snapshot's functions as the
command imports their modules (nothing is imported ahead of the command), in the page through
``page_timeline.js`` (injected before the page's scripts; its marks are put on the same clock
by the page's ``performance.timeOrigin``). Meanwhile this process reads, every ``--every`` ms,
the CPU time each thread of the child and of every process it started has run (Linux's
``/proc/PID/task/TID/schedstat``, in nanoseconds; QtWebEngine's renderer is adopted as an
orphan, as ``startup_compare.py`` does, so that it stays in view). Each stage's CPU is the
difference of those readings at its two ends (linear between two readings), per group:
Python's process (its main thread, which Qt's GUI and Chromium's browser side share; the
project's reading thread; Chromium's and Qt's other threads), the renderer (its main thread,
which runs the page's scripts, layout and paint; its other threads: V8's helpers, compositor,
raster), the other processes (zygote, utility). Prints each run's stages, then the median of
each stage over the runs (the stages ordered by their median end).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from startup_compare import BARE, adopt_orphans, reap_orphans  # this folder, as the script's own
from startup_stages import _env

ROOT = Path(__file__).resolve().parent.parent
INJECTED = Path(__file__).resolve().parent / "page_timeline.js"

HOOK = r"""
import sys, time, json, importlib.util
from importlib.abc import MetaPathFinder
marks = []
def mark(what, at=None):
    marks.append((what, time.time() if at is None else at))
mark("interpreter up")

class After(MetaPathFinder):
    '''Calls PATCHES[name](module) once the command itself has imported that module.'''
    def find_spec(self, name, path, target=None):
        if name not in PATCHES:
            return None
        sys.meta_path.remove(self)
        try:
            spec = importlib.util.find_spec(name)
        finally:
            sys.meta_path.insert(0, self)
        if spec is None or spec.loader is None:
            return spec
        run, patch = spec.loader.exec_module, PATCHES.pop(name)
        def exec_module(module):
            run(module)
            patch(module)
        spec.loader.exec_module = exec_module
        return spec
PATCHES = {}
sys.meta_path.insert(0, After())
def report(code):
    print("MARKS " + json.dumps(marks))
    sys.stdout.flush()
    sys.exit(code)
"""

SNAPSHOT = (
    HOOK
    + r"""
import os
INJECTED = open(os.environ["PAGE_TIMELINE_JS"], encoding="utf-8").read()
page_marks = {}

def on_qtcore(module):
    mark("QtCore imported")
def on_widgets(module):
    mark("QtWidgets imported")

def on_view(mapview):
    from PySide6.QtWebEngineCore import QWebEngineScript
    init, console = mapview.MapPage.__init__, mapview.MapPage.javaScriptConsoleMessage
    def __init__(self, *args, **kwargs):
        init(self, *args, **kwargs)
        script = QWebEngineScript()
        script.setName("page-timeline")
        script.setSourceCode(INJECTED)
        script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
        script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
        script.setRunsOnSubFrames(False)
        self.scripts().insert(script)
        self.loadStarted.connect(lambda: mark("page load started"))
    def javaScriptConsoleMessage(self, level, message, line, source):
        if message.startswith("TIMELINE "):
            page_marks.update(json.loads(message[len("TIMELINE "):]))
            return
        console(self, level, message, line, source)
    mapview.MapPage.__init__ = __init__
    mapview.MapPage.javaScriptConsoleMessage = javaScriptConsoleMessage

def on_snapshot(snap):
    mark("snapshot module imported")
    made, read, grab, close, render = (
        snap.snapshot_view, snap.while_loading, snap.grab_settled, snap.close_view,
        snap.render_snapshot)
    def snapshot_view(*args, **kwargs):
        mark("view asked")
        view = made(*args, **kwargs)
        mark("view made")
        view.ready.connect(lambda: mark("page ready (Python)"))
        view.rendered.connect(lambda *_: mark("rendered (Python)"))
        return view
    def while_loading(work):
        def marked(cancelled):
            import threading
            print("READTID %d" % threading.get_native_id(), flush=True)
            mark("read starts")
            try:
                return work(cancelled)
            finally:
                mark("read ends")
        result = read(marked)
        mark("read thread done (composition imported)")
        return result
    def grab_settled(*args, **kwargs):
        mark("settled grab starts")
        image = grab(*args, **kwargs)
        mark("settled grab ends")
        return image
    def close_view(view):
        mark("view closing")
        close(view)
        mark("view closed")
    def render_snapshot(*args, **kwargs):
        mark("render_snapshot called")
        out = render(*args, **kwargs)
        mark("picture composed and saved")
        return out
    snap.snapshot_view, snap.while_loading, snap.grab_settled = (
        snapshot_view, while_loading, grab_settled)
    snap.close_view, snap.render_snapshot = close_view, render_snapshot

PATCHES.update({
    "PySide6.QtCore": on_qtcore,
    "PySide6.QtWidgets": on_widgets,
    "explorer.mapview.view": on_view,
    "explorer.mapview.snapshot": on_snapshot,
})
import explorer.cli as cli
mark("cli imported")
code = cli.main(sys.argv[1:])
mark("main returned")
origin = page_marks.get("origin")
if origin:
    for name, at in page_marks.get("marks", {}).items():
        mark("page: " + name, (origin + at) / 1000)
    seen = set()
    for name, start, end in page_marks.get("spans", []):
        if name in seen or name.startswith("event "):
            if name == "event rendered" and name not in seen:
                seen.add(name)
                mark("page: first rendered posted", (origin + start) / 1000)
            continue
        seen.add(name)
        mark("page: " + name + " starts", (origin + start) / 1000)
        mark("page: " + name + " ends", (origin + end) / 1000)
import atexit
atexit.register(lambda: print("EXIT %.6f" % time.time(), flush=True))
report(code)
"""
)

BARE_MARKED = (
    HOOK
    + r"""
PATCHES.update({
    "PySide6.QtCore": lambda m: mark("QtCore imported"),
    "PySide6.QtWidgets": lambda m: mark("QtWidgets imported"),
    "PySide6.QtWebEngineWidgets": lambda m: mark("QtWebEngineWidgets imported"),
})
import atexit
atexit.register(lambda: print("EXIT %.6f" % time.time(), flush=True))
from PySide6.QtWebEngineWidgets import QWebEngineView as _V
_init = _V.__init__
def _marked_init(self, *a, **k):
    mark("QApplication made, view asked")
    _init(self, *a, **k)
    mark("view made")
    self.loadStarted.connect(lambda: mark("page load started"))
    self.loadFinished.connect(lambda ok: mark("page loaded"))
_V.__init__ = _marked_init
from PySide6.QtGui import QPixmap
_grab = _V.grab
def _marked_grab(self, *a):
    mark("grab starts")
    out = _grab(self, *a)
    mark("grabbed")
    return out
_V.grab = _marked_grab
"""
    + BARE
    + r"""
mark("PNG saved, view closed")
report(0)
"""
)


def _kind(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            args = fh.read().split(b"\0")
    except OSError:
        return "?"
    for a in args:
        if a.startswith(b"--type="):
            return a[7:].decode()
    return "python"


def _children() -> dict[int, int]:
    found = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    found[int(entry)] = int(fh.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                pass
    return found


def _group(kind: str, name: str, main: bool, read: bool) -> str:
    if kind == "python":
        if main:
            return "python main"
        return "python read" if read else "python other"
    if kind == "renderer":
        return "renderer main" if main else "renderer other"
    return "other processes"


GROUPS = ("python main", "python read", "python other", "renderer main", "renderer other",
          "other processes")  # fmt: skip


def watched(argv: list[str], env: dict, cwd: Path, every: float) -> tuple[str, list, float]:
    """Run ``argv``; return its output, readings [(time, {group: CPU s})] and its end."""
    me = os.getpid()
    proc = subprocess.Popen(argv, env=env, cwd=cwd, stdout=subprocess.PIPE, text=True)
    pids: dict[int, str] = {proc.pid: "python"}
    names: dict[tuple[int, str], tuple[str, bool]] = {}
    raw: list[tuple[float, dict[tuple[int, str], float]]] = []
    scanned = 0.0
    while proc.poll() is None:
        now = time.time()
        if now - scanned > 0.05:
            scanned = now
            parents = _children()
            ours = {proc.pid}
            for _ in range(4):  # descendants, and orphans adopted by this process
                ours |= {p for p, pp in parents.items() if pp in ours or (pp == me and p != me)}
            for pid in ours - pids.keys():
                pids[pid] = _kind(pid)
                # a renderer is forked by a zygote and keeps its command line
                if pids[pid] == "zygote" and pids.get(parents.get(pid, 0)) == "zygote":
                    pids[pid] = "renderer"
        reading: dict[tuple[int, str], float] = {}
        for pid in list(pids):
            try:
                tids = os.listdir(f"/proc/{pid}/task")
            except OSError:
                continue
            for tid in tids:
                key = (pid, tid)
                try:
                    with open(f"/proc/{pid}/task/{tid}/schedstat") as fh:
                        ns = int(fh.read().split()[0])
                    if key not in names:
                        with open(f"/proc/{pid}/task/{tid}/comm") as fh:
                            names[key] = (fh.read().strip(), tid == str(pid))
                except (OSError, ValueError):
                    continue
                reading[key] = ns / 1e9
        raw.append((time.time(), reading))
        time.sleep(every)
    end = time.time()
    out = proc.stdout.read() if proc.stdout else ""
    reap_orphans(set())
    read_tids = {line.split()[1] for line in out.splitlines() if line.startswith("READTID ")}
    readings = []
    last: dict[tuple[int, str], float] = {}  # a thread that ended keeps what it had run
    for at, reading in raw:
        last.update(reading)
        sums = dict.fromkeys(GROUPS, 0.0)
        for key, cpu in last.items():
            name, main = names[key]
            sums[_group(pids.get(key[0], "?"), name, main, key[1] in read_tids)] += cpu
        readings.append((at, sums))
    return out, readings, end


def _cpu_at(readings: list, at: float) -> dict[str, float]:
    if not readings:
        return dict.fromkeys(GROUPS, 0.0)
    if at <= readings[0][0]:
        return readings[0][1]
    for (t0, a), (t1, b) in itertools.pairwise(readings):
        if t0 <= at <= t1:
            f = (at - t0) / (t1 - t0) if t1 > t0 else 1.0
            return {g: a[g] + f * (b[g] - a[g]) for g in GROUPS}
    return readings[-1][1]


def one_run(argv: list[str], env: dict, cwd: Path, every: float) -> list[tuple[str, float, dict]]:
    """[(stage's end mark, seconds from the spawn, {group: CPU s spent since the mark before})]."""
    spawned = time.time()
    out, readings, end = watched([sys.executable, "-c", *argv], env, cwd, every)
    marks: list[tuple[str, float]] = [("spawned", spawned)]
    for line in out.splitlines():
        if line.startswith("MARKS "):
            marks += [(w, at) for w, at in json.loads(line[6:])]
        elif line.startswith("EXIT "):
            marks.append(("atexit handlers run", float(line[5:])))
    marks.append(("process ended", end))
    marks.sort(key=lambda m: m[1])
    rows = []
    before = _cpu_at(readings, spawned)
    for what, at in marks[1:]:
        now = _cpu_at(readings, at)
        rows.append((what, at - spawned, {g: now[g] - before[g] for g in GROUPS}))
        before = now
    # whatever the readings saw after the end (the renderer's last work) goes to the end
    final = readings[-1][1] if readings else before
    rows[-1][2].update({g: rows[-1][2][g] + max(0.0, final[g] - before[g]) for g in GROUPS})
    return rows


def _print_rows(title: str, rows: list[tuple[str, float, dict]]) -> None:
    total = {g: sum(r[2][g] for r in rows) for g in GROUPS}
    whole = sum(total.values())
    print(f"{title}: process ended at {rows[-1][1]:.3f} s, CPU {whole:.3f} s "
          + ", ".join(f"{g} {v:.3f}" for g, v in total.items() if v))  # fmt: skip
    print(
        f"  {'stage ends at (mark)':48} {'at s':>6} {'wall ms':>8} {'CPU ms':>7}  "
        "py-main py-read py-oth rnd-main rnd-oth others"
    )
    previous = 0.0
    for what, at, cpu in rows:
        spent = sum(cpu.values())
        print(
            f"  {what[:48]:48} {at:6.3f} {1000 * (at - previous):8.1f} {1000 * spent:7.1f}  "
            + " ".join(f"{1000 * cpu[g]:6.1f}" for g in GROUPS)
        )
        previous = at


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", nargs="?", default=str(ROOT / "seeds"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--code", type=Path, default=ROOT, help="the checkout to run")
    ap.add_argument("--every", type=float, default=0.004, help="seconds between readings")
    ap.add_argument("--quiet", action="store_true", help="only the medians, not every run")
    args = ap.parse_args()
    adopt_orphans()
    source = str(Path(args.source).resolve())
    print(f"load average {os.getloadavg()[0]:.1f} at the start")
    runs: dict[str, list] = {"snapshot": [], "bare": []}
    with tempfile.TemporaryDirectory(prefix="explorer-timeline-") as tmp:
        home = Path(tmp)
        env = _env(args.code, home)
        env["PAGE_TIMELINE_JS"] = str(INJECTED)
        bare_env = dict(env)
        bare_env.pop("DISPLAY", None)
        snap = [SNAPSHOT, "snapshot", source, "-o", str(home / "x.png")]
        bare = [BARE_MARKED, str(home), "offscreen"]
        one_run(snap, env, home, args.every)  # the first start: the project, the page's cache
        for _ in range(args.runs):
            runs["snapshot"].append(one_run(snap, env, home, args.every))
            runs["bare"].append(one_run(bare, bare_env, home, args.every))
    print(f"load average {os.getloadavg()[0]:.1f} at the end; code {args.code}")
    for name, measured in runs.items():
        if not args.quiet:
            for i, rows in enumerate(measured):
                _print_rows(f"{name}, run {i + 1}", rows)
        ends = [r[-1][1] for r in measured]
        middle = measured[ends.index(statistics.median_low(ends))]
        _print_rows(f"{name}, the run of median length", middle)
        print(f"{name}: process ended {statistics.median(ends):.3f} s median "
              f"({min(ends):.3f}-{max(ends):.3f}); CPU "
              f"{statistics.median(sum(sum(r[2].values()) for r in m) for m in measured):.3f} s "
              "median")  # fmt: skip


if __name__ == "__main__":
    main()
