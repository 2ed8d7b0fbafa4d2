"""What geoparsing now makes once and shares: each span's folded text (the token view's keys),
a gazetteer entry written straight into its slots, and each reading's distance to the nearest
anchor while a round of resolution has the last round's anchors. Faster paths that must give
the old answers, on real articles and the built gazetteer."""

from __future__ import annotations

import sqlite3

import pytest

import explorer.geoparse.resolve as resolve_module
from explorer.geoparse import Geoparser
from explorer.geoparse.gazetteer import (
    _SELECT,
    _SELECT_NAMES,
    Entry,
    Gazetteer,
    _entry,
)
from explorer.geoparse.names import norm
from explorer.geoparse.schema import COORD_SCALE, default_path
from explorer.geoparse.tokens import name_key, span_text, view
from tests.articles import seeds_and_eval


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser.default()


def test_a_spans_folded_text_is_made_once_and_is_norm_of_its_text(gp):
    """``name_key`` is ``norm(span_text(...))`` for every span of up to seven tokens of real
    articles (empty and past-the-end spans too), asked once and again; the second answer comes
    from the view's keys, where the first put it."""
    windows = gp._windows
    assert windows is not None
    asked = 0
    for text in seeds_and_eval(5):
        doc = windows.tokenizer(text)
        tv = view(doc, text)
        n = len(doc)
        spans = [(i, j) for i in range(n) for j in range(i - 1, min(n, i + 7) + 2)]
        for i, j in spans:
            assert name_key(doc, i, j) == norm(span_text(doc, i, j)), (i, j)
        assert len(tv.keys) == len(spans)  # each span's key kept once: no two spans share one
        for i, j in spans:
            assert tv.keys[i << 32 | j] == name_key(doc, i, j)
        asked += len(spans)
    assert asked > 20_000


def test_the_scan_reads_the_keys_the_prefetch_folded(gp, monkeypatch):
    """The prefetch's keys (every run the gazetteer scan may look up) are folded once: when
    the window choice and the recognition steps scan the same runs, they read the view's keys
    and fold only the spans the prefetch did not (the entities' words beyond a capitalised
    run). The toponyms are those of a geoparser whose scan folds every span again."""
    import explorer.geoparse.ner as ner_module
    import explorer.geoparse.segments as segments_module

    texts = seeds_and_eval(10)
    folded = {"ner": 0, "segments": 0}

    def counting(module: str):
        def counted(name: str) -> str:
            folded[module] += 1
            return norm(name)

        return counted

    monkeypatch.setattr(ner_module, "norm", counting("ner"))
    monkeypatch.setattr(segments_module, "norm", counting("segments"))
    found = gp.parse_many(texts)
    # the prefetch folds each run's spans (and the window choice a few single words)
    assert folded["ner"] > 2_000
    # the scan folds a few spans outside the capitalised runs, not the runs again
    assert folded["segments"] < 0.1 * folded["ner"]

    def unkept(self, doc, text, *args, **kwargs):
        view(doc, text).keys = {}
        return made(self, doc, text, *args, **kwargs)

    made = type(gp)._segment
    monkeypatch.setattr(type(gp), "_segment", unkept)
    assert gp.parse_many(texts) == found


def test_an_entry_written_into_its_slots_is_the_dataclasss(gp):
    """``_entry`` writes the fields into an entry's slots without the frozen dataclass's
    ``__init__``: for the gazetteer's rows of real articles' names (towns, regions, countries,
    curated ones, abbreviations), every field, equality and hash are those of ``Entry(...)``,
    and the entry stays frozen."""
    db = sqlite3.connect(f"file:{default_path()}?mode=ro", uri=True)
    keys = {norm(w) for t in seeds_and_eval(5) for w in t.split() if w[:1].isupper()}
    keys |= {"paris", "texas", "georgia", "mt pleasant", "turkey", "aleppo"}
    marks = ",".join("?" * len(keys))
    rows = db.execute(f"{_SELECT_NAMES} WHERE n.norm IN ({marks})", sorted(keys)).fetchall()
    rows += db.execute(f"{_SELECT} WHERE e.rank = 0").fetchall()
    assert len(rows) > 1_000
    assert any(r[1] for r in rows) and any(r[10] for r in rows)  # other ids, capitals
    for r in rows:
        for primary, alias in ((True, False), (False, False), (True, True)):
            made = _entry(r, primary, alias)
            expected = Entry(
                gid=r[1] or f"geonames:{r[0]}",
                name=r[2],
                lat=r[3] / COORD_SCALE,
                lon=r[4] / COORD_SCALE,
                kind=r[5],
                country=r[6],
                admin1=r[7] or "",
                population=r[8],
                rank=r[9],
                capital=bool(r[10]),
                primary=primary,
                alias=alias,
            )
            assert repr(made) == repr(expected)
            assert made == expected and hash(made) == hash(expected)
    with pytest.raises(AttributeError):
        made.name = "elsewhere"  # type: ignore[misc]
    # the gazetteer's own answers are made so
    assert Gazetteer(default_path()).lookup("aleppo")[0].country == "SY"


def test_a_nearest_anchor_is_measured_again_only_when_the_anchors_change(gp, monkeypatch):
    """Within one resolution, each (name, reading) pair's distance to the nearest anchor of
    another name is measured once while the rounds' anchors stay the same, and again in a round
    whose anchors changed: on real articles, rounds with the last round's anchors measure
    nothing, and those distances are what a fresh measure gives."""
    rounds: list[list[tuple[str, str]]] = []
    measured: list[int] = []  # the round of each measure
    context, nearest = resolve_module._context, resolve_module._nearest

    def counted_context(mentions, *rest):
        out = context(mentions, *rest)
        rounds.append([(k, a.gid) for k, a in out[2]])
        return out

    def counted_nearest(km, e, anchors):
        d = nearest(km, e, anchors)
        assert d == min(resolve_module._km(e, a) for a in anchors)
        measured.append(len(rounds))
        return d

    monkeypatch.setattr(resolve_module, "_context", counted_context)
    monkeypatch.setattr(resolve_module, "_nearest", counted_nearest)
    same_rounds = changed_rounds = 0
    for text in seeds_and_eval(20):
        rounds.clear()
        measured.clear()
        gp.parse(text)
        at = set(measured)
        for r in range(2, len(rounds) + 1):
            if rounds[r - 1] == rounds[r - 2]:
                same_rounds += 1
                assert r not in at
            elif r in at:
                changed_rounds += 1
    assert same_rounds > 40
    assert changed_rounds > 5


def test_the_units_english_names_read_once_and_their_entries_when_asked():
    """The first-level units' English names are read once and a name's entries made when it
    is asked: every name gives its rows' entries, and a name with one word more is found for
    each head (all its words but the last), as a scan of every name for the head and one
    word more finds them, in the same order; a name no unit has gives none."""
    gaz = Gazetteer(default_path())
    assert gaz.units_in_english("nowhere at all") == ()
    rows = gaz._english_rows
    assert rows is not None and len(rows) > 3_000
    for name, its in rows.items():
        assert [e.gid for e in gaz.units_in_english(name)] == [
            r[1] or f"geonames:{r[0]}" for r in its
        ]
    assert gaz.units_in_english("krasnodar krai")[0].country == "RU"
    heads = {n.rsplit(" ", 1)[0] for n in rows if " " in n} | {"krasnodar", "x", ""}
    with_word = 0
    for head in heads:
        expected = [
            e
            for name in rows
            if name.startswith(f"{head} ") and " " not in name[len(head) + 1 :]
            for e in gaz.units_in_english(name)
        ]
        assert list(gaz.units_in_english_with_word(head)) == expected
        with_word += bool(expected)
    assert with_word > 500
