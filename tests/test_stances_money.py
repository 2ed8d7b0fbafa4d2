"""Money and arms in the wordings the rules had not read: a buyer the parser glued into the
weapons' name ("sold Iraq Super Etendard jets"), money given to a movement the entity
recogniser took for a person ("the Polisario"), sums and loans lent or given (backing only
with a war in sight or to an armed side), what a power pays for ("paid for weapons bought by
the rebels", "footed the bill for", "paid the salaries of"), and weapons given with money.
Each class on sentences written for the tests, beside a wording that must give no claim.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claimed, claims

# --- the buyer glued into the weapons' name -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Britain sold Jordan Chieftain tanks during the war.",
            ("United Kingdom", "supplies", "Jordan"),
        ),
        ("Russia sold Armenia tanks and artillery.", ("Russia", "supplies", "Armenia")),
        (
            "China sold the mujahideen rockets through Pakistan.",
            ("China", "supplies", "mujahideen"),
        ),
    ],
)
def test_a_buyer_glued_into_the_weapons_name_is_supplied(parse, text, claim):
    # before: no claim (the buyer read as part of the weapons' name)
    assert claim in claims(parse(text)), text


@pytest.mark.parametrize(
    "text",
    [
        # a state's adjective is the weapons' make, not their buyer
        "Russia sold Soviet tanks.",
        "France sold Mirage jets.",
    ],
)
def test_a_weapons_make_is_no_buyer(parse, text):
    assert claims(parse(text)) == set()


# --- money given to a movement read as a person ---------------------------------------------


def test_money_given_to_the_movement_backs_it(parse):
    ex = parse("Libya gives money to the Polisario, Algerian officials say.")
    # before: no claim ("the Polisario" a person to the entity recogniser, no war in sight)
    assert ("Libya", "backs", "Polisario Front", "Algeria") in claimed(ex)


def test_money_given_to_a_person_is_no_stance(parse):
    assert claims(parse("Libya gives money to John Smith.")) == set()


# --- sums, loans and grants -------------------------------------------------------------------


def test_a_sum_lent_during_a_war_backs(parse):
    ex = parse("Kuwait lent Iraq billions of dollars during its war with Iran.")
    # before: no claim
    assert ("Kuwait", "backs", "Iraqi government") in claims(ex)


def test_a_sum_given_to_an_armed_side_backs_it(parse):
    ex = parse("Taiwan gave the Contras $2 million.")
    # before: no claim
    assert ("Taiwan", "backs", "Contras") in claims(ex)


def test_a_loan_extended_to_a_state_at_war_backs_it(parse):
    ex = parse("The European Union extended a $5 billion loan to Ukraine during the war.")
    # before: no claim
    assert ("European Union", "backs", "Ukraine") in claims(ex)


def test_a_sum_in_military_aid_backs_and_supplies_a_sum_in_financial_aid_backs(parse):
    ex = parse("The House voted to send $100 million in military aid to the Contra rebels.")
    assert ("House", "backs", "Contras") in claims(ex)  # before: supplies only
    assert ("House", "supplies", "Contras") in claims(ex)
    ex = parse("Japan has given Kyiv $5.5 billion in financial aid since the Russian invasion.")
    # before: "supplies" (the aid read as a weapon)
    assert {r for p, r, _ in claims(ex) if p == "Japan"} == {"backs"}


@pytest.mark.parametrize(
    "text",
    [
        "The IMF approved a $3 billion loan to the Pakistani government.",
        "Washington extended a $2 billion loan to the Egyptian government.",
        # before: "Saudi Arabia supplies Pakistan" (the aid read as a weapon)
        "Saudi Arabia gave Pakistan $3 billion in aid.",
    ],
)
def test_a_loan_with_no_war_in_sight_is_no_stance(parse, text):
    assert claims(parse(text)) == set()


# --- what a power pays for --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Qatar has paid for weapons bought by the Syrian rebels.",
            ("Qatar", "backs", "Syrian opposition"),
        ),
        (
            "The United States footed the bill for the Contras' weapons.",
            ("United States", "backs", "Contras"),
        ),
        ("Iran paid the salaries of Hezbollah fighters.", ("Iran", "backs", "Hezbollah")),
    ],
)
def test_who_pays_for_a_sides_weapons_or_men_backs_it(parse, text, claim):
    # before: no claim
    assert claim in claims(parse(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "The United States paid for the reconstruction of Iraq.",
        "Russia will pay for its aggression, Zelensky said.",
        "Germany paid for the training of Afghan police.",
    ],
)
def test_paying_for_no_sides_war_is_no_stance(parse, text):
    assert claims(parse(text)) == set()


# --- weapons given with money ------------------------------------------------------------------


def test_money_and_weapons_sent_back_and_supply(parse):
    ex = parse("The Soviet Union sent money and weapons to the Contras.")
    # before: backs only
    assert ("Soviet Union", "backs", "Contras") in claims(ex)
    assert ("Soviet Union", "supplies", "Contras") in claims(ex)
