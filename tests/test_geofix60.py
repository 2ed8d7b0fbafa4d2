"""Branch geofix60: four kinds of wrong place narrowed, on the real gazetteer and the real spaCy
model (stories of benchmarks/data/geofix60/sentences.txt)."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_a_country_written_as_a_sovereign_is_no_small_town_of_its_name(geoparsing):
    gp = geoparsing[0]
    found = gp.parse(
        "In December 1989 the United States invaded Panama to seize its ruler, and thousands "
        "of troops landed at night."
    )
    assert readings(found, "Panama") == ["PA"]
    found = gp.parse(
        "The United States sent food aid to Jamaica, an island nation of under three million "
        "people, after the hurricane of 1988."
    )
    assert readings(found, "Jamaica") == ["JM"]
    # the town in its own region's news, the war's words beside it, stays the town
    found = gp.parse(
        "Union cavalry occupied Lebanon in May 1862 after a skirmish, riding in from "
        "Murfreesboro on the road to Nashville."
    )
    assert readings(found, "Lebanon") == ["US"]
    found = gp.parse(
        "The blockade of Mexico by striking truckers ended on Tuesday, the Missouri highway "
        "patrol said, after talks in Columbia."
    )
    assert readings(found, "Mexico") == ["US"]


def test_a_places_name_before_a_surname_used_as_a_persons_is_a_given_name(geoparsing):
    gp = geoparsing[0]
    found = gp.parse(
        "Crowds marched for Salvador Allende on the anniversary. Allende said in his last "
        "speech that history was theirs, and Chile listened on the radio."
    )
    assert readings(found, "Salvador") == []
    assert readings(found, "Chile") == ["CL"]
    # a place before a state's name is the place
    found = gp.parse("Pilgrims from Salvador and Recife filled the churches of Bahia.")
    assert readings(found, "Salvador") == ["BR"]


def test_a_word_of_a_foreign_name_is_no_place_of_another_land(geoparsing):
    gp = geoparsing[0]
    found = gp.parse(
        "Soldiers guarded the Cuartel de la Montaña in Caracas, where the late president of "
        "Venezuela lies."
    )
    assert "US" not in readings(found, "Montaña")
    assert readings(found, "Caracas") == ["VE"]
    # a place spelled as it is, inside such a name, stays the place
    found = gp.parse(
        "Trains from Buenos Aires reached the Estación de Córdoba on time, Argentina's "
        "railway said."
    )
    assert readings(found, "Córdoba") == ["AR"]


def test_a_bare_name_beside_an_unheld_island_is_no_town_of_another_land(geoparsing):
    gp = geoparsing[0]
    found = gp.parse(
        "Ferries from Zanzibar to Pemba Island were suspended. Clove farmers on Pemba said "
        "their harvest would rot."
    )
    assert "MZ" not in readings(found, "Pemba")
    # the town in its own land's story stays the town
    found = gp.parse(
        "Displaced families from Cabo Delgado reached Pemba by boat. Aid workers in Pemba "
        "said the camps were full; Pemba Island was not on their route."
    )
    assert readings(found, "Pemba")[:2] == ["MZ", "MZ"]


def test_a_far_small_town_after_a_homes_words_is_kept(geoparsing):
    gp = geoparsing[0]
    found = gp.parse("Shelling hit Aleppo and Idlib overnight, said a reporter from Pitlochry.")
    assert readings(found, "Pitlochry") == ["GB"]
    found = gp.parse(
        "The sergeant, who served in Mogadishu and Baidoa, was welcomed home in Kalkaska."
    )
    assert readings(found, "Kalkaska") == ["US"]
    # a firm after the same words, and a village the gazetteer lacks, stay unplaced
    found = gp.parse(
        "A statement from Titan said the wells near Arlington, Fort Worth and Dallas were safe."
    )
    assert readings(found, "Titan") in ([], [None])
    found = gp.parse(
        "Farmers from Jonesboro joined the protest in Armagh, with others from Antrim."
    )
    assert "US" not in readings(found, "Jonesboro")
