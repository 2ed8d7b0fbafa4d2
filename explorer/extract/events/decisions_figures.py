"""Acts a decision does, acts refused, and acts of force told as figures of speech
(eventsfix58)."""

from __future__ import annotations

from explorer.extract.syntax import children

# the types whose act is itself a decision: a state expels diplomats or sanctions another by
# deciding to, so a decision taken is the act done (a decision to attack or to deploy is not)
_DONE_BY_DECIDING = frozenset({"expulsion", "sanction"})


# verbs that undo a decision told in the same sentence
_UNDOING = frozenset(
    {"reverse", "overturn", "revoke", "rescind", "annul", "retract", "withdraw", "cancel"}
)


def a_decision_taken(tok, gov, etype: str) -> bool:
    """ "Poland has decided to expel 12 Belarusian envoys", "The European Union decided on
    Friday to impose sanctions on Belarus": a decision taken (``gov``, "decide" in the past or
    the perfect) to do an act that is itself a decision (an expulsion, a sanction) is the act
    done, not a wish. ``tok`` is the act's word, ``gov`` a verb above it; the act must be the
    decision's own infinitive. "may decide to expel", "will decide whether to", "decided not
    to", "if Russia decides to expel" (the verb's own checks) and "decided to attack the town"
    (an attack is not done by deciding) are no such act, nor one its sentence tells undone
    ("had decided to impose sanctions, but the decision was reversed")."""
    if etype not in _DONE_BY_DECIDING or gov.lemma_.lower() != "decide":
        return False
    if gov.tag_ not in ("VBD", "VBN") or children(gov, "neg", "auxpass"):
        return False
    if any(t.lemma_.lower() in _UNDOING for t in gov.sent):
        return False  # "had decided to impose sanctions, but the decision was reversed"
    if _nobody_decided(gov) or _a_decision_dropped(gov):
        return False
    step = tok
    while step.head.i != gov.i:
        if step.head.i == step.i:
            return False
        step = step.head
    if step.i != tok.i and step.lemma_.lower() not in _DOING:
        return False  # "decided to lift sanctions", "decided to delay new sanctions"
    return step.dep_ == "xcomp" and any(c.tag_ == "TO" for c in step.children)


# the verbs whose infinitive after "decided" does the act a noun names ("decided to impose
# sanctions"); not "decided to lift sanctions", "to delay sanctions", "to study sanctions"
_DOING = frozenset(
    {"impose", "place", "slap", "levy", "introduce", "adopt", "announce", "order", "declare"}
    | {"extend", "expand", "tighten", "approve", "unveil", "carry"}
)

# the subjects that say no one decided ("No country has decided to expel ...")
_NOBODY = frozenset({"nobody", "none", "neither", "no one"})


def _nobody_decided(gov) -> bool:
    """ "No country in the region has decided to expel Russian diplomats", "Neither
    government has decided to impose sanctions": a decision's subject that names no one
    denies it was taken (review88)."""
    for s in children(gov, "nsubj"):
        if s.lower_ in _NOBODY or any(c.lower_ in ("no", "neither") for c in children(s, "det")):
            return True
    return False


def _a_decision_dropped(gov) -> bool:
    """ "Moldova had decided to expel two Russian diplomats but backed down after a call from
    Moscow": a decision in the past perfect that its clause goes on with "but" was overtaken
    before it was carried out, whatever the verb that tells it (backed down, relented,
    changed its mind) (review88). "Poland has decided to expel 12 envoys" stays."""
    if not any(c.lower_ == "had" for c in children(gov, "aux")):
        return False
    return any(t.lower_ == "but" and t.dep_ == "cc" and t.i > gov.i for t in gov.subtree)


# verbs whose "against" says what was refused or argued down, not done
_AGAINST_VERBS = frozenset({"decide", "vote", "rule", "argue", "advise", "warn", "caution"})


def decided_against(tok) -> bool:
    """ "Poland decided against expelling the Russian ambassador", "the council voted against
    imposing sanctions", "officials warned against attacking the town": an act's gerund after
    "against" on a verb of deciding, voting, ruling, arguing or warning is refused or argued
    down, no act done ("fought against the attacking forces", "protested against the
    bombing of Gaza" are not of this kind: a noun, or a verb of acting)."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp":
        return False
    prep = tok.head
    return prep.lower_ == "against" and prep.head.lemma_.lower() in _AGAINST_VERBS


# the words that make an act of force one of speech ("verbal grenades", "a rhetorical attack")
_OF_SPEECH = frozenset(
    {
        "verbal",
        "verbally",
        "rhetorical",
        "rhetorically",
        "oratorical",
        "metaphorical",
        "metaphorically",
        "figurative",
        "figuratively",
        "polemical",
    }
)


# the types of acts of force, which a word of speech makes a figure
_OF_FORCE = frozenset(
    {"attack", "bombing", "bombardment", "air_strike", "clash", "shoot_down", "incursion"}
)


def a_figure_of_speech(tok, is_noun: bool, etype: str) -> bool:
    """ "Opposition leaders lobbed verbal grenades at Washington", "the verbal clash went on
    for an hour", "the two ministers clashed verbally": an act of force or its weapon under a
    word of speech (verbal, rhetorical, metaphorical) is words said, no act done. The word
    must be the act's own modifier or that of the verb's object; "Verbal warnings were ignored
    before soldiers fired on the crowd", "after a verbal row, gunmen opened fire" (the word is
    another noun's) stay."""
    if etype not in _OF_FORCE:
        return False  # "a verbal agreement" is an agreement
    said = [c for c in tok.children if c.dep_ in ("amod", "advmod")]
    if not is_noun:
        said += [c for o in children(tok, "dobj") for c in children(o, "amod")]
    return any(c.lower_ in _OF_SPEECH and not _speech_and_more(c) for c in said)


def _speech_and_more(word) -> bool:
    """ "Rival groups clashed, first verbally and then with machetes", "a verbal and physical
    attack": a word of speech joined by "and" or "or" to another manner is one of the act's
    ways, not the whole of it; the act was done (review88)."""
    return bool(children(word, "conj")) or word.dep_ == "conj"
