"""Readings of a token or a sentence the rules ask of who acts, of what kind and since when (no
class: plain functions)."""

from __future__ import annotations

import re

from explorer.extract.context import SentenceContext
from explorer.extract.events.clues_when import _along_a_line
from explorer.extract.events.readings import _heads_in, _with_conjuncts_of
from explorer.extract.events.words import (
    _CLAUSE_HEADS,
    _FORBID,
    _IN_POWER,
    _IN_QUESTION,
    _LONG_TIME_UNITS,
    _NOT_YET,
    _OFFICE_WORDS,
    _SETTLEMENT_NOUNS,
    _SEVERAL,
    _STATISTICS_NOUNS,
    _TOWN_HEADS,
    _WAR_NOUNS,
)
from explorer.extract.syntax import children, with_conjuncts
from explorer.model import Toponym


def leaders_out_of_office(text: str, contexts: list[SentenceContext]) -> frozenset[str]:
    """The lexicon's leaders that the article says do not hold their office: each stands for
    himself, not for his state.

    The text says so with an office he does not hold before his name ("President-elect Donald
    Trump", "former president Saleh", "Prime Minister-designate Netanyahu"), or, when it
    speaks of a "President-elect" it does not name, by never giving him an office he holds:
    "Tillerson, who met with Trump", in a story that calls Trump only "the President-elect",
    is a meeting of two men, not of Tillerson and the United States. An office held, in any
    of the article's mentions of him, wins: a title before the name ("President
    Saakashvili", "German Chancellor Angela Merkel", "as president, Obama"), a state or a
    demonym before it ("Russia's Putin"), an office in an apposition after it ("Putin,
    Russia's president"), or the government named after him ("the Bush administration"). A
    leader named by name alone, in a text that says nothing of his office, stays his state
    ("Kenyatta hosted Museveni in Nairobi")."""
    named: dict[str, list[tuple[int, int]]] = {}
    lex = None
    for ctx in contexts:
        lex = ctx.lex
        for m in ctx.mentions:
            if m.ref.kind == "leader":
                named.setdefault(m.ref.name, []).append((m.start, m.end))
    if not named or lex is None:
        return frozenset()
    titles = lex.words("titles") | _OFFICE_WORDS
    former = lex.words("former_words")
    states = {n.lower() for n in lex.states_by_name} | {
        a.lower() for a in lex.state_adjectives.values()
    }
    holds: set[str] = set()
    held_not: set[str] = set()
    for leader, spans in named.items():
        for s, e in spans:
            words = re.findall(r"[\w'’.-]+", text[max(0, s - 80) : s])[-4:]
            low = [w.lower().rstrip(".").removesuffix("'s").removesuffix("’s") for w in words]
            if any(w in former or w.startswith("ex-") for w in low) or any(
                w.endswith(_NOT_YET) for w in low
            ):
                held_not.add(leader)  # "former president", "President-elect Donald Trump"
                continue
            if any(w in titles or w in states for w in low) or any(
                " ".join(low[k : k + 2]) in titles for k in range(len(low) - 1)
            ):
                holds.add(leader)
                break
            if low[-1:] == ["the"] and re.match(r"\s+(?:Jr\.?\s+)?" + _IN_POWER, text[e : e + 40]):
                holds.add(leader)  # "the Bush administration": his government, in power
                break
            after = re.match(r",\s+([^,;.]{1,60})", text[e : e + 80])
            if after and any(
                w.lower() in titles for w in re.findall(r"[\w-]+", after.group(1))[:4]
            ):
                holds.add(leader)  # "Putin, Russia's president"
                break
    # "the President-elect", named nowhere beside it: one of the leaders given no office
    unnamed = any(
        not re.match(r"\s+[A-Z]", text[m.end() : m.end() + 2])
        for m in re.finditer(r"\b[A-Za-z]+-(?:elect|designate)\b", text)
    )
    return frozenset(n for n in named if n not in holds and (n in held_not or unnamed))


def _without_possessive(
    item: tuple[str, tuple[int, int] | None],
) -> tuple[str, tuple[int, int] | None]:
    """ "Al Qaeda's affiliate in Mali ... claimed the attack": the name the possessive ends
    is "Al Qaeda", not "Al Qaeda's"."""
    name, span = item
    for mark in ("'s", "\u2019s"):
        if name.endswith(mark) and len(name) > len(mark):
            cut = name[: -len(mark)].rstrip()
            return cut, (span[0], span[1] - (len(name) - len(cut))) if span else None
    return item


# "the two sides", "both countries": a pair of parties told of before
_PAIR_NOUNS = {"side", "party", "country", "nation", "government", "leader", "state"}
_PAIR_CHARS = 1500  # how far back "the two sides" may look for who they are
_CRAFT = {"fighter", "jet", "bomber", "aircraft", "plane", "warplane", "helicopter", "drone"}


def _one_craft_sent(verb) -> bool:
    """ "The jet was sent up to escort the airliner": one aircraft sent up on a task (to
    intercept, to escort) is a sortie, not forces deployed ("sent fighter jets to Syria",
    "deployed two bombers" stay)."""
    objs = children(verb, "dobj", "nsubjpass")
    return bool(objs) and all(
        o.tag_ == "NN"
        and o.lemma_.lower() in _CRAFT
        and not any(c.dep_ == "nummod" for c in o.children)
        and not any(p.lower_ in ("to", "into") for p in children(verb, "prep"))
        for o in objs
    )


def _counted_since(verb) -> bool:
    """ "About 400 pupils have been kidnapped in Cameroon since March": people counted
    roughly over a span up to now, a toll, not one event ("Gunmen have abducted 40 villagers"
    is one)."""
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("have", "has") for c in verb.children):
        return False
    days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    if not any(
        p.dep_ == "prep" and p.lower_ == "since" and not {o.lower_ for o in p.children} & days
        for p in verb.children
    ):
        return False  # "since Monday": the days of one raid, maybe
    return any(
        n.dep_ == "nummod" and any(q.dep_ in ("quantmod", "advmod") for q in n.children)
        for o in children(verb, "nsubjpass", "dobj")
        for n in o.children
    )


def _going_to(tok) -> bool:
    """ "he was going to do a drive-by shooting", "they are going to hold talks": the future
    told with "going to" and an infinitive, not a journey ("going to the store")."""
    return (
        tok.lemma_.lower() == "go"
        and tok.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children)
        and any(c.dep_ == "xcomp" and children(c, "aux") for c in tok.children)
    )


def _infinitive_before(tok):
    """The infinitive a bare verb is coordinated with when the parser joined it to a finite
    verb instead ("plotted to execute X and then attack Y" read with "attack" beside
    "admitted"): the last verb with its own "to" between the two, else None."""
    head = tok.head
    if tok.dep_ != "conj" or tok.tag_ != "VB" or head.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    return next(
        (
            t
            for t in reversed(tok.doc[head.i + 1 : tok.i])
            if t.tag_ == "VB" and any(c.tag_ == "TO" for c in t.children)
        ),
        None,
    )


def _under(tok, lemmas: list[str]) -> bool:
    """Whether a word above ``tok``, or before it in its sentence, has one of these lemmas
    (the parser hangs "of trying to stage a coup" on the sentence's root as often as on the
    "accused" before it)."""
    return any(a.lemma_.lower() in lemmas for a in tok.ancestors) or any(
        t.lemma_.lower() in lemmas for t in tok.sent if t.i < tok.i
    )


def _a_year(tok) -> bool:
    """A four-digit year ("2017") among a date's words."""
    return (
        tok.like_num and len(tok.text) == 4 and tok.text.isdigit() and tok.text[:2] in ("19", "20")
    )


def _a_fighter(tok) -> bool:
    """ "Taliban fighters", "a suicide bomber", "a car bomber": people, not the aircraft of
    those names ("fighter jets", "Russian bombers")."""
    lem = tok.lemma_.lower()
    left = tok.nbor(-1).lower_ if tok.i > tok.sent.start else ""
    if lem == "bomber" and left in _BOMBER_PEOPLE:
        # "Gunmen and suicide bomber attack mosques", parsed with "bomber" a modifier of
        # "attack": the word before still makes the bomber a person
        return True
    if tok.dep_ == "compound":
        return False
    return lem == "fighter" or (
        lem == "bomber" and any(c.lower_ in _BOMBER_PEOPLE for c in tok.children)
    )


_BOMBER_PEOPLE = frozenset({"suicide", "would-be", "car", "truck"})
# words that put a drone on or under the water: a boat or a submersible, no aircraft
_SEA_CRAFT_WORDS = frozenset(
    {"sea", "naval", "maritime", "marine", "underwater", "surface", "water"}
)


def _a_sea_craft(tok) -> bool:
    """ "Ukrainian sea drones attacked the port", "naval drones", "underwater drones": craft
    on or under the water, not the aircraft that make an air strike ("drones attacked")."""
    return tok.lemma_.lower() == "drone" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _SEA_CRAFT_WORDS for c in tok.children
    )


def _an_organisation(tok) -> bool:
    """An organisation's name: "FBI", "Corrections Corporation of America"; a lone unknown
    name ("met Bakari") that the tagger calls an organisation is more often a person."""
    if tok.ent_type_ != "ORG":
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and (len(ent) > 1 or (tok.text.isupper() and len(tok.text) > 1))


def _since_when(root) -> bool:
    """Whether a clause is a "when" clause on the time after "since" ("since March 3, when a
    car bomb went off outside a bank", "since May, when the truce collapsed")."""
    if root.dep_ != "relcl" or not any(c.lower_ == "when" for c in root.children):
        return False
    cur = root.head
    for _ in range(3):
        if cur.dep_ == "pobj" and cur.head.lower_ == "since":
            return True
        if cur.dep_ not in ("appos", "compound", "nummod", "npadvmod") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _kept_at_it(verb) -> bool:
    """ "they kept attacking patrols and farmsteads": what someone kept doing to
    whole kinds of people, with no day nor time, is a habit, not one event ("kept firing at
    the police for two hours" is one)."""
    if verb.tag_ != "VBG" or verb.dep_ != "xcomp" or verb.head.lemma_.lower() != "keep":
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in verb.sent):
        return False
    objs = _with_conjuncts_of(children(verb, "dobj"))
    objs += [o for p in children(verb, "prep") for o in _with_conjuncts_of(children(p, "pobj"))]
    return bool(objs) and all(
        o.tag_ in ("NNS", "NNPS") and not children(o, "det", "poss", "nummod") for o in objs
    )


def _agreed_to(tok) -> bool:
    """Talks someone agreed to ("agreed to peace talks", "agree to ceasefire, peace talks"):
    talks still to be held (a truce agreed to is one)."""
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    h = tok.head
    if tok.dep_ == "pobj" and h.lower_ == "to" and h.head.lemma_.lower() == "agree":
        return True
    # a headline's "Rebels agree to ceasefire, peace talks", parsed with the talks on top
    return any(
        c.dep_ == "ccomp"
        and c.lemma_.lower() == "agree"
        and c.i < tok.i
        and any(t.lower_ == "to" for t in c.subtree)
        for c in tok.children
    )


# words of a side's will to talk: a disposition, no round held ("committed to peace talks")
_WILLING = frozenset(
    {
        "committed",
        "commitment",
        "open",
        "openness",
        "ready",
        "readiness",
        "willing",
        "willingness",
        "prepared",
        "eager",
        "keen",
    }
)


def _willing_to_hold(tok) -> bool:
    """Talks named in general as what a side is ready for ("remains committed to talks
    with the herders", "ready for talks with the government", "open to negotiations"): a will,
    no round held. A round named ("ready for the summit", "committed to the talks in Doha")
    is not one of these."""
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    h = tok.head
    return (
        tok.dep_ == "pobj"
        and h.lower_ in ("to", "for")
        and h.head.lower_ in _WILLING
        and not children(tok, "det", "poss", "nummod")
        and not _a_round_dated(tok)
        and not _getting_ready(h.head)
    )


def _getting_ready(word) -> bool:
    """ "Delegates of both sides prepared for talks in Oslo on Monday": "prepared" as the verb
    of its own subject is the work before a round, not a will ("the government is prepared for
    talks", a passive, is one)."""
    return word.lower_ == "prepared" and bool(children(word, "nsubj"))


def _a_round_dated(talks) -> bool:
    """ "ready for talks in Vienna on Tuesday", "prepared for talks in Oslo on Monday": talks
    given a day are a round, not a will; a place alone is not one ("ready for talks with the
    government in Bogota" is where they would be held, if ever)."""
    days = [o for p in children(talks, "prep") if p.lower_ == "on" for o in children(p, "pobj")]
    return any(t.ent_type_ in ("DATE", "TIME") for t in days + children(talks, "npadvmod"))


def _counted(tok) -> bool:
    """A plural counted ("11 bilateral meetings", "several visits", "dozens of calls"): more
    than one, each with its own parties and day."""
    if tok.tag_ != "NNS":
        return False
    for c in tok.children:
        if c.dep_ == "nummod" and c.lower_ not in ("one", "1"):
            return True
        if c.dep_ == "amod" and c.lower_ in _SEVERAL:
            return True
    h = tok.head
    return (
        tok.dep_ == "pobj"
        and h.lower_ == "of"
        and h.head.lower_ in ("dozens", "hundreds", "scores", "series", "number")
    )


def _for_years(tok, region: set[int]) -> bool:
    """ "for years", "for decades" (no number) on the trigger's clause or on the verb whose
    object or subject it is ("Norway has brokered truce talks for decades", "fighting has raged
    for decades"): how long a habit or a state of things has lasted, no one event; with a
    number, of acts in the plural ("rebels have staged raids for 20 years"; not "the siege has
    lasted for two years")."""
    heads = [tok]
    if tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
        heads.append(tok.head)
        verb = tok.head
        while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "for 12 years they have trained and launched attacks"
            heads.append(verb)
    preps = [p for h in heads for p in children(h, "prep")]
    preps += [t for t in tok.sent if t.i in region and t.dep_ == "prep"]
    # "for 12 years they have launched attacks": acts in the plural over a count of years
    many = tok.tag_ == "NNS" and tok.dep_ in ("dobj", "nsubj", "nsubjpass")
    return any(
        p.lower_ == "for"
        and o.tag_ == "NNS"
        and o.lemma_.lower() in _LONG_TIME_UNITS
        and not children(o, "det", "amod")
        and (many or not children(o, "nummod"))
        for p in preps
        for o in children(p, "pobj")
    )


def _years_listed(tok) -> bool:
    """ "river clashes in 1969 and 1978", "the attacks of 2008 and 2011": a plural event
    noun dated by two or more years, on itself or on the verb it is the object of, is a past
    told as a list, not one event."""
    heads = [tok] + ([tok.head] if tok.dep_ in ("dobj", "nsubj", "nsubjpass") else [])
    for h in heads:
        for p in children(h, "prep"):
            if p.lower_ not in ("in", "of", "during"):
                continue
            for o in children(p, "pobj"):
                years = [o, *(c for c in o.children if c.dep_ == "conj")]
                if len(years) > 1 and all(re.fullmatch(r"(?:1[89]|20)\d\d", y.text) for y in years):
                    return True
    return False


def _a_wars_own(tok) -> bool:
    """ "The war ... has killed over 150,000 people": a war's toll, said of the war, is
    no one attack; "The war, which started in May 1992 with riots": events in the plural,
    uncounted, that a relative clause on a war tells it began with are its history, not the
    story's events ("the war, which began with the U.S.-led invasion" names one event)."""
    if tok.pos_ == "VERB" and _heads_in(children(tok, "nsubj"), _WAR_NOUNS):
        return True
    if tok.tag_ != "NNS" or children(tok, "nummod"):
        return False
    return any(a.dep_ == "relcl" and a.head.lemma_.lower() in _WAR_NOUNS for a in tok.ancestors)


def _a_toll_since(tok) -> bool:
    """ "Troops have killed at least 35 people since the strikes began", "the regime has killed
    over 900 villagers since it took power": killing or wounding in the present perfect
    counted from a time ("since ..."), a toll summed over the span, no one event. A past tense
    or a day of its own ("killed 20 people on Monday") is the news."""
    if tok.lemma_.lower() not in ("kill", "wound", "injure") or tok.tag_ != "VBN":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in tok.children):
        return False
    spans = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "since"]
    spans += [
        c
        for c in tok.children
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
    ]
    return bool(spans)


def _years_before(date: str, published: str) -> int:
    """How many calendar years ``date`` lies before the article's date."""
    return int(published[:4]) - int(date[:4])


def _at_risk(tok) -> bool:
    """Whether an event noun is said to be at risk or in doubt ("put next week's border
    talks at risk", "the summit is in doubt"): whether it will be held is in question."""
    top = tok
    while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ == "NOUN":
        top = top.head.head  # "a second round of border talks"
    holders = [tok, top]
    if top.dep_ in ("dobj", "nsubj", "nsubjpass"):
        holders.append(top.head)
    return any(
        (p.lower_, o.lemma_.lower()) in _IN_QUESTION and not children(o, "det")
        for h in holders
        for p in children(h, "prep")
        for o in children(p, "pobj")
    )


def _a_statistics_noun(tok) -> bool:
    """A plural event noun that a number counts ("the rising number of assassinations", "the
    rate of kidnappings", "a tally of attacks"): a statistic, no one event."""
    h = tok.head
    return (
        tok.dep_ == "pobj"
        and h.lower_ == "of"
        and h.head.lemma_.lower() in _STATISTICS_NOUNS
        and not children(h.head, "nummod")
    )


def _several_told_before(tok) -> bool:
    """Whether a plural event noun counts events the text refers back to: a number of two or
    more with "other", or with "the", "these" or "those" and no place or time of its own
    ("the three raids seemed to belong to one campaign", "the Tigers, who had claimed
    the four earlier shootings this month")."""
    nums = [c for c in tok.children if c.dep_ == "nummod" and c.lower_ not in ("one", "1")]
    if not nums:
        return False
    if any(c.dep_ == "amod" and c.lower_ in ("other", "previous", "earlier") for c in tok.children):
        return True
    dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
    # "The two bombings in Baghdad on Monday killed 30": the news itself, told with its place
    return bool(dets & {"the", "these", "those"}) and not children(tok, "prep")


def _forbids(verb) -> bool:
    """Whether a verb says its subject is forbidden: "are banned", "remain prohibited",
    "is illegal"."""
    if verb.lemma_.lower() in _FORBID:
        return True
    return any(
        c.dep_ in ("acomp", "oprd", "xcomp")
        and (c.lemma_.lower() in _FORBID or c.lower_ in _FORBID)
        for c in verb.children
    )


def _the_tellers_town(trigger) -> list:
    """ "The mayor of the commune of Kelbo said gunmen had killed 12 people", "the mayor of
    Kharkiv said ...": the name of the town (or commune) whose mayor says what the trigger's
    clause reports, the nearest verb of saying above it; none when no mayor of a named town
    tells it ("the mayor said", "the governor of the region of X said")."""
    says = ("say", "tell", "report")
    verb = next((a for a in trigger.ancestors if a.lemma_.lower() in says), None)
    if verb is None or _another_place_told(trigger, verb):
        return []
    for subj in children(verb, "nsubj"):
        if subj.lemma_.lower() not in _TOWN_HEADS:
            continue
        for o in (
            o for p in children(subj, "prep") if p.lower_ == "of" for o in children(p, "pobj")
        ):
            if o.pos_ == "PROPN":
                return [o]  # "the mayor of Kharkiv"
            if o.lemma_.lower() in _SETTLEMENT_NOUNS:
                return _a_settlements_names(o)
    return []


# common nouns of places a teller may speak of besides his own town ("the neighbouring region")
_PLACE_NOUNS = _SETTLEMENT_NOUNS | {
    "region",
    "province",
    "district",
    "city",
    "area",
    "suburb",
    "capital",
    "oblast",
    "county",
    "neighbourhood",
    "neighborhood",
}


def _another_place_told(trigger, verb) -> bool:
    """Whether the clause a verb of saying reports, holding ``trigger``, places it by a
    common noun of a place that is not the teller's town as such: one set apart by a word of
    its own or plural ("the drone attack on the neighbouring region", "atrocities in the towns
    around the capital", "struck a village nearby"); "in the town" alone may be his own."""
    clause = trigger
    while clause.head.i != verb.i and clause.head.i != clause.i:
        clause = clause.head
    for t in clause.subtree:
        if t.dep_ != "pobj" or t.lemma_.lower() not in _PLACE_NOUNS:
            continue
        if t.tag_ in ("NNS", "NNPS") or any(
            c.dep_ in ("amod", "compound", "nummod", "advmod", "prep")
            and c.pos_ != "PROPN"
            and c.lower_ != "of"  # "the commune of Kelbo": named
            for c in t.children
        ):
            return True
        if any(c.dep_ == "det" and c.lower_ not in ("the", "this", "that") for c in t.children):
            return True  # "in another town", "a village"
    return False


def _a_settlements_names(noun) -> list:
    """The proper names a settlement noun carries: "Waat town", "the commune of Solhan"."""
    names = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
    return names + [
        o
        for p in children(noun, "prep")
        if p.lower_ == "of"
        for o in children(p, "pobj")
        if o.pos_ == "PROPN"
    ]


def _an_unknown_town(ctx: SentenceContext, trigger) -> bool:
    """Whether the clause of ``trigger`` says where it happened by a settlement's name that
    no place read covers, found unplaced or not found ("in Waat town", "in the commune of
    Solhan", "near the village of Narai Kandaw": a capitalised word
    before, or "of" after, a settlement noun under "in", "near" or "at", or struck by the
    clause's verb, "assaulted the town of Kouri Bara"), or as a town it does not name
    ("attacked a key town in the south-west")."""
    covered = _read_places(ctx)  # "Solhan": found, unplaced, is not covered
    told = _the_tellers_town(trigger)
    if told and not any(n.i in covered for n in told):
        return True  # "the mayor of the commune of Kelbo said gunmen had killed 12 people"
    clause = _clause_of(trigger)  # "came under mortar fire on Friday in Ulang Payam"
    for t in ctx.s.sent:
        if t.i in clause and _along_a_line(t):
            return True  # "shelled its posts along the front line": no town's
        if t.lemma_.lower() not in _SETTLEMENT_NOUNS or t.i not in clause:
            continue
        dets = children(t, "det")
        struck = t.dep_ == "dobj" and t.head.i in clause
        if struck and dets and dets[0].lower_ in ("a", "an"):
            return True  # "attacked a key town in the south-west": not the dateline's
        if not struck and (
            t.dep_ != "pobj" or t.head.lower_ not in ("in", "near", "at", "outside")
        ):
            continue
        if _unknown_name(t, covered, struck=struck):
            return True
        if struck and dets and dets[0].lower_ == "the" and _told_before_unknown(ctx, t):
            return True  # "... assaulted the town of Kouri Bara. Raiders stormed the town"
    return False


def _its_scene_unread(ctx: SentenceContext, trigger) -> bool:
    """Whether the clause of ``trigger`` names its scene by a place name no place read covers
    (``_an_unread_scene``): "Ankara's strike on Kurdish positions in Tal Abyad"."""
    covered = _read_places(ctx)
    clause = _clause_of(trigger)
    return any(t.i in clause and _an_unread_scene(ctx, t, covered) for t in ctx.s.sent)


def _read_places(ctx: SentenceContext) -> set[int]:
    """The token indices of the sentence that a place read (a toponym placed) covers."""
    read = [tp for tp in ctx.toponyms if tp.candidate is not None]
    return {t.i for tp in read for t in ctx.s.sent if tp.start <= ctx.s.char(t) < tp.end}


def _clause_of(trigger) -> set[int]:
    """The token indices of the trigger's clause: the trigger, its heads, and the subtree of
    the verb that heads its clause."""
    root = trigger
    while root.dep_ not in _CLAUSE_HEADS and root.head.i != root.i:
        root = root.head
    return {trigger.i} | {a.i for a in trigger.ancestors} | {c.i for c in root.subtree}


def _an_unread_scene(ctx: SentenceContext, t, covered: set[int]) -> bool:
    """Whether ``t`` heads a proper name, the object of "in", "near", "at" or "outside", that
    no place read covers and that is a place by the recogniser (a land or a town) or by the
    geoparser (a toponym found and not placed): "Ankara's strike on Kurdish positions in Tal
    Abyad", "clashes near Jabal Zawiya". The sentence names the act's scene, which the
    gazetteer lacks; the story's town is not it. A building or a park ("in the Oval Office",
    "in Central Park") may stand in the dateline's town, and is not read."""
    if not (
        t.dep_ == "pobj" and t.pos_ == "PROPN" and t.head.lower_ in ("in", "near", "at", "outside")
    ):
        return False
    words = [w for w in t.subtree if w.pos_ == "PROPN" and (w.i == t.i or w.dep_ == "compound")]
    if any(w.i in covered for w in words) or _a_site_in_town(t):
        return False
    unplaced = [tp for tp in ctx.toponyms if tp.candidate is None]
    return any(
        w.ent_type_ == "GPE" or any(tp.start <= ctx.s.char(w) < tp.end for tp in unplaced)
        for w in words
    )


# the head nouns of a building's, a square's or a street's name: one stands in a town
_TOWN_SITES = frozenset(
    {"hotel", "square", "street", "avenue", "road", "boulevard", "lane", "mall", "hospital"}
    | {"university", "college", "school", "mosque", "church", "cathedral", "temple", "shrine"}
    | {"palace", "embassy", "stadium", "market", "bazaar", "station", "tower", "house", "hall"}
    | {"office", "offices", "building", "centre", "center", "museum", "plaza", "club"}
)  # not a bridge: one may stand on a border, far from any dateline ("the Allenby Bridge")


def _a_site_in_town(t) -> bool:
    """Whether the name headed by ``t`` is a building's, a square's or a street's (the
    recogniser's facility, or a name ending in a site's noun): "outside the Sahafi Hotel", "in
    Tahrir Square", "outside Downing Street" stand in a town, which may be the dateline's (not
    "in Tal Abyad", "near Jabal Zawiya")."""
    return t.ent_type_ == "FAC" or t.lower_ in _TOWN_SITES


def _unknown_name(t, covered: set[int], struck: bool = False) -> bool:
    """The settlement noun ``t`` has a proper name no place read covers ("Waat town", "the
    commune of Solhan"). Where the act strikes it, a name before a plural, or one the
    recogniser calls a body or a people, says whose the camps are, not which town ("jets
    bombed al-Shabaab camps", "the Hamas camp"): not an unknown town's name."""
    names = _a_settlements_names(t)
    if struck:
        names = [
            n
            for n in names
            if n.head.i != t.i or (t.tag_ != "NNS" and n.ent_type_ not in ("ORG", "NORP"))
        ]
    return bool(names) and not any(n.i in covered for n in names)


def _told_before_unknown(ctx: SentenceContext, t) -> bool:
    """The sentence before, in the same paragraph, names a settlement of ``t``'s word by a name
    no place read covers ("the town of Moyenne Sido"): "the town" is that one."""
    prev = ctx.prev
    if prev is None or prev.s.paragraph != ctx.s.paragraph:
        return False
    read = [tp for tp in prev.toponyms if tp.candidate is not None]
    covered = {u.i for tp in read for u in prev.s.sent if tp.start <= prev.s.char(u) < tp.end}
    lemma = t.lemma_.lower()
    return any(u.lemma_.lower() == lemma and _unknown_name(u, covered) for u in prev.s.sent)


def _scene_named_before(ctx: SentenceContext) -> bool:
    """Whether the sentence before, in the same paragraph, says where something happened
    ("happened ... near Yeonpyeong") by a name the geoparser found but could not place, and
    this sentence names no place of its own."""
    prev = ctx.prev
    if prev is None or prev.s.paragraph != ctx.s.paragraph:
        return False
    if any(tp.candidate is None or tp.candidate.kind != "country" for tp in ctx.toponyms):
        return False  # a place of its own (a country's name or people's word is none)
    for tp in prev.toponyms:
        if tp.candidate is not None:
            continue
        head = prev.head_of(tp)
        if (
            head is not None
            and head.dep_ == "pobj"
            and head.head.lower_ in ("near", "in", "at", "off", "outside")
        ):
            return True
    return False


# the prepositions whose object is what an act was done to ("strikes on", "the bombing of",
# "crossed into")
_STRUCK_PREPS = frozenset({"of", "on", "upon", "against", "at", "into"})


def _struck_lands(ctx: SentenceContext, trigger, words: dict, sites: bool = True) -> list[Toponym]:
    """The places named as the owners of the ground, the towns or the works an act struck:
    "Israel's bombing of Iran's nuclear sites", "Russia struck Ukraine's power plants",
    "crossed into Chinese territory", "Gaza's hospitals were bombed". A state's ground
    ('state_ground') is named by the state or its people's word ("the Syrian capital"); towns
    and works ('owned_sites') only by a land's name: "Armenian villages" may be an ethnic
    people's across a border, "a Chinese plant" a firm's abroad. A base, an embassy, people or
    craft may be anywhere, and are not read. ``sites``: False reads a state's ground only."""
    found: list[Toponym] = []
    for obj in _struck_objects(trigger):
        words_of = {obj.lemma_.lower(), obj.lower_}
        ground = bool(words_of & words["state_ground"])
        if not ground and not (sites and words_of & words["owned_sites"]):
            continue
        owners = {
            c.i
            for c in obj.children
            if c.dep_ == "poss" or (ground and c.dep_ in ("amod", "compound", "nmod"))
        }
        for tp in ctx.toponyms:
            head = ctx.head_of(tp)
            if tp.candidate is not None and head is not None and head.i in owners:
                found.append(tp)
    return found


def _struck_objects(trigger) -> list:
    """What an act struck: its objects, its passive subject, and the objects of its "on",
    "against", "at" ("the bombing of Iran's sites"), each with its conjuncts."""
    objs = children(trigger, "dobj", "nsubjpass")
    objs += [
        o
        for p in children(trigger, "prep")
        if p.lower_ in _STRUCK_PREPS
        for o in children(p, "pobj")
    ]
    return [c for o in objs for c in with_conjuncts(o)]


def _where_the_works_stand(ctx: SentenceContext, trigger) -> Toponym | None:
    """The place the sentence says the works an act struck stand in ("struck Iranian military
    infrastructure in Syria", "Iran's bases inside Iraq"): where they were struck, whoever owns
    them; None when it says none."""
    for obj in _struck_objects(trigger):
        for p in children(obj, "prep"):
            if p.lower_ not in ("in", "inside", "near"):
                continue
            for o in children(p, "pobj"):
                for tp in ctx.toponyms:
                    head = ctx.head_of(tp)
                    if tp.candidate is not None and not tp.metonymic and _headed_by(head, o):
                        return tp
    return None


def _headed_by(head, word) -> bool:
    """Whether a toponym's head token ``head`` (None: none) is ``word``."""
    return head is not None and head.i == word.i


def _subject_of_another_verb(head, anchors: set[int]) -> bool:
    """Whether ``head`` (or the first of the conjuncts it ends) is the subject of a verb that
    is not the event's own."""
    while head.dep_ == "conj":
        head = head.head
    verb = head.head
    return (
        head.dep_ == "nsubj"
        and (verb.pos_ in ("VERB", "AUX") or verb.dep_ == "relcl")  # "an area both ... claim"
        and verb.i not in anchors
    )


# men in arms a state fields: whose they are says whose side of a line they stood on
_MEN_IN_ARMS = frozenset({"troop", "soldier", "serviceman", "servicemen", "guard", "sailor"})


def _victims_state(ctx: SentenceContext, trigger) -> str | None:
    """The one state whose men in arms an act struck, as the sentence owns them: by its name
    or its people's word ("20 Indian soldiers", "India's troops"), or by "its" or "their" told
    by that state ("Armenia said the Azerbaijanis had killed three of its soldiers": the state that
    is the subject of a verb above the act). None when no men in arms of a state are struck,
    or those of two."""
    heads = []
    for o in children(trigger, "dobj", "nsubjpass"):
        heads += [
            o,
            *(x for p in children(o, "prep") if p.lower_ == "of" for x in children(p, "pobj")),
        ]
    states: set[str] = set()
    for h in heads:
        if h.lemma_.lower() not in _MEN_IN_ARMS:
            continue
        for t in h.children:
            if t.dep_ not in ("amod", "compound", "poss", "nmod"):
                continue
            code = _a_states_word(ctx, t)
            if code is None and t.lower_ in ("its", "their"):
                code = _teller_state(ctx, trigger)
            if code is not None:
                states.add(code)
    return next(iter(states)) if len(states) == 1 else None


def _a_states_word(ctx: SentenceContext, tok) -> str | None:
    """The code of the state a token names or is the people's word of, if any."""
    for m in ctx.mentions:
        if m.covers(tok) and m.ref.kind == "state" and m.ref.code:
            return m.ref.code
    return None


def _teller_state(ctx: SentenceContext, trigger) -> str | None:
    """The state that is the subject of the nearest verb above ``trigger`` that has a state
    for its subject ("India said ... had killed"): whom "its" stands for."""
    tok = trigger
    while tok.head.i != tok.i:
        tok = tok.head
        for s in children(tok, "nsubj"):
            if (code := _a_states_word(ctx, s)) is not None:
                return code
    return None
