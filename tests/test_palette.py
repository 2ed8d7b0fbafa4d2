"""Side colours: unique within a view, kept for a side across projects, never a kind's colour,
with ink that reads on them; the analyst's choices win and are kept."""

from __future__ import annotations

import json

import pytest

from explorer.palette import (
    KIND_COLOURS,
    OKABE_ITO,
    SIDE_COLOURS,
    ColourBook,
    default_book_path,
    ink_for,
    palette,
)


def test_no_side_colour_is_a_kind_colour_and_all_are_distinct():
    assert len(set(SIDE_COLOURS)) == len(SIDE_COLOURS) == 16
    assert not set(SIDE_COLOURS) & set(KIND_COLOURS.values())
    assert SIDE_COLOURS[: len(OKABE_ITO)] == OKABE_ITO  # the safest set is used first


def test_names_in_one_view_never_share_a_colour_while_the_palette_lasts():
    book = ColourBook()
    names = [f"Side {i:02}" for i in range(len(SIDE_COLOURS))]
    colours = book.assign(names[:5], names[5:])
    assert len(set(colours.values())) == len(SIDE_COLOURS)
    assert list(colours) == sorted(colours)  # the legend numbers sides in this order


def test_a_side_keeps_its_colour_in_the_next_project(tmp_path):
    path = tmp_path / "colours.json"
    first = ColourBook.load(path)
    libya = first.assign(["Government of National Accord"], ["Turkey", "Russia"])
    first.save()
    again = ColourBook.load(path)
    later = again.assign(["Russia"], ["Ukraine", "Turkey", "Hamas"])
    assert later["Turkey"] == libya["Turkey"] and later["Russia"] == libya["Russia"]
    # New names avoid every colour the book already gave, so that they can meet later.
    assert later["Ukraine"] not in libya.values() and later["Hamas"] not in libya.values()


def test_a_clash_in_a_view_goes_to_the_newer_name_and_the_book_is_kept(tmp_path):
    book = ColourBook(assigned={"Iran": "#E69F00", "Islamic State": "#E69F00"})
    colours = book.assign(["Iran", "Islamic State"])
    assert colours["Iran"] == "#E69F00"  # the older assignment wins
    assert colours["Islamic State"] != "#E69F00"
    assert book.assigned["Islamic State"] == "#E69F00"  # the clash is resolved for this view


def test_sides_drawn_on_the_map_are_served_before_names_only_the_panel_shows():
    colours = [f"#00000{i}" for i in range(3)]
    book = ColourBook(colours=tuple(colours), assigned={"Panel only": colours[0]})
    result = book.assign(["Drawn A", "Drawn B"], ["Panel only"])
    assert len({result["Drawn A"], result["Drawn B"]}) == 2
    assert result["Panel only"] not in {result["Drawn A"], result["Drawn B"]}


def test_more_names_than_colours_repeat_the_least_used():
    book = ColourBook()
    names = [f"Party {i:02}" for i in range(20)]
    colours = book.assign(names)
    assert set(colours.values()) == set(SIDE_COLOURS)
    counts = sorted(list(colours.values()).count(c) for c in SIDE_COLOURS)
    assert counts[-1] == 2 and counts[0] == 1


def test_the_analysts_choices_win_and_are_saved(tmp_path):
    book = ColourBook(path=tmp_path / "c.json")
    book.choose({"Turkey": "#112233", "place": "#445566"})
    assert book.assign(["Turkey"])["Turkey"] == "#112233"
    assert book.kinds()["place"] == "#445566" and book.kinds()["event"] == KIND_COLOURS["event"]
    book.save()
    assert ColourBook.load(tmp_path / "c.json").chosen == {"Turkey": "#112233", "place": "#445566"}
    with pytest.raises(ValueError, match="not #RRGGBB"):
        book.choose({"Turkey": "red"})


def test_an_unreadable_book_starts_afresh(tmp_path):
    path = tmp_path / "colours.json"
    path.write_text("{not json", encoding="utf-8")
    assert ColourBook.load(path).assigned == {}
    path.write_text(json.dumps({"assigned": {"A": "#ABCDEF", "B": "blue", "C": 3}}))
    assert ColourBook.load(path).assigned == {"A": "#ABCDEF"}


def test_the_book_lives_beside_the_projects(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_book_path() == tmp_path / "explorer" / "colours.json"


def test_ink_reads_on_its_colour_and_numbers_follow_the_legend():
    assert ink_for("#F0E442") == "#000000"  # yellow: black numbers
    assert ink_for("#332288") == "#FFFFFF"  # indigo: white numbers
    message = palette(KIND_COLOURS, {"Arland": "#E69F00", "Borovia": "#332288"})
    assert message["numbers"] == {"Arland": 1, "Borovia": 2}
    assert message["ink"]["#332288"] == "#FFFFFF"
