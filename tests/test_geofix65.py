"""Branch geofix65's place rules, with sentences of other senses of their triggers, on the real
gazetteer, the real spaCy model and a story of benchmarks/data/places_fresh29."""

from __future__ import annotations

from tests.test_geoparse_geoq41 import _story as _fresh_story
from tests.test_geoparse_world import countries as readings


def test_a_port_after_a_ship_s_verb_is_the_coast_s_not_an_inland_namesake(geoparsing):
    gp = geoparsing[0]
    found = gp.parse(
        "The bulk carrier took on soybeans in Galveston, Texas, and docked at Valparaiso"
        " three weeks later."
    )
    assert readings(found, "Valparaiso") == ["CL"]
    found = gp.parse(
        "A container ship chartered by a firm in Knoxville, Tennessee, called at Bristol in May"
        " 1988 and then sailed for Rotterdam."
    )
    assert readings(found, "Bristol") == ["GB"]
    assert readings(found, "Rotterdam") == ["NL"]
    # other senses: a river's barges, a town the text places, an anchor of the news, a
    # lorry's dock
    found = gp.parse(
        "Grain barges docked at Albany after a slow trip down the Hudson River from Troy, New York."
    )
    assert readings(found, "Albany") == ["US"]
    found = gp.parse("The paddle steamer sailed from Dublin, Ohio, in a parade of old boats.")
    assert readings(found, "Dublin") == ["US"]
    found = gp.parse(
        "He anchored the morning news in Odessa, Texas, for years before moving to Austin."
    )
    assert readings(found, "Odessa") == ["US"]
    found = gp.parse("The lorry docked at Dublin's depot while drivers in Columbus, Ohio, waited.")
    assert readings(found, "Dublin") == ["US"]


def test_a_measure_headed_by_a_people_s_adjective_is_a_state_s(geoparsing):
    gp = geoparsing[0]
    found = gp.parse(
        "The American blockade of Cuba ended in 1962, a retired teacher told a club in Buffalo,"
        " New York."
    )
    assert readings(found, "Cuba") == ["CU"]
    found = gp.parse(
        "Japanese tariffs on Peru were raised in 1995, the guide at a museum in Fort Wayne,"
        " Indiana, said."
    )
    assert readings(found, "Peru") == ["PE"]
    # other senses: a people's boycott of a town's shops, a town's mayor, a town the text
    # places with its state
    found = gp.parse(
        "A Dutch boycott of Lebanon shops began after the flood, the paper in Ohio said."
    )
    assert readings(found, "Lebanon") == ["US"]
    found = gp.parse(
        "The Swiss sanctions on Mexico's mayor were a joke by students in Missouri, the dean said."
    )
    assert readings(found, "Mexico") == ["US"]
    found = gp.parse(
        "The Peruvian blockade of the harbour was taught by a teacher in Peru, Indiana, in 2004."
    )
    assert readings(found, "Peru") == ["US"]


def test_a_name_no_place_owns_before_a_capital_is_the_head_of_a_longer_name(geoparsing):
    gp = geoparsing[0]
    found = gp.parse("Penn State's trustees met in Harrisburg, Pennsylvania, on Friday.")
    assert readings(found, "Penn") in ([], [None])
    found = gp.parse("Commuters at Penn Station waited for trains to Boston on Monday.")
    assert readings(found, "Penn") in ([], [None])
    # other senses: a town held whole, places' own names before a capital
    found = gp.parse("Fans drove from Penn Hills to Pittsburgh for the game.")
    assert readings(found, "Penn Hills") == ["US"]
    found = gp.parse("Texas Tech fans celebrated in Lubbock after the win.")
    assert readings(found, "Texas") == ["US"]
    found = gp.parse("Ohio State fans drove home to Columbus after the game.")
    assert readings(found, "Ohio") == ["US"]


def test_a_land_s_name_after_port_is_read_whole_in_its_land(geoparsing):
    gp = geoparsing[0]
    found = gp.parse("The cruise liner berthed at Port Guam for two days in 1971.")
    assert readings(found, "Port Guam") == ["GU"]
    # the batch story's port of its land, read whole
    found = gp.parse(_fresh_story("sx-smn-news-listing", "places_fresh29"))
    assert readings(found, "Port St. Maarten") == ["SX"]
    # other senses: ports held whole, a land after "the port of"
    found = gp.parse("The supply ship left Port Sudan for Aden on Tuesday.")
    assert readings(found, "Port Sudan") == ["SD"]
    found = gp.parse("The marina at Port St. Lucie in Florida reopened after the storm.")
    assert readings(found, "Port St. Lucie") == ["US"]
    found = gp.parse("Ships at the port of Jamaica waited a week for fuel in 1974.")
    assert readings(found, "Jamaica") == ["JM"]
