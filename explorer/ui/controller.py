"""The window's commands: open, import, export, snapshot, review; long work off the GUI thread.

The controller owns what the window does not: file dialogs, background operations, settings and
the project's review store. Business logic stays in explorer.pipeline and explorer.export.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from explorer.pipeline import Cancelled
from explorer.review import ReviewController
from explorer.settings import Settings
from explorer.ui.about import AboutDialog
from explorer.ui.actions import build_actions
from explorer.ui.main_window import MainWindow
from explorer.ui.palette_dialog import PaletteDialog
from explorer.ui.review_panel import ReviewPanel
from explorer.ui.settings_store import SettingsStore, remember_window, restore_window
from explorer.ui.worker import Operation
from explorer.workspace import Workspace

log = logging.getLogger(__name__)

EXPORT_FILTERS = {
    "GeoJSON (*.geojson)": "geojson",
    "CSV (*.csv)": "csv",
    "KML (*.kml)": "kml",
    "GeoPackage (*.gpkg)": "gpkg",
    "HTML report (*.html)": "html",
}


class ProjectReviews:
    """The review store of a project file, opened for each call (reviews are rare and tiny)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _call(self, name: str, *args: Any) -> Any:
        from explorer.store import Project

        with Project.open(self.path, create=False) as project:
            return getattr(project, name)(*args)

    def set_review(self, item_id: str, state: str, edits: dict | None = None) -> None:
        self._call("set_review", item_id, state, edits)

    def undo_review(self, item_id: str) -> str:
        return self._call("undo_review", item_id)

    def reviews(self) -> dict:
        return self._call("reviews")


class AppController(QObject):
    def __init__(self, workspace: Workspace, window: MainWindow, settings: SettingsStore) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.window = window
        self.settings_store = settings
        self.settings: Settings = settings.load()
        self.operation: Operation | None = None
        self.last_error: str | None = None
        self.reviews: ReviewController | None = None
        self.review_panel: ReviewPanel | None = None
        self.actions, menus = build_actions(
            window,
            {
                "open_folder": self.ask_open_folder,
                "add_articles": self.ask_add_articles,
                "open_project": self.ask_open_project,
                "export": self.ask_export,
                "snapshot": self.ask_snapshot,
                "quit": window.close,
                "fit": self.fit,
                "show_rejected": self.set_show_rejected,
                "reset_filters": window.filters.reset,
                "colours": self.ask_colours,
                "undo": self.undo_review,
                "about": self.show_about,
            },
        )
        workspace.palette_overrides = dict(self.settings.palette)
        self.recent_menu = QMenu("Open &recent", window)
        menus["&File"].insertMenu(self.actions["add_articles"], self.recent_menu)
        self._fill_recent_menu()
        window.files_dropped.connect(self.add_paths)
        window.cancel_requested.connect(self.cancel)
        restore_window(self.settings, window)
        if self.settings.filters:
            from explorer.filters import FilterState

            window.filters.set_state(FilterState.from_dict(self.settings.filters))
        self.actions["show_rejected"].setChecked(self.settings.show_rejected)
        window.workspace.selection_changed.connect(self._on_selection_changed)
        window.installEventFilter(self)

    # --- loading ------------------------------------------------------------------------
    def open_source(self, source: Path, fit: bool = True) -> Operation:
        """Open a folder, article files or a project: ingest into its project, then show it."""
        from explorer.pipeline import default_project_for

        project = default_project_for(source)
        return self._load([source], project, fit=fit, remember=source)

    def add_paths(self, paths: list[Path]) -> Operation | None:
        """Add articles to the open project (dropped or chosen); the map updates in place."""
        if self.workspace.project is None:
            return self.open_source(paths[0]) if len(paths) == 1 else None
        projects = [p for p in paths if p.suffix.lower() == ".gpkg"]
        if projects:
            return self.open_source(projects[0])
        return self._load(paths, self.workspace.project, fit=False)

    def reload(self) -> Operation | None:
        if self.workspace.project is None:
            return None
        return self._load([self.workspace.project], self.workspace.project, fit=False)

    def _load(self, sources: list[Path], project: Path, fit: bool, remember: Path | None = None):
        from explorer.pipeline import ingest_and_load
        from explorer.store import Project

        if self.operation is not None:
            self.operation.cancel()

        def work(progress, cancelled):
            analysis, summary = ingest_and_load(sources, project, progress, cancelled)
            with Project.open(project, create=False) as opened:
                reviews = opened.reviews()
            return analysis, summary, reviews

        op = Operation(work, self)
        self.operation = op
        op.progressed.connect(self.window.show_progress)

        def on_done(result) -> None:
            analysis, summary, reviews = result
            if fit:
                self.window.fit_next_load()
            if self.workspace.project != project:
                self._use_project(project)
            self.workspace.set_analysis(analysis, project, reviews)
            if remember is not None:
                self.settings.add_recent(str(remember))
                self._fill_recent_menu()
            if summary is not None and summary.added and not fit:
                self.window.status.setText(
                    self.window.status.text() + f" · {len(summary.added)} article(s) added"
                )
            if analysis.problems:
                self.window.status.setText(
                    self.window.status.text() + f" · {len(analysis.problems)} file(s) unreadable"
                )
                self.window.status.setToolTip("\n".join(analysis.problems))

        def on_failed(message: str) -> None:
            if message == Cancelled.__name__:
                self.window.status.setText("Import cancelled; the project is as it was")
                return
            self.last_error = message
            self.window.status.setText(f"Could not open: {message}")
            if not self.window.testAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen):
                QMessageBox.warning(self.window, "explorer", message)

        def on_finished() -> None:
            self.window.show_progress(1, 1, "")
            if self.operation is op:
                self.operation = None

        op.succeeded.connect(on_done)
        op.failed.connect(on_failed)
        op.finished.connect(on_finished)
        self.window.show_progress(0, 1, "Reading " + ", ".join(s.name for s in sources) + " …")
        op.start()
        return op

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for source in self.settings.recent_sources:
            action = self.recent_menu.addAction(source)
            action.triggered.connect(lambda _checked=False, s=source: self.open_source(Path(s)))
        self.recent_menu.setEnabled(bool(self.settings.recent_sources))

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
            self.window.status.setText("Cancelling…")

    def _use_project(self, project: Path) -> None:
        self.reviews = ReviewController(ProjectReviews(project))
        if self.review_panel is None:
            self.review_panel = ReviewPanel(self.reviews, self.window)
            self.window.add_dock(self.review_panel, "Review", below="Evidence")
            self.review_panel.review_changed.connect(lambda *_: self.reload())
        else:
            self.review_panel.controller = self.reviews
        self.window.setWindowTitle(f"explorer — {project.name}")

    def _on_selection_changed(self, item_id: str | None) -> None:
        if self.review_panel is None:
            return
        feature = self.workspace.feature(item_id) if item_id else None
        props = feature["properties"] if feature else None
        candidates = []
        if props and props.get("kind") == "place":
            candidates = [
                {
                    "gazetteer_id": c.gazetteer_id,
                    "name": c.name,
                    "country": c.country,
                    "lat": c.lat,
                    "lon": c.lon,
                    "kind": c.kind,
                }
                for c in self._candidates_of(props["id"])
            ]
        self.review_panel.set_item(props, candidates)

    def _candidates_of(self, place_id: str) -> list:
        seen: dict[str, Any] = {}
        for mention in self.workspace.analysis.mentions:
            if mention.place_id == place_id:
                for c in mention.candidates:
                    seen.setdefault(c.gazetteer_id, c)
        return list(seen.values())

    # --- commands -----------------------------------------------------------------------
    def ask_open_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, "Open a folder of articles")
        if folder:
            self.open_source(Path(folder))

    def ask_add_articles(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.window, "Add articles", "", "Articles (*.txt *.md *.html *.htm)"
        )
        if files:
            self.add_paths([Path(f) for f in files])

    def ask_open_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, "Open a project", "", "explorer project (*.gpkg)"
        )
        if path:
            self.open_source(Path(path))

    def ask_export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self.window, "Export visible items", "", ";;".join(EXPORT_FILTERS)
        )
        if path:
            self.export(Path(path), EXPORT_FILTERS.get(chosen, "geojson"))

    def export(self, path: Path, fmt: str) -> None:
        from explorer.export import export_analysis

        analysis = self.workspace.visible_analysis()
        op = Operation(lambda progress, cancelled: export_analysis(analysis, fmt, path), self)
        op.succeeded.connect(lambda out: self.window.status.setText(f"Exported to {out}"))
        op.failed.connect(lambda message: self.window.status.setText(f"Export failed: {message}"))
        op.start()

    def ask_snapshot(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, "Save map snapshot", "", "PNG (*.png)")
        if path:
            self.save_snapshot(Path(path))

    def save_snapshot(self, path: Path) -> bool:
        ok = self.window.map.grab().save(str(path), "PNG")
        self.window.status.setText(f"Map saved to {path}" if ok else f"Could not write {path}")
        return ok

    def fit(self) -> None:
        self.window.map.set_features(self.workspace.visible_collection(), fit=True)

    def set_show_rejected(self, on: bool) -> None:
        self.settings.show_rejected = on
        self.window.filters.set_state(self.window.filters.state().with_changes(show_rejected=on))

    def undo_review(self) -> None:
        if self.review_panel is not None:
            self.review_panel.undo_action.trigger()

    def ask_colours(self) -> None:
        dialog = PaletteDialog(
            self.workspace.palette, self.workspace.palette_overrides, self.window
        )
        if dialog.exec():
            self.set_colours(dialog.overrides())

    def set_colours(self, overrides: dict[str, str]) -> None:
        self.settings.palette = dict(overrides)
        self.workspace.set_palette_overrides(overrides)

    def show_about(self) -> None:
        AboutDialog(self.window).exec()

    # --- persistence ----------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self.window and event.type() == QEvent.Type.Close:
            self.save_settings()
        return False

    def save_settings(self) -> None:
        remember_window(self.settings, self.window)
        self.settings.filters = self.workspace.filters.to_dict()
        try:
            self.settings_store.save(self.settings)
        except OSError as err:  # settings are a convenience; never block closing
            log.warning("could not save settings: %s", err)
