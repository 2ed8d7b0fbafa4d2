"""A land's name that is a person's given name, before that person's surname.

Parents name children after lands and states ("Israel", "Georgia", "Jordan", "India", "Chad"),
and spaCy, meeting such a name before a surname it does not know, may mark the land's name alone
as a place (or the two words as a body) and leave the surname out: "Kenya Haldorsen painted the
fjords" reads as Kenya. The text shows whose name it is where it names the person again by the
surname alone, as news does once a person has been named in full ("... Haldorsen moved to
Bergen"). Here a one-word found name that is a country's or a first-level unit's name and a given
name, after no place's preposition ("flew from Ruritania Sunday" names the land), followed after
one space by a capitalised word (not in capitals) that is no word of English (the English model's
lemma index: "Defence", "Railways", "Power", "Tech", "Monday" are words), that the text never
writes in lower case, that no place of the text holds and that spaCy marks as no date, people or
place, is the person's given name, no place, where the same word stands elsewhere in the text
alone (after no capitalised word, before none) and not after such a land's name. A body named
after its land ("the Ruritania Defence Forces", "Ruritania Railways") and a land before a day
keep their readings.
"""

from __future__ import annotations

from explorer.geoparse.gazetteer import Gazetteer
from explorer.geoparse.recognised import _Found
from explorer.geoparse.tokens import name_key, opens_sentence, view
from explorer.language import a_word_of_english

# a land's rank in the gazetteer: a country, a first-level unit
LAND_RANKS = (0, 2)
# a place's prepositions: "flew from Ruritania Sunday" names the land
PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "of", "from", "to", "near", "into", "across", "throughout", "via", "toward"}
)
# the labels a surname may carry in spaCy's entities ("" for none): spaCy calls an unknown
# person's name a body as often as a person
PERSON_LABELS = frozenset({"", "PERSON", "ORG"})


def _surname_like(word: str) -> bool:
    """A capitalised word of letters (an inner apostrophe or hyphen allowed), not in capitals."""
    letters = word.replace("'", "").replace("’", "").replace("-", "")
    return (
        len(letters) >= 2
        and letters.isalpha()
        and word[:1].isupper()
        and any(c.islower() for c in word[1:])
    )


def _named_again(tv, k: int, lands: set[str]) -> bool:
    """Whether the word at ``k`` stands elsewhere in the text alone: opening a sentence or after
    a word not capitalised, and before a word not capitalised; not after one of the text's
    given-name lands (``lands``, folded)."""
    word, words, n = tv.words[k], tv.words, len(tv.words)
    for j, w in enumerate(words):
        if j == k or w != word or (j + 1 < n and tv.cap[j + 1]):
            continue
        if opens_sentence(tv, j) or not (tv.cap[j - 1] or tv.lower[j - 1] in lands):
            return True
    return False


def land_as_a_person_s_given_name(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """``found`` without the lands' names that are a person's given name before the person's
    surname, which the text names again alone (module docstring)."""
    tv = view(doc)
    n = len(tv.words)
    words = tv.words
    placed = {name_key(doc, g.start, g.end) for g in found if g.entries}
    dropped = []
    lands: set[str] = set()
    for f in found:
        k = f.end
        if f.demonym or f.street or f.end - f.start != 1 or k >= n or not tv.spaces[f.start]:
            continue
        if not any(e.rank in LAND_RANKS and e.primary for e in f.entries):
            continue
        if not gaz.is_given_name(name_key(doc, f.start, f.end)):
            continue
        lands.add(tv.lower[f.start])
        word = words[k]
        if not _surname_like(word) or doc[k].ent_type_ not in PERSON_LABELS:
            continue
        key = name_key(doc, k, k + 1)
        if word.lower() in tv.lower_words() or key in placed or a_word_of_english(word.lower()):
            continue
        if gaz.lookup(key) and doc[k].ent_type_ != "PERSON":
            continue
        if f.start > 0 and tv.lower[f.start - 1] in PLACE_PREPOSITIONS:
            continue
        if any(g.start <= k < g.end for g in found):
            continue
        dropped.append(f)
    dropped = [f for f in dropped if _named_again(tv, f.end, lands)]
    if not dropped:
        return found
    return [f for f in found if not any(f is d for d in dropped)]
