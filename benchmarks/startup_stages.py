"""Where one `explorer snapshot` process spends its time: timestamps of its stages.

    cd /tmp && .venv/bin/python benchmarks/startup_stages.py [--runs 4] [--against DIR] FOLDER

Runs `explorer snapshot FOLDER -o x.png` in child processes (each checkout with its own data,
config and cache folders, warmed by one untimed run, so every timed run is a second snapshot),
alternating the checkouts, and prints, in seconds from the moment the child's code starts: the
CLI imported, the map view asked for and made, the page ready, the project read, the first
render, the settled grab's start and end, ``main``'s return, and the process's end (its
interpreter's teardown included; from the spawn). This checkout's explorer, and with
``--against`` another checkout's, alternated, run with this venv. The stages are marked by
wrapping the snapshot module's functions in the child; nothing of the app is changed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# A child's clock and its marks; then what it runs, ending in ``code``; then its report.
MARKS = r"""
import sys, time
T0 = time.perf_counter()
marks = []
def mark(what):
    marks.append((what, time.perf_counter() - T0))
"""
REPORT = r"""
first = {}
for what, at in marks:
    first.setdefault(what, at)
print("STAGES " + " ".join(f"{what.replace(' ', '_')}={at:.3f}" for what, at in first.items()))
sys.stdout.flush()
sys.exit(code)
"""

CHILD = (
    MARKS
    + r"""
import explorer.cli as cli
mark("cli imported")
import explorer.mapview.snapshot as snap
made, read, grab = snap.snapshot_view, snap.while_loading, snap.grab_settled
def snapshot_view(*args, **kwargs):
    mark("view asked")
    view = made(*args, **kwargs)
    mark("view made")
    view.ready.connect(lambda: mark("page ready"))
    view.rendered.connect(lambda *_: mark("rendered"))
    return view
def while_loading(*args, **kwargs):
    result = read(*args, **kwargs)
    mark("project read")
    return result
def grab_settled(*args, **kwargs):
    mark("grab start")
    image = grab(*args, **kwargs)
    mark("grab done")
    return image
snap.snapshot_view, snap.while_loading = snapshot_view, while_loading
snap.grab_settled = grab_settled
code = cli.main(sys.argv[1:])
mark("main returned")
"""
    + REPORT
)

ORDER = (
    "cli_imported",
    "view_asked",
    "view_made",
    "page_ready",
    "project_read",
    "rendered",
    "grab_start",
    "grab_done",
    "main_returned",
    "process_end",
)


def _env(code: Path, home: Path) -> dict:
    env = dict(
        os.environ,
        PYTHONPATH=str(code.resolve()),
        EXPLORER_CACHE_DIR=str(home / "cache"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as an installed app: see startup_compare.py
    return env


def stages(
    script: str,
    argv: list[str],
    code: Path,
    home: Path,
    seen: Callable[[str], None] | None = None,
) -> dict[str, float]:
    """The stages a child running ``script`` prints (its ``STAGES`` line), and its end;
    ``seen`` is given the child's whole output."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", script, *argv],
        env=_env(code, home),
        capture_output=True,
        text=True,
        check=True,
        cwd=home,
    )
    whole = time.perf_counter() - started
    if seen is not None:
        seen(result.stdout)
    line = next(s for s in result.stdout.splitlines() if s.startswith("STAGES "))
    found = {k: float(v) for k, v in (p.split("=") for p in line.split()[1:])}
    # measured here, from the spawn: it also holds the interpreter's start, before the child's
    # clock (about 0.05-0.1 s)
    found["process_end"] = whole
    return found


def alternated(
    checkouts: list[Path], runs: int, one: Callable[[Path, Path], dict[str, float]]
) -> dict[Path, list[dict[str, float]]]:
    """``one(code, home)`` for each checkout in turn, ``runs`` rounds, after one untimed start
    of each (the folder's project and the cached page)."""
    with tempfile.TemporaryDirectory(prefix="explorer-stages-") as tmp:
        homes = {c: Path(tmp) / f"home{i}" for i, c in enumerate(checkouts)}
        for code, home in homes.items():
            home.mkdir()
            one(code, home)
        measured: dict[Path, list[dict[str, float]]] = {c: [] for c in checkouts}
        for _ in range(runs):
            for code, home in homes.items():
                measured[code].append(one(code, home))
    return measured


def window_runs(
    description: str, child: str, default_runs: int
) -> tuple[int, dict[Path, list[dict[str, float]]], float]:
    """The command line of a window's timeline (a folder, the seeds by default; ``--runs``;
    ``--against`` a checkout) and its runs: ``child`` started on the folder with a screenshot,
    each checkout in turn (:func:`alternated`). (The runs asked for, the stages each run
    printed, the load average at the start.)"""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("folder", nargs="?", default=str(ROOT / "seeds"))
    ap.add_argument("--runs", type=int, default=default_runs)
    ap.add_argument("--against", type=Path, help="another checkout, alternated with this one")
    args = ap.parse_args()
    checkouts = [ROOT] + ([args.against] if args.against else [])
    folder = str(Path(args.folder).resolve())
    load_at_start = os.getloadavg()[0]
    runs = alternated(
        checkouts,
        args.runs,
        lambda code, home: stages(child, [folder, str(home / "x.png")], code, home),
    )
    return args.runs, runs, load_at_start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder")
    ap.add_argument("--runs", type=int, default=4)
    ap.add_argument("--against", type=Path, help="another checkout, alternated with this one")
    args = ap.parse_args()
    checkouts = [ROOT] + ([args.against] if args.against else [])
    folder = str(Path(args.folder).resolve())
    runs = alternated(
        checkouts,
        args.runs,
        lambda code, home: stages(
            CHILD, ["snapshot", folder, "-o", str(home / "x.png")], code, home
        ),
    )
    load = os.getloadavg()[0]
    print(f"load average {load:.1f} at the end; seconds, median (min-max) of {args.runs}")
    for code, measured in runs.items():
        print(code)
        for stage in ORDER:
            values = [m[stage] for m in measured if stage in m]
            if values:
                mid, low, high = statistics.median(values), min(values), max(values)
                print(f"  {stage:14} {mid:6.3f}  ({low:.3f}-{high:.3f})")


if __name__ == "__main__":
    main()
