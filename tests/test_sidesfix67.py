"""Who backs whom: two kinds of wording the twenty-fourth fresh batch missed.

Each test holds a sentence of the kind (stances_fresh24's s14 and the brief's "India invaded
Pakistan on three fronts") and sentences of other wars and of other senses of the trigger
words (benchmarks/data/sidesfix67/sentences.txt), through the real pipeline.
"""

from __future__ import annotations

from tests.test_stances_news import claimed, claims


def test_an_accusations_gerund_glued_to_its_object_is_the_accused_deed(parse):
    # the parser reads "of training rebels" as a kind of rebels; the accused trains them
    ex = parse("Chad accused Sudan of training rebels.", "1990-03-03")
    assert ("Sudan", "backs", "rebels", "Chad") in claimed(ex)
    ex = parse("Mali accused Algeria of harbouring jihadists.", "2023-03-03")
    assert {(s.power, s.relation, s.claimed_by) for s in ex.stances} == {
        ("Algeria", "backs", "Mali")
    }
    ex = parse("Rwanda accused Uganda of supporting rebels.", "2001-03-03")
    assert ("Uganda", "backs", "rebels", "Rwanda") in claimed(ex)
    # the party is the men, not the gerund glued to them
    assert not any(
        "training" in s.party
        for s in parse("Chad accused Sudan of training rebels.", "1990-03-03").stances
    )
    # other senses: the object is no side, or no accusation
    for text in (
        "Unions accused the airline of training pilots too cheaply.",
        "Kenya accused Eritrea of harbouring ambitions in the region.",
        "Chad accused Sudan of funding cuts that hurt the aid programme.",
        "Activists accused Nigeria of sheltering refugees in crowded camps.",
        "The report spoke of training camps in Pakistan.",
    ):
        assert not parse(text, "2015-05-02").stances, text


def test_an_invasion_on_fronts_is_against_the_invaded(parse):
    # "on three fronts" was read as a body in arms in sight, which kept the act from
    # opposing the state invaded
    ex = parse("India invaded Pakistan on three fronts.", "1971-12-04")
    assert ("India", "opposes", "Pakistan") in claims(ex)
    ex = parse("Turkey invaded Cyprus on two fronts.", "1974-07-21")
    assert ("Turkey", "opposes", "Cyprus") in claims(ex)
    ex = parse("Iraqi forces invaded Iran on the southern front.", "1980-09-23")
    assert ("Iraq", "opposes", "Iran") in claims(ex)
    # other senses: a front of trade or words, and an entry asked for or feared
    for text, date in (
        ("Russia invaded Ukraine's markets on the economic front.", "2022-03-01"),
        ("Russia attacked Ukraine on the diplomatic front.", "2022-03-01"),
        ("Saudi troops invaded Bahrain on two fronts at the request of its king.", "2011-03-14"),
        ("Analysts fear Russia will invade Ukraine on three fronts.", "2022-01-20"),
        ("English fans invaded Russia on three fronts.", "2018-06-01"),
    ):
        assert not parse(text, date).stances, text
