"""Process environment QtWebEngine needs, set before the QApplication exists.

Kept free of Qt imports so the launcher and the test setup can call it first.
"""

from __future__ import annotations

import os


def prepare_qt_environment(headless: bool = False) -> None:
    """Set what QtWebEngine needs on this machine; values the user set already win.

    - As root, Chromium's sandbox refuses to start: disable it (only then).
    - With no display (or when asked), render offscreen: snapshots and CI need no screen.
    - No GPU here or in CI: software rendering; no background network chatter from Chromium.
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
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = flags
    os.environ.setdefault("QT_LOGGING_RULES", "qt.webenginecontext.debug=false;qt.rhi.*=false")
