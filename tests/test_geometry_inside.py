"""Items are placed in conflict areas without shapely, with shapely's answers exactly."""

from __future__ import annotations

import itertools
import math
import random

import pytest
import shapely
from shapely.geometry import mapping, shape
from shapely.prepared import prep

from explorer.geometry_inside import _place_each, _place_many, area_of, place, point_of
from explorer.items import REJECTED, THEATRE_REACH_DEG, build_items
from explorer.store import Project
from tests.test_startup import _last_line


def _shapely_point(g):
    """An item's point as explorer.items took it with shapely."""
    if g.get("type") == "Point":
        return float(g["coordinates"][0]), float(g["coordinates"][1])
    point = shape(g).representative_point()
    return point.x, point.y


def _shapely_area(g):
    geom = shape(g)
    return prep(geom if "Polygon" in geom.geom_type else geom.buffer(THEATRE_REACH_DEG))


def _star(rng, cx, cy, radius, n, grid):
    """A ring around (cx, cy): random radii, vertices snapped to ``grid`` when given (so that
    vertices share heights with the scan line, with each other and with the points tested)."""
    points = []
    for k in range(n):
        angle = 2 * math.pi * k / n + rng.uniform(0, 0.5 / n)
        r = radius * rng.uniform(0.3, 1.0)
        x, y = cx + r * math.cos(angle), cy + r * math.sin(angle)
        if grid:
            x, y = round(x / grid) * grid, round(y / grid) * grid
        points.append([x, y])
    return [*points, points[0]]


def _polygons(seed: int) -> list[dict]:
    rng = random.Random(seed)
    made = []
    for k in range(120):
        grid = rng.choice([0, 0.5, 0.25, 1.0])
        cx, cy = rng.uniform(-170, 170), rng.uniform(-80, 80)
        radius = rng.uniform(0.5, 8)
        shell = _star(rng, cx, cy, radius, rng.randint(3, 40), grid)
        holes = [_star(rng, cx, cy, radius * 0.2, rng.randint(3, 8), grid)] if k % 3 == 0 else []
        polygon = [shell, *holes]
        if k % 4 == 1:
            other = _star(rng, cx + 3 * radius, cy, radius, rng.randint(3, 12), grid)
            made.append({"type": "MultiPolygon", "coordinates": [polygon, [other]]})
        else:
            made.append({"type": "Polygon", "coordinates": polygon})
    # a square (GEOS tests rectangles its own way) and one ring crossing itself
    made.append({"type": "Polygon", "coordinates": [[[0, 0], [4, 0], [4, 2], [0, 2], [0, 0]]]})
    made.append({"type": "Polygon", "coordinates": [[[0, 0], [4, 4], [4, 0], [0, 4], [0, 0]]]})
    return made


def _lines(seed: int) -> list[dict]:
    rng = random.Random(seed)
    made = []
    for k in range(200):
        grid = rng.choice([0, 1.0])
        parts = []
        for _ in range(2 if k % 5 == 0 else 1):
            x, y = rng.uniform(-170, 170), rng.uniform(-80, 80)
            line = []
            for _ in range(rng.randint(2, 6)):
                x, y = x + rng.uniform(-2, 2), y + rng.uniform(-2, 2)
                line.append([round(x / grid) * grid, round(y / grid) * grid] if grid else [x, y])
            parts.append(line)
        if len(parts) == 1:
            made.append({"type": "LineString", "coordinates": parts[0]})
        else:
            made.append({"type": "MultiLineString", "coordinates": parts})
    return made


def _points_near(geometry: dict, rng: random.Random) -> list[tuple[float, float]]:
    """Points a test can trip on: vertices, edge midpoints, points on the grid, points just
    inside and outside a town's circle, and random ones around the shape."""
    reach = THEATRE_REACH_DEG
    left, bottom, right, top = (
        a + b for a, b in zip(shape(geometry).bounds, (-reach, -reach, reach, reach), strict=False)
    )
    found = [(rng.uniform(left, right), rng.uniform(bottom, top)) for _ in range(60)]
    found += [(float(round(rng.uniform(left, right))), float(round(rng.uniform(bottom, top))))]
    found += [
        (round(rng.uniform(left, right) * 4) / 4, round(rng.uniform(bottom, top) * 4) / 4)
        for _ in range(40)
    ]
    coords = shapely.get_coordinates(shape(geometry)).tolist()
    found += [tuple(c) for c in coords[:50]]
    found += [((a[0] + b[0]) / 2, (a[1] + b[1]) / 2) for a, b in itertools.pairwise(coords)][:50]
    if geometry["type"] == "Point":
        x, y = geometry["coordinates"]
        for k in range(64):
            angle = 2 * math.pi * k / 64 + rng.uniform(0, 0.1)
            for r in (0.2996, 0.29995, 0.3, 0.30001, THEATRE_REACH_DEG * math.cos(math.pi / 64)):
                found.append((x + r * math.cos(angle), y + r * math.sin(angle)))
    return found


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_representative_points_are_shapelys_to_the_bit(seed):
    geometries = _polygons(seed) + _lines(seed)
    for g in geometries:
        assert point_of(g) == _shapely_point(g), g


@pytest.mark.parametrize("seed", [1, 2])
def test_an_area_holds_what_shapely_says_it_holds(seed):
    rng = random.Random(seed)
    towns = [
        {"type": "Point", "coordinates": [rng.uniform(-170, 170), rng.uniform(-80, 80)]}
        for _ in range(20)
    ]
    tested = inside = 0
    for g in _polygons(seed)[::3] + towns:
        area, expected = area_of(g, THEATRE_REACH_DEG), _shapely_area(g)
        for x, y in _points_near(g, rng):
            held = area.contains(x, y)
            assert held == bool(shapely.contains_xy(expected.context, x, y)), (g, x, y)
            tested += 1
            inside += held
    assert 0 < inside < tested


def test_items_are_given_shapelys_theatres(seeds_project):
    """Every item of the seeds gets the conflict shapely's areas gave it: the smallest area
    holding its representative point (two conflicts share Afghanistan's outline)."""
    with Project.open(seeds_project) as project:
        items = build_items(project.load(include_rejected=True), project.reviews())
    areas = []
    for t in (i for i in items if i.kind == "theatre"):
        if t.review != REJECTED and t.geometry:
            area = _shapely_area(t.geometry)
            areas.append((t.id, area, area.context.area))
    areas.sort(key=lambda a: a[2])
    others = [i for i in items if i.kind != "theatre"]
    for item in others:
        point = _shapely_point(item.geometry) if item.geometry else None
        expected = point and next(
            (t for t, a, _ in areas if shapely.contains_xy(a.context, *point)), None
        )
        assert item.theatre == expected, item.id
    assert sum(bool(i.theatre) for i in others) > 10


def test_many_points_are_placed_as_few_are():
    """Past some thousands of points shapely's vectorised test places them: the same answers."""
    rng = random.Random(7)
    shapes = _polygons(7)[:30] + [
        {"type": "Point", "coordinates": [rng.uniform(-170, 170), rng.uniform(-80, 80)]}
        for _ in range(10)
    ]
    # one outline twice: the first given of equal areas holds
    shapes.append(mapping(shape(shapes[0])))
    areas = [area_of(g, THEATRE_REACH_DEG) for g in shapes]
    points = [p for g in shapes for p in _points_near(g, rng)] + [None]
    assert _place_each(points, areas) == _place_many(points, areas)
    assert place(points, areas) == _place_each(points, areas)
    assert len({i for i in _place_each(points, areas) if i is not None}) > 20


SECOND_SNAPSHOT = r"""
import sys
from explorer.cli import main
code = main(sys.argv[1:])
print("LOADED", ",".join(m for m in ("shapely", "numpy") if m in sys.modules))
sys.exit(code)
"""


def test_a_second_snapshot_of_the_seeds_imports_no_shapely_or_numpy(seeds_project, tmp_path):
    """The seeds' conflicts (countries' outlines, two sharing one) hold most of their items;
    placing them needs neither shapely nor numpy (about 0.3 s to import)."""
    from explorer.paths import seeds_dir

    args = ("snapshot", str(seeds_dir()), "-o")
    _last_line(SECOND_SNAPSHOT, *args, str(tmp_path / "a.png"), QT_QPA_PLATFORM="offscreen")
    second = _last_line(
        SECOND_SNAPSHOT, *args, str(tmp_path / "b.png"), QT_QPA_PLATFORM="offscreen"
    )
    assert second == "LOADED"
