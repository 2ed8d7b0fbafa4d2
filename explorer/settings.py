"""What the app remembers between runs: one typed schema, its defaults, and its upgrades.

Qt-free on purpose: the schema, the conversion to and from a flat key/value layout and the
upgrades are plain functions over dicts, so they are tested without a settings backend. The
QSettings adapter (``explorer.ui.settings_store``) only moves the flat values in and out.

Stored values are tolerated, never trusted: a value of the wrong shape falls back to its default
with a logged warning, so a damaged settings file can never stop the app from starting.

Upgrades follow Picard's ``config_upgrade``: ``UPGRADES[n]`` turns the layout of version ``n``
into that of version ``n + 1``; a stored layout runs every step from its version up.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

VERSION = 1
MAX_RECENT = 10
VERSION_KEY = "version"

# Flat keys of the current layout, one per field.
KEYS = {
    "window_geometry": "window/geometry",
    "window_state": "window/state",
    "last_source": "sources/last",
    "recent_sources": "sources/recent",
    "filters": "view/filters",
    "palette": "view/palette",
    "show_rejected": "view/show_rejected",
    "items_columns": "view/items_columns",
    "timeline_bars": "view/timeline_bars",
}

ITEMS_COLUMNS = ("name", "where", "date")  # the Items table's columns before any is chosen

_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")


@dataclass(slots=True)
class Settings:
    """Everything remembered between runs, with its defaults."""

    window_geometry: bytes = b""  # QWidget.saveGeometry()
    window_state: bytes = b""  # QMainWindow.saveState(): docks and toolbars
    last_source: str = ""  # the folder, files or project opened last
    recent_sources: list[str] = field(default_factory=list)  # most recent first, at most 10
    filters: dict[str, Any] = field(default_factory=dict)  # the panels' filter state, JSON values
    palette: dict[str, str] = field(default_factory=dict)  # side or kind -> "#rrggbb"
    show_rejected: bool = False  # show items an analyst rejected (greyed) instead of hiding them
    # the Items table's columns shown (by key, ``explorer.ui.items_model.COLUMNS``): the name,
    # where and when at a glance; the others on demand (the header's context menu)
    items_columns: list[str] = field(default_factory=lambda: list(ITEMS_COLUMNS))
    # the timeline's bars as the analyst left them: "folded", "shown", or "" (not chosen: a
    # window first laid out lower than 820 pixels folds them)
    timeline_bars: str = ""

    def add_recent(self, source: str) -> None:
        """Put ``source`` first in the recent list (once) and make it the last one opened."""
        self.recent_sources = [source, *(s for s in self.recent_sources if s != source)]
        del self.recent_sources[MAX_RECENT:]
        self.last_source = source


class SettingsValueError(ValueError):
    """A stored value that cannot be read as its field's type."""


# --- reading one value ------------------------------------------------------------------


def _as_bytes(value: Any) -> bytes:
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    if isinstance(value, str):
        try:
            return base64.b64decode(value.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError) as exc:
            raise SettingsValueError("not base64") from exc
    raise SettingsValueError(f"expected bytes, got {type(value).__name__}")


def _as_str(value: Any) -> str:
    if isinstance(value, str):
        return value
    raise SettingsValueError(f"expected text, got {type(value).__name__}")


def _as_bool(value: Any) -> bool:
    # INI files hand booleans back as text, and older layouts stored 0/1.
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in ("true", "false", "1", "0"):
        return value.strip().lower() in ("true", "1")
    raise SettingsValueError(f"expected true or false, got {value!r}")


def _json(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except json.JSONDecodeError as exc:
            raise SettingsValueError("not JSON") from exc
    return value


def _as_str_list(value: Any) -> list[str]:
    value = _json(value)
    if not isinstance(value, list):
        raise SettingsValueError(f"expected a list, got {type(value).__name__}")
    kept = [v for v in value if isinstance(v, str) and v]
    if len(kept) != len(value):
        log.warning("settings: dropped %d entries that are not paths", len(value) - len(kept))
    unique = list(dict.fromkeys(kept))
    return unique[:MAX_RECENT]


def _as_columns(value: Any) -> list[str]:
    value = _json(value)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SettingsValueError("expected a list of column names")
    return list(dict.fromkeys(value))


def _as_filters(value: Any) -> dict[str, Any]:
    value = _json(value)
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        raise SettingsValueError("expected an object with text keys")
    return value


def _as_palette(value: Any) -> dict[str, str]:
    value = _as_filters(value)
    kept = {k: v for k, v in value.items() if isinstance(v, str) and _COLOUR.match(v)}
    if len(kept) != len(value):
        log.warning(
            "settings: dropped palette entries that are not colours: %s",
            ", ".join(sorted(set(value) - set(kept))),
        )
    return kept


def _as_bars(value: Any) -> str:
    text = _as_str(value)
    if text not in ("", "folded", "shown"):
        raise SettingsValueError(f"not folded or shown: {text!r}")
    return text


_READERS: dict[str, Callable[[Any], Any]] = {
    "window_geometry": _as_bytes,
    "window_state": _as_bytes,
    "last_source": _as_str,
    "recent_sources": _as_str_list,
    "filters": _as_filters,
    "palette": _as_palette,
    "show_rejected": _as_bool,
    "items_columns": _as_columns,
    "timeline_bars": _as_bars,
}


# --- upgrades ---------------------------------------------------------------------------


def _upgrade_v0_to_v1(raw: dict[str, Any]) -> dict[str, Any]:
    """Version 0 (the prototype) kept flat Qt-style keys and a recent list as a Qt list."""
    renames = {
        "geometry": KEYS["window_geometry"],
        "windowState": KEYS["window_state"],
        "lastFolder": KEYS["last_source"],
        "showRejected": KEYS["show_rejected"],
    }
    out = {k: v for k, v in raw.items() if k not in renames and k != "recentFolders"}
    for old, new in renames.items():
        if old in raw:
            out[new] = raw[old]
    if "recentFolders" in raw:
        recent = raw["recentFolders"]
        # QSettings returns a one-entry list as a bare string.
        out[KEYS["recent_sources"]] = json.dumps([recent] if isinstance(recent, str) else recent)
    return out


Upgrade = Callable[[dict[str, Any]], dict[str, Any]]

# UPGRADES[n] turns version n's layout into version n + 1's; len(UPGRADES) == VERSION.
UPGRADES: list[Upgrade] = [_upgrade_v0_to_v1]


def stored_version(raw: Mapping[str, Any]) -> int:
    """The layout version of stored values: 0 when unmarked, VERSION when unreadable."""
    if VERSION_KEY not in raw:
        return 0 if raw else VERSION
    try:
        version = int(raw[VERSION_KEY])
    except (TypeError, ValueError):
        log.warning(
            "settings: version %r is not a number; reading as version %d", raw[VERSION_KEY], VERSION
        )
        return VERSION
    if version < 0:
        log.warning("settings: version %d is negative; reading as version %d", version, VERSION)
        return VERSION
    return version


def upgrade(raw: Mapping[str, Any], upgrades: list[Upgrade] | None = None) -> dict[str, Any]:
    """Bring stored values to the current layout, one version step at a time."""
    steps = UPGRADES if upgrades is None else upgrades
    data = dict(raw)
    version = stored_version(raw)
    if version > len(steps):
        log.warning(
            "settings: written by a newer explorer (version %d); reading what is known", version
        )
    for n in range(version, len(steps)):
        try:
            data = steps[n](data)
        except Exception:  # a broken step must not stop the app: keep what we have
            log.warning(
                "settings: upgrade from version %d failed; later values may be lost",
                n,
                exc_info=True,
            )
        data[VERSION_KEY] = n + 1
    return data


# --- the whole schema -------------------------------------------------------------------


def from_mapping(raw: Mapping[str, Any], upgrades: list[Upgrade] | None = None) -> Settings:
    """Settings from flat stored values (any version); bad values fall back to defaults."""
    return parse(upgrade(raw, upgrades))


def parse(data: Mapping[str, Any]) -> Settings:
    """Settings from values already in the current layout; bad values fall back to defaults."""
    settings = Settings()
    for name, key in KEYS.items():
        if key not in data or data[key] is None:
            continue
        try:
            setattr(settings, name, _READERS[name](data[key]))
        except SettingsValueError as exc:
            log.warning(
                "settings: %s = %.80r is not valid (%s); using the default", key, data[key], exc
            )
    return settings


def to_mapping(settings: Settings) -> dict[str, Any]:
    """Flat values for a key/value store: text, booleans and bytes only."""
    return {
        VERSION_KEY: VERSION,
        KEYS["window_geometry"]: bytes(settings.window_geometry),
        KEYS["window_state"]: bytes(settings.window_state),
        KEYS["last_source"]: settings.last_source,
        KEYS["recent_sources"]: json.dumps(settings.recent_sources[:MAX_RECENT]),
        KEYS["filters"]: json.dumps(settings.filters, sort_keys=True),
        KEYS["palette"]: json.dumps(settings.palette, sort_keys=True),
        KEYS["show_rejected"]: bool(settings.show_rejected),
        KEYS["items_columns"]: json.dumps(settings.items_columns),
        KEYS["timeline_bars"]: settings.timeline_bars,
    }
