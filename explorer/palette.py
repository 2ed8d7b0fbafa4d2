"""Colours: sides in colour-blind-safe colours, unique within a view and kept across projects.

Colour says which side an item stands with; items with no side are drawn in neutral tones by
kind (their shape says the kind), so no side's colour can be mistaken for "a place". Every
power and party gets a colour the first time it is seen, and keeps it in every later project:
the assignment is saved in the user's data folder (``ColourBook``). Within one view no two
names share a colour while the palette lasts: a name whose saved colour is taken in this view
by an older name gets another one for the view (its saved colour stays). The names drawn on
the map (items' sides) are served first, so they are the last to repeat a colour; past the
palette's 16 colours the legend's number, repeated in every symbol, tells them apart.

Plain data, no Qt: the map page receives ``palette(...)`` as its ``setPalette`` message and the
command line reads the same book, so a snapshot has the window's colours.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

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
    "#CC6677",  # rose
    "#332288",  # indigo
    "#DDCC77",  # sand
    "#117733",  # green
    "#88CCEE",  # cyan
    "#882255",  # wine
    "#44AA99",  # teal
    "#999933",  # olive
    "#AA4499",  # purple
)
SIDE_COLOURS = OKABE_ITO + TOL_MUTED

# Items with no side: neutral, dark enough on the light basemap, none close to a side colour.
KIND_COLOURS = {
    "place": "#4D5A66",  # slate
    "event": "#2F2F2F",  # charcoal
    "asset": "#6B5E4F",  # umber grey
    "theatre": "#6F6F6F",  # grey (dashed outline)
}
BOOK_VERSION = 1
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


def ink_for(colour: str) -> str:
    """Black or white, whichever reads better on ``colour`` (WCAG relative luminance)."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return "#000000" if luminance > 0.179 else "#FFFFFF"


def _valid(value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping):
        return {}
    return {
        str(k): str(v).upper() for k, v in value.items() if isinstance(v, str) and _HEX.match(v)
    }


def default_book_path() -> Path:
    """``$XDG_DATA_HOME/explorer/colours.json``: beside the projects, shared by window and CLI."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "explorer" / "colours.json"


@dataclass
class ColourBook:
    """Which colour each side has: assigned ones (oldest first) and the analyst's choices."""

    assigned: dict[str, str] = field(default_factory=dict)
    chosen: dict[str, str] = field(default_factory=dict)  # sides and kinds; these win
    colours: tuple[str, ...] = SIDE_COLOURS
    path: Path | None = None

    # -- persistence ----------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path | None = None) -> ColourBook:
        """The saved book (an empty one when there is none or it cannot be read)."""
        path = path or default_book_path()
        book = cls(path=path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return book
        except (OSError, ValueError) as exc:
            log.warning("colour assignments in %s unreadable (%s); starting afresh", path, exc)
            return book
        if isinstance(data, Mapping):
            book.assigned = _valid(data.get("assigned"))
            book.chosen = _valid(data.get("chosen"))
        return book

    def save(self) -> None:
        """Write the book (atomically); a failure is logged, never raised: colours are a
        convenience, never a reason to stop."""
        if self.path is None:
            return
        data = {"version": BOOK_VERSION, "assigned": self.assigned, "chosen": self.chosen}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".json.tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, ensure_ascii=False, indent=1, sort_keys=True)
            os.replace(tmp, self.path)
        except OSError as exc:
            log.warning("could not save colour assignments to %s: %s", self.path, exc)

    # -- the analyst's choices ------------------------------------------------------------
    def choose(self, choices: Mapping[str, str]) -> None:
        """The analyst's colours for kinds or sides (replacing earlier choices)."""
        bad = [f"{k}={v}" for k, v in choices.items() if not _HEX.match(str(v))]
        if bad:
            raise ValueError("not #RRGGBB colours: " + ", ".join(bad))
        self.chosen = {k: v.upper() for k, v in choices.items()}

    # -- assigning ------------------------------------------------------------------------
    def assign(self, drawn: Iterable[str], others: Iterable[str] = ()) -> dict[str, str]:
        """Colours for one view: ``drawn`` are the sides items are drawn in, ``others`` the
        powers and parties only the panels name. Names never seen get a colour, saved in the
        book; the result holds every name, keys sorted (the legend numbers them so)."""
        drawn = list(dict.fromkeys(drawn))
        others = [n for n in dict.fromkeys(others) if n not in drawn]
        taken: set[str] = set()
        result: dict[str, str] = {}
        for group in (drawn, others):
            # In a group: the analyst's choices, then saved colours oldest first, then new.
            age = {name: i for i, name in enumerate(self.assigned)}
            ordered = sorted(
                group,
                key=lambda n: (
                    n not in self.chosen,
                    age.get(n, len(age)),
                    n.casefold(),
                    n,
                ),
            )
            for name in ordered:
                colour = self.chosen.get(name) or self.assigned.get(name)
                if colour is None or (colour in taken and name not in self.chosen):
                    fresh = self._fresh(taken)
                    if colour is None:
                        self.assigned[name] = fresh
                    colour = fresh
                result[name] = colour
                taken.add(colour)
        return {name: result[name] for name in sorted(result, key=lambda n: (n.casefold(), n))}

    def _fresh(self, taken: set[str]) -> str:
        """A colour not taken in this view, the least used in the whole book first (so that
        names seen apart today can still meet later without a clash)."""
        uses = Counter([*self.assigned.values(), *self.chosen.values()])
        free = [c for c in self.colours if c not in taken]
        pool = free or list(self.colours)
        return min(pool, key=lambda c: (uses[c], self.colours.index(c)))

    def kinds(self) -> dict[str, str]:
        return {kind: self.chosen.get(kind, colour) for kind, colour in KIND_COLOURS.items()}


def palette(kinds: Mapping[str, str], sides: Mapping[str, str]) -> dict[str, Any]:
    """The message the map page, the legend and the panels share: colours by kind and by side,
    the number each side carries (its place in the legend) and the ink that reads on it."""
    return {
        "kinds": dict(kinds),
        "sides": dict(sides),
        "numbers": {name: i + 1 for i, name in enumerate(sides)},
        "ink": {c: ink_for(c) for c in dict.fromkeys([*kinds.values(), *sides.values()])},
    }
