"""The conflicts a sentence with no claim shows, where real news showed a war that the
sentence does not tell of: a people's word in another land's story ("two Syrian engineers"
kidnapped in Nigeria), where the story was filed (its dateline), where people fled to, where
people come from (a region too), a town's name inside a person's name, and a conflict noun
used of pests or prices ("the locust invasion", "a price war"). Each sentence is written for
these tests, from wars and places other than the stories the kinds were found in; the
positives beside them are fighting in each war the rules touch, which must stay shown."""

from __future__ import annotations

import pytest


def _wars(parse, text: str, published: str | None = None) -> set[str]:
    return {t.name for t in parse(text, published).theatres}


@pytest.mark.parametrize(
    ("text", "date", "not_war"),
    [
        (
            "Police in Nigeria's Kano state said gunmen had kidnapped two Syrian engineers "
            "working for a Turkish road firm.",
            "2013-05-01",
            "Syria",
        ),
        (
            "Iraqi soldiers serving with a United Nations mission were deployed in South "
            "Sudan's Upper Nile state.",
            "2017-05-01",
            "Iraq",
        ),
        (
            "Libyan troops crossed into northern Chad and dug in near Faya-Largeau.",
            "1983-07-01",
            "Libya",
        ),
        (
            "Gunmen seized a Yemeni cargo ship and its crew off the coast of Kenya's Lamu island.",
            "2009-05-01",
            "Yemen",
        ),
    ],
)
def test_a_people_s_word_in_another_land_is_no_ground(parse, text, date, not_war):
    assert not_war not in _wars(parse, text, date)


@pytest.mark.parametrize(
    ("text", "date", "war"),
    [
        # the land waging the war (the lexicon's belligerents): its ground too
        ("Ukrainian troops advanced in Russia's Kursk region.", "2024-08-20",
         "Russia–Ukraine war"),
        # an attack carried into another land carries the war there
        ("Hezbollah fired rockets into northern Israel.", "2023-11-01", "Lebanon"),
        ("Somali militants attacked a university in Kenya's Garissa county.", "2015-04-01",
         "Somalia"),
        # a people's word on a place noun names the place
        ("The State Department expelled Syria's envoy in Washington after the massacre in "
         "the Syrian town of Houla.", "2012-06-01", "Syria"),
        # the war named by its people's word
        ("The two leaders discussed the Palestinian-Israeli conflict and the fighting in Iraq "
         "during the visit to Riyadh.", "2009-05-01", "Israel–Gaza conflict"),
    ],
)  # fmt: skip
def test_the_war_s_own_fighting_abroad_stays(parse, text, date, war):
    assert war in _wars(parse, text, date)


def test_the_dateline_is_where_the_story_was_filed(parse):
    text = "Mogadishu - Kenyan troops fought militants near the town of Mandera in northern Kenya."
    assert "Somalia" not in _wars(parse, text, "2016-09-01")


@pytest.mark.parametrize(
    "text",
    [
        "BAGHDAD - Car bombs killed 30 people in markets of Baghdad on Tuesday.",
        # a headline's country before a colon is no dateline
        "Iraq: car bombs kill 30 people in markets\n\nThe bombs went off on Tuesday morning.",
    ],
)
def test_a_dateline_named_again_or_a_headline_s_country_stays(parse, text):
    assert "Iraq" in _wars(parse, text, "2016-09-01")


@pytest.mark.parametrize(
    ("text", "date", "war", "not_war"),
    [
        (
            "Fighting in South Sudan's Upper Nile sent 20,000 people fleeing across the border, "
            "most of them into Sudan.",
            "2024-06-01",
            "South Sudan",
            "Sudan",
        ),
        (
            "Families fleeing the bombing of Aleppo crossed into Lebanon and Jordan.",
            "2016-10-01",
            "Syria",
            "Lebanon",
        ),
    ],
)
def test_where_people_flee_to_is_no_ground(parse, text, date, war, not_war):
    wars = _wars(parse, text, date)
    assert not_war not in wars
    assert war in wars or war == "South Sudan"  # South Sudan's war is not listed


def test_armed_men_crossing_into_a_land_fight_there(parse):
    text = "Turkish troops crossed into northern Iraq to hunt PKK fighters."
    assert "Iraq" in _wars(parse, text, "2014-08-01")


def test_a_region_people_come_from_is_no_ground(parse):
    text = "Fighters from Chechnya and Dagestan joined the Taliban in Afghanistan."
    wars = _wars(parse, text, "2000-03-01")
    assert "Chechnya" not in wars
    assert "Afghanistan" in wars


def test_fighting_in_the_region_stays(parse):
    assert "Chechnya" in _wars(parse, "Russian troops fought rebels in Chechnya's mountains.",
                               "2000-03-01")  # fmt: skip


def test_a_town_in_a_person_s_name_names_no_war(parse):
    wars = _wars(
        parse, "Kurdish officer Rebwar Hama Karim said gunmen killed two guards near Kirkuk.",
        "2016-05-01",
    )  # fmt: skip
    assert "Syria" not in wars
    assert "Iraq" in wars


@pytest.mark.parametrize(
    ("text", "date", "not_war"),
    [
        (
            "The desert locust invasion, with swarms coming from Yemen, threatens crops in Oman.",
            "2020-03-01",
            "Yemen",
        ),
        ("Afghanistan's mobile operators are locked in a price war.", "2015-03-01", "Afghanistan"),
    ],
)
def test_a_conflict_noun_of_pests_or_prices_is_no_fighting(parse, text, date, not_war):
    assert not_war not in _wars(parse, text, date)


def test_a_ground_invasion_is_fighting(parse):
    assert "Israel–Gaza conflict" in _wars(parse, "Israel launched a ground invasion of Gaza.",
                                           "2023-11-01")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "date", "not_war"),
    [
        ("Georgia's military said it had shot down a Ukrainian cargo plane that strayed over "
         "the Black Sea coast.", "2021-06-01", "Russia–Ukraine war"),
        ("Ethiopian troops fired on a Somali fishing boat off the coast of Djibouti.",
         "2019-03-01", "Somalia"),
        ("Gunmen in speedboats fired on a Yemeni tanker off the coast of Eritrea.", "2019-06-01",
         "Yemen"),
    ],
)  # fmt: skip
def test_whose_plane_or_ship_is_struck_is_no_ground(parse, text, date, not_war):
    assert not_war not in _wars(parse, text, date)


def test_a_plane_struck_by_a_side_of_the_war_stays(parse):
    text = "Russian forces shot down a Ukrainian jet near Kharkiv."
    assert "Russia–Ukraine war" in _wars(parse, text, "2022-05-01")


@pytest.mark.parametrize(
    ("text", "date", "not_war"),
    [
        ("Local people say the raid was aimed at natives of Chechnya living in the valley.", None,
         "Chechnya"),
        ("Officials said the money paid for fighters flown from Syria to Misrata.", "2020-03-01",
         "Syria"),
    ],
)  # fmt: skip
def test_natives_of_a_land_and_men_flown_from_it_are_no_ground(parse, text, date, not_war):
    assert not_war not in _wars(parse, text, date)


def test_refugees_fleeing_a_land_tell_of_its_war(parse):
    text = "Refugees fleeing from Syria crossed the border at night as the fighting went on."
    assert "Syria" in _wars(parse, text, "2015-03-01")


def test_a_coalition_operation_is_fighting(parse):
    text = "A coalition operation about 20 miles from Kandahar left dozens of civilians dead."
    assert "Afghanistan" in _wars(parse, text, "2006-06-01")
