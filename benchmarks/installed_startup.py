"""Start-up of the installed (frozen) app against the venv's, measured in one run.

    .venv/bin/python benchmarks/installed_startup.py [--installed PATH] [--runs 5]

PATH is the frozen executable: /opt/explorer/explorer once the .deb is installed, or
dist/explorer/explorer after packaging/build (the default). Two measures per app, each run a
fresh process, the two apps taking turns so that the machine's load falls on both alike:

- ``--version``: spawn to exit (bootloader or interpreter, and the command line's imports);
- ``open SEEDS --screenshot OUT``: spawn to a saved picture of the window with the map drawn
  on the bundled articles (a virtual screen when there is no display). An untimed first run
  per app analyses the articles, so the timed runs start as an analyst's second start does.

Each app gets its own HOME and cache. Prints medians, ranges and the ratio installed/venv;
compare figures from one run only.
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


def timed(command: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    run = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - t0
    if run.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({run.returncode}): {run.stderr[-800:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--installed", type=Path, default=ROOT / "dist" / "explorer" / "explorer")
    parser.add_argument("--venv", type=Path, default=ROOT / ".venv" / "bin" / "explorer")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    frozen = args.installed.resolve()
    if not frozen.is_file():
        sys.exit(f"{frozen}: no frozen app (run packaging/build)")
    seeds = {
        "venv": ROOT / "seeds",
        "installed": frozen.parent / "_internal" / "explorer" / "_seeds",
    }
    apps = {"venv": str(args.venv), "installed": str(frozen)}
    with tempfile.TemporaryDirectory(prefix="explorer-startup-") as tmp:
        envs = {}
        for name in apps:
            home = Path(tmp, name)
            home.mkdir()
            env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
            env.update(HOME=str(home), EXPLORER_CACHE_DIR=str(home / "cache"))
            envs[name] = env
        shot = Path(tmp, "window.png")

        def window(name: str) -> list[str]:
            return [apps[name], "open", str(seeds[name]), "--screenshot", str(shot)]

        for name in apps:  # analyse the articles once, untimed
            timed(window(name), envs[name])
        results: dict[tuple[str, str], list[float]] = {}
        for _ in range(args.runs):
            for name in apps:
                version = timed([apps[name], "--version"], envs[name])
                results.setdefault((name, "--version"), []).append(version)
                drawn = timed(window(name), envs[name])
                results.setdefault((name, "window drawn"), []).append(drawn)
    print(f"installed: {frozen}\nvenv:      {args.venv}\nruns: {args.runs}, alternating\n")
    for measure in ("--version", "window drawn"):
        medians = {}
        for name in apps:
            values = results[(name, measure)]
            medians[name] = statistics.median(values)
            print(
                f"{measure:>13} {name:>9}: median {medians[name]:6.2f} s "
                f"(range {min(values):.2f}-{max(values):.2f})"
            )
        ratio = medians["installed"] / medians["venv"]
        print(f"{measure:>13}     ratio: installed/venv = {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
