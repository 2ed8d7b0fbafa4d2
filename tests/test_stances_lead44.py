"""Who backs whom: "the alliance" told after an organisation.

A word of a side out of power before the noun ("the rebel alliance", "the opposition
coalition") makes another body than the organisation named before; a seat named only as where
something happened ("NATO met in Brussels") is not the body the noun means while a body is
named. Each test holds the readings fixed and sentences of other senses that read as before.
"""

from __future__ import annotations


def _powers(ex) -> set:
    return {s.power for s in ex.stances}


def test_a_rebel_alliance_is_not_the_organisation_named_before(parse):
    # a story of CAR (AP, December 2013), shortened: the UN named in passing, then the rebels
    text = (
        "The report came as Samantha Power, the U.S. ambassador to the United Nations, "
        "arrived in Bangui, the capital.\n\nThe turmoil began when the mostly Muslim Seleka "
        "rebel alliance ousted President Francois Bozize in March and installed Michel Djotodia."
    )
    ex = parse(text, "2013-12-05")
    assert "United Nations" not in _powers(ex)
    assert any(s.party == "Francois Bozize" and s.relation == "opposes" for s in ex.stances)
    ex = parse(
        "NATO jets flew over Tripoli on Monday. The opposition coalition backed the rebels "
        "in Misrata.",
        "2011-06-01",
    )
    assert "NATO" not in _powers(ex)
    # the alliance with no such word is the organisation, as before
    ex = parse(
        "NATO said it would keep bombing Libyan government forces. The alliance backed the "
        "rebels in Misrata with air strikes.",
        "2011-04-04",
    )
    assert "NATO" in _powers(ex)


def test_a_seat_named_as_a_venue_yields_to_the_body_named(parse):
    for text in (
        "NATO met in Brussels on Friday. The military alliance pledged to support Ukraine "
        "against Russia.",
        "NATO met in Brussels on Friday. The Western alliance pledged to support Ukraine "
        "against Russia.",
    ):
        powers = _powers(parse(text, "2022-03-01"))
        assert "NATO" in powers, text
        assert "European Union" not in powers, text
    # no body named: the seat stands for it, as before
    for text in (
        "European leaders met in Brussels on Thursday. The bloc pledged to support Ukraine "
        "against Russia.",
        "The European Union held a summit in Brussels on Thursday. The bloc pledged to "
        "support Ukraine against Russia.",
    ):
        assert "European Union" in _powers(parse(text, "2022-03-01")), text
