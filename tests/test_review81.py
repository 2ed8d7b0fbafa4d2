"""Who backs whom: review81's narrowings of sidesfix63's attack held off and deed of a list.

An attack held off sets each side against the other only where it is told as one of arms: not
one a word of words or play qualifies ("a diplomatic attack", "a cyber attack"), and, between
states named bare, only one told with nothing but its attacker and its ground or time ("India
beat back a Pakistani attack in Kargil"), not "a late attack" in a final, an attack "on its
trade policy" or an advance "at the negotiating table". A deed of one name "or" another
is nobody's stated deed. Each test fails on main e0f28882.
"""

from __future__ import annotations

from tests.test_stances_news import claims


def test_an_attack_of_words_held_off_sets_no_sides(parse):
    for text in (
        "Poland withstood a diplomatic attack by Hungary over the EU budget.",
        "Spain rebuffed a verbal attack by Morocco over Ceuta.",
        "Russia repelled a cyber attack by Ukraine.",
    ):
        assert not claims(parse(text, "2021-06-01")), text
    # an attack in arms by a listed side, or by men in arms, as before
    ex = parse("Israel repelled an attack by Hezbollah on its northern border.", "2006-07-20")
    assert ("Israel", "opposes", "Hezbollah") in claims(ex)
    ex = parse("Ukrainian troops repelled an attack by the separatists near Donetsk.", "2014-06")
    assert ("Ukraine", "opposes", "Donbas separatists") in claims(ex)


def test_an_attack_between_bare_states_needs_no_more_than_its_ground(parse):
    for text in (
        "Germany repelled a late attack by France to win the final 1-0.",
        "China rebuffed an attack by the United States on its trade policy.",
        "Turkey pushed back a Greek advance at the negotiating table.",
    ):
        assert not claims(parse(text, "2018-06-01")), text
    # an attack told by its attacker and its ground: each against the other, as before
    ex = parse("India beat back a Pakistani attack in Kargil.", "1999-07-01")
    assert ("India", "opposes", "Pakistan") in claims(ex)
    ex = parse("The Taliban repelled an attack by Islamic State fighters in Nangarhar.", "2020")
    assert ("Taliban", "opposes", "Islamic State") in claims(ex)


def test_a_deed_of_either_of_two_names_is_nobodys(parse):
    ex = parse(
        "Washington warned against Turkey or Qatar arming the Syrian rebels with missiles.",
        "2013-06-01",
    )
    assert not claims(ex)
    # a deed of both names is each one's, as sidesfix63 reads it
    ex = parse("Washington objected to Russia and Iran arming the separatists.", "2015-06-01")
    assert ("Iran", "supplies", "separatists") in claims(ex)
