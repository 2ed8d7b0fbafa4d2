"""The fourteenth fresh batch's wrong kind and the known ones left by the thirteenth, each in
sentences of my own: a part of a town put in another country than the town, a village of a
country the text names read abroad. On the real gazetteer and the real spaCy model."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_a_part_of_a_town_lies_in_the_towns_country(geoparsing):
    gp = geoparsing[0]
    # 3f06318: Vila Matilde, a district of Sao Paulo, and Santa Rosa, a town of Guatemala
    tops = gp.parse(
        "Floods cut roads near Luanda and Quela, and water filled houses in the Vila Matilde"
        " and Catepa neighbourhoods of Malanje."
    )
    assert readings(tops, "Vila Matilde") == [None]
    assert readings(tops, "Malanje") == ["AO"]
    tops = gp.parse("Police in Kinshasa said rebels attacked the Santa Rosa village of Beni.")
    assert readings(tops, "Santa Rosa") == [None]
    assert readings(tops, "Beni") == ["CD"]
    # a part the gazetteer holds in the town's country stays, and so does a town whose
    # country nothing else in the text backs over the part's
    tops = gp.parse("A car bomb exploded in the Baghdad district of Karrada, killing 20.")
    assert readings(tops, "Baghdad") == ["IQ"]
    tops = gp.parse("Shelling hit the Bab al-Tabbaneh district of Tripoli, Lebanon's second city.")
    assert readings(tops, "Tripoli") == ["LB"]
    tops = gp.parse("Police in Maputo said gunmen raided the Bela Vista district of Matola.")
    assert readings(tops, "Matola") == ["MZ"]


def test_a_country_before_its_forces_says_what_the_text_is_about(geoparsing):
    gp = geoparsing[0]
    # 3f06318: Moura of Portugal, a village of Mali the gazetteer lacks
    tops = gp.parse("Mali's army fought jihadists near Moura, where hundreds were killed.")
    assert readings(tops, "Moura") == [None]
    assert readings(tops, "Mali") == ["ML"]
    tops = gp.parse("Kenya's police fought jihadists near Moura.")
    assert readings(tops, "Moura") == [None]
    # the forces' own towns, and a country named beside, stay
    tops = gp.parse("Mali's army fought jihadists near Gao and Timbuktu.")
    assert readings(tops, "Gao") == ["ML"]
    assert readings(tops, "Timbuktu") == ["ML"]
    tops = gp.parse("Chad's army crossed into Cameroon near Kousseri.")
    assert readings(tops, "Kousseri") == ["CM"]
    tops = gp.parse("Niger's army repelled an attack near Diffa, close to the border with Nigeria.")
    assert readings(tops, "Diffa") == ["NE"]
    # a soldier's home town beside the war abroad stays (no forces' word)
    tops = gp.parse("A soldier from Milford was killed in Afghanistan.")
    assert readings(tops, "Milford") == ["US"]


def test_a_city_across_the_border_a_hundred_times_bigger_than_a_village(geoparsing):
    gp = geoparsing[0]
    # 3f06318: Najaf, a village of 1,279 in Iran's North Khorasan, beside Tehran
    tops = gp.parse("Iranian diplomats met in Tehran as protests spread to Najaf.")
    assert readings(tops, "Najaf") == ["IQ"]
    assert readings(tops, "Tehran") == ["IR"]
    # a text that names a place of the village's own province keeps the village
    tops = gp.parse("Floods hit Bojnurd and Shirvan, and the village of Najaf was cut off.")
    assert readings(tops, "Najaf") == ["IR"]
    # a town thirteen times smaller than its namesake across the border, in its own state
    tops = gp.parse(
        "Residents of Nogales, Arizona, crossed into Sonora to shop, and officials in Phoenix"
        " said traffic grew."
    )
    assert readings(tops, "Nogales") == ["US"]


def test_a_comparison_sets_a_country_beside_a_place_not_around_it(geoparsing):
    gp = geoparsing[0]
    # 3f06318: Israel unplaced, read as a town of Gaza the gazetteer lacks
    tops = gp.parse("Unlike Israel, Gaza, a city of two million, has no shelters.")
    assert readings(tops, "Israel") == ["IL"]
    assert readings(tops, "Gaza") == ["PS"]
    # a town before its state keeps its state, after a place's preposition as alone
    tops = gp.parse("In Turkey, Texas, a town of 400, the fair went on.")
    assert readings(tops, "Turkey") == [None]
    tops = gp.parse("The fair in Turkey, Texas, a town of 400, went on.")
    assert readings(tops, "Turkey") == [None]


def test_a_unit_whose_name_has_other_senses_is_read_beside_its_country(geoparsing):
    gp = geoparsing[0]
    # 3f06318: found, unplaced (the lake's and the old state's name has no reading alone)
    tops = gp.parse("Rebels took towns in Tanganyika province, Congo.")
    assert readings(tops, "Tanganyika province") == ["CD"]
    # beside another country, or with no unit's word, it stays unread
    tops = gp.parse("The Tanganyika province, Tanzania's old name, was mainland.")
    assert readings(tops, "Tanganyika province") in ([], [None])
    tops = gp.parse("Rebels took towns in Katanga province, Congo.")
    assert readings(tops, "Katanga") == ["CD"]


def test_a_country_named_only_before_its_diplomats_weighs_for_none_of_its_towns(geoparsing):
    gp = geoparsing[0]
    # 3f06318: Gaza read as Mozambique's province
    tops = gp.parse(
        "Shelling hit Gaza overnight, and Mozambique's foreign minister called for a ceasefire."
    )
    assert readings(tops, "Gaza") == ["PS"]
    tops = gp.parse("Mozambique's ambassador to the UN condemned the strikes on Gaza.")
    assert readings(tops, "Gaza") == ["PS"]
    # the country named for its government or its people, or a town of the province beside
    tops = gp.parse("Farmers in Gaza asked Mozambique's government for seed.")
    assert readings(tops, "Gaza") == ["MZ"]
    tops = gp.parse("Mozambique's foreign minister visited Xai-Xai in Gaza province.")
    assert readings(tops, "Gaza") == ["MZ"]
