"""Rivers, mountain ranges and deserts (geodata/curated/physical.geojson, written by
tools/build_physical.py): read where the text gives the feature's sense, and a town, a country or
a firm of the same name kept where the text says so. On the real gazetteer and spaCy model."""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def readings(gp, text: str) -> dict[str, str | None]:
    return {t.name: (t.candidate.gazetteer_id if t.candidate else None) for t in gp.parse(text)}


def test_a_river_named_like_a_city_is_the_river_where_the_text_says_so(geoparsing):
    gp = geoparsing[0]
    # the shelling was put at the city of Dnipro, 300 km up the river
    got = readings(gp, "Kherson, a city on the Dnipro, was shelled overnight, officials said.")
    assert got["Dnipro"] == "curated:dnipro_river"
    got = readings(gp, "Russian forces shelled towns on the east bank of the Dnipro.")
    assert got["Dnipro"] == "curated:dnipro_river"
    got = readings(gp, "Ukrainian troops crossed the Dnipro River near Kherson.")
    assert got["Dnipro River"] == "curated:dnipro_river"
    # the city keeps its reading where the text says city
    for text in (
        "DNIPRO, Ukraine - A missile struck an apartment block, officials said.",
        "A missile hit the city of Dnipro on Friday.",
        "Air raid sirens sounded across Dnipro on Tuesday.",
        "The Dnipro city council said three people died.",
    ):
        got = readings(gp, text)
        assert got.get("Dnipro", got.get("DNIPRO")) == "geonames:709930", text


def test_rivers_ranges_and_deserts_missed_before_are_read_and_other_senses_kept(geoparsing):
    gp = geoparsing[0]
    cases = {
        "Egypt and Ethiopia remain at odds over the dam on the Nile.": (
            "Nile",
            "curated:nile_river",
        ),
        "Fires burned across the Amazon as loggers cleared land in Brazil.": (
            "Amazon",
            "curated:amazon_river",
        ),
        "Belize said farmers from Guatemala had entered the Maya Mountains.": (
            "Maya Mountains",
            "curated:maya_mountains",
        ),
        "Guerrillas retreated into the Andes after the attack in Peru.": (
            "Andes",
            "curated:andes",
        ),
        "Migrants died crossing the Sahara on the way to Libya.": ("Sahara", "curated:sahara"),
        "Bandits operate along the Niger River in Mali.": (
            "Niger River",
            "curated:niger_river",
        ),
    }
    for text, (name, gid) in cases.items():
        assert readings(gp, text).get(name) == gid, text
    # a firm, a country, a state and a town of those names keep their senses
    assert "Amazon" not in readings(gp, "Amazon workers in Seattle went on strike on Friday.")
    got = readings(gp, "The Amazon rainforest summit opened in Belem, Brazil.")
    assert "Amazon" not in got
    got = readings(gp, "Niger's junta expelled French troops from Niamey.")
    assert got["Niger"] == "geonames:2440476"
    got = readings(gp, "Police in Mississippi arrested two men.")
    assert got["Mississippi"] == "geonames:4436296"
    got = readings(gp, "He grew up in Rio Grande City, Texas.")
    assert got["Rio Grande City"] == "geonames:4722837"


def test_a_river_far_from_every_other_place_of_the_text_is_no_reading(geoparsing):
    gp = geoparsing[0]
    # Utah's Jordan River is no river of the Middle East
    got = readings(gp, "Volunteers cleared trash from the Jordan River in Salt Lake City, Utah.")
    assert got.get("Jordan River") != "curated:jordan_river"
    got = readings(gp, "Israeli troops patrolled the Jordan River near Jericho.")
    assert got["Jordan River"] == "curated:jordan_river"


def test_the_file_is_what_the_tool_writes():
    sys.path.insert(0, str(REPO / "tools"))
    import build_physical

    written = json.loads((REPO / "geodata/curated/physical.geojson").read_text("utf-8"))
    assert written["features"] == build_physical.features()
    kinds = {f["properties"]["type"] for f in written["features"]}
    assert kinds == {"river", "range", "desert"}


def test_a_name_inside_a_longer_one_is_not_the_feature(geoparsing):
    gp = geoparsing[0]
    got = readings(
        gp, "Laos presses on with a seventh dam on the Mekong, officials in Vientiane said."
    )
    assert got["Mekong"] == "curated:mekong_river"
    # a region, a former colony, a street, an outlet and a body named for a feature
    for text in (
        "Uganda said South Sudanese soldiers attacked a village in the West Nile region.",
        "Morocco's army is still fighting guerrillas in the former Spanish Sahara.",
        "The attack happened at the Kroger store on Alps Road in Athens, Georgia.",
        "Russia will deliver four more jets to Myanmar's military government, The Irrawaddy "
        "reported.",
        "Thousands signed a statement against the dam, citing the Mekong River Commission's "
        "secrecy.",
    ):
        got = readings(gp, text)
        assert not any(str(g).startswith("curated:") for g in got.values()), text


def test_an_event_is_not_placed_at_a_river(parse, geoparsing):
    # the Lusaka raid, in a paragraph that names a ferry "on the Zambezi": placed at the Zambian
    # town Zambezi before, 600 km off; a river's one point is no place of the raid either
    path = (
        REPO
        / "benchmarks/data/stances_fresh16/docs/g03-crimson-rhodesians-raid-nkomo-lusaka-1979.txt"
    )
    ex = parse(path.read_text("utf-8"))
    attacks = [e for e in ex.events if e.type == "attack"]
    assert attacks, [e.label for e in ex.events]
    assert all(
        e.place_id not in ("place:geonames:895953", "place:curated:zambezi_river") for e in attacks
    ), [(e.label, e.place_id) for e in attacks]
    # the toponym stays a reading of the river
    tops = readings(geoparsing[0], path.read_text("utf-8"))
    assert tops["Zambezi"] == "curated:zambezi_river"
