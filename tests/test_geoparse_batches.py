"""Ingest geoparses the articles of a batch in one pass of the entity recogniser: its numpy
decoder steps every window of a pass together, so a pass per few articles costs more. A long
text's pieces are read together too; and a batch gives what one text at a time gives."""

from __future__ import annotations

from dataclasses import asdict, replace

from explorer.corpus import read_sources
from explorer.geoparse import Geoparser
from explorer.geoparse.parser import PIECES_TOGETHER
from explorer.limits import PIECE_CHARS, pieces
from explorer.model import Toponym
from explorer.paths import seeds_dir
from explorer.pipeline import BATCH, analyser
from tests.articles import seeds_and_eval


def test_an_ingest_batch_is_one_pass_of_the_recogniser(tmp_path):
    """The analyser geoparses a batch of real articles (the bundled ones, written again to make
    a full batch) with one recogniser pass, and gives each its places."""
    seeds = sorted(seeds_dir().glob("*.txt"))
    for k in range(BATCH):
        seed = seeds[k % len(seeds)]
        (tmp_path / f"{k:02d}_{seed.name}").write_text(seed.read_text("utf-8"), "utf-8")
    documents = read_sources([tmp_path]).documents
    assert len(documents) == BATCH
    work = analyser()
    windows = work.geoparser._windows
    assert windows is not None
    passes: list[int] = []
    batch = windows._batch

    def counted(texts):
        passes.append(len(texts))
        return batch(texts)

    windows._batch = counted
    try:
        outputs = work.analyse(documents)
    finally:
        del windows._batch
    assert passes == [BATCH]
    assert all(o.problem is None and o.places for o in outputs)


def _fields(tops) -> list[dict]:
    return [asdict(t) for t in tops]


def test_a_long_texts_pieces_go_through_the_recogniser_together():
    """A text longer than a piece (real articles one after another, as a long report or a
    digest reads) is read by the recogniser a few pieces at a time, not one by one, and every
    toponym, every field of it, is the one each piece gives read alone."""
    gp = Geoparser.default()
    windows = gp._windows
    assert windows is not None
    text = "\n\n".join(seeds_and_eval(25))
    spans = pieces(text, PIECE_CHARS)
    assert len(spans) >= 3
    alone: list[Toponym] = []
    for a, b in spans:
        alone += [replace(t, start=t.start + a, end=t.end + a) for t in gp.parse(text[a:b])]
    passes: list[int] = []
    batch = windows._batch

    def counted(texts):
        passes.append(len(texts))
        return batch(texts)

    windows._batch = counted
    try:
        together = gp.parse(text)
    finally:
        del windows._batch
    assert sum(passes) == len(spans)
    assert max(passes) == min(PIECES_TOGETHER, len(spans))
    assert _fields(together) == _fields(alone)
    assert all(text[t.start : t.end] == t.name for t in together if t.name.isalpha())


def test_a_batch_gives_the_toponyms_of_one_text_at_a_time():
    """The recogniser reading the windows of 32 real articles at once gives every toponym,
    every field of it, that reading each article alone gives."""
    gp = Geoparser.default()
    texts = seeds_and_eval(60)
    for demonyms in (False, True):
        batched = gp.parse_many(texts, include_demonyms=demonyms)
        one_by_one = gp.parse_many(texts, include_demonyms=demonyms, batch_size=1)
        assert [_fields(t) for t in batched] == [_fields(t) for t in one_by_one]
        assert sum(map(len, batched)) > 5 * len(texts)
