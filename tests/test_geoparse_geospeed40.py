"""Work geoparsing no longer repeats, with the same toponyms: the countries named with "and"
found once per gazetteer instead of once per text, and resolution's rounds ended when a round
gives every mention the probabilities it read (the next round would read the same and score the
same). Checked on real articles and the built gazetteer."""

from __future__ import annotations

import pytest

import explorer.geoparse.parser as parser_module
import explorer.geoparse.resolve as resolve_module
from explorer.geoparse import Geoparser
from explorer.geoparse.joined import _named_with_and
from explorer.geoparse.names import norm
from tests.articles import seeds_and_eval


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser.default()


def test_the_countries_named_with_and_are_found_once_per_gazetteer(gp):
    """The gazetteer's countries whose name holds "and" ("Trinidad and Tobago", "Bosnia and
    Herzegovina") are the dictionary each text made before, by folded name, and the same
    object for every text; such a country split by spaCy's entities is still read whole."""
    named = _named_with_and(gp.gaz)
    assert named == {norm(e.name): e for e in gp.gaz.countries.values() if " and " in norm(e.name)}
    assert {"trinidad and tobago", "bosnia and herzegovina", "antigua and barbuda"} <= set(named)
    assert _named_with_and(gp.gaz) is named
    texts = [
        "The Prime Minister of Antigua and Barbuda met the Senate of Trinidad and Tobago.",
        "Aid reached Bosnia and Herzegovina, and later Antigua & Barbuda.",
    ]
    for text, countries in zip(texts, (["AG", "TT"], ["BA", "AG"]), strict=True):
        found = [t.candidate.country for t in gp.parse(text) if t.candidate is not None]
        assert found == countries, text
    assert _named_with_and(gp.gaz) is named


class _NeverSame(list):
    """A mention's probabilities that never compare equal to the last round's: resolution then
    runs every round, as it did before it stopped at a settled round."""

    def __eq__(self, other):
        return False

    def __ne__(self, other):
        return True

    __hash__ = None  # type: ignore[assignment]


def test_resolution_stops_at_a_round_that_moves_no_probability(gp, monkeypatch):
    """On real articles some texts settle before the last round (a round sets every mention's
    probabilities to those it read: a text whose one ambiguous name is scored from the others,
    which have one reading each): their rounds end there, and every toponym (reading,
    confidence, alternatives) is the one all ROUNDS rounds give."""
    texts = seeds_and_eval(40)
    set_probs = resolve_module._set_probs
    calls = {"n": 0}

    def counted(m, cs):
        calls["n"] += 1
        set_probs(m, cs)

    rounds: list[tuple[int, int]] = []  # (mentions, _set_probs calls) of each text resolved
    resolve = parser_module.resolve

    def measured(mentions, text, gaz):
        before = calls["n"]
        resolve(mentions, text, gaz)
        rounds.append((len(mentions), calls["n"] - before))

    monkeypatch.setattr(resolve_module, "_set_probs", counted)
    monkeypatch.setattr(parser_module, "resolve", measured)
    found = gp.parse_many(texts)
    full = [calls == n * (resolve_module.ROUNDS + 1) for n, calls in rounds if n]
    assert len(full) > 60  # the texts that name a place
    assert 0 < full.count(False) < len(full)  # some settle early, most do not

    def never_same(m, cs):
        set_probs(m, cs)
        m.probs = _NeverSame(m.probs)

    monkeypatch.setattr(resolve_module, "_set_probs", never_same)
    monkeypatch.setattr(parser_module, "resolve", resolve)
    assert gp.parse_many(texts) == found
