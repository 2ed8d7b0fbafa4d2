"""Every window command declared once; menus, toolbar and shortcuts are built from this list."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar


@dataclass(frozen=True)
class Command:
    key: str  # the handler's name: handlers[key]()
    text: str
    menu: str
    shortcut: str | QKeySequence.StandardKey | None = None
    toolbar: bool = False
    tip: str = ""
    checkable: bool = False


COMMANDS: list[Command] = [
    Command(
        "open_folder",
        "&Open folder of articles…",
        "&File",
        QKeySequence.StandardKey.Open,
        True,
        "Analyse a folder of articles and show it",
    ),
    Command(
        "add_articles",
        "&Add articles…",
        "&File",
        "Ctrl+Shift+A",
        True,
        "Add article files to the current project",
    ),
    Command(
        "open_project",
        "Open &project…",
        "&File",
        "Ctrl+Shift+O",
        False,
        "Open a project file (.gpkg)",
    ),
    Command(
        "export",
        "&Export visible items…",
        "&File",
        "Ctrl+E",
        True,
        "Write the items that pass the filters as GeoJSON, CSV, KML, GeoPackage or HTML",
    ),
    Command(
        "snapshot",
        "Save map &snapshot…",
        "&File",
        "Ctrl+Shift+S",
        True,
        "Save the map as it is now as a PNG",
    ),
    Command("quit", "&Quit", "&File", QKeySequence.StandardKey.Quit),
    Command("fit", "&Zoom to items", "&View", "Ctrl+0", True, "Show every visible item"),
    Command(
        "show_rejected",
        "Show &rejected items",
        "&View",
        None,
        False,
        "Also show items an analyst rejected",
        checkable=True,
    ),
    Command("reset_filters", "Reset &filters", "&View", "Ctrl+Shift+R"),
    Command(
        "colours", "&Colours…", "&View", None, False, "Choose the colour of each kind and side"
    ),
    Command("undo", "&Undo review", "&Edit", QKeySequence.StandardKey.Undo),
    Command("about", "&About explorer", "&Help"),
]


def build_actions(
    window: QMainWindow, handlers: dict[str, Callable]
) -> tuple[dict[str, QAction], dict[str, QMenu]]:
    """Create the actions, put them in menus and the toolbar, connect them to handlers.

    Returns the actions by command key and the menus by title.
    """
    actions: dict[str, QAction] = {}
    menus: dict[str, QMenu] = {}
    toolbar = QToolBar("Main", window)
    toolbar.setObjectName("toolbar-main")
    toolbar.setMovable(False)
    window.addToolBar(toolbar)
    for command in COMMANDS:
        action = QAction(command.text, window)
        action.setObjectName(f"action-{command.key}")
        if command.shortcut is not None:
            action.setShortcut(QKeySequence(command.shortcut))
        action.setStatusTip(command.tip)
        action.setToolTip(command.tip or command.text.replace("&", ""))
        action.setCheckable(command.checkable)
        handler = handlers.get(command.key)
        if handler is None:
            action.setEnabled(False)
        elif command.checkable:
            action.toggled.connect(handler)
        else:
            action.triggered.connect(lambda _checked=False, h=handler: h())
        if command.menu not in menus:
            menus[command.menu] = window.menuBar().addMenu(command.menu)
        menus[command.menu].addAction(action)
        if command.toolbar:
            toolbar.addAction(action)
        actions[command.key] = action
    return actions, menus
