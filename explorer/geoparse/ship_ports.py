"""A port named right after a ship's verb (branch geofix65's).

A ship docks, anchors, berths and moors at a coast's port, sails from or to one: a name right
after such a verb, read as a town far inland, is its namesake on a coast when one is held
(:func:`coastal_port_after_a_ship_s_verb`). A river or a lake carries ships inland too, and the
sentence that says so keeps the inland town.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from explorer.geoparse.local_words import (
    _COAST_KM,
    _INLAND_KM,
    _MIN_NAMESAKE_POP,
    _km_to_outline,
    _sentence_around,
)
from explorer.geoparse.names import norm

if TYPE_CHECKING:
    from explorer.geoparse.resolve import Mention

TOWN_RANK = 4
# a ship's verb and its preposition right before a name: "docked at", "anchored off", "sailed
# from"; not "anchored in" ("a show anchored in a city"), not "sailed into" or "past" (a team
# "sailed into the final"), not "called" alone
_SHIP_S_VERB = re.compile(
    r"\b(?:dock(?:ed|s|ing)?\s+(?:at|in)|anchor(?:ed|s|ing)?\s+(?:off|at)"
    r"|dropp(?:ed|ing)\s+anchor\s+(?:off|at|in)|moor(?:ed|s|ing)?\s+(?:at|off|in)"
    r"|berth(?:ed|s|ing)?\s+(?:at|in)|put\s+in\s+at|put\s+into"
    r"|(?:sail(?:ed|s|ing)?|set\s+sail|steam(?:ed|s|ing)?)\s+(?:from|for|to)"
    r"|call(?:ed|s|ing)?\s+at)\s+$",
    re.IGNORECASE,
)
# a ship in the sentence: the verb is a ship's, not a lorry's at a loading dock nor a
# spacecraft's
_VESSEL = re.compile(
    r"\b(?:ships?|tankers?|freighters?|vessels?|trawlers?|ferr(?:y|ies)|yachts?|boats?|liners?"
    r"|steamers?|schooners?|warships?|frigates?|destroyers?|cruisers?|corvettes?|gunboats?"
    r"|submarines?|cutters?|whalers?|carriers?|galleons?|clippers?|fleets?|flotillas?"
    r"|navy|navies|sailors|seamen|mariners)\b",
    re.IGNORECASE,
)
# a river's or a lake's craft or waters in the sentence: ships then reach inland towns
_INLAND_WATERS = re.compile(
    r"\b(?:rivers?|riverboats?|steamboats?|towboats?|keelboats?|paddle\w*|barges?|canals?"
    r"|locks|lakes?|upriver|downriver|upstream|downstream|inland|waterways?)\b",
    re.IGNORECASE,
)


def coastal_port_after_a_ship_s_verb(mentions: list[Mention], final, text: str) -> None:
    """ "A grain ship from Texas docked at Marseille a month later": a name right after a
    ship's verb and its preposition (:data:`_SHIP_S_VERB`: docked at, anchored off, berthed
    at, moored at, put in at, sailed from or for, called at), in a sentence that names a ship
    (:data:`_VESSEL`), read as a town far inland (more than ``_INLAND_KM`` from its country's
    outline), no capital, is the namesake of the same main name in another land that lies on a
    coast (within ``_COAST_KM``) with 10,000 people at least and a fiftieth of the inland
    town's: ships do not dock in Indiana's or Ohio's towns far from any shore. Not where the
    sentence tells of a river's or a lake's waters or craft (:data:`_INLAND_WATERS`: barges
    on a river reach towns far inland), nor where any mention of the name is placed by a
    container ("Dublin, Ohio"): the text then says which town it is. Every mention of the name
    read as the inland town is read as the port."""
    from explorer.geoparse.resolve import _choose

    # no search of the whole text for a ship's word first: it cost more than the few words
    # before each town read (a ship's verb is rare), and the sentence's own test below needs it
    done: set[str] = set()
    for m in mentions:
        e = m.chosen
        key = norm(m.name)
        if e is None or m.demonym or m.container or e.rank != TOWN_RANK or e.capital:
            continue
        if key in done or not _SHIP_S_VERB.search(text[max(0, m.start - 40) : m.start]):
            continue
        sentence = _sentence_around(text, m.start, m.end)
        if not _VESSEL.search(sentence) or _INLAND_WATERS.search(sentence):
            continue
        same = [k for k, o in enumerate(mentions) if norm(o.name) == key and not o.demonym]
        if any(mentions[k].container for k in same):
            continue
        inland = _km_to_outline(e)
        if inland is None or inland <= _INLAND_KM:
            continue
        coastal = [
            c
            for c in m.entries
            if c.rank == TOWN_RANK
            and c.country != e.country
            and norm(c.name) == key
            and c.population >= max(_MIN_NAMESAKE_POP, e.population / 50)
            and (_km_to_outline(c) or _INLAND_KM) <= _COAST_KM
        ]
        if not coastal:
            continue
        port = max(coastal, key=lambda c: c.population)
        done.add(key)
        for k in same:
            if mentions[k].chosen == e:
                _choose(mentions[k], final[k], port)
