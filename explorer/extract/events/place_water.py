"""An act put in a water named "of" a land is at sea, not in that land (eventsfix55)."""

from __future__ import annotations

from collections.abc import Callable

from explorer.extract.events.story import _Placing, _Story
from explorer.extract.focus import a_water_named_for


def _in_a_water_named_for_a_land(p: _Placing, story: _Story) -> bool:
    """ "Cuban border guards fired on a raft carrying 30 migrants in the Straits of Florida":
    the place the sentence gave is the land or region a water is named for (see
    :func:`explorer.extract.focus.a_water_named_for`): no place is better than the land the
    water lies off."""
    return p.tp is not None and a_water_named_for(p.ctx, p.tp)


def _unplaced(p: _Placing, story: _Story) -> None:
    p.unplace(story)


_WATER_STEPS: tuple[
    tuple[Callable[[_Placing, _Story], bool], Callable[[_Placing, _Story], None]], ...
] = ((_in_a_water_named_for_a_land, _unplaced),)
