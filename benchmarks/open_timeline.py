"""Where one window open goes: a timeline of the GUI thread and of the load's thread.

    cd /tmp && xvfb-run -a -s "-screen 0 1600x1000x24" \
        /work/wt-X/.venv/bin/python /work/wt-X/benchmarks/open_timeline.py P.gpkg [--opens 2]

Builds the window as ``map_scale.py`` does, opens the project (after one untimed open, which
builds the page cache), and prints, in milliseconds from the call to ``open_source``, when each
step began and ended: the page ready, the basemap started, the project read and its items built
(the load's thread), the hand-over on the GUI thread (the map's message, the Items table, the
sides, the timeline, the palette), every ``rendered`` from the page with the page's own time
for the command it answers, and the CPU each process took to the map drawn (the app, and
QtWebEngine's renderer, GPU and utility processes, which the zygote forks) and each of the
app's threads. Run from outside a checkout (its ``explorer`` is the one on ``PYTHONPATH``, or
the script's own checkout).
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path and not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))

EVENTS: list[tuple[float, float, str, str]] = []  # (time, the thread's CPU, thread, what)
T0 = [0.0]


def note(what: str) -> None:
    name = "gui" if threading.current_thread() is threading.main_thread() else "load"
    EVENTS.append((time.perf_counter(), time.thread_time(), name, what))


def wrap(owner, attr: str, label: str | None = None) -> None:
    """Note when ``owner.attr`` is entered and left (a function of a module or a class)."""
    original = getattr(owner, attr)
    label = label or attr

    @functools.wraps(original)
    def timed(*args, **kwargs):
        note(f"{label} >")
        try:
            return original(*args, **kwargs)
        finally:
            note(f"{label} <")

    setattr(owner, attr, timed)


def cpu_by_process(root: int) -> dict[str, float]:
    """CPU seconds (user and system) of ``root`` and of each of its descendants, by name
    (QtWebEngine's renderer, GPU and utility processes add up under their ``--type``)."""
    parent: dict[int, int] = {}
    named: dict[int, tuple[str, float]] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            stat = Path(f"/proc/{d}/stat").read_text()
            args = Path(f"/proc/{d}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        parent[int(d)] = int(fields[1])
        kind = next((a[7:].decode() for a in args if a.startswith(b"--type=")), "app")
        named[int(d)] = (kind, (int(fields[11]) + int(fields[12])) / tick)
    out: dict[str, float] = {}
    for pid, (kind, cpu) in named.items():
        up = pid
        while up not in (root, 0, 1) and up in parent:
            up = parent[up]
        if up == root:
            out[kind] = out.get(kind, 0.0) + cpu
    return out


def cpu_by_thread() -> dict[str, float]:
    """CPU seconds of each of this process's threads, by name (Chromium's threads in the app
    process, Qt's, Python's: the GUI thread is the process's name)."""
    tick = os.sysconf("SC_CLK_TCK")
    out: dict[str, float] = {}
    for tid in os.listdir("/proc/self/task"):
        try:
            name = Path(f"/proc/self/task/{tid}/comm").read_text().strip()
            fields = Path(f"/proc/self/task/{tid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if tid == str(os.getpid()):
            name = "main (GUI)"
        out[name] = out.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / tick
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("project", type=Path)
    ap.add_argument("--opens", type=int, default=1, help="timed opens, each in this process")
    ap.add_argument("--profile", type=int, default=0, help="cProfile the hand-over: N lines")
    args = ap.parse_args()
    home = tempfile.mkdtemp()
    os.environ.setdefault("EXPLORER_CACHE_DIR", f"{home}/cache")
    os.environ.setdefault("XDG_DATA_HOME", f"{home}/data")
    os.environ.setdefault("XDG_CONFIG_HOME", f"{home}/config")
    copy = Path(home) / "copy.gpkg"
    shutil.copyfile(args.project, copy)

    from explorer.mapview.environment import prepare_qt_environment

    prepare_qt_environment()
    from PySide6.QtWidgets import QApplication

    app = QApplication([])

    import explorer.items
    import explorer.mapview.columns
    import explorer.mapview.view
    import explorer.pipeline
    from explorer.ui import items_panel, main_window, sides_panel, timeline_panel

    wrap(explorer.pipeline, "open_sources")
    import explorer.store.merged
    import explorer.store.project
    import explorer.store.reading
    import explorer.store.reviews

    # the read's own steps (each where its caller looks it up)
    wrap(explorer.store.merged, "read", "merged.read")
    wrap(explorer.store.reading, "read_stored", "reading.read_stored")
    wrap(explorer.store.reviews, "apply_reviews", "reviews.apply")
    wrap(explorer.store.project.Project, "reviews", "project.reviews")
    wrap(explorer.store.project.Project, "load", "project.load")
    wrap(explorer.items, "build_items")
    wrap(explorer.mapview.view, "encode_items")
    wrap(explorer.mapview.view.MapView, "show_items")
    wrap(explorer.mapview.view.MapView, "start", "map.start")
    wrap(explorer.mapview.view.MapView, "set_palette", "map.set_palette")
    wrap(items_panel.ItemsPanel, "set_items", "items.set_items")
    wrap(items_panel.ItemsPanel, "set_palette", "items.set_palette")
    wrap(sides_panel.SidesPanel, "set_sides", "sides.set_sides")
    wrap(timeline_panel.TimelinePanel, "set_events", "timeline.set_events")
    wrap(main_window.MainWindow, "_on_analysis_changed", "window.analysis_changed")
    from explorer import workspace as workspace_module

    wrap(workspace_module.Workspace, "set_analysis", "workspace.set_analysis")
    if args.profile:
        import cProfile
        import pstats

        profiled = workspace_module.Workspace.set_analysis

        def set_analysis(*a, **k):
            profile = cProfile.Profile()
            try:
                return profile.runcall(profiled, *a, **k)
            finally:
                pstats.Stats(profile).sort_stats("cumulative").print_stats(args.profile)

        workspace_module.Workspace.set_analysis = set_analysis
    from explorer.mapview.bridge import MapBridge

    wrap(MapBridge, "send", "bridge.send")

    from explorer.app import build
    from explorer.mapview.waiting import wait_for

    for n in range(args.opens + 1):
        workspace, window, controller = build(Path(home) / "settings.ini")
        window.resize(1600, 960)
        window.show()
        renders: list[int] = []
        bridge = window.map.bridge
        window.map.ready.connect(lambda: note("page ready"))
        window.map.rendered.connect(renders.append)
        window.map.rendered.connect(lambda count: note(f"rendered {count}"))
        EVENTS.clear()
        cpu0 = sum(os.times()[:2])
        processes0 = cpu_by_process(os.getpid())
        threads0 = cpu_by_thread()
        T0[0] = time.perf_counter()
        note("open_source")
        operation = controller.open_source(copy)
        if not operation.done:
            wait_for(operation.finished, 600000, "the project to load")
        while not renders or renders[-1] != len(workspace.visible):
            wait_for(window.map.rendered, 600000, "the map")
        drawn = time.perf_counter() - T0[0]
        cpu = sum(os.times()[:2]) - cpu0
        processes = cpu_by_process(os.getpid())
        threads = cpu_by_thread()
        for _ in range(2):
            window.map.ping()
            wait_for(window.map.rendered, 600000, "the page to settle")
        if n:  # the first open builds the page's cache
            print(f"open {n}: map drawn at {drawn * 1000:.0f} ms, CPU {cpu:.2f} s")
            print(
                "  CPU by process to then (s):",
                {k: round(v - processes0.get(k, 0.0), 2) for k, v in sorted(processes.items())},
            )
            spent = {k: round(v - threads0.get(k, 0.0), 2) for k, v in threads.items()}
            print("  the app's CPU by thread (s):", {k: v for k, v in spent.items() if v})
            entered: dict[tuple[str, str], float] = {}
            for t, cpu_t, thread, what in EVENTS:
                # a step's own thread CPU, printed where it ends (nested steps count in both)
                label, _, edge = what.rpartition(" ")
                spent = ""
                if edge == ">":
                    entered[(thread, label)] = cpu_t
                elif edge == "<" and (thread, label) in entered:
                    spent = f"  (CPU {1000 * (cpu_t - entered.pop((thread, label))):.0f} ms)"
                print(f"  {1000 * (t - T0[0]):8.1f} {thread:4} {what}{spent}")
            print("  page's own times:", [(c, ms) for c, ms in bridge.timings])
        bridge.timings.clear()
        window.close()
        window.map.shutdown()
        window.deleteLater()
        app.processEvents()
    os._exit(0)


if __name__ == "__main__":
    main()
