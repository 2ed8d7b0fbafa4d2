"""A blast told after a thing blew up by itself is that mishap, no attack (eventsq50)."""

from __future__ import annotations

import re

from explorer.extract.events.nonevents_blast import blown_up_by_itself
from explorer.extract.syntax import children
from explorer.model import Event

# what goes off as a weapon, or a word of arms: each is read as a bomb or an attack's
_ARMED_WORDS = frozenset(
    {
        "bomb",
        "bombs",
        "bomber",
        "bombers",
        "bombing",
        "explosive",
        "explosives",
        "device",
        "ied",
        "grenade",
        "mine",
        "landmine",
        "rocket",
        "missile",
        "shell",
        "shelling",
        "drone",
        "strike",
        "attack",
        "attacks",
        "attacker",
        "attackers",
        "gunman",
        "gunmen",
        "militant",
        "militants",
        "rebel",
        "rebels",
        "insurgent",
        "insurgents",
        "terrorist",
        "terrorists",
        "terror",
        "sabotage",
        "suicide",
        "claimed",
    }
)
_BLASTS = frozenset(
    {"bomb", "car bomb", "device", "explosive", "explosives", "ied", "bomber", "car", "vehicle"}
)
_BLAST_WORDS = re.compile(r"\b(blast|explosion|fireball)s?\b", re.IGNORECASE)
_HARM_TYPES = frozenset({"attack", "bombing"})
# the words of a thing going off: "exploded", "blew up", "has blown up"
_GOES_OFF = re.compile(r"\b(?:explod(?:e|es|ed|ing)|bl(?:ew|own|ows|ow|owing) up)\b", re.IGNORECASE)


def may_tell_a_thing_going_off(text: str) -> bool:
    """Whether a sentence may tell a thing that exploded or blew up ("a boiler exploded in the
    plant"): such a sentence holds no trigger word when its subject is no bomb, yet
    :func:`mishap_blasts` must read its parse, so the extraction parses it in full."""
    return bool(_GOES_OFF.search(text))


def _a_thing_went_off(contexts) -> bool:
    """Whether a sentence tells a thing that blew up or exploded by itself ("a gas lorry blew up
    when it overturned", "a gas cylinder exploded in the kitchen"): a subject that is no bomb,
    with no object and not in the passive. Only a parsed sentence is read: every sentence
    :func:`may_tell_a_thing_going_off` is, trigger word or none."""
    for ctx in contexts:
        if not ctx.full_parse:
            continue
        for tok in ctx.s.sent:
            lem = tok.lemma_.lower()
            went_off = lem == "explode" or (
                lem == "blow" and any(c.lower_ == "up" for c in children(tok, "prt"))
            )
            if went_off and blown_up_by_itself(tok, _BLASTS):
                return True
    return False


def mishap_blasts(events: list[Event], story) -> list[Event]:
    """ "A lorry of cooking gas exploded on the highway near Kano ... The blast killed eleven
    people": in a story that tells a thing going off by itself and names no bomb, no arms and
    no one who attacks, a blast or an explosion that harmed, with no doer, is that mishap, no
    attack and no bombing. A story with a bomb, a rocket, a strike or militants anywhere in it
    keeps its reading ("a car exploded outside the ministry ... militants claimed the blast")."""
    text = story.doc.text
    if not any(e.type in _HARM_TYPES and not e.actors for e in events):
        return events
    if set(re.findall(r"[a-z]+", text.lower())) & _ARMED_WORDS:
        return events
    if not _a_thing_went_off(story.contexts):
        return events
    return [
        e
        for e in events
        if not (
            e.type in _HARM_TYPES
            and not e.actors
            and all(_BLAST_WORDS.search(text[x.start : x.end]) for x in e.evidence)
        )
    ]
