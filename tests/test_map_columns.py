"""The map's data as columns and filters as bits: what the page decodes is what was sent."""

from __future__ import annotations

import base64

from explorer.mapview.columns import encode, visible_bits
from tests.mapdata import sample_collection


def test_columns_keep_every_feature_in_order_with_points_and_shapes_apart():
    features = sample_collection()["features"]
    features[0]["properties"]["side"] = "Party A"
    cols = encode(features)
    assert cols["count"] == 5
    assert cols["id"] == [f["properties"]["id"] for f in features]
    assert cols["lon"][:3] == [32.85, 36.29, 39.72] and cols["lat"][0] == 39.93
    assert cols["lon"][3] is None and set(cols["geometry"]) == {"3", "4"}
    assert cols["geometry"]["3"]["type"] == "LineString"
    kinds = cols["kind"]
    assert [kinds["values"][c] for c in kinds["codes"]] == [
        "place",
        "place",
        "event",
        "asset",
        "theatre",
    ]
    assert cols["side"]["codes"] == [0, -1, -1, -1, -1] and cols["side"]["values"] == ["Party A"]


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
