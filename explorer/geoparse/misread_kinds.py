"""Four kinds of wrong reading narrowed (branch geofix60's): a country's name in a story of world
affairs read as a small town of its name (:func:`country_over_its_small_namesake`), a place's
name that is a person's given name before a surname the text uses as a person's
(:func:`given_name_of_a_named_person`), a word of a foreign-language name read alone as a place
of another land it spells only with its accents folded (:func:`word_of_a_foreign_name`), and a
bare name beside an island the gazetteer does not hold, read as a town of another land
(:func:`bare_name_of_an_unheld_island`). A wrong country is worse than none: each rule reads the
country the text shows, or leaves the name unplaced.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from explorer.geoparse.names import norm
from explorer.geoparse.tokens import view

if TYPE_CHECKING:
    from explorer.geoparse.gazetteer import Entry, Gazetteer
    from explorer.geoparse.recognised import _Found
    from explorer.geoparse.resolve import Mention

TOWN_RANK = 4
COUNTRY_RANK = 0
# a land's name written as a sovereign's: the object of an invasion, a conquest, an occupation,
# a siege, a blockade or an annexation, or a war's or an envoy's place
_SOVEREIGN_BEFORE = re.compile(
    r"\b(?:invad(?:ed|es|e|ing)|invasions? of|conquest of|conquer(?:ed|ing)|occupation of"
    r"|annex(?:ed|ation of)|sieges? of|blockade of|intervention in|independence of"
    r"|war (?:with|against)|embassy in|ambassador to|envoy to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a land's name under a state's measure: an embargo or sanctions on it ("the embargo on Peru",
# "sanctions against Jordan") or named before them ("the Peru embargo"); a state imposes them on
# a state, and a league's sanctions on a town's team are told with no other land beside them
_MEASURE_BEFORE = re.compile(
    r"\b(?:embargo(?:es)?|sanctions)\s+(?:on|against)\s+(?:the\s+)?$", re.IGNORECASE
)
_MEASURE_AFTER = re.compile(r"^\s+(?:trade\s+|arms\s+)?(?:embargo|sanctions)\b", re.IGNORECASE)
# the same of a land's trade or shores: tariffs or duties on it, a boycott or a blockade of it
# ("tariffs on Chile", "a blockade of Peru", "the Peru boycott"); these words are also said of a
# town's shops, streets or school ("a boycott of Mexico businesses"), so the name must end its
# phrase (a comma, a full stop, "and", a preposition) and not qualify a noun after it
_TRADE_BEFORE = re.compile(
    r"\b(?:(?:tariffs?|duties)\s+(?:on|against)|(?:boycotts?|blockades?)\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TRADE_AFTER = re.compile(r"^\s+(?:trade\s+)?(?:tariffs?|boycotts?|blockades?)\b", re.IGNORECASE)
_PHRASE_ENDS = re.compile(
    r"^(?:\s*[,.;:!?)]|\s+(?:and|or|by|in|over|after|for|until|since|from|that|which|was|were"
    r"|is|has|had|would|will|to|at|as|because|while|when)\b|\s*$)"
)
# or called an island nation, a country, a state in apposition ("X, an island of 300 square
# kilometres", "X, one of the smallest states")
_SOVEREIGN_AFTER = re.compile(
    r"^,\s+(?:an?|one of [a-z' ]+)\s*(?:small\s+|island\s+)?"
    r"(?:island|islands|nation|nations|country|countries|state|states|republic|kingdom)\b"
)


def country_over_its_small_namesake(
    mentions: list[Mention], final, text: str, gaz: Gazetteer
) -> None:
    """ "English troops conquered Jamaica in 1655 and held it": a country's
    name read as a town of its name in another land (Grenada, Mississippi; Jamaica, a ward of
    New York), a town of fewer people than the land, is the country where one of its mentions
    is written as a sovereign's (invaded, conquered, occupied, besieged, an embassy in it, or
    called an island or a nation beside it): a state's war is not waged on a town abroad. Not where
    a comma places a mention in the town's own region ("Peru, Indiana"), nor where the text
    reads the town's first-level region or another place in it ("riding in from Murfreesboro"
    beside Tennessee's Lebanon): the text is then its region's news. A land under a state's
    measure (an embargo or sanctions on it, :func:`_under_a_state_s_measure`) is a sovereign too,
    and then the town's region named elsewhere ("a speech in Indianapolis, Indiana" beside "the
    embargo on Peru") does not make the text its region's news: the measure's own sentence names
    another land beside it."""
    from explorer.geoparse.resolve import _choose

    groups: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        if not m.demonym and m.chosen is not None:
            groups.setdefault(norm(m.name), []).append(i)
    for key, idx in groups.items():
        town = mentions[idx[0]].chosen
        if town is None or town.rank != TOWN_RANK:
            continue
        if any(mentions[i].chosen != town or mentions[i].container for i in idx):
            continue
        lands = {
            e.gid: e
            for i in idx
            for e in mentions[i].entries
            if e.rank == COUNTRY_RANK and e.country != town.country and norm(e.name) == key
        }
        if len(lands) != 1:
            continue
        land = next(iter(lands.values()))
        if town.population >= land.population:
            continue
        measured = any(_under_a_state_s_measure(text, mentions, i, town) for i in idx)
        if not measured and _its_region_named(mentions, idx, town):
            continue
        if not measured and not any(_as_a_sovereign(text, mentions[i]) for i in idx):
            continue
        for i in idx:
            _choose(mentions[i], final[i], land)


def _its_region_named(mentions: list[Mention], idx: list[int], town: Entry) -> bool:
    """Another name of the text reads the town's first-level region or a place inside it."""
    return any(
        m.chosen is not None
        and m.chosen.country == town.country
        and bool(town.admin1)
        and m.chosen.admin1 == town.admin1
        for i, m in enumerate(mentions)
        if i not in idx
    )


def _under_a_state_s_measure(text: str, mentions: list[Mention], i: int, town: Entry) -> bool:
    """Mention i is the object of an embargo or sanctions ("the embargo on Peru", "the Peru
    embargo"), of tariffs, a boycott or a blockade ("tariffs on Chile", "a blockade of Peru",
    the name ending its phrase), in a sentence that reads another land than the town's by its
    name ("Brazil and Argentina called for an end to the embargo on Peru"): a state's measure
    on a state. A league's sanctions on a town's team name no other land ("sanctions on
    Lebanon after the brawl"). A measure headed by a land's people's adjective is a state's
    with no other land named (:func:`_headed_by_a_state_s_adjective`)."""
    from explorer.geoparse.beside_named import _sentence

    m = mentions[i]
    before = text[max(0, m.start - 40) : m.start]
    after = text[m.end :]
    measured = bool(_MEASURE_BEFORE.search(before) or _MEASURE_AFTER.match(after))
    traded = bool(_TRADE_BEFORE.search(before) and _PHRASE_ENDS.match(after))
    ends = _PHRASE_ENDS.match(after) or _PAST_VERB_AFTER.match(after)
    if ends and _headed_by_a_state_s_adjective(text, mentions, m):
        return True
    if not (measured or traded or _TRADE_AFTER.match(after)):
        return False
    lo, hi = _sentence(text, m.start, m.end)
    key = norm(m.name)
    return any(
        lo <= o.start
        and o.end <= hi
        and not o.demonym
        and o.chosen is not None
        and o.chosen.rank == COUNTRY_RANK
        and o.chosen.country != town.country
        and norm(o.name) != key
        for o in mentions
    )


# a state's measure told by its people's adjective, right before the name it falls on: "the
# American blockade of X", "Chinese sanctions against X", "the Turkish arms embargo on X"; not a
# boycott, which a people's shoppers or dancers may call as well as a state
_HEADED_MEASURE = re.compile(
    r"^\s+(?:naval\s+|trade\s+|arms\s+|economic\s+|oil\s+)?(?:blockades?\s+of"
    r"|(?:embargo(?:es)?|sanctions|tariffs?|duties)\s+(?:on|against))\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# a verb in the past right after the name ends its phrase too ("the blockade of X began"): a
# regular past, or one of the irregular pasts a measure's course is told with
_PAST_VERB_AFTER = re.compile(
    r"^\s+(?:[a-z]+ed|began|rose|fell|hurt|hit|cost|broke|came|went|grew|took|led|kept|left"
    r"|made|meant|stood|struck|drove|brought|sent|cut|held|ran|won|lost)\b"
)


def _headed_by_a_state_s_adjective(text: str, mentions: list[Mention], m: Mention) -> bool:
    """The measure on mention ``m`` is told with a land's people's adjective right before it
    ("the American blockade of X", "Turkish sanctions against X"): a state's measure, whatever
    other land its sentence names, even the town's own land (a state lays no blockade on a town
    of its own). The caller asks that the name end its phrase (a mark, a preposition, a verb in
    the past; not "sanctions on X's mayor")."""
    return any(
        o.demonym
        and o.chosen is not None
        and o.chosen.rank == COUNTRY_RANK
        and o.end <= m.start
        and _HEADED_MEASURE.match(text[o.end : m.start])
        for o in mentions
    )


def _as_a_sovereign(text: str, m: Mention) -> bool:
    """The mention is written as a land's: see :func:`country_over_its_small_namesake`."""
    before = text[max(0, m.start - 40) : m.start]
    return bool(_SOVEREIGN_BEFORE.search(before) or _SOVEREIGN_AFTER.match(text[m.end :]))


# the prepositions of a place, before a name that opens a phrase of where ("In Lyon Collomb
# opened the tram line", no comma after the place): the name after them is the place's
_WHERE_BEFORE = frozenset({"in", "at", "near", "outside", "inside", "across", "around"})


def given_name_of_a_named_person(doc, f: _Found, gaz: Gazetteer, titles: frozenset[str]) -> bool:
    """ "Crowds marched for Salvador Allende ... Allende said in his last speech": a one-word
    place's name that is a given name, right before a capitalised word the text elsewhere
    writes alone as a person's (after a title, "President Allende", "Mr Allende"; or before a
    person's verb, "Allende said"), is the person's given name, not Salvador of Brazil. The
    surname may be a town too (Allende, Mexico): the text's own use of it says whose it is.
    Not where the next word is a state or a land ("Salvador Bahia"), nor a word the text
    writes in lower case, nor where the surname is never written alone as a person's, nor
    after a preposition of place ("In Lyon Collomb opened the tram line. Mayor Collomb said
    ...": a sentence set in a city, its comma left out, the mayor's surname after it)."""
    # here, not at the top: persons imports the resolver, which imports this module
    from explorer.geoparse.headlines import _lower_words
    from explorer.geoparse.persons import _speaks

    if f.demonym or f.end - f.start != 1 or not f.entries:
        return False
    tv = view(doc)
    k = f.end
    if k >= len(doc) or not gaz.is_given_name(norm(tv.words[f.start])):
        return False
    word = tv.words[k]
    if not (tv.cap[k] and word.isalpha() and len(word) >= 3) or word.isupper():
        return False
    if f.start > 0 and tv.lower[f.start - 1] in _WHERE_BEFORE:
        return False  # "In Sydney Albanese told reporters": a place set before its sentence
    if tv.lower[k] in _lower_words(doc):
        return False
    if any(e.rank <= 2 for e in gaz.lookup(norm(word)) if e.primary):
        return False
    for j, w in enumerate(tv.words):
        if w != word or j == k:
            continue
        if j > 0 and tv.words[j - 1] == tv.words[f.start]:
            continue  # the full name again, not the surname alone
        before = j - 1
        if before >= 0 and tv.words[before] == ".":
            before -= 1
        if before >= 0 and tv.cap[before] and norm(tv.words[before]) in titles:
            return True
        if _speaks(doc, j + 1):
            return True
    return False


# a capitalised word and the particles of a Spanish, Portuguese, Italian or French name between a
# generic word and its name ("Cuartel de la Montaña", "Colegio de la Montaña", "Praça da Sé"),
# right before a mention
_FOREIGN_NAME_BEFORE = re.compile(
    r"\b(?P<head>[A-Z][^\W\d_]+)"
    r"(?:\s+(?:de|del|la|las|los|el|do|da|dos|das|di|della|du|des)){1,3}\s+$"
)


def word_of_a_foreign_name(mentions: list[Mention], text: str) -> None:
    """ "the Cuartel de la Montaña" in Caracas: a one-word name after a capitalised word and
    particles of a Romance language ("de la"), written with an accented letter its reading's
    own name lacks, read in a land no other placed name of the text lies in, is a word of that
    language inside a longer name (a barracks, a school: "montaña", a mountain), not the place
    its folded letters spell (Montana): it is left unplaced. Not a land's name ("the Banco de
    México"), nor a name spelled as its place is ("the Casa de Nariño"), nor a place of the
    story's own land ("the Departamento de Intibucá" in a story of Honduras), nor after a word
    the text reads as a place ("Santiago de Chile")."""
    from explorer.geoparse.resolve import _leave_unplaced

    for m in mentions:
        e = m.chosen
        if e is None or m.demonym or " " in m.name or m.name.isascii():
            continue
        if e.rank == COUNTRY_RANK or e.name.casefold() == m.name.casefold():
            continue
        if any(x.name.casefold() == m.name.casefold() for x in m.entries):
            continue
        head = _FOREIGN_NAME_BEFORE.search(text, max(0, m.start - 60), m.start)
        if head is None or any(o.start <= head.start("head") < o.end for o in mentions):
            continue
        others = {
            o.chosen.country
            for o in mentions
            if o.chosen is not None and not o.demonym and norm(o.name) != norm(m.name)
        }
        if e.country not in others:
            _leave_unplaced(m, [(e, m.score), *m.alternatives])


def bare_name_of_an_unheld_island(mentions: list[Mention], text: str) -> None:
    """ "Ferries from Zanzibar to Pemba Island were suspended. Clove farmers on Pemba ...":
    where the text writes "X Island" and the gazetteer holds no reading for it, a bare "X"
    read as a town is the island too when its town lies in a land no other placed name of the
    text lies in (Mozambique's Pemba beside Zanzibar): it is left unplaced, not put in the
    wrong land.
    Not where the text names the town's land or places in it ("Flights from Maputo to
    Pemba"), nor where the bare name is the text's only placed name ("The ferry stopped at
    Shannon ... Shannon Island in the estuary": the town)."""
    from explorer.geoparse.resolve import _leave_unplaced

    islands = set()
    for m in mentions:
        if m.chosen is not None:
            continue
        name = re.sub(r"\s+Island$", "", m.name)
        if name != m.name or re.match(r"\s+Island\b", text[m.end :]):
            islands.add(norm(name))
    if not islands:
        return
    for m in mentions:
        e = m.chosen
        if e is None or m.demonym or e.rank != TOWN_RANK or norm(m.name) not in islands:
            continue
        if re.match(r"\s+Island\b", text[m.end :]):
            continue
        others = {
            o.chosen.country
            for o in mentions
            if o.chosen is not None and not o.demonym and norm(o.name) != norm(m.name)
        }
        if others and e.country not in others:
            _leave_unplaced(m, [(e, m.score), *m.alternatives])


# the words of a person's home or a journey's end right before a town's name: "a teacher from
# Pitlochry", "grew up in Oyster Bay", "was buried in Kinsale", "flown to Ramstein"
_HOME_OR_JOURNEY = re.compile(
    r"\b(?:(?:a|an|the|who|was|were|is|are|been)\s+(?:\w+\s+){0,3}?from|grew up in|born in"
    r"|buried(?: on \w+)? in|raised in|native of|home ?town of|returned to|retired to"
    r"|welcomed home in|flown (?:out )?to|flew to|flights? to|parish in)\s+$"
)


# a verb of taking a player or a worker, right before "a ... from": the clause names the club or
# the firm they leave ("signed a striker from", "poached two engineers from"), not a home
_TAKEN_FROM = re.compile(
    r"\b(?:sign(?:ed|s|ing)?|b(?:ought|uys?|uying)|s(?:old|ells?|elling)|hir(?:ed|es|e|ing)"
    r"|recruit(?:ed|s|ing)?|poach(?:ed|es|ing)?|loan(?:ed|s|ing)?|borrow(?:ed|s|ing)?"
    r"|acquir(?:ed|es|e|ing)|transferr(?:ed|ing)|lur(?:ed|es|e|ing)|snapped up)"
    r"\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def a_home_or_a_journey_s_end(m: Mention, readings, text: str) -> bool:
    """ "a former teacher from Pitlochry", "She grew up in Oyster Bay": a small town far from a
    story's places, named right after the words of a person's home or a journey's end, where
    the gazetteer holds one town of the name, is that town: the words say where someone comes
    from or goes, as a firm's name ("Titan Operating") after them does not. Not after a verb
    of taking a player or a worker ("signed a midfielder from Lyon", "hired two pilots from
    Aeroflot"): the seller named is a club or a firm."""
    if len({e.gid for e, _ in readings}) != 1:
        return False
    said = _HOME_OR_JOURNEY.search(text, max(0, m.start - 60), m.start)
    if said is None:
        return False
    # "signed a midfielder from Arsenal", "hired engineers from Bechtel": the seller a player
    # or a worker is taken from is a club or a firm, not a person's home
    return _TAKEN_FROM.search(text, max(0, said.start() - 40), said.start()) is None
