"""Places, thirty-first pass: what the ninth fresh batch (``places_fresh9``) showed, each as a
rule of its kind. A demonym before "state of X" (or after "X, a") says X's country; a word of a
building's name ("Lima Grove Mall", "Estadio Cuscatlán") is no place; a park's name read as a small
feature of a country where none of the text's countries or places lie is left unplaced; "St." is
"Saint" in a country's name (the rebuilt gazetteer). On the real
gazetteer and the real spaCy model, with other sentences than the batch's stories.
"""

from __future__ import annotations

from tests.places_reading import read


def test_a_demonym_before_the_unit_word_says_the_units_country(geoparsing):
    gp = geoparsing[0]
    # another country named first, whose own unit of the name would otherwise win
    text = "Venezuela's Amazon towns are dark; the Colombian department of Amazonas is dry."
    tops = read(gp, text)
    assert tops["Amazonas"] == [("region", "CO", None)], tops
    text = "Bolivia's lowlands flooded; the Argentine province of Santa Cruz was spared."
    tops = read(gp, text)
    assert tops["Santa Cruz"] == [("region", "AR", None)], tops
    # after the name: "X, a Colombian department"
    text = "Venezuela's Amazon towns are dark, and Amazonas, a Colombian department, is dry."
    tops = read(gp, text)
    assert tops["Amazonas"] == [("region", "CO", None)], tops


def test_a_word_of_a_buildings_name_is_no_place(geoparsing):
    gp = geoparsing[0]
    # the head word after the name: no Lima of Peru inside a Jamaican mall's name
    tops = read(gp, "Shoppers fled the Lima Grove Mall in Kingston, Jamaica, after the shooting.")
    assert tops["Lima"] == [(None, None, None)] and tops["Kingston"][0][1] == "JM", tops
    # the head word before it, in Spanish: the stadium is in San Salvador, not the department
    tops = read(gp, "The match at the Estadio Cuscatlán in San Salvador was stopped.")
    assert tops["Cuscatlán"] == [(None, None, None)], tops
    assert tops["San Salvador"][0][1] == "SV", tops
    # a country's reading stays, and the town after "in" is still read
    tops = read(gp, "Ecuador's president met ministers at the Palacio de Carondelet in Quito.")
    assert tops["Ecuador"][0][1] == "EC" and tops["Quito"][0][1] == "EC", tops


def test_a_park_abroad_in_a_country_the_text_never_names(geoparsing):
    gp = geoparsing[0]
    # a Barbadian minister's park is no ground of Hong Kong
    tops = read(gp, "The Barbadian minister opened the new stand at Victoria Park on Sunday.")
    assert tops["Victoria Park"] == [(None, None, None)], tops
    # the park of a place the text names stays that place's
    tops = read(gp, "Protesters filled Victoria Park in Hong Kong on the anniversary.")
    assert tops["Hong Kong"][0][1] == "HK", tops


def test_st_for_saint_in_a_countrys_name(geoparsing):
    gp = geoparsing[0]
    tops = read(gp, "Officials in St. Kitts and Nevis said the storm passed.")
    assert tops == {"St. Kitts and Nevis": [("country", "KN", None)]}, tops


def test_a_building_named_for_its_place_keeps_it(geoparsing):
    gp = geoparsing[0]
    # all the rest of an English building's name: where the building stands
    tops = read(gp, "Children were flown to the Children's Hospital of Manitoba in Winnipeg.")
    assert tops["Manitoba"] == [("region", "CA", None)], tops
