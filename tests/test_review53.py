"""A reviewer's breaks of this stop's rules (branch review53): another land's party read as
American party politics (Georgia the country taken for the state), a count in a headline read
as the head of a longer name (the place after it lost), and a drill's clause taken for a whole
sentence (the fighting of its other clause lost). Each sentence is written for these tests,
of places, parties and wars other than the stories the rules were made on; beside each break,
the rule's own case, which must still fire."""

from __future__ import annotations

import pytest

from tests.test_geoparse_world import countries as readings


@pytest.mark.parametrize(
    "text",
    [
        "Georgia's ruling party claimed victory as the opposition Christian Democrats and the"
        " Social Democrats called for protests.",
        "Voters in Georgia went to the polls on Saturday; the European Democrats said the"
        " count was rigged.",
        "The Free Democrats of Irakli Alasania left the government of Georgia.",
    ],
)
def test_another_lands_party_is_no_american_politics(geoparsing, text):
    gp = geoparsing[0]
    assert readings(gp.parse(text), "Georgia") == ["GE"]
    # American party words, with an American body's or the state's own name on them, still
    # make the name the state
    for text in (
        "Georgia Democrats celebrated as Raphael Warnock won the Senate runoff against the"
        " Republican incumbent.",
        "House Republicans gained seats, but Georgia will hold a runoff next month.",
        "Republicans asked for a recount in Georgia, where Joe Biden led by 14,000 votes.",
        "Trump's Republicans sued in Georgia over absentee ballots.",
    ):
        assert readings(gp.parse(text), "Georgia") == ["US"], text


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Blasts Rock Three Damascus Neighbourhoods\nThree car bombs exploded in Damascus.",
         "Damascus", "SY"),
        ("Islamic State Executes Ten Mosul Residents\nMilitants executed residents of Mosul.",
         "Mosul", "IQ"),
        ("Suicide Bombers Hit Five Kabul Ministries\nBombers attacked buildings in Kabul.",
         "Kabul", "AF"),
    ],
)  # fmt: skip
def test_a_count_in_a_headline_keeps_the_place_after_it(geoparsing, text, name, code):
    gp = geoparsing[0]
    assert readings(gp.parse(text), name) == [code, code]
    # inside a sentence, the number word still opens a longer name the gazetteer lacks
    tops = gp.parse("Police closed the Two Rivers mall in Nairobi after a bomb threat.")
    assert readings(tops, "Rivers") == [None]


def _wars(parse, text: str, published: str) -> set[str]:
    return {t.name for t in parse(text, published).theatres}


def test_a_drill_in_one_clause_leaves_the_fighting_of_another(parse):
    assert "Russia–Ukraine war" in _wars(
        parse, "Separatist rockets hit Mariupol as NATO forces held drills in Poland.", "2015-06-01"
    )
    assert "Russia–Ukraine war" in _wars(
        parse,
        "Separatist rockets hit Mariupol in Ukraine as NATO forces held drills in Poland.",
        "2015-06-01",
    )
    # the drill's own men and arms still tell of no war, in its part and in what is joined to it
    assert "Russia–Ukraine war" not in _wars(
        parse,
        "Belarusian forces were holding exercises with surface-to-air missiles at the time, but"
        " officials in Minsk and Kyiv insisted the airliner was beyond the weapons' range.",
        "2001-10-05",
    )
    assert "Russia–Ukraine war" not in _wars(
        parse, "Russian troops held drills in Belarus near the Ukrainian border.", "2022-02-10"
    )


def test_a_birth_after_since_dates_no_war(parse):
    # "since Ukraine's independence" starts a span of years: the war of 2022 stays shown
    assert "Russia–Ukraine war" in _wars(
        parse, "The shelling of Kharkiv is the worst fighting since Ukraine's independence.",
        "2022-03-10",
    )  # fmt: skip
    # a war that followed a state's birth is still of that year (theatres35's rule)
    assert "Israel–Gaza conflict" not in _wars(
        parse, "The war that followed Israel's creation drove many from Jaffa.", "2015-01-01"
    )
