"""Branch geoq38's place rules, each with sentences of other senses of its trigger: a town the
text places itself keeps that sense at its other mentions, a town read where no other name is
read yields to its reading beside another name's choice, neighbours across a narrow sea, and a
given name that opens a person's name. On the real gazetteer, the real spaCy model and a story
of benchmarks/data/places_fresh16."""

from __future__ import annotations

from pathlib import Path

from tests.test_geoparse_world import countries as readings

FRESH16 = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "places_fresh16"


def test_a_town_the_text_places_keeps_that_sense_at_its_other_mentions(geoparsing):
    gp = geoparsing[0]
    # the batch's EFE story: "Desaguadero, Bolivia" in the dateline, then the town beside
    # Yungayo, Peru, Lima and La Paz, read as Peru's namesake before
    text = (FRESH16 / "docs" / "bo-laprensalatina-desaguadero.txt").read_text(encoding="utf-8")
    assert set(readings(gp.parse(text), "Desaguadero")) == {"BO"}
    tops = gp.parse(
        "Desaguadero, Bolivia, Jan 19 (EFE).- The crossing between Desaguadero and Yungayo,"
        " Peru, is shut. Many went to Lima. A vendor in Desaguadero said so."
    )
    assert readings(tops, "Desaguadero") == ["BO", "BO"]
    # other senses: each mention placed in its own country; a famous city after its namesake;
    # two towns placed apart, then the name alone; a capital placed, then alone
    tops = gp.parse(
        "Desaguadero, Bolivia, and Desaguadero, Peru, face each other across the river."
    )
    assert readings(tops, "Desaguadero") == ["BO", "PE"]
    tops = gp.parse("Paris, Texas, held its fair. Visitors later flew to Paris to see the Louvre.")
    assert readings(tops, "Paris")[0] == "US"
    tops = gp.parse(
        "Springfield, Illinois, and Springfield, Missouri, both flooded; Springfield schools"
        " closed."
    )
    assert readings(tops, "Springfield")[:2] == ["US", "US"]
    tops = gp.parse(
        "Kingston, Jamaica, hosted the talks. Delegates left Kingston on Friday for Port of Spain."
    )
    assert readings(tops, "Kingston") == ["JM", "JM"]


def test_a_town_read_where_no_other_name_is_yields_to_its_reading_beside_a_choice(geoparsing):
    gp = geoparsing[0]
    # the island of Trinidad (TT): the Philippine villages named Trinidad made the Philippines'
    # San Fernando likelier, though the text means none of them
    tops = gp.parse("Trinidad's police said the shooting in San Fernando left two dead.")
    assert readings(tops, "Trinidad") == ["TT"]
    assert readings(tops, "San Fernando") == ["TT"]
    # other senses: San Fernando beside its own province, Venezuela's, and Trinidad of Bolivia,
    # Uruguay and Colombia, each beside its own country's names
    tops = gp.parse("The mayor of San Fernando, Pampanga, said floods hit the town.")
    assert readings(tops, "San Fernando") == ["PH"]
    tops = gp.parse("Police in San Fernando said roads across Pampanga were shut.")
    assert readings(tops, "San Fernando") == ["PH"]
    tops = gp.parse("San Fernando de Apure lies in Venezuela's Apure state.")
    assert readings(tops, "San Fernando de Apure") == ["VE"]
    tops = gp.parse("Bolivia's Beni department hit Trinidad with floods.")
    assert readings(tops, "Trinidad") == ["BO"]
    tops = gp.parse("The Uruguayan town of Trinidad held a festival.")
    assert readings(tops, "Trinidad") == ["UY"]
    tops = gp.parse("Trinidad, a town of Casanare near Yopal, flooded as Colombia's rains went on.")
    assert readings(tops, "Trinidad") == ["CO"]


def test_island_states_have_neighbours_across_a_narrow_sea(geoparsing):
    gp, gaz = geoparsing
    assert "VE" in gaz.neighbours["TT"] and "TT" in gaz.neighbours["VE"]
    assert {"MY", "ID"} <= gaz.neighbours["SG"]
    assert "IN" in gaz.neighbours["LK"]
    # land neighbours stay as GeoNames gives them; a sea of 150 km joins no one
    assert gaz.neighbours["CU"] == frozenset({"US"})
    assert "CU" not in gaz.neighbours.get("BS", frozenset())
    # Trinidad in a Venezuelan story is the island, not Colombia's Casanare town, which took
    # weight from Venezuela as its land neighbour
    tops = gp.parse("Police in Trinidad seized cocaine bound for Venezuela.")
    assert readings(tops, "Trinidad") == ["TT"]
    tops = gp.parse("Migrants crossed to Trinidad by boat from Tucupita in Venezuela.")
    assert readings(tops, "Trinidad") == ["TT"]
    tops = gp.parse("Ferries link Singapore with Johor Bahru.")
    assert readings(tops, "Johor Bahru") == ["MY"]


def test_a_given_name_opening_a_persons_name_is_no_place(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse("Fans gathered for an Ariana Grande concert in Manchester.")
    assert readings(tops, "Ariana") == []
    assert readings(tops, "Manchester") == ["GB"]
    tops = gp.parse("Paris Hilton and Georgia May Jagger were seen at a show in Milan.")
    assert readings(tops, "Paris") == [] and readings(tops, "Georgia") == []
    assert readings(tops, "Milan") == ["IT"]
    tops = gp.parse("Houston Nutt coached at Arkansas.")
    assert readings(tops, "Houston") == []
    # other senses: a body's name (the recogniser's), a place's word after the name, a longer
    # name, a town named alone, a joined pair, a plural, an article, an airport
    tops = gp.parse("Georgia Tech beat Clemson on Saturday in Atlanta.")
    assert readings(tops, "Georgia") == ["US"]
    tops = gp.parse("Georgia Power raised rates in Atlanta.")
    assert readings(tops, "Georgia") == ["US"]
    tops = gp.parse("Jordan Valley farmers protested in Amman.")
    assert readings(tops, "Jordan") == ["JO"]
    tops = gp.parse("Reporters filed a Virginia Freedom of Information Act request.")
    assert readings(tops, "Virginia") == ["US"]
    tops = gp.parse("Protesters filled Ariana, a suburb of Tunis, on Friday.")
    assert readings(tops, "Ariana") == ["TN"]
    tops = gp.parse("The Lebanon-Syria Treaty was signed in Damascus.")
    assert readings(tops, "Syria") == ["SY"]
    tops = gp.parse("Lima Ohio police arrested two men.")
    assert readings(tops, "Lima") == ["US"]
    tops = gp.parse("Flights from Paris Orly were delayed.")
    assert readings(tops, "Paris") == ["FR"]
    tops = gp.parse("Troops from Chad entered Niger.")
    assert readings(tops, "Chad") == ["TD"]
