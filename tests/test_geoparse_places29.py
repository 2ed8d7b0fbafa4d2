"""Places, twenty-ninth pass: what the seventh fresh batch (``places_fresh7``) and the known gaps
showed, each as a rule of its kind. A sentence's first word before "are" or "were" is a plural
noun; a word of a hyphen compound that the text also writes in lower case is that noun; a
one-word name after a role and a comma, broken off by an ellipsis, is the person; a sea's
adjective before a country's noun names no water, and "the Baltic states" is the curated area;
a name that shares a street's word ("from Sherman to Wentworth Street") is a street, so it pulls
no town abroad; "Burkina" is Burkina Faso; "DeSoto County" is also Mississippi's "De Soto
County"; "X County Council" is county X; a town after a person's full name and "of" is the
person's. On the real gazetteer and the real spaCy model, with other sentences than the batch's
stories."""

from __future__ import annotations

from tests.places_reading import read


def test_a_sentences_first_word_before_a_plural_verb_is_a_noun(geoparsing):
    gp = geoparsing[0]
    # no Lakes state of South Sudan
    tops = read(gp, "Lakes were frozen across the north on Monday, and schools closed.")
    assert "Lakes" not in tops, tops
    # the state's name with a singular verb stays
    tops = read(gp, "Lakes is one of South Sudan's states, and Rumbek is its capital.")
    assert tops["Lakes"][0][1] == "SS", tops
    # a town after a preposition, the verb agreeing with the subject before it, stays
    tops = read(
        gp, "Two students of a school in Thurles were approached by a man, Tipperary police said."
    )
    assert tops["Thurles"][0][1] == "IE", tops


def test_a_hyphen_compound_of_a_word_the_text_writes_in_lower_case(geoparsing):
    gp = geoparsing[0]
    # no Tsuha of Okinawa, which GeoNames also calls Tsunami
    text = "Tsunami-hit fishermen of Miyagi Prefecture rebuilt their boats after the tsunami."
    tops = read(gp, text)
    assert "Tsunami" not in tops and tops["Miyagi Prefecture"][0][1] == "JP", tops
    # a town so joined, never written in lower case, stays
    tops = read(gp, "Hurricane-based crews flew north; the town of Hurricane, Utah, sent them.")
    assert tops["Hurricane"][0][1:] == ("US", "Utah"), tops


def test_a_name_after_a_role_broken_off_by_an_ellipsis_is_the_person(geoparsing):
    gp = geoparsing[0]
    for text, name in (
        ("In Quito, the minister, Paola ... declined to comment.", "Paola"),
        ("In Caracas, the governor, Carolina ... declined to comment.", "Carolina"),
    ):
        tops = read(gp, text)
        assert name not in tops and len(tops) == 1, tops


def test_a_seas_adjective_before_a_countrys_noun(geoparsing):
    gp = geoparsing[0]
    # one of the countries on its shores, not the water
    for text in (
        "A Baltic state expelled two diplomats on Friday.",
        "The Caribbean nation declared an emergency after the storm.",
    ):
        tops = read(gp, text)
        assert not any(r[0] == "sea" for v in tops.values() for r in v), tops
    # the three countries' area, in lower case as news writes it
    tops = read(gp, "Troops were sent to the Baltic states in March.")
    assert tops["Baltic states"][0][0] == "area", tops
    # a region's own name before "state" stays; so does the sea as the water
    assert read(gp, "Fighting spread across Shan state last week.")["Shan"][0][1] == "MM"
    assert read(gp, "Ships crossed the Baltic on Monday.")["Baltic"][0][0] == "sea"


def test_a_name_sharing_a_streets_word_is_a_street(geoparsing):
    gp = geoparsing[0]
    # "Sherman" is Sherman Avenue: no Texan town to pull Hamilton away from Ontario
    tops = read(gp, "Hamilton council voted to repave the road from Sherman to Wentworth Street.")
    assert "Sherman" not in tops and tops["Hamilton"][0][1:] == ("CA", "Ontario"), tops
    tops = read(gp, "A water main broke at Lakeview and Harrison streets in Springfield.")
    assert "Lakeview" not in tops, tops
    # a city of its own running to a street stays a place
    tops = read(gp, "The parade runs from Brooklyn to Wall Street.")
    assert tops["Brooklyn"][0][1] == "US", tops


def test_burkina_and_a_joined_particle(geoparsing):
    gp = geoparsing[0]
    tops = read(gp, "Gunmen attacked a convoy in northern Burkina on Sunday.")
    assert tops["Burkina"][0][:2] == ("country", "BF"), tops
    # Mississippi's county, which GeoNames writes "De Soto County", beside its seat
    tops = read(gp, "Deputies in DeSoto County arrested two men outside Hernando on Friday.")
    assert tops["DeSoto County"][0][2] == "Mississippi", tops
    # Florida's, which GeoNames writes "DeSoto County", beside its own seat
    tops = read(gp, "DeSoto County commissioners met on Tuesday in Arcadia.")
    assert tops["DeSoto County"][0][2] == "Florida", tops


def test_a_countys_council_and_a_persons_town(geoparsing):
    gp = geoparsing[0]
    # GeoNames writes "County Offaly"; the council's name puts the county first
    tops = read(gp, "Members of Offaly County Council voted on Monday to close the road.")
    assert tops["Offaly"][0][1:] == ("IE", "Leinster"), tops
    # a town after a person's full name and "of" is where the person is from in local news,
    # though spaCy calls it an organisation
    tops = read(gp, "Tom Reed of Pharr was hurt in the crash near McAllen on Sunday.")
    assert tops["Pharr"][0][1:] == ("US", "Texas"), tops
    # a body after "of" is no town
    assert read(gp, "Maria Lopez of the campaign said so.") == {}
