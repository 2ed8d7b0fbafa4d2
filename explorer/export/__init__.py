"""Data formats: GeoJSON, CSV, KML, GeoPackage and a standalone HTML map; the sides report.

Every format writes items of the one contract (``explorer.items``): the window exports the
items it shows, the command line those its filters let through. Each file is written beside
its target and renamed over it, so a reader never sees half a file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from explorer.export.geojson import feature_collection, to_feature_collection, write_geojson
from explorer.export.records import (
    ExportError,
    ExportOptions,
    ExportResult,
    records,
    split_located,
)
from explorer.export.sides import SIDES_FORMATS, sides, sides_report
from explorer.items import ItemSet, build_items
from explorer.model import Analysis

FORMATS = ("geojson", "csv", "kml", "gpkg", "html")


def _writer(fmt: str) -> Callable[[ItemSet, Path, ExportOptions], None]:
    # Imported on use: each format pulls in only what it needs.
    if fmt == "geojson":
        return write_geojson
    if fmt == "csv":
        from explorer.export.table import write_csv

        return write_csv
    if fmt == "kml":
        from explorer.export.kml import write_kml

        return write_kml
    if fmt == "gpkg":
        from explorer.export.package import write_gpkg

        return write_gpkg
    from explorer.export.htmlmap import write_html_map

    return write_html_map


def export_items(
    items: ItemSet,
    fmt: str,
    out_path: str | os.PathLike[str],
    options: ExportOptions | None = None,
) -> ExportResult:
    """Write ``items`` as ``fmt`` to ``out_path`` (replaced whole, never half-written).

    Returns what was written (items on the map, items listed apart for want of a place).
    Raises ExportError with a message a user can act on.
    """
    from explorer.store.files import atomic_path

    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    target = Path(out_path)
    if target.is_dir():
        raise ExportError(f"{target} is a folder; give a file name to export to")
    try:
        with atomic_path(target) as tmp:
            _writer(fmt)(items, tmp, options or ExportOptions())
    except ExportError:
        raise
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}") from exc
    unlocated = sum(1 for item in items if not item.geometry)
    return ExportResult(target, len(items) - unlocated, unlocated)


def export_analysis(
    analysis: Analysis,
    fmt: str,
    out_path: str | os.PathLike[str],
    reviews: Mapping[str, Any] | None = None,
    options: ExportOptions | None = None,
) -> ExportResult:
    """Every item of ``analysis`` (review states from ``Project.reviews()``) as ``fmt``."""
    return export_items(build_items(analysis, reviews), fmt, out_path, options)


__all__ = [
    "FORMATS",
    "SIDES_FORMATS",
    "ExportError",
    "ExportOptions",
    "ExportResult",
    "export_analysis",
    "export_items",
    "feature_collection",
    "records",
    "sides",
    "sides_report",
    "split_located",
    "to_feature_collection",
]
