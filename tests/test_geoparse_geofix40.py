"""Branch geofix40: the place a list's last town is said to lie in holds the towns listed
before it ("Oxford and Cambridge in England"), so a town of a country abroad listed with one
there is not read as a small namesake at home beside the text's American towns. With sentences
of other senses, on the real gazetteer and the real spaCy model."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_a_listed_town_lies_in_the_place_the_list_is_said_to_lie_in(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse(
        "Researchers in Cambridge, Massachusetts, worked with colleagues at Oxford and"
        " Cambridge in England."
    )
    assert readings(tops, "Oxford") == ["GB"]
    assert readings(tops, "Cambridge") == ["US", "GB"]
    tops = gp.parse("Students from Cambridge and Oxford in Mississippi met in Jackson.")
    assert readings(tops, "Oxford") == ["US"]
    # other senses: a listed name with no town in the place keeps its own reading, and a list
    # of towns at home stays at home
    tops = gp.parse("Flights from Boston and Toledo in Spain were cancelled.")
    assert readings(tops, "Boston") == ["US"]
    assert readings(tops, "Toledo") == ["ES"]
    tops = gp.parse("The team beat rivals from Dallas and Paris in Texas last week.")
    assert readings(tops, "Paris") == ["US"]
    tops = gp.parse("The airline links Chicago and Dublin in Ireland every day.")
    assert readings(tops, "Chicago") == ["US"]
