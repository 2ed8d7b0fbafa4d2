"""A suicide attack told of men who fought with guns, no bomb told: an attack (eventsfix64)."""

from __future__ import annotations

import re

from explorer.extract.merge import event_title
from explorer.model import Event

# the words that tell a suicide attack, which the lexicon reads as a bombing
_SUICIDE_ATTACK = re.compile(r"\bsuicide\s+(?:attack|assault|raid)s?\b", re.IGNORECASE)
# the words that tell men fighting with guns
_GUNFIGHT = re.compile(
    r"\b(?:gunm[ae]n|gun[- ]?battles?|gunfights?|firefights?|shoot-?outs?|opened\s+fire|"
    r"exchange\s+of\s+fire)\b",
    re.IGNORECASE,
)
# the words of a bomb, a blast or a man who blows himself up
_BOMB_WORDS = re.compile(
    r"\b(?:bomb\w*|explosi\w*|detonat\w*|blasts?|blew\s+(?:himself|herself|themselves)\s+up|"
    r"blown\s+up|vests?|grenades?|ieds?|car\s+bomb\w*)\b",
    re.IGNORECASE,
)


def gunmens_suicide_attacks(events: list[Event], story) -> list[Event]:
    """ "Militants launched a suicide attack on a naval base ... the five gunmen were killed in
    a gun battle with marines": "a suicide attack" says its men meant to die, not how they
    fought; the lexicon reads it as a bombing, right where a bomber or a bomb is told. In a
    story that tells men fighting with guns (gunmen, a gun battle, a shootout, opened fire) and
    names no bomb, blast, explosive, vest or grenade anywhere, a bombing told only by "a suicide
    attack" is an attack. A suicide attack told with no weapon at all stays a bombing, as
    before."""
    text = story.doc.text
    if not _GUNFIGHT.search(text) or _BOMB_WORDS.search(text):
        return events
    for ev in events:
        if ev.type != "bombing" or not all(
            _SUICIDE_ATTACK.search(text[x.start : x.end]) for x in ev.evidence
        ):
            continue
        ev.type = "attack"
        place = story.where(ev.place_id) if ev.place_id else None
        ev.label = event_title(ev, place.name, place.kind) if place else event_title(ev)
    return events
