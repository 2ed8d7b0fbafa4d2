"""Where opening a large project goes, stage by stage, without the window: this checkout and others.

    .venv/bin/python benchmarks/open_stages.py --project P.gpkg [--against DIR ...] [--runs 3]

For each checkout (this one, then each ``--against`` folder: another checkout's root, run
with this venv), on its own copy of the project, every round alternating the checkouts:
``Project.load`` in a fresh process the first time (events merged across articles), then in
another process the second time (a project that keeps its merged events reads them instead),
followed there by the workspace's items (``Workspace.set_analysis``: items, colours), the
filter facets, the visible items, a filter change (one event type), the map's columns of every
item as JSON, and that process's resident memory. Prints the median of the rounds per stage
and, for each other checkout, its ratio to this one. Wall-clock times: compare within one run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, sys, time
from pathlib import Path
t0 = time.perf_counter()
from explorer.store import Project
from explorer.workspace import Workspace
from explorer.mapview.columns import encode_items
out = {"imports": time.perf_counter() - t0}
path = Path(sys.argv[1])
t = time.perf_counter()
with Project.open(path) as project:
    analysis = project.load(include_rejected=True)
    reviews = project.reviews()
out["load"] = time.perf_counter() - t
if sys.argv[2] == "first":  # the first open of the project: it merges (and may keep) events
    print(json.dumps(out))
    sys.exit(0)
t = time.perf_counter()
workspace = Workspace()
workspace.set_analysis(analysis, path, reviews)
out["items (set_analysis)"] = time.perf_counter() - t
t = time.perf_counter()
workspace.facets()
out["facets"] = time.perf_counter() - t
t = time.perf_counter()
len(workspace.visible)
out["visible (no filter)"] = time.perf_counter() - t
t = time.perf_counter()
workspace.allow_only("event_types", ["air_strike"])
shown = len(workspace.visible)
out["filter: one event type"] = time.perf_counter() - t
t = time.perf_counter()
workspace.reset_filters()
json.dumps(encode_items(workspace.visible))
out["map columns (all items)"] = time.perf_counter() - t
for line in open("/proc/self/status"):
    if line.startswith("VmRSS"):
        out["rss_mb"] = int(line.split()[1]) / 1024
out["items"] = len(workspace.items)
out["shown"] = shown
print(json.dumps(out))
"""

STAGES = [
    "imports",
    "load (first)",
    "load (second)",
    "items (set_analysis)",
    "facets",
    "visible (no filter)",
    "filter: one event type",
    "map columns (all items)",
]


def run(code: Path, project: Path, home: str) -> dict:
    copy = Path(home) / f"copy-{os.getpid()}.gpkg"
    shutil.copyfile(project, copy)
    env = dict(
        os.environ,
        PYTHONPATH=str(code),
        EXPLORER_CACHE_DIR=f"{home}/cache",
        XDG_DATA_HOME=f"{home}/data",
        XDG_CONFIG_HOME=f"{home}/config",
    )
    out: dict = {}
    try:
        for mode in ("first", "second"):
            done = subprocess.run(
                [sys.executable, "-c", CHILD, str(copy), mode],
                env=env,
                cwd=home,
                check=True,
                capture_output=True,
                text=True,
            )
            found = json.loads(done.stdout.strip().splitlines()[-1])
            out.update(found)
            out[f"load ({mode})"] = found["load"]
    finally:
        copy.unlink(missing_ok=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--project", type=Path, required=True)
    ap.add_argument("--against", type=Path, nargs="*", default=[])
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    codes = [ROOT, *(p.resolve() for p in args.against)]
    results: dict[Path, list[dict]] = {c: [] for c in codes}
    print(f"load average at start: {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as home:
        for _ in range(args.runs):
            for code in codes:
                results[code].append(run(code, args.project.resolve(), home))
    print(f"load average at end: {os.getloadavg()[0]:.1f}")
    first = results[ROOT][0]
    print(f"{first['items']} items; filter shows {first['shown']}; median of {args.runs} rounds")
    header = f"{'stage':<26}" + "".join(f"{c.name[:18]:>20}" for c in codes)
    print(header)
    for stage in [*STAGES, "rss_mb"]:
        medians = [statistics.median(r[stage] for r in results[c]) for c in codes]
        unit = " MB" if stage == "rss_mb" else " s"
        cells = [f"{medians[0]:.2f}{unit}"]
        for m in medians[1:]:
            ratio = m / medians[0] if medians[0] else float("nan")
            cells.append(f"{m:.2f}{unit} ({ratio:.1f}x)")
        print(f"{stage:<26}" + "".join(f"{c:>20}" for c in cells))


if __name__ == "__main__":
    main()
