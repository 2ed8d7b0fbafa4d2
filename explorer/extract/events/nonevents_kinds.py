"""Acts named as a kind or a quantity, no one act done (eventsq44)."""

from __future__ import annotations

from explorer.extract.events.words import _CHANGE_VERBS, _MONTHS, _OUTSETS, _a_campaign_kept_up
from explorer.extract.syntax import children

# a predicate's nouns that rank an act among others told as news ("the latest in a series")
_RANKS = frozenset({"latest", "last", "first", "second", "third", "fourth", "fifth", "one"})


def a_kind_of_act(tok) -> bool:
    """ "Sea mines are the main killer of fishermen off Sri Lanka", "Kidnappings
    are the main source of income for the gangs": an act's bare plural noun (no article, owner
    or number) as the subject of "is" or "are" in the present with a noun for predicate says
    what such acts are, no act done. "Air strikes were the main cause of the deaths on Monday"
    (the past), "Clashes are under way" (no noun), "The attacks were the deadliest" and
    "Clashes are the latest in a week of fighting" (ranked among acts told) stay."""
    verb = tok.head
    if (
        tok.tag_ != "NNS"
        or tok.dep_ != "nsubj"
        or children(tok, "det", "poss", "nummod")
        or verb.lemma_.lower() != "be"
        or verb.tag_ not in ("VBP", "VBZ")
        or children(verb, "aux", "auxpass", "neg")
        or _placed_by_its_own_words(tok)
    ):
        return False
    return any(a.pos_ == "NOUN" and a.lemma_.lower() not in _RANKS for a in children(verb, "attr"))


# the entities that name a place
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def _placed_by_its_own_words(tok) -> bool:
    """Whether the act's plural noun has a place of its own in a phrase it heads ("Clashes in
    Jos are the result of a dispute over grazing land", "Protests in Cairo are the biggest
    challenge to Mubarak's rule"): the acts of one place told now, not a kind ("Kidnappings are
    a daily occurrence in the slums": the place is the predicate's)."""
    return any(
        o.ent_type_ in _PLACE_ENTITIES for p in children(tok, "prep") for o in children(p, "pobj")
    )


# the prepositions that tell where fire fell ("shelling fell on the town")
_LANDING_PREPS = frozenset({"on", "onto", "in", "at", "near", "over", "across", "into", "upon"})


def _since_months_ago(prep) -> bool:
    """Whether a "since" phrase reaches back months or years: a year ("since a Turkish
    operation in 2016"), a month with no day ("since the ceasefire in March") or a war's outset
    ("since the ceasefire"); not a day ("since April 22": days of one fight)."""
    words = list(prep.subtree)
    if any(w.like_num and len(w.text) <= 2 for w in words):
        return False  # "since April 22", "since 3 May": a day
    return any(
        (w.like_num and len(w.text) == 4)
        or w.lower_ in _MONTHS
        or (w.lemma_.lower() in _OUTSETS and w.head.i == prep.i)
        for w in words
    )


def fire_changed_since(tok) -> bool:
    """ "Mortar fire from the hills has fallen since an army offensive in 2009", "Shelling has
    dropped since the ceasefire in March": an act's mass noun (singular) as the subject of a
    verb of change with "since" months or years ago tells how much of it there has been, a
    trend, no act. "Rocket fire fell on the town" (where it landed), "Gunfire dropped off after
    midnight" (no "since") and "the battle for the port has grown fiercer since May 14" (a
    fight of days) stay."""
    verb = tok.head
    preps = children(verb, "prep")
    return (
        tok.tag_ == "NN"
        and tok.dep_ == "nsubj"
        and verb.lemma_.lower() in _CHANGE_VERBS
        and any(p.lower_ == "since" and _since_months_ago(p) for p in preps)
        and not _LANDING_PREPS.intersection(p.lower_ for p in preps)
    )


def an_offensive_kept_up(etype: str, tok) -> bool:
    """ "The Kidal region has faced a big offensive by the jihadist group since June",
    "Israel has kept up its ground offensive in Gaza since October": an offensive named as the
    object of a present perfect kept up since a month, a year or a war's outset is a campaign
    of months, summed up, no one crossing (as acts of harm are, see
    ``words._a_campaign_kept_up``); "has pressed its offensive since Monday" and "launched an
    offensive on Monday" stay, and so do incursions counted ("has launched three incursions into
    northern Syria since 2016": each one an event, tests/test_events_audit_seventh.py)."""
    return etype == "incursion" and tok.tag_ == "NN" and _a_campaign_kept_up(tok)
