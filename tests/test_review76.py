"""Who backs whom: sidesfix61's and sidesq42's rules read against sentences of other senses.

Each test holds a kind a rule misread (written in benchmarks/data/review76 before any run) and
sentences of the rule's own sense that keep their reading.
"""

from __future__ import annotations

from tests.test_stances_news import claimed, claims, theatre_of


def test_a_war_a_noun_of_arms_or_a_front_names_is_fought(parse):
    # was none: a noun before "war" read as the thing it is over
    ex = parse("The border war between Ethiopia and Eritrea escalated in February.", "1999-06-10")
    assert ("Ethiopia", "opposes", "Eritrea") in claims(ex)
    assert ("Eritrea", "opposes", "Ethiopia") in claims(ex)
    ex = parse("The drone war between Russia and Ukraine escalated over the summer.", "2024-08-20")
    assert ("Russia", "opposes", "Ukraine") in claims(ex)
    ex = parse("The tanker war between Iran and Iraq intensified in the Gulf.", "1987-07-01")
    assert ("Iraq", "opposes", "Iran") in claims(ex)
    # a thing a war is over, or a race, stays no fighting
    for text in (
        "The gas war between Russia and Ukraine escalated in January.",
        "The water war between Egypt and Ethiopia over the Nile dam escalated.",
        "The banana war between the European Union and the United States escalated.",
        "The arms war between China and the United States escalated.",
    ):
        assert not parse(text, "2009-01-16").stances, text


def test_acquired_is_a_purchase_only_from_a_named_seller(parse):
    # was the United States supplies Iran: a drone got by its crash, not bought
    ex = parse("Iran acquired an American-made drone after it crashed near Kashmar.", "2011-12-08")
    assert not ex.stances
    ex = parse(
        "Ukraine's army acquired dozens of Russian-made tanks abandoned by retreating troops.",
        "2022-10-01",
    )
    assert not ex.stances
    # a seller named, and the buying verbs, keep their readings
    ex = parse("Turkey acquired S-400 missile systems from Russia.", "2019-07-12")
    assert ("Russia", "supplies", "Turkey") in claims(ex)
    ex = parse("Pakistan bought Chinese-made jets.", "2021-06-01")
    assert ("China", "supplies", "Pakistan") in claims(ex)
    ex = parse("Qatar purchased American-made F-15 jets.", "2017-06-01")
    assert ("United States", "supplies", "Qatar") in claims(ex)


def test_a_war_of_several_lands_rebels_may_be_another_lands(parse):
    # was none: Armenia is a land of the war, but the separatists are Azerbaijan's
    ex = parse("Armenia backed the separatists in Nagorno-Karabakh.", "1993-06-01")
    assert ("Armenia", "backs", "separatists") in claims(ex)
    ex = parse("Azerbaijan accused Armenia of arming the separatists.", "2020-10-01")
    assert ("Armenia", "supplies", "separatists", "Azerbaijan") in claimed(ex)
    ex = parse("Mali accused Niger of backing the rebels in northern Mali.", "2012-04-01")
    assert ("Niger", "backs", "rebels", "Mali") in claimed(ex)
    # a war in one state's land: that state's own rebels are still not read as backed by it
    ex = parse("Mali accused Ukraine of backing the rebels.", "2024-08-05")
    assert not [s for s in ex.stances if s.power == "Ukraine" and "Donbas" in s.party]
    # a state of the war backing another land's rebels by name keeps its reading
    ex = parse("Kyiv accused Moscow of arming the rebels.", "2014-06-01")
    assert ("Russia", "supplies", "Donbas separatists") in {c[:3] for c in claimed(ex)}


def test_a_side_behind_an_act_only_when_it_names_the_doer(parse):
    # was Israel backs Hezbollah: the name owns the pagers struck, not the attack
    ex = parse("Hezbollah said Israel was behind the Hezbollah pager attacks.", "2024-09-20")
    assert not [s for s in ex.stances if s.relation == "backs"]
    # the doer named next to the act, or with a weapon between, keeps its reading
    ex = parse("Iran is behind the Houthi attacks on shipping, Washington says.", "2024-01-12")
    assert ("Iran", "backs", "Houthis") in claims(ex)
    ex = parse("Washington says Iran is behind the Houthi missile attacks.", "2024-01-12")
    assert ("Iran", "backs", "Houthis") in claims(ex)
    ex = parse("Chad said Sudan was behind a rebel attack in the east.", "2006-04-14")
    assert [s for s in ex.stances if (s.power, s.relation) == ("Sudan", "backs")]


def test_rebels_a_neighbour_is_accused_of_backing_fight_the_accuser(parse):
    # brief item 3: was Sudan backs "rebels" [Conflict not stated], claimed by Chad
    ex = parse("Chad accused Sudan of backing rebels.", "2006-04-14")
    assert theatre_of(ex, "Sudan", "rebels") == {"Chad"}
    ex = parse("Mali accused Algeria of backing the rebels.", "2024-02-01")
    assert theatre_of(ex, "Algeria", "rebels") == {"Sahel insurgency"}
    # a state far off, and a place named, keep their readings
    ex = parse("Moscow accused Pakistan of arming the rebels.", "1986-06-01")
    assert theatre_of(ex, "Pakistan", "rebels") == {"Conflict not stated"}
    ex = parse("The United States accused Russia of arming the rebels.", "2014-06-01")
    assert theatre_of(ex, "Russia", "rebels") == {"Conflict not stated"}
    ex = parse("Sudan accused Chad of backing rebels in Darfur.", "2006-04-20")
    assert theatre_of(ex, "Chad", "Darfur rebels") == {"War in Darfur"}
