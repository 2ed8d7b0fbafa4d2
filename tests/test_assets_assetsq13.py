"""Assets of assetsq13: a weapon inside a verb's subject, a dateline parsed as a subject, a
branch of an army named with a weapon's noun, a kind "in" a town, a state acting that
contradicts no town, a listed model in the plural. The sentences are written here about
other states, sites and weapons than the batch tells; the real spaCy pipeline, geoparser and
gazetteer read them.
"""

from __future__ import annotations


def _assets(parse, text: str) -> dict[str, tuple[str, list[str], list | None]]:
    return {
        a.name: (a.type, a.operators, (a.geometry or {}).get("coordinates"))
        for a in parse(text).assets
    }


def test_a_verb_s_subject_holding_the_weapon_names_no_doer(parse):
    # the weapon lies inside what acts: the verb's subject is that phrase, whose owner may be
    # the weapon's enemy as well as its user
    for text in (
        "Turkey's downing of a Russian Su-24 jet over Syria has made Moscow furious.",
        "Ukraine's sinking of the Moskva with Neptune missiles has supplied Kyiv with hope.",
    ):
        weapons = [v for v in _assets(parse, text).values() if v[0] == "weapon_system"]
        assert weapons and all(v[1] == [] for v in weapons), (text, weapons)
    # the doer stays where the weapon is what the verb acts on
    got = _assets(parse, "Turkey sold Bayraktar TB2 drones to Ukraine in 2019.")
    assert got["Bayraktar TB2"][1] == ["Turkey"]


def test_a_dateline_parsed_as_a_subject_is_nobody(parse):
    for text, name in (
        (
            "Baku: Ukraine's destruction of Russian artillery systems with Turkish Bayraktar "
            "TB2 aerial drones has made the whole world a customer, its designer said.",
            "Bayraktar TB2",
        ),
        ("London: An air base in Aswan received the first Rafale fighters on Monday.", "Rafale"),
    ):
        got = _assets(parse, text)
        assert got[name][1] == [], (text, got)
    # a subject after the dateline still acts
    got = _assets(parse, "ANKARA: Georgia bought Bayraktar TB2 drones last year.")
    assert got["Bayraktar TB2"][1] == ["Georgia"], got


def test_a_branch_of_an_army_is_no_weapon(parse):
    for text, models in (
        ("A combat crew of the Strategic Missile Forces launched the rocket from Plesetsk.", []),
        ("The Strategic Rocket Forces tested a Yars missile at Plesetsk.", ["Yars missile"]),
        ("Soldiers of the Coastal Missile Brigade fired two Kalibr missiles.", ["Kalibr missile"]),
    ):
        got = [n for n, v in _assets(parse, text).items() if v[0] == "weapon_system"]
        assert got == models, (text, got)
    # a model's number says which weapon, whatever noun follows
    got = _assets(parse, "North Korea's Hwasong-18 missile units fired on Monday.")
    assert "Hwasong-18 missile" in got


def test_a_kind_in_a_town_is_that_town_s_site(parse):
    for text, name, typ, lon in (
        ("The United States runs a naval base in Manama.", "naval base in Manama", "base", 50.6),
        ("Iran opened a research reactor in Tehran in 1967.", "reactor in Tehran", None, 51.4),
        (
            "Egypt is building a power plant in El Dabaa with Russian help.",
            "power plant in El Dabaa",
            "power_plant",
            28.5,
        ),
        (
            "Cadets graduated on Friday from the naval academy in Annapolis.",
            "naval academy in Annapolis",
            "academy",
            -76.5,
        ),
    ):
        got = _assets(parse, text)
        assert name in got, (text, got)
        assert typ is None or got[name][0] == typ
        assert got[name][2] is not None and abs(got[name][2][0] - lon) < 1.0, (text, got)
    # a bare ordinary head, what talks are about, a region or a country: no site in a town
    for text in (
        "The party's base in Atlanta was full of volunteers.",
        "Talks on the oil terminal in Vienna broke down on Monday.",
        "China approved a hydroelectric dam in Tibet.",
        "The US keeps a naval base in Bahrain.",
    ):
        drawn = [n for n, v in _assets(parse, text).items() if v[2] is not None]
        assert drawn == [], (text, drawn)


def test_a_listed_model_in_the_plural_is_that_model(parse):
    got = _assets(parse, "France's delivery of Rafales to Qatar began in 2019.")
    assert "Rafale" in got, got
    got = _assets(parse, "The United States sold F-16s to Pakistan in the 1980s.")
    assert got.get("F-16", (None, None))[1] == ["United States"], got
    # a team, a holiday: no weapon without a word of arms in lower case beside it
    for text in (
        "The Patriots beat the Jets on Sunday in Foxborough.",
        "The race is run on Monday, Patriots' Day, in Boston.",
    ):
        assert _assets(parse, text) == {}, text
