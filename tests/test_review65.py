"""Who backs whom: the readings stop 41's new stance rules (sidesfix52, sidesq39) made wrong on
stories of other senses (benchmarks/data/review65), each narrowed to its kind.

A generation's word ("Sr.") is part of a leader's surname, so a given name before it is
another man's; a regime's leader out of office is the man only for a claim of a known time,
not one told in the past of no time; "shadow" sets only a governing body against its state,
not its armed men; a town taken for a man that the claim sets against a named side is a side.
Each test holds the sentences of other senses beside the one fixed.
"""

from __future__ import annotations

from tests.test_stances_news import claims


def test_a_given_name_before_a_surname_and_its_generation_is_another_man(parse):
    # was the United States backs the Contras: "Bush Sr." read as George H. W. Bush
    ex = parse(
        "The committee heard that Wesley Bush Sr., a Texas oilman, funded the Contras.",
        "1986-06-01",
    )
    assert not {c for c in claims(ex) if c[0] == "United States"}
    ex = parse("In Miami, Jeb Bush Jr. backed the Contras.", "1986-06-01")
    assert not {c for c in claims(ex) if c[0] == "United States"}
    ex = parse("Wesley Bush Sr., a Texas oilman, funded the Contras.", "1986-06-01")
    assert not {c for c in claims(ex) if c[0] == "United States"}
    # a common word opening the sentence is no given name
    ex = parse("Under Bush Sr., the United States backed Kuwait against Iraq.", "1991-06-01")
    assert ("United States", "backs", "Kuwait") in claims(ex)
    ex = parse("When Bush Sr. backed Kuwait against Iraq, Jordan sided with Baghdad.", "1991-06-01")
    assert ("United States", "backs", "Kuwait") in claims(ex)
    # the presidents by their suffixes, as sidesfix52 read them
    ex = parse("On Friday George Bush Senior backed Kuwait against Iraq.", "1990-08-10")
    assert ("United States", "backs", "Kuwait") in claims(ex)
    ex = parse("On Friday President Bush Sr. backed Kuwait against Iraq.", "1990-08-10")
    assert ("United States", "backs", "Kuwait") in claims(ex)
    ex = parse("George Bush Jr. opposed Saddam.", "2003-03-01")
    assert ("United States", "opposes", "Saddam Hussein government") in claims(ex)


def test_a_past_backing_of_no_time_is_of_the_leader_in_office(parse):
    # was Bashar al-Assad, the man: a backing of the war's years, told after his fall
    ex = parse(
        "Russia backed Bashar al-Assad with air strikes throughout the civil war.", "2025-06-01"
    )
    assert claims(ex) == {("Russia", "backs", "Syrian government (Assad)")}
    # was Saddam Hussein, the man
    ex = parse(
        "During the Iran-Iraq war the United States quietly backed Saddam Hussein against Tehran.",
        "2015-03-03",
    )
    assert ("United States", "backs", "Saddam Hussein government") in claims(ex)
    ex = parse("France opposed Muammar Gaddafi and armed the rebels who toppled him.", "2015-06-01")
    assert ("France", "opposes", "Gaddafi government") in claims(ex)
    # told of now, or since his fall: the man, as sidesfix52 read it
    ex = parse("Russia still backs Bashar al-Assad.", "2025-06-01")
    assert claims(ex) == {("Russia", "backs", "Bashar al-Assad")}
    ex = parse("Russia has sheltered Bashar al-Assad since his fall.", "2025-06-01")
    assert claims(ex) == {("Russia", "backs", "Bashar al-Assad")}
    ex = parse("Syria still backs Saddam Hussein, who is on trial in Baghdad.", "2005-10-01")
    assert claims(ex) == {("Syria", "backs", "Saddam Hussein")}
    # a year of its own, in office: the regime
    ex = parse("In 2015, Russia backed Bashar al-Assad with air strikes.", "2025-06-01")
    assert claims(ex) == {("Russia", "backs", "Syrian government (Assad)")}


def test_a_shadow_army_is_its_states_hidden_hand(parse):
    # was "shadow army" backs the Syrian government
    ex = parse("Iran's shadow army of militias fights for Assad in Syria.", "2018-06-01")
    assert ("Iran", "backs", "Syrian government (Assad)") in claims(ex)
    ex = parse("Iran's shadow army backs the Syrian government.", "2018-06-01")
    assert ("Iran", "backs", "Syrian government (Assad)") in claims(ex)
    # a governing body so named is a rival one, not the state
    ex = parse("The rebels are supported by Myanmar's shadow government.", "2022-06-01")
    assert not {c for c in claims(ex) if c[0] == "Myanmar"}
    ex = parse("Britain's shadow cabinet backed the war against Iraq.", "2003-03-01")
    assert not {c for c in claims(ex) if c[0] == "United Kingdom"}
    ex = parse("The rebels are supported by Myanmar's parallel government.", "2022-06-01")
    assert not {c for c in claims(ex) if c[0] == "Myanmar"}


def test_a_town_set_against_a_side_is_its_fighters(parse):
    # was nothing for Misrata (the tagger's man, a Libyan war's town)
    ex = parse("Qatar and Turkey backed Misrata against Haftar's forces.", "2014-08-01")
    assert ("Qatar", "backs", "Misrata") in claims(ex)
    assert ("Turkey", "backs", "Misrata") in claims(ex)
    # a town backed with no side against it stays no side
    ex = parse("An expert who believes Goma was backed by Rwanda spoke to reporters.", "2013-03-01")
    assert not any(c[2] == "Goma" for c in claims(ex))
    ex = parse(
        "An expert who believes Goma was backed by Rwanda against the army spoke.", "2013-03-01"
    )
    assert not any(c[2] == "Goma" for c in claims(ex))
