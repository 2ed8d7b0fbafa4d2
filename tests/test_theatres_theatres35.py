"""The conflicts a sentence with no claim shows, where real news showed a war the sentence
does not tell of: a land named as who backs, arms or sends men abroad ("backed by Damascus",
"Syria sent its troops into Lebanon"), a land named only as whose leaders or ministry talk,
a list whose later names the parser hangs elsewhere, a war dated by a state's birth ("the war
that followed Israel's creation") and a sentence of military exercises. Each sentence is
written for these tests, from wars and places other than the stories the kinds were found
in; beside each, a sentence of the war's own fighting that must stay shown."""

from __future__ import annotations

import pytest


def _wars(parse, text: str, published: str | None = None) -> set[str]:
    return {t.name for t in parse(text, published).theatres}


@pytest.mark.parametrize(
    ("text", "date", "not_war", "war"),
    [
        ("Sudanese rebels backed by Libya and Chad attacked the army in El Fasher.",
         "2024-05-01", "Libya", "Sudan"),
        ("Afghanistan armed the Baloch separatists who attacked Pakistani troops near Quetta.",
         "2019-05-01", "Afghanistan", None),
        ("Iraq sent its fighters into Syria to defend the government in Damascus.",
         "2013-05-01", "Iraq", "Syria"),
        ("Libya was the main supplier of the rebels who attacked Ugandan troops near Kampala.",
         "1985-05-01", "Libya", None),
    ],
)  # fmt: skip
def test_who_backs_or_sends_men_abroad_is_no_ground(parse, text, date, not_war, war):
    wars = _wars(parse, text, date)
    assert not_war not in wars
    assert war is None or war in wars
    # the backer's own war, where it sends men within its land or backs with no other land
    # named, stays
    assert "Syria" in _wars(parse, "Syria sent troops to Idlib to fight the rebels.", date)
    assert "Syria" in _wars(parse, "Militias backed by the Syrian government attacked rebels.",
                            "2016-05-01")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "not_war"),
    [
        ("The Sudanese president met the leaders of Kenya, Uganda and Somalia to discuss the "
         "attacks of the Lord's Resistance Army.", "Somalia"),
        ("Egypt's foreign minister discussed with the president of Yemen the Islamic State's "
         "attacks in Sinai.", "Yemen"),
    ],
)  # fmt: skip
def test_whose_leaders_talk_is_no_ground(parse, text, not_war):
    assert not_war not in _wars(parse, text, "2016-05-01")
    # a ministry's word on its own war, no other land named, stays
    said = "Iraq's defence ministry said 20 militants were killed in fighting."
    assert "Iraq" in _wars(parse, said, "2015-05-01")


def test_a_list_shares_its_first_land_s_role(parse):
    text = (
        "Libya sent arms through Niger, the Central African Republic and Sudan to the rebels "
        "in Chad."
    )
    wars = _wars(parse, text, "1986-05-01")
    assert "Central African Republic" not in wars
    assert "Libya" not in wars
    assert "Chad" in wars
    # a land listed with where fighters come from, and fighting in it, stays
    fought = "Fighters from Chechnya, Iraq and Syria battled government troops in Aleppo."
    assert "Syria" in _wars(parse, fought, "2016-05-01")


@pytest.mark.parametrize(
    ("text", "not_war"),
    [
        ("Older Palestinians in the camps of Jordan remember the war that followed Israel's "
         "founding.", "Israel–Gaza conflict"),
        ("Elders in Juba recall the fighting that followed Sudan's independence.", "Sudan"),
    ],
)  # fmt: skip
def test_a_war_dated_by_a_state_s_birth_must_fit_that_year(parse, text, not_war):
    assert not_war not in _wars(parse, text)  # undated: the birth's year dates the war
    # a state's birthday marked while its war goes on is no war of that year
    marked = (
        "Rockets from Gaza struck Israel as Israelis marked the anniversary of Israel's creation."
    )
    assert "Israel–Gaza conflict" in _wars(parse, marked, "2024-05-14")


@pytest.mark.parametrize(
    ("text", "date", "not_war"),
    [
        ("Malian troops held joint military exercises with Russian instructors near Bamako.",
         "2023-06-01", "Sahel insurgency"),
        ("Somali soldiers took part in naval drills off Mogadishu.", "2015-05-01", "Somalia"),
    ],
)  # fmt: skip
def test_military_exercises_are_no_war(parse, text, date, not_war):
    assert not_war not in _wars(parse, text, date)
    # an act of war beside a drill is still fighting
    shelled = "Russian forces shelled Kharkiv as Belarus held military exercises on the border."
    assert "Russia–Ukraine war" in _wars(parse, shelled, "2022-05-01")
