"""Reviewing machine-made items: confirm, reject or edit them, and undo across items.

Qt-free. The controller works over any store with the small protocol below (the project file
is one; tests use an in-memory one). Every review change goes through the controller, which
keeps one undo stack across items: undo asks the store to take back that item's last review,
redo replays it. The UI only turns buttons and keys into these calls.
"""

from __future__ import annotations

import datetime
import json
import logging
import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Protocol

from explorer.items import CONFIRMED, EDITED, REJECTED, REVIEW_STATES, UNREVIEWED
from explorer.model import Candidate

log = logging.getLogger(__name__)

STATES = REVIEW_STATES

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_CANDIDATE_FIELDS = tuple(f.name for f in fields(Candidate))


class ReviewStore(Protocol):
    """Where reviews live; ``explorer.store.Project`` has this shape."""

    def set_review(self, item_id: str, state: str, edits: dict[str, Any] | None = None) -> None: ...

    def undo_review(self, item_id: str) -> str: ...

    def reviews(self) -> dict[str, dict[str, Any]]: ...


@dataclass(frozen=True, slots=True)
class Review:
    """An item's review as it stands after a change."""

    item_id: str
    state: str
    edits: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Step:
    item_id: str
    state: str
    edits: dict[str, Any] | None
    label: str  # "Confirm Ankara": for the undo button's tooltip


class ReviewController:
    """Applies analysts' decisions to a store and can take them back, newest first."""

    def __init__(self, store: ReviewStore) -> None:
        self.store = store
        self._undo: list[_Step] = []
        self._redo: list[_Step] = []

    # --- reading ------------------------------------------------------------------------

    def review_of(self, item_id: str) -> Review:
        found = self.store.reviews().get(item_id)
        if not found:
            return Review(item_id, UNREVIEWED, {})
        return Review(item_id, found.get("state", UNREVIEWED), dict(found.get("edits") or {}))

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_label(self) -> str:
        return self._undo[-1].label if self._undo else ""

    @property
    def redo_label(self) -> str:
        return self._redo[-1].label if self._redo else ""

    # --- changing -----------------------------------------------------------------------

    def confirm(self, item_id: str, name: str = "") -> Review:
        return self._apply(_Step(item_id, CONFIRMED, None, _label("Confirm", name, item_id)))

    def reject(self, item_id: str, name: str = "") -> Review:
        return self._apply(_Step(item_id, REJECTED, None, _label("Reject", name, item_id)))

    def edit(self, item_id: str, edits: dict[str, Any], name: str = "") -> Review:
        if not edits:
            raise ValueError("an edit needs at least one changed field")
        return self._apply(_Step(item_id, EDITED, dict(edits), _label("Edit", name, item_id)))

    def reset(self, item_id: str, name: str = "") -> Review:
        """Back to machine output: the review and its edits are dropped (undoable)."""
        return self._apply(_Step(item_id, UNREVIEWED, None, _label("Reset", name, item_id)))

    def undo(self) -> Review | None:
        """Take back the newest change, whichever item it was on; None when nothing is left."""
        if not self._undo:
            return None
        # Popped first: a step the store can no longer undo must not block the ones beneath.
        step = self._undo.pop()
        self.store.undo_review(step.item_id)
        self._redo.append(step)
        return self.review_of(step.item_id)

    def redo(self) -> Review | None:
        if not self._redo:
            return None
        step = self._redo.pop()
        self.store.set_review(step.item_id, step.state, step.edits)
        self._undo.append(step)
        return self.review_of(step.item_id)

    def _apply(self, step: _Step) -> Review:
        # The store may refuse (unknown item, bad edits): then nothing is recorded.
        self.store.set_review(step.item_id, step.state, step.edits)
        self._undo.append(step)
        self._redo.clear()
        return self.review_of(step.item_id)


def _label(verb: str, name: str, item_id: str) -> str:
    return f"{verb} {name or item_id}"


# --- building edits ---------------------------------------------------------------------


def candidate_edits(candidate: dict[str, Any]) -> dict[str, Any]:
    """Edits that re-resolve a place to another gazetteer entry (only Candidate's fields)."""
    missing = [k for k in ("gazetteer_id", "name", "lat", "lon", "kind") if k not in candidate]
    if missing:
        raise ValueError(f"a candidate needs {', '.join(missing)}")
    chosen = {k: candidate[k] for k in _CANDIDATE_FIELDS if k in candidate}
    chosen.setdefault("country", None)
    chosen["lat"], chosen["lon"] = float(chosen["lat"]), float(chosen["lon"])
    return {"candidate": chosen}


def date_precision(date: str | None) -> str:
    """day, month, year or unknown, for an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)."""
    if not date:
        return "unknown"
    match = _DATE.match(date)
    if not match:
        raise ValueError(f"{date!r} is not a date like 2020, 2020-10 or 2020-10-01")
    year, month, day = match.groups()
    try:
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise ValueError(f"{date!r} is not a calendar date ({exc})") from exc
    return "day" if day else "month" if month else "year"


def event_edits(props: dict[str, Any], event_type: str, date: str) -> dict[str, Any]:
    """The fields of an event an analyst changed; raises ValueError on a malformed date."""
    edits: dict[str, Any] = {}
    event_type = event_type.strip().lower().replace(" ", "_")
    if event_type and event_type != (props.get("type") or ""):
        edits["type"] = event_type
    new_date = date.strip() or None
    precision = date_precision(new_date)
    if new_date != props.get("date"):
        edits["date"] = new_date
        edits["date_precision"] = precision
    return edits


def rename_edits(props: dict[str, Any], name: str) -> dict[str, Any]:
    name = name.strip()
    return {"name": name} if name and name != props.get("name") else {}


def known_event_types(lexicon: Path | None = None) -> list[str]:
    """Event types the extractor knows (from the events lexicon), sorted; [] when unreadable."""
    if lexicon is None:
        from explorer.paths import geodata_dir

        try:
            lexicon = geodata_dir() / "lexicons" / "events.json"
        except FileNotFoundError:
            return []
    try:
        return sorted(json.loads(lexicon.read_text(encoding="utf-8"))["types"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("cannot read event types from %s: %s", lexicon, exc)
        return []
