"""Who backs whom: the wrong claims stop 41 left (benchmarks/data/sidesfix55), each kind with
sentences of other senses.

A state's allies named by its possessive ("Iran's Houthi allies") are backed by it, never the
reverse; men named by a plural title alone ("the generals"), tied to no state, are no side; a
"Government" with a name of its own ("the National Unity Government") is no organ of the
war's state; a proof named by "called" is the namer's claim; a leader backed in a story of
another war is in his own state's war.
"""

from __future__ import annotations

from tests.test_stances_news import claimed, claims, theatre_of


def test_a_states_allies_named_by_its_possessive_are_backed_by_it(parse):
    # was the Houthis back Iran
    ex = parse("Iran's Houthi allies fired missiles at Saudi Arabia.", "2016-06-01")
    assert ("Iran", "backs", "Houthis") in claims(ex)
    assert ("Houthis", "backs", "Iran") not in claims(ex)
    # was Lebanon backs Iran
    ex = parse("Iran's Lebanese ally Hezbollah fired rockets at Israel.", "2016-06-01")
    assert claims(ex) == {("Iran", "backs", "Hezbollah")}
    # was Turkey backs the Syrian government: the rebels' nation, not their state
    ex = parse(
        "Turkey's Syrian rebel allies attacked the Kurdish fighters near Manbij.", "2016-09-01"
    )
    assert claims(ex) == {("Turkey", "backs", "Syrian rebel allies")}
    # owned by no state: which backs which the words do not say (was Iran backs the Houthis)
    ex = parse("The Houthis' Iranian allies have denied sending them missiles.", "2018-06-01")
    assert not claims(ex)
    # two states, and a state's word alone: a tie, as before
    ex = parse(
        "Saudi Arabia's Yemeni allies advanced on the port of Hodeidah against the Houthis.",
        "2018-06-01",
    )
    assert ("Saudi Arabia", "backs", "Yemeni government") in claims(ex)
    assert not claims(parse("Pakistan's ally China sent jets.", "2016-06-01"))
    assert not claims(parse("Iran's allies condemned the American strike.", "2019-06-01"))


def test_men_named_by_a_plural_title_tied_to_no_state_are_no_side(parse):
    # the probe's myanmar-2023: was Thailand mediates "generals" (and the junta, below)
    ex = parse(
        "YANGON (Reuters) - Russia and China have supplied the Myanmar military with fighter "
        "jets used in air strikes on villages. Thailand offered to mediate between the "
        "generals and the National Unity Government.",
        "2023-11-15",
    )
    mediated = {c[2] for c in claims(ex) if c[1] == "mediates"}
    assert "generals" not in mediated
    ex = parse(
        "Norway offered to mediate between the commanders and the rebels in Jaffna.",
        "2002-06-01",
    )
    assert "commanders" not in {c[2] for c in claims(ex)}
    # tied to a state by its possessive or its seat: a side, as before
    ex = parse(
        "Ethiopia offered to mediate between Sudan's generals and the protest movement.",
        "2019-06-10",
    )
    assert ("Ethiopia", "mediates", "generals") in claims(ex)
    ex = parse("Russia backs the generals in Niamey.", "2023-11-15")
    assert ("Russia", "backs", "generals") in claims(ex)


def test_a_government_named_for_itself_is_no_organ_of_the_wars_state(parse):
    # was China backs the Myanmar military junta
    ex = parse(
        "Russia has supplied jets to the Myanmar junta. China backed the National Unity "
        "Government.",
        "2023-11-15",
    )
    assert ("China", "backs", "National Unity Government") in claims(ex)
    assert ("China", "backs", "Myanmar military junta") not in claims(ex)
    # was Iran backs the Yemeni government (Hadi's, which the Houthis fight)
    ex = parse("Iran backed the National Salvation Government in Sanaa.", "2016-06-01")
    assert claims(ex) == {("Iran", "backs", "National Salvation Government")}
    # a state's government by the words of its kind: the state's, as before
    ex = parse("Britain backed the Federal Military Government against Biafra.", "1968-06-01")
    assert ("United Kingdom", "backs", "Nigerian government") in claims(ex)
    ex = parse(
        "Britain backed the Transitional Federal Government against the Islamists in Mogadishu.",
        "2007-06-01",
    )
    assert ("United Kingdom", "backs", "Somali government") in claims(ex)


def test_a_proof_named_by_call_is_the_namers_claim(parse):
    # was the United States supplies the rebels as the article's fact
    ex = parse(
        "Moscow called the convoy proof of Washington's role in arming the rebels.", "2015-06-01"
    )
    assert claimed(ex) == {("United States", "supplies", "rebels", "Russia")}
    ex = parse("Kabul called the attack proof of Pakistan's support for the Taliban.", "2013-06-01")
    assert claimed(ex) == {("Pakistan", "backs", "Taliban", "Afghanistan")}
    # a call that names nothing: the article's, as before
    ex = parse("Russia called a meeting on the rebels backed by Turkey.", "2016-06-01")
    assert claimed(ex) == {("Turkey", "backs", "rebels", None)}


def test_a_leader_backed_in_a_story_of_another_war_is_in_his_states_war(parse):
    # was [Chad], the story's other war
    ex = parse(
        "Libya armed Goukouni's rebels in Chad. This month Libya sent troops to help Idi Amin "
        "against Tanzania.",
        "1979-04-01",
    )
    assert theatre_of(ex, "Libya", "Ugandan government") == {"Uganda"}
    assert theatre_of(ex, "Libya", "Tanzania") == {"Uganda"}
    # was [Angola]
    ex = parse(
        "Cuba kept its troops in Angola to defend the MPLA government. Cuba also sent troops "
        "to help Mengistu against the Eritrean rebels.",
        "1978-03-01",
    )
    assert theatre_of(ex, "Cuba", "Ethiopian government") == {"Ethiopia (1970s)"}
    assert theatre_of(ex, "Cuba", "Angolan government") == {"Angola"}
