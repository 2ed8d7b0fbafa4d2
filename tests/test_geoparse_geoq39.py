"""Branch geoq39's place rules, each with sentences of other senses of its trigger: a person's
full name the recogniser reads as a body's, a unit's whole name in a country the text names, a
centre placed in a state, a region opening an outlet's name, a street, a hotel's brand and a
town opening an Organization's name. On the real gazetteer, the real spaCy model and stories of
benchmarks/data/places_fresh17."""

from __future__ import annotations

from pathlib import Path

from tests.test_geoparse_world import countries as readings

FRESH17 = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "places_fresh17"


def _story(name: str) -> str:
    return (FRESH17 / "docs" / f"{name}.txt").read_text(encoding="utf-8")


def test_a_full_name_the_recogniser_reads_as_a_body_is_the_person_by_its_deed(geoparsing):
    gp = geoparsing[0]
    # the recogniser reads each full name as an organisation's (ORG)
    assert readings(gp.parse("India Walton ran for mayor of Buffalo."), "India") == []
    assert readings(gp.parse("Sydney Sweeney filmed a movie in Boston."), "Sydney") == []
    assert readings(gp.parse("Charlotte Church sang in Cardiff."), "Charlotte") == []
    assert readings(gp.parse("Denver Pyle died in Los Angeles."), "Denver") == []
    # the batch's celebrity blog: a list of persons, then the same full name after "to"
    tops = gp.parse(_story("au-mediaman-sydney"))
    assert readings(tops, "Paris") == []
    assert set(readings(tops, "Sydney")) == {"AU"}
    # other senses: the places themselves, and bodies that speak
    assert readings(gp.parse("The prime minister flew to India on Monday."), "India") == ["IN"]
    assert readings(gp.parse("Sydney's harbour was closed by the storm."), "Sydney") == ["AU"]
    tops = gp.parse("Paris police said the suspects fled to Belgium.")
    assert readings(tops, "Paris") == ["FR"]
    assert readings(gp.parse("Georgia Power said the outage hit Atlanta."), "Georgia") == ["US"]
    tops = gp.parse("Denver Health said the clinic in Colorado would close.")
    assert readings(tops, "Denver") == ["US"]
    tops = gp.parse("Delegates from India, Pakistan and China met in Geneva.")
    assert readings(tops, "India") == ["IN"]


def test_a_units_whole_name_in_a_named_country_is_not_a_bare_names_unit_abroad(geoparsing):
    gp = geoparsing[0]
    # Tanzania's Mwanza Region, a neighbour of Mozambique and Malawi, was read before
    tops = gp.parse(_story("mw-faceofmalawi-tete"))
    assert readings(tops, "Mwanza") == ["MW"]
    # other senses: Tanzania's region where the text names Tanzania or nothing
    tops = gp.parse("Tanzania and Malawi agreed to open a border post near Mwanza region.")
    assert readings(tops, "Mwanza") == ["TZ"]
    tops = gp.parse("Fishermen on Lake Victoria in Mwanza region said catches fell.")
    assert readings(tops, "Mwanza") == ["TZ"]
    tops = gp.parse("The North West province of South Africa had storms.")
    assert readings(tops, "North West") == ["ZA"]


def test_a_centre_placed_in_a_state_that_holds_no_reading_of_its_name(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse("The rocket lifted off from the Kennedy Space Center in Florida.")
    assert readings(tops, "Kennedy") == []
    assert readings(tops, "Florida") == ["US"]
    tops = gp.parse("The Kennedy Center in Washington hosted the honours.")
    assert readings(tops, "Kennedy") == []
    # other senses: named for where they stand
    tops = gp.parse("Researchers at the Georgia Tech Research Institute in Atlanta built it.")
    assert readings(tops, "Georgia") == ["US"]
    tops = gp.parse("He was treated at the Princeton Community Hospital in West Virginia.")
    assert readings(tops, "Princeton") == ["US"]
    tops = gp.parse("The Denver Art Museum in Colorado reopened.")
    assert readings(tops, "Denver") == ["US"]


def test_a_region_opening_an_outlets_name_is_no_place(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse("Maritime Executive reports that the tanker sank off Lagos.")
    assert readings(tops, "Maritime") == []
    assert readings(tops, "Lagos") == ["NG"]
    # other senses: the region itself, an outlet named for its town, a country's police
    tops = gp.parse("Residents of Maritime region in Togo protested in Lome.")
    assert readings(tops, "Maritime") == ["TG"]
    tops = gp.parse("Sydney Morning Herald reported that the minister flew to Canberra.")
    assert readings(tops, "Sydney") == ["AU"]
    tops = gp.parse("Nigeria Police said the tanker sank off Lagos.")
    assert readings(tops, "Nigeria") == ["NG"]
    tops = gp.parse("Tigray Online reported fighting near Mekelle.")
    assert readings(tops, "Tigray") == ["ET"]
    # a region's own body, abroad of the text's other places
    tops = gp.parse("Balochistan Assembly said the attack on Quetta was planned in Afghanistan.")
    assert readings(tops, "Balochistan") == ["PK"]


def test_a_street_a_hotels_brand_and_a_bodys_town_are_no_places(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse("Protesters marched down Church Street toward City Hall.")
    assert readings(tops, "Church Street") == [None]
    tops = gp.parse("The Paris Hilton hotel reopened near the Arc de Triomphe.")
    assert readings(tops, "Hilton") == []
    assert readings(tops, "Paris") == ["FR"]
    tops = gp.parse(_story("uz-timesca-tashkent"))
    assert readings(tops, "Shanghai") == []
    assert readings(tops, "Tashkent") == ["UZ", "UZ"]  # "the opening in Tashkent of the ..."
    # other senses: a suburb the text places, a hotel named by its town alone, a country's body
    tops = gp.parse("Residents of Park Avenue, Queensland, cleaned up after the cyclone.")
    assert readings(tops, "Park Avenue") == ["AU"]
    tops = gp.parse("A fire hit the Paris hotel where the team stayed.")
    assert readings(tops, "Paris") == ["FR"]
    tops = gp.parse("Gunmen stormed the Kabul Serena hotel.")
    assert readings(tops, "Kabul") == ["AF"]
    tops = gp.parse("The Palestine Liberation Organization said talks in Cairo failed.")
    assert readings(tops, "Palestine") == ["PS"]
    assert readings(gp.parse("Shanghai police arrested the suspects."), "Shanghai") == ["CN"]
    tops = gp.parse("The Texas Environmental Concerns Organization met in Austin.")
    assert readings(tops, "Texas") == ["US"]
