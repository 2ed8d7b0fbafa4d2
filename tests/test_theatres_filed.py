"""The war a claim is filed in and the wars an article shows, where the country named is not the
ground of the fighting: who helped from abroad ("with the help of Iranian troops"), whose
things or men were struck ("fired missiles at Cuban transport planes"), a side acting in two
listed wars (Hezbollah's home is Lebanon), a listed side of another war beside one land of a
war between lands, where an accord was signed or envoys went to talk, fighters who keep the
name of a war they once fought in, and people named by where they come from in a sentence read
for its places only. Each sentence is written for these tests, from wars other than the
stories in which the kinds were found."""

from __future__ import annotations

import pytest

from tests.test_stances_news import theatre_of


def _wars(parse, text: str, published: str | None = None) -> set[str]:
    return {t.id for t in parse(text, published).theatres}


# --- claims: the helpers' homes, the struck side's home, a side's home war ---------------


@pytest.mark.parametrize(
    ("text", "date", "claim", "not_war"),
    [
        (
            "Oman fought a Marxist revolt in the mountains. It won with the help of British "
            "officers and, later, of Iranian troops.",
            "1975-03-03",
            ("Oman", "Marxist revolt"),
            {"United Kingdom", "Iran"},
        ),
        (
            "Mozambique fought the Renamo rebels with the help of Zimbabwean troops.",
            "1987-03-03",
            ("Mozambique", "Renamo"),
            {"Zimbabwe"},
        ),
    ],
)
def test_who_helps_from_abroad_is_not_where_the_war_is(parse, text, date, claim, not_war):
    wars = theatre_of(parse(text, date), *claim)
    assert wars
    assert not (wars & not_war)


@pytest.mark.parametrize(
    ("text", "date", "claim", "not_war"),
    [
        (
            "Rebels fired Stinger missiles supplied by the United States at Cuban transport "
            "planes.",
            "1987-03-03",
            ("United States", "Rebels"),
            "Cuba",
        ),
        (
            "The Ukrainian navy fired Neptune missiles built with British help at Russian "
            "patrol boats.",
            "2023-09-13",
            ("United Kingdom", "Ukraine"),
            "Russia",
        ),
    ],
)
def test_whose_things_are_struck_is_not_where_the_war_is(parse, text, date, claim, not_war):
    wars = theatre_of(parse(text, date), *claim)
    assert wars
    assert not_war not in wars


@pytest.mark.parametrize(
    "text",
    [
        "The Ukrainian navy fired Neptune missiles built with British help at Russian patrol "
        "boats.",
        "Kyiv used Storm Shadow missiles supplied by London to strike Russian warships.",
    ],
)
def test_arms_used_against_the_invader_are_for_the_war_in_the_country_armed(parse, text):
    ex = parse(text, "2023-09-13")
    assert theatre_of(ex, "United Kingdom", "Ukraine") == {"Russia–Ukraine war"}


def test_a_side_of_two_listed_wars_fights_from_its_home(parse) -> None:
    ex = parse("Hezbollah, backed by Iran, fought Israel in 1996.", "1996-04-20")
    assert theatre_of(ex, "Hezbollah", "Israel") == {"Lebanon"}


@pytest.mark.parametrize(
    ("text", "date", "claim", "war"),
    [
        # the helpers named as where they fight
        (
            "Zimbabwean troops fought Renamo rebels in Mozambique.",
            "1987-03-03",
            ("Zimbabwe", "Renamo"),
            "Mozambique",
        ),
        # the aid given to a government at home
        (
            "France came to the aid of Chad's government as Libyan-backed rebels advanced.",
            "1983-08-10",
            ("Libya", "rebels"),
            "Chad",
        ),
        # the struck side's home named as the place
        (
            "Georgian troops used Buk missiles supplied by Ukraine to shoot down Russian "
            "bombers over South Ossetia.",
            "2008-08-10",
            ("Ukraine", "Georgian government"),
            "Georgia",
        ),
    ],
)
def test_the_war_where_the_fighting_is_stays(parse, text, date, claim, war) -> None:
    assert theatre_of(parse(text, date), *claim) == {war}


# --- wars shown with no claim -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "not_war"),
    [
        # a listed side of another war beside one land of a war between lands
        ("Rockets fired by the Houthis struck Eilat in southern Israel.", "2023-11-01", "gaza"),
        # where an accord is signed, and who witnesses it
        (
            "Chad's government and the rebels signed the accord in the Libyan town of Sirte, "
            "in the presence of the Libyan leader.",
            "2009-05-02",
            "libya",
        ),
        # where envoys are sent to talk
        (
            "Egypt sent its foreign minister to the Iraqi capital Baghdad to discuss the crisis "
            "over water from the Euphrates.",
            "2009-05-02",
            "iraq",
        ),
        (
            "Delegates of the two factions met in the Yemeni port of Aden for talks on ending "
            "the war in Somaliland.",
            "2001-06-01",
            "yemen",
        ),
    ],
)
def test_a_war_not_fought_where_the_sentence_names_is_not_shown(parse, text, date, not_war):
    assert not_war not in _wars(parse, text, date)


@pytest.mark.parametrize(
    "text",
    [
        "The tribunal heard that former mujahideen fighters from Arab countries attacked "
        "villages near Zenica in Bosnia.",
        "Former mujahideen fighters joined the units.\n\nThe tribunal in The Hague heard how the "
        "units attacked Croat villages near Travnik in central Bosnia.",
    ],
)
def test_fighters_named_for_an_ended_war_in_a_story_of_another_land(parse, text) -> None:
    assert "soviet-afghan-war" not in _wars(parse, text)


def test_people_named_by_where_they_come_from_in_a_sentence_read_for_places(parse) -> None:
    wars = _wars(
        parse,
        "The charity hopes to hand the booklet to some of the 30,000 Somali refugees and many "
        "other refugees from Eritrea, Yemen and Sudan who live in Cairo.",
    )
    assert not (wars & {"somalia", "yemen", "sudan"})


@pytest.mark.parametrize(
    ("text", "date", "war"),
    [
        ("Hamas fighters fired rockets into southern Israel from Gaza.", "2023-11-01", "gaza"),
        (
            "Fighting broke out in Sirte between the Libyan army and the rebels.",
            "2011-09-20",
            "libya",
        ),
        ("The mujahideen ambushed a Soviet convoy near Kandahar.", None, "soviet-afghan-war"),
        ("Former mujahideen fighters ambushed a Soviet convoy.", None, "soviet-afghan-war"),
        (
            "Talks in Geneva failed as rebels shelled the outskirts of Aden in southern Yemen.",
            "2015-06-20",
            "yemen",
        ),
        (
            "Thousands of refugees fled Yemen as the rebels shelled Aden.",
            None,
            "yemen",
        ),
    ],
)
def test_a_war_fought_where_the_sentence_says_is_still_shown(parse, text, date, war) -> None:
    assert war in _wars(parse, text, date)
