"""Branch geoq41's place rules, each with sentences of other senses of its trigger: a town's
own body after "local" in either case, a town's municipality, a sentence-opening town before a
local head's title and name, and a first-level unit after a public service's noun. On
the real gazetteer, the real spaCy model and stories of benchmarks/data/places_fresh19."""

from __future__ import annotations

from pathlib import Path

from tests.test_geoparse_world import countries as readings

BATCHES = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


def _story(name: str, batch: str = "places_fresh19") -> str:
    """A story of a fresh batch, by its file's name."""
    return (BATCHES / batch / "docs" / f"{name}.txt").read_text(encoding="utf-8")


def test_a_towns_local_council_or_court_names_the_town(geoparsing):
    gp = geoparsing[0]
    # a rural commune of 2,000 people, which the recogniser calls an organisation
    assert readings(gp.parse(_story("pl-meaws-poland")), "Godziszow") == ["PL"]
    tops = gp.parse("Magistrate Prowse sat at Scone Local Court on Monday.")
    assert readings(tops, "Scone") == ["AU"]
    # other senses: a party, a people's word or a person before "local council" is no town
    assert gp.parse("The Labour local council group split over the budget.") == []
    assert gp.parse("The Tory local council leader resigned on Friday.") == []
    assert gp.parse("Smith told the local council on Monday that the road would close.") == []


def test_a_towns_municipality_names_the_town(geoparsing):
    gp = geoparsing[0]
    # the recogniser calls "Keşan Municipality" a person
    tops = gp.parse(_story("tr-raillynews-listing"))
    assert readings(tops, "Keşan") == ["TR", "TR", "TR"]
    tops = gp.parse("Keşan Municipality said the vehicles would come.")
    assert readings(tops, "Keşan") == ["TR"]
    # other senses: a municipality named with "of" stays one name, unplaced
    tops = gp.parse("The Rural Municipality of Sherwood approved the budget.")
    assert [t.name for t in tops if t.candidate] == []


def test_a_sentence_opening_town_before_its_office_holder_is_a_place(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse(_story("tr-raillynews-listing"))
    assert readings(tops, "Ayvalık") == ["TR"]
    text = "Trains will run from Ankara to Samsun. Ayvalık Mayor Mesut Ergin met residents."
    assert readings(gp.parse(text), "Ayvalık") == ["TR"]
    # other senses: a national office after a name, and a title with no town before it
    assert gp.parse("Obama Press Secretary Josh Earnest said the talks would go on.") == []
    assert gp.parse("Mayor Mesut Ergin met residents at the market.") == []
    # a descriptor's and a party's word before a councillor, a town of 869 people
    text = "Buses will run from Sydney to Brisbane. Veteran Councillor Ann Roe retired."
    assert readings(gp.parse(text), "Veteran") == []
    text = "Buses will run from Sydney to Brisbane. Veteran Mayor Ann Roe retired."
    assert readings(gp.parse(text), "Veteran") == []
    text = "Flights will run from Toronto to Chicago. Liberal Councillor Tom Hart voted no."
    assert readings(gp.parse(text), "Liberal") == []
    # towns that were read before stay so
    tops = gp.parse("Warren Mayor Jim Fouts spoke at the rally.")
    assert readings(tops, "Warren") == ["US"]


def test_a_unit_after_a_public_services_noun_is_the_unit(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse(_story("au-scone-court"))
    assert readings(tops, "New South Wales") == ["AU"]
    tops = gp.parse("A spokesman for Fire and Rescue New South Wales said the blaze was out.")
    assert readings(tops, "New South Wales") == ["AU"]
    # other senses: a longer name the gazetteer lacks stays unplaced
    tops = gp.parse("Troops crossed into Azad Jammu and Kashmir on Monday.")
    assert readings(tops, "Jammu and Kashmir") == [None]
    tops = gp.parse("Ministers of Team Alberta met in Calgary.")
    assert readings(tops, "Alberta") == [None]
    assert readings(tops, "Calgary") == ["CA"]
    tops = gp.parse("Officers of Police Scotland arrested two men in Glasgow.")
    assert readings(tops, "Scotland") == ["GB"]
