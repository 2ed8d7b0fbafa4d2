"""Assets of a third fresh batch (benchmarks/data/assets_fresh3): warships named with their
navy's prefix, and one site told with and without its people's word. The sentences are written
here about ships and sites the batch does not name; the real spaCy pipeline, geoparser and
gazetteer read them.
"""

from __future__ import annotations


def _assets(parse, text: str):
    return [(a.type, a.name, a.operators) for a in parse(text).assets]


def test_a_warship_is_named_by_its_navys_prefix(parse):
    found = _assets(parse, "The Philippine Navy's BRP Jose Rizal sailed to Subic Bay on Monday.")
    assert ("weapon_system", "BRP Jose Rizal", ["Philippines"]) in found


def test_each_ship_of_a_list_is_its_own(parse):
    found = _assets(
        parse,
        "Britain sent the destroyer HMS Diamond and the frigate HMS Richmond to the Red Sea.",
    )
    names = [n for _t, n, _o in found]
    assert "HMS Diamond" in names and "HMS Richmond" in names


def test_a_prefix_two_navies_write_takes_the_sentences_country(parse):
    found = _assets(parse, "Israel's navy said the corvette INS Hanit intercepted a drone.")
    assert ("weapon_system", "INS Hanit", ["Israel"]) in found
    found = _assets(parse, "The corvette INS Kiltan sailed from Visakhapatnam, India said.")
    assert ("weapon_system", "INS Kiltan", ["India"]) in found


def test_a_prefix_two_navies_write_names_no_navy_alone(parse):
    found = _assets(parse, "The corvette INS Kiltan sailed into the Bay of Bengal.")
    assert ("weapon_system", "INS Kiltan", []) in found


def test_an_office_after_the_prefix_is_no_ship(parse):
    # the US Immigration and Naturalization Service, not an Indian or Israeli ship
    found = _assets(parse, "INS Commissioner Doris Meissner said the agency would hire agents.")
    assert not [n for _t, n, _o in found if n.startswith("INS")]


def test_a_site_with_and_without_its_peoples_word_is_one(parse):
    found = _assets(
        parse,
        "Grand Kenyan Tana Dam: villagers look ahead\n\n"
        "Kenya's Grand Tana Dam will soon be complete, officials said.",
    )
    dams = [n for t, n, _o in found if t == "dam"]
    assert dams == ["Grand Kenyan Tana Dam"]


def test_names_that_differ_by_more_than_a_people_stay_two(parse):
    found = _assets(
        parse,
        "Workers repaired the Tana Dam and the Lower Tana Dam after the floods in Kenya.",
    )
    dams = sorted(n for t, n, _o in found if t == "dam")
    assert dams == ["Lower Tana Dam", "Tana Dam"]
