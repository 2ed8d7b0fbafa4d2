"""The map widget: a QWebEngineView showing the folium page, driven through MapBridge."""

from __future__ import annotations

import logging
from contextlib import AbstractContextManager
from operator import attrgetter

import shiboken6
from PySide6.QtCore import QElapsedTimer, QEvent, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from explorer.mapview.bridge import MapBridge
from explorer.mapview.columns import encode, encode_items, visible_bits
from explorer.mapview.page import build_page

log = logging.getLogger(__name__)
_ID = attrgetter("id")

_LEVELS = {
    QWebEnginePage.JavaScriptConsoleMessageLevel.InfoMessageLevel: logging.INFO,
    QWebEnginePage.JavaScriptConsoleMessageLevel.WarningMessageLevel: logging.WARNING,
    QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel: logging.ERROR,
}


class MapPage(QWebEnginePage):
    """Logs the page's console, keeps its errors, and opens outside links in the browser."""

    def __init__(self, profile: QWebEngineProfile, parent: QWidget | None = None) -> None:
        super().__init__(profile, parent)
        self.console_errors: list[str] = []
        self.home: QUrl | None = None  # the one URL the page may show
        self._clicked = QElapsedTimer()
        self.renderProcessTerminated.connect(self._on_render_process_terminated)

    def _on_render_process_terminated(self, status, exit_code: int) -> None:
        """Said in our log: Chromium's own log is kept below fatal (the launcher), so a page
        process that crashed or was killed would otherwise go unsaid."""
        if status == QWebEnginePage.RenderProcessTerminationStatus.NormalTerminationStatus:
            return
        log.error(
            "the map's page process ended (%s, exit code %d): reopen the source to draw it again",
            status.name.removesuffix("TerminationStatus").lower(),
            exit_code,
        )

    def javaScriptConsoleMessage(self, level, message, line, source):
        log.log(_LEVELS.get(level, logging.INFO), "js %s:%s: %s", source, line, message)
        if level == QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel:
            self.console_errors.append(f"{source}:{line}: {message}")

    def acceptNavigationRequest(self, url, nav_type, is_main_frame):
        """The page never leaves its own file. A web link the user clicked opens in the
        system browser; every other navigation (a script's, a form's, a frame's) is refused."""
        if url.scheme() in ("http", "https"):
            if (
                nav_type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked
                and self.user_clicked()
            ):
                QDesktopServices.openUrl(url)
            else:
                log.warning("navigation to %s refused", url.toString()[:200])
            return False
        if (
            self.home is not None
            and url.isLocalFile()
            and url.toLocalFile() == (self.home.toLocalFile())
        ):
            return super().acceptNavigationRequest(url, nav_type, is_main_frame)
        log.warning("navigation to %s refused", url.toString()[:200])
        return False

    def createWindow(self, _type):
        return None  # no pop-ups: window.open() gets nothing

    def user_clicked(self) -> bool:
        """Whether the user pressed a mouse button on the view in the last second (a script's
        synthetic click on a link is not the user's)."""
        return self._clicked.isValid() and self._clicked.elapsed() < 1000

    def note_user_click(self) -> None:
        self._clicked.start()


class MapView(QWebEngineView):
    """Shows GeoJSON features on the offline map and reports clicks by feature id.

    The page is loaded once; ``set_features``, ``select``, ``highlight`` and ``fly_to`` are
    messages, so pan and zoom survive every change. ``show_items`` sends a set of items once,
    as columns, and after that only which of them are shown (one bit each).
    """

    feature_clicked = Signal(str)
    ready = Signal()
    rendered = Signal(int)
    ticked = Signal(str)  # the tick's state a ping set, right after that ping's ``rendered``
    # read by ``event``, which Qt may call inside ``QWebEngineView.__init__`` (a parent's
    # events), before ``__init__`` sets the view's own value
    _clickable = False

    def __init__(
        self,
        parent: QWidget | None = None,
        profile: QWebEngineProfile | None = None,
        basemap_wait_ms: int | None = None,
        clickable: bool = True,
        size: tuple[int, int] | None = None,
    ):
        """``basemap_wait_ms``: None, the page draws its basemap as soon as it is ready; a
        number, it waits for ``start`` (called once the first view is set, so that the basemap
        is drawn once, there), at most that long after it is ready; ``UNTIL_STARTED``, for
        ``start`` alone, however long it takes (a driver that always calls it). ``clickable``:
        False for a view nobody clicks (a snapshot's), which then does not watch for the
        user's clicks.
        ``size``: the view's size in pixels, set before its page starts loading, so that the page
        is laid out and its map made at that size, not at a default one and then resized."""
        super().__init__(parent)
        self._clickable = clickable
        # An off-the-record profile of our own: nothing is written to the user's disk, and
        # the page is torn down before it (see closeEvent / deleteLater order).
        self._profile = profile or QWebEngineProfile(self)
        self._page = MapPage(self._profile, self)
        settings = self._page.settings()
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, True)
        settings.setAttribute(
            QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False
        )
        settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptCanOpenWindows, False)
        self.setPage(self._page)
        self.bridge = MapBridge(self, start_on_ready=basemap_wait_ms is None)
        self._started = False
        self._basemap_timer = QTimer(self)
        self._basemap_timer.setSingleShot(True)
        self._basemap_timer.timeout.connect(self.start)
        if basemap_wait_ms is not None and basemap_wait_ms != UNTIL_STARTED:
            self._basemap_timer.setInterval(basemap_wait_ms)
            self.bridge.ready.connect(self._basemap_timer.start)
        self._channel = QWebChannel(self._page)
        self._channel.registerObject("bridge", self.bridge)
        self._page.setWebChannel(self._channel)
        self.bridge.feature_clicked.connect(self.feature_clicked)
        self.bridge.ready.connect(self.ready)
        self.bridge.rendered.connect(self.rendered)
        self.bridge.ticked.connect(self.ticked)
        self._page.loadStarted.connect(self.bridge.reset)
        self._page.loadStarted.connect(self._on_load_started)
        self._loaded: object = None  # the item set the page holds (show_items)
        self._start_tick: str | None = None  # what the next ``start`` carries (tick_at_start)
        self._ids: list[str] = []
        self._page.home = QUrl.fromLocalFile(str(build_page()))
        if size is not None:
            self.resize(*size)
        self.load(self._page.home)

    def event(self, event) -> bool:
        # Chromium's widget is a child made after the page loads: watch its mouse presses. (The
        # first ``focusProxy()`` costs 24-180 ms: PySide looks for the most derived class of the
        # widget among every QWidget subclass it knows, making each class and its enums.)
        if (
            self._clickable
            and event.type() == QEvent.Type.ChildPolished
            and self.focusProxy() is not None
        ):
            self.focusProxy().installEventFilter(self)
        return super().event(event)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and self._page is not None:
            self._page.note_user_click()
        return super().eventFilter(watched, event)

    @property
    def is_ready(self) -> bool:
        return self.bridge.is_ready

    @property
    def console_errors(self) -> list[str]:
        return [] if self._page is None else list(self._page.console_errors)

    def set_features(self, collection: dict, fit: bool = False) -> None:
        """Draw every feature of a FeatureCollection of map features (``Item.map_feature``)."""
        features = collection.get("features") or []
        self._loaded = None
        self._ids = [str((f.get("properties") or {}).get("id", "")) for f in features]
        self.bridge.send("setData", items=encode(features), visible=None, fit=fit)

    def show_items(self, items, shown, fit: bool = False) -> None:
        """Draw the items of ``shown`` among ``items`` (``ItemSet``s): the items reach the
        page once, each later call with the same ``items`` sends one bit per item."""
        shown_ids = set(map(_ID, shown.items)) if len(shown) != len(items) else None
        if items is not self._loaded:
            self._loaded = items
            columns = encode_items(items)
            self._ids = columns["id"]
            bits = visible_bits(self._ids, shown_ids)
            self.bridge.send("setData", items=columns, visible=bits, fit=fit)
            return
        self.bridge.send("show", visible=visible_bits(self._ids, shown_ids))
        if fit:
            self.bridge.send("fit")

    def _on_load_started(self) -> None:
        self._started = False

    def start(self, still: bool = False, tick: str | None = None) -> None:
        """Let the page draw its basemap at the view set so far (see ``basemap_wait_ms``);
        only the first call after the page loads sends anything. ``still``: the map is drawn
        for one picture and never panned, so the page draws the view alone (a map one pans
        draws half a view more beyond each edge: at 4x, 16 times the pixels of the view).
        ``tick``: a ``ping(tick)`` goes with it, run by the page right after the drawing, so
        that the drawing's first frame shows it (a ping of its own when the basemap had
        already been started)."""
        if tick is None:
            tick, self._start_tick = self._start_tick, None
        if self._started:
            if tick is not None:
                self.ping(tick)
            return
        self._started = True
        self._basemap_timer.stop()
        if tick is None:
            self.bridge.send("start", still=still)
        else:
            self.bridge.send("start", still=still, tick=tick)

    def together(self) -> AbstractContextManager[None]:
        """``with view.together():`` the commands sent inside reach the page as one message,
        run in one task and painted once (see ``MapBridge.together``)."""
        return self.bridge.together()

    def tick_at_start(self, tick: str) -> None:
        """Have the next ``start`` carry ``tick``, whoever calls it (the window's hand-over, or
        the basemap's wait running out): a window's screenshot sends its settled grab's first
        ping so, as a snapshot does (``start``), without knowing when the start will come."""
        self._start_tick = tick

    def show_controls(self, shown: bool, corner: tuple[float, float] | None = None) -> None:
        """Show or hide the map's zoom buttons, legend, scale and attribution; ``corner`` is
        the box (width, height) a legend drawn over the picture covers, bottom right, which
        a fit keeps items out of."""
        self.bridge.send("controls", shown=shown, corner=list(corner) if corner else None)

    def select(self, feature_id: str | None, fly: bool = True) -> None:
        self.bridge.send("select", id=feature_id, fly=fly)

    def highlight(self, feature_ids: list[str]) -> None:
        self.bridge.send("highlight", ids=list(feature_ids))

    def fly_to(self, feature_id: str) -> None:
        self.bridge.send("flyTo", id=feature_id)

    def fit_bbox(self, west: float, south: float, east: float, north: float) -> None:
        self.bridge.send("fitBounds", bbox=[west, south, east, north])

    def click_feature(self, feature_id: str) -> None:
        """Fire Leaflet's click on a feature, as a user's click does (scripting, tests)."""
        self.bridge.send("click", id=feature_id)

    def locate(self, feature_id: str) -> None:
        """Ask where a feature is drawn; the answer comes as ``bridge.located(id, x, y)``."""
        self.bridge.send("locate", id=feature_id)

    def shutdown(self) -> None:
        """Delete the page now, before its profile: QtWebEngine crashes at exit otherwise."""
        if self._page is None:
            return
        page, self._page = self._page, None
        page.setWebChannel(None)
        shiboken6.delete(page)

    def ping(self, tick: str | None = None) -> None:
        """Ask the page to answer with ``rendered`` once it has painted two more frames. Its
        one-pixel tick changes (see ``waiting.grab_settled``): to ``tick`` ("a" a shade lighter
        than the map under it, "b" a shade darker) when given, else to the other state."""
        if tick is None:
            self.bridge.send("ping")
        else:
            self.bridge.send("ping", tick=tick)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Leaflet measures its container once; tell it the view changed size.
        if self.bridge.is_ready:
            self.bridge.send("resize")

    def set_palette(self, palette: dict) -> None:
        """Colours by kind and by side; the legend and every symbol follow."""
        self.bridge.send("setPalette", palette=palette)


# ``basemap_wait_ms`` of a view whose driver always says ``start`` once its first view is set
# (a snapshot's): the basemap waits for it with no clock of the view's own. A snapshot's clock
# (60 s from the page's ``ready``) ran out while a first snapshot's folder was read at load 22
# (106-178 s): the basemap was drawn at the default view and as a map one pans, and the
# picture was not the one the same command gives at idle (benchmarks/README.md, section 1,
# branch startup39).
UNTIL_STARTED = -1

# How long after the window's map page is ready its basemap waits for the first items.
WINDOW_BASEMAP_WAIT_MS = 500


def window_map() -> MapView:
    """The main window's map, not yet in it: its page starts loading now. The basemap waits (a
    little) for the first items, to be drawn once at their view."""
    return MapView(basemap_wait_ms=WINDOW_BASEMAP_WAIT_MS)
