"""Articles are untrusted: markup, scripts and formulas in them stay text in every output, the
map page runs nothing it was not built with, and the bridge takes only well-formed messages."""

from __future__ import annotations

import csv
import json
import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl

from explorer.export import export_analysis, sides_report
from explorer.export.safe import csv_cell, markdown_text
from explorer.mapview.bridge import MapBridge
from explorer.pipeline import analyse_sources
from tests.pages import run_js, shown_map

PAYLOADS = json.loads(
    (Path(__file__).resolve().parent.parent / "benchmarks/data/hostile_payloads.json").read_text(
        "utf-8"
    )
)["payloads"]
FILE_NAMES = ["=cmd.txt", "<img src=x onerror=alert(9)>.txt", "@evil.txt", "+x.txt"]
MARKUP = re.compile(r"<\s*(script|img|svg|iframe|a|b)\b", re.I)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A folder of articles that carry every payload in titles, excerpts and file names."""
    folder = tmp_path_factory.mktemp("hostile")
    for n, payload in enumerate(PAYLOADS):
        name = FILE_NAMES[n] if n < len(FILE_NAMES) else f"article-{n:02d}.txt"
        (folder / name).write_text(
            f"{payload}\n\n"
            f"Turkey backs the Syrian rebels in Idlib, {payload} officials said on Monday. "
            f"Russia supports the government of Syria in Damascus. {payload}\n\n"
            f"Troops were deployed near Aleppo after talks in Ankara {payload} ended.\n",
            encoding="utf-8",
        )
    analysis = analyse_sources([folder])
    assert len(analysis.documents) == len(PAYLOADS), analysis.problems
    return analysis


def test_the_payloads_reach_the_articles_and_the_evidence(hostile):
    texts = " ".join(d.text for d in hostile.documents)
    evidence = " ".join(e.text for p in hostile.places for e in p.evidence)
    for payload in PAYLOADS:
        assert payload in texts
        assert payload.split("!")[0] in evidence


def test_csv_cells_never_start_a_formula(hostile, tmp_path):
    out = export_analysis(hostile, "csv", tmp_path / "items.csv").path
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) > 10
    starts = [cell for row in rows for cell in row if cell[:1] in ("=", "+", "@", "\t", "\r")]
    assert starts == []
    assert not any(cell.startswith("-") and not _number(cell) for row in rows for cell in row)
    assert any(cell.startswith("'=cmd.txt") for row in rows for cell in row)


def _number(cell: str) -> bool:
    try:
        return math.isfinite(float(cell))
    except ValueError:
        return False


def test_kml_descriptions_show_markup_as_text(hostile, tmp_path):
    out = export_analysis(hostile, "kml", tmp_path / "items.kml").path
    root = ET.parse(out).getroot()
    descriptions = [e.text or "" for e in root.iter() if e.tag.endswith("description")]
    assert len(descriptions) > 10
    for description in descriptions:
        # what a viewer renders as HTML: our own line breaks, paragraphs and italics around
        # the citation, and entities for everything else
        assert "<" not in re.sub(r"</?(br|p|i)>", "", description)
    rendered = " ".join(descriptions)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    assert "]]>" not in out.read_text(encoding="utf-8")  # no CDATA section to break out of
    assert {e.tag.split("}")[1] for e in root.iter()} <= {
        "kml", "Document", "Folder", "Placemark", "name", "description", "TimeStamp", "when",
        "TimeSpan", "begin", "end", "ExtendedData", "Data", "value", "Point", "LineString",
        "Polygon", "MultiGeometry", "coordinates", "tessellate", "outerBoundaryIs",
        "innerBoundaryIs", "LinearRing", "Style", "styleUrl", "IconStyle", "LabelStyle",
        "LineStyle", "PolyStyle", "color", "scale", "width", "open", "snippet", "Snippet",
    }  # fmt: skip


def test_markdown_sides_carry_no_live_markup(hostile):
    page = sides_report(hostile, "md")
    assert "Syria" in page and "backs" in page
    assert MARKUP.search(page) is None, MARKUP.search(page)
    assert re.search(r"(?<!\\)\]\(", page) is None  # no link: every "]" is escaped
    assert "\\[click\\]" in page
    assert "&lt;script&gt;" in page


def test_the_brief_carries_no_live_markup(hostile):
    from explorer.export.brief import BriefSpec, brief_html
    from explorer.items import build_items

    page = brief_html(build_items(hostile), BriefSpec(title="<script>alert(8)</script>"))
    assert MARKUP.search(page) is None, MARKUP.search(page)
    assert "&lt;script&gt;alert(8)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(9)&gt;.txt" in page  # a file name, as text


def test_the_standalone_html_map_runs_only_its_own_scripts(hostile, tmp_path):
    from explorer.export import ExportOptions
    from explorer.mapview.page import build_page_html

    options = ExportOptions(title="<img src=x onerror=alert(10)>", map_page=build_page_html())
    out = export_analysis(hostile, "html", tmp_path / "map.html", options=options).path
    page = out.read_text(encoding="utf-8")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert policy and "script-src 'sha256-" in policy.group(1)
    assert "'unsafe-inline'" not in policy.group(1).split("script-src")[1].split(";")[0]
    body = re.sub(r"<script>.*?</script>", "", page, flags=re.S)  # the data is JSON in a script
    assert MARKUP.search(body) is None, MARKUP.search(body)
    assert "alert(10)" in page and "<img src=x onerror=alert(10)>" not in page


def test_geojson_keeps_the_text_exactly(hostile, tmp_path):
    out = export_analysis(hostile, "geojson", tmp_path / "items.geojson").path
    data = json.loads(out.read_text(encoding="utf-8"))
    texts = json.dumps(data, ensure_ascii=False)
    assert "<script>alert(1)</script>" in texts  # JSON is data: the reader decides


def test_the_escaping_helpers():
    assert csv_cell("=1+1") == "'=1+1" and csv_cell("-x") == "'-x" and csv_cell(-2.5) == -2.5
    assert csv_cell("Ankara") == "Ankara"
    assert markdown_text("a | b <i>[x](y)</i>\n*z*") == (
        "a \\| b &lt;i&gt;\\[x\\]\\(y\\)&lt;/i&gt; \\*z\\*"
    )


# --- the window's labels ------------------------------------------------------------------------


def test_labels_and_tooltips_with_article_text_are_plain(qtbot, hostile):
    from explorer.items import build_items
    from explorer.ui.items_model import COLUMNS, ItemsModel
    from explorer.ui.main_window import MainWindow
    from explorer.ui.plaintext import plain_tip
    from explorer.workspace import Workspace

    assert "<img" not in plain_tip("<img src=x onerror=alert(1)>")
    assert "&lt;b&gt;" in plain_tip("<b>x</b>")
    model = ItemsModel()
    model.set_items(build_items(hostile))
    column = [key for key, _ in COLUMNS].index("outlets")  # untitled outlets: article titles
    shown = [model.index(row, column) for row in range(model.rowCount())]
    marked = [i for i in shown if "<script>" in model.data(i, Qt.ItemDataRole.DisplayRole)]
    assert marked  # the titles are shown as they are...
    for index in marked:  # ...and their tooltips are text, not markup
        tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
        assert "<script>" not in tip and "&lt;script&gt;" in tip
    window = MainWindow(Workspace())
    qtbot.addWidget(window)
    try:
        assert window.status.textFormat() == Qt.TextFormat.PlainText
    finally:
        window.map.shutdown()


# --- the bridge ---------------------------------------------------------------------------------

MALFORMED = [
    "",
    "not json",
    "[1, 2]",
    '{"event": 5}',
    '{"event": "bogus"}',
    '{"event": "click"}',
    '{"event": "click", "id": {"nested": true}}',
    '{"event": "click", "id": "' + "x" * 10_000 + '"}',
    '{"event": "rendered", "count": "12"}',
    '{"event": "rendered", "count": -1}',
    '{"event": "located", "id": "a", "x": "1", "y": 2}',
    '{"event": "located", "id": "a", "x": 1e400, "y": 2}',
    '{"event": "error"}',
    "[" * 100_000,
    '{"event": "click", "id": "' + "x" * (50 * 1024 * 1024) + '"}',
]


def test_the_bridge_drops_malformed_messages_without_raising(qtbot):
    bridge = MapBridge()
    fired: list = []
    for signal in (bridge.ready, bridge.feature_clicked, bridge.rendered, bridge.located):
        signal.connect(lambda *args, s=signal: fired.append(args))
    bridge.page_error.connect(lambda *args: fired.append(args))
    for message in MALFORMED:
        bridge.post(message)  # never raises
    assert fired == []
    assert not bridge.is_ready
    bridge.post('{"event": "click", "id": "place:1"}')
    bridge.post('{"event": "located", "id": "place:1", "x": 10, "y": 20.5}')
    bridge.post('{"event": "ready"}')
    assert fired == [("place:1",), ("place:1", 10.0, 20.5), ()]


# --- the page -----------------------------------------------------------------------------------


@pytest.fixture
def view(qtbot):
    from PySide6.QtWebEngineCore import QWebEngineProfile

    yield from shown_map(qtbot, 800, 600, profile=QWebEngineProfile())


@pytest.mark.js_errors_expected  # the page reports each script the policy refused
def test_the_page_has_a_policy_that_blocks_injected_scripts(qtbot, view):
    policy = run_js(
        qtbot,
        view,
        "document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content",
    )
    # the page reads one file of its own beside it (the basemap's arcs), nothing remote
    assert "default-src 'none'" in policy and "connect-src 'self';" in policy
    run_js(
        qtbot,
        view,
        """(function () {
            var s = document.createElement('script');
            s.textContent = 'window.__injected = 1';
            document.head.appendChild(s);
            var d = document.createElement('div');
            d.innerHTML = '<img src="x" onerror="window.__handler = 1">';
            document.body.appendChild(d);
            return 1;
        })()""",
    )
    qtbot.wait(300)  # let a (blocked) error handler have its chance
    assert run_js(qtbot, view, "typeof window.__injected + ',' + typeof window.__handler") == (
        "undefined,undefined"
    )
    assert run_js(qtbot, view, "String(window.open('https://evil.example/'))") == "null"


@pytest.mark.js_errors_expected  # Chromium reports the data: navigation it refused itself
def test_the_page_cannot_navigate_away(qtbot, view):
    home = view.url()
    for target in ("file:///etc/passwd", "https://evil.example/", "data:text/html,<p>x</p>"):
        run_js(qtbot, view, f"location.href = {json.dumps(target)}; 1")
        qtbot.wait(300)
        assert view.url() == home, target
    assert (
        view.page().acceptNavigationRequest(
            QUrl("https://example.org/"),
            view.page().NavigationType.NavigationTypeLinkClicked,
            True,
        )
        is False
    )  # no user click just before: not opened either


def test_package_escaping_module_is_used_by_every_text_export():
    export = Path(__file__).resolve().parent.parent / "explorer" / "export"
    for name in ("kml.py", "table.py", "sides.py", "brief.py", "htmlmap.py"):
        assert "explorer.export.safe" in (export / name).read_text(encoding="utf-8"), name
