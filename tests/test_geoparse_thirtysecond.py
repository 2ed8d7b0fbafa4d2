"""Places, thirty-second pass: what the tenth fresh batch (``places_fresh10``) showed and the
wrong readings the last stop left, each as a rule of its kind. A dateline joined to its lead by
a spaced dash is no person's name; a natural feature's word keeps no town its letters match; a
region outnumbered by a city abroad of its name is not what the bare name means; a feature
word's plural opening a sentence is a common noun; a small town after a person's full name and
"of" is an employer in a text of other regions; a town on the border of a neighbour the text
names is no stray; a compass word before another country's region is that region's part; a
country's name joined by "and" after an article is read whole. On the real gazetteer and the
real spaCy model, with other sentences than the batch's stories.
"""

from __future__ import annotations

from tests.places_reading import read


def test_a_dateline_joined_by_a_dash_is_no_persons_name(geoparsing):
    gp = geoparsing[0]
    # "Victoria - Kazakhstan's" is one name to spaCy, a person's (Victoria is a given name)
    text = (
        "Kazakh consul visits Victoria (an agency's story)\n\n"
        "Victoria - Kazakhstan's consul in Seychelles met fishermen on Tuesday.\n\n"
        "Some fishermen asked for visas to Kazakhstan."
    )
    tops = read(gp, text)
    assert tops.get("Kazakhstan") == [("country", "KZ", None)] * 2, tops
    # a person's name with its own hyphen is still a person's ("Jean-Pierre Bemba of Congo")
    tops = read(gp, "Jean-Pierre Bemba said Kinshasa would answer.")
    assert "Jean" not in tops and tops["Kinshasa"][0][1] == "CD", tops


def test_a_natural_features_word_keeps_no_town_of_the_name(geoparsing):
    gp = geoparsing[0]
    # a river's valley is no town named for the river, nor a town a letter or two away
    # (the river itself since the curated layer holds it: geodata/curated/physical.geojson)
    tops = read(gp, "Lodges along the Zambezi valley reopened, Zambia's tourism board said.")
    assert tops["Zambezi"] == [("sea", None, None)], tops
    tops = read(gp, "Tea growers in the Kangra valley in India lost their crop.")
    assert tops["Kangra"] == [(None, None, None)], tops
    # a city big enough to name its valley stays
    tops = read(gp, "Smog covered the Kathmandu valley in Nepal for a week.")
    assert tops["Kathmandu"][0][1] == "NP", tops


def test_a_region_outnumbered_by_a_city_abroad_of_its_name(geoparsing):
    gp = geoparsing[0]
    # no Mozambican province for the bare name
    tops = read(gp, "Shelling hit Gaza overnight, medics said.")
    assert tops["Gaza"] == [("city", "PS", "Gaza Strip")], tops
    # the region where the text names its country, or says it is a province
    tops = read(gp, "Farmers in Gaza asked Mozambique's government for seed.")
    assert tops["Gaza"][0][1] == "MZ", tops
    tops = read(gp, "Cyclone rains flooded Maputo and Gaza provinces.")
    assert tops["Gaza"][0][1] == "MZ", tops


def test_a_feature_words_plural_opening_a_sentence_is_a_common_noun(geoparsing):
    gp = geoparsing[0]
    tops = read(gp, "Rivers across eastern Kenya burst their banks after the storm.")
    assert "Rivers" not in tops and tops["Kenya"][0][1] == "KE", tops
    # the state, where nothing says otherwise
    tops = read(gp, "Gunmen kidnapped a priest in Rivers on Sunday.")
    assert tops["Rivers"][0][1] == "NG", tops
    tops = read(gp, "Rivers and Bayelsa states were flooded.")
    assert tops["Rivers"][0][1] == "NG", tops


def test_a_small_town_after_a_persons_name_and_of_is_an_employer(geoparsing):
    gp = geoparsing[0]
    tops = read(gp, "The truce will not hold, said Fiona Hill of Brookings, in Washington.")
    assert "Brookings" not in tops and tops["Washington"][0][1] == "US", tops
    # in a story of the town's own state, where the person lives
    tops = read(gp, "Sioux Falls police said Mark Olson of Brookings was hurt in the crash.")
    assert tops["Brookings"] == [("city", "US", "South Dakota")], tops


def test_a_town_on_the_border_of_a_neighbour_the_text_names(geoparsing):
    gp = geoparsing[0]
    text = "Soldiers repelled an attack on Diffa, a few kilometres from the border with Nigeria."
    tops = read(gp, text)
    assert tops["Diffa"][0][1] == "NE" and tops["Nigeria"][0][1] == "NG", tops


def test_a_compass_word_before_another_countrys_region(geoparsing):
    gp = geoparsing[0]
    tops = read(gp, "Landslides closed roads in North Wales near Llangollen.")
    assert tops["North Wales"] == [("region", "GB", None)], tops  # Wales itself
    # the borough, where the text names its state
    tops = read(gp, "A fire in North Wales, Pa., destroyed two homes.")
    assert tops["North Wales"] == [("city", "US", "Pennsylvania")], tops


def test_a_countrys_name_joined_by_and_after_an_article(geoparsing):
    gp = geoparsing[0]
    text = "She lectures at the St. Vincent and the Grenadines Community College in Kingstown."
    tops = read(gp, text)
    assert tops["St. Vincent and the Grenadines"] == [("country", "VC", None)], tops
    assert "Grenadines" not in tops, tops
