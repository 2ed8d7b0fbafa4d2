"""100,000 events: opening the project in the window, the map's redraws, memory, snapshot, exports.

    .venv/bin/python benchmarks/map_scale.py [--events 100000] [--project P.gpkg] [--png OUT]
    .venv/bin/python benchmarks/map_scale.py --project P.gpkg --opens 3 [--against DIR ...]
    .venv/bin/python benchmarks/map_scale.py --project P.gpkg --changes 3 [--against DIR ...]

Writes the events with make_events_project.py unless --project is given. Then, in a fresh
process with the real window (Xvfb): the time to open the project until the map has drawn
every item, the memory (PSS) of the app and its QtWebEngine processes, and for a filter
(one event type), a search ("Aleppo"), a time range (2019) and a reset, how long the page
took to redraw (performance.now() in the page, from the message's arrival to the second frame
after it, reported back through the bridge) and how long the window took in all (Python:
the filter, the tables, the timeline, the message). Last, as whole processes: `explorer
snapshot` and `explorer export` in every format. A screenshot of the window goes to --png.
With --opens N only the window's open is timed, N rounds alternated with other checkouts
(--against): wall-clock time to the map drawn and the app process's CPU time, which a shared
machine's load disturbs less, and the page's own time for the data (its setData message, from
its arrival in the page to painted, as the page measured it). ``open_final_s``: until the page
has drawn every command the load sent (a ping sent behind them answered), i.e. the items in
their sides' colours, where ``open_drawn_s`` counts the first frame that shows every item.
"""

from __future__ import annotations

import argparse
import json
import os
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
from PySide6.QtWidgets import QApplication
from explorer.mapview.environment import prepare_qt_environment
prepare_qt_environment()
app = QApplication([])
from explorer.app import build
from explorer.mapview.waiting import grab_settled, wait_for
sys.path.insert(0, sys.argv[3])
from ingest_scale import pss_mb

workspace, window, controller = build(Path(sys.argv[2]) / "settings.ini")
window.resize(1600, 960)
window.show()
renders = []
window.map.rendered.connect(renders.append)
cpu = lambda: sum(os.times()[:2])  # this process's threads (the app's side of QtWebEngine too)
cpu_start = cpu()
t_start = time.perf_counter()
operation = controller.open_source(Path(sys.argv[1]))
if not operation.done:
    wait_for(operation.finished, 600000, "the project to load")
t_loaded = time.perf_counter()
# the hand-over has sent every command of the load (the items, their colours): a ping behind
# them is answered once the page has drawn all of them
window.map.ping()
while not renders or renders[-1] != len(workspace.visible):
    wait_for(window.map.rendered, 600000, "the map")
t_drawn = time.perf_counter()
cpu_drawn = cpu()
while not any(cmd == "ping" for cmd, _ in window.map.bridge.timings):
    wait_for(window.map.rendered, 600000, "the map in its colours")
t_final = time.perf_counter()
out = {"items": len(workspace.items), "process_to_window_s": t_start - t0,
       "open_loaded_s": t_loaded - t_start, "open_drawn_s": t_drawn - t_start,
       "open_cpu_s": cpu_drawn - cpu_start, "open_final_s": t_final - t_start,
       "pss_mb": pss_mb(os.getpid()),
       # the page's own part: the data's message from its arrival to painted (its process's CPU
       # is not the app's)
       "page_set_data_s": max([ms for cmd, ms in window.map.bridge.timings if cmd == "setData"],
                              default=0) / 1000}
if sys.argv[5:] == ["open-only"]:
    print(json.dumps(out), flush=True)
    os._exit(0)
changes = [
    ("filter: air strikes only", lambda: workspace.allow_only("event_types", ["air_strike"])),
    ("search: Aleppo", lambda: workspace.set_search("Aleppo")),
    ("reset", workspace.reset_filters),
    ("time range: 2019", lambda: workspace.set_date_range("2019-01-01", "2019-12-31")),
    ("reset", workspace.reset_filters),
]
if sys.argv[5:] == ["changes"]:  # every kind of change, the search's first and a later one
    side = next(f.value for f in workspace.facets()["sides"] if f.value)
    changes = [
        ("type: air strikes only", lambda: workspace.allow_only("event_types", ["air_strike"])),
        ("reset after type", workspace.reset_filters),
        ("side: " + side[:20], lambda: workspace.allow_only("sides", [side])),
        ("reset after side", workspace.reset_filters),
        ("search (first): Aleppo", lambda: workspace.set_search("Aleppo")),
        ("search (later): Homs", lambda: workspace.set_search("Homs")),
        ("reset after search", workspace.reset_filters),
        ("time range: 2019", lambda: workspace.set_date_range("2019-01-01", "2019-12-31")),
        ("reset after range", workspace.reset_filters),
    ]
out["changes"] = []
for name, change in changes:
    for _ in range(3):  # the page at rest: earlier paints done
        window.map.ping()
        wait_for(window.map.rendered, 600000, "the page to settle")
    timings = window.map.bridge.timings
    timings.clear()
    t, gui = time.perf_counter(), time.thread_time()
    change()
    window.flush()
    t_sent, gui_sent = time.perf_counter(), time.thread_time()
    while not any(cmd == "show" for cmd, _ in timings) or renders[-1] != len(workspace.visible):
        wait_for(window.map.rendered, 600000, "the redraw")
    t_done, gui_done = time.perf_counter(), time.thread_time()
    page = [ms for cmd, ms in timings if cmd == "show"]
    # the GUI thread's CPU (this thread's own: Qt's, the app's Python), to the change handed
    # over and to the map drawn
    out["changes"].append({"change": name, "shown": len(workspace.visible),
                           "page_ms": page[-1] if page else None,
                           "python_ms": round(1000 * (t_sent - t), 1),
                           "gui_cpu_ms": round(1000 * (gui_sent - gui), 1),
                           "gui_cpu_done_ms": round(1000 * (gui_done - gui), 1),
                           "window_ms": round(1000 * (t_done - t), 1)})
out["pss_after_mb"] = pss_mb(os.getpid())
grab_settled(window, window.map, 60000).save(sys.argv[4], "PNG")
print(json.dumps(out), flush=True)
os._exit(0)  # measured; QtWebEngine's teardown is not what this times
"""


def timed(cmd: list[str], env: dict) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True, cwd=env["HOME_DIR"])
    return time.perf_counter() - t0


def _alternated(project: Path | None, rounds: int, codes: list[Path], mode: str) -> dict:
    """Window processes on the project (a first one per checkout, untimed, builds the page
    cache and keeps the merged events), then ``rounds`` more alternated between checkouts,
    each on its own copy; the child's JSON per checkout."""
    import shutil

    from pyvirtualdisplay import Display

    if project is None:
        raise SystemExit("--opens and --changes need --project")
    print(f"load average at start: {os.getloadavg()[0]:.1f}")
    found: dict[Path, list[dict]] = {code: [] for code in codes}
    with tempfile.TemporaryDirectory() as home:
        screen = Display(visible=False, size=(1920, 1200), color_depth=24).start()
        try:
            envs, copies = {}, {}
            for n, code in enumerate(codes):
                copies[code] = Path(home) / f"copy-{n}.gpkg"
                shutil.copyfile(project, copies[code])
                envs[code] = dict(
                    os.environ,
                    PYTHONPATH=str(code),
                    EXPLORER_CACHE_DIR=f"{home}/cache-{n}",
                    XDG_DATA_HOME=f"{home}/data-{n}",
                    XDG_CONFIG_HOME=f"{home}/config-{n}",
                )
            for first in (True, *([False] * rounds)):
                for code in codes:
                    child = [sys.executable, "-c", CHILD, str(copies[code]), home]
                    child += [str(ROOT / "benchmarks"), f"{home}/x.png", mode]
                    # run from the temporary folder: a child run from a checkout would import
                    # that checkout's explorer whatever PYTHONPATH says
                    done = subprocess.run(
                        child, env=envs[code], check=True, capture_output=True, text=True, cwd=home
                    )
                    if not first:
                        found[code].append(json.loads(done.stdout.strip().splitlines()[-1]))
        finally:
            screen.stop()
    print(f"load average at end: {os.getloadavg()[0]:.1f}")
    return found


def compare_opens(project: Path | None, rounds: int, codes: list[Path]) -> None:
    """The window opening the project (a second open), alternated between checkouts: the
    median of the wall-clock time to the map drawn and of the app process's CPU time."""
    import statistics

    found = _alternated(project, rounds, codes, "open-only")
    print(f"median of {rounds} opens, in seconds (ratio to the first checkout)")
    base: dict[str, float] = {}
    for code in codes:
        cells = []
        for key in ("open_drawn_s", "open_final_s", "open_cpu_s", "page_set_data_s", "pss_mb"):
            median = statistics.median(r.get(key, 0) for r in found[code])
            base.setdefault(key, median)
            each = "/".join(f"{r.get(key, 0):.1f}" for r in found[code])
            ratio = median / base[key] if base[key] else 0.0
            cells.append(f"{key} {median:.2f} ({ratio:.2f}x; {each})")
        print(f"{code.name[:20]:>20}: " + ", ".join(cells))


def compare_changes(project: Path | None, rounds: int, codes: list[Path]) -> None:
    """Every kind of change (a type, a side, a first and a later search, a time range, the
    resets) in the window after it opened the project, ``rounds`` windows alternated between
    checkouts: per change the median, in ms, of the act to the map drawn (window), the GUI
    thread's CPU to the change handed over (cpu) and to the map drawn (cpu_done), and the
    page's own redraw (page), with each round's window time."""
    import statistics

    found = _alternated(project, rounds, codes, "changes")
    keys = ("window_ms", "python_ms", "gui_cpu_ms", "gui_cpu_done_ms", "page_ms")
    print(f"median of {rounds} windows, ms: window / python / cpu / cpu_done / page")
    for code in codes:
        print(f"{code}:")
        runs = [r["changes"] for r in found[code]]
        for n, change in enumerate(runs[0]):
            cells = [statistics.median(run[n][k] or 0 for run in runs) for k in keys]
            each = "/".join(f"{run[n]['window_ms']:.0f}" for run in runs)
            print(
                f"  {change['change']:>26} {change['shown']:6d} shown: "
                + " / ".join(f"{c:.0f}" for c in cells)
                + f"  (window {each})"
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--project", type=Path)
    ap.add_argument("--png", type=Path, default=Path("map-scale.png"))
    ap.add_argument("--skip-exports", action="store_true")
    ap.add_argument(
        "--opens",
        type=int,
        help="only time opening the project in the window, this many rounds, alternated with "
        "each --against checkout (run with this venv), on a copy each; medians and ratios",
    )
    ap.add_argument(
        "--changes",
        type=int,
        help="only time every kind of change in the window, this many windows alternated with "
        "each --against checkout; medians per change",
    )
    ap.add_argument("--against", type=Path, nargs="*", default=[])
    args = ap.parse_args()
    if args.changes:
        compare_changes(args.project, args.changes, [ROOT, *(p.resolve() for p in args.against)])
        return
    if args.opens:
        compare_opens(args.project, args.opens, [ROOT, *(p.resolve() for p in args.against)])
        return
    from pyvirtualdisplay import Display

    py = sys.executable
    with tempfile.TemporaryDirectory() as home:
        env = dict(
            os.environ,
            EXPLORER_CACHE_DIR=f"{home}/cache",
            XDG_DATA_HOME=f"{home}/data",
            XDG_CONFIG_HOME=f"{home}/config",
            HOME_DIR=home,
        )
        project = args.project
        if project is None:
            project = Path(home) / "events.gpkg"
            t = timed(
                [
                    py,
                    str(ROOT / "benchmarks" / "make_events_project.py"),
                    "-n",
                    str(args.events),
                    "-o",
                    str(project),
                ],
                env,
            )
            print(f"project of {args.events} events written in {t:.1f} s")
        project = project.resolve()
        screen = Display(visible=False, size=(1920, 1200), color_depth=24).start()
        try:
            env["DISPLAY"] = os.environ["DISPLAY"]
            # the first open builds the page cache, as a user's first start does
            child = [py, "-c", CHILD, str(project), home, str(ROOT / "benchmarks")]
            # from the temporary folder, so that PYTHONPATH chooses the explorer that runs
            subprocess.run(
                [*child, f"{home}/first.png"], env=env, check=True, capture_output=True, cwd=home
            )
            done = subprocess.run(
                [*child, str(args.png.resolve())],
                env=env,
                check=True,
                capture_output=True,
                text=True,
                cwd=home,
            )
        finally:
            screen.stop()
        window = json.loads(done.stdout.strip().splitlines()[-1])
        print(
            f"{window['items']} items; window open to map drawn: {window['open_drawn_s']:.1f} s "
            f"(project loaded after {window['open_loaded_s']:.1f} s; "
            f"process start to window {window['process_to_window_s']:.1f} s)"
        )
        print(
            f"memory (PSS, app + QtWebEngine): {window['pss_mb']:.0f} MB after opening, "
            f"{window['pss_after_mb']:.0f} MB after the changes"
        )
        for c in window["changes"]:
            print(
                f"  {c['change']:>26}: {c['shown']:6d} shown; page redraw {c['page_ms']} ms; "
                f"window {c['window_ms']} ms (python {c['python_ms']} ms)"
            )
        print(f"screenshot: {args.png}")
        env.pop("DISPLAY", None)
        snap = timed([py, "-m", "explorer", "snapshot", str(project), "-o", f"{home}/s.png"], env)
        print(f"  explorer snapshot: {snap:6.1f} s")
        if not args.skip_exports:
            for fmt in ("geojson", "csv", "kml", "gpkg", "html"):
                out = f"{home}/out.{fmt}"
                t = timed([py, "-m", "explorer", "export", str(project), "-f", fmt, "-o", out], env)
                size = os.path.getsize(out) / 1e6
                print(f"  explorer export -f {fmt:>7}: {t:6.1f} s, {size:.0f} MB")


if __name__ == "__main__":
    main()
