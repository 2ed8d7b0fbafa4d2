"""The basemap's raster tiles: drawn like the vector layers, kept in the cache under a key that
changes with the data and the drawing code, and served to a real map page."""

from __future__ import annotations

import json
import math
import re
import shutil
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from explorer.mapview import tile_scheme, tiles
from explorer.mapview.snapshot import render_map
from explorer.mapview.view import MapView
from explorer.paths import resources_dir
from tests.mapdata import sample_collection

TIMEOUT = 60_000


def _pixel(lon: float, lat: float, z: int, scale: int = 2) -> tuple[tuple[int, int, int], int, int]:
    """Which tile shows (lon, lat) at zoom z, and where in it (device pixels)."""
    u, v = tiles._unit(lon, lat)
    world = 2**z
    x, y = int(u * world), int(v * world)
    side = tiles.TILE_SIZE * scale
    return (x, y, z), int((u * world - x) * side), int((v * world - y) * side)


def _colour(image: QImage, px: int, py: int) -> str:
    return QColor(image.pixel(px, py)).name()


def test_the_tiles_use_the_page_s_colours_and_line_widths():
    js = (resources_dir() / "web" / "basemap.js").read_text(encoding="utf-8")
    style = js[js.index("var STYLE = {") : js.index("};", js.index("var STYLE = {"))]
    for name, colour in tiles.COLOURS.items():
        assert re.search(rf'\b{name}: "{colour}"', style), name
    tints = re.search(r"tints: \[([^\]]*)\]", style).group(1)
    assert [t.strip().strip('"') for t in tints.split(",")] == tiles.TINTS
    for name, weight in tiles.WEIGHTS.items():
        stroke = "coast" if name == "lake" else name  # a lake's outline is a coast
        assert f"color: STYLE.{stroke}, weight: {weight}" in js, name


@pytest.mark.parametrize(
    ("lon", "lat", "z", "land"),
    [
        (20.0, 26.0, 4, True),  # the Sahara, in Libya
        (-140.0, -10.0, 4, False),  # the Pacific
        (100.0, 62.0, 6, True),  # Siberia
        (-30.0, 40.0, 3, False),  # the Atlantic
        (34.5, 48.5, 7, True),  # Ukraine
        (33.5, 43.0, 6, False),  # the Black Sea
    ],
)
def test_a_tile_shows_land_and_sea_where_they_are(qapp, lon, lat, z, land):
    (x, y, zoom), px, py = _pixel(lon, lat, z)
    image = tiles.render_tile(2, zoom, x, y)
    assert image.width() == image.height() == 512
    colour = _colour(image, px, py)
    if land:
        assert colour in tiles.TINTS
    else:
        assert colour == tiles.COLOURS["sea"]


def test_countries_that_share_a_border_are_tinted_apart(qapp):
    data = tiles.read_basemap(tiles.basemap_file().read_text(encoding="utf-8"))
    countries = data["topology"]["objects"]["countries"]["geometries"]
    tint = tiles._tints(countries, len(tiles.TINTS))
    owners = tiles._owners_by_arc(countries)
    shared = [(a, b) for a, b in owners.values() if a != b]
    assert len(shared) > 200
    clashes = [(a, b) for a, b in shared if tint[a] == tint[b]]
    assert len(clashes) <= len(shared) // 100  # five tints: a very few may be unavoidable


def test_borders_and_coasts_are_drawn_in_their_colours(qapp):
    # the Ukrainian-Polish border near 50.5N 24.1E, and the coast of Crimea's south near Yalta
    image = tiles.render_tile(2, 7, *_pixel(24.1, 50.5, 7)[0][:2])
    colours = {QColor(image.pixel(px, py)).name() for px in range(512) for py in range(0, 512, 4)}
    assert tiles.COLOURS["border"] in colours
    image = tiles.render_tile(2, 7, *_pixel(34.2, 44.5, 7)[0][:2])
    colours = {QColor(image.pixel(px, py)).name() for px in range(512) for py in range(0, 512, 4)}
    assert tiles.COLOURS["coast"] in colours


def test_out_of_range_tiles_are_refused(qapp, tmp_path):
    cache = tiles.TileCache(tmp_path)
    for bad in [
        (1, 3, 0, 0),
        (2, 1, 0, 0),
        (2, tiles.MAX_ZOOM + 1, 0, 0),
        (2, 3, 8, 0),
        (2, 3, 0, -1),
    ]:
        with pytest.raises(tiles.TileError):
            cache.tile(*bad)


def test_a_tile_is_drawn_once_and_then_read_from_the_cache(qapp, tmp_path):
    cache = tiles.TileCache(tmp_path)
    first = cache.tile(2, 4, 8, 6)
    assert cache.drawn == 1
    assert QImage.fromData(first).width() == 512
    again = tiles.TileCache(tmp_path)
    assert again.tile(2, 4, 8, 6) == first
    assert again.drawn == 0
    assert [p.name for p in tmp_path.iterdir()] == [cache.folder.name]


def test_new_basemap_data_or_drawing_code_starts_a_new_cache(qapp, tmp_path, monkeypatch):
    cache = tiles.TileCache(tmp_path)
    cache.tile(2, 3, 4, 3)
    old = cache.folder
    changed = tmp_path / "basemap.js"
    shutil.copy(tiles.basemap_file(), changed)
    with changed.open("a", encoding="utf-8") as fh:
        fh.write("\n")
    monkeypatch.setattr(tiles, "basemap_file", lambda: changed)
    fresh = tiles.TileCache(tmp_path)
    assert fresh.folder != old
    assert not old.exists()  # the stale tiles are removed with their folder
    assert fresh.cached(2, 3, 4, 3) is None
    monkeypatch.undo()
    assert tiles.cache_key() == old.name.removeprefix(tiles.TileCache.PREFIX)
    edited = tmp_path / "tiles.py"  # the drawing code changed
    edited.write_text(Path(tiles.__file__).read_text(encoding="utf-8") + "# edited\n")
    monkeypatch.setattr(tiles, "__file__", str(edited))
    assert tiles.cache_key() != old.name.removeprefix(tiles.TileCache.PREFIX)


@pytest.fixture
def map_view(qtbot):
    views = []

    def make(scale: float = 1.0) -> MapView:
        view = MapView(basemap_wait_ms=TIMEOUT)
        view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        view.resize(round(800 * scale), round(600 * scale))
        view.setZoomFactor(scale)
        view.show()
        views.append(view)
        return view

    yield make
    for view in views:
        if not shiboken6.isValid(view):  # a snapshot closes its view
            continue
        view.shutdown()
        view.close()
        shiboken6.delete(view)


def _describe(view, qtbot) -> dict:
    found = []
    view.page().runJavaScript("JSON.stringify(window.explorerMap.describe())", 0, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=TIMEOUT)
    return json.loads(found[0])


def _land_pixel_share(image: QImage) -> float:
    tints = {QColor(t).rgb() for t in tiles.TINTS}
    samples = [
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    ]
    return sum(1 for p in samples if p in tints) / len(samples)


def test_the_page_draws_its_basemap_from_tiles(qtbot, map_view, monkeypatch, tmp_path):
    served = tiles.TileCache(tmp_path)
    monkeypatch.setattr(tile_scheme, "_cache", served)
    view = map_view()
    assert view.page().home.fragment().startswith("basemap-tiles=explorer-basemap")
    image, _ = render_map(sample_collection(), size=(800, 600), view=view, timeout_ms=TIMEOUT)
    assert served.drawn > 0  # drawn here, for this page
    assert _land_pixel_share(image) > 0.2


def test_above_the_tiles_zoom_and_on_dense_screens_the_vector_layers_are_drawn(qtbot, map_view):
    view = map_view()
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.set_features(sample_collection(), fit=True)
        view.start()
    qtbot.waitUntil(lambda: _describe(view, qtbot)["basemap"] == "tiles", timeout=TIMEOUT)
    with qtbot.waitSignal(view.rendered, timeout=TIMEOUT):
        view.fit_bbox(30.4, 50.35, 30.7, 50.55)  # Kyiv: a city's zoom
    described = _describe(view, qtbot)
    assert described["view"]["zoom"] > tiles.MAX_ZOOM + 0.5
    qtbot.waitUntil(lambda: _describe(view, qtbot)["basemap"] == "vector", timeout=TIMEOUT)

    dense = map_view(scale=3.0)
    with qtbot.waitSignal(dense.rendered, timeout=TIMEOUT):
        dense.set_features(sample_collection(), fit=True)
        dense.start()
    assert _describe(dense, qtbot)["basemap"] == "vector"
    assert not view.console_errors and not dense.console_errors


def test_the_web_mercator_of_the_tiles_is_leaflet_s():
    # Leaflet's EPSG:3857 at zoom 0: 256 px across; London at 51.5N 0.13W
    u, v = tiles._unit(-0.1278, 51.5074)
    assert u * 256 == pytest.approx(127.909, abs=1e-3)
    lat = math.radians(51.5074)
    y = 128 - 128 / math.pi * math.log(math.tan(math.pi / 4 + lat / 2))
    assert v * 256 == pytest.approx(y, abs=1e-6)
