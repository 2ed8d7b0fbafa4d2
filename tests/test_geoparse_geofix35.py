"""What the thirteenth fresh batch left, each kind in sentences of my own: a first-level unit's
name inside a longer proper name. On the real gazetteer and the real spaCy model."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_a_units_name_inside_a_longer_name_is_not_the_unit(geoparsing):
    gp = geoparsing[0]
    # fe8c709: India's Jammu and Kashmir, for Pakistan's territory
    tops = gp.parse("Shelling was reported near Kotli in Azad Jammu and Kashmir on Sunday.")
    assert readings(tops, "Jammu and Kashmir") in ([], [None])
    tops = gp.parse("The Azad Jammu and Kashmir government said schools in Muzaffarabad shut.")
    assert readings(tops, "Jammu and Kashmir") in ([], [None])
    # the unit alone, a word that qualifies it, a people's or a country's name before it, an
    # acronym's unit, and a sentence's first word leave it the unit
    tops = gp.parse("Troops moved into Jammu and Kashmir on Friday.")
    assert readings(tops, "Jammu and Kashmir") == ["IN"]
    tops = gp.parse("Floods hit Southern Punjab and the Greater Accra region.")
    assert readings(tops, "Punjab") == ["PK"]
    assert readings(tops, "Greater Accra") == ["GH"]
    tops = gp.parse("Farmers in Upper Austria protested.")
    assert readings(tops, "Upper Austria") == ["AT"]
    tops = gp.parse("The BJP Punjab unit met in Chandigarh.")
    assert readings(tops, "Punjab") == ["IN"]
    tops = gp.parse("Rain fell for days. Punjab declared an emergency in Lahore.")
    assert readings(tops, "Punjab") == ["PK"]


def test_a_common_word_written_as_a_place_of_a_land_the_text_names(geoparsing):
    gp = geoparsing[0]
    # fe8c709: "Victoria" unread (a word of the common-words list) in a story of Texas
    tops = gp.parse(
        "Two stores are coming to Victoria, the developer said. Officials in Wilson County, "
        "Texas, agreed. Victoria has grown fast."
    )
    assert readings(tops, "Victoria") == ["US", "US"]
    # fe8c709: South Sudan's Unity state unread when written without "State"
    tops = gp.parse("Fighting broke out in Unity on Monday, officials in Juba, South Sudan, said.")
    assert readings(tops, "Unity") == ["SS"]
    # the land the text names picks the reading: a town of a region, a country's unit
    tops = gp.parse("Protesters gathered in Victoria, the capital of British Columbia.")
    assert readings(tops, "Victoria") == ["CA"]
    tops = gp.parse("Floods hit farms across Victoria, Australia's second most populous state.")
    assert readings(tops, "Victoria") == ["AU"]
    # no land named that holds a reading, a person's name, a month, a word beside another
    # capitalised word: unread, as before
    tops = gp.parse("Firefighters in Victoria battled the blaze on Sunday.")
    assert readings(tops, "Victoria") == []
    tops = gp.parse("Victoria Nuland met officials in Kyiv, Ukraine, in May.")
    assert readings(tops, "Victoria") == []
    assert readings(tops, "May") == []
    tops = gp.parse("Crowds gathered in Victoria Park in Dallas, Texas.")
    assert readings(tops, "Victoria") == []


def test_a_seas_name_before_a_lands_is_part_of_that_land(geoparsing):
    gp = geoparsing[0]
    # fe8c709: the Arctic Ocean and the Atlantic Ocean
    tops = gp.parse("Arctic Norway saw record snow.")
    assert readings(tops, "Arctic") == []
    assert readings(tops, "Norway") == ["NO"]
    tops = gp.parse("Storms battered Atlantic Canada on Monday.")
    assert readings(tops, "Atlantic") == []
    assert readings(tops, "Canada") == ["CA"]
    # the sea named alone stays
    tops = gp.parse("Ships crossed the Arctic to reach Murmansk.")
    assert len(readings(tops, "Arctic")) == 1


def test_two_names_joined_after_a_verb_of_persons_are_persons(geoparsing):
    gp = geoparsing[0]
    # fe8c709: Lugo of Spain; Medina as Fes al Bali, Morocco
    tops = gp.parse("The president of Paraguay thanked Lugo and Cartes for their work.")
    assert readings(tops, "Lugo") == []
    tops = gp.parse("Police in Madrid detained Navarro and Medina on Tuesday.")
    assert readings(tops, "Medina") == []
    assert readings(tops, "Madrid") == ["ES"]
    # countries and big towns are thanked as their governments; one name alone stays
    tops = gp.parse("The emir thanked Qatar and Egypt for mediating.")
    assert readings(tops, "Egypt") == ["EG"]
    tops = gp.parse("The governor thanked Houston and Dallas for their help.")
    assert readings(tops, "Dallas") == ["US"]
    tops = gp.parse("Police arrested two men in Ourense and Vigo in Galicia, Spain.")
    assert readings(tops, "Ourense") == ["ES"]
