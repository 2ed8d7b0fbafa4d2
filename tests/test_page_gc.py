"""The page's garbage collections are read from V8's own trace (``benchmarks/page_gc.py``).

V8 prints ``--trace-gc`` on the renderer's standard output: the benchmark starts the renderer
without QtWebEngine's zygote and reads its output through a pseudo-terminal (a pipe's buffer
is lost when the renderer is ended). Both halves are checked here: the lines a renderer of
this machine printed are read right, and a real page's collections reach the benchmark.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Lines a second snapshot's renderer printed (QtWebEngine 6.11, V8's --trace-gc).
TRACE = """\
Sandboxing disabled by user.
[8306:0x55cd7a487000]      571 ms: Scavenge 2.5 (3.8) -> 2.0 (4.3) MB, pooled: 0.0 MB, \
8.90 / 0.00 ms (average mu = 1.000, current mu = 1.000) allocation failure;
[6286:0x55da221e3000]     2455 ms: Scavenge (during sweeping) 8.2 (13.8) -> 5.1 (13.8) MB, \
pooled: 0.0 MB, 24.64 / 0.00 ms (average mu = 0.984, current mu = 0.984) allocation failure;
[8306:0x55cd7a487000]     1802 ms: Mark-Compact 13.7 (26.0) -> 9.8 (25.8) MB, pooled: 0.0 MB, \
8.49 / 0.04 ms (+ 24.1 ms in 27 steps since start of marking, biggest step 20.3 ms, walltime \
since start of marking 73 ms) (average mu = 0.983, current mu = 0.983) finalize incremental \
marking via task; GC in old space requested
/tmp/x.png
"""

# A page that allocates enough short-lived arrays for several scavenges, then says so.
PAGE = r"""
import os, sys
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
if os.geteuid() == 0:
    os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
from PySide6.QtCore import QEventLoop, QTimer, QUrl
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
from PySide6.QtWidgets import QApplication
app = QApplication([])
loop = QEventLoop()
class Page(QWebEnginePage):
    def javaScriptConsoleMessage(self, level, message, line, source):
        if message == "allocated":
            loop.quit()
profile = QWebEngineProfile()  # kept: a profile released before its page crashes Qt
page = Page(profile)
html = Path(sys.argv[1]) / "gc.html"
html.write_text("<!doctype html><script>var kept = [];"
                "for (var i = 0; i < 2e6; i++) {"
                " var a = [i, i + 1]; if (i % 1e4 === 0) kept.push(a); }"
                "console.log('allocated');</script>")
page.load(QUrl.fromLocalFile(str(html)))
QTimer.singleShot(60_000, loop.quit)
loop.exec()
os._exit(0)  # the trace is printed; QtWebEngine's teardown is not what is tested
"""


@pytest.fixture
def page_gc(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    import page_gc

    return page_gc


def test_collections_read_from_the_trace(page_gc):
    found = page_gc.collections(TRACE)
    assert found == [
        ("scavenge", 2.5, 2.0, 8.90),
        ("scavenge", 8.2, 5.1, 24.64),
        # the pause and the incremental marking's steps, both on the page's thread
        ("mark", 13.7, 9.8, pytest.approx(8.49 + 24.1)),
    ]


def test_a_real_renderers_collections_reach_the_benchmark(page_gc, tmp_path):
    env = dict(os.environ, QTWEBENGINE_CHROMIUM_FLAGS="--no-zygote --js-flags=--trace-gc")
    text = page_gc.traced([sys.executable, "-c", PAGE, str(tmp_path)], env, tmp_path)
    kinds = [kind for kind, *_ in page_gc.collections(text)]
    assert kinds.count("scavenge") >= 2, text[-2000:]


def test_what_the_page_allocated_is_summed_between_collections(page_gc):
    # the first collection's heap, then each one's heap less what the one before it left
    found = page_gc.collections(TRACE)
    assert page_gc.allocated(found) == pytest.approx(2.5 + (8.2 - 2.0) + (13.7 - 5.1))


def test_more_v8_flags_reach_v8(page_gc, tmp_path):
    """A flag added to the trace's reaches V8 (it prints each collection as named values):
    written as a switch of its own, Chromium would keep it and V8 would trace as before."""
    flags = page_gc.v8_flags("--trace-gc-nvp")
    env = dict(os.environ, QTWEBENGINE_CHROMIUM_FLAGS=f"--no-zygote {flags}")
    text = page_gc.traced([sys.executable, "-c", PAGE, str(tmp_path)], env, tmp_path)
    assert '"pause":' in text and '"gc":"s"' in text, text[-2000:]
