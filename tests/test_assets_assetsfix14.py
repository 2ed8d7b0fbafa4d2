"""Assets of assetsfix14: a kind "in" a town whose namesake the text leaves as likely, a
numbered name after "the" and an ordinal, one launch ground told as a spaceport and as a test
range, a route named by three towns and more, a model's plural after a verb of the arms trade.
The sentences are written here about other states, sites and weapons than the batches tell;
the real spaCy pipeline, geoparser and gazetteer read them.
"""

from __future__ import annotations


def _assets(parse, text: str) -> dict[str, tuple[str, list[str], list | None]]:
    return {
        a.name: (a.type, a.operators, (a.geometry or {}).get("coordinates"))
        for a in parse(text).assets
    }


def test_a_town_whose_namesake_is_as_likely_gives_its_kind_no_site(parse):
    # which Springfield, which Portsmouth: the sentence does not say, so no site is drawn
    for text in (
        "A coal power plant in Springfield shut down after the storm.",
        "The Navy keeps a naval base in Portsmouth.",
        "Shell holds the state's largest refinery in Richmond.",
    ):
        assert _assets(parse, text) == {}, text
    # the text's words choose one: that one
    got = _assets(parse, "A coal power plant in Springfield, Illinois, shut down.")
    ((typ, _, (lon, lat)),) = got.values()
    assert typ == "power_plant" and -90.0 < lon < -89.0 and 39.0 < lat < 40.5, got
    got = _assets(parse, "Officials in Sacramento said a refinery in Richmond caught fire.")
    ((typ, _, (lon, _lat)),) = got.values()
    assert typ == "refinery" and lon < -120.0, got
    # a town no other of its name rivals is read as before
    for text, lon in (
        ("A military base in Maiduguri was attacked on Monday.", 13.2),
        ("He trained at the naval academy in Annapolis.", -76.5),
    ):
        ((_, _, point),) = _assets(parse, text).values()
        assert point is not None and abs(point[0] - lon) < 0.5, (text, point)


def test_a_numbered_name_after_the_and_an_ordinal_is_whole(parse):
    text = "Troops fired a rocket from the 1st State Test Cosmodrome Plesetsk on Monday."
    assert "1st State Test Cosmodrome Plesetsk" in _assets(parse, text)
    # an ordinal that numbers a unit of an army names no site
    assert _assets(parse, "The 82nd Airborne Division flew from Pope Army Airfield.") == {}


def test_one_launch_ground_told_as_a_spaceport_and_a_test_range_is_one_site(parse):
    text = (
        "Missiles were fired from the Sary Shagan test range in Kazakhstan. "
        "The Sary Shagan launch site lies by Lake Balkhash."
    )
    got = _assets(parse, text)
    sites = [n for n, v in got.items() if v[0] in ("spaceport", "test_site")]
    assert len(sites) == 1 and sites[0].startswith("Sary Shagan"), got
    # two grounds of two names stay two
    text = "Missiles were fired from the Sary Shagan test range and the Plesetsk cosmodrome."
    sites = [n for n, v in _assets(parse, text).items() if v[0] in ("spaceport", "test_site")]
    assert sorted(sites) == ["Plesetsk Cosmodrome", "Sary Shagan test range"], sites


def test_a_route_named_by_its_towns_keeps_every_town(parse):
    text = "The Mombasa-Nairobi-Kisumu railway opened to freight in 2019."
    assert "Mombasa-Nairobi-Kisumu railway" in _assets(parse, text)
    text = "The Lanzhou-Xinjiang railway carries freight west."
    assert "Lanzhou-Xinjiang railway" in _assets(parse, text)


def test_a_model_s_plural_after_a_verb_of_the_arms_trade(parse):
    for text, name, owner in (
        ("Egypt ordered 30 Rafales in 2021.", "Rafale", "Egypt"),
        ("Saudi Arabia bought Patriots from the United States.", "Patriot", "Saudi Arabia"),
    ):
        got = _assets(parse, text)
        assert name in got and owner in got[name][1], (text, got)
    # a team's players, fans and shirts are no weapon, whatever verb is near
    for text in (
        "Two Patriots were hurt in the game on Sunday.",
        "The win gave Patriots fans hope.",
        "Fans bought Patriots jerseys outside the stadium.",
        "The Bills sent Patriots packing.",
    ):
        assert _assets(parse, text) == {}, text
