"""Who backs whom: a deposed leader's refuge is no ground of the coup; a side that asks for
mediation, or a side's own negotiator, is no mediator; two clauses of one verb joined by
"and" are read apart; a land between an envoy's owner and his noun is the war he works on.
"""

from __future__ import annotations

from tests.test_stances_news import claims, theatre_of


def _mediations(ex) -> set[tuple[str, str]]:
    return {(s.power, s.party) for s in ex.stances if s.relation == "mediates"}


def test_a_land_a_deposed_leader_is_sent_to_is_his_refuge(parse):
    ex = parse(
        "The Thai military overthrew Prime Minister Chatichai Choonhavan on Saturday. "
        "Officers seized him at Bangkok airport and later sent him to Britain. "
        "In London, Mr. Chatichai said he would not fight the coup.",
        "1991-02-24",
    )
    assert theatre_of(ex, "Thailand", "Chatichai Choonhavan") == {"Thailand"}


def test_a_side_asking_for_mediation_is_no_mediator(parse):
    ex = parse(
        "Armed clashes broke out between Kyrgyz and Tajik border guards. "
        "Tajikistan called for mediation.",
        "2020-05-10",
    )
    assert not _mediations(ex)
    # a mediator asked who mediates is still read
    ex = parse(
        "Asked by both sides, Algeria mediated between Iran and the United States.", "1981-01-19"
    )
    assert ("Algeria", "Iran") in _mediations(ex)


def test_a_sides_own_negotiator_is_no_mediator(parse):
    ex = parse(
        "The Taliban's chief negotiator, Abdul Ghani Baradar, met Afghan government envoys "
        "in Doha.",
        "2020-09-12",
    )
    assert not _mediations(ex)
    ex = parse("Qatari negotiators brokered a truce between Israel and Hamas.", "2023-11-22")
    assert ("Qatar", "Hamas") in _mediations(ex)


def test_two_clauses_of_one_verb_are_read_apart(parse):
    ex = parse(
        "Fighting went on. The clash came on the eve of a meeting of a regional security "
        "body, and while Russia fights Ukraine and Azerbaijan fights Armenia.",
        "2022-09-16",
    )
    found = claims(ex)
    assert ("Russia", "opposes", "Ukraine") in found
    assert ("Azerbaijan", "opposes", "Armenia") in found
    assert ("Ukraine", "opposes", "Armenia") not in found


def test_a_land_between_an_envoys_owner_and_his_noun_is_his_war(parse):
    ex = parse(
        "Firing stopped across western Syria at midnight as a truce took effect. Rebel "
        "groups, the Syrian government and Russian forces agreed to it.\n\n"
        "The UN's Syria mediator, Staffan de Mistura, said peace talks would resume in "
        "Geneva if the ceasefire held.\n\n"
        "The government and Russia asked to go on attacking the Islamic State, and Barack "
        "Obama warned Russia that the world would be watching.",
        "2016-02-27",
    )
    assert {(s.power, s.party) for s in ex.stances if s.power == "United Nations"} == {
        ("United Nations", "Syria")
    }
