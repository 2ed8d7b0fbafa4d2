"""A reviewer's guards on the first round's new stance rules (sidesq37, sidesfix45): a
participle after a denied object, an attack on a named side, rebels who topple a man, and
the gapped clause after a comma, each met in another sense.

Sentences from benchmarks/data/review60/sentences.tsv (written before any run), of other
wars and decades, each beside one the rule must still read.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claimed, claims, theatre_of

# --- a participle after a denied object: whose act it tells ---------------------------------


def test_a_participle_telling_the_deniers_own_act_stays_denied(parse):
    # before: "Rwanda --backs--> M23" as the article's fact (the participle's own polarity)
    ex = parse("Rwanda denied sending troops supporting the M23 rebels.", "2012-07-01")
    assert not any(p == "Rwanda" for p, _, _ in claims(ex)), claims(ex)
    assert any(p == "Rwanda" and "M23" in q for p, _, q in claims(ex, negated=True))
    # the object's own men's act keeps its polarity, claimed by the denier (sidesq37's case)
    ex = parse(
        "Pakistan denied arming militants fighting Indian troops in Kashmir, officials said.",
        "2008-06-01",
    )
    assert any(rel == "opposes" and "militant" in p for p, rel, _ in claims(ex)), claims(ex)
    assert not any(p == "Pakistan" for p, _, _ in claims(ex)), claims(ex)


# --- an attack on a named side told in words ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Turkey attacked the YPG in a statement, calling it a terrorist group.", "2019-06-01"),
        ("Turkey verbally attacked the YPG.", "2019-06-01"),
        ("Saudi Arabia attacked the Houthis in a speech at the United Nations.", "2017-09-20"),
    ],
)
def test_an_attack_in_words_opposes_no_one(parse, text, date):
    # before: "Turkey --opposes--> People's Protection Units (YPG)" and the like
    got = claims(parse(text, date))
    assert not any(rel == "opposes" for _, rel, _ in got), got
    # an attack in arms on a named side still opposes it, a statement saying so or not
    got = claims(parse("Turkey shelled the YPG near Jarablus.", "2016-08-24"))
    assert any(p == "Turkey" and rel == "opposes" for p, rel, _ in got), got
    got = {c[:3] for c in claimed(parse("Israel bombed Hezbollah, the army said.", "2006-07-13"))}
    assert any(p == "Israel" and rel == "opposes" for p, rel, _ in got), got


# --- rebels named by a nation's word who topple a man ---------------------------------------


def test_rebels_on_a_board_who_oust_a_president_wage_no_war(parse):
    # before: "Brazilian rebels --opposes--> president (Brazil)" in [Brazil]
    got = claims(parse("Brazilian rebels on the board ousted the club's president.", "2019-06-01"))
    assert not got, got
    ex = parse("Chadian rebels based in Sudan nearly toppled Deby.", "2008-02-02")
    assert theatre_of(ex, "Chadian rebels", "Deby") == {"Chad"}, claims(ex)


# --- a state after "and", a description set off by commas, a verb of its own ---------------


@pytest.mark.parametrize(
    ("text", "date", "power", "wrong"),
    [
        (
            "China armed Pakistan and India, the region's largest democracy, complained.",
            "1971-12-05",
            "China",
            "India",
        ),
        (
            "Qatar funded Hamas and Egypt, the Gaza Strip's other neighbour, closed the Rafah "
            "crossing.",
            "2017-06-05",
            "Qatar",
            "Egypt",
        ),
        (
            "Rwanda backed the M23 and Uganda, the ADF's old enemy, stayed out.",
            "2013-07-05",
            "Rwanda",
            "Uganda",
        ),
    ],
)
def test_a_described_state_with_a_verb_of_its_own_is_no_object(parse, text, date, power, wrong):
    got = claims(parse(text, date))
    assert not any(p == power and wrong in q for p, _, q in got), got
    assert any(p == power for p, _, _ in got), got


def test_a_description_hung_on_the_first_object_is_the_last_ones(parse):
    # before: "Russia --backs--> Iran" (and, with the verb's subject read alone, "Syria backs
    # Iran"): "the regime's other patron" is Iran
    got = claims(
        parse(
            "Russia supported Assad and Iran, the regime's other patron, said nothing.",
            "2016-05-05",
        )
    )
    assert not any(p == "Russia" and "Iran" in q for p, _, q in got), got
    assert not any(p == "Syria" for p, _, _ in got), got
    assert any(p == "Iran" and rel == "backs" and "Syria" in q for p, rel, q in got), got


def test_a_capital_opens_a_gapped_clause_after_a_comma(parse):
    # before: "United States --backs--> Belarus" and "--> Russia"
    got = claims(parse("Washington supported Kyiv and Minsk, Moscow.", "2022-03-10"))
    assert not any(p == "United States" and q in ("Belarus", "Russia") for p, _, q in got), got
    assert ("Belarus", "backs", "Russia") in got, got
    # an apposition with a possessor stays a description
    got = claims(parse("Washington supported Kyiv and Warsaw, Kyiv's closest ally.", "2022-03-10"))
    assert not any(p == "Poland" and rel == "backs" and q == "Russia" for p, rel, q in got), got
