"""Places read on the wrong continent, fourth pass: what the words around a name say it is (a
country's adjective, a region's or a natural feature's word, a generic word left from a longer
name), a town that nothing in a focused text is near, and a famous name beside a local paper's
towns. On the real gazetteer and the real spaCy model."""

from __future__ import annotations

import pytest

from explorer.model import great_circle_km
from tests.test_geoparse import find
from tests.test_geoparse_world import countries as readings


@pytest.fixture(scope="module")
def gp(geoparsing):
    return geoparsing[0]


def test_a_country_adjective_is_the_country_not_a_region_of_its_name(gp):
    # Ethiopia's Somali region shares the adjective's spelling
    for text in [
        "Somali forces said they killed 30 militants in the Middle Shabelle region.",
        "Somali forces backed by clan militias recaptured Adan Yabaal, Mogadishu said.",
    ]:
        c = find(gp.parse(text), "Somali").candidate
        assert (c.country, c.kind) == ("SO", "country"), text
    # "Kazakh" had been Petropavl, a city one of whose alternate names it is
    c = find(gp.parse("Kazakh police detained protesters in Almaty."), "Kazakh").candidate
    assert (c.country, c.kind) == ("KZ", "country")
    # the region's word keeps the region
    tops = gp.parse("Drought hit Ethiopia's Somali region, where herders lost their cattle.")
    c = find(tops, "Somali").candidate
    assert (c.country, c.kind) == ("ET", "region")


def test_a_kind_word_after_a_name_keeps_readings_of_that_kind(gp):
    # a region's word: not an Iraqi village of the name, but the Somali region its skeleton finds
    tops = gp.parse("Al-Shabaab fighters attacked a base in Hiran region of central Somalia.")
    c = find(tops, "Hiran").candidate
    assert (c.country, c.kind) == ("SO", "region")
    # and a region named for its big town keeps the town ("the Kharkiv region")
    tops = gp.parse("Russian shelling hit villages in the Kharkiv region overnight.")
    assert readings(tops, "Kharkiv") == ["UA"]
    # a natural feature's word: Flores island is no Uruguayan department (the gazetteer has no
    # island of the name: left unplaced)
    for text in [
        "The ferry sank off Flores island in Indonesia, killing 12.",
        "A ferry caught fire off Flores island, Indonesian officials said.",
    ]:
        assert readings(gp.parse(text), "Flores") == [None], text
    # a river's name is not its namesake town
    tops = gp.parse("Salmon returns to the Sacramento River fell again, biologists said.")
    assert readings(tops, "Sacramento") in ([], [None])
    # written capitalised before another capitalised word, it begins an institution's name:
    # the town stays ("Tipperary District Court", "Youngstown State University")
    tops = gp.parse("The men were brought before Tipperary District Court in Ireland yesterday.")
    assert readings(tops, "Tipperary") == ["IE"]
    tops = gp.parse("Students at Bowling Green State University in Ohio voted on the fee.")
    assert readings(tops, "Bowling Green") == ["US"]


def test_a_generic_word_left_from_a_longer_name_is_no_place(gp):
    # "Twin Lakes" refused as a small town: its "Lakes" is not South Sudan's Lakes state
    tops = gp.parse("Twin Lakes residents complained about the new road, the county board said.")
    assert not [t for t in tops if t.name == "Lakes"]
    # the word alone, after a preposition, is still the state
    tops = gp.parse("Cattle raiders killed 20 people in Lakes state, South Sudan officials said.")
    assert readings(tops, "Lakes") == ["SS"]


def test_a_town_nothing_in_a_focused_text_is_near_is_left_unplaced(gp):
    # Palma, Mozambique, is not in the gazetteer: Palma de Mallorca is no reading of it
    tops = gp.parse(
        "Mozambican troops clashed with insurgents near Palma, a town in Cabo Delgado "
        "province, on Tuesday."
    )
    palma = find(tops, "Palma")
    assert palma.candidate is None
    assert "ES" in {a.country for a in palma.alternatives}  # kept as an alternative
    assert readings(tops, "Cabo Delgado") == ["MZ"]
    # a text about Spain keeps it
    tops = gp.parse("Tourists flocked to Palma and Ibiza as Spain reopened its beaches.")
    assert readings(tops, "Palma") == ["ES"]


def test_a_famous_name_beside_a_local_papers_towns(gp):
    # Paris and Henry County lie together only in Tennessee (the Illinois Paris before); with
    # nothing French in the text the famous reading does not keep the name out of the rule
    tops = gp.parse(
        "The Paris City Council and the Henry County Commission agreed on Monday to share the "
        "cost of the new jail. Paris Mayor Sam Tharpe said Henry County would pay half."
    )
    for t in tops:  # Paris, Tennessee
        assert great_circle_km(t.candidate.lat, t.candidate.lon, 36.30, -88.33) < 30, t.name
    tops = gp.parse(
        "Alexandria police and Douglas County deputies responded to the crash on Interstate "
        "94. Douglas County Sheriff Troy Wolbersen said the driver was hurt."
    )
    for t in tops:  # Alexandria, Minnesota
        assert great_circle_km(t.candidate.lat, t.candidate.lon, 45.89, -95.38) < 30, t.name
    # a text that names France keeps Paris in France
    tops = gp.parse(
        "Paris and Henry County officials met with French trade officials from Lyon and Marseille."
    )
    assert readings(tops, "Paris") == ["FR"]


def test_a_town_before_city_hall_is_the_town(gp):
    # "San Fernando City" is an alternate name of Philippine towns only: it had pulled Los
    # Angeles to a Philippine village
    tops = gp.parse("A Los Angeles school board member spoke at San Fernando City Hall on Tuesday.")
    assert readings(tops, "Los Angeles") == ["US"]
    assert readings(tops, "San Fernando") == ["US"]


def test_a_famous_city_of_a_country_the_text_is_in(gp):
    # a Kentucky story whose doctor is "currently in France": Paris is the French capital, not
    # Paris, Kentucky, beside the story's Georgetown and Pikeville
    tops = gp.parse(
        "GEORGETOWN, Ky. (WKYT) - Dr. Angela Maggard of Pikeville is currently in France on a "
        "family trip. A gunman opened fire on police on Paris' iconic Champs-Elysees boulevard "
        "Thursday night."
    )
    assert readings(tops, "Paris") == ["FR"]
    # the dateline's own town, or one with its state after it, stays the town
    tops = gp.parse(
        "PARIS, Ky. (AP) - A judge in Paris ruled on Tuesday. The firm has plants in France."
    )
    assert readings(tops, "PARIS") + readings(tops, "Paris") == ["US", "US"]
    tops = gp.parse(
        "A Paris, Ky., man was charged; the Bourbon County sheriff said he lived in France."
    )
    assert readings(tops, "Paris") == ["US"]


def test_a_village_abroad_gives_way_to_a_region_of_the_texts_country(gp):
    # "Hiran" without its region's word: the Iraqi village Hīrān is no reading beside "Somali
    # forces" where Somalia's Hiiraan is spelled so; and "Middle Shabelle" is found the same way
    tops = gp.parse("Somali forces recaptured the town of Bulo Burde in Hiran on Sunday.")
    c = find(tops, "Hiran").candidate
    assert (c.country, c.kind) == ("SO", "region")
    tops = gp.parse("Somali forces said they killed 30 militants in the Middle Shabelle region.")
    assert readings(tops, "Middle Shabelle") == ["SO"]
    # an island the gazetteer lacks stays a name of the text, unplaced, though it is a surname
    tops = gp.parse(
        "A ferry caught fire off Flores island in East Nusa Tenggara province, Indonesian "
        "officials said."
    )
    assert readings(tops, "Flores") == [None]
