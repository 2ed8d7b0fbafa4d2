"""Words of the text that say a name is a town: "the city of X" before it, a state of another
country after its comma, and names that only describe a part of a country. Each wrong case was
read on another continent by 02212a2 (found by the lead in TR-News' far readings: a Texas
town's fair read as the country Turkey, British Columbia's Central Coast read in Australia). On
the real gazetteer and the real spaCy model."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_a_settlement_word_before_a_country_name_makes_it_no_country(geoparsing):
    gp = geoparsing[0]
    # 02212a2: the country Turkey, three times; the gazetteer lacks the Texas town, and its
    # one other reading (a former name of New Providence, New Jersey) is not this town either
    tops = gp.parse(
        "The annual Bob Wills Day celebration returns to Turkey on Thursday. Tickets for the "
        "show are $15, according to the city of Turkey."
    )
    assert readings(tops, "Turkey") == [None, None]
    # 02212a2: the country Lebanon, though a dozen US towns are so named
    tops = gp.parse("Police in the city of Lebanon said the fire started at night.")
    assert readings(tops, "Lebanon") == ["US"]


def test_a_settlement_word_keeps_a_city_state_or_a_capital_so_named(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse("Iraqi artillery shelled the city of Kuwait for a week.")
    assert readings(tops, "Kuwait") == ["KW"]
    tops = gp.parse("The ferry docked in the port city of Djibouti on Monday.")
    assert readings(tops, "Djibouti") == ["DJ"]
    # a town known to the gazetteer by another of its names stays found
    tops = gp.parse("A bomb went off near a church in the coastal city of Jbeil, north of Beirut.")
    assert readings(tops, "Jbeil") == ["LB"]
    # a country named plainly stays the country
    tops = gp.parse("Turkey sent troops to the border with Syria on Monday.")
    assert readings(tops, "Turkey") == ["TR"]
    # a superlative, an ordinal, an indefinite article or a possessive makes the "of" say
    # where the town lies
    tops = gp.parse("Istanbul, the largest city of Turkey, was flooded.")
    assert readings(tops, "Turkey") == ["TR"]
    tops = gp.parse("Zarqa, the second city of Jordan, has grown fast.")
    assert readings(tops, "Jordan") == ["JO"]
    tops = gp.parse("Shelling hit a village of Armenia's Gegharkunik Province.")
    assert readings(tops, "Armenia") == ["AM"]


def test_a_name_before_a_foreign_state_is_that_states_town(geoparsing):
    gp = geoparsing[0]
    # 02212a2: the country Turkey beside Texas; Jordan beside Ontario
    tops = gp.parse("Firefighters in Turkey, Texas, put out a grass fire on Sunday.")
    assert readings(tops, "Turkey") == [None]
    assert readings(tops, "Texas") == ["US"]
    tops = gp.parse("A canning plant in Jordan, Ontario, closed last year.")
    assert readings(tops, "Jordan") == [None]
    # towns the gazetteer holds in that state are read there
    tops = gp.parse("A storm hit Peru, Indiana, on Monday.")
    assert readings(tops, "Peru") == ["US"]
    tops = gp.parse("Visitors came to Paris, Ontario, for the fair.")
    assert readings(tops, "Paris") == ["CA"]


def test_a_comma_that_places_nothing_keeps_the_country(geoparsing):
    gp = geoparsing[0]
    # an opening clause ends at the comma; the region opens the main clause
    tops = gp.parse("Backed by Turkey, Azaz's rebels held the line for a month.")
    assert readings(tops, "Turkey") == ["TR"]
    # a list of places
    tops = gp.parse("Talks between Israel, Gaza, and the West Bank stalled.")
    assert readings(tops, "Israel") == ["IL"]
    # a border between two states
    tops = gp.parse("The farm lies near the Indiana, Ill., border.")
    assert readings(tops, "Indiana") == ["US"]
    # states of one country listed in a headline, whatever follows the list
    tops = gp.parse("Rajasthan, Telangana, Chhattisgarh, Mizoram, MP election results 2018")
    assert readings(tops, "Chhattisgarh") == ["IN"]


def test_a_name_that_only_describes_a_part_is_the_texts_own_countrys(geoparsing):
    gp = geoparsing[0]
    # 02212a2: the Central Coast of New South Wales, in a story of Canada's snow
    tops = gp.parse(
        "Winter is making its presence known across Canada this weekend. In B.C., up to 20 "
        "centimetres of snow is expected for parts of the Central Coast in the coming days. "
        "Ponds froze in the Vancouver area, and flights were cancelled in Toronto."
    )
    assert readings(tops, "Central Coast") == [None]
    # where the text is in its country, the town so named stays
    tops = gp.parse("Floods hit the Central Coast. Gosford and Wyong were cut off.")
    assert readings(tops, "Central Coast") == ["AU"]
    tops = gp.parse("Fires raged on the North Shore. Residents of Auckland fled.")
    assert readings(tops, "North Shore") == ["NZ"]
