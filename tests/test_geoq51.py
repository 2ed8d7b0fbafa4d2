"""Branch geoq51's place rules, with sentences of other senses of their triggers, on the real
gazetteer, the real spaCy model and stories of benchmarks/data/places_fresh29."""

from __future__ import annotations

from tests.test_geoparse_geoq41 import _story as _fresh_story
from tests.test_geoparse_world import countries as readings


def _story(name: str) -> str:
    """A story of places_fresh29, by its file's name."""
    return _fresh_story(name, "places_fresh29")


def test_a_land_under_a_state_s_measure_beside_another_land_is_no_town(geoparsing):
    gp = geoparsing[0]
    # a Caribbean leader's speech in New York: the island under an embargo was read three
    # times as a town of New York State
    assert readings(gp.parse(_story("kn-caribscope-drew-un")), "Cuba") == ["CU", "CU", "CU"]
    found = gp.parse(
        "Minnesota lawmakers urged the State Department to weigh sanctions against Jordan and"
        " Egypt over the arrests, a senator said in St. Paul."
    )
    assert readings(found, "Jordan") == ["JO"]
    # other senses: a league's sanctions on a town's team, a town's board under the state's
    found = gp.parse(
        "The state athletic association imposed sanctions on Lebanon after the brawl at the"
        " Pennsylvania playoff game, and the school in Lebanon said it would appeal."
    )
    assert readings(found, "Lebanon") == ["US", "US"]
    found = gp.parse(
        "The Mexico school board in Missouri faced sanctions from the state over test scores,"
        " and Mexico parents packed the meeting."
    )
    assert readings(found, "Mexico") == ["US", "US"]


def test_a_merchant_ship_s_name_after_its_vessel_s_word_is_no_town(geoparsing):
    gp = geoparsing[0]
    # a cruise ship named after a Dutch port, read as the port
    assert readings(gp.parse(_story("sx-smn-news-listing")), "Rotterdam") == []
    found = gp.parse("The container ship Dali struck the bridge in Baltimore after losing power.")
    assert readings(found, "Dali") == []
    assert readings(found, "Baltimore") == ["US"]
    found = gp.parse("The fishing boat Chios was seized by the coast guard near Lesbos in Greece.")
    assert readings(found, "Chios") == []
    # other senses: the verb "ship", a name a noun follows (the object of a relative clause),
    # a preposition between the vessel and the town
    found = gp.parse("Ukraine hopes to ship Odesa grain again before the harvest.")
    assert readings(found, "Odesa") == ["UA"]
    found = gp.parse("The boat Sfax fishermen found off the coast of Tunisia carried 12 people.")
    assert readings(found, "Sfax") == ["TN"]
    found = gp.parse("A ferry from Dover to Calais was held up for hours by the strike in France.")
    assert readings(found, "Dover") == ["GB"]


def test_a_small_particle_joined_town_of_a_named_land(geoparsing):
    gp = geoparsing[0]
    # a village of 9,900 people in the south of an island state, under the rule's 10,000
    story = gp.parse(_story("mu-islandcrisis-vandalism"))
    assert readings(story, "Rivière-des-Anguilles") == ["MU", "MU"]
    found = gp.parse("Rain flooded Bois-des-Amourettes, in the south-east of Mauritius, in 2013.")
    assert readings(found, "Bois-des-Amourettes") == ["MU"]
    found = gp.parse("Belgium's floods of 2021 reached Jemeppe-sur-Sambre and Bois-de-Villers.")
    assert readings(found, "Bois-de-Villers") == ["BE"]
    # other senses: a person's hyphen-joined given names; a land not named
    found = gp.parse("Jean-de-Dieu Mugabo, a singer, played in Kigali on Saturday.")
    assert readings(found, "Jean-de-Dieu") == []
    found = gp.parse("Rain flooded Bois-des-Amourettes in 2013, the weather office said.")
    assert readings(found, "Bois-des-Amourettes") == []


def test_an_atoll_s_kind_before_its_name(geoparsing):
    gp = geoparsing[0]
    # an atoll the gazetteer holds with no count of people, labelled a person's name by the
    # recogniser
    assert readings(gp.parse(_story("pw-loopnauru-palau")), "Kapingamarangi") == ["FM"]
    # other senses: an atoll of a land the text does not name; "atoll of" before a common noun
    found = gp.parse("The crew flew over the atoll of Kapingamarangi on their way home.")
    assert readings(found, "Kapingamarangi") == []
    found = gp.parse("The atoll of coral grew over a sunken volcano, geologists said.")
    assert [t.name for t in found] == []


def test_a_unit_after_its_officer_s_title(geoparsing):
    gp = geoparsing[0]
    # a state of 200 people, called an organisation after "Governor of": never read
    assert readings(gp.parse(_story("pw-loopnauru-palau")), "Angaur State") == ["PW"]
    # other senses: bodies named for a state after an officer's "of"; a land the text does not
    # name
    found = gp.parse("The Governor of Ohio State University's board spoke in Columbus, Ohio.")
    assert [t.name for t in found] == ["Ohio", "Columbus", "Ohio"]
    found = gp.parse("The Governor of the State Bank of Pakistan spoke in Karachi on rates.")
    assert readings(found, "State Bank") == []
    found = gp.parse("The Governor of Angaur State opened a school there in 2004.")
    assert readings(found, "Angaur State") == []
