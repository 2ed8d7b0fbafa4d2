"""The window's actions, menus and toolbar, built from the one list in explorer.commands.

Every declared window command needs a handler (``MissingHandler`` otherwise). Shortcuts are
window-wide: they work whichever panel has focus, and a text field keeps the keys it types
(Qt gives a focused line edit first refusal on a plain letter).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from explorer.commands import Command, Key, require_handlers, window_commands


def key_sequences(command: Command) -> list[QKeySequence]:
    """The platform's own keys for the command when it has them, else the declared ones."""
    if command.standard_key:
        standard = getattr(QKeySequence.StandardKey, command.standard_key)
        found = QKeySequence.keyBindings(standard)
        if found:
            return list(found)
    return [QKeySequence(command.shortcut)] if command.shortcut else []


def build_actions(
    window: QMainWindow, handlers: Mapping[Key, Callable]
) -> tuple[dict[Key, QAction], dict[str, QMenu]]:
    """Create the actions, put them in menus and the toolbar, connect them to handlers.

    Returns the actions by command key and the menus by title.
    """
    commands = window_commands()
    require_handlers(commands, handlers, "the window's menus")
    actions: dict[Key, QAction] = {}
    menus: dict[str, QMenu] = {}
    toolbar = QToolBar("Main", window)
    toolbar.setObjectName("toolbar-main")
    toolbar.setMovable(False)
    window.addToolBar(toolbar)
    for command in commands:
        assert command.menu is not None
        action = QAction(command.text, window)
        action.setObjectName(f"action-{command.key}")
        action.setShortcuts(key_sequences(command))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setIconText(f"{command.label} ({shortcut})" if len(shortcut) == 1 else command.label)
        action.setStatusTip(command.tip)
        tip = command.tip or command.label
        action.setToolTip(f"{tip} ({shortcut})" if shortcut and shortcut not in tip else tip)
        action.setCheckable(command.checkable)
        handler = handlers[command.key]
        if command.checkable:
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
