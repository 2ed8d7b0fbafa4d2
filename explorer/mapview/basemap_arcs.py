"""The basemap's arcs decoded once, as binary data beside the map page.

The page draws the basemap from ``geodata/basemap/basemap.js``, whose 2,415 arcs come packed
(the base64 of zigzag LEB128 varints: ``tools/basemap_arcs.py``). Decoding them into typed
arrays was the largest step of the page's ``prepare`` at every start, and what it yields does
not depend on the view. It is written here once, the first time a page is built for that data
file, into the cache beside the page, and the page reads it as an ``ArrayBuffer``
(``resources/web/basemap.js``, ``load``): views into that buffer are its arrays, nothing to
parse. The file's name holds a digest of the data file and of this format, so a changed
basemap gets a file of its own; a page that cannot read the file decodes the packed arcs as
before, to the same numbers.

The file, every number a little-endian 32-bit integer:

- a header of 4: ``MAGIC``, ``VERSION``, the number of arcs ``count``, of points ``points``;
- ``start``, ``count + 1`` numbers: arc ``a``'s points are ``start[a]`` to
  ``start[a + 1] - 1``;
- ``ext``, 4 numbers an arc: the least and greatest of its quantized x, then of its y
  (``x0, x1, y0, y1``), from which the page makes its boxes;
- ``xy``, ``2 * points`` numbers: the quantized points, ``x0, y0, x1, y1, ...``, the steps
  summed (what TopoJSON's decoding gives before its transform);
- for each mesh of ``MESHES`` (the countries' borders, then their coasts: the lines
  ``topojson.meshArcs`` stitches from the arcs two countries share, or one alone), its number
  of lines ``L``, ``L + 1`` offsets, then the lines' arc indexes (``~i`` for arc ``i``
  reversed), line ``j`` from offset ``j`` to offset ``j + 1``. Stitched here as topojson
  stitches them (``_stitch``: the same lines, in the same order), which the page did at every
  start.

Qt-free and pure Python; run once per data file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import tempfile
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

from explorer.paths import cache_dir, geodata_dir

MAGIC = 0x31524142  # "BAR1" read as a little-endian integer
VERSION = 1
MESHES = ("borders", "coast")  # the meshes held, in this order
_PREFIX = "window.EXPLORER_BASEMAP = "


def data_path() -> Path:
    """The basemap's data file the page loads."""
    return geodata_dir() / "basemap" / "basemap.js"


def read_data(path: Path) -> dict:
    """The data file's object (``window.EXPLORER_BASEMAP = {...};``)."""
    text = path.read_text("utf-8").strip()
    if not text.startswith(_PREFIX) or not text.endswith(";"):
        raise ValueError(f"{path}: not a basemap data file")
    return json.loads(text[len(_PREFIX) : -1])


def encode(packed: dict, objects: dict | None = None) -> bytes:
    """The binary form (see the module's docstring) of the data's ``arcs``
    (``{"count", "points", "packed"}``), with the meshes of the topology's ``objects`` (none
    when not given)."""
    import base64  # here: a start that finds the file made needs none of it

    data = base64.b64decode(packed["packed"])
    count, points = int(packed["count"]), int(packed["points"])
    start = array("i", bytes(4 * (count + 1)))
    ext = array("i", bytes(16 * count))
    xy = array("i", bytes(8 * points))
    at = k = 0

    def signed() -> int:
        nonlocal at
        value = shift = 0
        while True:
            byte = data[at]
            at += 1
            value |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                return value >> 1 if not value & 1 else -(value >> 1) - 1

    for a in range(count):
        n = signed()
        start[a] = k // 2
        x = y = 0
        xs, ys = [], []
        for _ in range(n):
            x += signed()
            y += signed()
            xs.append(x)
            ys.append(y)
            xy[k] = x
            xy[k + 1] = y
            k += 2
        if n:
            ext[4 * a : 4 * a + 4] = array("i", (min(xs), max(xs), min(ys), max(ys)))
    start[count] = k // 2
    if k != 2 * points or at != len(data):
        raise ValueError("packed arcs: the stream does not hold the arcs and points it says")
    parts = [array("i", (MAGIC, VERSION, count, points)), start, ext, xy]
    stitched = meshes(objects, xy, start) if objects is not None else None
    for name in MESHES:
        lines = stitched[name] if stitched is not None else []
        offsets = [0]
        for line in lines:
            offsets.append(offsets[-1] + len(line))
        parts.append(array("i", [len(lines), *offsets]))
        parts.append(array("i", [i for line in lines for i in line]))
    if sys.byteorder != "little":
        for part in parts:
            part.byteswap()
    return b"".join(part.tobytes() for part in parts)


class _Fragment(list):
    """A line being stitched: arc indexes, with the ends it runs between."""

    start: tuple[int, int] | None = None
    end: tuple[int, int] | None = None


def _extract(object_: dict, filter_: Callable[[int, int], bool] | None) -> list[int]:
    """topojson's extractArcs: each arc once, as its first geometry takes it (``~i`` for arc
    ``i`` reversed), in arc order, kept when ``filter_`` of its first and last geometry's
    index in the collection is true (all when none)."""
    by_arc: dict[int, list[tuple[int, int]]] = {}

    def rings(value: Any, depth: int, geometry: int) -> None:
        for item in value:
            if depth:
                rings(item, depth - 1, geometry)
            else:
                by_arc.setdefault(item if item >= 0 else ~item, []).append((item, geometry))

    def walk(o: dict, geometry: int) -> None:
        kind = o.get("type")
        if kind == "GeometryCollection":
            for index, g in enumerate(o["geometries"]):
                walk(g, index)
        elif kind == "LineString":
            rings(o["arcs"], 0, geometry)
        elif kind in ("MultiLineString", "Polygon"):
            rings(o["arcs"], 1, geometry)
        elif kind == "MultiPolygon":
            rings(o["arcs"], 2, geometry)

    walk(object_, -1)
    out = []
    for arc in sorted(by_arc):
        geoms = by_arc[arc]
        if filter_ is None or filter_(geoms[0][1], geoms[-1][1]):
            out.append(geoms[0][0])
    return out


def _stitch(xy: array, start: array, arcs: list[int]) -> list[list[int]]:
    """topojson's stitch, step for step (the same lines, their arcs in the same order): arcs
    joined end to end into lines."""

    def arc_of(i: int) -> int:
        return i if i >= 0 else ~i

    empty = -1
    for j, i in enumerate(list(arcs)):
        i = arcs[j]
        a = arc_of(i)
        first, last = 2 * start[a], 2 * start[a + 1] - 2
        if last - first < 4 and xy[last] == xy[first] and xy[last + 1] == xy[first + 1]:
            empty += 1
            arcs[empty], arcs[j] = i, arcs[empty]

    def ends(i: int) -> tuple[tuple[int, int], tuple[int, int]]:
        a = arc_of(i)
        first, last = 2 * start[a], 2 * start[a + 1] - 2
        p0, p1 = (xy[first], xy[first + 1]), (xy[last], xy[last + 1])
        return (p1, p0) if i < 0 else (p0, p1)

    by_start: dict[Any, _Fragment] = {}
    by_end: dict[Any, _Fragment] = {}
    for i in arcs:
        s, e = ends(i)
        f = by_end.get(s)
        if f is not None:
            by_end.pop(f.end, None)
            f.append(i)
            f.end = e
            g = by_start.get(e)
            if g is not None:
                by_start.pop(g.start, None)
                fg = f if g is f else _Fragment(f + g)
                fg.start, fg.end = f.start, g.end
                by_start[fg.start] = by_end[fg.end] = fg
            else:
                by_start[f.start] = by_end[f.end] = f
            continue
        f = by_start.get(e)
        if f is not None:
            by_start.pop(f.start, None)
            f.insert(0, i)
            f.start = s
            g = by_end.get(s)
            if g is not None:
                by_end.pop(g.end, None)
                gf = f if g is f else _Fragment(g + f)
                gf.start, gf.end = g.start, f.end
                by_start[gf.start] = by_end[gf.end] = gf
            else:
                by_start[f.start] = by_end[f.end] = f
            continue
        f = _Fragment([i])
        f.start, f.end = s, e
        by_start[s] = by_end[e] = f

    stitched: set[int] = set()
    fragments: list[list[int]] = []

    def flush(these: dict, others: dict) -> None:
        for f in list(these.values()):
            others.pop(f.start, None)
            f.start = f.end = None
            stitched.update(arc_of(i) for i in f)
            fragments.append(list(f))

    flush(by_end, by_start)
    flush(by_start, by_end)
    fragments.extend([i] for i in arcs if arc_of(i) not in stitched)
    return fragments


def meshes(objects: dict, xy: array, start: array) -> dict[str, list[list[int]]]:
    """The lines the page draws as the countries' borders (arcs between two countries) and
    coasts (arcs of one), as ``topojson.meshArcs`` stitches them."""
    countries = objects["countries"]
    return {
        "borders": _stitch(xy, start, _extract(countries, lambda a, b: a != b)),
        "coast": _stitch(xy, start, _extract(countries, lambda a, b: a == b)),
    }


def decode(blob: bytes) -> dict:
    """The arrays of a binary form, as lists (for tests and tools)."""
    import struct

    magic, version, count, points = struct.unpack_from("<4i", blob)
    if magic != MAGIC or version != VERSION:
        raise ValueError("not a basemap arcs file of this version")
    numbers = array("i", blob[16:])
    if sys.byteorder != "little":
        numbers.byteswap()
    ext_at = count + 1
    xy_at = ext_at + 4 * count
    at = xy_at + 2 * points
    out: dict[str, Any] = {
        "count": count,
        "points": points,
        "start": numbers[:ext_at].tolist(),
        "ext": numbers[xy_at - 4 * count : xy_at].tolist(),
        "xy": numbers[xy_at:at].tolist(),
    }
    for name in MESHES:
        if at >= len(numbers):
            raise ValueError("basemap arcs file: its size does not match its header")
        lines = numbers[at]
        offsets = numbers[at + 1 : at + 2 + lines].tolist()
        at += 2 + lines
        if len(offsets) != lines + 1 or at + offsets[-1] > len(numbers):
            raise ValueError("basemap arcs file: its size does not match its header")
        indexes = numbers[at : at + offsets[-1]].tolist()
        out[name] = [indexes[offsets[j] : offsets[j + 1]] for j in range(lines)]
        at += offsets[-1]
    if at != len(numbers):
        raise ValueError("basemap arcs file: its size does not match its header")
    return out


def _key(data_bytes: bytes) -> str:
    digest = hashlib.sha256(f"{MAGIC}:{VERSION}\n".encode())
    digest.update(data_bytes)
    return digest.hexdigest()[:16]


def arcs_file() -> Path | None:
    """The binary arcs of the current data file, in the cache (written the first time this
    data file is seen); None when the data file cannot be read or the file not written (the
    page then decodes the packed arcs itself)."""
    source = data_path()
    try:
        raw = source.read_bytes()
    except OSError:
        return None
    target = cache_dir() / f"basemap-arcs-{_key(raw)}.bin"
    if target.exists():
        return target
    try:
        data = read_data(source)
        blob = encode(data["arcs"], data["topology"]["objects"])
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".bin.tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(blob)
            os.replace(tmp, target)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
    except (OSError, ValueError, KeyError):
        return None
    return target
