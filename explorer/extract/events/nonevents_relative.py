"""Acts told in a relative clause that describes something and reports no event (eventsfix61)."""

from __future__ import annotations

from explorer.extract.syntax import children

# determiners and pronouns that make a noun any one of its kind, none in particular
_ANY_WORDS = frozenset({"any", "every", "whatever", "whichever"})
_ANYONE = frozenset({"anyone", "anybody", "whoever", "everyone", "everybody"})
# the words a relative clause names the place it is done from or in by
_PLACE_RELATIVES = frozenset({"where", "whence", "wherever"})
_PLACE_PREPS = frozenset({"from", "in", "at", "out"})


def done_to_any_one(tok) -> bool:
    """ "The patrols will detain any smugglers they find", "orders to search any
    cars they stop", "shoot anyone they find": a verb in a relative clause on a noun of "any"
    or "every", or on "anyone", tells what would be done to whoever comes, not a meeting or a
    stop that took place. "praised the delegates he met in Moscow on Monday" (no "any") stays."""
    if tok.dep_ != "relcl" or tok.pos_ not in ("VERB", "AUX"):
        return False
    head = tok.head
    if head.lower_ in _ANYONE:
        return True
    return any(c.dep_ == "det" and c.lower_ in _ANY_WORDS for c in head.children)


def a_habit_told_of_a_place(tok) -> bool:
    """ "The gang camps in hills that span two provinces, from which it raids cattle
    farms", "pirates operate from small ports, where they seize passing ships": a verb
    in the simple present, with no auxiliary, in a relative clause that says the place it is
    done from ("from which", "where"), describes what a group does there, a habit, no one
    act. A past ("the town where rebels attacked a convoy on Monday") or a perfect stays, and
    so does a present in a main clause (a headline's "Rebels attack army post")."""
    if tok.dep_ != "relcl" or tok.tag_ not in ("VBP", "VBZ"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _PLACE_RELATIVES for c in tok.children):
        return True
    return any(
        p.lower_ in _PLACE_PREPS and any(o.lower_ == "which" for o in children(p, "pobj"))
        for p in children(tok, "prep")
    )
