"""A reviewer's sentences for the place rules of branch geoq36, where their trigger words mean
something else: a people's community in a town abroad, a town's own police, a village that is
not its country's biggest of the name, "like" giving an example, a country's diplomats
speaking of its own regions. On the real gazetteer and the real spaCy model."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_a_diaspora_community_keeps_its_town(geoparsing):
    gp = geoparsing[0]
    # 7271649: the town after "community in" left unplaced, its homeland backed by the text
    tops = gp.parse(
        "Members of the Tigray community in Washington marched as fighting spread from Mekele"
        " to Adigrat."
    )
    assert readings(tops, "Washington") == ["US"]
    tops = gp.parse(
        "The Goa community in Lisbon held a mass for the victims of the floods in Panaji and"
        " Margao."
    )
    assert readings(tops, "Lisbon") == ["PT"]
    tops = gp.parse(
        "Exiles from Sri Lanka set up the Jaffna community in Toronto after the war in Kilinochchi."
    )
    assert readings(tops, "Toronto") == ["CA"]
    assert readings(tops, "Jaffna") == ["LK"]
    # a part read abroad is still left unplaced
    tops = gp.parse(
        "Floods cut roads near Luanda and Quela, and water filled houses in the Vila Matilde"
        " and Catepa neighbourhoods of Malanje."
    )
    assert readings(tops, "Vila Matilde") == [None]


def test_a_towns_police_makes_no_country_the_focus(geoparsing):
    gp = geoparsing[0]
    # 7271649: Lebanon the country, for the police chief of Lebanon, New Hampshire
    tops = gp.parse(
        "Lebanon's police chief said the Hanover man was arrested on Route 4 near Enfield."
    )
    assert readings(tops, "Lebanon") == ["US"]
    # a country's army still says what the text is about
    tops = gp.parse("Mali's army fought jihadists near Moura, where hundreds were killed.")
    assert readings(tops, "Moura") == [None]
    assert readings(tops, "Mali") == ["ML"]


def test_a_village_with_a_bigger_namesake_at_home_keeps_its_reading(geoparsing):
    gp = geoparsing[0]
    # 7271649: Hamilton, Ohio (62,407), once Ontario's city outnumbered New York's village
    tops = gp.parse(
        "Students at Colgate University in Hamilton protested, and lawmakers in Boston took note."
    )
    assert [t.candidate and round(t.candidate.lon) for t in tops if t.name == "Hamilton"] == [-76]
    # the village that is its country's biggest of the name still yields to the city abroad
    tops = gp.parse("Iranian diplomats met in Tehran as protests spread to Najaf.")
    assert readings(tops, "Najaf") == ["IQ"]


def test_like_after_a_noun_gives_an_example_not_a_comparison(geoparsing):
    gp = geoparsing[0]
    # 7271649: Turkey the country, for a Texas town the gazetteer lacks
    tops = gp.parse(
        "Small towns like Turkey, Texas, are losing their schools and their young people."
    )
    assert readings(tops, "Turkey") == [None]
    assert readings(tops, "Texas") == ["US"]
    # a comparison that opens the sentence still sets the two side by side
    tops = gp.parse("Unlike Israel, Gaza, a city of two million, has no shelters.")
    assert readings(tops, "Israel") == ["IL"]
    tops = gp.parse("Floods came in May. Unlike Israel, Gaza, a city of two million, has no dams.")
    assert readings(tops, "Israel") == ["IL"]


def test_a_countrys_diplomats_speak_of_its_own_regions(geoparsing):
    gp = geoparsing[0]
    # 7271649: Zambia's Northern province and India's Punjab
    tops = gp.parse(
        "Sri Lanka's foreign ministry said the army had cleared the Northern Province of mines."
    )
    assert readings(tops, "Northern Province") == ["LK"]
    tops = gp.parse(
        "Pakistan's foreign ministry said Indian shelling in Punjab had killed two farmers."
    )
    assert readings(tops, "Punjab") == ["PK"]
    # the Strip, a city bigger than Mozambique's province, is still what the bare name means
    tops = gp.parse(
        "Shelling hit Gaza overnight, and Mozambique's foreign minister called for a ceasefire."
    )
    assert readings(tops, "Gaza") == ["PS"]
