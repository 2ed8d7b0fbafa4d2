"""What the rule modules beside the parser know of a name it found: the parser's ``_Found``
as a protocol, so that they need not import the parser (which imports them)."""

from __future__ import annotations

from typing import Protocol, TypeVar

from explorer.geoparse.gazetteer import Entry


class Named(Protocol):
    """A name found in the text: its tokens [start, end), its readings in the gazetteer, the
    stage that found it, and whether it is a people's adjective ("Syrian")."""

    start: int
    end: int
    entries: tuple[Entry, ...]
    source: str
    demonym: bool


# the parser's own type of a found name, kept through a rule that filters or edits a list
F = TypeVar("F", bound=Named)
