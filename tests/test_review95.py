"""review95: soldiers who overthrow a man who is no state's ruler (an enclave's leader, a
side's commander, a movement's prime minister) stay in the war the sentence's place gives; a
state's ruler overthrown is still that state's coup."""

from __future__ import annotations

from tests.test_stances_news import theatre_of


def test_an_enclaves_leader_or_a_sides_commander_stays_in_the_war(parse):
    ex = parse(
        "Rebel soldiers in Nagorno-Karabakh tried to topple the enclave's leader Arkadi Ghukasyan.",
        "2000-03-22",
    )
    assert theatre_of(ex, "Rebel soldiers", "Arkadi Ghukasyan") == {"Nagorno-Karabakh"}
    ex = parse(
        "Rebel soldiers in Mali ousted the jihadist commander Amadou Koufa from Konna.",
        "2013-01-17",
    )
    assert theatre_of(ex, "Rebel soldiers", "Amadou Koufa") == {"Sahel insurgency"}
    ex = parse(
        "Rebel soldiers loyal to Fatah in Gaza tried to topple Prime Minister Ismail Haniyeh "
        "of Hamas.",
        "2007-06-14",
    )
    assert theatre_of(ex, "Rebel soldiers", "Ismail Haniyeh") == {"Israel–Gaza conflict"}


def test_a_presidents_overthrow_is_still_his_states_coup(parse):
    ex = parse("Rebel troops in Niger overthrew President Hamani Diori.", "1974-04-15")
    assert theatre_of(ex, "Rebel troops", "Hamani Diori") == {"Niger"}
    ex = parse(
        "Rebel soldiers in Mali overthrew President Moussa Traore after days of protests.",
        "1991-03-26",
    )
    assert theatre_of(ex, "Rebel soldiers", "Moussa Traore") == {"Mali"}
