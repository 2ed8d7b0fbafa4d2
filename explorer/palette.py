"""Colours for kinds and sides that readers with colour-vision deficiencies can tell apart.

Plain data, no Qt: the map page receives ``Palette.to_dict()`` as its ``setPalette`` message.
Side colours come from the Okabe-Ito set, then Paul Tol's muted set. Every power or party gets
one colour everywhere, and the names that meet in one theatre get different colours: a greedy
colouring over the names in sorted order, so the same sides report gives the same colours on
every run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

# Okabe & Ito (2008), "Color Universal Design"; black left out: it reads as "no colour".
OKABE_ITO = (
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#009E73",  # bluish green
    "#F0E442",  # yellow
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#CC79A7",  # reddish purple
)
# Paul Tol's "muted" qualitative scheme (https://personal.sron.nl/~pault/).
TOL_MUTED = (
    "#CC6677",
    "#332288",
    "#DDCC77",
    "#117733",
    "#88CCEE",
    "#882255",
    "#44AA99",
    "#999933",
    "#AA4499",
)
SIDE_COLOURS = OKABE_ITO + TOL_MUTED
KIND_COLOURS = {
    "place": "#0072B2",
    "event": "#D55E00",
    "asset": "#009E73",
    "theatre": "#CC79A7",
}
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


def _names_by_theatre(sides_json: Mapping[str, Any] | None) -> list[set[str]]:
    groups = []
    for theatre in (sides_json or {}).get("theatres", ()):
        names = set()
        for stance in theatre.get("stances", ()):
            for key in ("power", "party"):
                if stance.get(key):
                    names.add(str(stance[key]))
        groups.append(names)
    return groups


def side_colours(
    sides_json: Mapping[str, Any] | None, colours: Iterable[str] = SIDE_COLOURS
) -> dict[str, str]:
    """``{power or party: "#RRGGBB"}``, keys in sorted order (the map numbers sides in that
    order). Names that share a theatre never share a colour while the set lasts; past that the
    colours repeat, least used first."""
    colours = tuple(colours)
    groups = _names_by_theatre(sides_json)
    names = sorted(set().union(*groups), key=lambda n: (n.casefold(), n))
    neighbours: dict[str, set[str]] = {n: set() for n in names}
    for group in groups:
        for name in group:
            neighbours[name] |= group - {name}
    chosen: dict[str, int] = {}
    for name in names:
        taken = {chosen[n] for n in neighbours[name] if n in chosen}
        free = [i for i in range(len(colours)) if i not in taken]
        if free:
            chosen[name] = free[0]
        else:  # more names in one theatre than colours: reuse the least used one
            uses = [sum(1 for c in chosen.values() if c == i) for i in range(len(colours))]
            chosen[name] = min(range(len(colours)), key=lambda i: (uses[i], i))
    return {name: colours[chosen[name]] for name in names}


def _valid_colours(value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping):
        return {}
    return {str(k): str(v) for k, v in value.items() if isinstance(v, str) and _HEX.match(v)}


@dataclass
class Palette:
    """The colours the map, the legend and the panels share; the analyst may change any."""

    kinds: dict[str, str] = field(default_factory=lambda: dict(KIND_COLOURS))
    sides: dict[str, str] = field(default_factory=dict)

    @classmethod
    def for_sides(cls, sides_json: Mapping[str, Any] | None) -> Palette:
        return cls(sides=side_colours(sides_json))

    def colour_of(self, props: Mapping[str, Any]) -> str:
        """The colour an item is drawn in: its side's, else its kind's (as the map does)."""
        side = props.get("side")
        if side and side in self.sides:
            return self.sides[side]
        return self.kinds.get(str(props.get("kind")), self.kinds.get("place", "#0072B2"))

    def with_side_colour(self, name: str, colour: str) -> Palette:
        if not _HEX.match(colour):
            raise ValueError(f"not a #RRGGBB colour: {colour!r}")
        return Palette(kinds=dict(self.kinds), sides={**self.sides, name: colour})

    def merged(self, overrides: Palette) -> Palette:
        """This palette with the analyst's own choices laid over it (theirs win)."""
        return Palette(
            kinds={**self.kinds, **overrides.kinds}, sides={**self.sides, **overrides.sides}
        )

    def to_dict(self) -> dict[str, dict[str, str]]:
        return {"kinds": dict(self.kinds), "sides": dict(self.sides)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Palette:
        """Lenient: anything that is not a ``#RRGGBB`` colour is dropped, missing kinds keep
        their defaults."""
        data = data if isinstance(data, Mapping) else {}
        return cls(
            kinds={**KIND_COLOURS, **_valid_colours(data.get("kinds"))},
            sides=_valid_colours(data.get("sides")),
        )
