"""Wrong countries the reviewers of this stop left, each kind in sentences of my own. On the
real gazetteer and the real spaCy model."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_a_big_city_across_the_border_outweighs_a_village_of_the_named_country(geoparsing):
    gp = geoparsing[0]
    # 77845f1: Iran's village of 13,000, for Afghanistan's city of 570,000
    tops = gp.parse("Herat saw fighting, and Iran sent aid.")
    assert readings(tops, "Herat") == ["AF"]
    # 77845f1: Iran's Najaf of 1,300 people, for Iraq's holy city
    tops = gp.parse("Pilgrims reached Najaf on Friday; Iran said its citizens were safe.")
    assert readings(tops, "Najaf") == ["IQ"]
    tops = gp.parse("Iranian pilgrims crowded the shrines of Najaf.")
    assert readings(tops, "Najaf") == ["IQ"]
    # 77845f1: Saltillo, Mississippi, for Coahuila's capital
    tops = gp.parse(
        "Trucks waited at the border as Saltillo's factories shut, the United States said."
    )
    assert readings(tops, "Saltillo") == ["MX"]
    # 77845f1: a Panamanian village, for Colombia's port
    tops = gp.parse("The ship left Santa Marta for the canal, Panama's port authority said.")
    assert readings(tops, "Santa Marta") == ["CO"]
    # the small town's own region in sight keeps it; a city only 17 times a border town's size
    # leaves the town of the country the text names
    tops = gp.parse("A farmer in Saltillo, Mississippi, lost his barn to the storm.")
    assert readings(tops, "Saltillo") == ["US"]
    tops = gp.parse("Herat, a village in Yazd province of Iran, had no water.")
    assert readings(tops, "Herat") == ["IR"]
    tops = gp.parse("Police in Shahkot arrested three men, Indian officials in New Delhi said.")
    assert readings(tops, "Shahkot") == ["IN"]
    tops = gp.parse("Russian forces shelled Donetsk as Russia's foreign ministry spoke.")
    assert readings(tops, "Donetsk") == ["UA"]


def test_a_region_of_several_countries_pulls_no_town_to_its_namesake_province(geoparsing):
    gp = geoparsing[0]
    # 77845f1: Burkina Faso's Gao of 26,000 (Burkina's Sahel region, the name's lesser
    # reading, pulled it), for Mali's city of 130,000
    tops = gp.parse("Gao, a town in the Sahel, was attacked.")
    assert readings(tops, "Gao") == ["ML"]
    assert readings(tops, "Sahel") == [None]
    tops = gp.parse("Fighting hit Gao in the Sahel.")
    assert readings(tops, "Gao") == ["ML"]
    tops = gp.parse("Jihadists across the Sahel shelled Gao and Menaka overnight.")
    assert readings(tops, "Gao") == ["ML"]
    # the province named as Burkina's keeps its towns; the regions' other towns as before
    tops = gp.parse("Sahel, the region of Burkina Faso, saw attacks on Dori.")
    assert readings(tops, "Sahel") == ["BF"]
    assert readings(tops, "Dori") == ["BF"]
    tops = gp.parse("Drought across the Sahel reached Niono.")
    assert readings(tops, "Niono") == ["ML"]
    tops = gp.parse("Pilgrims from across the Middle East travelled to Medina.")
    assert readings(tops, "Medina") == ["SA"]


def test_a_peoples_word_describing_a_place_of_its_country_is_the_people(geoparsing):
    gp = geoparsing[0]
    # 77845f1: Ethiopia's Somali region, where the apposition says what a region of Somalia is
    for text in (
        "Puntland, the semiautonomous Somali region, said pirates held the ship.",
        "Jubaland, a southern Somali state, held elections in Kismayo.",
        "Galmudug, the central Somali state, rejected the vote.",
        "Mudug, a central Somali region, was hit by drought.",
        "Bari, the northeastern Somali region, lost its harvest.",
    ):
        assert readings(gp.parse(text), "Somali") == ["SO"], text
    # a place of the region itself, or the region named as Ethiopia's, stays the region
    for text in (
        "Jijiga, a Somali region town, saw protests.",
        "Fighting broke out in Ethiopia's Somali region near Jijiga.",
        "Herders in the Somali region fled to Jijiga.",
        "Jigjiga, the capital of Ethiopia's Somali region, was calm.",
    ):
        assert readings(gp.parse(text), "Somali") == ["ET"], text
    assert readings(gp.parse("Somali pirates seized a tanker off Eyl."), "Somali") == ["SO"]


def test_a_possessive_after_the_city_of_a_countrys_name_is_the_citys(geoparsing):
    gp = geoparsing[0]
    # 77845f1: the country, where the possessive belongs to the whole "city of ..."
    for text, name, country in (
        ("The city of Mexico's mayor spoke.", "Mexico", "MX"),
        ("The city of Kuwait's traffic police banned trucks.", "Kuwait", "KW"),
        ("Protesters filled the streets of the city of Panama's old quarter.", "Panama", "PA"),
        ("The city of Guatemala's water company cut supplies.", "Guatemala", "GT"),
        ("The city of Luxembourg's mayor opened the tram line.", "Luxembourg", "LU"),
    ):
        tops = [t for t in gp.parse(text) if t.name == name]
        assert len(tops) == 1 and tops[0].candidate is not None, text
        assert tops[0].candidate.country == country, text
        assert tops[0].candidate.kind != "country", text
    # a possessive that owns a name of its own names where it lies: the country stays
    tops = gp.parse("Shelling hit the village of Armenia's Gegharkunik Province.")
    assert [t.candidate.kind for t in tops if t.name == "Armenia"] == ["country"]
    tops = gp.parse("Rockets hit the town of Lebanon's Bekaa Valley.")
    assert [t.candidate.kind for t in tops if t.name == "Lebanon"] == ["country"]
