"""Assets the tenth fresh batch (benchmarks/data/assets_fresh10) read wrong or missed, and the
wrong ones review48 left, as kinds: a title's site told by its owner's possessive, a model told
before its variant, the topic of talks, a holder whose site the sentence places, a possessor's
word of force, warships named after a navy's word, sites qualified by the sea or the ground,
aircraft by their model. The sentences are written here about sites and weapons the batches do
not name; the real spaCy pipeline, geoparser and gazetteer read them.
"""

from __future__ import annotations


def _found(parse, text: str) -> list[tuple[str, str]]:
    return [(a.type, a.name) for a in parse(text).assets]


def test_a_title_s_site_told_by_its_owner_s_possessive_is_the_body_s_one_site(parse):
    found = parse(
        "Turkey fills its Tigris dam as Iraq protests\n\n"
        "Water began to rise behind the Ilisu Dam on Monday, officials said."
    ).assets
    assert [(a.type, a.name, len(a.evidence), a.operators) for a in found] == [
        ("dam", "Ilisu Dam", 2, ["Turkey"])
    ]
    # the body names two dams: which one the title means is not said
    text = "Turkey fills its Tigris dam\n\nWater rose behind the Ilisu Dam and the Cizre Dam."
    assert ("dam", "Tigris dam") in _found(parse, text)
    # no owner's possessive: a name, as the title writes it
    text = "Tigris dam fills as Iraq protests\n\nWater began to rise behind the Ilisu Dam."
    assert ("dam", "Tigris dam") in _found(parse, text)


def test_a_model_told_before_its_variant_in_the_body_is_another_weapon(parse):
    text = "Egypt flies MiG-29 fighters. In 2015 it ordered 46 MiG-29M fighters from Russia."
    assert _found(parse, text) == [
        ("weapon_system", "MiG-29 fighter"),
        ("weapon_system", "MiG-29M fighter"),
    ]
    # told after the variant, the model's name points back to it; so does a title's
    text = "Egypt ordered 46 MiG-29M fighters from Russia. The MiG-29 fighters arrived in 2017."
    assert _found(parse, text) == [("weapon_system", "MiG-29M fighter")]
    text = "MiG-29 fighters land in Cairo\n\nEgypt received 46 MiG-29M fighters from Russia."
    (fighter,) = parse(text).assets
    assert (fighter.name, len(fighter.evidence)) == ("MiG-29M fighter", 2)


def test_a_site_talked_about_takes_no_name_from_where_the_talks_are(parse):
    assert _found(parse, "Negotiations on the gas field at Vienna stalled in 2004.") == []
    assert _found(parse, "The two states discussed the pipeline at Vienna.") == []
    # a field "at" its own name, with no talks, is read as before
    assert _found(parse, "Iraq pumps crude from the oil field at Majnoon.") == [
        ("oil_field", "oil field at Majnoon")
    ]


def test_a_holder_whose_site_the_sentence_places_elsewhere_is_no_site_s_name(parse):
    # never named for Chevron (since assetsfix14 no refinery in Richmond either: which of the
    # towns of that name, the sentence does not tell)
    text = "Chevron holds the state's largest refinery in Richmond."
    assert all("Chevron" not in name for _, name in _found(parse, text))
    assert _found(parse, "Safaniya holds the world's largest offshore oil field.") == [
        ("oil_field", "Safaniya oil field")
    ]


def test_a_word_of_force_whose_kin_are_told_of_names_no_force_there(parse):
    assert _found(parse, "The soldiers' wives waited at Shannon airport for the flight.") == []
    assert _found(parse, "Soldiers seized Shannon airport on Monday.") == [
        ("airport", "Shannon airport")
    ]
    # the possessor of any other noun is there with it: "the convoy's drivers"
    text = "The prisoners were handed over at the Kerem Shalom crossing, the convoy's drivers said."
    assert _found(parse, text) == [("crossing", "Kerem Shalom crossing")]


def test_a_warship_named_after_a_navy_s_word_without_a_word_of_war(parse):
    text = "The nuclear submarine K-278 Komsomolets sank in the Norwegian Sea in 1989."
    assert _found(parse, text) == [("weapon_system", "K-278 Komsomolets")]
    text = "The Argentine submarine San Juan vanished in the South Atlantic in 2017."
    (sub,) = parse(text).assets
    assert (sub.type, sub.name, sub.geometry) == ("weapon_system", "San Juan", None)
    # a vessel's word that is never anything but a warship's
    text = "The missile cruiser Slava sailed from Sevastopol."
    assert _found(parse, text) == [("weapon_system", "Slava")]
    # a submarine with neither a navy's word nor war is no warship (a tourists' craft)
    assert _found(parse, "The submarine Titan imploded in 2023.") == []


def test_a_site_qualified_by_the_sea_or_the_ground(parse):
    text = "The NorNed undersea power line between Norway and the Netherlands failed."
    assert _found(parse, text) == [("power_line", "NorNed undersea power line")]


def test_aircraft_by_their_model_at_war_not_by_their_maker(parse):
    (planes,) = parse("Britain sent Harrier aircraft to the war against the Taliban.").assets
    assert (planes.type, planes.name, planes.operators) == (
        "weapon_system",
        "Harrier aircraft",
        ["United Kingdom"],
    )
    assert _found(parse, "Peru bought Embraer aircraft for the war on drugs.") == []
    # no war: aircraft are as often an airline's
    assert _found(parse, "The airline leased Harrier aircraft in 1990.") == []


def test_an_ordinary_head_s_name_placed_in_a_country(parse):
    assert _found(parse, "Workers struck at the Kamoa mine in Congo on Monday.") == [
        ("mine", "Kamoa mine")
    ]
    # no place: an ordinary word's name may be anyone's
    assert _found(parse, "Workers struck at the Kamoa mine on Monday.") == []


def test_a_town_s_site_told_past_the_word_for_the_town(parse):
    (airport,) = parse("Drones struck the airport of the northern Iraqi city of Erbil.").assets
    assert (airport.type, airport.name) == ("airport", "airport of Erbil")
    assert airport.geometry is not None
    # a capital "of" a country names no town
    assert _found(parse, "Troops left the airport of the capital of Sudan.") == []


def test_a_name_said_to_be_one_of_the_largest_of_a_kind(parse):
    text = "The US Navy used Subic Bay, one of the largest US naval bases in Asia, until 1992."
    assert _found(parse, text) == [("base", "Subic Bay")]
    # a town said to be one of a kind other than its port or base is a figure of speech
    assert _found(parse, "Gaza, one of the largest open-air prisons, was bombed again.") == []


def test_a_site_read_at_a_town_beside_a_curated_site_of_its_kind_is_that_site(parse):
    # "bases", which the lemmatiser may take for "basis", is read as the plural of "base"
    text = (
        "Ankara approved the structure of the bases at Adana and Malatya, the minister said. "
        "The deal lets the US use Incirlik Air Base."
    )
    (base,) = parse(text).assets
    assert (base.name, len(base.evidence)) == ("Incirlik Air Base", 2)
    # a town some 70 km from the curated base has a base of its own
    text = text.replace("Adana", "Mersin")
    assert _found(parse, text) == [("base", "bases at Mersin"), ("base", "Incirlik Air Base")]


def test_a_site_s_name_begins_with_a_number_word_after_the(parse):
    text = "Workers finished the Three Gorges Dam on the Yangtze in 2006."
    assert _found(parse, text) == [("dam", "Three Gorges Dam")]
    # a weapon's count stays a count
    assert _found(parse, "The Three Kh-101 missiles hit Kyiv.") == [
        ("weapon_system", "Kh-101 missile")
    ]
