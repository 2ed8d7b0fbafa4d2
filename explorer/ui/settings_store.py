"""QSettings adapter for ``explorer.settings``: moves flat values in and out, nothing more.

The QSettings object is injected, so tests (and a portable build) point it at a file of their
choosing; ``default_qsettings()`` is the user's INI file for the real app.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

from explorer import settings as schema
from explorer.settings import Settings


def default_qsettings() -> QSettings:
    """The user's settings file (an INI file, the same on every platform)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "explorer", "explorer")


def _to_python(value: Any) -> Any:
    if isinstance(value, QByteArray):
        return value.data()
    return value


class SettingsStore:
    """Loads and saves ``Settings`` through one QSettings object."""

    def __init__(self, qsettings: QSettings) -> None:
        self.qsettings = qsettings
        self._stale: set[str] = set()  # keys an upgrade renamed away; removed on save

    @property
    def path(self) -> str:
        return self.qsettings.fileName()

    def load(self) -> Settings:
        raw = {key: _to_python(self.qsettings.value(key)) for key in self.qsettings.allKeys()}
        upgraded = schema.upgrade(raw)
        self._stale = set(raw) - set(upgraded)
        return schema.parse(upgraded)

    def save(self, settings: Settings) -> None:
        for key in sorted(self._stale):
            self.qsettings.remove(key)
        self._stale = set()
        for key, value in schema.to_mapping(settings).items():
            self.qsettings.setValue(key, QByteArray(value) if isinstance(value, bytes) else value)
        self.qsettings.sync()


def remember_window(settings: Settings, window: QMainWindow) -> None:
    """Copy the window's geometry and dock layout into ``settings`` (call before closing)."""
    settings.window_geometry = window.saveGeometry().data()
    settings.window_state = window.saveState().data()


def restore_window(settings: Settings, window: QMainWindow) -> bool:
    """Give the window its remembered geometry and docks; False when there was none to use."""
    restored = False
    if settings.window_geometry:
        restored = window.restoreGeometry(QByteArray(settings.window_geometry))
    if settings.window_state:
        restored = window.restoreState(QByteArray(settings.window_state)) and restored
    return restored
