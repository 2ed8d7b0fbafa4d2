"""Kinds the twenty-sixth fresh batch (benchmarks/data/events_fresh26) and a reviewer's stories
left read wrong or missed, fixed as kinds (branch eventsfix59), each beside stories of other
senses written for it (benchmarks/data/eventsfix59/stories.txt) that keep their reading:

- buyers and revellers who "storm" a shop, a village of outlets or a town only crowd it: no
  incursion, no attack ("Shoppers stormed the outlet village ... and looted the shelves");
- a convoy looted is attacked, though no one is named on either side, and stands where its own
  clause says it had gone ("A convoy of 109 trucks was violently looted ... after it crossed
  into Gaza");
- an act of force on nuclear works told only from the town of a date line is in that town's
  land, not at the town ("KYIV (Reuters) - ... the shelling on Monday cut power lines and took
  the last working reactor offline").

The real spaCy pipeline, geoparser and gazetteer; every test fails on main f82827e2."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import article, places_of, reader

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "benchmarks" / "data" / "events_fresh26" / "docs"


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2021-11-26")


def test_buyers_who_storm_a_place_only_crowd_it(read) -> None:
    outlet = (
        "Shoppers stormed the outlet village near Bicester on Black Friday and looted the "
        "shelves for bargains."
    )
    assert read(outlet).events == []  # was an attack at Bicester
    resort = "Holidaymakers stormed the resort town of Sochi in August and filled every hotel."
    assert read(resort).events == []  # was an incursion
    # ours, of other senses: men in arms who storm a village or a town still do
    market = (
        "Gunmen stormed the market village of Ntarama in Rwanda on Thursday, shot dead 12 "
        "traders and set the stalls ablaze."
    )
    assert [(e.type, e.actors) for e in read(market).events] == [("attack", ["gunmen"])]
    town = "Rebel fighters stormed the town of Bouake in Ivory Coast on Thursday."
    assert [e.type for e in read(town).events] == ["incursion"]


def test_a_convoy_looted_is_attacked(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "convoy-gaza-middleeasteye.txt")
    attacks = [e for e in out.events if e.type == "attack"]
    assert [(e.actors, e.evidence[0].text[:30]) for e in attacks] == [
        ([], "A convoy of 109 trucks was vio")
    ]
    tp = out.event_places.get(attacks[0].id)
    assert tp is not None and tp.candidate is not None and tp.candidate.country == "PS"
    baidoa = "Gunmen looted a relief convoy carrying food near Baidoa in Somalia on Tuesday."
    assert [(e.type, e.actors) for e in read(baidoa).events] == [("attack", ["gunmen"])]
    # ours, of other senses: a lorry or a tanker looted by a crowd, a game's convoy, a
    # convoy that loots, a convoy not looted
    for text in (
        "Villagers looted an overturned lorry carrying beer near Mombasa on Saturday.",
        "A crowd looted a fuel tanker that had crashed on the highway near Bahawalpur.",
        "In the new game, players looted a supply convoy on the first level.",
        "A German convoy looted the village of Oradour on its way north.",
        "The aid convoy was not looted, officials in Aden said, after troops escorted it.",
    ):
        assert read(text).events == [], text


def test_an_act_on_nuclear_works_told_from_a_capital_is_in_its_land(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "nuclear-zaporizhzhia-rawstory.txt")
    shelling = [out.event_places.get(e.id) for e in out.events if e.type == "bombardment"]
    got = [(tp.candidate.kind, tp.candidate.country) for tp in shelling if tp and tp.candidate]
    assert got == [("country", "UA")]  # was the city of Kyiv, the date line's
    # ours, of other senses: the capital struck itself, a protest in the capital, a reactor
    # named in the capital keep their town
    city = (
        "KYIV - Russian missiles struck the city centre on Monday, killing 19 people, days "
        "after the IAEA chief visited the Zaporizhzhia nuclear plant."
    )
    march = (
        "TOKYO - Thousands protested on Tuesday against the restart of the nuclear plant, "
        "marching to parliament."
    )
    reactor = "TEHRAN - A drone attacked the research reactor in Tehran on Saturday."
    for text, etype, town in (
        (city, "bombardment", "KYIV"),
        (march, "protest", "TOKYO"),
        (reactor, "air_strike", "Tehran"),
    ):
        assert places_of(read, text, etype) == [town], text
