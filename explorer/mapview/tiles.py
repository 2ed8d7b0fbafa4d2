"""The basemap as raster tiles, drawn here from the bundled data and kept in the user's cache.

Drawing the whole vector basemap in the page (about 0.9 MB of shapes, the country fills most of
the cost) was the largest part of a start-up; a tile is drawn once per machine instead, with
QPainter, in the same colours, line widths and order as ``resources/web/basemap.js`` draws its
vector layers (country fills tinted so that neighbours differ, lakes, first-level boundaries
from zoom 5, borders, coasts), and every later start reads PNG files. Labels stay live in the
page. Tiles are drawn at two or three device pixels per CSS pixel (the page picks by its
device pixel ratio), so that a view between two zoom levels, which Leaflet shows by scaling the
nearest level's tiles, is always scaled down, never blurred up.

The cache folder's name is a key made of the basemap data's bytes and this module's code, so a
new basemap or a change to how tiles are drawn starts a new folder (older ones are removed).
This module imports QtGui only; ``view.py`` serves the tiles to the page.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import logging
import math
import os
import shutil
import struct
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QDataStream, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QTransform

from explorer.paths import cache_dir, geodata_dir

log = logging.getLogger(__name__)

TILE_SIZE = 256  # CSS pixels, as Leaflet places them
MIN_ZOOM = 2  # the map's own minimum
MAX_ZOOM = 7  # above it the page draws the vector layers (borders stay sharp at city zooms)
SCALES = (2, 3)  # device pixels per CSS pixel a tile is drawn at
ADMIN1_MIN_ZOOM = 5

# The colours of resources/web/basemap.js (STYLE); tests/test_basemap_tiles.py checks they agree.
COLOURS = {
    "sea": "#c4d9e4",
    "coast": "#7f9db0",
    "border": "#9c958b",
    "admin1": "#cfc7b9",
    "lake": "#c4d9e4",
}
TINTS = ["#f1ede3", "#ece6d8", "#f3efe7", "#eee8dc", "#e9e3d5"]
# Line widths in CSS pixels, as basemap.js draws them.
WEIGHTS = {"lake": 0.6, "admin1": 0.6, "border": 0.9, "coast": 0.8}

MAX_LATITUDE = 85.0511287798  # Leaflet's spherical Mercator


class TileError(ValueError):
    """A tile that does not exist (zoom, column, row or scale out of range)."""


def basemap_file() -> Path:
    return geodata_dir() / "basemap" / "basemap.js"


def _unit(lon: float, lat: float) -> tuple[float, float]:
    """Web Mercator on the unit square: (0, 0) is the north-west corner of the world."""
    lat = max(-MAX_LATITUDE, min(MAX_LATITUDE, lat))
    s = math.sin(math.radians(lat))
    return (lon + 180.0) / 360.0, 0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)


def _on_seam(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """An edge that closes a ring cut at the antimeridian or round the pole: not a coast."""
    meridian = abs(a[0]) > 179.99 and abs(a[0] - b[0]) < 1e-6
    pole = a[1] < -89.9 and b[1] < -89.9
    return meridian or pole


@dataclass
class _Shape:
    """One path on the unit square with its bounds, for culling per tile."""

    path: QPainterPath
    bounds: QRectF
    colour: str = ""


def _shape(path: QPainterPath, colour: str = "") -> _Shape:
    return _Shape(path, path.boundingRect(), colour)


@dataclass
class Shapes:
    """The basemap's layers on the unit square, decoded once from the TopoJSON."""

    countries: list[_Shape] = field(default_factory=list)
    lakes: list[_Shape] = field(default_factory=list)
    admin1: list[_Shape] = field(default_factory=list)
    borders: list[_Shape] = field(default_factory=list)
    coast: list[_Shape] = field(default_factory=list)


def _arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """The arcs in longitude and latitude (delta-decoded, quantization undone)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        decoded.append(points)
    return decoded


def _ring(arcs: list[list[tuple[float, float]]], indices: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def _polygons(geometry: dict) -> list[list[list[int]]]:
    if geometry.get("type") == "Polygon":
        return [geometry["arcs"]]
    if geometry.get("type") == "MultiPolygon":
        return geometry["arcs"]
    return []


def _path(lines: list[list[tuple[float, float]]]) -> QPainterPath:
    """A path of one subpath per line of unit-square points (odd-even fill: holes stay holes),
    read from its QDataStream form in one call: a call per point costs far more."""
    lines = [line for line in lines if len(line) > 1]
    count = sum(len(line) for line in lines)
    parts = [struct.pack("<i", count)]
    for line in lines:
        flat: list[float | int] = []
        for n, (x, y) in enumerate(line):
            flat += (_MOVE if n == 0 else _LINE, x, y)
        parts.append(struct.pack("<" + "idd" * len(line), *flat))
    parts.append(struct.pack("<ii", 0, int(Qt.FillRule.OddEvenFill.value)))
    stream = QDataStream(QByteArray(b"".join(parts)))
    stream.setByteOrder(QDataStream.ByteOrder.LittleEndian)
    path = QPainterPath()
    stream >> path  # reads into path
    return path


_MOVE, _LINE = 0, 1  # QPainterPath.ElementType


def _rings(arcs, geometry: dict) -> list[list[tuple[float, float]]]:
    return [_ring(arcs, ring) for polygon in _polygons(geometry) for ring in polygon]


def _broken_at_seams(
    lonlat: list[tuple[float, float]], unit: list[tuple[float, float]]
) -> list[list[tuple[float, float]]]:
    """An arc as lines (unit-square points), broken at the antimeridian's and the pole's
    closing edges, which are not coasts."""
    lines = [[unit[0]]]
    for i in range(1, len(lonlat)):
        if _on_seam(lonlat[i - 1], lonlat[i]):
            lines.append([unit[i]])
        else:
            lines[-1].append(unit[i])
    return lines


def _geometry_arcs(geometry: dict):
    """Every arc index a geometry uses (polygons' rings or lines), as drawn."""
    kind = geometry.get("type")
    if kind in ("Polygon", "MultiPolygon"):
        for polygon in _polygons(geometry):
            for ring in polygon:
                yield from ring
    elif kind == "LineString":
        yield from geometry["arcs"]
    elif kind == "MultiLineString":
        for line in geometry["arcs"]:
            yield from line


def _tints(geometries: list[dict], count: int) -> list[int]:
    """Greedy colouring over shared borders, busiest countries first: the same choice as
    basemap.js makes with topojson's ``neighbors`` (so the tiles and the vector layers agree)."""
    by_arc: dict[int, list[int]] = {}
    for g, geometry in enumerate(geometries):
        for i in _geometry_arcs(geometry):
            by_arc.setdefault(i if i >= 0 else ~i, []).append(g)
    # topojson's neighbors pairs every two uses of an arc, two by the same country included
    # (which then counts itself): kept, since the count orders the colouring
    neighbours: list[set[int]] = [set() for _ in geometries]
    for owners in by_arc.values():
        for j, a in enumerate(owners):
            for b in owners[j + 1 :]:
                neighbours[a].add(b)
                neighbours[b].add(a)
    order = sorted(range(len(geometries)), key=lambda g: -len(neighbours[g]))  # stable
    tint: list[int | None] = [None] * len(geometries)
    for g in order:
        taken = {tint[j] for j in neighbours[g]}
        pick = 0
        while pick in taken and pick < count - 1:
            pick += 1
        tint[g] = pick
    return [t or 0 for t in tint]


def _owners_by_arc(geometries: list[dict]) -> dict[int, tuple[int, int]]:
    """For each arc, the first and the last geometry that use it (topojson's mesh filter)."""
    owners: dict[int, tuple[int, int]] = {}
    for g, geometry in enumerate(geometries):
        for i in _geometry_arcs(geometry):
            arc = i if i >= 0 else ~i
            first = owners.get(arc, (g, g))[0]
            owners[arc] = (first, g)
    return owners


def read_basemap(text: str) -> dict:
    """The data of basemap.js (``window.EXPLORER_BASEMAP = {...};``)."""
    return json.loads(text[text.index("{") : text.rindex("}") + 1])


def decode(data: dict) -> Shapes:
    topology = data["topology"]
    objects = topology["objects"]
    lonlat = _arcs(topology)
    arcs = [[_unit(lon, lat) for lon, lat in arc] for arc in lonlat]
    shapes = Shapes()
    countries = objects["countries"]["geometries"]
    tints = _tints(countries, len(TINTS))
    for geometry, tint in zip(countries, tints, strict=True):
        path = _path(_rings(arcs, geometry))
        if not path.isEmpty():
            shapes.countries.append(_shape(path, TINTS[tint]))
    for geometry in (objects.get("lakes") or {}).get("geometries", []):
        path = _path(_rings(arcs, geometry))
        if not path.isEmpty():
            shapes.lakes.append(_shape(path))
    admin1: set[int] = set()
    for geometry in (objects.get("admin1") or {}).get("geometries", []):
        admin1.update(i if i >= 0 else ~i for i in _geometry_arcs(geometry))
    shapes.admin1 = [_shape(_path([arcs[i]])) for i in sorted(admin1)]
    for arc, (first, last) in sorted(_owners_by_arc(countries).items()):
        path = _path(_broken_at_seams(lonlat[arc], arcs[arc]))
        if not path.isEmpty():
            (shapes.borders if first != last else shapes.coast).append(_shape(path))
    return shapes


# PySide6 6.12.0 on Python 3.11 takes one reference from None at every call of a method that
# returns nothing (QPainter.fillPath, QObject.setObjectName...): some thousands of such calls
# and the interpreter aborts ("deallocating None"). Drawing a tile makes hundreds, so what
# drawing took is given back (nothing, once PySide6 is fixed, or from Python 3.12, where None
# is immortal).
@contextmanager
def _none_references_kept():
    before = sys.getrefcount(None)
    try:
        yield
    finally:
        lost = before - sys.getrefcount(None)
        if lost > 0 and sys.version_info < (3, 12):
            for _ in range(lost):
                ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))


@cache
def _shapes() -> Shapes:
    with _none_references_kept():
        return decode(read_basemap(basemap_file().read_text(encoding="utf-8")))


def _pen(colour: str, weight: float, scale: int) -> QPen:
    pen = QPen(QColor(colour))
    pen.setCosmetic(True)  # widths in device pixels, whatever the zoom's transform
    pen.setWidthF(weight * scale)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def check_tile(scale: int, z: int, x: int, y: int) -> None:
    if scale not in SCALES or not MIN_ZOOM <= z <= MAX_ZOOM:
        raise TileError(f"no basemap tile at scale {scale}, zoom {z}")
    if not (0 <= x < 2**z and 0 <= y < 2**z):
        raise TileError(f"no basemap tile {z}/{x}/{y}")


def render_tile(scale: int, z: int, x: int, y: int, shapes: Shapes | None = None) -> QImage:
    """Tile ``z/x/y`` (Leaflet's numbering) at ``scale`` device pixels per CSS pixel."""
    check_tile(scale, z, x, y)
    shapes = shapes or _shapes()
    side = TILE_SIZE * scale
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor(COLOURS["sea"]))
    world = float(TILE_SIZE * 2**z * scale)
    to_tile = QTransform(world, 0, 0, world, -x * side, -y * side)
    # the tile on the unit square, with room for the widest line's half
    margin = 2.0 / world
    side_unit = 1 / 2**z + 2 * margin
    view = QRectF(x / 2**z - margin, y / 2**z - margin, side_unit, side_unit)
    with _none_references_kept():
        _paint(image, shapes, to_tile, view, margin, scale, z)
    return image


def _paint(image, shapes, to_tile, view, margin, scale, z) -> None:
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(to_tile)
        painter.setPen(Qt.PenStyle.NoPen)
        for shape in shapes.countries:
            if shape.bounds.intersects(view):
                painter.fillPath(shape.path, QColor(shape.colour))
        lake_pen = _pen(COLOURS["coast"], WEIGHTS["lake"], scale)
        for shape in shapes.lakes:
            if shape.bounds.intersects(view):
                painter.fillPath(shape.path, QColor(COLOURS["lake"]))
                painter.strokePath(shape.path, lake_pen)
        layers = [("border", shapes.borders), ("coast", shapes.coast)]
        if z >= ADMIN1_MIN_ZOOM:
            layers.insert(0, ("admin1", shapes.admin1))
        for name, lines in layers:
            pen = _pen(COLOURS[name], WEIGHTS[name], scale)
            for shape in lines:
                # a line's bounds may have no width or height: widen them before the test
                if shape.bounds.adjusted(-margin, -margin, margin, margin).intersects(view):
                    painter.strokePath(shape.path, pen)
    finally:
        painter.end()


def png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def cache_key() -> str:
    """What every tile is made of: the basemap data's bytes and this module's code (in a
    frozen build, which has no sources, the release stands for the code)."""
    digest = hashlib.sha256(basemap_file().read_bytes())
    source = Path(__file__)
    if source.exists():
        digest.update(source.read_bytes())
    else:
        import explorer

        digest.update(f"explorer {explorer.__version__}".encode())
    return digest.hexdigest()[:16]


class TileCache:
    """Tiles on disk under ``root`` (the user's cache by default), drawn on the first ask."""

    PREFIX = "basemap-tiles-"

    def __init__(self, root: Path | None = None) -> None:
        self._root = root
        self._folder: Path | None = None
        self.drawn = 0  # tiles drawn by this object (the rest were read from the cache)

    @property
    def folder(self) -> Path:
        if self._folder is None:
            root = self._root or cache_dir()
            self._folder = root / f"{self.PREFIX}{cache_key()}"
            if not self._folder.is_dir():
                self._folder.mkdir(parents=True, exist_ok=True)
                self._remove_stale(root)
        return self._folder

    def _remove_stale(self, root: Path) -> None:
        for old in root.glob(self.PREFIX + "*"):
            if old != self._folder and old.is_dir():
                shutil.rmtree(old, ignore_errors=True)

    def path(self, scale: int, z: int, x: int, y: int) -> Path:
        return self.folder / f"{scale}x" / str(z) / str(x) / f"{y}.png"

    def cached(self, scale: int, z: int, x: int, y: int) -> bytes | None:
        """The tile's PNG if it has been drawn before (no drawing here)."""
        check_tile(scale, z, x, y)
        try:
            return self.path(scale, z, x, y).read_bytes()
        except OSError:
            return None

    def tile(self, scale: int, z: int, x: int, y: int) -> bytes:
        """The tile's PNG, drawn and written (through a rename) if it was not there."""
        found = self.cached(scale, z, x, y)
        if found is not None:
            return found
        data = png(render_tile(scale, z, x, y))
        self.drawn += 1
        target = self.path(scale, z, x, y)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, target)
        except OSError as err:  # a full or read-only cache: the tile is still shown
            log.warning("basemap tile %s not kept: %s", target, err)
        return data
