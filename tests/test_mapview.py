"""The map page and widget: offline, error-free, clickable, and it renders a real map."""

from __future__ import annotations

import re

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWebEngineCore import QWebEngineProfile, QWebEngineUrlRequestInterceptor

from explorer.mapview.page import build_page_html
from explorer.mapview.view import MapView
from tests.mapdata import sample_collection

REMOTE = re.compile(r"""https?://[^\s"'<>)]+|url\(\s*["']?//""")
TIMEOUT = 60_000


class Recorder(QWebEngineUrlRequestInterceptor):
    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def interceptRequest(self, info):
        self.urls.append(info.requestUrl().toString())


@pytest.fixture
def profile(qtbot):
    profile = QWebEngineProfile()
    recorder = Recorder()
    profile.setUrlRequestInterceptor(recorder)
    profile.recorder = recorder
    yield profile
    profile.setUrlRequestInterceptor(None)


@pytest.fixture
def view(qtbot, profile):
    view = MapView(profile=profile)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    view.resize(1200, 800)
    view.show()
    qtbot.waitUntil(lambda: view.is_ready, timeout=TIMEOUT)
    yield view
    view.shutdown()
    view.close()
    shiboken6.delete(view)  # the view before its profile, as the app does


def test_page_html_names_only_local_resources():
    html = build_page_html()
    assert REMOTE.findall(html) == []
    for url in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert url.startswith(("file:///", "qrc:///")), url


def test_page_loads_without_errors_and_fetches_only_local_files(view, profile, qtbot):
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT) as rendered:
        view.set_features(sample_collection(), fit=True)
    assert rendered.args == [5]
    assert view.console_errors == []
    urls = profile.recorder.urls
    assert any(u.endswith("leaflet.js") for u in urls)
    assert any(u.endswith("basemap.js") for u in urls)
    outside = [u for u in urls if not u.startswith(("file:", "qrc:", "data:"))]
    assert outside == []


def test_a_click_on_a_feature_reaches_python_with_its_id(view, qtbot):
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(sample_collection(), fit=True)
    with qtbot.waitSignal(view.bridge.located, timeout=TIMEOUT) as located:
        view.locate("place:2")
    _, x, y = located.args
    target = view.focusProxy() or view
    with qtbot.waitSignal(view.feature_clicked, timeout=TIMEOUT) as clicked:
        QTest.mouseClick(
            target,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            QPoint(round(x), round(y)),
        )
    assert clicked.args == ["place:2"]


def test_clicks_on_lines_and_areas_carry_their_ids(view, qtbot):
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(sample_collection(), fit=True)
    for fid in ("asset:1", "theatre:1"):
        with qtbot.waitSignal(view.feature_clicked, timeout=TIMEOUT) as clicked:
            view.click_feature(fid)
        assert clicked.args == [fid]


def test_select_and_fly_keep_the_page_error_free(view, qtbot):
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(sample_collection(), fit=True)
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.select("asset:1", fly=True)
    view.highlight(["place:1", "place:2"])
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.select("place:1", fly=True)
    assert view.console_errors == []


def test_the_rendered_map_is_a_real_map(view, qtbot):
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(sample_collection(), fit=True)
    image: QImage = view.grab().toImage()
    assert (image.width(), image.height()) == (1200, 800)
    small = image.scaled(240, 160)
    colours = {small.pixel(x, y) for x in range(small.width()) for y in range(small.height())}
    assert len(colours) > 50


def test_side_colours_reach_symbols_and_legend(view, qtbot):
    collection = sample_collection()
    collection["features"][0]["properties"]["side"] = "Party A"
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(collection, fit=True)
    palette = {
        "kinds": {"place": "#0072B2", "event": "#D55E00", "asset": "#009E73", "theatre": "#CC79A7"},
        "sides": {"Party A": "#E69F00"},
    }
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_palette(palette)
    legend = []
    view.page().runJavaScript("document.querySelector('.ex-legend').textContent", 0, legend.append)
    qtbot.waitUntil(lambda: bool(legend), timeout=TIMEOUT)
    assert "Party A" in legend[0]
    assert view.console_errors == []
