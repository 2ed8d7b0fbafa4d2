"""Composition root: builds the workspace, window and controller, and runs them."""

from __future__ import annotations

import sys
from pathlib import Path

from explorer.mapview.environment import prepare_qt_environment

TIMEOUT_MS = 300_000


def build(settings_path: Path | None = None):
    """The app's parts, wired (needs a QApplication). Returns (workspace, window, controller)."""
    from PySide6.QtCore import QSettings

    from explorer.mapview.view import window_map

    _collect_on_the_gui_thread()

    # The map first: making it starts QtWebEngine's processes (the page's among them), which
    # start up while the window's modules are imported and its panels made. (The navigation
    # itself runs on this thread's event loop: the page's ``loadStarted`` comes once ``build``
    # has returned; giving the loop turns in between started it sooner and made the page ready
    # no sooner: benchmarks/README.md, section 1, twenty-ninth pass.)
    map_view = window_map()
    from explorer.palette import ColourBook
    from explorer.ui.main_window import MainWindow
    from explorer.ui.signals import WorkspaceSignals
    from explorer.workspace import Workspace

    workspace = Workspace(ColourBook.load(), WorkspaceSignals())
    window = MainWindow(workspace, map_view=map_view)
    from explorer.ui.controller import AppController
    from explorer.ui.settings_store import SettingsStore, default_qsettings

    qsettings = (
        QSettings(str(settings_path), QSettings.Format.IniFormat)
        if settings_path
        else default_qsettings()
    )
    controller = AppController(workspace, window, SettingsStore(qsettings))
    return workspace, window, controller


# How often the GUI thread looks whether a pass of the cyclic garbage collector is due (a look
# costs a microsecond; garbage made by a worker meanwhile waits at most this long)
COLLECT_EVERY_MS = 250


def _collect_on_the_gui_thread() -> None:
    """Cyclic garbage collected on the GUI thread alone, from its event loop: the window's Qt
    objects are then never destroyed by a worker that happened to trip the collector
    (``explorer.bulk.collect_on_this_thread_only``). Once per application."""
    from PySide6.QtCore import QCoreApplication, QTimer

    from explorer.bulk import collect_if_due, collect_on_this_thread_only

    app = QCoreApplication.instance()
    if app is None or app.findChild(QTimer, "explorer-collector") is not None:
        return
    collect_on_this_thread_only()
    timer = QTimer(app)
    timer.setObjectName("explorer-collector")
    timer.setInterval(COLLECT_EVERY_MS)
    timer.timeout.connect(collect_if_due)
    timer.start()


def _virtual_screen():
    """A virtual X screen for window screenshots when there is no display.

    Qt's offscreen platform renders a lone map view faithfully (``explorer snapshot`` uses
    it) but not a web view laid out inside a main window; Xvfb does both.
    """
    import os
    import shutil

    if os.environ.get("DISPLAY") or not shutil.which("Xvfb"):
        return None
    from pyvirtualdisplay import Display

    return Display(visible=False, size=(1920, 1200), color_depth=24).start()


def run(
    source: Path | None = None,
    screenshot: Path | None = None,
    select: str | None = None,
    verbose: bool = False,
) -> int:
    screen = _virtual_screen() if screenshot is not None else None
    try:
        return _run(source, screenshot, select, verbose)
    finally:
        if screen is not None:
            _close_qt()  # before its X server goes away
            screen.stop()


def _close_qt() -> None:
    import shiboken6
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        app.processEvents()
        shiboken6.delete(app)


def _run(source: Path | None, screenshot: Path | None, select: str | None, verbose: bool) -> int:
    prepare_qt_environment(verbose=verbose)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("explorer")
    app.setOrganizationName("explorer")
    from explorer.bulk import making_many

    # the window's modules, panels and controller made, and the window shown, with the cyclic
    # collector paused: its 80-odd passes meanwhile found nothing to free (making_many)
    with making_many():
        workspace, window, controller = build()  # the map view first: its processes start
        # imported after the map view: before it, they held its start back by 10-25 ms of the GUI
        # thread (the fault dialog's and the settled grab's Qt classes)
        from explorer.mapview.waiting import FIRST_TICK, Timeout
        from explorer.paths import seeds_dir
        from explorer.ui.faults import FaultReporter

        headless = screenshot is not None or QApplication.platformName() == "offscreen"
        controller.interactive = not headless
        faults = FaultReporter(window, interactive=not headless).install()
        if screenshot is not None:
            # the documented size, whatever the user's last layout, within the screen as a first
            # window is (``first_size``): on a 1280 x 760 screen the picture was of a 1600 x 960
            # window no one there sees (offscreen, whose screen is 800 x 600, 1600 x 960)
            from explorer.ui.main_window import first_size

            if QApplication.platformName() == "offscreen":
                window.resize(1600, 960)
                window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
            else:
                window.resize(first_size(window))
        window.show()
    renders: list[int] = []  # counts of every render, so none is missed while waiting elsewhere
    window.map.rendered.connect(renders.append)
    ticked: list[int] = []  # which of them answered the ping of the first "start"
    if screenshot is not None:
        # the settled grab's first ping goes with the basemap's "start", as a snapshot's does:
        # its tick is painted in the drawing's first frame, not one round trip after it
        window.map.tick_at_start(FIRST_TICK)
        window.map.ticked.connect(lambda _tick: ticked.append(len(renders) - 1))
    operation = controller.open_source(Path(source) if source else seeds_dir())
    try:
        if screenshot is None:
            return app.exec()
        return _screenshot(
            workspace, window, controller, operation, (renders, ticked), screenshot, select
        )
    except Timeout as err:
        print(f"explorer: {err}", file=sys.stderr)
        return 1
    finally:
        if screenshot is not None:
            window.close()
        faults.uninstall()
        controller.release_projects()


def _screenshot(workspace, window, controller, operation, answers, screenshot, select) -> int:
    from explorer.mapview.waiting import grab_settled, wait_for, wait_until

    renders, ticked = answers

    if not window.map.is_ready:
        wait_for(window.map.ready, TIMEOUT_MS, "the map page to load")
    # ``done``, not the ``finished`` signal: the operation's thread may send that before anyone
    # here listens (when the page is ready first, no event is handled in between); ``done`` is
    # set when it is delivered here
    wait_until(lambda: operation.done, TIMEOUT_MS, "the articles to be analysed")
    if controller.last_error:
        print(f"explorer: {controller.last_error}", file=sys.stderr)
        return 1
    expected = len(workspace.visible)
    while not renders or renders[-1] != expected:  # the empty map may be drawn first
        wait_for(window.map.rendered, TIMEOUT_MS, "the map to be drawn")
    # the first "start" carries the tick (``tick_at_start``): sent after the items (the
    # hand-over sends them, then "start"), it is answered after their drawing, and the settled
    # grab's first round trip is done; sent before them (the basemap's wait ran out first),
    # it is answered before, and the grab pings after them itself
    while not ticked:
        wait_for(window.map.rendered, TIMEOUT_MS, "the map to be drawn")
    drawn = [i for i, n in enumerate(renders) if n == expected and i not in ticked]
    pinged = bool(drawn) and drawn[0] < ticked[0] and not select
    if select:
        before = len(renders)
        if workspace.item(select) is not None:
            workspace.select(select)
        elif not window.show_stance(select):  # a stance: the exports list them with the items
            print(f"explorer: no item or stance with id {select!r}", file=sys.stderr)
            return 2
        # a stance whose conflict has no area selects nothing the map draws anew (its party's
        # items are marked, and the settled grab waits for that)
        while workspace.selection is not None and len(renders) == before:
            wait_for(window.map.rendered, TIMEOUT_MS, "the selection to be drawn")
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    # imported once the map is drawn: before the wait for its page, it cost the GUI thread
    # 5-10 ms while that page loaded
    from explorer.mapview.composition import PNG_QUALITY

    # the map is what may still be drawing: its settled grab's rounds grab it alone (3-4 ms a
    # grab, where the whole window's panels drawn again cost 15-35 ms), then the window once,
    # around the frame they settled on
    grab_settled(window.map, window.map, TIMEOUT_MS, pinged=pinged)
    ok = window.grab().toImage().save(str(screenshot), "PNG", PNG_QUALITY)
    window.close()
    if not ok:
        print(f"explorer: could not write {screenshot}", file=sys.stderr)
        return 1
    print(screenshot)
    return 0
