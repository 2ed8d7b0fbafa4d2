"""Who backs whom: clashes between peoples, a gathering's backing, a clause before a help, a
town's government, an attack of words fought off, a trailing backer after a ward's name and
a mediator's envoy of no land make no wrong side; their other senses read as before.
"""

from __future__ import annotations

from tests.test_stances_news import claims


def test_clashes_between_peoples_set_no_state_against_another(parse):
    ex = parse(
        "Ten years ago Azimjon Askarov, an ethnic Uzbek rights activist, was arrested after "
        "the clashes between Uzbeks and Kyrgyz that began in the city of Osh.",
        "2020-06-14",
    )
    assert not claims(ex)
    ex = parse("Clashes between Kyrgyz and Tajik border guards killed dozens of people.", "2022")
    assert ("Kyrgyzstan", "opposes", "Tajikistan") in claims(ex)


def test_a_gathering_in_support_of_a_side_is_not_its_policemen(parse):
    ex = parse(
        "In Paris, riot police faced protesters at a banned march in support of the "
        "Palestinians of the Gaza Strip.",
        "2021-05-15",
    )
    assert not claims(ex)
    ex = parse("Russia sent troops in support of the Syrian government.", "2015-10-01")
    assert ("Russia", "backs", "Syrian government (Assad)") in claims(ex)


def test_a_clause_before_a_colon_is_not_what_a_help_is_for(parse):
    ex = parse(
        "The Malaysian authorities chose him to represent the Cambodian residents: he helps "
        "with legal advice, and interprets for the Cambodian embassy in Malaysia.",
        "2023-01-10",
    )
    assert not claims(ex)
    ex = parse("Iran helped the Syrian army retake Aleppo.", "2016-12-22")
    assert ("Iran", "backs", "Syrian government (Assad)") in claims(ex)


def test_a_citys_government_is_no_side(parse):
    ex = parse(
        "The Reform Party and the Centre Party will topple Tallinn's city government next "
        "week, said the incumbent mayor.",
        "2024-02-08",
    )
    assert not claims(ex)
    ex = parse("The Taliban vowed to topple the Kabul government.", "1996-06-03")
    assert ("Taliban", "opposes", "Afghanistan") in {
        (p, r, "Afghanistan" if "Afghan" in q else q) for p, r, q in claims(ex)
    }


def test_an_attack_of_words_fought_off_is_no_war(parse):
    ex = parse("Greece fought off a verbal attack by Turkey over Cyprus.", "1996-03-03")
    assert ("Greece", "opposes", "Turkey") not in claims(ex)
    ex = parse("Ethiopia fought off an Eritrean attack near Badme.", "1999-02-25")
    assert ("Eritrea", "opposes", "Ethiopia") in claims(ex)


def test_a_backer_after_a_wards_name_backs_no_attacker(parse):
    ex = parse("Israel launched an offensive against Hezbollah, backed by Iran.", "2006-07-20")
    found = claims(ex)
    assert ("Iran", "backs", "Israel") not in found
    assert ("Israel", "opposes", "Hezbollah") in found


def test_a_mediators_envoy_of_no_land_is_no_side(parse):
    ex = parse(
        "The ceasefire, brokered by the United States, was announced in Washington on Sunday "
        "after talks between Deputy Secretary of State Stephen Biegun and the foreign "
        "ministers of Armenia and Azerbaijan.",
        "2020-10-26",
    )
    mediated = {q for p, r, q in claims(ex) if r == "mediates" and p == "United States"}
    assert "Stephen Biegun" not in mediated
    assert "Armenia" in mediated


def test_a_land_of_talk_is_no_ground_of_the_war(parse):
    from tests.test_stances_news import theatre_of

    ex = parse(
        "In a dry and dusty landscape, Mongo is a town of 40,000 people in Chad. "
        "Hardly anyone in America is talking about it: Idriss Déby of Chad, one of "
        "Africa's longest-serving presidents, was killed in a battle against rebels.",
        "2021-04-21",
    )
    assert theatre_of(ex, "Chad", "rebels") == {"Chad"}


def test_a_campaign_a_stop_is_done_in_goes_on(parse):
    ex = parse(
        "The government of President Bashar al-Assad has cut off food, water, medicine and "
        "electricity to Moadamiyeh, a town 10 km southwest of Damascus, in its campaign "
        "against the rebel forces holding it.",
        "2013-10-20",
    )
    assert ("Syrian government (Assad)", "opposes", "rebel forces") in claims(ex)
    ex = parse("Israel halted air strikes for four days in its war against Hamas.", "2023-11-24")
    assert ("Israel", "opposes", "Hamas") in claims(ex)
    ex = parse("Pakistan stopped its support for the mujahideen.", "1989-05-01")
    assert ("Pakistan", "backs", "mujahideen") in claims(ex, negated=True)
