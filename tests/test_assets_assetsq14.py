"""Assets of assetsq14: a kind in a region (past an owner's possessive, or a region named for
its chief town), a kind placed by a verb of its relative clause, a named dock and a name the
tagger took for a singular, a named mine beside a word of mining. The sentences are written
here about other states, sites and regions than the batches tell; the real spaCy pipeline,
geoparser and gazetteer read them.
"""

from __future__ import annotations


def _assets(parse, text: str) -> dict[str, tuple[str, list[str], list | None]]:
    return {
        a.name: (a.type, a.operators, (a.geometry or {}).get("coordinates"))
        for a in parse(text).assets
    }


def test_a_kind_in_a_region_is_listed_under_the_region_and_drawn_nowhere(parse):
    for text, name, typ in (
        (
            "Pakistan is building a new uranium enrichment plant in the country's northern "
            "Punjab province.",
            "uranium enrichment plant in Punjab province",
            "nuclear_site",
        ),
        # a region named for its chief town: the town's name and the region's word
        (
            "Drones struck an air base in Russia's Saratov region on Sunday.",
            "air base in Saratov region",
            "base",
        ),
        (
            "A new coal power plant in Bavaria opened on Monday.",
            "coal power plant in Bavaria",
            "power_plant",
        ),
    ):
        got = _assets(parse, text)
        assert name in got, (text, got)
        assert got[name][0] == typ and got[name][2] is None, got  # no point of the region
    # a country says whose, a party's base is its following, talks are about the refinery
    for text in (
        "The United States keeps a naval base in Bahrain.",
        "The party's base in Ohio stayed loyal.",
        "Talks on the oil refinery in Texas broke down.",
        # many sites over a region, none of them told
        "Pipelines carry the oil to oil terminals in Texas.",
    ):
        assert _assets(parse, text) == {}, text
    # a town that holds it says where it is: drawn there, not listed under the region
    got = _assets(parse, "Abadan holds the country's largest refinery in Khuzestan.")
    assert list(got) == ["Abadan refinery"] and got["Abadan refinery"][2] is not None, got


def test_a_kind_placed_by_a_verb_of_its_relative_clause(parse):
    got = _assets(parse, "The oil refinery that exploded in Texas was shut for a month.")
    assert got == {"oil refinery in Texas": ("refinery", [], None)}, got
    # a town: drawn there, as "the oil refinery in Rotterdam" is
    got = _assets(parse, "The oil refinery that Shell operates in Rotterdam was shut.")
    ((typ, _, (lon, lat)),) = got.values()
    assert typ == "refinery" and abs(lon - 4.48) < 0.3 and abs(lat - 51.92) < 0.3, got
    # where something was said of it is not where it stands; a country says only whose
    for text in (
        "Officials said the research reactor that Iran announced in Tehran would be small.",
        "A naval base that was discussed in Geneva was never built.",
        "The ammunition plant that Rheinmetall is building in Lithuania will open next year.",
    ):
        assert _assets(parse, text) == {}, text


def test_a_named_dock_is_a_port_and_a_plural_name_the_tagger_took_for_one(parse):
    got = _assets(parse, "The Cochin Docks in Kochi repaired the frigate.")
    ((typ, _, (lon, _lat)),) = got.values()
    assert list(got) == ["Cochin Docks"] and typ == "port" and abs(lon - 76.26) < 0.3, got
    got = _assets(parse, "The navy bought the Kilo submarines at the Admiralty Shipyards.")
    assert got.get("Admiralty Shipyards", ("",))[0] == "shipyard", got
    # a shipbuilder's company, a courtroom's dock, a dock with no name
    for text in (
        "Goa Dock Shipbuilders Limited made these boats.",
        "He stood in the dock on Monday.",
        "The boat was moored at the dock in Mumbai.",
    ):
        assert _assets(parse, text) == {}, text


def test_a_named_mine_beside_a_word_of_mining(parse):
    got = _assets(parse, "Rebels seized the Bisie mines, where tin ore is dug.")
    assert got == {"Bisie mines": ("mine", [], None)}, got
    # no word of mining: a name before "mine" is nobody's site
    for text in (
        "Tourists visited the Smith mine on Monday.",
        "The report was a gold mine of data.",
        # a firm named for its mines owns sites and is none
        "The furnace was built for mining company Konkola Copper Mines, in Zambia.",
    ):
        assert _assets(parse, text) == {}, text
