"""Test setup: QtWebEngine on this machine, and no test touches the user's real files."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # we run as root in CI


@pytest.hookimpl(trylast=True)
def pytest_configure(config):
    # pytest-xvfb has set DISPLAY by now when Xvfb exists; without one, render offscreen.
    from explorer.mapview.environment import prepare_qt_environment

    prepare_qt_environment(headless=not os.environ.get("DISPLAY"))


@pytest.fixture(autouse=True)
def _isolated_user_files(tmp_path_factory, monkeypatch):
    """Point caches, settings and home at a temporary folder for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("EXPLORER_CACHE_DIR", str(home / ".cache" / "explorer"))
