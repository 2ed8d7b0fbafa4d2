"""Readings of a token or a sentence the rules ask of when and where: spans of days, tenses,
borders, reference points."""

from __future__ import annotations

import datetime as dt
import re

from explorer.extract.context import SentenceContext
from explorer.extract.dates import number_of
from explorer.extract.events.readings import Trigger
from explorer.extract.events.words import (
    _AREA_KINDS,
    _BLAME,
    _CLAUSE_HEADS,
    _LONG_TIME_UNITS,
    _NAVY_PREFIXES,
    _REACTIONS,
    _STREET_WORDS,
    _TIME_SPANS,
    _VESSEL_WORDS,
)
from explorer.extract.syntax import children
from explorer.model import Toponym

_ENTRY_MARK = re.compile(r"\s*(?::|[-–—]{1,2})\s")  # after a timeline entry's date
_ENDING = frozenset({"end", "close", "conclusion", "conclude", "wrap", "finish", "complete"})


def _days_ended(trig: Trigger) -> int:
    """How many days an event noun lasted that the sentence says ended ("at the close of a
    four-day visit", "concluded his two-day visit"), else 0."""
    if not trig.is_noun:
        return 0
    tok = trig.tok
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head
    if head.i == tok.i or head.lemma_.lower() not in _ENDING:
        return 0
    for c in tok.children:
        if c.lemma_.lower() == "day" and c.dep_ in ("nmod", "compound", "amod", "npadvmod"):
            n = next((x for x in c.children if x.dep_ == "nummod"), None)
            if n is not None:
                count = number_of(n.text)
                return count if 1 < count <= 31 else 0
    return 0


# what an attack does to people and things: the time of these verbs is the attack's
_HARM_VERBS = frozenset({"kill", "wound", "injure", "destroy", "damage"})


def _times_of(verb) -> set[int]:
    """The tokens of the times told on ``verb``, on a verb joined to it ("killed 27 people and
    injured over 80 on Friday") and on their objects, where the parser hangs a time it
    cannot place ("more than 100 on Sunday")."""
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    heads = verbs + [o for v in verbs for o in v.children if o.dep_ == "dobj"]
    return {
        t.i
        for h in heads
        for c in h.children
        if c.dep_ in ("prep", "npadvmod")
        and (h in verbs or any(t.ent_type_ == "DATE" for t in c.subtree))
        for t in c.subtree
    }


def _dated_clause(tok) -> bool:
    """Whether ``tok`` is the subject of a clause that gives a date outside its own words ("hit
    Aleppo on Monday", though the parser hangs "hit" on "the war")."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        verb = tok.head  # "the heaviest air strikes of the war hit Aleppo on Monday"
    elif tok.dep_ == "ROOT":
        verb = tok  # the same, with "hit" hung on "the war"
    else:
        return False  # "an inquiry into the bloodiest shellings", a day after: its date
    clauses = {t.i for c in tok.subtree if c.dep_ in ("acl", "relcl") for t in c.subtree}
    own = {t.i for t in tok.subtree} - clauses  # "of the war", not "hit Aleppo on Monday"
    return any(t.ent_type_ in ("DATE", "TIME") and t.i not in own for t in verb.subtree)


def _on_a_border(ctx: SentenceContext, trigger) -> bool:
    """Whether the clause of ``trigger`` puts it on a border it names by no place ("a
    firefight on the border between the two states", "a border clash"): a line between two
    states, which the story's region or town is not."""
    covered = {t.i for tp in ctx.toponyms for t in ctx.s.sent if tp.start <= ctx.s.char(t) < tp.end}
    root = trigger
    while root.dep_ not in _CLAUSE_HEADS and root.head.i != root.i:
        root = root.head
    clause = {trigger.i} | {a.i for a in trigger.ancestors} | {c.i for c in root.subtree}
    for t in ctx.s.sent:
        if t.i not in clause or t.lemma_.lower() not in _BORDER_NOUNS:
            continue
        if t.dep_ == "pobj" and t.head.lower_ in ("on", "along", "across", "at", "near"):
            pass
        elif not (t.dep_ in ("compound", "amod") and t.head.i == trigger.i):
            continue
        if not any(d.i in covered for d in t.subtree):
            return True
    return False


_BORDER_NOUNS = {"border", "frontier", "boundary"}


# the nouns of a feature of the sea that a proper name heads ("the Scarborough Shoal",
# "Johnson South Reef", "Mischief Reef", "the Spratly Islands")
_SEA_FEATURES = frozenset(
    {"shoal", "reef", "atoll", "cay", "islet", "island", "islands", "bank", "strait", "sea"}
)


def _at_an_unread_sea_feature(ctx: SentenceContext, trigger) -> bool:
    """Whether the clause of ``trigger`` says where by a feature of the sea whose name no place
    read covers ("fired water cannon ... near the disputed Scarborough Shoal"): at sea there,
    not in the town the story is told from, nor, when the feature is disputed, surely in the
    land of that town."""
    covered = {t.i for tp in ctx.toponyms for t in ctx.s.sent if tp.start <= ctx.s.char(t) < tp.end}
    root = trigger
    while root.dep_ not in _CLAUSE_HEADS and root.head.i != root.i:
        root = root.head
    clause = {trigger.i} | {a.i for a in trigger.ancestors} | {c.i for c in root.subtree}
    return any(
        t.i in clause
        and t.lower_ in _SEA_FEATURES
        and t.dep_ == "pobj"
        and t.head.lower_ in ("near", "at", "off", "in", "around")
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children)
        and not any(d.i in covered for d in t.subtree)
        for t in ctx.s.sent
    )


# the words that say an act was at sea, on no land: "at sea", "on the high seas"
_AT_SEA = (("at", "sea"), ("on", "seas"), ("in", "waters"))


def _told_at_sea(tok) -> bool:
    """Whether an act's clause says it was at sea and names no sea or coast: "at sea" (or
    "on the high seas", "in international waters") on its verb, on a verb it is joined to,
    or fronted before its sentence ("At sea, the navy said pirates had boarded a fishing boat
    and kidnapped its crew"). The story's town is then not its place: the dateline's Manila
    is where the news was told (``_at_an_unread_sea_feature`` reads a sea's feature by name)."""
    sent = tok.sent
    heads = [tok, *(a for a in tok.ancestors if a.dep_ in ("conj", "ccomp", "ROOT"))]
    heads = [tok] + [h for h in heads[1:] if h.i > sent.start]
    for h in heads:
        for p in children(h, "prep"):
            for o in children(p, "pobj"):
                if (p.lower_, o.lower_) not in _AT_SEA:
                    continue
                own = h.i == tok.i or (tok.dep_ == "conj" and tok.head.i == h.i)
                if own or p.i == sent.start:
                    return True
    return False


def _across_a_border(ctx: SentenceContext, home: str | None = None) -> bool:
    """Whether the sentence sends fire "over the border" or "across the border", by no place
    named ("Thai troops returned fire at the source, ... howitzers fired a salvo at targets
    over the border"; the sentence's other clauses tell the same act): it lands on the other
    side of a line from where it was fired, and the sentence does not say which. Not a crossing
    from a land other than ``home`` (the country the act is placed in) that the sentence names
    ("Fighters came over the border from Somalia and attacked the post": they came into
    ``home``, where the act is)."""
    covered = {t.i for tp in ctx.toponyms for t in ctx.s.sent if tp.start <= ctx.s.char(t) < tp.end}
    return any(
        _a_border_thing(t)
        and t.dep_ == "pobj"
        and t.head.lower_ in ("over", "across")
        and not any(d.i in covered for d in t.subtree)
        and not (home is not None and _came_from(ctx, t) - {home})
        for t in ctx.s.sent
    )


def _came_from(ctx: SentenceContext, border) -> set[str]:
    """The countries of the places read under "from" beside the crossing of ``border`` ("came
    over the border from Somalia"): on the word the crossing hangs on, or on the border noun."""
    heads = [border, border.head.head]
    sources = [p for h in heads for p in children(h, "prep") if p.lower_ == "from"]
    toks = {d.i for p in sources for o in children(p, "pobj") for d in o.subtree}
    return {
        tp.candidate.country
        for tp in ctx.toponyms
        if tp.candidate is not None
        and tp.candidate.country
        and any(t.i in toks and tp.start <= ctx.s.char(t) < tp.end for t in ctx.s.sent)
    }


def _crossed_from(ctx: SentenceContext, tp) -> bool:
    """Whether the toponym ``tp`` is where the sentence's crossing of a border starts: under
    "from" on a crossing "over" or "across the border", or on "crossed the border" ("Kenyan
    troops crossed over the border from Mandera and attacked the militants' camps": they came
    out of Mandera, and what they did lies on the line's other side)."""
    for t in ctx.s.sent:
        if not _a_border_thing(t):
            continue
        if t.dep_ == "pobj" and t.head.lower_ in ("over", "across"):
            heads = [t, t.head.head]
        elif t.dep_ == "dobj" and t.head.lemma_.lower() == "cross":
            heads = [t, t.head]
        else:
            continue
        sources = [p for h in heads for p in children(h, "prep") if p.lower_ == "from"]
        toks = {d.i for p in sources for o in children(p, "pobj") for d in o.subtree}
        if any(t2.i in toks and tp.start <= ctx.s.char(t2) < tp.end for t2 in ctx.s.sent):
            return True
    return False


def _a_border_thing(t) -> bool:
    """ "the border", or a thing a border word names as the line's ("the border fence", "the
    frontier wall"): shot across it, fire lands on the line's other side."""
    return t.lemma_.lower() in _BORDER_NOUNS or any(
        c.dep_ == "compound" and c.lemma_.lower() in _BORDER_NOUNS for c in t.children
    )


def _along_a_line(t) -> bool:
    """ "along the front line", "on the frontline", "across the border": a place phrase that
    names a line between sides, not a town."""
    if t.dep_ != "pobj":
        return False
    prep = t.head.lower_
    lem = t.lemma_.lower()
    if lem in ("frontline", "front-line") or (
        lem in ("line", "front") and any(c.lower_ == "front" for c in t.children)
    ):
        return prep in ("along", "across", "on", "at")
    if lem == "front" and any(c.lower_ == "the" for c in t.children):
        return prep in ("along", "across", "at")
    return lem == "border" and prep in ("along", "across")


def _blamed(tok) -> bool:
    """Whether the sentence names who or what is to blame for the event: it hangs under a
    verb of blame ("blamed NATO for an air strike", "accused of the killing") or is what
    something "led to" ("neglect led to a massacre")."""
    for a in tok.ancestors:
        lem = a.lemma_.lower()
        if lem in _BLAME or lem in ("accuse", "fault"):
            return True
        if a.lower_ == "to" and a.head.lemma_.lower() == "lead":
            return True
    return False


def _reacted_to(tok) -> bool:
    """Whether the event noun is what a verb of reaction answers ("Egyptian officials
    condemned Iran's missile strike", "Jordan denounced the raid"): news the reacting side
    heard of, told where it answered, not where the act was."""
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in _REACTIONS


def _where_answered(tok, head) -> bool:
    """Whether ``head`` (a place's word) lies on a verb of reaction whose subject is the
    event noun ``tok`` ("The Kyiv attack was condemned in London"): where the news was
    answered, not where the act was."""
    verb = tok.head
    return (
        tok.dep_ in ("nsubjpass", "nsubj")
        and verb.lemma_.lower() in _REACTIONS
        and head.dep_ == "pobj"
        and head.head.dep_ == "prep"
        and head.head.head.i == verb.i
    )


def _reported_by(tok, verb) -> bool:
    """Whether ``tok`` lies in a clause that ``verb``, a "say", reports and that has a
    subject of its own, other than the event ("Germany and France support inviting Turkey to
    talks at a summit, Schroeder said"); not in one of its adjuncts, nor in "the talks were
    constructive, Lavrov said", where the event is what the clause is about, nor in "he would
    hold town meetings", where the speaker speaks of himself."""
    if verb.lemma_.lower() != "say":
        return False  # "the leaders of the force told us ...": a parse that may hang anything
    cur = tok
    while cur.head.i != cur.i:
        if cur.head.i == verb.i:
            if cur.dep_ not in ("ccomp", "parataxis"):
                return False
            # "Bellah said he would go door-to-door ... or hold town meetings": who speaks
            # of himself is still a party
            subjects = [s for s in children(cur, "nsubj", "nsubjpass") if s.pos_ != "PRON"]
            return any(not s.left_edge.i <= tok.i <= s.right_edge.i for s in subjects)
        cur = cur.head
    return False


# "Kandal province, south of Phnom Penh", "Sarangani, 30 kilometers north of General Santos":
# a second place after a comma, placed by its bearing from a third
_BEARING = re.compile(
    r"(?P<before>[^\W\d_][\w.'’-]*)"
    r"(?:\s+(?:province|state|region|district|county|governorate|town|city|village))?"
    r",\s*(?:(?:about|some|nearly|around)\s+)?"
    r"(?:[\d.,]+\s*(?:-\s*)?(?:km|kilometers|kilometres|miles|mi)\s+)?"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west"
    r"|south-east|south-west)\s+of\s+"
    # "east of the capital Sanaa", "north of the port city of Hodeidah"
    r"(?:the\s+(?:(?:provincial|regional|national|port|border|capital)\s+)?"
    r"(?:capital|city|town|port|village)(?:\s+of)?\s+)?$",
    re.IGNORECASE,
)


# the words that end the phrase of a side backed: its clause ends, or another adjunct begins
_SUPPORT_ENDS = frozenset({",", ";", ":", "(", ")", "-", "--", "\u2013", "\u2014", '"'})
_SUPPORT_CLAUSE_WORDS = frozenset({"after", "before", "when", "while", "because", "as", "since"})


def _aimed_at(head, anchors: set[int], target_spans, tp: Toponym) -> bool:
    """A place an act was aimed at: its target ("an attack on Eilat") or the object of "at",
    "on", "against" or "into" on the act's words ("fired rockets at northern Israel")."""
    if (tp.start, tp.end) in target_spans:
        return True
    return (
        head.dep_ == "pobj"
        and head.head.lower_ in ("at", "on", "against", "into")
        and head.head.head.i in anchors
    )


def _supported_words(sent) -> frozenset[int]:
    """The words naming the side an act is done for: after "in support of", "(in) solidarity
    with", "on behalf of", to the end of the phrase (a comma, a finite verb, or a word that
    opens another clause: "after", "when"). A place named there is where that side lives,
    not where the act was done ("fired at southern Turkey in solidarity with the Kurds
    in Kobani")."""
    toks = list(sent)
    out: set[int] = set()
    for k, t in enumerate(toks[:-1]):
        word, nxt = t.lower_, toks[k + 1].lower_
        before = toks[k - 1].lower_ if k else ""
        if not (
            (word == "solidarity" and nxt == "with")
            or (word == "support" and nxt == "of" and before == "in")
            or (word == "behalf" and nxt == "of" and before in ("on", "in"))
        ):
            continue
        for w in toks[k + 2 :]:
            if (
                w.text in _SUPPORT_ENDS
                or w.tag_ in ("VBD", "VBZ", "VBP", "MD")
                or w.dep_ == "mark"
                or w.lower_ in _SUPPORT_CLAUSE_WORDS
            ):
                break
            out.add(w.i)
    return frozenset(out)


def _reference_point(ctx, tp: Toponym) -> bool:
    """The name only says where another place the sentence names lies ("a clash in Kandal
    province, south of Phnom Penh"): the place before the comma is where, not the town it is
    reckoned from; not a country before the comma ("in Syria, north of Damascus"), which the
    town places better."""
    start = tp.start - ctx.s.start
    m = _BEARING.search(ctx.text[max(0, start - 80) : start])
    if m is None:
        return False
    end = max(0, start - 80) + m.end("before") + ctx.s.start
    before = [o for o in ctx.toponyms if o is not tp and o.end == end and o.candidate is not None]
    if not before:
        # "in the Uri sector, west of Srinagar", "in Gul Ghundi, east of Khost": a place the
        # gazetteer lacks, reckoned from a town it knows, is still not that town
        # "at Anglo's Mogalakwena platinum mine, north of Polokwane": any site named
        # before the bearing is where, the town only where it is reckoned from
        return True
    return any(o.candidate.kind != "country" and not o.metonymic for o in before)


_PLACE_KIND_WORDS = frozenset(
    {"sector", "area", "zone", "district", "province", "region", "village", "town", "county"}
)


def _a_sides_own_place(prep, trigger) -> bool:
    """Whether the place phrase ``prep`` describes what a side of a meeting leads or speaks
    for ("the chiefs of the revolt in Casamance", "envoys of the rebels in eastern Congo"): it
    hangs on the object of an "of" under a noun that is the object of "with" or "between" (not
    under the meeting itself: "a meeting of the council in Gaza")."""
    noun = prep.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    for t in [noun.head.head, *noun.head.head.ancestors]:
        if t.i == trigger.i:
            return False
        if t.dep_ == "pobj" and t.head.lower_ in ("with", "between"):
            return True
    return False


def _too_wide_to_pin(text: str, tp: Toponym) -> bool:
    """Whether the place is an ocean, or a continent the sentence names as a coast: the curated
    layer's oceans (geodata/curated/water.geojson, type "ocean", whose names all end in
    "Ocean"), and GeoNames' continents (an area of no country) after "off" ("off East Africa":
    a ship at sea, and the continent's centre point is on land, far inland). A continent
    otherwise keeps its pin at the continent's precision ("the invasion of Europe"), as a
    country does; a sea, a gulf or a strait is narrow enough to stay a place."""
    c = tp.candidate
    if c is None:
        return False
    if c.kind == "sea":
        return c.name.endswith(" Ocean")
    if c.kind == "continent" or (
        c.kind == "area" and not c.country and c.gazetteer_id.startswith("geonames:")
    ):
        return _OFF_A_COAST.search(text[max(0, tp.start - 40) : tp.start]) is not None
    return False


# "off East Africa", "off the coast of West Africa", "off the African coast" is another form
_OFF_A_COAST = re.compile(
    r"\boff\s+(?:the\s+)?(?:(?:coast|coasts|shore|shores)\s+of\s+)?"
    r"(?:(?:north|south|east|west)\w*\s+)?$",
    re.IGNORECASE,
)


def _a_ships_name(text: str, tp: Toponym) -> bool:
    """Whether the article names the place only as a ship: each time after a kind of vessel
    or a navy's prefix ("the cruiser Cape St. George", "USS Philippine Sea", "the frigate
    INS Tabar", "the flagship Moskva")."""
    said = text[tp.start : tp.end]
    uses = list(re.finditer(rf"(?<!\w){re.escape(said)}(?!\w)", text))
    if not uses:
        return False
    vessel = "|".join(sorted(_VESSEL_WORDS))
    before = re.compile(rf"(?:\b(?i:{vessel})|\b(?:{'|'.join(_NAVY_PREFIXES)}))\s+$")
    return all(before.search(text[max(0, m.start() - 30) : m.start()]) for m in uses)


def _a_street_name(text: str, tp: Toponym) -> bool:
    """Whether a town's name is a street's the article places in another town ("near
    Briarcliff Road in DeKalb County", so "Woman stabbed near Briarcliff" is no Texas town):
    the name, a street's word and "in" a name; and nowhere does the article say "in" the
    town or give its state after a comma ("on Springfield Road in Springfield", "Gresham,
    Oregon" keep the town)."""
    c = tp.candidate
    if c is None or c.kind in _AREA_KINDS:
        return False
    name = re.escape(tp.name)
    street = "|".join(sorted(_STREET_WORDS))
    lead = r"(?:the\s+|(?:north|south|east|west)\w*\s+)?"  # "in east Atlanta"
    if not re.search(rf"\b{name}\s+(?:{street})\.?\s+in\s+{lead}[A-Z]", text):
        return False
    return not re.search(rf"\b(?:in|of)\s+{name}\b|\b{name},\s+[A-Z]", text)


# a vote or a decision for an act: its day is the decision's ("Parliament yesterday backed air
# strikes", "approved the deployment on Friday"), the act is to come
_APPROVING_VERBS = frozenset({"approve", "authorise", "authorize", "back", "endorse", "support"})


# what an approval makes, rather than allows: "approved the deal", "backed the ceasefire",
# "approved sanctions" are the agreement or the measure itself
_APPROVED_AS_MADE = frozenset({"agreement", "ceasefire", "sanction"})


def _approved_act(trig) -> bool:
    """Whether the event is an act a verb of approval takes as its object (allowed, to come)."""
    tok = trig.tok
    return (
        trig.is_noun
        and trig.type not in _APPROVED_AS_MADE
        and tok.dep_ == "dobj"
        and tok.head.pos_ == "VERB"
        and tok.head.lemma_.lower() in _APPROVING_VERBS
    )


def _a_measure_since(since) -> bool:
    """Whether a "since" phrase or clause measures something against an earlier time ("the
    largest assault since the end of the civil war", "the fiercest violence since the
    government was overthrown"): a superlative or "first" before it in its head's phrase."""
    head = since.head
    return any(
        (t.tag_ in ("JJS", "RBS") or t.lower_ == "first") and t.i < since.i for t in head.subtree
    )


def _tense(verb) -> str | None:
    """ "past" or "present" as the verb or its auxiliaries mark it, None for neither or for a
    perfect ("the fighting has killed thousands" reaches back to the time told before)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_.lower() == "have" for a in auxes):
        return None
    tags = {verb.tag_} | {a.tag_ for a in auxes}
    if tags & {"VBD"}:
        return "past"
    if tags & {"VBP", "VBZ"}:
        return "present"
    return None


def _told_apart(first, second) -> bool:
    """Whether two joined verbs are told of different times: "declared the operation finished in
    mid-2016, but its jets still fly bombing raids" (a contrast, or another tense)."""
    joins = [c for c in first.children if c.dep_ == "cc" and c.i < second.i]
    if joins and joins[-1].lower_ in ("but", "yet"):
        return True
    a, b = _tense(first), _tense(second)
    return a is not None and b is not None and a != b


_SPAN_UNITS = {"day": 1, "week": 7}


def _span_days(tok) -> int:
    """How many days an event noun says it lasted ("four days of talks", "a three-week
    siege"), else 0."""
    counted = []
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i != tok.head.i:
        counted.append(tok.head.head)  # "four [days] of talks"
    counted += [
        c for c in tok.children if c.dep_ in ("compound", "nmod", "amod", "npadvmod")
    ]  # "a three-[week] siege"
    for c in counted:
        unit = _SPAN_UNITS.get(c.lemma_.lower())
        n = next((x for x in c.children if x.dep_ == "nummod"), None)
        if unit and n is not None:
            return unit * number_of(n.text)
    return 0


def _month_of_span(day: str, span: int) -> str | None:
    """The month of a span of ``span`` days that starts or ends on ``day``, when both ways it
    lies in one month."""
    if span > 31:  # longer than any month ("1000000 days of talks" is no date at all)
        return None
    d = dt.date.fromisoformat(day)
    lo, hi = d - dt.timedelta(days=span - 1), d + dt.timedelta(days=span - 1)
    return f"{d.year:04d}-{d.month:02d}" if (lo.year, lo.month) == (hi.year, hi.month) else None


def _span_begun(tok) -> bool:
    """Whether a span event's day is told as its first ("began four days of talks on
    Sunday")."""
    holder = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
    return holder.dep_ in ("dobj", "nsubj") and holder.head.lemma_.lower() in (
        "begin",
        "start",
        "open",
        "launch",
    )


def _span_ended_before(tok) -> bool:
    """Whether a span event is told as what the news followed ("The accord followed six
    days of negotiations", "after a three-week siege")."""
    holder = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
    return (holder.dep_ == "dobj" and holder.head.lemma_.lower() == "follow") or (
        holder.dep_ == "pobj" and holder.head.lower_ in ("after", "following")
    )


def _precision_of(date: str) -> str:
    return {4: "year", 7: "month"}.get(len(date), "day")


def _past_perfect(tok) -> bool:
    """ "had shot down": told as background to the news, not dated by the publication."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return any(c.lower_ == "had" and c.dep_ == "aux" for c in verb.children)


_EARLIER_WORDS = frozenset({"earlier", "previously", "formerly"})


def _told_as_earlier(tok) -> bool:
    """ "The rebels earlier seized the town", "had previously attacked it": done before the
    news, on a day the sentence does not give."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if any(c.dep_ == "advmod" and c.lower_ in _EARLIER_WORDS for c in verb.children):
        return True
    # "The deal came two days after the army published video that showed soldiers
    # entering the town": what the "after" clause tells, however deep, was before
    for a in (tok, *tok.ancestors):
        if any(c.dep_ == "mark" and c.lower_ == "after" for c in a.children) and any(
            c.dep_ == "npadvmod" and c.lemma_.lower() in _TIME_SPANS
            for c in (*a.children, *a.head.children)  # "[a day] after", either way parsed
        ):
            return True
    return _counted_from(tok)


def _counted_from(tok) -> bool:
    """ "one year after the attack (that killed 120)", "days after the bombing": the news is
    set that long after it."""
    noun = tok.head if tok.dep_ == "relcl" else tok
    return (
        noun.pos_ in ("NOUN", "PROPN")
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "after"
        and (
            noun.head.head.lemma_.lower() in _TIME_SPANS  # "[one year] after the attack"
            or any(
                c.dep_ == "npadvmod" and c.lemma_.lower() in _TIME_SPANS for c in noun.head.children
            )
            # "march [two weeks] after Oslo bomb attack": a headline's span parsed on
            # the verb, right before its "after"
            or any(
                c.dep_ == "npadvmod" and c.lemma_.lower() in _TIME_SPANS and c.i == noun.head.i - 1
                for c in noun.head.head.children
            )
        )
    )


_TIMES_COUNTED = frozenset(
    {"day", "night", "morning", "evening", "week", "weekend", "month", "year"}
)


def _the_next_day_told(word, verb) -> bool:
    """ "The next day, militants attacked ...": "next" of a time counted from the story's own,
    told in the past, is no plan."""
    return (
        word.lower_ == "next"
        and word.head.lemma_.lower() in _TIMES_COUNTED
        and any(d.lower_ == "the" for d in word.head.children)
        and verb.tag_ == "VBD"
    )


# verbs that tell of an earlier event without making it happen again
_RECALLING_VERBS = frozenset({"mention", "recall", "recount", "remember"})


def _recalled(tok) -> bool:
    """ "would mention the invasion", "recalled the massacre at Srebrenica in a speech": an
    event noun a verb of recalling takes as its object was done before the recalling."""
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in _RECALLING_VERBS


# nouns and verbs of owning up to an act, or of denying it: said after the act, on a day of
# their own ("his part in the bombing in 1988" was tried and dropped: the parser hangs the
# act's own year on "part")
_OWNING_NOUNS = frozenset({"responsibility", "blame", "credit"})
_OWNING_VERBS = frozenset({"admit", "claim", "deny", "acknowledge", "accept"})


def _owned_up_to(tok) -> bool:
    """ "in 1998 the ETA admitted responsibility for the bombing", "claimed responsibility on
    Tuesday for the attack", "the group claimed the bombing on Friday": the act one owns up
    to (or denies) was done before; the sentence's time is the owning up's, not the act's."""
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() in _OWNING_VERBS
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "for":
        return False
    holder = prep.head
    if holder.lemma_.lower() in _OWNING_NOUNS:
        return True
    # "claimed responsibility on Tuesday for the attack": the parser hangs "for" on the verb
    return holder.lemma_.lower() in _OWNING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _OWNING_NOUNS for c in holder.children
    )


# verbs of a punishment: what one is punished "for" was done before, on no day the sentence gives
_PUNISHING_VERBS = frozenset(
    {"execute", "hang", "sentence", "jail", "imprison", "convict", "punish", "fine", "try"}
)


def _punished_for(tok) -> bool:
    """ "In January the government executed Hassan al-Majid for the gas attack", "jailed for
    the bombing of the embassy": the act is what one is punished for, done before the
    punishment; the sentence's time is the punishment's, not the act's."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return False
    verb = tok.head.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _PUNISHING_VERBS


def _years_after(tok) -> bool:
    """ "to mark 30 years since the nerve gas attack", "For many years after the raid the
    town stood empty", "two decades after the massacre": an event noun with no time of its own
    from which years are counted was that many years before what the sentence tells: history
    recalled, not news of the article's day ("days after the bombing" is still news; "two
    years after the 2011 uprising" keeps its year)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree):
        return False
    # read by the words before the noun's phrase, not by the parse, which may hang "since" on
    # the verb beside "22 years" or read "after the attack" as a clause's subject
    first = tok.left_edge.i
    if first < 2:
        return False
    doc = tok.doc
    return (
        doc[first - 1].lower_ in ("after", "since")
        and doc[first - 2].lemma_.lower() in _LONG_TIME_UNITS
    )


# the acts a captive or a craft is named by once they are done to it ("the hijacked airliner",
# "the kidnapped aid workers")
_TAKING = frozenset({"hijack", "kidnap", "abduct"})


def _named_by_its_taking(tok) -> bool:
    """ "The hijacked tanker was released by pirates on Monday", "stormed a hijacked airliner":
    a craft or a captive named by the act of taking it was taken before what the sentence
    tells of it, on no day the sentence gives."""
    # the parser may tag "hijacked" an adjective, its own lemma: the stem is read off the word
    return tok.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "amod"
        and c.tag_ in ("VBN", "JJ")
        and c.lower_.endswith("ed")
        and _stem_of_past(c.lower_) in _TAKING
        for c in tok.children
    )


def _stem_of_past(word: str) -> str:
    """ "hijacked" -> "hijack", "kidnapped" -> "kidnap": a regular past participle's stem."""
    stem = word[:-2]
    return stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem


def _simple_past(tok) -> bool:
    """Whether the event is told in the simple past ("rebels ousted the president", "a coup
    ousted him"), not the present or its perfect (the news as it stands)."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return verb.tag_ == "VBD"


# a charge or a denial is of an act at a time it does not say; a condemnation answers news
_CHARGING_VERBS = frozenset(
    {"accuse", "blame", "charge", "convict", "suspect", "deny", "admit", "acquit"}
)


# verbs of a court's or the police's judgement of someone: what he did was done before it
_JUDGING_VERBS = frozenset(
    {"convict", "sentence", "jail", "imprison", "acquit", "charge", "indict", "clear"}
)


def _the_convicts_act(tok) -> bool:
    """ "A man who fatally stabbed a man in the neck has been found guilty of murder", "The
    soldier who shot the protester was sentenced on Monday": an act told in a relative clause
    on someone a court judges was done before the verdict, on no day the sentence gives."""
    if tok.dep_ != "relcl":
        return False
    who = tok.head
    if who.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verdict = who.head
    lem = verdict.lemma_.lower()
    if lem in _JUDGING_VERBS:
        return True
    return lem == "find" and any(
        c.lower_ in ("guilty", "innocent") for c in verdict.subtree if c.i > verdict.i
    )


def _an_act_charged(tok) -> bool:
    """ "Mengistu accuses Somalia and Sudan of invading", "denied attacking the convoy": an act
    the news charges or denies was done before it, on no day the article gives."""
    if tok.tag_ != "VBG":
        return False
    head = tok.head
    if tok.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head
    elif tok.dep_ not in ("xcomp", "ccomp", "dobj"):
        return False
    return head.lemma_.lower() in _CHARGING_VERBS
