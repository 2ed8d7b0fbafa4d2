"""Branch geoq49's place rules, with sentences of other senses of their triggers, on the real
gazetteer, the real spaCy model and stories of benchmarks/data/places_fresh27."""

from __future__ import annotations

from tests.test_geoparse_geoq41 import _story as _fresh_story
from tests.test_geoparse_world import countries as readings


def _story(name: str) -> str:
    """A story of places_fresh27, by its file's name."""
    return _fresh_story(name, "places_fresh27")


def test_a_title_case_dateline_with_its_date_names_its_town(geoparsing):
    gp = geoparsing[0]
    # a national agency's dateline, "Town, 3 November:", in a story that never names the land:
    # not read at all before the rule
    assert readings(gp.parse(_story("ls-lena-mohales-hoek")), "Mohale's Hoek") == ["LS"]
    # a dateline the base reads already (a town of one land, an agency's bracket) stays so
    found = gp.parse(
        "Farm news (an agency's report)\n\nKegalle, 3 March (LBN) – Farmers of the district "
        "asked for seed after the floods."
    )
    assert readings(found, "Kegalle") == ["LK"]
    # other senses: a heading under a surname, a given name or a weekday is no dateline
    for text, name in (
        ("Log of the ship\n\nHarrison, 4 July: The boilers are cleaned.", "Harrison"),
        ("Court list\n\nMercer, 4 March: adjourned for want of a witness.", "Mercer"),
        ("A diary\n\nVictoria, 12 May: Mother says we may go to the sea.", "Victoria"),
        ("Club news\n\nMonday, 3 November: training moves to the evening.", "Monday"),
    ):
        assert readings(gp.parse(text), name) == [], text


def test_a_country_by_another_of_its_names_after_a_town_of_it_and_a_comma(geoparsing):
    gp = geoparsing[0]
    # "Sal, Cape Verde", a body to spaCy: the country left out before the rule
    assert readings(gp.parse(_story("sc-globalislands-newsdesk")), "Cape Verde") == ["CV"]
    assert readings(gp.parse("The ship docked in Praia, Cape Verde, on Monday."), "Cape Verde") == [
        "CV"
    ]
    # other senses: a longer name after the comma, or a land where the town has no reading
    assert readings(gp.parse("The delegates met in Dakar, Cap-Vert peninsula."), "Cap-Vert") == []
    found = gp.parse("She grew up in Kingston, Jamaica Plain being where her aunt lived later.")
    assert readings(found, "Kingston") == ["JM"]


def test_a_region_written_with_its_units_word_lends_its_towns(geoparsing):
    gp = geoparsing[0]
    # "Vukovar-Syrmia County", an organisation to spaCy: its town of 9,000 people was not read
    story = gp.parse(_story("hr-infobalkans-floods"))
    assert readings(story, "Županja") == ["HR", "HR"]
    found = gp.parse(
        "Rivers rose in Vukovar-Syrmia County on Sunday, and Županja was cut off by the water."
    )
    assert readings(found, "Županja") == ["HR"]


def test_a_region_named_bare_beside_a_town_of_it_where_held_with_its_word(geoparsing):
    gp = geoparsing[0]
    # the gazetteer holds the county as "Finnmark Fylke": "Finnmark" had no reading at all
    story = gp.parse(_story("no-norwegianfirstnews-finnmark"))
    assert set(readings(story, "Finnmark")) == {"NO"}
    found = gp.parse("Snow closed the roads in Finnmark, and schools in Hammerfest shut.")
    assert readings(found, "Finnmark") == ["NO"]
    # other senses: no town of the region in the text, or a word of English
    assert readings(gp.parse("The Finnmark called at Bergen and Trondheim."), "Finnmark") == []
    assert readings(gp.parse("Western diplomats visited Colombo."), "Western") == []
