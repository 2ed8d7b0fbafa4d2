"""Assets left by the third fresh batch (benchmarks/data/assets_fresh3): a ship drawn twice as
itself and as its class, a ship named without a navy's prefix, export terminals and trunk
lines. The sentences are written here about ships and sites the batch does not name; the real
spaCy pipeline, geoparser and gazetteer read them.
"""

from __future__ import annotations


def _assets(parse, text: str):
    return [(a.type, a.name, a.operators) for a in parse(text).assets]


def _names(parse, text: str) -> list[str]:
    return [n for _t, n, _o in _assets(parse, text)]


def test_a_class_before_its_ships_name_is_that_ship(parse):
    names = _names(parse, "Britain launched its first Type 26 frigate, to be named HMS Glasgow.")
    assert names == ["HMS Glasgow"]


def test_a_class_right_before_its_ship_is_that_ship(parse):
    names = _names(parse, "The Type 45 destroyer HMS Daring sailed from Portsmouth on Monday.")
    assert names == ["HMS Daring"]


def test_a_class_with_no_ship_named_stays_a_weapon(parse):
    names = _names(parse, "The navy ordered six more Type 31 frigates for its fleet.")
    assert names == ["Type 31 frigate"]


def test_a_ship_is_named_after_its_vessels_word(parse):
    names = _names(parse, "The Russian navy lost the submarine Kursk in the Barents Sea in 2000.")
    assert "Kursk" in names


def test_a_submarine_beside_no_war_is_no_warship(parse):
    text = "Five tourists died when the submarine Titan imploded near the wreck of the Titanic."
    assert _names(parse, text) == []


def test_a_ship_named_in_apposition_without_prefix(parse):
    names = _names(
        parse, "Chile's navy commissioned its Scorpene-class submarine, General Carrera, in 2006."
    )
    assert "General Carrera" in names


def test_a_speaker_after_a_vessels_word_is_no_ship(parse):
    assert _names(parse, "The new submarine, Lula said, will patrol the coast of Brazil.") == []
    assert _names(parse, "The navy's newest frigate, Defence Minister Marles said, is late.") == []


def test_a_country_after_a_vessels_word_is_no_ship(parse):
    assert _names(parse, "The frigate Britain sent to the Gulf docked at Bahrain.") == []


def test_an_export_terminal_is_a_site(parse):
    found = _assets(
        parse, "Militants cut a pipeline feeding the Escravos export terminal in Nigeria."
    )
    assert any(t == "terminal" and n == "Escravos export terminal" for t, n, _o in found)


def test_a_trunk_line_is_a_pipeline(parse):
    found = _assets(parse, "Militants bombed the Kolo Creek trunk line, which carries crude oil.")
    assert ("pipeline", "Kolo Creek trunk line", []) in found


def test_a_trunk_line_beside_no_oil_is_no_pipeline(parse):
    found = _assets(parse, "Floods closed the Tokaido trunk line between Tokyo and Osaka.")
    assert not any(t == "pipeline" for t, _n, _o in found)


def test_a_qualified_ports_names_after_of_are_each_a_site(parse):
    text = "Guards closed the oil terminals of Es Sider and Zueitina after the attack."
    names = [n for t, n, _o in _assets(parse, text) if t == "terminal"]
    assert names == ["oil terminal of Es Sider", "oil terminal of Zueitina"]


def test_a_country_after_a_qualified_port_is_no_site(parse):
    assert _assets(parse, "Militias shut the oil ports of Libya last year.") == []


def test_an_unqualified_port_of_an_unknown_name_is_no_site(parse):
    assert _assets(parse, "The freighter docked at the port of Entry after dark.") == []


def test_a_plant_in_apposition_to_a_sites_kind_is_of_that_kind(parse):
    text = "Ukraine's largest power station, the Burshtyn plant, was struck by missiles."
    assert ("power_plant", "Burshtyn plant", []) in _assets(parse, text)


def test_a_plant_beside_no_sites_kind_names_nothing(parse):
    assert _assets(parse, "Workers left the Burshtyn plant, the company said.") == []
