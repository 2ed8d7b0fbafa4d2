"""Process environment QtWebEngine needs, set before the QApplication exists.

Kept free of Qt imports so the launcher and the test setup can call it first.
"""

from __future__ import annotations

import os

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


def prepare_qt_environment(headless: bool = False, verbose: bool = False) -> None:
    """Set what QtWebEngine needs on this machine; values the user set already win.

    - As root, Chromium's sandbox refuses to start: disable it (only then).
    - With no display (or when asked), render offscreen: snapshots and CI need no screen.
    - No GPU here or in CI: software rendering; no background network chatter from Chromium.
    - Chromium's log below fatal and Qt's messages that are not ours are hidden, unless
      ``verbose`` (the command line's -v): then everything is shown.
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
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = flags
    if not verbose:
        os.environ.setdefault("QT_LOGGING_RULES", QUIET_QT_RULES)
