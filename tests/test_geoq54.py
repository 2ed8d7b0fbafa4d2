"""Branch geoq54's place rules, with sentences of other senses of their triggers, on the real
gazetteer, the real spaCy model and stories of benchmarks/data/places_fresh32."""

from __future__ import annotations

from tests.test_geoparse_geoq41 import _story as _fresh_story
from tests.test_geoparse_world import countries as readings


def _story(name: str) -> str:
    """A story of places_fresh32, by its file's name."""
    return _fresh_story(name, "places_fresh32")


def test_america_of_a_spanish_or_portuguese_name_is_not_the_united_states(geoparsing):
    gp = geoparsing[0]
    # a broadcaster's tag page: a football cup's "America" was read as the United States
    found = gp.parse(_story("py-alghadeer-paraguay"))
    assert readings(found, "America") == []
    assert set(readings(found, "Argentina")) == {"AR"}
    found = gp.parse("Colombia beat Peru 2-0 in the Copa America semi-final in Houston.")
    assert readings(found, "America") == []
    assert readings(found, "Houston") == ["US"]
    found = gp.parse("The Casa de America in Madrid held a debate on Venezuela's elections.")
    assert readings(found, "America") == []
    found = gp.parse("Fans of Club America marched through Mexico City after the derby.")
    assert readings(found, "America") == []
    # other senses: English names and English "America" keep the United States
    assert readings(gp.parse("Radio America broadcast the speech from Washington."), "America") == [
        "US"
    ]
    found = gp.parse("The summit was the first visit of a president of Mexico to America.")
    assert readings(found, "America") == ["US"]
    found = gp.parse("Miss America was crowned in Atlantic City on Sunday night.")
    assert readings(found, "America") == ["US"]


def test_a_town_after_a_full_name_and_of_in_spacy_s_person_is_read_in_local_news(geoparsing):
    gp = geoparsing[0]
    # a listing of northern news: the territorial capital, which spaCy folds into a graduate's
    # name, among the territory's towns
    found = gp.parse(_story("ca-inewsreport-north"))
    assert readings(found, "Yellowknife") == ["CA"]
    found = gp.parse("Peter Okafor of Enugu said the road to Nsukka had been closed since Friday.")
    assert readings(found, "Enugu") == ["NG"]
    assert readings(found, "Nsukka") == ["NG"]
    # other senses: no town of the name's region beside it (an employer's or a title's "of"),
    # or one word before "of", leaves it as it was
    found = gp.parse("Stephen Walt of Harvard said Washington should act on Ukraine.")
    assert readings(found, "Harvard") == ["US"]
    assert (
        readings(gp.parse("Catherine of Aragon was the first wife of Henry VIII."), "Aragon") == []
    )
    found = gp.parse("The poems of Anna Akhmatova of Odessa were banned in Moscow for decades.")
    assert readings(found, "Odessa") == ["UA"]
