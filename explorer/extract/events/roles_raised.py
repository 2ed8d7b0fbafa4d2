"""Who a passive under "appear" or "seem" was done to (eventsfix63)."""

from __future__ import annotations

from explorer.extract.syntax import children

# the verbs that raise the subject of the passive they govern ("the envoy appears to have been
# poisoned": the envoy was poisoned, nobody "appeared" anything)
_RAISING_VERBS = frozenset({"appear", "seem"})


def the_raised_subject(verb) -> list:
    """ "The envoy appears to have been poisoned in his hotel", "the guard seems to have been
    shot from a car": the parser hangs the one it was done to on "appears" or "seems", and
    the passive infinitive under it has no subject of its own; that subject is whom it was
    done to. Only a passive infinitive ("to have been", "to be") straight under the raising
    verb; an active one ("the army appears to have shelled the town") keeps its doer as read."""
    if verb.dep_ != "xcomp" or verb.tag_ != "VBN" or not children(verb, "auxpass"):
        return []
    if not any(c.lower_ == "to" for c in children(verb, "aux")):
        return []
    head = verb.head
    if head.lemma_.lower() not in _RAISING_VERBS or head.i == verb.i:
        return []
    return [s for s in children(head, "nsubj") if s.pos_ in ("NOUN", "PROPN")]


def told_done_under_a_raising_verb(verb) -> bool:
    """ "appears to have been poisoned", "seems to have shelled the road": a perfect
    infinitive under "appear" or "seem" tells what was done before, as it looks to the
    teller, not a purpose or a wish ("seems to want to attack", "appears to plan a raid" stay
    unread)."""
    return (
        verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() in _RAISING_VERBS
        and any(c.lower_ == "to" for c in children(verb, "aux"))
        and any(c.lower_ == "have" for c in children(verb, "aux"))
    )
