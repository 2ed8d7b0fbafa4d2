"""Side colours: distinct within each theatre, stable across runs, changeable and persisted."""

from __future__ import annotations

import json
import random

from explorer.palette import KIND_COLOURS, OKABE_ITO, SIDE_COLOURS, Palette, side_colours


def sides(*theatres):
    return {
        "theatres": [
            {
                "name": name,
                "id": f"theatre:{name}",
                "stances": [
                    {"power": p, "relation": r, "party": q, "evidence": []} for p, r, q in st
                ],
            }
            for name, st in theatres
        ]
    }


NORTH = (
    "north",
    [
        ("Arland", "backs", "Accord"),
        ("Borovia", "backs", "Legion"),
        ("Celesta", "mediates", "Accord"),
    ],
)
SOUTH = ("south", [("Arland", "opposes", "Delta"), ("Borovia", "supplies", "Delta")])


def test_every_name_in_a_theatre_gets_a_distinct_colour():
    colours = side_colours(sides(NORTH, SOUTH))
    assert set(colours) == {"Accord", "Arland", "Borovia", "Celesta", "Delta", "Legion"}
    for _name, stances in (NORTH, SOUTH):
        names = {n for p, _r, q in stances for n in (p, q)}
        assert len({colours[n] for n in names}) == len(names)
    assert all(c in SIDE_COLOURS for c in colours.values())
    assert list(colours) == sorted(colours)  # the map numbers sides in this order


def test_colours_are_stable_whatever_the_input_order():
    first = side_colours(sides(NORTH, SOUTH))
    shuffled = [
        (n, random.Random(seed).sample(st, len(st))) for seed, (n, st) in enumerate((SOUTH, NORTH))
    ]
    assert side_colours(sides(*shuffled)) == first
    assert side_colours(sides(NORTH, SOUTH))["Accord"] == OKABE_ITO[0]


def test_names_that_never_meet_may_share_a_colour():
    colours = side_colours(sides(("a", [("P", "backs", "Q")]), ("b", [("R", "backs", "S")])))
    assert colours["P"] == colours["R"] == OKABE_ITO[0]
    assert colours["Q"] != colours["P"]


def test_more_names_than_colours_reuse_the_least_used():
    many = [(f"Power {i:02}", "backs", f"Party {i:02}") for i in range(12)]
    colours = side_colours(sides(("big", many)))
    assert len(colours) == 24
    assert len(set(colours.values())) == len(SIDE_COLOURS)


def test_empty_or_missing_sides():
    assert side_colours(None) == {} and side_colours({"theatres": []}) == {}


def test_palette_round_trip_and_lenient_reading():
    palette = Palette.for_sides(sides(NORTH)).with_side_colour("Arland", "#123456")
    data = json.loads(json.dumps(palette.to_dict()))
    assert set(data) == {"kinds", "sides"}
    assert Palette.from_dict(data) == palette
    odd = Palette.from_dict(
        {"kinds": {"event": "red", "asset": "#000000"}, "sides": {"X": 3, "Y": "#ABCDEF"}}
    )
    assert odd.kinds == {**KIND_COLOURS, "asset": "#000000"}
    assert odd.sides == {"Y": "#ABCDEF"}
    assert Palette.from_dict(None) == Palette()


def test_colour_of_prefers_the_side_and_overrides_win():
    palette = Palette.for_sides(sides(NORTH))
    assert palette.colour_of({"kind": "event", "side": "Arland"}) == palette.sides["Arland"]
    assert palette.colour_of({"kind": "asset", "side": None}) == KIND_COLOURS["asset"]
    mine = Palette(kinds={"asset": "#111111"}, sides={"Arland": "#222222"})
    merged = palette.merged(mine)
    assert merged.kinds["asset"] == "#111111" and merged.kinds["place"] == KIND_COLOURS["place"]
    assert (
        merged.sides["Arland"] == "#222222" and merged.sides["Borovia"] == palette.sides["Borovia"]
    )
