"""Who backs whom: what sidesfix48 left (benchmarks/README, sidesfix49).

A bombing, a shelling or a strike by a state or an alliance on a state is opposition, with the
guards of an invasion; a verb of blame for such an act ("scolded NATO for bombing
Yugoslavia") is the blamer's opposition to the one blamed, in the act's war; a name joined
to the verb's object with a description set off by commas before a verb of its own is that
verb's subject, also when the tagger reads the verb as a participle or the parser hangs the
description on the first verb. Each beside sentences of other senses that read as before.
"""

from __future__ import annotations

from tests.test_stances_news import claimed, claims, theatre_of


def test_a_bombing_of_a_state_by_a_state_or_an_alliance_opposes_it(parse):
    # were nothing
    ex = parse("NATO bombed Yugoslavia.", "1999-04-02")
    assert claims(ex) == {("NATO", "opposes", "Yugoslavia")}
    ex = parse("The United States bombed Libya.", "1986-04-16")
    assert claims(ex) == {("United States", "opposes", "Libya")}
    ex = parse("Israel struck Iran.", "2024-10-27")
    assert claims(ex) == {("Israel", "opposes", "Iran")}
    # not done, only threatened, by mistake, on a listed war's side named by its state, on
    # a thing or a place, no state striking: nothing, as before
    for text, date in [
        ("NATO did not bomb Yugoslavia.", "1999-03-01"),
        ("NATO might bomb Yugoslavia.", "1998-10-01"),
        ("NATO threatened to bomb Yugoslavia.", "1998-10-01"),
        ("The United States bombed Syria by mistake.", "2003-03-25"),
        ("Turkey shelled Syria.", "2019-10-10"),
        ("The Soviet Union bombed Afghanistan.", "1985-03-01"),
        ("Russia struck a deal with Turkey.", "2016-08-09"),
        ("The EU struck a trade deal with Japan.", "2018-07-17"),
        ("The storm struck Cuba.", "2017-09-09"),
        ("Israel bombed Syria's reactor.", "2007-09-07"),
        ("India shelled Pakistan's posts across the border.", "2019-02-27"),
    ]:
        assert not claims(parse(text, date)), text


def test_a_blame_for_an_act_of_war_opposes_the_one_blamed_in_its_war(parse):
    # was nothing
    ex = parse("Beijing scolded NATO for bombing Yugoslavia.", "1999-05-10")
    assert ("China", "opposes", "NATO", None) in claimed(ex)
    assert ("NATO", "opposes", "Yugoslavia", "China") in claimed(ex)
    assert theatre_of(ex, "China", "NATO") == theatre_of(ex, "NATO", "Yugoslavia")
    ex = parse("The United Nations condemned Iraq for invading Kuwait.", "1990-08-03")
    assert ("United Nations", "opposes", "Iraq", None) in claimed(ex)
    # praise, an act not done, an act on no side, a blame of policy: nothing, as before
    for text, date in [
        ("The senator praised NATO for bombing Yugoslavia.", "1999-05-10"),
        ("Russia criticised NATO for not bombing Yugoslavia.", "1999-05-10"),
        ("France scolded Britain for bombing a convoy.", "2003-03-30"),
        ("Iran blamed Israel for striking its nuclear sites.", "2024-10-28"),
        ("Germany scolded Greece for its budget deficit.", "2010-05-01"),
        ("Washington scolded France for opposing the war.", "2003-03-01"),
    ]:
        assert not claims(parse(text, date)), text


def test_a_name_and_its_description_before_a_verb_are_its_subject(parse):
    # were "Spain backs Portugal", "Russia opposes Iran", "Turkey backs Armenia"
    assert not claims(parse("Spain backed the motion and Portugal, its neighbour, abstained."))
    ex = parse("Russia backed the plan and Iran, the Islamic Republic's rival, opposed it.")
    assert not claims(ex)
    ex = parse(
        "Turkey backed Azerbaijan and Armenia, its foe, accused Ankara of sending mercenaries.",
        "2020-10-01",
    )
    assert ("Turkey", "backs", "Armenia") not in claims(ex)
    assert ("Turkey", "backs", "Azerbaijan") in claims(ex)
    # no verb after the description: a second object, as before
    ex = parse("Russia armed Syria and Iran, its ally, in 2015.", "2015-03-01")
    assert ("Russia", "supplies", "Iran") in claims(ex)
    ex = parse("The United States armed Israel and Egypt, its neighbour, protested.", "1973")
    assert claims(ex) == {("United States", "supplies", "Israel")}


def test_a_leader_while_another_of_his_state_held_office_is_the_man(parse):
    # was "Angola opposes the Ivorian government" (Gbagbo held office until April 2011)
    ex = parse("Angola backed Gbagbo against Ouattara.", "2011-03-01")
    assert ("Angola", "opposes", "Alassane Ouattara") in claims(ex)
    assert ("Angola", "opposes", "Ivorian government") not in claims(ex)
    # was "France backs the Chadian government" (his father held office until 2021)
    ex = parse("France backed Mahamat Idriss Deby against the rebels.", "2015-03-01")
    assert ("France", "backs", "Mahamat Idriss Deby") in claims(ex)
    # his family name alone, shared with the one then in office, is that one, as before
    ex = parse("Troops from Zimbabwe, Angola and Namibia came to Kabila's aid.", "1998-08-25")
    assert ("Angola", "backs", "Congolese government") in claims(ex)
    # a leader with years of his own, in them, is his state's side, as before
    ex = parse("Moscow backed Maduro.", "2019-02-01")
    assert claims(ex) == {("Russia", "backs", "Venezuelan government")}
    # no one of his state in office by the lexicon's years: as before
    ex = parse("Russia opposed Yushchenko.", "2006-03-01")
    assert claims(ex) == {("Russia", "opposes", "Ukrainian government")}
