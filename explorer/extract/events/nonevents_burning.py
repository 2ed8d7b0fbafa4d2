"""Burnings summed over a span of unrest, which are no one act (eventsq47)."""

from __future__ import annotations

from explorer.extract.syntax import children

# the words that tell the day of one occasion ("on Saturday night", "overnight")
_DAYS_TOLD = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"overnight", "yesterday", "today", "tonight"}
)


def _bare_plural(noun) -> bool:
    """ "offices", "shops", "cars and schools": a plural with no article, owner or number."""
    return noun.tag_ == "NNS" and not children(noun, "det", "poss", "nummod")


def _burnt(tok, lemma: str) -> list:
    """What a burning is done to: "burn"'s object (or its passive's subject), what fire is
    "set to"."""
    if lemma == "burn":
        return children(tok, "dobj", "nsubjpass")
    return [o for p in children(tok, "prep") if p.lower_ == "to" for o in children(p, "pobj")]


def a_burning_summed(tok) -> bool:
    """ "Strikers have set fires on the roads and burned depots of the state bus company",
    "Youths have burned cars and schools in the suburbs since the unrest began", "Rioters have set
    fire to shops across the city": burning or setting fire in the perfect, done to a bare
    plural, with no day of its own, sums the acts of a span of unrest, no one act. "Rioters
    burned shops in the town on Saturday night" (a day, the simple past) and "The chapel has
    been razed by an arsonist" (one building) stay."""
    lemma = tok.lemma_.lower()
    if lemma not in ("burn", "set") or tok.pos_ != "VERB":
        return False
    verb = tok
    while verb.dep_ == "conj" and not children(verb, "aux"):
        verb = verb.head  # "have set fires ... and burned depots": the perfect of the first
    if not any(a.lemma_.lower() == "have" for a in children(verb, "aux")):
        return False
    if any(t.lower_ in _DAYS_TOLD for t in tok.subtree):
        return False
    done_to = _burnt(tok, lemma)
    return bool(done_to) and all(_bare_plural(o) for o in done_to)


def a_peoples_property_burnt(tok) -> bool:
    """ "rioters burn town hall and Lebanese stores", "Rioters burned Korean shops in the
    city": a burning of something a people's adjective (a demonym) marks as theirs, which the
    parties' reading takes for that people's state as the target; the owners are a people, not a
    state, so the burning rule finds no event there (a miss, never a wrong side). "Rioters set
    fire to the city hall" (no people's word) stays."""
    lemma = tok.lemma_.lower()
    if lemma not in ("burn", "set") or tok.pos_ != "VERB":
        return False
    done_to = _burnt(tok, lemma)
    things = [t for o in done_to for t in (o, *o.conjuncts)]
    return any(
        c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" for t in things for c in t.children
    )
