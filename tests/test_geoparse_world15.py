"""Wrong places in US local news, fifteenth pass: a world city's name where the text is a North
American town's council and offices, a generic building's name read as a town. On the real
gazetteer and the real spaCy model, with sentences written for these tests."""

from __future__ import annotations


def countries(tops, name) -> list[str | None]:
    return [t.candidate and t.candidate.country for t in tops if t.name == name]


def test_a_citys_council_in_a_text_of_town_offices_is_the_town(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse(
        "The Athens City Council heard a budget report on Tuesday. City Administrator Jane "
        "Moore said sales tax receipts were down, and Athens Mayor Tom Reed urged caution."
    )
    assert countries(tops, "Athens") and set(countries(tops, "Athens")) == {"US"}
    tops = gp.parse(
        "Public Works will collect old paint from Dublin residents on Saturday. Bins for "
        "cardboard stand at every school in the city."
    )
    assert countries(tops, "Dublin") and set(countries(tops, "Dublin")) == {"US"}


def test_a_world_citys_council_stays_the_world_city(geoparsing):
    gp = geoparsing[0]
    # a council or residents alone: every city has them
    tops = gp.parse("The Paris City Council voted to ban scooters, and Paris residents agreed.")
    assert set(countries(tops, "Paris")) == {"FR"}
    # a town's office named, but the text places the city in its country
    tops = gp.parse(
        "Athens residents protested as the Ministry of Public Works closed roads across "
        "Greece. The city manager of a Greek island resigned."
    )
    assert set(countries(tops, "Athens")) == {"GR"}
    # a country's public works are no town's office
    tops = gp.parse(
        "Manila residents fled the floods, Public Works Secretary Manuel Bonoan said, and the "
        "Department of Public Works and Highways sent crews."
    )
    assert set(countries(tops, "Manila")) == {"PH"}


def test_a_generic_hall_is_no_town(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse(
        "The stimulus money has City Hall drawing up a wish list, and Town Hall will post it "
        "in Alexandria, Louisiana."
    )
    names = [t.name for t in tops]
    assert "City Hall" not in names and not any(n.startswith("Town Hall") for n in names)
    assert "Alexandria" in names
    # a town's name before its hall stays the town
    tops = gp.parse("Protesters gathered outside San Fernando City Hall on Monday.")
    assert [t.name for t in tops] == ["San Fernando"]


def test_a_countrys_name_before_a_surname_said_again_is_a_given_name(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse(
        "Georgia Hall won the British Open at Royal Lytham. Hall said she had never putted so well."
    )
    assert "Georgia" not in [t.name for t in tops]
    # a place's own body that speaks, a state's abbreviation ending a sentence, a place after
    # "in": the place
    tops = gp.parse(
        "Queensland Police stopped 400 drivers. Police said the roads were busy. He works in "
        "Harrisburg, Pa. Smerecznsky said he agreed. Voters in Georgia Tuesday said little."
    )
    assert [t.name for t in tops if t.name in ("Queensland", "Pa.", "Georgia")] == [
        "Queensland",
        "Pa.",
        "Georgia",
    ]
