"""Cheaper paths with the same answers: a bare region's name sought only where a region of the
text's towns has a unit named so, a case-blind word list searched case by case in the text's
lower case, and the nearest anchor measured once for both weights that read it. Each is checked
against the full path it spares, on real articles and on texts written to reach its edges."""

from __future__ import annotations

import re

import pytest

import explorer.geoparse.resolve as resolve_module
from explorer.geoparse import Geoparser
from explorer.geoparse.bare_units import (
    REGION_RANK,
    UNIT_WORDS,
    _places_of_one_region,
    norm_tail,
    region_named_without_its_word,
)
from explorer.geoparse.recognised import _Found
from explorer.geoparse.tokens import name_key, view
from tests.articles import seeds_and_eval

# invented texts: a bare region beside a town of it, in lands whose units end in their word
_REGIONS = [
    "Floods hit Zabaykalsky after rain near Chita and Borzya.",
    "Farmers across Zabaykalsky lost cattle near Borzya.",
    "Fires burned across Sverdlovsk, and towns near Yekaterinburg and Nizhny Tagil were warned.",
    "Herders in Khovd said the winter was hard; a road from Buyant was closed.",
]


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser.default()


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return seeds_and_eval(60) + _REGIONS


_FOLDED = [0]  # runs :func:`_every_run` folded


def _every_run(gaz, doc, found: list[_Found]) -> list[_Found]:
    """``region_named_without_its_word`` as it was before the heads were sought first: every
    capitalised run of up to three words folded and asked."""
    from explorer.language import a_word_of_english

    here = _places_of_one_region(found)
    if not here:
        return found
    tv = view(doc)
    n = len(tv.words)
    taken = {k for f in found for k in range(f.start, f.end)}
    added: list[_Found] = []
    k = 0
    while k < n:
        if k in taken or not tv.cap[k] or (k > 0 and tv.cap[k - 1] and tv.words[k - 1].isalpha()):
            k += 1
            continue
        end = k
        while end < n and end - k < 3 and tv.cap[end] and tv.words[end].isalpha():
            end += 1
        if end == k or (end < n and tv.cap[end]) or any(i in taken for i in range(k, end)):
            k += 1
            continue
        key = name_key(doc, k, end)
        _FOLDED[0] += 1
        entries = tuple(
            e
            for e in gaz.units_in_english_with_word(key)
            if e.rank == REGION_RANK
            and norm_tail(e.name) in UNIT_WORDS
            and (e.country, e.admin1) in here
        )
        if entries and not all(a_word_of_english(w) for w in key.split()) and not gaz.lookup(key):
            added.append(_Found(k, end, entries, "gaz", "GPE"))
            taken.update(range(k, end))
        k = end
    if not added:
        return found
    return sorted([*found, *added], key=lambda f: f.start)


def test_the_heads_of_a_region_are_the_keys_that_give_its_units(gp):
    """``english_heads_in`` holds a key exactly where ``units_in_english_with_word`` gives a
    unit of the region for it: every head of every unit, asked for its region and for another
    land's."""
    gaz = gp.gaz
    gaz.units_in_english("")
    heads = gaz._english_heads
    assert len(heads) > 500
    regions = set()
    for head in heads:
        for e in gaz.units_in_english_with_word(head):
            region = (e.country, e.admin1)
            regions.add(region)
            assert head in gaz.english_heads_in(region), (head, region)
    assert len(regions) > 500
    for region in regions:
        for head in gaz.english_heads_in(region):
            assert any(
                (e.country, e.admin1) == region for e in gaz.units_in_english_with_word(head)
            )
    assert gaz.english_heads_in(("US", "TX")) == frozenset()  # a state named without a word
    assert gaz.english_heads_in(("XX", "99")) == frozenset()


def test_a_bare_region_is_read_as_every_run_read_it(gp, texts, monkeypatch):
    """On real articles and invented ones, the rule that now folds only the runs that may head a
    unit of the text's regions adds what the walk over every run added, where that walk was
    reached (the found names it was given, as the recognition left them)."""
    import explorer.geoparse.bare_units as bare_units_module
    import explorer.geoparse.parser as parser_module

    seen: list[tuple[int, list, list]] = []
    folded = [0, 0]  # runs folded by the rule, and by the walk over every run

    def counted(doc, i, j):
        folded[0] += 1
        return name_key(doc, i, j)

    def both(gaz, doc, found):
        got = region_named_without_its_word(gaz, doc, list(found))
        before = _FOLDED[0]
        full = _every_run(gaz, doc, list(found))
        folded[1] += _FOLDED[0] - before
        seen.append((len(found), got, full))
        return got

    monkeypatch.setattr(bare_units_module, "name_key", counted)
    monkeypatch.setattr(parser_module, "region_named_without_its_word", both)
    for text in texts:
        gp.parse(text)
    assert len(seen) == len(texts)
    added = 0
    for given, got, full in seen:
        assert [(f.start, f.end, f.entries) for f in got] == [
            (f.start, f.end, f.entries) for f in full
        ]
        added += len(full) - given
    assert added >= 2  # the invented texts reach the rule's reading
    # ... and fold few runs: most texts' regions head no unit
    assert folded[0] * 10 < folded[1], folded


_EDGES = [
    "The \u212aICK-OFF was late at the stadium.",  # the Kelvin sign lowers to "k"
    "FİSHİNG boats left at dawn; the match was called off.",  # the dotted capital I
    "The \u017furf was high; a derby in the league.",  # a long s
    "Xmatch of the CUPS; a rematch; the Cup final.",  # words inside words, then a word
    "\u00c9tats: Fishermen and sardines; HARBOURMASTERS.",
    "Nothing of the sea or of a game here.",
    "Fenerbahçe beat Galatasaray 2-1 in Istanbul.",
    "\u0391\u03a3 HALF-TIME at the STADIUM \u03a3.",  # Greek capitals around the words
]


def test_a_word_list_read_case_by_case_finds_the_case_blind_match(texts):
    """The sea's trades and a game's words: ``search`` gives the case-blind pattern's match
    (its span and text) in every text and sentence of the real articles and of texts written
    with the characters whose case the lower case changes; a pattern written otherwise than
    with lower-case letters, digits, groups and ``\\b``, ``\\d``, ``\\s`` is searched as it
    is."""
    from explorer.geoparse.any_case import _PLAIN, AnyCase
    from explorer.geoparse.local_words import _SEA
    from explorer.geoparse.words_around import _GAME

    found = 0
    for guarded in (_SEA, _GAME):
        assert guarded.lowered is not None
        for text in [*texts, *_EDGES]:
            for piece in [text, *re.split(r"(?<=[.!?;])\s", text)]:
                got, full = guarded.search(piece), guarded.pattern.search(piece)
                assert (got and (got.span(), got.group())) == (
                    full and (full.span(), full.group())
                ), piece[:80]
                found += full is not None
    assert found > 60
    for pattern in (r"(?-i:abc)", r"(?i)abc", r"\x41", r"[ -_]+", r"\Bab", r"(?P<x>ab)"):
        assert not _PLAIN.fullmatch(pattern), pattern
        assert AnyCase(re.compile(pattern, re.IGNORECASE), "ab").lowered is None
    # a case-sensitive part kept so: "ABC" is no match of "(?-i:abc)", searched as it is
    scoped = AnyCase(re.compile(r"x(?-i:abc)", re.IGNORECASE), "abc")
    assert scoped.search("XABC xabc").span() == (5, 9)


def test_the_namesake_evidence_reads_the_nearest_anchor_measured_once(gp, texts, monkeypatch):
    """Where the "near" weight has measured a reading's nearest anchor, the namesake's evidence
    reads that distance: on real articles, the same evidence as measuring it again."""
    evidence = resolve_module._namesake_evidence
    given = 0

    def both(e, rivals, cc, focus_of, near_to, km, m, dateline, border=(), away=False, d=None):
        nonlocal given
        got = evidence(e, rivals, cc, focus_of, near_to, km, m, dateline, border, away, d)
        if d is not None:
            given += 1
            assert d == min(resolve_module._km(e, a) for a in near_to)
            assert got == evidence(e, rivals, cc, focus_of, near_to, {}, m, dateline, border, away)
        return got

    monkeypatch.setattr(resolve_module, "_namesake_evidence", both)
    for text in texts:
        gp.parse(text)
    assert given > 50
