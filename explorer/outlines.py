"""Country outlines (Natural Earth, simplified; built by tools/build_country_shapes.py), read
once for the map, the geoparser and the extractors.

A project names a few countries of the file's two hundred and more, so each outline is decoded
when first asked for: the file is read once and each feature's place in it noted, which costs a
tenth of decoding the whole (about 50 ms on every start that shows a country). A file laid out
otherwise than the build writes it is decoded whole, with the same answers.
"""

from __future__ import annotations

import json
import threading
from functools import cache

from explorer.paths import geodata_dir

# how tools/build_country_shapes.py writes each feature (compact, the code its first property)
_FEATURE = '{"type":"Feature",'
_CODED = '{"type":"Feature","properties":{"code":"'


class _Outlines:
    """The features of the countries file, each decoded on its first use."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._at = _feature_starts(text)
        self._decoded: dict[str, dict | None] = {}
        self._lock = threading.Lock()
        if self._at is None:  # another layout: decode it whole
            data = json.loads(text)
            self._decoded = {f["properties"]["code"]: f["geometry"] for f in data["features"]}

    def codes(self) -> list[str]:
        """Every country code the file holds, in the file's order."""
        return list(self._at) if self._at is not None else list(self._decoded)

    def get(self, code: str) -> dict | None:
        if code in self._decoded or self._at is None:
            return self._decoded.get(code)
        with self._lock:
            if code not in self._decoded:
                start = self._at.get(code)
                feature = None
                if start is not None:
                    feature, _ = json.JSONDecoder().raw_decode(self._text, start)
                self._decoded[code] = feature["geometry"] if feature else None
            return self._decoded[code]


def _feature_starts(text: str) -> dict[str, int] | None:
    """Where each country's feature begins, by its code; None when a feature is not written as
    the build writes it (then only a whole decode knows the codes). A code given twice keeps
    its last feature, as a whole decode into a dict does."""
    starts: dict[str, int] = {}
    at = text.find(_CODED)
    while at >= 0:
        begin = at + len(_CODED)
        end = text.find('"', begin)
        code = text[begin:end]
        if end < 0 or "\\" in code:
            return None
        starts[code] = at
        at = text.find(_CODED, end)
    found = text.count(_CODED)
    if not found or text.count(_FEATURE) != found or text.count('"Feature"') != found:
        return None
    return starts


@cache
def _countries() -> _Outlines | None:
    path = geodata_dir() / "basemap" / "countries.geojson"
    if not path.exists():
        return None
    return _Outlines(path.read_text(encoding="utf-8"))


def country_shape(code: str | None) -> dict | None:
    """The outline of a country by ISO 3166-1 alpha-2 code, or None when unknown."""
    if not code:
        return None
    outlines = _countries()
    shape = outlines.get(code.upper()) if outlines else None
    return dict(shape) if shape else None


def country_codes() -> list[str]:
    """The codes of every country whose outline the app ships (none where the file is
    missing)."""
    outlines = _countries()
    return outlines.codes() if outlines else []
