"""The thirty-second pass on who backs whom: the wrong claims of a tenth fresh batch of real
news (``benchmarks/stances_fresh10.py``), and two kinds found beside them, each tried on
sentences of other wars. A relative clause follows what it describes: of the nouns the parse
joins to its antecedent, those written after the pronoun are in the clause ("entities that
help finance the ministry, the staff and the Guard": the Guard is financed, not a financer).
A war the supplied goods or the supply's "for" are meant for ("drones that could be used in
the war against Ukraine") says whom the supply is against, and so which war it is; a listed
side fought ("against the Houthis") is fought in its own war. A go-between in a trade of arms
("arms brokers", "brokers who sold rifles") is a dealer, no mediator; a weapon no one is named
as owning ("jets that could be used in the war") is no side.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims, theatre_of

# --- a relative clause's antecedent is written before its pronoun ---------------------------


@pytest.mark.parametrize(
    ("text", "date", "not_powers"),
    [
        # before: the RSF and the police supply the SAF
        (
            "The European Union sanctioned firms and traders that help arm the Sudanese army, "
            "the police and the Rapid Support Forces.",
            "2024-05-03",
            {"Rapid Support Forces (RSF)", "police"},
        ),
        # the batch's kind, before (alone): the Revolutionary Guard backs the defence ministry
        (
            "The Treasury Department sanctioned 20 people and entities that help finance the "
            "defence ministry, the general staff and the Revolutionary Guard.",
            "2023-11-29",
            {"Revolutionary Guard", "United States"},
        ),
    ],
)
def test_names_joined_after_a_relative_pronoun_are_in_its_clause(parse, text, date, not_powers):
    got = claims(parse(text, date))
    assert not any(power in not_powers for power, _, _ in got), got


def test_an_antecedent_list_before_the_pronoun_still_acts(parse):
    # a guard (passes on the base too): "Iran and Syria, which help arm Hezbollah"
    ex = parse(
        "The United States sanctioned Iran and Syria, which help arm Hezbollah in its war "
        "with Israel.",
        "2019-05-03",
    )
    got = claims(ex)
    assert ("Iran", "supplies", "Hezbollah") in got, got
    assert ("Syria", "supplies", "Hezbollah") in got, got


# --- the war the goods are for -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "power"),
    [
        # before: Belarus supplies the Russian government in [Russia]
        (
            "Belarus supplied the Russian army with ammunition that is used in the war "
            "against Ukraine.",
            "2023-03-10",
            "Belarus",
        ),
        # before: Iran supplies the Russian government in [Russia]
        (
            "Iran supplied the Russian army with missiles for its war against Ukraine.",
            "2024-03-10",
            "Iran",
        ),
    ],
)
def test_goods_for_a_war_against_a_state_are_in_that_war(parse, text, date, power):
    ex = parse(text, date)
    wars = {t for p in ("Russia", "Russian government") for t in theatre_of(ex, power, p)}
    assert wars == {"Russia–Ukraine war"}, (wars, claims(ex))


@pytest.mark.parametrize(
    "text",
    [
        # before: the United Kingdom supplies the Saudi government in [Saudi Arabia]
        "Britain armed the Saudi air force against the Houthis.",
        "Britain supplied the Saudi air force with bombs that were used in the war against "
        "the Houthis.",
    ],
)
def test_a_listed_side_fought_is_fought_in_its_own_war(parse, text):
    ex = parse(text, "2018-03-10")
    wars = {
        t for p in ("Saudi Arabia", "Saudi government") for t in theatre_of(ex, "United Kingdom", p)
    }
    assert wars == {"Yemen"}, (wars, claims(ex))


# --- dealers and weapons are no sides -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # before: the United States mediates [Sudan]
        (
            "Washington sanctioned two arms brokers who sold rifles to the Sudanese army.",
            "2024-05-03",
        ),
        # before: the European Union mediates [Sudan]
        ("The European Union sanctioned arms brokers in Sudan's war.", "2024-05-03"),
        # before: the United Kingdom mediates [Syria]
        (
            "Britain sanctioned banks and brokers that help fund the Syrian army, the air "
            "force and Hezbollah.",
            "2019-05-03",
        ),
    ],
)
def test_a_broker_of_arms_is_a_dealer_not_a_mediator(parse, text, date):
    got = claims(parse(text, date))
    assert not any(rel == "mediates" for _, rel, _ in got), got


def test_a_broker_at_talks_still_mediates(parse):
    # a guard (passes on the base too)
    got = claims(
        parse(
            "Saudi Arabia acted as a broker in the talks between the Sudanese army and the RSF.",
            "2024-05-03",
        )
    )
    assert any(p == "Saudi Arabia" and rel == "mediates" for p, rel, _ in got), got


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # before: jets oppose India
        (
            "China supplied the Pakistani army with jets that could be used in the war "
            "against India.",
            "1971-05-03",
        ),
    ],
)
def test_a_weapon_of_no_one_named_is_no_side(parse, text, date):
    got = claims(parse(text, date))
    assert not any(power == "jets" for power, _, _ in got), got
    assert any(power == "China" and rel == "supplies" for power, rel, _ in got), got


# --- misses a general rule reaches -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "claim"),
    [
        # before: nothing (the batch's kind: "smuggled materials for making weapons to
        # Bosnia's Muslim-led government")
        (
            "Syria shipped components for assembling rockets to Hezbollah.",
            "2006-03-03",
            ("Syria", "supplies", "Hezbollah"),
        ),
    ],
)
def test_a_receiver_hung_inside_the_goods_is_the_receiver(parse, text, date, claim):
    got = claims(parse(text, date))
    assert claim in got, got


@pytest.mark.parametrize(
    ("text", "date", "claim", "wrong"),
    [
        # before: Yemen supplies the Houthis ("the only state" read as the host state)
        (
            "Iran was the only state that armed the Houthis in their war against Saudi Arabia.",
            "2016-03-03",
            ("Iran", "supplies", "Houthis"),
            ("Yemen", "supplies", "Houthis"),
        ),
        # before: nothing (the batch's kind: "Belarus is the only country that has directly
        # supported the invasion")
        (
            "Belarus is the only country that has directly supported the Russian invasion of "
            "Ukraine.",
            "2022-02-28",
            ("Belarus", "backs", "Russia"),
            None,
        ),
    ],
)
def test_what_the_copula_says_its_subject_is_acts_for_it(parse, text, date, claim, wrong):
    got = claims(parse(text, date))
    assert claim in got, got
    assert wrong not in got, got


def test_a_clause_of_what_the_subject_is_is_the_speakers_claim(parse):
    # before: nothing; the claim is the minister's, not the story's
    ex = parse(
        "Sudan is the country that arms the rebels in Chad, the minister said.", "2006-03-03"
    )
    got = {(s.power, s.relation, s.claimed_by) for s in ex.stances if not s.negated}
    assert ("Sudan", "supplies", "minister") in got, got
