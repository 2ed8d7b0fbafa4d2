"""Places, a reviewer's findings on the twenty-ninth pass's rules, each on sentences of other
places than the ones the rules were written for: a city before a plural street word is the
road out of it, not a street of its own; a town a walk starts from in the country the text
names is the town; "of" after a scholar's or a pundit's name is their employer, and a person's
town only in local news; a town's name with its French particle joined ("Lacrosse") is another
word. On the real gazetteer and the real spaCy model."""

from __future__ import annotations

from tests.places_reading import read


def test_a_city_before_a_plural_street_word_is_the_road_out_of_it(geoparsing):
    gp = geoparsing[0]
    for text, name, country in (
        ("Militants closed the Kandahar and Kabul roads on Friday.", "Kandahar", "AF"),
        ("Checkpoints went up on the Mosul and Erbil roads.", "Mosul", "IQ"),
        ("Drones struck trucks between Donetsk and Makiivka roads overnight.", "Donetsk", "UA"),
        ("Police blocked the Tehran and Qom roads after the protest.", "Tehran", "IR"),
    ):
        tops = read(gp, text)
        assert tops[name][0][1] == country, tops
    # before a town's own streets, any name is a street's, a region's or a city's too (no
    # Rivers State of Nigeria, no Orange of California)
    tops = read(gp, "Crews repaved Rivers and Stokes avenues in North Charleston.")
    assert "Rivers" not in tops, tops
    tops = read(gp, "Police closed Orange and White streets in Springfield after the attack.")
    assert "Orange" not in tops, tops


def test_a_walk_from_a_town_of_the_texts_country_to_a_street(geoparsing):
    gp = geoparsing[0]
    # a town under 100,000 of the country the text's other places are in is where it began
    tops = read(gp, "Families walked from Hostomel to Khreshchatyk Street in Kyiv.")
    assert tops["Hostomel"][0][1] == "UA", tops
    tops = read(gp, "Crowds marched from Douma to Baghdad Street in Damascus.")
    assert tops["Douma"][0][1] == "SY", tops
    # a name the text writes before a street word elsewhere is that street, one sense per text
    text = (
        "The council renamed Darby Street. The stretch from Darby to North Street in Dublin, Ohio."
    )
    tops = read(gp, text)
    assert "Darby" not in tops and tops["Dublin"][0][1:] == ("US", "Ohio"), tops


def test_of_after_a_scholars_name_is_the_employer(geoparsing):
    gp = geoparsing[0]
    # a role of a scholar before the name: never the person's town
    tops = read(gp, "Political scientist Mary Jones of Princeton said the vote in Ghana was fair.")
    assert "Princeton" not in tops and tops["Ghana"][0][1] == "GH", tops
    tops = read(gp, "Professor Jane Roe of Boulder told reporters in Denver the vote was close.")
    assert "Boulder" not in tops and tops["Denver"][0][1:] == ("US", "Colorado"), tops
    # with no role, local news names the town's state or another town of it
    tops = read(gp, "Jane Roe of Boulder told reporters in Denver the vote was close.")
    assert tops["Boulder"][0][1:] == ("US", "Colorado"), tops


def test_a_towns_particle_joined_is_another_word(geoparsing):
    gp = geoparsing[0]
    # no La Crosse, Wisconsin: the sport
    tops = read(gp, "Fans of the Lacrosse team gathered in Calgary.")
    assert "Lacrosse" not in tops and tops["Calgary"][0][1] == "CA", tops
    # a county's joined name is still the county
    tops = read(gp, "Crews cleared snow across DuPage County on Monday.")
    assert tops["DuPage County"][0][1:] == ("US", "Illinois"), tops
