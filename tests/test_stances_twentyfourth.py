"""The twenty-fourth pass on who backs whom: wrong claims left by the twenty-third, fixed as
kinds. A mediator noun that a verb of regard gives someone ("hailed as a peacemaker") is a
name, not a mediation of any war; the subject of a clause "where" hangs on a place ("troops
from Syria, where they were deployed") is never that place. Each kind on sentences of
several names, beside those that must not change.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims

# --- "hailed as a peacemaker": a reputation, no mediation ----------------------------------


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a history of the Tigray war (before: "Ethiopia mediates" in no stated conflict)
        (
            "When Ethiopian Prime Minister Abiy Ahmed received the Nobel Peace Prize in 2019, he"
            " was hailed as a regional peacemaker. A year later, he launched a conflict that"
            " became a brutal civil war.",
            "2022-11-03",
        ),
        # before: "Colombia mediates"
        (
            "When Colombian President Juan Manuel Santos received the Nobel Peace Prize in 2016,"
            " he was hailed as a peacemaker. The war with the FARC had lasted fifty years.",
            "2017-01-10",
        ),
        # before: "Turkey mediates"
        (
            "Turkey has long been seen as a mediator, and Erdogan was praised as a peacemaker.",
            "2023-05-01",
        ),
        # before: "Norway mediates"
        (
            "Norway, long regarded as a neutral broker, was described as a peacemaker by the"
            " press.",
            "2015-06-01",
        ),
    ],
)
def test_a_name_given_is_no_mediation(parse, text, published):
    got = claims(parse(text, published))
    assert not any(r == "mediates" for _, r, _ in got), got


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a regard with the sides named is still a mediation between them
        (
            "Turkey was seen as a mediator between Russia and Ukraine.",
            ("Turkey", "mediates", "Ukraine"),
        ),
        # acting as mediator is doing it
        (
            "Talks between Khartoum and the rebels resumed on Monday, with Qatar as mediator.",
            ("Qatar", "mediates", "rebels"),
        ),
        (
            "The African Union mediators said talks between Ethiopia and the TPLF would resume.",
            ("African Union", "mediates", "Ethiopia"),
        ),
    ],
)
def test_mediation_done_or_between_sides_unchanged(parse, text, claim):
    assert claim in claims(parse(text, "2023-05-01"))


# --- "from Syria, where they were deployed": the place is where, not who -------------------


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # an events batch's story (before: Syria opposing the Islamic State)
        (
            "NEW YORK - A US military spokesperson said on Sunday that the order has been signed"
            " to withdraw American troops from Syria, where they were deployed to help fight the"
            " Islamic State.",
            ("United States", "opposes", "Islamic State"),
            ("Syria", "opposes", "Islamic State"),
        ),
        # before: Afghanistan opposing the Taliban
        (
            "A British army spokesman said on Monday that the order has been signed to bring"
            " British troops home from Afghanistan, where they were deployed to fight the"
            " Taliban.",
            ("United Kingdom", "opposes", "Taliban"),
            ("Afghanistan", "opposes", "Taliban"),
        ),
        # before: Iraq opposing the Islamic State
        (
            "An Iranian official said on Tuesday that the order has been given to withdraw"
            " Iranian advisers from Iraq, where they were sent to help fight the Islamic State.",
            ("Iran", "opposes", "Islamic State"),
            ("Iraq", "opposes", "Islamic State"),
        ),
        # before: Mali opposing the jihadists
        (
            "A French military spokesman said on Friday that the decision has been taken to pull"
            " French soldiers out of Mali, where they were deployed to help fight the jihadists.",
            ("France", "opposes", "jihadist groups"),
            ("Mali", "opposes", "jihadists"),
        ),
    ],
)
def test_where_they_is_not_the_place(parse, text, right, wrong):
    got = claims(parse(text, "2018-12-23"))
    assert right in got
    assert wrong not in got


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Russia sent troops to Syria, where they fought the rebels.", "Russia"),
        ("Turkey moved soldiers into Iraq, where they fought the PKK.", "Turkey"),
        (
            "Washington pulled its forces out of Somalia, where they had been sent to help fight"
            " al-Shabaab.",
            "United States",
        ),
    ],
)
def test_where_they_of_a_named_sender_unchanged(parse, text, claim):
    assert any(p == claim and r == "opposes" for p, r, _ in claims(parse(text, "2018-12-23")))
