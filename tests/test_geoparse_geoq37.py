"""Branch geoq37's place rules, each with sentences of other senses of its trigger: a country
named by two parts joined by "and" or "&" that spaCy cuts, a small town's name at the head of
a longer name the gazetteer lacks, the island of Trinidad, a name both a country and an
American state in a text of American party politics, and a possessive written with an
apostrophe alone. On the real gazetteer, the real spaCy model and a story of
benchmarks/data/places_fresh15."""

from __future__ import annotations

from pathlib import Path

from tests.test_geoparse_world import countries as readings

FRESH15 = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "places_fresh15"


def test_a_country_of_two_parts_is_read_whole_where_spacy_cuts_it(geoparsing):
    gp = geoparsing[0]
    # spaCy ends a body's name at "Trinidad" and calls "Tobago" another: the island of Tobago
    # alone before, and no country
    tops = gp.parse("The Central Bank of Trinidad and Tobago raised rates on Monday.")
    assert readings(tops, "Trinidad and Tobago") == ["TT"]
    assert readings(tops, "Tobago") == []
    tops = gp.parse("The Prime Minister of Antigua and Barbuda spoke at the summit.")
    assert readings(tops, "Antigua and Barbuda") == ["AG"]
    # "&", which the gazetteer does not write
    tops = gp.parse("She was the first woman to win Miss Trinidad & Tobago.")
    assert readings(tops, "Trinidad & Tobago") == ["TT"]
    tops = gp.parse("He met the presidents of Bosnia & Herzegovina and Serbia.")
    assert readings(tops, "Bosnia & Herzegovina") == ["BA"]
    assert readings(tops, "Serbia") == ["RS"]
    # other senses: firms joined by "&", a country already one entity, a list of two places
    tops = gp.parse("Johnson & Johnson and Procter & Gamble sued Trinidad and Tobago.")
    assert [t.name for t in tops] == ["Trinidad and Tobago"]
    tops = gp.parse("He flew to Trinidad and Tobago last week.")
    assert readings(tops, "Trinidad and Tobago") == ["TT"]
    tops = gp.parse("Floods hit Antigua Guatemala and Escuintla.")
    assert readings(tops, "Escuintla") == ["GT"]
    # the batch's story: Mt. St. George's village, of Tobago
    text = (FRESH15 / "docs" / "tt-mep-mt-st-george.txt").read_text(encoding="utf-8")
    tops = gp.parse(text)
    assert readings(tops, "Trinidad & Tobago") == ["TT"]
    assert readings(tops, "Trinidad and Tobago") == ["TT"]


def test_a_small_towns_name_at_the_head_of_an_unknown_name_abroad_is_left_unplaced(geoparsing):
    gp = geoparsing[0]
    # Indonesia's Tanjung, in a story of Pahang's villages
    tops = gp.parse(
        "The Cambodian villages lie along Sungai Pahang near Pekan. The body was found near"
        " bushes in Tanjung Medang Kemahang on Feb 9."
    )
    assert readings(tops, "Tanjung") == [None]
    assert readings(tops, "Pekan") == ["MY"]
    # other senses: a day after the name, a kind's word, a name in the text's country
    tops = gp.parse("Protesters marched in Kabul and in Charikar Thursday, police said.")
    assert readings(tops, "Charikar") == ["AF"]
    tops = gp.parse("Troops reached Gaza City and Rafah after the strikes on Khan Younis.")
    assert readings(tops, "Rafah") == ["PS"]
    tops = gp.parse("Floods in Kelantan cut off Kota Bharu and the village of Tumpat Kampung Laut.")
    assert readings(tops, "Tumpat") == ["MY"]


def test_trinidad_alone_is_the_island_unless_the_text_says_otherwise(geoparsing):
    gp = geoparsing[0]
    # a village of 3,225 in the Philippines before
    tops = gp.parse("Trinidad's police said two men were shot in Chaguanas.")
    assert readings(tops, "Trinidad") == ["TT"]
    tops = gp.parse("Venezuelan migrants crossed to Trinidad by boat from Tucupita.")
    assert readings(tops, "Trinidad") == ["TT"]
    # the towns of the name where the text places them
    tops = gp.parse("Floods in Bolivia's Beni department hit Trinidad, its capital.")
    assert readings(tops, "Trinidad") == ["BO"]
    tops = gp.parse("Tourists visit Trinidad, the colonial town near Sancti Spiritus, and Havana.")
    assert readings(tops, "Trinidad") == ["CU"]
    tops = gp.parse("The Trinidad, Colorado, city council met in Denver.")
    assert readings(tops, "Trinidad") == ["US"]
    tops = gp.parse("The Uruguayan town of Trinidad held a festival.")
    assert readings(tops, "Trinidad") == ["UY"]


def test_a_state_of_american_party_politics_is_no_country(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse("Georgia Democrats backed Warnock and Ossoff in the Senate runoff.")
    assert readings(tops, "Georgia") == ["US"]
    tops = gp.parse("Sen. Jon Ossoff, D-Ga., said Georgia needs the money.")
    assert readings(tops, "Georgia") == ["US"]
    # other senses: the country in foreign affairs, whoever speaks of it
    tops = gp.parse("Republicans want Georgia in NATO.")
    assert readings(tops, "Georgia") == ["GE"]
    tops = gp.parse(
        "Republicans said Georgia must not join NATO while Russian troops hold Abkhazia."
    )
    assert readings(tops, "Georgia") == ["GE"]
    tops = gp.parse("Georgia's ruling party won the runoff, and the opposition cried foul.")
    assert readings(tops, "Georgia") == ["GE"]
    tops = gp.parse("Democrats met in Tbilisi, where Georgia's president spoke.")
    assert readings(tops, "Georgia") == ["GE"]


def test_a_possessive_of_an_apostrophe_alone_names_the_unit(geoparsing):
    gp = geoparsing[0]
    # Jordan's capital before: the unit of Honduras says the village is Honduras'
    tops = gp.parse("Floods cut off the village of Amman in Honduras' Francisco Morazan.")
    assert readings(tops, "Amman") == [None]
    assert readings(tops, "Francisco Morazan") == ["HN"]
    # other senses: a town of the unit, a quotation's apostrophe, the full possessive
    tops = gp.parse("Santa Ana in Honduras' Francisco Morazan was flooded, as was Tegucigalpa.")
    assert readings(tops, "Santa Ana") == ["HN"]
    tops = gp.parse("Rains hit the Bahamas' Cat Island.")
    assert readings(tops, "Cat Island") == ["BS"]
    tops = gp.parse("Floods cut off the village of Amman in Honduras's Francisco Morazan.")
    assert readings(tops, "Amman") == [None]


def test_a_countrys_kashmir_is_its_own_unit_of_the_name(geoparsing):
    gp = geoparsing[0]
    # India's unit before, the neighbour's by its own name: the wrong side of the line
    tops = gp.parse("Floods hit Pakistan's Kashmir and India's Kashmir.")
    assert readings(tops, "Kashmir") == ["PK", "IN"]
    # other senses: a land split from the country keeps the neighbour's unit, a unit of the
    # country's own, a name with no unit of the kind
    tops = gp.parse("Sudan's southern Equatoria region was flooded.")
    assert readings(tops, "Equatoria") == ["SS"]
    tops = gp.parse("Ghana's Central Region was flooded.")
    assert readings(tops, "Central Region") == ["GH"]
    tops = gp.parse("Pakistan's Punjab and Sindh were flooded.")
    assert readings(tops, "Punjab") == ["PK"]


def test_a_name_after_a_capitalised_number_word_is_a_longer_names_tail(geoparsing):
    gp = geoparsing[0]
    # Rivers, Manitoba before
    tops = gp.parse("Traffic was stopped on the Two Rivers bridge near Ottawa.")
    assert readings(tops, "Rivers") == [None]
    assert readings(tops, "Ottawa") == ["CA"]
    # other senses: a name the gazetteer holds whole, a number opening a sentence
    tops = gp.parse("He grew up in the Twin Cities and moved to Twin Lakes, Wisconsin.")
    assert readings(tops, "Twin Lakes") == ["US"]
    tops = gp.parse("Two Kabul residents said the Taliban entered Herat.")
    assert readings(tops, "Kabul") == ["AF"]


def test_a_villages_other_name_is_no_country(geoparsing):
    gp = geoparsing[0]
    # the Caucasian country before, in places_fresh15's story of Tobago
    text = (FRESH15 / "docs" / "tt-mep-mt-st-george.txt").read_text(encoding="utf-8")
    assert readings(gp.parse(text), "Georgia") == [None]
    tops = gp.parse("He was born in the village known as Jordan, near Kingston, Jamaica.")
    assert readings(tops, "Jordan") == [None]
    # other senses: a territory so called, a town so called
    tops = gp.parse("SWAPO fights for South-West Africa, the territory also called Namibia.")
    assert readings(tops, "Namibia") == ["NA"]
    tops = gp.parse("Government forces hold the provincial capital, also called Idlib.")
    assert readings(tops, "Idlib") == ["SY"]


def test_the_aral_sea_is_a_lake_of_two_countries(geoparsing):
    gp = geoparsing[0]
    # the Kazakh town of Aral (33,017 people) before
    tops = gp.parse("The region's main river flows into the shrinking Aral Sea.")
    assert [(t.candidate.kind, t.candidate.country) for t in tops if t.candidate] == [("sea", None)]
    # the town keeps its name
    tops = gp.parse("Fishermen in Aral, a town of Kazakhstan, wait for the Aral Sea to return.")
    assert readings(tops, "Aral") == ["KZ"]
