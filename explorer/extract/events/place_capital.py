"""An act "in the capital" of the story's own land: at that land's capital where the story
names it (eventsfix55)."""

from __future__ import annotations

from collections.abc import Callable

from explorer.extract.events.place_steps import _in_the_capital_unnamed
from explorer.extract.events.story import _Placing, _Story
from explorer.extract.lexicon import norm_name
from explorer.model import Toponym


def _the_storys_capital(p: _Placing, story: _Story) -> Toponym | None:
    """ "Dozens of officers in the Central American nation of Belize staged a mutiny ...
    Rebel officers ... seized several ministries in the capital ... at the airport in Belmopan":
    an act put "in the capital" by no name, placed only at the story's land, is in that
    land's capital, where the story names it (None where it does not: the land stays)."""
    c = p.candidate
    if p.basis != "article" or c is None or c.kind != "country" or not c.country:
        return None
    if not _in_the_capital_unnamed(p):
        return None
    for other in story.contexts:
        for tp in other.toponyms:
            t = tp.candidate
            if t is None or t.kind != "city" or t.country != c.country:
                continue
            ref = p.ctx.lex.capitals.get(norm_name(t.name))
            if ref is not None and ref.code == c.country:
                return tp
    return None


def _in_the_storys_capital(p: _Placing, story: _Story) -> bool:
    return _the_storys_capital(p, story) is not None


def _to_the_storys_capital(p: _Placing, story: _Story) -> None:
    p.tp = _the_storys_capital(p, story)


_CAPITAL_STEPS: tuple[
    tuple[Callable[[_Placing, _Story], bool], Callable[[_Placing, _Story], None]], ...
] = ((_in_the_storys_capital, _to_the_storys_capital),)
