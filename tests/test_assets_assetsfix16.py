"""Assets of assetsfix16: a town's name before a works' kind read as the town, a curated
region's shape holding a town's site (one site, one item), a kind after an act's "on" sited
on an island, a fuel's "-fired" between a name and its head, curated dams and falls, and a
project told by "It" drawn where "at" places it. The sentences are written here about other
towns, regions, islands and rivers than the batches tell; the real spaCy pipeline, geoparser
and gazetteer read them.
"""

from __future__ import annotations

from pathlib import Path

BATCH = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


def _assets(parse, text: str) -> dict[str, tuple[str, list | None]]:
    return {a.name: (a.type, (a.geometry or {}).get("coordinates")) for a in parse(text).assets}


def test_a_town_s_name_before_a_works_kind_is_the_town(geoparsing):
    gp, _gz = geoparsing
    text = "The Burshtyn thermal power station in western Ukraine was hit by a missile."
    names = {tp.name: tp.candidate for tp in gp.parse(text, include_demonyms=True)}
    assert names["Burshtyn"] is not None and names["Burshtyn"].country == "UA", names
    # a firm's English word, a town of a country the text does not name: no town
    for text, word in (
        ("The Shell refinery in Texas was shut, officials in the United States said.", "Shell"),
        ("The Tata power plant in India's Gujarat state cut output.", "Tata"),
    ):
        names = {tp.name for tp in gp.parse(text, include_demonyms=True)}
        assert word not in names, (text, names)


def test_one_site_told_by_a_curated_region_and_its_town(parse):
    text = (
        "A coal mine in Donbas was flooded on Monday. The Pokrovsk coal mine stopped work, "
        "the company said."
    )
    got = _assets(parse, text)
    assert list(got) == ["Pokrovsk coal mine"] and got["Pokrovsk coal mine"][1], got
    # a town outside the region's shape is another site
    text = "A power plant in Crimea was shut down. The Kherson power plant in Ukraine kept working."
    assert len(_assets(parse, text)) == 2
    # the batch's station: once, drawn at Balaklava
    doc = BATCH / "assets_fresh15" / "docs" / "ua-crimea-balaklava-power-station-drone-2022.txt"
    got = _assets(parse, doc.read_text(encoding="utf-8"))
    plants = {n: v for n, v in got.items() if v[0] == "power_plant"}
    assert list(plants) == ["Balaklava thermal power station"], got
    assert plants["Balaklava thermal power station"][1] is not None


def test_a_kind_after_an_act_s_on_stands_on_the_island(parse):
    for text, name in (
        ("A missile strike on the air base on Crimea destroyed two jets.", "air base on Crimea"),
        ("Russia relies on the naval base on Sakhalin.", "naval base on Sakhalin"),
        # listed, not drawn at the town of the island's name (Okinawa City)
        ("America relies on the naval base on Okinawa.", "naval base on Okinawa"),
    ):
        got = _assets(parse, text)
        assert got.get(name, ("", "x")) == ("base", None), got
    # a topic's "on", after a noun or a verb of telling: the second "on" is where it was told
    for text in (
        "She commented on the naval base on Twitter.",
        "A documentary on the power station on Netflix drew viewers.",
        "A report on the oil refinery on Reuters said output fell.",
    ):
        assert _assets(parse, text) == {}, text


def test_a_fuel_fired_between_a_name_and_its_head(parse):
    for text, name in (
        ("The Huntly coal-fired power station in New Zealand will close.", "Huntly"),
        ("The Vuglegirska coal-fired power plant in Ukraine was captured.", "Vuglegirska"),
        ("The Rosarito gas-fired power plant in Mexico was expanded.", "Rosarito"),
    ):
        got = _assets(parse, text)
        assert any(n.startswith(name) and v[0] == "power_plant" for n, v in got.items()), got
    for text in (
        "The Kremlin-fired power station closed.",
        "Engineers inspected a coal-fired power station near the river.",
    ):
        assert _assets(parse, text) == {}, text


def test_curated_dams_and_a_project_drawn_at_its_falls(parse):
    got = _assets(parse, "Iraq says the Ilisu Dam on the Tigris cut the river's flow.")
    kind, at = got["Ilisu Dam"]
    assert kind == "dam" and at is not None and 41 < at[0] < 42.5, got
    got = _assets(parse, "Sudan fears the Grand Renaissance Dam will cut its water.")
    assert got["Grand Ethiopian Renaissance Dam"][1] is not None, got
    # a project told by "It", drawn at the one place "at" names; the falls are no asset
    text = (
        "The $4 billion Mphanda Nkuwa project was approved by Mozambique's cabinet. It will "
        "span the Zambezi river at Tete, with a large dam and a 1,500 MW hydroelectric plant."
    )
    got = _assets(parse, text)
    assert got["Mphanda Nkuwa project"][1] is not None, got
    text = (
        "The $2 billion Batoka project was agreed by Zambia and Zimbabwe. It will include a "
        "dam at a cost of $4 billion."
    )
    assert _assets(parse, text).get("Batoka project", ("", "x"))[1] is None
    doc = BATCH / "assets_fresh11" / "docs" / "cd-inga-3-dam.txt"
    got = _assets(parse, doc.read_text(encoding="utf-8"))
    assert "Inga Falls" not in got and got["Inga 3 project"][1] is not None, got


def _operators(parse, text: str) -> dict[str, list[str]]:
    return {a.name: a.operators for a in parse(text).assets}


def test_a_buyer_s_seller_after_from(parse):
    for text, name, seller in (
        ("Kyiv received Patriot systems from Germany last year.", "Patriot", "Germany"),
        ("India bought Rafale jets from France in 2016.", "Rafale", "France"),
    ):
        got = _operators(parse, text)
        assert seller in got[name], got
    # a word inside the name after "from", a time: no seller
    got = _operators(parse, "Ukraine received HIMARS launchers from Ukraine's allies.")
    assert got["HIMARS"] == ["Ukraine"], got
    got = _operators(parse, "Egypt has bought Rafale jets from 2016 onwards.")
    assert got["Rafale"] == ["Egypt"], got


def test_a_curated_site_s_owner_by_its_possessive(parse):
    got = _operators(parse, "Iran's Bushehr nuclear power plant was built by Russia.")
    assert set(got["Bushehr Nuclear Power Plant"]) == {"Iran", "Russia"}, got
    got = _operators(parse, "Sudan fears the Grand Renaissance Dam will cut its water.")
    assert got["Grand Ethiopian Renaissance Dam"] == [], got


def test_a_titled_project_adding_a_link_told_a_power_line(parse):
    text = (
        "Champlain Hudson Power Express Project, US (May 2, 2022)\nThe planned project will "
        "add a link between Quebec and New York City, a 1,250 MW high voltage direct current "
        "transmission line."
    )
    got = _assets(parse, text)
    assert got["Champlain Hudson Power Express Project"][0] == "power_line", got
    # two kinds added, an apposition that is no kind, a person in apposition after "jobs"
    for text in (
        "Sahel Growth Project, Niger (May 2, 2020)\nThe project will add a new airport and a "
        "port near the capital.",
        "Green Valley Project, US (May 2, 2020)\nThe project will add a road between the port "
        "and the city, a busy route for farmers.",
        "Harbor Jobs Project, US (May 2, 2020)\nThe project will add jobs, the mayor of the "
        "port town, a former engineer, said.",
    ):
        assert not any(n.endswith("Project") for n in _assets(parse, text)), text
