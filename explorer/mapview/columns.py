"""The map page's data as columns: one message for every item, then one bit per item per filter.

A FeatureCollection of 100,000 items as objects is a page's worth of JSON per marker; as
columns it is a few arrays, and a column whose values repeat (kind, type, side, review,
country, and the names, dates and points: the events at one town share them) is sent as small
integer codes and its values once. Points are sent as longitude and latitude; lines and areas
as their GeoJSON geometry, keyed by row; a country goes without one (the page draws the
basemap's outline). Qt-free, so the benchmarks can use it alone.
"""

from __future__ import annotations

import base64
import sys
from array import array as Array
from collections.abc import Iterable, Sequence
from typing import Any

CODED = (
    "name",
    "date",
    "kind",
    "type",
    "country",
    "precision",
    "side",
    "theatre",
    "review",
    "layer",
)
PLAIN = ("id", "n")
DIGITS = 5  # about a metre: more is noise in the message


def _coded(values: list[Any]) -> dict[str, Any]:
    """The distinct values in their first row's order, and each row's index among them
    (-1 for None), packed (``codes``)."""
    distinct = dict.fromkeys(values)
    distinct.pop(None, None)
    index: dict[Any, int] = {v: k for k, v in enumerate(distinct)}
    index[None] = -1
    codes, width = packed(list(map(index.__getitem__, values)), len(distinct))
    return {"codes": codes, "width": width, "values": list(distinct)}


def packed(codes: list[int], distinct: int) -> tuple[str, int]:
    """Codes as base64 of signed little-endian integers of 1, 2 or 4 bytes (``width``), the
    fewest that hold ``distinct`` values and -1: a hundred thousand codes written as JSON
    numbers cost the encoder a conversion each (0.27 s for the columns of 100,000 items,
    against 0.06 s packed), and the page reads them into a typed array."""
    width, kind = (1, "b") if distinct < 128 else (2, "h") if distinct < 32768 else (4, "i")
    array = Array(kind, codes)  # C's signed char, short and int: 1, 2 and 4 bytes here
    if array.itemsize != width:
        raise RuntimeError(f"this platform's {kind!r} array holds {array.itemsize} bytes")
    if sys.byteorder == "big":
        array.byteswap()
    return base64.b64encode(array.tobytes()).decode("ascii"), width


def unpacked(column: dict[str, Any]) -> list[int]:
    """The codes of a ``_coded`` column as a list (what the page reads)."""
    kind = {1: "b", 2: "h", 4: "i"}[column["width"]]
    array = Array(kind)
    array.frombytes(base64.b64decode(column["codes"]))
    if sys.byteorder == "big":
        array.byteswap()
    return array.tolist()


def encode(features: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Columns of the map features (``Item.map_feature()``) in their order."""
    rows: dict[str, list[Any]] = {key: [] for key in (*PLAIN, *CODED)}
    lon: list[float | None] = []
    lat: list[float | None] = []
    geometry: dict[str, dict] = {}
    for row, feature in enumerate(features):
        props = feature.get("properties") or {}
        for key in rows:
            rows[key].append(props.get(key))
        _locate(feature.get("geometry"), str(row), lon, lat, geometry)
    columns: dict[str, Any] = {"count": len(features), "lon": _coded(lon), "lat": _coded(lat)}
    columns["geometry"] = geometry
    for key in PLAIN:
        columns[key] = rows[key]
    columns["n"] = [int(n or 0) for n in rows["n"]]
    for key in CODED:
        columns[key] = _coded(rows[key])
    return columns


def _locate(
    geom: dict | None,
    row: str,
    lon: list[float | None],
    lat: list[float | None],
    geometry: dict[str, dict],
) -> None:
    """A point goes into the coordinate columns; any other shape is sent whole, by row."""
    if geom and geom.get("type") == "Point":
        x, y = geom["coordinates"][:2]
        lon.append(round(float(x), DIGITS))
        lat.append(round(float(y), DIGITS))
        return
    lon.append(None)
    lat.append(None)
    if geom:
        geometry[row] = geom


def encode_items(items: Iterable[Any]) -> dict[str, Any]:
    """``encode`` of the items' map features (``Item.map_feature``), read straight from the
    items, a column at a time: 100,000 feature dictionaries made only to be taken apart cost
    a second."""
    every = list(items)
    lon: list[float | None] = []
    lat: list[float | None] = []
    geometry: dict[str, dict] = {}
    # the items at one place share its geometry: each is read once (keyed by the object,
    # alive for the whole call)
    points: dict[int, tuple[float, float]] = {}
    for row, item in enumerate(every):
        geom = None if item.precision == "country" else item.geometry
        point = points.get(id(geom))
        if point is not None:
            lon.append(point[0])
            lat.append(point[1])
            continue
        _locate(geom, str(row), lon, lat, geometry)
        if geom and geom.get("type") == "Point":
            points[id(geom)] = (lon[-1], lat[-1])
    columns: dict[str, Any] = {"count": len(every), "geometry": geometry}
    columns["lon"], columns["lat"] = _coded(lon), _coded(lat)
    columns["id"] = [i.id for i in every]
    columns["n"] = [len(i.evidence) for i in every]
    coded = {
        "name": [i.name for i in every],
        "date": [i.date or None for i in every],
        "kind": [i.kind for i in every],
        "type": [i.type for i in every],
        "country": [i.country or None for i in every],
        "precision": [i.precision or None for i in every],
        "side": [i.side or None for i in every],
        "theatre": [i.theatre or None for i in every],
        "review": [None if i.review == "unreviewed" else i.review for i in every],
        "layer": [i.layer or None for i in every],
    }
    for key in CODED:
        columns[key] = _coded(coded[key])
    return columns


def visible_bits(ids: Sequence[str], shown: Iterable[str] | None) -> str | None:
    """One bit per row (row i is bit i % 8 of byte i // 8), base64; None when all are shown."""
    if shown is None:
        return None
    wanted = shown if isinstance(shown, (set, frozenset)) else set(shown)
    bits = bytearray((len(ids) + 7) // 8)
    for row, item_id in enumerate(ids):
        if item_id in wanted:
            bits[row >> 3] |= 1 << (row & 7)
    return base64.b64encode(bytes(bits)).decode("ascii")
