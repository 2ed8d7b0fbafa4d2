"""The map page and widget: offline, error-free, clickable, and it renders a real map."""

from __future__ import annotations

import copy
import importlib.util
import json
import re

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWebEngineCore import QWebEngineProfile, QWebEngineUrlRequestInterceptor

from explorer.mapview.page import build_page_html
from explorer.mapview.view import MapView
from explorer.mapview.waiting import grab_settled
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


def test_the_page_is_found_in_a_frozen_build_with_no_sources(monkeypatch, tmp_path):
    # a PyInstaller bundle holds compiled modules only: the page's cache key must not need them
    from explorer.mapview import page

    monkeypatch.setattr(page, "__file__", str(tmp_path / "gone" / "page.py"))
    real = importlib.util.find_spec

    def archived(name, *args):  # folium's modules inside the bundle's archive, not on disk
        spec = real(name, *args)
        if name == "folium" and spec is not None:
            # a copy: an imported module's spec is its own __spec__, which must stay as it is
            spec = copy.copy(spec)
            spec.origin = str(tmp_path / "gone" / "folium" / "__init__.py")
        return spec

    monkeypatch.setattr(importlib.util, "find_spec", archived)
    assert page._page_key(None, None) == page._page_key(None, None)
    assert page.build_page().exists()


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


def locate(view, qtbot, item_id):
    """Where the page draws an item, in the view's pixels."""
    with qtbot.waitSignal(view.bridge.located, timeout=TIMEOUT) as located:
        view.locate(item_id)
    _, x, y = located.args
    return round(x), round(y)


def settled_image(view) -> QImage:
    return grab_settled(view, view, TIMEOUT)


def close_to(colour: QColor, hex_colour: str, tolerance: int = 24) -> bool:
    want = QColor(hex_colour)
    return all(
        abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], want.getRgb()[:3], strict=True)
    )


def describe(view, qtbot) -> dict:
    found = []
    view.page().runJavaScript("JSON.stringify(window.explorerMap.describe())", 0, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=TIMEOUT)
    return json.loads(found[0])


def test_side_colours_and_numbers_reach_symbols_and_legend(view, qtbot):
    collection = sample_collection()
    collection["features"][0]["properties"]["side"] = "Party A"
    palette = {
        "kinds": {"place": "#4D5A66", "event": "#2F2F2F", "asset": "#6B5E4F", "theatre": "#6F6F6F"},
        "sides": {"Party A": "#E69F00", "Party B": "#332288"},
        "numbers": {"Party A": 1, "Party B": 2},
        "ink": {"#E69F00": "#000000", "#332288": "#FFFFFF"},
    }
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_palette(palette)
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(collection, fit=True)
    x, y = locate(view, qtbot, "place:1")
    image = settled_image(view)
    assert close_to(image.pixelColor(x - 6, y), "#E69F00"), image.pixelColor(x - 6, y).name()
    x2, y2 = locate(view, qtbot, "place:2")  # no side: the neutral place colour
    assert close_to(image.pixelColor(x2 - 3, y2), "#4D5A66"), image.pixelColor(x2 - 3, y2).name()
    legend = describe(view, qtbot)["legend"]
    assert "Party A" in legend and "Party B" not in legend  # only sides drawn are listed
    assert "Sides in view1Party A" in legend  # with the number the symbol carries


def test_a_selection_reaches_the_map(view, qtbot):
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(sample_collection(), fit=True)
    x, y = locate(view, qtbot, "place:2")
    before = settled_image(view).pixelColor(x + 11, y)
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.select("place:2", fly=False)
    after = settled_image(view).pixelColor(x + 11, y)  # on the gold ring around the symbol
    assert not close_to(before, "#FFD700", 40)
    assert close_to(after, "#FFD700", 40), after.name()


def test_a_bbox_reaches_the_map(view, qtbot):
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(sample_collection(), fit=True)
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.fit_bbox(30.0, 36.0, 40.0, 44.0)
    # Ankara (32.85 E, 39.93 N) and Damascus (36.29 E, 33.51 N): Ankara inside, Damascus south
    # of the frame; west to east, Ankara sits at (32.85 - 30) / 10 of the width.
    x, y = locate(view, qtbot, "place:1")
    assert abs(x / view.width() - 0.285) < 0.12 and 0 < y < view.height()
    _, y_damascus = locate(view, qtbot, "place:2")
    assert y_damascus > view.height()
    image = settled_image(view)
    assert close_to(image.pixelColor(x - 3, y), "#4D5A66"), image.pixelColor(x - 3, y).name()


def test_labels_name_what_is_drawn_without_overlapping(view, qtbot):
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(sample_collection(), fit=True)
    labels = describe(view, qtbot)["labels"]
    assert "Ankara" in labels and "Damascus" in labels and "Pipeline" in labels
    boxes = []
    view.page().runJavaScript(
        "JSON.stringify(Array.from(document.querySelectorAll('.ex-label')).map(function (e) {"
        " var r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; }))",
        0,
        boxes.append,
    )
    qtbot.waitUntil(lambda: bool(boxes), timeout=TIMEOUT)
    rects = json.loads(boxes[0])
    assert len(rects) == len(labels)
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)


def test_an_area_across_the_antimeridian_is_named_on_itself(view, qtbot):
    # a country with islands past 180 degrees (the Aleutians, Chukotka) spans the whole world in
    # longitude: the centre of its bounds lies on another continent, its name must not
    main = [[-125, 25], [-70, 25], [-70, 49], [-125, 49], [-125, 25]]
    east = [[172, 51], [180, 51], [180, 54], [172, 54], [172, 51]]
    west = [[-180, 51], [-170, 51], [-170, 54], [-180, 54], [-180, 51]]
    area = {
        "type": "Feature",
        "geometry": {"type": "MultiPolygon", "coordinates": [[east], [main], [west]]},
        "properties": {"id": "theatre:far", "kind": "theatre", "name": "Farland", "n": 1},
    }
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features({"type": "FeatureCollection", "features": [area]}, fit=False)
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.fit_bbox(-179.0, -50.0, 179.0, 70.0)
    shown = describe(view, qtbot)
    assert shown["labels"] == ["Farland"]
    lat, lng = shown["labelAt"][0]
    assert -125 < lng < -70 and 25 < lat < 49, (lng, lat)


def test_the_legend_folds_away(view, qtbot):
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(sample_collection(), fit=True)
    assert "Place" in describe(view, qtbot)["legend"]
    view.page().runJavaScript("document.querySelector('.ex-legend-toggle').click()")
    qtbot.waitUntil(lambda: describe(view, qtbot)["legendCollapsed"], timeout=TIMEOUT)
    assert "Place" not in describe(view, qtbot)["legend"]


def test_the_legend_lists_the_kinds_this_map_shows_with_their_counts(view, qtbot):
    # a map of two towns and a meeting says so; no asset, route or conflict area it lacks
    collection = sample_collection()
    collection["features"] = collection["features"][:3]
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(collection, fit=True)
    legend = describe(view, qtbot)["legend"]
    assert "Place (2)" in legend and "Event (1)" in legend, legend
    assert not any(word in legend for word in ("Asset", "Conflict area", "route")), legend
    assert "confirmed" not in legend  # no item is
    # a pipeline is drawn as a line: the line's row, not the asset's symbol
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(sample_collection(), fit=True)
    legend = describe(view, qtbot)["legend"]
    assert "Pipeline or route (1)" in legend and "Conflict area (1)" in legend, legend
    assert "Asset" not in legend, legend
    # the notes on the analyst's reviews only when a reviewed item is shown
    reviewed = sample_collection()
    reviewed["features"][0]["properties"]["review"] = "rejected"
    reviewed["features"][1]["properties"]["review"] = "confirmed"
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(reviewed, fit=True)
    legend = describe(view, qtbot)["legend"]
    assert "Rejected by an analyst (1)" in legend and "✓ confirmed" in legend, legend


@pytest.mark.js_errors_expected
def test_a_javascript_error_is_caught_by_the_test_fixture(view, qtbot, _no_javascript_errors):
    view.page().runJavaScript("console.error('deliberate')")
    qtbot.waitUntil(lambda: bool(_no_javascript_errors.messages), timeout=TIMEOUT)
    assert "deliberate" in _no_javascript_errors.messages[0]


def _many(n: int) -> dict:
    """n events over 40 towns of the Levant, several at each town, as a table would give."""
    features = []
    for k in range(n):
        town = k % 40
        lon, lat = 35.0 + (town % 8) * 0.6, 32.0 + (town // 8) * 0.7
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": {
                    "id": f"event:{k}",
                    "kind": "event",
                    "name": f"Event {k}",
                    "type": "clash",
                    "n": 1,
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


def test_thousands_of_points_are_clustered_and_a_filter_is_one_bit_each(view, qtbot):
    from explorer.mapview.columns import visible_bits

    collection = _many(4000)
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT) as rendered:
        view.set_features(collection, fit=True)
    assert rendered.args == [4000]
    shown = describe(view, qtbot)
    assert shown["shown"] == 4000 and 0 < shown["clusters"] <= 40
    assert shown["drawn"] == 4000 and shown["symbols"] < 100  # never a marker per item
    ids = [f["properties"]["id"] for f in collection["features"]]
    keep = set(ids[::40])  # one town's events
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT) as rendered:
        view.bridge.send("show", visible=visible_bits(ids, keep))
    assert rendered.args == [len(keep)]
    assert describe(view, qtbot)["shown"] == len(keep)
    assert view.bridge.timings[-1][0] == "show"  # the page timed its redraw
    # an item inside a cluster, selected, is drawn on top of it and can be clicked
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.select("event:40", fly=True)
    x, y = locate(view, qtbot, "event:40")
    assert 0 < x < view.width() and 0 < y < view.height()
    with qtbot.waitSignal(view.feature_clicked, timeout=TIMEOUT) as clicked:
        view.click_feature("event:40")
    assert clicked.args == ["event:40"]
    assert view.console_errors == []


def test_a_fitted_view_draws_its_points_once_and_a_selection_finds_its_item(view, qtbot):
    """Data fitted into view, or a box fitted by command, draws the points and labels once: the
    moves of the fit draw nothing (Leaflet ends a fit with zoomend and moveend). The ids are
    mapped to rows apart from the drawing, and a selection finds its item there."""
    collection = _many(2000)
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT) as rendered:
        view.set_features(collection, fit=True)
    assert rendered.args == [2000]
    assert describe(view, qtbot)["redraws"] == 1
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.fit_bbox(34.0, 31.0, 40.0, 36.0)
    assert describe(view, qtbot)["redraws"] == 2
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.select("event:1234", fly=True)
    x, y = locate(view, qtbot, "event:1234")
    assert 0 < x < view.width() and 0 < y < view.height()
    assert view.console_errors == []


def test_a_cluster_is_named_by_an_item_inside_it(view, qtbot):
    # at a low zoom a cluster over Syria and Iraq also gathered Chechnya, its most cited
    # item, and read "Chechnya +26": a name from 1,000 km away from the circle it labels
    # (a crowd of ten items or more is named by its countries since uxlook5: "Iraq, Syria
    # (20)"; a smaller cluster by an item, "Strike near Raqqa +2")
    places = [
        ("Deir ez-Zor", 40.14, 35.34, 6, "SY"),
        ("Raqqa", 39.01, 35.95, 3, "SY"),
        ("Mosul", 43.13, 36.34, 4, "IQ"),
        ("Al-Bukamal", 40.92, 34.45, 2, "SY"),
        ("Tal Afar", 42.45, 36.38, 2, "IQ"),
        ("Hasakah", 40.75, 36.5, 2, "SY"),
        ("Anah", 41.98, 34.37, 1, "IQ"),
    ]
    features = []
    for k, (name, lon, lat, n, country) in enumerate(places):
        for j in range(n):
            f = sample_point(f"event:{k}:{j}", "event", f"Strike near {name}", lon, lat)
            f["properties"]["n"] = 1 + (j == 0) * 5 * (name == "Deir ez-Zor")
            f["properties"]["country"] = country
            features.append(f)
    far = sample_point("event:chechnya", "event", "Chechnya", 45.7, 43.3)
    far["properties"]["n"] = 60
    far["properties"]["country"] = "RU"
    features.append(far)
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features({"type": "FeatureCollection", "features": features}, fit=False)
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.fit_bbox(-179.0, -60.0, 179.0, 75.0)
    shown = describe(view, qtbot)
    assert not any(label.startswith(("Chechnya", "Russia")) for label in shown["labels"]), shown
    # closer, a crowd over Syria and Iraq is named by its country, or by those two
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.fit_bbox(20.0, 25.0, 60.0, 50.0)
    shown = describe(view, qtbot)
    clusters = [label for label in shown["labels"] if " +" in label or label.endswith(")")]
    assert clusters, shown["labels"]
    for label, (lat, lng) in zip(shown["labels"], shown["labelAt"], strict=True):
        if " +" in label or label.endswith(")"):
            assert label.startswith(("Strike near", "Iraq (", "Syria (", "Iraq, Syria (")), label
            assert 34 < lat < 40 and 38 < lng < 45, (label, lat, lng)


def sample_point(fid: str, kind: str, name: str, lon: float, lat: float) -> dict:
    f = copy.deepcopy(sample_collection()["features"][0])
    f["geometry"] = {"type": "Point", "coordinates": [lon, lat]}
    f["properties"].update(id=fid, kind=kind, name=name, type=kind)
    return f


def test_no_label_is_drawn_under_the_legend(view, qtbot):
    # a place in the map's bottom right corner had its name drawn under the legend
    features = [
        sample_point("place:basra", "place", "Basra", 47.8, 30.5),
        sample_point("place:kirkuk", "place", "Kirkuk", 44.4, 35.5),
        sample_point("place:aleppo", "place", "Aleppo", 37.2, 36.2),
    ]
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features({"type": "FeatureCollection", "features": features}, fit=False)
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.fit_bbox(36.0, 30.2, 48.3, 37.0)
    found = []
    view.page().runJavaScript(
        "JSON.stringify([document.querySelector('.ex-legend').getBoundingClientRect()].concat("
        "Array.from(document.querySelectorAll('.ex-label')).map(function (e) {"
        " return e.getBoundingClientRect(); })).map(function (r) {"
        " return [r.left, r.top, r.right, r.bottom]; }))",
        0,
        found.append,
    )
    qtbot.waitUntil(lambda: bool(found), timeout=TIMEOUT)
    legend, *labels = json.loads(found[0])
    assert legend[2] > legend[0] and labels
    for a in labels:
        assert a[2] <= legend[0] or a[0] >= legend[2] or a[3] <= legend[1] or a[1] >= legend[3], (
            a,
            legend,
        )


@pytest.mark.js_errors_expected
def test_a_page_process_that_dies_is_said_in_the_log(view, qtbot, caplog):
    # Chromium's own log is kept quiet (the launcher); a crash of the map's page process
    # must still reach the analyst's stderr, through ours
    import os
    import signal

    pid = view.page().renderProcessPid()
    assert pid > 0
    with qtbot.waitSignal(view.page().renderProcessTerminated, timeout=TIMEOUT):
        os.kill(pid, signal.SIGKILL)
    said = [r.getMessage() for r in caplog.records if r.name == "explorer.mapview.view"]
    assert any(m.startswith("the map's page process ended (") for m in said), said


def test_a_big_cluster_keeps_its_label_off_its_circle(view, qtbot):
    # a cluster's circle is 34 to 52 px across by how many items it holds; its label was
    # put 23 px from its centre whatever its size, over the rim of a 52 px circle
    features = [
        sample_point(f"event:{k}", "event", "Strike near Aleppo", 37.16, 36.2)
        for k in range(10_000)
    ]
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features({"type": "FeatureCollection", "features": features}, fit=False)
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.fit_bbox(33.0, 32.0, 41.0, 40.0)
    assert "Strike near Aleppo +9999" in describe(view, qtbot)["labels"]
    found = []
    view.page().runJavaScript(
        "JSON.stringify(['.ex-cluster', '.ex-label'].map(function (s) {"
        " var r = document.querySelector(s).getBoundingClientRect();"
        " return [r.left, r.top, r.right, r.bottom]; }))",
        0,
        found.append,
    )
    qtbot.waitUntil(lambda: bool(found), timeout=TIMEOUT)
    circle, label = json.loads(found[0])
    assert circle[2] - circle[0] == pytest.approx(52, abs=1)
    apart = (
        label[0] >= circle[2]
        or circle[0] >= label[2]
        or label[1] >= circle[3]
        or circle[1] >= label[3]
    )
    assert apart, (circle, label)
