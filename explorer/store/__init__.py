"""The project file (a GeoPackage): documents, machine output, evidence and reviews.

Typical use: ``with Project.open(path, create=True) as project:`` then ``project.save(analysis)``
for the documents just read, and ``project.load()`` for everything, reviews applied.
"""

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
