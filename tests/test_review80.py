"""review80: narrowings of the asset rules merged at stop 45 (assetsq19), each read against
stories of other senses (`benchmarks/data/review80/sentences.txt`). The sentences here are
other than those stories; the real spaCy pipeline, geoparser and gazetteer read them.
"""

from __future__ import annotations


def _assets(parse, text: str) -> dict[str, tuple[str, dict | None]]:
    return {a.name: (a.type, a.geometry) for a in parse(text).assets}


def test_a_store_of_other_goods_or_of_another_gas_is_no_gas_store(parse):
    for text in (
        "Riot police used tear gas on farmers outside the Bure storage site for radioactive waste.",
        "Norway pumps carbon dioxide, a greenhouse gas, into the Snohvit storage site each year.",
        "Inspectors found chlorine gas drums at the Tartus storage facility, where wheat is kept.",
    ):
        got = _assets(parse, text)
        assert not any(t == "gas_storage" for t, _ in got.values()), (text, got)
    # a store of natural gas still reads
    got = _assets(parse, "Uniper injected gas into the Breitbrunn storage facility in Bavaria.")
    assert got.get("Breitbrunn storage facility", ("",))[0] == "gas_storage", got


def test_a_town_plant_of_water_or_waste_is_no_factory(parse):
    for text in (
        "Veolia cut 60 jobs at its Marseille plant, which makes drinking water for the city.",
        "Tepco said workers at its Kashiwazaki plant had pumped contaminated water into tanks.",
        "Acciona laid off 80 workers at its Alicante plant, a desalination works on the coast.",
        "The council said staff at its Leicester plant had cleaned tonnes of sewage.",
    ):
        got = _assets(parse, text)
        assert not any(t == "factory" for t, _ in got.values()), (text, got)
    got = _assets(parse, "Ford cut 500 jobs at its Cologne plant as production of cars fell.")
    assert got.get("Cologne plant", ("",))[0] == "factory", got


def test_a_mountain_s_first_word_is_no_town_of_a_site_s_name(parse):
    got = _assets(parse, "Traffic through the Mont Cenis Tunnel was halted after a rockfall.")
    assert all(g is None for _, g in got.values()), got
    got = _assets(parse, "Drivers paid a new toll at the Mont Blanc Tunnel on Monday.")
    assert all(g is None for _, g in got.values()), got
