"""What the geoparser made of each name of a sentence, for the tests of its passes."""

from __future__ import annotations

from explorer.geoparse.admin1 import region_of


def read(gp, text: str) -> dict[str, list[tuple[str | None, str | None, str | None]]]:
    """Each name's readings, in order: (kind, country, first-level region), or Nones where
    unplaced."""
    out: dict[str, list[tuple[str | None, str | None, str | None]]] = {}
    for t in gp.parse(text, include_demonyms=False):
        c = t.candidate
        out.setdefault(t.name, []).append(
            (c.kind, c.country, region_of(c.gazetteer_id)) if c else (None, None, None)
        )
    return out
