"""Places read where the text means something else, or on the wrong continent, eleventh pass: a
word of a firm's name, an electorate after who sits for it, "the Far North" of another country.
On the real gazetteer and the real spaCy model."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def names(tops) -> list[str]:
    return [t.name for t in tops]


def test_a_word_of_a_firms_name_is_no_place(geoparsing):
    gp = geoparsing[0]
    # "Lakes" is a town of Alaska; here it is the first word of a firm's name, and of the short
    # name the firm goes by after it
    tops = gp.parse(
        "The trust formed Lakes Edge Apartments, LLC, a Delaware limited liability company, to "
        "buy a complex in Tampa, Florida. Lakes Edge paid $21 million for it."
    )
    assert "Lakes" not in names(tops)
    assert readings(tops, "Tampa") == ["US"]
    # an apartment complex's name: "Spanish" is no Spain
    tops = gp.parse("Firefighters put out a kitchen fire at the Spanish Oaks Apartments in Austin.")
    assert "Spanish" not in names(tops)
    assert readings(tops, "Austin") == ["US"]


def test_a_place_a_firm_is_named_for_stays_where_the_text_names_it(geoparsing):
    gp = geoparsing[0]
    # the text names the town outside the firm's name: one sense per text
    tops = gp.parse(
        "Springfield Arts Development Corp. will restore the old theater, the mayor of "
        "Springfield said on Monday."
    )
    assert readings(tops, "Springfield") == ["US", "US"]
    # a state where the text's other places are
    tops = gp.parse(
        "Kansas Electric Cooperatives Inc. said crews from Hutchinson were restoring power "
        "across the region."
    )
    assert readings(tops, "Kansas") == ["US"]
    # a country's own name
    tops = gp.parse("The council hired USA Hauling and Recycling Inc. to collect trash.")
    assert readings(tops, "USA") == ["US"]


def test_an_electorate_is_no_town_abroad(geoparsing):
    gp = geoparsing[0]
    # Kennedy is an electorate of Queensland; the gazetteer's Kennedy is a locality of Bogota
    for text in (
        "Bob Katter, the Member for Kennedy, met police in Cairns about youth crime.",
        "Bob Katter, the federal MP for Kennedy, met police in Cairns about youth crime.",
        "Bob Katter, Member of Parliament for Kennedy, met police in Cairns about youth crime.",
    ):
        tops = gp.parse(text)
        assert "Kennedy" not in names(tops), text
        assert readings(tops, "Cairns") == ["AU"], text
    # an electorate named for a town of the text's country keeps its reading
    tops = gp.parse(
        "Jim Smith, the Member of the Legislative Assembly for Brandon, met farmers in Manitoba."
    )
    assert readings(tops, "Brandon") == ["CA"]
    # "for" after another word is no electorate
    tops = gp.parse("The minister of police left for Sydney on Monday.")
    assert readings(tops, "Sydney") == ["AU"]


def test_the_far_north_of_another_country_is_not_put_abroad(geoparsing):
    gp = geoparsing[0]
    # Cameroon's Far North region is not Australia's "Far North Queensland"
    tops = gp.parse("Police reported a rise in youth crime in Far North Queensland, near Cairns.")
    assert readings(tops, "Far North") in ([], [None])
    assert readings(tops, "Queensland") == ["AU"]
    # in a story of Cameroon it is Cameroon's region
    tops = gp.parse("Boko Haram attacked villages in Cameroon's Far North region near Mora.")
    assert readings(tops, "Far North") == ["CM"]


def test_a_spelling_a_letter_away_is_not_a_smaller_town_of_the_same_country(geoparsing):
    gp = geoparsing[0]
    # "Pittsburgh" is Pennsylvania's city; Pittsburg, California is written so only as a
    # variant, and a text naming California and Fresno does not make it that town
    tops = gp.parse(
        "Staff Sgt. Ryan Brooks, 24, of Pittsburgh, died in a shower at a base in Iraq. His "
        "mother, of Fresno, Calif., testified with a sergeant of the California Army National "
        "Guard."
    )
    # Pennsylvania's city lies east of 90 degrees west, California's town far west of it
    assert [t.candidate.lon > -90 for t in tops if t.name == "Pittsburgh"] == [True]
    # the region after a comma says which town is meant; the Californian town's own name stays
    for text in (
        "The family moved to Pittsburgh, Calif., in 1990.",
        "The family moved to Pittsburg, Calif., in 1990.",
    ):
        tops = gp.parse(text)
        assert [t.candidate.lon < -120 for t in tops if t.name.startswith("Pittsburg")] == [True]
