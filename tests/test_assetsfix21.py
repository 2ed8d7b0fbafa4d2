"""assetsfix21: assets stop 45 left read wrong, fixed as kinds (`benchmarks/data/assetsfix21/`
holds the stories of other senses written before the rules ran). The sentences here are other
than those stories; the real spaCy pipeline, geoparser and gazetteer read them.
"""

from __future__ import annotations


def _assets(parse, text: str) -> dict[str, tuple[str, dict | None]]:
    return {a.name: (a.type, a.geometry) for a in parse(text).assets}


def _analysed(text: str) -> list:
    from explorer.model import Document
    from explorer.pipeline import analyser

    (out,) = analyser().analyse([Document("t.txt", "", "", text, "x")])
    return out.assets


def test_a_nuclear_firm_s_or_a_reactor_s_town_plant_is_no_factory(parse):
    for text in (
        "Rosatom said 300 workers at its Novovoronezh plant were sent home for the holiday.",
        "Energoatom moved 120 employees from its Rivne plant to Kyiv, the union said.",
        "The operator said 200 staff at its Tihange plant went on strike. Both reactors there "
        "were shut for checks.",
    ):
        got = _assets(parse, text)
        assert not any(t == "factory" for t, _ in got.values()), (text, got)
    got = _assets(parse, "Renault cut 400 jobs at its Douai plant as car production fell.")
    assert got.get("Douai plant", ("",))[0] == "factory", got


def test_a_town_plant_of_far_namesakes_is_listed_not_drawn(parse):
    got = _assets(parse, "Boeing cut 300 jobs at its Springfield plant, the union said.")
    assert got.get("Springfield plant") == ("factory", None), got
    # a story that tells which one draws it there (Springfield, Missouri)
    got = _assets(
        parse,
        "Boeing, whose fighters are built in St. Louis, Missouri, reported a loss on Monday. "
        "It cut 300 jobs at its Springfield plant, the union said.",
    )
    assert got.get("Springfield plant", ("", None))[1] is not None, got
    # a town of no far namesake of like size is drawn there
    got = _assets(parse, "Nissan cut 800 jobs at its Sunderland plant as production fell.")
    assert got.get("Sunderland plant", ("", None))[1] is not None, got


def test_an_office_or_a_body_named_data_centre_is_no_data_centre(parse):
    for text in (
        "HSBC moved 150 analysts into its Sheffield data centre team, which answers customers.",
        "The International Data Centre in Vienna said the tremor matched a nuclear test.",
        "The World Data Center for Meteorology in Asheville keeps records of every storm.",
    ):
        got = _assets(parse, text)
        assert not any(t == "data_centre" for t, _ in got.values()), (text, got)
    got = _assets(parse, "Meta opened its Odense data centre in Denmark, heated by wind power.")
    assert got.get("Odense data centre", ("",))[0] == "data_centre", got


def test_a_ground_s_tunnel_and_fighters_tunnels_are_no_works(parse):
    for text in (
        "Two players scuffled in the Ibrox tunnel at half-time, the referee reported.",
        "Guerrillas hid in the Vinh Moc tunnels during the bombing, veterans said.",
    ):
        got = _assets(parse, text)
        assert not any(t == "tunnel" for t, _ in got.values()), (text, got)
    got = _assets(parse, "Rebel fighters blew up the Salang tunnel north of Kabul in 1997.")
    assert got.get("Salang tunnel", ("",))[0] == "tunnel", got


def test_a_site_drawn_at_a_place_it_is_not_keeps_that_place_s_country():
    got = {
        a.name: a.country
        for a in _analysed(
            "The $5 billion Mphanda Nkuwa project was approved by the cabinet on Monday. It will "
            "span the Zambezi river at Tete, with a large dam and a 1,500 MW hydroelectric plant."
        )
    }
    assert got.get("Mphanda Nkuwa project") == "MZ", got
    got = {a.name: a.country for a in _analysed("Tolls at the Panama Canal rose again in May.")}
    assert got.get("Panama Canal") == "PA", got
