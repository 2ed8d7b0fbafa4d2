"""The window's commands: open, import, export, snapshot, review, undo; long work off the GUI
thread.

Every command is declared once in explorer.commands; this controller gives each its handler
(``handlers``), so menus, toolbar, shortcuts and the review panel's buttons all run the same
code. The controller owns what the window does not: file dialogs, background operations,
settings and the project's review store. Business logic stays in explorer.pipeline,
explorer.review and explorer.workspace.
"""

from __future__ import annotations

import gc
import importlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from explorer.commands import Key
from explorer.listing import KINDS
from explorer.settings import Settings
from explorer.ui.actions import build_actions
from explorer.ui.main_window import MainWindow
from explorer.ui.palette_dialog import PaletteDialog
from explorer.ui.plaintext import message_box, plain_tip
from explorer.ui.review_panel import ReviewPanel
from explorer.ui.settings_store import SettingsStore, remember_window, restore_window
from explorer.ui.worker import Operation
from explorer.workspace import Workspace

if TYPE_CHECKING:  # the item contract: imported where first used, by the reading thread
    from explorer.filters import FilterState
    from explorer.review import Review, ReviewController

log = logging.getLogger(__name__)

EXPORT_FILTERS = {
    "GeoJSON (*.geojson)": "geojson",
    "CSV (*.csv)": "csv",
    "KML (*.kml)": "kml",
    "GeoPackage (*.gpkg)": "gpkg",
    "HTML map, works offline (*.html)": "html",
}
TIMEOUT_MS = 60_000


def _local_paper() -> str:
    """Letter where the locale measures in inches (the US), A4 elsewhere."""
    from PySide6.QtCore import QLocale

    us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "letter" if us else "a4"


class ProjectReviews:
    """The review store of a project file, opened for each call (reviews are rare and tiny).

    ``read_only`` (who else has the project) refuses changes: another window is reviewing it.
    """

    def __init__(self, path: Path, read_only: str | None = None) -> None:
        self.path = path
        self.read_only = read_only

    def _call(self, name: str, *args: Any) -> Any:
        from explorer.store import Project, StoreError

        if self.read_only and name != "reviews":
            raise StoreError(f"the project is open read-only: {self.read_only} has it")
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
        self.source: Path | None = None  # what the analyst opened (titles maps and briefs)
        self.last_error: str | None = None
        self.interactive = True  # False in headless modes: no dialog waits for a click
        self.read_only: str | None = None  # who else has the open project, when someone has
        self._locks: dict[Path, Any] = {}  # project -> this window's write lock on it
        self.reviews: ReviewController | None = None
        self.actions, menus = build_actions(window, self.handlers())
        self.review_panel = ReviewPanel(window)
        self.review_panel.bind(self.actions)
        self.review_panel.edits_chosen.connect(self._on_edits_chosen)
        window.add_dock(self.review_panel, "Review", beside="Evidence")
        self.recent_menu = QMenu("Open &recent", window)
        menus["&File"].insertMenu(self.actions[Key.ADD_ARTICLES], self.recent_menu)
        self._fill_recent_menu()
        window.files_dropped.connect(self.add_paths)
        window.cancel_requested.connect(self.cancel)
        restore_window(self.settings, window)
        window.timeline_folded = {"folded": True, "shown": False}.get(self.settings.timeline_bars)
        window.timeline.folded_changed.connect(self._on_timeline_folded)
        self._restore_view()
        workspace.selection_changed.connect(self._on_selection_changed)
        workspace.filters_changed.connect(self._on_filters_changed)
        workspace.analysis_changed.connect(self._on_analysis_changed)
        self._update_review_actions()
        window.installEventFilter(self)

    def handlers(self) -> dict[Key, Callable]:
        """One handler per window command (explorer.commands.Key): a missing one fails loudly."""
        return {
            Key.OPEN_FOLDER: self.ask_open_folder,
            Key.ADD_ARTICLES: self.ask_add_articles,
            Key.OPEN_PROJECT: self.ask_open_project,
            Key.EXPORT: self.ask_export,
            Key.SNAPSHOT: self.ask_snapshot,
            Key.BRIEF: self.ask_brief,
            Key.IMPORT_TABLE: self.ask_import_table,
            Key.QUIT: self.window.close,
            Key.UNDO: self.undo_review,
            Key.REDO: self.redo_review,
            Key.FIND: self.find,
            Key.CONFIRM: self.confirm,
            Key.REJECT: self.reject,
            Key.EDIT: self.edit,
            Key.RESET_REVIEW: self.reset_review,
            Key.FIT: self.fit,
            Key.SHOW_REJECTED: self.workspace.set_show_rejected,
            Key.RESET_FILTERS: self.workspace.reset_filters,
            Key.COLOURS: self.ask_colours,
            Key.ABOUT: self.show_about,
        }

    def _restore_view(self) -> None:
        """The filters, the Items table's columns and the colours the analyst left last time."""
        # read by the workspace when first used and shown with the first project: the filters'
        # modules are the item contract's, imported by the thread that reads the project
        # rather than by the GUI thread before the map's page is ready
        saved = self.settings.filters
        self.workspace.restore_filters(saved, self.settings.show_rejected)
        rejected = saved.get("show_rejected") if isinstance(saved, dict) else None
        if rejected is None:
            rejected = self.settings.show_rejected
        self.actions[Key.SHOW_REJECTED].setChecked(rejected is True)
        self.window.items.set_columns(self.settings.items_columns)
        self.window.items.columns_changed.connect(self._on_items_columns_changed)
        if self.settings.palette:  # colours chosen before they were kept with the projects
            self.workspace.choose_colours({**self.workspace.book.chosen, **self.settings.palette})
            self.settings.palette = {}

    # --- loading ------------------------------------------------------------------------
    def open_source(self, source: Path, fit: bool = True) -> Operation:
        """Open a folder, article files or a project: ingest into its project, then show it."""
        from explorer.opening import default_project_for

        project = default_project_for(source)
        self.source = source
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
        if self.operation is not None:
            self.operation.cancel()
        busy = self._claim(project)
        if busy is not None:
            sources = [project]  # someone else writes to it: show it as it is, analyse nothing

        def read(progress, cancelled):
            """The project brought up to date and read, and its items built: all in the
            operation's thread, the GUI thread left to the map's page and the panels (the
            pipeline's modules too: imported here, they cost the GUI thread 10-15 ms before
            the window's page could be ready)."""
            from explorer.bulk import making_many
            from explorer.items import build_items
            from explorer.pipeline import open_sources

            # the item contract's other modules (the filters', the timeline's, the reviews'),
            # which the hand-over's panels use: imported here, not by the GUI thread before
            # the map's page is ready
            for module in ("explorer.filters", "explorer.review"):
                importlib.import_module(module)

            opened = open_sources(sources, project, progress, cancelled)
            with making_many():
                return opened, build_items(opened.analysis, opened.reviews)

        op = Operation(read, self)
        self.operation = op
        op.progressed.connect(self.window.show_progress)

        def on_done(result) -> None:
            opened, items = result
            if fit:
                self.window.fit_next_load()
            if self.workspace.project != project or self.read_only != busy:
                self.read_only = busy
                self._use_project(project)
            self._release_others(project)
            self.workspace.show_restored_filters()
            self.workspace.set_analysis(opened.analysis, project, opened.reviews, items)
            # What was just loaded lives until the next load: leave it out of the cyclic
            # collector's walks (a large project's million objects cost a second at the first
            # clicks after opening). Dropped at the next load, it is freed as usual: its
            # records hold no cycles.
            gc.freeze()
            if remember is not None:
                self.settings.add_recent(str(remember))
                self._fill_recent_menu()
            summary = opened.summary
            if summary is not None and summary.added and not fit:
                self.window.status.setText(
                    self.window.status.text() + f" · {len(summary.added)} article(s) added"
                )
            if opened.analysis.problems:
                self.window.status.setText(
                    self.window.status.text()
                    + f" · {len(opened.analysis.problems)} file(s) could not be read or analysed"
                )
                self.window.status.setToolTip(plain_tip("\n".join(opened.analysis.problems)))
            if busy is not None:
                notice = (
                    f"Opened read-only: {busy} has this project open; new articles are not "
                    "analysed and reviews are not saved here."
                )
                self.window.status.setText(notice)
                self.window.status.setToolTip(plain_tip(notice))
                if self.interactive:
                    message_box(self.window, notice, icon=QMessageBox.Icon.Information).open()

        def on_failed(message: str) -> None:
            from explorer.pipeline import IngestCancelled

            if project != self.workspace.project:
                self._release(project)
            if op.cancelled or isinstance(op.error, IngestCancelled):
                self.window.status.setText(f"Import cancelled; {message}")
                if isinstance(op.error, IngestCancelled) and op.error.summary.added:
                    QTimer.singleShot(0, lambda: self._show_saved(project, fit))
                return
            self.last_error = message
            self.window.status.setText(f"Could not open: {message}")
            if self.interactive:
                message_box(self.window, message).open()

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

    def _show_saved(self, project: Path, fit: bool) -> None:
        """After a cancelled import: show what was saved before the stop."""
        if self.operation is None:
            self._load([project], project, fit=fit)

    # --- one window writes to a project at a time ----------------------------------------
    def _claim(self, project: Path) -> str | None:
        """Take the project's write lock for this window; who has it when someone else does."""
        from explorer.store import StoreError
        from explorer.store.lock import ProjectBusy, ProjectLock

        if project in self._locks:
            return None
        lock = ProjectLock(project, "an explorer window")
        try:
            lock.acquire(wait=0)
        except ProjectBusy as busy:
            return busy.holder
        except StoreError as err:  # its folder is read-only: nobody can write, read it
            return f"nobody ({err})"
        self._locks[project] = lock
        return None

    def _release(self, project: Path) -> None:
        lock = self._locks.pop(project, None)
        if lock is not None:
            lock.release()

    def _release_others(self, project: Path) -> None:
        for other in [p for p in self._locks if p != project]:
            self._release(other)

    def release_projects(self) -> None:
        for project in list(self._locks):
            self._release(project)

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
        from explorer.review import ReviewController

        self.reviews = ReviewController(ProjectReviews(project, self.read_only))
        suffix = " (read-only)" if self.read_only else ""
        self.window.setWindowTitle(f"explorer — {project.name}{suffix}")
        self._update_review_actions()

    # --- view state -----------------------------------------------------------------------
    def _on_selection_changed(self, item_id: str | None) -> None:
        item = self.workspace.item(item_id)
        review = None
        if item is not None:
            from explorer.review import Review

            found = self.workspace.reviews.get(item.id) or {}
            review = Review(
                item.id, found.get("state", item.review), dict(found.get("edits") or {})
            )
        candidates = self.workspace.candidates_of(item.id) if item and item.kind == "place" else []
        self.review_panel.set_item(item, review, candidates)
        self._update_review_actions()

    def _on_filters_changed(self, state: FilterState) -> None:
        action = self.actions[Key.SHOW_REJECTED]
        if action.isChecked() != state.show_rejected:
            action.blockSignals(True)
            action.setChecked(state.show_rejected)
            action.blockSignals(False)

    def _on_analysis_changed(self) -> None:
        self._on_selection_changed(self.workspace.selection)

    # --- reviewing ------------------------------------------------------------------------
    def _selected(self):
        return self.workspace.item(self.workspace.selection)

    def confirm(self) -> None:
        item = self._selected()
        if item is not None:
            self._review(lambda r: r.confirm(item.id, item.name))

    def reject(self) -> None:
        item = self._selected()
        if item is not None:
            self._review(lambda r: r.reject(item.id, item.name))

    def reset_review(self) -> None:
        item = self._selected()
        if item is not None:
            self._review(lambda r: r.reset(item.id, item.name))

    def edit(self) -> None:
        if self._selected() is not None and self.reviews is not None:
            self.review_panel.open_editor()

    def _on_edits_chosen(self, item_id: str, edits: dict) -> None:
        item = self.workspace.item(item_id)
        name = item.name if item else ""
        self._review(lambda r: r.edit(item_id, edits, name))

    def undo_review(self) -> None:
        self._review(lambda r: r.undo())

    def redo_review(self) -> None:
        self._review(lambda r: r.redo())

    def _review(self, change: Callable[[ReviewController], Review | None]) -> None:
        """Run a review change; show the new state at once, re-reading the project only when
        edits change what the items are."""
        if self.reviews is None:
            return
        before = self.workspace.reviews
        try:
            review = change(self.reviews)
        except Exception as exc:  # the store refused: say why and carry on
            log.warning("review not recorded: %s", exc)
            self.review_panel.show_message(f"Not recorded: {exc}")
            return
        if review is not None:
            after = self.reviews.store.reviews()
            old_edits = (before.get(review.item_id) or {}).get("edits") or {}
            new_edits = (after.get(review.item_id) or {}).get("edits") or {}
            if old_edits != new_edits:
                self.reload()
            else:
                self.workspace.set_reviews(after)
            self.window.status.setText(f"{review.item_id}: {review.state}")
        self._on_selection_changed(self.workspace.selection)

    def _update_review_actions(self) -> None:
        has_item = self.reviews is not None and self._selected() is not None
        for key in (Key.CONFIRM, Key.REJECT, Key.EDIT, Key.RESET_REVIEW):
            self.actions[key].setEnabled(has_item)
        undo, redo = self.actions[Key.UNDO], self.actions[Key.REDO]
        can_undo = self.reviews is not None and self.reviews.can_undo
        can_redo = self.reviews is not None and self.reviews.can_redo
        undo.setEnabled(can_undo)
        redo.setEnabled(can_redo)
        undo.setText(
            f"&Undo {self.reviews.undo_label}" if can_undo and self.reviews else "&Undo review"
        )
        redo.setText(
            f"&Redo {self.reviews.redo_label}" if can_redo and self.reviews else "&Redo review"
        )

    # --- commands -----------------------------------------------------------------------
    def ask_open_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, "Open a folder of articles")
        if folder:
            self.open_source(Path(folder))

    def ask_add_articles(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.window,
            "Add articles",
            "",
            "Articles (" + " ".join(f"*{suffix}" for suffix in KINDS) + ")",
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

    def export(self, path: Path, fmt: str) -> Operation:
        """Write the visible items (the filters in force) in a worker thread."""
        from explorer.export import ExportOptions, export_items
        from explorer.mapview.page import build_page_html

        items = self.workspace.visible
        options = ExportOptions(
            title=self.workspace.default_title(self.source),
            palette=self.workspace.palette,
            map_page=build_page_html(self.workspace.palette) if fmt == "html" else None,
        )
        op = Operation(lambda progress, cancelled: export_items(items, fmt, path, options), self)
        op.succeeded.connect(lambda result: self.window.status.setText(result.message()))
        op.failed.connect(lambda message: self.window.status.setText(f"Export failed: {message}"))
        op.start()
        return op

    def _default_path(self, suffix: str) -> str:
        title = self.workspace.default_title(self.source)
        safe = "".join(c if c.isalnum() or c in "-_ " else "-" for c in title).strip() or "map"
        return str(Path.home() / f"{safe}{suffix}")

    def ask_snapshot(self) -> None:
        from explorer.ui.export_dialogs import MapExportDialog

        dialog = MapExportDialog(
            self.workspace.default_title(self.source), self._default_path(".png"), self.window
        )
        if dialog.exec():
            choice = dialog.choice()
            self.save_snapshot(choice.path, choice.title, choice.scale)

    def save_snapshot(self, path: Path, title: str | None = None, scale: float = 1.0) -> bool:
        """The map as the analyst sees it (view, filters, selection), drawn again offscreen at
        ``scale`` without controls, with title, legend, scale bar, credits and date."""
        from explorer.mapview.composition import describe_filters
        from explorer.mapview.snapshot import current_frame, render_snapshot
        from explorer.mapview.waiting import Timeout

        self.window.flush()
        visible = self.workspace.visible
        try:
            render_snapshot(
                visible,
                path,
                title=title or self.workspace.default_title(self.source),
                subtitle=describe_filters(
                    self.workspace.filters, self.workspace.items, len(visible)
                ),
                palette=self.workspace.palette,
                scale=scale,
                frame=current_frame(self.window.map),
                select=self.workspace.selection,
                timeout_ms=TIMEOUT_MS,
            )
        except (Timeout, RuntimeError, OSError, ValueError) as exc:
            self.window.status.setText(f"Could not save the map: {exc}")
            return False
        self.window.status.setText(f"Map saved to {path}")
        return True

    def ask_brief(self) -> None:
        from explorer.ui.export_dialogs import BriefExportDialog

        dialog = BriefExportDialog(
            self.workspace.default_title(self.source),
            self._default_path(".pdf"),
            _local_paper(),
            self.window,
        )
        if dialog.exec():
            choice = dialog.choice()
            self.save_brief(choice.path, choice.title, choice.paper)

    def save_brief(self, path: Path, title: str | None = None, paper: str = "a4") -> bool:
        """A PDF brief of what the window shows: its map, the sides and the items."""
        from explorer.mapview.brief import render_brief
        from explorer.mapview.snapshot import current_frame
        from explorer.mapview.waiting import Timeout

        self.window.flush()
        try:
            render_brief(
                self.workspace,
                path,
                title=title or self.workspace.default_title(self.source),
                paper=paper,
                frame=current_frame(self.window.map),
                timeout_ms=TIMEOUT_MS,
            )
        except (Timeout, RuntimeError, OSError, ValueError) as exc:
            self.window.status.setText(f"Could not write the brief: {exc}")
            return False
        self.window.status.setText(f"Brief saved to {path}")
        return True

    def ask_import_table(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            "Import an event table",
            "",
            "Event tables (*.csv *.tsv *.geojson *.json);;All files (*)",
        )
        if path:
            self.import_table(Path(path))

    def import_table(self, path: Path) -> Operation | None:
        """Add an event table to the open project (a new one for it when none is open)."""
        if self.workspace.project is None:
            return self.open_source(path)
        return self._load([path], self.workspace.project, fit=False)

    def find(self) -> None:
        self.window.docks["Items"].raise_()
        self.window.items.search.setFocus()
        self.window.items.search.selectAll()

    def fit(self) -> None:
        self.window.map.show_items(self.workspace.items, self.workspace.visible, fit=True)

    def ask_colours(self) -> None:
        dialog = PaletteDialog(self.workspace.palette, self.workspace.book.chosen, self.window)
        if dialog.exec():
            self.set_colours(dialog.overrides())

    def set_colours(self, choices: dict[str, str]) -> None:
        self.workspace.choose_colours(choices)

    def show_about(self) -> None:
        # imported when asked for: it reads packages' versions with ``importlib.metadata``,
        # whose import held the window's GUI thread 10-18 ms while its map's page loaded
        from explorer.ui.about import AboutDialog

        AboutDialog(self.window).exec()

    # --- persistence ----------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self.window and event.type() == QEvent.Type.Close:
            self.save_settings()
            if self.operation is not None:
                self.operation.cancel()
            self.release_projects()
        return False

    def _on_items_columns_changed(self, keys: list) -> None:
        self.settings.items_columns = list(keys)

    def _on_timeline_folded(self, folded: bool) -> None:
        self.settings.timeline_bars = "folded" if folded else "shown"

    def save_settings(self) -> None:
        remember_window(self.settings, self.window)
        self.workspace.show_restored_filters()
        self.settings.filters = self.workspace.filters.to_dict()
        self.settings.show_rejected = self.workspace.filters.show_rejected
        try:
            self.settings_store.save(self.settings)
        except OSError as err:  # settings are a convenience; never block closing
            log.warning("could not save settings: %s", err)
