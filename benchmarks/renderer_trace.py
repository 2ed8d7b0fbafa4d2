"""Where the page's CPU goes, by kind of work: Chromium's own trace of a second snapshot or window.

    cd /tmp && taskset -c 0 .venv/bin/python benchmarks/renderer_trace.py [--runs 3]
        [--against DIR] [--window] [--top 25] [FOLDER]

Runs a second `explorer snapshot FOLDER -o x.png` (or, with ``--window``, `explorer open
FOLDER --screenshot x.png` under Xvfb) of this checkout and, with ``--against``, of another,
alternated in each round, each in its own data folders warmed by one untimed run. Each run's
QtWebEngine opens its DevTools port on loopback (``QTWEBENGINE_REMOTE_DEBUGGING``); a thread
of the command's own process (a small driver around the CLI) asks the browser for a trace
(the DevTools protocol's ``Tracing`` domain: Blink's, V8's, the compositor's and the
scheduler's categories, with each slice's thread time) as soon as the port answers, before the
page's renderer exists, and ends it just before the picture's view is closed (the snapshot)
or once the window's screenshot is written, the GUI thread turning Qt's events meanwhile.
Nothing of the app is changed; the protocol's server and the trace cost CPU of their own, so
read the shares and the differences between checkouts, not the totals.

Prints, per checkout, medians over the runs, ms of thread time: each thread of the renderer
(by its name) and of the browser, then the renderer's main thread's self time by kind of work
(a slice's thread time less its children's): script compile, script run (V8 running the
page's JavaScript, with the DOM calls it makes), the collector, HTML parse, style, layout,
paint (pre-paint, paint, layerize, the compositor's commit), the page's own scheduler and IPC
(tasks and mojo messages, outside the slices above), and what no slice covers; then the
slices' names with the most self time (``--top``). And V8's code cache: how many compilations
consumed one or produced one (``v8.compile``'s arguments).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CATEGORIES = [
    "toplevel",
    "toplevel.flow",
    "blink",
    "blink.user_timing",
    "cc",
    "viz",
    "v8",
    "v8.execute",
    "loading",
    "ipc",
    "mojom",
    "devtools.timeline",
    "disabled-by-default-devtools.timeline",
    "disabled-by-default-v8.compile",
    "disabled-by-default-v8.gc",
]

# The driver: the CLI in this process, a thread asking for the trace as soon as the DevTools
# port answers, the trace ended before the view closes (or the window's screenshot returns)
DRIVER = r"""
import asyncio, json, os, sys, threading, urllib.request
out, argv = sys.argv[1], sys.argv[2:]
port = os.environ["QTWEBENGINE_REMOTE_DEBUGGING"].rsplit(":", 1)[1]
categories = json.loads(os.environ["TRACE_CATEGORIES"])
end, collected = threading.Event(), threading.Event()

def tracer():
    from tornado.websocket import websocket_connect
    async def run():
        while True:
            try:
                version = f"http://127.0.0.1:{port}/json/version"
                with urllib.request.urlopen(version, timeout=1) as r:
                    url = json.load(r)["webSocketDebuggerUrl"]
                break
            except OSError:
                await asyncio.sleep(0.002)
        ws = await websocket_connect(url, max_message_size=1 << 31)
        config = {"includedCategories": categories, "recordMode": "recordAsMuchAsPossible"}
        await ws.write_message(json.dumps({"id": 1, "method": "Tracing.start", "params": {
            "traceConfig": config, "transferMode": "ReportEvents"}}))
        while not end.is_set():
            await asyncio.sleep(0.005)
        await ws.write_message(json.dumps({"id": 2, "method": "Tracing.end"}))
        events = []
        while True:
            message = json.loads(await ws.read_message())
            if message.get("method") == "Tracing.dataCollected":
                events += message["params"]["value"]
            elif message.get("method") == "Tracing.tracingComplete":
                break
        with open(out, "w") as fh:
            json.dump(events, fh)
        collected.set()
    asyncio.run(run())

threading.Thread(target=tracer, daemon=True).start()

def hold():
    from PySide6.QtCore import QCoreApplication, QEventLoop
    end.set()
    while not collected.wait(0.002):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

import explorer.app as app
import explorer.mapview.snapshot as snapshot
close_view, screenshot = snapshot.close_view, app._screenshot
def held_close(view):
    hold()
    close_view(view)
def held_screenshot(*args):
    code = screenshot(*args)
    hold()
    return code
snapshot.close_view, app._screenshot = held_close, held_screenshot
from explorer.cli import main
sys.exit(main(argv))
"""

# A slice's kind of work, by its name's start (or its category), the first rule that matches
KINDS = (
    (
        "script compile",
        (
            "V8.Compile",
            "V8.Parse",
            "V8.PreParse",
            "V8.Maglev",
            "V8.TurboFan",
            "V8.Turbofan",
            "V8.Optimize",
            "V8.Baseline",
            "BackgroundCompileTask",
            "v8.compile",
            "v8.parse",
            "v8.streamingCompile",
            "v8.produceCache",
            "v8.consumeCache",
            "V8.StreamingFinalization",
            "V8.DeoptimizeCode",
            "FlushInstructionCache",
        ),
    ),
    (
        "collector",
        (
            "V8.GC",
            "MinorGC",
            "MajorGC",
            "BlinkGC",
            "CppGC",
            "LiveObjectVisitor",
            "RememberedSetUpdatingItem",
            "V8.ExternalMemoryPressure",
        ),
    ),
    (
        "HTML parse and loading",
        (
            "ParseHTML",
            "HTMLDocumentParser",
            "ResourceFetcher",
            "Resource::",
            "URLLoader",
            "ResponseBodyLoader",
            "ThrottlingURLLoader",
            "TextResourceDecoder",
            "ResourceRequestSender",
            "Document::FinishedParsing",
            "HTMLParserScriptRunner",
            "ResourceLoader",
            "DocumentLoader",
            "FrameLoader",
            "navigation",
        ),
    ),
    (
        "style",
        (
            "UpdateLayoutTree",
            "Document::recalcStyle",
            "Document::rebuildLayoutTree",
            "Document::updateStyle",
            "RecalcStyle",
            "CSSParser",
            "ParseAuthorStyleSheet",
            "StyleEngine",
            "Document::UpdateStyleAndLayoutTree",
            "ScheduleStyleRecalculation",
        ),
    ),
    (
        "layout",
        (
            "Layout",
            "LocalFrameView::performLayout",
            "LocalFrameView::layout",
            "InlineNode",
            "HitTest",
            "UpdateLayerTree",
            "LayoutNG",
            "FontCache",
            "ShapeText",
        ),
    ),
    (
        "paint and raster",
        (
            "PrePaint",
            "Paint",
            "Layerize",
            "Blink.PrePaint",
            "Blink.Paint",
            "Canvas",
            "BaseRenderingContext2D",
            "DisplayItemList",
            "ZeroCopyRasterBuffer",
            "RasterTask",
            "Raster",
            "ImageDecode",
            "Decode Image",
            "Commit",
            "CompositeLayers",
            "ProxyMain",
            "ProxyImpl",
            "LayerTreeHost",
            "TileManager",
            "cc::",
            "Scheduler::",
            "PaintArtifactCompositor",
            "LocalFrameView::RunPaint",
            "LocalFrameView::UpdateAll",
            "Blink.Compositing",
            "Blink.UpdateLayers",
            "BeginMainFrame",
            "TaskGraphRunner",
        ),
    ),
    (
        "script run",
        (
            "FunctionCall",
            "v8.run",
            "v8.execute",
            "v8.call",
            "v8.evaluate",
            "v8.newInstance",
            "EvaluateScript",
            "V8.Execute",
            "V8.Bytecode",
            "TimerFire",
            "EventDispatch",
            "FireAnimationFrame",
            "RunMicrotasks",
            "V8.RunMicrotasks",
            "v8.runMicrotasks",
            "V8.StackGuard",
            "V8.InvokeApiInterruptCallbacks",
        ),
    ),
    (
        "scheduler and IPC",
        (
            "ThreadControllerImpl",
            "ThreadPool_RunTask",
            "RunTask",
            "Receive mojo",
            "SimpleWatcher",
            "Connector::",
            "MessagePipe",
            "AsyncTask",
            "BlinkScheduler",
            "MainThreadScheduler",
            "SequenceManager",
            "mojo",
            "ChannelAssociatedGroupController",
            "ScopedBlockingCall",
            "IPC",
        ),
    ),
)


def kind_of(name: str, category: str = "") -> str:
    """A slice's kind of work (``KINDS``), by its name's start, then its category."""
    for kind, starts in KINDS:
        if name.startswith(starts):
            return kind
    if "v8.compile" in category:
        return "script compile"
    if "v8.gc" in category:
        return "collector"
    return "other slices"


def free_port() -> int:
    """A loopback port no one listens on now, for a run's DevTools server."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def traced_env(env: dict, port: int) -> dict:
    """``env`` with QtWebEngine's DevTools port on loopback and the trace's categories."""
    return dict(
        env,
        QTWEBENGINE_REMOTE_DEBUGGING=f"127.0.0.1:{port}",
        TRACE_CATEGORIES=json.dumps(CATEGORIES),
    )


def traced(cli_args: list[str], out: Path, env: dict, cwd: Path) -> list[dict]:
    """The trace's events of `explorer CLI_ARGS` run by the driver (``env``: ``traced_env``'s),
    kept in ``out`` as JSON."""
    cmd = [sys.executable, "-c", DRIVER, str(out), *cli_args]
    subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, check=True, timeout=600)
    return json.loads(out.read_text())


def home_env(home: Path, code: Path | None, window: bool) -> dict:
    """This process's environment with the app's data, config and caches under ``home``, the
    checkout ``code`` first on the path (when given), and no display unless ``window``."""
    env = dict(
        os.environ,
        EXPLORER_CACHE_DIR=str(home / "cache"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "xcache"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not window:
        env.pop("DISPLAY", None)
    if code is not None:
        env["PYTHONPATH"] = str(code.resolve())
    return env


def _driver_env(home: Path, code: Path | None, port: int, window: bool) -> dict:
    return traced_env(home_env(home, code, window), port)


def _slices(
    events: list[dict],
) -> dict[tuple[int, int], list[tuple[float, float, float, str, dict]]]:
    """Each thread's complete slices: (start, end, thread time, name, args), B/E paired."""
    out: dict[tuple[int, int], list] = collections.defaultdict(list)
    open_: dict[tuple[int, int], list[dict]] = collections.defaultdict(list)
    for ev in sorted(events, key=lambda e: e.get("ts", 0)):
        ph, key = ev.get("ph"), (ev.get("pid"), ev.get("tid"))
        if ph == "X" and "dur" in ev:
            tdur = ev.get("tdur", ev["dur"])
            out[key].append((ev["ts"], ev["ts"] + ev["dur"], tdur, ev["name"], ev.get("args", {})))
        elif ph == "B":
            open_[key].append(ev)
        elif ph == "E" and open_[key]:
            b = open_[key].pop()
            tdur = (
                ev.get("tts", 0) - b.get("tts", 0)
                if "tts" in b and "tts" in ev
                else ev["ts"] - b["ts"]
            )
            out[key].append(
                (b["ts"], ev["ts"], tdur, b["name"], {**b.get("args", {}), **ev.get("args", {})})
            )
    return out


def _self_times(slices: list[tuple]) -> collections.Counter:
    """Each name's self thread time (ms): a slice's less what its children took."""
    selfs: collections.Counter = collections.Counter()
    stack: list[list] = []  # [end, name, thread time left]
    for start, end, tdur, name, _args in sorted(slices, key=lambda s: (s[0], -s[1])):
        while stack and stack[-1][0] <= start:
            done = stack.pop()
            selfs[done[1]] += max(done[2], 0.0) / 1000
        if stack:
            stack[-1][2] -= tdur
        stack.append([end, name, tdur])
    for done in stack:
        selfs[done[1]] += max(done[2], 0.0) / 1000
    return selfs


def analyse(events: list[dict]) -> dict[str, float]:
    """One run's figures (ms), keyed for printing."""
    names: dict[tuple[int, int], str] = {}
    kinds: dict[int, str] = {}
    for ev in events:
        if ev.get("ph") == "M" and ev.get("name") == "thread_name":
            names[(ev["pid"], ev["tid"])] = ev["args"]["name"]
        if ev.get("ph") == "M" and ev.get("name") == "process_name":
            kinds[ev["pid"]] = ev["args"]["name"]
    category = {ev.get("name"): ev.get("cat", "") for ev in events}
    figures: dict[str, float] = collections.Counter()
    slices = _slices(events)
    for key, ones in slices.items():
        process = "Renderer" if kinds.get(key[0]) == "Renderer" else "Browser"
        thread = names.get(key, "?")
        selfs = _self_times(ones)
        figures[f"thread {process} {thread}"] += sum(selfs.values())
        if process == "Renderer":
            where = {"CrRendererMain": "main", "ThreadPoolForegroundWorker": "pool"}.get(thread)
            for name, ms in selfs.items():
                if where is not None:
                    figures[f"kind {where}: {kind_of(name, category.get(name, ''))}"] += ms
                if where == "main":
                    figures[f"name {name}"] += ms
        for _s, _e, _t, name, args in ones:
            if name == "v8.compile" and process == "Renderer" and args.get("data"):
                data = args["data"]
                figures["cache scripts compiled"] += 1
                figures["cache of them streamed (compiled off the main thread)"] += bool(
                    data.get("streamed")
                )
                figures["cache of them from V8's code cache"] += bool(
                    data.get("consumedCacheSize")
                    or data.get("cacheConsumeOptions") not in (None, "", "no cache")
                )
                figures["cache of them whose code was cached for next time"] += bool(
                    data.get("producedCacheSize")
                )
    return figures


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=str(ROOT / "seeds"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--against", type=Path, help="a checkout to trace in the same rounds")
    ap.add_argument("--window", action="store_true", help="the window, under Xvfb")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--keep", type=Path, help="a folder to keep the traces in")
    args = ap.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} at the start")
    checkouts = {"this": None, **({"against": args.against} if args.against else {})}
    with tempfile.TemporaryDirectory() as tmp:
        screen = None
        if args.window:
            from pyvirtualdisplay import Display

            screen = Display(visible=False, size=(1920, 1200), color_depth=24).start()
        try:
            runs: dict[str, list[dict[str, float]]] = {name: [] for name in checkouts}
            for round_ in range(args.runs + 1):  # the first: the project and the page's cache
                for name, code in checkouts.items():
                    home = Path(tmp) / name
                    home.mkdir(exist_ok=True)
                    env = _driver_env(home, code, free_port(), args.window)
                    sub = (
                        ["open", args.folder, "--screenshot"]
                        if args.window
                        else ["snapshot", args.folder, "-o"]
                    )
                    out = home / f"trace{round_}.json"
                    events = traced([*sub, str(home / "x.png")], out, env, home)
                    if round_:
                        runs[name].append(analyse(events))
                        if args.keep:
                            args.keep.mkdir(parents=True, exist_ok=True)
                            out.rename(args.keep / f"{name}{round_}.json")
        finally:
            if screen is not None:
                screen.stop()
    load = os.getloadavg()[0]
    print(f"load average {load:.1f} at the end; medians of {args.runs}, ms of thread time")
    names = list(runs)
    keys = sorted({k for one in runs.values() for r in one for k in r})
    med = {k: [statistics.median(r.get(k, 0.0) for r in runs[n]) for n in names] for k in keys}
    print(f"{'':60}" + "".join(f"{n:>12}" for n in names))
    for prefix in ("thread ", "kind ", "cache "):
        for k in keys:
            if k.startswith(prefix) and max(med[k]) >= (0.5 if prefix != "cache " else 0):
                print(f"{k:60.60}" + "".join(f"{m:12.1f}" for m in med[k]))
    top = sorted((k for k in keys if k.startswith("name ")), key=lambda k: -med[k][0])[: args.top]
    for k in top:
        print(f"{k:60.60}" + "".join(f"{m:12.1f}" for m in med[k]))


if __name__ == "__main__":
    main()
