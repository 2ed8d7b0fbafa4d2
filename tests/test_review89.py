"""Who backs whom: review89's narrowings of sidesq45's rules and a generic "the state" set
beside a named side (the stories of benchmarks/data/review89 and benchmarks/data/sidesq45)."""

from __future__ import annotations

from tests.test_stances_news import claims


def _mediators(ex) -> set[str]:
    return {s.power for s in ex.stances if s.relation == "mediates"}


def test_a_clause_on_the_state_set_beside_a_side_is_that_sides(parse):
    # sidesq45's other senses: was "Angola backs UNITA", the war's own land
    got = claims(parse("South Africa, the state that backs UNITA, invaded Angola.", "1981-08-24"))
    assert ("South Africa", "backs", "UNITA") in got
    assert not any(power == "Angola" for power, _, _ in got)
    # another war and decade, "the regime", and a clause of an -ing word on "the state"
    got = claims(
        parse("Sudan, the regime that harboured the LRA, signed a deal with Uganda.", "2002-01-09")
    )
    assert not any(power == "Uganda" for power, _, _ in got)
    assert any(power == "Sudan" and rel == "backs" for power, rel, _ in got)
    got = claims(parse("Zaire, the state backing UNITA, closed its border.", "1992-06-03"))
    assert ("Zaire", "backs", "UNITA") in got
    assert not any(power == "Angola" for power, _, _ in got)


def test_the_state_the_parse_made_a_second_subject_is_the_name_before_it(parse):
    ex = parse("Chad, the state fighting Boko Haram, sent troops to Niger.", "2015-02-09")
    powers = {s.power for s in ex.stances if s.relation == "opposes"}
    assert "Chad" in powers
    assert "state" not in powers


def test_the_state_beside_a_place_of_no_side_is_no_government(parse):
    # "the state" is Texas, a state of no side, not the United States' government
    got = claims(
        parse(
            "Texas, the state that fought Mexico, joined the United States in 1845.", "1845-12-29"
        )
    )
    assert not any(party == "Mexico" for _, _, party in got)


def test_a_day_after_by_is_a_deadline_not_a_mediator(parse):
    ex = parse(
        "The African Union said it would name a mediator by Friday for the talks between "
        "Ethiopia and Eritrea.",
        "1998-05-20",
    )
    assert "African Union" in _mediators(ex)


def test_a_deal_of_arms_brokered_is_no_mediation(parse):
    ex = parse(
        "Ethiopia accused Eritrea of brokering arms deals with Somali militias.", "2007-03-09"
    )
    assert not _mediators(ex)
    ex = parse("Eritrea brokered arms deals with Somali militias.", "2007-03-09")
    assert not _mediators(ex)
    # a peace deal brokered is still a mediation
    ex = parse(
        "Brokering ceasefire talks between Kyiv and Moscow, Turkey has won praise in the West.",
        "2022-03-30",
    )
    assert "Turkey" in _mediators(ex)
