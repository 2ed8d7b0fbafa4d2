"""The PDF brief, printed by Qt: the composed map (``explorer.mapview.snapshot``) and the page
``explorer.export.brief`` writes, laid out by QtWebEngine and printed with ``printToPdf`` on
A4 or Letter. Nothing beyond what the app ships is needed."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineSettings

from explorer.export.brief import BriefSpec, brief_html
from explorer.export.pdf_title import set_pdf_title
from explorer.mapview.composition import Sheet, compose_image, describe_filters
from explorer.mapview.snapshot import MapFrame, legend_corner_of, render_map, sheet_for
from explorer.mapview.waiting import wait_for

if TYPE_CHECKING:
    from explorer.items import ItemSet

MAP_SIZE = (880, 620)  # CSS pixels: labels stay legible at the page's width
MAP_SCALE = 2.0
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def print_pdf(
    html_path: Path, out: Path, paper: str, timeout_ms: int = 60_000, title: str = ""
) -> Path:
    """Lay out ``html_path`` and print it to ``out`` (replaced whole) on ``paper``, titled
    ``title`` in its metadata (``printToPdf`` leaves the title field empty)."""
    from explorer.store.files import atomic_path

    profile = QWebEngineProfile()  # off the record: nothing written to the user's disk
    page = QWebEnginePage(profile)
    settings = page.settings()
    settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, False)
    settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False)
    try:
        page.load(QUrl.fromLocalFile(str(html_path)))
        (ok,) = wait_for(page.loadFinished, timeout_ms, "the brief to lay out")
        if not ok:
            raise OSError(f"could not lay out {html_path}")
        layout = QPageLayout(
            QPageSize(PAGE_SIZES[paper]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),  # the page's own @page margins apply
        )
        with atomic_path(out) as tmp:
            page.printToPdf(str(tmp), layout)
            _path, printed = wait_for(page.pdfPrintingFinished, timeout_ms, "the PDF")
            if not printed or not tmp.exists():
                raise OSError(f"could not print {out}")
            if title:
                set_pdf_title(tmp, title)
        return out
    finally:
        shiboken6.delete(page)
        shiboken6.delete(profile)


def brief_sheet(visible: ItemSet, palette: dict[str, Any], where: MapFrame | None) -> Sheet:
    """What is drawn around the brief's map picture: its legend and scale, but neither what
    it holds, nor the credits, nor the date, which the page says once in words (the filters,
    the count and the date in the header's line; the credits under the picture, where they
    can be read aloud, searched and copied)."""
    sheet = sheet_for(visible, palette, "Map of the items shown", "", where)
    sheet.credits = ""
    sheet.exported = ""
    return sheet


def render_brief(
    workspace,
    out: Path,
    title: str,
    paper: str = "a4",
    frame: MapFrame | None = None,
    bbox: tuple[float, float, float, float] | None = None,
    timeout_ms: int = 60_000,
) -> Path:
    """The brief of what ``workspace`` (explorer.workspace.Workspace) shows, as a PDF."""
    if paper not in PAGE_SIZES:
        raise ValueError(f"paper must be a4 or letter, not {paper!r}")
    visible = workspace.visible
    subtitle = describe_filters(workspace.filters, workspace.items, len(visible))
    image, where = render_map(
        visible.map_collection(),
        workspace.palette,
        MAP_SIZE,
        MAP_SCALE,
        bbox=frame.bbox if frame is not None else bbox,
        select=workspace.selection,
        timeout_ms=timeout_ms,
        fly=False,  # the brief's map shows every item; the selection is marked on it
        corner=None if frame or bbox else legend_corner_of(visible, workspace.palette, MAP_SIZE),
    )
    sheet = brief_sheet(visible, workspace.palette, where)
    with tempfile.TemporaryDirectory(prefix="explorer-brief-") as folder:
        work = Path(folder)
        if not compose_image(image, sheet, MAP_SCALE).save(str(work / "map.png"), "PNG"):
            raise OSError("could not draw the map for the brief")
        spec = BriefSpec(
            title=title,
            subtitle=subtitle,
            map_file="map.png",
            selected=workspace.selection,
            paper=paper,
            exported=date.today().isoformat(),
        )
        page = work / "brief.html"
        page.write_text(brief_html(visible, spec), encoding="utf-8")
        return print_pdf(page, out, paper, timeout_ms, title)
