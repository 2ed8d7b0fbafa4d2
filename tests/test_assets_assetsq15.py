"""Assets of assetsq15: a power plant's "thermal" between its name and its head, a radar
station, a kind standing "on" an island, a kind the next sentence places by a verb of
standing, and a weapon's alias the sentence tells as a working mine. The sentences are
written here about other sites, islands, regions and states than the batches tell; the real
spaCy pipeline, geoparser and gazetteer read them.
"""

from __future__ import annotations


def _assets(parse, text: str) -> dict[str, tuple[str, list | None, str]]:
    return {
        a.name: (a.type, (a.geometry or {}).get("coordinates"), a.evidence[0].text)
        for a in parse(text).assets
    }


def test_thermal_between_a_name_and_its_head(parse):
    for text, name in (
        ("The Burshtyn thermal power station was hit by a missile.", "Burshtyn"),
        ("Workers left the Zmiiv thermal power station after the strike.", "Zmiiv"),
    ):
        got = _assets(parse, text)
        assert got.get(f"{name} thermal power station", ("",))[0] == "power_plant", got
    # the word alone, or not between a name and a head, names nothing
    for text in (
        "Thermal imaging showed the power station burning.",
        "The thermal power station was hit.",
    ):
        assert _assets(parse, text) == {}, text


def test_a_kind_on_an_island_is_listed_there(parse):
    for text, name, typ in (
        (
            "The Chinese radar station on Woody Island tracks ships.",
            "radar station on Woody Island",
            "radar",
        ),
        ("China built a naval base on Hainan, officials said.", "naval base on Hainan", "base"),
        ("The naval base on Okinawa hosts American marines.", "naval base on Okinawa", "base"),
    ):
        got = _assets(parse, text)
        assert got.get(name, ("", "x"))[:2] == (typ, None), got
    # a day, an order, a kind itself after "on", a street: no island
    for text in (
        "The radar station on Monday was hit by drones.",
        "The strike on the air base on Trump's orders was carried out at night.",
        "A report on the oil refinery on Reuters said output fell.",
        "A documentary on the power station on Netflix drew viewers.",
        "The power plant on Main Street closed.",
        "Officials said the radar site on Wednesday was damaged.",
    ):
        assert _assets(parse, text) == {}, text


def test_a_kind_the_next_sentence_places(parse):
    text = (
        "A fire broke out at an ammunition depot of the army on Monday. The depot where "
        "the fire started is in the Tver region, the statement said."
    )
    got = _assets(parse, text)
    kind, where, excerpt = got["ammunition depot in Tver region"]
    assert kind == "depot" and where is None and excerpt.startswith("A fire broke out"), got
    got = _assets(parse, "A coal power plant shut down on Friday. The plant lies in Bavaria.")
    assert got.get("power plant in Bavaria", ("",))[0] == "power_plant", got
    got = _assets(
        parse, "Drones struck an oil refinery overnight. The refinery is located in Samara."
    )
    assert got["oil refinery in Samara"][1] is not None, got
    # two kinds before, a named one, a plural, a subject not the kind, a state not a place
    for text in (
        "A fire hit a fuel depot and an ammunition depot on Monday. The depot is in the "
        "Bryansk region.",
        "Drones hit the Achinsk depot on Monday. The depot is in the Krasnoyarsk region.",
        "An ammunition depot exploded on Tuesday. The depots are in the Tver region.",
        "Drones struck an oil refinery overnight. The refinery owner is in Moscow.",
        "Workers at an oil refinery went on strike. The refinery is in trouble, the union said.",
    ):
        assert not any(" in " in n for n in _assets(parse, text)), text


def test_a_weapon_s_alias_told_as_a_working_mine_is_the_mine(parse):
    for text in (
        "Miners at the Claymore mine dug coal until 1990.",
        "The Claymore mine in New South Wales, where coal was dug, closed in 1990.",
    ):
        got = _assets(parse, text)
        assert got.get("Claymore mine", ("",))[0] == "mine" and "Claymore" not in got, got
    # an ore or a place alone, or a word of the weapon's sense, keeps the weapon
    for text in (
        "Soldiers cleared the Claymore mines near the gold depot.",
        "A Claymore mine in Helmand province killed two soldiers.",
        "The Claymore mine, made in the United States, was found near a coal truck.",
        "The insurgents planted Claymore mines near the copper market.",
    ):
        got = _assets(parse, text)
        assert got.get("Claymore", ("",))[0] == "weapon_system", (text, got)


def test_a_listing_s_titled_project_taken_up_by_the_project(parse):
    for text, name, typ in (
        (
            "Kimal–Lo Aguirre Transmission Project, Chile (March 2, 2022)\n"
            "The project will link the Atacama desert to Santiago.",
            "Kimal–Lo Aguirre Transmission Project",
            "power_line",
        ),
        (
            "Rampal Power Project, Bangladesh (June 1, 2020)\n"
            "The project is a 1,320 MW coal power plant.",
            "Rampal Power Project",
            "power_plant",
        ),
        (
            "Orinoco Link Project, Venezuela (May 3, 2020)\n"
            "The project will join the Guri substation to the new Caracas substation.",
            "Orinoco Link Project",
            "power_line",
        ),
        (
            "400 kV Kenya–Tanzania Interconnection (May 4, 2021)\n"
            "The project is meant to let the two grids trade power.",
            "400 kV Kenya–Tanzania Interconnection",
            "power_line",
        ),
    ):
        got = _assets(parse, text)
        assert got.get(name, ("",))[0] == typ and got[name][2].startswith(name[:6]), got
    # no kind said, two kinds, a headline, a title nothing takes up
    for text in (
        "Manhattan Project, US (July 16, 1945)\nThe project built the first atomic bomb.",
        "Human Rights Project, US (June 1, 2020)\nThe project is a new legal clinic.",
        "Sahel Project, Mali (June 1, 2020)\nThe project includes a new airport and a port.",
        "Delta Link Project, Nigeria (May 3, 2020)\n"
        "The project will link the Onne port to the Port Harcourt railway.",
        "Chile approves transmission project (May 3, 2021)\nThe project will cost $2 billion.",
        "Nueva Tumbes Transmission Project, Peru (November 8, 2021)\nOfficials said costs rose.",
    ):
        assert not any("Project" in n for n in _assets(parse, text)), text
