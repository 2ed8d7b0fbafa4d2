"""Extraction's parse units take their entities from the numpy decoder (explorer.ner_decoder)
after spaCy's other components: every annotation must be the one spaCy's whole pipeline gives,
on real news, including where the parser ends a sentence inside a unit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from explorer.corpus import document_from_text
from explorer.extract.nlp import FULL, nlp, parse, tokenised_sentences
from explorer.model import Document
from explorer.ner_decoder import GreedyDecoder

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
DATA = Path(__file__).resolve().parent / "data" / "extract"
# articles with a unit the parser cuts in two right after a name or a time ("TehKu Tea Co.
# TehKu ceased", "Lumpkin, Ga. Hugley-Green collected", "8:30 PM Tuesday night", "(The
# Associated Press) Police said"): read without the sentence starts, the recogniser would run
# an entity across the cut
CUT_AFTER_A_NAME = {"lgl": (170, 299, 512), "trnews": (73,)}


def _rows(name: str) -> list[dict]:
    path = EVAL / f"{name}.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not beside the project")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _articles() -> list[Document]:
    """The curated test articles, the first 20 of each corpus and those of CUT_AFTER_A_NAME."""
    docs = [
        document_from_text(p.stem, p.read_text(encoding="utf-8"))
        for p in sorted(DATA.glob("*.txt"))
    ]
    for name, picked in CUT_AFTER_A_NAME.items():
        rows = _rows(name)
        for i in sorted(set(range(20)) | set(picked)):
            docs.append(document_from_text(rows[i]["id"], rows[i]["text"]))
    return docs


def _annotations(span) -> list[tuple]:
    return [
        (
            t.text,
            t.tag_,
            t.pos_,
            t.lemma_,
            t.dep_,
            t.head.i,
            t.is_sent_start,
            t.ent_iob_,
            t.ent_type_,
            t.ent_kb_id_,
        )
        for t in span
    ]


def test_full_units_annotated_as_by_the_whole_pipeline():
    """parse(FULL) on every unit of real articles: the same tags, lemmas, dependencies,
    sentence starts and entities as spaCy's pipeline run whole over the same tokens."""
    pipe = nlp()
    units = [s for doc in _articles() for s in tokenised_sentences(doc)]
    assert len(units) > 500
    whole = list(pipe.pipe([s.sent.doc.copy() for s in units], batch_size=32))
    parse(units, [FULL] * len(units))
    entities = 0
    for s, want in zip(units, whole, strict=True):
        assert _annotations(s.sent) == _annotations(want[:]), s.sent.text
        entities += len(want.ents)
    assert entities > 1000


def test_the_decoder_heeds_the_parser_sentence_starts():
    """On the units the parser cuts right after a name, the decoder told of the sentence
    starts gives spaCy's entities, and would give others without them: the rule is needed."""
    pipe = nlp()
    ner = pipe.get_pipe("ner")
    units = [
        s
        for name, picked in CUT_AFTER_A_NAME.items()
        for i in picked
        for s in tokenised_sentences(
            document_from_text(_rows(name)[i]["id"], _rows(name)[i]["text"])
        )
    ]
    parsed = list(pipe.pipe([s.sent.doc for s in units], batch_size=32, disable=["ner"]))
    want = [
        [(e.start, e.end, e.label_) for e in d.ents]
        for d in ner.pipe([d.copy() for d in parsed], batch_size=32)
    ]
    decoder = GreedyDecoder.of(ner)
    assert decoder.decode(parsed, sentences=True) == want
    assert decoder.decode(parsed) != want
