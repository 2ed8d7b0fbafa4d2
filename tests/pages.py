"""The map page in tests: a MapView shown offscreen until its page is ready, and a script's
answer waited for."""

from __future__ import annotations

import json
from collections.abc import Iterator

TIMEOUT = 60_000


def run_js(qtbot, page, code: str, timeout: int = TIMEOUT):
    """``code``'s value in ``page`` (a QWebEnginePage or a view that has one)."""
    page = page.page() if hasattr(page, "page") else page
    answer: list = []
    page.runJavaScript(code, 0, answer.append)
    qtbot.waitUntil(lambda: bool(answer), timeout=timeout)
    return answer[0]


_ANY = object()


def wait_at_rest(qtbot, view, timeout: int = TIMEOUT, selected: object = _ANY) -> dict:
    """Until the map page says it is at rest at the view's size (``explorerMap.describe()``'s
    ``atRest``: no flight, zoom or pan under way, its points and labels drawn at this view and
    size, every "rendered" posted): a flight's last render, or a resize's, has no message of its
    own. ``selected``: and holding that selection (an id, or None), so that a "rendered" the
    page posted for something else, or a page at rest before the "select" came, is not taken
    for the selection's. Returns the page's description then. Asked again only once the last
    answer came."""
    page = view.page()
    asked: list[bool] = []
    found: list[dict] = []

    def answered(text) -> None:
        asked.clear()
        described = json.loads(text) if isinstance(text, str) else None
        size = (view.width(), view.height())
        held = described and (selected is _ANY or described.get("selected") == selected)
        if held and described["atRest"] and tuple(described["size"]) == size:
            found.append(described)

    def rested() -> bool:
        if found:
            return True
        if not asked:
            asked.append(True)
            page.runJavaScript("JSON.stringify(explorerMap.describe())", 0, answered)
        return False

    qtbot.waitUntil(rested, timeout=timeout)
    return found[0]


def shown_map(qtbot, width: int, height: int, **kwargs) -> Iterator:
    """A MapView (``kwargs`` for its constructor) shown offscreen, its page ready; closed and
    deleted after. For a fixture: ``yield from shown_map(qtbot, 1200, 800)``."""
    import shiboken6
    from PySide6.QtCore import Qt

    from explorer.mapview.view import MapView

    view = MapView(**kwargs)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    view.resize(width, height)
    view.show()
    qtbot.waitUntil(lambda: view.is_ready, timeout=TIMEOUT)
    yield view
    view.shutdown()
    view.close()
    shiboken6.delete(view)
