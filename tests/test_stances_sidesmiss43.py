"""Claims the reader missed: arming clauses the parse folds, "armed" read as an adjective, a
supply noun's agent; and a reason hung on the one penalised.

Sentences from benchmarks/data/sidesmiss43/sentences.tsv (written before any run) and others
written beside them, of other wars and decades, with sentences of other senses that must
stay without a claim.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims

# --- the first of two clauses the parse folds into the second's subject or object ----------


@pytest.mark.parametrize(
    ("text", "date", "first", "second", "wrong"),
    [
        # "the SPLA and Sudan" parsed as the subject of the second "armed", a complement of
        # the first: before, only Sudan's claim
        (
            "Uganda armed the SPLA and Sudan armed the Lord's Resistance Army.",
            "1995-06-01",
            ("Uganda", "supplies", "SPLA"),
            ("Sudan", "supplies", "Lord's Resistance Army (LRA)"),
            ("Uganda", "supplies", "Sudan"),
        ),
        (
            "Iran supported the Houthis and Russia supported Syria.",
            "2016-05-03",
            ("Iran", "backs", "Houthis"),
            ("Russia", "backs", "Syrian government (Assad)"),
            ("Iran", "backs", "Russia"),
        ),
        (
            "Iran backed the Houthis and Russia backed the Syrian army.",
            "2016-05-03",
            ("Iran", "backs", "Houthis"),
            ("Russia", "backs", "Syrian government (Assad)"),
            ("Iran", "backs", "Russia"),
        ),
        # a verbless second clause whose object the parse hangs the first object on
        (
            "Iran backed the Houthis and Saudi Arabia the Yemeni government.",
            "2017-03-26",
            ("Iran", "backs", "Houthis"),
            ("Saudi Arabia", "backs", "Yemeni government"),
            ("Iran", "backs", "Yemeni government"),
        ),
        # the second verb hung as the first's complement with no subject: before, Rwanda
        # backed the Congolese army
        (
            "Rwanda armed the M23 rebels and Burundi backed the Congolese army.",
            "2023-10-04",
            ("Rwanda", "supplies", "M23"),
            ("Burundi", "backs", "Congolese government"),
            ("Rwanda", "backs", "Congolese government"),
        ),
        # the second verb parsed as a preposition: before, Russia supplied Iran and Hezbollah
        (
            "Russia armed Assad's army and Iran armed Hezbollah.",
            "2016-05-01",
            ("Russia", "supplies", "Syrian government (Assad)"),
            ("Iran", "supplies", "Hezbollah"),
            ("Russia", "supplies", "Iran"),
        ),
    ],
)
def test_both_clauses_of_two_folded_ones_are_read(parse, text, date, first, second, wrong):
    got = claims(parse(text, date))
    assert first in got, got
    assert second in got, got
    assert wrong not in got, got


@pytest.mark.parametrize(
    ("text", "date", "rights", "wrong", "other"),
    [
        # "[Libya armed Goukouni's rebels and France] armed the army": before, the rebels
        # supplied the Chadian government
        (
            "Libya armed Goukouni's rebels and France armed the Chadian army.",
            "1983-08-09",
            [("France", "supplies", "Chadian government"), ("Libya", "supplies", "rebels")],
            ("rebels", "supplies", "Chadian government"),
            "The Kenyan armed police and the army backed the president.",
        ),
        (
            "Turkey armed Syrian rebels and Russia armed the Syrian army.",
            "2016-05-01",
            [
                ("Russia", "supplies", "Syrian government (Assad)"),
                ("Turkey", "supplies", "Syrian opposition"),
            ],
            ("Syrian opposition", "supplies", "Syrian government (Assad)"),
            "The Russian armed forces and Syria attacked Aleppo.",
        ),
        # "armed" tagged a verb modifying "Savimbi": before, UNITA supplied the MPLA
        (
            "Washington armed Savimbi's UNITA and Moscow armed the MPLA.",
            "1986-05-01",
            [("Soviet Union", "supplies", "MPLA"), ("United States", "supplies", "UNITA")],
            ("UNITA", "supplies", "MPLA"),
            "The Iraqi armed forces and Iran signed a truce.",
        ),
    ],
)
def test_a_clause_folded_into_a_subject_is_read_as_a_clause(
    parse, text, date, rights, wrong, other
):
    got = claims(parse(text, date))
    assert all(r in got for r in rights), got
    assert wrong not in got, got
    assert not claims(parse(other, date))


# --- "armed" read as an adjective after a state's name, each beside another sense ----------


@pytest.mark.parametrize(
    ("text", "date", "claim", "other"),
    [
        (
            "The United States armed UNITA.",
            "1986-02-20",
            ("United States", "supplies", "UNITA"),
            "The United States armed forces held a parade.",
        ),
        (
            "South Africa armed Renamo in the early 1980s.",
            "1985-09-01",
            ("South Africa", "supplies", "Renamo"),
            "United States Armed Forces Day is in May.",
        ),
        # the folded second clause's own claim, left missing by sidesfix41
        (
            "The Soviet Union armed Ethiopia and the United States armed Somalia.",
            "1978-02-02",
            ("United States", "supplies", "Somali government"),
            "Police armed with batons dispersed the crowd.",
        ),
        (
            "India armed the Mukti Bahini and China armed Pakistan.",
            "1971-11-20",
            ("China", "supplies", "Pakistan"),
            "Fans of the United States armed with flags filled the stadium.",
        ),
        (
            "The Soviet Union armed the MPLA and the United States armed UNITA.",
            "1986-02-20",
            ("United States", "supplies", "UNITA"),
            "The club armed its stewards with radios and the council backed the plan.",
        ),
        (
            "Uganda armed the SPLA and Sudan armed the Lord's Resistance Army.",
            "1995-06-01",
            ("Uganda", "supplies", "SPLA"),
            "Kenya supported the bid and Uganda supported the budget.",
        ),
        (
            "Iran supported the Houthis and Russia supported Syria.",
            "2016-05-03",
            ("Iran", "backs", "Houthis"),
            "Britain backed the motion and France backed the amendment.",
        ),
        (
            "Iran backed the Houthis and Saudi Arabia the Yemeni government.",
            "2017-03-26",
            ("Iran", "backs", "Houthis"),
            "Liverpool beat the Spurs and Chelsea the Arsenal side.",
        ),
    ],
)
def test_a_folded_clause_is_read_and_other_senses_are_not(parse, text, date, claim, other):
    assert claim in claims(parse(text, date))
    got = claims(parse(other, date))
    assert not any(rel in ("supplies", "backs") for _, rel, _ in got), got


# --- a supply noun's agent, each beside an agent of another sense ----------------------------


@pytest.mark.parametrize(
    ("text", "date", "claim", "other"),
    [
        (
            "The sale of fighter jets to Saudi Arabia by Britain drew protests.",
            "2018-03-09",
            ("United Kingdom", "supplies", "Saudi Arabia"),
            "The sale of arms to Iraq by a British firm was a scandal.",
        ),
        (
            "The delivery of S-400 missiles to Turkey by Russia began in July.",
            "2019-07-12",
            ("Russia", "supplies", "Turkey"),
            "The sale of fighter jets to Qatar by auction was a first.",
        ),
        # the agent, not the subject of the clause around the noun
        (
            "Germany opposed the sale of tanks to Saudi Arabia by Britain.",
            "2018-03-09",
            ("United Kingdom", "supplies", "Saudi Arabia"),
            "The sale of wine to China by France rose.",
        ),
        (
            "The shipment of Grad rockets to Ethiopia by China was confirmed.",
            "2021-12-20",
            ("China", "supplies", "Ethiopian government"),
            "The sale of the club to a Saudi fund by its American owners was approved.",
        ),
        (
            "The transfer of Mirage jets to Libya by France angered Chad.",
            "1983-08-09",
            ("France", "supplies", "Libya"),
            "The delivery of food aid to Yemen by the World Food Programme resumed.",
        ),
    ],
)
def test_the_agent_of_a_supply_noun_is_the_supplier(parse, text, date, claim, other):
    got = claims(parse(text, date))
    assert claim in got, got
    assert not any(p in ("Germany", "Chad") for p, _, _ in got), got
    assert not claims(parse(other, date))


# --- a reason hung on the one penalised ------------------------------------------------------


def test_a_reason_hung_on_the_penalised_is_not_the_penalisers_backing(parse):
    got = claims(
        parse("The Treasury sanctioned a man for helping Iran buy drone parts.", "2022-06-06")
    )
    assert not any(party == "Iran" and rel == "backs" for _, rel, party in got), got
    got = claims(
        parse("Washington punished two traders for helping Russia buy chips.", "2023-05-19")
    )
    assert not any(party == "Russia" and rel == "backs" for _, rel, party in got), got
