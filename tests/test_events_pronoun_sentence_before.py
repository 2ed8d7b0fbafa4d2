"""A pronoun that opens a sentence ("He will also visit ...") may stand for a name of the
sentence before, which is parsed as a text of its own: the name's token indices are that
text's. Reading them in the pronoun's own sentence indexed past its end ("Error accessing token
at position 15: out of bounds in Doc of length 10") and the whole article could not be analysed
(benchmarks/data/places_fresh9's Kédougou floods story, on main c6d8dcd9). The real spaCy
pipeline and geoparser."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import reader

ROOT = Path(__file__).resolve().parent.parent
KEDOUGOU = ROOT / "benchmarks" / "data" / "places_fresh9" / "docs" / "sn-kedougou-floods.txt"


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2024-10-01")


@pytest.mark.parametrize(
    "text",
    [
        # the shape of benchmarks/data/places_fresh9's Kédougou story, other lands and acts
        "Ruto tours the north\n\nPresident William Ruto began a three-day visit to Lodwar, in "
        "northwestern Kenya, to see towns hit by drought, the government said.\n\nHe will also "
        "visit oil fields in northern Kenya.",
        "Minister in Mosul\n\nThe defence minister arrived in Mosul, in northern Iraq, on "
        "Sunday, officials said.\n\nShe will also visit Erbil.",
    ],
)
def test_a_pronoun_for_a_name_of_the_sentence_before_is_read_in_that_sentence(read, text):
    read(text)  # no IndexError


def test_the_kedougou_story_is_read_whole(read):
    """The article the fault cost: its president's visit is found."""
    out = read(KEDOUGOU.read_text(encoding="utf-8"))
    assert any(e.type == "visit" for e in out.events), [e.label for e in out.events]
