"""Where the app's shipped data lives: web assets (resources/) and geography (geodata/).

In a source checkout (and an editable install) they are the top-level folders beside the
package; in a wheel or a frozen build they are packed inside it as ``explorer/_resources`` and
``explorer/_geodata``. Both are found through ``importlib.resources`` first.
"""

from __future__ import annotations

import os
from functools import cache
from importlib import resources
from pathlib import Path


def _locate(packed: str, top: str) -> Path:
    inside = Path(str(resources.files("explorer"))) / packed
    if inside.is_dir():
        return inside
    beside = Path(__file__).resolve().parent.parent / top
    if beside.is_dir():
        return beside
    raise FileNotFoundError(
        f"explorer's {top}/ folder is missing (looked in {inside} and {beside}); "
        "reinstall the application"
    )


@cache
def resources_dir() -> Path:
    return _locate("_resources", "resources")


@cache
def geodata_dir() -> Path:
    return _locate("_geodata", "geodata")


def seeds_dir() -> Path:
    """The bundled demo corpus."""
    return _locate("_seeds", "seeds")


def cache_dir() -> Path:
    """Per-user cache for generated files (page shells); EXPLORER_CACHE_DIR wins."""
    env = os.environ.get("EXPLORER_CACHE_DIR")
    if env:
        base = Path(env)
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "explorer"
    base.mkdir(parents=True, exist_ok=True)
    return base
