"""From articles to an Analysis: read -> geoparse -> extract, and the project-file round trip.

Plain functions over plain data; the window runs them in a worker thread, the CLI directly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from explorer.model import (
    Analysis,
    Document,
    Evidence,
    Mention,
    Place,
    Theatre,
    Toponym,
    place_id_for,
)

PROJECT_SUFFIXES = (".gpkg",)

Progress = Callable[[int, int, str], None]  # done, total, what


class Cancelled(Exception):
    """The caller asked the pipeline to stop; nothing was written."""


def is_project(path: Path) -> bool:
    return path.suffix.lower() in PROJECT_SUFFIXES


AREA_KINDS = {"sea", "area", "region", "continent", "country"}


def _precision(kind: str, geometry: dict) -> str:
    """How exactly the geometry locates the place: a country or a sea known by one point is
    not a point place, and the map must not pin it as one."""
    gtype = geometry.get("type", "")
    if kind == "country":
        return "country"
    if "LineString" in gtype:
        return "line"
    if "Polygon" in gtype or kind in AREA_KINDS:
        return "area"
    return "point"


def places_and_mentions(
    doc: Document, toponyms: list[Toponym], geometry_for: Callable[[str], dict | None]
) -> tuple[list[Place], list[Mention]]:
    """Turn one document's toponyms into mentions and the places they resolve to.

    A place gets evidence only from literal mentions: "Ankara said ..." names a government, so
    it is kept as a (metonymic) mention but does not pin the capital on the map.
    """
    places: dict[str, Place] = {}
    mentions: list[Mention] = []
    spellings: dict[str, Counter] = {}
    for top in toponyms:
        cand = top.candidate
        pid = place_id_for(cand.gazetteer_id) if cand else None
        mentions.append(
            Mention(
                doc=doc.id,
                start=top.start,
                end=top.end,
                name=top.name,
                place_id=pid,
                confidence=top.confidence,
                metonymic=top.metonymic,
                candidates=([cand] if cand else []) + list(top.alternatives),
            )
        )
        if cand is None or top.metonymic or pid is None:
            continue
        geometry = geometry_for(cand.gazetteer_id) or {
            "type": "Point",
            "coordinates": [cand.lon, cand.lat],
        }
        place = places.get(pid)
        if place is None:
            place = places[pid] = Place(
                id=pid,
                name=cand.name,
                kind=cand.kind,
                geometry=geometry,
                country=cand.country,
                gazetteer_id=cand.gazetteer_id,
                precision=_precision(cand.kind, geometry),
            )
        place.evidence.append(_sentence_evidence(doc, top.start, top.end))
        spellings.setdefault(pid, Counter())[top.name] += 1
    for pid, place in places.items():
        if place.kind != "country":
            # Label a place as the articles spell it ("Tartus"), not as the gazetteer
            # transliterates it ("Ţarţūs"); the gazetteer id keeps the link.
            place.name = spellings[pid].most_common(1)[0][0]
    return list(places.values()), mentions


def _sentence_evidence(doc: Document, start: int, end: int) -> Evidence:
    """The sentence around a span (the span itself when sentences are unknown)."""
    for span in doc.sentences:
        if span.start <= start and end <= span.end:
            start, end = span.start, span.end
            break
    return Evidence(doc=doc.id, start=start, end=end, text=doc.text[start:end])


def merge_items(items: Iterable) -> list:
    """One item per id, evidence of all duplicates kept in order (places, theatres, assets)."""
    merged: dict = {}
    for item in items:
        k = item.id
        if k in merged:
            seen = {(e.doc, e.start, e.end) for e in merged[k].evidence}
            merged[k].evidence.extend(
                e for e in item.evidence if (e.doc, e.start, e.end) not in seen
            )
        else:
            merged[k] = item
    return list(merged.values())


def analyse_documents(
    documents: list[Document],
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] = lambda: False,
) -> Analysis:
    """Geoparse and extract every document (the gazetteer and models load once)."""
    from explorer.extract import aggregate_stances, extract
    from explorer.extract.lexicon import lexicon_for
    from explorer.geoparse import Geoparser, load_gazetteer

    geoparser = Geoparser.default()
    gazetteer = load_gazetteer()
    lexicon = lexicon_for(tuple(gazetteer.country_facts()))  # every country is a possible side
    analysis = Analysis(documents=list(documents))
    places: list[Place] = []
    theatres: list[Theatre] = []
    stances = []
    batch = 16  # geoparse in batches (spaCy's pipe is faster), report progress per batch
    for first in range(0, len(documents), batch):
        if is_cancelled():
            raise Cancelled()
        chunk = documents[first : first + batch]
        if progress:
            progress(first, len(documents), chunk[0].title or chunk[0].id)
        parsed = geoparser.parse_many([d.text for d in chunk], include_demonyms=True)
        for doc, toponyms in zip(chunk, parsed, strict=True):
            doc_places, mentions = places_and_mentions(doc, toponyms, gazetteer.geometry)
            places.extend(doc_places)
            analysis.mentions.extend(mentions)
            found = extract(doc, toponyms, geometry_for=gazetteer.geometry, lexicon=lexicon)
            analysis.events.extend(found.events)
            analysis.assets.extend(found.assets)
            theatres.extend(found.theatres)
            stances.extend(found.stances)
    analysis.places = merge_items(places)
    analysis.assets = merge_items(analysis.assets)
    analysis.theatres = merge_items(theatres)
    analysis.stances = aggregate_stances(stances)
    if progress:
        progress(len(documents), len(documents), "done")
    return analysis


def read_articles(sources: Iterable[Path]) -> tuple[list[Document], list[str]]:
    from explorer.corpus import read_sources

    result = read_sources([Path(s) for s in sources])
    return result.documents, [f"{path}: {message}" for path, message in result.problems]


def analyse_sources(
    sources: Iterable[Path],
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] = lambda: False,
) -> Analysis:
    documents, problems = read_articles(sources)
    if not documents:
        raise ValueError(
            "no readable articles in "
            + ", ".join(str(s) for s in sources)
            + (": " + "; ".join(problems) if problems else "")
        )
    analysis = analyse_documents(documents, progress, is_cancelled)
    analysis.problems = problems
    # the same event told by several articles becomes one event with all their evidence
    # (projects keep events per article and join them when loaded)
    from explorer.extract.merge import merge_analysis_events

    return merge_analysis_events(analysis)


def load_source(source: Path) -> Analysis:
    """A project file is loaded as saved (reviews applied); articles are analysed afresh."""
    source = Path(source)
    if source.is_file() and is_project(source):
        from explorer.store import Project

        with Project.open(source, create=False) as project:
            return project.load()
    return analyse_sources([source])


@dataclass
class IngestSummary:
    project: Path
    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)  # what each imported table gave
    refused: list[str] = field(default_factory=list)  # tables that could not be imported

    def describe(self) -> str:
        text = (
            f"{self.project}: {len(self.added)} article(s) added or updated, "
            f"{len(self.skipped)} unchanged"
        )
        return "\n".join([text, *self.tables])


def ingest(
    sources: Iterable[Path],
    project_path: Path,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] = lambda: False,
) -> IngestSummary:
    """Add articles and event tables to a project: unchanged ones (same hash) are skipped.

    A file is an event table (ACLED-style CSV, GeoJSON) when its content says so; each table
    is saved in its own transaction, and one that cannot be imported is refused with a
    message naming what it lacks (``summary.refused``) while the rest go on.
    """
    from explorer.export.tables import is_table_text, looks_like_table
    from explorer.store import Project

    sources = [Path(s) for s in sources]
    tables = [s for s in sources if s.is_file() and looks_like_table(s)]
    articles = [s for s in sources if s not in tables]
    documents, problems = read_articles(articles) if articles else ([], [])
    summary = IngestSummary(project=Path(project_path), problems=problems)
    version = analysis_version()
    with Project.open(project_path, create=True) as project:
        known = stored = project.known_hashes()
        if known and project.analysis_version() != version:
            # made by an older analysis (other rules or lexicons): read every article again,
            # those of this source and those added before; reviews are kept apart and stay
            # (an imported event table is no article: its rows stay as they were read)
            given = {d.id for d in documents}
            documents = documents + [
                d
                for d in project.stored_documents()
                if d.id not in given and not is_table_text(d.text)
            ]
            known = {}
        fresh = [d for d in documents if known.get(d.id) != d.sha256]
        summary.skipped = [d.id for d in documents if known.get(d.id) == d.sha256]
        if fresh:
            analysis = analyse_documents(fresh, progress, is_cancelled)
            project.save(analysis, analysis_version=version)
        summary.added = [d.id for d in fresh]
        for table in tables:  # a table's rows do not depend on the analysis: by hash only
            _ingest_table(project, table, stored, summary)
    return summary


def _ingest_table(project, path: Path, known: dict[str, str], summary: IngestSummary) -> None:
    from explorer.export.tables import TableError, read_table

    try:
        imported = read_table(path)
    except TableError as exc:
        summary.problems.append(str(exc))
        summary.refused.append(str(path))
        return
    document = imported.document
    if known.get(document.id) == document.sha256:
        summary.skipped.append(document.id)
        return
    project.save(Analysis(documents=[document], events=imported.events))
    summary.added.append(document.id)
    summary.tables.append(imported.describe())


# Bump when extraction or geoparsing changes what they find from the same text; the data
# they read (lexicons, the gazetteer's build) is hashed in as well.
ANALYSIS_RULES = "2026-12-03"


def analysis_version() -> str:
    """What made a project's output: the rules' version and the data they read."""
    import hashlib

    from explorer.paths import geodata_dir

    digest = hashlib.sha256(ANALYSIS_RULES.encode())
    folder = geodata_dir()
    for path in sorted((folder / "lexicons").glob("*.json")):
        digest.update(path.read_bytes())
    stamp = folder / "build" / ".inputs"
    if stamp.exists():
        digest.update(stamp.read_bytes())
    # from a source checkout the rules themselves count too (a frozen build has no sources:
    # its release stands for them through ANALYSIS_RULES)
    package = Path(__file__).resolve().parent
    for sub in ("extract", "geoparse", "corpus"):
        for path in sorted((package / sub).glob("*.py")):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


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
    is_cancelled: Callable[[], bool] = lambda: False,
    include_rejected: bool = True,
) -> tuple[Analysis, IngestSummary | None]:
    """What the window does on open and import: bring the project up to date, then load it."""
    from explorer.store import Project

    sources = [Path(s) for s in sources]
    summary = None
    article_sources = [s for s in sources if not (s.is_file() and is_project(s))]
    if article_sources:
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
    is_cancelled: Callable[[], bool] = lambda: False,
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
