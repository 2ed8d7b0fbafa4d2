"""Branch geoq46's place rules, with sentences of other senses of their triggers, on the real
gazetteer, the real spaCy model and stories of benchmarks/data/places_fresh24."""

from __future__ import annotations

from tests.test_geoparse_geoq41 import _story as _fresh_story
from tests.test_geoparse_world import countries as readings


def _story(name: str) -> str:
    """A story of places_fresh24, by its file's name."""
    return _fresh_story(name, "places_fresh24")


def test_a_shared_country_name_after_a_town_of_one_of_its_countries_is_the_towns(geoparsing):
    gp = geoparsing[0]
    # the AFP wire "Brazzaville, Congo | AFP | Congolese President ...": the Democratic
    # Republic before the rule, pulled there by "Congolese", which GeoNames gives it alone
    story = gp.parse(_story("cg-independent-upads"))
    assert readings(story, "Congo") == ["CG"]
    assert readings(story, "Brazzaville") == ["CG", "CG"]
    found = gp.parse(
        "Brazzaville, Congo - Congolese President Denis Sassou Nguesso has been picked "
        "by his party to stand again."
    )
    assert readings(found, "Congo") == ["CG"]
    # other senses: the other Congo's towns and Korea's, a list, a town of a third land
    for text, name, country in (
        ("Kinshasa, Congo - Rebels said on Monday they would pull back.", "Congo", "CD"),
        ("Goma, Congo - Aid workers said thousands had fled the fighting.", "Congo", "CD"),
        ("Seoul, Korea (Yonhap) - The central bank kept its rate unchanged.", "Korea", "KR"),
        ("Pyongyang, Korea - State media said the leader watched a test.", "Korea", "KP"),
        ("Ministers from Luanda, Congo and Zambia met in Lusaka.", "Congo", "CD"),
        ("Talks in Paris, Congo and Rwanda's ministers said, would resume.", "Congo", "CD"),
    ):
        assert readings(gp.parse(text), name) == [country], text


def test_a_countrys_name_one_letter_off_an_overseas_lands_in_its_roundup_is_the_land(
    geoparsing,
):
    gp = geoparsing[0]
    # two roundups of France's overseas news, translated: "Guyana" is Guyane (French Guiana),
    # the country Guyana before the rule
    for name in ("fr-exclusivereporter-overseas", "fr-goodwordnews-caledonia"):
        story = gp.parse(_story(name))
        assert readings(story, "Guyana") == ["GF"], name
        assert readings(story, "Reunion") == ["RE"], name
    # other senses: the Caribbean's news, the land named itself, a place or the people of
    # the country, a land whose name is no overseas land's
    for text, name, country in (
        ("Guyana, Barbados and Martinique sent teams to the games in Bridgetown.", "Guyana", "GY"),
        (
            "Caribbean Airlines resumed flights from Guyana to Martinique and Guadeloupe.",
            "Guyana",
            "GY",
        ),
        ("Guyana, Suriname and French Guiana share the Guiana Shield's forests.", "Guyana", "GY"),
        (
            "A cyclone hit Reunion and Mayotte, while in Guyana floods reached Georgetown.",
            "Guyana",
            "GY",
        ),
        ("Guinea, Martinique and Reunion were once ruled from Paris.", "Guinea", "GN"),
    ):
        assert readings(gp.parse(text), name) == [country], text
    found = gp.parse("Guyanese workers in Martinique, Guadeloupe and Reunion sent money to Guyana.")
    assert readings(found, "Guyana") == ["GY"]


def test_an_outlet_named_in_its_credit_is_no_town(geoparsing):
    gp = geoparsing[0]
    # Tatoli's title line: the agency read as Tutuala of Lautém (its skeleton) before the rule
    story = gp.parse(_story("tl-tatoli-villages"))
    assert readings(story, "Tatoli") == []
    assert readings(story, "Dili")[0] == "TL"
    # other senses: the agency's own name after its noun, a verb after it, a place's noun
    for text, name, country in (
        (
            "Gunmen opened fire in the city of Ahwaz, the official news agency IRNA said.",
            "Ahwaz",
            "IR",
        ),
        ("Protesters gathered in Kabul, the news agency said.", "Kabul", "AF"),
        ("Shelling hit Donetsk, the separatist news agency DAN said.", "Donetsk", "UA"),
        (
            "The channel broadcasts from Doha, the Qatari capital and home of the broadcaster.",
            "Doha",
            "QA",
        ),
        ("Life returned to Mosul, the Iraqi city whose newspaper reopened.", "Mosul", "IQ"),
    ):
        assert readings(gp.parse(text), name) == [country], text


def test_a_capital_named_by_its_own_name_is_the_capital(geoparsing):
    gp = geoparsing[0]
    # GeoNames gives Delhi the alternate name "Dili": read India's capital before the rule
    for text in (
        "Protests in Dili on Monday.",
        "Atauro Island's reefs lie north of Dili.",
        "DILI (Reuters) - Police arrested three men.",
    ):
        assert readings(gp.parse(text), "Dili") + readings(gp.parse(text), "DILI") == ["TL"], text
    # other senses: the big city by its own name, a name placed abroad by a comma, a name
    # towns abroad bear as their main name too
    assert readings(gp.parse("Delhi police arrested three men on Monday."), "Delhi") == ["IN"]
    assert readings(gp.parse("Farmers from Dili, India, marched on Monday."), "Dili") == ["IN"]
    found = gp.parse("Farmers near Moroni, Utah, lost turkeys to the storm.")
    assert readings(found, "Moroni") == ["US"]
    found = gp.parse("Traffic jams clogged George Town, Penang, over the holiday.")
    assert readings(found, "George Town") == ["MY"]
