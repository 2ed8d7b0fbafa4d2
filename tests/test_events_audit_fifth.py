"""The events audit's sixth pass: a title written short does not end the sentence, a meeting
of states is not put in the article's town, and an event whose sentence names no place is not
put at the article's place when the article tells that kind of event somewhere else."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, with sentences cut by the reader, as an ingest reads a file."""
    from explorer.corpus.reading import document_from_text
    from explorer.extract import extract
    from explorer.extract.lexicon import lexicon_for

    gp, gz = geoparsing
    lex = lexicon_for(tuple(gz.country_facts()))

    def run(text: str, published: str | None = "2017-04-21"):
        doc = document_from_text("t.txt", text)
        doc.published = published
        return extract(
            doc, gp.parse(text, include_demonyms=True), geometry_for=gz.geometry, lexicon=lex
        )

    return run


def _of_type(read, text: str, etype: str):
    return [e for e in read(text).events if e.type == etype]


# --- a title written short before a name does not end the sentence ----------------------------


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("Two gunmen shot Const. Daniel Woodall outside his home in Derry.", "Daniel Woodall"),
        ("Insurgents killed Staff Sgt. Ryan Maseth at a checkpoint near Kirkuk.", "Ryan Maseth"),
        ("Militants ambushed Supt. Ray Brown and two guards near Peshawar.", "Ray Brown"),
    ],
)
def test_a_title_written_short_keeps_the_victim_in_the_sentence(read, text, victim):
    attacks = _of_type(read, text, "attack")
    assert attacks, text
    assert any(victim in t for e in attacks for t in e.targets), attacks
    assert all(victim not in a for e in attacks for a in e.actors), attacks


@pytest.mark.parametrize(
    "text",
    [
        "Winnipeg police Const. Jason Michalyshen said police made the arrest on Monday.",
        "The group will present the petition to U.S. Sens. Barbara Boxer and Dianne Feinstein.",
        "Protesters met Pres. Obama at Ft. Campbell on Monday.",
    ],
)
def test_a_title_written_short_does_not_cut_the_parse(text):
    from explorer.corpus.reading import document_from_text
    from explorer.extract.nlp import FULL, parse, tokenised_sentences

    doc = document_from_text("t.txt", text)
    units = tokenised_sentences(doc)
    parse(units, [FULL] * len(units))
    roots = [t.text for u in units for t in u.sent if t.dep_ == "ROOT"]
    assert len(roots) == len(units), roots


def test_a_sentence_still_ends_after_a_street():
    from explorer.corpus.reading import document_from_text
    from explorer.extract.nlp import FULL, parse, tokenised_sentences

    text = "Police found the car at 601 SW 75th St. The driver was arrested on Monday."
    doc = document_from_text("t.txt", text)
    units = tokenised_sentences(doc)
    parse(units, [FULL] * len(units))
    assert len(units) == 2, [u.sent.text for u in units]
