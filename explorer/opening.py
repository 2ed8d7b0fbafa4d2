"""Opening a source: where its project is kept, and bringing that project up to date.

What a command needs before any analysis, apart from the pipeline: a project file opens
without importing the pipeline (nor, through it, the corpus and geoparse packages), which only a
folder of articles to bring up to date asks for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from explorer.limits import never

if TYPE_CHECKING:
    from explorer.model import Analysis
    from explorer.pipeline import IngestSummary

PROJECT_SUFFIXES = (".gpkg",)

Progress = Callable[[int, int, str], None]  # done, total, what


def is_project(path: Path) -> bool:
    return path.suffix.lower() in PROJECT_SUFFIXES


def default_project_for(source: Path) -> Path:
    """Where the window keeps a folder's project (its analysis and the analyst's reviews).

    A .gpkg is its own project; a folder or file of articles gets one in the user's data
    folder, named after the source, so reopening it is instant and reviews persist.
    """
    import hashlib
    import os
    import re

    source = Path(source).resolve()
    if is_project(source):
        return source
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    digest = hashlib.sha256(str(source).encode("utf-8")).hexdigest()[:10]
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", source.stem or "articles").strip("-")[:40]
    folder = Path(base) / "explorer" / "projects"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{slug}-{digest}.gpkg"


def ingest_and_load(
    sources: Iterable[Path],
    project_path: Path,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] = never,
    include_rejected: bool = True,
) -> tuple[Analysis, IngestSummary | None]:
    """What the window does on open and import: bring the project up to date, then load it."""
    from explorer.store import Project

    sources = [Path(s) for s in sources]
    summary = None
    article_sources = [s for s in sources if not (s.is_file() and is_project(s))]
    if article_sources:
        from explorer.pipeline import ingest

        summary = ingest(article_sources, project_path, progress, is_cancelled)
    with Project.open(project_path, create=False) as project:
        analysis = project.load(include_rejected=include_rejected)
    if summary:
        analysis.problems = list(summary.problems)
    return analysis, summary


@dataclass
class Opened:
    """A source brought up to date in its project and loaded as the window shows it."""

    analysis: Analysis  # every item, rejected ones too (their review says so)
    reviews: dict
    project: Path
    summary: IngestSummary | None = None


def open_sources(
    sources: Iterable[Path],
    project_path: Path | None = None,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] = never,
) -> Opened:
    """What the window and the command line do on open: ingest new or changed articles into
    the source's project (the one the window keeps for it), then load it with its reviews."""
    from explorer.store import Project

    sources = [Path(s) for s in sources]
    project_path = project_path or default_project_for(sources[0])
    analysis, summary = ingest_and_load(sources, project_path, progress, is_cancelled)
    with Project.open(project_path, create=False) as project:
        reviews = project.reviews()
    return Opened(analysis, reviews, project_path, summary)
