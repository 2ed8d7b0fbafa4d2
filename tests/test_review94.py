"""Branch review94: geofix60's rules narrowed where stories of other senses read worse, on the
real gazetteer and the real spaCy model (stories of benchmarks/data/review94/sentences.txt)."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_a_city_fronting_its_sentence_before_its_mayors_surname_is_the_city(geoparsing):
    gp = geoparsing[0]
    found = gp.parse(
        "In Florence Renzi opened the new tram line in 2010. Mayor Renzi said the city would "
        "add two more."
    )
    assert readings(found, "Florence") == ["IT"]
    found = gp.parse(
        "In Lima Castillo faced a third impeachment vote in December 2022. Castillo said he "
        "would dissolve Congress."
    )
    assert readings(found, "Lima") == ["PE"]
    # a given name before a surname used alone, with no preposition of place, is a person's
    found = gp.parse(
        "Crowds marched for Salvador Allende on the anniversary. Allende said in his last "
        "speech that history was theirs, and Chile listened on the radio."
    )
    assert readings(found, "Salvador") == []


def test_a_club_a_player_is_signed_from_is_no_far_small_town(geoparsing):
    gp = geoparsing[0]
    found = gp.parse(
        "Bayern Munich signed a midfielder from Arsenal on Monday, and the player flew to "
        "Bavaria for a medical."
    )
    assert "MU" not in readings(found, "Arsenal")
    assert readings(found, "Munich") == ["DE"]
    # a person's home after the same words stays kept
    found = gp.parse("Shelling hit Aleppo and Idlib overnight, said a reporter from Pitlochry.")
    assert readings(found, "Pitlochry") == ["GB"]
