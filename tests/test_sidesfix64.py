"""Who backs whom: initials a story introduces itself ("the Kenya Defence Forces (KDF)") are
the body the name before them reads as, with its land, in every later sentence. Initials that
spell no side (a wire's credit, a broadcaster, a football club) are read as before.
"""

from __future__ import annotations

from tests.test_stances_news import claims


def _powers(ex) -> set[str]:
    return {s.power for s in ex.stances}


def test_a_states_forces_named_by_their_introduced_initials(parse):
    ex = parse(
        "The Kenya Defence Forces (KDF) crossed into southern Somalia in October. "
        "The KDF fought al-Shabaab militants near Afmadow.",
        "2011-11-02",
    )
    assert ("Kenya", "opposes", "al-Shabaab") in claims(ex)
    assert "KDF" not in _powers(ex)
    ex = parse(
        "The Uganda People's Defence Force (UPDF) moved troops into eastern Congo. "
        "Kampala said the UPDF fought the Interahamwe militia near Bunia.",
        "1998-08-20",
    )
    assert ("Uganda", "opposes", "Interahamwe") in claims(ex)
    ex = parse(
        "The Armed Forces of Liberia (AFL) held Monrovia. The AFL fought rebels near the airport.",
        "1990-07-01",
    )
    assert ("Liberia", "opposes", "rebels") in claims(ex)
    # initials of no side are read as before
    ex = parse(
        "The South African Broadcasting Corporation (SABC) showed the final. "
        "The SABC thanked the organisers.",
        "1995-06-01",
    )
    assert not ex.stances
    ex = parse(
        "PARIS (AFP) - France said it would keep backing the Malian army against the jihadists.",
        "2013-03-03",
    )
    assert ("France", "backs", "Malian government") in claims(ex)
    ex = parse(
        "The Uganda People's Defence Force (UPDF) football club beat Vipers 2-1. "
        "The UPDF fought back after half-time.",
        "2016-10-01",
    )
    assert not ex.stances


def test_a_rebel_army_named_by_its_introduced_initials(parse):
    ex = parse(
        "The Sudan People's Liberation Army (SPLA) has fought Khartoum since 1983. "
        "Sudan accused Uganda of arming the SPLA.",
        "1995-05-03",
    )
    assert ("Uganda", "supplies", "Sudan People's Liberation Army") in claims(ex)
