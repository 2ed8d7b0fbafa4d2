"""Start-up side by side: explorer's commands against a bare QWebEngineView, whole processes.

    .venv/bin/python benchmarks/startup_compare.py [--runs 5] [--code DIR] [FOLDER]

Each round runs, alternated so that the shared machine's load falls on all alike:
  bare      a QWebEngineView (offscreen) loads a small local page and grabs it to a PNG
  snapshot  `explorer snapshot FOLDER -o x.png`, the folder's project already made
  gpkg      `explorer snapshot PROJECT.gpkg -o x.png`
  window    `explorer open FOLDER --screenshot x.png`: the whole window on the known folder,
            under the same Xvfb screen for every round (bare-x: the bare page on it too)
A first, untimed round makes the folder's project and the cached page (a user's first start).
Prints the median and range of each in seconds and the ratio of medians to the bare page, and
the median CPU time (user + system, of the process and of every process it started, QtWebEngine's
renderer among them: this script adopts their orphans) with its ratio: on a machine shared with
other work, CPU time varies less with the load than wall-clock time does.
``--code DIR`` runs another checkout's explorer (e.g. an export of main) with this venv;
``--against DIR`` times another checkout's commands in the same rounds (before and after).
Python writes and reuses its bytecode cache (``__pycache__``), as an installed app does (pip
compiles it, a frozen build ships it), even when the calling shell sets
PYTHONDONTWRITEBYTECODE; ``--no-bytecode-cache`` keeps that setting (a module with no .pyc
written earlier is then compiled from source at every start). The load average is printed at
the start and at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = r"""
import os, sys
from pathlib import Path
if os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
if sys.argv[2] == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --log-level=3")
from PySide6.QtCore import QEventLoop, QTimer, QUrl, Qt
from PySide6.QtWidgets import QApplication
from PySide6.QtWebEngineWidgets import QWebEngineView
app = QApplication([])
page = Path(sys.argv[1]) / "bare.html"
page.write_text("<!doctype html><html><body style='font:20px sans-serif'>"
                "<h1>Hello</h1><p>A small local page.</p></body></html>")
view = QWebEngineView()
view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
view.resize(1400, 900)
view.show()
loop = QEventLoop()
view.loadFinished.connect(lambda ok: loop.quit())
view.load(QUrl.fromLocalFile(str(page)))
loop.exec()
# one frame for the page to reach the widget, as any grab after a load needs
QTimer.singleShot(50, loop.quit)
loop.exec()
view.grab().save(str(Path(sys.argv[1]) / "bare.png"), "PNG")
view.close()
del view
"""


PR_SET_CHILD_SUBREAPER = 36  # linux/prctl.h


def adopt_orphans() -> bool:
    """Make this process the reaper of its descendants' orphans (Linux), so that their CPU time
    is counted: QtWebEngine's renderer is forked by its zygote, which is ended before it reaps
    the renderer, so without this the page's own work (parsing, drawing) was never counted."""
    try:
        return ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def reap_orphans(keep: set[int], timeout: float = 10.0) -> None:
    """Wait for every child of this process but ``keep`` (the orphans adopted while a command
    ran), so that their CPU time is added to this process's children's."""
    deadline = time.monotonic() + timeout
    me = str(os.getpid())
    while time.monotonic() < deadline:
        orphans = []
        for entry in os.listdir("/proc"):
            if not entry.isdigit() or int(entry) in keep:
                continue
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[1] == me:  # the parent's pid
                orphans.append(int(entry))
        if not orphans:
            return
        for pid in orphans:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, os.WNOHANG)
        time.sleep(0.005)


KEEP: set[int] = set()  # children that outlive the commands (the Xvfb screen)


def timed(cmd: list[str], env: dict) -> tuple[float, float]:
    """Wall-clock seconds, and CPU seconds (user + system) of the process and of every
    descendant (QtWebEngine's own processes among them, its renderer included: see
    ``adopt_orphans``)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    # run outside the checkout: its folder would come first on sys.path (see --code)
    subprocess.run(cmd, env=env, check=True, capture_output=True, text=True, cwd=env["HOME_DIR"])
    wall = time.perf_counter() - t0
    reap_orphans(KEEP)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _commands(home: str, folder: str, code: Path | None, prefix: str, bytecode: bool) -> dict:
    """The timed commands of one checkout, in its own data and cache folders."""
    env = dict(
        os.environ,
        EXPLORER_CACHE_DIR=f"{home}/cache",
        XDG_DATA_HOME=f"{home}/data",
        XDG_CONFIG_HOME=f"{home}/config",
        HOME_DIR=home,
    )
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    if code:
        env["PYTHONPATH"] = str(code.resolve())
    py = sys.executable
    explorer = [py, "-m", "explorer"]
    project = f"{home}/project.gpkg"
    timed([*explorer, "ingest", folder, "-p", project], env)
    offscreen = dict(env)
    offscreen.pop("DISPLAY", None)
    commands = {
        "snapshot": ([*explorer, "snapshot", folder, "-o", f"{home}/a.png"], env),
        "gpkg": ([*explorer, "snapshot", project, "-o", f"{home}/b.png"], env),
        "window": ([*explorer, "open", folder, "--screenshot", f"{home}/c.png"], env),
    }
    if not prefix:
        commands = {
            "bare": ([py, "-c", BARE, home, "offscreen"], offscreen),
            **commands,
            "bare-x": ([py, "-c", BARE, home, "x"], env),
        }
    return {prefix + name: command for name, command in commands.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=str(ROOT / "seeds"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--code", type=Path, help="another checkout's explorer to run")
    ap.add_argument("--against", type=Path, help="a checkout to time in the same rounds")
    ap.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="keep PYTHONDONTWRITEBYTECODE from the environment (no .pyc written)",
    )
    args = ap.parse_args()
    bytecode = not args.no_bytecode_cache
    load_at_start = os.getloadavg()[0]
    from pyvirtualdisplay import Display

    screen = Display(visible=False, size=(1920, 1200), color_depth=24).start()
    KEEP.add(screen.pid)
    whole_tree = adopt_orphans()
    try:
        with tempfile.TemporaryDirectory() as home:
            os.makedirs(f"{home}/this")
            commands = _commands(f"{home}/this", args.folder, args.code, "", bytecode)
            if args.against:
                os.makedirs(f"{home}/other")
                commands |= _commands(
                    f"{home}/other", args.folder, args.against, "against ", bytecode
                )
            for cmd, cmd_env in commands.values():  # the first start: project, page cache
                timed(cmd, cmd_env)
            times: dict[str, list[float]] = {k: [] for k in commands}
            cpus: dict[str, list[float]] = {k: [] for k in commands}
            for _ in range(args.runs):
                for name, (cmd, cmd_env) in commands.items():
                    wall, cpu = timed(cmd, cmd_env)
                    times[name].append(wall)
                    cpus[name].append(cpu)
    finally:
        screen.stop()
    med = {k: statistics.median(v) for k, v in times.items()}
    cpu_med = {k: statistics.median(v) for k, v in cpus.items()}
    print(f"code: {args.code or ROOT}" + (f"  against: {args.against}" if args.against else ""))
    print(
        f"folder: {args.folder}  runs: {args.runs} (median, min-max, seconds); "
        f"load average {load_at_start:.1f} at the start, {os.getloadavg()[0]:.1f} at the end; "
        f"bytecode cache {'written' if bytecode else 'not written (PYTHONDONTWRITEBYTECODE kept)'}"
    )
    print(
        "CPU: every process of the command, QtWebEngine's renderer included"
        if whole_tree
        else "CPU: the process and the children it waited for (not QtWebEngine's renderer)"
    )
    for name, values in times.items():
        xvfb = name.endswith(("window", "bare-x"))
        bare = "bare-x" if xvfb else "bare"
        print(
            f"{name:>17}: {med[name]:6.2f}  ({min(values):.2f}-{max(values):.2f})"
            f"   ratio to bare{' (Xvfb)' if xvfb else '       '} {med[name] / med[bare]:5.2f}"
            f"   CPU {cpu_med[name]:5.2f} s, ratio {cpu_med[name] / cpu_med[bare]:5.2f}"
        )


if __name__ == "__main__":
    main()
