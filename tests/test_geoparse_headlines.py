"""A headline written in title case gives every word its capital: a town's name there is no
evidence of a place unless the text names it so elsewhere, or a small preposition stands
before it. On the real gazetteer and the real spaCy model."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_a_headline_verb_or_adjective_is_no_town(geoparsing):
    gp = geoparsing[0]
    # "Split" (Croatia), "Gay" (Russia), "Surprise" (Arizona), "Bush" (Egypt): words that
    # only a title-case headline capitalises
    tops = gp.parse(
        "Ministers Split Over Anti-Russia Sanctions.\n"
        "European ministers met in Brussels on Monday to discuss new measures."
    )
    assert readings(tops, "Split") == []
    assert readings(tops, "Russia") == ["RU"]
    assert readings(tops, "Brussels") == ["BE"]
    tops = gp.parse(
        "Debates Reflect Anti-Gay Feeling. As a week of events opened in St. Petersburg and "
        "other Russian cities, gay rights activists said they had a long way to go."
    )
    assert readings(tops, "Gay") == []
    assert readings(tops, "St. Petersburg") == ["RU"]
    tops = gp.parse(
        "Surprise Victory for Labour in By-Election\nThe party won the seat by 300 votes."
    )
    assert readings(tops, "Surprise") == []


def test_a_headline_town_the_text_names_again_or_after_in_stays(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse(
        "Police Seek Driver After Hit-and-Run in Marion\n"
        "A pedestrian was injured Tuesday night, police in the Indiana city said."
    )
    assert readings(tops, "Marion") == ["US"]
    tops = gp.parse(
        "Floods Strand Drivers Near Marion\nHeavy rain closed roads in the Indiana town."
    )
    assert readings(tops, "Marion") == ["US"]
    # a town the body names again keeps its headline mention
    tops = gp.parse(
        "Tourists Flock Back to Split\nThe Croatian port of Split saw record numbers this summer."
    )
    assert readings(tops, "Split") == ["HR", "HR"]
