"""Countries' outlines are decoded one by one as items ask for them, with the answers of a
whole decode of the shipped file."""

from __future__ import annotations

import json

import pytest

from explorer import outlines as shapes
from explorer.paths import geodata_dir

COUNTRIES = geodata_dir() / "basemap" / "countries.geojson"


@pytest.fixture
def fresh_outlines():
    shapes._countries.cache_clear()
    yield
    shapes._countries.cache_clear()


def _whole() -> dict[str, dict]:
    data = json.loads(COUNTRIES.read_text(encoding="utf-8"))
    return {f["properties"]["code"]: f["geometry"] for f in data["features"]}


def test_a_few_outlines_decode_a_small_part_of_the_file(fresh_outlines, monkeypatch):
    decoded: list[int] = []
    decode = json.JSONDecoder.raw_decode

    def counting(self, s, idx=0):
        value, end = decode(self, s, idx)
        decoded.append(end - idx)
        return value, end

    monkeypatch.setattr(json.JSONDecoder, "raw_decode", counting)
    outlines = [shapes.country_shape(code) for code in ("UA", "sy", "AF")]
    assert all(o and o["type"] in ("Polygon", "MultiPolygon") for o in outlines)
    # the three features, not the file's 237
    assert 0 < sum(decoded) < COUNTRIES.stat().st_size / 10


def test_every_outline_is_the_whole_decodes(fresh_outlines):
    whole = _whole()
    assert len(whole) > 200
    for code, geometry in whole.items():
        shape = shapes.country_shape(code.lower())
        assert shape == geometry
        assert shape is not geometry
    assert shapes.country_shape("ZZ") is None
    assert shapes.country_shape("") is None
    assert shapes.country_shape(None) is None


def test_another_layout_is_decoded_whole_with_the_same_answers():
    """A file written otherwise (indented, another key first) gives the same outlines."""
    data = json.loads(COUNTRIES.read_text(encoding="utf-8"))
    for feature in data["features"][::2]:
        feature["properties"] = {"name": feature["properties"]["name"], **feature["properties"]}
    whole = _whole()
    for text in (json.dumps(data, indent=1), json.dumps(data, separators=(",", ":"))):
        outlines = shapes._Outlines(text)
        assert all(outlines.get(code) == geometry for code, geometry in whole.items())
        assert outlines.get("ZZ") is None
