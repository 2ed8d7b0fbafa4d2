"""Places read on the wrong continent, sixth pass: a curated feature's name against an alternate
name of a small town, a river's delta after a country's name, a town the text places in a
country the gazetteer has no town of that name in, and the spelling of papers outside the United
States. On the real gazetteer and the real spaCy model."""

from __future__ import annotations

import pytest

from explorer.geoparse.resolve import _paper_country
from tests.test_geoparse import find
from tests.test_geoparse_world import countries as readings


@pytest.fixture(scope="module")
def gp(geoparsing):
    return geoparsing[0]


def test_a_curated_features_name_is_not_a_small_towns_alternate_name(gp):
    # Coronado, California is also "South Island" in GeoNames; the American names of a local
    # story had outweighed New Zealand's
    text = (
        "Doctor returns to Newark after practicing in New Zealand. NEWARK -- Jackie Underwood, "
        "who worked in New Hampshire and Minnesota, is back at the Licking County hospital. She "
        "hopes to return to New Zealand as a tourist and tour the southernmost point of South "
        "Island, she said."
    )
    assert readings(gp.parse(text), "South Island") == ["NZ"]


def test_a_delta_after_a_countrys_name_is_the_rivers(gp):
    for text in [
        "Militants in the Niger Delta blew up a pipeline on Tuesday, the army said.",
        "Gunmen kidnapped two workers in the Niger delta, police in Rivers state said.",
    ]:
        c = find(gp.parse(text), "Niger Delta" if "Delta" in text else "Niger").candidate
        assert c is not None and (c.gazetteer_id, c.country) == ("curated:niger_delta", "NG")
    # a basin is the country's as before
    tops = gp.parse("Logging in the Congo Basin displaced thousands, aid groups said.")
    assert readings(tops, "Congo") == ["CD"]
    # the country's name without the word is the country
    tops = gp.parse("Farmers in Niger's Tillaberi region fled after militants attacked.")
    assert readings(tops, "Niger") == ["NE"]


def test_a_town_placed_in_a_country_with_no_town_of_its_name_there(gp):
    # the gazetteer has no Palma in Mozambique: Palma de Mallorca is not it
    for text in [
        "Insurgents attacked the town of Palma in northern Mozambique, killing dozens.",
        "Total suspended its gas project near Palma, Mozambique, after the attack.",
    ]:
        assert readings(gp.parse(text), "Palma") == [None], text
    # the name keeps its sense through the text, before the words that place it too
    text = "Thousands fled Palma after the attack. Total's gas project near Palma, Mozambique."
    assert readings(gp.parse(text), "Palma") == [None, None]
    assert readings(gp.parse("Russian tourists in Palma enjoyed the sunshine."), "Palma") == ["ES"]
    # a town of a neighbour is where someone came from
    text = "Refugees from Bukavu in Rwanda said the M23 rebels had taken the city."
    assert readings(gp.parse(text), "Bukavu") == ["CD"]
    # a list places nothing; a state of the country's name places its town
    text = "We had a lot of volunteers from Crockett, Palestine and Houston, Texas, Wright said."
    assert readings(gp.parse(text), "Crockett") == ["US"]
    text = "The company has offices in Orlando, Florida, and Atlanta, Georgia."
    assert readings(gp.parse(text), "Atlanta") == ["US"]
    text = "The storm flooded roads in Macon in central Georgia on Monday."
    assert readings(gp.parse(text), "Macon") == ["US"]


def test_a_papers_spelling_says_it_is_not_american(gp):
    text = (
        "Girl, 16, attacked in Lancaster park. DETECTIVES in Lancaster have released an e-fit "
        "of a man after the attack in Ryelands Park at 4.15am on Saturday."
    )
    assert readings(gp.parse(text), "Lancaster") == ["GB", "GB"]
    assert "US" not in _paper_country("The neighbourhood policing team said.")
    assert "CA" in _paper_country("City councillors met at the community centre.")
    assert _paper_country("The attack happened at 4am.") == ("AU", "GB", "IE", "NZ")
    # American spellings and times say nothing
    assert _paper_country("Councilor Smith said the center opens at 4 a.m.") == ()
    # a wire service's spelling in a story about other countries says nothing of its towns;
    # a paper's own institutions still do
    assert _paper_country("Troops entered the neighbouring town.", {"MZ"}) == ()
    assert _paper_country("Cllr Reid's neighbouring ward.", {"MZ"}) == ("GB", "IE")
    assert _paper_country("The neighbouring town at 4am.", {"GB"}) == ("AU", "GB", "IE", "NZ")
