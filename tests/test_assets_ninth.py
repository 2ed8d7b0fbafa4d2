"""Assets the ninth fresh batch (benchmarks/data/assets_fresh9) and the eighth left, as kinds:
one weapon told by its model and by its variant's full name, sites named by a place's
possessive, kinds of site main had no word for, a kind told by the sentence's predicate. The
sentences are written here about sites and weapons the batches do not name (but where a kind's
guard needs the batch's own case); the real spaCy pipeline, geoparser and gazetteer read them.
"""

from __future__ import annotations

from explorer.model import great_circle_km


def _found(parse, text: str) -> list[tuple[str, str]]:
    return [(a.type, a.name) for a in parse(text).assets]


def _km(geometry: dict, lat: float, lon: float) -> float:
    x, y = geometry["coordinates"]
    return great_circle_km(y, x, lat, lon)


def test_one_weapon_told_by_its_model_and_its_variant_s_full_name_is_one(parse):
    found = parse(
        "Su-27 fighters fly over the Baltic\n\n"
        "Russia's air force said two Su-27SM3 Flanker fighters flew over the Baltic Sea."
    ).assets
    assert [(a.type, a.name, len(a.evidence)) for a in found] == [
        ("weapon_system", "Su-27SM3 Flanker fighter", 2)
    ]
    # two variants of one model named beside it are two aircraft, and the model a third
    found = _found(parse, "Taiwan has F-16A fighters and new F-16V fighters, its air force said.")
    assert ("weapon_system", "F-16A fighter") in found
    assert ("weapon_system", "F-16V fighter") in found
    # another number of the model is another weapon
    text = "The army fired T-72 tanks and T-720 tanks at the front, the ministry said."
    assert _found(parse, text) == [("weapon_system", "T-72 tank"), ("weapon_system", "T-720 tank")]


def test_kinds_of_site_main_had_no_word_for(parse):
    # a canal's locks, a launching station or ground, a naval facility, an import terminal,
    # a desalination plant
    assert _found(parse, "A container ship passed through the Gatun Locks on Monday.") == [
        ("canal", "Gatun Locks")
    ]
    text = "North Korea fired a rocket from its Tonghae Satellite Launching Ground on Tuesday."
    assert _found(parse, text) == [("spaceport", "Tonghae Satellite Launching Ground")]
    (base,) = parse(
        "Russian warships berthed at the Port Sudan naval facility, officials said."
    ).assets
    assert (base.type, base.name) == ("base", "Port Sudan naval facility")
    assert base.geometry is not None and _km(base.geometry, 19.6, 37.2) < 15
    text = (
        "Dominion opened the Cove Point liquefied natural gas import terminal in Maryland in 1978."
    )
    assert _found(parse, text) == [("terminal", "Cove Point liquefied natural gas import terminal")]
    text = (
        "Houthi drones struck the Shuqaiq desalination plant on the Red Sea coast, officials said."
    )
    assert _found(parse, text) == [("desalination_plant", "Shuqaiq desalination plant")]
    # a door's locks are none
    assert _found(parse, "He smashed the locks of the Smith house and fled.") == []


def test_an_airport_taken_by_paramilitaries_or_militias(parse):
    (airport,) = parse("Paramilitaries overran Nyala International Airport on Friday.").assets
    assert (airport.type, airport.name) == ("airport", "Nyala International Airport")
    # travellers are no force
    assert _found(parse, "Travellers crowded Nyala International Airport on Friday.") == []


def test_a_town_s_or_a_region_s_own_site_by_its_possessive(parse):
    (plant,) = parse("Missiles destroyed Kharkiv's main power station on Thursday.").assets
    assert (plant.type, plant.name) == ("power_plant", "Kharkiv's main power station")
    assert plant.geometry is not None and _km(plant.geometry, 49.99, 36.23) < 15
    (airport,) = parse("Rebels shelled Kabul's airport on Monday.").assets
    assert (airport.type, airport.name) == ("airport", "Kabul's airport")
    # a region's is listed, not drawn at the region's middle; a dam is not drawn at its city
    (refinery,) = parse("Drones hit Texas's biggest refinery overnight.").assets
    assert (refinery.type, refinery.geometry) == ("refinery", None)
    (dam,) = parse("Russian shells hit Mosul's dam.").assets
    assert (dam.type, dam.geometry) == ("dam", None)
    # a town's only plant told by the town and by its region is one site
    found = parse(
        "Jenin's only power plant stops\n\n"
        "Officials said the Jenin Governorate's only power plant ran out of fuel."
    ).assets
    assert [a.type for a in found] == ["power_plant"]
    # a country's, a plural, a site said to be elsewhere, a side's base, a deal: none
    for text in (
        "Ukraine's largest power plant was shut.",
        "Kyiv's power plants were hit by missiles.",
        "China built Beijing's port in Djibouti.",
        "Moscow's base in Syria was expanded.",
        "Washington's refinery deal with Caracas angered Moscow.",
    ):
        assert _found(parse, text) == [], text


def test_a_name_the_sentence_s_predicate_calls_one_of_a_kind(parse):
    assert _found(parse, "Ghawar is the world's largest oil field.") == [
        ("oil_field", "Ghawar oil field")
    ]
    text = "Its Semipalatinsk site was the Soviet Union's main nuclear test site."
    assert _found(parse, text) == [("test_site", "Semipalatinsk nuclear test site")]
    # a town that holds one: the site drawn at the town
    (plant,) = parse("Ras Laffan holds the world's largest gas processing facility.").assets
    assert (plant.type, plant.name) == ("refinery", "Ras Laffan gas processing facility")
    # a town said to be a kind other than its port, base or terminal is a figure; a site's
    # own head already reads it; a pronoun or a person names none
    assert _found(parse, "Gaza is the world's largest open-air prison.") == []
    assert _found(parse, "The Grasberg mine is the largest gold mine in the world.") == [
        ("mine", "Grasberg mine")
    ]
    assert _found(parse, "It is the world's largest refinery.") == []
    assert _found(parse, "Smith is the biggest refinery owner in Texas.") == []


def test_a_kind_never_drawn_takes_the_names_after_at(parse):
    text = "China has meanwhile turned to its launch sites at Jiuquan and Wenchang."
    assert _found(parse, text) == [
        ("spaceport", "launch site at Jiuquan"),
        ("spaceport", "launch site at Wenchang"),
    ]
    assert all(a.geometry is None for a in parse(text).assets)
    # a day is no name
    assert _found(parse, "Workers repaired the pipeline at Christmas.") == []


def test_a_route_told_by_its_ends_after_a_participle_s_clause(parse):
    text = (
        "Tanzania will open a new railway, built by Turkish firms, between Dar es Salaam and "
        "Morogoro."
    )
    assert _found(parse, text) == [("railway", "railway between Dar es Salaam and Morogoro")]
    # a clause with a verb of its own is no participle's
    text = "China built a railway, and Kenya paid, between Mombasa and Nairobi."
    assert _found(parse, text) == []


def test_a_lower_case_head_listed_with_a_named_site(parse):
    text = "Georgia reopened the Kulevi terminal and the Baku-Supsa Pipeline on Monday."
    assert _found(parse, text) == [
        ("terminal", "Kulevi terminal"),
        ("pipeline", "Baku-Supsa Pipeline"),
    ]
    # a side's following beside a building is none
    assert _found(parse, "The Republican base and the Capitol Building were quiet.") == []
