"""Acts told as what a land has suffered over years, which are no one act (eventsq49)."""

from __future__ import annotations

from explorer.extract.events.words import _CAMPAIGN_TYPES
from explorer.extract.syntax import children

_HAVE = frozenset({"have", "has", "'ve", "'s"})
_SPAN_PREPS = frozenset({"in", "over", "for", "during", "throughout"})
# the spans that hold many acts: a day or a week may hold one told as news
_LONG_SPANS = frozenset({"year", "decade", "month"})
_SPAN_MODIFIERS = frozenset({"recent", "past", "last"})
# verbs that say what a place has long suffered ("a region plagued by bombings")
_AFFLICT = frozenset(
    {"ravage", "plague", "wrack", "rack", "beset", "blight", "scar", "torment", "bedevil"}
    | {"afflict", "haunt", "dog", "suffer"}
)
_DAY_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"yesterday", "today", "tonight", "overnight"}
)


def _in_the_perfect(verb) -> bool:
    """ "have attacked", "have been ambushed", or a verb joined to one ("have raided ... and
    burned")."""
    while True:
        if any(a.lower_ in _HAVE for a in children(verb, "aux")):
            return True
        if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or verb.head.i == verb.i:
            return False
        verb = verb.head


def _a_long_span(verb) -> bool:
    """ "in recent years", "over the years", "for years", "over the past decade", "in the past
    few months": a span of months or more on the verb."""
    for p in children(verb, "prep"):
        if p.lower_ not in _SPAN_PREPS:
            continue
        for o in children(p, "pobj"):
            if o.lemma_.lower() not in _LONG_SPANS:
                continue
            if o.tag_ == "NNS" or any(c.lower_ in _SPAN_MODIFIERS for c in o.children):
                return True
    return False


def a_habit_over_years(etype: str, verb) -> bool:
    """ "Bandits have attacked herders in the hills in recent years", "Convoys have been
    ambushed repeatedly over the years": an act in the present perfect over a span of months or
    years is a count of acts, what a land has suffered, no one act. "Rebels have attacked three
    posts in recent days" (days: the news of the week) and "have attacked an army post on
    Wednesday" (a day of its own) stay."""
    if etype not in _CAMPAIGN_TYPES or verb.pos_ not in ("VERB", "AUX"):
        return False
    return _in_the_perfect(verb) and _a_long_span(verb)


def a_land_afflicted(etype: str, noun) -> bool:
    """ "a region ravaged by the attacks of jihadist groups", "a city plagued by bombings",
    "has suffered from the attacks of the militia": acts in the plural named as what afflicts
    a place describe it, no one act. A day in the clause ("ravaged by air strikes on Monday")
    makes them the news, and one act ("ravaged by a bombing at a church") is one."""
    if etype not in _CAMPAIGN_TYPES or noun.tag_ != "NNS":
        return False
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("by", "from"):
        return False
    verb = noun.head.head
    if verb.lemma_.lower() not in _AFFLICT:
        return False
    if verb.lemma_.lower() == "suffer" and noun.head.lower_ != "from":
        return False
    return not any(t.lower_ in _DAY_WORDS for t in verb.subtree)


_YEAR_DETERMINERS = frozenset({"last", "this", "that", "every", "each", "previous", "same"})
# the one act a count may be told of ("killed 35 in an attack on a bus")
_ONE_ACT = frozenset(
    {"attack", "raid", "ambush", "bombing", "blast", "explosion", "massacre", "assault"}
    | {"strike", "shooting", "operation", "incident"}
)


def _a_whole_year(verb) -> bool:
    """ "last year", "this year", "in 2009", "during 1998", "over the three years": the verb's
    time is a year or more, not a day."""
    for c in verb.children:
        if (
            c.dep_ == "npadvmod"
            and c.lemma_.lower() == "year"
            and any(d.lower_ in _YEAR_DETERMINERS for d in c.children)
        ):
            return True
        if c.dep_ == "prep" and c.lower_ in _SPAN_PREPS:
            for o in children(c, "pobj"):
                if o.like_num and len(o.text) == 4 and o.text.isdigit():
                    return True  # "in 2009", not "in 2009's first week" (a noun of its own)
                if o.lemma_.lower() in _LONG_SPANS and o.tag_ == "NNS":
                    return True
    return False


def a_tally_over_a_year(etype: str, verb) -> bool:
    """ "In the south the rebels burned 30 last year", "bandits kidnapped 120 in 2009": a
    bare number for object (the things or people counted, named before) over a year is a
    tally of many acts, no one act. "Blew up 14 pylons on Monday" (a day), "blew up a
    bridge last year" (one thing) and "killed 35 in an attack on a bus in 2003" (one act told)
    stay."""
    if etype not in _CAMPAIGN_TYPES or verb.pos_ not in ("VERB", "AUX"):
        return False
    counted = [
        o
        for o in children(verb, "dobj")
        if o.tag_ == "CD" and not any(c.dep_ == "prep" for c in o.children)
    ]
    one_act = any(
        o.lemma_.lower() in _ONE_ACT
        for p in children(verb, "prep")
        if p.lower_ in ("in", "during")
        for o in children(p, "pobj")
    )
    return bool(counted) and not one_act and _a_whole_year(verb)
