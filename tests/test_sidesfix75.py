"""Who backs whom: an attack told by its noun ("an attack by X on Y", "the X raid on Y's
airfields", "X's raids on Y's posts"), ground taken back from a side ("took back", "won back
control of", "regained ... from"), and a "with X backing" after a relative clause whose owner
the words leave open: kinds the last fresh batches missed or misread, read as general rules.

The sentences are of other wars and decades, and of other senses of the same words
(benchmarks/data/sidesfix75/sentences.txt holds them with more).
"""

from __future__ import annotations


def _claims(ex, relation: str) -> set[tuple[str, str]]:
    return {(s.power, s.party) for s in ex.stances if s.relation == relation and not s.negated}


def _has(ex, relation: str, power: str, word: str) -> bool:
    """Whether ``power`` has ``relation`` to a party whose name holds ``word``."""
    return any(p == power and word in party for p, party in _claims(ex, relation))


def test_an_attack_told_by_its_noun_sets_its_doer_against_the_side_attacked(parse):
    for text, date, power, word in [
        (
            "An assault by Indonesian paratroopers on Dutch positions in western New Guinea "
            "was beaten off.",
            "1962-05-20",
            "Indonesia",
            "Netherlands",
        ),
        (
            "Peruvian raids on Ecuadorian border posts continued on Friday.",
            "1995-02-03",
            "Peru",
            "Ecuador",
        ),
        (
            "The attack by Honduran jets on Salvadoran airfields failed to halt the advance.",
            "1969-07-16",
            "Honduras",
            "Salvador",
        ),
        (
            "An attack by FARC guerrillas on a Colombian army base killed nine soldiers.",
            "1998-08-04",
            "Revolutionary Armed Forces of Colombia (FARC)",
            "Colombia",
        ),
    ]:
        assert _has(parse(text, date), "opposes", power, word), text
    # the other senses: attacks of words, play, fear, police or the body oppose no one
    for text, date in [
        ("An attack on the bill by the opposition delayed the vote in parliament.", "2010-05-03"),
        ("The senator died of a heart attack in Washington.", "2004-05-03"),
        (
            "A Pakistani police raid on a house in Karachi found rifles and explosives.",
            "2013-05-03",
        ),
        ("The French attack on Britain's budget rebate angered ministers in London.", "1984-05-03"),
        ("Fears of an Israeli attack on Iran pushed oil prices higher on Monday.", "2012-05-03"),
        (
            "Brazil's attack on Argentina in the second half brought two goals and won the match.",
            "2014-05-03",
        ),
        (
            "The Greek attack on Turkey in the press followed the prime minister's speech.",
            "1990-05-03",
        ),
    ]:
        assert not _claims(parse(text, date), "opposes"), text


def test_ground_taken_back_from_a_side_sets_the_doer_against_it(parse):
    for text, date, power, word in [
        (
            "Ethiopian troops took back Jijiga from the Somali army on Sunday.",
            "1978-03-06",
            "Ethiopia",
            "Somali",
        ),
        (
            "Sri Lankan troops won back control of the Jaffna peninsula from the Tamil Tiger "
            "rebels.",
            "1995-12-06",
            "Sri Lanka",
            "Tamil",
        ),
        (
            "Ukrainian forces regained control of Kherson from Russian troops on Friday.",
            "2022-11-12",
            "Ukraine",
            "Russia",
        ),
    ]:
        assert _has(parse(text, date), "opposes", power, word), text
    for text, date in [
        ("Liverpool took the lead from Chelsea in the second half.", "2010-05-03"),
        ("The Labour candidate won back the seat from the Conservatives.", "2017-05-03"),
        (
            "The Liberals won back control of the province from the Conservatives in the election.",
            "2018-05-03",
        ),
        ("The Democrats won back control of the House from the Republicans.", "2018-05-03"),
        ("Canada won back the gold medal from the United States.", "2006-05-03"),
    ]:
        assert not _claims(parse(text, date), "opposes"), text


def test_a_backing_after_a_relative_clause_in_the_object_serves_neither_subject(parse):
    ex = parse(
        "The Contras gave up every village that the Sandinista army had taken, with Cuban "
        "backing, in the spring.",
        "1986-05-03",
    )
    assert not _claims(ex, "backs")
    # the other senses: a backing whose side the words tell keeps it
    for text in [
        "The Contras, with American backing, seized the village that the Sandinista army had held.",
        "The village fell to the Contras, who advanced with American backing from the north.",
        "The Contras who had fled to the hills, with American backing, seized the village again.",
    ]:
        assert _has(parse(text, "1986-05-03"), "backs", "United States", "Contra"), text
