"""Branch geoq52's place rules, with sentences of other senses of their triggers, on the real
gazetteer, the real spaCy model and stories of benchmarks/data/places_fresh30."""

from __future__ import annotations

from tests.test_geoparse_geoq41 import _story as _fresh_story
from tests.test_geoparse_world import countries as readings


def _story(name: str) -> str:
    """A story of places_fresh30, by its file's name."""
    return _fresh_story(name, "places_fresh30")


def test_a_storm_s_name_alone_after_a_word_of_time_is_the_storm(geoparsing):
    gp = geoparsing[0]
    # an island's press releases: the hurricane's name, alone after "before", read as a
    # village of Italy
    assert readings(gp.parse(_story("mf-comsaintmartin-releases")), "IRMA") == []
    found = gp.parse(
        "Hurricane Florence stalled over the Carolinas for days. Since Florence, Wilmington"
        " has raised its levees, and the town of Florence, South Carolina, has new pumps."
    )
    # the storm after "Since" is no place; the town after "of" stays
    assert readings(found, "Florence") == ["US"]
    # other senses: a text that never names a storm keeps the village after a word of time
    found = gp.parse("Before Irma, a hamlet of the Italian hills, the road climbs for an hour.")
    assert readings(found, "Irma") == ["IT"]


def test_a_small_town_s_word_before_a_romance_particle_heads_a_longer_name(geoparsing):
    gp = geoparsing[0]
    # a college named after a hill of the island, its first word read as a hamlet of France
    assert readings(gp.parse(_story("mf-comsaintmartin-releases")), "Mont") == [None]
    found = gp.parse(
        "Monks of the abbey of Mont des Cats, near Godewaersvelde, make a cheese sold across"
        " Flanders."
    )
    assert readings(found, "Mont") == [None]
    assert readings(found, "Godewaersvelde") == ["FR"]
    # other senses: a big city before "de" stays; a country after "de" stays
    found = gp.parse("Troops entered Santiago de Chile at dawn, the ministry in Santiago said.")
    assert readings(found, "Santiago") == ["CL"]
    assert readings(gp.parse("The Banque de France raised its rates."), "France") == ["FR"]


def test_a_saint_s_hamlet_next_door_in_a_story_of_one_other_land_is_unread(geoparsing):
    gp = geoparsing[0]
    # the news page of one island's parishes: a parish the gazetteer lacks there, read twice
    # as the nameless hamlet of the same saint on the next island
    assert readings(gp.parse(_story("je-parish-honorary-police")), "St Saviour") == [None, None]
    found = gp.parse("In Jersey, the roads of St Saviour, St Helier and St Martin were closed.")
    assert readings(found, "St Saviour") == [None]
    assert readings(found, "St Helier") == ["JE"]
    # other senses: the text that names the hamlet's own island keeps it
    found = gp.parse("The Guernsey parishes of St Saviour and St Andrew voted on the new road.")
    assert readings(found, "St Saviour") == ["GG"]


def test_a_place_s_initials_in_brackets_name_it_through_the_text(geoparsing):
    gp = geoparsing[0]
    # a territory's initials, defined in brackets and then written alone
    found = gp.parse(_story("tc-caymaniantimes-curfew"))
    assert readings(found, "TCI") == ["TC", "TC", "TC"]
    found = gp.parse(
        "The Northern Territory (NT) police closed the Stuart Highway; NT officials said Alice"
        " Springs was cut off."
    )
    assert readings(found, "NT") == ["AU", "AU"]
    # other senses: initials that are not the name's, and a body's, read nothing
    found = gp.parse("The Kurdistan Region (KRG) voted; KRG officials said Erbil was calm.")
    assert readings(found, "KRG") == []
    found = gp.parse("The World Bank (WB) lent money to the West Bank; the WB loan was for water.")
    assert readings(found, "WB") == []
