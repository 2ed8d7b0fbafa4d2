"""Who a sentence names beside an act without saying they did it (eventsq44)."""

from __future__ import annotations

from collections.abc import Callable

from explorer.extract.events.words import _BLAST_NOUNS


def _tokens_of(ctx, span: tuple[int, int]) -> list:
    """The sentence's tokens that begin inside a character span."""
    return [t for t in ctx.s.sent if span[0] <= ctx.s.char(t) < span[1]]


def _the_noun_it_modifies(tok):
    """The noun a word belongs to: itself, or the noun its chain of modifiers hangs on."""
    while tok.dep_ in ("amod", "compound") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def named_after_no(ctx, span: tuple[int, int]) -> bool:
    """ "No Kurdish group claimed the mortar fire", "No Taliban faction claimed the
    bombing": a side named inside a phrase the word "no" determines is the one that did not do
    it (the phrase denies it), no actor; "No fewer than 30 soldiers attacked the post" (the
    "no" of a count) keeps its soldiers."""
    return any(
        c.dep_ == "det" and c.lower_ == "no" and not _the_no_of_a_count(c)
        for t in _tokens_of(ctx, span)
        for c in _the_noun_it_modifies(t).children
    )


def _the_no_of_a_count(no) -> bool:
    """Whether "no" is the first word of a count ("No fewer than 30 Boko Haram fighters
    attacked", "no more than a dozen gunmen", "no less than 40 soldiers"): a comparative right
    after it, which the parser may not hang on it, bounds a number and denies nothing."""
    after = no.nbor(1) if no.i + 1 < len(no.doc) else None
    return after is not None and after.tag_ in ("JJR", "RBR")


def the_land_of_a_blast(ctx, span: tuple[int, int], went_off: Callable) -> bool:
    """ "Afghan blast kills five civilians", "Pakistani explosion kills 20": a state's word
    before a blast or an explosion that is the subject of the verb that harmed is where it went
    off (``went_off``: the reading of a blast's noun and its modifier), not a state that set it
    off; "Israeli strike kills five" and "Taliban blast kills five" keep their doers."""
    for t in _tokens_of(ctx, span):
        blast = t.head
        if (
            t.dep_ in ("amod", "compound")
            and blast.lemma_.lower() in _BLAST_NOUNS
            and blast.dep_ == "nsubj"
            and went_off(blast, t)
            and not _a_place_of_another_land(ctx, t)
        ):
            return True
    return False


def _a_place_of_another_land(ctx, t) -> bool:
    """Whether the sentence places its act in a place of a land other than the one the state's
    word ``t`` names ("Ukrainian blast kills Russian commentator near Moscow": the blast was
    not in Ukraine, so the word says whose it was said to be, not where it went off); "Iraqi
    blast kills 95 in Baghdad" names Iraq's own city."""
    m = ctx.mention(t)
    code = m.ref.code if m is not None else None
    if code is None:
        return False
    return any(
        tp.candidate is not None
        and not tp.metonymic
        and tp.candidate.country not in (None, code)
        and not tp.start <= ctx.s.char(t) < tp.end
        for tp in ctx.toponyms
    )


# the verbs by which a side answers another's act with one of its own
_ANSWER_VERBS = frozenset({"answer", "respond", "retaliate", "reply", "react", "hit"})


def the_answerers(tok) -> list:
    """ "Turkish jets answered with air raids on positions of the PKK", "Moscow retaliated
    with the expulsion of 20 Czech diplomats": the subjects of a verb of answering whose "with"
    holds the event's noun ``tok`` carried it out ("hit back with"). Not who "responded with
    anger to the attack" (the act after "to" is what they answered), nor who "answered with a
    call for talks" (the act is not the answer itself)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep":
        return []
    verb = prep.head
    lemma = verb.lemma_.lower()
    if lemma not in _ANSWER_VERBS or verb.pos_ != "VERB":
        return []
    if lemma == "hit" and not any(c.lower_ == "back" for c in verb.children):
        return []  # "the storm hit with force": only "hit back with" answers
    return [s for s in verb.children if s.dep_ == "nsubj"]
