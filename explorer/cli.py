"""The command-line contract (DESIGN.md): the window's operations for scripts and tests.

Qt is imported only inside the commands that need it (open, snapshot), so the others start fast
and run on machines without a display.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from explorer import __version__


class UserError(Exception):
    """A problem the user can fix; printed without a traceback."""


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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="explorer",
        description="Offline map explorer for news on geopolitics. "
        "With no command, opens the window on the bundled demo corpus.",
    )
    parser.add_argument("--version", action="version", version=f"explorer {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("open", help="open the window on SOURCE")
    p.add_argument("source", type=_existing, nargs="?", help="folder, article files or .gpkg")
    p.add_argument("--screenshot", type=Path, help="write a PNG of the whole window and exit")
    p.add_argument("--select", help="item id to select (with --screenshot)")

    p = sub.add_parser("ingest", help="add articles to a project (created if absent)")
    p.add_argument("sources", type=_existing, nargs="+")
    p.add_argument("-p", "--project", type=Path, required=True, help="project file (.gpkg)")

    p = sub.add_parser("export", help="export the items of SOURCE")
    p.add_argument("source", type=_existing)
    p.add_argument(
        "-f", "--format", required=True, choices=["geojson", "csv", "kml", "gpkg", "html"]
    )
    p.add_argument("-o", "--output", type=Path, required=True)

    p = sub.add_parser("sides", help="who backs whom, per theatre, with evidence")
    p.add_argument("source", type=_existing)
    p.add_argument("-f", "--format", default="md", choices=["json", "md"])

    p = sub.add_parser("snapshot", help="render the map of SOURCE to a PNG, headless")
    p.add_argument("source", type=_existing)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--bbox", type=_bbox, help="W,S,E,N in degrees (default: fit the items)")
    p.add_argument("--scale", type=_positive_scale, default=1.0, help="pixel ratio, e.g. 2")
    p.add_argument("--select", help="item id to show selected")

    p = sub.add_parser("geoparse", help='batch geoparsing: {"id","text"} JSONL in, toponyms out')
    p.add_argument("input", type=_existing)
    p.add_argument("-o", "--output", type=Path, required=True)
    return parser


def _cmd_export(args: argparse.Namespace) -> int:
    from explorer.export import export_analysis
    from explorer.pipeline import load_source

    analysis = load_source(args.source)
    export_analysis(analysis, args.format, args.output)
    _report_problems(analysis.problems)
    return 0


def _cmd_sides(args: argparse.Namespace) -> int:
    from explorer.export import sides_report
    from explorer.pipeline import load_source

    analysis = load_source(args.source)
    sys.stdout.write(sides_report(analysis, args.format))
    sys.stdout.write("\n")
    _report_problems(analysis.problems)
    return 0


def _cmd_ingest(args: argparse.Namespace) -> int:
    from explorer.pipeline import ingest

    summary = ingest(args.sources, args.project)
    print(summary.describe())
    _report_problems(summary.problems)
    return 0


def _cmd_geoparse(args: argparse.Namespace) -> int:
    from explorer.geoparse.batch import geoparse_jsonl

    geoparse_jsonl(args.input, args.output)
    return 0


def _cmd_snapshot(args: argparse.Namespace) -> int:
    from explorer.mapview.environment import prepare_qt_environment
    from explorer.pipeline import load_source
    from explorer.workspace import Workspace

    analysis = load_source(args.source)
    workspace = Workspace()  # the window's own model: same sides, colours and filters
    workspace.set_analysis(analysis)
    prepare_qt_environment(headless=True)
    import os

    os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    from PySide6.QtWidgets import QApplication

    from explorer.mapview.snapshot import render_snapshot

    app = QApplication.instance() or QApplication([sys.argv[0]])  # noqa: F841 (kept alive)
    if args.select and workspace.feature(args.select) is None:
        raise UserError(f"no item with id {args.select!r} in {args.source}")
    render_snapshot(
        workspace.visible_collection(),
        args.output,
        bbox=args.bbox,
        select=args.select,
        palette=workspace.palette,
    )
    print(args.output)
    _report_problems(analysis.problems)
    return 0


def _cmd_open(args: argparse.Namespace) -> int:
    from explorer.app import run

    return run(
        getattr(args, "source", None),
        screenshot=getattr(args, "screenshot", None),
        select=getattr(args, "select", None),
    )


def _report_problems(problems: list[str]) -> None:
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)


COMMANDS = {
    None: _cmd_open,
    "open": _cmd_open,
    "ingest": _cmd_ingest,
    "export": _cmd_export,
    "sides": _cmd_sides,
    "snapshot": _cmd_snapshot,
    "geoparse": _cmd_geoparse,
}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        return COMMANDS[args.command](args)
    except UserError as err:
        print(f"explorer: {err}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as err:
        # Bad input files and unwritable outputs: say what and where, no traceback.
        print(f"explorer: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
