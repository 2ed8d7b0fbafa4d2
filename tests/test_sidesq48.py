"""Who backs whom: the kinds misread in the twenty-eighth fresh batch.

Each test holds the story that was misread (from benchmarks/data/stances_fresh28) or the
kind's own sentences, and sentences of other wars and wordings written beside them
(benchmarks/data/sidesq48).
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "stances_fresh28" / "docs"


def _story(stem: str) -> str:
    """The story's headline and body, its date line left out (the date is passed apart)."""
    head, _date, body = (DOCS / f"{stem}.txt").read_text(encoding="utf-8").split("\n", 2)
    return f"{head}\n\n{body.strip()}\n"


def _opposes(ex) -> set[tuple[str, str]]:
    return {(s.power, s.party) for s in ex.stances if s.relation == "opposes"}


def test_a_states_name_beside_a_peoples_word_is_the_state(parse):
    # stances_fresh28 j17: was "Kenya guerrillas opposes Somali guerrillas" ("Border fighting
    # between Kenya and Somali guerrillas flares up")
    ex = parse(
        _story("j17-csmonitor-border-fighting-between-kenya-and-somali-guerrillas-1980"),
        "1980-11-12",
    )
    assert ("Kenya", "Somali guerrillas") in _opposes(ex)
    assert not any("Kenya guerrillas" in (s.power, s.party) for s in ex.stances)
    # another war: the state and the other people's rebels, not "Chad rebels"
    ex = parse(
        "Clashes between Chad and Sudanese rebels killed dozens near Adre in 2006.", "2006-04-13"
    )
    assert ("Chad", "Sudanese rebels") in _opposes(ex)
    assert not any("Chad rebels" in (s.power, s.party) for s in ex.stances)
    # peoples' words alone on troops stay two states
    ex = parse(
        "Clashes between Angolan and Zairean troops erupted near the border in 1978.", "1978-05-01"
    )
    assert ("Angola", "Zaire") in _opposes(ex)


def test_a_border_crossed_to_invade_is_an_invasion(parse):
    ex = parse("In 1990 Iraqi troops crossed the border to invade Kuwait.", "1990-08-02")
    assert ("Iraq", "Kuwait") in _opposes(ex)
    ex = parse(
        "In 1969 the army of El Salvador went into action, crossing the border to invade Honduras.",
        "1969-07-14",
    )
    assert ("El Salvador", "Honduras") in _opposes(ex)
    # a crossing planned, threatened or to come is no invasion yet
    for text in (
        "In 1980 Iraqi commanders planned to cross the border to invade Iran.",
        "In 1999 the general said his men would cross the border to invade Ethiopia.",
        "Troops massed on the border to invade Kuwait in 1961, but never crossed it.",
    ):
        assert not _opposes(parse(text, "1999-01-01")), text


def test_a_ruler_put_back_in_office_is_backed(parse):
    ex = parse(
        "In 1964 French troops crushed the coup and put President Mba back in office.",
        "1964-02-20",
    )
    assert any(
        s.power == "France" and s.relation == "backs" and "Mba" in s.party for s in ex.stances
    )
    # voters, courts and boards put back no one as a power does
    for text in (
        "Voters put the president back in office in 2012.",
        "The court reinstated the mayor after the election was annulled in 2004.",
        "Engineers restored power to the city in 2005.",
    ):
        assert not parse(text, "2012-01-01").stances, text


def test_a_states_men_firing_at_anothers_oppose_it(parse):
    # stances_fresh28 j11: was missing "Tajikistan opposes Kyrgyzstan" ("the fighting broke
    # out early Friday morning when Tajik forces fired at Kyrgyz border guards")
    ex = parse(
        _story("j11-keyt-ap-31-wounded-in-kyrgyzstan-tajikistan-border-clash-2022"), "2022-09-16"
    )
    assert any(p == "Tajikistan" and "Kyrgyz" in q for p, q in _opposes(ex))
    ex = parse(
        "In 2001 Indian troops fired on Bangladeshi border guards near the frontier.", "2001-04-18"
    )
    assert any(p == "India" and "Bangladesh" in q for p, q in _opposes(ex))
    # not at crowds, drones or boats, not by mistake, and not a dismissal
    for text in (
        "Police fired at protesters in the capital in 2011.",
        "Iranian forces fired at an American drone in 2019.",
        "Israeli troops fired at Lebanese soldiers by mistake in 2010.",
        "Turkish warships fired on Greek fishing boats in 1996.",
        "The club fired its coach after the defeat in 2015.",
    ):
        assert not _opposes(parse(text, "2010-01-01")), text
