"""The whole window on the real seed articles: map and panels wired both ways, no reloads."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from explorer.app import build

TIMEOUT = 60_000
ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


class Loaded:
    def __init__(self, workspace, window, controller, qtbot):
        self.workspace, self.window, self.controller, self.qtbot = (
            workspace,
            window,
            controller,
            qtbot,
        )
        self.renders: list[int] = []
        self.page_loads = 0
        window.map.rendered.connect(self.renders.append)
        window.map.loadStarted.connect(self._on_load_started)

    def _on_load_started(self):
        self.page_loads += 1

    def wait_done(self, operation):
        self.qtbot.waitUntil(lambda: operation.done, timeout=TIMEOUT)
        assert self.controller.last_error is None

    def wait_drawn(self):
        """Until the map shows exactly the items that pass the filters."""
        expected = len(self.workspace.visible_collection()["features"])
        try:
            self.qtbot.waitUntil(
                lambda: bool(self.renders) and self.renders[-1] == expected, timeout=TIMEOUT
            )
        except Exception:
            raise AssertionError(f"renders {self.renders[-5:]}, expected {expected}") from None
        return expected

    def find(self, kind: str, name: str) -> str:
        for feature in self.workspace.collection["features"]:
            props = feature["properties"]
            if props["kind"] == kind and props["name"] == name:
                return props["id"]
        raise AssertionError(f"no {kind} named {name}")


@pytest.fixture
def loaded(qtbot, tmp_path):
    workspace, window, controller = build(tmp_path / "settings.ini")
    qtbot.addWidget(window)
    state = Loaded(workspace, window, controller, qtbot)
    window.resize(1500, 900)
    window.show()
    qtbot.waitUntil(lambda: window.map.is_ready, timeout=TIMEOUT)
    state.wait_done(controller.open_source(SEEDS))
    state.wait_drawn()
    yield state
    window.close()
    # Delete the closed window's map view now (deleteLater), while the web engine is up.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_map_click_fills_the_evidence_panel(loaded, qtbot):
    tripoli = loaded.find("place", "Tripoli")
    with qtbot.waitSignal(loaded.workspace.selection_changed, timeout=TIMEOUT) as selected:
        loaded.window.map.click_feature(tripoli)
    assert selected.args == [tripoli]
    text = loaded.window.evidence.text()
    assert "supports the United Nations-recognised government in Tripoli" in text
    assert "Putin, Erdoğan meet in Sochi" in text  # the article's title
    current = loaded.window.items.table.currentIndex()
    assert loaded.window.items.proxy.data(current.siblingAtColumn(0)) == "Tripoli"
    assert loaded.window.map.console_errors == []


def test_a_row_selection_selects_on_the_map(loaded, qtbot):
    items = loaded.window.items
    items.search.setText("Aleppo")
    assert items.proxy.rowCount() >= 1
    before = len(loaded.renders)
    items.table.selectRow(0)
    qtbot.waitUntil(lambda: len(loaded.renders) > before, timeout=TIMEOUT)
    assert loaded.workspace.selection == loaded.find("place", "Aleppo")
    assert "Aleppo" in loaded.window.evidence.text()


def test_an_excerpt_opens_its_article_with_mentions(loaded, qtbot):
    sochi = loaded.find("place", "Sochi")
    loaded.workspace.select(sochi)
    evidence = loaded.workspace.feature(sochi)["properties"]["evidence"][0]
    loaded.window.evidence.excerpt_activated.emit(
        evidence["doc"], evidence["start"], evidence["end"]
    )
    article = loaded.window.article
    assert article.document.id == evidence["doc"]
    assert article.selected_span() == (evidence["start"], evidence["end"])
    assert any(item == sochi for _, _, item in article.highlights())


def test_a_filter_change_updates_map_and_table_without_reloading(loaded, qtbot):
    total = len(loaded.workspace.collection["features"])
    page_loads = loaded.page_loads
    filters = loaded.window.filters
    filters.set_state(filters.state().with_changes(kinds=frozenset({"event"})))
    filters.flush()
    shown = loaded.wait_drawn()
    events = [
        f for f in loaded.workspace.collection["features"] if f["properties"]["kind"] == "event"
    ]
    assert 0 < shown == len(events) < total
    assert loaded.window.items.proxy.rowCount() == shown
    assert loaded.page_loads == page_loads


def test_importing_an_article_adds_its_places_in_place(loaded, qtbot, tmp_path):
    article = tmp_path / "talks.txt"
    article.write_text(
        "Talks resume in Norway\n\n"
        "Negotiators met in Oslo on Monday for a new round of talks on the Arctic. "
        "The delegations later travelled to Tromsø to visit a research station.\n",
        encoding="utf-8",
    )
    before = len(loaded.workspace.collection["features"])
    page_loads = loaded.page_loads
    loaded.wait_done(loaded.controller.add_paths([article]))
    loaded.wait_drawn()
    names = {f["properties"]["name"] for f in loaded.workspace.collection["features"]}
    assert {"Oslo", "Tromsø"} <= names
    assert len(loaded.workspace.collection["features"]) > before
    assert "talks.txt" in loaded.workspace.documents
    assert loaded.page_loads == page_loads


def test_a_review_is_stored_in_the_project_and_shown(loaded, qtbot):
    aleppo = loaded.find("place", "Aleppo")
    loaded.workspace.select(aleppo)
    panel = loaded.controller.review_panel
    assert panel.current_id == aleppo
    panel.reject_action.trigger()
    qtbot.waitUntil(
        lambda: loaded.workspace.feature(aleppo)["properties"]["review"] == "rejected",
        timeout=TIMEOUT,
    )
    assert aleppo not in {
        f["properties"]["id"] for f in loaded.workspace.visible_collection()["features"]
    }
    from explorer.store import Project

    with Project.open(loaded.workspace.project, create=False) as project:
        assert project.reviews()[aleppo]["state"] == "rejected"


def test_the_sides_panel_shows_libya(loaded, qtbot):
    sides = loaded.window.sides
    assert sides.select_theatre("libya")
    stances = {
        (s["power"], s["relation"], s["party"])
        for t in loaded.workspace.sides["theatres"]
        if t["id"] == "libya"
        for s in t["stances"]
    }
    assert ("Turkey", "backs", "Government of National Accord (GNA)") in stances
    assert ("Russia", "backs", "Libyan National Army (LNA)") in stances
    with qtbot.waitSignal(sides.stance_selected, timeout=TIMEOUT) as chosen:
        sides.select_stance("Turkey", "backs", "Government of National Accord (GNA)")
    assert chosen.args[0]["evidence"]


def test_window_screenshot_from_the_command_line(tmp_path):
    out = tmp_path / "window.png"
    result = subprocess.run(
        [sys.executable, "-m", "explorer", "open", str(SEEDS), "--screenshot", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1600, 960)


def test_settings_bring_back_colours_recent_sources_and_filters(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from explorer.ui.settings_store import SettingsStore

    path = tmp_path / "settings.ini"
    store = SettingsStore(QSettings(str(path), QSettings.Format.IniFormat))
    settings = store.load()
    settings.palette = {"Libyan National Army (LNA)": "#000000"}
    store.save(settings)

    workspace, window, controller = build(path)
    qtbot.addWidget(window)
    window.show()
    operation = controller.open_source(SEEDS)
    qtbot.waitUntil(lambda: operation.done, timeout=TIMEOUT)
    assert workspace.palette["sides"]["Libyan National Army (LNA)"] == "#000000"
    assert [a.text() for a in controller.recent_menu.actions()] == [str(SEEDS)]
    window.filters.set_state(window.filters.state().with_changes(kinds=frozenset({"place"})))
    window.filters.flush()
    window.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    again = SettingsStore(QSettings(str(path), QSettings.Format.IniFormat)).load()
    assert again.recent_sources == [str(SEEDS)]
    assert again.filters["kinds"] == ["place"]


def test_colours_chosen_by_the_analyst_reach_the_map_and_are_kept(loaded, qtbot):
    from explorer.ui.palette_dialog import PaletteDialog

    dialog = PaletteDialog(loaded.workspace.palette, {}, loaded.window)
    qtbot.addWidget(dialog)
    dialog.set_colour("Libyan National Army (LNA)", "#112233")
    with qtbot.waitSignal(loaded.window.map.rendered, timeout=TIMEOUT):
        loaded.controller.set_colours(dialog.overrides())
    assert loaded.workspace.palette["sides"]["Libyan National Army (LNA)"] == "#112233"
    assert loaded.controller.settings.palette == {"Libyan National Army (LNA)": "#112233"}
    assert loaded.window.map.console_errors == []
