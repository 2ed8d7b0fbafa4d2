"""Extraction parses each sentence only as far as a rule can read it (explorer.extract.core
._need): what it finds must be what the full parse of every sentence finds, on real news."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from explorer.corpus import document_from_text
from explorer.extract import core, events, stances
from explorer.extract.core import extract
from explorer.extract.lexicon import default_lexicon
from explorer.extract.nlp import FULL, TOKENS, cue_finder, parse, tokenised_sentences
from explorer.model import Document

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
DATA = Path(__file__).resolve().parent / "data" / "extract"


@pytest.fixture(scope="module")
def geoparser():
    try:
        from explorer.geoparse import Geoparser, load_gazetteer

        return Geoparser.default(), load_gazetteer()
    except Exception as exc:  # gazetteer not built
        pytest.skip(f"geoparser not available: {exc}")


def _real_articles() -> list[Document]:
    """The curated test articles and the first TR-News and LGL articles (real news)."""
    docs = [
        document_from_text(p.stem, p.read_text(encoding="utf-8"))
        for p in sorted(DATA.glob("*.txt"))
    ]
    for name, n in (("trnews", 25), ("lgl", 15)):
        path = EVAL / f"{name}.jsonl"
        if not path.exists():
            pytest.skip(f"{path} is not beside the project")
        with path.open(encoding="utf-8") as fh:
            rows = [json.loads(line) for _, line in zip(range(n), fh, strict=False)]
        docs += [document_from_text(r["id"], r["text"]) for r in rows]
    return docs


def _cues() -> dict:
    lex = default_lexicon()
    cues = events.trigger_readings(lex.events)
    for word, readings in stances.trigger_readings(lex.stances).items():
        cues.setdefault(word, []).extend(readings)
    return cues


def test_partial_parse_finds_what_the_full_parse_finds(geoparser, monkeypatch):
    gp, gz = geoparser
    docs = _real_articles()
    needs: list[str] = []
    real_need = core._need

    def counted(ctx):
        needs.append(real_need(ctx))
        return needs[-1]

    found, full = [], []
    for doc in docs:
        toponyms = gp.parse(doc.text, include_demonyms=True)
        monkeypatch.setattr(core, "_need", counted)
        found.append(extract(doc, toponyms, geometry_for=gz.geometry))
        monkeypatch.setattr(core, "_need", lambda ctx: FULL)  # every sentence in full, as before
        full.append(extract(doc, toponyms, geometry_for=gz.geometry))
    for doc, a, b in zip(docs, found, full, strict=True):
        assert a.events == b.events, doc.id
        assert a.stances == b.stances, doc.id
        assert a.assets == b.assets, doc.id
        assert a.theatres == b.theatres, doc.id
        assert a.event_places == b.event_places, doc.id
        assert a.asset_roles == b.asset_roles, doc.id
    assert sum(len(x.events) for x in full) > 20 and sum(len(x.stances) for x in full) > 10
    # the test reads the partial parses: many sentences are not read in full
    assert needs.count(FULL) < 0.7 * len(needs) and needs.count(TOKENS) > 0.1 * len(needs)


def test_a_cue_word_is_seen_whatever_its_lemma(geoparser):
    """Every sentence of real news in which the full parse gives a token a cue as lemma or
    lower-cased form is one the finder flags before any parse (each cue asking for nothing
    more here): irregular forms ("fought", "struck", "got") and the attribute ruler's
    lemmas included."""
    cues = {w: [()] for w in _cues()}
    finder = cue_finder(cues)
    assert finder is not None
    seen = flagged = total = 0
    for doc in _real_articles()[:30]:
        units = tokenised_sentences(doc)
        parsed = tokenised_sentences(doc)
        parse(parsed, [FULL] * len(parsed))
        for bare, s in zip(units, parsed, strict=True):
            words = {t.lemma_.lower() for t in s.sent} | {t.lower_ for t in s.sent}
            total += 1
            flagged += finder(bare)
            if words & set(cues):
                seen += 1
                assert finder(bare), s.sent.text
    # it may flag more ("killer" could be a form of "kill"), not every sentence
    assert seen > 100 and flagged < 0.95 * total


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("The state said the road would reopen on Monday.", False),
        ("Macron arrived in Beijing on a state visit.", True),
        ("The rebels got their rifles from Iran.", True),
        ("The rebels got home late on Sunday.", False),
        ("He is a member of the council.", False),
        ("Jordan is a member of the coalition against the Islamic State.", True),
        ("Protesters fought with police.", True),
    ],
)
def test_a_cue_counts_with_the_words_its_rule_needs(text, full):
    finder = cue_finder(_cues())
    assert finder is not None
    doc = replace(document_from_text("t", text), sentences=[])
    units = tokenised_sentences(doc)
    assert any(finder(u) for u in units) == full
