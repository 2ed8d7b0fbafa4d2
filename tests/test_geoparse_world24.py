"""Places, twenty-fourth pass: what the fourth fresh batch showed. A spelling's skeleton is no
small town of a region the text does not name; a country's abbreviation before a body's words
is no place of a story abroad; two names joined by "and" that are one unit's English name are
the unit; a name hyphened into a sea's name is no town. On the real gazetteer and the real
spaCy model, with other sentences than the ``places_fresh4`` batch's stories."""

from __future__ import annotations

from tests.places_reading import read


def test_a_skeleton_is_no_small_town_of_a_region_the_text_does_not_name(geoparsing):
    gp = geoparsing[0]
    # the country alone: "Bengal" (no entry of its own) is not Bungal, a Punjab town of 5,000
    tops = read(gp, "The party won a Bengal seat in India.")
    assert tops["Bengal"] == [(None, None, None)], tops
    assert tops["India"] == [("country", "IN", None)], tops
    # nor beside the state that holds the name, 1,500 km from the town
    tops = read(gp, "Congress lost a Bengal seat. In West Bengal the Left gained.")
    assert tops["Bengal"] == [(None, None, None)], tops


def test_a_countrys_abbreviation_in_a_bodys_name_abroad(geoparsing):
    gp = geoparsing[0]
    # a quake in Japan measured by an American agency: no place in the United States
    tops = read(gp, "The U.S. Geological Survey said the quake struck off Hokkaido.")
    assert set(tops) == {"Hokkaido"}, tops
    # a place of the country in the text: the name stays, and helps read the others
    tops = read(gp, "The U.S. Coast Guard rescued two fishermen near Kodiak, Alaska.")
    assert tops["U.S."] == [("country", "US", None)], tops
    tops = read(gp, "The U.K. Met Office warned of storms in Cornwall.")
    assert tops["U.K."] == [("country", "GB", None)], tops
    assert tops["Cornwall"][0][1] == "GB", tops
    # not inside a body's name: the country as before
    assert read(gp, "U.S. troops landed in Okinawa.")["U.S."] == [("country", "US", None)]


def test_two_names_joined_by_and_that_are_one_unit(geoparsing):
    gp = geoparsing[0]
    # no country named: not León of Nicaragua nor Castile of New York
    for text, name in (
        ("Fires burned across Castile and León on Monday.", "Castile and León"),
        ("Voters in Castile and Leon chose a new parliament.", "Castile and Leon"),
    ):
        tops = read(gp, text)
        assert tops == {name: [("region", "ES", None)]}, tops
    # two countries stay two places
    tops = read(gp, "Refugees crossed between Chad and Sudan.")
    assert tops["Chad"] == [("country", "TD", None)], tops
    assert tops["Sudan"] == [("country", "SD", None)], tops


def test_a_name_hyphened_into_a_seas_name_is_no_town(geoparsing):
    gp = geoparsing[0]
    tops = read(gp, "The quake struck in the Hyuga-nada Sea off Miyazaki.")
    assert "Hyuga" not in tops, tops
    assert tops["Miyazaki"][0][1] == "JP", tops
    # the same name before the sea's name, with a space, is the town it is
    tops = read(gp, "The quake struck near Hyuga, in Miyazaki prefecture.")
    assert tops["Hyuga"] == [("city", "JP", "Miyazaki")], tops
