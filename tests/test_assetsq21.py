"""Assets of assetsq21: a site named only by the state that owns it ("the US embassy"), acted on
beside a word of force with no town of its own, stands in the town of its story's dateline
("Kabul, 12 March 2019. Gunmen stormed the German embassy ..."), unless that town is in the
owner's own country, the embassy only speaks, or its sentence names another country. The
stories are written here about other embassies and towns than the batch tells; the real spaCy
pipeline, geoparser and gazetteer read them.
"""

from __future__ import annotations

from tests.assets_reading import near as _near


def _assets(parse, text: str) -> dict[str, tuple[str, list | None]]:
    return {a.name: (a.type, (a.geometry or {}).get("coordinates")) for a in parse(text).assets}


def test_an_owned_site_stands_in_its_dateline_s_town(parse):
    text = (
        "Gunmen attack an embassy\n\n"
        "Kabul, 12 March 2019. Gunmen stormed the German embassy after a car bomb went off at "
        "its gate, the police said."
    )
    got = _assets(parse, text)
    assert got["German embassy in Kabul"][0] == "embassy", got
    assert _near(got["German embassy in Kabul"][1], 69.17, 34.53), got
    # an agency's dateline, its country after the town
    text = "TRIPOLI, Libya (AP) - A mob attacked the Egyptian embassy on Sunday night."
    got = _assets(parse, text)
    assert _near(got["Egyptian embassy in TRIPOLI"][1], 13.19, 32.89), got


def test_no_dateline_s_town_where_the_story_says_otherwise(parse):
    for text in (
        # the owner's own country
        "Paris, 12 March 2019. Officials said rioters stormed the French embassy.",
        # the embassy speaks
        "Kabul, 12 March 2019. The German embassy said gunmen attacked a hotel.",
        # its sentence names another country than the dateline's
        "Kabul, 12 March 2019. Rioters in Pakistan stormed the German embassy.",
        # "in" and a place of its own
        "Kabul, 12 March 2019. A bomb went off near the German embassy in a nearby country.",
        # a title's town before a word, no dateline
        "Kabul attack: rioters stormed the German embassy.",
    ):
        got = _assets(parse, text)
        assert not any("embassy" in name for name in got), (text, got)
    # the same storming, filed from the embassy's own town, reads
    got = _assets(parse, "Kabul, 12 March 2019. Rioters stormed the German embassy.")
    assert "German embassy in Kabul" in got, got


def test_a_country_s_one_fuel_pipeline_is_listed(parse):
    got = _assets(parse, "Saboteurs blew up Algeria's main gas pipeline to Italy on Monday.")
    assert got.get("Algeria's main gas pipeline") == ("pipeline", None), got
    got = _assets(parse, "Rebels attacked Sudan's only oil pipeline near the border.")
    assert got.get("Sudan's only oil pipeline") == ("pipeline", None), got
    for text in (
        "Japan's main drug pipeline is thin, analysts said.",  # no fuel
        "Algeria's main gas pipelines were shut for repairs.",  # several
        "Algeria's main gas pipeline operator said supplies would resume.",  # its operator
        "The Algerian main gas pipeline was repaired.",  # a people's word
    ):
        got = _assets(parse, text)
        assert not any("pipeline" in name for name in got), (text, got)


def test_a_works_to_make_things_is_a_factory_at_its_town(parse):
    text = (
        "Smoke rose over the Polish city of Rzeszow, where the building of a plant to produce "
        "shells had been announced."
    )
    got = _assets(parse, text)
    name = next((n for n in got if n.startswith("plant to produce shells")), None)
    assert name is not None and got[name][0] == "factory", got
    assert _near(got[name][1], 22.00, 50.04), got
    got = _assets(parse, "A plant to make batteries was opened in Pune.")
    assert got.get("plant to make batteries in Pune", ("", None))[0] == "factory", got
    for text in (
        "In the village of Kew, where gardeners grow a plant to attract bees, visitors came.",
        "The company's plant to produce steel was sold to a rival.",
        "A plant to make drones in Iran was hit by a strike.",
        "The town of Hull, where the idea of a plant to make hydrogen was born, cheered.",
    ):
        got = _assets(parse, text)
        assert not got, (text, got)
