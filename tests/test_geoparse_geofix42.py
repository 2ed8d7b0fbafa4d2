"""Branch geofix42's place rules, each with sentences of other senses of its trigger: a capital
by its own name, a site placed by a bearing from a town, a US state's office or thing, a town
inside a county the text names, a street's capitalised road word, a person's full name spoken of
as a person, and a province's whole name before "province". On the real gazetteer, the real
spaCy model and a story of benchmarks/data/stances_fresh12."""

from __future__ import annotations

from pathlib import Path

from tests.test_geoparse_world import countries as readings

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


def test_a_capital_by_its_own_name_where_its_country_is_named(geoparsing):
    gp = geoparsing[0]
    story = DATA / "stances_fresh12" / "docs" / "c11-humenglish-china-backs-pakistan-2025.txt"
    tops = gp.parse(story.read_text(encoding="utf-8"))
    assert readings(tops, "Islamabad") == ["PK"]  # was Anantnag, India (its other name)
    tops = gp.parse("Afghanistan recalled its envoy after Kabul accused Islamabad of air strikes.")
    assert readings(tops, "Islamabad") == ["PK"]
    # other senses: no Pakistan named, Kashmir's town stays as it was
    tops = gp.parse(
        "Shops in Anantnag, which older residents of Kashmir still call Islamabad, shut."
    )
    assert readings(tops, "Islamabad") == ["IN"]


def test_a_site_placed_by_a_bearing_lies_near_the_town(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse("Iran says the Bagram air base north of Kabul is being used by US forces.")
    assert readings(tops, "Bagram") == [None]  # was Bahram, a village of Iran
    assert readings(tops, "Kabul") == ["AF"]
    # other senses: a bearing across a border, a distance, a state acting far off
    tops = gp.parse("Migrants waited in Tijuana, just south of San Diego, for their hearings.")
    assert readings(tops, "Tijuana") == ["MX"]
    assert readings(gp.parse("Militants seized Tikrit, 150 km north of Baghdad."), "Tikrit") == [
        "IQ"
    ]
    assert readings(gp.parse("Moscow launched drones north of Kyiv overnight."), "Moscow") == ["RU"]
    tops = gp.parse("The Kandahar air base, south of Kabul, was attacked by rockets.")
    assert readings(tops, "Kandahar") == ["AF"]


def test_an_office_or_a_thing_of_a_us_state_is_the_state(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse("Georgia's lieutenant governor flew to Rome to meet Italian ministers.")
    assert readings(tops, "Georgia") == ["US"]
    tops = gp.parse("A Georgia choir sang in the Italian capital, Rome.")
    assert readings(tops, "Georgia") == ["US"]
    # other senses: the country's president, its national side, the country in a list
    tops = gp.parse("Georgia's president said in Tbilisi that Russia had moved the border.")
    assert readings(tops, "Georgia") == ["GE"]
    tops = gp.parse("A Georgia side beat Italy in the rugby match in Rome.")
    assert readings(tops, "Georgia") == ["GE"]
    tops = gp.parse("Georgia and Armenia signed a trade deal in Tbilisi.")
    assert readings(tops, "Georgia") == ["GE"]


def test_a_town_inside_a_county_the_text_names(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse(
        "Paris police met the mayor of Lamar County about the French president's remarks."
    )
    assert readings(tops, "Paris") == ["US"]
    # other senses: a county that holds no Paris, a state's name beside its county
    tops = gp.parse("Cook County officials flew to Paris, France, for the climate talks.")
    assert readings(tops, "Paris") == ["FR"]
    tops = gp.parse("Latah County commissioners met in Moscow on Tuesday.")
    assert readings(tops, "Moscow") == ["US"]
    tops = gp.parse(
        "Paris and Henry County officials met with French trade officials from Lyon and Marseille."
    )
    assert readings(tops, "Paris") == ["FR"]  # the text names French cities


def test_a_capitalised_road_word_makes_a_street(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse("The London city council in Ontario voted to widen Wellington Road.")
    assert readings(tops, "Wellington") == []  # was Wellington, New Zealand
    # other senses: the city, and a road to a region in lower case
    tops = gp.parse("Wellington and Auckland were hit by the storm.")
    assert readings(tops, "Wellington") == ["NZ"]
    assert readings(gp.parse("Troops cleared mines on the Helmand road."), "Helmand") == ["AF"]


def test_a_full_name_spoken_of_as_a_person_is_the_person(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse("Sydney Sweeney said she would film the sequel in London.")
    assert readings(tops, "Sydney") == []
    # other senses: bodies that speak as "it"
    tops = gp.parse("Georgia Power said it would restore service in Atlanta by Friday.")
    assert readings(tops, "Georgia") == ["US"]
    tops = gp.parse("Denver Health said it would close the clinic in Colorado.")
    assert readings(tops, "Denver") == ["US"]


def test_a_provinces_whole_name_before_province(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse(
        "MILF fighters killed four soldiers in an ambush in Zamboanga Sibugay province."
    )
    assert readings(tops, "Zamboanga") == []
    assert readings(tops, "Zamboanga Sibugay") == ["PH"]
    # other senses: the city, and a province the gazetteer holds by its one word
    assert readings(gp.parse("Fighting spread across Kandahar province."), "Kandahar") == ["AF"]
    tops = gp.parse("Coal trains left Tete province for the port of Beira.")
    assert readings(tops, "Tete") == ["MZ"]
