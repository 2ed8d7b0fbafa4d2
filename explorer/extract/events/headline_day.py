"""A headline's act dated by the day its lede tells for it (eventsfix58)."""

from __future__ import annotations

from explorer.extract.context import SentenceContext
from explorer.extract.dates import find_dates
from explorer.extract.events.document_reads import _lede
from explorer.extract.events.story import _Story
from explorer.extract.nlp import nlp
from explorer.extract.syntax import children
from explorer.model import Event

_NAMING = ("NOUN", "PROPN")


def date_headlines_by_their_lede(events: list[Event], story: _Story) -> list[Event]:
    """A document pass (before the merge): each act of the headline dated only by the article's
    day takes the day its lede tells for it (:func:`the_ledes_day`), when no act of ours is
    read in the lede's first sentence: an act the lede tells in words a rule reads is its own
    report, which the merge joins to the headline's with its day ("Gunmen shoot ex-mayor,
    kidnap his son" over "Gunmen raided the house of ... on Friday evening, killed him
    and carried off his son": the attack and the kidnapping each joined to their own)."""
    title = next((c for c in story.contexts if c.s.start == 0), None)
    start, _ = _lede(story.doc.text)
    lede = next((c for c in story.contexts if c.s.start >= start), None)
    if title is None or lede is None or start == 0:
        return events
    if any(lede.s.start <= x.start < lede.s.end for e in events for x in e.evidence):
        return events
    for e in events:
        if e.id in story.marks.headlines and e.date_basis == "published":
            day = the_ledes_day(title, title.s.sent.root.i, story.contexts, story.pub)
            if day is not None:
                e.date, e.date_precision, e.date_basis = day, "day", "sentence"
    return events


def the_ledes_day(
    ctx: SentenceContext, at: int, contexts: list[SentenceContext], pub: str | None
) -> str | None:
    """The day a headline's act took place when the story's lede tells it: "Gabonese troops
    storm into state TV building as coup fears grow" over "Gabon's army seized
    the main avenue of the capital on Tuesday, and a tank rammed through
    the gates of the state TV building", dated Wednesday: Tuesday, not the date line's
    day. ``ctx`` is the headline's sentence and ``at`` its root's index. The lede's first
    sentence must tell one day only, before the article's, on a verb of its main clause in the
    simple past that is no verb of saying, name a thing the headline's act names ("palace")
    and have a doer the headline's act has (Bolivia's). Not a day of a saying ("The police
    said on Tuesday that gunmen had stormed a hotel"), of an earlier act ("A week after a car
    bomb killed 12 people on Tuesday"), of an act in the past perfect, of a lede in the
    present, nor two days ("held an election on Monday, and the result was announced on
    Wednesday"), nor another side's act ("Israeli troops raid Jenin camp" over "Palestinian
    gunmen attacked an army post near Jenin on Tuesday")."""
    start, _ = _lede(ctx.doc_text)
    if not pub or start == 0 or ctx.s.end > start:
        return None
    lede = next((c for c in contexts if c.s.start >= start), None)
    if lede is None:
        return None
    days = [d for d in find_dates(lede.text, pub) if d.date and not d.bounds_a_period]
    day = days[0].date if len(days) == 1 and days[0].precision == "day" else None
    if day is None or day >= pub[:10]:
        return None
    sent = lede.s.sent
    if not lede.full_parse:
        sent = nlp()(sent.doc.copy())[sent.start : sent.end]
    told = next((t for t in sent if t.idx >= sent.start_char + days[0].start), None)
    verb = _the_main_act(told, lede.lex.words("speech_verbs")) if told is not None else None
    if verb is None:
        return None
    trigger = ctx.s.sent.doc[at]
    if not _things_acted_on(trigger.subtree, trigger) & _things_acted_on(sent, None):
        return None
    (heads, names), (heads2, names2) = _doers_of(trigger, ctx), _doers_of(verb, lede)
    if names and names2:
        same = bool(names & names2)  # not "Palestinian gunmen" for "Israeli troops"
    else:
        # men of one kind ("Police" are not "Kenyan troops"); the headline's state's only
        # where the lede names that state ("Troops stormed a school in Kenya" are not
        # "Russian forces")
        told = {m.ref.name for t in sent if (m := lede.mention(t)) is not None}
        same = bool(heads & heads2) and (not names or bool(names & told))
    if not same:
        return None
    return day


# the nouns of a state's forces, one doer however the story words them
_FORCES = frozenset({"soldier", "troop", "force", "army", "military", "serviceman"})


def _doers_of(verb, ctx: SentenceContext) -> tuple[set[str], set[str]]:
    """Who does ``verb``'s act, as words to compare: the heads of its subjects (of the verb it
    is joined to when it has none; "soldiers", "troops" and "forces" all a state's forces)
    and the names the lexicon reads in them ("Bolivian soldiers" and "Bolivia's armed forces"
    are both Bolivia's, "Syrian troops" are not Turkey's)."""
    subjects = children(verb, "nsubj")
    if not subjects and verb.dep_ == "conj":
        subjects = children(verb.head, "nsubj")
    heads = {"forces" if s.lemma_.lower() in _FORCES else s.lemma_.lower() for s in subjects}
    names = {m.ref.name for s in subjects for t in s.subtree if (m := ctx.mention(t)) is not None}
    return heads, names


def _the_main_act(tok, saying: frozenset[str]):
    """The verb the day's word ``tok`` hangs on, when it is of the sentence's main clause (its
    root or a verb joined to it), in the simple past and no verb of saying ("took over the
    square on Wednesday"; not "said on Tuesday", "had closed the hotel on Tuesday", "after a
    car bomb killed 12 people on Tuesday"); else None."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
    if (
        main
        and verb.tag_ == "VBD"
        and verb.lemma_.lower() not in saying
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    ):
        return verb
    return None


# prepositions that tell where an act was, not what it was done to ("in Dhaka")
_WHERE = frozenset({"in", "at", "near", "around", "inside", "outside", "across", "within"})


def _things_acted_on(tokens, act) -> set[str]:
    """The words of things ``tokens`` name, to compare a headline with its lede: their nouns
    and names, but not those of a doer (a subject's words: "Israeli troops raid Nablus" and
    "Israeli troops withdrew from Jenin camp on Tuesday" share only their troops) nor, in the
    lede (``act`` None), of a place told only as where its verb was done ("Troops shell Khan
    Younis" over "Troops buried three comrades in Khan Younis on Tuesday": the same town,
    another act) (review88). "Troops storm into state TV building" and "... rammed
    through the gates of the state TV building" share the building."""
    tokens = list(tokens)
    left: set[int] = set()
    for t in tokens:
        if t.dep_ in ("nsubj", "nsubjpass") or (
            act is None and t.dep_ == "prep" and t.lower_ in _WHERE
        ):
            left.update(x.i for x in t.subtree)
    return {
        t.lemma_.lower()
        for t in tokens
        if t.pos_ in _NAMING and t.i not in left and (act is None or t.i != act.i)
    }
