"""Country outlines (Natural Earth, simplified; built by tools/build_country_shapes.py)."""

from __future__ import annotations

import json
from functools import cache

from explorer.paths import geodata_dir


@cache
def _countries() -> dict[str, dict]:
    path = geodata_dir() / "basemap" / "countries.geojson"
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {f["properties"]["code"]: f["geometry"] for f in data["features"]}


def country_shape(code: str | None) -> dict | None:
    """The outline of a country by ISO 3166-1 alpha-2 code, or None when unknown."""
    if not code:
        return None
    shape = _countries().get(code.upper())
    return dict(shape) if shape else None
