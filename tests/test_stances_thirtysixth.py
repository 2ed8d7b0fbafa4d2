"""The thirty-sixth pass on who backs whom: the wrong claims of a fourteenth fresh batch of real
news (``benchmarks/stances_fresh14.py``) and the known ones of the stop before, each tried on
sentences of other wars. A name after the goods a verb sends is a stop on their way, not a
buyer ("sent cargo through Uganda, the Central African Republic and Chad to the RSF"); a
"whose" the parse puts in no relative clause stands for a side named before, never for a town
an act was in; a possessor ending a list joined on a noun owns that noun ("the main ally of the
Houthis and Saudi Arabia's enemy"), no group of its own.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims, theatre_of

# --- a name after the goods is a stop on their way -----------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "supplier", "recipient", "stops"),
    [
        # before: Libya supplies the Central African Republic and Chad as well as the rebels
        (
            "Libya sent military supplies through Sudan, the Central African Republic and Chad "
            "to the rebels.",
            "1986-06-01",
            "Libya",
            "rebels",
            {"Central African Republic", "Chad"},
        ),
        # before: the United States supplies Egypt as well as the mujahideen
        (
            "The United States sent military cargo through Pakistan, the Gulf states and Egypt "
            "to the mujahideen.",
            "1985-06-01",
            "United States",
            "mujahideen",
            {"Egypt"},
        ),
    ],
)
def test_a_country_the_goods_pass_through_is_no_buyer(
    parse, text, date, supplier, recipient, stops
):
    got = claims(parse(text, date))
    assert (supplier, "supplies", recipient) in got, got
    assert not any(p in stops for _, _, p in got), got


def test_a_buyer_before_the_goods_still_buys(parse):
    # guard: "sold Iraq dozens of helicopters", the dative before the goods
    got = claims(parse("The United States sold Iraq dozens of helicopters.", "1985-06-01"))
    assert ("United States", "supplies", "Iraqi government") in got, got


# --- "whose" is no pronoun for a town -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "power", "state"),
    [
        # before: Afghanistan opposes Rabbani (Kabul's state)
        (
            "On Friday the Taliban held a parade in Kabul after its victories, whose final aim "
            "is to overthrow President Rabbani, who lives in Mazar-i-Sharif.",
            "1996-06-01",
            "Taliban",
            "Afghanistan",
        ),
        # before: Yemen opposes Hadi, filed in [Saudi Arabia]
        (
            "On Friday the Houthis held a rally in Sanaa after their gains, whose final aim is "
            "to oust President Hadi, who lives in Riyadh.",
            "2015-06-01",
            "Houthis",
            "Yemen",
        ),
    ],
)
def test_whose_outside_a_relative_clause_is_not_the_town_of_the_act(
    parse, text, date, power, state
):
    ex = parse(text, date)
    got = claims(ex)
    assert not any(p == state for p, _, _ in got), got
    assert any(p == power and r == "opposes" for p, r, _ in got), got


def test_whose_of_its_own_clause_is_its_noun(parse):
    # guard: "the M23, whose fighters ..." still the M23
    got = claims(
        parse(
            "Rwanda backs the M23, whose fighters seized Goma from the Congolese army.",
            "2012-11-20",
        )
    )
    assert ("Rwanda", "backs", "M23") in got, got


# --- a possessor ending the list owns the noun ---------------------------------------------


def test_a_possessor_ending_a_list_is_no_group_of_its_own(parse):
    # before: Iran backs "Arabia's enemy" beside the Houthis (the Yemen war of 2018, not the
    # batch's story of 2015: the parse that joins the list on the noun is rare)
    ex = parse(
        "Iran, the main ally of the Houthis and Saudi Arabia's enemy in the region, sent missiles.",
        "2018-06-01",
    )
    got = claims(ex)
    assert ("Iran", "backs", "Houthis") in got, got
    assert all(p in ("Houthis",) for po, r, p in got if po == "Iran"), got
    assert theatre_of(ex, "Iran", "Houthis") == {"Yemen"}


def test_a_state_and_a_group_joined_on_one_noun_stay_two(parse):
    # guard: "Russia and Shiite militias", the case the joined reading is for
    got = claims(parse("Iran backs Russia and Shiite militias in Syria.", "2015-06-01"))
    assert {("Iran", "backs", "Russia"), ("Iran", "backs", "Shiite militias")} <= got, got
