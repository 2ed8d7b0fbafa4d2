"""Wrong actors and acts told twice that review43 and eventsfix32 left (eventsfix33).

On main 36153c6 "... where residents said they opened fire on cars" gave an attack by the
residents: the "they" of what a witness says was read as the witness. Each kind is tested here
on sentences of other places; guards keep what must stay. Events are found by the real spaCy
pipeline and the real geoparser.
"""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, one_event, places_of, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 10 June 2015."""
    return reader(geoparsing, "2015-06-10")


# --- a witness's "they" --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Mali\n\nMalian troops were patrolling Kidal, where residents said they opened fire"
            " on a market on Friday.\n",
            "Mali",
        ),
        (
            "South Sudan\n\nGovernment soldiers were deployed in Juba, where residents said they"
            " fired on civilians on Sunday.\n",
            None,
        ),
    ],
)
def test_a_witness_s_they_is_the_armed_men_named_before(read, text, actor):
    """What residents, villagers or survivors say "they" did is said of the armed men named
    before them, never of the witnesses themselves."""
    for e in events_of(read, text, "attack"):
        names = e.actors
        assert "residents" not in names, e.label
        if actor is not None:
            assert actor in names, e.label


@pytest.mark.parametrize(
    "text",
    [
        "Syria\n\nThe rebels said they attacked an army base near Hama on Tuesday.\n",
        "Colombia\n\nThe guerrillas said they ambushed an army patrol near Cali on Monday.\n",
    ],
)
def test_armed_men_s_own_they_stays_theirs(read, text):
    e = one_event(read, text, "attack")
    assert {"rebels", "guerrillas"} & set(e.actors), e.label


def test_a_witness_s_passive_they_stays_the_target(read):
    e = one_event(
        read,
        "Ethiopia\n\nResidents said they were shelled by government troops in Mekele on Monday.\n",
        "bombardment",
    )
    assert "residents" in e.label, e.label


# --- an act ranked in a run -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Japan\n\nThree people were killed and seven injured in a knife attack at a railway"
        " station in Osaka, police said on Monday.\nSaturday's killings were the latest in a"
        " series of knife attacks in the country.\n",
        "France\n\nTwo people were injured in a knife attack at a market in Lyon, police said"
        " on Friday.\nThe stabbing was the latest in a spate of knife attacks in the region.\n",
    ],
)
def test_an_act_ranked_in_a_run_is_not_told_again(read, text):
    """A definite act ranked "the latest in a series" after the article has told it is the
    same act summed with others: one attack, not a second one with no place of its own."""
    one_event(read, text, "attack")


def test_a_lead_ranked_in_a_run_stays(read):
    one_event(
        read,
        "Pakistan\n\nMonday's suicide bombing at a police post in Quetta was the latest in a series"
        " of attacks on the police.\n",
        "bombing",
    )


# --- a crowd harmed in the present progressive, with a place --------------------------------------
def test_a_progressive_act_on_a_crowd_with_a_place_is_news(read):
    """A list of -ing acts told with "are" that names the crowd it is done to and a place is
    the news as it happens: the second act and its place stay."""
    assert "Zahedan" in places_of(
        read,
        "Iran\n\nMilitiamen are firing on mourners, attacking people in the streets of Zahedan.\n",
        "attack",
    )


def test_a_progressive_habit_with_no_crowd_stays_none(read):
    assert (
        events_of(
            read,
            "Gangs\n\nAcross the country, these gangs are robbing shops and assaulting people.\n",
            "attack",
        )
        == []
    )
