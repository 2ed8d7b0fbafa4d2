"""A batch's articles are parsed together (explorer.extract.core.parse_prepared: the units
read in full of every article through spaCy and the entity decoder at once): each unit must
get the annotations its own article's parse gives it, and each article the same extraction,
on real news."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest

from explorer.corpus import document_from_text
from explorer.extract.core import extract, parse_prepared, prepare
from explorer.model import Document
from explorer.pipeline import analyser

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def _articles(name: str, first: int, count: int) -> list[Document]:
    path = EVAL / f"{name}.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not beside the project")
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh][first : first + count]
    return [document_from_text(r["id"], r["text"]) for r in rows]


def _annotations(prepared) -> list[list[tuple]]:
    return [
        [
            (t.text, t.tag_, t.lemma_, t.dep_, t.head.i, t.is_sent_start, t.ent_iob_, t.ent_type_)
            for t in s.sent
        ]
        for s in prepared.full_units()
    ]


def _found(extraction) -> dict:
    return {
        "events": [asdict(e) for e in extraction.events],
        "assets": [asdict(a) for a in extraction.assets],
        "stances": [asdict(s) for s in extraction.stances],
        "theatres": [asdict(t) for t in extraction.theatres],
        "places": {k: asdict(v) for k, v in extraction.event_places.items()},
        "roles": extraction.asset_roles,
    }


@pytest.mark.parametrize(("corpus", "first"), [("lgl", 40), ("trnews", 40)])
def test_articles_parsed_together_as_each_alone(corpus, first):
    """Sixteen real articles prepared and parsed together: every full unit annotated as its
    article's own parse annotates it, and every extraction the same as extract() alone."""
    work = analyser()
    docs = _articles(corpus, first, 16)
    found = work.geoparser.parse_many([d.text for d in docs], include_demonyms=True)
    together = [prepare(d, tops, lexicon=work.lexicon) for d, tops in zip(docs, found, strict=True)]
    parse_prepared(together)
    assert all(p.parsed for p in together)
    assert sum(len(p.full_units()) for p in together) > 32  # more than one article's batch
    alone = [prepare(d, tops, lexicon=work.lexicon) for d, tops in zip(docs, found, strict=True)]
    for p in alone:
        parse_prepared([p])
    for a, b in zip(together, alone, strict=True):
        assert _annotations(a) == _annotations(b), a.doc.id
    items = 0
    for d, tops, p in zip(docs, found, together, strict=True):
        batch = _found(extract(d, tops, lexicon=work.lexicon, prepared=p))
        assert batch == _found(extract(d, tops, lexicon=work.lexicon)), d.id
        items += len(batch["events"]) + len(batch["stances"]) + len(batch["theatres"])
    assert items > 0


def test_the_pipeline_batch_reads_as_each_article_alone():
    """Analyser.analyse over a batch (geoparsed together, parsed together) gives each article
    the output of analysing it alone (no batch)."""
    work = analyser()
    docs = _articles("lgl", 0, 16)
    batch = work.analyse(docs)
    for doc, out in zip(docs, batch, strict=True):
        (own,) = work.analyse([doc])
        assert out.problem is None
        assert [asdict(e) for e in out.events] == [asdict(e) for e in own.events], doc.id
        assert [asdict(s) for s in out.stances] == [asdict(s) for s in own.stances], doc.id
        assert [asdict(a) for a in out.assets] == [asdict(a) for a in own.assets], doc.id
        assert [asdict(t) for t in out.theatres] == [asdict(t) for t in own.theatres], doc.id
