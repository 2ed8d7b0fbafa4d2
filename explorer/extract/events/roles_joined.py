"""A verb the parse joins to a "where" clause in the progressive, whose doer is outside it
(eventsq49)."""

from __future__ import annotations

from explorer.extract.syntax import children, is_verbal, with_conjuncts

_PROGRESSIVE_BE = frozenset({"was", "were"})
_PLACE_RELATIVES = frozenset({"where", "when"})


def outer_doers_of_a_joined_verb(verb) -> list | None:
    """ "Two gunmen entered a guesthouse where pilgrims were sleeping and opened fire": the
    parse joins "opened" to "were sleeping", the clause that says who was in the place, and
    gives it the sleepers for subject. A verb in the simple past cannot share "were" with a
    progressive, so it is joined to the verb the clause's place hangs on ("entered"), and that
    verb's subject did it. None where the words are otherwise ("where workers were sleeping and
    were protesting": the joined verb keeps the clause's subject)."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or children(verb, "nsubj", "nsubjpass"):
        return None
    clause = verb.head
    if clause.dep_ != "relcl" or clause.tag_ != "VBG":
        return None
    if not any(a.lower_ in _PROGRESSIVE_BE for a in children(clause, "aux")):
        return None
    if clause.left_edge.lower_ not in _PLACE_RELATIVES:
        return None  # the clause opens on "where" (the parse may hang it on either verb)
    up = clause.head
    for _ in range(4):
        if up.dep_ == "ROOT" or up.head.i == up.i:
            break
        up = up.head
        if is_verbal(up):
            subj = children(up, "nsubj")
            return with_conjuncts(subj[0]) if subj else None
    return None
