"""Who backs whom: the doubtful claims stop 43 left, then a miss of its twenty-first batch.

A war a noun before it names, told only by its course, is no fighting ("the gas war
escalated"); help to put out a fire is no side; a party of several wars after the word of a
state none of them is fought in is another group; Assad's government is named so only to
2024; weapons a state bought that another state made are that state's supply. Each test
holds the readings fixed and sentences of other senses that read as they did.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_stances_news import claimed, claims

ROOT = Path(__file__).resolve().parent.parent


def _parties(ex) -> set:
    return {s.party for s in ex.stances}


def test_a_war_named_for_a_thing_and_told_by_its_course_sets_no_one_against_anyone(parse):
    for text, date in (
        ("The gas war between Russia and Ukraine escalated.", "2009-01-05"),
        ("The cod war between Britain and Iceland intensified.", "1975-12-01"),
        ("The beef war between France and Britain resumed.", "1999-06-01"),
    ):
        assert not claims(parse(text, date)), text
    # told by its dead, or a war an adjective names, or clashes: fighting, as before
    for text, date, a, b in (
        (
            "The border war between Ethiopia and Eritrea killed tens of thousands of soldiers.",
            "2000-06-01",
            "Ethiopia",
            "Eritrea",
        ),
        ("The war between Iran and Iraq escalated.", "1984-06-01", "Iraq", "Iran"),
        ("The bloody war between Iran and Iraq raged for six years.", "1986-06-01", "Iraq", "Iran"),
        (
            "Border clashes between Thailand and Cambodia escalated.",
            "2011-02-06",
            "Thailand",
            "Cambodia",
        ),
    ):
        got = claims(parse(text, date))
        assert (a, "opposes", b) in got, text


def test_help_to_put_out_a_fire_backs_no_one(parse):
    for text, date in (
        ("Russian planes helped Syrian troops put out the fires in Latakia.", "2020-10-10"),
        ("Greek planes helped Turkey put out the forest fires.", "2021-08-05"),
        (
            "American helicopters helped the Afghan army put out the fires at the base in Bagram.",
            "2010-06-01",
        ),
    ):
        assert not {c for c in claims(parse(text, date)) if c[1] == "backs"}, text
    # a verb with its particle against an armed side still takes one
    ex = parse("Russian jets helped Syrian troops wipe out the rebels in Latakia.", "2016-06-01")
    assert ("Russia", "backs", "Syrian government (Assad)") in claims(ex)
    ex = parse(
        "French troops helped Mali's army stamp out the jihadist revolt in the north.", "2013-06-01"
    )
    assert ("France", "backs", "Malian government") in claims(ex)


def test_a_party_of_several_wars_under_another_lands_word_is_another_group(parse):
    ex = parse("Iran armed the Iraqi Hezbollah militia.", "2015-06-01")
    assert ("Iran", "supplies", "Iraqi Hezbollah militia") in claims(ex)
    assert "Hezbollah" not in _parties(ex)
    ex = parse("Turkey accused Iran of arming the Turkish Hezbollah.", "1995-06-01")
    assert ("Iran", "supplies", "Turkish Hezbollah", "Turkey") in claimed(ex)
    # its own wars' lands' word, and the word of the state that sends it: the party
    ex = parse("Iran armed the Lebanese Hezbollah.", "2006-06-01")
    assert ("Iran", "supplies", "Hezbollah") in claims(ex)
    ex = parse("Russian Wagner mercenaries backed Haftar's forces in Libya.", "2020-06-01")
    assert ("Wagner Group", "backs", "Libyan National Army (LNA)") in claims(ex)
    ex = parse(
        "The Russian Africa Corps fought beside Malian troops against the jihadists.", "2024-06-01"
    )
    assert ("Africa Corps", "backs", "Malian government (junta)") in claims(ex)


def test_assads_government_is_named_so_only_to_2024(parse):
    text = "Russia armed the Syrian army."
    assert ("Russia", "supplies", "Syrian government (Assad)") in claims(parse(text, "2019-06-01"))
    got = claims(parse(text, "2025-06-01"))
    assert ("Russia", "supplies", "Syrian government (Assad)") not in got
    assert ("Russia", "supplies", "Syrian government") in got


def test_weapons_a_state_bought_that_another_state_made_are_that_states_supply(parse):
    ex = parse("Egypt bought French-made Rafale jets.", "2015-06-01")
    assert ("France", "supplies", "Egypt") in claims(ex)
    ex = parse("India purchased Russian-built S-400 missile systems.", "2019-06-01")
    assert ("Russia", "supplies", "India") in claims(ex)
    ex = parse("Morocco bought Soviet-made tanks from Belarus.", "1995-06-01")
    assert claims(ex) == {("Belarus", "supplies", "Morocco")}
    for text in (
        "The rebels bought Russian-made rifles on the black market.",
        "Poland wants to buy American-made tanks.",
        "Peru bought second-hand French-made jets.",
        "Peru bought Soviet-made jets.",  # 2010: the Soviet Union was gone
        "Brazil bought Brazilian-made helicopters.",
    ):
        assert not claims(parse(text, "2010-06-01")), text
    # stances_fresh21 n13: the buyer's president says so
    path = (
        "benchmarks/data/stances_fresh21/docs/n13-albawaba-turkish-drones-for-azerbaijan-2020.txt"
    )
    got = claimed(parse((ROOT / path).read_text(encoding="utf-8"), "2020-07-01"))
    assert ("Turkey", "supplies", "Azerbaijan", "Azerbaijan") in got


def test_a_state_behind_a_sides_attack_or_the_side_backs_it(parse):
    ex = parse(
        "Chad's defence ministry said Sudan was behind a rebel attack in the east of Chad.",
        "2008-04-10",
    )
    assert {(s.power, s.relation, s.claimed_by) for s in ex.stances} == {("Sudan", "backs", "Chad")}
    ex = parse("Washington says Iran is behind the Houthi attacks on shipping.", "2024-01-12")
    assert ("Iran", "backs", "Houthis", "United States") in claimed(ex)
    ex = parse("Sudan was behind the JEM offensive on Omdurman.", "2008-05-12")
    assert ("Sudan", "backs", "Justice and Equality Movement (JEM)") in claims(ex)
    # behind a state, an act no side is named on, or not on "be": no side
    for text in (
        "Police said Russia was behind the attack.",
        "Iran is behind Iraq in oil output.",
        "American paratroopers landed behind German lines.",
    ):
        assert not claims(parse(text, "2010-06-01")), text
    # denied: a denial
    ex = parse("Sudan denied that it was behind the rebel attack.", "2008-06-01")
    assert any(s.power == "Sudan" and s.relation == "backs" for s in ex.stances if s.negated)
