"""Items placed in conflict areas without shapely, checked against shapely on real projects.

    .venv/bin/python benchmarks/startup_theatres.py PROJECT.gpkg [PROJECT.gpkg ...]

For every item of each project (theatres left out), three answers are compared with shapely's,
for exact equality: its representative point (``shape(g).representative_point()``), whether
each conflict area holds that point (``contains_xy`` on the prepared, buffered area) and the
theatre it is given (the smallest area holding it, as ``explorer.items`` placed items with
shapely and numpy before). Prints the counts, the pure placing's time against shapely's (both
in this process, shapely already imported, best of 3) and exits 1 on any difference.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from explorer.geometry_inside import area_of, place, point_of  # noqa: E402
from explorer.items import REJECTED, THEATRE_REACH_DEG, build_items  # noqa: E402


def shapely_theatres(theatres, geometries) -> list[str | None]:
    """The theatres as items were given them with shapely: each geometry's representative
    point tested against every area, smallest area first."""
    import shapely
    from shapely.geometry import shape
    from shapely.prepared import prep

    areas = []
    for t in theatres:
        if t.review == REJECTED or not t.geometry:
            continue
        try:
            geom = shape(t.geometry)
        except (ValueError, TypeError, AttributeError):
            continue
        if "Polygon" not in geom.geom_type:
            geom = geom.buffer(THEATRE_REACH_DEG)
        areas.append((t.id, prep(geom), geom.area))
    areas.sort(key=lambda a: a[2])
    found: list[str | None] = []
    for g in geometries:
        point = shapely_point(g)
        found.append(
            None
            if point is None
            else next((i for i, a, _s in areas if shapely.contains_xy(a.context, *point)), None)
        )
    return found


def shapely_point(g: dict | None) -> tuple[float, float] | None:
    from shapely.geometry import shape

    if not g:
        return None
    try:
        if g.get("type") == "Point":
            return float(g["coordinates"][0]), float(g["coordinates"][1])
        point = shape(g).representative_point()
        return point.x, point.y
    except (ValueError, TypeError, AttributeError, IndexError, KeyError):
        return None


def check(path: Path) -> int:
    from explorer.store.project import Project

    with Project.open(path) as project:
        items = build_items(project.load(include_rejected=True), project.reviews())
    theatres = [i for i in items if i.kind == "theatre"]
    others = [i for i in items if i.kind != "theatre"]
    geometries = list({id(i.geometry): i.geometry for i in others}.values())
    wrong = 0
    points = [point_of(g) for g in geometries]
    for g, point in zip(geometries, points, strict=True):
        expected = shapely_point(g)
        if point != expected and not (point and expected and point != point):
            print(f"  point differs: {point} against {expected} for {str(g)[:120]}")
            wrong += 1
    areas = [area_of(t.geometry, THEATRE_REACH_DEG) for t in theatres if t.geometry]
    pairs = decided = 0
    import shapely

    for area in areas:
        for point in points:
            if point is None:
                continue
            pairs += 1
            mine = area.decides(*point)
            decided += mine is not None
            if mine is not None and mine != bool(shapely.contains_xy(area.shapely.context, *point)):
                print(f"  containment differs at {point}")
                wrong += 1
    expected = shapely_theatres(theatres, [i.geometry for i in others])
    given = [i.theatre for i in others]
    differ = sum(a != b for a, b in zip(given, expected, strict=True))
    wrong += differ
    # best of 3 each, areas and points made in the timing (shapely already imported)
    pure = shapely_s = math.inf
    for _ in range(3):
        t0 = time.perf_counter()
        made = [area_of(t.geometry, THEATRE_REACH_DEG) for t in theatres if t.geometry]
        place([point_of(g) for g in geometries], made)
        pure = min(pure, time.perf_counter() - t0)
        t0 = time.perf_counter()
        shapely_theatres(theatres, geometries)
        shapely_s = min(shapely_s, time.perf_counter() - t0)
    print(
        f"{path}: {len(others)} items ({len(geometries)} geometries), {len(areas)} areas; "
        f"representative points differing: {wrong - differ}; area tests decided here "
        f"{decided} of {pairs}; theatres differing from shapely's: {differ} "
        f"({sum(map(bool, expected))} items in a conflict); placing {pure * 1000:.1f} ms "
        f"against shapely's {shapely_s * 1000:.1f} ms"
    )
    return wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("projects", nargs="+", type=Path)
    args = parser.parse_args()
    wrong = sum(check(p) for p in args.projects)
    sys.exit(1 if wrong else 0)


if __name__ == "__main__":
    main()
