"""Places read where the text means something else, or on the wrong continent, tenth pass: a
region's name before a relative clause of persons, a country's forces as where a story is. On
the real gazetteer and the real spaCy model."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def names(tops) -> list[str]:
    return [t.name for t in tops]


def test_a_region_before_a_relative_clause_of_persons_is_the_person(geoparsing):
    gp = geoparsing[0]
    # Hidalgo is a Mexican state; "Hidalgo, who ..." in a story of Paris is its mayor
    tops = gp.parse(
        "Since meeting the mayor of Aleppo in Paris last year, Hidalgo, who has visited "
        "refugee camps in Jordan twice, said the city would take in more families."
    )
    assert "Hidalgo" not in names(tops)
    assert readings(tops, "Paris") == ["FR"]
    # the person named before "of" is the one the clause is about: the town stays
    tops = gp.parse(
        "Environmental services specialist John Nale of Chattanooga, who is licensed to "
        "clean up meth labs, said tests in Knoxville showed traces."
    )
    assert readings(tops, "Chattanooga") == ["US"]
    # "which" is a place's relative pronoun: the state stays
    tops = gp.parse("Texas, which has long opposed the rule, said it would sue in Austin.")
    assert readings(tops, "Texas") == ["US"]
    # where the text names a place of the region's country, the region stays
    tops = gp.parse("Chechnya, who many in Moscow blame for the attacks, said it would hold talks.")
    assert readings(tops, "Chechnya") == ["RU"]


def test_a_countrys_forces_say_where_a_town_is(geoparsing):
    gp = geoparsing[0]
    # the gazetteer has no Palma in Mozambique: Palma de Mallorca is not where Mozambican
    # troops fight, so the name is left unplaced rather than put in Spain
    for text in (
        "Mozambican troops clashed with insurgents near Palma on Sunday, a military source said.",
        "Mozambique's security forces clashed with insurgents near Palma on Sunday.",
    ):
        tops = gp.parse(text)
        assert readings(tops, "Palma") == [None], text
    # tourists travel: the Spanish city stays
    tops = gp.parse("Russian tourists in Palma complained about the heat on Sunday.")
    assert readings(tops, "Palma") == ["ES"]
    # a town of the forces' country, or of a country the text names, keeps its reading
    tops = gp.parse("Nigerian troops repelled an attack near Monguno on Friday, the army said.")
    assert readings(tops, "Monguno") == ["NG"]
    tops = gp.parse("Turkish troops shelled Kurdish fighters near Afrin in northern Syria.")
    assert readings(tops, "Afrin") == ["SY"]


def test_a_towns_name_keeps_its_sense_through_a_local_story(geoparsing):
    gp = geoparsing[0]
    # spaCy calls the town a person or an organisation at most mentions; the dateline says it
    # is the town, and so it is at every mention
    tops = gp.parse(
        "Torrington mill to close. TORRINGTON -- About 80 Torrington workers will lose their "
        "jobs when the mill closes in May, and Torrington officials said they would help them "
        "find work."
    )
    assert readings(tops, "Torrington") == ["US", "US", "US"]
    # a surname spaCy calls a person at every mention stays the person where a preposition
    # once made it a place
    tops = gp.parse(
        "Welch was stabbed on Saturday. Police said Welch went to a house to recover property "
        "stolen from Welch."
    )
    assert len(readings(tops, "Welch")) <= 1
    # "the Duma" is the parliament, whatever "in Moscow" says
    tops = gp.parse("The bill was sent to the Duma in December by deputies in Moscow.")
    assert "Duma" not in names(tops)


def test_a_town_before_a_residents_noun(geoparsing):
    gp = geoparsing[0]
    # local news names people by their town: "a Bicester teenager", "a Crafton man"
    tops = gp.parse("The charity said a Bicester teenager had raised £2,000 for the hospital ward.")
    assert readings(tops, "Bicester") == ["GB"]
    # a country is written as its adjective, and "the Johnson family" is a family
    tops = gp.parse("The Johnson family thanked a Lebanese woman who found their dog.")
    assert "Johnson" not in names(tops)


def test_a_seas_name_is_the_sea(geoparsing):
    gp = geoparsing[0]
    # Egypt and Sudan have regions named for the Red Sea; a ship sinks in the sea
    tops = gp.parse(
        "A cargo ship sank in bad weather on Monday in the Red Sea, an Egyptian official said."
    )
    assert [t.candidate.kind for t in tops if t.name == "Red Sea"] == ["sea"]
    # with its region's word the region stays
    tops = gp.parse("Tourists flocked to Hurghada in Egypt's Red Sea governorate on Friday.")
    assert readings(tops, "Red Sea") == ["EG"]
    tops = gp.parse("Fighting spread to Port Sudan in Red Sea state, officials said.")
    assert readings(tops, "Red Sea") == ["SD"]
    # a town named for an ocean, without the water's word, is the town
    tops = gp.parse("The town of Pacific, Missouri flooded after heavy rain.")
    assert readings(tops, "Pacific") == ["US"]


def test_a_countrys_name_where_local_news_names_a_town(geoparsing):
    gp = geoparsing[0]
    # a country is written as its adjective and has no school district: the town
    tops = gp.parse(
        "Police said a Lebanon woman was charged with theft after a traffic stop on Elm Street."
    )
    assert readings(tops, "Lebanon") == ["US"]
    tops = gp.parse(
        "The Palestine Independent School District board met on Tuesday to discuss the budget."
    )
    assert readings(tops, "Palestine") == ["US"]
    # the adjective, and a country's national police, stay the country
    tops = gp.parse("A Lebanese woman was arrested at the border, officials in Beirut said.")
    assert readings(tops, "Lebanese") == ["LB"]
    tops = gp.parse("Israel Police arrested two suspects in Jerusalem.")
    assert readings(tops, "Israel") == ["IL"]


def test_a_towns_body_that_spacy_calls_a_facility(geoparsing):
    gp = geoparsing[0]
    # the town a council or a civic centre belongs to is on the map, as for an organisation
    tops = gp.parse("The planning group met Wednesday at the Mount Pleasant Civic Center in Texas.")
    assert readings(tops, "Mount Pleasant") == ["US"]
    tops = gp.parse("Firefighters from the Cottonport Fire Station responded to the blaze.")
    assert readings(tops, "Cottonport") == ["US"]
    # a street's name stays one name, no place of its first words
    tops = gp.parse("The East Washington Street bridge will close for repairs.")
    assert "Washington" not in names(tops)


def test_a_place_named_like_a_person_is_no_person(geoparsing):
    gp = geoparsing[0]
    # spaCy calls "Shelby Station" a person; a name ending in "Station" or "Square" is a
    # place's, so the given name Shelby is no person's word here and the town stays
    tops = gp.parse(
        "Shelby, North Carolina. The city offers mountains and lakes nearby. Downtown Shelby, "
        "known locally as Shelby Station, has become a place to shop. Concerts are held in "
        "Shelby each summer."
    )
    assert readings(tops, "Shelby") == ["US", "US", "US"]
    # a person's name stays a person's
    tops = gp.parse("Greer Garson starred in the film, and Greer Garson later moved to Dallas.")
    assert "Greer" not in names(tops)


def test_a_towns_police_in_lower_case(geoparsing):
    gp = geoparsing[0]
    # local news writes a town's police in lower case: the town, however small
    tops = gp.parse(
        "The suspect was arrested by Danbury police on Monday night and taken to court."
    )
    assert readings(tops, "Danbury") == ["US"]
    # the second half of a hyphenated name is no town of its own
    tops = gp.parse("Officers from Miami-Dade police searched the house on Friday.")
    assert "Dade" not in names(tops)


def test_a_spaced_dash_ends_a_persons_name(geoparsing):
    gp = geoparsing[0]
    # spaCy reads "Trump - Wisconsin" as one person; the dash with spaces ends the name
    tops = gp.parse(
        "The experts urged the campaign to request recounts in two states narrowly won by "
        "Mr Trump - Wisconsin and\n Pennsylvania - as well as Michigan, where he leads."
    )
    assert readings(tops, "Wisconsin") == ["US"]


def test_a_town_after_in_inside_an_organisations_name(geoparsing):
    gp = geoparsing[0]
    # spaCy takes "the Sheldon Peck Homestead in Lombard" for one organisation: the town
    # after "in" at its end is where it is
    tops = gp.parse(
        "The awards were given Sunday at the Sheldon Peck Homestead in Lombard, organisers said."
    )
    assert readings(tops, "Lombard") == ["US"]
