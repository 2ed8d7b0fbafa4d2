"""Branch geoq47's place rules, with sentences of other senses of their triggers, on the real
gazetteer, the real spaCy model and a story of benchmarks/data/places_fresh25."""

from __future__ import annotations

from tests.test_geoparse_geoq41 import _story as _fresh_story
from tests.test_geoparse_world import countries as readings


def _story(name: str) -> str:
    """A story of places_fresh25, by its file's name."""
    return _fresh_story(name, "places_fresh25")


def test_a_country_listed_beside_lands_stays_the_country_before_a_residents_noun(geoparsing):
    gp = geoparsing[0]
    # the BBC's "One Guernsey resident in ten": Guernsey, Wyoming at every mention before the
    # rule, then left unplaced, though the text lists it beside Jersey and the Isle of Man
    story = gp.parse(_story("je-bbc-localnews-islands"))
    assert readings(story, "Guernsey") == ["GG"] * 4
    found = gp.parse(
        "One Lebanon woman in ten gave money, says a report which surveyed Lebanon, Syria "
        "and Jordan."
    )
    assert readings(found, "Lebanon") == ["LB", "LB"]
    # other senses: local news of a town, listed beside its state's towns or beside other
    # names that are countries and towns alike
    for text, name, country in (
        (
            "A Lebanon woman was charged after a crash between Lebanon, Mason and Waynesville.",
            "Lebanon",
            "US",
        ),
        (
            "A Jordan man was hurt on a farm between Jordan, Elbridge and Skaneateles.",
            "Jordan",
            "US",
        ),
        (
            "A China man was hurt in a crash on Route 3 between China and Vassalboro, Maine.",
            "China",
            "US",
        ),
        (
            "A Lebanon man was hurt; the towns of Lebanon, Jordan and Mexico share a fire company.",
            "Lebanon",
            "US",
        ),
    ):
        assert set(readings(gp.parse(text), name)) == {country}, text


def test_a_small_town_across_the_sea_from_a_storys_corner_is_left_unplaced(geoparsing):
    gp = geoparsing[0]
    # "Yorkshire" beside Jersey, Guernsey and the Isle of Man: Yorkshire, Virginia before the
    # rule (the gazetteer holds no Yorkshire of England); a miss is better than that
    story = gp.parse(_story("je-bbc-localnews-islands"))
    assert readings(story, "Yorkshire") == [None]
    # other senses: the text places the town itself, or names only two places beside it
    for text, name, country in (
        ("Students from Yorkshire, New York, visited London and Leeds.", "Yorkshire", "US"),
        ("The festival in Paris, Texas, drew visitors from Lyon and Marseille.", "Paris", "US"),
        ("A veteran of Normandy and Arnhem was buried on Saturday in Pinedale.", "Pinedale", "US"),
    ):
        assert readings(gp.parse(text), name) == [country], text


def test_an_island_named_for_its_town_beside_the_bare_town_is_the_towns(geoparsing):
    gp = geoparsing[0]
    # "left Kulhudhuffushi Island, Maldives", beside "the northern island of Kulhudhuffushi":
    # unplaced before the rule (a name ending in "Island" kept no town's reading)
    story = gp.parse(_story("mv-comparemela-kulhudhuffushi"))
    assert readings(story, "Kulhudhuffushi Island") == ["MV", "MV"]
    found = gp.parse("Atauro Island lies north of Dili. The districts are Baucau and Atauro.")
    assert readings(found, "Atauro Island") == ["TL"]
    # other senses: no bare mention, a bare name that is a person, islands the gazetteer holds
    assert readings(
        gp.parse("Tourists flocked to Fraser Island, said Mr Fraser."), "Fraser Island"
    ) == [None]
    assert readings(
        gp.parse("Farmers from Norfolk sailed to Norfolk Island."), "Norfolk Island"
    ) == ["NF"]


def test_a_land_named_without_its_islands_word_is_the_land(geoparsing):
    gp = geoparsing[0]
    # the UKOTA newsletter's "the Turks and Caicos", twice: found nowhere before the rule
    story = gp.parse(_story("tc-docslib-ukota-irma"))
    assert readings(story, "Turks and Caicos") == ["TC", "TC"]
    # other senses: the Turks as a people, a longer name, a firm, a car, the full name
    for text, name, country in (
        ("The Turks and the Kurds of Turkey met for talks.", "Turkey", "TR"),
        ("Cruise ships returned to Grand Cayman on Monday.", "Grand Cayman", None),
        ("Tourism in the Turks and Caicos Islands recovered.", "Turks and Caicos Islands", "TC"),
    ):
        assert readings(gp.parse(text), name) == [country], text
    assert readings(gp.parse("He drove his Porsche Cayman to work."), "Cayman") == []
    assert readings(gp.parse("The Turks and the Kurds met."), "Turks") == []
