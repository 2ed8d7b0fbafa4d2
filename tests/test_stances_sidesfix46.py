"""Who backs whom: wrong claims the first round of stop 39 saw and left (benchmarks/README,
sidesfix46).

Each test holds the misread sentence and sentences of other senses written beside it: a
reported passive's subject is never the reporter; "the group" a verb acts on is none of the
names its subject is made of; a land's own fight against a stranger is that land's war; a
party's home stays its war's place when a state of the next clause names it too.
"""

from __future__ import annotations

from tests.test_stances_news import claimed, claims, theatre_of


def test_a_reported_passives_subject_is_never_the_reporter(parse):
    # was "Rwanda backs the United Nations" (sidesq37)
    ex = parse("The UN said the rebels fighting the army in Goma were backed by Rwanda.", "2008")
    assert claimed(ex) == {("Rwanda", "backs", "rebels", "United Nations")}
    ex = parse("The monitors said the separatists shelling Mariupol were backed by Russia.", "2014")
    assert claims(ex) == {("Russia", "backs", "Donbas separatists")}
    # no subject of the reported clause: nobody backed, never the speaker
    for text in (
        "UN experts said the militias controlling the mines were armed by Rwanda.",
        "Diplomats said the offensive was backed by Russia.",
        "The UN said it was backed by Rwanda.",
    ):
        assert not any("United Nations" in c or "Diplomats" in c for c in claims(parse(text)))
    ex = parse("Kinshasa said the rebels were backed by Rwanda.", "2012")
    assert claims(ex) == {("Rwanda", "backs", "rebels")}


def test_the_group_acted_on_is_none_of_its_subjects_names(parse):
    # was "Iran supplies Hezbollah" (sidesq37)
    ex = parse("Iran, the Houthis' main backer, as well as Hezbollah, has armed the group.", "2024")
    assert ("Iran", "supplies", "Hezbollah") not in claims(ex)
    assert ("Iran", "supplies", "Houthis") in claims(ex)
    ex = parse("The Houthis seized Sanaa. Iran, as well as Hezbollah, has armed the group.", "2014")
    assert claims(ex) == {("Iran", "supplies", "Houthis")}
    # a possessor inside the subject, or a group named before, may be the group, as before
    ex = parse("Iran, the Houthis' main backer, has armed the group.", "2024")
    assert ("Iran", "supplies", "Houthis") in claims(ex)
    ex = parse("Hezbollah fought in Syria. The group was armed by Iran.", "2015")
    assert claims(ex) == {("Iran", "supplies", "Hezbollah")}


def test_a_lands_own_fight_against_a_stranger_is_that_lands_war(parse):
    # was [Ecuador] (sidesfix45's "left out"), [Soviet Union] (sidesq37)
    ex = parse("Colombia bombed the FARC in Ecuador.", "2008-03-01")
    assert theatre_of(ex, "Colombia", "Revolutionary Armed Forces of Colombia (FARC)") == {
        "Colombia"
    }
    ex = parse("Nigeria attacked Boko Haram in Cameroon.", "2015")
    assert theatre_of(ex, "Nigeria", "Boko Haram") == {"Nigeria"}
    ex = parse("Afghan rebels based in Pakistan fought the Soviet army.", "1985")
    assert {w for s in ex.stances for w in theatre_of(ex, s.power, s.party)} == {"Afghanistan"}
    # a stranger's fight with another land's side, and rebels of a land with no listed war of
    # the year, read as before
    ex = parse("Ecuador fought the FARC.", "2008")
    assert theatre_of(ex, "Ecuador", "Revolutionary Armed Forces of Colombia (FARC)") == {
        "Colombia"
    }
    ex = parse("Rwandan rebels fought the Congolese army.", "2012")
    assert {w for s in ex.stances for w in theatre_of(ex, s.power, s.party)} == {"Eastern DR Congo"}
    ex = parse("Turkey bombed the PKK in Iraq.", "2016")
    assert theatre_of(ex, "Turkey", "Kurdistan Workers' Party (PKK)") == {"Iraq"}


def test_a_partys_home_stays_its_wars_place_beside_the_next_clause(parse):
    # sidesq37's next-clause rule filed it in no war (was [Uganda] by chance before)
    ex = parse("Sudan armed the LRA and Uganda sent troops across the border.", "1995")
    assert theatre_of(ex, "Sudan", "Lord's Resistance Army (LRA)") == {"Uganda"}
    ex = parse("Sudan armed the LRA.", "1995")
    assert theatre_of(ex, "Sudan", "Lord's Resistance Army (LRA)") == {"Uganda"}
    # a state of the next clause that is no party's home stays out, as sidesq37 made it
    ex = parse("Qatar funded the rebels and the UAE sent jets.", "2012")
    assert theatre_of(ex, "Qatar", "rebels") == {"Conflict not stated"}
    ex = parse("Venezuela funded the FARC and Ecuador sent troops to the border.", "2008")
    assert theatre_of(ex, "Venezuela", "Revolutionary Armed Forces of Colombia (FARC)") == {
        "Colombia"
    }


def test_men_in_arms_glued_into_the_goods_name_are_their_buyer(parse):
    # was nothing (sidesq37)
    ex = parse("The US gave Angolan rebels missiles.", "1986-02-19")
    assert ("United States", "supplies", "rebels") in claims(ex)
    ex = parse("Iran gave Houthi rebels drones.", "2015")
    assert claims(ex) == {("Iran", "supplies", "Houthis")}
    ex = parse("The US gave rebels missiles.", "1986")
    assert claims(ex) == {("United States", "supplies", "rebels")}
    # one rebel's missiles are the rebels' own; a seizure is no gift
    assert not claims(parse("The army seized rebel missiles.", "2015"))
    ex = parse("Iran gave rebel missiles to the Houthis.", "2015")
    assert claims(ex) == {("Iran", "supplies", "Houthis")}
    assert not claims(parse("Russia gave Syrian rebel groups' missiles to the army.", "2015"))


def test_an_object_the_parse_made_the_next_clauses_subject(parse):
    # was nothing (sidesq37)
    ex = parse("Russia backed Haftar and Turkey sent drones.", "2020")
    assert claims(ex) == {("Russia", "backs", "Libyan National Army (LNA)")}
    assert theatre_of(ex, "Russia", "Libyan National Army (LNA)") == {"Libya"}
    # a verb of saying, another noun joined, or a state joined as an object, as before
    assert not claims(parse("Russia said Haftar and Turkey sent drones.", "2020"))
    ex = parse("Russia backed Haftar and Turkey backed the government.", "2020")
    assert ("Russia", "backs", "Turkey") not in claims(ex)
    ex = parse("Moscow backed Serbia and Croatia declared independence.", "1993")
    assert claims(ex) == {("Russia", "backs", "Serbia")}
