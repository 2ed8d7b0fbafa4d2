"""The window's page reaches the screen through Qt Quick drawn in software, not OpenGL.

Chromium draws the page in software (``--disable-gpu``); Qt Quick, which shows its frames in
the view's widget, drew them through OpenGL, which on a screen without a GPU (Xvfb here) is
Mesa's llvmpipe: about a fifth of the window's start-up CPU went to LLVM compiling its shaders
and to their code running (benchmarks/README.md, section 1's thirty-fourth pass).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from explorer.mapview import environment
from explorer.paths import seeds_dir

# The window's screenshot, with the graphics interface Qt Quick draws the map view's page with
# read from the view's own Qt Quick widget once the map is drawn.
WINDOW = r"""
import sys
import explorer.app as app
from explorer.cli import main
shown, apis = app._screenshot, []
def _screenshot(workspace, window, *args):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQuick import QQuickWindow
    for quick in QGuiApplication.allWindows():  # Chromium's widget's own Qt Quick window
        if isinstance(quick, QQuickWindow):
            apis.append(quick.rendererInterface().graphicsApi().name)
    return shown(workspace, window, *args)
app._screenshot = _screenshot
code = main(sys.argv[1:])
print("API", ",".join(apis))
sys.exit(code)
"""


@pytest.mark.skipif(
    not os.environ.get("DISPLAY") and not shutil.which("Xvfb"), reason="needs an X screen"
)
def test_the_windows_map_is_shown_by_qt_quick_in_software(seeds_project, tmp_path):
    shot = tmp_path / "window.png"
    args = ("open", str(seeds_dir()), "--screenshot", str(shot))
    env = {k: v for k, v in os.environ.items() if k != "QT_QUICK_BACKEND"}  # the app's choice
    env.pop("QT_QPA_PLATFORM", None)  # an X screen (offscreen has no OpenGL to leave)
    result = subprocess.run(
        [sys.executable, "-c", WINDOW, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "API Software"
    assert shot.stat().st_size > 10_000


def test_the_users_own_qt_quick_backend_wins(monkeypatch):
    for name in ("QTWEBENGINE_CHROMIUM_FLAGS", "QT_LOGGING_RULES", "QT_QPA_PLATFORM"):
        monkeypatch.setenv(name, os.environ.get(name, ""))
    monkeypatch.delenv("QT_QUICK_BACKEND", raising=False)
    environment.prepare_qt_environment()
    assert os.environ["QT_QUICK_BACKEND"] == "software"
    monkeypatch.setenv("QT_QUICK_BACKEND", "opengl")  # a user with a GPU who wants it
    environment.prepare_qt_environment()
    assert os.environ["QT_QUICK_BACKEND"] == "opengl"
