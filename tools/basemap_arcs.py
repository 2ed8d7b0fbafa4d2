"""The basemap's arcs packed into one string, and back (``geodata/basemap/basemap.js``).

A TopoJSON topology lists its arcs as arrays of ``[dx, dy]`` pairs: the first point of each
arc quantized, the others as steps from the point before. Written as JavaScript, the 2,415
arcs of the basemap (88,738 points) were 784 KB of nested array literals, which the page
parsed into some 90,000 small arrays only to copy them into typed arrays. They are written
instead as one string, ``arcs.packed``, which the page decodes straight into those typed
arrays (``resources/web/basemap.js``, ``unpackArcs``):

- the base64 of one stream of unsigned LEB128 varints (7 bits a byte, low bits first, the
  high bit set on every byte but a number's last);
- for each arc in order: its number of points ``n``, then its ``2 n`` numbers as TopoJSON
  holds them (``x0, y0, dx1, dy1, ...``); every number zigzag-encoded (``0, -1, 1, -2`` as
  ``0, 1, 2, 3``), so that the small steps of a coast take a byte each.

Beside it ``arcs.count`` and ``arcs.points`` say how many arcs and points it holds. Pure
Python, no third-party import: the build, ``tools/build_country_shapes.py`` and the tests read
it.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence


def _zigzag(value: int) -> int:
    return 2 * value if value >= 0 else -2 * value - 1


def _varint(value: int, out: bytearray) -> None:
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)


def pack(arcs: Sequence[Sequence[Sequence[int]]]) -> dict:
    """``{"count", "points", "packed"}`` for a topology's arcs (lists of ``[x, y]`` integers)."""
    out = bytearray()
    points = 0
    for arc in arcs:
        _varint(_zigzag(len(arc)), out)
        points += len(arc)
        for x, y in arc:
            _varint(_zigzag(int(x)), out)
            _varint(_zigzag(int(y)), out)
    return {"count": len(arcs), "points": points, "packed": base64.b64encode(out).decode("ascii")}


def unpack(arcs: dict) -> list[list[list[int]]]:
    """The topology's arcs, as TopoJSON lists them, from what ``pack`` made."""
    data = base64.b64decode(arcs["packed"])
    at = 0

    def number() -> int:
        nonlocal at
        value = shift = 0
        while True:
            byte = data[at]
            at += 1
            value |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                return value

    def signed() -> int:
        value = number()
        return value >> 1 if not value & 1 else -(value >> 1) - 1

    out = []
    for _ in range(arcs["count"]):
        n = signed()
        out.append([[signed(), signed()] for _ in range(n)])
    if at != len(data) or sum(len(arc) for arc in out) != arcs["points"]:
        raise ValueError("packed arcs: the stream does not hold the arcs and points it says")
    return out
