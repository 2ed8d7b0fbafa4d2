"""Render the map with a set of features to a PNG, headless, waiting on signals only."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from explorer.mapview.view import MapView
from explorer.mapview.waiting import grab_settled, wait_for

SNAPSHOT_SIZE = (1400, 900)


def render_snapshot(
    collection: dict,
    out: Path,
    bbox: tuple[float, float, float, float] | None = None,
    select: str | None = None,
    size: tuple[int, int] = SNAPSHOT_SIZE,
    timeout_ms: int = 60_000,
    palette: dict | None = None,
) -> Path:
    """Draw ``collection`` on the map and save the view as PNG (needs a QApplication).

    The pixel size is ``size`` times the device pixel ratio (QT_SCALE_FACTOR).
    """
    if QApplication.instance() is None:
        raise RuntimeError("render_snapshot needs a QApplication")
    view = MapView()
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    view.resize(*size)
    view.show()
    try:
        if not view.is_ready:
            wait_for(view.ready, timeout_ms, "the map page to load")
        if palette is not None:
            view.set_palette(palette)
            wait_for(view.rendered, timeout_ms, "the colours to be applied")
        view.set_features(collection, fit=bbox is None)
        wait_for(view.rendered, timeout_ms, "the features to be drawn")
        if bbox is not None:
            view.fit_bbox(*bbox)
            wait_for(view.rendered, timeout_ms, "the map to move to the bounding box")
        if select:
            view.select(select, fly=bbox is None)  # show it, unless the frame was given
            wait_for(view.rendered, timeout_ms, "the selection to be drawn")
        if view.console_errors:
            raise RuntimeError("the map page reported errors: " + "; ".join(view.console_errors))
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".part.png")
        if not grab_settled(view, view, timeout_ms).save(str(tmp), "PNG"):
            raise OSError(f"could not write {out}")
        tmp.replace(out)
        return out
    finally:
        view.shutdown()
        view.close()
        shiboken6.delete(view)  # now, while the QApplication still exists
