"""Who backs whom: armed men sent, or there, because a government asked for them (at its
request, answering its appeal for help, or after it asked a state for help and that state's
men arrived), and two actors read wrong (a party named for its land read as the state, the
people's word "Lao" unknown). Kinds the last fresh batches missed, read as general rules.

The sentences are of other wars and decades, and of other senses of the same words
(benchmarks/data/sidesfix72/sentences.txt holds them with more).
"""

from __future__ import annotations


def _backed(ex) -> set[tuple[str, str]]:
    return {(s.power, s.party) for s in ex.stances if s.relation == "backs" and not s.negated}


def _backs(ex, power: str, word: str) -> bool:
    """Whether ``power`` backs a party whose name holds ``word``."""
    return any(p == power and word in party for p, party in _backed(ex))


def test_armed_men_there_or_going_in_at_a_governments_request_back_it(parse):
    for text, date, power, word in [
        (
            "Moroccan troops arrived in Zaire at the request of the Zairean government.",
            "1977-04-10",
            "Morocco",
            "Zair",
        ),
        (
            "Saudi troops were in Bahrain at the request of the Bahraini government.",
            "2011-03-16",
            "Saudi Arabia",
            "Bahrain",
        ),
        (
            "The French paratroopers went in at the request of the Chadian president.",
            "1983-08-20",
            "France",
            "Chad",
        ),
    ]:
        assert _backs(parse(text, date), power, word), text


def test_an_appeal_for_help_answered_by_men_sent_backs_who_appealed(parse):
    for text, date, power, word in [
        (
            "Tanzania answered an appeal for help from the government of the Seychelles, "
            "sending 200 soldiers to Victoria.",
            "1979-11-20",
            "Tanzania",
            "Seychell",
        ),
        (
            "Nigeria responded to an appeal for help from the Sierra Leonean government, "
            "sending troops to Freetown.",
            "1997-06-02",
            "Nigeria",
            "Sierra Leone",
        ),
    ]:
        assert _backs(parse(text, date), power, word), text


def test_help_asked_of_a_state_whose_men_then_arrive_backs_who_asked(parse):
    ex = parse(
        "The government of Lesotho asked South Africa for military help.\n\n"
        "South African troops entered Lesotho on Tuesday.",
        "1998-09-23",
    )
    assert _backs(ex, "South Africa", "Lesotho")
    ex = parse(
        "Cuban soldiers landed in Angola in November.\n\n"
        "The Angolan government had asked Cuba for military help.",
        "1975-11-12",
    )
    assert _backs(ex, "Cuba", "Angol")


def test_the_same_words_of_other_senses_back_no_one(parse):
    # the request is read ...
    ex = parse(
        "Saudi troops were in Bahrain at the request of the Bahraini government.", "2011-03-16"
    )
    assert _backs(ex, "Saudi Arabia", "Bahrain")
    # ... a family's, a court's, the UN's, a refused, unanswered or plight's request is not
    for text, date in [
        ("At the request of the family, the funeral was private.", "2001-05-03"),
        ("At the request of the defence, the trial was delayed until March.", "1994-08-02"),
        ("British troops were in Cyprus at the request of the United Nations.", "1974-07-30"),
        (
            "The government of Haiti asked the United States for military help, but "
            "Washington refused.",
            "1993-10-14",
        ),
        ("Liberia asked Nigeria for military help, but no troops were sent.", "1990-06-01"),
        ("Jordan asked Iraq for help, but Iraqi troops never arrived.", "1970-09-21"),
        (
            "Chad asked France for help against the rebels.\n\nFrance said it would not send "
            "troops.",
            "1987-03-03",
        ),
        (
            "Peru asked Japan for help after the earthquake.\n\nJapanese doctors arrived in "
            "Pisco on Friday.",
            "2007-08-17",
        ),
        (
            "India answered an appeal for help from the Red Cross, sending 40 doctors to "
            "Kathmandu.",
            "2015-04-30",
        ),
        ("Britain rejected an appeal for help from the government of Rhodesia.", "1965-11-12"),
        ("Syrian troops left Beirut at the request of the Lebanese government.", "1976-11-15"),
    ]:
        assert not _backed(parse(text, date)), text


def test_a_party_named_for_its_land_is_no_state(parse):
    ex = parse(
        "The Communist Party of Nepal vowed to step up its attacks on government forces.",
        "2004-04-05",
    )
    assert not any(s.power == "Nepal" for s in ex.stances)
    # its government named the same way is the state
    ex = parse(
        "The Government of Nepal vowed to step up its attacks on the Maoist rebels.", "2004-04-05"
    )
    assert any(s.power == "Nepal" and s.relation == "opposes" for s in ex.stances)
