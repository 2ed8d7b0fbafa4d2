"""The store keys reviews by the ids ``explorer.ids`` makes (stances and mentions included)."""

from __future__ import annotations

from explorer.ids import mention_id, stance_id

__all__ = ["mention_id", "stance_id"]
