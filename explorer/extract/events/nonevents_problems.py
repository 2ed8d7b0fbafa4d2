"""Acts named as a problem a land fights, summed as a toll of the last days, or charged to
the people another act struck (eventsq46)."""

from __future__ import annotations

from explorer.extract.events.words import _TIME_SPANS
from explorer.extract.syntax import children

# verbs whose object is a problem a government or a people works against ("fighting
# kidnapping", "to curb piracy"); "counter" and "repel" are left out: "countered attacks on its
# posts" and "repelled raids" are acts met one by one
_FOUGHT_VERBS = frozenset(
    {"fight", "battle", "combat", "tackle", "curb", "curtail", "eradicate", "suppress"}
)


# the words that tell the day of one occasion ("on Friday", "overnight"), not a span of years
_DAYS_TOLD = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"overnight", "yesterday", "today", "tonight"}
)


def a_crime_fought(etype: str, tok) -> bool:
    """ "Sonora state, which has been fighting car theft and extortion", "the province
    has battled piracy for years", "a plan to curb kidnappings": an act's bare noun (no
    article, owner or number; or a conjunct of one) as the direct object of a verb of fighting
    a problem names the crime a land works against, no act done. Fights are their own objects
    ("the rebels fought fierce battles", the clash kind, stays), and so are acts fought off
    ("fought off attacks by the rebels": a particle), and acts with an article ("the army
    battled the raid for hours"), and acts whose fight is told on a day of its own ("police
    suppressed protests in the capital on Friday", "troops battled rebel attacks on the town
    overnight": the acts took place, and were met that day; review96)."""
    if etype == "clash" or tok.tag_ not in ("NN", "NNS", "VBG"):
        return False
    noun = tok
    for _ in range(4):  # "fighting livestock theft and extortion": the parser hangs the
        # second crime on the first, and the first on "livestock", the verb's object
        if children(noun, "det", "poss", "nummod"):
            return False
        if noun.dep_ == "dobj":
            verb = noun.head
            return (
                verb.lemma_.lower() in _FOUGHT_VERBS
                and not children(verb, "prt")
                and not any(t.lower_ in _DAYS_TOLD for t in verb.subtree)
            )
        if noun.dep_ not in ("conj", "acl", "compound"):
            return False
        noun = noun.head
    return False


# the words that reckon a span back from the news ("in the past 12 days")
_RECKONED_BACK = frozenset({"past", "last", "previous"})


# the acts whose days of one place are one occasion, not many acts summed: a wave of protests,
# a bout of fighting in a city ("protests that have swept the capital over the past three
# days", "clashes that have killed 40 in the port in the past two days": review96)
_ONE_OCCASION_TYPES = frozenset({"protest", "clash"})
_ONE_OCCASION_NOUNS = frozenset({"protest", "demonstration", "clash", "riot", "fighting"})


def a_toll_of_recent_days(etype: str, tok) -> bool:
    """ "the arson attacks that have destroyed nine shops in the district in the past 10 days",
    "raids that have displaced thousands over the last two weeks": an act's plural noun (no
    number of its own) whose relative clause in the present perfect sums up what the acts have
    done over a span reckoned back from the news is a toll of many acts, no one act (nor is that
    clause's verb of harm: "have killed" is the toll's, not a new act; "over the
    past decade" spans of years are ``nonevents._the_past_long_span``'s). "The two bombings
    that have killed 30 people in the past day" (counted: each is told) and "the attack that
    has killed eight in the past day" (one act) stay."""
    noun = tok.head if tok.dep_ == "relcl" else tok  # "attacks that have killed": the verb too
    if etype in _ONE_OCCASION_TYPES or noun.lemma_.lower() in _ONE_OCCASION_NOUNS:
        return False
    if noun.tag_ != "NNS" or children(noun, "nummod"):
        return False
    for verb in children(noun, "relcl"):
        if not any(a.lemma_.lower() == "have" for a in children(verb, "aux")):
            continue
        for p in verb.subtree:
            if p.dep_ != "prep" or p.lower_ not in ("in", "over", "during", "within"):
                continue
            for o in children(p, "pobj"):
                if o.lemma_.lower() in _TIME_SPANS and any(
                    c.lower_ in _RECKONED_BACK for c in o.children
                ):
                    return True
    return False


# the verbs that charge someone with an act (as nonevents._CHARGE_VERBS)
_CHARGE_VERBS = frozenset({"accuse", "blame", "suspect", "charge"})


def charged_to_a_described_one(tok) -> bool:
    """ "Residents killed three men accused of the theft of a cow", "a mob beat to death a
    man suspected of theft": an act told under a verb of charging that describes a noun (a
    reduced relative clause, "men accused of") is what those people are said to have done, an
    act of its own, never the same event as the act of the clause they are the object of (the
    kidnapping must not take the villagers for its doers). "Iran was accused of attacking two
    tankers" (the charge is the clause's own verb) is left as it was read."""
    for up in tok.ancestors:
        if up.pos_ in ("VERB", "AUX"):
            return up.lemma_.lower() in _CHARGE_VERBS and up.dep_ in ("acl", "relcl")
    return False
