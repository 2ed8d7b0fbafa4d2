"""Places read on the wrong continent, seventh pass: a famous city's namesake in the country a
local text is written in. On the real gazetteer and the real spaCy model."""

from __future__ import annotations

from explorer.geoparse.resolve import _paper_country
from tests.test_geoparse_world import countries as readings


def test_a_local_papers_london_is_its_own(geoparsing):
    gp = geoparsing[0]
    # a telephone number of the North American plan: the London of the police to call
    text = (
        "A man was stabbed at a banquet hall early Sunday, London police say. Anyone with "
        "information is asked to call London police at 519-661-5670."
    )
    assert readings(gp.parse(text), "London") == ["CA", "CA"]
    # a councillor's spelling and a sum in bare dollars: a Canadian paper's city
    text = (
        "Councillors pushed hard for a proposal to make London a cargo hub whose first spoke "
        "would be an expanding airport, at a cost of $21 million."
    )
    assert readings(gp.parse(text), "London") == ["CA"]


def test_the_english_london_stays_where_the_text_says_nothing_else(geoparsing):
    gp = geoparsing[0]
    # dollars alone are an American paper's, which write of London, England in them
    text = "The bank paid $4 million to settle claims from its office in London."
    assert readings(gp.parse(text), "London") == ["GB"]
    # the text names Britain: the famous city
    text = (
        "Britain's police said the suspect was arrested in London. Anyone with information "
        "should call 519-661-5670, his Canadian family said."
    )
    assert readings(gp.parse(text), "London") == ["GB"]
    # a telephone number alone is the box office's, not the city's police or council
    text = "The musical will open in London next spring. For tickets, call 212-239-6200."
    assert readings(gp.parse(text), "London") == ["GB"]
    # the text's other town in the paper's countries is no Canadian's
    text = (
        "A Dallas family flew to London for the wedding, London police said. Friends can "
        "reach them at 214-555-0147."
    )
    assert "CA" not in readings(gp.parse(text), "London")
    # a British paper's words name Britain among their countries
    text = "Councillors in London voted to cut the budget by £4 million on Tuesday."
    assert readings(gp.parse(text), "London") == ["GB"]


def test_a_north_american_telephone_number():
    assert _paper_country("Call 519-661-5670 or 1-800-222-8477.") == ("CA", "US")
    assert _paper_country("Call (519) 661-5670.") == ("CA", "US")
    # not a British number, a date or a longer string of digits
    assert _paper_country("Call 020 7946 0958 on 2016-12-25 about case 12-3456-7890.") == ()


def test_a_word_of_a_longer_name_is_no_place(geoparsing):
    # "Ho Chi Minh" is a variant of Ho Chi Minh City the recogniser does not take for a town
    # here; its first word is no town of Ghana or Vietnam
    gp = geoparsing[0]
    for text in [
        "Trucks rolled down the Ho Chi Minh trail into Cambodia and Ghana sent aid.",
        "Veterans of the Ho Chi Minh Trail gathered in Hanoi on Sunday.",
    ]:
        assert "Ho" not in [t.name for t in gp.parse(text) if t.candidate is not None]
    # a shorter name inside an entity the recogniser labels is still read
    text = "Dublin City Council said the roads in Dublin would reopen."
    assert readings(gp.parse(text), "Dublin") == ["IE", "IE"]


def test_a_town_placed_in_another_town_on_another_continent_is_a_part_of_it(geoparsing):
    # the gazetteer's only Hampton Park is a suburb of Melbourne: in Charleston it is a park
    # of Charleston, and no evidence that the text is Australian
    gp = geoparsing[0]
    text = (
        "A body was found Sunday in a parked vehicle on Francis Street in Charleston. "
        "Charleston police are investigating. Francis Street runs between King Street and "
        "Rutledge Avenue east of Hampton Park in Charleston."
    )
    tops = gp.parse(text)
    assert readings(tops, "Hampton Park") == [None]
    assert set(readings(tops, "Charleston")) == {"US"}
    # a town near a reading of the other stays ("Hopkins Park in DeKalb", Illinois)
    text = "The walk starts at 10 a.m. April 25 at Hopkins Park in DeKalb."
    assert readings(gp.parse(text), "Hopkins Park") == ["US"]
