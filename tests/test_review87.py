"""review87: a reviewer's narrowing of assetsq21's asset rules (an owned site at its story's
dateline town, a country's one pipeline, a works to make things), read against stories of other
senses (`benchmarks/data/review87/`). The sentences here are other than those stories; the real
spaCy pipeline, geoparser and gazetteer read them.
"""

from __future__ import annotations

from tests.assets_reading import near as _near


def _assets(parse, text: str) -> dict[str, tuple[str, list | None]]:
    return {a.name: (a.type, (a.geometry or {}).get("coordinates")) for a in parse(text).assets}


def test_an_embassy_stands_at_a_capital_s_dateline_a_consulate_at_another_town_s(parse):
    for text in (
        # an embassy in a dateline's town that is no capital: it stands in the capital
        "Lahore, 3 May 2019. Rioters stormed the British embassy, police said.",
        "Casablanca, 3 May 2019. Gunmen attacked the Spanish embassy before dawn.",
        # the capital's embassies stand in another town
        "Amsterdam, 3 May 2019. Rioters stormed the Moroccan embassy.",
    ):
        got = _assets(parse, text)
        assert not any(t == "embassy" for t, _ in got.values()), (text, got)
    got = _assets(parse, "Lima, 3 May 2019. Rioters stormed the Chilean embassy.")
    assert _near(got["Chilean embassy in Lima"][1], -77.03, -12.04), got
    got = _assets(parse, "Lyon, 3 May 2019. Rioters stormed the Algerian consulate.")
    assert _near(got["Algerian consulate in Lyon"][1], 4.85, 45.75), got


def test_no_dateline_town_for_a_story_told_of_another_land(parse):
    text = (
        "Nairobi, 3 May 2019. Fighting spread across South Sudan overnight. Rebels later attacked "
        "the Egyptian embassy."
    )
    got = _assets(parse, text)
    assert not any(t == "embassy" for t, _ in got.values()), got
    text = (
        "Kabul, 3 May 2019. Rockets fell on the city overnight. Militants later attacked the "
        "Indian embassy."
    )
    got = _assets(parse, text)
    assert _near(got["Indian embassy in Kabul"][1], 69.17, 34.53), got


def test_a_line_or_a_works_never_made_is_no_asset(parse):
    for text in (
        "Turkey's main gas pipeline from Qatar was never built, officials said.",
        "A factory to make tanks will not be built in Kharkiv, officials said.",
        "The carmaker cancelled a factory to make engines in Wrexham last year.",
    ):
        got = _assets(parse, text)
        assert not any(t in ("pipeline", "factory") for t, _ in got.values()), (text, got)
    got = _assets(parse, "Saboteurs bombed Turkey's main gas pipeline on Monday.")
    assert got.get("Turkey's main gas pipeline") == ("pipeline", None), got
    got = _assets(parse, "A factory to make tanks was built in Kharkiv in 1927.")
    assert any(t == "factory" and _near(p, 36.25, 50.0) for t, p in got.values()), got


def test_a_herb_a_figure_power_or_a_fair_s_town_is_no_works_to_make_things(parse):
    for text in (
        # a herb
        "Villagers dry the plant to make rope in Jinja, the guide said.",
        # a figure
        "The school was a factory to produce engineers in Pune for decades.",
        "They ran a troll factory to make fake reviews in Lagos, the report said.",
        # power, a power plant's
        "A plant to produce electricity opened in Kisumu last year.",
        # the town of a fair where a works elsewhere was shown
        "At the show in Paris, where a firm presented a factory to make drones in Texas, "
        "crowds gathered.",
    ):
        got = _assets(parse, text)
        assert not any(t == "factory" for t, _ in got.values()), (text, got)
    got = _assets(parse, "Iran built a plant to make drones in Isfahan, satellite images show.")
    assert any(t == "factory" and _near(p, 51.67, 32.65) for t, p in got.values()), got
