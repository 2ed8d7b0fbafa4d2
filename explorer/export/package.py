"""The GeoPackage export: a new project file holding the items shown and the analysis behind
them (reviews applied), written by the store so it has the very layers a project has and
explorer opens it as a project."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from explorer.export.records import ExportError
from explorer.ids import stance_id
from explorer.items import ItemSet
from explorer.store import Project, StoreError


def write_gpkg(items: ItemSet, path: Path) -> None:
    keep = {item.id for item in items} | {stance.id for stance in items.stances}
    whole = items.analysis
    analysis = replace(
        whole,
        places=[p for p in whole.places if p.id in keep],
        events=[e for e in whole.events if e.id in keep],
        assets=[a for a in whole.assets if a.id in keep],
        theatres=[t for t in whole.theatres if t.id in keep],
        stances=[s for s in whole.stances if stance_id(s) in keep],
    )
    try:
        with Project.open(path, create=True) as project:
            project.save(analysis)
            for item_id, review in items.reviews.items():
                if item_id not in keep:
                    continue
                if not isinstance(review, Mapping):
                    review = {"state": str(review), "edits": None}
                try:
                    project.set_review(item_id, review["state"], review.get("edits") or None)
                except StoreError:
                    continue  # an item the saved analysis does not hold
    except StoreError as exc:
        raise ExportError(f"cannot write the GeoPackage: {exc}") from exc
