""" "America" inside a Spanish or Portuguese name: the continent, not the United States.

English news writes "America" alone for the United States, and the gazetteer reads it so. In
Spanish and Portuguese, "América" is the continent (the United States are "Estados Unidos"), and
names in those languages keep it when English news quotes them: a football cup of the
continent's teams ("Copa América", "Taça América"), a club ("Club América" of a Mexican city), a
cultural house ("Casa de América"), a bank or a university "de América" or "de las Américas".
There "America" right after the name's head word, or after "de", "da" or "del", names no place a
story is in, least of all the United States: it is left unread, as a body's or a cup's name is.
An English name keeps its America ("Bank of America", "Voice of America", "Radio America",
"Captain America"), as does "America" after an English word.
"""

from __future__ import annotations

from explorer.geoparse.recognised import _Found
from explorer.geoparse.tokens import view

# the written forms of the continent's name in Spanish and Portuguese, and the English one
AMERICA_WORDS = frozenset({"america", "américa", "americas", "américas"})
# capitalised head words of Spanish and Portuguese names that are never English: a cup, a
# club, a house, a bank, a union, a league, a university
ROMANCE_HEADS = frozenset(
    {"copa", "taça", "club", "clube", "casa", "banco", "unión", "união", "liga"}
    | {"universidad", "universidade", "torneo", "torneio"}
)
# the joining words of those languages between a head and "América" ("Casa de América", "Copa
# de las Américas")
ROMANCE_OF = frozenset({"de", "da", "del", "do", "das", "dos"})
ROMANCE_ARTICLES = frozenset({"la", "las", "a", "as"})


def america_of_a_romance_name(doc, f: _Found) -> bool:
    """``f`` is "America" (or "Américas") right after a capitalised head word of a Spanish or
    Portuguese name ("Copa", "Club", "Casa"), or after that language's "de" with or without its
    article ("de las Américas"): the continent of a cup's, club's or body's name."""
    tv = view(doc)
    if f.end - f.start != 1 or tv.lower[f.start] not in AMERICA_WORDS:
        return False
    k = f.start - 1
    if k >= 1 and tv.lower[k] in ROMANCE_ARTICLES and tv.lower[k - 1] in ROMANCE_OF:
        k -= 1  # "de las Américas"
    if k < 1:
        return False
    if tv.lower[k] in ROMANCE_OF:
        # "Casa de America", "Banco de América": a capitalised name's word before "de"
        return tv.cap[k - 1] and tv.words[k - 1].isalpha()
    return tv.lower[k] in ROMANCE_HEADS and tv.cap[k]
