"""What a reviewer found in sidesfix35's allies, proxies and weapons, each as a kind, on
sentences of other wars: an act of war told in a game, a film, a drill or on computers, or
almost done, opposes no one; weapons fired by another, supplied to another or another's are
not their maker's strike; an alliance told in passing is in no war but at the ally's home
named as a place; "no ally", "no proxy" say nothing.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims, theatre_of

# --- an act of war not done in the world ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the two readings sidesfix35 left
        ("Iranian drones struck Israel in a video game.", "2024-04-14"),
        ("Russian bombers struck Ukraine in a cyber attack on its banks.", "2022-03-01"),
        # the same kind, other frames and wars
        ("In the film, Iranian drones struck Israel.", "2024-04-14"),
        ("Azerbaijani drones struck Armenia in a novel published last year.", "2020-10-01"),
        ("In a war game held in Washington, Israeli jets bombed Iran.", "2025-01-10"),
        ("Azerbaijani missiles hit Armenia in a drill.", "2020-10-01"),
        ("Israeli jets struck Iran in a dream sequence of the show.", "2024-04-10"),
        ("The film imagines how Israeli jets struck Iran.", "2024-04-10"),
        ("Israeli jets almost struck Iran.", "2024-04-10"),
        ("Israeli jets struck Iran in a mock assault.", "2024-04-10"),
        # men, not weapons: the same kind on the base's own reading of invasions
        ("In the video game, Russian troops invaded Ukraine.", "2022-03-01"),
        ("In the simulation, Russian troops attacked Ukraine.", "2024-04-10"),
        ("Iraqi troops almost invaded Saudi Arabia.", "1990-08-10"),
        # a condition or a question by an auxiliary before the subject
        ("Had Israeli jets bombed Iran, oil would have soared.", "2024-04-10"),
        ("Had Iraq invaded Saudi Arabia, oil prices would have soared.", "2024-04-10"),
    ],
)
def test_an_act_of_war_not_done_in_the_world_opposes_no_one(parse, text, date):
    ex = parse(text, date)
    assert not [c for c in claims(ex) if c[1] == "opposes"], claims(ex)


@pytest.mark.parametrize(
    ("text", "date", "claim"),
    [
        ("Israeli jets struck Iran in retaliation.", "2024-04-10", ("Israel", "opposes", "Iran")),
        (
            "Russian troops invaded Ukraine in a surprise attack.",
            "2022-03-01",
            ("Russia", "opposes", "Ukraine"),
        ),
        ("Iraq had invaded Kuwait the day before.", "1990-08-03", ("Iraq", "opposes", "Kuwait")),
        # a use of a right, an adjective, a frame of the report, not of the act
        (
            "Israeli jets struck Iran in the exercise of its right to self-defence.",
            "2024-04-10",
            ("Israel", "opposes", "Iran"),
        ),
        (
            "Russian troops attacked Ukraine in a novel way.",
            "2022-03-01",
            ("Russia", "opposes", "Ukraine"),
        ),
        (
            "In a virtual meeting, officials said Russian missiles struck Ukraine.",
            "2022-03-01",
            ("Russia", "opposes", "Ukraine"),
        ),
        (
            "Iranian drones had struck Israel by dawn.",
            "2024-04-14",
            ("Iran", "opposes", "Israel"),
        ),
        (
            "American troops invaded Grenada in an operation called Urgent Fury.",
            "1983-10-25",
            ("United States", "opposes", "Grenada"),
        ),
    ],
)
def test_an_act_of_war_in_an_attack_or_operation_is_done(parse, text, date, claim):
    """An attack, an operation or a reprisal is no frame of fiction."""
    assert claim in claims(parse(text, date))


# --- weapons that are another's to fire ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Iranian missiles fired by the Houthis hit Israel.",
        "Iranian missiles launched by the Houthis from Yemen hit Israel.",
        "Iranian drones flown by Hezbollah struck Israel.",
        "Iranian drones, supplied to Hezbollah, struck Israel.",
        "Iranian drones of Hezbollah struck Israel.",
    ],
)
def test_weapons_another_fires_are_not_their_makers_strike(parse, text):
    """The state's word on a weapon that its own words give to another names its maker."""
    ex = parse(text, "2024-04-10")
    assert ("Iran", "opposes", "Israel") not in claims(ex), claims(ex)


def test_weapons_launched_from_abroad_are_still_their_states(parse):
    ex = parse("Iranian drones launched from Iraq struck Israel.", "2024-04-14")
    assert ("Iran", "opposes", "Israel") in claims(ex)


# --- an alliance told in passing is in no war ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "power", "party"),
    [
        ("Azerbaijan attacked Armenia, an ally of Russia.", "2020-10-01", "Armenia", "Russia"),
        ("Israel struck Iran, an ally of Russia.", "2025-06-13", "Iran", "Russia"),
        (
            "Serbia, a traditional ally of Russia, refused to impose sanctions.",
            "2022-03-01",
            "Serbia",
            "Russia",
        ),
        ("China, an ally of Russia, called for peace talks.", "2023-05-01", "China", "Russia"),
        (
            "Armenia, a treaty ally of Russia, asked Moscow for help.",
            "2022-09-01",
            "Armenia",
            "Russia",
        ),
        (
            "Qatar, an ally of both Hamas and the United States, hosted talks.",
            "2023-10-10",
            "Qatar",
            "United States",
        ),
    ],
)
def test_an_alliance_told_in_passing_is_in_no_war(parse, text, date, power, party):
    """Not the war the lexicon lists for the ally (the Russia–Ukraine war is Russia's) nor
    one another party of the sentence brings (Hamas's): an alliance says no side there."""
    ex = parse(text, date)
    where = theatre_of(ex, power, party)
    assert where, claims(ex)
    assert all(w.endswith("(no conflict stated)") for w in where), where


def test_an_ally_fought_at_a_home_named_stays_in_that_war(parse):
    ex = parse(
        "Poland, an ally of Ukraine, sent tanks to Kyiv. Russian troops attacked Ukraine, an"
        " ally of Poland.",
        "2022-03-01",
    )
    assert theatre_of(ex, "Poland", "Ukraine") == {"Russia–Ukraine war"}


@pytest.mark.parametrize(
    ("text", "date", "power", "party"),
    [
        ("Hungary is no ally of Russia, Budapest said.", "2022-03-01", "Hungary", "Russia"),
        ("The M23 is no proxy of Rwanda, Kigali said.", "2022-11-01", "Rwanda", "M23"),
        ("Hezbollah is no ally of Iran.", "2023-10-10", "Hezbollah", "Iran"),
    ],
)
def test_no_ally_and_no_proxy_say_no_backing(parse, text, date, power, party):
    ex = parse(text, date)
    assert (power, "backs", party) not in claims(ex), claims(ex)


@pytest.mark.parametrize("noun", ["client", "proxy"])
def test_a_state_served_by_a_state_outside_a_fight_is_in_no_war(parse, noun):
    """Belarus let Russia's troops through; it is no side Russia backs in the war."""
    ex = parse(f"Belarus, a Russian {noun}, let Russian troops cross into Ukraine.", "2022-03-01")
    assert theatre_of(ex, "Russia", "Belarus") == {"Belarus (no conflict stated)"}


# --- a go-between joined is one's own ------------------------------------------------------


def test_joining_a_mediation_mediates(parse):
    """Joining a mediation is taking part in it, not acting on another's go-between."""
    ex = parse("The United States joined the mediation between Israel and Hamas.", "2023-11-01")
    assert ("United States", "mediates", "Israel") in claims(ex), claims(ex)


def test_a_proxy_by_reputation_is_no_claim(parse):
    """ "Described as a proxy" is a name given, as "seen as the main backer" is."""
    ex = parse(
        "Hezbollah, often described as a proxy of Iran, fired rockets at Israel.", "2023-10-10"
    )
    assert ("Iran", "backs", "Hezbollah") not in claims(ex), claims(ex)


def test_an_alliance_is_in_no_war_at_a_home_named_only_elsewhere(parse):
    """Washington named as the dateline and where a game was held is no war in the United
    States."""
    ex = parse(
        "A war game in Washington\n\nWASHINGTON - In a war game held at a think tank in"
        " Washington, Israeli jets bombed Iran and Iranian missiles hit Israel. The exercise,"
        " played by former officials, ended with a ceasefire brokered by Qatar. Japan, a close"
        " ally of the United States, sent observers to the game.",
        "2025-01-10",
    )
    assert theatre_of(ex, "Japan", "United States") == {"United States (no conflict stated)"}
    assert not [c for c in claims(ex) if c[1] == "opposes"], claims(ex)


def test_an_alliance_beside_strikes_on_the_allys_capital_stays_in_that_war(parse):
    ex = parse(
        "Russia, Serbia's traditional ally, opposes NATO air strikes against Belgrade.",
        "1998-07-02",
    )
    assert theatre_of(ex, "Russia", "Serbia") == {"Serbia"}


# --- states' words joined on men of no state's -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "state", "groups"),
    [
        (
            "Polish and Lithuanian volunteers fought for Ukraine.",
            "2022-03-01",
            "Poland",
            {"Polish volunteers", "Lithuanian volunteers"},
        ),
        (
            "British and French volunteers fought for Ukraine.",
            "2022-03-10",
            "United Kingdom",
            {"British volunteers", "French volunteers"},
        ),
    ],
)
def test_joined_words_on_volunteers_are_each_a_group(parse, text, date, state, groups):
    """ "Polish volunteers" alone are a group, not Poland; joined, each word is the same."""
    ex = parse(text, date)
    assert (state, "backs", "Ukraine") not in claims(ex), claims(ex)
    assert {p for p, r, _ in claims(ex) if r == "backs"} == groups


@pytest.mark.parametrize(
    ("text", "date", "power", "party", "war"),
    [
        (
            "Militants detonated a car bomb outside the Australian Embassy in Jakarta, in a"
            " bloody strike at a key U.S. ally in the war in Iraq.",
            "2004-09-09",
            "Australia",
            "United States",
            "Iraq",
        ),
    ],
)
def test_an_alliance_told_of_a_war_is_in_that_war(parse, text, date, power, party, war):
    """ "An ally in the war in Iraq" is a side there, not a tie (the labelled set's case)."""
    assert theatre_of(parse(text, date), power, party) == {war}
