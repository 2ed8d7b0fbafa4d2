"""The command-line contract (DESIGN.md): the window's operations for scripts and tests.

Subcommands come from ``explorer.commands`` (the declarations the window's menus are built
from). A command on a folder of articles uses that folder's project, the one the window keeps,
so the analyst's reviews count; ``export`` and ``snapshot`` take the window's filters as
options and go through the window's own model (``Workspace``), so the same filters give what
the window shows. Qt is imported only inside the commands that need it (open, snapshot).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from explorer import __version__
from explorer.commands import Key, cli_commands, require_handlers


class UserError(Exception):
    """A problem the user can fix; printed without a traceback."""


class _Problems(list[str]):
    """What reading SOURCE left out, one line each for stderr. ``failed``: some article of
    SOURCE could not be read or analysed. Every batch command then does the rest and exits 1,
    as ``ingest`` and ``geoparse`` do; a note on how the project was read (another program
    holds it) is no failure."""

    failed: bool = False


class _ExportFormats:
    """explorer.export.FORMATS, looked up only when an export is asked for: importing the
    export package (shapely, the store) would slow every other command's start."""

    def _formats(self) -> tuple[str, ...]:
        from explorer.export import FORMATS

        return tuple(FORMATS)

    def __contains__(self, value: object) -> bool:
        return value in self._formats()

    def __iter__(self):
        return iter(self._formats())


def _bbox(text: str) -> tuple[float, float, float, float]:
    try:
        west, south, east, north = (float(v) for v in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError("expected W,S,E,N in degrees, e.g. 25,30,45,47") from None
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        raise argparse.ArgumentTypeError("bbox must satisfy W < E and S < N within WGS84 bounds")
    return west, south, east, north


def _positive_scale(text: str) -> float:
    value = float(text)
    if not 0.25 <= value <= 4:
        raise argparse.ArgumentTypeError("scale must be between 0.25 and 4")
    return value


def _existing(text: str) -> Path:
    path = Path(text)
    if not path.exists():
        raise argparse.ArgumentTypeError(f"{text}: no such file or folder")
    return path


def _workers(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError("workers must be a whole number, at least 1")
    return value


def _date(text: str) -> str:
    from explorer.timeline import date_span

    if date_span(text) is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2020, 2020-10 or 2020-10-01")
    return text


def _add_filters(p: argparse.ArgumentParser) -> None:
    """The window's filters, as options (each value option may be repeated)."""
    from explorer.vocabulary import KINDS, REVIEW_STATES

    g = p.add_argument_group("filters (as in the window's Filters panel; default: everything)")
    g.add_argument("--kind", action="append", choices=KINDS, help="place, event, asset, theatre")
    g.add_argument("--conflict", action="append", metavar="ID", help="theatre id, e.g. libya")
    g.add_argument("--side", action="append", metavar="NAME", help="a party, as in the legend")
    g.add_argument("--actor", action="append", metavar="NAME", help="a power, e.g. Turkey")
    g.add_argument("--event-type", action="append", metavar="TYPE", help="e.g. air_strike")
    g.add_argument(
        "--article",
        dest="articles",
        action="append",
        metavar="FILE",
        help="an article's file name (its items only)",
    )
    g.add_argument("--review", action="append", choices=REVIEW_STATES, help="review state")
    g.add_argument("--from", dest="date_from", type=_date, metavar="DATE", help="events from")
    g.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="events until")
    g.add_argument("--no-undated", action="store_true", help="leave out undated events")
    g.add_argument("--show-rejected", action="store_true", help="include rejected items")
    g.add_argument("--search", default="", metavar="TEXT", help="words every item must contain")


def filters_from(args: argparse.Namespace):
    from explorer.filters import FilterState
    from explorer.timeline import date_span

    start, end = args.date_from, args.date_to
    first, last = date_span(start), date_span(end)
    if first and last and first[0] > last[1]:
        raise UserError(f"--from {start} is after --to {end}: no date is in between")
    return FilterState(
        kinds=args.kind,
        theatres=args.conflict,
        sides=args.side,
        actors=args.actor,
        event_types=args.event_type,
        sources=args.articles,
        review_states=args.review,
        date_start=args.date_from,
        date_end=args.date_to,
        include_undated=not args.no_undated,
        show_rejected=args.show_rejected,
        text=args.search,
    )


_FILTER_OPTIONS = {
    "theatres": ("--conflict", "conflict"),
    "sides": ("--side", "side"),
    "actors": ("--actor", "actor"),
    "event_types": ("--event-type", "event type"),
    "sources": ("--article", "article"),
}


def _apply_filters(args: argparse.Namespace, workspace) -> None:
    """The options' filters on the workspace, their values read as the Filters panel lists
    them (``--conflict Syria`` is the conflict ``syria``, ``--actor turkey`` is Turkey); a
    value that names nothing in the source is said on stderr, with the values there are."""
    from explorer.filters import resolve_names

    state, present, unmatched = resolve_names(filters_from(args), workspace.items)
    for dimension, values in unmatched.items():
        option, what = _FILTER_OPTIONS[dimension]
        known = [f for f in present[dimension] if f.value]
        shown = ", ".join(
            f.label if f.label == f.value else f"{f.label} ({f.value})" for f in known[:12]
        )
        more = f", … ({len(known)} in all)" if len(known) > 12 else ""
        there = f"; there: {shown}{more}" if known else f"; it has no {what}"
        for value in values:
            print(
                f"warning: {option} {value!r} names no {what} in {args.source}{there}",
                file=sys.stderr,
            )
    workspace.set_filters(state)


def _arguments(key: Key, p: argparse.ArgumentParser) -> None:
    if key == Key.OPEN_FOLDER:
        p.add_argument("source", type=_existing, nargs="?", help="folder, article files or .gpkg")
        p.add_argument("--screenshot", type=Path, help="write a PNG of the whole window and exit")
        p.add_argument("--select", help="item id to select (with --screenshot)")
    elif key == Key.ADD_ARTICLES:
        p.add_argument("sources", type=_existing, nargs="+")
        p.add_argument("-p", "--project", type=Path, required=True, help="project file (.gpkg)")
        p.add_argument(
            "--workers",
            type=_workers,
            default=os.cpu_count() or 1,
            help="local processes for the analysis (default: one per core; 1: this process)",
        )
        p.add_argument(
            "--scheduler",
            metavar="ADDRESS",
            help="run the analysis on the Dask cluster at ADDRESS (e.g. tcp://host:8786); "
            "needs dask[distributed] here and explorer on every worker",
        )
    elif key == Key.EXPORT:
        p.add_argument("source", type=_existing, help="folder, article files or .gpkg")
        p.add_argument(
            "-f",
            "--format",
            required=True,
            choices=_ExportFormats(),
            metavar="FORMAT",
            help="%(choices)s",
        )
        p.add_argument("-o", "--output", type=Path, required=True)
        p.add_argument("--title", help="title of the HTML map and KML (default: the folder)")
        _add_filters(p)
    elif key == Key.SNAPSHOT:
        p.add_argument("source", type=_existing, help="folder, article files or .gpkg")
        p.add_argument("-o", "--output", type=Path, required=True, help="a .png, .pdf or .svg")
        p.add_argument("--bbox", type=_bbox, help="W,S,E,N in degrees (default: fit the items)")
        p.add_argument("--scale", type=_positive_scale, default=1.0, help="pixel ratio, e.g. 2")
        p.add_argument("--select", help="item id to show selected")
        p.add_argument("--title", help="title drawn above the map (default: folder or conflict)")
        _add_filters(p)
    elif key == Key.BRIEF:
        p.add_argument("source", type=_existing, help="folder, article files or .gpkg")
        p.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
        p.add_argument("--paper", choices=["a4", "letter"], default="a4", help="paper size")
        p.add_argument("--title", help="title of the brief (default: folder or conflict)")
        p.add_argument("--bbox", type=_bbox, help="the map's frame, W,S,E,N in degrees")
        p.add_argument("--select", help="item id to put first and mark on the map")
        _add_filters(p)
    elif key == Key.SIDES:
        p.add_argument("source", type=_existing, help="folder, article files or .gpkg")
        p.add_argument("-f", "--format", default="md", choices=["json", "md"])
    elif key == Key.GEOPARSE:
        p.add_argument("input", type=_existing)
        p.add_argument("-o", "--output", type=Path, required=True)


def build_parser() -> argparse.ArgumentParser:
    require_handlers(cli_commands(), HANDLERS, "the command line")
    parser = argparse.ArgumentParser(
        prog="explorer",
        description="Offline map explorer for news on geopolitics. "
        "With no command, opens the window on the bundled demo corpus.",
    )
    parser.add_argument("--version", action="version", version=f"explorer {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command")
    for command in cli_commands():
        assert command.cli is not None
        p = sub.add_parser(command.cli, help=command.cli_help, description=command.cli_help)
        p.set_defaults(key=command.key)
        _arguments(command.key, p)
    return parser


def _output(path: Path) -> Path:
    """Check, before any work, that ``path`` can be written (a folder that exists and takes
    files); the writers replace the file whole when they are done."""
    if path.is_dir():
        raise UserError(f"{path} is a folder; give a file name to write to")
    folder = path.parent
    if not folder.is_dir():
        raise UserError(f"cannot write {path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise UserError(f"cannot write {path}: the folder {folder} is read-only")
    return path


def _not_over(output: Path, source: Path) -> None:
    """Refuse to write over the file the command reads (``export P.gpkg -f gpkg -o P.gpkg``
    replaced the project, reviews and all, by its export; ``geoparse a.jsonl -o a.jsonl`` its
    input by its output), before any work."""
    from explorer.opening import default_project_for

    read = {source.resolve()}
    if source.is_dir():
        read.add(default_project_for(source))  # the folder's project, which the export reads
    if output.resolve() in read:
        raise UserError(f"{output} is what this command reads; give another file to write to")


def _workspace(
    source: Path,
    is_cancelled: Callable[[], bool] | None = None,
    signals: object = None,
    mentions: bool = True,
):
    """The window's model on SOURCE: its project brought up to date, with its reviews
    (``is_cancelled``: the ingest stops when it turns true; ``signals``: the workspace's, as
    ``Workspace`` takes them; ``mentions=False``: without the place names' occurrences, which
    no command but the window reads).

    When another program is writing to that project (the window), it is read as it was
    saved, with a warning, rather than brought up to date."""
    from explorer.opening import default_project_for, open_sources
    from explorer.palette import ColourBook
    from explorer.store.lock import ProjectBusy
    from explorer.workspace import Workspace

    try:
        opened = open_sources(
            [source], is_cancelled=is_cancelled or (lambda: False), mentions=mentions
        )
    except ProjectBusy as busy:
        project = default_project_for(source)
        if project == Path(source).resolve() or not project.exists():
            raise
        opened = open_sources([project], project, mentions=mentions)
        opened.analysis.problems.append(
            f"{project}: {busy.holder} has this project open; read as it was last saved"
        )
    if not opened.analysis.documents:
        problems = opened.summary.problems if opened.summary else []
        raise UserError(
            f"no readable articles in {source}" + (": " + "; ".join(problems) if problems else "")
        )
    workspace = Workspace(ColourBook.load(), signals)
    workspace.set_analysis(opened.analysis, opened.project, opened.reviews)
    problems = _Problems(opened.analysis.problems)
    # the problems of a folder's reading (not those a project file recorded when it was made)
    problems.failed = bool(opened.summary and opened.summary.problems)
    return workspace, problems


# the suffixes a file of each export format goes by
_SUFFIXES = {
    "geojson": (".geojson", ".json"),
    "csv": (".csv",),
    "kml": (".kml",),
    "gpkg": (".gpkg",),
    "html": (".html", ".htm"),
}


def _cmd_export(args: argparse.Namespace) -> int:
    _output(args.output)
    _not_over(args.output, args.source)
    suffixes = _SUFFIXES.get(args.format, ())
    if suffixes and args.output.suffix.lower() not in suffixes:
        # written as asked, but said: "-f geojson -o x.csv" is most often a slip
        print(
            f"warning: {args.output.name} is written as {args.format}, "
            f"though its name says otherwise (a {args.format} file ends in "
            f"{' or '.join(suffixes)})",
            file=sys.stderr,
        )
    workspace, problems = _workspace(args.source)
    _apply_filters(args, workspace)
    page = None
    if args.format == "html":
        from explorer.mapview.page import build_page_html  # plain HTML, no Qt

        page = build_page_html(workspace.palette)
    title = args.title or workspace.default_title(args.source)
    result = workspace.export(args.format, args.output, title=title, map_page=page)
    total = len(workspace.items)
    # "of N" only when the filters left some out; the note on unplaced items stays last
    head, _, rest = result.message().partition(";")
    of = f" of {total} in {args.source}" if result.written != total else ""
    print(f"{head}{of}{';' + rest if rest else ''}")
    return _report_problems(problems)


def _cmd_sides(args: argparse.Namespace) -> int:
    from explorer.export import sides_report

    workspace, problems = _workspace(args.source)
    sys.stdout.write(sides_report(workspace.items, args.format))
    sys.stdout.write("\n")
    return _report_problems(problems)


def _cmd_ingest(args: argparse.Namespace) -> int:
    from explorer.pipeline import SchedulerError, ingest

    try:
        summary = ingest(
            args.sources,
            args.project,
            progress=_progress(args.verbose),
            workers=args.workers,
            scheduler=args.scheduler,
        )
    except SchedulerError as err:
        raise UserError(str(err)) from None
    print(summary.describe())
    # every readable file is ingested; any that could not be (an article not read or not
    # analysed, a table refused) is named on its line and the exit is 1
    return _report_problems(summary.problems)


def _progress(verbose: bool):
    """Per-article progress on stderr with --verbose."""
    if not verbose:
        return None
    log = logging.getLogger("explorer.ingest")

    def report(done: int, total: int, what: str) -> None:
        log.info("%d/%d %s", done, total, what)

    return report


def _cmd_geoparse(args: argparse.Namespace) -> int:
    """Every good line geoparsed, a bad one named and left out (exit 1 then); a file with no
    good line is refused in one line. The output replaces the file whole when the batch is
    done, so a failed batch leaves the one there was."""
    from explorer.geoparse.batch import geoparse_jsonl
    from explorer.store.files import atomic_path

    if args.input.is_dir():
        raise UserError(f"{args.input} is a folder; give a file of JSON lines")
    _output(args.output)
    _not_over(args.output, args.input)
    skipped: list[str] = []
    with atomic_path(args.output.absolute()) as tmp:
        count = geoparse_jsonl(args.input, tmp, problems=skipped)
        if skipped and not count:
            first = skipped[0].removesuffix(", left out")
            raise UserError(f"{first}: no line of {args.input.name} is a {{'id', 'text'}} record")
    left_out = f", {len(skipped)} left out" if skipped else ""
    print(f"{args.output}: {count} records{left_out}")
    return _report_problems(skipped)


def _leave_memory_at_exit() -> None:
    """For a one-shot command, or the window once closed: at exit, give the objects made back
    to the operating system with the process instead of walking them. The interpreter's last
    garbage collections visit every object still alive (0.3 s of a second snapshot at load 8,
    against 0.05 s for the bare page's exit; 15-21 ms of the window's on the seeds, idle) for
    memory the process returns anyway. What must be released is released before: the project
    and its lock by their ``with`` (the window's by its controller), the map view by
    ``close_view`` (the window's when it closes), the output file by its writer, the window's
    settings by their ``sync`` when saved."""
    import atexit
    import gc

    atexit.register(gc.freeze)


@contextlib.contextmanager
def _no_collection():
    """For a one-shot command's start: the cyclic garbage collector paused while it imports
    hundreds of modules and reads the project (which allocates much and leaves few cycles:
    the collector's 100-odd passes took 0.14-0.24 s of a second snapshot of seeds at load 9),
    then what was made is frozen (kept, never walked again: a first pass over it after the
    pause took 0.1 s) and collection resumes for what comes after."""
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def _cmd_snapshot(args: argparse.Namespace) -> int:
    from explorer.mapview.environment import prepare_qt_environment

    _leave_memory_at_exit()
    if args.output.suffix.lower() not in (".png", ".pdf", ".svg"):
        raise UserError(f"{args.output.name}: a snapshot is written as .png, .pdf or .svg")
    _output(args.output)
    with _no_collection():  # Qt's modules, the view, the project's modules and its read
        prepare_qt_environment(headless=True, verbose=args.verbose)
        from PySide6.QtWidgets import QApplication

        from explorer.mapview.snapshot import (
            close_view,
            render_snapshot,
            snapshot_view,
            while_loading,
        )
        from explorer.ui.signals import WorkspaceSignals

        app = QApplication.instance() or QApplication([sys.argv[0]])  # noqa: F841 (kept alive)
        view = snapshot_view(scale=args.scale)  # its page loads while the project is read
        try:
            # Qt's signals, as the window's: Qt is running already, where psygnal's would be
            # imported for a workspace nobody listens to (its import reads every installed
            # package's metadata for its own version: a fifth of the read's CPU)
            signals = WorkspaceSignals()
            workspace, problems = while_loading(
                # the picture draws items, never the place names' occurrences
                lambda cancelled: _workspace(args.source, cancelled, signals, mentions=False)
            )
            _apply_filters(args, workspace)
            if args.select and workspace.item(args.select) is None:
                raise UserError(f"no item with id {args.select!r} in {args.source}")
        except BaseException:
            close_view(view)
            raise
    from explorer.mapview.composition import describe_filters

    visible = workspace.visible
    render_snapshot(
        visible,
        args.output,
        title=args.title or workspace.default_title(args.source),
        subtitle=describe_filters(workspace.filters, workspace.items, len(visible)),
        palette=workspace.palette,
        scale=args.scale,
        bbox=args.bbox,
        select=args.select,
        view=view,
    )
    print(args.output)
    return _report_problems(problems)


def _cmd_brief(args: argparse.Namespace) -> int:
    from explorer.mapview.environment import prepare_qt_environment

    if args.output.suffix.lower() != ".pdf":
        raise UserError(f"{args.output.name}: a brief is written as a .pdf file")
    _output(args.output)
    workspace, problems = _workspace(args.source)
    _apply_filters(args, workspace)
    if args.select:
        if workspace.item(args.select) is None:
            raise UserError(f"no item with id {args.select!r} in {args.source}")
        workspace.select(args.select)
    prepare_qt_environment(headless=True, verbose=args.verbose)
    from PySide6.QtWidgets import QApplication

    from explorer.mapview.brief import render_brief

    app = QApplication.instance() or QApplication([sys.argv[0]])  # noqa: F841 (kept alive)
    render_brief(
        workspace,
        args.output,
        title=args.title or workspace.default_title(args.source),
        paper=args.paper,
        bbox=args.bbox,
    )
    print(f"{args.output}: {len(workspace.visible)} items, {args.paper.upper()}")
    return _report_problems(problems)


def _cmd_open(args: argparse.Namespace) -> int:
    from explorer.app import run

    _leave_memory_at_exit()
    return run(
        getattr(args, "source", None),
        screenshot=getattr(args, "screenshot", None),
        select=getattr(args, "select", None),
        verbose=args.verbose,
    )


def _report_problems(problems: list[str]) -> int:
    """Each problem on its own line of stderr; the exit status: 1 when something of the batch
    failed (a plain list: any line; ``_Problems``: its ``failed``)."""
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    failed = problems.failed if isinstance(problems, _Problems) else bool(problems)
    return 1 if failed else 0


HANDLERS: dict[Key, Callable[[argparse.Namespace], int]] = {
    Key.OPEN_FOLDER: _cmd_open,
    Key.ADD_ARTICLES: _cmd_ingest,
    Key.EXPORT: _cmd_export,
    Key.SNAPSHOT: _cmd_snapshot,
    Key.BRIEF: _cmd_brief,
    Key.SIDES: _cmd_sides,
    Key.GEOPARSE: _cmd_geoparse,
}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        return HANDLERS[getattr(args, "key", Key.OPEN_FOLDER)](args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader of our output went away (``| head``)
        _quiet_stdout()
        return 141
    except Exception as err:
        return _fail(err, args.verbose)


def _fail(err: Exception, verbose: bool) -> int:
    """One line on stderr for any failure; details in the log file when it is our fault."""
    import sqlite3

    from explorer.corpus import CorpusError
    from explorer.export import ExportError
    from explorer.limits import Cancelled
    from explorer.store import StoreError

    code = 1
    if isinstance(err, UserError):
        message, code = str(err), 2
    elif isinstance(err, StoreError | ExportError | CorpusError | ValueError | Cancelled):
        message = str(err) or type(err).__name__
    elif isinstance(err, OSError):
        message = _os_error(err)
    elif isinstance(err, sqlite3.Error):
        message = f"a project file could not be read or written ({err})"
    elif isinstance(err, MemoryError):
        message = "not enough memory; close other programs or read fewer articles at once"
    else:
        from explorer import crashlog

        where = crashlog.record(type(err), err, err.__traceback__, "command line")
        message = f"internal error: {type(err).__name__}: {err}" + (
            f" (details in {where})" if where else ""
        )
    print(f"explorer: {_one_line(message)}", file=sys.stderr)
    if verbose:
        import traceback

        traceback.print_exception(err, file=sys.stderr)
    return code


def _os_error(err: OSError) -> str:
    import errno

    if err.errno == errno.ENOSPC:
        reason = "the disk is full"
    elif err.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        reason = "permission denied (read-only)"
    else:
        reason = err.strerror or str(err)
    return f"{err.filename}: {reason}" if err.filename else reason


def _one_line(message: str, limit: int = 600) -> str:
    text = " ".join(message.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _quiet_stdout() -> None:
    """Point stdout at nothing so the interpreter's final flush raises no second error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
