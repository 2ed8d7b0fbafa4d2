"""The main window: composes the map and the panels around one Workspace and wires them.

No business logic and no view state live here: the Workspace holds the filters, the search,
the time range and the selection; panels show them and turn the analyst's clicks into
Workspace calls. Commands (open, export, review, ...) are handled by the app's controller.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QLabel,
    QMainWindow,
    QProgressBar,
    QScrollArea,
    QToolButton,
    QWidget,
)

from explorer.listing import KINDS
from explorer.mapview.view import MapView, window_map
from explorer.opening import PROJECT_SUFFIXES
from explorer.ui.evidence_panel import EvidencePanel
from explorer.ui.items_panel import ItemsPanel
from explorer.ui.sides_panel import SidesPanel
from explorer.ui.timeline_panel import TimelinePanel
from explorer.workspace import Workspace

if TYPE_CHECKING:  # the item contract: imported where first used, not at the window's build
    from explorer.filters import FilterState
    from explorer.ui.document_view import DocumentView
    from explorer.ui.filter_panel import FilterPanel

# How long a hand-over's panels wait for a map page that is not ready (a page that never
# loads leaves them empty no longer than this).
TABLES_WAIT_MS = 3000
_TITLE_BAR = 40  # pixels a window manager's frame adds above the window, about
_MAP_SHARE = 0.4  # of the window's width, the least the docks leave the map
_TIMELINE_HEIGHT = 150  # the timeline dock's first height, in pixels
# A window first laid out lower than this opens with the timeline folded to its line of text:
# at 1280 x 760 its bars, handles and two lines took 168 pixels, the map kept 511
_FOLDED_BELOW = 820


class MainWindow(QMainWindow):
    files_dropped = Signal(list)  # list[Path]
    cancel_requested = Signal()

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, map_view: MapView | None = None
    ) -> None:
        """``map_view``: the window's map, made beforehand (``window_map``) so that its page
        loads while this module and the panels are imported; made here if None."""
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle("explorer")
        self.resize(first_size(self))
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)

        self.map = map_view or window_map()
        self.setCentralWidget(self.map)
        self.items = ItemsPanel(self)
        self.evidence = EvidencePanel(self)
        # the tabs behind Items and Evidence: made when first shown or asked for (their
        # modules and widgets held the GUI thread 5-7 ms before the map's page was ready)
        self._filters: FilterPanel | None = None
        self._filters_shown = True  # its dock's last visibilityChanged (none yet: shown)
        self._article: DocumentView | None = None
        self.sides = SidesPanel(self)
        self.timeline = TimelinePanel(self)
        self.docks: dict[str, QDockWidget] = {}
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self._dock(self.items, "Items", left)
        self._dock(QWidget(self), "Filters", left)
        self.tabifyDockWidget(self.docks["Items"], self.docks["Filters"])
        self.docks["Items"].raise_()
        self._dock(self.evidence, "Evidence", right)
        self._dock(QWidget(self), "Article", right)
        self.tabifyDockWidget(self.docks["Evidence"], self.docks["Article"])
        self.docks["Evidence"].raise_()
        self._dock(self.sides, "Sides", right)
        self._dock(self.timeline, "Timeline", Qt.DockWidgetArea.BottomDockWidgetArea)
        self._laid_out = False
        self._timeline_short = False  # the timeline's dock made low (no dated event)
        # the timeline's bars folded at the first layout: True, False, or None for the
        # window's height to decide (the analyst's last choice, set before the window shows)
        self.timeline_folded: bool | None = None

        self.status = QLabel("", self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # titles and file names are data
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText("Cancel")
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.show_progress(1, 1, "")

        # Several filter changes in one turn of the event loop (a group of boxes, a reset)
        # redraw the map once.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._on_refresh_timer)
        # A hand-over before the map's page is ready sends the map its items at once and fills
        # the panels when the page is ready (or, should it never be, after TABLES_WAIT_MS): the
        # page loads only while the GUI thread is free, and the panels' 15 ms held it up
        self._waiting: str | None = None  # "tables" or "analysis": what the page's ready fills
        self._tables_timer = QTimer(self)
        self._tables_timer.setSingleShot(True)
        self._tables_timer.setInterval(TABLES_WAIT_MS)
        self._tables_timer.timeout.connect(self._on_map_ready)
        self._fit_next = True
        # a new analysis's search texts: made in a thread of their own once its map has drawn
        # (``_on_map_rendered``)
        self._search_ahead = False
        self._from_map = False
        self._article_shown: tuple | None = None  # (document, items) the Article tab shows
        self._sides_of: object = None  # the item set the Sides panel was last filled from
        self._connect()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._laid_out:  # dock sizes only take once the window has its own size
            self._laid_out = True
            self._share_width()
            fold = self.timeline_folded
            if fold if fold is not None else self.height() < _FOLDED_BELOW:
                self.timeline.set_folded(True)
            # the right-hand column shared 330:400 between Evidence and Sides: at 1280 x 760
            # the Sides table showed two rows and a half under an Evidence panel that holds
            # one line until an item is chosen; 280:450 gives the table two rows more
            self.resizeDocks(
                [self.docks["Evidence"], self.docks["Sides"], self.docks["Timeline"]],
                [280, 450, _TIMELINE_HEIGHT],
                Qt.Orientation.Vertical,
            )
            if self.timeline.folded:
                self._fit_timeline()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # a window made narrower (1600 to 1280 pixels) kept its docks' widths: the map was
        # left a quarter of it, half under the legend. The docks give way when the map would
        # keep less than its share; wider, they keep what the analyst made them.
        if self._laid_out and self.map.width() < _MAP_SHARE * self.width() - 1:
            self._share_width()

    def _share_width(self) -> None:
        """The docks' first widths: the map keeps 40% of the window's width (on a 1280-pixel
        window the docks' 470 and 489 pixels, the review buttons' row, left it a quarter)."""
        width = self.width()
        right = min(490, round(0.31 * width))
        left = min(470, round((1 - _MAP_SHARE) * width) - right)
        self.resizeDocks(
            [self.docks["Items"], self.docks["Evidence"]],
            [left, right],
            Qt.Orientation.Horizontal,
        )

    def _dock(self, widget: QWidget, title: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{title.lower()}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks[title] = dock
        if area != Qt.DockWidgetArea.BottomDockWidgetArea:
            dock.setMinimumWidth(360)
        return dock

    def add_dock(self, widget: QWidget, title: str, beside: str) -> QDockWidget:
        """Add a panel made by the app (e.g. review) as a tab beside an existing dock, the
        latter in front. (Split below a dock that is one of tabs, Qt makes it a tab anyway.)
        The panel scrolls within its dock rather than holding the window's height: the
        review's buttons held the right-hand docks, and the window, taller than 720 pixels."""
        scroller = QScrollArea(self)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(widget)
        dock = self._dock(scroller, title, Qt.DockWidgetArea.RightDockWidgetArea)
        dock.setMinimumWidth(max(360, widget.minimumSizeHint().width()))
        self.tabifyDockWidget(self.docks[beside], dock)
        self.docks[beside].raise_()
        return dock

    # --- wiring ---------------------------------------------------------------------------
    def _connect(self) -> None:
        ws = self.workspace
        ws.analysis_changed.connect(self._on_analysis_changed)
        ws.filters_changed.connect(self._on_filters_changed)
        ws.selection_changed.connect(self._on_selection_changed)
        ws.palette_changed.connect(self._on_palette_changed)
        self.map.feature_clicked.connect(self._on_map_clicked)
        self.map.ready.connect(self._on_map_ready)
        self.map.rendered.connect(self._on_map_rendered)
        self.items.item_selected.connect(ws.select)
        self.items.search_changed.connect(ws.set_search)
        self.items.search_typed.connect(ws.prepare_search)
        self.docks["Filters"].visibilityChanged.connect(self._on_filters_shown)
        self.docks["Article"].visibilityChanged.connect(self._on_article_shown)
        self.timeline.range_changed.connect(ws.set_date_range)
        self.timeline.folded_changed.connect(self._fit_timeline)
        self.sides.stance_selected.connect(self._on_stance_selected)
        self.sides.theatre_changed.connect(self._on_theatre_changed)
        self.evidence.excerpt_activated.connect(self.show_excerpt)

    @property
    def filters(self) -> FilterPanel:
        """The Filters tab's panel, made when first shown or asked for."""
        if self._filters is None:
            from explorer.ui.filter_panel import FilterPanel

            self._filters = FilterPanel(self)
            # behind the Items tab, it fills its boxes when shown
            self._filters.set_shown(self._filters_shown)
            self._filters.bind(self.workspace)
            _replace_widget(self.docks["Filters"], self._filters)
        return self._filters

    def _on_filters_shown(self, shown: bool) -> None:
        self._filters_shown = shown
        if shown or self._filters is not None:
            self.filters.set_shown(shown)

    @property
    def article(self) -> DocumentView:
        """The Article tab's view, made when first shown or asked for (the first selection)."""
        if self._article is None:
            from explorer.ui.document_view import DocumentView

            self._article = DocumentView(self)
            self._article.item_activated.connect(self.workspace.select)
            _replace_widget(self.docks["Article"], self._article)
        return self._article

    def _on_article_shown(self, shown: bool) -> None:
        if shown:
            self.article  # noqa: B018  (made now: the tab is in front)

    def _refresh_views(self, fit: bool) -> None:
        self._refresh_timer.stop()
        # the map first: its page draws in its own process while the tables are filled here;
        # the items and the basemap's "start" in one message, run in one task and painted once
        # (one message each, the page drew a frame of the items without the basemap between)
        with self.map.together():
            self.map.show_items(self.workspace.items, self.workspace.visible, fit=fit)
            self.map.start()
        self.status.setText(self.workspace.summary())
        if self.map.is_ready:
            self._fill_tables()
        else:  # the page is loading: the panels wait for it (``_on_map_ready``)
            self._waiting = self._waiting or "tables"
            self._tables_timer.start()

    def _fill_tables(self) -> None:
        """The Items table, the sides and the timeline's passing events, for what is shown."""
        visible = self.workspace.visible
        self.items.set_items(visible)
        # who backs whom follows the same filters (a conflict, a side, an actor, a source)
        self._set_sides(self.workspace.palette)
        # the timeline's bars count every event; the events the other filters let through
        # are said beside them
        others = self.workspace.filters.with_changes(
            date_start=None, date_end=None, include_undated=True
        )
        if others.is_default:
            self.timeline.set_passing(None)
        else:
            from explorer.timeline import dated_count

            self.timeline.set_passing(dated_count(visible.event_dates))

    def _on_refresh_timer(self) -> None:
        self._refresh_views(fit=False)

    def _on_analysis_changed(self) -> None:
        # the timeline's height before the map's first drawing (made smaller after it, the
        # map was drawn again, its basemap's names over the items' labels)
        dated = any(i.date for i in self.workspace.items if i.kind == "event")
        self._on_timeline_emptied(not dated)
        self._refresh_views(fit=self._fit_next)
        self._fit_next = False
        self._search_ahead = True
        if self._waiting:
            self._waiting = "analysis"
        else:
            self._show_analysis()

    def _show_analysis(self) -> None:
        """The panels that follow a new analysis (beside the tables): the timeline's events,
        the selection."""
        ws = self.workspace
        self.timeline.set_events(ws.items)
        self.timeline.set_range(ws.filters.date_start, ws.filters.date_end)
        if ws.selection:
            self._on_selection_changed(ws.selection)

    def _on_map_ready(self) -> None:
        """The page is ready (or waited for long enough): fill the panels a hand-over left."""
        waiting, self._waiting = self._waiting, None
        self._tables_timer.stop()
        if waiting is None:
            return
        self._fill_tables()
        if waiting == "analysis":
            self._show_analysis()
        elif self.workspace.selection:
            self.items.select(self.workspace.selection)

    def _on_map_rendered(self, count: int) -> None:
        """A new analysis drawn on the map and its panels filled: its items' search texts are
        made in a thread while the analyst looks (``Workspace.prepare_search``), not on the
        GUI thread at the first search (300-400 ms of it for 100,000 items) nor in the load's
        thread, which the map waits for."""
        if self._search_ahead and self._waiting is None and count == len(self.workspace.visible):
            self._search_ahead = False
            self.workspace.prepare_search()

    def _on_filters_changed(self, state: FilterState) -> None:
        self.items.set_search(state.text)
        self.timeline.set_range(state.date_start, state.date_end)
        self.timeline.set_include_undated(state.include_undated)
        self._refresh_timer.start()

    def flush(self) -> None:
        """Draw a pending filter change now rather than on the next turn of the event loop."""
        if self.items.search_pending:
            self.items.flush_search()
        self.timeline.flush()
        if self._refresh_timer.isActive():
            self._refresh_views(fit=False)

    def _on_palette_changed(self, palette: dict) -> None:
        self.map.set_palette(palette)
        self.items.set_palette(palette)
        # new items' colours come just before their ``analysis_changed``, which fills the
        # Sides panel anyway: filled here too, it was done twice in every hand-over of a
        # project (5-10 ms of the GUI thread, most often before the map's page was ready)
        if self.workspace.items is self._sides_of:
            self._set_sides(palette)

    def _set_sides(self, palette: dict) -> None:
        from explorer.items import in_file

        items = self.workspace.items
        sides = self.workspace.visible.sides()
        shown = self.sides.current_theatre()
        first = None
        if shown is None or all(t["id"] != shown for t in sides["theatres"]):
            first = self._conflict_in_view(sides)
        self.sides.set_sides(sides, palette, in_file(items), first=first)
        self._sides_of = items

    def _conflict_in_view(self, sides: dict) -> str | None:
        """The conflict whose sides the map colours on most items, of those with stances:
        the panel opens on it. The first view shows every item, and the legend's "Sides in
        view" lists the sides it colours, under their conflict: opened on the conflict with
        the most stances, the panel showed Afghanistan while the legend listed Ethiopia's
        sides. None when the map colours no side of a conflict with stances."""
        with_stances = {t["id"] for t in sides["theatres"] if t.get("stances")}
        counts: dict[str, int] = {}
        for item in self.workspace.visible:
            # a rejected item is drawn grey, in no side's colour
            drawn = item.kind != "theatre" and item.review != "rejected"
            if drawn and item.side and item.theatre in with_stances:
                counts[item.theatre] = counts.get(item.theatre, 0) + 1
        return max(counts, key=lambda t: counts[t]) if counts else None

    def _on_map_clicked(self, item_id: str) -> None:
        self._from_map = True
        try:
            self.workspace.select(item_id)
        finally:
            self._from_map = False

    def _on_selection_changed(self, item_id: str | None) -> None:
        item = self.workspace.item(item_id)
        self.map.select(item_id, fly=not self._from_map)
        if item_id:
            self.items.select(item_id)
        self.evidence.show_item(item, self.workspace.items)
        if item is not None and item.evidence:
            # the Article tab follows the selection (its first excerpt), without coming to
            # the front: it read "No article" until an excerpt's link was clicked
            first = item.evidence[0]
            self._open_excerpt(first.doc, first.start, first.end)
        if item is not None:
            # who backs whom where the item is: its conflict (a conflict area is its own)
            conflict = item.id if item.kind == "theatre" else item.theatre
            if self.sides.follow(conflict) and item.kind == "theatre":
                self.docks["Sides"].raise_()

    def show_stance(self, stance_id: str) -> bool:
        """A stance by its id (as the exports list it): its conflict selected, on the map and
        in the Sides panel, and its row picked there (its excerpts shown, its party's items
        marked on the map). False when no stance shown has that id."""
        stance = next((s for s in self.workspace.visible.stances if s.id == stance_id), None)
        if stance is None:
            return False
        self.workspace.select(stance.theatre)  # the conflict area, when the map draws one
        self.docks["Sides"].raise_()
        return self.sides.select_theatre(stance.theatre) and self.sides.select_stance(
            stance.power, stance.relation, stance.party
        )

    def _on_timeline_emptied(self, empty: bool) -> None:
        """A timeline without bars (no event dated) gives the map its height, and takes it
        back when bars come."""
        if empty == self._timeline_short:
            return
        self._timeline_short = empty
        self.timeline.show_bars(not empty)
        self._fit_timeline()

    def _fit_timeline(self) -> None:
        """The timeline's dock as low as its lines of text when it shows no bars (none
        dated, or folded), else at its bars' height."""
        dock = self.docks["Timeline"]
        # the panel's layout made anew now, for its dock's least height to follow
        self.timeline.layout().activate()
        dock.layout().activate()
        short = self._timeline_short or self.timeline.folded
        height = dock.minimumSizeHint().height() if short else _TIMELINE_HEIGHT
        self.resizeDocks([dock], [height], Qt.Orientation.Vertical)

    def _on_stance_selected(self, stance: dict) -> None:
        party = stance["party"]
        ids = [
            i.id
            for i in self.workspace.visible
            if i.side == party or (party in i.involved and i.kind != "theatre")
        ]
        self.map.highlight(ids)

    def _on_theatre_changed(self, theatre_id: str) -> None:
        item = self.workspace.item(theatre_id)
        if item is not None and item.kind == "theatre":
            self.map.fly_to(item.id)

    def show_excerpt(self, doc_id: str, start: int, end: int) -> None:
        """Open an excerpt's article with all its mentions highlighted, the excerpt selected."""
        if self._open_excerpt(doc_id, start, end):
            self.docks["Article"].raise_()

    def _open_excerpt(self, doc_id: str, start: int, end: int) -> bool:
        """The excerpt selected in its article (laid out again only for another article or
        other items: an event table is a long one, and every selection opens one)."""
        document = self.workspace.documents.get(doc_id)
        if document is None:
            return False
        shown = (document, self.workspace.items)
        if self._article_shown is None or any(
            a is not b for a, b in zip(shown, self._article_shown, strict=True)
        ):
            self.article.set_document(document, self.workspace.mentions_in(doc_id))
            self._article_shown = shown
        self.article.scroll_to(start, end)
        return True

    def fit_next_load(self) -> None:
        self._fit_next = True

    # --- progress and drops ---------------------------------------------------------------
    def show_progress(self, done: int, total: int, what: str) -> None:
        busy = done < total
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if what:
            self.status.setText(what)

    def dragEnterEvent(self, event) -> None:
        if any(_acceptable(url.toLocalFile()) for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls()]
        paths = [p for p in paths if _acceptable(str(p))]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)

    def closeEvent(self, event) -> None:
        self.map.shutdown()
        super().closeEvent(event)


def first_size(window: QWidget) -> QSize:
    """The window's size before any is remembered: 1600 x 960, within the screen's free area
    less a title bar's height. On a 1280 x 800 laptop the window ran off the screen's right
    and bottom edges, the Timeline and the status bar out of sight."""
    screen = window.screen()
    if screen is None:
        return QSize(1600, 960)
    free = screen.availableGeometry()
    return QSize(1600, 960).boundedTo(QSize(free.width(), free.height() - _TITLE_BAR))


def _replace_widget(dock: QDockWidget, widget: QWidget) -> None:
    """Put ``widget`` in ``dock`` in place of its placeholder."""
    placeholder = dock.widget()
    dock.setWidget(widget)
    if placeholder is not None:
        placeholder.deleteLater()


def _acceptable(path: str) -> bool:
    p = Path(path)
    suffix = p.suffix.lower()
    return bool(path) and (p.is_dir() or suffix in KINDS or suffix in PROJECT_SUFFIXES)
