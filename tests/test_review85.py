"""review85: a reviewer's narrowing of the asset rules merged since b5ba9d87 (assetsq20,
assetsfix21), read against stories of other senses (`benchmarks/data/review85/`). The sentences
here are other than those stories; the real spaCy pipeline, geoparser and gazetteer read them.
"""

from __future__ import annotations


def _assets(parse, text: str) -> dict[str, tuple[str, dict | None]]:
    return {a.name: (a.type, a.geometry) for a in parse(text).assets}


def test_a_road_tunnel_of_fans_coaches_or_workers_hours_stays_a_tunnel(parse):
    for text, name in (
        ("Three coaches of supporters were held in the Mersey Tunnel before kick-off.", "Mersey"),
        ("Its managers said 200 workers will work full time on the Fehmarnbelt Tunnel.", "Fehm"),
    ):
        got = _assets(parse, text)
        assert any(n.startswith(name) and t == "tunnel" for n, (t, _g) in got.items()), got
    got = _assets(parse, "Players argued in the Celtic Park tunnel at half-time, stewards said.")
    assert not any(t == "tunnel" for t, _ in got.values()), got


def test_others_in_a_road_s_tunnel_or_troops_digging_a_named_one_are_in_works(parse):
    for text, name in (
        ("Villagers sheltered in the Kokhi Tunnel as rebel fighters shelled the valley.", "Kokhi"),
        ("Army troops dug the Zojila Tunnel through the range to reach Leh.", "Zojila"),
    ):
        got = _assets(parse, text)
        assert any(n.startswith(name) and t == "tunnel" for n, (t, _g) in got.items()), got
    for text in (
        "Guerrillas hid in the Vinh Moc tunnels during the bombing, veterans said.",
        "A smugglers' tunnel flooded in Rafah, the border guards said.",
    ):
        got = _assets(parse, text)
        assert not any(t == "tunnel" for t, _ in got.values()), (text, got)


def test_a_town_plant_of_chemistry_or_of_a_product_named_atom_stays_a_factory(parse):
    for text, name in (
        (
            "Dow will cut 600 jobs at its Terneuzen plant as production of plastics falls; a "
            "reactor there was shut in June.",
            "Terneuzen plant",
        ),
        ("Intel will cut 900 jobs at its Hillsboro plant, which makes Atom chips.", "Hillsboro"),
    ):
        got = _assets(parse, text)
        assert any(n.startswith(name) and t == "factory" for n, (t, _g) in got.items()), got
    got = _assets(parse, "Rosatom said 400 workers at its Novovoronezh plant were sent home.")
    assert not any(t == "factory" for t, _ in got.values()), got


def test_a_sugar_refinery_or_a_chemical_reactor_is_no_oil_or_nuclear_site(parse):
    for text in (
        "A sugar refinery exploded in Port Wentworth, killing 14 workers.",
        "A chemical reactor caught fire in Tianjin, the plant's owner said.",
    ):
        got = _assets(parse, text)
        assert not any(t in ("refinery", "nuclear_site") for t, _ in got.values()), (text, got)
    got = _assets(parse, "An oil refinery caught fire in Baiji after the shelling.")
    assert any(t == "refinery" for t, _ in got.values()), got
