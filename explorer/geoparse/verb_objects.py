"""Two names joined by "and" right after a verb whose object is a person: persons, not towns.

"The president of Paraguay thanked Lugo and Cartes", "Police detained Navarro and Medina": one
thanks, arrests, appoints or marries persons; "and" joins like with like, so both names are
persons' (surnames that are also Spanish towns and a Saudi city). Countries, continents, curated
areas, capitals and big towns stay: governments are thanked and sued too ("thanked Qatar and
Egypt", "thanked Houston and Dallas").
"""

from __future__ import annotations

from explorer.geoparse.gazetteer import Entry
from explorer.geoparse.recognised import MIN_POP_FREE, _Found
from explorer.geoparse.tokens import opens_sentence, view

# verbs whose object is a person (past and present forms news writes); not "backed", "met" or
# "visited", whose objects are places' governments or places as often
PERSON_VERBS = frozenset(
    {"thanked", "thanks", "congratulated", "congratulates", "endorsed", "endorses"}
    | {"nominated", "nominates", "appointed", "appoints", "pardoned", "pardons"}
    | {"impeached", "interviewed", "interviews", "arrested", "arrests", "detained"}
    | {"detains", "jailed", "sentenced", "indicted", "sued", "sues", "fired", "sacked"}
    | {"hired", "hires", "married", "marries", "kidnapped", "abducted", "convicted"}
)
# ranks that are never a person's name: country, continent, curated feature
_NEVER_PERSON_RANKS = (0, 1, 5)


def _a_government(e: Entry) -> bool:
    """A reading whose government is thanked or sued as the place: a country, a continent, a
    curated area, a capital, a big town by its own name ("thanked Houston and Dallas")."""
    return (
        e.rank in _NEVER_PERSON_RANKS or e.capital or (e.primary and e.population >= MIN_POP_FREE)
    )


def _joined_objects(doc, f: _Found, found: list[_Found]) -> bool:
    """``f`` is one of two one-word capitalised names joined by "and" right after a verb of
    PERSON_VERBS ("thanked Lugo and Cartes"), neither a country's, a continent's, a curated
    area's, a capital's or a big town's, and no capitalised word after the second ("and Nur
    Shams")."""
    if f.demonym or f.end - f.start != 1 or not f.entries:
        return False
    tv = view(doc)
    n = len(tv.words)
    if f.start >= 1 and tv.lower[f.start - 1] in PERSON_VERBS:
        first = f.start
    elif f.start >= 3 and tv.lower[f.start - 1] == "and" and tv.lower[f.start - 3] in PERSON_VERBS:
        first = f.start - 2
    else:
        return False
    second = first + 2
    if second >= n or tv.lower[first + 1] != "and":
        return False
    if second + 1 < n and (tv.cap[second + 1] or tv.words[second + 1] in ("'s", "’s")):
        return False
    for k in (first, second):
        if not (tv.cap[k] and tv.words[k].isalpha()) or opens_sentence(tv, k):
            return False
        for g in found:
            if g.start == k and any(_a_government(e) for e in g.entries):
                return False
    return True
