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
  summed (what TopoJSON's decoding gives before its transform).

Qt-free and pure Python; run once per data file.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import struct
import sys
import tempfile
from array import array
from pathlib import Path

from explorer.paths import cache_dir, geodata_dir

MAGIC = 0x31524142  # "BAR1" read as a little-endian integer
VERSION = 1
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


def encode(packed: dict) -> bytes:
    """The binary form (see the module's docstring) of the data's ``arcs``
    (``{"count", "points", "packed"}``)."""
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
    if sys.byteorder != "little":
        for part in parts:
            part.byteswap()
    return b"".join(part.tobytes() for part in parts)


def decode(blob: bytes) -> dict:
    """The arrays of a binary form, as lists (for tests and tools)."""
    magic, version, count, points = struct.unpack_from("<4i", blob)
    if magic != MAGIC or version != VERSION:
        raise ValueError("not a basemap arcs file of this version")
    numbers = array("i", blob[16:])
    if sys.byteorder != "little":
        numbers.byteswap()
    if len(numbers) != count + 1 + 4 * count + 2 * points:
        raise ValueError("basemap arcs file: its size does not match its header")
    ext_at = count + 1
    xy_at = ext_at + 4 * count
    return {
        "count": count,
        "points": points,
        "start": numbers[:ext_at].tolist(),
        "ext": numbers[ext_at:xy_at].tolist(),
        "xy": numbers[xy_at:].tolist(),
    }


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
        blob = encode(read_data(source)["arcs"])
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
