"""Which conflict area holds a point, and an item's representative point, without shapely.

Placing items in conflict areas is done on every project's open; shapely and numpy cost more to
import (0.3 s and more) than the few hundred points of most projects cost to place in Python.
The answers are shapely's, not approximations of them:

- an item's representative point follows GEOS's own steps (a polygon's widest run along the
  horizontal line through the middle of its height; a line's vertex nearest its centroid);
- a point is inside a polygonal area when a ray from it crosses the area's rings an odd number
  of times and it lies on none of them, as GEOS counts (boundary points are outside);
- an area around a point (a conflict known by its town) is GEOS's 64-sided polygon, which lies
  between the circle through its vertices and the one touching its sides: outside the first or
  inside the second is decided here;
- where the arithmetic is too close to call (a point on or within rounding of an edge or of the
  polygon around a town, two areas of equal size), or for a geometry not read here (lines as
  areas, collections, three dimensions, rings not closed), shapely decides, imported then.

Many points (an imported table with a geometry per row) are placed by shapely's vectorised test.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cached_property
from itertools import chain, pairwise
from typing import Any

Point = tuple[float, float]

# Above this many points shapely's vectorised test costs less than its import saves.
_MANY = 20_000
# GEOS draws a buffer's quarter circle in 16 segments: 64 sides.
_SIDES = 64
# Relative error allowed to this module's sums and products before a result is called close.
_CLOSE = 1e-9
# Shewchuk's bound on the error of a 2x2 orientation determinant, with room to spare.
_ORIENT_ERR = 1e-15


class NotRead(Exception):
    """A geometry this module does not read: shapely gets it."""


def _xy(position: Any) -> Point:
    if not isinstance(position, (list, tuple)) or len(position) != 2:
        raise NotRead
    x, y = position
    if not isinstance(x, (int, float)) or not isinstance(y, (int, float)):
        raise NotRead
    x, y = float(x), float(y)
    if not (math.isfinite(x) and math.isfinite(y)):
        raise NotRead
    return x, y


def _ring(coords: Any) -> list[Point]:
    if not isinstance(coords, (list, tuple)) or len(coords) < 4:
        raise NotRead
    try:
        # numbers only (text or a third coordinate fails here), every one finite
        ring = [(x + 0.0, y + 0.0) for x, y in coords]
        finite = math.isfinite(sum(map(abs, chain.from_iterable(ring))))
    except (TypeError, ValueError, OverflowError):
        raise NotRead from None
    if not finite or ring[0] != ring[-1]:
        raise NotRead  # shapely closes an open ring: its answer
    return ring


def _parts(geometry: Any, kind: str, least: int) -> list:
    """The coordinates of each part of a ``kind`` or Multi``kind`` geometry (each a list of at
    least ``least`` items); NotRead for any other geometry or an empty one."""
    if not isinstance(geometry, dict):
        raise NotRead
    coords = geometry.get("coordinates")
    if geometry.get("type") == kind:
        parts = [coords]
    elif geometry.get("type") == f"Multi{kind}" and isinstance(coords, (list, tuple)):
        parts = list(coords)
    else:
        raise NotRead
    if not parts or not all(isinstance(p, (list, tuple)) and len(p) >= least for p in parts):
        raise NotRead
    return parts


def _polygons(geometry: Any) -> list[list[list[Point]]]:
    """A Polygon's or MultiPolygon's rings, each polygon's shell first."""
    return [[_ring(r) for r in part] for part in _parts(geometry, "Polygon", 1)]


def _lines(geometry: dict) -> list[list[Point]]:
    return [[_xy(c) for c in part] for part in _parts(geometry, "LineString", 2)]


# --- representative points ---------------------------------------------------------------


def _scan_y(polygon: list[list[Point]]) -> float:
    """The height of the scan line: the middle of the gap between vertex heights that holds
    the middle of the polygon's height (GEOS's ScanLineYOrdinateFinder)."""
    ys = [y for _x, y in polygon[0]]
    lo, hi = min(ys), max(ys)
    centre = (lo + hi) / 2.0
    for ring in polygon:
        for _x, y in ring:
            if y <= centre:
                lo = max(lo, y)
            elif y < hi:
                hi = y
    return (hi + lo) / 2.0


def _widest_run(polygon: list[list[Point]]) -> tuple[float, Point]:
    """The widest stretch of the scan line inside the polygon: its width and its middle."""
    scan = _scan_y(polygon)
    crossings = []
    for ring in polygon:
        ys = [y for _x, y in ring]
        if scan < min(ys) or scan > max(ys):
            continue
        for (x0, y0), (x1, y1) in pairwise(ring):
            if (y0 > scan and y1 > scan) or (y0 < scan and y1 < scan) or y0 == y1:
                continue
            if (y0 == scan and y1 < scan) or (y1 == scan and y0 < scan):
                continue  # a vertex on the line counts once
            crossings.append(x0 if x0 == x1 else x0 + (scan - y0) / ((y1 - y0) / (x1 - x0)))
    width, point = 0.0, polygon[0][0]
    crossings.sort()
    for x0, x1 in zip(crossings[::2], crossings[1::2], strict=False):
        if x1 - x0 > width:
            width, point = x1 - x0, ((x0 + x1) / 2.0, scan)
    return width, point


def _line_point(lines: list[list[Point]]) -> Point:
    """The vertex nearest the lines' centroid, inner vertices first (GEOS's InteriorPointLine)."""
    total = sx = sy = 0.0
    count, px, py = 0, 0.0, 0.0
    for line in lines:
        length = 0.0
        for (x0, y0), (x1, y1) in pairwise(line):
            step = math.sqrt((x0 - x1) * (x0 - x1) + (y0 - y1) * (y0 - y1))
            if step == 0.0:
                continue
            length += step
            sx += step * ((x0 + x1) / 2)
            sy += step * ((y0 + y1) / 2)
        total += length
        if length == 0.0:
            count, px, py = count + 1, px + line[0][0], py + line[0][1]
    if total > 0.0:
        cx, cy = sx / total, sy / total
    else:
        cx, cy = px / count, py / count
    best: Point | None = None
    nearest = math.inf
    for candidates in (
        [p for line in lines for p in line[1:-1]],
        [p for line in lines for p in (line[0], line[-1])],
    ):
        for p in candidates:
            d = math.sqrt((p[0] - cx) * (p[0] - cx) + (p[1] - cy) * (p[1] - cy))
            if best is None or d < nearest:
                best, nearest = p, d
        if best is not None:
            return best
    raise NotRead  # not reached: every line has two ends


def representative_point(geometry: dict) -> Point:
    """shapely's ``shape(geometry).representative_point()`` as (x, y); NotRead for what is
    not a point, a line or a polygon of clean two-dimensional coordinates."""
    kind = geometry.get("type")
    if kind == "Point":
        return _xy(geometry.get("coordinates"))
    if kind in ("Polygon", "MultiPolygon"):
        width, point = -1.0, (0.0, 0.0)
        for polygon in _polygons(geometry):
            run, middle = _widest_run(polygon)
            if run > width:
                width, point = run, middle
        return point
    return _line_point(_lines(geometry))


def _shapely_point(geometry: dict) -> Point | None:
    from shapely.geometry import shape

    try:
        point = shape(geometry).representative_point()
        return point.x, point.y
    except (ValueError, TypeError, AttributeError, IndexError, KeyError):
        return None  # an unreadable geometry lies in no conflict (exports refuse it)


def point_of(geometry: dict | None) -> Point | None:
    """Where an item lies for placing it in a conflict; None for no or an unreadable geometry."""
    if not geometry:
        return None
    try:
        return representative_point(geometry)
    except AttributeError:
        return None  # not a mapping: nothing shapely reads either
    except NotRead:
        pass
    if geometry.get("type") == "Point":
        try:
            x, y = geometry["coordinates"][0], geometry["coordinates"][1]
            return float(x), float(y)
        except (ValueError, TypeError, IndexError, KeyError):
            return None
    return _shapely_point(geometry)


# --- areas ----------------------------------------------------------------------------


class Area:
    """A conflict's area: shapely's shape of ``geometry``, buffered by ``reach`` when it is not
    polygonal; ``contains(x, y)`` is shapely's ``contains_xy`` on it."""

    def __init__(self, geometry: dict, reach: float) -> None:
        self.geometry = geometry
        self.reach = reach

    # what shapely would make of it (built on first need)
    @cached_property
    def shapely(self) -> Any:
        from shapely.geometry import shape
        from shapely.prepared import prep

        geom = shape(self.geometry)
        if "Polygon" not in geom.geom_type:
            # A conflict known only by its town or its road: what lies right around it.
            geom = geom.buffer(self.reach)
        return prep(geom)

    @cached_property
    def exact_size(self) -> float:
        return float(self.shapely.context.area)

    @property
    def size(self) -> float:
        """The area in square degrees, to within a relative ``_CLOSE``."""
        return self.exact_size

    def bounds(self) -> tuple[float, float, float, float]:
        return tuple(self.shapely.context.bounds)

    def decides(self, x: float, y: float) -> bool | None:
        """Whether (x, y) is inside; None when too close to call here (shapely's own area:
        always)."""
        return None

    def contains(self, x: float, y: float) -> bool:
        found = self.decides(x, y)
        if found is None:
            import shapely

            return bool(shapely.contains_xy(self.shapely.context, x, y))
        return found


class _PolygonArea(Area):
    """A Polygon or MultiPolygon read here; its edges kept in horizontal bands."""

    def __init__(self, geometry: dict, reach: float) -> None:
        super().__init__(geometry, reach)
        polygons = _polygons(geometry)
        edges = [
            (x0, y0, x1, y1)
            for polygon in polygons
            for ring in polygon
            for (x0, y0), (x1, y1) in pairwise(ring)
        ]
        xs = [x for polygon in polygons for x, _y in polygon[0]]
        ys = [y for polygon in polygons for _x, y in polygon[0]]
        self._box = (min(xs), min(ys), max(xs), max(ys))
        left, bottom, right, top = self._box
        if not all(left <= e[0] <= right and bottom <= e[1] <= top for e in edges):
            raise NotRead  # a hole outside its shell (an invalid shape): shapely's answer
        self._size = sum(
            abs(_ring_area(p[0])) - sum(abs(_ring_area(h)) for h in p[1:]) for p in polygons
        )
        self._bands = max(1, min(512, len(edges) // 4))
        self._bottom, height = self._box[1], self._box[3] - self._box[1]
        self._step = height / self._bands if height > 0 else 1.0
        self._edges: list[list[tuple[float, float, float, float]]] = [
            [] for _ in range(self._bands)
        ]
        for edge in edges:
            for band in range(
                self._band(min(edge[1], edge[3])), self._band(max(edge[1], edge[3])) + 1
            ):
                self._edges[band].append(edge)

    def _band(self, y: float) -> int:
        return min(self._bands - 1, max(0, int((y - self._bottom) / self._step)))

    @property
    def size(self) -> float:
        return self._size

    def bounds(self) -> tuple[float, float, float, float]:
        return self._box

    def decides(self, x: float, y: float) -> bool | None:
        left, bottom, right, top = self._box
        if not (left <= x <= right and bottom <= y <= top):
            return False
        crossings = 0
        for x0, y0, x1, y1 in self._edges[self._band(y)]:
            if x0 < x and x1 < x:
                continue
            if x1 == x and y1 == y:
                return False  # on a vertex: the boundary
            if y0 == y and y1 == y:
                if min(x0, x1) <= x <= max(x0, x1):
                    return False  # on a horizontal edge
                continue
            if (y0 > y) == (y1 > y):
                continue  # the edge does not reach across the ray's height
            left_part = (x1 - x0) * (y - y0)
            right_part = (y1 - y0) * (x - x0)
            det = left_part - right_part
            if abs(det) <= _ORIENT_ERR * (abs(left_part) + abs(right_part)):
                return None  # on the edge, or within rounding of it
            if (det > 0) == (y1 > y0):
                crossings += 1
        return crossings % 2 == 1


class _TownArea(Area):
    """What lies within ``reach`` of a point: GEOS's regular 64-gon around it."""

    def __init__(self, geometry: dict, reach: float) -> None:
        super().__init__(geometry, reach)
        self._x, self._y = _xy(geometry.get("coordinates"))
        inner = reach * math.cos(math.pi / _SIDES)
        self._inside = (inner * (1 - _CLOSE)) ** 2
        self._outside = (reach * (1 + _CLOSE)) ** 2
        self._size = _SIDES / 2 * reach * reach * math.sin(2 * math.pi / _SIDES)

    @property
    def size(self) -> float:
        return self._size

    def bounds(self) -> tuple[float, float, float, float]:
        r = self.reach * (1 + _CLOSE)  # the polygon's vertices lie on the circle, rounded
        return (self._x - r, self._y - r, self._x + r, self._y + r)

    def decides(self, x: float, y: float) -> bool | None:
        d2 = (x - self._x) * (x - self._x) + (y - self._y) * (y - self._y)
        if d2 <= self._inside:
            return True
        if d2 >= self._outside:
            return False
        return None


def _ring_area(ring: list[Point]) -> float:
    x0 = ring[0][0]
    return (
        sum((ring[i][0] - x0) * (ring[i - 1][1] - ring[i + 1][1]) for i in range(1, len(ring) - 1))
        / 2.0
    )


def area_of(geometry: dict, reach: float) -> Area:
    """A conflict's area from its GeoJSON geometry; shapely's errors for an unreadable one."""
    try:
        if isinstance(geometry, dict) and geometry.get("type") == "Point":
            return _TownArea(geometry, reach)
        return _PolygonArea(geometry, reach)
    except NotRead:
        area = Area(geometry, reach)
        area.shapely  # noqa: B018 (shapely's error for an unreadable geometry, now)
        return area


# --- placing --------------------------------------------------------------------------


def _smallest(held: list[int], areas: Sequence[Area]) -> int:
    """Of the areas holding a point, the smallest (the likeliest); the first given of equals.
    Sizes within rounding of each other are settled by shapely's own."""
    best = min(held, key=lambda i: (areas[i].size, i))
    size = areas[best].size
    close = [
        i for i in held if abs(areas[i].size - size) <= _CLOSE * max(abs(size), abs(areas[i].size))
    ]
    if len(close) == 1:
        return best
    shape = areas[best].geometry
    if all(areas[i].geometry == shape for i in close):
        return min(close)  # two conflicts drawn with one outline: the same size to the bit
    return min(held, key=lambda i: (areas[i].exact_size, i))


def place(points: Sequence[Point | None], areas: Sequence[Area]) -> list[int | None]:
    """For each point, the index of the smallest area holding it (None: none does)."""
    return (_place_many if len(points) > _MANY else _place_each)(points, areas)


def _place_each(points: Sequence[Point | None], areas: Sequence[Area]) -> list[int | None]:
    boxes = [a.bounds() for a in areas]
    found: list[int | None] = []
    for point in points:
        if point is None:
            found.append(None)
            continue
        x, y = point
        held = [
            i
            for i, (area, (left, bottom, right, top)) in enumerate(zip(areas, boxes, strict=True))
            if left <= x <= right and bottom <= y <= top and area.contains(x, y)
        ]
        found.append(None if not held else held[0] if len(held) == 1 else _smallest(held, areas))
    return found


def _place_many(points: Sequence[Point | None], areas: Sequence[Area]) -> list[int | None]:
    import numpy as np
    import shapely

    order = sorted(range(len(areas)), key=lambda i: (areas[i].exact_size, i))
    xs = np.array([p[0] if p is not None else np.nan for p in points], dtype=float)
    ys = np.array([p[1] if p is not None else np.nan for p in points], dtype=float)
    found: list[int | None] = [None] * len(points)
    open_ = ~np.isnan(xs)
    for i in order:
        if not open_.any():
            break
        inside = np.zeros(len(points), dtype=bool)
        inside[open_] = shapely.contains_xy(areas[i].shapely.context, xs[open_], ys[open_])
        for row in np.flatnonzero(inside):
            found[int(row)] = i
        open_ &= ~inside
    return found
