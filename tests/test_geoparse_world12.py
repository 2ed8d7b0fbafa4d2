"""Places in the wrong state or the wrong country, twelfth pass: a dateline's village beside its
county, a US state's public bodies, a part of a town after "in", a world city's namesake with
a North American town's bodies, an estate named for a town. On the real gazetteer and the real
spaCy model."""

from __future__ import annotations

from tests.test_geoparse import _eval_article
from tests.test_geoparse_world import countries as readings


def ids(tops, name) -> list[str | None]:
    return [t.candidate and t.candidate.gazetteer_id for t in tops if t.name == name]


def test_a_datelines_village_beside_its_county(geoparsing):
    gp = geoparsing[0]
    # Danielsville (577 people) is the seat of Madison County, Georgia; spaCy takes the dateline
    # and the county for one person's name, and alone the village was too small to be taken:
    # the county was Alabama's, the biggest of nineteen
    tops = gp.parse(
        "Madison will dump assessors. DANIELSVILLE - Madison County commissioners voted "
        "Monday to wipe clean the county Board of Tax Assessors."
    )
    assert ids(tops, "DANIELSVILLE") == ["geonames:4190721"]
    assert ids(tops, "Madison County") == ["admin2:US.GA.madison_county"]
    # a dateline spaCy does not label at all, before the county it lies in
    tops = gp.parse("COMER - Madison County deputies arrested a man on Friday.")
    assert ids(tops, "COMER") == ["geonames:4189003"]
    assert ids(tops, "Madison County") == ["admin2:US.GA.madison_county"]
    # a small town in capitals that is no dateline is not taken by its county
    tops = gp.parse("The COMER family said Madison County deputies arrested a man on Friday.")
    assert "COMER" not in [t.name for t in tops]


def test_a_us_states_public_bodies_make_georgia_the_state(geoparsing):
    gp = geoparsing[0]
    for text in (
        "Georgia's newest utility regulator could face more than $20,000 in fines for state "
        "ethics violations stemming from a 2002 campaign.",
        "Georgia lawmakers passed the bill on Thursday, and Gov. Brian Kemp is expected to "
        "sign it.",
        "State Sen. Jim Smith said Georgia must spend more on roads next year.",
    ):
        assert readings(gp.parse(text), "Georgia") == ["US"], text
    # the country's own bodies, its state media, or a place of the country beside it
    for text in (
        "Georgia's parliament passed the bill on Thursday; state media said the president "
        "would sign it.",
        "Georgia's state television reported that the ruling party had won; the State "
        "Department called for calm.",
        "Georgia's government said Russian troops had moved the border fence near Tbilisi, "
        "and state lawmakers in Washington condemned it.",
    ):
        assert readings(gp.parse(text), "Georgia") == ["GE"], text


def test_a_part_of_a_town_after_in(geoparsing):
    gp = geoparsing[0]
    # Penacook is a village of Concord, New Hampshire, an alternate name of the city in
    # GeoNames; a Concord Monitor story of Epsom's former police chief names it after "in"
    # ("the American Legion Post 31 in Penacook"), where spaCy labels nothing
    tops = gp.parse(_eval_article("lgl", "lgl-40345589")[:700])
    assert ids(tops, "Penacook") == ["geonames:5084868"]
    assert readings(tops, "Epsom") == ["US"]


def test_a_world_citys_name_with_a_north_american_towns_bodies(geoparsing):
    gp = geoparsing[0]
    # a world city's name before a city manager, a parks department, its schools, a township's
    # trustees or a New England town's selectmen: the American town, at every mention
    for text, name in (
        (
            "Several Dublin elementary schools will offer martial arts classes this spring.",
            "Dublin",
        ),
        (
            "Dublin's city manager will retire in June, the council said. Dublin will hire a "
            "search firm.",
            "Dublin",
        ),
        (
            "Athens Parks and Recreation Director Austin Fesmire said the skate park would "
            "reopen on Friday.",
            "Athens",
        ),
        ("The Moscow school district will vote on a new superintendent on Tuesday.", "Moscow"),
        ("The Berlin Board of Selectmen voted 3-0 on Monday to buy a new fire truck.", "Berlin"),
        ("Lima City Council met on Monday; the Lima school board also met.", "Lima"),
    ):
        tops = gp.parse(text)
        got = readings(tops, name)
        assert got and all(c == "US" for c in got), (text, got)
    # where the text places itself in the world city's country, the world city
    tops = gp.parse(
        "Paris elementary schools were closed on Tuesday as teachers across France went on strike."
    )
    assert readings(tops, "Paris") == ["FR"]
    tops = gp.parse(
        "Athens school board members met the education minister on Monday as Greek teachers "
        "protested."
    )
    assert readings(tops, "Athens") == ["GR"]
    # a council and a mayor are a world city's too
    tops = gp.parse("The Paris City Council voted to ban cars from the Champs-Elysees.")
    assert readings(tops, "Paris") == ["FR"]


def test_a_towns_name_before_a_settlements_word_is_that_place(geoparsing):
    gp = geoparsing[0]
    # "Hampton Hills" is an apartment complex in Arlington, Texas; Hampton, Virginia had
    # pulled the story's Arlington to Virginia
    tops = gp.parse(
        "Arlington council OKs drilling near residential area. ARLINGTON - The City Council "
        "voted 8-1 Tuesday to approve a gas drilling site on a horse farm in north Arlington. "
        "The city plans to demolish the dilapidated Madison Creek and Hampton Hills apartment "
        "complexes on Washington Drive."
    )
    assert "Hampton" not in [t.name for t in tops]
    assert set(ids(tops, "Arlington")) == {"geonames:4671240"}
    # a longer name the gazetteer has is read whole; a state or a country's name stays
    tops = gp.parse("The crash closed Interstate 90 near Sioux Falls, South Dakota.")
    assert readings(tops, "Sioux Falls") == ["US"]
    tops = gp.parse("Israeli forces shelled positions near the Golan Heights on Sunday.")
    assert "Golan Heights" in [t.name for t in tops]
    # a shopping village named for its town is in it
    tops = gp.parse(
        "Actress Elizabeth Hurley will be at Bicester Village, in Pingle Drive, on Thursday."
    )
    assert readings(tops, "Bicester") == ["GB"]


def test_a_countys_short_name_after_the_county(geoparsing):
    gp = geoparsing[0]
    # a Florida fires story: "another was under control in Osceola", then "Osceola County";
    # no Florida town is called Osceola, and the Arkansas one was read
    tops = gp.parse(
        "A fire in Osceola destroyed two homes, the Osceola County Sheriff's Office said. "
        "Firefighters from Kissimmee helped."
    )
    assert ids(tops, "Osceola") == ["admin2:US.FL.osceola_county"]
    # a county of Georgia written short ("unincorporated DeKalb"): not DeKalb, Illinois
    tops = gp.parse(_eval_article("lgl", "lgl-41377321"))
    got = ids(tops, "DeKalb")
    assert got and set(got) == {"admin2:US.GA.dekalb_county"}, got
    # a town of the county's name in its state stays the town; a state's name stays the state
    tops = gp.parse("Dallas County officials said the storm knocked out power in Dallas on Monday.")
    assert ids(tops, "Dallas") == ["geonames:4684888"]
    tops = gp.parse("Washington County deputies arrested two men in Seattle, Washington.")
    assert [t.candidate.kind for t in tops if t.name == "Washington"] == ["region"]


def test_a_name_before_a_lawmakers_word_is_a_state_or_a_country(geoparsing):
    gp = geoparsing[0]
    # a Georgia story quoting a Rochester professor: Washington, Illinois had been read beside
    # the text's Chicago and Oregon, Illinois
    tops = gp.parse(_eval_article("lgl", "lgl-39423136"))
    washington = [t.candidate for t in tops if t.name == "Washington"]
    assert washington and all(c.kind == "region" for c in washington), washington
    # "law" of a trade is no statute: "a Washington law firm" keeps its reading
    tops = gp.parse("He joined a Washington law firm after leaving the Justice Department.")
    assert [t.candidate.kind for t in tops if t.name == "Washington"] == ["city"]
    tops = gp.parse("A London law firm advised the bank on the deal.")
    assert readings(tops, "London") == ["GB"]


def test_a_legislators_seat_after_the_party_letter(geoparsing):
    gp = geoparsing[0]
    # a West Virginia House of Delegates story: "Ricky Moye, D-Raleigh", "John Overington,
    # R-Berkeley" are Raleigh and Berkeley counties, not Raleigh, North Carolina and Berkeley,
    # California; "D-Braxton", "D-McDowell" (counties) had not been found at all
    tops = gp.parse(_eval_article("lgl", "lgl-44148905"))
    assert set(ids(tops, "Raleigh")) == {"admin2:US.WV.raleigh_county"}
    assert ids(tops, "Berkeley") == ["admin2:US.WV.berkeley_county"]
    assert ids(tops, "McDowell") == ["admin2:US.WV.mcdowell_county"]
    # a town of the state the text names; "D-Iowa City", one entity to spaCy, is no state
    tops = gp.parse(
        "The Iowa Senate passed the bill, said Sen. Rich Olive, D-Story City, and Rep. Vicki "
        "Lensing, D-Iowa City."
    )
    assert readings(tops, "Story City") == ["US"]
    assert readings(tops, "Iowa City") == ["US"]
    # a name found already keeps its readings beside those of the state named: "Rep. Barbara
    # Lee, D-Oakland" in a story that names New Jersey ("D-N.J.") stays California's
    tops = gp.parse(_eval_article("lgl", "lgl-40679621"))
    oakland = [t.candidate for t in tops if t.name == "Oakland"]
    assert oakland and all(c.gazetteer_id == "geonames:5378538" for c in oakland), oakland
    # a state's name after the letter is a senator's state, not a county of another state the
    # text names (Texas County, Missouri)
    tops = gp.parse(
        "Sen. John Cornyn, R-Texas, and Sen. Roy Blunt, R-Mo., said Missouri farmers would get aid."
    )
    assert [t.candidate.kind for t in tops if t.name == "Texas"] == ["region"]
    assert ids(tops, "Texas") == ["geonames:4736286"]
