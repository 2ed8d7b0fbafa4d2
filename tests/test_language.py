"""The spaCy model is loaded once per process and shared by geoparsing and extraction."""

from __future__ import annotations

import threading

from explorer import language
from explorer.extract.nlp import nlp
from explorer.geoparse.parser import Geoparser

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
