"""Process environment QtWebEngine needs, set before the QApplication exists.

Kept free of Qt imports so the launcher and the test setup can call it first.
"""

from __future__ import annotations

import os

# V8's young generation, MB a semi-space, from the start: the page's start allocates about
# 25 MB, mostly short-lived; V8's default starts at 1 MB and grows it only as objects survive,
# so the start ran ten scavenges and a mark-compact (benchmarks/README.md, section 1).
YOUNG_GENERATION = "--min-semi-space-size=16"


def prepare_qt_environment(headless: bool = False) -> None:
    """Set what QtWebEngine needs on this machine; values the user set already win.

    - As root, Chromium's sandbox refuses to start: disable it (only then).
    - With no display (or when asked), render offscreen: snapshots and CI need no screen.
    - No GPU here or in CI: software rendering; no background network chatter from Chromium.
    - V8's young generation sized for the page's start (``YOUNG_GENERATION``).
    """
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    no_display = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    if headless or no_display:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    quiet = ("--log-level=3",)  # Chromium's own errors (no D-Bus here) are noise to users
    for flag in (
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        *quiet,
    ):
        if flag not in flags:
            flags = f"{flags} {flag}".strip()
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = with_v8_flag(flags, YOUNG_GENERATION)
    os.environ.setdefault("QT_LOGGING_RULES", "qt.webenginecontext.debug=false;qt.rhi.*=false")


def with_v8_flag(flags: str, v8_flag: str) -> str:
    """Chromium's flags with ``v8_flag`` in their one ``--js-flags``, before the user's own.

    Chromium reads only the last ``--js-flags`` switch and V8 the last value of a flag, so a
    second switch would drop the user's V8 flags, while joining ours first (by a comma, which
    V8's flags in Chromium are split on) lets a value the user gave win.
    """
    words = flags.split()
    for i in range(len(words) - 1, -1, -1):
        if words[i].startswith("--js-flags="):
            given = words[i].removeprefix("--js-flags=")
            if v8_flag not in given.split(","):
                words[i] = f"--js-flags={v8_flag},{given}" if given else f"--js-flags={v8_flag}"
            return " ".join(words)
    return " ".join([*words, f"--js-flags={v8_flag}"])
