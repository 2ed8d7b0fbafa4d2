"""Opening a source: where its project is kept, and bringing that project up to date.

What a command needs before any analysis, apart from the pipeline: a project file opens
without importing the pipeline, and a folder of articles already up to date in its project
without the corpus and geoparse packages; only a folder with new, changed or removed articles
(or a project made by other rules) is brought up to date by the pipeline's ``ingest``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from explorer.limits import never
from explorer.listing import article_paths

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
    analysis, _reviews, summary = _brought_up_and_read(
        sources, project_path, progress, is_cancelled, include_rejected
    )
    return analysis, summary


def _brought_up_and_read(
    sources: Iterable[Path],
    project_path: Path,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] = never,
    include_rejected: bool = True,
    mentions: bool = True,
) -> tuple[Analysis, dict, IngestSummary | None]:
    """``ingest_and_load``'s analysis and summary, with the reviews read with the analysis
    (``mentions``: as ``Project.load_with_reviews`` takes it)."""
    from explorer.store import Project

    sources = [Path(s) for s in sources]
    summary = None
    article_sources = [s for s in sources if not (s.is_file() and is_project(s))]
    if article_sources:
        summary = unchanged(article_sources, project_path)
        if summary is None:
            from explorer.pipeline import ingest

            summary = ingest(article_sources, project_path, progress, is_cancelled)
    with Project.open(project_path, create=False) as project:
        analysis, reviews = project.load_with_reviews(include_rejected, mentions)
    if summary:
        analysis.problems = list(summary.problems)
    return analysis, reviews, summary


def unchanged(sources: list[Path], project_path: Path) -> IngestSummary | None:
    """What ``ingest`` would answer for folders of articles that its project holds as they are,
    found without reading any article: None unless every article file in them is stored with
    the same hash (of its bytes), by the same analysis (``analysis_version``), and nothing
    else is stored. Anything the listing could not be sure of (a folder it cannot read, a link
    to nothing, two files of the same name) is None too: ``ingest`` then looks for itself.

    As ``ingest`` does, the project is opened for writing first (a read-only project, or
    another program writing to it, is left to ``ingest`` to report) and its problems' list is
    emptied."""
    files: list[tuple[Path, str]] = []
    for source in sources:
        found = _folder_articles(source) if source.is_dir() else None
        if not found:
            return None
        files.extend(found)
    project_path = Path(project_path)
    if not project_path.is_file() or len({doc_id for _, doc_id in files}) < len(files):
        return None
    from explorer.pipeline import IngestSummary, analysis_version
    from explorer.store import Project, StoreError

    try:
        with Project.open(project_path, write="explorer ingest", wait=0) as project:
            known = project.known_hashes()
            if known.keys() != {doc_id for _, doc_id in files}:
                return None
            if project.analysis_version() != analysis_version():
                return None
            if any(file_sha256(path) != known[doc_id] for path, doc_id in files):
                return None
            project.record_problems([])
    except (StoreError, OSError):
        return None
    return IngestSummary(project_path, skipped=[doc_id for _, doc_id in files])


def _folder_articles(folder: Path) -> list[tuple[Path, str]] | None:
    """(file, document id) of the article files an ingest of ``folder`` reads, in its order,
    when they are all regular files and the folder could be listed whole; else None. Hidden
    files and folders are left out, as the corpus leaves them; an id is the file's name (two
    files of one name get other ids: the caller gives those up)."""
    failed: list[object] = []
    found = [(path, path.name) for path in article_paths(folder, failed.append, failed.append)]
    return None if failed else found


def file_sha256(path: Path) -> str | None:
    """The hash an article is known by in its project: of its bytes, before any decoding
    (None when it cannot be read: the reading names the problem)."""
    import hashlib

    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None  # read (and reported) by the ingest


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
    mentions: bool = True,
) -> Opened:
    """What the window and the command line do on open: ingest new or changed articles into
    the source's project (the one the window keeps for it), then load it with its reviews,
    read with it. ``mentions=False``: its analysis without mentions, for a picture (see
    ``Project.load_with_reviews``)."""
    sources = [Path(s) for s in sources]
    project_path = project_path or default_project_for(sources[0])
    analysis, reviews, summary = _brought_up_and_read(
        sources, project_path, progress, is_cancelled, mentions=mentions
    )
    return Opened(analysis, reviews, project_path, summary)
