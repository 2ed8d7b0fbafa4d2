"""Assets of assetsfix15: a mine after a weapon's name is a munition, a kind listed in a region
is the site its article draws at a town of that region, a named cable told again by its ends,
the great cosmodromes drawn where they stand, a project whose kind "It" tells in the next
sentence, a mission support site and a metal's project. The sentences are written here about
other sites, regions and states than the batches tell; the real spaCy pipeline, geoparser and
gazetteer read them.
"""

from __future__ import annotations


def _assets(parse, text: str) -> dict[str, tuple[str, list | None, int]]:
    return {
        a.name: (a.type, (a.geometry or {}).get("coordinates"), len(a.evidence))
        for a in parse(text).assets
    }


def test_a_mine_after_a_weapon_s_name_is_a_munition(parse):
    for text in (
        "Sappers cleared the Claymore mines near the old fuel depot.",
        "Troops found Claymore mines and grenades in the house.",
    ):
        got = _assets(parse, text)
        assert "Claymore mines" not in got and got.get("Claymore", ("",))[0] == "weapon_system"
    # a mine named for a town, with its trade said, stays a mine there
    got = _assets(parse, "The Kolwezi mines, where copper is dug, were seized.")
    assert got["Kolwezi mines"][0] == "mine" and got["Kolwezi mines"][1] is not None, got


def test_a_kind_in_a_region_is_the_site_drawn_at_a_town_of_that_region(parse):
    for text, site in (
        (
            "Drones hit an oil refinery in the Samara region on Sunday. A fire broke out at "
            "the Syzran refinery, officials said.",
            "Syzran refinery",
        ),
        (
            "Russian missiles struck a thermal power plant in the Kharkiv region. Workers at "
            "the Zmiiv power plant said two turbines burned.",
            "Zmiiv power plant",
        ),
        (
            "An explosion hit an oil refinery in Texas on Friday. The Pasadena refinery was "
            "shut for repairs.",
            "Pasadena refinery",
        ),
    ):
        got = _assets(parse, text)
        assert list(got) == [site] and got[site][1] is not None and got[site][2] == 2, got
    # a town of another region, two sites of the kind, a kind told two ways: kept apart
    for text, n in (
        (
            "Drones hit an oil refinery in the Volgograd region on Sunday. A fire broke out "
            "at the Saratov refinery, officials said.",
            2,
        ),
        (
            "Drones hit an oil refinery in the Samara region. The Syzran refinery and the "
            "Novokuibyshevsk refinery both halted work.",
            3,
        ),
        (
            "A new coal power plant in Bavaria opened on Monday. The Munich gas power plant "
            "will close next year.",
            2,
        ),
    ):
        assert len(_assets(parse, text)) == n, (text, _assets(parse, text))


def test_a_named_cable_told_again_by_its_ends_is_one_cable(parse):
    text = (
        "An undersea telecoms cable runs from Gdansk to Klaipeda. The Balt2 cable failed on "
        "Sunday, the operator said. The damage to the cable between Poland and Lithuania will "
        "take a week to repair."
    )
    got = _assets(parse, text)
    assert list(got) == ["Balt2 cable"] and got["Balt2 cable"][2] == 2, got
    # a route told first by its ends is another cable; a diplomatic cable is none
    got = _assets(
        parse,
        "A new undersea cable linking Latvia with Gotland was damaged. The C-Lion1 cable was "
        "not hit.",
    )
    assert sorted(got) == ["C-Lion1 cable", "cable linking Latvia with Gotland"], got
    assert _assets(parse, "The Hanoi cable was leaked to reporters on Monday.") == {}


def test_the_great_cosmodromes_are_drawn_where_they_stand(parse):
    for text, name, (lon, lat) in (
        (
            "A Soyuz rocket lifted off from the Plesetsk cosmodrome on Monday.",
            "Plesetsk Cosmodrome",
            (40.58, 62.93),
        ),
        (
            "The crew was launched from the Baikonur space center, which Russia rents from "
            "Kazakhstan.",
            "Baikonur Cosmodrome",
            (63.31, 45.97),
        ),
        (
            "The Vostochny launch site was built to end that dependence.",
            "Vostochny Cosmodrome",
            (128.33, 51.88),
        ),
    ):
        got = _assets(parse, text)
        (x, y) = got[name][1]
        assert got[name][0] == "spaceport" and abs(x - lon) < 0.05 and abs(y - lat) < 0.05


def test_a_project_whose_kind_it_tells_in_the_next_sentence(parse):
    got = _assets(
        parse,
        "The $2 billion Rampal project was approved on Monday. It is a 1,320 MW coal power "
        "plant near the Sundarbans forest.",
    )
    assert got == {"Rampal project": ("power_plant", None, 1)}, got
    got = _assets(
        parse,
        "The Diamer-Bhasha project has been delayed for years. It will be a dam on the Indus "
        "river, with a power station beside it.",
    )
    assert got == {"Diamer-Bhasha project": ("dam", None, 1)}, got
    (ev,) = (
        parse(
            "The Diamer-Bhasha project has been delayed for years. It will be a dam on the Indus."
        )
        .assets[0]
        .evidence
    )
    assert ev.text.startswith("The Diamer-Bhasha project") and ev.text.endswith("Indus."), ev
    # sites of two kinds, what it funds or says, no name: no project
    for text in (
        "The Lamu project was launched in 2012. It will include a new airport and a port.",
        "The Gwadar project is backed by China. It is funding a port in the town.",
        "The Grand Inga project is led by Congo. It says the dam will be finished by 2030.",
        "The new project was approved. It is a dam on the Nile.",
        "The Manhattan Project began in 1942. It built the first atomic bomb.",
    ):
        assert _assets(parse, text) == {}, text


def test_a_mission_support_site_is_a_base_and_a_metal_s_project_a_mine(parse):
    got = _assets(parse, "Rebels fired rockets at the Conoco mission support site in Syria.")
    assert got.get("Conoco mission support site", ("",))[0] == "base", got
    got = _assets(parse, "The Thacker Pass lithium project in Nevada won federal approval.")
    assert got.get("Thacker Pass lithium project", ("",))[0] == "mine", got
    # whose project, not which
    assert _assets(parse, "The company's gold project in Ghana was delayed.") == {}
