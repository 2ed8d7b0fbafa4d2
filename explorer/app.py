"""Composition root: builds the window, loads the source off the GUI thread, wires it up."""

from __future__ import annotations

import sys
from pathlib import Path

from explorer.mapview.environment import prepare_qt_environment


def run(
    source: Path | None = None, screenshot: Path | None = None, select: str | None = None
) -> int:
    prepare_qt_environment(headless=screenshot is not None)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

    from explorer.export import to_feature_collection
    from explorer.mapview.waiting import wait_for
    from explorer.paths import seeds_dir
    from explorer.pipeline import load_source
    from explorer.ui.main_window import MainWindow
    from explorer.ui.worker import Operation

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("explorer")
    app.setOrganizationName("explorer")
    window = MainWindow()
    operations: list[Operation] = []  # keep running operations alive

    def load(path: Path, fit: bool = True) -> Operation:
        op = Operation(lambda progress, cancelled: load_source(path))
        op.progressed.connect(window.show_progress)

        def on_done(analysis) -> None:
            window.show_collection(to_feature_collection(analysis), analysis.documents, fit)
            window.progress.hide()
            if analysis.problems:
                window.status.setText(
                    window.status.text() + f" · {len(analysis.problems)} unreadable"
                )

        def on_failed(message: str) -> None:
            window.progress.hide()
            window.status.setText("could not open " + str(path))
            if screenshot is None:
                QMessageBox.warning(window, "explorer", f"Could not open {path}:\n{message}")

        op.succeeded.connect(on_done)
        op.failed.connect(on_failed)
        op.finished.connect(lambda: operations.remove(op))
        operations.append(op)
        window.show_progress(0, 1, f"Reading {path} …")
        op.start()
        return op

    def ask_open() -> None:
        folder = QFileDialog.getExistingDirectory(window, "Open a folder of articles")
        if folder:
            load(Path(folder))

    window.open_requested.connect(ask_open)
    op = load(Path(source) if source else seeds_dir())

    if screenshot is None:
        window.show()
        return app.exec()

    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.show()
    if not window.map.is_ready:
        wait_for(window.map.ready, 60_000, "the map page to load")
    if operations:
        outcome: list[str] = []
        op.failed.connect(outcome.append)
        wait_for(op.finished, 300_000, "the articles to be analysed")
        if outcome:
            print(f"explorer: {outcome[0]}", file=sys.stderr)
            return 1
    wait_for(window.map.rendered, 60_000, "the map to be drawn")
    if select:
        window.select(select, fly=False)
        wait_for(window.map.rendered, 60_000, "the selection to be drawn")
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(screenshot), "PNG")
    window.close()
    if not ok:
        print(f"explorer: could not write {screenshot}", file=sys.stderr)
        return 1
    print(screenshot)
    return 0
