"""Names that are no places where the text writes them, thirteenth pass: an era, initials, a
church's saints, a firm, a building, a car, a forest, a team, a person; and a small town far
from every other place of its text. On the real gazetteer and the real spaCy model."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def names(tops) -> list[str]:
    return [t.name for t in tops if t.candidate is not None]


def test_an_era_after_a_year_is_no_province(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse(
        "The mound was built between 200 and 50 B.C., archaeologists in Charleston, West "
        "Virginia, said."
    )
    assert "B.C." not in names(tops)
    assert readings(tops, "Charleston") == ["US"]
    # the province's abbreviation stays, after a town and before an office
    tops = gp.parse("Wildfires forced evacuations near Kelowna, B.C., on Tuesday.")
    assert readings(tops, "B.C.") == ["CA"]
    tops = gp.parse("B.C. Premier John Horgan said the province would help Kelowna.")
    assert readings(tops, "B.C.") == ["CA"]


def test_initials_are_no_small_town(geoparsing):
    gp = geoparsing[0]
    # "D.A." is a village of Côte d'Ivoire in the gazetteer
    tops = gp.parse("He was elected D.A. in a county north of Dallas.")
    assert "D.A." not in names(tops)
    assert readings(tops, "Dallas") == ["US"]
    # a famous town's and a state's dotted names stay
    tops = gp.parse("L.A. County supervisors met in Los Angeles on Tuesday.")
    assert readings(tops, "L.A.") == ["US"]
    tops = gp.parse("The D.C. Council met in Washington, D.C. on Monday.")
    assert readings(tops, "D.C.") == ["US", "US"]


def test_a_churchs_saints_are_no_towns(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse("Hundreds attended mass at St. Louis Cathedral in New Orleans on Sunday.")
    assert "St. Louis" not in names(tops)
    assert readings(tops, "New Orleans") == ["US"]
    # two saints before the church's name: no Missouri town, and Damascus is Syria's again
    tops = gp.parse(
        "The service was held at the Saint Joseph and Saint Anne Melkite Church in Damascus."
    )
    assert "Saint Joseph" not in names(tops)
    assert readings(tops, "Damascus") == ["SY"]
    tops = gp.parse("The funeral mass was said at the church of St. Charles in Vienna, Austria.")
    assert "St. Charles" not in names(tops)
    # the town itself, and a town's church in lower case, stay
    tops = gp.parse("Police in St. Paul, Minnesota, arrested two men.")
    assert readings(tops, "St. Paul") == ["US"]
    tops = gp.parse("A St. Petersburg church was damaged by fire, Russian media reported.")
    assert readings(tops, "St. Petersburg") == ["RU"]
    # a congregation of the city, and a see's city
    tops = gp.parse("Members of the First Baptist Church of St. Petersburg met on Sunday.")
    assert "St. Petersburg" in names(tops)
    tops = gp.parse("The St. Louis Catholic Archdiocese closed two schools in Missouri.")
    assert readings(tops, "St. Louis") == ["US"]


def test_a_relation_named_after_its_noun_is_a_person(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse("Survivors include her daughter, Brittany, of Sydney, Australia.")
    assert "Brittany" not in names(tops)
    assert readings(tops, "Sydney") == ["AU"]
    tops = gp.parse("Her husband, Tyler, and their son, Shelby, of Regina, Saskatchewan survive.")
    assert "Tyler" not in names(tops)
    assert readings(tops, "Regina") == ["CA"]
    # Regina is a wife here, and no longer makes Manchester Canadian
    tops = gp.parse("He is survived by his wife, Regina, and two children in Manchester.")
    assert "Regina" not in names(tops)
    assert readings(tops, "Manchester") == ["GB"]


def test_a_given_name_before_a_persons_verb_or_a_surname(geoparsing):
    gp = geoparsing[0]
    # "Brent" is a London borough and a town of Alabama, in no country of the text's places
    tops = gp.parse(
        'A cat found on a train in Edmonton is theirs. "They look identical," Brent told CTV '
        "Edmonton on Monday in Alberta."
    )
    assert "Brent" not in names(tops)
    # the capital of the state the text names stays
    tops = gp.parse(
        "Jackson said the capital would host the meeting, officials in Mississippi added."
    )
    assert readings(tops, "Jackson") == ["US"]
    # a surname after a given name is the person's
    tops = gp.parse(
        "Canada also has a top-5 swimmer in Penny Oleksiak and a top-10 golfer in Brooke Henderson."
    )
    assert "Henderson" not in names(tops)
    tops = gp.parse("Residents of Henderson, Nevada, woke to snow.")
    assert readings(tops, "Henderson") == ["US"]
    tops = gp.parse("Flights from Dallas Fort Worth to Chicago were delayed.")
    assert readings(tops, "Fort Worth") == ["US"]


def test_a_firm_a_building_a_car_and_a_forest_named_for_places(geoparsing):
    gp = geoparsing[0]
    # what a person founded is a firm (Canon is also a French village)
    tops = gp.parse("Jane Doe, the co-founder of Canon, met investors in Tokyo.")
    assert "Canon" not in names(tops)
    # a house named for a town is a building; a state's House its legislature
    tops = gp.parse("Talks resumed at Lancaster House in London on Monday.")
    assert "Lancaster" not in names(tops)
    assert readings(tops, "London") == ["GB"]
    tops = gp.parse("The Ohio House passed the bill, lawmakers in Columbus said.")
    assert readings(tops, "Ohio") == ["US"]
    # a car's model keeps its sense through the text, not where the text names the town
    tops = gp.parse(
        "Police said a red Dodge Durango was stolen in Denver. They later found the Durango "
        "in Aurora."
    )
    assert "Durango" not in names(tops)
    assert readings(tops, "Aurora") == ["US"]
    tops = gp.parse("He drove his Dodge Durango to Durango, Colorado, for a vacation.")
    assert readings(tops, "Durango") == ["US"]
    # a forest named by a short name: no Burmese state; a country's forest stays
    tops = gp.parse("Obama signs protections for Mon Forest acreage in West Virginia.")
    assert "Mon" not in names(tops)
    tops = gp.parse("Loggers cleared land in the Congo forest, officials in Kinshasa said.")
    assert readings(tops, "Congo") == ["CD"]


def test_a_team_is_no_small_town(geoparsing):
    gp = geoparsing[0]
    # Al-Ittihad, an Egyptian club; the gazetteer's Ittihad is a Palestinian village
    tops = gp.parse(
        "Ismaily lost 3-1 to Ittihad on Sunday. Ittihad's coach praised his defence in Port Said."
    )
    assert "Ittihad" not in names(tops)
    assert readings(tops, "Port Said") == ["EG"]
    tops = gp.parse(
        "In Alexandria, Ittihad drew 0-0 with Enppi, while Smouha beat Ittihad's rivals 3-0."
    )
    assert "Ittihad" not in names(tops)
    # FC Barcelona, not a hamlet of Spain or Romania
    tops = gp.parse("Neymar's Barca teammates trained on Monday before the match in Madrid.")
    assert "Barca" not in names(tops)
    assert readings(tops, "Madrid") == ["ES"]
    # a school's team is named for its town: where the text goes to the town, it is the town
    text = (
        "The Panthers won 38-19 over Delano in Minnesota. Next week the section tournament is "
        "held in Delano."
    )
    tops = gp.parse(text)
    assert readings(tops, "Delano") == ["US"]
    assert [t.start for t in tops if t.name == "Delano"] == [text.rindex("Delano")]
    # a city's name a team shares stays the city
    tops = gp.parse("Liverpool beat Chelsea 2-0 at Anfield.")
    assert readings(tops, "Liverpool") == ["GB"]


def test_a_small_town_far_from_every_other_place_of_its_text(geoparsing):
    gp = geoparsing[0]
    # Tītān, an Afghan hamlet of no people, is a Texas oil firm here
    tops = gp.parse(
        "Titan Resources was granted a permit to drill near Arlington, Texas. Titan said "
        "drilling would start in May."
    )
    assert "Titan" not in names(tops)
    assert readings(tops, "Arlington") == ["US"]
    # a hotel chain: every Hilton of the gazetteer is a village far from Dubai
    tops = gp.parse("Hilton opened a new hotel in Dubai, the company said.")
    assert "Hilton" not in names(tops)
    # a village the text places in its region stays
    tops = gp.parse("Hilton, a village in Cambridgeshire, flooded on Monday.")
    assert readings(tops, "Hilton") == ["GB"]


def test_a_datelines_capital_beside_a_town_of_the_region_the_text_names(geoparsing):
    gp = geoparsing[0]
    # Washington, Iowa (7,400 people) is not the capital a wire story is filed from
    for text in (
        "WASHINGTON The president pardoned a turkey on Wednesday. The bird was raised on a "
        "farm in Iowa.",
        "WASHINGTON - The Senate voted on Tuesday. Farmers in Iowa welcomed the bill.",
    ):
        tops = gp.parse(text)
        got = [t.candidate for t in tops if t.name == "WASHINGTON"]
        assert got and got[0].population > 500_000, text
    # a dateline that names a country stays the country (tests/test_geoparse_world8.py)
    tops = gp.parse("LUXEMBOURG – Luxembourg's government said on Tuesday it would vote.")
    assert [t.candidate.kind for t in tops if t.candidate] == ["country", "country"]
