"""Every export format of one project, whole processes: seconds, peak memory, file size.

    .venv/bin/python benchmarks/export_scale.py PROJECT.gpkg [--runs 1] [--against DIR]
                                               [--formats csv kml ...]

Runs `explorer export PROJECT -f FORMAT -o OUT` for each format (the 100,000-event project
is made by `benchmarks/make_events_project.py -n 100000`). ``--against DIR`` runs another
checkout's explorer (e.g. an export of main, before a change) with this venv in the same
rounds, alternated, so the shared machine's load falls on both alike. Peak memory is the
child's own maximum resident set (``wait4``); the outputs are compared: a format whose two
files differ in size is flagged (the HTML map carries a random id and differs by nothing
else).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("geojson", "csv", "kml", "gpkg", "html")


def run(code: Path, project: Path, fmt: str, out: Path) -> tuple[float, float]:
    """(seconds, peak resident MB) of one export by the checkout at ``code``."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    command = [sys.executable, "-m", "explorer", "export", str(project), "-f", fmt, "-o", str(out)]
    started = time.perf_counter()
    child = subprocess.Popen(
        command, cwd=code, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        error = child.stderr.read().decode(errors="replace") if child.stderr else ""
        raise SystemExit(f"{code}: export -f {fmt} failed: {error.strip()[-300:]}")
    return seconds, usage.ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("project", type=Path)
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--against", type=Path, help="another checkout, timed in the same rounds")
    ap.add_argument("--formats", nargs="+", default=list(FORMATS), choices=FORMATS)
    a = ap.parse_args(argv)
    checkouts = {"this": ROOT}
    if a.against:
        checkouts = {"before": a.against.resolve(), "after": ROOT}
    times: dict[tuple[str, str], list[float]] = {}
    peaks: dict[tuple[str, str], float] = {}
    sizes: dict[tuple[str, str], int] = {}
    print(f"load average at the start: {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(a.runs):
            for fmt in a.formats:
                for name, code in checkouts.items():
                    # each checkout on its own copy: an export may keep what it worked out
                    copy = Path(tmp) / f"{name}.gpkg"
                    if not copy.exists():
                        copy.write_bytes(a.project.read_bytes())
                    out = Path(tmp) / f"{name}-export.{fmt}"
                    seconds, peak = run(code, copy, fmt, out)
                    times.setdefault((name, fmt), []).append(seconds)
                    peaks[(name, fmt)] = max(peaks.get((name, fmt), 0.0), peak)
                    sizes[(name, fmt)] = out.stat().st_size
                    print(f"  {name} {fmt}: {seconds:.1f} s, {peak:.0f} MB", flush=True)
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    print("\nformat   " + "".join(f"{n:>34}" for n in checkouts))
    for fmt in a.formats:
        cells = []
        for name in checkouts:
            median = statistics.median(times[(name, fmt)])
            size = sizes[(name, fmt)] / 1e6
            cells.append(f"{median:7.1f} s {peaks[(name, fmt)]:6.0f} MB {size:7.1f} MB file")
        line = f"{fmt:8} " + "".join(f"{c:>34}" for c in cells)
        if a.against:
            ratio = statistics.median(times[("before", fmt)]) / statistics.median(
                times[("after", fmt)]
            )
            line += f"   {ratio:.2f}x faster"
            if sizes[("before", fmt)] != sizes[("after", fmt)]:
                line += " (file sizes differ)"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
