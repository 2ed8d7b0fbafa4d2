"""The wrong and missed events stop 44 left (branch eventsfix55), fixed as kinds, the wrong
continent first, each beside stories of other senses that keep their reading
(benchmarks/data/eventsfix55/):

- a land named only as whose embassy or envoy it is, the other side of ties, a game's opponent,
  the land before its act told abroad, or whose troops struck, is no story's ground;
- the land a story introduces as "the ... nation of X" is the story's land, and an act "in the
  capital" of it is at its capital the story names;
- a land, region or town a water is named "of" ("the Straits of Florida", "the Gulf of Guinea")
  is not where an act in that water happened;
- "stormed past" with no barrier and no ground gone into, and a storming of a pitch's box, are
  no incursion;
- a protest told as the purpose of a crowd's coming out, told as done, is the protest made.

The real spaCy pipeline, geoparser and gazetteer; every test fails on main 2db5d281."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import article, events_of, places_of, reader

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "benchmarks" / "data" / "events_fresh23" / "docs"


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2022-02-01")


def test_an_embassys_land_is_no_ground(read) -> None:
    text = (
        "Mali's junta expelled France's ambassador on Monday, as relations with France"
        " collapsed.\nOn Tuesday, protesters attacked the embassy of France in the capital,"
        " burning its gate."
    )
    assert places_of(read, text, "attack") == [None]  # was France
    # other senses: the act's own land, an embassy "in" a town
    text = (
        "Gunmen attacked a police post in northern Mali on Monday. The embassy of France urged"
        " its citizens to stay indoors."
    )
    assert places_of(read, text, "attack") == ["Mali"]
    text = "Gunmen attacked the embassy of the United States in Benghazi on Tuesday night."
    assert places_of(read, text, "attack") == ["Benghazi"]


def test_a_games_opponent_is_no_ground(read) -> None:
    text = (
        "Warsaw\n\nFans clashed before the match against Russia on Friday. Russia's fans fought"
        " with police again in the capital on Saturday."
    )
    assert places_of(read, text, "clash", "2010-06-12") == [None, None]  # were Russia
    text = (
        "Russia won the match against Spain in Moscow on Sunday, and fans clashed with police"
        " after it."
    )
    assert places_of(read, text, "clash") == ["Moscow"]


def test_a_lands_act_told_abroad_and_its_troops_striking(read) -> None:
    assert places_of(read, "US market bombing kills 12 in Afghan village.", "bombing") == [None]
    text = "US troops attacked insurgents near a mosque on Monday, killing 12, a spokesman said."
    assert places_of(read, text, "attack") == [None]  # was the United States
    # other senses: the land's own town, a border (no settled ground), its army, its coup
    assert places_of(read, "Israel bus bombing kills 16 in Jerusalem.", "bombing") == ["Jerusalem"]
    text = "Nigeria army attacks Boko Haram camps near Cameroonian border."
    assert places_of(read, text, "attack") == ["Nigeria"]
    text = "Pakistan army attacks militant hideouts in tribal belt, killing 50."
    assert places_of(read, text, "attack") == ["Pakistan"]
    text = "US troops attacked insurgents in Fallujah on Monday, killing dozens."
    assert places_of(read, text, "attack") == ["Fallujah"]


def test_the_nation_a_story_introduces(geoparsing, read) -> None:
    text = (
        "Hundreds of soldiers in the West African nation of Guinea-Bissau staged a revolt"
        " Wednesday to demand back pay owed to them for serving as peacekeepers in Liberia.\n\n"
        "Mutinous soldiers killed the army's commander on Wednesday.\n\nOfficials said the"
        " unit had spent nine months in Liberia."
    )
    assert places_of(read, text, "attack", None) == ["Guinea-Bissau"]  # was Liberia
    bissau = article(geoparsing, DOCS / "mutiny-bissau-nbc.txt")
    assert [tp.name for tp in bissau.event_places.values()] == ["Bissau"]
    # other senses: a land one is born in, one troops come from
    text = (
        "Born in the Caribbean nation of Haiti, the gunman attacked a school in Florida on"
        " Wednesday."
    )
    assert places_of(read, text, "attack") == ["Florida"]
    text = (
        "Troops from the Central African nation of Chad attacked rebels near Gao on Thursday."
        " The fighting in Mali went on."
    )
    assert places_of(read, text, "clash") == ["Gao"]


def test_a_water_named_for_a_land(read) -> None:
    text = "Cuban border guards fired on a raft carrying 30 migrants in the Straits of Florida."
    assert places_of(read, text, "attack") == [None]  # was the Cuban town of Florida
    text = "Pirates attacked a tanker in the Gulf of Guinea on Monday, 60 miles off the coast."
    assert places_of(read, text, "attack") == [None]  # was Guinea
    # other senses: a coast's land, a state "of" no water
    text = "Pirates attacked a tanker off the coast of Somalia on Friday."
    assert places_of(read, text, "attack") == ["Somalia"]
    text = "Protesters rallied in the Gulf state of Qatar on Monday."
    assert places_of(read, text, "protest") == ["Qatar"]


def test_a_surge_past_and_a_pitchs_box(read) -> None:
    for text in (
        "Arsenal stormed past Crystal Palace in London on Thursday night.",
        "Liverpool's forwards stormed the Arsenal box again and again in the second half.",
        "Hurricane Ian stormed past Cuba on Tuesday, cutting power to the whole island.",
    ):
        assert events_of(read, text, "incursion") == [], text
    # other senses: ground gone into, a barrier stormed past
    text = "Rebels stormed past government lines into the town of Kidal on Sunday."
    assert places_of(read, text, "incursion") == ["Kidal"]
    text = "Troops stormed through the town of Bor on Monday, firing at houses."
    assert len(events_of(read, text, "incursion")) == 1


def test_a_crowd_came_out_to_protest(geoparsing, read) -> None:
    niamey = article(geoparsing, DOCS / "mutiny-niamey-ap-1992.txt")
    assert [e.actors for e in niamey.events if e.type == "protest"] == [["students"]]
    # other senses: a plan, a future, a mourning, a negation, a threat
    for text in (
        "Unions plan to take to the streets next week to protest the pension law.",
        "Students will gather in Paris on Friday to protest the law.",
        "Thousands gathered in Paris on Saturday to mourn the victims of the attacks.",
        "The students did not take to the streets to protest the ruling on Monday.",
        "Farmers threatened to take to the streets of Paris to protest the tax.",
    ):
        assert events_of(read, text, "protest") == [], text
