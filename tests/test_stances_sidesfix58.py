"""Who backs whom: the wrong claims stop 42 left (benchmarks/data/sidesfix58), each kind with
sentences of other senses.

A state's word on a government's own name ("the Syrian Interim Government") is that named
body, as "the Government of" words of its own ("the Government of National Unity") is; a
one-war party's name under another state's word ("the Pakistani Taliban") is another group;
allies named by a word of many states ("Washington's Arab allies") are no side backed; a
proof asked for proves no deed, the asker's least of all; a hope, a wish or a search to get
arms is no supply.
"""

from __future__ import annotations

from tests.test_stances_news import claimed, claims, theatre_of


def test_a_states_word_on_a_governments_own_name_is_that_named_body(parse):
    # was Turkey backs the Syrian government (Assad's), whom the opposition's government fights
    ex = parse("Turkey backed the Syrian Interim Government in Azaz.", "2017-06-01")
    assert claims(ex) == {("Turkey", "backs", "Syrian Interim Government")}
    ex = parse("Pakistan backed the Afghan Interim Government in Peshawar.", "1989-06-01")
    assert claims(ex) == {("Pakistan", "backs", "Afghan Interim Government")}
    # a state's word with words of its standing only: the state's, as before
    ex = parse("Britain backed the Nigerian Federal Government against Biafra.", "1968-06-01")
    assert ("United Kingdom", "backs", "Nigerian government") in claims(ex)
    ex = parse("Washington backed the Afghan Government against the Taliban.", "2010-06-01")
    assert ("United States", "backs", "Afghan government") in claims(ex)


def test_the_government_of_words_of_its_own_is_that_named_body(parse):
    # was Turkey backs the GNA, which the GNU replaced in 2021 (an alias of the GNA's)
    ex = parse("Turkey backed the Government of National Unity in Tripoli.", "2022-06-01")
    assert claims(ex) == {("Turkey", "backs", "Government of National Unity")}
    assert theatre_of(ex, "Turkey", "Government of National Unity") == {"Libya"}
    # was Egypt backs the Libyan government: Sudan's government of 2005, not Libya's
    ex = parse("Egypt backed the Government of National Unity in Khartoum.", "2006-06-01")
    assert claims(ex) == {("Egypt", "backs", "Government of National Unity")}
    assert "Libya" not in theatre_of(ex, "Egypt", "Government of National Unity")
    # was Egypt backs the GNA, the rival the Government of National Stability stood against
    ex = parse("Egypt backed the Government of National Stability in Sirte.", "2022-06-01")
    assert not any("GNA" in c[2] for c in claims(ex))
    # the GNA's own name and a state after "of": as before
    ex = parse("Italy backed the Government of National Accord in Tripoli.", "2017-06-01")
    assert claims(ex) == {("Italy", "backs", "Government of National Accord (GNA)")}
    ex = parse("India backed the Government of Sri Lanka against the Tamil Tigers.", "2008-06-01")
    assert ("India", "backs", "Sri Lankan government") in claims(ex)
    ex = parse(
        "Washington backed the Government of Prime Minister Abdi Farah Shirdon against al-Shabab.",
        "2014-06-01",
    )
    assert ("United States", "backs", "Somali government") in claims(ex)


def test_a_one_war_partys_name_under_another_states_word_is_another_group(parse):
    # was Afghanistan backs the Taliban (the Afghan movement), claimed by Pakistan
    ex = parse(
        "Pakistan accused the Afghan Government of backing the Pakistani Taliban.", "2018-06-01"
    )
    assert claimed(ex) == {("Afghanistan", "backs", "Pakistani Taliban", "Pakistan")}
    ex = parse("Pakistan accused India of arming the Pakistani Taliban.", "2018-06-01")
    assert claimed(ex) == {("India", "supplies", "Pakistani Taliban", "Pakistan")}
    # the party's own land's word, and a party of many wars: the party, as before
    assert claims(parse("Pakistan backed the Afghan Taliban.", "2000-06-01")) == {
        ("Pakistan", "backs", "Taliban")
    }
    assert claims(parse("Iran armed the Yemeni Houthis.", "2016-06-01")) == {
        ("Iran", "supplies", "Houthis")
    }
    ex = parse("Russian Wagner mercenaries backed Haftar's forces.", "2019-06-01")
    assert ("Wagner Group", "backs", "Libyan National Army (LNA)") in claims(ex)


def test_allies_named_by_a_word_of_many_states_are_no_side_backed(parse):
    # was the United States backs "Arab allies"
    ex = parse("Washington's Arab allies sent jets to bomb Islamic State in Syria.", "2015-06-01")
    assert not any(c[:2] == ("United States", "backs") for c in claims(ex))
    ex = parse("Moscow's African allies voted against the resolution.", "2019-06-01")
    assert not claims(ex)
    # a people's men named so: backed, as before
    ex = parse("Washington's Kurdish allies took the town from Islamic State.", "2015-06-01")
    assert ("United States", "backs", "Kurdish allies") in claims(ex)
    ex = parse("Iran's Houthi allies fired missiles at Saudi Arabia.", "2016-06-01")
    assert ("Iran", "backs", "Houthis") in claims(ex)


def test_a_proof_asked_for_proves_no_deed(parse):
    # was the United Nations supplies the Donbas separatists (the gerund's doer lost)
    ex = parse("The UN called for evidence of Russia arming the rebels in Ukraine.", "2015-06-01")
    assert not claims(ex)
    # was Russia supplies the separatists as a fact
    ex = parse(
        "Kyiv asked for evidence of Russia supplying the separatists with tanks.", "2015-06-01"
    )
    assert not claims(ex)
    # was Iran supplies the Houthis as a fact
    assert not claims(
        parse("Washington called for proof that Iran had armed the Houthis.", "2016-06-01")
    )
    ex = parse(
        "Congress sought proof that the Soviet Union was arming the Sandinistas.", "1985-06-01"
    )
    assert not claims(ex)
    # a proof found, and none at all: as before
    ex = parse(
        "UN monitors found evidence that Russia had armed the rebels in Ukraine.", "2015-06-01"
    )
    assert {c[:2] for c in claims(ex)} == {("Russia", "supplies")}
    assert not claims(parse("There is no evidence that Iran armed the Houthis.", "2016-06-01"))
    # a proof named by "called" (no "for"): the namer's claim, as before
    ex = parse(
        "Moscow called the convoy proof of Washington's role in arming the rebels.", "2015-06-01"
    )
    assert claimed(ex) == {("United States", "supplies", "rebels", "Russia")}


def test_a_hope_or_wish_to_get_arms_is_no_supply(parse):
    # was Denmark supplies Ukraine ("hopes": the English model's "hop")
    assert not claims(parse("Kyiv hopes to get F-16s from Denmark.", "2023-06-01"))
    assert not claims(parse("Ukraine is hoping to obtain tanks from Germany.", "2023-06-01"))
    assert not claims(parse("Ukraine wishes to receive tanks from Germany.", "2023-06-01"))
    assert not claims(parse("Iraq seeks to obtain missiles from China.", "1984-06-01"))
    assert not claims(parse("Libya hopes to arm the rebels in Chad.", "1983-06-01"))
    # got, received, armed: done, as before
    assert ("Denmark", "supplies", "Ukraine") in claims(
        parse("Kyiv got F-16s from Denmark.", "2023-06-01")
    )
    ex = parse("Ukraine received tanks from Germany.", "2023-06-01")
    assert ("Germany", "supplies", "Ukraine") in claims(ex)
    ex = parse("Libya armed the rebels in Chad.", "1983-06-01")
    assert {c[:2] for c in claims(ex)} == {("Libya", "supplies")}


def test_a_gerunds_doer_after_a_preposition_is_that_names(parse):
    # were the United States, Ukraine and Saudi Arabia supply the side (a wrong side)
    ex = parse("Washington objected to Russia arming the separatists.", "2015-06-01")
    assert {c[:2] for c in claims(ex)} == {("Russia", "supplies")}
    ex = parse("Kyiv protested against Russia arming the separatists.", "2015-06-01")
    assert {c[:2] for c in claims(ex)} == {("Russia", "supplies")}
    ex = parse("Riyadh called for an end to Iran arming the Houthis.", "2016-06-01")
    assert claims(ex) == {("Iran", "supplies", "Houthis")}
    ex = parse("Saudi Arabia spoke of Iran arming the Houthis.", "2016-06-01")
    assert claims(ex) == {("Iran", "supplies", "Houthis")}
    # a verb with an object, or of motion: the subject's, as before
    ex = parse("Iran sent weapons to Yemen arming the Houthis.", "2016-06-01")
    assert claims(ex) == {("Iran", "supplies", "Houthis")}
    ex = parse("The United States went to Honduras arming the Contras.", "1985-06-01")
    assert claims(ex) == {("United States", "supplies", "Contras")}
