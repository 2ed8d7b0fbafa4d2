"""Places read where the text means something else, ninth pass: a car's model after its maker's
name, a delegate's title. On the real gazetteer and the real spaCy model."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def names(tops) -> list[str]:
    return [t.name for t in tops]


def test_a_name_after_a_car_makers_is_the_model(geoparsing):
    gp = geoparsing[0]
    # Durango is a Mexican state; after "Dodge" it is a sport utility vehicle
    tops = gp.parse(
        "Deputies said the man fled in a red Dodge Durango after the robbery of a gas station "
        "in Springfield, Illinois."
    )
    assert "Durango" not in names(tops)
    assert readings(tops, "Springfield") == ["US"]
    # the model read as Denver had made a British story's Oxford American
    tops = gp.parse(
        "Police in Oxford said vandals smashed the windscreen of his Isuzu Denver Rodeo at "
        "about 4am on Sunday. Repairs will cost £400."
    )
    assert "Denver" not in names(tops)
    assert readings(tops, "Oxford") == ["GB"]
    # the place a maker's works are named for stays a place
    tops = gp.parse("Workers at the Toyota Georgetown plant in Kentucky voted on Friday.")
    assert "Georgetown" in names(tops)


def test_a_state_abbreviation_before_a_persons_name_is_a_title(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse(
        "Del. Brian Moran, a Democrat from Alexandria, said the bill would pass in Richmond."
    )
    assert "Del." not in names(tops)
    assert readings(tops, "Richmond") == ["US"]
    # after a town and a comma the abbreviation is the town's state
    tops = gp.parse("The fire started in Dover, Del. Brian Moran, the fire chief, said.")
    assert readings(tops, "Del.") == ["US"]


def test_a_region_named_by_a_common_word_at_a_headlines_start(geoparsing):
    gp = geoparsing[0]
    # Pool is a department of Congo; over an Arizona story that writes "the pool" it is a pool
    tops = gp.parse(
        "Pool operators look to prevent drownings\n\nOwners of the city's public pools said "
        "lifeguards would be added at the pool this summer in Phoenix."
    )
    assert "Pool" not in names(tops)
    assert readings(tops, "Phoenix") == ["US"]
    # in a story of Congo the department stays, the word in lower case beside it or not
    tops = gp.parse(
        "Pool is a region of Congo where the pool of fighters grew, officials in Brazzaville said."
    )
    assert readings(tops, "Pool") == ["CG"]


def test_a_given_name_after_a_relations_noun_is_a_person(geoparsing):
    gp = geoparsing[0]
    # Vladimir is a Russian city and region; "a friend of Vladimir" is a person's friend
    tops = gp.parse(
        "He told police he was staying with a friend of Vladimir at an apartment in Brooklyn."
    )
    assert "Vladimir" not in names(tops)
    assert readings(tops, "Brooklyn") == ["US"]
    # a town's officials are no relation: the city stays
    tops = gp.parse("The mayor of Vladimir met officials in Moscow on Tuesday.")
    assert readings(tops, "Vladimir") == ["RU"]
    # nor is a country ever a person's name here
    tops = gp.parse("The war made him a friend of Georgia, Saakashvili said in Tbilisi.")
    assert readings(tops, "Georgia") == ["GE"]


def test_a_compass_region_of_no_country_the_text_names(geoparsing):
    gp = geoparsing[0]
    # England's regions are no GeoNames units: not South Africa's and Zimbabwe's provinces
    tops = gp.parse(
        "Rain is expected across the North West and the Midlands later today, the Met Office "
        "said, with flooding in Manchester."
    )
    assert "North West" not in names(tops)
    assert "Midlands" not in names(tops)
    assert readings(tops, "Manchester") == ["GB"]
    # where the text's places lie in the province's country, the province stays
    tops = gp.parse(
        "Fighting in the Midlands, near Gweru, displaced hundreds, Zimbabwe's police said."
    )
    assert readings(tops, "Midlands") == ["ZW"]
    tops = gp.parse("Protests spread through the North West, police in Yaounde said.")
    assert readings(tops, "North West") == ["CM"]


def test_a_state_abbreviation_after_a_preposition_stays_the_state(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse(
        "The herd was moved to a farm in Del. Brian Moran, the owner, said it was sold."
    )
    assert readings(tops, "Del.") == ["US"]


def test_a_regions_name_as_a_persons_subject_abroad(geoparsing):
    gp = geoparsing[0]
    # the mayor of Paris, not Mexico's state: no place of Mexico in the text
    tops = gp.parse(
        "Since meeting the mayor of Aleppo in Paris last year, Hidalgo has helped raise money "
        "for the city's hospitals."
    )
    assert "Hidalgo" not in names(tops)
    assert readings(tops, "Paris") == ["FR"]
    # a region of the country the text's places lie in stays, as metonymy
    tops = gp.parse("Chechnya said the attack was repelled, officials in Moscow reported.")
    assert readings(tops, "Chechnya") == ["RU"]
    tops = gp.parse("Texas has helped pay for the wall, officials in Brownsville said.")
    assert readings(tops, "Texas") == ["US"]
