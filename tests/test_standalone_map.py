"""The standalone HTML map, opened as a colleague would open it (a browser, here QtWebEngine
with no bridge to Python), with every request recorded: it draws the map and its items, asks
for nothing, and a click shows the item's excerpts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineUrlRequestInterceptor,
)
from PySide6.QtWebEngineWidgets import QWebEngineView

from explorer.export import ExportOptions, export_analysis
from explorer.mapview.page import build_page_html
from tests.pages import TIMEOUT, run_js
from tests.store_sample import sample_analysis


class Requests(QWebEngineUrlRequestInterceptor):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def interceptRequest(self, info) -> None:
        self.urls.append(info.requestUrl().toString())


class Page(QWebEnginePage):
    def __init__(self, profile) -> None:
        super().__init__(profile)
        self.errors: list[str] = []

    def javaScriptConsoleMessage(self, level, message, line, source) -> None:
        if level == QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel:
            self.errors.append(f"{source}:{line}: {message}")


@pytest.fixture
def opened(qtbot, tmp_path: Path):
    analysis = sample_analysis()
    analysis.places[1].name = "Tripoli <img src=x onerror=alert(1)>"
    out = tmp_path / "map.html"
    export_analysis(
        analysis, "html", out, options=ExportOptions(title="Sample", map_page=build_page_html())
    )
    requests = Requests()
    profile = QWebEngineProfile()
    profile.setUrlRequestInterceptor(requests)
    page = Page(profile)
    view = QWebEngineView()
    view.setPage(page)
    view.resize(1300, 800)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(page.loadFinished, timeout=TIMEOUT) as loaded:
        view.load(QUrl.fromLocalFile(str(out)))
    assert loaded.args == [True]
    yield view, page, requests, out
    view.close()
    shiboken6.delete(page)
    shiboken6.delete(profile)


def test_the_html_map_works_offline_with_its_items(qtbot, opened) -> None:
    view, page, requests, out = opened

    def drawn() -> int:
        text = run_js(qtbot, page, "JSON.stringify(window.explorerMap.describe())")
        return json.loads(text)["drawn"]

    qtbot.waitUntil(lambda: drawn() == 11, timeout=TIMEOUT)  # the 11 located items
    # nothing but the file itself was asked for: no network, no other file
    assert requests.urls == [QUrl.fromLocalFile(str(out)).toString()]
    assert page.errors == []
    rows = run_js(qtbot, page, "document.querySelectorAll('.sa-row').length")
    assert rows == 14  # the list holds the three without a place too
    summary = run_js(qtbot, page, "document.querySelector('.sa-summary').textContent")
    assert summary == "11 items on the map, 3 without a place (in the list)"
    # a click on the map shows the item's excerpts and where they come from
    clicked = run_js(
        qtbot,
        page,
        "(function () { var m = document.querySelector('.leaflet-marker-icon[title=\"Samsun\"]');"
        " if (!m) return false; m.dispatchEvent(new MouseEvent('click', {bubbles: true}));"
        " return true; })()",
    )
    assert clicked
    qtbot.waitUntil(
        lambda: (
            "excerpt" in run_js(qtbot, page, "document.getElementById('sa-detail').textContent")
        ),
        timeout=TIMEOUT,
    )
    detail = run_js(qtbot, page, "document.getElementById('sa-detail').textContent")
    assert "Samsun" in detail and "“Samsun”" in detail and "black-sea-gas.txt" in detail
    assert run_js(qtbot, page, "window.explorerStandalone.selected()") == "place:geonames:740264"
    # and a row of the list selects on the map, with the article's outlet and date
    view.page().runJavaScript("window.explorerStandalone.select('place:geonames:524901', true)")
    qtbot.waitUntil(
        lambda: (
            "Example Wire"
            in run_js(qtbot, page, "document.getElementById('sa-detail').textContent")
        ),
        timeout=TIMEOUT,
    )
    detail = run_js(qtbot, page, "document.getElementById('sa-detail').textContent")
    # the file's own characters: 39-45 of the text once its "Example Wire | Home | World" is
    # dropped are 68-74 of the file a reader opens
    assert "2020-01-14" in detail and "characters 68–74" in detail
    # article text is shown as text, never run
    names = run_js(qtbot, page, "document.querySelector('.sa-list').textContent")
    assert "Tripoli <img src=x onerror=alert(1)>" in names
    assert run_js(qtbot, page, "document.querySelectorAll('.sa-list img').length") == 0
    assert page.errors == []
