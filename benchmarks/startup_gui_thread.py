"""The window's GUI thread from its map view to its page's ``ready``: CPU and wall clock.

    cd /tmp && .venv/bin/python benchmarks/startup_gui_thread.py [--runs 7] [--against DIR] [FOLDER]

Once the window's page has begun loading it makes almost no progress while the GUI thread runs
Python (section 1, twenty-third pass), so the CPU that thread spends between the map view made
and the page's ``ready`` is, nearly millisecond for millisecond, time the map waits. This runs
`explorer open FOLDER --screenshot x.png` in child processes as ``startup_window.py`` does (each
checkout with its own data folders, warmed by one untimed run, alternated) and prints, counted
from the view made, the GUI thread's CPU (``time.thread_time``) and the wall clock at: the
window built, the project handed over (the workspace's ``set_analysis`` returned), the page
ready, the first render, ``run``'s return; and the pings the screenshot's settled grab sent (a
``start`` that carries one counted with them). The stages are marked by wrapping the app's
functions in the child; nothing of the app is changed.
"""

from __future__ import annotations

import os
import statistics

from startup_stages import MARKS, REPORT, window_runs  # this folder, as the script's own

CHILD = (
    MARKS
    + r"""
import threading
from pathlib import Path
import explorer.app as app
import explorer.mapview.view as mapview
C0 = time.thread_time()
def gui(what):
    if threading.current_thread() is threading.main_thread():
        mark(what)
        mark(what + " cpu", time.thread_time() - C0)
def mark(what, at=None):  # a mark of the wall clock, or of the GUI thread's CPU
    marks.append((what, time.perf_counter() - T0 if at is None else at))
pings = []
made, built = mapview.window_map, app.build
def window_map(*args, **kwargs):
    view = made(*args, **kwargs)
    gui("view")
    view.ready.connect(lambda: gui("ready"))
    view.rendered.connect(lambda *_: gui("rendered"))
    send = view.bridge.send
    def sent(cmd, **payload):
        if cmd == "ping" or (cmd == "start" and payload.get("tick")):
            pings.append(cmd)
        send(cmd, **payload)
    view.bridge.send = sent
    return view
def build(*args, **kwargs):
    parts = built(*args, **kwargs)
    gui("built")
    workspace = parts[0]
    handed = workspace.set_analysis
    def set_analysis(*args, **kwargs):
        result = handed(*args, **kwargs)
        gui("handed over")
        return result
    workspace.set_analysis = set_analysis
    return parts
mapview.window_map, app.build = window_map, build
code = app.run(Path(sys.argv[1]), Path(sys.argv[2]))
gui("run returned")
mark("pings", len(pings))
"""
    + REPORT
)

ORDER = ("built", "handed_over", "ready", "rendered", "run_returned")


def main() -> None:
    n, runs, load_at_start = window_runs(__doc__.splitlines()[0], CHILD, 7)
    print(
        f"load average {load_at_start:.1f} at the start, {os.getloadavg()[0]:.1f} at the end; "
        f"ms after the view is made, median (min-max) of {n}"
    )
    for code, measured in runs.items():
        print(code)
        for stage in ORDER:
            done = [m for m in measured if stage in m]
            if not done:
                continue
            cpu = [1000 * (m[stage + "_cpu"] - m["view_cpu"]) for m in done]
            wall = [1000 * (m[stage] - m["view"]) for m in done]
            print(
                f"  {stage:13} GUI thread's CPU {statistics.median(cpu):6.1f}"
                f" ({min(cpu):.1f}-{max(cpu):.1f})   wall {statistics.median(wall):7.1f}"
                f" ({min(wall):.0f}-{max(wall):.0f})"
            )
        pings = sorted(int(m["pings"]) for m in measured)
        print(f"  pings of the settled grab (a start with a tick counted): {pings}")


if __name__ == "__main__":
    main()
