"""Cheap tests first, with the same answers: a case-blind word list searched only in texts that
hold one of its words in any case, the agent before a name looked at by its last word, and
the scans that pick where the particle, the Nguni-prefix and the joined-land rules look. Each
is checked against the full search or scan it spares, on real articles and on texts written
to reach its edges (a Turkish dotted capital, a long s, a score with no word)."""

from __future__ import annotations

import re

import pytest

from explorer.geoparse import Geoparser
from explorer.geoparse.tokens import name_key, view
from tests.articles import seeds_and_eval

_EDGES = [
    "Sardine FISHERMEN of the port were back.",
    "FİSHİNG boats left Trabzon at dawn.",  # the dotted capital I matches "i" in any case
    "The ſurf was high at Biarritz.",  # a long s matches "s" in any case
    "The Harbourmasters met; the wharves were closed.",
    "Fenerbahçe beat Galatasaray 2-1 in Istanbul.",  # a score and no word of a game
    "Kick-off was delayed at the stadium.",
    "A HALFTIME show in Lyon.",
    "The occupied town of Kherson.",
    "Nothing of the sea or of a game here.",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return seeds_and_eval(60) + _EDGES


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser.default()


def test_the_word_lists_give_the_full_search_s_answer_and_spare_it(texts):
    """The sea's trades and a game's words: ``search`` finds what the pattern finds in every
    text and sentence (the same span), and searches with the pattern only texts that hold one
    of its words in any case (or a score, or a character whose case the lower case cannot
    show)."""
    from explorer.geoparse.any_case import AnyCase
    from explorer.geoparse.local_words import _SEA
    from explorer.geoparse.words_around import _GAME

    for guarded in (_SEA, _GAME):
        assert isinstance(guarded, AnyCase)
        for text in texts:
            for piece in [text, *re.split(r"(?<=[.!?])\s", text)]:
                got, full = guarded.search(piece), guarded.pattern.search(piece)
                assert (got and got.span()) == (full and full.span()), piece[:80]
    for text in _EDGES[:7]:
        assert _SEA.search(text) or _GAME.search(text), text
    assert _GAME.search(_EDGES[4]).group() == "2-1"

    class _Counting:
        flags = re.IGNORECASE
        calls = 0

        def __init__(self, pattern: re.Pattern[str]) -> None:
            self.pattern = pattern

        def search(self, text: str):
            _Counting.calls += 1
            return self.pattern.search(text)

    counted = AnyCase(_Counting(_SEA.pattern), *_SEA.needles)  # type: ignore[arg-type]
    assert counted.search(_EDGES[-1]) is None and _Counting.calls == 0
    assert counted.search(_EDGES[-2]) is None and _Counting.calls == 0
    assert counted.search(_EDGES[0]) is not None and _Counting.calls == 1


def test_the_agent_before_a_name_is_the_pattern_s(texts):
    """ "installed by Moscow", "backed by the Kremlin": the last word before the spaces is
    looked at first; at every capitalised word of the texts the answer is the pattern's,
    searched from the text's start."""
    from explorer.geoparse.told_apart import _AGENT_BEFORE, _agent_before

    written = [
        "The council installed by Moscow met.",
        "A force backed by the Kremlin moved.",
        "Rebels armed by\nTehran advanced.",
        "A government RECOGNISED BY THE   United Nations.",
        "He stood by Paris and the party run by the Greens.",
        "The bypass near Ankara.",
    ]
    agents = 0
    for text in [*texts, *written]:
        for m in re.finditer(r"\b[A-Z]", text):
            full = _AGENT_BEFORE.search(text, 0, m.start()) is not None
            assert _agent_before(text, m.start()) == full, text[max(0, m.start() - 40) : m.end()]
            agents += full
    assert agents >= 5


def test_the_scans_pick_every_word_the_rules_read(gp, texts):
    """The particles' scan keeps every word a joined run starts from ("Bandar-e Jask",
    "Boulogne-sur-Mer"), the lower-then-capital scan every Nguni-prefixed word ("eSwatini"),
    and a word the joined-land rules skip by its first two letters folds, alone or with the
    next, to no first name of a joined land nor any land named without its Islands."""
    from explorer.geoparse.joined_units import (
        _first_names,
        _islands_stems,
        _may_open,
        _openings,
    )
    from explorer.geoparse.particle_names import _before_particles, _joined_run_ends
    from explorer.geoparse.prefixed_names import PREFIXED, _lower_then_capital

    written = [
        "Ships called at Bandar-e Jask and Ras al-Khaimah, then Boulogne-sur-Mer.",
        "Mazar-i-Sharif and Stratford-upon-Avon; I said Qasr e Shirin.",
        "Rain fell in eSwatini and eThekwini; iPhone sales rose.",
        "A blizzard hit Newfoundland; the Turks and Caicos and the Cayman were spared.",
        "Saint Kitts, Sistan, Trinidad, Ōsaka and Éire.",
    ]
    firsts = _first_names(gp.gaz)
    stems = frozenset(_islands_stems(gp.gaz))
    tokenizer = getattr(gp.nlp, "_nlp", gp.nlp).tokenizer  # the parser's own
    joined = prefixed = skipped = 0
    for text in [*texts, *written]:
        doc = tokenizer(text)
        tv = view(doc, text)
        n = len(tv.words)
        runs = [
            k for k in range(n) if tv.cap[k] and tv.words[k].isalpha() and _joined_run_ends(tv, k)
        ]
        assert set(runs) <= set(_before_particles(tv)), text[:80]
        joined += len(runs)
        words = [k for k in range(n) if PREFIXED.fullmatch(tv.words[k])]
        assert words == [k for k in _lower_then_capital(tv) if PREFIXED.fullmatch(tv.words[k])]
        prefixed += len(words)
        for names in (firsts, stems):
            for i in range(n):
                if _may_open(tv.words[i], _openings(names)):
                    continue
                skipped += 1
                for j in range(i + 1, min(i + 6, n + 1)):
                    assert name_key(doc, i, j) not in names, text[:80]
    assert joined >= 5 and prefixed >= 2 and skipped > 1000
