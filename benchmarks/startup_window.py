"""When the window's page starts loading and is ready: timestamps of one window's start-up.

    cd /tmp && .venv/bin/python benchmarks/startup_window.py [--runs 4] [--against DIR] [FOLDER]

Runs `explorer open FOLDER --screenshot x.png` in child processes (each checkout with its own
data, config and cache folders, warmed by one untimed run, so every timed run opens a known
folder), alternating the checkouts, and prints, in seconds from the moment the child's code
starts: the map view made, its page's ``loadStarted``, the window and controller built
(``build`` returned), the page ready, the project read and shown (the controller's load
succeeded, handled), the first render, and ``run``'s return; and each also counted from the
view made (the part the order of the start-up decides). The stages are marked by wrapping
the app's functions in the child; nothing of the app is changed.
"""

from __future__ import annotations

import os
import statistics

from startup_stages import MARKS, REPORT, window_runs  # this folder, as the script's own

CHILD = (
    MARKS
    + r"""
from pathlib import Path
import explorer.app as app
import explorer.mapview.view as mapview
made, built = mapview.window_map, app.build
def window_map(*args, **kwargs):
    view = made(*args, **kwargs)
    mark("view made")
    view.page().loadStarted.connect(lambda: mark("load started"))
    view.ready.connect(lambda: mark("page ready"))
    view.rendered.connect(lambda *_: mark("rendered"))
    return view
def build(*args, **kwargs):
    parts = built(*args, **kwargs)
    mark("built")
    def shown():
        op = parts[2].operation
        if op is not None:
            op.succeeded.connect(lambda *_: mark("project shown"))
    from PySide6.QtCore import QTimer
    QTimer.singleShot(0, shown)
    return parts
mapview.window_map, app.build = window_map, build
code = app.run(Path(sys.argv[1]), Path(sys.argv[2]))
mark("run returned")
"""
    + REPORT
)

ORDER = (
    "view_made",
    "load_started",
    "built",
    "page_ready",
    "project_shown",
    "rendered",
    "run_returned",
)


def main() -> None:
    n, runs, load_at_start = window_runs(__doc__.splitlines()[0], CHILD, 4)
    print(
        f"load average {load_at_start:.1f} at the start, {os.getloadavg()[0]:.1f} at the end; "
        f"seconds, median (min-max) of {n}"
    )
    for code, measured in runs.items():
        print(code)
        for stage in ORDER:
            values = [m[stage] for m in measured if stage in m]
            if not values:
                continue
            mid, low, high = statistics.median(values), min(values), max(values)
            after = [m[stage] - m["view_made"] for m in measured if stage in m]
            print(
                f"  {stage:14} {mid:6.3f}  ({low:.3f}-{high:.3f})"
                f"   after the view: {statistics.median(after):6.3f}"
                f"  ({min(after):.3f}-{max(after):.3f})"
            )


if __name__ == "__main__":
    main()
