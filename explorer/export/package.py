"""The GeoPackage export: a new project file holding the analysis as it stands (reviews
applied), written by the store so it has the very layers a project has."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from explorer.export.records import ExportError
from explorer.model import Analysis
from explorer.store import Project, StoreError


def write_gpkg(analysis: Analysis, path: Path, reviews: Mapping[str, Any] | None) -> None:
    try:
        with Project.open(path, create=True) as project:
            project.save(analysis)
            for item_id, review in (reviews or {}).items():
                if not isinstance(review, Mapping):
                    review = {"state": str(review), "edits": None}
                try:
                    project.set_review(item_id, review["state"], review.get("edits") or None)
                except StoreError:
                    continue  # an item this analysis does not hold (rejected and left out)
    except StoreError as exc:
        raise ExportError(f"cannot write the GeoPackage: {exc}") from exc
