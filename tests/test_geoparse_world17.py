"""Wrong places on real news, seventeenth pass: a school's team named for its town, a Crown
Court's town, a street's name after a house number, a name written with "Mt." looked up
written out. On the real gazetteer and the real spaCy model, with the evaluation corpora's
articles (skipped where they are not beside the project) and sentences written for these
tests."""

from __future__ import annotations

from tests.articles import eval_article as article


def countries(tops, name) -> list[str | None]:
    return [t.candidate and t.candidate.country for t in tops if t.name == name]


def regions(tops, name) -> list[tuple[str | None, str | None]]:
    return [
        (t.candidate.country, t.candidate.gazetteer_id) if t.candidate else (None, None)
        for t in tops
        if t.name == name
    ]


def test_a_schools_team_is_its_towns(geoparsing):
    gp = geoparsing[0]
    # "The Jordan Hubmen basketball teams ... The Jordan boys junior-varsity team": Minnesota
    tops = gp.parse(article("lgl", "lgl-38551528"))
    assert countries(tops, "Jordan") == ["US", "US"]
    tops = gp.parse("The Lebanon girls basketball team won on Friday night.")
    assert countries(tops, "Lebanon") == ["US"]
    tops = gp.parse("The Jordan boys team beat Prior Lake in Minnesota on Tuesday.")
    assert countries(tops, "Jordan") == ["US"]
    # a national team, where the text's other places are abroad, stays the country
    tops = gp.parse("The Jordan girls team beat Iraq in the Asian Cup in Amman.")
    assert countries(tops, "Jordan") == ["JO"]
    tops = gp.parse("The Jordan girls team beat Iraq in the Asian Cup.")
    assert countries(tops, "Jordan") == ["JO"]


def test_a_crown_courts_town_is_british(geoparsing):
    gp = geoparsing[0]
    # "the victim gave evidence at Kingston Crown Court", beside Hounslow and Feltham
    tops = gp.parse(article("lgl", "lgl-43147271"))
    assert countries(tops, "Kingston") == ["GB"]
    assert set(countries(tops, "Hounslow")) == {"GB"}
    tops = gp.parse("The two men were sentenced at Kingston Crown Court on Friday.")
    assert countries(tops, "Kingston") == ["GB"]
    # another court of the name stays where the text puts it
    tops = gp.parse("The case was heard in Kingston, Jamaica's Supreme Court said.")
    assert countries(tops, "Kingston") == ["JM"]


def test_a_name_after_a_house_number_and_before_a_streets_word_is_a_street(geoparsing):
    gp = geoparsing[0]
    # "Thomas Frye, 20, of the 900 block of Flanders Road": no region of Belgium
    tops = gp.parse(article("lgl", "lgl-43033934"))
    assert "Flanders" not in [t.name for t in tops]
    for text in [
        "Thomas Frye, 20, of the 900 block of Flanders Road, Groton, was charged.",
        "Police said the fire started at 1935 Flanders Road in Groton on Monday.",
    ]:
        tops = gp.parse(text)
        assert "Flanders" not in [t.name for t in tops], text
    # a state's own road, with no house number, stays the state's
    tops = gp.parse("Traffic stopped on the Ohio Turnpike near Toledo on Monday.")
    assert countries(tops, "Ohio") == ["US"]
    tops = gp.parse("In 2009 Ohio road crews worked near Columbus.")
    assert countries(tops, "Ohio") == ["US"]


def test_a_name_written_with_mt_is_also_the_name_written_out(geoparsing):
    gp = geoparsing[0]
    # "Mt. Pleasant Community High School ... Des Moines ... Iowa City": Iowa's, not South
    # Carolina's (GeoNames lists "Mt Pleasant" only for some of its Mount Pleasants)
    tops = gp.parse(article("lgl", "lgl-39050823"))
    assert {t.candidate.gazetteer_id for t in tops if t.name == "Mt. Pleasant"} == {
        "geonames:4868205"
    }
    tops = gp.parse("The Mt. Pleasant council met on Monday, 30 miles from Iowa City, Iowa.")
    assert regions(tops, "Mt. Pleasant") == [("US", "geonames:4868205")]
    tops = gp.parse("Fire crews from Ft. Pierce and Vero Beach, Florida, were called.")
    assert countries(tops, "Ft. Pierce") == ["US"]
    # St. is a saint's: not looked up as "Saint"
    tops = gp.parse("Crowds gathered for St. Patrick's Day in Savannah, Georgia.")
    assert "St. Patrick" not in [t.name for t in tops]


def test_the_americas_indians_are_not_indias(geoparsing):
    gp = geoparsing[0]
    # "a group similar in culture, history and language to American Indians"
    tops = gp.parse(article("lgl", "lgl-43892961"))
    assert "IN" not in countries(tops, "Indians")
    # "Caddo and Atakapa Indians, then Spanish, French, and Mexican explorers"
    tops = gp.parse(article("lgl", "lgl-38552679"))
    assert "IN" not in countries(tops, "Indians")
    for text in [
        "American Indians lived along the river in Oklahoma.",
        "Indian tribes in Oklahoma run casinos near Tulsa.",
        "The Indian reservation near Phoenix, Arizona grew.",
        "The Cleveland Indians beat the Yankees in New York.",
        "West Indian fans cheered in London.",
    ]:
        tops = gp.parse(text)
        assert "IN" not in [t.candidate and t.candidate.country for t in tops], text
    # India's people and a team of India's town stay India's
    for text, name in [
        ("Indian Prime Minister Narendra Modi visited Houston, Texas.", "Indian"),
        ("The Mumbai Indians beat Chennai in the IPL.", "Indians"),
        ("Many Indians in Texas came from Gujarat.", "Indians"),
        ("Indian tribes such as the Gonds live in Jharkhand.", "Indian"),
        ("Chinese troops crossed into Indian territory near Ladakh.", "Indian"),
    ]:
        assert countries(gp.parse(text), name) == ["IN"], text


def test_a_towns_city_office_is_the_towns(geoparsing):
    gp = geoparsing[0]
    # "Dublin's boards and commissions ... Dublin City Council members ... then Dublin City
    # Manager Jane Brautigam": the US town at every mention, no Dublin City of Ireland
    tops = gp.parse(article("lgl", "lgl-39960042"))
    assert "Dublin City" not in [t.name for t in tops]
    assert set(countries(tops, "Dublin")) == {"US"}
    tops = gp.parse(
        "The Dublin City Council approved a plan. Dublin's city manager said Ohio roads need work."
    )
    assert countries(tops, "Dublin") == ["US", "US"]
    # Ireland's stays Ireland's (since geoq20 the whole "Dublin City", a unit of the country the
    # text names, as its council's name says)
    tops = gp.parse("Dublin City Council met on Monday, Irish officials said.")
    assert [t.candidate.country for t in tops if t.name.startswith("Dublin")] == ["IE"]


def test_an_ocean_in_an_organisations_name_is_no_place(geoparsing):
    gp = geoparsing[0]
    # "Virgin Atlantic pilots have voted to work to rule"
    tops = gp.parse(article("trnews", "trnews-1020008"))
    assert "Atlantic" not in [t.name for t in tops]
    # "the Pacific Coast Federation of Fishermen's Associations"
    tops = gp.parse(article("lgl", "lgl-39999941"))
    assert "Pacific" not in [t.name for t in tops]
    tops = gp.parse("Virgin Atlantic pilots voted to strike on Monday in London.")
    assert [t.name for t in tops] == ["London"]
    # the ocean itself stays, and across it
    tops = gp.parse("Storms over the Atlantic Ocean hit Bermuda on Monday.")
    assert "Atlantic Ocean" in [t.name for t in tops]
    tops = gp.parse(article("trnews", "trnews-1070001"))  # "the trans-Pacific Partnership"
    assert "Pacific" in [t.name for t in tops]


def test_a_town_in_an_eaterys_name_is_no_place(geoparsing):
    gp = geoparsing[0]
    # "Richmond's Bo Kong Vegetarian Restaurant", "Yokohama Japanese Restaurant"
    tops = gp.parse(article("lgl", "lgl-38543434"))
    names = [t.name for t in tops]
    assert "Bo" not in names and "Yokohama" not in names
    assert "Vancouver" in names
    tops = gp.parse("Inspectors closed the Yokohama Japanese Restaurant in Richmond, Virginia.")
    assert "Yokohama" not in [t.name for t in tops]
    # the town the text names outside the eatery's name stays, and a lower-case "restaurant"
    tops = gp.parse("The Paris Cafe on Main Street in Paris, Tennessee closed.")
    assert countries(tops, "Paris") == ["US", "US"]
    tops = gp.parse("They met at a Tokyo restaurant, Japanese officials said.")
    assert countries(tops, "Tokyo") == ["JP"]


def test_a_county_written_county_of_is_the_county(geoparsing):
    gp = geoparsing[0]
    # "Rest Acres Road in Paris ... the County of Brant OPP detachment": Paris, Ontario
    tops = gp.parse(article("trnews", "trnews-1250001"))
    assert countries(tops, "Paris") == ["CA"]
    assert countries(tops, "Brant") == ["CA"]
    tops = gp.parse("A crash closed Rest Acres Road in Paris, the County of Brant said.")
    assert countries(tops, "Paris") == ["CA"]


def test_a_capital_datelines_abbreviated_word_is_part_of_the_name(geoparsing):
    gp = geoparsing[0]
    # "ST. PARIS — While hundreds of mourners ...": St. Paris, Ohio, not France
    tops = gp.parse(article("lgl", "lgl-44009767"))
    assert [t.candidate.gazetteer_id for t in tops if t.name == "ST. PARIS"] == ["geonames:5170013"]
    assert "PARIS" not in [t.name for t in tops]
    tops = gp.parse("FT. WAYNE — The city council met on Monday.")
    assert [(t.name, t.candidate.name) for t in tops] == [("FT. WAYNE", "Fort Wayne")]
    # a name in title case was read whole already
    tops = gp.parse("St. Louis police said on Monday that two men were shot.")
    assert [t.name for t in tops] == ["St. Louis"]
