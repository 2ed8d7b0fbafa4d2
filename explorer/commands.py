"""Every operation declared once: the window's menus, toolbar and shortcuts and the command
line's subcommands are built from ``COMMANDS``.

Plain data, no Qt. A command has a typed key; whoever builds from this list (the window's
actions, the CLI's parser) must be given a handler for every key it shows, or it refuses to
start (``require_handlers``), so a command cannot silently do nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Key(StrEnum):
    OPEN_FOLDER = "open_folder"
    ADD_ARTICLES = "add_articles"
    OPEN_PROJECT = "open_project"
    EXPORT = "export"
    SNAPSHOT = "snapshot"
    BRIEF = "brief"
    IMPORT_TABLE = "import_table"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    CONFIRM = "confirm"
    REJECT = "reject"
    EDIT = "edit"
    RESET_REVIEW = "reset_review"
    FIND = "find"
    FIT = "fit"
    SHOW_REJECTED = "show_rejected"
    RESET_FILTERS = "reset_filters"
    COLOURS = "colours"
    ABOUT = "about"
    SIDES = "sides"
    GEOPARSE = "geoparse"


@dataclass(frozen=True)
class Command:
    key: Key
    text: str  # menu text, "&" before the mnemonic
    menu: str | None = None  # None: a command-line operation only
    shortcut: str | None = None  # portable text ("Ctrl+Shift+S", "C")
    standard_key: str | None = None  # a platform's own key for it (QKeySequence.StandardKey)
    toolbar: bool = False
    tip: str = ""
    checkable: bool = False
    cli: str | None = None  # the subcommand that does the same operation
    cli_help: str = ""

    @property
    def label(self) -> str:
        return self.text.replace("&", "").removesuffix("…")


COMMANDS: tuple[Command, ...] = (
    Command(
        Key.OPEN_FOLDER,
        "&Open folder of articles…",
        "&File",
        standard_key="Open",
        shortcut="Ctrl+O",
        toolbar=True,
        tip="Analyse a folder of articles and show it",
        cli="open",
        cli_help="open the window on SOURCE",
    ),
    Command(
        Key.ADD_ARTICLES,
        "&Add articles…",
        "&File",
        shortcut="Ctrl+Shift+A",
        toolbar=True,
        tip="Add article files to the current project",
        cli="ingest",
        cli_help="add articles to a project (created if absent)",
    ),
    Command(
        Key.OPEN_PROJECT,
        "Open &project…",
        "&File",
        shortcut="Ctrl+Shift+O",
        tip="Open a project file (.gpkg)",
    ),
    Command(
        Key.EXPORT,
        "&Export visible items…",
        "&File",
        shortcut="Ctrl+E",
        toolbar=True,
        tip="Write the items that pass the filters as GeoJSON, CSV, KML, GeoPackage or HTML",
        cli="export",
        cli_help="export the items of SOURCE that pass the filters",
    ),
    Command(
        Key.IMPORT_TABLE,
        "Import event &table…",
        "&File",
        shortcut="Ctrl+Shift+T",
        tip="Add an ACLED-style CSV or a GeoJSON table of events to the project as a layer",
    ),
    Command(
        Key.SNAPSHOT,
        "Export &map…",
        "&File",
        shortcut="Ctrl+Shift+S",
        toolbar=True,
        tip="Save the map as shown, with title, legend, scale bar, credits and date "
        "(PNG at 1×, 2× or 4×, PDF or SVG)",
        cli="snapshot",
        cli_help="render the map of SOURCE with title, legend, scale and credits (PNG, PDF, SVG)",
    ),
    Command(
        Key.BRIEF,
        "Export &brief…",
        "&File",
        shortcut="Ctrl+Shift+B",
        tip="A PDF for print: the map, who backs whom in each conflict, and the items shown "
        "with their excerpts",
        cli="brief",
        cli_help="a PDF brief of SOURCE: the map, who backs whom and the excerpts",
    ),
    Command(Key.QUIT, "&Quit", "&File", standard_key="Quit", shortcut="Ctrl+Q"),
    Command(Key.UNDO, "&Undo review", "&Edit", standard_key="Undo", shortcut="Ctrl+Z"),
    Command(Key.REDO, "&Redo review", "&Edit", standard_key="Redo", shortcut="Ctrl+Shift+Z"),
    Command(
        Key.FIND,
        "&Find items…",
        "&Edit",
        standard_key="Find",
        shortcut="Ctrl+F",
        tip="Search names, actors, outlets and excerpts",
    ),
    Command(
        Key.CONFIRM,
        "&Confirm",
        "&Review",
        shortcut="C",
        tip="Confirm the selected item: the machine got it right (C)",
    ),
    Command(
        Key.REJECT,
        "&Reject",
        "&Review",
        shortcut="R",
        tip="Reject the selected item: it is wrong (R)",
    ),
    Command(
        Key.EDIT,
        "&Edit…",
        "&Review",
        shortcut="E",
        tip="Correct the selected item: another place, a name, a type or a date (E)",
    ),
    Command(
        Key.RESET_REVIEW,
        "Mark &unreviewed",
        "&Review",
        shortcut="U",
        tip="Drop the review of the selected item: back to the machine's reading (U)",
    ),
    Command(
        Key.FIT,
        "&Zoom to items",
        "&View",
        shortcut="Ctrl+0",
        toolbar=True,
        tip="Show every visible item",
    ),
    Command(
        Key.SHOW_REJECTED,
        "Show &rejected items",
        "&View",
        shortcut="Ctrl+Shift+H",
        tip="Also show items an analyst rejected (greyed)",
        checkable=True,
    ),
    Command(Key.RESET_FILTERS, "Reset &filters", "&View", shortcut="Ctrl+Shift+R"),
    Command(Key.COLOURS, "&Colours…", "&View", tip="Choose the colour of each kind and side"),
    Command(Key.ABOUT, "&About explorer", "&Help"),
    Command(
        Key.SIDES,
        "Sides",
        cli="sides",
        cli_help="who backs whom, per conflict, with evidence",
    ),
    Command(
        Key.GEOPARSE,
        "Geoparse",
        cli="geoparse",
        cli_help='batch geoparsing: {"id","text"} JSONL in, toponyms out',
    ),
)

BY_KEY: dict[Key, Command] = {c.key: c for c in COMMANDS}


class MissingHandler(LookupError):
    """A declared command has no handler where it is offered."""


def window_commands() -> tuple[Command, ...]:
    return tuple(c for c in COMMANDS if c.menu is not None)


def cli_commands() -> tuple[Command, ...]:
    return tuple(c for c in COMMANDS if c.cli is not None)


def require_handlers(commands: Iterable[Command], handlers: Mapping[Key, Any], where: str) -> None:
    """Refuse to build ``where`` (menus, the parser) with a command that has no handler, or a
    handler for a key that is not declared."""
    wanted = {c.key for c in commands}
    missing = sorted(wanted - set(handlers))
    unknown = sorted(str(k) for k in set(handlers) - wanted)
    if missing or unknown:
        parts = []
        if missing:
            parts.append("no handler for " + ", ".join(missing))
        if unknown:
            parts.append("handlers for undeclared " + ", ".join(unknown))
        raise MissingHandler(f"{where}: " + "; ".join(parts))
