"""Map snapshots as compositions and PDF briefs, made by the command line on the seed articles
and read back: pixels of the PNG, text and page size of the PDF (Qt's own PDF reader)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from PySide6.QtGui import QColor, QImage

from explorer.mapview.composition import (
    BARE_TITLE_HEIGHT,
    FOOTER_HEIGHT,
    TITLE_HEIGHT,
    nice_distance,
)
from tests.test_cli import SEEDS, run_cli

# A frame around Syria, where the seeds' sides are
BBOX = "34,31,43,38"


@pytest.fixture(autouse=True)
def _seeds_analysed(seeds_project):
    """The seeds' project is in place, as the window would have left it."""


def _pdf(path):
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(path))
    assert document.status() == QPdfDocument.Status.Ready, path
    return document


def _dark(image: QImage, x0: int, y0: int, x1: int, y1: int) -> int:
    """How many pixels of the box are dark (text, bars)."""
    return sum(
        1
        for x in range(x0, x1, 2)
        for y in range(y0, y1, 2)
        if QColor(image.pixel(x, y)).value() < 90
    )


def test_png_composition_at_1x_and_2x(qapp, tmp_path):
    one, two = tmp_path / "one.png", tmp_path / "two.png"
    for out, scale in ((one, "1"), (two, "2")):
        result = run_cli(
            "snapshot", str(SEEDS), "-o", str(out), "--scale", scale, "--bbox", BBOX,
            "--title", "Syria: who is where",
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
    a, b = QImage(str(one)), QImage(str(two))
    assert (a.width(), a.height()) == (1400, 900 + TITLE_HEIGHT + FOOTER_HEIGHT)
    assert (b.width(), b.height()) == (2 * a.width(), 2 * a.height())
    top = int(TITLE_HEIGHT)
    bottom = a.height() - int(FOOTER_HEIGHT)
    assert _dark(a, 10, 5, 400, top - 4) > 40  # the title and what the map holds
    assert _dark(a, 10, bottom + 2, 700, a.height() - 2) > 40  # credits
    assert _dark(a, 1200, bottom + 2, 1395, a.height() - 2) > 10  # export date
    assert _dark(a, 10, bottom - 40, 200, bottom - 10) > 20  # scale bar and its label
    # the legend: a white box in the map's bottom-right corner, with dark text in it
    assert QColor(a.pixel(1400 - 30, bottom - 25)).value() > 235
    assert _dark(a, 1200, bottom - 200, 1390, bottom - 14) > 40
    # no map controls: where Leaflet's zoom buttons would be, the basemap shows
    zoom_button = QColor(a.pixel(27, top + 27))
    assert zoom_button.name() != "#ffffff"
    # the 2x picture is the same composition, twice as sharp
    small = b.scaled(a.width(), a.height())
    same = sum(
        1
        for x in range(0, a.width(), 25)
        for y in range(0, a.height(), 25)
        if abs(QColor(small.pixel(x, y)).value() - QColor(a.pixel(x, y)).value()) < 40
    )
    assert same > 0.85 * (a.width() // 25 + 1) * (a.height() // 25 + 1)


def test_pdf_and_svg_hold_the_same_composition(qapp, tmp_path):
    pdf, svg = tmp_path / "map.pdf", tmp_path / "map.svg"
    for out in (pdf, svg):
        result = run_cli(
            "snapshot", str(SEEDS), "-o", str(out), "--bbox", BBOX, "--title", "Syria <test>"
        )
        assert result.returncode == 0, result.stderr
    document = _pdf(pdf)
    assert document.pageCount() == 1
    text = document.getAllText(0).text()
    for words in ("Syria <test>", "Legend", "Sides", "km", "Natural Earth", "GeoNames",
                  f"Exported {date.today().isoformat()}"):  # fmt: skip
        assert words in text, words
    size = document.pagePointSize(0)
    assert size.width() / size.height() == pytest.approx(1400 / 988, rel=0.01)
    root = ET.parse(svg).getroot()
    svg_text = " ".join(t.text or "" for t in root.iter() if t.tag.endswith("text"))
    assert "Syria <test>" in svg_text and "Legend" in svg_text
    assert any(e.tag.endswith("image") for e in root.iter())  # the map picture


def test_snapshot_refuses_what_it_cannot_write(tmp_path):
    result = run_cli("snapshot", str(SEEDS), "-o", str(tmp_path / "map.jpg"))
    assert result.returncode != 0 and ".png, .pdf or .svg" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(("paper", "points"), [("a4", (595.3, 841.9)), ("letter", (612, 792))])
def test_brief_pdf(qapp, tmp_path, paper, points):
    out = tmp_path / f"brief-{paper}.pdf"
    result = run_cli("brief", str(SEEDS), "-o", str(out), "--paper", paper, "--title", "Brief")
    assert result.returncode == 0, result.stderr
    document = _pdf(out)
    assert document.pageCount() >= 3
    size = document.pagePointSize(0)
    assert (size.width(), size.height()) == pytest.approx(points, abs=1.5)
    first = document.getAllText(0).text()
    assert first.startswith("Brief") and "Who backs whom" in first
    assert "Natural Earth" in first  # the map's credits, under the map
    whole = " ".join(document.getAllText(p).text() for p in range(document.pageCount()))
    whole = " ".join(whole.split())
    assert "Items shown" in whole
    # a claim of the seeds, with its excerpt and where it was read
    assert re.search(r"Turkey backs Azerbaijan", whole)
    assert "Erdogan supported Azerbaijan in the war" in whole
    assert re.search(r"characters \d+–\d+", whole)
    # the map is drawn on the first page: many colours in its upper half
    image = document.render(0, size.toSize() * 2)
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(100, 700, 7)}
    assert len(colours) > 100


def test_brief_refuses_a_bad_output(tmp_path):
    result = run_cli("brief", str(SEEDS), "-o", str(tmp_path / "brief.docx"))
    assert result.returncode != 0 and ".pdf" in result.stderr
    result = run_cli("brief", str(SEEDS), "-o", str(tmp_path / "b.pdf"), "--paper", "a3")
    assert result.returncode != 0 and "invalid choice" in result.stderr


def test_nice_distances():
    assert [nice_distance(m) for m in (0.7, 13, 260, 4_999, 5_000, 730_000)] == [
        0.5, 10, 200, 2_000, 5_000, 500_000
    ]  # fmt: skip


def test_the_brief_map_says_neither_credits_nor_date_under_itself(qapp, seeds_project):
    # the brief's header line says what is shown and "exported <date>", and the caption the
    # data credits; the map picture said the count again under its title and "Exported
    # <date>" again at its footer's right end
    from explorer.mapview.brief import brief_sheet
    from explorer.mapview.composition import compose_image
    from explorer.pipeline import open_sources
    from explorer.workspace import Workspace

    opened = open_sources([SEEDS], seeds_project)
    ws = Workspace()
    ws.set_analysis(opened.analysis, opened.project, opened.reviews)
    sheet = brief_sheet(ws.visible, ws.palette, None)
    assert sheet.legend  # what the map shows is still told
    blank = QImage(880, 620, QImage.Format.Format_RGB32)
    blank.fill(QColor("#FFFFFF"))
    a = compose_image(blank, sheet, 1.0)
    # no band kept for lines not drawn: a title over the map, nothing under it
    assert (a.width(), a.height()) == (880, 620 + int(BARE_TITLE_HEIGHT))
    assert _dark(a, 10, 5, 400, 34) > 40  # the title is drawn
    assert _dark(a, 0, a.height() - 20, 600, a.height() - 1) == 0  # left of the legend
