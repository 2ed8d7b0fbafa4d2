"""Branch geofix41: a famous city abroad named in an American (or Canadian) story is not read as
its small namesake at home where the story's own words say otherwise, and a namesake its own
words place stays at home. Four kinds, each with sentences of other senses
(benchmarks/data/geofix41/), on the real gazetteer and the real spaCy model."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def _states(tops, name, gz) -> list[str | None]:
    """The country and first-level region of each reading of ``name``."""
    out = []
    for t in tops:
        if t.name != name:
            continue
        e = gz.entry(t.candidate.gazetteer_id) if t.candidate else None
        out.append(f"{e.country}.{e.admin1}" if e else None)
    return out


def test_the_story_s_country_alone_does_not_make_a_famous_city_its_namesake(geoparsing):
    """A story that names another state of the country, and nothing in the namesake's, does not
    tell of the namesake by the country they share (resolve._regions_elsewhere)."""
    gp, gz = geoparsing
    tops = gp.parse("Virginia Raggi, the mayor of Rome, met Virginia officials in Richmond.")
    assert readings(tops, "Rome") == ["IT"]
    tops = gp.parse(
        "Virginia lawmakers in Richmond debated the budget while the governor was in London"
        " meeting investors."
    )
    assert readings(tops, "London") == ["GB"]
    tops = gp.parse(
        "Oregon's governor, speaking in Salem, said the state's trade office in Dublin would"
        " open next month."
    )
    assert readings(tops, "Dublin") == ["IE"]
    # other senses: the namesake's own county, state or neighbour named, or the story's state
    # its own, keeps it at home
    tops = gp.parse(
        "Indiana police in Evansville said the suspect fled to Paris, where Edgar County"
        " deputies caught him."
    )
    assert _states(tops, "Paris", gz) == ["US.IL"]
    tops = gp.parse(
        "Texas officials in Austin said the fugitive was caught in Moscow by Latah County deputies."
    )
    assert _states(tops, "Moscow", gz) == ["US.ID"]
    tops = gp.parse(
        "North Carolina fans from Raleigh drove to Athens for the game against Georgia."
    )
    assert _states(tops, "Athens", gz) == ["US.GA"]
    tops = gp.parse("Virginia troopers said the stolen truck turned up in Rome, in Floyd County.")
    assert _states(tops, "Rome", gz) == ["US.GA"]
    tops = gp.parse("Georgia lawmakers in Atlanta funded a new bridge in Rome.")
    assert _states(tops, "Rome", gz) == ["US.GA"]
    tops = gp.parse(
        "Ohio State Highway Patrol troopers closed roads near London, west of Columbus."
    )
    assert _states(tops, "London", gz) == ["US.OH"]
    tops = gp.parse("Alabama lawmakers in Mobile said Birmingham would get the new stadium.")
    assert _states(tops, "Birmingham", gz) == ["US.AL"]


def test_a_town_named_with_its_state_is_that_state_s_town(geoparsing):
    """ "Manchester, New Hampshire" stays New Hampshire's beside a Manchester of England the
    same text names (resolve._in_its_state)."""
    gp, gz = geoparsing
    tops = gp.parse(
        "Fans from Manchester, New Hampshire, flew to England to watch Manchester United play"
        " at Old Trafford in Manchester."
    )
    assert _states(tops, "Manchester", gz) == ["US.NH", "GB.ENG"]
    # other senses: a list's comma places nothing; a town its state already places stays
    tops = gp.parse("Manchester, New Hampshire, voters lined up; Nashua and Concord followed.")
    assert _states(tops, "Manchester", gz) == ["US.NH"]
    tops = gp.parse("Georgia, Alabama and Mississippi sent troopers to the coast.")
    assert readings(tops, "Georgia") == ["US"]
    assert all(t.candidate is None or t.candidate.kind == "region" for t in tops)


def test_a_capital_where_its_own_government_is_met_is_the_capital(geoparsing):
    """ "flew to London to meet British ministers": a nation's officers are met at their seat,
    not at a namesake of the story's own state (resolve._seat_of_the_met)."""
    gp, gz = geoparsing
    tops = gp.parse(
        "Ohio's governor signed the bill in Columbus before leaving for London, where he met"
        " the British prime minister."
    )
    assert readings(tops, "London") == ["GB"]
    tops = gp.parse("Toronto officials flew to London to meet British ministers.")
    assert readings(tops, "London") == ["GB"]
    tops = gp.parse("Idaho wheat farmers met Russian government officials in Moscow last spring.")
    assert readings(tops, "Moscow") == ["RU"]
    tops = gp.parse("Kentucky's governor met the French president in Paris during a trade mission.")
    assert readings(tops, "Paris") == ["FR"]
    # other senses: the namesake its container places, and officers not met there
    tops = gp.parse("British ministers toured a car plant in London, Ontario, on Monday.")
    assert readings(tops, "London") == ["CA"]
    tops = gp.parse("The British prime minister's cousin runs a diner in London, Kentucky.")
    assert _states(tops, "London", gz) == ["US.KY"]
    tops = gp.parse(
        "Ohio troopers closed roads near London before the British prime minister's motorcade"
        " reached Columbus."
    )
    assert _states(tops, "London", gz) == ["US.OH"]
    tops = gp.parse(
        "The Russian president's envoy met Idaho farmers in Moscow, the Latah County seat."
    )
    assert _states(tops, "Moscow", gz) == ["US.ID"]
    tops = gp.parse("Texas students who met the French ambassador in Paris, Texas, wrote about it.")
    assert _states(tops, "Paris", gz) == ["US.TX"]


def test_a_country_s_word_and_a_settlement_s_word_before_a_name_place_it(geoparsing):
    """ "the French city of Paris", "the English city of Birmingham", "the Georgia city of
    Rome" (appositions._placed_by_title)."""
    gp, gz = geoparsing
    tops = gp.parse("Texas officials toured the French city of Paris.")
    assert readings(tops, "Paris") == ["FR"]
    tops = gp.parse("Alabama steelworkers visited the English city of Birmingham.")
    assert readings(tops, "Birmingham") == ["GB"]
    tops = gp.parse("Students from the Georgia city of Rome visited the Italian city of Rome.")
    assert _states(tops, "Rome", gz)[0] == "US.GA"
    assert readings(tops, "Rome")[1] == "IT"
    # other senses: a state's word at home, a border town on each side, a people of no one
    # country, a possessive, a town of its own state
    tops = gp.parse("Protesters gathered in the Texas city of Paris, near the Oklahoma line.")
    assert _states(tops, "Paris", gz) == ["US.TX"]
    tops = gp.parse("The Mexican border city of Nogales reopened its crossing.")
    assert readings(tops, "Nogales") == ["MX"]
    tops = gp.parse("The Arizona border town of Nogales reopened its crossing.")
    assert _states(tops, "Nogales", gz) == ["US.AZ"]
    tops = gp.parse("Kurdish fighters held the Syrian town of Kobani.")
    assert readings(tops, "Kobani") == ["SY"]
    tops = gp.parse("Russia's second city, Saint Petersburg, hosted the forum.")
    assert readings(tops, "Saint Petersburg") == ["RU"]
    tops = gp.parse("Police in the Idaho college town of Moscow arrested a suspect.")
    assert _states(tops, "Moscow", gz) == ["US.ID"]
