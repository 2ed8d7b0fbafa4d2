"""The map's data as columns and filters as bits: what the page decodes is what was sent."""

from __future__ import annotations

import base64

import pytest

from explorer.mapview.columns import CODED, PLAIN, encode, packed, unpacked, visible_bits
from tests.mapdata import sample_collection


def decoded(column) -> list:
    """A column as the page reads it (map.js ``column``): a list as it is, a coded one as
    each row's value (a code of -1 is None)."""
    if isinstance(column, list):
        return column
    return [None if c < 0 else column["values"][c] for c in unpacked(column)]


def test_columns_keep_every_feature_in_order_with_points_and_shapes_apart():
    features = sample_collection()["features"]
    features[0]["properties"]["side"] = "Party A"
    cols = encode(features)
    assert cols["count"] == 5
    assert cols["id"] == [f["properties"]["id"] for f in features]
    lon, lat = decoded(cols["lon"]), decoded(cols["lat"])
    assert lon[:3] == [32.85, 36.29, 39.72] and lat[0] == 39.93
    assert lon[3] is None and lat[4] is None and set(cols["geometry"]) == {"3", "4"}
    assert cols["geometry"]["3"]["type"] == "LineString"
    assert decoded(cols["kind"]) == [
        "place",
        "place",
        "event",
        "asset",
        "theatre",
    ]
    assert unpacked(cols["side"]) == [0, -1, -1, -1, -1] and cols["side"]["values"] == ["Party A"]
    assert cols["side"]["width"] == 1


@pytest.mark.parametrize("distinct", [1, 127, 128, 32767, 32768, 100_000])
def test_codes_are_packed_in_the_fewest_bytes_and_read_back(distinct):
    codes = [-1, 0, distinct - 1, *range(min(distinct, 300)), -1]
    text, width = packed(codes, distinct)
    assert width == (1 if distinct < 128 else 2 if distinct < 32768 else 4)
    assert len(base64.b64decode(text)) == width * len(codes)
    assert unpacked({"codes": text, "width": width}) == codes


def test_visible_bits_mark_exactly_the_shown_rows():
    ids = [f"i{k}" for k in range(21)]
    shown = {"i0", "i7", "i8", "i20"}
    raw = base64.b64decode(visible_bits(ids, shown))
    assert len(raw) == 3
    decoded = {ids[k] for k in range(len(ids)) if raw[k >> 3] >> (k & 7) & 1}
    assert decoded == shown
    assert visible_bits(ids, None) is None


def test_items_encode_as_their_map_features_do():
    from explorer.items import build_items
    from explorer.mapview.columns import encode_items
    from explorer.paths import seeds_dir
    from explorer.pipeline import analyse_sources

    items = build_items(analyse_sources([seeds_dir()]))
    assert {i.precision for i in items} >= {"point", "country", "line", "area"}
    assert encode_items(items) == encode([i.map_feature() for i in items])


def test_every_column_decodes_to_the_map_features_values():
    """Names, dates and points go coded (the events at a town share them): decoded as the page
    does, each row holds its feature's value, on the seeds' items."""
    from explorer.items import build_items
    from explorer.mapview.columns import encode_items
    from explorer.paths import seeds_dir
    from explorer.pipeline import analyse_sources

    items = build_items(analyse_sources([seeds_dir()]))
    assert_columns_hold_the_features(encode_items(items), [i.map_feature() for i in items])


def assert_columns_hold_the_features(cols: dict, features: list[dict]) -> None:
    assert cols["count"] == len(features)
    for key in (*PLAIN, *CODED):
        column = decoded(cols[key])
        assert len(column) == len(features)
        want = [f["properties"].get(key) for f in features]
        if key == "n":
            want = [n or 0 for n in want]
        assert column == want, key
    for key in ("name", "date", "lon", "lat"):
        assert isinstance(cols[key], dict) and len(cols[key]["values"]) < len(features), key
    lon, lat = decoded(cols["lon"]), decoded(cols["lat"])
    for row, f in enumerate(features):
        geom = f["geometry"]
        if geom and geom["type"] == "Point":
            x, y = geom["coordinates"][:2]
            assert (lon[row], lat[row]) == (round(x, 5), round(y, 5))
            assert str(row) not in cols["geometry"]
        else:
            assert lon[row] is None and lat[row] is None
            assert cols["geometry"].get(str(row)) == (geom or None)
