"""Branch geoq53's place rules, with sentences of other senses of their triggers, on the real
gazetteer, the real spaCy model and stories of benchmarks/data/places_fresh31."""

from __future__ import annotations

from tests.test_geoparse_geoq41 import _story as _fresh_story
from tests.test_geoparse_world import countries as readings


def _story(name: str) -> str:
    """A story of places_fresh31, by its file's name."""
    return _fresh_story(name, "places_fresh31")


def test_a_saint_s_name_written_short_is_read_near_the_story_by_its_long_form(geoparsing):
    gp = geoparsing[0]
    # a legislature's news page: the island, held only as "Saint ...", read twice as the
    # Ontario town held as "St. ..."
    assert readings(gp.parse(_story("vi-legvi-police")), "St. Thomas") == ["VI", "VI"]
    found = gp.parse(
        "Ferries ran again between St. Croix and St. Thomas after the storm, and"
        " Christiansted's port reopened."
    )
    assert readings(found, "St. Thomas") == ["VI"]
    # other senses: a story of the Ontario town, or of a land far from any "Saint" namesake,
    # keeps it
    found = gp.parse("The county fair in St. Thomas drew visitors from Aylmer and Port Stanley.")
    assert readings(found, "St. Thomas") == ["CA"]
    found = gp.parse("A plant in St. Thomas will close, the company said in Dallas, Texas.")
    assert readings(found, "St. Thomas") == ["CA"]


def test_a_place_s_initials_written_alone_name_it_where_the_text_names_it_whole(geoparsing):
    gp = geoparsing[0]
    # a television site's crime report: the territory's initials, never defined in brackets
    assert set(readings(gp.parse(_story("vg-jahphix-burglaries")), "BVI")) == {"VG"}
    found = gp.parse(
        "PNG police said the road from Lae to Goroka reopened; Papua New Guinea's army helped."
    )
    assert readings(found, "PNG") == ["PG"]
    # other senses: a line in capitals, and initials with no place of those capitals named
    found = gp.parse("CAR BOMB KILLS SIX IN BANGUI, Central African Republic officials say.")
    assert readings(found, "CAR") == []
    found = gp.parse("The World Bank said WBG lending to Sierra Leone and Guinea rose.")
    assert readings(found, "WBG") == []


def test_a_land_s_formal_name_called_a_body_is_the_land(geoparsing):
    gp = geoparsing[0]
    # a Guam paper's report: the territory's formal name, a body to spaCy, and then its
    # initials
    found = gp.parse(_story("mp-postguam-koblerville"))
    assert readings(found, "Commonwealth of the Northern Mariana Islands") == ["MP"]
    assert readings(found, "CNMI") == ["MP"]
    found = gp.parse("The Commonwealth of Dominica and the Commonwealth of Puerto Rico voted.")
    assert readings(found, "Commonwealth of Dominica") == ["DM"]
    assert readings(found, "Commonwealth of Puerto Rico") == ["PR"]
    # other senses: words that name no land read nothing
    found = gp.parse("The Commonwealth of Nations met in London to discuss trade.")
    assert readings(found, "Commonwealth of Nations") == []
    assert readings(found, "London") == ["GB"]


def test_a_shorter_name_the_gazetteer_lacks_is_the_longer_place_of_the_text(geoparsing):
    gp = geoparsing[0]
    # the same report: the territory's name without its first word, held by no entry
    assert readings(gp.parse(_story("vg-jahphix-burglaries")), "Virgin Islands") == ["VG"]
    found = gp.parse(
        "Ferries from the U.S. Virgin Islands resumed; the Virgin Islands port said St. Croix"
        " was ready."
    )
    assert readings(found, "Virgin Islands") == ["VI"]
    # other senses: two longer names of two lands in one text leave it unread
    found = gp.parse(
        "Schools closed in the U.S. Virgin Islands as well as in the British Virgin Islands;"
        " the Virgin Islands storm season is long."
    )
    assert readings(found, "Virgin Islands") == [None]
