"""A second `explorer snapshot`'s CPU by process and by thread, beside the bare page's.

    cd /tmp && taskset -c 0 .venv/bin/python benchmarks/startup_threads.py [--runs 5]
        [--against DIR] [--window] [FOLDER]

Runs, alternated in each round, the bare page of ``startup_compare.py`` and a second
`explorer snapshot FOLDER -o x.png` (of this checkout and, with ``--against``, of another, each
in its own data folders, warmed by one untimed run). Meanwhile it reads, every few
milliseconds, the CPU time of every thread of the command and of every process it started
(Linux's ``/proc/PID/task/TID/schedstat``; QtWebEngine's renderer is adopted as an orphan, as
``startup_compare.py`` does), and keeps each thread's last reading. Threads are named as the
kernel knows them (``comm``, 15 characters: ``ThreadPoolForeg`` is Chromium's pool of
foreground workers, where V8's helpers compile and collect), a process's main thread
``MAIN``, grouped by process: ``python`` (the command: its main thread, which Qt's GUI and
Chromium's browser side share, the project's reading thread named ``python``, Chromium's
threads), ``renderer`` (the page), ``zygote``, ``utility`` and the like. Prints the median
over the runs of each thread's CPU in ms, of each process's, of the whole command's, and its
wall clock. A thread that ends between two readings loses its last few milliseconds.
(``page_timeline.py`` reads the threads once, inside the snapshot before its view closes, and
has no bare page; this reads the whole command to its exit from outside, beside the bare page.)
``--window`` reads `explorer open FOLDER --screenshot x.png` instead (the window on the known
folder), beside the bare page shown on the same Xvfb screen (``startup_compare.py``'s bare-x).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from startup_compare import KEEP, _commands, adopt_orphans, reap_orphans  # this folder's

ROOT = Path(__file__).resolve().parent.parent


def _stat(pid: int | str) -> list[str]:
    with open(f"/proc/{pid}/stat") as fh:
        return fh.read().rsplit(")", 1)[1].split()


def _type(pid: int) -> str | None:
    """Chromium's ``--type`` of a process (``python`` for the command), None once gone."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            argv = fh.read().split(b"\0")
    except OSError:
        return None
    for arg in argv:
        if arg.startswith(b"--type="):
            return arg.removeprefix(b"--type=").decode()
    return "python"


def _kind(pid: int, kinds: dict[int, str]) -> str | None:
    """A process's group: a zygote's child is the renderer (it keeps the zygote's arguments)."""
    kind = _type(pid)
    if kind == "zygote":
        try:
            parent = int(_stat(pid)[1])
        except (OSError, IndexError, ValueError):
            return None
        if kinds.get(parent) == "zygote" or _type(parent) == "zygote":
            return "renderer"
    return kind


def _descendants(root: int) -> list[int]:
    children = collections.defaultdict(list)
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                children[int(_stat(entry)[1])].append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    found, todo = [], [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def sampled(cmd: list[str], env: dict, every: float = 0.003) -> dict[tuple[str, str], float]:
    """ms of CPU of each (process group, thread name) of ``cmd`` and its processes, summed
    over processes and threads of one name, with ("wall", "ms") its wall clock."""
    last: dict[tuple[str, int, int], tuple[str, int]] = {}
    kinds: dict[int, str] = {}
    me = os.getpid()
    t0 = time.perf_counter()
    child = subprocess.Popen(
        cmd, env=env, cwd=env["HOME_DIR"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    while child.poll() is None:
        for pid in _descendants(me):
            if pid in KEEP:  # the Xvfb screen: not the command's
                continue
            if pid not in kinds and (kind := _kind(pid, kinds)) is not None:
                kinds[pid] = kind
            try:
                tids = os.listdir(f"/proc/{pid}/task")
            except OSError:
                continue
            for tid in tids:
                try:
                    with open(f"/proc/{pid}/task/{tid}/comm") as fh:
                        name = fh.read().strip()
                    with open(f"/proc/{pid}/task/{tid}/schedstat") as fh:
                        ns = int(fh.read().split()[0])
                except (OSError, ValueError, IndexError):
                    continue
                if pid in kinds:
                    last[(kinds[pid], pid, int(tid))] = (name, ns)
        time.sleep(every)
    wall = time.perf_counter() - t0
    reap_orphans(KEEP)
    totals: dict[tuple[str, str], float] = collections.Counter()
    for (kind, pid, tid), (name, ns) in last.items():
        totals[(kind, "MAIN" if pid == tid else name)] += ns / 1e6
    totals[("wall", "ms")] = wall * 1000
    return totals


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=str(ROOT / "seeds"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--against", type=Path, help="a checkout to time in the same rounds")
    ap.add_argument("--window", action="store_true", help="the window, under Xvfb")
    args = ap.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} at the start")
    adopt_orphans()
    kept = ("bare-x", "window") if args.window else ("bare", "snapshot")
    with contextlib.ExitStack() as stack, tempfile.TemporaryDirectory() as home:
        if args.window:
            from pyvirtualdisplay import Display

            screen = Display(visible=False, size=(1920, 1200), color_depth=24).start()
            stack.callback(screen.stop)
            KEEP.add(screen.pid)
        commands = {}
        for name, code in (("", None), ("against ", args.against)):
            if name and code is None:
                continue
            os.makedirs(f"{home}/{name or 'this'}")
            made = _commands(f"{home}/{name or 'this'}", args.folder, code, name, True)
            commands |= {k: v for k, v in made.items() if k.removeprefix(name) in kept}
        for cmd, env in commands.values():  # the first start: the project, the page's cache
            subprocess.run(cmd, env=env, cwd=env["HOME_DIR"], capture_output=True, check=True)
        runs: dict[str, list[dict]] = {k: [] for k in commands}
        for _ in range(args.runs):
            for name, (cmd, env) in commands.items():
                runs[name].append(sampled(cmd, env))
    print(f"load average {os.getloadavg()[0]:.1f} at the end; medians of {args.runs}, ms")
    names = list(runs)
    print(f"{'process':10} {'thread':16}" + "".join(f"{n:>18}" for n in names))
    keys = sorted({key for one in runs.values() for r in one for key in r} - {("wall", "ms")})
    for key in keys:
        medians = [statistics.median(r.get(key, 0.0) for r in runs[n]) for n in names]
        if max(medians) >= 1.0:
            print(f"{key[0]:10} {key[1]:16}" + "".join(f"{m:18.1f}" for m in medians))
    for group in sorted({k[0] for k in keys}):
        medians = [
            statistics.median(sum(v for k, v in r.items() if k[0] == group) for r in runs[n])
            for n in names
        ]
        print(f"{group:10} {'(all)':16}" + "".join(f"{m:18.1f}" for m in medians))
    whole = [
        statistics.median(sum(v for k, v in r.items() if k[0] != "wall") for r in runs[n])
        for n in names
    ]
    wall = [statistics.median(r[("wall", "ms")] for r in runs[n]) for n in names]
    print(f"{'whole command, CPU':27}" + "".join(f"{m:18.1f}" for m in whole))
    print(f"{'whole command, wall':27}" + "".join(f"{m:18.1f}" for m in wall))
    bare = whole[names.index(kept[0])]
    print(f"{'CPU / the bare page':27}" + "".join(f"{m / bare:18.2f}" for m in whole))


if __name__ == "__main__":
    main()
