"""Assets of assetsq19: kinds of site the first eighteen batches barely held (a smelter, a chip
plant, a wind farm, a tunnel, an underground gas store, a satellite ground station), read by a
name before the kind's word or a town after "in"; another thing's compound of a head ("a wind
tunnel", "a beaver dam") and a person's name that ends in a site's word ("John Bridge, a
farmer") name no site. The sentences are written here about other sites and towns than the
batch tells; the real spaCy pipeline, geoparser and gazetteer read them.
"""

from __future__ import annotations


def _assets(parse, text: str) -> dict[str, str]:
    return {a.name: a.type for a in parse(text).assets}


def test_new_kinds_of_site_by_their_names(parse):
    got = _assets(parse, "Rusal will close the Nadvoitsy smelter in Karelia next year.")
    assert got.get("Nadvoitsy smelter") == "factory", got
    got = _assets(parse, "Orsted said the Borssele wind farm off the Dutch coast was finished.")
    assert got.get("Borssele wind farm") == "power_plant", got
    got = _assets(parse, "Lorries queued for hours at the Gotthard road tunnel on Friday.")
    assert got.get("Gotthard road tunnel") == "tunnel", got
    got = _assets(parse, "Samsung will build a new chip plant in Taylor, Texas.")
    assert got.get("chip plant in Taylor") == "factory", got


def test_a_gas_store_and_a_ground_station_need_their_paragraph_s_words(parse):
    got = _assets(
        parse,
        "Gas pressure fell at the Rehden storage facility, Germany's largest, as withdrawals rose.",
    )
    assert got.get("Rehden storage facility") == "gas_storage", got
    got = _assets(
        parse, "The Kiruna ground station will track the new weather satellites from next year."
    )
    assert got.get("Kiruna ground station") == "ground_station", got
    # a store of other goods, a courier's depot: no words of gas, oil or space
    for text in (
        "Farmers filled the Winnipeg storage facility after a record harvest.",
        "Couriers said the Leeds tracking station had lost hundreds of parcels.",
        "The hospital opened a cold storage facility in Nairobi for vaccines.",
    ):
        got = _assets(parse, text)
        assert not got, (text, got)


def test_another_thing_s_compound_names_no_site(parse):
    for text in (
        "Engineers tested the new car's shape in a wind tunnel in Stuttgart.",
        "Researchers built a beaver dam in Ottawa for a study of wetlands.",
        "She was diagnosed with carpal tunnel syndrome after years of typing.",
    ):
        got = _assets(parse, text)
        assert not got, (text, got)
    # a kind's own modifier still names its site
    got = _assets(parse, "A tailings dam in Brumadinho collapsed in 2019, killing 270 people.")
    assert got.get("dam in Brumadinho") == "dam", got


def test_a_person_s_name_ending_in_a_site_s_word(parse):
    for text in (
        "John Bridge, a farmer from Ohio, said the harvest was poor this year.",
        "Mary Mine, a teacher from Leeds, spoke at the meeting on Monday.",
        "John Smelter, a farmer from Ohio, said the harvest was poor this year.",
    ):
        got = _assets(parse, text)
        assert not got, (text, got)
    # sites whose first word is a given name stay sites
    for text, name in (
        (
            "Victoria Bridge, a 19th-century crossing of the St Lawrence, was closed.",
            "Victoria Bridge",
        ),
        ("Albert Dock in Liverpool reopened to ships after repairs.", "Albert Dock"),
        (
            "US troops arrived at Prince Sultan Air Base in Saudi Arabia on Friday.",
            "Prince Sultan Air Base",
        ),
    ):
        got = _assets(parse, text)
        assert name in got, (text, got)


def test_a_data_centre_and_a_firm_s_town_plant(parse):
    got = _assets(
        parse, "Microsoft said its Dublin data centre lost power for six hours on Tuesday."
    )
    assert got.get("Dublin data centre") == "data_centre", got
    got = _assets(parse, "General Motors said it would add a shift at its Flint plant, hiring 600.")
    assert got.get("Flint plant") == "factory", got
    for text in (
        "The data centre industry is growing fast, analysts said on Monday.",
        "She watered her Boston fern plant every morning before work.",
        "The party said its Ohio plant closure plans were a betrayal of workers.",
        "Toyota's plant manager in Derby, Sarah Jones, said the plant would reopen.",
        # a power company's plant: its kind untold, no factory
        "Ukraine's Energoatom said its Khmelnytskyi plant lost power on Friday.",
        "Energoatom said its Rivne plant had cut output after the strike.",
    ):
        got = _assets(parse, text)
        assert not got, (text, got)


def _points(parse, text: str) -> dict[str, list | None]:
    return {a.name: (a.geometry or {}).get("coordinates") for a in parse(text).assets}


def test_a_site_s_town_in_another_region_than_its_sentence_s_is_not_drawn(parse):
    got = _points(parse, "Crews inspected the Baytown refinery in Louisiana on Monday.")
    assert "Baytown refinery" in got and got["Baytown refinery"] is None, got
    # the town in the region the sentence names: drawn there
    got = _points(parse, "Crews inspected the Baytown refinery in Texas on Monday.")
    assert got.get("Baytown refinery") is not None, got
    got = _points(parse, "Drones struck the Volgograd refinery in the Volgograd region on Sunday.")
    assert got.get("Volgograd refinery") is not None, got
