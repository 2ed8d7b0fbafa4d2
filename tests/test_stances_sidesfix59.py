"""Who backs whom: what sidesq41 and sidesfix58 left (benchmarks/data/sidesfix59), each kind
with sentences of other senses.

A party named for the state only in its years ("the government in Tripoli" of 2022 is no
GNA); a wish to give arms gives none ("Libya seeks to arm the rebels in Chad"); a deed a
remark verb speaks of is the remarker's claim ("Washington objected to Russia arming the
separatists"); the land a man fled to is no place of the war; a state's contingent is its men.
"""

from __future__ import annotations

from tests.test_stances_news import claimed, claims, theatre_of


def test_a_party_no_longer_holding_the_state_is_not_named_for_it(parse):
    # were Turkey backs the GNA, which the Government of National Unity replaced in 2021
    ex = parse("Turkey backed Dbeibah's government against its rivals in the east.", "2022-06-01")
    assert claims(ex) == {("Turkey", "backs", "Libyan government")}
    ex = parse("Turkey backed the government in Tripoli.", "2022-06-01")
    assert claims(ex) == {("Turkey", "backs", "Libyan government")}
    # in the GNA's years, and its own name: as before
    ex = parse("Turkey backed the government in Tripoli against Haftar's forces.", "2019-06-01")
    assert ("Turkey", "backs", "Government of National Accord (GNA)") in claims(ex)
    ex = parse("Turkey sent troops to support Sarraj's government in Tripoli.", "2020-06-01")
    assert claims(ex) == {("Turkey", "backs", "Government of National Accord (GNA)")}
    ex = parse("France backed Chad against the government in Tripoli.", "1987-06-01")
    assert ("France", "opposes", "Libyan government") in claims(ex)


def test_a_wish_to_give_arms_gives_none(parse):
    # was Libya supplies the rebels, told as done
    assert not claims(parse("Libya seeks to arm the rebels in Chad.", "1983-06-01"))
    assert not claims(parse("Iran wants to supply drones to Russia.", "2023-06-01"))
    # a deed begun or going on, and a wish to overthrow: as before
    ex = parse("Libya began to arm the rebels in Chad.", "1983-06-01")
    assert claims(ex) == {("Libya", "supplies", "rebels")}
    ex = parse("Iran continues to arm the Houthis.", "2016-06-01")
    assert claims(ex) == {("Iran", "supplies", "Houthis")}
    ex = parse("The rebels seek to overthrow the Sandinista government.", "1985-06-01")
    assert claims(ex) == {("rebels", "opposes", "Nicaraguan government")}


def test_a_deed_a_remark_verb_speaks_of_is_the_remarkers_claim(parse):
    # was Russia supplies the separatists as the article's own fact
    ex = parse("Washington objected to Russia arming the separatists.", "2015-06-01")
    assert claimed(ex) == {("Russia", "supplies", "separatists", "United States")}
    ex = parse("Riyadh complained about Iran arming the Houthis.", "2016-06-01")
    assert claimed(ex) == {("Iran", "supplies", "Houthis", "Saudi Arabia")}
    # on a noun, or a verb of motion: as before (no one's claim)
    ex = parse("Riyadh called for an end to Iran arming the Houthis.", "2016-06-01")
    assert claimed(ex) == {("Iran", "supplies", "Houthis", None)}
    ex = parse("The United States went to Honduras arming the Contras.", "1985-06-01")
    assert claims(ex) == {("United States", "supplies", "Contras")}


def test_the_land_a_man_fled_to_is_no_place_of_the_war(parse):
    # was filed under [Libya], where Amin fled after
    ex = parse("Ousted by the Tanzanian army, Amin fled to Libya.", "1979-06-01")
    assert claims(ex) == {("Tanzania", "opposes", "Amin")}
    assert "Libya" not in theatre_of(ex, "Tanzania", "Amin")
    # troops sent there: the war's, as before
    ex = parse("Libya sent troops to Uganda to help Amin against Tanzania.", "1979-06-01")
    assert theatre_of(ex, "Libya", "Amin") == {"Uganda"}


def test_a_states_contingent_is_its_men(parse):
    # was none: "contingent" named no state
    ex = parse("Zaire criticised the Cuban contingent sent to defend the MPLA.", "1976-06-01")
    assert claims(ex) == {("Cuba", "backs", "MPLA")}
    # a contingent of no state, or of people who do not fight: none, as before
    assert not claims(parse("The police contingent guarded the embassy in Bamako.", "2013-06-01"))
    assert not claims(parse("A contingent of Kenyan journalists visited Mogadishu.", "2013-06-01"))
