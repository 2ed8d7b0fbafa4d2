"""A reviewer's read of the tenth batch's place rules: a region outnumbered by a city abroad
beside a town of its own, and a compass word before another country's name where only the
town's country is in sight. On the real gazetteer and the real spaCy model."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_a_region_beside_its_own_town_is_not_outnumbered_by_a_city_abroad(geoparsing):
    gp = geoparsing[0]
    # Jamaica's Manchester parish, unnamed country: Mandeville, its seat, is Jamaica's, not
    # Louisiana's (c61b7fa's weight against the parish moved Mandeville to the United States)
    tops = gp.parse("A fire in Manchester parish destroyed a school in Mandeville.")
    assert readings(tops, "Manchester") == ["JM"]
    assert readings(tops, "Mandeville") == ["JM"]
    # the city abroad still wins where nothing in the text lies in the region
    tops = gp.parse("Ruth Adler of Scarsdale said her son was held in Gaza.")
    assert readings(tops, "Gaza") == ["PS"]


def test_a_compass_town_stays_a_town_where_the_other_country_is_not_in_sight(geoparsing):
    gp = geoparsing[0]
    # the Ohio village of the 2023 derailment, beside Pennsylvania, not the Palestinian
    # territory
    tops = gp.parse(
        "The train derailment in East Palestine released vinyl chloride, and residents near "
        "the Pennsylvania line were told to leave."
    )
    assert readings(tops, "East Palestine") == ["US"]
    tops = gp.parse("A fire in West Lebanon destroyed a mill beside the Connecticut River.")
    assert readings(tops, "West Lebanon") == ["US"]
    # neither country in sight: unplaced, never the other country (a wrong continent either way)
    tops = gp.parse("South Jordan police arrested a teenager after the shooting at a high school.")
    assert readings(tops, "South Jordan") in ([], [None]), readings(tops, "South Jordan")
    # "South Lebanon" is also the name news gives Lebanon's South governorate (GeoNames'
    # Liban-Sud, an alias since geoq40): a governorate of half a million people, not the
    # country, over an Oregon hamlet of a thousand
    tops = gp.parse("Hezbollah fighters in South Lebanon fired rockets.")
    assert [t.candidate.name for t in tops if t.name == "South Lebanon"] == ["Liban-Sud"]
    # the region or country in sight keeps geoq32's reading
    tops = gp.parse("Police in North Wales arrested a man after a stabbing in Wrexham.")
    assert readings(tops, "North Wales") == ["GB"]
    tops = gp.parse("Israeli strikes in South Lebanon killed three Hezbollah fighters.")
    assert readings(tops, "South Lebanon") == ["LB"]


def test_a_compass_word_and_a_countrys_name_are_read_whole(geoparsing):
    gp = geoparsing[0]
    # a town the scan refused as small left the country's name inside it read alone: the
    # Palestinian territory for the Ohio village, Jordan for Utah's South Jordan
    tops = gp.parse(
        "Residents of East Palestine, Ohio, said the creek still smelled of chemicals a year "
        "after the derailment."
    )
    assert [t.name for t in tops] == ["East Palestine", "Ohio"]
    assert readings(tops, "East Palestine") == ["US"]
    tops = gp.parse("Residents of South Jordan, Utah, said the water was safe.")
    assert readings(tops, "South Jordan") == ["US"]
    # alone, neither the country nor the Ohio village: nothing rather than a guess
    tops = gp.parse("Residents of East Palestine said the creek still smelled of chemicals.")
    assert readings(tops, "Palestine") == [], tops
    # the country's part in sight stays the country
    tops = gp.parse(
        "Israeli jets struck South Lebanon overnight, and Hezbollah fired rockets at Haifa."
    )
    assert readings(tops, "South Lebanon") == ["LB"]
