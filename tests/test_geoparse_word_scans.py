"""The scans recognition and resolution make over a whole text or all of its words, each made
cheaper (the token view's columns read at once, the elided articles found in the text, the money
pattern behind its strings, a ship's word looked up by its last word, a name's mentions found by
the list's own search): on real articles and on sentences holding each case, the same answers
as the plain scan word by word or position by position."""

from __future__ import annotations

import re

import pytest

import explorer.geoparse.resolve as resolve_module
from explorer.geoparse.named_things import _ship_lexicon, _vessel_before
from explorer.geoparse.parser import Geoparser
from explorer.geoparse.schema import default_path
from explorer.geoparse.skeleton_region import _occurrences
from explorer.geoparse.tokens import ARTICLES, CONNECTORS, JOINED_ARTICLES, TokenView
from tests.articles import seeds_and_eval

# sentences with the words the view treats apart: an elided French article before a capital
# (straight and curly apostrophes, and before a lower-case word), an Arabic article joined by a
# hyphen, an ayn or a quote before a capital, a sentence's own "d'" and "l'" words
SENTENCES = [
    "Troops crossed from Côte d'Ivoire into Liberia, and skiers left Val d’Isère early.",
    "The mayor of L'Aquila met officials from d'Estaing and l’Est Républicain.",
    "He said he'd not seen l'ancien régime, nor d'accord, in Deir ez-Zor or el-Arish.",
    "Fighters held ‘Amman road and 'Ayn Dara; the d'Artagnan film opened; d' L' d'E.",
]


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    if not default_path().exists():
        from explorer.geoparse.build import build

        build(verbose=False)
    return Geoparser.default()


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return seeds_and_eval(25) + SENTENCES


def _word_by_word(doc, text: str) -> dict[str, list]:
    """The view's columns as the definitions say, read from spaCy's tokens one by one."""
    words = [t.text for t in doc]
    lower = [t.lower_ for t in doc]
    marks = "ʿ‘'"
    starts = [w[:1].isupper() or (w[:1] in marks and w[1:2].isupper()) for w in words]
    elided = [w[:1] in "dl" and w[1:2] in "'’" and w[2:3].isupper() for w in words]
    cap = [c or d for c, d in zip(starts, elided, strict=True)]
    run = [c or w in CONNECTORS for c, w in zip(cap, lower, strict=True)]
    starts = starts[:]
    for k, w in enumerate(lower):
        if w in JOINED_ARTICLES and k + 2 < len(words) and words[k + 1] == "-" and cap[k + 2]:
            run[k] = True
            if w in ARTICLES:
                starts[k] = True
    return {
        "words": words,
        "idx": [t.idx for t in doc],
        "spaces": [bool(t.whitespace_) for t in doc],
        "lower": lower,
        "cap": cap,
        "starts": starts,
        "run": run,
    }


def test_the_token_view_gives_what_each_word_read_alone_gives(gp, texts):
    """The view's columns (offsets and spaces read as whole columns, elided articles found in
    the text) equal the same tests made on each spaCy token, as Python ints and bools; the
    sentences hold each case, elided articles among them."""
    windows = gp._windows
    assert windows is not None
    elided = 0
    for text in texts:
        doc = windows.tokenizer(text)
        tv = TokenView(doc, text)
        want = _word_by_word(doc, text)
        for name, column in want.items():
            assert getattr(tv, name) == column, (name, text[:60])
        assert all(type(i) is int for i in tv.idx)
        assert all(type(s) is bool for s in tv.spaces)
        elided += sum(c and not s for c, s in zip(tv.cap, tv.starts, strict=True))
    # "d'Ivoire", "d’Isère", "L'Aquila" is a capital itself, "d'Estaing", "l’Est",
    # "d'Artagnan", "d'E": the elided words that go on a name and start none
    assert elided >= 6


def test_an_empty_doc_has_an_empty_view(gp):
    windows = gp._windows
    assert windows is not None
    tv = TokenView(windows.tokenizer(""), "")
    assert (tv.words, tv.idx, tv.spaces, tv.cap, tv.starts, tv.run) == ([], [], [], [], [], [])


PLAIN_MONEY = re.compile(r"(?<![\w$])(US|[A-Z]{1,3})?\$\s?\d|£\s?\d|€|\d\s?euros\b")
MONEY_SENTENCES = {
    "The house sold for $765,000 last year.": ("US", "CA"),
    "A fine of US$ 5,000 was paid.": ("US",),
    "The grant was C$12 million.": ("CA",),
    "Tickets cost A$40 in Sydney.": (),
    "The repairs cost £25,000.": ("GB",),
    "It cost €30 a night.": (),
    "They paid 300 euros each.": (),
    "He paid $5 and £5.": (),
    "No sum is named here, in US dollars or euro.": (),
    "The $ sign alone, and $x, name no sum.": (),
}


def test_the_money_pattern_finds_what_the_plain_pattern_finds(texts):
    """The pattern behind its strings and its look-ahead finds the same matches, groups
    included, as the pattern tried at every position; a text without its strings has none."""
    for text in [*texts, *MONEY_SENTENCES]:
        plain = [(m.span(), m.groups()) for m in PLAIN_MONEY.finditer(text)]
        found = [(m.span(), m.groups()) for m in resolve_module._MONEY.finditer(text)]
        assert found == plain, text[:60]
        if not any(n in text for n in resolve_module._MONEY_NEEDLES):
            assert plain == []


def test_the_countries_a_text_counts_its_money_in():
    for text, countries in MONEY_SENTENCES.items():
        assert resolve_module._money_country(text) == countries, text


def test_a_vessel_word_looked_up_by_its_last_word_is_found_as_by_every_word(gp, texts):
    """``_vessel_before`` reads only the vessel words ending in the word before the name: at
    every word of real articles and of sentences naming ships, the same answer as testing
    every vessel word there."""
    windows = gp._windows
    assert windows is not None
    by_last, _ = _ship_lexicon()
    every = [w for ws in by_last.values() for w in ws]
    assert ("aircraft", "carrier") in every and ("submarines",) in every
    ships = [
        "The aircraft carrier Admiral Kuznetsov sailed past the frigate Admiral Grigorovich.",
        "Two submarines and the destroyer Chicago left port.",
    ]
    found = 0
    for text in [*texts, *ships]:
        doc = windows.tokenizer(text)
        tv = TokenView(doc, text)
        for k in range(len(tv.words) + 1):
            plain = any(k >= len(w) and tuple(tv.lower[k - len(w) : k]) == w for w in every)
            assert _vessel_before(tv, k, by_last) == plain
            found += plain
    assert found >= 4


def test_a_names_mentions_found_by_the_lists_search(gp, texts):
    """Every place a run of words recurs in a text, as a slice compared at every word finds it:
    for runs of one to three words of real articles, a name absent and no name at all."""
    windows = gp._windows
    assert windows is not None
    for text in texts[:20]:
        words = [t.text for t in windows.tokenizer(text)]
        names = [words[k : k + size] for size in (1, 2, 3) for k in range(0, len(words), 37)]
        for name in [*names, ["Nowhere-in-this-text"], []]:
            plain = [
                k for k in range(len(words) - len(name) + 1) if words[k : k + len(name)] == name
            ]
            assert list(_occurrences(words, name)) == plain
