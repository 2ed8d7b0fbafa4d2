"""What geoparsing works out once and reuses: a skeleton's entries, a name's context in a
round of resolution, the tokens' texts the recognition rules read. Faster paths that must give
the old answers (real articles, the built gazetteer)."""

from __future__ import annotations

from collections import Counter

import pytest

import explorer.geoparse.resolve as resolve_module
from explorer.geoparse import Geoparser
from explorer.geoparse.gazetteer import Gazetteer
from explorer.geoparse.names import norm, skeleton
from explorer.geoparse.schema import default_path
from explorer.geoparse.tokens import CONNECTORS, is_cap, joined_article, starts_name, view
from tests.articles import seeds_and_eval


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser.default()


class Counted:
    """A gazetteer's connection, counting its skeleton queries."""

    def __init__(self, db) -> None:
        self.db, self.skeletons = db, 0

    def execute(self, sql: str, *args):
        self.skeletons += "JOIN skeletons" in sql
        return self.db.execute(sql, *args)


def test_a_skeleton_is_asked_of_the_database_once(gp):
    """``by_skeleton`` keeps its answers: asked for the capitalised words of real articles
    twice over, it queries the database once per skeleton, and each answer is the one a
    gazetteer that never asked before gives."""
    words = sorted(
        {w for t in seeds_and_eval(5) for w in t.split() if w[:1].isupper() and w.isalpha()}
    )
    gaz = Gazetteer(default_path())
    counted = Counted(gaz._db())
    gaz._db = lambda: counted  # type: ignore[method-assign]
    answers = [gaz.by_skeleton(norm(w)) for w in words + words]
    skeletons = {skeleton(norm(w)) for w in words}
    asked = {s for s in skeletons if len(s) >= 3}
    assert len(asked) > 200
    assert counted.skeletons == len(asked)
    fresh = Gazetteer(default_path())
    assert answers[: len(words)] == answers[len(words) :]
    assert answers[: len(words)] == [fresh.by_skeleton(norm(w)) for w in words]
    assert sum(bool(a) for a in answers[: len(words)]) > 50


def test_a_names_context_is_summed_once_a_round(gp, monkeypatch):
    """Every mention of a name is scored against the same context (the other names' countries
    and regions): it is summed once per name and round, not once per mention, on real
    articles that name places several times."""
    summed: list[tuple[int, str]] = []
    contexts: list[dict] = []  # kept, so that no two rounds' contexts share an id
    minus = resolve_module._minus

    def counted(ctx, m, key, f):
        contexts.append(ctx)
        summed.append((id(ctx), key))
        return minus(ctx, m, key, f)

    texts = seeds_and_eval(20)
    monkeypatch.setattr(resolve_module, "_minus", counted)
    found = [gp.parse(t) for t in texts]
    repeated = Counter(summed)
    assert len(summed) > 500
    assert max(repeated.values()) == 1
    # the articles do name places again and again: a name summed per mention would repeat
    names = Counter(norm(t.name) for ts in found for t in ts if len(t.alternatives) >= 1)
    assert sum(n - 1 for n in names.values()) > 100


def test_the_token_texts_the_rules_read_are_spacys(gp):
    """The recognition rules read each token's text, lower case, capital, trailing space and
    whether it is whitespace from the doc's token view, not from spaCy's ``Token``: on every
    token of real articles they are the same (a token's trailing whitespace is one space or
    none, so a line break is always in its text)."""
    windows = gp._windows
    assert windows is not None
    for text in seeds_and_eval(5):
        doc = windows.tokenizer(text)
        tv = view(doc, text)
        for k, tok in enumerate(doc):
            assert tv.words[k] == tok.text
            assert tv.lower[k] == tok.lower_
            assert tv.cap[k] == is_cap(tok)
            assert tv.spaces[k] == bool(tok.whitespace_)
            assert tok.whitespace_ in ("", " ")
            assert tv.words[k].isspace() == tok.is_space
            assert tv.words[k].isalpha() == tok.is_alpha
            assert tv.words[k].isupper() == tok.is_upper


def test_where_the_view_lets_a_name_start_and_go_on_is_the_tokens_reading(gp):
    """The view's ``starts`` and ``run`` (made once per doc, for every text) read as the
    token-by-token tests do: a name starts at a capitalised word or at a lower-case Arabic
    article joined by a hyphen to one ("el-Arish"); it goes on through those, connectors and
    the articles joined inside a name ("Deir ez-Zor"). Real articles, and sentences holding
    every joined article, at a text's end too."""
    windows = gp._windows
    assert windows is not None
    arabic = [
        "Fighting near Deir ez-Zor and el-Arish, Ras es-Sider, Qasr el-Kebir and al-Bab.",
        "He went to ‘Amman, then 'Ayn al-Asad; an ash- and ad- and ez-",
        "Troops left Wadi ed-Dawasir, Tell er-Rifaat and Khan esh-Sheikhoun for al- Bab.",
    ]
    for text in [*seeds_and_eval(5), *arabic]:
        doc = windows.tokenizer(text)
        tv = view(doc, text)
        for k, tok in enumerate(doc):
            assert tv.starts[k] == starts_name(doc, k)
            assert tv.run[k] == (
                is_cap(tok) or tok.lower_ in CONNECTORS or joined_article(doc, k)
            ), (text, k)


def test_a_repeated_name_is_scored_once_a_round(gp, monkeypatch):
    """A name the text repeats, with the same readings and no container or list of its own, is
    scored once per round of resolution and its scores reused for its other mentions (each
    scoring asks for the name's regional focus once): on real articles, well under one scoring
    per mention and round. The toponyms are the same either way (``benchmarks/geoparse_eval.py
    --out`` writes the same files)."""
    asked: list[str] = []
    scored: list[int] = []
    made = resolve_module._region_focus
    set_probs = resolve_module._set_probs

    def region_focus(mentions, cands, *rest):
        focus_on = made(mentions, cands, *rest)

        def counted(key: str):
            asked.append(key)
            return focus_on(key)

        return counted

    def probs(m, cs):
        if len(cs) > 1 and not m.demonym:
            scored.append(1)
        return set_probs(m, cs)

    monkeypatch.setattr(resolve_module, "_region_focus", region_focus)
    monkeypatch.setattr(resolve_module, "_set_probs", probs)
    for text in seeds_and_eval(20):
        gp.parse(text)
    # every scored mention's probabilities are set once before the rounds and once a round
    rounds = resolve_module.ROUNDS
    per_mention = len(scored) * rounds / (rounds + 1)
    assert per_mention > 500
    assert len(asked) < 0.75 * per_mention
