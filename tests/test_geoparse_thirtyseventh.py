"""Wrong countries left by the thirty-sixth pass's place work, each fixed as a kind, in
sentences of our own from other countries than the ones the kinds were found in: a town given
as an example of towns before its state, a compass-named province of a country the text does
not name, a place said to lie in a named unit of another country. On the real gazetteer and the
real spaCy model."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_a_town_given_as_an_example_keeps_its_state(geoparsing):
    gp = geoparsing[0]
    # 12bacf8: the country, for towns of the state the gazetteer lacks
    tops = gp.parse(
        "Farm towns such as Egypt, Texas, once a cotton stop, have lost half their people."
    )
    assert readings(tops, "Egypt") == [None]
    tops = gp.parse("Towns like Chile, Wisconsin, now a crossroads with a church, have no doctor.")
    assert readings(tops, "Chile") == [None]
    assert readings(tops, "Wisconsin") == ["US"]
    # a town the gazetteer holds is still read in its state
    tops = gp.parse(
        "Villages like Panama, Oklahoma, now home to a few hundred people, lost their bank."
    )
    assert readings(tops, "Panama") == ["US"]
    # a comparison, or a country before a described province, keeps the country
    tops = gp.parse("Across the border from Syria, Hatay, a province of Turkey, took in refugees.")
    assert readings(tops, "Syria") == ["SY"]
    tops = gp.parse("Countries like Israel, Gaza, once a part of Egypt, were named.")
    assert readings(tops, "Israel") == ["IL"]


def test_a_compass_named_province_of_a_country_the_text_does_not_name(geoparsing):
    gp = geoparsing[0]
    # 12bacf8: Congo's Eastern Province in a story of Uganda, Saudi Arabia's in one of Kenya
    tops = gp.parse(
        "Uganda's health ministry said cholera had spread in the Eastern Province, where three"
        " died."
    )
    assert readings(tops, "Eastern Province") == [None]
    tops = gp.parse(
        "Officials in Nairobi said the drought in the North Eastern Province had killed cattle."
    )
    assert readings(tops, "Eastern Province") in ([None], [])
    # the text's own country's unit, or a text that names nothing else, as before
    tops = gp.parse("Sri Lanka's army cleared mines in the Northern Province.")
    assert readings(tops, "Northern Province") == ["LK"]
    tops = gp.parse("Protests spread from Kigali to the Western Province.")
    assert readings(tops, "Western Province") == ["RW"]
    tops = gp.parse("Cholera spread in Sierra Leone's Northern Province near Makeni.")
    assert readings(tops, "Northern Province") == ["SL"]


def test_a_place_in_a_named_unit_of_another_country_is_not_the_namesake_abroad(geoparsing):
    gp = geoparsing[0]
    # 12bacf8: Iraq's Mosul, Afghanistan's Kabul, Syria's Aleppo, Jordan's Amman
    tops = gp.parse("Floods cut off the village of Mosul in Pakistan's Sindh.")
    assert readings(tops, "Mosul") == [None]
    assert readings(tops, "Sindh") == ["PK"]
    tops = gp.parse("The hamlet of Kabul in Nigeria's Kano State was burned.")
    assert readings(tops, "Kabul") == [None]
    tops = gp.parse("A landslide buried the village of Amman in Nepal's Gandaki.")
    assert readings(tops, "Amman") == [None]
    # a place the gazetteer holds in the unit's country keeps its reading
    tops = gp.parse("Gunmen raided the village of Medina in Colombia's Cundinamarca.")
    assert readings(tops, "Medina") == ["CO"]
    tops = gp.parse("Protests in Lahore in Pakistan's Punjab turned violent.")
    assert readings(tops, "Lahore") == ["PK"]
    tops = gp.parse("Floods reached Amarah in Iraq's Maysan and Ahvaz in Iran's Khuzestan.")
    assert readings(tops, "Amarah") == ["IQ"]
    assert readings(tops, "Ahvaz") == ["IR"]
    tops = gp.parse("Fighting reached Manbij in Aleppo province.")
    assert readings(tops, "Manbij") == ["SY"]
    # one who left a neighbour's town is not placed by the unit
    tops = gp.parse("Refugees from Goma in Rwanda's Western Province camps were counted.")
    assert readings(tops, "Goma") == ["CD"]


def test_a_persian_compass_name_is_its_province_in_english(geoparsing):
    gp = geoparsing[0]
    # 12bacf8: Azerbaijan the country (the gazetteer held the province only as "Azarbayjan-e
    # Gharbi"), North Khorasan unfound
    tops = gp.parse(
        "Kurdish rebels clashed with the Revolutionary Guards near Piranshahr in West Azerbaijan."
    )
    assert readings(tops, "Azerbaijan") == []
    assert readings(tops, "West Azerbaijan") == ["IR"]
    tops = gp.parse("Floods hit North Khorasan, near Bojnurd.")
    assert readings(tops, "North Khorasan") == ["IR"]
    # the country and its sibling province as before
    tops = gp.parse(
        "Azerbaijan's president visited Baku, and an earthquake struck East Azerbaijan."
    )
    assert readings(tops, "Azerbaijan") == ["AZ"]
    assert readings(tops, "East Azerbaijan") == ["IR"]


def test_a_village_beside_its_countrys_places_elsewhere_yields_to_the_city_across_the_border(
    geoparsing,
):
    gp = geoparsing[0]
    # 12bacf8: Iran's Jalalabad (4,056 people, Isfahan province), 67 times smaller than
    # Afghanistan's city, for the text names a place of Iran, though none of Isfahan's
    tops = gp.parse(
        "Floods cut the road to Jalalabad, and Iran's Red Crescent flew tents in from Zahedan."
    )
    assert readings(tops, "Jalalabad") == ["AF"]
    # a village beside a place of its own province keeps its country; a border town its state
    tops = gp.parse("A village named Najaf near Bojnurd was flooded, officials in Tehran said.")
    assert readings(tops, "Najaf") == ["IR"]
    tops = gp.parse("Smugglers crossed from Nogales into Arizona, agents in Tucson said.")
    assert readings(tops, "Nogales") == ["US"]
