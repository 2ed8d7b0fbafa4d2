"""What a reviewer found in the stance rules of stop 41 (sidesfix37, stancesq32), on sentences
written for the review from other wars and decades: each class beside a wording that must not
change.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import theatre_of

# --- a patron named in the apposition of a state that fights armed men itself -------------


@pytest.mark.parametrize(
    ("text", "power", "party", "patron"),
    [
        (
            "Guatemala, a client state of the United States, fought leftist guerrillas.",
            "Guatemala",
            "guerrillas",
            "United States",
        ),
        (
            "Thailand, an ally of the US, fought the insurgents.",
            "Thailand",
            "insurgents",
            "United States",
        ),
        (
            "Morocco, an ally of France, fought the Polisario Front.",
            "Morocco",
            "Polisario Front",
            "France",
        ),
    ],
)
def test_a_patron_in_apposition_is_no_place_of_the_clients_own_fight(
    parse, text, power, party, patron
):
    ex = parse(text, published="2024-06-01")
    # before: filed in [United States] / [France], the patron's home
    got = theatre_of(ex, power, party)
    assert got and not any(patron in t for t in got)


def test_men_sent_to_fight_beside_a_patron_still_fight_in_its_home(parse):
    ex = parse("France, Chad's ally, sent jets to fight the rebels.", published="2024-06-01")
    assert theatre_of(ex, "France", "rebels") == {"Chad"}

