"""Who backs whom: stop 39's wrong claims and misses (benchmarks/README, sidesfix48).

A head of state backed by his name while the lexicon knows he held power is his state's side
("Moscow backed Maduro"), and one it knows out of office is the man; a headline's "US to give
..." has its subject; a state after "and" and a comma whose phrase is a thing like the verb's
first object ("the first motion and Portugal, the second") opens a clause whose verb is left
out; a people's fighters in a story dated before their listed group's war began are that
people's men. Each beside sentences of other senses that read as before.
"""

from __future__ import annotations

from tests.test_stances_news import claims, theatre_of


def test_a_leader_in_office_backed_by_name_is_his_states_side(parse):
    # were nothing
    ex = parse("Washington backed Guaido's bid, and Moscow backed Maduro.", "2019-02-01")
    assert ("Russia", "backs", "Venezuelan government") in claims(ex)
    assert claims(parse("Moscow backed Maduro.", "2019-02-01")) == {
        ("Russia", "backs", "Venezuelan government")
    }
    assert claims(parse("Washington supported Mobutu.", "1985-03-01")) == {
        ("United States", "backs", "Zairean government")
    }
    # before he held power, his plan, a leader of no known years: nothing, as before
    assert not claims(parse("The Kremlin backed Maduro, then the foreign minister.", "2010"))
    assert not claims(parse("China backed Maduro's plan.", "2019-03-01"))
    assert not claims(parse("Putin backed Trump.", "2016-03-01"))


def test_a_leader_known_out_of_office_is_the_man_not_his_state(parse):
    # was "Russia backs Ukraine"
    assert claims(parse("Russia supports Yanukovych.", "2015-03-01")) == {
        ("Russia", "backs", "Viktor Yanukovych")
    }


def test_a_headlines_name_before_to_is_the_subject(parse):
    # was nothing
    ex = parse("US to give Afghan rebels Stinger missiles.", "1986-03-01")
    assert claims(ex) == {("United States", "supplies", "Afghan mujahideen")}
    # a gift of no arms to no side, a sentence with a subject: as before
    assert not claims(parse("The United States gave Afghan students scholarships.", "1986"))
    ex = parse("The United States will give Afghan rebels Stinger missiles.", "1986-03-01")
    assert claims(ex) == {("United States", "supplies", "Afghan mujahideen")}


def test_a_state_after_a_thing_backed_opens_a_gapped_clause(parse):
    # were "Spain backs Portugal", "France backs Russia", "the United Kingdom backs France"
    assert not claims(parse("Spain backed the first motion and Portugal, the second.", "2019"))
    assert not claims(parse("Spain backed one motion and Portugal, the other.", "2019"))
    assert not claims(parse("France backed the resolution and Russia, the amendment.", "2019"))
    assert not claims(parse("Britain backed the resolution and France, the first draft.", "2019"))
    # a side after the comma: a gapped clause of its own, as before
    assert claims(parse("Russia supported Assad and Turkey, the rebels.", "2015")) == {
        ("Russia", "backs", "Syrian government (Assad)"),
        ("Turkey", "backs", "Syrian opposition"),
    }


def test_a_peoples_fighters_before_their_groups_war_are_that_peoples_men(parse):
    # was "the United States supplies the YPG" in [Syria]
    ex = parse(
        "The Bush administration asked Turkey to let American troops cross into Iraq. "
        "The administration is also arming Kurdish fighters.",
        "2003-03-01",
    )
    assert ("United States", "supplies", "Kurdish fighters") in claims(ex)
    assert theatre_of(ex, "United States", "Kurdish fighters") == {"Iraq"}
    # in the war's years: the listed group where the text places the men in its land
    # (sidesfix56: with no place at all, no party: in 2016 the United States armed both
    # Iraq's Peshmerga and Syria's YPG)
    ex = parse("The United States is arming Kurdish fighters in Syria.", "2016-03-01")
    assert claims(ex) == {("United States", "supplies", "People's Protection Units (YPG)")}
    ex = parse("The United States is arming Kurdish fighters.", "2016-03-01")
    assert claims(ex) == {("United States", "supplies", "Kurdish fighters")}
