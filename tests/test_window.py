"""The whole window on the real seed articles: map and panels wired both ways, no reloads."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from explorer.app import build
from explorer.commands import Key
from explorer.mapview.composition import FOOTER_HEIGHT, TITLE_HEIGHT
from explorer.palette import ColourBook

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
        self.window.flush()
        expected = len(self.workspace.visible)
        try:
            self.qtbot.waitUntil(
                lambda: bool(self.renders) and self.renders[-1] == expected, timeout=TIMEOUT
            )
        except Exception:
            raise AssertionError(f"renders {self.renders[-5:]}, expected {expected}") from None
        return expected

    def find(self, kind: str, name: str) -> str:
        for item in self.workspace.items:
            if item.kind == kind and item.name == name:
                return item.id
        raise AssertionError(f"no {kind} named {name}")

    def activate(self):
        """Shortcuts go to the active window, as they do for a user."""
        self.window.activateWindow()
        self.qtbot.waitUntil(self.window.isActiveWindow, timeout=TIMEOUT)

    def press(self, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
        widget.setFocus()
        self.qtbot.waitUntil(lambda: widget.hasFocus(), timeout=TIMEOUT)
        self.qtbot.keyClick(widget, key, modifier)


@pytest.fixture
def loaded(qtbot, tmp_path, seeds_project):
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
    assert loaded.window.items.model.data(current.siblingAtColumn(0)) == "Tripoli"
    assert loaded.window.map.console_errors == []


def test_a_row_selection_selects_on_the_map(loaded, qtbot):
    items = loaded.window.items
    loaded.workspace.set_search("Aleppo")
    loaded.wait_drawn()
    assert items.search.text() == "Aleppo"  # the box shows the search in force
    aleppo = loaded.find("place", "Aleppo")
    row = items.model.row_of(aleppo)
    before = len(loaded.renders)
    items.table.selectRow(row)
    qtbot.waitUntil(lambda: len(loaded.renders) > before, timeout=TIMEOUT)
    assert loaded.workspace.selection == loaded.find("place", "Aleppo")
    assert "Aleppo" in loaded.window.evidence.text()


def test_an_excerpt_opens_its_article_with_mentions(loaded, qtbot):
    sochi = loaded.find("place", "Sochi")
    loaded.workspace.select(sochi)
    evidence = loaded.workspace.item(sochi).evidence[0]
    loaded.window.evidence.excerpt_activated.emit(evidence.doc, evidence.start, evidence.end)
    article = loaded.window.article
    assert article.document.id == evidence.doc
    assert article.selected_span() == (evidence.start, evidence.end)
    assert any(item == sochi for _, _, item in article.highlights())


def test_the_filters_tab_counts_its_values_when_it_is_shown(loaded, qtbot):
    filters = loaded.window.filters
    group = filters._groups["kinds"]
    assert group.childCount() == 0  # behind the Items tab: nothing counted while opening
    loaded.window.docks["Filters"].raise_()
    qtbot.waitUntil(lambda: group.childCount() > 0, timeout=TIMEOUT)
    shown = {
        group.child(i).data(0, Qt.ItemDataRole.UserRole + 1): group.child(i).text(1)
        for i in range(group.childCount())
    }
    assert shown == {f.value: str(f.count) for f in loaded.workspace.facets()["kinds"]}
    actors = [f.value for f in loaded.workspace.facets()["actors"]]
    assert filters.values("actors") == actors and "Russia" in actors
    loaded.window.docks["Items"].raise_()  # hidden again, then new data: counted when shown
    loaded.wait_done(loaded.controller.reload())
    assert filters._stale
    assert filters.values("kinds") == [f.value for f in loaded.workspace.facets()["kinds"]]
    assert not filters._stale


def test_a_filter_change_updates_map_and_table_without_reloading(loaded, qtbot):
    total = len(loaded.workspace.items)
    page_loads = loaded.page_loads
    loaded.window.docks["Filters"].raise_()
    loaded.window.filters._groups["kinds"].setCheckState(0, Qt.CheckState.Unchecked)
    loaded.window.filters.tick("kinds", "event", True)
    shown = loaded.wait_drawn()
    events = [i for i in loaded.workspace.items if i.kind == "event"]
    assert 0 < shown == len(events) < total
    assert loaded.window.items.model.rowCount() == shown
    assert loaded.page_loads == page_loads


def test_the_search_box_narrows_the_map_too(loaded, qtbot):
    items = loaded.window.items
    items.search.setFocus()
    qtbot.keyClicks(items.search, "Aleppo")
    items.flush_search()
    shown = loaded.wait_drawn()
    assert loaded.workspace.filters.text == "Aleppo"
    assert 0 < shown < len(loaded.workspace.items)
    assert items.model.rowCount() == shown
    assert loaded.find("place", "Aleppo") in {i.id for i in loaded.workspace.visible}
    assert loaded.window.filters.summary.text() == "1 filter active"


def test_an_actor_filter_picks_a_power(loaded, qtbot):
    filters = loaded.window.filters
    loaded.window.docks["Filters"].raise_()
    filters._groups["actors"].setCheckState(0, Qt.CheckState.Unchecked)
    filters.tick("actors", "Turkey", True)
    loaded.wait_drawn()
    acting = [i for i in loaded.workspace.visible if i.kind in ("event", "asset")]
    assert acting and all("Turkey" in i.involved for i in acting)


def test_importing_an_article_adds_its_places_in_place(loaded, qtbot, tmp_path):
    article = tmp_path / "talks.txt"
    article.write_text(
        "Talks resume in Norway\n\n"
        "Negotiators met in Oslo on Monday for a new round of talks on the Arctic. "
        "The delegations later travelled to Tromsø to visit a research station.\n",
        encoding="utf-8",
    )
    before = len(loaded.workspace.items)
    page_loads = loaded.page_loads
    loaded.wait_done(loaded.controller.add_paths([article]))
    loaded.wait_drawn()
    names = {i.name for i in loaded.workspace.items}
    assert {"Oslo", "Tromsø"} <= names
    assert len(loaded.workspace.items) > before
    assert "talks.txt" in loaded.workspace.documents
    assert loaded.page_loads == page_loads


def test_a_review_is_stored_in_the_project_and_shown(loaded, qtbot):
    aleppo = loaded.find("place", "Aleppo")
    loaded.workspace.select(aleppo)
    assert loaded.controller.review_panel.current_id == aleppo
    loaded.controller.review_panel.buttons[Key.REJECT].click()
    assert loaded.workspace.item(aleppo).review == "rejected"
    assert aleppo not in {i.id for i in loaded.workspace.visible}
    loaded.wait_drawn()
    from explorer.store import Project

    with Project.open(loaded.workspace.project, create=False) as project:
        assert project.reviews()[aleppo]["state"] == "rejected"


def test_show_rejected_is_one_state_in_the_menu_and_the_panel(loaded, qtbot):
    action = loaded.controller.actions[Key.SHOW_REJECTED]
    box = loaded.window.filters.show_rejected
    action.trigger()
    assert loaded.workspace.filters.show_rejected and box.isChecked()
    box.setChecked(False)
    assert not loaded.workspace.filters.show_rejected and not action.isChecked()
    loaded.workspace.set_show_rejected(True)
    assert action.isChecked() and box.isChecked()


def test_review_keys_work_whichever_panel_has_focus(loaded, qtbot):
    loaded.activate()
    window = loaded.window
    tripoli, idlib = loaded.find("place", "Tripoli"), loaded.find("place", "Idlib")
    loaded.workspace.select(tripoli)
    loaded.press(window.items.table, Qt.Key.Key_C)  # a table would jump to a row on "C"
    assert loaded.workspace.item(tripoli).review == "confirmed"
    loaded.workspace.select(idlib)
    loaded.press(window.map.focusProxy() or window.map, Qt.Key.Key_R)
    assert loaded.workspace.item(idlib).review == "rejected"
    loaded.press(window.evidence.browser, Qt.Key.Key_U)
    assert loaded.workspace.item(idlib).review == "unreviewed"
    loaded.press(loaded.controller.review_panel.buttons[Key.CONFIRM], Qt.Key.Key_R)
    assert loaded.workspace.item(idlib).review == "rejected"
    # A text field keeps the letters it types.
    loaded.press(window.items.search, Qt.Key.Key_C)
    assert window.items.search.text() == "c"
    assert loaded.workspace.item(idlib).review == "rejected"


def test_ctrl_z_undoes_across_items_from_any_panel(loaded, qtbot):
    loaded.activate()
    window = loaded.window
    sochi, afrin = loaded.find("place", "Sochi"), loaded.find("place", "Afrin")
    loaded.workspace.select(sochi)
    loaded.press(window.items.table, Qt.Key.Key_C)
    loaded.workspace.select(afrin)
    loaded.press(window.items.table, Qt.Key.Key_R)
    assert "Reject Afrin" in loaded.controller.actions[Key.UNDO].text()
    loaded.press(window.timeline.slider, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert loaded.workspace.item(afrin).review == "unreviewed"
    assert afrin in {i.id for i in loaded.workspace.visible}
    loaded.press(window.sides.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert loaded.workspace.item(sochi).review == "unreviewed"  # not the item on show
    assert loaded.workspace.selection == afrin
    assert not loaded.controller.actions[Key.UNDO].isEnabled()
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    loaded.press(window.items.table, Qt.Key.Key_Z, redo)
    assert loaded.workspace.item(sochi).review == "confirmed"  # redone


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


def test_window_screenshot_from_the_command_line(tmp_path, seeds_project):
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


def test_settings_bring_back_colours_recent_sources_and_filters(qtbot, tmp_path, seeds_project):
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
    workspace.update_filters(kinds={"place"})
    window.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    again = SettingsStore(QSettings(str(path), QSettings.Format.IniFormat)).load()
    assert again.recent_sources == [str(SEEDS)]
    assert again.filters["kinds"] == ["place"]
    assert again.palette == {}  # the old colour setting now lives with the colour book
    assert ColourBook.load().chosen == {"Libyan National Army (LNA)": "#000000"}


def test_colours_chosen_by_the_analyst_reach_the_map_and_are_kept(loaded, qtbot):
    from explorer.ui.palette_dialog import PaletteDialog

    dialog = PaletteDialog(loaded.workspace.palette, {}, loaded.window)
    qtbot.addWidget(dialog)
    dialog.set_colour("Libyan National Army (LNA)", "#112233")
    with qtbot.waitSignal(loaded.window.map.rendered, timeout=TIMEOUT):
        loaded.controller.set_colours(dialog.overrides())
    assert loaded.workspace.palette["sides"]["Libyan National Army (LNA)"] == "#112233"
    assert ColourBook.load().chosen == {"Libyan National Army (LNA)": "#112233"}
    assert loaded.window.map.console_errors == []


def run_cli(*args: str) -> subprocess.CompletedProcess:
    """The command line, with this test's data folder (where the window keeps its projects)."""
    return subprocess.run(
        [sys.executable, "-m", "explorer", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )


def test_export_from_the_window_writes_what_it_shows(loaded, qtbot, tmp_path):
    loaded.workspace.update_filters(kinds={"place", "event"})
    afrin = loaded.find("place", "Afrin")
    loaded.workspace.select(afrin)
    loaded.controller.review_panel.buttons[Key.REJECT].click()
    shown = loaded.wait_drawn()
    out = tmp_path / "shown.geojson"
    operation = loaded.controller.export(out, "geojson")
    qtbot.waitUntil(lambda: operation.done, timeout=TIMEOUT)
    written = json.loads(out.read_text("utf-8"))
    features = written["features"] + [{"id": u["id"], "properties": u}
                                      for u in written.get("unlocated", [])]  # fmt: skip
    assert len(features) == shown == loaded.window.items.model.rowCount()
    assert {f["id"] for f in features} == {i.id for i in loaded.workspace.visible}
    assert afrin not in {f["id"] for f in features}
    assert {f["properties"]["kind"] for f in features} == {"place", "event"}
    unlocated = len(written.get("unlocated", []))
    assert f"{len(features)} items; {unlocated} without a place" in loaded.window.status.text()


def _exported(path) -> dict[str, dict]:
    """Item id -> properties of a GeoJSON export, items without a place included."""
    written = json.loads(path.read_text("utf-8"))
    out = {f["id"]: f["properties"] for f in written["features"]}
    out.update({u["id"]: u for u in written.get("unlocated", [])})
    return out


def test_a_review_in_the_window_is_in_the_command_lines_export(loaded, qtbot, tmp_path):
    loaded.activate()
    tripoli, sochi = loaded.find("place", "Tripoli"), loaded.find("place", "Sochi")
    loaded.workspace.select(tripoli)
    loaded.press(loaded.window.items.table, Qt.Key.Key_R)
    loaded.workspace.select(sochi)
    loaded.press(loaded.window.items.table, Qt.Key.Key_C)
    out = tmp_path / "seeds.geojson"
    result = run_cli("export", str(SEEDS), "-f", "geojson", "-o", str(out))
    assert result.returncode == 0, result.stderr
    exported = _exported(out)
    assert set(exported) == {i.id for i in loaded.workspace.visible}  # the window's view
    assert tripoli not in exported  # rejected: hidden, as in the window
    assert exported[sochi]["review"] == "confirmed"
    result = run_cli("export", str(SEEDS), "-f", "geojson", "-o", str(out), "--show-rejected")
    assert result.returncode == 0, result.stderr
    exported = _exported(out)
    assert exported[tripoli]["review"] == "rejected"
    # Sides and colours follow the window too.
    assert all(exported[i.id]["side"] == i.side for i in loaded.workspace.items)


def test_a_review_in_the_window_is_in_the_command_lines_snapshot(loaded, qtbot, tmp_path):
    loaded.activate()
    tripoli = loaded.find("place", "Tripoli")
    loaded.workspace.select(tripoli)
    loaded.press(loaded.window.items.table, Qt.Key.Key_R)
    lon, lat = loaded.workspace.item(tripoli).geometry["coordinates"]
    bbox = f"{lon - 4},{lat - 3},{lon + 4},{lat + 3}"  # Tripoli in the middle of the frame
    hidden, shown = tmp_path / "hidden.png", tmp_path / "shown.png"
    result = run_cli("snapshot", str(SEEDS), "-o", str(hidden), "--bbox", bbox)
    assert result.returncode == 0, result.stderr
    result = run_cli("snapshot", str(SEEDS), "-o", str(shown), "--bbox", bbox, "--show-rejected")
    assert result.returncode == 0, result.stderr
    a, b = QImage(str(hidden)), QImage(str(shown))
    cx, cy = (
        a.width() // 2,
        int(TITLE_HEIGHT) + (a.height() - int(TITLE_HEIGHT + FOOTER_HEIGHT)) // 2,
    )

    def patch(image):
        return [
            image.pixelColor(cx + dx, cy + dy).name() for dx in range(-5, 6) for dy in (-5, 0, 5)
        ]

    # The rejected place is not drawn by default, and drawn (greyed) when rejected items
    # are asked for; the rest of the frame is the same.
    assert patch(a) != patch(b)
    greys = [QColor(c) for c in patch(b)]
    assert any(
        abs(c.red() - c.green()) < 8 and abs(c.green() - c.blue()) < 8 and c.value() < 200
        for c in greys
    )
    corner = [(x, y) for x in (40, a.width() - 40) for y in (int(TITLE_HEIGHT) + 40,)]
    assert all(a.pixelColor(x, y) == b.pixelColor(x, y) for x, y in corner)


def test_the_windows_map_export_is_the_view_the_analyst_has(loaded, qtbot, tmp_path):
    loaded.workspace.update_filters(kinds={"theatre"})  # just changed: not drawn yet
    loaded.wait_drawn()
    loaded.window.map.fit_bbox(34, 31, 43, 38)  # the analyst zooms to Syria
    qtbot.waitSignal(loaded.window.map.rendered, timeout=TIMEOUT)
    one, two = tmp_path / "map.png", tmp_path / "map2.png"
    assert loaded.controller.save_snapshot(one, "Conflict areas", 1.0)
    assert loaded.controller.save_snapshot(two, "Conflict areas", 2.0)
    a, b = QImage(str(one)), QImage(str(two))
    width, height = loaded.window.map.width(), loaded.window.map.height()
    assert (a.width(), a.height()) == (width, height + int(TITLE_HEIGHT + FOOTER_HEIGHT))
    assert (b.width(), b.height()) == (2 * a.width(), 2 * a.height())
    # the same frame as the window's map: the middle of the picture is what the window shows
    from explorer.mapview.waiting import grab_settled

    screen = grab_settled(loaded.window.map, loaded.window.map, TIMEOUT)
    top = int(TITLE_HEIGHT)
    points = [(x, y) for x in range(width // 5, 4 * width // 5, 9)
              for y in range(height // 5, 4 * height // 5, 9)]  # fmt: skip

    def close(p: QColor, q: QColor) -> bool:
        return all(abs(u - v) < 24 for u, v in zip(p.getRgb()[:3], q.getRgb()[:3], strict=True))

    for image, scale in ((a, 1), (b, 2)):
        alike = sum(
            close(screen.pixelColor(x, y), image.pixelColor(int(x * scale), int((top + y) * scale)))
            for x, y in points
        )
        assert alike > 0.9 * len(points), (scale, alike, len(points))
    # the window's own map is untouched: same size, controls still there
    assert (loaded.window.map.width(), loaded.window.map.height()) == (width, height)
    assert "Map saved" in loaded.window.status.text()


def test_the_windows_brief_and_table_import(loaded, qtbot, tmp_path):
    from benchmarks.make_acled_table import main as make_table

    out = tmp_path / "brief.pdf"
    assert loaded.controller.save_brief(out, "Seeds brief", "letter")
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(out))
    assert document.pageCount() >= 3
    assert document.getAllText(0).text().startswith("Seeds brief")
    table = tmp_path / "acled.csv"
    assert make_table(["--rows", "400", "-o", str(table), "--seed", "3"]) == 0
    before = len(loaded.workspace.items)
    loaded.wait_done(loaded.controller.import_table(table))
    imported = [i for i in loaded.workspace.items if i.layer == "acled"]
    assert len(imported) == 400 and len(loaded.workspace.items) == before + 400
    loaded.wait_drawn()
    legend = json.loads(_describe(loaded, qtbot))["legend"]
    assert "Imported tables" in legend and "acled (" in legend
    # the table is a source like an article: filter it away and back
    loaded.workspace.allow("sources", "acled.csv", False)
    assert not [i for i in loaded.workspace.visible if i.layer]
    loaded.workspace.allow("sources", "acled.csv", True)
    assert len([i for i in loaded.workspace.visible if i.layer]) == 400


def _describe(loaded, qtbot) -> str:
    answer = []
    loaded.window.map.page().runJavaScript(
        "JSON.stringify(explorerMap.describe())", 0, answer.append
    )
    qtbot.waitUntil(lambda: bool(answer), timeout=TIMEOUT)
    return answer[0]


def test_a_selection_shows_its_first_excerpt_in_the_article_tab(loaded, qtbot):
    # the Article tab read "No article" after a selection until an excerpt's link was clicked
    article = loaded.window.article
    assert article.document is None
    tripoli = loaded.find("place", "Tripoli")
    loaded.workspace.select(tripoli)
    first = loaded.workspace.item(tripoli).evidence[0]
    assert article.document.id == first.doc
    assert article.selected_span() == (first.start, first.end)
    assert any(item == tripoli for _, _, item in article.highlights())
    # another item of the same article: the same page, scrolled to the other excerpt
    sochi = loaded.find("place", "Sochi")
    other = loaded.workspace.item(sochi).evidence[0]
    loaded.workspace.select(sochi)
    assert article.document.id == other.doc
    assert article.selected_span() == (other.start, other.end)
    # the tab is filled, not brought to the front
    assert loaded.window.docks["Evidence"].isVisible()
