"""The lead's mends of stop 47: a body "of" a city, town or village is that place's, no state's
government and no side of its war; a state's government named with "of" still is."""

from __future__ import annotations

from tests.test_stances_news import claims


def test_an_administration_of_a_city_installed_by_a_power_is_no_state_s_government(parse):
    ex = parse(
        "Earlier the Russian-installed administration of the occupied city of Enerhodar had "
        "said Ukrainian shells hit the lines at the plant.",
        "2022-08-26",
    )
    assert not claims(ex)
    ex = parse(
        "The Moscow-backed administration of the town of Nova Kakhovka said it would evacuate "
        "residents.",
        "2022-11-03",
    )
    assert not claims(ex)


def test_the_government_of_a_state_is_still_its_side(parse):
    ex = parse(
        "Saudi Arabia launched air strikes to support the government of Yemen against the "
        "Houthi rebels.",
        "2015-03-26",
    )
    assert ("Saudi Arabia", "backs", "Yemeni government") in claims(ex)
