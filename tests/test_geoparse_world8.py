"""Places read on the wrong continent, eighth pass: a name listed with states or countries is
one of them, a North American paper's clock, and a dateline's town through its story. On the
real gazetteer and the real spaCy model."""

from __future__ import annotations

from explorer.geoparse.resolve import _paper_country
from tests.test_geoparse_world import countries as readings


def kinds(tops, name) -> list[str | None]:
    return [t.candidate and t.candidate.kind for t in tops if t.name == name]


def test_a_name_listed_with_states_is_a_state(geoparsing):
    gp = geoparsing[0]
    # Wyoming, Ohio is a town; beside Montana the name is the state
    tops = gp.parse(
        "Ranchers say the drought now reaches from Nebraska to the western edges of Montana "
        "and Wyoming, where hay prices have doubled."
    )
    assert kinds(tops, "Wyoming") == ["region"]
    assert readings(tops, "Wyoming") == ["US"]
    # a South African province, not the small town of its name in KwaZulu-Natal
    tops = gp.parse("Floods displaced thousands in Limpopo and Mpumalanga, officials said.")
    assert kinds(tops, "Mpumalanga") == ["region"]


def test_a_list_does_not_move_what_needs_no_moving(geoparsing):
    gp = geoparsing[0]
    # a state beside a name of many towns stays the state
    tops = gp.parse(
        "Supporters of the measure in Oregon and Washington said the laws allow doctors to "
        "help terminally ill patients."
    )
    assert kinds(tops, "Oregon") == ["region"]
    # countries among countries, states among states
    tops = gp.parse(
        "Drones struck an airfield in Georgia and Armenia's border guards went on alert."
    )
    assert readings(tops, "Georgia") == ["GE"]
    tops = gp.parse("Storms moved across Georgia and Florida on Tuesday, knocking out power.")
    assert readings(tops, "Georgia") == ["US"]


def test_a_north_american_clock_reads_a_town_in_north_america(geoparsing):
    gp = geoparsing[0]
    # "9 a.m.": an American or Canadian paper's town, not Oxford, England
    tops = gp.parse(
        "The recycling center in Oxford will accept yard waste from 9 a.m. to 1 p.m. on the "
        "first Saturday of each month."
    )
    assert readings(tops, "Oxford") == ["US"]
    # the British clock keeps the English town
    tops = gp.parse(
        "A fire destroyed a barn in Oxford early Sunday. Firefighters were called at 4.30am "
        "and stayed until noon."
    )
    assert readings(tops, "Oxford") == ["GB"]


def test_the_wire_services_clock_says_nothing_against_a_famous_city(geoparsing):
    gp = geoparsing[0]
    # the AP writes "3 a.m." of the world: Birmingham, England, not Alabama
    tops = gp.parse("Police in Birmingham said the shooting happened at 3 a.m. near a nightclub.")
    assert readings(tops, "Birmingham") == ["GB"]


def test_the_clock_with_the_spelling():
    assert _paper_country("The council met at 7 p.m. on Tuesday.", wire=True) == ("CA", "US")
    # the Canadian Press: North American time, British spelling
    text = "Police were called at 2 a.m. to a quiet neighbourhood near the lake."
    assert _paper_country(text, wire=True) == ("CA",)
    # only where asked for: not for a famous city's namesake
    assert _paper_country("The council met at 7 p.m. on Tuesday.") == ()
    # not a word that ends so
    assert _paper_country("The pa.m.phlet said 9 am.", wire=True) == ()


def test_a_datelines_town_through_its_story(geoparsing):
    gp = geoparsing[0]
    # "MALTA -" under a village's headline names a town; "in Malta" below it is that town,
    # not the island state
    tops = gp.parse(
        "Village board approves new park. MALTA – The village board voted Tuesday to build a "
        "park on the east side of Malta, the village president said."
    )
    got = [(t.candidate.gazetteer_id, t.candidate.kind) for t in tops if t.candidate]
    assert len(got) == 2 and got[0] == got[1] and got[0][1] == "city"
    # a country of the dateline's own name stays the country
    tops = gp.parse(
        "LUXEMBOURG – Luxembourg's government said on Tuesday it would raise its defence budget."
    )
    assert kinds(tops, "Luxembourg") == ["country"]


def test_a_language_taught_at_school_is_no_country(geoparsing):
    gp = geoparsing[0]
    # "science and English": a school's subject, not England's adjective pulling the town of
    # Norfolk to the English county
    tops = gp.parse(
        "Teachers at Norfolk High School say formulas in math and concepts in science and "
        "English are easily forgotten over a summer."
    )
    assert readings(tops, "English") == []
    assert "GB" not in readings(tops, "Norfolk")
    tops = gp.parse("Parents may send their children to a French immersion school in Ottawa.")
    assert readings(tops, "French") == []
    # the country's adjective stays where it names people of the country
    tops = gp.parse("English fans clashed with police in Marseille before the match.")
    assert readings(tops, "English") == ["GB"]
