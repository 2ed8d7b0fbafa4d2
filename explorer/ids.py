"""Every item id is made here, so that the stage that finds an item, the store that keeps its
review and the views that select it spell it alike.

Reviews are keyed by item id: an id must not change between two readings of the same text.
Ids are plain strings with a kind prefix, except theatres, whose ids are bare slugs ("libya")
because the sides report publishes them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # for annotations only: the model imports this module
    from explorer.model import Mention, Stance

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_ASCII_SLUG = re.compile(r"[^a-z0-9]+")


def slug(value: str) -> str:
    """Lower case words joined by hyphens, any script kept ("Nagorno-Karabakh" ->
    "nagorno-karabakh", "Şam" -> "şam"); "-" for a value with no word in it."""
    return _NON_WORD.sub("-", value.casefold()).strip("-") or "-"


def place_id(gazetteer_id: str) -> str:
    """A place by its gazetteer entry: ``place:geonames:745044``."""
    return f"place:{gazetteer_id}"


def place_gazetteer_id(item_id: str | None) -> str | None:
    """The gazetteer entry of a place's id (``place_id``'s inverse); None for another id."""
    return item_id.removeprefix("place:") if item_id and item_id.startswith("place:") else None


def event_id(doc: str, sentence_start: int, event_type: str) -> str:
    """An event by where it is told: ``event:<doc>:<sentence start>:<type>``."""
    return f"event:{doc}:{sentence_start}:{event_type}"


def asset_id(gazetteer_id: str) -> str:
    """A located asset by its curated entry: ``asset:`` and the entry's gazetteer id."""
    return f"asset:{gazetteer_id}"


def weapon_id(name: str) -> str:
    """A weapon system by its name: ``asset:weapon:s-400``."""
    return f"asset:weapon:{_ASCII_SLUG.sub('-', name.lower()).strip('-')}"


def named_asset_id(asset_type: str, name: str) -> str:
    """A site no curated entry lists, by its type and the name before its type's word, so
    that "the Saky air base" and "Saky airbase" are one: ``asset:named:base:saky``."""
    return f"asset:named:{asset_type}:{slug(name)}"


def theatre_id(name: str) -> str:
    """A conflict by its lexicon key or, for one no lexicon lists, by its place's name."""
    return slug(name)


def stance_id(stance: Stance) -> str:
    """``stance:<theatre>:<power>:<relation>:<party>`` (``:negated`` appended when negated,
    ``:by-<who>`` when the article attributes the claim to someone)."""
    parts = [slug(p) for p in (stance.theatre, stance.power, stance.relation, stance.party)]
    suffix = ":negated" if stance.negated else ""
    if stance.claimed_by:
        suffix += ":by-" + slug(stance.claimed_by)
    return "stance:" + ":".join(parts) + suffix


def mention_id(mention: Mention) -> str:
    """``mention:<doc>:<start>-<end>``: a toponym occurrence is its span."""
    return f"mention:{mention.doc}:{mention.start}-{mention.end}"
