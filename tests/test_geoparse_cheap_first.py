"""Cheaper paths under stop 35's place rules that must give the old answers: the compass split's
one test of all openings, the city across the border sought only where a reading may outnumber
the town, the softmax's sort and the nearest anchor's written-out lookup. Checked against plain
restatements of the old computations on real articles and the built gazetteer."""

from __future__ import annotations

import math

import pytest

import explorer.geoparse.resolve as resolve_module
from explorer.geoparse import Geoparser
from explorer.geoparse.names import _COMPASS_WORDS, compass_split
from explorer.geoparse.resolve import (
    BORDER_CITY_RATIO,
    STRAY_POP,
    Mention,
    _across_border,
    _km,
    _nearest,
    _set_probs,
)
from tests.articles import seeds_and_eval


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser.default()


def _split_by_each_word(key: str) -> tuple[str, str] | None:
    """The compass split as a loop over the words alone, longest first."""
    for word in _COMPASS_WORDS:
        if key.startswith(word + " ") and len(key) >= len(word) + 5:
            return word, key[len(word) + 1 :]
    return None


def test_the_compass_split_is_the_loop_over_the_words(gp):
    """Every folded first-level unit's English name of the gazetteer, every compass word alone,
    with a short or a long rest, glued to the next word or capitalised, splits as the loop over
    the compass words alone splits it."""
    gp.gaz.units_in_english("")  # read once
    keys = list(gp.gaz._english_rows or {})
    assert len(keys) > 3000
    for word in _COMPASS_WORDS:
        keys += [word, word + " ", word + " abc", word + " abcd", word + "abcd", word + " kivu"]
        keys += [word.title() + " Kivu", "the " + word + " coast"]
    split = 0
    for key in keys:
        assert compass_split(key) == _split_by_each_word(key), key
        split += compass_split(key) is not None
    assert split > 50  # names that open with a compass word are among them


def _resolved_with(gp: Geoparser, monkeypatch, name: str, texts: list[str]) -> list[tuple]:
    """Geoparse ``texts`` with ``name`` of the resolver wrapped: its arguments and answers."""
    asked: list[tuple] = []
    real = getattr(resolve_module, name)

    def recorded(*args):
        out = real(*args)
        # copies of the lists, which the resolver goes on changing; a mention's shares as set
        kept = tuple(list(a) if isinstance(a, list) else a for a in args)
        if isinstance(args[0], Mention):
            out = list(args[0].probs)
        asked.append((kept, out))
        return out

    monkeypatch.setattr(resolve_module, name, recorded)
    gp.parse_many(texts)
    monkeypatch.setattr(resolve_module, name, real)
    return asked


def test_a_city_across_the_border_needs_a_reading_big_enough_to_outnumber_the_town(gp, monkeypatch):
    """The resolver seeks the city across the border only where the readings hold a city of
    STRAY_POP or more and BORDER_CITY_RATIO times the town's people; on every real reading it is
    asked of, the answer is empty where no reading is that big, so skipping the search there
    changes nothing. Herat beside Iran (the rule's own example) is among them."""
    texts = [*seeds_and_eval(40), "Iran sent aid to Herat after the earthquake."]
    asked = _resolved_with(gp, monkeypatch, "_across_border", texts)
    assert len(asked) > 50
    found = 0
    for (e, cs, neighbours, *ratio), out in asked:  # the far ratio's asks name it
        bar = max(STRAY_POP, BORDER_CITY_RATIO * e.population)
        biggest = max((o.population for o, _ in cs if o.rank == 4), default=0)
        if biggest < bar:
            assert out == set()
        found += bool(out)
        # the question asked again of every reading gives the same answer
        assert _across_border(e, cs, neighbours, *ratio) == out
    assert found  # the rule found a city across the border somewhere


def _softmax_sorted(cs):
    """The old softmax: pairs of reading and exp, sorted by the negated share."""
    top = max(s for _, s in cs)
    exps = [(e, math.exp(s - top)) for e, s in cs]
    z = sum(x for _, x in exps)
    return sorted(((e, x / z) for e, x in exps), key=lambda x: -x[1])


def test_the_shares_are_the_old_softmax_in_its_order(gp, monkeypatch):
    """Every candidate list the resolver scores for real articles gives the same readings in
    the same order with the same floats; readings of equal score keep their order."""
    asked = _resolved_with(gp, monkeypatch, "_set_probs", seeds_and_eval(20))
    assert len(asked) > 500
    ties = 0
    for (_, cs), probs in asked:
        if not cs:
            continue
        assert [(e.gid, p) for e, p in probs] == [(e.gid, p) for e, p in _softmax_sorted(cs)]
        ties += len({s for _, s in cs}) < len(cs)
    assert ties  # lists with equal scores are among them
    cs = [(e, 1.0) for e, _ in asked[0][0][1]] * 2
    m = Mention(name="x", start=0, end=1, entries=())
    _set_probs(m, cs)
    assert [id(e) for e, _ in m.probs] == [id(e) for e, _ in cs]


def test_the_nearest_anchor_is_the_least_distance_and_is_kept(gp, monkeypatch):
    """The distance ``_nearest`` gives is the least of the readings' distances to the anchors,
    each computed once into the shared table."""
    asked = _resolved_with(gp, monkeypatch, "_nearest", seeds_and_eval(20))
    assert len(asked) > 100
    for (km, e, anchors), out in asked:
        assert out == min(_km(e, a) for a in anchors)
        assert all(km[(e.gid, a.gid)] == _km(e, a) for a in anchors)
    with pytest.raises(ValueError):
        _nearest({}, asked[0][0][1], [])
