"""The Workspace's signals as Qt's, for the window (``Workspace(book, WorkspaceSignals())``).

The Workspace stays free of Qt: it is given these (or makes psygnal's, outside the window).
The window's views listen to them as to any Qt signal; the Workspace emits them on the GUI
thread, so every slot runs at once, as psygnal's did.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class WorkspaceSignals(QObject):
    analysis_changed = Signal()  # items were loaded, added or reviewed
    filters_changed = Signal(object)  # the FilterState now in force
    selection_changed = Signal(object)  # item id, or None
    palette_changed = Signal(object)  # explorer.palette.palette(...)
