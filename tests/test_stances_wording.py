"""Wordings of backing and fighting the rules had not read: aid poured into a side, one power
joining another in striking a third, a participle the parser made an adjective ("has armed
and trained militias that ...", "are armed and trained by"), and a person named behind a
state's possessive ("Liberia's Charles Taylor"). Each class on sentences written for the
tests, beside a wording that must not change.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claimed, claims, theatre_of

# --- aid poured into a side ---------------------------------------------------------------


def test_aid_poured_into_a_side_backs_it(parse):
    ex = parse("Washington has poured military aid into the Afghan army.")
    # before: no claim
    assert ("United States", "backs", "Afghan government") in claims(ex)


@pytest.mark.parametrize(
    "text",
    [
        "The United States poured weapons into the region.",
        # a country is where, not whom: "into Syria" may be either side of its war
        "Iran poured fighters and weapons into Syria.",
        "Chinese troops poured across the Yalu River.",
        # joined in no fight
        "Japan joined China in condemning the strikes.",
        "Egypt joined Qatar in the talks.",
    ],
)
def test_poured_into_a_place_or_joined_in_no_fight_is_no_claim(parse, text):
    assert claims(parse(text)) == set()


# --- joining another in striking a third ----------------------------------------------------


def test_who_joins_and_whom_it_joins_oppose_whom_they_strike(parse):
    ex = parse("Australia joined the United States in bombing Islamic State positions near Mosul.")
    # before: no claim
    assert ("Australia", "opposes", "Islamic State") in claims(ex)
    assert ("United States", "opposes", "Islamic State") in claims(ex)
    assert theatre_of(ex, "Australia", "Islamic State") == {"Iraq"}


# --- a participle the parser made an adjective --------------------------------------------


def test_a_participle_kept_with_its_auxiliary_arms_the_noun_it_modifies(parse):
    ex = parse(
        "Syria has armed and financed Kurdish rebels that attack Turkish troops, Ankara said."
    )
    # before: no claim ("armed" hung on "rebels", "has" its auxiliary, the report left
    # unattached under "said")
    assert ("Syria", "supplies", "Kurdish rebels", "Turkey") in claimed(ex)


def test_has_read_as_the_verb_still_arms(parse):
    ex = parse("Eritrea has armed Oromo rebels fighting the Ethiopian government.")
    assert ("Eritrea", "supplies", "Oromo") in claims(ex)  # as before


def test_a_participle_read_as_an_adjective_of_be_shares_the_agent(parse):
    ex = parse("The rebels are armed and trained by Iran, Israel said.")
    # before: no claim ("armed" an adjective under "are", "by Iran" hung on "trained")
    assert ("Iran", "supplies", "rebels", "Israel") in claimed(ex)
    assert ("Iran", "backs", "rebels", "Israel") in claimed(ex)


def test_the_adjective_carries_the_negation_of_both(parse):
    ex = parse("The rebels are not armed and trained by Iran, Tehran said.")
    assert claims(ex) == set()
    assert {("Iran", "supplies", "rebels"), ("Iran", "backs", "rebels")} <= claims(ex, True)


def test_nobody_arms_with_a_means(parse):
    ex = parse("The rebels are armed and backed by Russian air power.")
    assert claims(ex) == {("Russia", "backs", "rebels")}


# --- a person behind a state's possessive -------------------------------------------------


def test_a_person_behind_a_states_possessive_is_the_power(parse):
    ex = parse("Liberia's Charles Taylor has armed the RUF rebels in Sierra Leone.")
    # before: no claim; never the state's government
    assert ("Charles Taylor", "supplies", "RUF") in claims(ex)
    assert not any(power == "Liberia" for power, _, _ in claims(ex))


def test_a_person_with_no_title_or_state_is_no_power(parse):
    assert claims(parse("Charles Taylor supplied the RUF with weapons.")) == set()  # as before
