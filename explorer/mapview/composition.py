"""A map snapshot as a composition: title, the map, its legend, a scale bar, credits and date.

The map itself is a picture of the page with its controls hidden (``explorer.mapview.snapshot``);
everything around it is drawn here by QPainter, in logical pixels scaled by the output's pixel
ratio, so a 2x PNG has twice the pixels of a 1x one with the same layout, and the PDF and SVG
hold the same composition with text and symbols as vectors.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
    QPolygonF,
)

from explorer.filters import FilterState
from explorer.items import KIND_LABELS, REJECTED, ItemSet
from explorer.palette import KIND_COLOURS, ink_for
from explorer.vocabulary import DATA_CREDITS

FORMATS = (".png", ".pdf", ".svg")
TITLE_HEIGHT = 62.0
FOOTER_HEIGHT = 26.0
BARE_TITLE_HEIGHT = 40.0  # a title with no line under it (the brief's picture)
MARGIN = 12.0
EARTH_CIRCUMFERENCE_M = 40_075_016.686
FONT_FAMILY = "DejaVu Sans"


@dataclass(frozen=True)
class LegendEntry:
    symbol: str  # place, event, asset, theatre, route, side, rejected
    label: str
    colour: str
    number: int | None = None


@dataclass
class Sheet:
    """What is drawn around the map picture."""

    title: str
    subtitle: str = ""
    legend: list[LegendEntry] = field(default_factory=list)
    metres_per_pixel: float | None = None  # at the map's centre, per logical pixel
    credits: str = DATA_CREDITS
    exported: str = field(default_factory=lambda: date.today().isoformat())  # "": none drawn


# --- what the sheet says (plain data) -------------------------------------------------------


def _in_view(geometry: dict | None, bbox: tuple[float, float, float, float] | None) -> bool:
    if bbox is None:
        return True
    if not geometry:
        return False
    # Most items lie wholly outside the view or have a vertex inside it, which their
    # coordinates tell; shapely decides the rest (building a country's outline as a shapely
    # geometry took most of the legend's 60-90 ms for the seeds' 74 items).
    plainly = _plainly_in_view(geometry, bbox)
    if plainly is not None:
        return plainly
    from shapely.geometry import box, shape

    try:
        return shape(geometry).intersects(box(*bbox))
    except (ValueError, TypeError, AttributeError):
        return False


# how deep a GeoJSON geometry's coordinates nest above its positions
_NESTING = {"Point": 0, "MultiPoint": 1, "LineString": 1, "Polygon": 2}


def _plainly_in_view(geometry: dict, bbox: tuple[float, float, float, float]) -> bool | None:
    """Whether a GeoJSON geometry meets ``bbox`` when its positions alone say so: every part
    of it lies wholly outside, or one of its vertices lies inside; None when they do not (or
    when they are not plain to read: a collection, nothing, anything malformed)."""
    kind = geometry.get("type", "")
    if kind in ("MultiLineString", "MultiPolygon"):  # each part on its own
        coordinates = geometry.get("coordinates")
        if not isinstance(coordinates, list) or not coordinates:
            return None
        parts = [_plainly_in_view({"type": kind[5:], "coordinates": c}, bbox) for c in coordinates]
        if True in parts:
            return True
        return False if all(p is False for p in parts) else None
    nesting = _NESTING.get(kind)
    if nesting is None:
        return None
    try:
        positions = [geometry["coordinates"]]
        if kind == "LineString" and len(positions[0]) < 2:
            return None  # what shapely refuses to make, it decides
        if kind == "Polygon" and any(len(ring) < 4 for ring in positions[0]):
            return None
        for _ in range(nesting):
            positions = [p for part in positions for p in part]
        xs = [p[0] for p in positions]
        ys = [p[1] for p in positions]
        if not xs or not math.isfinite(sum(xs) + sum(ys)):  # numbers, none of them NaN
            return None
    except (KeyError, IndexError, TypeError):
        return None
    west, south, east, north = bbox
    if max(xs) < west or east < min(xs) or max(ys) < south or north < min(ys):
        return False
    if any(west <= x <= east and south <= y <= north for x, y in zip(xs, ys, strict=True)):
        return True
    return None


def legend_entries(
    items: ItemSet, palette: dict[str, Any], bbox: tuple[float, float, float, float] | None
) -> list[LegendEntry]:
    """The kinds and sides of the items drawn in ``bbox`` (all items when None), in the
    order of the window's legend; rejected items get an entry when any is shown."""
    kinds = {**KIND_COLOURS, **(palette.get("kinds") or {})}
    side_colours = palette.get("sides") or {}
    numbers = palette.get("numbers") or {}
    shown = [
        i
        for i in items
        if _in_view(i.geometry, bbox)
        # a place that is an area known only by a point (a sea, a province) is listed, not
        # drawn; what happened there stands at that point (the map's rule: a ship seized in
        # the Strait of Hormuz is drawn, and had no "Event" in the legend)
        and not (
            i.kind == "place"
            and i.precision == "area"
            and (i.geometry or {}).get("type") == "Point"
        )
    ]
    # the kinds the map draws, as the window's legend names them (a route is an asset drawn
    # as a line: its own row, no asset symbol for it). No counts: the picture's caption says
    # how many items of each kind the sheet holds, placed or not, and the legend's own count
    # of those drawn in view read as a contradiction of it
    present = {"route" if i.kind == "asset" and i.precision == "line" else i.kind for i in shown}
    entries = [
        LegendEntry(kind, KIND_LABELS[kind], kinds[kind])
        for kind in ("place", "event", "asset", "theatre")
        if kind in present
    ]
    if "route" in present:
        entries.append(LegendEntry("route", "Pipeline or route", kinds["asset"]))
    sides = sorted(
        {i.side for i in shown if i.side and i.review != REJECTED and i.side in side_colours},
        key=lambda s: (numbers.get(s, 10_000), s.casefold()),
    )
    entries += [LegendEntry("side", s, side_colours[s], numbers.get(s)) for s in sides]
    layers: dict[str, int] = {}
    for item in shown:
        if item.layer:
            layers[item.layer] = layers.get(item.layer, 0) + 1
    entries += [
        LegendEntry("event", f"Table {name}: {n} events", kinds["event"])
        for name, n in sorted(layers.items())
    ]
    if any(i.review == REJECTED for i in shown):
        entries.append(LegendEntry("rejected", "Rejected by an analyst", "#999999"))
    return entries


def describe_filters(filters: FilterState, items: ItemSet, shown: int) -> str:
    """One line saying what the map holds: the filters in force and how many items."""
    parts = []
    if filters.kinds is not None:
        parts.append(", ".join(KIND_LABELS.get(k, k) for k in sorted(filters.kinds)))
    if filters.theatres is not None:
        names = [items.theatre_names.get(t, t) for t in sorted(filters.theatres) if t]
        if names:
            parts.append("Conflict: " + ", ".join(names))
    for dimension, label in (("sides", "Side"), ("actors", "Actor"), ("event_types", "Type")):
        allowed = getattr(filters, dimension)
        if allowed is not None:
            values = sorted(v for v in allowed if v)
            if values:
                parts.append(f"{label}: " + ", ".join(v.replace("_", " ") for v in values[:4]))
    if filters.date_start or filters.date_end:
        parts.append(f"{filters.date_start or '…'} to {filters.date_end or '…'}")
    if filters.text.strip():
        parts.append(f"“{filters.text.strip()}”")
    parts.append(f"{shown} item{'s' * (shown != 1)} shown")
    return " · ".join(parts)


def nice_distance(metres: float) -> float:
    """The largest 1, 2 or 5 times a power of ten not above ``metres``."""
    if metres <= 0:
        return 0.0
    power = 10 ** math.floor(math.log10(metres))
    for step in (5, 2, 1):
        if step * power <= metres:
            return step * power
    return power


def metres_per_pixel(latitude: float, zoom: float) -> float:
    """Web Mercator's ground distance of one CSS pixel at ``latitude`` and Leaflet ``zoom``."""
    return EARTH_CIRCUMFERENCE_M * math.cos(math.radians(latitude)) / (256 * 2**zoom)


def distance_label(metres: float) -> str:
    return f"{metres / 1000:g} km" if metres >= 1000 else f"{metres:g} m"


# --- drawing ------------------------------------------------------------------------------


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    return font


def _symbol(painter: QPainter, entry: LegendEntry, centre: QPointF) -> None:
    colour = QColor(entry.colour)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    outline = QPen(QColor("#FFFFFF"), 1.6)
    x, y = centre.x(), centre.y()
    if entry.symbol in ("place", "side", "rejected"):
        r = 8.5 if entry.symbol == "side" else 6.0
        painter.setPen(QPen(QColor(0, 0, 0, 150), 1.0))
        painter.setBrush(colour)
        painter.drawEllipse(centre, r + 1, r + 1)
        painter.setPen(outline)
        painter.drawEllipse(centre, r - 0.4, r - 0.4)
        if entry.number is not None:
            painter.setPen(QColor(ink_for(entry.colour)))
            painter.setFont(_font(10.5, bold=True))
            painter.drawText(QRectF(x - r, y - r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter,
                             str(entry.number))  # fmt: skip
    elif entry.symbol == "event":
        r = 7.0
        diamond = QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r),
                             QPointF(x - r, y)])  # fmt: skip
        painter.setPen(QPen(QColor(0, 0, 0, 150), 1.0))
        painter.setBrush(colour)
        painter.drawPolygon(diamond)
    elif entry.symbol == "asset":
        painter.setPen(QPen(QColor(0, 0, 0, 150), 1.0))
        painter.setBrush(colour)
        painter.drawRect(QRectF(x - 6, y - 6, 12, 12))
    elif entry.symbol == "theatre":
        fill = QColor(colour)
        fill.setAlphaF(0.15)
        pen = QPen(colour, 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRect(QRectF(x - 8, y - 5.5, 16, 11))
    elif entry.symbol == "route":
        painter.setPen(QPen(colour, 3.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawLine(QPointF(x - 8, y), QPointF(x + 8, y))
    painter.restore()


_LEGEND_ROW = _LEGEND_HEAD = 20.0


def _legend_size(entries: list[LegendEntry], map_width: float) -> tuple[float, float]:
    metrics = QFontMetricsF(_font(12))
    rows = len(entries) + any(e.symbol == "side" for e in entries)  # the "Sides" title
    width = 46 + max(metrics.horizontalAdvance(e.label) for e in entries)
    width = min(max(width, 120.0), map_width * 0.45)
    return width, _LEGEND_HEAD + rows * _LEGEND_ROW + 10


def legend_corner(entries: list[LegendEntry], map_width: float) -> tuple[float, float] | None:
    """The box the legend of ``entries`` covers in the map's bottom right corner, margin
    included (logical pixels), for the map to fit its items beside or above; None if none."""
    if not entries:
        return None
    width, height = _legend_size(entries, map_width)
    return width + MARGIN, height + MARGIN


def _legend(painter: QPainter, entries: list[LegendEntry], map_rect: QRectF) -> None:
    if not entries:
        return
    row, head = _LEGEND_ROW, _LEGEND_HEAD
    label_font, head_font = _font(12), _font(12, bold=True)
    metrics = QFontMetricsF(label_font)
    kinds = [e for e in entries if e.symbol not in ("side", "rejected")]
    sides = [e for e in entries if e.symbol == "side"]
    rest = [e for e in entries if e.symbol == "rejected"]
    width, height = _legend_size(entries, map_rect.width())
    box = QRectF(map_rect.right() - MARGIN - width, map_rect.bottom() - MARGIN - height,
                 width, height)  # fmt: skip
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor(0, 0, 0, 90), 1))
    painter.setBrush(QColor(255, 255, 255, 242))
    painter.drawRoundedRect(box, 4, 4)
    painter.setPen(QColor("#222222"))
    painter.setFont(head_font)
    painter.drawText(QRectF(box.left() + 10, box.top() + 4, width - 20, head),
                     Qt.AlignmentFlag.AlignVCenter, "Legend")  # fmt: skip
    y = box.top() + 4 + head
    for group, title in ((kinds, None), (sides, "Sides"), (rest, None)):
        if not group:
            continue
        if title:
            painter.setFont(head_font)
            painter.setPen(QColor("#222222"))
            painter.drawText(QRectF(box.left() + 10, y, width - 20, row),
                             Qt.AlignmentFlag.AlignVCenter, title)  # fmt: skip
            y += row
        for entry in group:
            _symbol(painter, entry, QPointF(box.left() + 19, y + row / 2))
            painter.setFont(label_font)
            painter.setPen(QColor("#222222"))
            text = metrics.elidedText(entry.label, Qt.TextElideMode.ElideRight, width - 44)
            painter.drawText(QRectF(box.left() + 34, y, width - 40, row),
                             Qt.AlignmentFlag.AlignVCenter, text)  # fmt: skip
            y += row
    painter.restore()


def _scale_bar(painter: QPainter, metres_per_px: float, map_rect: QRectF) -> None:
    target = min(160.0, map_rect.width() / 4)
    metres = nice_distance(metres_per_px * target)
    if metres <= 0:
        return
    length = metres / metres_per_px
    font = _font(11.5)
    label = distance_label(metres)
    metrics = QFontMetricsF(font)
    x0 = map_rect.left() + MARGIN
    y0 = map_rect.bottom() - MARGIN
    back = QRectF(x0 - 6, y0 - 30, length + 12 + metrics.horizontalAdvance(label) / 2, 34)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 215))
    painter.drawRoundedRect(back, 3, 3)
    bar = QRectF(x0, y0 - 9, length, 5)
    painter.setPen(QPen(QColor("#222222"), 1))
    painter.setBrush(QColor("#FFFFFF"))
    painter.drawRect(bar)
    painter.setBrush(QColor("#222222"))
    painter.drawRect(QRectF(bar.left(), bar.top(), length / 2, bar.height()))
    painter.setFont(font)
    painter.drawText(QPointF(x0 - 3, y0 - 14), "0")
    painter.drawText(QPointF(x0 + length - metrics.horizontalAdvance(label) / 2, y0 - 14), label)
    painter.restore()


def paint(painter: QPainter, map_image: QImage, sheet: Sheet, map_size: QSizeF) -> None:
    """Draw the whole composition in logical pixels (the caller scales the painter)."""
    width = map_size.width()
    top, foot_height = _bands(sheet)
    total = QRectF(0, 0, width, top + map_size.height() + foot_height)
    painter.fillRect(total, QColor("#FFFFFF"))
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    # title and what the map holds
    title_font = _font(21, bold=True)
    painter.setFont(title_font)
    painter.setPen(QColor("#111111"))
    title = QFontMetricsF(title_font).elidedText(
        sheet.title, Qt.TextElideMode.ElideRight, width - 2 * MARGIN - 4
    )
    painter.drawText(QRectF(MARGIN + 2, 6, width - 2 * MARGIN, 32),
                     Qt.AlignmentFlag.AlignVCenter, title)  # fmt: skip
    if sheet.subtitle:
        sub_font = _font(12.5)
        painter.setFont(sub_font)
        painter.setPen(QColor("#555555"))
        sub = QFontMetricsF(sub_font).elidedText(
            sheet.subtitle, Qt.TextElideMode.ElideRight, width - 2 * MARGIN - 4
        )
        painter.drawText(QRectF(MARGIN + 2, 36, width - 2 * MARGIN, 20),
                         Qt.AlignmentFlag.AlignVCenter, sub)  # fmt: skip
    # the map
    map_rect = QRectF(0, top, width, map_size.height())
    painter.drawImage(map_rect, map_image)
    painter.setPen(QPen(QColor("#888888"), 1))
    painter.drawLine(map_rect.topLeft(), map_rect.topRight())
    painter.drawLine(map_rect.bottomLeft(), map_rect.bottomRight())
    _legend(painter, sheet.legend, map_rect)
    if sheet.metres_per_pixel:
        _scale_bar(painter, sheet.metres_per_pixel, map_rect)
    if not foot_height:
        return
    # credits and date
    foot_font = _font(11)
    painter.setFont(foot_font)
    painter.setPen(QColor("#444444"))
    foot = QRectF(MARGIN, map_rect.bottom(), width - 2 * MARGIN, FOOTER_HEIGHT)
    stamp = f"Exported {sheet.exported}" if sheet.exported else ""
    stamp_width = QFontMetricsF(foot_font).horizontalAdvance(stamp) if stamp else 0
    credits = QFontMetricsF(foot_font).elidedText(
        sheet.credits, Qt.TextElideMode.ElideRight, foot.width() - stamp_width - 24
    )
    painter.drawText(foot, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, credits)
    painter.drawText(foot, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, stamp)


def _bands(sheet: Sheet) -> tuple[float, float]:
    """The heights of the title's band and the footer's: no room for a line not drawn (the
    brief's picture says neither what it holds, nor its credits, nor its date)."""
    top = TITLE_HEIGHT if sheet.subtitle else BARE_TITLE_HEIGHT
    return top, FOOTER_HEIGHT if sheet.credits or sheet.exported else 0.0


def composed_size(map_size: QSizeF, sheet: Sheet) -> QSizeF:
    top, foot = _bands(sheet)
    return QSizeF(map_size.width(), top + map_size.height() + foot)


def compose_image(map_image: QImage, sheet: Sheet, scale: float) -> QImage:
    """The composition as a raster image at ``scale`` device pixels per logical pixel."""
    map_size = QSizeF(map_image.width() / scale, map_image.height() / scale)
    size = composed_size(map_size, sheet)
    image = QImage(
        QSize(round(size.width() * scale), round(size.height() * scale)),
        QImage.Format.Format_RGB32,
    )
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    try:
        painter.scale(scale, scale)
        paint(painter, map_image, sheet, map_size)
    finally:
        painter.end()
    return image


def _write_pdf(path: Path, map_image: QImage, sheet: Sheet, scale: float) -> None:
    # a page's classes made when a page is written: making QPageSize's, QPageLayout's and
    # QPdfWriter's types (their enums, QPageSize's hundred-odd page sizes) took 2.9 ms of a
    # PNG snapshot's read for nothing it drew
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    map_size = QSizeF(map_image.width() / scale, map_image.height() / scale)
    size = composed_size(map_size, sheet)
    writer = QPdfWriter(str(path))
    writer.setTitle(sheet.title)
    writer.setCreator("explorer")
    writer.setResolution(96)  # one logical pixel is one device unit
    points = QSizeF(size.width() * 72 / 96, size.height() * 72 / 96)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(points, QPageSize.Unit.Point, "map", QPageSize.SizeMatchPolicy.ExactMatch),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    painter = QPainter(writer)
    try:
        paint(painter, map_image, sheet, map_size)
    finally:
        painter.end()


def _write_svg(path: Path, map_image: QImage, sheet: Sheet, scale: float) -> None:
    from PySide6.QtSvg import QSvgGenerator

    map_size = QSizeF(map_image.width() / scale, map_image.height() / scale)
    size = composed_size(map_size, sheet)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setTitle(sheet.title)
    generator.setSize(QSize(round(size.width()), round(size.height())))
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    painter = QPainter(generator)
    try:
        paint(painter, map_image, sheet, map_size)
    finally:
        painter.end()


# Qt's PNG "quality" picks zlib's level: 80 is level 1, written in 0.6 of the time of the
# default level (6) for files 1-2% larger (a 1400x988 snapshot: 0.08 s against 0.14 s).
PNG_QUALITY = 80


def save_composition(path: Path, map_image: QImage, sheet: Sheet, scale: float) -> Path:
    """Write the composition as PNG, PDF or SVG (by the file's suffix), whole or not at all."""
    return saving_composition(path, map_image, sheet, scale)()


def saving_composition(
    path: Path, map_image: QImage, sheet: Sheet, scale: float
) -> Callable[[], Path]:
    """Start writing the composition (as ``save_composition``); the function returned waits
    until it is written, returns ``path`` or raises what the writing raised. A PNG is composed
    here and encoded in a thread of its own (Qt's encoder lets go of the GIL: 30-40 ms for a
    1400x988 snapshot), so the caller can meanwhile do what needs no picture, such as closing
    the map's view; PDF and SVG are written before this returns."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"{path.name}: a snapshot is written as PNG, PDF or SVG")
    if suffix != ".png":
        write = _write_pdf if suffix == ".pdf" else _write_svg
        _write_whole(path, lambda tmp: write(tmp, map_image, sheet, scale))
        return lambda: path
    composed = compose_image(map_image, sheet, scale)  # fonts and painting: this thread

    def encode(tmp: Path) -> None:
        if not composed.save(str(tmp), "PNG", PNG_QUALITY):
            raise OSError(f"could not write {path}")

    pool = ThreadPoolExecutor(1, thread_name_prefix="snapshot-png")
    writing = pool.submit(_write_whole, path, encode)
    pool.shutdown(wait=False)

    def written() -> Path:
        writing.result()
        return path

    return written


def _write_whole(path: Path, write: Callable[[Path], None]) -> None:
    """``write(tmp)`` to a fresh file beside ``path``, which then replaces ``path``: whole or
    not at all."""
    from explorer.store.files import atomic_path

    with atomic_path(path) as tmp:
        write(tmp)
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise OSError(f"could not write {path}")


def png_bytes(image: QImage) -> bytes:
    """An image as PNG bytes (for a brief's HTML)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


__all__ = [
    "FORMATS",
    "LegendEntry",
    "Sheet",
    "compose_image",
    "describe_filters",
    "legend_corner",
    "legend_entries",
    "metres_per_pixel",
    "paint",
    "save_composition",
    "saving_composition",
]
