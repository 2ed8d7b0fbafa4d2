"""Process environment QtWebEngine needs, set before the QApplication exists.

Kept free of Qt imports so the launcher and the test setup can call it first.
"""

from __future__ import annotations

import os
import re

# Qt's and Chromium's messages an analyst can do nothing about, hidden unless -v asks for them:
# Qt WebEngine's own debug output, and what its GPU probing on a machine without one (or
# with the sandbox off, as root) writes through Qt's default category: "Sandboxing
# disabled by user.", "QRhiGles2: Failed to create context", "GPUInfo not initialized".
# Our own messages go through Python's logging and stay; critical and fatal ones stay.
QUIET_QT_RULES = ";".join(
    (
        "qt.webenginecontext.debug=false",
        "qt.rhi.*=false",
        "default.info=false",
        "default.warning=false",
    )
)


# V8's flags for every page of the app, the window's as much as a snapshot's: V8 compiles the
# functions it optimises on the page's thread, at once, instead of queueing them for its helper
# threads. Queued, they cost the renderer more CPU in all: a second snapshot of the seeds asks
# for about 100 such compilations (Maglev's; five TurboFan's), its helper threads spent about
# 60 ms more and its main thread about 25 ms less (benchmarks/README.md, section 1's
# thirty-third pass); the window's start 66-84 ms more on the helpers and 33-39 ms less on the
# page's thread (the forty-first pass). There the window's redraws and open of 100,000 events
# were measured too, with and without it: no slower made at once.
JS_FLAGS = ("--no-concurrent-recompilation",)

# Qt Quick, which hands the page's frames to the view's widget, draws them in software. Chromium
# already draws the page in software (``--disable-gpu``), so OpenGL would only copy its frames
# into a texture; on a screen without a GPU (Xvfb, a remote desktop, a virtual machine) that
# OpenGL is Mesa's llvmpipe, whose shaders LLVM compiled at every start: 0.23-0.34 s of the
# window's GUI thread on the seeds (benchmarks/README.md, section 1's thirty-fourth pass).
# The offscreen platform (snapshots) has no OpenGL and used software already. The window's
# screenshot waits for the frame that shows its last ping's tick (``grab_settled``), which a
# frame Qt Quick has not yet updated cannot show: the second pass's reason to drop this.
QUICK_BACKEND = "software"

_JS_FLAGS = re.compile(r'--js-flags=(?:"(?P<quoted>[^"]*)"|(?P<bare>\S*))')


def with_js_flags(flags: str, js: tuple[str, ...]) -> str:
    """Chromium's switches ``flags`` with V8's flags ``js`` put first in its ``--js-flags``.

    Chromium reads only the last ``--js-flags`` switch and splits it at commas; V8 keeps the
    last value it is given of a flag. So ``js`` go into the user's switch, before the user's
    own flags, which are kept and win where they say otherwise."""
    found = list(_JS_FLAGS.finditer(flags))
    if not found:
        return f"{flags} --js-flags={','.join(js)}".strip()
    last = found[-1]
    own = last["quoted"] if last["quoted"] is not None else last["bare"]
    js = tuple(flag for flag in js if flag not in re.split(r"[,\s]+", own))
    if not js:  # there already (this set-up run twice)
        return flags
    merged = ",".join((*js, own) if own else js)
    switch = f'--js-flags="{merged}"' if last["quoted"] is not None else f"--js-flags={merged}"
    return flags[: last.start()] + switch + flags[last.end() :]


def prepare_qt_environment(headless: bool = False, verbose: bool = False) -> None:
    """Set what QtWebEngine needs on this machine; values the user set already win.

    - As root, Chromium's sandbox refuses to start: disable it (only then).
    - With no display (or when asked), render offscreen: snapshots and CI need no screen.
    - No GPU here or in CI: software rendering, Chromium's and Qt Quick's (which shows the
      page in its widget: ``QUICK_BACKEND``); no background network chatter from Chromium.
    - Chromium's log below fatal and Qt's messages that are not ours are hidden, unless
      ``verbose`` (the command line's -v): then everything is shown.
    - V8 compiles on the page's thread (``JS_FLAGS``), the user's own V8 flags kept and
      winning where they say otherwise.
    """
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    no_display = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    if headless or no_display:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    quiet = () if verbose else ("--log-level=3",)
    for flag in (
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        *quiet,
    ):
        if flag not in flags:
            flags = f"{flags} {flag}".strip()
    flags = with_js_flags(flags, JS_FLAGS)
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = flags
    os.environ.setdefault("QT_QUICK_BACKEND", QUICK_BACKEND)
    if not verbose:
        os.environ.setdefault("QT_LOGGING_RULES", QUIET_QT_RULES)
