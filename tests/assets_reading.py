"""The assets a parse reads, as the assets tests compare them: by name, with their type, their
point's coordinates (None when not drawn) and their operators; and whether a point lies near
another."""

from __future__ import annotations


def assets_with_operators(parse, text: str) -> dict[str, tuple[str, list | None, list[str]]]:
    """``text``'s assets by name: (type, [lon, lat] or None, operators in the order read)."""
    return {
        a.name: (a.type, (a.geometry or {}).get("coordinates"), list(a.operators))
        for a in parse(text).assets
    }


def near(point: list | None, lon: float, lat: float) -> bool:
    """Whether ``point`` ([lon, lat]) lies within half a degree of ``lon``, ``lat`` each way."""
    return point is not None and abs(point[0] - lon) < 0.5 and abs(point[1] - lat) < 0.5
