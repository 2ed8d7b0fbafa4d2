"""Sentence units of a document whose reader gave no sentence spans: the paragraphs are split
where spaCy's dependency parse ends its sentences, read with only the components it needs."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from explorer.corpus import read_file
from explorer.extract.nlp import _trim, nlp, paragraphs_of, sentences_of

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_sentences_without_the_readers_spans_are_the_full_parses():
    doc = read_file(sorted(SEEDS.glob("*.txt"))[0])
    bare = replace(doc, sentences=[])
    full = []
    for p in paragraphs_of(bare):
        start, end = _trim(bare.text, p.start, p.end)
        for s in nlp()(bare.text[start:end]).sents:  # every component, as before
            a, b = _trim(bare.text, start + s.start_char, start + s.end_char)
            if b > a:
                full.append((a, b))
    assert len(full) > 5
    # every unit carries its whole sentence's span
    assert {(s.start, s.end) for s in sentences_of(bare)} == set(full)
    # each unit is parsed in full: tags, lemmas and entities are there
    first = next(iter(sentences_of(bare)))
    assert all(t.tag_ and t.lemma_ for t in first.sent)
