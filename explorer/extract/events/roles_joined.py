"""A verb the parse joins to a "where" clause in the progressive, whose doer is outside it
(eventsq49); and to a "who" clause whose people it harms (eventsq52)."""

from __future__ import annotations

from explorer.extract.syntax import children, is_verbal, with_conjuncts

_PROGRESSIVE_BE = frozenset({"was", "were"})
_PLACE_RELATIVES = frozenset({"where", "when"})
_PEOPLE_RELATIVES = frozenset({"who", "that"})
_SOME = frozenset({"one", "two", "three", "four", "five", "six", "some", "several", "many", "most"})


def _part_of_the_described(verb) -> bool:
    """ "... herders who were watering their cattle and killed two of the herders" ("killed
    them", "wounded several of them"): the object is the people the clause describes, or some
    of them, taken up again with "the" or "them"; they are not their own doers."""
    for o in children(verb, "dobj"):
        if o.lower_ == "them":
            return True
        if o.lower_ in _SOME or o.pos_ == "NUM":
            for p in children(o, "prep"):
                if p.lower_ != "of":
                    continue
                for n in children(p, "pobj"):
                    if n.lower_ == "them" or any(d.lower_ == "the" for d in children(n, "det")):
                        return True
    return False


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
    people = clause.left_edge.lower_ in _PEOPLE_RELATIVES and _part_of_the_described(verb)
    if clause.left_edge.lower_ not in _PLACE_RELATIVES and not people:
        return None  # the clause opens on "where" (the parse may hang it on either verb)
    up = clause.head
    for _ in range(4):
        if up.dep_ == "ROOT" or up.head.i == up.i:
            break
        up = up.head
        if is_verbal(up):
            subj = children(up, "nsubj")
            if subj:
                return with_conjuncts(subj[0])
            if (
                people
                and up.dep_ == "acl"
                and up.head.pos_ in ("NOUN", "PROPN")
                and not children(up, "agent", "auxpass")
            ):
                # "Gunmen fired on guards who ...": a main verb read as a participle on the
                # noun before it, which is its subject (no "by" before a doer of a passive)
                return with_conjuncts(up.head)
            return None
    return None
