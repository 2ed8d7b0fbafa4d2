"""A rising an armed group fights is the war it wages, not a side it fights.

"Fight" takes either its foe ("the rebels fought the army") or the war itself ("fought a war",
"fought a long campaign"); a word of a rising (an insurgency, a rebellion, an uprising) is of
both kinds, since it may stand for the men who rise ("the army fought the insurgency"). Its
subject tells which: a state's men fight a rising as its foe, but guerrillas "fighting a
years-long rebellion" or "fighting their uprising" are waging it. Only a rising named with
no owner of its own ("the Islamic State insurgency", "a Maoist insurgency" name whose it is)
and set by a bare article or the fighters' own pronoun is read so; "the insurgency" may be
another's and is read as before.
"""

from __future__ import annotations

from explorer.extract.mentions import Mention

# words of length, cost or manner a waged rising is told with ("a decades-long insurgency",
# "a bloody rebellion"): English's common ones, chosen by the team; any other word on the
# rising (a people, a creed, a place) may name whose it is
_MANNER_WORDS = frozenset(
    {"long", "decades", "decade", "years", "year", "months", "low", "level", "low-level"}
    | {"bloody", "brutal", "violent", "deadly", "armed", "simmering", "protracted", "bitter"}
    | {"costly", "fierce", "guerrilla", "guerilla", "decades-long", "years-long", "year-long"}
)
_BARE_ARTICLES = frozenset({"a", "an"})
_OWN_PRONOUNS = frozenset({"their", "its", "his", "her"})


def rising_waged(foe, powers: list[Mention], rising_words: frozenset[str] | set[str]) -> bool:
    """Whether ``foe``, an object of a verb of fighting, is the rising its subjects wage:
    a word of ``rising_words`` set by "a" or the fighters' own pronoun, with only words of
    length or manner on it (``_MANNER_WORDS``), fought by armed groups that are no state
    ("Karen guerrillas fighting a years-long rebellion seized a post"). Not when a state,
    a leader or a government fights it ("troops fighting an insurgency" fight the
    insurgents), nor when the rising has an owner ("the Islamic State insurgency")."""
    if foe.lemma_.lower() not in rising_words and foe.lower_ not in rising_words:
        return False
    if not powers or any(m.ref.kind != "armed" for m in powers):
        return False
    left = [c for c in foe.children if c.i < foe.i]
    set_by = [
        c
        for c in left
        if (c.dep_ == "det" and c.lower_ in _BARE_ARTICLES)
        or (c.dep_ == "poss" and c.lower_ in _OWN_PRONOUNS)
    ]
    if not set_by:
        return False
    words = [
        t for c in left if c not in set_by for t in c.subtree if not t.is_punct and t.i < foe.i
    ]
    return all(t.lower_ in _MANNER_WORDS or t.lemma_.lower() in _MANNER_WORDS for t in words)
