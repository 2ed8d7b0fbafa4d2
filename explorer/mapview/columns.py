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
from operator import attrgetter
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
    "outline_story",
)
PLAIN = ("id", "n")
DIGITS = 5  # about a metre: more is noise in the message
# Past this many items a column's codes are spread with numpy (see ``_spread``).
_MANY_ROWS = 20_000


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
    items: 100,000 feature dictionaries made only to be taken apart cost a second.

    What many items share is worked out once for all of them: a point once per geometry (the
    events at one town share it), and the columns of few values (kind, type, country,
    precision, side, theatre, review, layer) once per distinct combination of them, each
    item's code read from its combination's in one array step."""
    every = list(items)
    geometry: dict[str, dict] = {}
    # each item's spot: its geometry object (the items at one place share it, alive for the
    # whole call), or a row's own for what is not a point
    spot_of: dict[int, int] = {}
    spots: list[tuple[float | None, float | None]] = []
    spot_codes: list[int] = []
    for row, item in enumerate(every):
        geom = None if item.precision == "country" else item.geometry
        code = spot_of.get(id(geom))
        if code is None:
            lon: list[float | None] = []
            lat: list[float | None] = []
            _locate(geom, str(row), lon, lat, geometry)
            code = len(spots)
            spots.append((lon[0], lat[0]))
            if lon[0] is not None:  # a point: shared by every item carrying this geometry
                spot_of[id(geom)] = code
        spot_codes.append(code)
    at_spot = _rows(spot_codes)
    columns: dict[str, Any] = {"count": len(every), "geometry": geometry}
    columns["lon"] = _spread([s[0] for s in spots], at_spot)
    columns["lat"] = _spread([s[1] for s in spots], at_spot)
    columns["id"] = list(map(attrgetter("id"), every))
    columns["n"] = list(map(len, map(attrgetter("evidence"), every)))
    columns["name"] = _coded(list(map(attrgetter("name"), every)))
    columns["date"] = _coded([d or None for d in map(attrgetter("date"), every)])
    few = ("kind", "type", "country", "precision", "side", "theatre", "review", "layer")
    combos: dict[tuple, int] = {}
    of_combo = _rows([combos.setdefault(k, len(combos)) for k in map(attrgetter(*few), every)])
    for k, key in enumerate(few):
        values = [c[k] for c in combos]
        if key == "review":
            values = [None if v == "unreviewed" else v for v in values]
        else:
            values = [v or None for v in values]
        columns[key] = _spread(values, of_combo)
    # the item contract is imported here, with the items, not by the view that asks for the
    # page before the project is read (tests/test_startup.py)
    from explorer.items import outline_stories

    told = outline_stories(every)
    columns["outline_story"] = _coded([True if i.id in told else None for i in every])
    return {key: columns[key] for key in ("count", "geometry", "lon", "lat", *PLAIN, *CODED)}


def _rows(codes: list[int]) -> Any:
    """Row codes as ``_spread`` reads them: the list for a window's worth of items, one numpy
    array past ``_MANY_ROWS`` (made once, read by every column)."""
    if len(codes) <= _MANY_ROWS:
        return codes
    import numpy as np

    return np.array(Array("i", codes), dtype=np.int64)


def _spread(values: list[Any], codes: Any) -> dict[str, Any]:
    """``_coded`` of the column whose row i holds ``values[codes[i]]``, worked out over the
    distinct ``values`` (their first row's order is that of ``codes``' first use, which is
    ascending) and spread over the rows (``codes``, from ``_rows``) as one lookup per row: in
    Python for a window's worth of items, as one numpy step past ``_MANY_ROWS`` (numpy costs
    more to import than a few thousand lookups)."""
    coded = _coded(values)  # codes into the distinct values, one per entry of ``values``
    table = unpacked(coded)
    if len(codes) <= _MANY_ROWS:
        coded["codes"], _width = packed(list(map(table.__getitem__, codes)), len(coded["values"]))
        return coded
    import numpy as np

    rows = np.array(table, dtype=np.int32)[codes]
    coded["codes"] = base64.b64encode(rows.astype(f"<i{coded['width']}").tobytes()).decode("ascii")
    return coded


def visible_bits(ids: Sequence[str], shown: Iterable[str] | None) -> str | None:
    """One bit per row (row i is bit i % 8 of byte i // 8), base64; None when all are shown."""
    if shown is None:
        return None
    wanted = shown if isinstance(shown, (set, frozenset)) else set(shown)
    if len(ids) > _MANY_ROWS:  # one C-level pass and numpy's packing (imported by then)
        import numpy as np

        flags = np.fromiter(map(wanted.__contains__, ids), dtype=bool, count=len(ids))
        return base64.b64encode(np.packbits(flags, bitorder="little").tobytes()).decode("ascii")
    bits = bytearray((len(ids) + 7) // 8)
    for row, item_id in enumerate(ids):
        if item_id in wanted:
            bits[row >> 3] |= 1 << (row & 7)
    return base64.b64encode(bytes(bits)).decode("ascii")
