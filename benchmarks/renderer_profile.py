"""The map page's JavaScript in a second snapshot, by function: V8's sampling profiler.

    .venv/bin/python benchmarks/renderer_profile.py [--runs 4] [--code DIR] [--under NAME] [FOLDER]

Runs ``explorer snapshot FOLDER`` once untimed (the project, the cached page), then ``--runs``
times with QtWebEngine's renderer started with ``--js-flags="--prof ..."``: V8 writes a tick
every millisecond of its main thread (the stack, JavaScript frames named by file, line and
column) to a log per run, in a folder of this script's own. Node's tick processor (``node
--prof-process --preprocess``; Node on the PATH, used here only, never by the app) reads each
log into JSON. V8 of QtWebEngine 6.11 writes a code state (``+``, its mid tier) that Node 20's
processor does not know: it is read as optimised code, which changes no stack. Prints the
ticks by the first JavaScript frame of their stack ("self": the C++ it calls, as Blink's DOM,
layout or ICU, counted there), then by every frame on it ("inclusive"), summed over the runs;
``--under NAME`` counts only the ticks whose stack holds a function whose name starts so, and
what runs beneath it. A tick is a millisecond of the renderer's main thread when the machine
is idle; under load, read the shares.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WEB = (ROOT / "resources" / "web").as_uri() + "/"


def _ticks(preprocessed: dict) -> list[list[str]]:
    """Each tick's stack, innermost first, as the names of its JavaScript frames."""
    code = preprocessed["code"]
    stacks = []
    for tick in preprocessed["ticks"]:
        names = []
        for i in tick["s"][::2]:  # pairs: code index, offset
            if 0 <= i < len(code) and code[i].get("type") == "JS":
                names.append(code[i].get("name", "?").replace(WEB, ""))
        stacks.append(names)
    return stacks


def _profile(log: Path) -> dict:
    text = log.read_text("utf-8", "replace")
    log.write_text(text.replace(",+'\n", ",*\n").replace(",+\n", ",*\n"), "utf-8")
    out = subprocess.run(
        ["node", "--prof-process", "--preprocess", str(log)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(out.stdout[out.stdout.index("{") :])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", nargs="?", default=str(ROOT / "seeds"))
    ap.add_argument("--runs", type=int, default=4)
    ap.add_argument("--code", type=Path, default=ROOT, help="the checkout to run")
    ap.add_argument("--under", default="", help="only the ticks beneath this function")
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()
    if shutil.which("node") is None:
        sys.exit("renderer_profile: needs node on the PATH (its --prof-process reads V8's logs)")
    print(f"load average {os.getloadavg()[0]:.1f} at the start")
    with tempfile.TemporaryDirectory(prefix="explorer-v8prof-") as tmp:
        home = Path(tmp)
        env = dict(
            os.environ,
            EXPLORER_CACHE_DIR=f"{home}/cache",
            XDG_DATA_HOME=f"{home}/data",
            XDG_CONFIG_HOME=f"{home}/config",
            PYTHONPATH=str(args.code.resolve()),
        )
        env.pop("DISPLAY", None)
        folder = home / "folder"
        shutil.copytree(args.source, folder)
        snap = [sys.executable, "-m", "explorer", "snapshot", str(folder), "-o", f"{home}/x.png"]
        subprocess.run(snap, env=env, cwd=home, check=True, capture_output=True)
        logs = home / "logs"
        logs.mkdir()
        flags = f'--js-flags="--prof --logfile={logs}/v8-%p.log --no-logfile-per-isolate"'
        for _ in range(args.runs):
            subprocess.run(
                snap, env=dict(env, QTWEBENGINE_CHROMIUM_FLAGS=flags), cwd=home, check=True,
                capture_output=True,
            )  # fmt: skip
        stacks = [s for log in sorted(logs.glob("v8-*.log")) for s in _ticks(_profile(log))]
    print(f"load average {os.getloadavg()[0]:.1f} at the end; code {args.code}")
    if args.under:
        stacks = [
            s[: next(k for k, n in enumerate(s) if n.startswith(args.under)) + 1]
            for s in stacks
            if any(n.startswith(args.under) for n in s)
        ]
    first = collections.Counter(s[0] if s else "(no JavaScript frame)" for s in stacks)
    inclusive = collections.Counter(n for s in stacks for n in set(s))
    print(
        f"{len(stacks)} ticks in {args.runs} runs" + (f" under {args.under}" if args.under else "")
    )
    for title, counts in (("self", first), ("inclusive", inclusive)):
        print(f"--- {title}")
        for name, n in counts.most_common(args.top):
            print(f"{n:6} {n / args.runs:7.1f}/run  {name}")


if __name__ == "__main__":
    main()
