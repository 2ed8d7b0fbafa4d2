"""The twenty-sixth pass on who backs whom: claims filed in a wrong war. A party's old name
does not drag a claim of an undated story that names the party it became into the old, ended
war; a listed side armed from abroad is armed for the war it fights at home, not for its
supplier's. Each kind on the batch's sentence and sentences of other wars, beside those that
must not change.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claimed, claims, theatre_of

# --- an old name does not choose an ended war -----------------------------------------------

ATTA = (
    "A senior Sudanese general has said that the United Arab Emirates is sending supplies to"
    " the Rapid Support Forces. General Yassir al-Atta told members of the General"
    " Intelligence Service in Omdurman that military intelligence and diplomats reported that"
    " the UAE sends planes to support the Janjaweed, according to a video seen by Reuters."
)


def test_an_old_name_in_an_undated_story_of_its_successor_is_not_the_old_war(parse):
    # the fourth batch's Atta story (before: the UAE backing the Janjaweed in War in Darfur)
    ex = parse(ATTA)
    assert ("United Arab Emirates", "backs", "Janjaweed") in claims(ex)
    assert "War in Darfur" not in theatre_of(ex, "United Arab Emirates", "Janjaweed")


def test_an_old_name_is_read_so_in_other_wordings(parse):
    ex = parse(
        "Sudan's army says the Rapid Support Forces get weapons from abroad. Chad sends"
        " weapons to the Janjaweed across the border, army officers said."
    )
    got = theatre_of(ex, "Chad", "Janjaweed")
    assert got and "War in Darfur" not in got


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # dated in the old war's years: its war
        ("The Sudanese government armed the Janjaweed militias in Darfur.", "2004-07-01"),
        # undated, the successor never named: the old name's war, as before
        ("The Sudanese government armed the Janjaweed, which burned villages.", None),
    ],
)
def test_the_old_war_stays_when_the_story_is_of_its_time(parse, text, published):
    ex = parse(text, published)
    assert theatre_of(ex, "Sudan", "Janjaweed") == {"War in Darfur"}


# --- a listed side armed from abroad is in its own war -----------------------------------------


def test_a_supply_to_a_side_abroad_is_in_the_sides_war(parse):
    # the fifth batch's Nasrallah story (before: Syria supplying Hezbollah in "Syria")
    ex = parse(
        "Hezbollah's leader, Hassan Nasrallah, said Syria had been the source of the rockets"
        " his group fired into Israel during the war of 2006. The missiles that fell on Haifa"
        " and central Israel were Syrian missiles given by Syria to Hezbollah, he said.",
        "2012-07-19",
    )
    assert ("Syria", "supplies", "Hezbollah") in claims(ex)
    assert theatre_of(ex, "Syria", "Hezbollah") == {"Lebanon"}


def test_a_side_of_a_war_at_home_arming_a_side_abroad_is_in_the_armed_sides_war(parse):
    # a listed side (Damascus: the Syrian government of the Syrian war) arming Hezbollah for
    # the 2006 war (before: in "Syria")
    ex = parse("Damascus gave Hezbollah the rockets it fired at Israel in 2006.", "2007-03-01")
    assert theatre_of(ex, "Syrian government (Assad)", "Hezbollah") == {"Lebanon"}


@pytest.mark.parametrize(
    ("text", "published", "power", "party", "war"),
    [
        # guards, right before: the armed side's own war
        (
            "Israeli officials said Syrian rockets were given by Damascus to Hamas.",
            "2009-01-10",
            "Syrian government (Assad)",
            "Hamas",
            "Israel–Gaza conflict",
        ),
        (
            "The Sudanese government sent arms to the Houthis, a Yemeni official said.",
            "2016-03-01",
            "Sudan",
            "Houthis",
            "Yemen",
        ),
        (
            "Libya sent arms to the IRA, British officials said.",
            "1986-05-01",
            "Libya",
            "Irish Republican Army (IRA)",
            "Northern Ireland conflict",
        ),
        # the supplier's country named as where the armed side fights: the war there
        (
            "In Aleppo, Syria supplies Hezbollah with weapons to fight the rebels.",
            "2014-05-01",
            "Syria",
            "Hezbollah",
            "Syria",
        ),
        (
            "Syrian forces gave weapons to Hezbollah fighters in Aleppo.",
            "2014-05-01",
            "Syrian government (Assad)",
            "Hezbollah",
            "Syria",
        ),
    ],
)
def test_a_supply_to_a_listed_side_stays_where_it_was(parse, text, published, power, party, war):
    ex = parse(text, published)
    assert theatre_of(ex, power, party) == {war}, claims(ex)


# --- a war of the past is chosen by the claim's era -------------------------------------------


def test_help_in_a_past_decade_is_in_the_war_of_that_decade(parse):
    # the fourth batch's Atta story (before: the Janjaweed's help of the 2000s in "Sudan", the
    # listed war of the RSF since 2023)
    ex = parse(
        ATTA + " The RSF grew out of the Arab militias known as the Janjaweed, which helped"
        " Sudan's army put down a rebellion in Darfur in the 2000s."
    )
    assert theatre_of(ex, "Janjaweed", "Sudanese Armed Forces (SAF)") == {"War in Darfur"}
    assert "War in Darfur" not in theatre_of(ex, "United Arab Emirates", "Janjaweed")


def test_a_dated_claim_before_sudans_war_of_2023_is_not_in_it(parse):
    ex = parse("The Janjaweed helped Sudan's army crush the rebels in Darfur.", "2005-03-01")
    assert theatre_of(ex, "Janjaweed", "Sudanese Armed Forces (SAF)") == {"War in Darfur"}


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Egypt backs Sudan's army in its war with the Rapid Support Forces.", "2024-02-01"),
        ("Egypt backs Sudan's army in its war with the Rapid Support Forces.", None),
    ],
)
def test_sudans_war_of_now_stays(parse, text, published):
    ex = parse(text, published)
    assert theatre_of(ex, "Egypt", "Sudanese Armed Forces (SAF)") == {"Sudan"}


# --- a leader of an armed side speaks for it --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "claim"),
    [
        # the fifth batch's Nasrallah wording named (before: claimed by Lebanon)
        (
            "Syria gave the missiles to Hezbollah, Nasrallah said.",
            "2012-07-19",
            ("Syria", "supplies", "Hezbollah", "Hezbollah"),
        ),
        (
            "Iran backs the Houthis, Nasrallah said.",
            "2012-07-19",
            ("Iran", "backs", "Houthis", "Hezbollah"),
        ),
        # a head of state speaks for his state, as before
        (
            "Russia backs Assad, Bashar al-Assad said.",
            "2015-07-19",
            ("Russia", "backs", "Syrian government (Assad)", "Syria"),
        ),
    ],
)
def test_a_leader_of_an_armed_side_claims_for_it(parse, text, published, claim):
    assert claim in claimed(parse(text, published))
