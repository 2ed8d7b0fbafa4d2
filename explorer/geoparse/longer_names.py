"""A name read inside a longer proper name: the longer name is another thing.

"Azad Jammu and Kashmir" is Pakistan's territory, not India's Jammu and Kashmir; the gazetteer
holds the unit's name, and the capitalised word the text writes before it makes another name
the gazetteer does not hold: the name stays, unplaced. Words that only qualify a unit's name
("Upper", "Greater", "Northern") and names of places or peoples ("Pakistani Punjab", "Pakistan
Punjab") leave the unit what it is. A sea's name before a land's ("Arctic Norway") is a part of
that land.
"""

from __future__ import annotations

from explorer.geoparse.gazetteer import Gazetteer
from explorer.geoparse.names import is_compass, norm
from explorer.geoparse.recognised import _Found
from explorer.geoparse.tokens import opens_sentence, view

# words English writes before a unit's name to say which part of it, or of which time, is meant
# ("Upper Silesia", "Greater Accra", "Old Castile", "Occupied Crimea", "rural Punjab" capitalised
# in a heading); the compass words are read by `names.is_compass`
QUALIFIERS = frozenset(
    {"upper", "lower", "greater", "inner", "outer", "middle", "central", "old", "new"}
    | {"occupied", "rural", "metropolitan", "metro", "coastal", "mainland", "historic"}
    | {"far", "deep", "downstate", "upstate", "all", "southern", "northern"}
)
# days and months, capitalised words that stand before a name without joining it ("since
# March Punjab has", a dateline's "Monday")
CALENDAR_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"january", "february", "march", "april", "may", "june", "july", "august"}
    | {"september", "october", "november", "december"}
)
# a public service's noun, which a state or a province names its own service with, the unit's
# name after it ("Fire and Rescue New South Wales", "Ambulance Victoria", "Police Scotland",
# "Parks Victoria"): the service works in that unit, which the name reads as it is
SERVICE_NOUNS = frozenset(
    {"rescue", "ambulance", "police", "parks", "tourism", "transport", "fisheries", "forestry"}
    | {"corrections", "heritage", "roads", "ports"}
)
# the gazetteer's ranks: a first-level unit, a curated feature; a country's and a unit's
UNIT_RANK = 2
CURATED_RANK = 5
LAND_RANKS = (0, 2)


def _inside_longer_name(gaz: Gazetteer, doc, f: _Found, found: list[_Found]) -> bool:
    """ "in Azad Jammu and Kashmir": a name read only as first-level units, right after a
    capitalised word that opens no sentence, qualifies no name, is no place's, no people's
    and no day's, and is not written in lower case elsewhere in the text (a common word's
    capital: "Former Arkansas Gov.", "Team Alberta" beside "the team"), stands inside a
    longer proper name the gazetteer does not hold; it is not the unit. Not after a word in
    capitals ("the PTI Punjab chapter": an acronym's unit), nor after another name found
    ("Pakistan Punjab"), nor for an abbreviation or a word in capitals ("Recovery Day B.C.",
    "Metix MD")."""
    if not f.entries or any(e.rank != UNIT_RANK for e in f.entries) or f.start == 0:
        return False
    tv = view(doc)
    if any("." in w or w.isupper() for w in tv.words[f.start : f.end]):
        # an abbreviation ("Recovery Day B.C.", "Metix MD", its managing director): news
        # shortens only the unit's own name, and a capitals' word is an acronym's as often
        return False
    k = f.start - 1
    word = tv.words[k]
    if not (word.isalpha() and tv.cap[k]) or word.isupper() or opens_sentence(tv, k):
        return False
    key = norm(word)
    if word.lower() in tv.lower_words():
        return False  # an English word the text writes in lower case too ("Team Alberta")
    if key in QUALIFIERS or key in CALENDAR_WORDS or is_compass(key):
        return False
    if key in SERVICE_NOUNS:
        return False  # "Fire and Rescue New South Wales": the unit's own service, in the unit
    return not any(g.end == f.start for g in found) and gaz.demonym(word) is None


def _sea_before_land(f: _Found, found: list[_Found]) -> bool:
    """ "Arctic Norway", "Atlantic Canada": a sea's one-word name right before a country's or a
    first-level unit's name says which part of that land is meant (the one on that sea); it
    names no sea. The land's name stays, and a sea named alone ("across the Pacific") too."""
    if f.end - f.start != 1 or not f.entries:
        return False
    if not any(e.rank == CURATED_RANK and e.kind == "sea" for e in f.entries):
        return False
    return any(
        g.start == f.end and g.entries and any(e.rank in LAND_RANKS for e in g.entries)
        for g in found
    )


# a unit's word after its name ("Zamboanga Sibugay province", "Tete province")
UNIT_WORDS = frozenset(
    {"province", "region", "district", "county", "state", "governorate", "prefecture"}
    | {"oblast", "department", "municipality"}
)


def unit_name_lengthened(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """A name followed by a capitalised word and a unit's word in lower case, where the two
    words are a province's or a district's whole name in the gazetteer ("an ambush in
    Zamboanga Sibugay province": the province, not Zamboanga City): the whole name, as
    `_inside_longer_name` reads a name after a capitalised word."""
    tv = view(doc)
    starts = {g.start for g in found}
    for f in found:
        k = f.end
        if f.demonym or k + 1 >= len(tv.words) or k in starts:
            continue
        if not tv.cap[k] or tv.words[k + 1] not in UNIT_WORDS:
            continue
        whole = tuple(
            e for e in gaz.lookup(norm(" ".join(tv.words[f.start : k + 1]))) if e.rank in (2, 3)
        )
        if whole:
            f.end, f.entries, f.source = k + 1, whole, "gaz"
    return found


# the particles that join the words of a French, Spanish, Portuguese or Italian name between
# spaces ("Mont des Cats", "Pont du Gard", "Villa del Rosario"); English prose writes none of
# them before a capitalised word
ROMANCE_PARTICLES = frozenset(
    {"de", "des", "du", "del", "della", "delle", "dei", "di", "do", "da", "dos", "das"}
)
# the articles that may stand between the particle and the next word ("Puerto de la Cruz")
ROMANCE_ARTICLES = frozenset({"la", "las", "los", "le", "les", "l'"})
# a town this big is named alone ("Santiago de Chile" is Santiago, whatever follows)
HEAD_MAX_POP = 50_000


def head_of_a_romance_name(doc, found: list[_Found]) -> list[_Found]:
    """``found`` with a one-word name left unplaced where a Romance particle and a capitalised
    word follow it between spaces and the word is the own name of small towns only: "the
    abbey of Mont des Cats", "Pont du Gard" are longer names the gazetteer lacks (it would
    have read them whole), so the first word alone is no hamlet of France. A town of
    HEAD_MAX_POP people or more named so stays ("Santiago de Chile"), as do a country, a
    region or a feature of the name ("Banque de France" reads its last word, not its first);
    another place's old name or abbreviation ("Mont" for Mons, for Montana) counts for
    nothing."""
    tv = view(doc)
    n = len(tv.words)
    for f in found:
        k = f.end
        if f.end - f.start != 1 or not f.entries or f.demonym or k + 1 >= n:
            continue
        if tv.lower[k] not in ROMANCE_PARTICLES or not tv.spaces[k - 1] or not tv.spaces[k]:
            continue
        nxt = k + 1
        if tv.lower[nxt] in ROMANCE_ARTICLES and nxt + 1 < n:
            nxt += 1
        if not tv.cap[nxt] or not tv.words[nxt][:1].isalpha():
            continue
        key = norm(tv.words[f.start])
        # the readings the word is the own name of: "Mont" is also an old name of Mons and
        # short for Montana, which the word alone before "des" does not name
        own = [e for e in f.entries if norm(e.name) == key and not e.alias]
        if any(e.rank == 0 for e in f.entries) or any(
            e.rank != 4 or e.population >= HEAD_MAX_POP for e in own
        ):
            continue
        f.entries, f.source = (), "ner"  # unplaced, still a name of the text
    return found


def other_name_before_a_capital(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """``found`` with a one-word name left unplaced where it is the own name of no place the
    gazetteer holds (only another name of small towns, or a land's abbreviation) and a
    capitalised word follows it between spaces: "the Hollins Aquatics Club", "Dunn State
    beat Rice" are longer names the gazetteer lacks, and their first word read alone is no
    hamlet that once bore it as another name. A town of HEAD_MAX_POP people or more the word
    names ("Bombay High Court"), a country, a region, a word that is some place's own name, a
    name the next word begins another name after, and an abbreviation written with its stop
    ("Penn. Gov.") all stay as they are read."""
    tv = view(doc)
    n = len(tv.words)
    starts = {f.start for f in found}
    for f in found:
        k = f.end
        if f.end - f.start != 1 or not f.entries or f.demonym or k >= n or k in starts:
            continue
        word = tv.words[f.start]
        if not word.isalpha() or not tv.spaces[f.start]:
            continue
        if not tv.cap[k] or not tv.words[k].isalpha():
            continue
        key = norm(word)
        # the gazetteer's every reading of the word, not those the context left ("Kingston",
        # narrowed to a borough's other name, is the own name of many towns)
        readings = [e for e in gaz.lookup(key) if not e.alias]
        if not readings or any(norm(e.name) == key for e in readings):
            continue
        if any(e.rank != 4 or e.population >= HEAD_MAX_POP for e in readings):
            continue
        # unplaced, its readings still the text's context: a first name's namesakes left out
        # of it would move the choice of the text's other names
        f.elsewhere = True
    return found


def port_named_after_its_land(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """``found`` with a land's name right after the word "Port" read whole: "the liner berthed
    at Port Tuvalu" names the land's port, which the gazetteer does not hold (it would have
    read a held port whole: "Port Sudan", "Port St. Lucie"); the name is the port's, and its
    reading the land it lies in, the nearest the gazetteer comes. Only a name one of whose
    readings is a country or a territory, with "Port" capitalised right before it, no other
    name ending there."""
    tv = view(doc)
    ends = {f.end for f in found}
    for f in found:
        p = f.start - 1
        if p < 0 or f.demonym or not f.entries or p in ends or tv.words[p] != "Port":
            continue
        if not tv.spaces[p] or not any(e.rank == 0 for e in f.entries):
            continue
        whole = norm(" ".join(tv.words[p : f.end]))
        if gaz.lookup(whole):
            continue
        f.start = p
    return found
