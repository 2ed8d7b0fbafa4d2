"""The gazetteer's name look-ups asked many at once, and span texts read without spaCy's Span:
faster paths that must give the old answers (real article text, the built gazetteer)."""

from __future__ import annotations

import pytest

from explorer.geoparse import Geoparser
from explorer.geoparse.gazetteer import Gazetteer
from explorer.geoparse.names import norm
from explorer.geoparse.schema import default_path
from explorer.geoparse.tokens import span_text, view
from tests.articles import seeds_and_eval


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser.default()


def test_names_looked_up_at_once_are_those_looked_up_one_by_one(gp):
    """``prefetch`` asks hundreds of names in one query and keeps the answers: each is what a
    gazetteer that never prefetched gives for the name, entry for entry and in order, for
    every run of capitalised words of real articles (places, curated aliases, countries by
    any name, and the many words that are no name at all)."""
    windows = gp._windows
    assert windows is not None
    from explorer.geoparse.ner import _name_keys

    keys: list[str] = []
    for text in seeds_and_eval(15):
        doc = windows.tokenizer(text)
        keys += _name_keys(view(doc, text), gp._stop)
    keys += ["turkstream", "the kremlin", "u.s.", "us", "new york", "ankara", "syria"]
    fetched = Gazetteer(default_path())
    fetched.prefetch(keys)
    one_by_one = Gazetteer(default_path())
    answers = {k: fetched.lookup(k) for k in keys}
    assert answers == {k: one_by_one.lookup(k) for k in answers}
    hits = [k for k, entries in answers.items() if entries]
    assert 50 < len(hits) < len(answers) / 2
    assert answers["ankara"][0].country == "TR"
    assert any(e.gid.startswith("curated:") for e in answers["turkstream"])


def test_the_names_prefetched_cover_what_the_scan_asks(gp):
    """The names a batch prefetches are those the gazetteer scan then looks up: read after
    the prefetch, real articles ask the database for almost no name one by one (a few names
    of entities the recogniser draws beyond the capitalised runs), where without it they ask
    for every name."""

    class Counted:
        """The gazetteer's connection, counting the name queries of one name."""

        def __init__(self, db) -> None:
            self.db, self.single = db, 0

        def execute(self, sql: str, *args):
            self.single += "n.norm = ?" in sql
            return self.db.execute(sql, *args)

    texts = seeds_and_eval(10)
    counts = []
    for prefetching in (True, False):
        gaz = Gazetteer(default_path())
        counted = Counted(gaz._db())
        gaz._db = lambda counted=counted: counted  # type: ignore[method-assign]
        if not prefetching:
            gaz.prefetch = lambda keys: None  # type: ignore[method-assign]
        Geoparser(gaz, gp.nlp).parse_many(texts)
        counts.append((counted.single, len(gaz._found)))
    (with_prefetch, names), (without, names_again) = counts
    assert names == names_again or abs(names - names_again) < names / 10
    assert without == names_again > 300
    assert with_prefetch <= names / 50


def test_span_text_is_spacys_span_text(gp):
    """``span_text(doc, i, j)`` is ``doc[i:j].text`` on real articles: every span of up to six
    tokens, empty spans and spans past the doc's end."""
    windows = gp._windows
    assert windows is not None
    for text in seeds_and_eval(5):
        doc = windows.tokenizer(text)
        view(doc, text)
        n = len(doc)
        for i in range(n):
            for j in range(i, min(n, i + 6) + 1):
                assert span_text(doc, i, j) == doc[i:j].text
        assert span_text(doc, n - 2, n + 3) == doc[n - 2 : n + 3].text
        assert span_text(doc, 4, 2) == doc[4:2].text == ""


def test_ascii_names_fold_as_decomposed_ones():
    """``norm`` skips Unicode decomposition for ASCII text (nothing to decompose, no combining
    mark): on every word of real articles, the key that decomposing every name gives."""
    import unicodedata

    from explorer.geoparse.names import _FOLD, _SPACES

    def decomposing(name: str) -> str:
        decomposed = unicodedata.normalize("NFKD", name)
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        return _SPACES.sub(" ", stripped.translate(_FOLD).casefold()).strip()

    words = {w for t in seeds_and_eval(10) for w in t.split()}
    words |= {"St. John's", "Deir ez-Zor", "U.S.", "Şanlıurfa", "Hama’s", "Zürich", "  A  b "}
    assert sum(w.isascii() for w in words) > 1000 and not all(w.isascii() for w in words)
    assert {w: norm(w) for w in words} == {w: decomposing(w) for w in words}
