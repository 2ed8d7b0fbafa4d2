"""The project file (a GeoPackage): documents, machine output, evidence and reviews.

Typical use: ``with Project.open(path, create=True) as project:`` then ``project.save(analysis)``
for the documents just read, and ``project.load()`` for everything, reviews applied.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from explorer.store.errors import StoreError
    from explorer.store.ids import mention_id, stance_id
    from explorer.store.project import Project
    from explorer.store.reviews import STATES as REVIEW_STATES
    from explorer.store.schema import SCHEMA_VERSION

__all__ = [
    "REVIEW_STATES",
    "SCHEMA_VERSION",
    "Project",
    "StoreError",
    "mention_id",
    "stance_id",
]


def __getattr__(name: str) -> Any:
    """The public names, imported when first asked for: the window's GUI thread takes a
    project's lock (``explorer.store.lock``) and knows its errors (``StoreError``) without the
    reading's and writing's modules, which the thread that reads the project imports while
    the map's page loads (25-30 ms of that GUI thread before the page could be ready)."""
    if name == "StoreError":
        from explorer.store.errors import StoreError

        return StoreError
    if name in ("mention_id", "stance_id"):
        from explorer.store import ids

        return getattr(ids, name)
    if name == "Project":
        from explorer.store.project import Project

        return Project
    if name == "REVIEW_STATES":
        from explorer.store.reviews import STATES

        return STATES
    if name == "SCHEMA_VERSION":
        from explorer.store.schema import SCHEMA_VERSION

        return SCHEMA_VERSION
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
