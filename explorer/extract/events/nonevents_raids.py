"""A raid that is a search by the state's police or agents, no attack (eventsq49)."""

from __future__ import annotations

from explorer.extract.syntax import children

# who searches premises for a state: the verb "raid" with one of them for subject searches
_SEARCHERS = frozenset(
    {"police", "policeman", "officer", "agent", "detective", "investigator", "inspector"}
    | {"prosecutor", "government", "authority", "regime", "ministry", "official"}
)
# the premises searched ("raided the offices of the party"); a camp, a village or a base
# raided is an assault
_PREMISES = frozenset(
    {"office", "headquarters", "home", "house", "premises", "newsroom", "studio", "flat"}
    | {"apartment", "residence", "bureau"}
)
_SEARCH_VERBS = frozenset({"raid", "search"})


def _searchers(verb) -> bool:
    """Whether the doer of ``verb`` is the state's police or agents: its subject's head, or
    the passive's agent ("were raided by police")."""
    doers = children(verb, "nsubj") + [
        o for a in children(verb, "agent") for o in children(a, "pobj")
    ]
    return any(d.lemma_.lower() in _SEARCHERS for d in doers)


def a_search_raid(tok) -> bool:
    """ "The government raided the home of an opposition leader and took his papers", "Police
    raided the offices of the party": the state's men who raid a party's, a paper's or a
    man's premises search them, no attack ("Commandos raided a rebel camp", "Militiamen raided
    the offices of a rival party" stay)."""
    if tok.lemma_.lower() != "raid" or tok.pos_ != "VERB":
        return False
    objs = children(tok, "dobj", "nsubjpass")
    if not any(o.lemma_.lower() in _PREMISES for o in objs):
        return False
    return _searchers(tok)


def _the_raid_bare(tok) -> bool:
    """ "the raid" with no word of its own: one told before."""
    return (
        tok.lemma_.lower() == "raid"
        and tok.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        and not any(
            c.dep_ in ("prep", "compound", "amod", "poss", "nmod") and c.lower_ != "as"
            for c in tok.children
        )  # "denounced the raid as an assault on free speech": what it is called, not which
    )


def a_raid_told_before(tok, earlier_sents) -> bool:
    """ "Officers of the city police searched the offices of a radio station. Staff said the
    raid lasted two hours": "the raid", bare, is the raid or search told last before it (the
    sentences before, nearest first), and when the police or the state's agents did that one,
    it is a search (the gunmen's raid told before makes "the raid" theirs, and it stays)."""
    if not _the_raid_bare(tok):
        return False
    for sent in earlier_sents:
        told = [
            t
            for t in sent
            if (t.pos_ == "VERB" and t.lemma_.lower() in _SEARCH_VERBS)
            or (t.pos_ == "NOUN" and t.lemma_.lower() == "raid" and not _the_raid_bare(t))
        ]  # "the raid" again before it is the same one: read on back
        if told:
            last = told[-1]
            return last.pos_ == "VERB" and _searchers(last)
    return False
