"""A headline written in title case gives every word its capital: a town's name there is no
evidence of a place unless the text names it so elsewhere, or a small preposition stands
before it. On the real gazetteer and the real spaCy model."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_a_headline_verb_or_adjective_is_no_town(geoparsing):
    gp = geoparsing[0]
    # "Split" (Croatia), "Gay" (Russia), "Surprise" (Arizona), "Bush" (Egypt): words that
    # only a title-case headline capitalises
    tops = gp.parse(
        "Ministers Split Over Anti-Russia Sanctions.\n"
        "European ministers met in Brussels on Monday to discuss new measures."
    )
    assert readings(tops, "Split") == []
    assert readings(tops, "Russia") == ["RU"]
    assert readings(tops, "Brussels") == ["BE"]
    tops = gp.parse(
        "Debates Reflect Anti-Gay Feeling. As a week of events opened in St. Petersburg and "
        "other Russian cities, gay rights activists said they had a long way to go."
    )
    assert readings(tops, "Gay") == []
    assert readings(tops, "St. Petersburg") == ["RU"]
    tops = gp.parse(
        "Surprise Victory for Labour in By-Election\nThe party won the seat by 300 votes."
    )
    assert readings(tops, "Surprise") == []


def test_a_headline_town_the_text_names_again_or_after_in_stays(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse(
        "Police Seek Driver After Hit-and-Run in Marion\n"
        "A pedestrian was injured Tuesday night, police in the Indiana city said."
    )
    assert readings(tops, "Marion") == ["US"]
    tops = gp.parse(
        "Floods Strand Drivers Near Marion\nHeavy rain closed roads in the Indiana town."
    )
    assert readings(tops, "Marion") == ["US"]
    # a town the body names again keeps its headline mention
    tops = gp.parse(
        "Tourists Flock Back to Split\nThe Croatian port of Split saw record numbers this summer."
    )
    assert readings(tops, "Split") == ["HR", "HR"]


def test_a_sentence_start_or_a_word_written_small_is_no_town(geoparsing):
    gp = geoparsing[0]
    # Salt, Jordan, in a Toronto weather story: a sentence's first word, nowhere else
    tops = gp.parse(
        "Freezing rain is expected to descend on Toronto overnight.\n"
        "Salt trucks have been deployed on main roads in Etobicoke, the city said."
    )
    assert readings(tops, "Salt") == []
    assert readings(tops, "Etobicoke") == ["CA"]
    # Rodeo, California: the event's name, and the text writes "rodeo" as a word
    tops = gp.parse(
        "Girls from Cooke and Grayson counties will compete to be queen of Rodeo Gainesville, "
        "a rodeo held every May in the Texas town."
    )
    assert readings(tops, "Rodeo") == []


def test_a_sentence_start_town_of_the_texts_country_stays(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse(
        "Whoops! Lancaster aqueduct springs a leak. The canal over the River Lune in England "
        "was closed by British Waterways for repairs."
    )
    assert readings(tops, "Lancaster") == ["GB"]


def test_a_compass_province_before_another_place_qualifies_it(geoparsing):
    gp = geoparsing[0]
    # North West is a province of South Africa, South West a region of Cameroon
    tops = gp.parse("The aqueduct is reputedly the finest in North West England.")
    assert readings(tops, "North West") == []
    assert readings(tops, "England") == ["GB"]
    tops = gp.parse("Councillors backed a plan for 6,000 homes at North West Bicester.")
    assert readings(tops, "North West") == []
    tops = gp.parse("He fought in South West Africa before independence.")
    assert readings(tops, "South West") == []
    # a compass name of its own stays
    tops = gp.parse("Floods hit East Java and North East Lincolnshire this week.")
    assert readings(tops, "East Java") == ["ID"]
    assert readings(tops, "North East Lincolnshire") == ["GB"]


def test_a_name_after_a_firm_or_a_paper_is_theirs(geoparsing):
    gp = geoparsing[0]
    # Kolin is a town in Bohemia, Brandon one in Florida
    tops = gp.parse("Thus, the Turkish company Kolin, which won the tender, will build the port.")
    assert readings(tops, "Kolin") == []
    assert readings(tops, "Turkish") == ["TR"]
    tops = gp.parse("This year's headliners were the rock band Brandon Paris and a magician.")
    assert readings(tops, "Brandon") == []
    tops = gp.parse("The contract went to the developer Emaar, which builds towers in Dubai.")
    assert [t.name for t in tops] == ["Dubai"]


def test_a_demonym_in_a_streets_or_a_buildings_name_is_no_country(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse("A blaze damaged an Indian Lake Road residence on Monday.")
    assert readings(tops, "Indian") == []
    tops = gp.parse("Fans gathered at the Irish Pub on Main Street.")
    assert readings(tops, "Irish") == []
    tops = gp.parse("The French Quarter was flooded.")
    assert readings(tops, "French") == []
    # a demonym before an office or a people stays its country's
    tops = gp.parse("Russian President Vladimir Putin met Sri Lankan officials.")
    assert readings(tops, "Russian") == ["RU"]
    assert readings(tops, "Sri Lankan") == ["LK"]


def test_a_towns_name_before_a_streets_word_is_the_street(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse(
        "Darryl Warden, 44, of 2517 Memphis St., Alexandria, was charged. Police went to "
        "his Memphis Street home in Alexandria, Louisiana, on Sunday."
    )
    assert readings(tops, "Memphis") == []
    # the street still says which Alexandria: the one of the United States
    assert set(readings(tops, "Alexandria")) == {"US"}
    tops = gp.parse("Residents may drop off branches at 1301 Lafayette Ave., Lebanon, Ohio.")
    assert readings(tops, "Lafayette") == []
    # a county's road, and a state's highway patrol, name the county and the state
    tops = gp.parse(
        "Highway 10 is closed near Otter Tail County Road 80, the Minnesota Highway Patrol said."
    )
    assert readings(tops, "Otter Tail County") == ["US"]
    assert readings(tops, "Minnesota") == ["US"]
    # a town's street named for a state: Rivers is a state of Nigeria
    tops = gp.parse("A motorcycle wreck on Rivers Avenue in North Charleston killed a passenger.")
    assert readings(tops, "Rivers") == []


def test_a_persons_surname_that_names_a_region_is_the_person(geoparsing):
    gp = geoparsing[0]
    # Hidalgo is a state of Mexico (and a town of Texas, which had drawn Paris there too)
    tops = gp.parse(
        "Paris Mayor Anne Hidalgo said the city would help. Hidalgo has raised money since."
    )
    assert readings(tops, "Hidalgo") == []
    assert readings(tops, "Paris") == ["FR"]


def test_a_province_named_with_its_word_is_read_with_the_texts_country(geoparsing):
    gp = geoparsing[0]
    # Cameroon's unit is called "North-West Province", South Africa's "North-West"
    tops = gp.parse("Protests spread in North West province, South Africa, on Monday.")
    assert readings(tops, "North West") == ["ZA"]
    tops = gp.parse("Cameroon sent troops to the North West province.")
    assert readings(tops, "North West") == ["CM"]
    tops = gp.parse("Iraq's Kurdistan region voted on independence.")
    assert readings(tops, "Kurdistan") == ["IQ"]
