"""Who backs whom: the misses sidesfix61 left, from stances_fresh21 and stances_fresh19.

A war a noun names by where or how it is fought with arms (a border war, a proxy war) is
fought when told by its course; an owned attempt to arm a side backs it; a part in a side's
acts of war backs that side; "he" acted on may be a listed leader; troops sent at the request
of "its" head of state, or an intervention the sentence before tells, back whoever asked.
Each test holds the readings fixed, on the batch's real article where one is, and sentences
of other senses that read as they did.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_stances_news import claimed, claims

ROOT = Path(__file__).resolve().parent.parent
FRESH = ROOT / "benchmarks" / "data"


def _article(batch: str, name: str) -> str:
    """The body of a batch's article (its title and date lines left out)."""
    path = next((FRESH / batch / "docs").glob(f"{name}-*.txt"))
    return path.read_text(encoding="utf-8").split("\n", 2)[2]


def test_a_border_or_proxy_war_told_by_its_course_is_fought(parse):
    for text, date, a, b in (
        (
            "The border war between Ethiopia and Eritrea escalated.",
            "1999-06-01",
            "Ethiopia",
            "Eritrea",
        ),
        (
            "The border war between the Soviet Union and China escalated in March.",
            "1969-06-01",
            "Soviet Union",
            "China",
        ),
    ):
        got = claims(parse(text, date))
        assert (a, "opposes", b) in got and (b, "opposes", a) in got, text
    # a war over a thing stays none
    for text, date in (
        ("The gas war between Russia and Ukraine escalated.", "2009-01-05"),
        ("The tariff war between China and the United States intensified.", "2019-06-01"),
        ("The price war between Uber and Lyft escalated.", "2016-06-01"),
    ):
        assert not claims(parse(text, date)), text


def test_an_owned_attempt_to_arm_a_side_backs_it(parse):
    ex = parse(_article("stances_fresh21", "n02"), "1987-11-09")
    assert ("Libya", "backs", "Irish Republican Army (IRA)") in claims(ex)
    ex = parse("Iran's attempt to arm the Houthis was foiled by the US Navy.", "2016-06-01")
    assert ("Iran", "backs", "Houthis") in claims(ex)
    assert ("Iran", "supplies", "Houthis") not in claims(ex)  # a try may fail
    for text, date in (
        ("The United States made no attempt to arm the Kurds.", "1991-06-01"),
        ("Syria's attempt to arm itself with Russian missiles worried Israel.", "2012-06-01"),
        ("The army's attempts to disarm the militia failed.", "2004-06-01"),
        ("An attempt to arm the rebels was foiled at the border.", "2014-06-01"),
    ):
        assert not claims(parse(text, date)), text


def test_a_part_in_a_sides_acts_of_war_backs_it(parse):
    ex = parse(_article("stances_fresh21", "n12"), "2025-02-20")
    assert ("Kenya", "backs", "Rapid Support Forces (RSF)", "Sudan") in claimed(ex)
    ex = parse(
        "Ukraine accused Iran of complicity in Russia's attacks on its cities.", "2022-10-20"
    )
    assert ("Iran", "backs", "Russia", "Ukraine") in claimed(ex)
    for text, date in (
        ("Turkey accused Saudi Arabia of complicity in the murder of a journalist.", "2018-06-01"),
        (
            "The report accused the police of complicity in the killings committed by gangs.",
            "2019-06-01",
        ),
        ("France accused the bank of complicity in tax fraud.", "2015-06-01"),
    ):
        assert not claims(parse(text, date)), text


def test_he_acted_on_may_be_a_listed_leader(parse):
    ex = parse(_article("stances_fresh21", "n20"), "2019-06-01")
    assert ("Tanzania", "opposes", "Idi Amin") in claims(ex)
    ex = parse("Idi Amin was ill when he was overthrown by the Tanzanian army.", "2019-06-01")
    assert ("Tanzania", "opposes", "Idi Amin") in claims(ex)
    for text, date in (
        (
            "The rebel commander, a foe of Bashar al-Assad, said he was targeted by Russian jets.",
            "2012-06-01",
        ),
        ("Muammar Gaddafi's son said he was bombed by NATO.", "2011-06-01"),
        (
            "Idi Amin met the British journalist before he was attacked by Tanzanian soldiers.",
            "1979-06-01",
        ),
    ):
        assert not claims(parse(text, date)), text


def test_men_sent_at_the_request_of_its_head_of_state_back_the_land_they_go_to(parse):
    ex = parse(
        "Russia sent paratroopers to Kazakhstan at the request of its president.", "2022-01-07"
    )
    assert ("Russia", "backs", "Kazakh government") in claims(ex)
    ex = parse(
        "South Africa sent troops into Lesotho at the request of its Prime Minister.", "1998-09-23"
    )
    assert ("South Africa", "backs", "Lesotho government") in claims(ex)
    for text, date in (
        ("The minister resigned at the request of the president.", "2010-06-01"),
        ("The United Nations sent observers at the request of both sides.", "2000-06-01"),
    ):
        assert not claims(parse(text, date)), text


def test_an_intervention_asked_for_is_the_entry_the_sentence_before_tells(parse):
    ex = parse(_article("stances_fresh19", "m18"), "1998-09-23")
    assert ("South Africa", "backs", "Lesotho government") in claims(ex)
    ex = parse(
        "Saudi troops crossed into Bahrain on Monday. The deployment, made at the request of "
        "Bahrain's king, angered the protesters.",
        "2011-03-15",
    )
    assert ("Saudi Arabia", "backs", "Bahraini government") in claims(ex)
    for text, date in (
        (
            "Tanzanian troops entered Uganda in January. The intervention, made at the request "
            "of Kenya's president, was condemned.",
            "1979-04-01",
        ),
        (
            "The minister entered the room late. The intervention, made at the request of "
            "France's president, was brief.",
            "2015-06-01",
        ),
    ):
        assert not {c for c in claims(parse(text, date)) if c[1] == "backs"}, text
