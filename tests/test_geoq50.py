"""Branch geoq50's place rules, with sentences of other senses of their triggers, on the real
gazetteer, the real spaCy model and stories of benchmarks/data/places_fresh28."""

from __future__ import annotations

from tests.test_geoparse_geoq41 import _story as _fresh_story
from tests.test_geoparse_world import countries as readings


def _story(name: str) -> str:
    """A story of places_fresh28, by its file's name."""
    return _fresh_story(name, "places_fresh28")


def test_a_landform_word_inside_a_longer_name_is_no_unit_of_another_land(geoparsing):
    gp = geoparsing[0]
    # a Central African park's name: its middle word was read as Nigeria's Plateau state
    assert readings(gp.parse(_story("ga-africanmedias-listing")), "Plateau") == [None]
    for text in (
        "Herders crossed the Tibetan Plateau with their yaks in the summer of 1998.",
        "A hiking club walked the Ozark Plateau Trail in 2001.",
    ):
        assert readings(gp.parse(text), "Plateau") == [None], text
    # other senses: the state named bare, after a list's word, and after a town of it
    assert readings(gp.parse("Farmers in Bauchi and Plateau lost their harvests."), "Plateau") == [
        "NG"
    ]
    found = gp.parse("Governor Joshua Dariye of Plateau said the curfew would be lifted.")
    assert readings(found, "Plateau") == ["NG"]
    found = gp.parse("The Jos Plateau is cooler than the plains around it.")
    assert readings(found, "Plateau") == ["NG"]


def test_the_capital_of_a_land_the_text_names_where_spacy_labels_nothing(geoparsing):
    gp = geoparsing[0]
    # a territory's capital of 11,500 people in a list of villages, then its neighbour in the
    # list by the list rule: neither was read
    story = gp.parse(_story("ws-mixfmfiji-cyclone"))
    assert readings(story, "Pago Pago") == ["AS"]
    assert readings(story, "Leloaloa") == ["AS"]
    found = gp.parse("Niue was hit by a cyclone in 2004, and Alofi lost its hospital.")
    assert readings(found, "Alofi") == ["NU"]
    # other senses: a word of English, a person's given name, a capital of a land not named
    found = gp.parse("The Maldives held a vote in 2008. Male voters queued for hours.")
    assert readings(found, "Male") == ["MV"]  # read so before, by another step
    found = gp.parse("Seychelles signed a deal in 1987, and Victoria Mutua, a lawyer, approved.")
    assert readings(found, "Victoria") == []
    found = gp.parse("The ferry left Auckland in 2004, and Alofi lost its hospital.")
    assert readings(found, "Alofi") == []


def test_a_region_with_its_units_word_in_another_spelling(geoparsing):
    gp = geoparsing[0]
    # "Ratanakkiri province", one name to spaCy, held as Ratanakiri: left unplaced before
    found = gp.parse("Villagers in Ratanakkiri province, Cambodia, fled the floods in 2011.")
    assert readings(found, "Ratanakkiri province") == ["KH"]
    found = gp.parse("Police in Afghanistan's Hilmand province seized opium in 2009.")
    assert readings(found, "Hilmand province") == ["AF"]
    # a people's adjective names no land the unit lies in (the lead's narrowing: "North
    # Korean shells ... in Kangwon Province, South Korea's military said" is the South's)
    found = gp.parse("Afghan police in Hilmand province seized opium in 2009.")
    assert readings(found, "Hilmand province") == [None]
    # other senses: no country named, so no unit of one by a spelling alone
    found = gp.parse("Police in Hilmand province seized opium in 2009.")
    assert readings(found, "Hilmand province") == [None]


def test_units_before_their_word_in_another_romanisation(geoparsing):
    gp = geoparsing[0]
    # a list of a land's provinces before their plural word, spelled as news romanises them
    story = gp.parse(_story("mn-telecrop-fire"))
    for name in ("Khentii", "Khuvsgul", "Umnugovi", "Zavkhan", "Uvurkhangai", "Bulgan"):
        assert readings(story, name) == ["MN"], name
    # "Sukhbaatar aimag": the province, not the town of that name in another province
    assert {t.candidate.admin1 for t in story if t.name == "Sukhbaatar" and t.candidate} == {"17"}
    found = gp.parse("Snow is expected in Uvurkhangai and Khuvsgul aimags, Mongolia's office said.")
    assert readings(found, "Uvurkhangai") == ["MN"]
    assert readings(found, "Khuvsgul") == ["MN"]
    # other senses: a church's provinces named by peoples' adjectives, and a land not named
    text = "The Dominican and Franciscan provinces of the church met in Rome in 1850."
    found = gp.parse(text, include_demonyms=False)
    assert readings(found, "Dominican") == [] and readings(found, "Franciscan") == []
    found = gp.parse("Snow is expected in Uvurkhangai and Khuvsgul aimags, the office said.")
    assert readings(found, "Khuvsgul") in ([], [None])
