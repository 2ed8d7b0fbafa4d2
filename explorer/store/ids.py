"""Stable ids for the items the model leaves without one (stances, mentions).

Reviews are keyed by item id, so these ids must not change between ingests of the same text.
"""

from __future__ import annotations

import re

from explorer.model import Mention, Stance

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


def _slug(value: str) -> str:
    return _NON_WORD.sub("-", value.casefold()).strip("-") or "-"


def stance_id(stance: Stance) -> str:
    """``stance:<theatre>:<power>:<relation>:<party>`` (``:negated`` appended when negated,
    ``:by-<who>`` when the article attributes the claim to someone)."""
    parts = [_slug(p) for p in (stance.theatre, stance.power, stance.relation, stance.party)]
    suffix = ":negated" if stance.negated else ""
    if stance.claimed_by:
        suffix += ":by-" + _slug(stance.claimed_by)
    return "stance:" + ":".join(parts) + suffix


def mention_id(mention: Mention) -> str:
    """``mention:<doc>:<start>-<end>``: a toponym occurrence is its span."""
    return f"mention:{mention.doc}:{mention.start}-{mention.end}"
