"""Branch geoq40's place rules, each with sentences of other senses of its trigger: a dateline's
town in the country written after it, its later mentions, a spelling's reading among a list of
names the gazetteer lacks, and three names news writes for a territory, a governorate and a
federal district, and Bolivia's Beni. On the real gazetteer, the real spaCy model and stories
of benchmarks/data/places_fresh18 (and one of places_fresh17)."""

from __future__ import annotations

from pathlib import Path

from tests.test_geoparse_world import countries as readings

BATCHES = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


def _story(name: str, batch: str = "places_fresh18") -> str:
    """A story of a fresh batch, by its file's name."""
    return (BATCHES / batch / "docs" / f"{name}.txt").read_text(encoding="utf-8")


def test_a_datelines_town_lies_in_the_country_written_after_it(geoparsing):
    gp = geoparsing[0]
    # a village of 1,000 people, which the recogniser calls a date
    tops = gp.parse(_story("at-infoanda-wolfsthal"))
    assert readings(tops, "WOLFSTHAL") == ["AT"]
    tops = gp.parse("GMUND, AUSTRIA: The village is quiet after the floods.")
    assert readings(tops, "GMUND") == ["AT"]
    # other senses: towns of many namesakes, in the country the dateline writes
    tops = gp.parse("VICTORIA, Seychelles (Reuters) - The island's president spoke on Monday.")
    assert readings(tops, "VICTORIA") == ["SC"]
    tops = gp.parse("GEORGETOWN, Guyana (Reuters) - Oil output rose again.")
    assert readings(tops, "GEORGETOWN") == ["GY"]
    tops = gp.parse("TRIPOLI, Lebanon (Reuters) - Gunmen clashed in the northern city.")
    assert readings(tops, "TRIPOLI") == ["LB"]
    # a state's name, which a country bears too, and states: the rule is not theirs
    tops = gp.parse("ATHENS, Georgia (AP) - The university town voted on Tuesday.")
    assert readings(tops, "ATHENS") == ["US"]
    tops = gp.parse("PARIS, Texas (AP) - The town council met on Monday.")
    assert readings(tops, "PARIS") == ["US"]
    tops = gp.parse("LONDON, Ontario (CP) - A man was charged.")
    assert readings(tops, "LONDON") == ["CA"]
    # a country's own hyphen is no dateline's dash
    tops = gp.parse("BISSAU, Guinea-Bissau (AP) - An army official says a coup has failed.")
    assert readings(tops, "BISSAU") == ["GW"]
    # a town the gazetteer lacks in that country is no namesake elsewhere
    tops = gp.parse("ZAKOULA, Chad (Reuters) - Villagers fled the fighting.")
    assert readings(tops, "ZAKOULA") == []


def test_a_datelines_town_is_the_same_place_at_its_later_mentions(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse(_story("at-infoanda-wolfsthal"))
    assert readings(tops, "Wolfsthal") == ["AT"]
    text = "GMUND, Austria (Reuters) - Gmund, a short drive from Linz, is quiet. Gmund has 5,000."
    assert readings(gp.parse(text), "Gmund") == ["AT", "AT"]
    # other senses: a person the recogniser names so stays a person
    tops = gp.parse("MARION, Ohio (AP) - Marion said the town was quiet.")
    assert readings(tops, "MARION") == ["US"]


def test_a_spelling_among_a_lists_unknown_names_is_no_town_abroad(geoparsing):
    gp = geoparsing[0]
    # Rwanda's sectors, the gazetteer lacks them: "Bungwe" is no Bungu of Tanzania
    tops = gp.parse(_story("rw-bahoneza-burera"))
    assert readings(tops, "Bungwe") == [None]
    assert readings(tops, "Tanzania") == ["TZ", "TZ"]
    text = "Schools opened in the villages of Ruhororo, Bungwe and Gitukura near Tanzania."
    assert readings(gp.parse(text), "Bungwe") == [None]
    # other senses: a spelling beside names the gazetteer knows keeps its reading
    tops = gp.parse("Fighting raged in Hodeidah, Sanaa and Taiz, Yemen's officials said.")
    assert readings(tops, "Hodeidah") == ["YE"]


def test_names_news_writes_for_a_territory_a_governorate_and_a_federal_district(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse(_story("fo-malaymail-faroe"))
    assert readings(tops, "Faroes") == ["FO", "FO"]
    tops = gp.parse(_story("us-ntxe-front-page"))
    assert readings(tops, "District of Columbia") == ["US"]
    tops = gp.parse(_story("lb-aawsat-turkiye-lebanon"))
    assert readings(tops, "South Lebanon") == ["LB"]
    tops = gp.parse("Lawmakers want statehood for the District of Columbia.")
    assert readings(tops, "District of Columbia") == ["US"]
    # other senses: the Ohio village of the name, where the text names Ohio
    tops = gp.parse("He grew up in South Lebanon, Ohio, near Cincinnati.")
    assert readings(tops, "South Lebanon") == ["US"]
    tops = gp.parse("Israeli jets struck villages in South Lebanon on Monday.")
    assert readings(tops, "South Lebanon") == ["LB"]


def test_bolivias_department_of_beni_and_congos_city_of_beni(geoparsing):
    gp = geoparsing[0]
    # places_fresh17's miss: GeoNames names the department "El Beni", news "Beni"
    tops = gp.parse(_story("br-agenciabrasil-rondonia", "places_fresh17"))
    assert readings(tops, "Beni") == ["BO"]
    tops = gp.parse("Floods hit Beni department in Bolivia.")
    assert readings(tops, "Beni") == ["BO"]
    # other senses: the Congolese city, where the text names Congo or its province
    tops = gp.parse("ADF rebels killed 20 people in Beni, North Kivu, on Monday.")
    assert readings(tops, "Beni") == ["CD"]
    tops = gp.parse("Ebola cases rose in Beni and Butembo.")
    assert readings(tops, "Beni") == ["CD"]
    tops = gp.parse("BENI, Congo (AP) - Rebels attacked the town.")
    assert readings(tops, "BENI") == ["CD"]
