"""A reviewer's wrong claims on sidesfix41's rules, fixed as kinds and tried on other wars.

A second clause after "and" whose subject the parse hangs on the first object ("armed the
MPLA and South Africa armed UNITA"), whose past verb it tags a word of a name ("and China
armed Sri Lanka") or hangs as an adverbial clause ("and the Soviet Union armed Nicaragua") is
no object of the first verb. Arms or money sent to a country "for" a side go to the side,
wherever the parse hangs the "for"; arms sent "to help it" go to the country's state. A
movement read as its home's government ("the MPLA government") is no movement a pronoun after
it means. Sentences from benchmarks/data/review55/sentences.txt and others written beside
them.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims

# --- a second clause after "and" -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "wrong", "right"),
    [
        # before: Cuba supplies South Africa (the parse made "MPLA" a modifier of "UNITA")
        (
            "Cuba armed the MPLA and South Africa armed UNITA.",
            "1976-01-05",
            ("Cuba", "supplies", "South Africa"),
            ("Cuba", "supplies", "MPLA"),
        ),
        (
            "Cuba armed the MPLA and Zaire armed UNITA.",
            "1976-01-05",
            ("Cuba", "supplies", "Zaire"),
            ("Cuba", "supplies", "MPLA"),
        ),
        # before: India backs Sri Lanka ("armed" tagged a word of "China armed Sri Lanka")
        (
            "India trained the Tamil rebels and China armed Sri Lanka.",
            "1985-07-01",
            ("India", "backs", "Sri Lanka"),
            ("India", "backs", "Tamil rebels"),
        ),
        # before: Cuba supplies Nicaragua ("armed" an adverbial clause of "trained")
        (
            "Cuba trained the Sandinistas and the Soviet Union armed Nicaragua.",
            "1984-05-05",
            ("Cuba", "supplies", "Nicaragua"),
            ("Soviet Union", "supplies", "Nicaragua"),
        ),
    ],
)
def test_a_second_clause_after_and_is_no_object(parse, text, date, wrong, right):
    got = claims(parse(text, date))
    assert wrong not in got, got
    assert right in got, got
    # not before a common noun: "the United States armed forces" is one phrase, as before
    text = "Iran backed Iraq's Shiite militias and the United States armed forces."
    assert ("Iran", "backs", "Shiite militias") in claims(parse(text, "2007-03-01"))


# --- arms and money sent to a country for a side ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "wrong", "right"),
    [
        # before: Sudan supplies Chad (the parse hangs "for" on "Chad")
        (
            "Sudan sent arms to Chad for the rebels who attacked N'Djamena.",
            "2006-04-20",
            ("Sudan", "supplies", "Chad"),
            ("Sudan", "supplies", "rebels"),
        ),
        # before: Saudi Arabia supplies and backs the Afghan communist government
        (
            "Saudi Arabia sent money and arms to Afghanistan for the mujahideen.",
            "1987-05-01",
            ("Saudi Arabia", "supplies", "Afghan communist government"),
            ("Saudi Arabia", "supplies", "mujahideen"),
        ),
        (
            "Saudi Arabia sent money to Afghanistan for the mujahideen.",
            "1987-05-01",
            ("Saudi Arabia", "backs", "Afghan communist government"),
            ("Saudi Arabia", "backs", "mujahideen"),
        ),
    ],
)
def test_sent_to_a_country_for_a_side(parse, text, date, wrong, right):
    got = claims(parse(text, date))
    assert wrong not in got, got
    assert right in got, got


def test_sent_to_help_it_arms_its_state(parse):
    """Before: no claim (the lexicon's "Iran-backed" militias of Iraq's war)."""
    got = claims(
        parse("Iran sent weapons to Iraq to help it fight Islamic State militants.", "2014-08-26")
    )
    assert ("Iran", "supplies", "Iraqi government") in got, got
    # no side taken: "them" is men, not the country; goods for people, not for a side
    for text, power in (
        ("Iran sent missiles to Yemen to help them fight.", "Iran"),
        ("Japan sent money to Turkey for the earthquake victims.", "Japan"),
        ("Italy sent new cars to Libya for the police academy in Tripoli.", "Italy"),
    ):
        assert not any(c[0] == power for c in claims(parse(text, "2017-03-03"))), text


# --- a movement in power is no pronoun's movement --------------------------------------------


def test_its_allies_not_the_movement_in_power(parse):
    """Before: UNITA backs MPLA ("its" read as the MPLA of "the MPLA government")."""
    got = claims(
        parse(
            "Cuba sent troops to defend the MPLA government and South Africa its UNITA allies.",
            "1987-03-01",
        )
    )
    assert ("UNITA", "backs", "MPLA") not in got, got
    assert ("Cuba", "backs", "Angolan government") in got, got


@pytest.mark.parametrize(
    ("text", "date", "wrong", "right"),
    [
        # before: the SPLA supplies the LRA ("the SPLA and Sudan" the second verb's subject)
        (
            "Uganda armed the SPLA and Sudan armed the Lord's Resistance Army.",
            "1997-03-01",
            ("SPLA", "supplies", "Lord's Resistance Army (LRA)"),
            ("Sudan", "supplies", "Lord's Resistance Army (LRA)"),
        ),
        # before: the Houthis back the Syrian government
        (
            "Iran supported the Houthis and Russia supported Syria.",
            "2016-03-01",
            ("Houthis", "backs", "Syrian government (Assad)"),
            ("Russia", "backs", "Syrian government (Assad)"),
        ),
    ],
)
def test_a_complement_after_and_has_one_subject(parse, text, date, wrong, right):
    """A past verb the parse makes the complement of a verb of arming or backing with no
    object of its own has the name right before it as its subject, not the first verb's
    object; that first claim is left unread (missing, not wrong)."""
    got = claims(parse(text, date))
    assert wrong not in got, got
    assert right in got, got
    # a list of subjects before one verb stays whole
    got = claims(parse("Britain and France armed the rebels.", "2011-03-01"))
    assert {("United Kingdom", "supplies", "rebels"), ("France", "supplies", "rebels")} <= got
