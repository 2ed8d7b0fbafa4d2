"""The map page's own timeline in a second `explorer snapshot`, and the CPU of each thread.

    cd /tmp && .venv/bin/python benchmarks/page_timeline.py [--runs 4] [--against DIR]
        [--bbox W,S,E,N] [SOURCE]

Runs `explorer snapshot SOURCE -o x.png` in child processes (each checkout with its own data,
config and cache folders, warmed by one untimed run), alternating the checkouts as
``startup_stages.py`` does. In the child, ``page_timeline.js`` (beside this file) is injected
into the map page before its scripts: it marks when each script's global appears (the time
between two is the next script's loading, parsing and evaluation), times the page's start-up
functions (the basemap's ``prepare`` and ``addTo``, the bridge's commands) and, summed over
every call, topojson's decoding, Leaflet's layers made, projected and drawn on the canvas, and
reads the paint timings. Before the view is closed, the CPU time of every thread of the process
and of its QtWebEngine processes is read from /proc, grouped by process type and thread name
(the renderer's main thread runs the page's scripts, layout and paint recording; its
compositor and raster threads turn that into pixels). Prints, per stage, the median (min-max)
in milliseconds from the page's navigation, and the CPU seconds of the busiest threads. Nothing
of the app is changed but these wrappers.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
from pathlib import Path

from startup_stages import MARKS, REPORT, alternated, stages  # this folder, as the script's own

ROOT = Path(__file__).resolve().parent.parent
INJECTED = Path(__file__).resolve().parent / "page_timeline.js"

CHILD = (
    MARKS
    + r"""
import json, os
from pathlib import Path
INJECTED = Path(os.environ["PAGE_TIMELINE_JS"]).read_text("utf-8")
import explorer.cli as cli
import explorer.mapview.view as mapview
import explorer.mapview.snapshot as snap
from PySide6.QtWebEngineCore import QWebEngineScript
timeline = {}
page_init, console = mapview.MapPage.__init__, mapview.MapPage.javaScriptConsoleMessage
def __init__(self, *args, **kwargs):
    page_init(self, *args, **kwargs)
    script = QWebEngineScript()
    script.setName("page-timeline")
    script.setSourceCode(INJECTED)
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
    script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
    script.setRunsOnSubFrames(False)
    self.scripts().insert(script)
def javaScriptConsoleMessage(self, level, message, line, source):
    if message.startswith("TIMELINE "):
        timeline.update(json.loads(message[len("TIMELINE "):]))
        return
    console(self, level, message, line, source)
mapview.MapPage.__init__ = __init__
mapview.MapPage.javaScriptConsoleMessage = javaScriptConsoleMessage

def descendants(root):
    parent = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    parent[int(entry)] = int(fh.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                pass
    found, todo = [root], [root]
    while todo:
        p = todo.pop()
        kids = [c for c, pp in parent.items() if pp == p]
        found += kids
        todo += kids
    return found

def kind(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            args = fh.read().split(b"\0")
    except OSError:
        return "?"
    for a in args:
        if a.startswith(b"--type="):
            return a[7:].decode()
    return "browser"

threads = {}
tick = os.sysconf("SC_CLK_TCK")
def read_threads():
    for pid in descendants(os.getpid()):
        k = kind(pid)
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for tid in tasks:
            try:
                with open(f"/proc/{pid}/task/{tid}/stat") as fh:
                    text = fh.read()
            except OSError:
                continue
            name = text[text.index("(") + 1:text.rindex(")")]
            fields = text.rsplit(")", 1)[1].split()
            cpu = (int(fields[11]) + int(fields[12])) / tick
            key = f"{k}/{name.rstrip('0123456789')}"
            threads[key] = threads.get(key, 0.0) + cpu
closing = snap.close_view
def close_view(view):
    read_threads()
    closing(view)
snap.close_view = close_view
code = cli.main(sys.argv[1:])
print("TIMELINE " + json.dumps(timeline))
print("THREADS " + json.dumps(threads))
"""
    + REPORT
)


def _child_lines(stdout: str) -> dict:
    found = {}
    for line in stdout.splitlines():
        for key in ("TIMELINE", "THREADS"):
            if line.startswith(key + " "):
                found[key] = json.loads(line[len(key) + 1 :])
    return found


def _flatten(timeline: dict, threads: dict) -> dict[str, float]:
    """Stages in ms from the page's navigation; sums as 'sum NAME'; threads as 'cpu NAME'."""
    out: dict[str, float] = {}
    for name, at in timeline.get("navigation", {}).items():
        out[f"nav {name}"] = at
    for name, at in timeline.get("marks", {}).items():
        out[name] = at
    for name, start, end in timeline.get("spans", []):
        out.setdefault(f"{name} start", start)
        out.setdefault(f"{name} ms", end - start)
    for name, (calls, ms) in timeline.get("sums", {}).items():
        out[f"sum {name} ({calls} calls) ms"] = ms
    out["long tasks ms"] = timeline.get("longTasks", [0, 0])[1]
    for name, cpu in threads.items():
        out[f"cpu {name} s"] = cpu
    return out


def one(code: Path, home: Path, source: str, extra: list[str]) -> dict[str, float]:
    os.environ["PAGE_TIMELINE_JS"] = str(INJECTED)
    script = CHILD
    found: dict[str, float] = {}

    def capture(result_stdout: str) -> None:
        lines = _child_lines(result_stdout)
        found.update(_flatten(lines.get("TIMELINE", {}), lines.get("THREADS", {})))

    command = ["snapshot", source, "-o", str(home / "x.png"), *extra]
    marks = stages(script, command, code, home, capture)
    found["process end s"] = marks["process_end"]
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", nargs="?", default=str(ROOT / "seeds"))
    ap.add_argument("--runs", type=int, default=4)
    ap.add_argument("--against", type=Path, help="another checkout, alternated with this one")
    ap.add_argument("--all", action="store_true", help="every thread, not only the busiest")
    ap.add_argument("--bbox", help="W,S,E,N: the snapshot's view (default: fitted to the items)")
    args = ap.parse_args()
    extra = [f"--bbox={args.bbox}"] if args.bbox else []
    checkouts = [ROOT] + ([args.against] if args.against else [])
    source = str(Path(args.source).resolve())
    print(f"load average {os.getloadavg()[0]:.1f} at the start")
    runs = alternated(checkouts, args.runs, lambda code, home: one(code, home, source, extra))
    print(f"load average {os.getloadavg()[0]:.1f} at the end; median (min-max) of {args.runs}")
    for code, measured in runs.items():
        print(code)
        names: list[str] = []
        for m in measured:
            names += [n for n in m if n not in names]
        rows = []
        seen_in: dict[str, int] = {}  # a stage some runs do not reach (a frame): how many do
        for name in names:
            values = [m[name] for m in measured if name in m]
            seen_in[name] = len(values)
            rows.append((name, statistics.median(values), min(values), max(values)))
        stages_ = sorted((r for r in rows if not r[0].startswith(("cpu ", "sum "))), key=_when)
        for name, mid, low, high in stages_:
            some = (
                f"  in {seen_in[name]} of {len(measured)} runs"
                if seen_in[name] < len(measured)
                else ""
            )
            print(f"  {name:58} {mid:8.1f}  ({low:.1f}-{high:.1f}){some}")
        for name, mid, low, high in sorted(r for r in rows if r[0].startswith("sum ")):
            print(f"  {name:58} {mid:8.1f}  ({low:.1f}-{high:.1f})")
        cpu = sorted((r for r in rows if r[0].startswith("cpu ")), key=lambda r: -r[1])
        total = sum(r[1] for r in cpu)
        print(f"  cpu, every thread (s, before the view closes): {total:.3f}")
        for name, mid, low, high in cpu if args.all else cpu[:12]:
            print(f"  {name:58} {mid:8.3f}  ({low:.3f}-{high:.3f})")


def _when(row: tuple[str, float, float, float]) -> float:
    name, mid = row[0], row[1]
    return 1e9 if name.endswith((" ms", " s")) else mid


if __name__ == "__main__":
    main()
