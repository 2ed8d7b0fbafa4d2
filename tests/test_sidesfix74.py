"""Who backs whom: a war between states told by English's idioms of war ("went to war with",
"was at war with", "declared war on", "waged war on", "ended its war with"), and a supplier's
or a backer's role told in apposition to the subject of a stop of that very supply ("X, Y's
chief arms supplier, halted its deliveries"): kinds the last fresh batches missed or misread,
read as general rules.

The sentences are of other wars and decades, and of other senses of the same words
(benchmarks/data/sidesfix74/sentences.txt holds them with more).
"""

from __future__ import annotations


def _claims(ex, relation: str) -> set[tuple[str, str]]:
    return {(s.power, s.party) for s in ex.stances if s.relation == relation and not s.negated}


def _has(ex, relation: str, power: str, word: str) -> bool:
    """Whether ``power`` has ``relation`` to a party whose name holds ``word``."""
    return any(p == power and word in party for p, party in _claims(ex, relation))


def test_a_war_told_by_its_idioms_sets_the_states_against_each_other(parse):
    for text, date, pairs in [
        (
            "Ecuador went to war with Peru last month over the disputed Amazon border.",
            "1941-08-08",
            [("Ecuador", "Peru"), ("Peru", "Ecuador")],
        ),
        (
            "Paraguay declared war on Bolivia on Wednesday after months of fighting.",
            "1933-05-12",
            [("Paraguay", "Bolivia")],
        ),
        (
            "Ethiopia and Eritrea ended their border war with a peace deal signed on Tuesday.",
            "2000-12-13",
            [("Ethiopia", "Eritrea"), ("Eritrea", "Ethiopia")],
        ),
    ]:
        ex = parse(text, date)
        for power, word in pairs:
            assert _has(ex, "opposes", power, word), (text, power, word)


def test_a_war_ended_is_no_denial_nor_a_mediation(parse):
    ex = parse(
        "Bolivia ended its three-year war with Paraguay by agreeing to a truce in Buenos Aires.",
        "1935-06-15",
    )
    assert _has(ex, "opposes", "Bolivia", "Paraguay")
    assert not [s for s in ex.stances if s.negated or s.relation == "mediates"]


def test_the_idioms_words_of_no_war_between_states_oppose_no_one(parse):
    # the kind first, so the words are known to be read
    assert _has(
        parse("The Soviet Union declared war on Japan and sent its armies across.", "1945-08-09"),
        "opposes",
        "Soviet Union",
        "Japan",
    )
    for text, date in [
        ("The president declared war on drugs in a speech to Congress on Thursday.", "1971-06-18"),
        ("The government declared war on poverty and promised new schools.", "1964-01-09"),
        ("Britain went into a war of words with France over the fishing rights.", "2009-05-04"),
        ("The airline went to war with the regulator over landing fees.", "2015-03-02"),
        ("Canada went to war with the United States over tariffs on lumber.", "2002-03-07"),
        ("Argentina threatened to go to war with Chile over three islands.", "1978-12-22"),
        ("Sweden never declared war on Germany and stayed neutral.", "1944-06-01"),
        ("If Pakistan went to war with India again, the region would suffer.", "1999-05-30"),
        ("In the new film, France declares war on England over a stolen crown.", "2019-10-10"),
        ("The mayor of the border town declared war on the drug cartels.", "2008-02-20"),
    ]:  # fmt: skip
        assert not _claims(parse(text, date), "opposes"), text


def test_a_supply_role_the_clause_ends_is_no_supply(parse):
    ex = parse(
        "The Soviet Union, long Somalia's chief arms supplier, stopped all its deliveries.",
        "1977-10-20",
    )
    assert not _claims(ex, "supplies") and not _claims(ex, "backs")
    # a role of another party, a stop only threatened, a supply going on: read as before
    ex = parse(
        "Russia, Armenia's main arms supplier, halted all deliveries to Azerbaijan.", "1993-03-03"
    )
    assert _has(ex, "supplies", "Russia", "Armenia")
    ex = parse(
        "The Soviet Union, Syria's chief arms supplier, flew in more tanks this week.", "1973-10-15"
    )
    assert _has(ex, "supplies", "Soviet Union", "Syria")
