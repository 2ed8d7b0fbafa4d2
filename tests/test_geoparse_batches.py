"""Ingest geoparses the articles of a batch in one pass of the entity recogniser: its numpy
decoder steps every window of a pass together, so a pass per few articles costs more."""

from __future__ import annotations

from explorer.corpus import read_sources
from explorer.paths import seeds_dir
from explorer.pipeline import BATCH, analyser


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
