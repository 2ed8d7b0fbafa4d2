"""Map snapshots: the map drawn offscreen at 1x, 2x or 4x with no controls, then composed.

A snapshot is drawn by a MapView of its own, hidden from the screen: sized ``scale`` times
the view in CSS pixels and zoomed by ``scale`` (QWebEngine's zoom factor), so the page lays out
exactly as the analyst's view and Leaflet draws it with ``scale`` device pixels per CSS pixel.
The window's own map is never resized or touched. Its controls (zoom buttons, legend, scale,
attribution) are hidden before the picture is taken; ``explorer.mapview.composition`` draws the
title, legend, scale bar, credits and date around it.
"""

from __future__ import annotations

import json
import signal
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from explorer.mapview.view import UNTIL_STARTED, MapView
from explorer.mapview.waiting import (
    FIRST_TICK,
    Frames,
    Timeout,
    grab_settled,
    wait_for,
    wait_until,
)
from explorer.paths import resources_dir

if TYPE_CHECKING:  # the composition is imported
    # only once a picture is composed: a command-line snapshot reads its project meanwhile
    from explorer.items import ItemSet
    from explorer.mapview.composition import Sheet

SNAPSHOT_SIZE = (1400, 900)  # CSS pixels of a command-line snapshot's map
SCALES = (1.0, 2.0, 4.0)

T = TypeVar("T")


@dataclass(frozen=True)
class MapFrame:
    """Where a map looks: its bounds, centre, Leaflet zoom and size in CSS pixels."""

    bbox: tuple[float, float, float, float]
    center: tuple[float, float]  # lat, lon
    zoom: float
    size: tuple[int, int]

    @classmethod
    def from_page(cls, value: Any) -> MapFrame | None:
        if not isinstance(value, dict):
            return None
        try:
            w, s, e, n = (float(v) for v in value["bbox"])
            lat, lon = (float(v) for v in value["center"])
            x, y = (int(v) for v in value["size"])
            return cls((w, s, e, n), (lat, lon), float(value["zoom"]), (x, y))
        except (KeyError, TypeError, ValueError):
            return None

    @property
    def metres_per_pixel(self) -> float:
        from explorer.mapview.composition import metres_per_pixel

        return metres_per_pixel(self.center[0], self.zoom)


def _helpers() -> str:
    return (resources_dir() / "web" / "snapshot.js").read_text("utf-8")


def run_js(view: MapView, call: str, timeout_ms: int = 10_000) -> Any:
    """Run one of snapshot.js's functions in the page and return its answer."""
    return ask_js(view, call, timeout_ms)()


def ask_js(view: MapView, call: str, timeout_ms: int = 10_000) -> Callable[[], Any]:
    """Send one of snapshot.js's calls to the page now; the function returned waits for its
    answer (processing events) and returns it, so that other round trips can go meanwhile."""
    answer: list[Any] = []
    loop = QEventLoop()

    def done(value: Any) -> None:
        answer.append(value)
        loop.quit()

    view.page().runJavaScript(f"{_helpers()}\n;JSON.stringify({call})", 0, done)

    def wait() -> Any:
        if not answer:
            timer = QTimer()
            timer.setSingleShot(True)
            timer.timeout.connect(loop.quit)
            timer.start(timeout_ms)
            loop.exec()
            timer.stop()
        if not answer:
            raise Timeout(f"the map page did not answer {call.split('(')[0]} in time")
        return json.loads(answer[0]) if isinstance(answer[0], str) else None

    return wait


def current_frame(view: MapView) -> MapFrame | None:
    """The view the analyst has on ``view`` (centre, zoom, size)."""
    return MapFrame.from_page(run_js(view, "explorerSnapshot.view()"))


def snapshot_view(size: tuple[int, int] = SNAPSHOT_SIZE, scale: float = 1.0) -> MapView:
    """A MapView for one snapshot, hidden from the screen; its page starts loading now, so
    the caller may do other work (read the project: ``while_loading``) while it loads."""
    if QApplication.instance() is None:
        raise RuntimeError("a snapshot's view needs a QApplication")
    # render_map says when to draw the basemap (see ``start``), however long the project's
    # read takes before it: a clock of the view's own would draw it at the default view on a
    # loaded machine; the waits for what the page draws after it have their bound
    # (``timeout_ms``). Nobody clicks a snapshot.
    pixels = (round(size[0] * scale), round(size[1] * scale))
    view = MapView(basemap_wait_ms=UNTIL_STARTED, clickable=False, size=pixels)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    view.setZoomFactor(scale)
    view.show()
    return view


def close_view(view: MapView) -> None:
    view.shutdown()
    view.close()
    shiboken6.delete(view)  # now, while the QApplication still exists


def while_loading(work: Callable[[Callable[[], bool]], T]) -> T:
    """``work(is_cancelled)`` run in a thread while this (the GUI) thread keeps Qt's events
    flowing, so a page loading meanwhile is not held up; returns its result or raises its
    exception. The composition's modules are imported in that thread too, while the page still
    loads. Ctrl+C asks the work to stop (``is_cancelled()`` turns true), waits for it, and
    raises KeyboardInterrupt."""
    stop = threading.Event()
    interrupted = threading.Event()

    def on_interrupt(_signum, _frame) -> None:
        interrupted.set()
        stop.set()

    def work_then_imports() -> T:
        result = work(stop.is_set)
        import explorer.mapview.composition  # noqa: F401

        return result

    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        with ThreadPoolExecutor(1, thread_name_prefix="snapshot-read") as pool:
            future = pool.submit(work_then_imports)
            wait_until(future.done, None, "the project to be read")
            if interrupted.is_set():
                raise KeyboardInterrupt
            return future.result()
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def render_map(
    collection: dict,
    palette: dict | None = None,
    size: tuple[int, int] = SNAPSHOT_SIZE,
    scale: float = 1.0,
    bbox: tuple[float, float, float, float] | None = None,
    frame: MapFrame | None = None,
    select: str | None = None,
    timeout_ms: int = 60_000,
    fly: bool = True,
    view: MapView | None = None,
    corner: tuple[float, float] | None = None,
) -> tuple[QImage, MapFrame | None]:
    """Draw ``collection`` offscreen and return the picture (``size`` x ``scale`` pixels) with
    where it looks. The view is ``frame`` (the window's), else ``bbox``, else the items, kept
    out of ``corner`` (the legend the composition draws there, see ``legend_corner``).

    ``view`` is one made by ``snapshot_view`` (its size and scale are then the view's); it is
    closed here either way."""
    if QApplication.instance() is None:
        raise RuntimeError("render_map needs a QApplication")
    if view is None:
        view = snapshot_view(frame.size if frame is not None else size, scale)
    try:
        return _draw(view, collection, palette, bbox, frame, select, timeout_ms, fly, corner)
    finally:
        close_view(view)


def _draw(
    view: MapView,
    collection: dict,
    palette: dict | None,
    bbox: tuple[float, float, float, float] | None,
    frame: MapFrame | None,
    select: str | None,
    timeout_ms: int,
    fly: bool,
    corner: tuple[float, float] | None,
) -> tuple[QImage, MapFrame | None]:
    """``render_map``'s drawing and settled grab on ``view``, which it leaves open."""
    # Commands are queued until the page is ready and then sent in order; the basemap
    # waits for "start", after the commands that set the view: it is drawn once, there.
    drawn = _counter(view)
    pinged = frame is None and not select
    # the page's frames counted from before the picture is sent: its grab waits for one
    frames = Frames(view) if pinged else None
    try:
        # One message, run in one task: the page lays out and paints the first view once,
        # not the items first and the basemap a frame later.
        with view.together():
            # before anything is drawn: the picture is painted once
            view.show_controls(False, corner)
            if palette is not None:
                view.set_palette(palette)
            view.set_features(collection, fit=bbox is None and frame is None)
            if bbox is not None:
                view.fit_bbox(*bbox)
            # nothing changes the picture after these: the settled grab's first ping goes
            # with them, inside the basemap's "start", so that the drawing's first frame shows
            # its tick (and not one round trip later, nor one frame)
            # one picture: the basemap's canvas covers the view alone
            view.start(still=True, tick=FIRST_TICK if pinged else None)
        expected = (palette is not None) + 1 + (bbox is not None)
        _wait_renders(view, drawn, expected + pinged, timeout_ms, "the features to be drawn")
        if frame is not None:
            run_js(view, f"explorerSnapshot.setView({frame.center[0]!r}, {frame.center[1]!r}, "
                         f"{frame.zoom!r})")  # fmt: skip
        if select:
            view.select(select, fly=fly and bbox is None and frame is None)
            _wait_renders(view, drawn, expected + 1, timeout_ms, "the selection to be drawn")
        # where the map looks, asked now and answered while the picture settles
        where = ask_js(view, "explorerSnapshot.view()")
        if view.console_errors:
            raise RuntimeError("the map page reported errors: " + "; ".join(view.console_errors))
        # its first ping went with the one message that drew the whole picture
        image = grab_settled(
            view,
            view,
            timeout_ms,
            pinged=pinged,
            one_task=True,
            frames=frames,
        )
        return image, MapFrame.from_page(where())
    finally:
        if frames is not None:
            frames.close()


def _counter(view: MapView) -> list[int]:
    """A list that grows by one at every ``rendered`` of ``view`` from now on."""
    drawn: list[int] = []
    view.rendered.connect(drawn.append)
    return drawn


def _wait_renders(view: MapView, drawn: list[int], n: int, timeout_ms: int, what: str) -> None:
    """Wait until the page has reported ``n`` renders since ``drawn`` was made (each command
    sent reports one, in order)."""
    while len(drawn) < n:
        wait_for(view.rendered, timeout_ms, what)


def sheet_for(
    items: ItemSet,
    palette: dict[str, Any],
    title: str,
    subtitle: str,
    frame: MapFrame | None,
) -> Sheet:
    from explorer.mapview.composition import Sheet, legend_entries

    return Sheet(
        title=title,
        subtitle=subtitle,
        legend=legend_entries(items, palette, frame.bbox if frame else None),
        metres_per_pixel=frame.metres_per_pixel if frame else None,
    )


def legend_corner_of(
    items: ItemSet, palette: dict[str, Any], size: tuple[int, int]
) -> tuple[float, float] | None:
    """The box the composition's legend will cover on a map fitted to ``items``: every
    item's entry counted, so it is never smaller than the one drawn."""
    from explorer.mapview.composition import legend_corner, legend_entries

    return legend_corner(legend_entries(items, palette, None), size[0])


def render_snapshot(
    items: ItemSet,
    out: Path,
    title: str,
    subtitle: str = "",
    palette: dict | None = None,
    scale: float = 1.0,
    bbox: tuple[float, float, float, float] | None = None,
    frame: MapFrame | None = None,
    select: str | None = None,
    size: tuple[int, int] = SNAPSHOT_SIZE,
    timeout_ms: int = 60_000,
    view: MapView | None = None,
) -> Path:
    """The composed snapshot of ``items`` (PNG, PDF or SVG by ``out``'s suffix); ``view``
    as in ``render_map``."""
    if QApplication.instance() is None:
        raise RuntimeError("render_snapshot needs a QApplication")
    corner = None if frame or bbox else legend_corner_of(items, palette or {}, size)
    if view is None:
        view = snapshot_view(frame.size if frame is not None else size, scale)
    try:
        image, where = _draw(
            view, items.map_collection(), palette, bbox, frame, select, timeout_ms, True, corner
        )
        from explorer.mapview.composition import saving_composition

        sheet = sheet_for(items, palette or {}, title, subtitle, where)
        out.parent.mkdir(parents=True, exist_ok=True)
        # the picture is encoded while the view closes: neither needs the other
        written = saving_composition(out, image, sheet, scale)
    finally:
        close_view(view)
    return written()
