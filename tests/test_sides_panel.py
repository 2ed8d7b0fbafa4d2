"""The sides panel alone: stances per theatre, sorting, the excerpts and the selection signal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from explorer.palette import KIND_COLOURS, ColourBook, palette
from explorer.ui.sides_panel import COLUMNS, SidesPanel


def ev(doc, start, text):
    return {"doc": doc, "start": start, "end": start + len(text), "text": text}


SIDES = {
    "theatres": [
        {
            "name": "Coastal war",
            "id": "theatre:coast",
            "stances": [
                {
                    "power": "Arland",
                    "relation": "backs",
                    "party": "Harbour Council",
                    "evidence": [
                        ev("a.txt", 10, "Arland backs the Harbour Council <b>openly</b>."),
                        ev("b.txt", 42, "Arland sent advisers to the Harbour Council."),
                    ],
                    "outlets": ["a.txt", "b.txt"],
                    "independent_outlets": 2,
                },
                {
                    "power": "Borovia",
                    "relation": "supplies",
                    "party": "Desert Army",
                    "evidence": [ev("a.txt", 200, "Borovia supplies the Desert Army with drones.")],
                    "outlets": ["a.txt"],
                    "independent_outlets": 1,
                },
            ],
        },
        {
            "name": "Mountain conflict",
            "id": "theatre:mountain",
            "stances": [
                {
                    "power": "Celesta",
                    "relation": "mediates",
                    "party": "Valley Republic",
                    "evidence": [ev("c.txt", 5, "Celesta offered to mediate.")],
                    "outlets": ["c.txt"],
                    "independent_outlets": 1,
                },
            ],
        },
    ]
}


@pytest.fixture
def panel(qtbot):
    panel = SidesPanel()
    qtbot.addWidget(panel)
    names = sorted(
        {n for t in SIDES["theatres"] for s in t["stances"] for n in (s["power"], s["party"])}
    )
    colours = ColourBook().assign(names)
    panel.set_sides(SIDES, palette(KIND_COLOURS, colours))
    return panel


SOURCES = COLUMNS.index("Sources")


def rows(panel):
    """Power, relation, party and the number of its sources, as shown."""
    return [
        [panel.proxy.index(r, c).data() for c in (0, 1, 2, SOURCES)]
        for r in range(panel.proxy.rowCount())
    ]


def test_lists_the_first_theatres_stances(panel):
    assert panel.current_theatre() == "theatre:coast"
    assert panel.theatre_box.currentText() == "Coastal war (2 stances)"
    assert rows(panel) == [
        ["Arland", "backs", "Harbour Council", 2],
        ["Borovia", "supplies", "Desert Army", 1],
    ]
    assert panel.summary.text() == "2 stances from 2 articles"
    # Powers and parties carry their map colour and legend number as a swatch.
    assert panel.proxy.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "side 1 on the map" in panel.proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_sorting_by_excerpt_count_is_numeric(panel):
    panel.table.sortByColumn(SOURCES, Qt.SortOrder.AscendingOrder)
    assert [r[3] for r in rows(panel)] == [1, 2]
    panel.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert [r[2] for r in rows(panel)] == ["Desert Army", "Harbour Council"]


def test_selecting_a_row_emits_the_stance_and_shows_its_excerpts(panel, qtbot):
    panel.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # Borovia first now
    with qtbot.waitSignal(panel.stance_selected, timeout=2000) as blocker:
        panel.table.selectRow(1)
    assert blocker.args[0] == {
        "theatre": "theatre:coast",
        "power": "Arland",
        "relation": "backs",
        "party": "Harbour Council",
        "evidence": SIDES["theatres"][0]["stances"][0]["evidence"],
        "outlets": ["a.txt", "b.txt"],
        "independent_outlets": 2,
    }
    text = panel.browser.toPlainText()
    assert "Arland backs the Harbour Council <b>openly</b>." in text  # escaped, not markup
    assert "Arland sent advisers" in text and "[b.txt, characters 42–" in text
    assert panel.current_stance()["party"] == "Harbour Council"


def test_keyboard_moves_through_stances(panel, qtbot):
    panel.table.setFocus()
    panel.table.selectRow(0)
    with qtbot.waitSignal(panel.stance_selected, timeout=2000) as blocker:
        qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    assert blocker.args[0]["power"] == "Borovia"


def test_switching_theatre(panel, qtbot):
    panel.table.selectRow(0)
    with qtbot.waitSignal(panel.theatre_changed, timeout=2000) as blocker:
        panel.theatre_box.setCurrentIndex(panel.theatre_box.findData("theatre:mountain"))
    assert blocker.args == ["theatre:mountain"]
    assert rows(panel) == [["Celesta", "mediates", "Valley Republic", 1]]
    assert "Select a stance" in panel.browser.toPlainText()
    with qtbot.assertNotEmitted(panel.theatre_changed, wait=20):
        assert panel.select_theatre("theatre:coast")
    assert panel.current_theatre() == "theatre:coast" and len(rows(panel)) == 2
    assert not panel.select_theatre("theatre:nowhere")
    assert panel.current_theatre() == "theatre:coast"


def test_select_stance_and_new_data_keep_the_theatre(panel, qtbot):
    panel.select_theatre("theatre:mountain")
    with qtbot.waitSignal(panel.stance_selected, timeout=2000) as blocker:
        assert panel.select_stance("Celesta", "mediates", "Valley Republic")
    assert blocker.args[0]["theatre"] == "theatre:mountain"
    panel.set_sides(SIDES)
    assert panel.current_theatre() == "theatre:mountain"


def test_no_theatres(qtbot):
    panel = SidesPanel()
    qtbot.addWidget(panel)
    panel.set_sides({"theatres": []})
    assert panel.current_theatre() is None
    assert not panel.theatre_box.isEnabled()
    assert panel.proxy.rowCount() == 0
    assert not panel.select_theatre("")


OVER_TIME = {
    "theatres": [
        {
            "name": "Afghanistan",
            "id": "afghanistan",
            "stances": [
                {
                    "power": "Soviet Union",
                    "relation": "backs",
                    "party": "Afghan communist government",
                    "evidence": [ev("a.txt", 0, "1979: Moscow sends troops to prop up Kabul.")],
                    "years": [1979],
                    "outlets": ["Reuters"],
                    "independent_outlets": 1,
                },
                {
                    "power": "United States",
                    "relation": "backs",
                    "party": "Afghan government",
                    "evidence": [ev("b.txt", 0, "US-backed Karzai"), ev("c.txt", 3, "Karzai")],
                    "years": [2004],
                    "outlets": ["Associated Press", "Reuters"],
                    "independent_outlets": 2,
                },
                {
                    "power": "United States",
                    "relation": "opposes",
                    "party": "Afghan government",
                    "evidence": [ev("d.txt", 0, "Kabul accuses Washington of undermining it.")],
                    "years": [2004],
                    "outlets": ["d.txt"],
                    "independent_outlets": 1,
                    "claimed_by": "Afghanistan",
                    "contested": [{"relation": "backs", "excerpts": 2}],
                },
                {
                    "power": "Pakistan",
                    "relation": "backs",
                    "party": "Taliban",
                    "evidence": [ev("e.txt", 0, "Pakistan backs the Taliban.")],
                    "outlets": ["e.txt"],
                    "independent_outlets": 1,
                },
            ],
        },
        SIDES["theatres"][1],
    ]
}


def test_a_year_shows_who_backed_whom_then(qtbot):
    panel = SidesPanel()
    qtbot.addWidget(panel)
    panel.set_sides(OVER_TIME)
    assert panel.current_theatre() == "afghanistan"
    labels = [panel.year_box.itemText(i) for i in range(panel.year_box.count())]
    assert labels == ["All years", "1979 (1)", "2004 (2)"]
    assert len(rows(panel)) == 4
    assert panel.select_year(1979)
    assert rows(panel) == [["Soviet Union", "backs", "Afghan communist government", 1]]
    assert "3 of other years or undated aside" in panel.summary.text()
    assert panel.select_year(2004)
    assert {r[1] for r in rows(panel)} == {"backs", "⚠ opposes\u00a0*"}
    relation = COLUMNS.index("Relation")
    notes = [panel.proxy.index(r, relation).data(Qt.ItemDataRole.ToolTipRole) for r in range(2)]
    assert "claimed by Afghanistan; contested: also backs" in notes
    marked = [panel.proxy.index(r, relation).data() for r in range(2)]
    assert "⚠ opposes\u00a0*" in marked  # contested, and a claim (the mark kept on its line)
    outlets = [panel.proxy.index(r, SOURCES).data() for r in range(2)]
    assert sorted(outlets) == [1, 2]


def test_all_conflicts_at_once(qtbot):
    panel = SidesPanel()
    qtbot.addWidget(panel)
    panel.set_sides(OVER_TIME)
    index = panel.theatre_box.findData("__all__")
    assert panel.theatre_box.itemText(index) == "All conflicts (5 stances)"
    panel.theatre_box.setCurrentIndex(index)
    assert len(rows(panel)) == 5
    with qtbot.waitSignal(panel.stance_selected, timeout=2000) as blocker:
        panel.select_stance("Celesta", "mediates", "Valley Republic")
    assert blocker.args[0]["theatre"] == "theatre:mountain"
    assert "Mountain conflict" in panel.browser.toPlainText()


def test_graph_draws_every_stance_and_a_click_on_an_edge_selects_it(qtbot):
    panel = SidesPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 600)
    panel.show()
    panel.set_sides(OVER_TIME)
    panel.views.setCurrentWidget(panel.graph)
    graph = panel.graph
    assert set(graph.nodes) == {
        "Soviet Union",
        "United States",
        "Pakistan",
        "Afghan communist government",
        "Afghan government",
        "Taliban",
    }
    assert len(graph.edges) == 4
    # powers stand left of the parties they act on
    assert graph.nodes["Pakistan"].rect().left() < graph.nodes["Taliban"].rect().left()
    claimed = graph.edge_at("United States", "opposes", "Afghan government")
    assert claimed.pen().style() == Qt.PenStyle.DashLine  # a claim, not the article's own
    edge = graph.edge_at("Pakistan", "backs", "Taliban")
    qtbot.waitUntil(lambda: graph.isVisible())
    point = graph.mapFromScene(edge.path().pointAtPercent(0.5))
    with qtbot.waitSignal(panel.stance_selected, timeout=2000) as blocker:
        qtbot.mouseClick(graph.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args[0]["power"] == "Pakistan" and blocker.args[0]["party"] == "Taliban"
    assert "Pakistan backs the Taliban." in panel.browser.toPlainText()


def test_conflicts_without_any_stance_say_so_rather_than_open_an_empty_one(qtbot):
    # what `explorer sides` gives for one article on fighting in Dagestan: two conflicts in
    # sight, nobody said to back anyone in either
    panel = SidesPanel()
    qtbot.addWidget(panel)
    quiet = {
        "theatres": [
            {"name": "Chechnya", "id": "chechnya", "stances": []},
            {"name": "Nagorno-Karabakh", "id": "nagorno-karabakh", "stances": []},
        ]
    }
    panel.set_sides(quiet)
    assert panel.theatre_box.currentText() == "No stances found"
    assert panel.current_theatre() is None
    assert panel.summary.text().startswith("No stances found")
    assert "2 conflicts" in panel.summary.text()
    assert panel.proxy.rowCount() == 0
    # the conflicts stay listed, and the map can still open one
    assert panel.select_theatre("chechnya")
    assert panel.theatre_box.currentText() == "Chechnya (0 stances)"
    # once one conflict has a stance, that one opens first
    quiet["theatres"].append(SIDES["theatres"][1])
    panel.set_sides(quiet)
    assert panel.theatre_box.findText("No stances found") < 0


def test_the_conflict_with_most_stances_opens_first(qtbot):
    panel = SidesPanel()
    qtbot.addWidget(panel)
    report = {
        "theatres": [
            {"name": "Abkhazia", "id": "abkhazia", "stances": []},
            SIDES["theatres"][1],
            SIDES["theatres"][0],
        ]
    }
    panel.set_sides(report)
    assert panel.current_theatre() == "theatre:coast"
