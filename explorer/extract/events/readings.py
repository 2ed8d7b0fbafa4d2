"""A trigger and an event mention, the trigger index of the lexicon, and the readings of a token
the sentence rules share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from explorer.extract.events.try_stopped import stopped_by_others
from explorer.extract.events.words import _TIME_SPANS
from explorer.extract.syntax import children, with_conjuncts
from explorer.model import Toponym


@dataclass(slots=True)
class Trigger:
    type: str
    tok: Any  # spacy.tokens.Token
    is_noun: bool
    object_role: str | None = None  # the verb's own reading of its object ("sent troops")
    official_party: bool = False  # one party must be someone official ("met a friend": no)
    # the prepositions with which the verb is said of its subject, never a passive ("crossed
    # into", "fired on"): the verb entry's "preps" when it is marked "intransitive"
    active_preps: tuple[str, ...] = ()
    # the entry is marked "named_actor": with no state or party named as the actor it tells
    # of no event of its type ("an offensive", "forces pushing into Raqqa")
    named_actor: bool = False


@dataclass(slots=True)
class EventMention:
    """One sentence's report of an event, before places from context and merging."""

    type: str
    trigger: int  # token index (doc-level) of the trigger word
    actors: list[str]
    targets: list[str]
    toponym: Toponym | None  # where, from the event's own clause
    date: str | None
    precision: str
    date_basis: str  # "sentence" or "" (none in the clause)
    status: str  # "", planned, attempted
    sentence_dated: bool  # the sentence states some time (so the publication date may not apply)
    anaphoric: bool = False  # "the attack", "his visit": may only mean an event told before
    distinct: bool = False  # "in another attack", "a second strike": not one told before
    background: bool = False  # "two days after two bombs killed": an earlier incident
    # "The ambush happened early Sunday": a definite one told before, only dated here
    dates_the_one_before: bool = False
    actor_codes: set[str] = field(default_factory=set)  # the states its actors stand for
    # the states its targets name as such ("attacked Israel"; not "Turkish soldiers")
    target_states: set[str] = field(default_factory=set)
    # every target is named only as an owner ("the US embassy in Cairo")
    owners_only: bool = False
    # the states that host it ("Japan will host the next summit")
    hosts: set[str] = field(default_factory=set)
    own_time: bool = False  # its clause states a time, even one without a year ("March 11")
    # the only time its sentence tells is the day of a report ("the military said on Friday")
    report_dated: bool = False
    actor_spans: list[tuple[int, int]] = field(default_factory=list)  # char spans of actors
    # a target read from an office ("Russia's ambassador": Russia -> ambassador)
    target_offices: dict[str, str] = field(default_factory=dict)
    # the kinds of place a definite noun says it happened in, when no name does ("in the
    # province": a region named before)
    place_noun: frozenset[str] = frozenset()
    # targets that name no place ("the Taliban"): no target of an incursion it is merged with
    placeless: frozenset[str] = frozenset()
    # told in a clause of what came before the news ("tensions grew after the Turkish air force
    # downed a Russian jet")
    told_as_before: bool = False
    # a noun only referred to, by a preposition or a verb that does not make it happen ("under
    # the 2005 peace deal", "follows a June agreement")
    in_passing: bool = False
    # "The two sides signed an agreement": the pair its subject refers to, as written
    pair: str = ""
    # no place of its paragraph or article is where it was ("violated NATO airspace")
    no_fallback: bool = False


# who is freed by a swap, and how: "soldiers ... released in a prisoner exchange"
_FREED_VERBS = frozenset({"release", "free", "return", "repatriate", "exchange", "swap"})
_HELD_PEOPLE = frozenset(
    {"soldier", "prisoner", "pow", "captive", "serviceman", "servicemen", "troop", "detainee"}
)


def _clause_words(tok) -> set[str]:
    """The lemmas and lower-cased words of the clause of verb ``tok``: its subtree, from the
    first verb of its chain of conjuncts ("rescued 40 migrants and intercepted a boat")."""
    while tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
    return {w for t in tok.subtree for w in (t.lemma_.lower(), t.lower_)}


def _lemma_words(lemma: str) -> list[str]:
    """ "cease-fire" is three tokens to spaCy: cease, -, fire."""
    return [w for w in re.split(r"\s+|(-)", lemma) if w]


_INDEX: dict[int, tuple[dict, dict]] = {}


def _trigger_index(types: dict) -> tuple[dict, dict]:
    """Verb and noun triggers by their first word, in the order of the lexicon's types."""
    key = id(types)
    if key not in _INDEX:
        verbs: dict[str, list] = {}
        nouns: dict[str, list] = {}
        for etype, spec in types.items():
            for v in spec.get("verbs", []):
                verbs.setdefault(v["lemma"], []).append((etype, v))
            for n in spec.get("nouns", []):
                words = _lemma_words(n["lemma"])
                nouns.setdefault(words[0], []).append((etype, n, words))
        _INDEX.clear()  # one lexicon at a time (tests may load another)
        _INDEX[key] = (verbs, nouns)
    return _INDEX[key]


def trigger_readings(types: dict) -> dict[str, list[tuple[frozenset[str], ...]]]:
    """What a sentence needs for a trigger to fire (EventRules.triggers: keep in step): each
    word a trigger starts with (its lemma or lower-cased form), with, for each trigger it
    starts, the groups of words of which the sentence must hold one: the trigger's other
    words ("visit" of "state visit"), its particle, prepositions, and the words its
    subject, object or modifiers must hold."""
    out: dict[str, list[tuple[frozenset[str], ...]]] = {}

    def low(words) -> frozenset[str]:
        return frozenset(w.lower() for w in words)

    for spec in types.values():
        for v in spec.get("verbs", []):
            groups = [low([v["particle"]])] if v.get("particle") else []
            groups += [low(v[k]) for k in ("preps", "pobj_any", "subject_any") if k in v]
            if v.get("bomber_subject"):
                groups.append(low(["bomber"]))
            if "object_any" in v:  # or a verb that holds the object captive
                groups.append(low([*v["object_any"], *v.get("object_held_by", ())]))
            out.setdefault(v["lemma"].lower(), []).append(tuple(groups))
        for n in spec.get("nouns", []):
            words = _lemma_words(n["lemma"])
            groups = [low([w]) for w in words[1:]]
            if n.get("modifiers_any"):  # an empty list asks for nothing
                groups.append(low(n["modifiers_any"]))
            if "pobj_any" in n:
                groups.append(low(n["pobj_any"]))
            out.setdefault(words[0].lower(), []).append(tuple(groups))
    return out


def _a_headlines_label(verb, subject) -> bool:
    """ "Libya: rockets hit two refugee camps in Benghazi": a name that opens the sentence
    before a colon is the line's label, which the parser may take for a second subject of the
    verb; it says where, not who."""
    nxt = subject.i + 1
    return (
        subject.i == subject.sent.start
        and nxt < len(subject.doc)
        and subject.doc[nxt].text == ":"
        and any(c.i > nxt for c in children(verb, "nsubj"))
    )


def _a_headlines_noun(verb, subject) -> bool:
    """ "More Grozny shelling kills 7 and injures 25": a headline's "-ing" noun that the parser
    took for a verb, its modifier for the subject and the headline's verb for a complement: the
    word before it says where (or what), not who."""
    nxt = verb.i + 1
    return (
        verb.tag_ == "VBG"
        and subject.i == verb.i - 1
        and not children(verb, "aux", "auxpass")
        and nxt < len(verb.doc)
        and verb.doc[nxt].tag_ == "VBZ"
        and verb.doc[nxt].head.i == verb.i
        and verb.doc[nxt].dep_ in ("xcomp", "ccomp", "conj")
    )


def _lemma_seq_match(tokens, k: int, words: list[str]) -> bool:
    if k + len(words) > len(tokens):
        return False
    return all(
        tokens[k + n].lemma_.lower() == w or tokens[k + n].lower_ == w for n, w in enumerate(words)
    )


def _inside(tp: Toponym | None, country: Toponym) -> bool:
    """Whether the place ``tp`` lies in the country ``country`` resolves to."""
    a = tp.candidate if tp is not None else None
    b = country.candidate
    return a is not None and b is not None and bool(a.country) and a.country == b.country


def _words(tokens) -> set[str]:
    return (
        {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens} | {t.text for t in tokens}
    )


def _done_to_the_noun_before(verb, kinds: set[str]) -> list:
    """A past participle after the noun it was done to ("a tanker hijacked in April off
    Somalia", "The grain ship hijacked off Socotra late last night was carrying
    wheat"): that noun, when it is one of ``kinds`` (what the verb takes for its object) and the
    verb has no object nor auxiliary of its own. The parser hangs the participle on the noun or
    makes the noun its subject; either way a ship hijacks nothing, it was hijacked."""
    if verb.tag_ not in ("VBN", "VBD") or verb.lower_ == verb.lemma_.lower():
        return []
    if children(verb, "dobj", "nsubjpass", "auxpass", "aux"):
        return []
    nouns = [verb.head] if verb.dep_ == "acl" else children(verb, "nsubj")
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (
        verb.dep_ == "acl"
        and before is not None
        and before.pos_ in ("NOUN", "PROPN")
        and before.i in {t.i for t in verb.head.subtree}
    ):
        # "The Danish crew of the grain ship hijacked off Socotra": the parser
        # hangs the participle on the crew; the noun just before it is the ship
        nouns.append(before)
    return [n for n in nouns if n.i < verb.i and _words(_np_tokens(n)) & kinds][:1]


def _done_to(verb, spec: dict) -> list:
    """The noun before a participle of one of the type ``spec``'s verbs that it was done to,
    when the verb's entry wants a doer and names the kinds of its object
    (``_done_to_the_noun_before``)."""
    for v in spec.get("verbs", ()):
        if (
            v["lemma"] == verb.lemma_.lower()
            and v.get("active_subject")
            and "object_any" in v
            and "declared" not in v
        ):
            kinds = {w.lower() for w in v["object_any"]} | set(v["object_any"])
            return _done_to_the_noun_before(verb, kinds)
    return []


def _with_conjuncts_of(toks) -> list:
    return [c for t in toks for c in with_conjuncts(t)]


_TRY_VERBS = frozenset({"try", "attempt"})
_MISHAP_WORDS = frozenset({"accidentally", "inadvertently", "prematurely", "mistakenly"})


def _by_mishap(verb) -> bool:
    """ "A youth tried to hurl a bomb but killed himself with it", "the device went off
    prematurely": what happened by mishap in an attack, no act of its own; a verb joined by
    "but" to a try, or said with a word of mishap."""
    if any(c.lower_ in _MISHAP_WORDS for c in verb.children if c.dep_ == "advmod"):
        return True
    head = verb.head
    # the verb joined to the try by "but", or the act tried itself ("tried to hurl a bomb
    # but killed himself": neither was done as meant)
    return (
        verb.dep_ in ("conj", "xcomp")
        and head.lemma_.lower() in _TRY_VERBS
        and any(c.lower_ == "but" for c in head.children if c.dep_ == "cc")
        and not stopped_by_others(head)  # "but the guards seized him": an attempt
    )


def _a_name_of_a_body(head) -> bool:
    """ "the EU Border Assistance Mission to Moldova", "the UN Assistance Mission in
    Afghanistan": a noun written with a capital inside a sentence, with a capitalised word
    before it, is the name of a standing body, not the thing it names in lower case (a trip);
    not in a headline whose every word has a capital ("Trade Mission To Visit Iraq")."""
    sent = head.sent
    if head.i == sent.start or not head.text[:1].isupper():
        return False
    before = [c for c in head.children if c.i < head.i and c.dep_ in ("compound", "amod")]
    if not any(c.text[:1].isupper() for c in before):
        return False
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return any(t.text[:1].islower() for t in words)


def _said_of_its_noun(verb, active_preps: tuple[str, ...]) -> bool:
    """ "Chinese military aircraft intruded into Taiwan's airspace, the ministry said": the
    parser hangs "intruded" on "aircraft" as a reduced passive ("aircraft [that were]
    intruded"), but a verb said of its subject with one of ``active_preps`` (the entry's
    "preps" when it is marked "intransitive") and that preposition's object has no passive
    ("were intruded into the airspace" is no English): the noun it hangs on is its subject."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and not children(verb, "agent", "dobj", "auxpass")
        and any(p.lower_ in active_preps and children(p, "pobj") for p in children(verb, "prep"))
    )


def _heads_in(toks, words) -> bool:
    """Whether the head word of one of ``toks`` is one of ``words`` (lemma or form)."""
    low = {w.lower() for w in words}
    return any(t.lemma_.lower() in low or t.lower_ in low for t in toks)


def _captives_freed(noun, verbs) -> bool:
    """Whether ``noun`` ("hostage") is the object of a relative clause on people who are the
    subject or the object of a verb of freeing ("Eleven sailors the gang had held
    hostage were rescued", "troops freed the workers the rebels held hostage"): the clause
    describes the captives, and the news is their rescue."""
    held = noun.head
    people = held.head
    return (
        noun.dep_ == "dobj"
        and held.dep_ in ("relcl", "acl")
        and people.dep_ in ("nsubj", "nsubjpass", "dobj")
        and people.head.lemma_.lower() in verbs
    )


def _a_trend_of(noun, verbs) -> bool:
    """Whether an event noun is the object of a verb of more or less ("step up", "intensify",
    "escalate") told as a course, not as one thing done: in the perfect ("have stepped up
    attacks"), the progressive ("are intensifying air strikes"), the present, or not done yet
    ("vowed to step up attacks"), or spread or extended in the perfect ("The rebels have
    since rearmed and spread their ambushes and mortar attacks to eastern Chad": a campaign's
    course). In the simple past it is the day's news ("Israel intensified air strikes on Gaza
    on Monday, killing 20") and stays."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "spread their ambushes and mortar attacks": the attacks too
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in verbs:
        return False
    verb = first = noun.head
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head  # "have since rearmed and spread their ambushes": the perfect's
    perfect = any(c.lower_ in ("has", "have", "had") for v in (verb, first) for c in v.children)
    return verb.tag_ != "VBD" or perfect


_SERIES_MEASURES = {"kind", "sort", "type", "size", "scale"}
_EARLIER = {"last", "previous", "earlier"}


def _a_count_of_a_series(tok) -> bool:
    """ "It was the fourth such raid in ten days", "the second bombing of its kind this
    month", "The last raid of its scale on aid workers was in 1996": an event noun counted
    in a series (an ordinal with "such", "of its kind", or a span of weeks) names events told
    elsewhere, the story's own or earlier ones, not a new one. A count told with its own day
    ("the third such attack hit Kabul on Monday") stays; "last" or "previous" always names
    another, earlier one."""
    mods = children(tok, "amod")
    ordinal = [c for c in mods if c.ent_type_ == "ORDINAL" or c.lower_ in _EARLIER]
    if not ordinal:
        return False
    cue: set[int] = set()
    if any(c.lower_ == "such" for c in mods):
        cue.add(tok.i)
    for n in children(tok, "npadvmod"):
        if n.lemma_.lower() in _TIME_SPANS and any(
            c.lower_ in ("this", "past") for c in n.children
        ):
            cue |= {t.i for t in n.subtree}  # "the second bombing of its kind this month"
    for p in children(tok, "prep"):
        objs = children(p, "pobj")
        if p.lower_ == "of" and any(o.lemma_.lower() in _SERIES_MEASURES for o in objs):
            cue |= {t.i for t in p.subtree}
        if p.lower_ in ("in", "within", "over") and any(
            o.lemma_.lower() in _TIME_SPANS and children(o, "nummod") for o in objs
        ):
            cue |= {t.i for t in p.subtree}
    if not cue:
        return False
    if any(c.lower_ in _EARLIER for c in ordinal):
        return True
    clause = tok.head if tok.dep_ in ("nsubj", "nsubjpass", "attr") else tok
    return not any(t.ent_type_ in ("DATE", "TIME") and t.i not in cue for t in clause.subtree)


def _earlier_one_dated(tok) -> bool:
    """ "The last attack on peacekeepers was in 1993": an earlier event ("last", "previous")
    whose sentence only says when it was, a year: history set beside the news."""
    if tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
        return False
    if not any(c.lower_ in _EARLIER for c in children(tok, "amod")):
        return False
    return any(
        re.fullmatch(r"(?:1[89]|20)\d\d", o.text)
        for p in children(tok.head, "prep")
        if p.lower_ in ("in", "during")
        for o in children(p, "pobj")
    )


def _also_elsewhere(verb) -> bool:
    """ "Aid convoys have also been attacked in Chad, Niger and Burundi": the perfect with
    "also", no one who did it and no time, sets other places beside the news (a habit of a
    war), not one event ("Rebels have also attacked a base in Mali on Monday" is one)."""
    kids = list(verb.children)
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in kids)
        and any(c.dep_ == "advmod" and c.lower_ == "also" for c in kids)
        and not children(verb, "agent", "nsubj")
        and not any(t.ent_type_ in ("DATE", "TIME") for t in verb.sent)
    )


_DIPLOMATIC_CHANNELS = {"embassy", "ambassador", "envoy", "consulate", "channel", "note"}
_COMPLAINT_VERBS = {"lodge", "file", "register", "deliver", "hand", "submit", "convey"}


def _a_diplomatic_protest(tok, is_noun: bool) -> bool:
    """ "Japan protested through the Russian embassy", "Beijing lodged a protest with Hanoi":
    a government's complaint made through diplomats or handed over, no crowd in a street."""
    if is_noun:
        return tok.dep_ == "dobj" and tok.head.lemma_.lower() in _COMPLAINT_VERBS
    return any(
        o.lemma_.lower() in _DIPLOMATIC_CHANNELS
        for p in children(tok, "prep")
        if p.lower_ in ("through", "via")
        for o in children(p, "pobj")
    )


def _kept_from(verb) -> bool:
    """ "the gunboats were stopping boats from sailing in or out": to stop something from doing
    a thing is to prevent it (a blockade, a ban), not to seize it."""
    return any(
        p.lower_ == "from" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in p.children)
        for p in children(verb, "prep")
    )


def _weighed_as_a_kind(tok) -> bool:
    """ "A raid at night was riskier": an indefinite event noun compared ("riskier", "more
    dangerous") is a way of doing it weighed, not one done."""
    return (
        tok.dep_ == "nsubj"
        and tok.head.lemma_ == "be"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
        and any(
            c.dep_ == "acomp"
            and (c.tag_ == "JJR" or any(a.lower_ in ("more", "less") for a in c.children))
            for c in tok.head.children
        )
    )


def _the_captives_held(noun) -> bool:
    """ "Basilan, where the hostages were held": captives already told of ("the hostages",
    "their hostages") said to be held somewhere is their captivity, no new hostage-taking
    ("gunmen held 20 people hostage in a bank" is one)."""
    return (
        noun.dep_ == "nsubjpass"
        and noun.head.lemma_.lower() == "hold"
        and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children)
    )


def _left_without(verb) -> bool:
    """ "The attack left 140 million people without power" (or "in the dark"): whom an event
    left without power, water or a home lost a service it cut, and were not what it struck
    ("the attack left 20 people dead" names its victims)."""
    return verb.lemma_.lower() == "leave" and any(
        p.lower_ == "without"
        or (p.lower_ == "in" and any(o.lower_ in ("dark", "darkness") for o in p.children))
        for p in verb.children
    )


# the assaults in which captives are taken: "kidnapped in a raid", "in the attack on the festival"
_ASSAULT_NOUNS = {"attack", "raid", "assault", "ambush", "incursion", "offensive", "hijacking"}


def _captivity_told_before(verb) -> bool:
    """ "The three had been kidnapped in the rebel-led raid": a kidnapping in the past
    perfect passive, told as part of an earlier assault and with no time of its own, is how
    the captives came to be held, told behind the news (their rescue, their release), not a
    new abduction ("two engineers had been kidnapped on Monday, police said" keeps its day;
    "saying her daughter had been kidnapped" reports the news itself)."""
    kids = list(verb.children)
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in kids)
        and any(c.dep_ == "auxpass" for c in kids)
        and any(
            o.lemma_.lower() in _ASSAULT_NOUNS
            for p in children(verb, "prep")
            if p.lower_ in ("in", "during")
            for o in children(p, "pobj")
        )
        and not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)
    )


def _np_tokens(tok) -> list:
    """The noun phrase of ``tok`` without clauses or prepositional phrases (its core words)."""
    out = [tok]
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod", "poss", "det", "nummod", "quantmod"):
            out.extend(_np_tokens(c))
    return out


def _with_what_they_are_of(subjects: list, nouns) -> list:
    """``subjects`` with what each of them that is one of ``nouns`` (a convoy, a group, a
    count) is of: "a convoy of 32 tanks", "a group of soldiers says it has seized power"."""
    return subjects + [
        w
        for s in subjects
        if s.lemma_.lower() in nouns
        for p in children(s, "prep")
        if p.lower_ == "of"
        for w in children(p, "pobj")
    ]
