"""Articles the analysis could not read at all (an IndexError costs every place and claim of
the article), found by benchmarks/analysis_faults.py on main e4cb5c48: real articles whose
sentences are joined into long ones (the sweep's ``long`` variant, seed 37:
tests/data/faults37/, from benchmarks/data/events_fresh3 and stances_fresh11), and a sentence
of the same shape written here. The real spaCy pipeline, geoparser and gazetteer."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import reader

DATA = Path(__file__).resolve().parent / "data" / "faults37"


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2020-10-26")


def test_a_state_that_ends_a_clause_before_a_semicolon_is_read(read):
    """A sentence whose clauses a semicolon joins is parsed as one unit per clause; a state
    named last in its clause ends its unit's parse, and the word after it was read past the
    end ("Attempt to access token at 32, max length 32")."""
    text = (DATA / "karabakh-2020-long.txt").read_text(encoding="utf-8")
    out = read(text)
    meetings = [e for e in out.events if e.type == "meeting"]
    assert any("Armenia" in e.label and "Azerbaijan" in e.label for e in meetings), [
        e.label for e in out.events
    ]


def test_a_state_that_ends_a_clause_written_here(read):
    out = read(
        "Border talks\n\nThe accord was reached in Addis Ababa after weeks of mediation between "
        "the armies of Sudan and South Sudan; clashes went on along the border."
    )
    assert {e.type for e in out.events} == {"agreement", "clash"}


def test_a_mention_of_another_clause_of_the_sentence_is_not_read_in_this_clause(read):
    """A pronoun of a later clause ("it is a civil war") takes a name of an earlier clause of
    the same sentence, parsed as a unit of its own; the test of whether the name lies here
    went by the sentence's characters, so its token indices were read in the wrong unit
    ("token at position 154: out of bounds in Doc of length 56")."""
    text = (DATA / "renamo-1987-long.txt").read_text(encoding="utf-8")
    out = read(text)
    backs = {(s.power, s.party) for s in out.stances if s.relation == "backs"}
    # the lexicon's name for the ruling party since sidesfix41 ("ruling Frelimo party" before)
    assert ("Zimbabwe", "Frelimo") in backs, backs
