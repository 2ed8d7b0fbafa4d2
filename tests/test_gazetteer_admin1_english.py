"""First-level units are found in text by their English names too (``admin1_names.tsv``,
Unicode CLDR's names kept where they name the unit GeoNames names by the same ISO 3166-2 code):
"Dhofar" for GeoNames' "Zufar", "Hadramout" for "Hadramawt" (by the skeleton of CLDR's
"Hadramaut"), Congo's 2015 provinces that the 2016 table lacks ("Ituri", "Tshopo"). Names the
table leaves out stay out: Iran's CLDR names, which sit on codes ISO has given other provinces
since 2020, name no other province. Real gazetteer, real parser."""

from __future__ import annotations

import math

import pytest

from explorer.geoparse import Geoparser
from explorer.geoparse.gazetteer import load_gazetteer
from explorer.geoparse.names import norm


@pytest.fixture(scope="module")
def parser() -> Geoparser:
    return Geoparser.default()


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    c = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return 6371.0 * math.acos(max(-1.0, min(1.0, c)))


def _found(parser: Geoparser, text: str, name: str):
    hits = [t for t in parser.parse(text) if t.name == name]
    assert hits, f"{name!r} not found in {text!r}"
    return hits[0].candidate


@pytest.mark.parametrize(
    ("text", "name", "country", "near"),
    [
        # Salalah, Dhofar's capital; Mukalla, Hadramaut's; Bunia, Ituri's; Kisangani, Tshopo's
        ("The Sultan fought rebels in Dhofar, in southern Oman.", "Dhofar", "OM", (17.02, 54.09)),
        ("Al-Qaeda fighters seized towns in Hadramout, Yemen.", "Hadramout", "YE", (14.54, 49.12)),
        ("Militias clashed in Ituri province of Congo.", "Ituri", "CD", (1.56, 30.25)),
        ("Soldiers were sent to Tshopo province in Congo.", "Tshopo", "CD", (0.52, 25.19)),
    ],
)
def test_a_unit_is_found_by_its_english_name(parser, text, name, country, near) -> None:
    c = _found(parser, text, name)
    assert (c.kind, c.country) == ("region", country)
    assert _km(c.lat, c.lon, *near) < 400, (c.name, c.lat, c.lon)


def test_a_split_unit_does_not_take_a_successors_name() -> None:
    """Congo's Orientale ("Eastern Province" in the 2016 table), split in 2015, keeps its own
    name: "Tshopo" is a unit of its own, placed among its own towns."""
    gaz = load_gazetteer()
    tshopo = [e for e in gaz.lookup("tshopo") if e.kind == "region"]
    assert tshopo and all(e.country == "CD" for e in tshopo)
    assert not any(norm(e.name) == "eastern province" for e in tshopo)


@pytest.mark.parametrize(
    ("name", "wrong_code"),
    # CLDR's IR-04 is "Isfahan", IR-07 "Tehran", IR-16 "Kurdistan"; GeoNames' IR.01, IR.07 and
    # IR.10 (joined to those ISO codes) are West Azerbaijan, Fars and Ilam
    [("Isfahan", "01"), ("Tehran", "07"), ("Kurdistan", "10")],
)
def test_an_iranian_cldr_name_names_no_other_province(name, wrong_code) -> None:
    gaz = load_gazetteer()
    wrong = [
        e
        for e in gaz.lookup(norm(name))
        if e.kind == "region" and e.country == "IR" and e.admin1 == wrong_code
    ]
    assert not wrong, wrong


@pytest.mark.parametrize(
    ("english", "city", "country", "code"),
    [
        ("Nairobi County", "Nairobi", "KE", "05"),
        ("Zagreb County", "Zagreb", "HR", "20"),
        ("Tashkent Province", "Tashkent", "UZ", "14"),
        ("Moscow Province", "Moscow", "RU", "47"),
    ],
)
def test_a_unit_named_after_its_city_does_not_take_the_city_name(
    english, city, country, code
) -> None:
    """CLDR's "Nairobi County" is found as such, not without its generic word: "Nairobi" is
    the city."""
    gaz = load_gazetteer()
    assert any(e.kind == "region" and e.country == country for e in gaz.lookup(norm(english)))
    assert not any(
        e.kind == "region" and e.country == country and e.admin1 == code
        for e in gaz.lookup(norm(city))
    )


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a state of the past, a lake, a party named for them: no Congolese province
        ("In 1961 Tanganyika became independent under Julius Nyerere.", "CD"),
        ("Fishermen on Lake Tanganyika reported a storm near Kigoma.", "CD"),
        ("The Tanganyika African National Union won the election.", "CD"),
        # a kind of state many bore: no South African province
        ("In 1922 the Irish Free State was founded after the treaty with Britain.", "ZA"),
        ("King Leopold ruled the Congo Free State as his own property.", "ZA"),
        # one Arabic word ("the western"), a people, a saint, a description
        ("Officials in Al Gharbia, Abu Dhabi, opened a new road.", "EG"),
        ("Buryat herders in Mongolia keep horses.", "RU"),
        ("Nurses at Saint Elizabeth Hospital in Washington went on strike.", "JM"),
        ("Crooked Island in Hong Kong has a few villages.", "BS"),
        # an older spelling of a divided province, a land of the past, an island, a river, a
        # French word
        ("Rescuers in Kangwon Province, South Korea, searched for the infiltrators.", "KP"),
        ("Hungary annexed Subcarpathia from Czechoslovakia in 1939.", "PL"),
        ("The Ouvea hostage crisis in New Caledonia ended in 1988; Uvea islanders mourned.", "WF"),
        ("Floods hit the Songwe district of Malawi near Karonga.", "TZ"),
        ("Pilgrims climbed the Montagnes Noires in southern France.", "CI"),
    ],
)
def test_an_english_name_of_another_sense_names_no_unit_abroad(parser, text, country) -> None:
    """A unit's English name that news also writes for something else in another country
    (``admin1_other_senses.tsv``; one Arabic word; a saint's name) is no name matched in
    text: the story of Nyerere's Tanganyika is placed in no Congolese province."""
    wrong = [
        (t.name, t.candidate.name)
        for t in parser.parse(text)
        if t.candidate is not None and t.candidate.country == country
    ]
    assert not wrong, wrong


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Militias attacked villages in Tanganyika Province, Congo.", "Tanganyika Province", "CD"),
        ("Farmers in Gharbia Governorate protested.", "Gharbia Governorate", "EG"),
        ("Hurricane damage in Saint Elizabeth Parish was severe.", "Saint Elizabeth Parish", "JM"),
    ],
)
def test_such_a_name_with_its_countrys_generic_word_is_the_unit(
    parser, text, name, country
) -> None:
    """With the word its country's units take ("Province" in Congo, "Governorate" in Egypt,
    "Parish" in Jamaica) the name is the unit's and nothing else's."""
    c = _found(parser, text, name)
    assert (c.kind, c.country) == ("region", country)
