"""What an analyst meets on real news nobody on the team wrote: the window's panels and the
command line's filters on evaluation articles (the test is skipped without the corpora)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from explorer.pipeline import open_sources
from explorer.ui.timeline_panel import TimelinePanel
from explorer.workspace import Workspace
from tests.articles import eval_folder
from tests.test_cli import ROOT, run_cli

FRESH = ROOT / "benchmarks" / "data" / "stances_fresh" / "docs"


def workspace_of(folder: Path) -> Workspace:
    opened = open_sources([folder], folder.parent / "project.gpkg")
    ws = Workspace()
    ws.set_analysis(opened.analysis, opened.project, opened.reviews)
    return ws


@pytest.fixture(scope="module")
def cuba_1961(tmp_path_factory) -> Path:
    """A TR-News story whose one dated event is a year: "The US cut ties with Cuba in 1961"."""
    folder = tmp_path_factory.mktemp("cuba") / "news"
    folder.mkdir()
    return eval_folder("trnews", folder, {"trnews-1020003"})


def test_a_year_is_binned_as_a_year_not_as_its_january(cuba_1961, qtbot):
    ws = workspace_of(cuba_1961)
    dated = [i for i in ws.items if i.kind == "event" and i.date_precision != "unknown"]
    assert [(i.date, i.date_precision) for i in dated] == [("1961", "year")]
    panel = TimelinePanel()
    qtbot.addWidget(panel)
    panel.resize(900, 220)
    panel.set_events(ws.items)
    panel.flush()
    assert panel.histogram.unit == "year"
    assert panel.range_label.text() == "1961: 1 of 1 dated events"
    assert panel.view.scale_caption() == "1 event in the busiest year"
    # one bar, under its handle, not a black block the width of the window
    from explorer.ui.timeline_panel import MARGIN, SELECTED

    view = panel.view
    image = view.grab().toImage()
    y = view.height() - view.fontMetrics().height() - 8
    assert image.pixelColor(view.width() // 2, y).name() == SELECTED.name()
    assert image.pixelColor(MARGIN + 20, y).name() != SELECTED.name()
    assert image.pixelColor(view.width() - MARGIN - 20, y).name() != SELECTED.name()


@pytest.fixture(scope="module")
def aleppo(tmp_path_factory) -> Path:
    """A TR-News story of Aleppo's evacuation: Turkey backs rebels, Russia and Iran Assad."""
    folder = tmp_path_factory.mktemp("aleppo") / "news"
    folder.mkdir()
    return eval_folder("trnews", folder, {"trnews-1050002"})


def export_csv(folder: Path, out: Path, *filters: str):
    import csv

    result = run_cli("export", str(folder), "-f", "csv", "-o", str(out), *filters)
    rows = list(csv.DictReader(out.open(encoding="utf-8"))) if result.returncode == 0 else []
    return result, rows


def test_filters_typed_as_the_window_shows_them(aleppo, tmp_path):
    # the Filters panel lists "Syria" and "Turkey": typed so, or in lower case, they are those
    # (before, --conflict Syria wrote an empty file and --actor turkey dropped Turkey's items
    # without a word)
    by_id, rows = export_csv(aleppo, tmp_path / "a.csv", "--conflict", "syria")
    assert by_id.returncode == 0 and rows and by_id.stderr == ""
    by_name, same = export_csv(aleppo, tmp_path / "b.csv", "--conflict", "Syria")
    assert by_name.returncode == 0 and by_name.stderr == ""
    assert [r["id"] for r in same] == [r["id"] for r in rows]
    _, turkey = export_csv(aleppo, tmp_path / "c.csv", "--actor", "Turkey", "--kind", "event")
    _, lower = export_csv(aleppo, tmp_path / "d.csv", "--actor", "turkey", "--kind", "event")
    assert turkey and [r["id"] for r in lower] == [r["id"] for r in turkey]


def test_a_filter_that_names_nothing_is_said(aleppo, tmp_path):
    result, rows = export_csv(aleppo, tmp_path / "e.csv", "--conflict", "Syrian war")
    assert result.returncode == 0 and rows == []
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("warning: --conflict 'Syrian war' names no")
    assert "Syria (syria)" in lines[0]
    assert ": 0 items of " in result.stdout


def test_a_date_range_that_ends_before_it_starts_is_refused(aleppo, tmp_path):
    result, _ = export_csv(aleppo, tmp_path / "f.csv", "--from", "2016", "--to", "2015")
    assert result.returncode == 2 and not (tmp_path / "f.csv").exists()
    assert result.stderr.strip().splitlines() == [
        "explorer: --from 2016 is after --to 2015: no date is in between"
    ]
    ok, _ = export_csv(aleppo, tmp_path / "g.csv", "--from", "2016-10", "--to", "2016")
    assert ok.returncode == 0, ok.stderr


def sides_panel_of(folder: Path, qtbot):
    from explorer.ui.sides_panel import SidesPanel

    ws = workspace_of(folder)
    panel = SidesPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 400)
    panel.set_sides(ws.visible.sides(), ws.palette)
    return panel


def party_column(panel):
    from explorer.ui.sides_panel import COLUMNS

    return COLUMNS.index("Party"), COLUMNS.index("Years")


def test_stances_of_no_year_leave_the_party_the_room(aleppo, qtbot):
    # an undated story: the Years column was empty, and "Syrian government (Assad)" read
    # "Syrian gover..." with no way to read the rest
    panel = sides_panel_of(aleppo, qtbot)
    assert panel.proxy.rowCount() > 0
    party, years = party_column(panel)
    assert panel.table.isColumnHidden(years)
    names = [panel.proxy.index(r, party) for r in range(panel.proxy.rowCount())]
    assert all(panel.proxy.data(i, Qt.ItemDataRole.ToolTipRole) for i in names)
    assert any(
        panel.proxy.data(i).startswith("Syrian government")
        and panel.proxy.data(i) in panel.proxy.data(i, Qt.ItemDataRole.ToolTipRole)
        for i in names
    )


def test_stances_of_a_year_show_it(tmp_path, qtbot):
    # a story of 1998 on the DR Congo's war: the years are there, and shown
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "q4-chad-congo-1998.txt").write_bytes((FRESH / "q4-chad-congo-1998.txt").read_bytes())
    panel = sides_panel_of(folder, qtbot)
    _, years = party_column(panel)
    assert panel.proxy.rowCount() > 0 and not panel.table.isColumnHidden(years)
    assert "1998" in {
        panel.proxy.data(panel.proxy.index(r, years)) for r in range(panel.proxy.rowCount())
    }


@pytest.fixture(scope="module")
def quiet_news(tmp_path_factory) -> Path:
    """A TR-News story of no war and no side: self-driving cars refused a permit in San
    Francisco. (The Cuba story above tells that the US cut ties with Cuba in 1961, a stance.)"""
    folder = tmp_path_factory.mktemp("quiet") / "news"
    folder.mkdir()
    return eval_folder("trnews", folder, {"trnews-1020009"})


def test_no_conflict_is_said_with_its_reason(quiet_news, qtbot):
    panel = sides_panel_of(quiet_news, qtbot)
    assert panel.theatre_box.currentText() == "No conflicts found"
    assert panel.summary.text() == "No article shown describes a war, or who backs whom in one"


def pdf_text(path: Path) -> str:
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    text = " ".join(doc.getAllText(i).text() for i in range(doc.pageCount()))
    doc.close()
    return " ".join(text.split())


def test_the_brief_says_where_in_words(tmp_path, qapp):
    # an Israeli raid in Gaza (a stance document): the brief's item read "attack · Gaza · PS"
    # and its conflict "Conflict area · conflict"; the window says "Gaza Strip, Palestinian
    # Territory" (the raid placed in the camp it stormed, Khan Younis, since eventsq45)
    from tests.articles import EVAL

    doc = EVAL / "stances" / "docs" / "agnews-test-4464.txt"
    if not doc.exists():
        pytest.skip("the stance documents are not beside the project")
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / doc.name).write_bytes(doc.read_bytes())
    out = tmp_path / "brief.pdf"
    result = run_cli("brief", str(folder), "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    raid = "Attack: Israel in Khan Younis Event · attack · Khan Younis · Gaza Strip, Palestinian"
    assert raid + " Territory" in text
    assert "Khan Younis Place · city · Gaza Strip, Palestinian Territory" in text
    assert " · PS" not in text
    assert "Israel–Gaza conflict Conflict area “" in text  # not "· conflict", no "Conflict:"


def test_a_conflict_s_evidence_says_what_it_is_once(aleppo):
    from explorer.ui.evidence_panel import evidence_html

    ws = workspace_of(aleppo)
    syria = next(i for i in ws.items if i.kind == "theatre" and i.id == "syria")
    page = evidence_html(syria, ws.items)
    assert "Conflict area</p>" in page and "Conflict area · conflict" not in page


def test_a_conflict_area_is_called_so_in_the_tables(aleppo, qtbot):
    # the legend says "Conflict area"; the Items table's Kind column and the Filters panel's
    # kinds said "theatre", a word of the code
    from explorer.filters import facets
    from explorer.ui.items_model import COLUMNS, ItemsModel

    ws = workspace_of(aleppo)
    model = ItemsModel()
    model.set_items(ws.items)
    kind = [key for key, _ in COLUMNS].index("kind")
    shown = {model.data(model.index(r, kind)) for r in range(model.rowCount())}
    assert "conflict area" in shown and "theatre" not in shown
    labels = {f.value: f.label for f in facets(ws.items)["kinds"]}
    assert labels["theatre"] == "conflict area" and labels["place"] == "place"


def test_the_review_panel_says_what_it_reviews_in_words(aleppo, qtbot):
    # it read "Conflict area · conflict" and "Place · city · SY"
    from explorer.ui.review_panel import ReviewPanel

    ws = workspace_of(aleppo)
    panel = ReviewPanel()
    qtbot.addWidget(panel)
    panel.set_item(next(i for i in ws.items if i.id == "syria"))
    assert panel.detail_label.text() == "Conflict area"
    town = next(i for i in ws.items if i.kind == "place" and i.name == "Aleppo")
    panel.set_item(town)
    assert panel.detail_label.text().endswith("Syria") and "SY" not in panel.detail_label.text()


def test_the_timeline_says_how_many_dated_events_the_search_leaves(tmp_path, qtbot):
    # fresh stance stories of three years: searched for one war, the window showed its few
    # events while the timeline read "2006 – 2019: 6 of 6 dated events" (counted over all)
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from explorer.app import build
    from tests.test_window import TIMEOUT, Loaded

    folder = tmp_path / "news"
    folder.mkdir()
    for name in (
        "q1-chad-sudan-2006.txt",
        "q2-libya-gna-2019.txt",
        "q3-mali-algiers-2014.txt",
    ):
        (folder / name).write_bytes((FRESH / name).read_bytes())
    workspace, window, controller = build(tmp_path / "settings.ini")
    qtbot.addWidget(window)
    state = Loaded(workspace, window, controller, qtbot)
    window.resize(1500, 900)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.map.is_ready, timeout=TIMEOUT)
        state.wait_done(controller.open_source(folder))
        state.wait_drawn()
        timeline = window.timeline
        dated = timeline.histogram.dated
        assert dated >= 3
        assert timeline.range_label.text().endswith(f": {dated} of {dated} dated events")
        workspace.set_search("Libya")
        window.flush()
        state.wait_drawn()
        shown = [
            i for i in workspace.visible if i.kind == "event" and i.date_precision != "unknown"
        ]
        assert 0 < len(shown) < dated
        assert timeline.range_label.text().endswith(
            f": {dated} of {dated} dated events; {len(shown)} shown with the other filters"
        )
        workspace.set_search("")
        window.flush()
        assert timeline.range_label.text().endswith(f": {dated} of {dated} dated events")
    finally:
        window.close()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_html_map_lists_by_kind_and_name_and_says_where_in_words(tmp_path, qtbot):
    # the stance document of an Israeli raid in Gaza, exported as a colleague's HTML map:
    # its list came in the project's order (places before events, unsorted), an item read
    # "· PS", and the pane below the list stood empty without a word
    import shiboken6
    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineCore import QWebEngineProfile
    from PySide6.QtWebEngineWidgets import QWebEngineView

    from tests.articles import EVAL
    from tests.pages import TIMEOUT, run_js
    from tests.test_standalone_map import Page

    doc = EVAL / "stances" / "docs" / "agnews-test-4464.txt"
    if not doc.exists():
        pytest.skip("the stance documents are not beside the project")
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / doc.name).write_bytes(doc.read_bytes())
    out = tmp_path / "map.html"
    result = run_cli("export", str(folder), "-f", "html", "-o", str(out))
    assert result.returncode == 0, result.stderr
    profile = QWebEngineProfile()
    page = Page(profile)
    view = QWebEngineView()
    view.setPage(page)
    view.resize(1300, 800)
    qtbot.addWidget(view)
    view.show()
    try:
        with qtbot.waitSignal(page.loadFinished, timeout=TIMEOUT):
            view.load(QUrl.fromLocalFile(str(out)))
        qtbot.waitUntil(
            lambda: run_js(qtbot, page, "document.querySelectorAll('.sa-row').length") > 0,
            timeout=TIMEOUT,
        )
        rows = json.loads(
            run_js(
                qtbot,
                page,
                "JSON.stringify(Array.from(document.querySelectorAll('.sa-row')).map("
                "function (r) { return [r.children[0].textContent, r.children[1].textContent]; }))",
            )
        )
        kinds = [k for k, _ in rows]
        assert kinds == sorted(kinds, key=["Event", "Asset", "Place", "Conflict area"].index)
        for kind in set(kinds):
            names = [n for k, n in rows if k == kind]
            assert names == sorted(names, key=str.casefold)
        hint = run_js(
            qtbot,
            page,
            "getComputedStyle(document.getElementById('sa-detail'), '::before').content",
        )
        assert "Click an item" in hint
        ids = json.loads(
            run_js(
                qtbot,
                page,
                "JSON.stringify(window.EXPLORER_STANDALONE.items.map("
                "function (i) { return [i.id, i.name]; }))",
            )
        )
        gaza = next(i for i, name in ids if name == "Attack: Israel in Khan Younis")
        view.page().runJavaScript(f"window.explorerStandalone.select({json.dumps(gaza)}, true)")
        detail = "document.getElementById('sa-detail').textContent"
        qtbot.waitUntil(lambda: "excerpt" in run_js(qtbot, page, detail), timeout=TIMEOUT)
        text = run_js(qtbot, page, detail)
        assert "Event · attack · Gaza Strip, Palestinian Territory" in text
        assert "· PS" not in text
        assert page.errors == []
    finally:
        view.close()
        shiboken6.delete(page)
        shiboken6.delete(profile)


def test_an_export_whose_name_says_another_format_is_said(aleppo, tmp_path):
    out = tmp_path / "aleppo.csv"
    result = run_cli("export", str(aleppo), "-f", "geojson", "-o", str(out))
    assert result.returncode == 0
    assert json.loads(out.read_text("utf-8"))["type"] == "FeatureCollection"  # as asked
    assert result.stderr.strip().splitlines() == [
        "warning: aleppo.csv is written as geojson, though its name says otherwise "
        "(a geojson file ends in .geojson or .json)"
    ]
    fine = run_cli("export", str(aleppo), "-f", "geojson", "-o", str(tmp_path / "a.json"))
    assert fine.returncode == 0 and fine.stderr == ""


def _stance_doc(tmp_path: Path, name: str) -> Path:
    from tests.articles import EVAL

    doc = EVAL / "stances" / "docs" / name
    if not doc.exists():
        pytest.skip("the stance documents are not beside the project")
    folder = tmp_path / name.removesuffix(".txt")
    folder.mkdir()
    (folder / name).write_bytes(doc.read_bytes())
    return folder


def test_sides_in_markdown_list_the_conflicts_with_no_side_in_one_line(
    aleppo, quiet_news, tmp_path
):
    # a story naming the Syrian war's sides, and one naming no war: the conflicts with no
    # stance each had a heading over "No stances found", and no war read "No theatres"
    page = run_cli("sides", str(aleppo), "-f", "md")
    assert page.returncode == 0, page.stderr
    assert "## Syria (`syria`)" in page.stdout and "No stances found" not in page.stdout
    headings = [line for line in page.stdout.splitlines() if line.startswith("## ")]
    for heading in headings:
        section = page.stdout.split(heading, 1)[1]
        assert section.split("\n## ", 1)[0].count("| ") > 0  # every heading over a table
    gaza = _stance_doc(tmp_path, "agnews-test-4464.txt")  # a raid in Gaza, no side named
    page = run_cli("sides", str(gaza), "-f", "md")
    assert page.returncode == 0, page.stderr
    assert "## " not in page.stdout and "No stances found" not in page.stdout
    assert "The articles name no side in 1 conflict: Israel–Gaza conflict (`gaza`)." in page.stdout
    quiet = run_cli("sides", str(quiet_news), "-f", "md")
    assert quiet.returncode == 0, quiet.stderr
    assert "No conflicts found: no article describes a war" in quiet.stdout
    assert "theatre" not in quiet.stdout.casefold()


def test_conflict_not_stated_with_no_stance_left_is_not_offered(tmp_path, qtbot):
    # "Nepal rejects UN mediation" (a stance document): its one claim denied, the Sides
    # panel offered "Conflict not stated (0 stances)" and "0 stances from 0 articles"
    folder = _stance_doc(tmp_path, "agnews-test-726.txt")
    ws = workspace_of(folder)
    assert "unplaced" not in {t["id"] for t in ws.visible.sides()["theatres"]}
    panel = sides_panel_of(folder, qtbot)
    offered = [panel.theatre_box.itemText(i) for i in range(panel.theatre_box.count())]
    assert not any("Conflict not stated" in text for text in offered)


def test_the_kml_says_where_in_words(tmp_path):
    # Google Earth's balloon read "Conflict area: conflict" and never where an item is
    import xml.etree.ElementTree as ET

    folder = _stance_doc(tmp_path, "agnews-test-4464.txt")
    out = tmp_path / "gaza.kml"
    result = run_cli("export", str(folder), "-f", "kml", "-o", str(out))
    assert result.returncode == 0, result.stderr
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    marks = {
        m.findtext("k:name", namespaces=ns): m.findtext("k:description", namespaces=ns)
        for m in ET.parse(out).getroot().iter("{http://www.opengis.net/kml/2.2}Placemark")
    }
    assert marks["Khan Younis"].startswith(
        "Place: city<br>Where: Gaza Strip, Palestinian Territory<br>"
    )
    assert marks["Israel–Gaza conflict"].startswith("Conflict area<br>")


def test_the_graph_s_labels_do_not_cover_one_another(tmp_path, qtbot):
    # fresh stories of the DR Congo's wars: Rwanda and Uganda said to back M23 in several
    # ways, their edges' "backs (1)" labels drawn over one another near Rwanda
    import re

    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    folder = tmp_path / "news"
    folder.mkdir()
    for name in (
        "q1-kabila-rwanda-2012.txt",
        "q1-rwanda-m23-2013.txt",
        "q1-uganda-m23-2024.txt",
        "q4-chad-congo-1998.txt",
    ):
        (folder / name).write_bytes((FRESH / name).read_bytes())
    panel = sides_panel_of(folder, qtbot)
    assert panel.select_theatre("drc")
    scene = panel.graph.scene()
    labels = [
        item.sceneBoundingRect()
        for item in scene.items()
        if isinstance(item, QGraphicsSimpleTextItem)
        and re.fullmatch(r"(backs|opposes|supplies|mediates) \(\d+\)", item.text())
    ]
    assert len(labels) >= 5
    overlaps = [(a, b) for i, a in enumerate(labels) for b in labels[i + 1 :] if a.intersects(b)]
    assert overlaps == []


def _trnews_lines(first: int) -> list[str]:
    from tests.articles import EVAL

    path = EVAL / "trnews.jsonl"
    if not path.exists():
        pytest.skip("the trnews corpus is not beside the project")
    with open(path, encoding="utf-8") as fh:
        return [json.dumps({"id": r["id"], "text": r["text"]}) for r in map(json.loads, fh)][:first]


def test_one_bad_line_of_a_geoparse_batch_is_named_and_the_others_go_on(tmp_path):
    # a record cut short in the middle of a batch stopped it there, with nothing written
    good = _trnews_lines(4)
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    lines = [good[0], good[1][:80], good[2], '["a list"]', good[3]]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("geoparse", str(src), "-o", str(out))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"warning: {src}:2: not a JSON line (Invalid control character at column 81), left out",
        f"warning: {src}:4: no 'text' field holding a string, left out",
    ]
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [json.loads(good[i])["id"] for i in (0, 2, 3)]
    assert all(r["toponyms"] for r in rows)


def test_a_geoparse_batch_that_fails_leaves_the_file_there_was(tmp_path):
    good = _trnews_lines(1)
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(good[0] + "\n", encoding="utf-8")
    assert run_cli("geoparse", str(src), "-o", str(out)).returncode == 0
    before = out.read_bytes()
    article = tmp_path / "article.txt"
    article.write_text(json.loads(good[0])["text"], encoding="utf-8")
    refused = run_cli("geoparse", str(article), "-o", str(out))
    assert refused.returncode == 2 and len(refused.stderr.splitlines()) == 1
    assert "no line of article.txt is a {'id', 'text'} record" in refused.stderr
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def _as_launched(*args: str):
    """The command as an analyst's shell starts it: none of the Qt settings of this test
    process (the launcher sets its own)."""
    import os
    import subprocess
    import sys

    ours = ("QT_LOGGING_RULES", "QTWEBENGINE_CHROMIUM_FLAGS", "QT_QPA_PLATFORM")
    env = {k: v for k, v in os.environ.items() if k not in ours}
    return subprocess.run(
        [sys.executable, "-m", "explorer", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=600,
    )


def test_a_snapshot_says_nothing_on_stderr_unless_asked(aleppo, tmp_path):
    # every snapshot, brief and open printed "Sandboxing disabled by user.", "QRhiGles2:
    # Failed to create context", "GPUInfo not initialized on GpuInfoUpdate": no error at all
    import os

    quiet = _as_launched("snapshot", str(aleppo), "-o", str(tmp_path / "a.png"))
    assert quiet.returncode == 0 and quiet.stderr == ""
    assert (tmp_path / "a.png").stat().st_size > 10_000
    told = _as_launched("-v", "snapshot", str(aleppo), "-o", str(tmp_path / "b.png"))
    assert told.returncode == 0
    if os.geteuid() == 0:  # the sandbox is turned off as root, and -v says so
        assert "Sandboxing disabled by user." in told.stderr


def test_conflict_not_stated_with_its_only_claim_denied_is_no_item(tmp_path):
    # the same story: "Conflict not stated" was still a row of the Items table and of every
    # export, with no claim under it. The UN's mediation Nepal rejected names no side and no
    # war, so it is no claim at all (sidesfix36: "Conflict not stated" is no party's name)
    folder = _stance_doc(tmp_path, "agnews-test-726.txt")
    ws = workspace_of(folder)
    assert [i.name for i in ws.items if i.kind == "theatre"] == []
    assert [s.party for s in ws.items.stances] == []
    result, rows = export_csv(folder, tmp_path / "n.csv")
    assert result.returncode == 0, result.stderr
    assert rows and not any("Conflict not stated" in r["name"] for r in rows)


def test_the_brief_names_an_article_and_its_credits_once(aleppo):
    # a TR-News story has no headline: its title is its first sentence, cut at a word; the
    # brief printed it under each of the story's 30-odd excerpts, and the data credits at
    # the end as well as under the map
    import re

    from explorer.export.brief import BriefSpec, brief_html
    from explorer.export.records import DATA_CREDITS

    ws = workspace_of(aleppo)
    (document,) = ws.documents.values()
    assert document.title.endswith("…") and not document.title.endswith(" …")
    page = brief_html(ws.visible, BriefSpec("Aleppo", map_file="map.png"))
    citations = re.findall(r'<span class="src">(.*?)</span>', page)
    assert len(citations) > 10
    assert all(c.startswith("trnews-1050002.txt, characters ") for c in citations)
    assert page.count(document.title) == 1
    assert "Articles cited (1)" in page
    assert page.count(DATA_CREDITS) == 1 and "<figcaption>" in page


def test_a_bad_file_among_good_ones_is_named_and_the_commands_go_on(aleppo, tmp_path):
    # checked for every command that reads a folder (export, sides, snapshot): a file that is
    # no article is one warning line, what could be read is written, and the exit is 1
    import shutil

    folder = tmp_path / "news"
    shutil.copytree(aleppo, folder, ignore=shutil.ignore_patterns("*.gpkg*"))
    (folder / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    runs = [
        run_cli("export", str(folder), "-f", "geojson", "-o", str(tmp_path / "a.geojson")),
        run_cli("sides", str(folder), "-f", "json"),
        _as_launched("snapshot", str(folder), "-o", str(tmp_path / "a.png")),
    ]
    for result in runs:
        assert result.returncode == 1, result.stderr  # the batch's contract, as geoparse's
        (line,) = result.stderr.splitlines()
        assert line.startswith("warning: ") and "scan.txt" in line, line
    assert json.loads((tmp_path / "a.geojson").read_text(encoding="utf-8"))["features"]
    assert json.loads(runs[1].stdout)["theatres"]
    assert (tmp_path / "a.png").stat().st_size > 10_000


def test_an_event_at_a_sea_has_its_place_in_the_legend(tmp_path):
    # a ship seized in a strait stands on the map at the strait's point, but the snapshot's
    # and the brief's legend left out every item of area precision, so it had no "Event"
    from explorer.mapview.composition import legend_entries

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "tanker.txt").write_text(
        "Iran seizes oil tanker in the Strait of Hormuz\n\nIran's Revolutionary Guards seized a"
        " Greek-flagged oil tanker in the Strait of Hormuz on Wednesday, the navy said.\n",
        encoding="utf-8",
    )
    ws = workspace_of(folder)
    (event,) = [i for i in ws.visible if i.kind == "event"]
    assert (event.type, event.precision) == ("ship_seizure", "area")
    legend = legend_entries(ws.visible, ws.palette, None)
    assert "Event" in [e.label for e in legend]
    assert "Place" in [e.label for e in legend]  # Iran's and Greece's outlines


def test_the_evidence_panel_names_an_article_once(aleppo):
    # a TR-News story's title is its first sentence: the Evidence panel said it under each of
    # an item's excerpts, and under the first sentence itself
    import html

    from explorer.ui.evidence_panel import evidence_html

    ws = workspace_of(aleppo)
    (document,) = ws.documents.values()
    cited = max(ws.items, key=lambda i: len(i.evidence))
    assert len(cited.evidence) >= 4
    page = evidence_html(cited, ws.items)
    assert page.count(html.escape(document.title)) <= 1
    assert page.count("open in article") == len(cited.evidence)  # each excerpt's own link


def test_eastern_dr_congo_is_the_east_of_the_country_not_all_of_it(tmp_path):
    # the conflict area was the whole of the DRC: Kinshasa, 1,500 km west of the fighting,
    # stood inside "Eastern DR Congo"; now North Kivu, South Kivu and Ituri, as the gazetteer's
    # towns of those first-level units draw them
    import shutil

    from shapely.geometry import Point, shape

    folder = tmp_path / "news"
    folder.mkdir()
    for name in ("q1-rwanda-m23-2013.txt", "q1-uganda-m23-2024.txt"):
        shutil.copy(FRESH / name, folder / name)
    ws = workspace_of(folder)
    (area,) = [i for i in ws.items if i.kind == "theatre" and i.name == "Eastern DR Congo"]
    drawn = shape(area.geometry)
    assert drawn.geom_type in ("Polygon", "MultiPolygon")
    towns = {"Goma": (29.23, -1.67), "Bukavu": (28.86, -2.51), "Bunia": (30.25, 1.56)}
    for name, (lon, lat) in towns.items():
        assert drawn.contains(Point(lon, lat)), name
    for name, (lon, lat) in {"Kinshasa": (15.31, -4.33), "Kisangani": (25.19, 0.52)}.items():
        assert not drawn.contains(Point(lon, lat)), name


def test_an_excerpt_of_an_article_with_no_outlet_says_its_date_plainly(tmp_path):
    # a story with no outlet whose headline is the excerpt: its line under the excerpt read
    # ", 2013-07-25 [q1-...]" (the outlet's and title's place left empty before the comma)
    import re
    import shutil

    from explorer.ui.evidence_panel import evidence_html

    folder = tmp_path / "news"
    folder.mkdir()
    shutil.copy(FRESH / "q1-rwanda-m23-2013.txt", folder / "q1-rwanda-m23-2013.txt")
    ws = workspace_of(folder)
    (document,) = ws.documents.values()
    assert document.published == "2013-07-25" and not document.outlet
    cited = [i for i in ws.items if i.evidence and i.evidence[0].start == 0]
    assert cited  # the headline is an excerpt
    for item in cited:
        page = evidence_html(item, ws.items)
        lines = re.findall(r"margin-top:4px'>(.*?)<a ", page)
        assert lines and lines[0] == "2013-07-25 ", lines
        assert not any(line.startswith(",") for line in lines), lines


def test_the_evidence_panel_says_an_item_with_no_place_is_not_on_the_map(tmp_path):
    # "Children among 28 killed in US air strike": an air strike the story places nowhere;
    # selected, the map did not move and the panel did not say why (the brief says so)
    import shutil

    from explorer.ui.evidence_panel import evidence_html

    folder = tmp_path / "news"
    folder.mkdir()
    name = "airstrike-manbij-2016.txt"
    shutil.copy(ROOT / "benchmarks" / "data" / "events_fresh3" / "docs" / name, folder / name)
    ws = workspace_of(folder)
    unplaced = [i for i in ws.items if i.geometry is None]
    placed = [i for i in ws.items if i.geometry is not None]
    assert unplaced and placed
    for item in unplaced:
        assert "<b>No place:</b> not on the map" in evidence_html(item, ws.items), item.name
    assert not any("No place" in evidence_html(i, ws.items) for i in placed)
