"""Who backs whom: an invasion told by its noun ("Tanzania's invasion of Uganda") or by a
headline's present ("Iraq invades Iran"), and a mediation told by a deal a third party
brokered, its sides the ones who sign it or agree under it. Kinds the last fresh batches
missed, read as general rules.

The sentences are of other wars and decades, and of other senses of the same words
(benchmarks/data/sidesfix73/sentences.txt holds them with more).
"""

from __future__ import annotations


def _claims(ex, relation: str) -> set[tuple[str, str]]:
    return {(s.power, s.party) for s in ex.stances if s.relation == relation and not s.negated}


def _has(ex, relation: str, power: str, word: str) -> bool:
    """Whether ``power`` has ``relation`` to a party whose name holds ``word``."""
    return any(p == power and word in party for p, party in _claims(ex, relation))


def test_an_invasion_told_by_its_noun_opposes_the_state_invaded(parse):
    for text, date, power, word in [
        ("Tanzania's invasion of Uganda ended Amin's rule.", "1979-04-14", "Tanzania", "Uganda"),
        ("The invasion of Kuwait by Iraq began before dawn.", "1990-08-03", "Iraq", "Kuwait"),
        (
            "Libyan forces pushed their invasion of northern Chad further south this month.",
            "1983-08-12",
            "Libya",
            "Chad",
        ),
    ]:  # fmt: skip
        assert _has(parse(text, date), "opposes", power, word), text


def test_an_invasion_noun_not_done_or_of_no_state_opposes_no_one(parse):
    # the kind first, so the words are known to be read
    assert _has(
        parse("The Somali invasion of Ethiopia drew protests in Africa.", "1977-08-02"),
        "opposes",
        "Somalia",
        "Ethiopia",
    )
    for text, date in [
        ("The invasion of privacy by the tabloids angered judges in Britain.", "2011-07-08"),
        ("Officials in Seoul fear a North Korean invasion of South Korea.", "1983-05-04"),
        ("The threat of a Turkish invasion of Greece kept Athens on alert.", "1987-04-05"),
        ("Officers said Russia's invasion of Estonia would take days, not weeks.", "2015-03-04"),
        ("Germany's planned invasion of Britain was put off until the spring.", "1940-10-12"),
        ("Japan's invasion of the American car market worried Detroit.", "1985-03-03"),
        ("Kenya denied any invasion of Somalia by its troops.", "1990-03-03"),
    ]:  # fmt: skip
        assert not _claims(parse(text, date), "opposes"), text


def test_a_headlines_present_invasion_is_one_done(parse):
    ex = parse(
        "Iraq invades Iran and bombs Abadan\n\nIraqi troops and tanks crossed the border at dawn.",
        "1980-09-23",
    )
    assert _has(ex, "opposes", "Iraq", "Iran")
    for text in [
        "If Iran invades Iraq, who will stop it\n\nTroops are massing near the border.",
        "Mexico invades the United States with cheap tomatoes\n\nGrowers said prices fell.",
    ]:
        ex = parse(text, "1987-03-03")
        assert not _claims(ex, "opposes"), text


def test_a_deal_brokered_by_a_third_party_mediates_between_its_signers(parse):
    ex = parse(
        "Peru and Ecuador signed a peace treaty brokered by Brazil in Brasilia on Monday.",
        "1998-10-27",
    )
    assert _has(ex, "mediates", "Brazil", "Peru") and _has(ex, "mediates", "Brazil", "Ecuador")
    ex = parse(
        "Under a deal brokered by Nigeria, Ghana and Togo agreed to reopen their border.",
        "1996-05-22",
    )
    assert _has(ex, "mediates", "Nigeria", "Ghana") and _has(ex, "mediates", "Nigeria", "Togo")
    for text in [
        "Shell and BG signed a merger deal brokered by Goldman Sachs.",
        "The union and the employers signed an agreement brokered by a judge in Nairobi.",
        "Under a truce brokered by the elders, the two families agreed to end their feud.",
        "Chad and Sudan rejected a deal brokered by Libya.",
    ]:
        ex = parse(text, "2012-04-02")
        assert not any(party for _, party in _claims(ex, "mediates") if party), text


def test_men_named_by_their_regiments_arriving_after_help_asked_are_the_asked_states(parse):
    ex = parse(
        "The government of Gabon asked France for help.\n\n"
        "Paratroopers of the 2nd Foreign Parachute Regiment landed in Libreville the next "
        "morning.",
        "1964-02-20",
    )
    assert _has(ex, "backs", "France", "Gabon")
    for text in [
        "The government of Kenya asked Britain for help.\n\n"
        "Soldiers of the Kenya Rifles arrived at the barracks to guard the armoury.",
        "The government of Liberia asked the United States for help.\n\n"
        "Men of the Presidential Guard arrived at the mansion that night.",
    ]:
        assert not _claims(parse(text, "1990-03-03"), "backs"), text
