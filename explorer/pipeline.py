"""From articles to an Analysis: read -> geoparse -> extract, and the project-file round trip.

Plain functions over plain data; the window runs them in a worker thread, the CLI directly.
"""

from __future__ import annotations

import bisect
import collections
import concurrent.futures
import functools
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from explorer.extract.core import Prepared

from explorer.limits import (
    PIECE_CHARS,
    SENTENCE_CHARS,
    BudgetExceeded,
    Cancelled,
    Limits,
    checkpoint,
    never,
    pieces,
)
from explorer.model import (
    Analysis,
    Asset,
    Document,
    Evidence,
    Mention,
    Place,
    Span,
    Theatre,
    Toponym,
    place_id_for,
)

# opening a source lives apart so that a project file opens without this module; its names
# stay importable from here
from explorer.opening import (
    PROJECT_SUFFIXES,
    Opened,
    Progress,
    default_project_for,
    file_sha256,
    ingest_and_load,
    is_project,
    open_sources,
)

log = logging.getLogger(__name__)


__all__ = [
    "PROJECT_SUFFIXES",
    "Cancelled",
    "IngestCancelled",
    "Opened",
    "analyse_batch",
    "default_project_for",
    "ingest",
    "ingest_and_load",
    "is_project",
    "open_sources",
]


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
            place.name = _spelling(spellings[pid], place.name)
    return list(places.values()), mentions


def _spelling(seen: Counter, gazetteer_name: str) -> str:
    """A place's label as the articles spell it ("Tartus"), not as the gazetteer transliterates
    it ("Ţarţūs"); the gazetteer id keeps the link. A dateline's capitals ("BEIRUT --") are the
    outlet's typography, not a spelling: the gazetteer's casing of that name, else title case."""
    written = [s for s, _ in seen.most_common() if not _shouted(s)]
    if written:
        return written[0]
    from explorer.geoparse.names import norm

    spelling = seen.most_common(1)[0][0]
    if norm(gazetteer_name) == norm(spelling):
        return gazetteer_name
    return spelling.title()


def _shouted(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def _sentence_evidence(doc: Document, start: int, end: int) -> Evidence:
    """The sentence around a span (the span itself when sentences are unknown, and a stretch
    of a few hundred characters around it when its sentence is longer than that)."""
    k = bisect.bisect_right(doc.sentences, start, key=lambda span: span.start) - 1
    if k >= 0:
        span = doc.sentences[k]
        if span.start <= start and end <= span.end:
            if span.end - span.start > SENTENCE_CHARS:
                start, end = _around(doc.text, start, end, span)
            else:
                start, end = span.start, span.end
    return Evidence(doc=doc.id, start=start, end=end, text=doc.text[start:end])


def _around(text: str, start: int, end: int, sentence: Span) -> tuple[int, int]:
    """A piece of an over-long sentence that holds ``[start, end)``."""
    for a, b in pieces(text, SENTENCE_CHARS, sentence.start, sentence.end):
        if a <= start < b:
            return a, max(b, end)
    return start, end


def merge_items(items: Iterable) -> list:
    """One item per id, evidence of all duplicates kept in order (places, theatres, assets);
    an asset's operators are those every document names (Rosatom in one article, Russia in
    another: both)."""
    merged: dict = {}
    for item in items:
        k = item.id
        if k in merged:
            seen = {(e.doc, e.start, e.end) for e in merged[k].evidence}
            merged[k].evidence.extend(
                e for e in item.evidence if (e.doc, e.start, e.end) not in seen
            )
            if hasattr(item, "operators"):
                known = merged[k].operators
                known.extend(o for o in item.operators if o not in known)
        else:
            merged[k] = item
    return list(merged.values())


@dataclass
class DocumentOutput:
    """What the per-document work finds in one article: plain, picklable data that a worker
    process or a cluster node sends back to the one writer. ``problem`` says why an article
    has no output (it failed, or ran over its budget); it is then left out of the project."""

    document: Document
    problem: str | None = None
    places: list[Place] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list = field(default_factory=list)
    assets: list = field(default_factory=list)
    theatres: list[Theatre] = field(default_factory=list)
    stances: list = field(default_factory=list)


def _windows(doc: Document, toponyms: list[Toponym]) -> Iterator[tuple[Document, list[Toponym]]]:
    """The document in stretches of at most PIECE_CHARS characters (cut at paragraphs when it
    can) with their toponyms; a news article is one stretch. Each stretch keeps the whole
    text, so offsets stay the document's."""
    if len(doc.text) <= PIECE_CHARS:
        yield doc, toponyms
        return
    sentence_starts = [s.start for s in doc.sentences]
    toponym_starts = [t.start for t in toponyms]
    for a, b in pieces(doc.text, PIECE_CHARS):
        sentences = doc.sentences[
            bisect.bisect_left(sentence_starts, a) : bisect.bisect_left(sentence_starts, b)
        ]
        if doc.sentences and not sentences:
            continue
        paragraphs = [p for p in doc.paragraphs if p.end > a and p.start < b]
        first, last = bisect.bisect_left(toponym_starts, a), bisect.bisect_left(toponym_starts, b)
        yield replace(doc, sentences=sentences, paragraphs=paragraphs), toponyms[first:last]


class Analyser:
    """The gazetteer, the spaCy pipeline and the lexicon, loaded once per process
    (``analyser()``), and the per-document work over them."""

    def __init__(self) -> None:
        from explorer.extract.lexicon import lexicon_for
        from explorer.extract.nlp import nlp
        from explorer.geoparse import Geoparser, load_gazetteer

        self.geoparser = Geoparser.default()
        self.gazetteer = load_gazetteer()
        self.lexicon = lexicon_for(tuple(self.gazetteer.country_facts()))  # any country a side
        nlp()  # loaded before any document's budget starts

    def analyse(
        self,
        documents: list[Document],
        limits: Limits | None = None,
        each: Callable[[Document], None] | None = None,
    ) -> list[DocumentOutput]:
        """Geoparse a few documents together (spaCy's pipe is faster), then extract each, every
        one under its own budget (``explorer.limits``): a document that fails or runs over it
        gets an output with only its ``problem``, and the others go on. ``Cancelled``
        propagates as soon as ``limits`` says so; ``each`` hears of every document as its
        extraction starts (progress)."""
        limits = limits or Limits()
        limits.check_cancelled()
        short = [d for d in documents if isinstance(d.text, str) and len(d.text) <= PIECE_CHARS]
        parsed: dict[int, list[Toponym]] = {}
        if len(short) > 1:
            budget = limits.budget("a batch", sum(len(d.text) for d in short))
            try:
                with budget:
                    # the batch's articles through the recogniser together: its decoder steps
                    # every window of a pass at once, so passes of four cost 1.1-1.2 times
                    # one pass of sixteen (the cancel flag is still read after each text)
                    found = self.geoparser.parse_many(
                        [d.text for d in short], include_demonyms=True, batch_size=BATCH
                    )
                parsed = {id(d): tops for d, tops in zip(short, found, strict=True)}
            except Cancelled:
                raise
            except Exception:  # over the batch's budget, or a fault: each alone, named
                log.warning("a batch failed together; its articles are analysed one by one")
        prepared = self._prepared(short, parsed, limits) if len(parsed) > 1 else {}
        outputs = []
        for doc in documents:
            limits.check_cancelled()
            if each is not None:
                each(doc)
            outputs.append(self._guarded(doc, parsed.get(id(doc)), limits, prepared.get(id(doc))))
        return outputs

    def _prepared(
        self, short: list[Document], parsed: dict[int, list[Toponym]], limits: Limits
    ) -> dict[int, Prepared]:
        """The geoparsed articles read up to their parse, and the units they read in full
        parsed together (``explorer.extract.core.parse_prepared``: the entity decoder steps
        the units of the batch at once, not an article's six or so). The same output as each
        article's own parse; if the batch fails or runs over its budget, each article is
        extracted alone as before."""
        from explorer.extract.core import parse_prepared, prepare

        docs = [d for d in short if id(d) in parsed]
        budget = limits.budget("a batch", sum(len(d.text) for d in docs))
        try:
            with budget:
                ready = [prepare(d, parsed[id(d)], lexicon=self.lexicon) for d in docs]
                parse_prepared(ready)
        except Cancelled:
            raise
        except Exception:
            log.warning("a batch failed its parse together; its articles are read one by one")
            return {}
        return {id(d): p for d, p in zip(docs, ready, strict=True)}

    def analyse_geoparsed(
        self, documents: list[Document], toponyms: list[list[Toponym]]
    ) -> list[DocumentOutput]:
        """``analyse_parsed`` of each geoparsed document, the batch's parses made together as
        ``analyse`` makes them (no budget, no fault caught: for measuring)."""
        parsed = {id(d): t for d, t in zip(documents, toponyms, strict=True)}
        short = [d for d in documents if len(d.text) <= PIECE_CHARS]
        prepared = self._prepared(short, parsed, Limits()) if len(short) > 1 else {}
        return [self.analyse_parsed(d, parsed[id(d)], prepared.get(id(d))) for d in documents]

    def _guarded(
        self,
        doc: Document,
        toponyms: list[Toponym] | None,
        limits: Limits,
        prepared: Prepared | None = None,
    ) -> DocumentOutput:
        name = doc.path or doc.id
        budget = limits.budget(name, len(doc.text or ""))
        try:
            with budget:
                if toponyms is None:
                    toponyms = self.geoparser.parse(doc.text, include_demonyms=True)
                return self.analyse_parsed(doc, toponyms, prepared)
        except Cancelled:
            raise
        except BudgetExceeded as exc:
            problem = f"{name}: {budget.reason or exc}; skipped"
        except MemoryError:
            problem = f"{name}: not enough memory to analyse it; skipped"
        except Exception as exc:  # a fault on one article must not cost the others
            from explorer import crashlog

            # The user reads the one-line problem; the traceback goes to the log file (and to
            # stderr only under --verbose), never above the command's one line.
            crashlog.record(type(exc), exc, exc.__traceback__, f"analysing {name}")
            log.info("analysing %s failed", name, exc_info=True)
            problem = f"{name}: could not be analysed ({type(exc).__name__}: {exc})"
        return DocumentOutput(doc, problem=problem)

    def analyse_parsed(
        self, doc: Document, toponyms: list[Toponym], prepared: Prepared | None = None
    ) -> DocumentOutput:
        """Places and mentions of one geoparsed document, and what extraction finds in it
        (a long text in stretches of PIECE_CHARS characters, offsets kept). ``prepared`` is
        the article's reading up to its rules (``_prepared``), for an article of one
        stretch."""
        from explorer.extract import extract

        geometry = self.gazetteer.geometry
        places, mentions = places_and_mentions(doc, toponyms, geometry)
        out = DocumentOutput(doc, places=places, mentions=mentions)
        for window, tops in _windows(doc, toponyms):
            checkpoint()
            found = extract(
                window,
                tops,
                geometry_for=geometry,
                lexicon=self.lexicon,
                prepared=prepared if window is doc else None,
            )
            out.events.extend(found.events)
            out.assets.extend(found.assets)
            out.theatres.extend(found.theatres)
            out.stances.extend(found.stances)
        if len(doc.text) > PIECE_CHARS:
            out.events = merge_items(out.events)
            out.assets = merge_items(out.assets)
            out.theatres = merge_items(out.theatres)
        _countries_of_assets(out.assets, self.gazetteer.entry)
        return out


def _countries_of_assets(assets: list[Asset], entry: Callable[[str], Any]) -> None:
    """Each placed asset's country, its gazetteer entry's: a curated site such as the
    Zaporizhzhia plant lies in Ukraine ("the port of Klang", placed by its town, in Malaysia:
    ``AssetRules._town_country``). A weapon, an
    unplaced site and a route whose entry names no one country (a pipeline under a sea) keep
    none: the Items table, searches and exports then say nothing rather than guess."""
    for a in assets:
        if a.gazetteer_id and a.country is None:
            found = entry(a.gazetteer_id)
            if found is not None and found.country:
                a.country = found.country


@functools.cache
def analyser() -> Analyser:
    return Analyser()


# In a local worker process: the pool's cancel flag (a multiprocessing Event), set when the
# ingest that started the pool is cancelled, so the document in hand stops at its next
# checkpoint rather than running to its end.
_worker_cancel = None


def _init_worker(cancel) -> None:
    global _worker_cancel
    _worker_cancel = cancel


def analyse_batch(documents: list[Document], limits: Limits | None = None) -> list[DocumentOutput]:
    """The per-document work on a few documents: what a local worker process or a Dask
    worker runs (a module-level function, so it pickles by name). Each document is analysed
    under ``limits`` (its time and memory budget); a failing one comes back with its
    ``problem``."""
    limits = limits or Limits()
    if _worker_cancel is not None:
        limits = replace(limits, is_cancelled=_worker_cancel.is_set)
    return analyser().analyse(documents, limits)


def combine(outputs: Iterable[DocumentOutput]) -> Analysis:
    """One Analysis of several documents' outputs: items shared by documents merged."""
    from explorer.extract import aggregate_stances

    analysis = Analysis()
    places: list[Place] = []
    theatres: list[Theatre] = []
    stances = []
    for out in outputs:
        if out.problem is not None:
            analysis.problems.append(out.problem)
            continue
        analysis.documents.append(out.document)
        places.extend(out.places)
        analysis.mentions.extend(out.mentions)
        analysis.events.extend(out.events)
        analysis.assets.extend(out.assets)
        theatres.extend(out.theatres)
        stances.extend(out.stances)
    analysis.places = merge_items(places)
    analysis.assets = merge_items(analysis.assets)
    analysis.theatres = merge_items(theatres)
    analysis.stances = aggregate_stances(stances)
    return analysis


BATCH = 16  # documents geoparsed together and sent to a worker at once
# An ingest also commits when this long has passed since its last commit, so a crash or a kill
# costs at most this much analysis, however slowly the articles come.
SAVE_EVERY_SECONDS = 10.0


def _batches(documents: Iterable[Document], size: int = BATCH) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for doc in documents:
        batch.append(doc)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def analyse_documents(
    documents: list[Document],
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] = never,
    limits: Limits | None = None,
) -> Analysis:
    """Geoparse and extract every document in this process (the models load once), each
    under its budget; one that fails is left out and named in ``problems``."""
    limits = limits or Limits(is_cancelled=is_cancelled)
    outputs: list[DocumentOutput] = []
    for batch in _batches(documents):
        limits.check_cancelled()
        if progress:
            progress(len(outputs), len(documents), batch[0].title or batch[0].id)
        outputs.extend(analyser().analyse(batch, limits))
    if progress:
        progress(len(documents), len(documents), "done")
    return combine(outputs)


def read_articles(
    sources: Iterable[Path], limits: Limits | None = None, progress: Progress | None = None
) -> tuple[list[Document], list[str]]:
    from explorer.corpus import read_sources

    result = read_sources([Path(s) for s in sources], limits=limits, progress=progress)
    return result.documents, [f"{path}: {message}" for path, message in result.problems]


def analyse_sources(
    sources: Iterable[Path],
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] = never,
) -> Analysis:
    sources = list(sources)
    limits = Limits(is_cancelled=is_cancelled)
    documents, problems = read_articles(sources, limits, progress)
    if not documents:
        raise ValueError(
            "no readable articles in "
            + ", ".join(str(s) for s in sources)
            + (": " + "; ".join(problems) if problems else "")
        )
    analysis = analyse_documents(documents, progress, limits=limits)
    analysis.problems = problems + analysis.problems
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
    failed: list[str] = field(default_factory=list)  # read, but not analysed (see problems)
    problems: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)  # what each imported table gave
    refused: list[str] = field(default_factory=list)  # tables that could not be imported

    def describe(self) -> str:
        failed = f", {len(self.failed)} could not be analysed" if self.failed else ""
        text = (
            f"{self.project}: {len(self.added)} article(s) added or updated, "
            f"{len(self.skipped)} unchanged{failed}"
        )
        return "\n".join([text, *self.tables])


class IngestCancelled(Cancelled):
    """The ingest stopped when asked; the articles analysed until then are saved."""

    def __init__(self, summary: IngestSummary) -> None:
        self.summary = summary
        kept = len(summary.added)
        super().__init__(
            f"{kept} article(s) analysed before the stop were saved"
            if kept
            else "the project is as it was"
        )


def ingest(
    sources: Iterable[Path],
    project_path: Path,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] = never,
    workers: int = 1,
    scheduler: str | None = None,
    commit_every: int = 200,
    parallel_from: int = 4 * BATCH,
    limits: Limits | None = None,
    batch: int = BATCH,
) -> IngestSummary:
    """Add articles and event tables to a project: unchanged ones (same hash) are skipped.

    The project is opened for writing first: a read-only file or folder, or another writer,
    is reported before any work. A file is an event table (ACLED-style CSV, GeoJSON) when its
    content says so; each table is saved in its own transaction, and one that cannot be
    imported is refused with a message naming what it lacks (``summary.refused``) while the
    rest go on.

    Articles are read one at a time and analysed in batches: in this process (``workers`` 1), in
    a pool of local processes, or on the Dask cluster at ``scheduler``; this process is the one
    writer, and commits every ``commit_every`` articles (or SAVE_EVERY_SECONDS), so memory stays
    flat however large the corpus; ``batch`` articles are geoparsed together. Fewer than
    ``parallel_from`` articles are analysed here: starting processes that each load spaCy costs
    more than they would save. Every article is read and analysed under its budget (``limits``;
    in the workers too): one that cannot be read or analysed is named in ``summary.problems``
    (and the project's problems table) and the others go on. A cancel takes effect within a
    second, also with workers; what was analysed until then is saved (``IngestCancelled``), and
    a second ingest skips it.
    """
    from explorer.corpus import article_files, iter_documents
    from explorer.export.tables import is_table_text, looks_like_table
    from explorer.store import Project

    limits = limits or Limits(is_cancelled=is_cancelled)
    sources = [Path(s) for s in sources]
    summary = IngestSummary(project=Path(project_path))
    version = analysis_version()
    with Project.open(project_path, create=True, write="explorer ingest") as project:
        tables = [s for s in sources if s.is_file() and looks_like_table(s)]
        articles = [s for s in sources if s not in tables]
        read_problems: list[tuple[str, str]] = []
        files = article_files(articles, read_problems) if articles else []
        known = stored_hashes = project.known_hashes()
        given = {doc_id for _, doc_id in files}
        stored: list[Document] = []
        if known and project.analysis_version() != version:
            # made by an older analysis (other rules or lexicons): read every article again,
            # those of this source and those added before; reviews are kept apart and stay
            # (an imported event table is no article: its rows stay as they were read)
            stored = [
                d
                for d in project.stored_documents()
                if d.id not in given and not is_table_text(d.text)
            ]
            known = {}
        total = len(files) + len(stored)
        # Unchanged articles are known by the hash of their bytes, before any decoding.
        unchanged = {d for path, d in files if d in known and known[d] == file_sha256(path)}
        summary.skipped = [doc_id for _, doc_id in files if doc_id in unchanged]
        if len(unchanged) == len(files):
            files = []  # nothing to read

        def fresh() -> Iterator[Document]:
            yield from iter_documents(files, read_problems, skip=unchanged, limits=limits)
            yield from stored

        def problems() -> list[str]:
            read = [f"{path}: {message}" for path, message in read_problems]
            return read + analysis_problems

        analysis_problems: list[str] = []
        pending: list[DocumentOutput] = []

        saved = [time.monotonic()]

        def save() -> None:
            analysis = combine(pending)
            analysis.problems = problems()
            project.save(analysis, analysis_version=version)
            summary.added.extend(o.document.id for o in pending if o.problem is None)
            pending.clear()
            saved[0] = time.monotonic()

        started = [0]

        def each(doc: Document) -> None:  # per article where the work runs here
            started[0] += 1
            if progress:
                progress(len(summary.skipped) + started[0] - 1, total, doc.title or doc.id)

        if total < parallel_from:
            workers = 1
        try:
            with _runner(workers, scheduler, limits, each) as run:
                for outputs in run(_batches(fresh(), batch), limits.is_cancelled):
                    for out in outputs:
                        if out.problem is not None:
                            summary.failed.append(out.document.id)
                            analysis_problems.append(out.problem)
                    pending.extend(outputs)
                    if progress:
                        done = len(summary.added) + len(summary.skipped) + len(pending)
                        last = outputs[-1].document
                        progress(done, total, last.title or last.id)
                    if len(pending) >= commit_every or (
                        time.monotonic() - saved[0] >= SAVE_EVERY_SECONDS
                    ):
                        save()
        except Cancelled:
            if pending:
                save()  # analysed before the stop: kept
            summary.problems = problems()
            raise IngestCancelled(summary) from None
        if pending:
            save()
        summary.problems = problems()
        for table in tables:  # a table's rows do not depend on the analysis: by hash only
            _ingest_table(project, table, stored_hashes, summary)
        project.record_problems(summary.problems)
    return summary


Runner = Callable[[Iterable[list[Document]], Callable[[], bool]], Iterator[list[DocumentOutput]]]


@contextmanager
def _runner(
    workers: int,
    scheduler: str | None,
    limits: Limits,
    each: Callable[[Document], None] | None = None,
) -> Iterator[Runner]:
    """Where the per-document work runs: here, in local processes, or on a Dask cluster.
    Each yields the batches' outputs in the batches' order, with a few batches in flight;
    every document is analysed under ``limits`` (its cancel flag stays here: workers get a
    flag of their own, set when this one is)."""
    remote = replace(limits, is_cancelled=never)  # what travels to a worker
    if scheduler:
        with _dask_runner(scheduler, remote) as run:
            yield run
    elif workers > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # spawn, not fork: the window runs this from a thread, and a forked Qt process is unsafe
        context = multiprocessing.get_context("spawn")
        cancel = context.Event()
        pool = ProcessPoolExecutor(
            workers, mp_context=context, initializer=_init_worker, initargs=(cancel,)
        )

        def submit(batch: list[Document]):
            return pool.submit(analyse_batch, batch, remote)

        try:
            yield functools.partial(_in_order, submit, 2 * workers, cancel.set)
        except BaseException:
            # a cancel (or a failure) must not wait for the batches in flight: the workers
            # stop at their next checkpoint on their own
            cancel.set()
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        else:
            pool.shutdown(wait=True)
    else:

        def here(batches, is_cancelled):
            for batch in batches:
                limits.check_cancelled()
                yield analyser().analyse(batch, limits, each)

        yield here


class SchedulerError(Exception):
    """The Dask scheduler cannot be used (not installed, not reachable)."""


@contextmanager
def _dask_runner(address: str, limits: Limits) -> Iterator[Runner]:
    """Batches run on the workers of the Dask cluster at ``address``; every worker needs this
    same explorer installed (with its gazetteer and spaCy model). The cluster is only used,
    never started or stopped here."""
    try:
        from distributed import Client
    except ImportError:
        raise SchedulerError(
            "--scheduler needs Dask: pip install 'dask[distributed]' (or explorer[dask])"
        ) from None
    try:
        client = Client(address, timeout="20s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise SchedulerError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    futures: list = []
    try:
        ahead = 2 * max(1, sum(client.nthreads().values()))

        def submit(batch):
            future = client.submit(analyse_batch, batch, limits, pure=False)
            futures.append(future)
            del futures[:-ahead]
            return future

        yield functools.partial(_in_order, submit, ahead, None)
    except BaseException:
        client.cancel(futures)  # a cancel leaves nothing running for us on the cluster
        raise
    finally:
        client.close()


POLL_SECONDS = 0.2  # how often a wait for a worker looks at the cancel flag
DASK_POLL_SECONDS = 0.05  # how often a Dask future's state is looked at while it runs


def _in_order(
    submit, ahead: int, on_cancel, batches, is_cancelled
) -> Iterator[list[DocumentOutput]]:
    """Submit batches with at most ``ahead`` in flight; yield their outputs in order. The
    cancel flag is looked at every POLL_SECONDS while a batch is awaited (``on_cancel`` then
    tells the workers)."""
    flight: collections.deque = collections.deque()

    def cancelled() -> None:
        if is_cancelled():
            if on_cancel is not None:
                on_cancel()
            raise Cancelled()

    def result(future) -> list[DocumentOutput]:
        # wait for it to be done, looking at the cancel flag between waits; then take its
        # result without a timeout (a timed-out wait on a Dask future can fail inside Dask's
        # client instead of timing out cleanly)
        while not future.done():
            cancelled()
            if isinstance(future, concurrent.futures.Future):
                concurrent.futures.wait([future], timeout=POLL_SECONDS)
            else:
                time.sleep(DASK_POLL_SECONDS)
        return future.result()

    for batch in batches:
        cancelled()
        flight.append(submit(batch))
        if len(flight) >= ahead:
            yield result(flight.popleft())
    while flight:
        yield result(flight.popleft())


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
ANALYSIS_RULES = "2026-12-08.65"


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
    for path in rule_sources():
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def rule_sources() -> list[Path]:
    """The modules whose code decides a project's output, subpackages' included (the stance
    and events readers are packages of their own): none in a frozen build."""
    package = Path(__file__).resolve().parent
    return [
        path
        for sub in ("extract", "geoparse", "corpus")
        for path in sorted((package / sub).rglob("*.py"))
    ]
