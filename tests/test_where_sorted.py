"""The Items table sorted by its "Where" column on real local news: the same order as each
row's region and country sorted, with the gazetteer's region asked once per place and
country, not once per row and sort (the column's text is kept: on a project of 100,000
events, rows share some 1,750)."""

from __future__ import annotations

import pytest

from explorer.geoparse import admin1
from explorer.items import build_items
from explorer.pipeline import analyse_sources
from explorer.ui.items_model import COLUMNS, ItemsModel
from tests.articles import lgl_folder

WHERE = [key for key, _ in COLUMNS].index("where")


@pytest.fixture(scope="module")
def items(tmp_path_factory):
    folder = lgl_folder(tmp_path_factory.mktemp("lgl"), first=8)  # the corpus's first stories
    return build_items(analyse_sources([folder]))


def test_sorted_by_where_asks_each_place_once(qapp, items, monkeypatch) -> None:
    asked: list[str | None] = []
    region_of = admin1.region_of

    def counted(gazetteer_id: str | None) -> str | None:
        asked.append(gazetteer_id)
        return region_of(gazetteer_id)

    monkeypatch.setattr(admin1, "region_of", counted)
    monkeypatch.setattr(admin1, "_texts", {}, raising=False)
    model = ItemsModel()
    model.set_items(items)
    rows = list(items.items)
    texts = {
        id(i): ""
        if i.kind == "place" and i.type == "country"  # a country's own row names no place
        else ", ".join(
            p
            for p in (region_of(i.gazetteer_id), i.country and admin1.country_name(i.country))
            if p
        )
        for i in rows
    }
    assert any(", " in t for t in texts.values())  # towns with their region among them
    model.sort(WHERE)
    model.sort(WHERE)  # sorted again: nothing asked anew
    shown = [model.data(model.index(r, WHERE)) for r in range(model.rowCount())]
    assert shown == sorted((texts[id(i)] for i in rows), key=str.casefold)
    places = {(i.gazetteer_id, i.country) for i in rows}
    assert len(asked) <= len(places)  # two sorts of every row: once per place at most
