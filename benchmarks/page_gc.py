"""The map page's garbage collections in a second `explorer snapshot`, from V8's own trace.

    cd /tmp && .venv/bin/python benchmarks/page_gc.py [--runs 4] [--against DIR]
        [--js-flags "--flag ..."] [--bbox W,S,E,N] [SOURCE]

Runs `explorer snapshot SOURCE -o x.png` in child processes (each checkout with its own data,
config and cache folders, warmed by one untimed run, alternated as ``startup_stages.py`` does),
with QtWebEngine's renderer started without its zygote and V8 tracing its collections
(``QTWEBENGINE_CHROMIUM_FLAGS="--no-zygote --js-flags=--trace-gc ..."``). V8 prints the trace
on the renderer's standard output: a renderer forked by the zygote does not write to the
child's, and a pipe's buffer is lost when the renderer is ended, so the child's output goes to
a pseudo-terminal (line-buffered, as on a screen). Prints, per checkout, medians over the
runs: how many scavenges (young generation) and mark-compacts (the whole heap) the page's V8
made, the time they took on the page's thread summed (milliseconds: pauses, and a
mark-compact's incremental steps; on a loaded machine a parallel scavenge waits for helpers
that get no core, so the pauses grow with the load), and
the heap before and after the last collection, and what the page allocated up to it (each
collection's heap before it, less what the one before left). ``--js-flags`` adds V8 flags to
both checkouts' runs (joined into Chromium's one ``--js-flags``), so that a collector's flag can
be seen doing what it says (or nothing) before it is timed; ``--single-threaded`` makes V8
compile and collect on the page's thread, so that what it allocates no longer depends on when
a busy machine's helper threads finish optimising the page's code.
Nothing of the app is changed but Chromium's flags.
"""

from __future__ import annotations

import argparse
import os
import pty
import re
import select
import statistics
import subprocess
import sys
import time
from pathlib import Path

from startup_stages import _env, alternated  # this folder, as the script's own

ROOT = Path(__file__).resolve().parent.parent

# One line of --trace-gc: "[pid:isolate]   571 ms: Scavenge 2.5 (3.8) -> 2.0 (4.3) MB,
# pooled: 0.0 MB, 8.90 / 0.00 ms (...)": the kind, the heap's size (and capacity) before and
# after in MB, the pause on the isolate's thread and the background time in ms; a mark-compact
# adds "(+ 21.8 ms in 63 steps since start of marking, ...)": its incremental steps, on that
# thread too, between the page's tasks.
TRACE = re.compile(
    r"\d+ ms: (?P<kind>Scavenge|Mark-Compact|Mark-Sweep|Minor Mark-Sweep)"
    r"(?: \([^)]*\))?"  # "(during sweeping)", "(reduce)"
    r" (?P<before>[\d.]+) \([\d.]+\) -> (?P<after>[\d.]+) \([\d.]+\) MB,"
    r"(?: pooled: [\d.]+ MB,)? (?P<pause>[\d.]+) / [\d.]+ ms"
    r"(?: \(\+ (?P<steps>[\d.]+) ms in \d+ steps)?"  # a mark-compact's incremental marking
)


def collections(text: str) -> list[tuple[str, float, float, float]]:
    """Each collection traced in ``text``: (kind, MB before, MB after, ms on the page's thread:
    the pause and, for a mark-compact, its incremental steps); a mark-compact and a mark-sweep
    are both 'mark', a minor mark-sweep a 'scavenge'."""
    found = []
    for m in TRACE.finditer(text):
        kind = "mark" if m["kind"] in ("Mark-Compact", "Mark-Sweep") else "scavenge"
        ms = float(m["pause"]) + float(m["steps"] or 0.0)
        found.append((kind, float(m["before"]), float(m["after"]), ms))
    return found


def traced(argv: list[str], env: dict, cwd: Path, timeout: float = 120.0) -> str:
    """What ``argv`` and every process it starts write to their terminal, once all are done."""
    master, slave = pty.openpty()
    try:
        child = subprocess.Popen(
            argv, env=env, cwd=cwd, stdin=subprocess.DEVNULL, stdout=slave, stderr=slave
        )
    finally:
        os.close(slave)
    chunks = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if not ready:
                continue
            try:
                data = os.read(master, 65536)
            except OSError:  # every writer has closed the terminal
                break
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(master)
        child.wait(timeout=max(1.0, deadline - time.monotonic()))
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(argv[-4:])} exited {child.returncode}")
    return b"".join(chunks).decode("utf-8", "replace")


def v8_flags(js: str) -> str:
    """Chromium's one ``--js-flags`` switch for V8's trace and ``js``'s flags: V8 reads them
    from that switch alone, joined by commas (a flag written as a switch of its own is
    Chromium's to read, and V8 never sees it)."""
    return "--js-flags=" + ",".join(["--trace-gc", *js.split()])


def allocated(found: list[tuple[str, float, float, float]]) -> float:
    """MB the page allocated up to its last collection, at least: each collection's heap
    before it, less the heap the one before it left."""
    left, total = 0.0, 0.0
    for _kind, before, after, _ms in found:
        total += before - left
        left = after
    return total


def one(code: Path, home: Path, source: str, extra: list[str], js: str) -> dict[str, float]:
    env = _env(code, home)
    env["QTWEBENGINE_CHROMIUM_FLAGS"] = f"--no-zygote {v8_flags(js)}"
    argv = [sys.executable, "-m", "explorer", "snapshot", source, "-o", str(home / "x.png")]
    found = collections(traced([*argv, *extra], env, home))
    scavenges = [c for c in found if c[0] == "scavenge"]
    marks = [c for c in found if c[0] == "mark"]
    return {
        "scavenges": len(scavenges),
        "mark-compacts": len(marks),
        "scavenge pauses, ms": sum(c[3] for c in scavenges),
        "mark-compacts with their steps, ms": sum(c[3] for c in marks),
        "heap before the last collection, MB": found[-1][1] if found else 0.0,
        "heap after the last collection, MB": found[-1][2] if found else 0.0,
        "allocated up to the last collection, MB": allocated(found),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", nargs="?", default=str(ROOT / "seeds"))
    ap.add_argument("--runs", type=int, default=4)
    ap.add_argument("--against", type=Path, help="another checkout, alternated with this one")
    ap.add_argument("--js-flags", default="", help="more V8 flags, e.g. '--single-threaded-gc'")
    ap.add_argument("--bbox", help="W,S,E,N: the snapshot's view (default: fitted to the items)")
    args = ap.parse_args()
    extra = [f"--bbox={args.bbox}"] if args.bbox else []
    checkouts = [ROOT] + ([args.against] if args.against else [])
    source = str(Path(args.source).resolve())
    print(f"load average {os.getloadavg()[0]:.1f} at the start")
    runs = alternated(
        checkouts, args.runs, lambda code, home: one(code, home, source, extra, args.js_flags)
    )
    print(f"load average {os.getloadavg()[0]:.1f} at the end; median (min-max) of {args.runs}")
    for code, measured in runs.items():
        print(code)
        for name in measured[0]:
            values = [m[name] for m in measured]
            print(
                f"  {name:40} {statistics.median(values):8.1f}"
                f"  ({min(values):.1f}-{max(values):.1f})"
            )


if __name__ == "__main__":
    main()
