"""Which conflict a stance belongs to: whatever the text describes, found by its place.

The place comes from the parties themselves ("Iraqi troops", "Darfur rebels"), the places the
sentence attaches to the claim ("a partner in the war in Angola"), the other places of the
sentence, then its paragraph and the article's focus (dateline aside). A conflict the lexicon
knows (and whose years fit the stance's date) gives its well-known name; any other is named
after its country, so a stance is never pushed into a listed war it does not belong to.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from explorer.extract.context import based_body
from explorer.extract.focus import a_water_named_for, dateline_span
from explorer.extract.lexicon import ActorRef, Lexicon, TheatreDef
from explorer.extract.syntax import FOE_NOUNS, NOW_RE
from explorer.vocabulary import UNPLACED

_DATELINE = re.compile(
    r"^\s*[A-Z][A-Za-z .,'’-]{1,60}?(?:\s*\([A-Za-z .]+\))?\s*(?:[-–—]{1,2}|:)\s"
)
_CONFLICT_NOUNS = {
    "war",
    "conflict",
    "fighting",
    "insurgency",
    "campaign",
    "offensive",
    "battle",
    "crisis",
    "violence",
    "rebellion",
    "uprising",
    "occupation",
    "invasion",
    "intervention",
    "operations",
    "operation",
}

# words of fighting, beside the conflict nouns: a sentence that names a listed conflict's country
# shows that conflict on its own only with one of them ("an offensive against militants in
# Afghanistan", not "Afghans packed polling stations")
_FIGHTING = {
    "troops", "soldiers", "army", "armies", "military", "militants", "insurgents", "rebels",
    "rebel", "fighters", "guerrillas", "militias", "militia", "jihadists", "mujahideen",
    "mujahedeen", "mujahedin", "gunmen", "attack", "attacks", "attacked", "killed", "killing",
    "bomb", "bombs", "bombing", "bombings", "bombed", "bombardment", "shelling", "shelled",
    "airstrike", "airstrikes", "clash", "clashes", "ceasefire", "cease-fire", "truce",
    "peacekeepers", "hostages", "massacre", "siege", "frontline", "refugees", "forces",
    "troop", "raid", "raids", "peace", "war-torn", "invaded", "weapons", "warplanes", "missiles",
    "rockets",
}  # fmt: skip
_FIGHTING_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(w) for w in sorted(_FIGHTING | _CONFLICT_NOUNS, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)
# military exercises ("during military exercises", "joint naval drills", "war games")
_DRILL = re.compile(
    r"(?<![\w-])(?:(?:military|naval|joint|air|army|live-fire|combat)\s+"
    r"(?:exercises?|drills?|manoeuvres|maneuvers)|exercises|drills|manoeuvres|maneuvers|"
    r"war\s+games)(?![\w-])",
    re.IGNORECASE,
)
# the fighting words a drill has too: its men and arms, no act of war
_DRILL_KIT = {
    "troops", "troop", "soldiers", "army", "armies", "military", "forces", "weapons",
    "warplanes", "missiles", "rockets", "peacekeepers",
}  # fmt: skip
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_YEAR_TOLD = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?![\d']|s\b)")  # no decade ("1960s")
# a conflict noun right after a word (a land's: "the Arab-Israeli conflict")
_CONFLICT_AFTER = re.compile(
    r"[\s-]*(?:" + "|".join(sorted(_CONFLICT_NOUNS, key=len, reverse=True)) + r")(?![\w-])",
    re.IGNORECASE,
)
# a capitalised conflict noun after capitalised words: a war's name ("World War II")
_WAR_NAME = re.compile(
    r"(?:[A-Z][\w'’-]*\s+)+(?P<noun>"
    + "|".join(sorted((w.capitalize() for w in _CONFLICT_NOUNS), key=len, reverse=True))
    + r")(?![\w-])"
)

# a conflict noun whose adjective names who wages it, not where ("the Russian invasion", "the
# US-led intervention"); the place is its object ("of Ukraine", "in Yemen")
# (and strikes: "with Turkish air raids in support" is who strikes, not where)
_ACTOR_NOUNS = {
    "invasion",
    "occupation",
    "intervention",
    "offensive",
    "incursion",
    "campaign",
    "strike",
    "airstrike",
    "bombardment",
}


Weights = dict[str, float]


def _weights() -> Weights:
    return defaultdict(float)


def _add(into: Weights, other: Weights) -> None:
    for k, v in other.items():
        into[k] += v


_TOPIC_NOUNS = {
    "summit",
    "talks",
    "conference",
    "meeting",
    "negotiations",
    "deal",
    "agreement",
    "resolution",
    "accord",
    "ceasefire",
    "cease-fire",
    "truce",
}


@dataclass(frozen=True, slots=True)
class TheatreRef:
    """A conflict as a stance refers to it."""

    id: str
    name: str
    country: str | None  # where it is fought (ISO alpha-2), when one country
    definition: TheatreDef | None  # the lexicon's entry, for listed conflicts
    areas: tuple[str, ...] = ()  # gazetteer references for its geometry, best first
    decade: int | None = None  # a country's war kept apart by its decade ("Israel (1970s)")

    @property
    def place(self) -> str:
        return self.name


def _distinctive_keywords(lex: Lexicon) -> dict[str, re.Pattern]:
    """Each listed conflict's keywords that are not just its country's name, demonym or
    capital (those already count through the country): "Darfur", "Donbas", "mujahideen"."""
    out: dict[str, re.Pattern] = {}
    for th in lex.theatres.values():
        kws = []
        for k in th.keywords:
            ref = lex.lookup(k) or lex.capitals.get(k)
            if ref is not None and ref.kind == "state" and ref.code in th.countries:
                continue
            if ref is not None and ref.kind == "party":
                continue  # a listed party counts through its own conflicts
            kws.append(k)
        if kws:
            alts = "|".join(re.escape(k) for k in sorted(kws, key=len, reverse=True))
            out[th.id] = re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")
    return out


_LOCATIVE = {"in", "into", "inside", "across", "within", "throughout", "near", "over"}
# a place entered is where the men who enter it go on ("rebels ... entered northern Syria")
_ENTER_VERBS = {"enter", "re-enter", "reenter"}


# where the backed men go or strike ("entered northern Syria", "attacked Nicaragua")
_GO_VERBS = _ENTER_VERBS | {"invade", "attack", "raid", "infiltrate", "cross"}


def _entered(head) -> bool:
    return head.dep_ == "dobj" and head.head.lemma_.lower() in _ENTER_VERBS


def _where_it_goes(head) -> set[int]:
    """ "A group of 75 rebels trained by the US in Turkey entered northern Syria": where
    the backed men go or strike is where they fight, whatever place the backing names; the
    place their own verb of entering or attacking takes (through "a group of")."""
    subj = head
    if subj.dep_ == "pobj" and subj.head.lower_ == "of" and subj.head.head.pos_ == "NOUN":
        subj = subj.head.head
    verb = subj.head
    if subj.dep_ != "nsubj" or verb.lemma_.lower() not in _GO_VERBS:
        return set()
    # the place itself ("northern Syria"), not a thing of someone's ("Russian positions")
    heads = [c for c in verb.children if c.dep_ == "dobj"]
    heads += [
        o for c in verb.children if c.dep_ == "prep" and c.lower_ == "into" for o in c.children
    ]
    return {t.i for t in heads if t.pos_ == "PROPN"}


# what a country is passed over or across on the way to somewhere else: a verb of passage, or
# a thing that flies ("shot down drones over Moldova, Romania and Poland", "flew across Iraq")
_PASSAGE_VERBS = {"fly", "overfly", "cross", "pass", "transit", "travel", "route", "reroute"}
_FLYING = {
    "drone", "missile", "rocket", "jet", "plane", "aircraft", "warplane", "bomber",
    "projectile", "airliner", "flight", "helicopter",
}  # fmt: skip


def _passed_over(head) -> bool:
    """ "helped Ukraine shoot down Russian drones over Moldova, Romania and Poland", "jets flew
    across Iraq to strike Iran": a country a flight passes over or across (a verb of
    passage, a thing that flies, or a verb whose mover or moved thing flies, takes "over",
    "across" or "through" it) is on the way,
    not where the war is: the fight is between who fires and whom it is fired at, as the
    sentence's sides say."""
    if _at_a_waypoint(head):
        return True
    if head.dep_ != "pobj" or head.head.lower_ not in ("over", "across", "through", "via"):
        return False
    up = head.head.head
    lem = up.lemma_.lower()
    if up.pos_ in ("NOUN", "PROPN"):
        return lem in _FLYING
    if head.head.lower_ in ("through", "via") and up.pos_ == "VERB" and _goes_beyond(up):
        # "sent weapons through Syria to Hezbollah", "funnelled arms via Pakistan to the
        # mujahideen": a land the goods or men pass through on the way to where the verb
        # takes them is no ground of the war
        return True
    if head.head.lower_ == "via":
        return False
    # "sent jets across Iraq": a verb whose mover or moved thing flies
    return up.pos_ in ("VERB", "AUX") and (
        lem in _PASSAGE_VERBS
        or any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in _FLYING
            for c in up.children
        )
    )


def _at_a_waypoint(head) -> bool:
    """ "the jets were refuelled in the Canaries", "a stopover in Cyprus", "a refuelling stop
    at Lajes": where craft refuel or stop on their way is on the way, not where the war is."""
    if head.dep_ != "pobj" or head.head.lower_ not in ("in", "at"):
        return False
    word = head.head.head
    if word.lower_.startswith("refuel") or word.lower_ in ("stopover", "layover"):
        return True
    return word.lemma_.lower() == "stop" and any(
        c.lower_.startswith("refuel") for c in word.children
    )


def _embassy_seat(head) -> bool:
    """ "an agent at the Syrian embassy in Madrid", "the Libyan embassy in Paris": where a
    state's embassy sits, and whose it is, is where its diplomats are, not where a war is."""
    if head.dep_ in ("amod", "compound", "poss") and head.head.lower_ in _EMBASSIES:
        return True
    if head.dep_ != "pobj" or head.head.lower_ not in ("in", "at"):
        return False
    return head.head.head.lower_ in _EMBASSIES


_EMBASSIES = {"embassy", "embassies", "consulate", "consulates", "legation", "chancery"}
# the titles of a state's head or government ("President Moussa Traore", "Prime Minister ...")
_RULER_TITLES = {"president", "prime", "premier", "king", "queen", "emir", "sultan", "shah"}
_RULER_TITLES |= {"emperor", "chancellor", "dictator"}


def _a_state_s_ruler(ctx, m) -> bool:
    """Whether a party named by a person's name is a state's ruler, as a coup overthrows: a
    leader the lexicon knows by his state, or a name with a head of state's or government's
    title ("President Hamani Diori", "Prime Minister Nikol Pashinyan", "the country's
    president, NAME"), whose phrase names no
    side of another kind ("Prime Minister Ahmed Ali of the Liberation Front": a movement's
    man). A commander or an enclave's "leader" ("the rebels' commander Joe Doe", "the
    separatist region's leader") is no state's ruler (review95)."""
    if m.ref.kind == "leader" and m.ref.code:
        return True
    doc = ctx.s.sent.doc
    head = doc[m.j - 1]
    words = {t.lower_ for t in doc[min(head.left_edge.i, m.i) : m.j]}  # its own words too
    if head.dep_ == "appos":
        words.add(head.head.lower_)
    words |= {a.lower_ for a in head.children if a.dep_ == "appos"}
    if not words & _RULER_TITLES:
        return False
    return not any(
        o is not m
        and o.ref.kind not in ("state", "person", "leader")
        and head.left_edge.i <= o.i <= head.right_edge.i
        for o in ctx.mentions
    )


# a state's own men under arms, named so when they turn on its ruler ("rebel soldiers",
# "mutinous troops"): not the words of a side's fighters ("rebels", "jihadists")
_SOLDIER_WORDS = {"soldier", "troop", "officer", "mutineer", "guardsman", "paratrooper"}


def _goes_beyond(verb) -> bool:
    """Whether a verb takes its goods or men to a destination of their own ("to Hezbollah",
    "into Angola", "sent the rebels arms")."""
    return any(
        c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in ("to", "into"))
        for c in verb.children
    )


# lands named by who ruled them ("the former Spanish colony", "a British protectorate"): the
# people's word is the ruler, the land lies elsewhere (English's common nouns for such lands)
_RULED_NOUNS = {"colony", "protectorate", "dominion", "dependency"}


def _ruler_of(head) -> bool:
    """Whether ``head`` names who rules or ruled a land named after it ("the former Spanish
    colony", "Britain's protectorate")."""
    return head.dep_ in ("amod", "poss", "compound") and head.head.lemma_.lower() in _RULED_NOUNS


_PART_NOUNS = {
    "region", "province", "district", "state", "part", "parts", "area", "desert", "north",
    "south", "east", "west", "territory", "border", "borderlands", "highlands", "lowlands",
}  # fmt: skip


def _owns_the_place(head) -> bool:
    """ "fought Somali forces in Ethiopia's Ogaden", "in the Ogaden region of Ethiopia": a
    country that owns the place a locative names (its possessive, or the "of" of a region
    noun) is where that place is, as "in Ethiopia" would say, even when the gazetteer does
    not know the place itself."""
    if head.dep_ == "poss":
        place = head.head
    elif (
        head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.lemma_.lower() in _PART_NOUNS
    ):
        place = head.head.head
    else:
        return False
    return (
        place.dep_ == "pobj"
        and place.head.lower_ in _LOCATIVE
        and (place.pos_ == "PROPN" or place.lemma_.lower() in _PART_NOUNS)
    )


def _place_weight(ctx, tp) -> float:
    """A country named as an actor ("blamed the United States") says less about where a
    conflict is than a place named as one ("in Afghanistan", a town, a region)."""
    toks = ctx.tokens_of(tp)
    if toks and ctx.foe_in_apposition(toks[-1]):
        return 0.5  # "Cuba, a foe of Washington, sent advisers": named as an actor is
    if tp.candidate is None or tp.candidate.kind != "country":
        # a town or a region: where things happen, unless it acts ("allow Moscow to fight"),
        # is the government a state deals with or arms ("partnership with Moscow") or is
        # (where a watchdog sits, "the London-based Observatory", is no place of the war)
        toks = ctx.tokens_of(tp)
        if toks and ctx.seat_of_a_body(toks[-1]):
            return 0.0
        if toks and (_at_a_waypoint(toks[-1]) or _embassy_seat(toks[-1])):
            return 0.0  # "refuelled in the Azores": on the way
        return 0.5 if _acting(ctx, tp) or _dealt_with(ctx, tp) else 1.5
    toks = ctx.tokens_of(tp)
    if not toks:
        return 1.0
    head = toks[-1]
    while head.dep_ == "conj":
        head = head.head
    if _passed_over(head):
        return 0.0
    if ctx.seat_of_a_body(head) or _embassy_seat(head):
        return 0.0  # where a watchdog or a firm is based: no place of the war
    if ctx.patron_of_a_tie(head):
        return 0.0  # "an ally of China": who stands with whom, no place of the war
    if _ruler_of(head):
        return 0.0  # "the former Spanish colony": whose it was, not where it is
    if head.dep_ == "pobj" and head.head.lower_ == "near":
        # "the western mountains near Tunisia": a country named as what a place is near is
        # across the border from it, most often (a town near a town is in its country)
        return 1.0
    if (head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE) or _entered(head):
        return 1.5
    if _owns_the_place(head):
        return 1.5
    if head.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "appos", "dative") or (
        head.dep_ == "pobj" and head.head.lower_ in ("by", "with", "to", "for", "from")
    ):
        return 0.5
    if _helpers(head) or _goods_of(ctx, head):
        return 0.5
    return 1.0


_HELP_NOUNS = {"help", "support", "aid", "assistance", "backing"}
# an accomplice's part in what others do ("with the quiet cooperation of
# France", "with Washington's blessing"): who abets it, from abroad as often as not,
# like who helps, and no goods handed over
_ABET_NOUNS = {
    "cooperation",
    "collusion",
    "complicity",
    "connivance",
    "blessing",
    "consent",
    "knowledge",
}
# verbs of firing at a target ("fired missiles at Soviet helicopters")
_FIRE_VERBS = {"fire", "shoot", "launch", "lob", "aim"}
# nouns of places: a people's word on them names where ("shelled Ukrainian towns")
_PLACE_NOUNS = _PART_NOUNS | {
    "town", "city", "village", "capital", "territory", "soil", "airspace", "waters", "coast",
    "port", "land", "side", "countryside", "frontier", "settlement", "island", "islands",
}  # fmt: skip
# arms a people's adjective names the owner or maker of, not where they are: "German air
# defence systems", "American weapons" (but "Chechen fighters" are men, where they fight)
_NOT_GOODS = {"fighter", "mercenary", "military"}
# what flies or sails: struck far from its owner's land as often as not
_CRAFT = _FLYING | {"ship", "vessel", "tanker", "freighter", "boat", "airliner", "jetliner"}


def _goods_of(ctx, tok) -> bool:
    """ "will get more German air defence systems": a country's adjective on arms."""
    if tok.dep_ not in ("amod", "compound") or tok.pos_ == "PROPN":
        return False
    lem = tok.head.lemma_.lower()
    return lem in ctx.lex.words("weapon_words") and lem not in _NOT_GOODS


def _helpers(tok) -> bool:
    """ "rules with the aid of 15,000 Cuban troops", "fought Israel with Iranian
    support": the people of a help's "of", or whose adjective or possessive is on the help,
    are who helps, from abroad as often as not, not where the help is. A second "of" the
    parser hangs on the verb ("won with the help of French troops and, later, of Algerian
    forces") is the help's too."""
    noun = tok.head if tok.dep_ in ("amod", "compound", "poss") else tok
    if noun.i != tok.i and _help_had(noun):
        return True  # "with Iranian support", "thanks to Cuba's help"
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    while prep.dep_ == "conj" and prep.head.i != prep.i:
        prep = prep.head
    if prep.lower_ != "of":
        return False
    up = prep.head
    if up.lemma_.lower() in _HELP_NOUNS | _ABET_NOUNS:
        return _help_had(up)
    return up.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "prep" and c.i < prep.i and any(_help_had(o) for o in c.children)
        for c in up.children
    )


def _help_had(noun) -> bool:
    """A help someone acts with ("with the help of", "thanks to Cuban support"), not one
    given to someone ("came to the aid of Chad's government": Chad is helped, at home)."""
    if noun.lemma_.lower() not in _HELP_NOUNS | _ABET_NOUNS or noun.dep_ != "pobj":
        return False
    prep = noun.head
    return prep.lower_ in ("with", "by", "through", "without", "on", "upon") or (
        prep.lower_ == "to" and prep.head.lower_ == "thanks"
    )


_MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
}  # fmt: skip


def _acting(ctx, tp) -> bool:
    """A place named as the one who acts or is acted on ("allow Moscow to fight", "Ankara's
    role"): a government, whatever the geoparser made of it, not where things happen."""
    toks = ctx.tokens_of(tp)
    if not toks:
        return False
    head = toks[-1]
    while head.dep_ == "conj":
        head = head.head
    while head.dep_ == "compound" and head.head.lower_ in _MONTHS:
        # a headline's last word glued to the date line under it ("charges of arming
        # Tehran | March 3, 2021"): named as the date's place in the parse is its own
        head = head.head
    if _entered(head):
        return False
    return head.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "dative", "appos") or _agent(head)


def _dealt_with(ctx, tp) -> bool:
    """A capital the lexicon lists as its state's government, named as whom another deals
    with ("Beijing's partnership with Moscow", "relations with Kabul") or whom arms or aid go
    to ("providing arms to Moscow"): a side, not where a war is fought. Men sent to it
    ("troops to Kabul") and a visit ("flew to Moscow") are where they go."""
    ref = ctx.lex.lookup(tp.name)  # the lexicon's capitals of note, not every capital
    if ref is None or ref.kind != "state" or ref.form != "metonym":
        return False
    toks = ctx.tokens_of(tp)
    if not toks:
        return False
    head = toks[-1]
    while head.dep_ == "conj":
        head = head.head
    if head.dep_ != "pobj":
        return False
    prep, by = head.head, head.head.head
    if prep.lower_ == "with":
        return True
    if prep.lower_ != "to":
        return False
    goods = ctx.lex.words("weapon_words") | _HELP_NOUNS

    def good(t) -> bool:  # sentences read for places only have no tags nor lemmas
        return bool({t.lemma_.lower(), t.lower_, t.lower_.removesuffix("s")} & goods)

    return good(by) or any(c.dep_ == "dobj" and good(c) for c in by.children)


def _subject(ctx, tp) -> bool:
    """A place named as who acts ("Russia has delivered", "Moscow gave", "Russia's aid"),
    not as what is acted on ("sold Iraq jets", "backed Iraq": a side, often the war's)."""
    head = ctx.tokens_of(tp)[-1]
    while head.dep_ == "conj":
        head = head.head
    return head.dep_ in ("nsubj", "poss") or _agent(head)


def _agent(tok) -> bool:
    """The agent of a passive ("supplied by Moscow and Peking"): who acts."""
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent"


# "French-made missiles" name a maker; "a Switzerland-sized zone", "Soviet-style" a measure
# or a likeness: neither is where anything happens
_NOT_WHERE = (
    "-made",
    "-built",
    "-designed",
    "-manufactured",
    "-supplied",
    "-sized",
    "-size",
    "-style",
    "-like",
    "-shaped",
)


def _made_in(ctx, m) -> bool:
    after = ctx.text[m.end - ctx.s.start : m.end - ctx.s.start + 13].lower()
    return after.startswith(_NOT_WHERE)


def _named_apart(ctx, th: TheatreDef, skip: tuple[tuple[int, int], ...] = ()) -> float:
    """The sentence's score for a listed conflict (``ctx.theatre_scores``) with each stretch
    of text counted once: a toponym is also a mention of the state it is the capital of
    ("Foreign ministers met in Asmara ... the ceasefire agreement" names Eritrea once, not a
    war of Eritrea's twice). Stretches that overlap ``skip`` (document offsets) count not."""

    def skipped(a: int, b: int) -> bool:
        return any(x < b and a < y for x, y in skip)

    rx = th.keyword_re
    words = ctx.conflict_words(rx, th.countries, th.within) if rx is not None else []
    start = ctx.s.start
    score = 2.0 * sum(1 for k in words if not skipped(start + k.start(), start + k.end()))
    spans: set[tuple[int, int]] = set()
    for tp in ctx.toponyms:
        if tp.candidate is not None and tp.candidate.country in th.countries:
            spans.add((tp.start, tp.end))
    for m in ctx.mentions:
        named = m.ref.code in th.countries and m.ref.kind != "org"
        if (named or _party_of(m, th)) and not any(a < m.end and m.start < b for a, b in spans):
            spans.add((m.start, m.end))
    return score + sum(1 for a, b in spans if not skipped(a, b))


def _place_of_an_act(ctx, tp) -> bool:
    """A place named as what is done to or where it is done: a verb's object or after a
    locative on a verb ("to retake Marawi City", "fought the militants in Borno"), not a
    noun's ("after the attacks in Paris", "the Manchester attack")."""
    toks = ctx.tokens_of(tp)
    if not toks or tp.metonymic:
        return False
    head = toks[-1]
    while head.dep_ == "conj":
        head = head.head
    if head.dep_ == "dobj":
        return head.head.pos_ == "VERB"
    return head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE and head.head.head.pos_ == "VERB"


def _party_of(m, th: TheatreDef) -> bool:
    """A listed party of this war and of no other: the Islamic State, listed in Syria, Iraq
    and the Sahel, names none of the three alone ("Fighters of the Islamic State of Iraq and
    the Levant (ISIS)" is no sentence of the Sahel)."""
    return m.ref.kind == "party" and m.ref.theatres == (th.id,)


# nouns of people by where they were born or whose nationals they are ("natives of")
_NATIVES = {"natives", "native", "nationals", "citizens"}
# verbs that carry people from a land ("fighters flown from Syria", "brought from Sudan")
_CARRY_VERBS = {"fly", "bring", "ship", "airlift", "ferry", "transport", "transfer", "recruit"}


def _origin(ctx, tp) -> bool:
    """A country or a region named as where people come from ("militias from Pakistan, Iraq
    and Afghanistan", "refugees from Sudan and Syria", "people from Dagestan and Chechnya"):
    their nationality or their home, as a people's adjective would say, not a ground of the
    sentence's fighting; so are "natives of Chechnya" and "fighters flown from Syria" (a
    verb that carries people, on them). A "from" of a verb of their own ("fled from Syria",
    "withdrew from Afghanistan") or of a thing ("a retreat from Kabul") is no origin of
    people."""
    if tp.candidate is None or tp.candidate.kind not in ("country", "region"):
        return False  # a region too: "people from Dagestan and Chechnya"
    head = ctx.head_of(tp)
    if head is None:
        return False
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        return head.head.head.lower_ in _NATIVES
    if head.dep_ != "pobj" or head.head.lower_ != "from":
        return False
    noun = head.head.head
    if noun.dep_ == "acl" and noun.lemma_.lower() in _CARRY_VERBS:
        noun = noun.head  # "the mercenaries flown from Syria to Misrata"
    lex = ctx.lex
    people = (
        lex.words("people_nouns")
        | lex.words("armed_nouns")
        | lex.words("sideless_words")
        | lex.words("group_nouns")
    )
    if noun.pos_ not in ("NOUN", "PROPN", ""):  # "": a sentence read for places, untagged
        return False
    if noun.lower_ in lex.words("partitives"):  # "thousands of refugees from Somalia"
        noun = next(
            (o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"),
            noun,
        )
    return bool({noun.lower_, noun.lemma_.lower()} & people)


def _nationalities(ctx) -> tuple[tuple[int, int], ...]:
    """A people's word on people who do not fight ("Iraqi refugees", "Palestinian
    families"): whose nationals they are, as "refugees from Iraq" says, not where a war is
    (document offsets). Armed men of a people ("Iraqi troops") are not among them."""
    people = ctx.lex.words("people_nouns")  # an unparsed sentence has no "amod"
    out = []
    for tok in ctx.s.sent:
        if (
            tok.dep_ in ("amod", "compound")
            # a sentence read for places only has dependencies and no tags ("")
            and tok.pos_ in ("ADJ", "PROPN", "")
            and {tok.head.lower_, tok.head.lemma_.lower()} & people
        ):
            a = ctx.s.char(tok)
            out.append((a, a + len(tok.text)))
    return tuple(out)


def _helpers_named(ctx) -> tuple[tuple[int, int], ...]:
    """The names of who helps ("with the help of Ukrainian special forces", "with Libyan
    support": :func:`_helpers`), document offsets: who helps, from abroad as often as not,
    is no ground of the fighting the sentence tells of, as for a claim's war."""
    doc = ctx.s.sent.doc
    return tuple(
        (m.start, m.end)
        for m in ctx.mentions
        if m.ref.code and m.ref.kind != "org" and _helpers(doc[m.j - 1])
    )


# verbs of backing whose agent or subject is who backs ("backed by the Emirates", "Syria
# armed Hezbollah"); the lexicon's weak ones ("help", "protect") are said of one's own too
_BACK_VERBS = {
    "back", "bankroll", "finance", "fund", "harbor", "harbour", "sponsor", "support", "train",
    "underwrite", "arm", "equip", "rearm",
}  # fmt: skip
# verbs that hand goods over: their subject gives arms ("Syria gave the rockets")
_HAND_VERBS = {
    "give", "provide", "sell", "supply", "deliver", "export", "ship", "smuggle", "transfer",
    "resupply",
}  # fmt: skip
# what a land is when it backs or arms ("the source of the rockets", "the main supplier")
_SOURCE_NOUNS = {"source", "supplier", "provider", "backer", "patron", "sponsor", "arsenal"}
# verbs that move goods or men: their subject sends them where the verb takes them
_MOVE_VERBS = {"send", "fly", "rush", "airlift", "funnel", "pour", "pump", "channel", "dispatch"}


def _lemma(tok) -> str:
    # a sentence read for places only has no lemmas: its word, or "-ed"/"-s" off it
    lem = tok.lemma_.lower()
    if lem:
        return lem
    low = tok.lower_
    for end in ("ed", "s"):
        if low.endswith(end) and len(low) > len(end) + 2:
            return low[: -len(end)]
    return low


def _sent_abroad(ctx, verb, ground: set[str]) -> bool:
    """Whether ``verb`` takes its goods or men to a land outside ``ground`` or to a party
    ("sent its troops into Lebanon", "flew arms to the rebels"), not within its own land."""
    for c in verb.children:
        if c.dep_ == "dative":
            ends = list(c.subtree)
        elif c.dep_ == "prep" and c.lower_ in ("to", "into"):
            ends = [t for o in c.children if o.dep_ == "pobj" for t in o.subtree]
        else:
            continue
        if not ends:
            continue
        a, b = ctx.s.char(ends[0]), ctx.s.char(ends[-1]) + len(ends[-1].text)
        for m in ctx.mentions:
            if a <= m.start and m.end <= b and m.ref.code not in ground:
                return True
        for tp in ctx.toponyms:
            c_ = tp.candidate
            if a <= tp.start and tp.end <= b and c_ is not None and c_.country not in ground:
                return True
    return False


def _backs_from_abroad(ctx, tok, ground: set[str]) -> bool:
    """Whether ``tok`` (a land's word) names who backs or arms a side: the agent of a verb
    of backing or supplying ("backed by Eritrea, the United Arab Emirates
    and Egypt", "radicals backed by Damascus"), the subject of one of backing ("Syria armed
    the militia") or of handing arms over ("Syria gave the rockets"), or the subject of a
    verb that sends men or goods into another land or to a party ("Syria sent its troops
    into Lebanon"), or a land said to be a source or supplier of arms ("Libya was the
    source of the rifles"). Who backs is a power acting from its home, as a claim's power
    is, not the ground of the fighting the sentence tells of; men sent within the land
    ("sent troops to Darfur") leave it the war's."""
    # a list the parser reads as appositions ("by Eritrea, the United Arab Emirates,
    # Egypt") is one list
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "by":
        verb = tok.head.head
        return verb.pos_ in ("VERB", "") and _lemma(verb) in _BACK_VERBS | _HAND_VERBS
    if tok.dep_ == "nsubj" and _lemma(tok.head) == "be":
        # "Libya was the source of the rifles", "Iran is the militia's main supplier"
        return any(c.dep_ == "attr" and _lemma(c) in _SOURCE_NOUNS for c in tok.head.children)
    if tok.dep_ != "nsubj" or tok.head.pos_ not in ("VERB", ""):
        return False
    verb, lem = tok.head, _lemma(tok.head)
    if lem in _BACK_VERBS:
        return True
    if lem in _HAND_VERBS:
        arms = ctx.lex.words("weapon_words")
        return _sent_abroad(ctx, verb, ground) or any(
            c.dep_ == "dobj" and _lemma(c) in arms for c in verb.children
        )
    return lem in _MOVE_VERBS and _sent_abroad(ctx, verb, ground)


def _other_lands(ctx, th: TheatreDef) -> set[str]:
    """The lands the sentence names outside ``th``'s ground, and the other wars its listed
    sides fight in."""
    ground = set(th.countries) | set(th.within)
    others = {m.ref.code for m in ctx.mentions if m.ref.code and m.ref.code not in ground}
    others |= {
        t.candidate.country
        for t in ctx.toponyms
        if t.candidate is not None and t.candidate.country and t.candidate.country not in ground
    }
    return others | {
        w
        for m in ctx.mentions
        if m.ref.kind == "party" and th.id not in m.ref.theatres
        for w in m.ref.theatres
    }


def _backers_named(ctx, th: TheatreDef) -> tuple[tuple[int, int], ...]:
    """The stretches that name a land of ``th``, or its government ("backed by Damascus"),
    as who backs, arms or sends men abroad (:func:`_backs_from_abroad`; document offsets),
    in a sentence that names another land or another war's side: the fighting told is
    theirs. With no other land named ("militias backed by the Syrian government attacked
    rebels") the backer may fight at home, and is left alone."""
    if not _other_lands(ctx, th):
        return ()
    ground = set(th.countries) | set(th.within)
    named = _lands_named(ctx, th, ground, set(th.state_parties.values()))
    return tuple((a, b) for a, b, tok in named if _backs_from_abroad(ctx, tok, ground))


# who speaks or is spoken with for a state: its leaders, ministries and envoys (not its
# soldiers or its government, who may fight)
_SPEAKERS = {
    "leader", "leaders", "leadership", "president", "premier", "king", "emir", "minister",
    "ministers", "ministry", "ministries", "embassy", "ambassador", "envoy", "envoys",
    "diplomat", "diplomats", "official", "officials", "spokesman", "spokeswoman",
    "spokesperson", "parliament", "cabinet", "delegation",
}  # fmt: skip


def _speakers_of(tok) -> bool:
    """Whether ``tok`` (a land's name) names whose leaders, ministry or envoys they are
    ("Sudan's Ministry of Foreign Affairs", "the leaders of Oman, Kuwait and Iraq")."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        tok = tok.head
    elif tok.dep_ != "poss":
        return False
    return tok.head.lower_ in _SPEAKERS


def _speakers_named(ctx, th: TheatreDef) -> tuple[tuple[int, int], ...]:
    """The stretches that name a land of ``th`` only as whose leaders, ministry or envoys
    speak or are spoken with ("The president discussed the fighting with the leaders of Chad,
    Niger and Libya, telling them Sudan's raids threatened peace"), in a sentence that
    names another land: who talks of a war, not where it is (document offsets)."""
    if not _other_lands(ctx, th):
        return ()
    named = _lands_named(ctx, th, set(th.countries))
    return tuple((a, b) for a, b, tok in named if _speakers_of(tok))


def _lands_named(
    ctx, th: TheatreDef, codes: set[str], governments: frozenset[str] | set[str] = frozenset()
) -> list:
    """The stretches (document offsets) and last or head tokens of the sentence's names of
    the lands ``codes`` (not their people's words) and of the ``governments`` named as parties
    ("Damascus"): the mentions, and the toponyms of ``th``'s countries the lexicon reads by
    name (a mention may be missing where the parse split the sentence)."""
    doc = ctx.s.sent.doc
    named = [
        (m.start, m.end, doc[m.j - 1])
        for m in ctx.mentions
        if (m.ref.code in codes and m.ref.kind == "state" and m.ref.form != "demonym")
        or (m.ref.kind == "party" and m.ref.name in governments)
    ]
    for t in ctx.toponyms:
        c = t.candidate
        if c is None or c.kind != "country" or c.country not in th.countries:
            continue
        ref = ctx.lex.lookup(t.name)
        head = ctx.head_of(t)
        if ref is not None and ref.form != "demonym" and head is not None:
            named.append((t.start, t.end, head))
    return named


# verbs of signing and meeting, in their forms (a sentence read for places has no lemmas)
_SIGN_VERBS = {
    "sign", "signs", "signed", "signing", "initial", "initialled", "initialed", "meet", "meets",
    "met", "meeting", "convene", "convenes", "convened", "gather", "gathered", "host", "hosts",
    "hosted", "hosting",
}  # fmt: skip
# what envoys are sent or travel to do ("to Khartoum to discuss the crisis")
_TALK_VERBS = {"discuss", "negotiate", "sign", "mediate", "broker", "attend"}
# where talks are held ("talks in Doha", "a summit at Camp David")
_TALKS_NOUNS = {"summit", "talks", "conference", "meeting", "negotiations"}


def _venues(ctx, th: TheatreDef) -> tuple[tuple[int, int], ...]:
    """The stretches that name where an accord is signed, talks are held or envoys go to talk
    (document offsets): "signed the accord in the Kenyan town of Naivasha, in the presence
    of the Kenyan president", "talks in Geneva", "sent ministers to the Sudanese capital Khartoum to
    discuss the crisis". A venue and its host are no ground of fighting, whatever war the
    talks are about; the war's own words say that. But where the war's own sides sign or
    meet ("the army and the RSF signed a truce in Khartoum", "the government and the Seleka
    rebels signed a peace deal in Bangui"), they do so in their land as often as not: a
    venue of theirs is not set aside for ``th``."""
    out = []
    for t in ctx.s.sent:
        if t.dep_ not in ("prep", "dative"):  # "sent its minister to Baghdad": a dative
            continue
        up = t.head
        word = {up.lower_, up.lemma_.lower()}
        venue = False
        if t.lower_ in ("in", "at"):
            signed = up.head if up.dep_ in ("dobj", "nsubjpass") else up
            # "talks in Geneva", "met in Doha", "signed the accord in Sirte"
            venue = bool(
                word & _TALKS_NOUNS or {signed.lower_, signed.lemma_.lower()} & _SIGN_VERBS
            )
        elif t.lower_ == "to":
            venue = any(
                c.dep_ in ("advcl", "xcomp")
                and {c.lower_, c.lemma_.lower()} & _TALK_VERBS
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in up.children
            )
        if venue and _signed_by_sides(ctx, signed if t.lower_ in ("in", "at") else up, th):
            venue = False
        if venue:
            sub = list(t.subtree)
            a = ctx.s.char(sub[0])
            out.append((a, ctx.s.char(sub[-1]) + len(sub[-1].text)))
    return tuple(out)


def _meeting_places(ctx) -> set[str]:
    """The countries of the places a sentence names only as where the meeting its claim is
    made at is held: "At a meeting of NATO in Brussels, the alliance pledged to support
    Ukraine against Russia", "At a summit in Madrid, the EU pledged ...". A meeting noun
    (``_TALKS_NOUNS``) after "at" or "during", with the place after "in" or "at" on it, is
    the occasion of the words, no ground of the war they are about, unless the sentence
    names that country elsewhere too. Where a meeting is struck ("bombed a meeting of rebel
    commanders in Aleppo") the noun is the verb's object, no occasion."""
    seen: dict[str, bool] = {}
    for tp in ctx.toponyms:
        if tp.candidate is None or not tp.candidate.country or tp.metonymic:
            continue
        toks = ctx.tokens_of(tp)
        if not toks:
            continue
        head = toks[-1]
        at = head.head
        noun = at.head
        occasion = (
            head.dep_ == "pobj"
            and at.lower_ in ("in", "at")
            and noun.lemma_.lower() in _TALKS_NOUNS
            and noun.dep_ == "pobj"
            and noun.head.lower_ in ("at", "during")
        )
        code = tp.candidate.country
        seen[code] = seen.get(code, True) and occasion
    return {code for code, only in seen.items() if only}


def _signed_by_sides(ctx, verb, th: TheatreDef) -> bool:
    """Whether who signs, meets or sends envoys (the subject of ``verb``) names a side of
    ``th`` or one of its countries ("the army and the RSF signed", "Gaddafi's envoys met")."""
    if verb.pos_ not in ("VERB", "AUX", ""):
        return False
    who = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
    spans = []
    for c in who:
        sub = list(c.subtree)
        spans.append((ctx.s.char(sub[0]), ctx.s.char(sub[-1]) + len(sub[-1].text)))
    return any(
        a <= m.start
        and m.end <= b
        and ((m.ref.code in th.countries and m.ref.kind != "org") or _party_of(m, th))
        for m in ctx.mentions
        for a, b in spans
    )


def _over(ctx, tp) -> bool:
    """A country a flight passes over or across ("shoot down Russian drones over Moldova,
    Poland and Romania"): on the way, not where the war is (:func:`_passed_over`)."""
    head = ctx.head_of(tp)
    if head is None:
        return False
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return _passed_over(head)


# words of flight: a sentence that tells of people fleeing ("fled", "refugees", "displaced")
_FLIGHT = re.compile(
    r"(?<![\w-])(?:fled|flee|flees|fleeing|refugees?|displaced|exodus|escap(?:e|ed|es|ing))(?![\w-])",
    re.IGNORECASE,
)
# verbs of flight a "to" of the refuge hangs from ("fled to Chad"; "returned to Syria" is none)
_FLIGHT_VERBS = {"flee", "fled", "escape", "cross", "run", "pour", "stream", "head"}


def _fled_to(ctx, tp) -> bool:
    """A country people fleeing go to ("3,000 into Chad and Cameroon", "most of them have
    crossed into Uganda", "fled to Chad"): a refuge from the war
    the sentence tells of, not its ground. Armed men who cross into a land ("troops crossed
    into northern Iraq") go to fight there, and people who return go back to their own."""
    if not _FLIGHT.search(ctx.text):
        return False
    prep = _country_gone_into(ctx, tp)
    if prep is None:
        return False
    up = prep.head
    word = {up.lower_, up.lemma_.lower()}
    if prep.lower_ == "to" and not word & _FLIGHT_VERBS:
        return False
    if word & {"return", "returned", "returning"}:
        return False
    armed = ctx.lex.words("armed_nouns")
    return not any(
        c.dep_ in ("nsubj", "nsubjpass") and {c.lower_, c.lemma_.lower()} & armed
        for c in up.children
    )


def _refuge(ctx, tp) -> bool:
    """A country someone flees or escapes to ("Ousted by the Tanzanian army, Amin fled to
    Libya", "thousands escaped into Chad"): where he went after, not where anything of the
    sentence's war happens; ``_fled_to``'s country with only the verbs of flight themselves
    ("rolled into Syria", "crossed into Iraq" go on to fight there)."""
    prep = _country_gone_into(ctx, tp)
    if prep is None:
        return False
    return prep.head.lemma_.lower() in ("flee", "escape") or prep.head.lower_ == "fled"


# who talks of a war or hears of it from afar, named by no one in particular
# (``_a_land_of_talk``): English's indefinite pronouns, chosen by the team
_ANYONE = {"anyone", "anybody", "nobody", "everyone", "everybody", "someone", "few", "many"}
# what such talkers do: verbs of talking, hearing and knowing, chosen by the team
_TALK_VERBS = {"talk", "speak", "discuss", "notice", "hear", "care", "know", "remember"}


def _a_land_of_talk(ctx, tp) -> bool:
    """ "Hardly anyone in Canada is talking about it: the president of Burundi ... died in
    combat with rebels", "Few in Europe noticed": a place after "in" on an indefinite
    pronoun that talks, hears or knows of the matter (``_ANYONE`` the subject of one of
    ``_TALK_VERBS``) is the land of those who talk, not the war's ground. Named talkers
    ("Officials in Kabul said", "People in Gaza say") and fighters ("Malian soldiers in
    Gao") are not this kind."""
    head = ctx.head_of(tp)
    if head is None or head.dep_ != "pobj" or head.head.lower_ != "in":
        return False
    who = head.head.head
    if who.lower_ not in _ANYONE or who.dep_ != "nsubj":
        return False
    return who.head.lemma_.lower() in _TALK_VERBS


def _country_gone_into(ctx, tp):
    """The "to" or "into" a country is the object of (itself or as a conjunct of a list),
    or None."""
    if tp.candidate is None or tp.candidate.kind != "country":
        return None
    head = ctx.head_of(tp)
    if head is None:
        return None
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ not in ("into", "to"):
        return None
    return head.head


# the words of a story of an ouster, and the verbs a deposed leader is sent abroad by
_OUSTER_WORDS = {
    "coup", "putsch", "junta", "overthrew", "overthrown", "ousted", "ousts", "deposed",
    "toppled", "exiled", "exile",
}  # fmt: skip
_EXILE_VERBS = {
    "fly", "flew", "flown", "send", "sent", "deport", "deported", "exile", "exiled", "expel",
    "expelled", "banish", "banished", "airlift", "airlifted", "bundled",
}  # fmt: skip
_LEADER_TITLES = {
    "president", "leader", "premier", "king", "queen", "monarch", "ruler", "dictator", "shah",
    "emir", "prince", "sultan",
}  # fmt: skip


def _sent_into_exile(ctx, tp) -> frozenset[str] | None:
    """The name (its words, lower-cased) of the deposed leader a country is where he is
    flown, sent, deported or exiled to ("soldiers woke Mr. Ortega and flew him to
    Panama", "the generals deported him to Saudi Arabia"), or None: his refuge, no ground of
    the coup. Only in a story of an ouster (a coup, a leader overthrown or deposed), and only
    a person sent (him, her, a name, a leader's title), never men sent to fight ("France sent
    troops to Mali", "flew paratroopers to Kabul")."""
    if not ctx.document_words & _OUSTER_WORDS:
        return None
    prep = _country_gone_into(ctx, tp)
    if prep is None or prep.lower_ != "to" or prep.head.lower_ not in _EXILE_VERBS:
        return None
    verb = prep.head
    for one in verb.children:
        if one.dep_ not in ("dobj", "nsubjpass"):
            continue
        if one.lower_ in ("him", "her", "he", "she") or one.lower_ in _LEADER_TITLES:
            return _person_meant(ctx, one)
        if one.ent_type_ == "PERSON":
            return frozenset(t.lower_ for t in one.subtree if t.ent_type_ == "PERSON")
    return None


def _person_meant(ctx, tok) -> frozenset[str] | None:
    """The words (lower-cased) of the person named nearest before ``tok`` in its sentence
    or the one before ("woke Mr. Ortega and flew him": ortega), or None."""
    before = [t for t in ctx.s.sent if t.i < tok.i]
    if ctx.prev is not None:
        before = [*ctx.prev.s.sent, *before]
    name: list = []
    for t in reversed(before):
        if t.ent_type_ == "PERSON" and t.is_alpha:
            name.append(t)
        elif name:
            break
    return frozenset(t.lower_ for t in name) or None


def _speaks_from_exile(ctx, tp, exiles: dict[str, frozenset[str]]) -> bool:
    """A place of a deposed leader's refuge (``_sent_into_exile``) in a later sentence whose
    subject is that leader ("At the airport in Panama City, Panama, Mr. Ortega denounced the
    coup"): where he speaks from, not where the coup happened."""
    if tp.candidate is None or tp.candidate.country not in exiles:
        return False
    name = exiles[tp.candidate.country]
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in name for t in ctx.s.sent)


# nouns of a state's birth: a war they date is of the year the state was born
_BIRTH_NOUNS = {
    "creation", "founding", "foundation", "birth", "independence", "establishment", "partition",
}  # fmt: skip


def _birth_years(ctx) -> list[int]:
    """The years of the states' births that date a conflict noun of the sentence ("the war
    that followed Israel's creation", "the fighting after the partition of India", "the war
    of Eritrea's independence"): the state's own word ("Israel's", "of India") on a noun of
    its birth within the conflict noun's phrase, and the year the lexicon gives the state.
    A birth after "since" is where a span of years starts, not the war's date ("the worst
    fighting since Ukraine's independence")."""
    founded = ctx.lex.founded
    births: dict[int, int] = {}  # a birth noun's token -> the year
    for m in ctx.mentions:
        if m.ref.kind != "state" or m.ref.code not in founded or m.ref.form == "demonym":
            continue
        tok = ctx.s.sent.doc[m.j - 1]
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":
            tok = tok.head
        if tok.dep_ in ("poss", "prep") and tok.head.lower_ in _BIRTH_NOUNS:
            birth = tok.head
            if birth.dep_ == "pobj" and birth.head.lower_ == "since":
                continue
            births[birth.i] = founded[m.ref.code]
    if not births:
        return []
    return [
        births[t.i]
        for w in ctx.s.sent
        if w.lower_ in _CONFLICT_NOUNS
        for t in w.subtree
        if t.i in births
    ]


# what stands between two names of one list ("Kenya, the Republic of the Congo and Gabon")
_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:the\s+)?", re.IGNORECASE)


def _with_its_list(ctx, found: list) -> tuple[tuple[int, int], ...]:
    """The stretches of the toponyms ``found`` (set aside for their role: where people come
    from, a land passed through, a refuge, the dateline) and of the countries listed after
    each of them ("sent cargo through Kenya, the Republic of the Congo and Gabon"): one
    list has one role, whatever the parser hangs its later names on (an apposition of the
    cargo). Document offsets."""
    out = [(tp.start, tp.end) for tp in found]
    ends = {tp.end for tp in found}
    for tp in sorted(ctx.toponyms, key=lambda t: t.start):
        if (tp.start, tp.end) in out or tp.candidate is None or tp.candidate.kind != "country":
            continue
        head = ctx.head_of(tp)
        if head is not None and head.dep_ in ("nsubj", "nsubjpass"):
            continue  # "flew over Yemen and Sudan sent troops": a clause of its own
        gaps = (ctx.text[e - ctx.s.start : tp.start - ctx.s.start] for e in ends if e < tp.start)
        if any(_LIST_GAP.fullmatch(g) for g in gaps):
            out.append((tp.start, tp.end))
            ends.add(tp.end)
    return tuple(out)


def _war_names(text: str, th: TheatreDef) -> list[tuple[int, int]]:
    """The conflict nouns of the sentence that head the name of another war ("World War II",
    "the Cold War", "the Gulf War"): a capitalised noun after a capitalised word, not the
    sentence's first, whose name holds no word of ``th`` ("the Syrian Civil War", "the
    Falklands War" are its own). Such a noun tells of that war, not of fighting in ``th``."""
    out = []
    for m in _WAR_NAME.finditer(text):
        name = m.group(0)
        if m.start() == 0 or (th.keyword_re is not None and th.keyword_re.search(name)):
            continue
        out.append((m.start("noun"), m.end("noun")))
    return out


# words of an attack carried into another land ("Hezbollah fired rockets into northern
# Israel", "Ukrainian drones attack Millerovo"): the war goes where its side strikes
_ATTACK = re.compile(
    r"(?<![\w-])(?:attack\w*|strik\w+|struck|fir(?:e|ed|es|ing)|shell\w*|bomb\w*|rockets?|"
    r"missiles?|drones?|raid\w*|shoot\w*|shot|ambush\w*|invad\w+|incursions?|target\w*)(?![\w-])",
    re.IGNORECASE,
)


def _located(ctx, tp) -> bool:
    """Whether the sentence names a place as where something is or happens: a town or a
    region that does not act, or a country in a locative ("in Lebanon", "off the coast of
    Kenya") or owning the place one names ("in northern Nigeria's Bauchi state"); a country
    that acts or is dealt with ("US weapons reach", "sided with Iran") is a side."""
    if tp.candidate is not None and tp.candidate.kind != "country":
        return not _acting(ctx, tp)
    head = ctx.head_of(tp)
    if head is None:
        return False
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE | {"at", "off", "outside"}:
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        up = head.head.head  # "off the coast of Kenya", "the north of Chad"
        return up.lemma_.lower() in _PLACE_NOUNS | {"coast", "shore", "outskirts"}
    return _owns_the_place(head)


def _people_abroad(ctx, th: TheatreDef) -> bool:
    """Whether the sentence names ``th``'s land only by its people's words (an adjective, a
    demonym, a party of its own: "Syrian troops", "a Lebanese construction company", "their
    Hezbollah allies") and places what it tells in another land that takes no part in the
    war ("in Lebanon", "in northern Nigeria's Bauchi state", "Madaya, north-west of
    Damascus"): who acts, or whose people they are, not where the war is. A place of the
    war's own ground keeps it; so does a land the lexicon lists as waging it or as a side
    of it ("Ukrainian troops advanced in Russia's Kursk region"), and an attack carried into
    the other land ("Hezbollah fired rockets into northern Israel"): the war goes there."""
    ground = set(th.countries) | set(th.within)
    rx = th.keyword_re
    start = ctx.s.start
    found = list(rx.finditer(ctx.text)) if rx is not None else []
    ends = [k.end() for k in found] + [
        m.end - start for m in ctx.mentions if m.ref.code in th.countries and ctx.owns(m)
    ]
    if any(_CONFLICT_AFTER.match(ctx.text, e) for e in ends):
        return False  # the war named by its people's word ("the Palestinian-Israeli conflict")
    own = [(start + k.start(), start + k.end()) for k in found]
    people = [(m.start, m.end) for m in ctx.mentions if m.ref.form == "demonym"]
    others = set()
    for tp in ctx.toponyms:
        c = tp.candidate
        if c is None or not c.country or tp.metonymic:
            continue
        ref = ctx.lex.lookup(tp.name)
        if any(a < tp.end and tp.start < b for a, b in people) or (
            ref is not None and ref.form == "demonym"
        ):
            head = ctx.head_of(tp)
            if head is not None and {head.head.lower_, head.head.lemma_.lower()} & _PLACE_NOUNS:
                if c.country in ground:
                    return False  # "the Syrian town of Houla": a place of the war's land
                others.add(c.country)
            continue  # a people's word ("Syrian troops"), no place
        if c.country in ground or any(a < tp.end and tp.start < b for a, b in own):
            return False  # a place of the war's ground ("Kashmir" of a war with no country)
        if _located(ctx, tp):
            others.add(c.country)
    others -= ground | set(th.belligerents) | set(th.state_parties)
    return bool(others) and not _ATTACK.search(ctx.text)


# what the compound on a conflict noun names where the noun is a figure of speech for pests,
# markets, votes or health, no fighting ("the locust invasion", "a price war", "an election
# campaign", "a vaccination campaign"): the senses dictionaries give these nouns beside war
_NOT_WAR_KINDS = {
    "locust", "locusts", "pest", "pests", "insect", "insects", "weed", "trade", "price",
    "prices", "tariff", "tariffs", "currency", "bidding", "ratings", "advertising",
    "marketing", "sales", "election", "elections", "vote", "votes", "vaccination", "vaccine",
    "immunisation", "immunization", "awareness", "literacy", "publicity", "fundraising",
    "membership", "charm", "smear", "media", "format", "console", "browser", "debt",
}  # fmt: skip


def _part_at(ctx, m: re.Match) -> int:
    """The part of the sentence the word ``m`` matched in its text stands in: the clause an
    adverbial clause ("as ...", "while ...", "after ...") opens, else the sentence's main
    part with everything joined to it ("..., but officials insisted the weapons' range ..."),
    as the index of the token heading it; -1 where no token starts there."""
    at = ctx.s.start + m.start()
    tok = next((t for t in ctx.s.sent if ctx.s.char(t) == at), None)
    if tok is None:
        return -1
    while tok.dep_ != "advcl" and tok.head.i != tok.i:
        tok = tok.head
    return tok.i


def _drill_parts(ctx) -> set[int]:
    """The parts of the sentence (:func:`_part_at`) that tell of military exercises
    (:data:`_DRILL`): "Separatist rockets hit Mariupol as NATO forces held drills in Poland"
    has one, the "as" clause, whose forces are the drill's; the rockets of the main part are
    fighting's."""
    return {_part_at(ctx, d) for d in _DRILL.finditer(ctx.text)}


def _figurative(ctx, m: re.Match) -> bool:
    """Whether a conflict noun of the sentence (``m``, a match in its text) has a compound
    of :data:`_NOT_WAR_KINDS` ("the locust invasion", "a trade war", "the election
    campaign", "a price war"): a figure of speech for pests, markets or votes, no war."""
    if m.group().lower() not in _CONFLICT_NOUNS:
        return False
    at = ctx.s.start + m.start()
    tok = next((t for t in ctx.s.sent if ctx.s.char(t) == at), None)
    if tok is None:
        return False
    return any(
        c.dep_ == "compound" and c.i < tok.i and c.lower_ in _NOT_WAR_KINDS for c in tok.children
    )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "conflict"


def _in_a_groups_name(ctx, tp) -> bool:
    """A town's name inside an organisation's name ("the Moro Islamic Liberation Front",
    geoparsed as Moro in Pakistan): a group is named for a people or a region, not for where
    it fights; a country or region in its name ("Kosovo Liberation Army") still counts, and
    so does a town before a common noun ("Aleppo rebels" are rebels in Aleppo)."""
    if tp.candidate is None or tp.candidate.kind in ("country", "region"):
        return False
    toks = ctx.tokens_of(tp)
    if not toks:
        return False
    head = toks[-1]
    while head.dep_ in ("compound", "nmod") and head.head.i > head.i:
        head = head.head
    return (
        head.i != toks[-1].i
        and head.text[:1].isupper()
        and (head.ent_type_ == "ORG" or head.lower_ in ("front", "army", "movement"))
    )


class TheatreFinder:
    """Chooses each stance's conflict, with memory of the document's geography."""

    def __init__(
        self,
        lex: Lexicon,
        contexts: list,
        doc_text: str = "",
        before_reading: Callable[[], None] | None = None,
        published: str | None = None,
    ) -> None:
        """``before_reading`` is called once before the sentences' places are first read
        (the first claim placed): it may parse the sentences that only name places;
        ``published`` is the article's date (ISO), for the era a conflict is named by."""
        self.lex = lex
        self.claim_text = ""  # the sentence of the claim being filed
        self.published_year = int(published[:4]) if published and published[:4].isdigit() else None
        self.contexts = contexts
        self.chosen: dict[str, TheatreRef] = {}
        self.keyword_res = _distinctive_keywords(lex)
        self.doc_text = doc_text
        m = _DATELINE.match(doc_text[:120]) if doc_text else None
        self.dateline_end = m.end() if m else 0
        self.dateline_start = 0  # a late dateline's, under its headline
        self.sentence: dict[int, Weights] = {}
        self.where: dict[int, Weights] = {}  # places named as where things happen
        self.para: dict[int, Weights] = {}
        self.para_where: dict[int, Weights] = {}
        self.doc_where: Weights = _weights()
        self.doc: Weights = _weights()
        self.para_keywords: dict[int, Weights] = {}
        self.dateline: Weights = _weights()
        self.filed: set[str] = set()  # the dateline's countries, named again or not
        self.doc_named: set[str] = set()  # countries named other than as who acts
        self.doc_parties: set[str] = set()  # the listed parties the article names
        self._sides = (
            lex.words("government_nouns") | lex.words("armed_nouns") | lex.words("state_organs")
        )
        self._before_reading = before_reading
        self._read = False
        # the conflict of each power's mediation between sides it names, for its mediation
        # of "the two sides" later in the story
        self.mediations: dict[str, TheatreRef] = {}
        self.exiles: dict[str, frozenset[str]] = {}  # a deposed leader's refuge -> his name

    def _read_places(self) -> None:
        """The weights of every sentence's places, paragraph by paragraph (once)."""
        self._read = True
        if self._before_reading is not None:
            self._before_reading()
        self._late_dateline()
        for c in self.contexts:
            self._note_exiles(c)
            own = self._places(c)
            self.sentence[c.s.index] = own
            _add(self.para.setdefault(c.s.paragraph, _weights()), own)
            where = self._where(c)
            self.where[c.s.index] = where
            _add(self.para_where.setdefault(c.s.paragraph, _weights()), where)
            _add(self.doc_where, where)
            _add(self.doc, own)
            self.doc_named |= self._named(c, [], [], heads_only=True)
            self.doc_parties |= {m.ref.party or m.ref.name for m in c.mentions}
            kw = self.keywords(c)
            _add(self.para_keywords.setdefault(c.s.paragraph, _weights()), kw)
            for tp in c.toponyms:
                if tp.end <= self.dateline_end and tp.candidate and tp.candidate.country:
                    self.dateline[tp.candidate.country] += 0.5  # where it was filed

    def _late_dateline(self) -> None:
        """A dateline under a headline and a date line ("WASHINGTON (AP) - The House voted
        to send aid to the Contra rebels"): where the story was filed, unless the story
        names that country again as a place (then "BEIRUT - ... reached the outskirts of
        Beirut" is where things happen, and the dateline counts like any place)."""
        span = dateline_span(self.doc_text) if not self.dateline_end else None
        if span is None:
            return
        start, end = span
        # a headline and the dateline under it read as one ("40 Saudi-trained fighters enter Yemen
        # from Oman" then "MUSCAT -"): the dateline is what follows the blank line
        brk = self.doc_text.rfind("\n\n", start, end)
        start = brk + 2 if brk >= 0 else start
        tps = [tp for c in self.contexts for tp in c.toponyms if tp.candidate]
        # the dateline's own places, not the headline's above it ("40 Saudi-trained fighters
        # enter Yemen from Oman" over "MUSCAT - ... entered eastern Yemen")
        filed = {
            tp.candidate.country
            for tp in tps
            if start <= tp.start and tp.end <= end and tp.candidate.country
        }
        # named again as a place, not as who acts ("BEIJING - China has delivered weapons
        # to Mali ... Beijing gave": China acts, from home)
        later = {
            tp.candidate.country
            for c in self.contexts
            for tp in c.toponyms
            if tp.candidate
            and tp.start >= end
            and not tp.metonymic
            and c.tokens_of(tp)
            and not _subject(c, tp)
        }
        self.filed = filed
        if filed and not filed & later:
            self.dateline_start, self.dateline_end = start, end

    # --- geography of a sentence --------------------------------------------------------
    def _note_exiles(self, ctx) -> None:
        """Remembers the countries the sentence says a deposed leader is sent to, with his
        name (``_sent_into_exile``), for the sentences after it."""
        for tp in ctx.toponyms:
            if ctx.tokens_of(tp) and (name := _sent_into_exile(ctx, tp)):
                self.exiles[tp.candidate.country] = name

    def _in_exile(self, ctx, tp) -> bool:
        """A deposed leader's refuge: the country he is sent to, or a place of it where he
        speaks from later (``_sent_into_exile``, ``_speaks_from_exile``)."""
        if not ctx.tokens_of(tp):
            return False
        return _sent_into_exile(ctx, tp) is not None or _speaks_from_exile(ctx, tp, self.exiles)

    def _places(self, ctx) -> Weights:
        out: Weights = _weights()
        for tp in ctx.toponyms:
            c = tp.candidate
            if c is None or not c.country or tp.metonymic or tp.end <= self.dateline_end:
                continue
            if _made_in(ctx, tp):
                continue  # "French-made missiles", "a Texas-sized zone": not a place
            if _in_a_groups_name(ctx, tp):
                continue  # "the Moro Islamic Liberation Front": a people's name, no town
            if _refuge(ctx, tp):
                continue  # "Amin fled to Libya": where he went after, not the war
            if self._in_exile(ctx, tp):
                continue  # "flew him to Panama": a deposed leader's refuge
            if _a_land_of_talk(ctx, tp):
                continue  # "Hardly anyone in Canada is talking about it"
            if a_water_named_for(ctx, tp):
                # "a tanker seized in the Gulf of Oman": the land's name names a water off it,
                # no place of the war (a story naming the land as a land elsewhere counts it)
                continue
            out[c.country] += _place_weight(ctx, tp)
        spans = [(t.start, t.end) for t in ctx.toponyms]
        for m in ctx.mentions:
            if not m.ref.code or m.ref.kind == "org":
                continue
            if any(a < m.end and m.start < b for a, b in spans):
                continue  # counted as a place above
            if _made_in(ctx, m):
                continue  # "French-made missiles": a maker, not a place
            if self._wages(ctx, m):
                continue  # "the American occupation": who occupies, not where
            if m.ref.kind == "leader":
                out[m.ref.code] += 0.5  # a head of state acts from home, like the state
            elif m.ref.kind == "state":
                out[m.ref.code] += 0.5
        return out

    def _where(self, ctx) -> Weights:
        """Places the sentence names as where things happen: towns and regions, and
        countries after a locative ("in Syria"), not countries as actors or owners."""
        out: Weights = _weights()
        for tp in ctx.toponyms:
            c = tp.candidate
            if c is None or not c.country or tp.metonymic or tp.end <= self.dateline_end:
                continue
            if not ctx.tokens_of(tp):
                continue  # read in its own parse unit, whose parse says how it is named
            if self._in_exile(ctx, tp):
                continue  # "At the airport in Panama City, Mr. Ortega denounced the coup"
            if _a_land_of_talk(ctx, tp):
                continue  # "Few in Europe noticed"
            if _place_weight(ctx, tp) >= 1.5 and not _acting(ctx, tp):
                out[c.country] += 1
        return out

    def _listed_parties(
        self,
        ctx,
        year: int | None = None,
        skip: frozenset[int] | set[int] = frozenset(),
        powers: frozenset[str] = frozenset(),
    ) -> Weights:
        """Listed conflicts of the parties and leaders the sentence names (but those whose
        first token is in ``skip``)."""
        out: Weights = _weights()
        for m in ctx.mentions:
            ref = m.ref
            if m.i in skip:
                continue
            if ref.kind == "party":
                for t in self.wars_of(ref, year, powers):
                    out[t] += 1
            elif ref.kind == "leader" and ref.party in self.lex.parties:
                for t in self.lex.parties[ref.party].theatres:
                    out[t] += 1
        return out

    def keywords(self, ctx, skip: list[tuple[int, int]] | None = None) -> Weights:
        """The listed wars whose words the sentence names, and how often; a word inside a
        ``skip`` span (offsets in the sentence) is not counted."""
        out: Weights = _weights()
        for tid, rx in self.keyword_res.items():
            th = self.lex.theatres[tid]
            n = sum(
                1
                for k in ctx.conflict_words(rx, th.countries, th.within)
                if not skip or not any(a < k.end() and k.start() < b for a, b in skip)
            )
            if n:
                out[tid] += n
        return out

    def wars_of(
        self, ref: ActorRef, year: int | None, powers: frozenset[str] = frozenset()
    ) -> tuple[str, ...]:
        """The listed wars a party fights in. A party of an ended war named by its old name
        in an undated story that names the party it became too ("Abu Dhabi flies arms to
        the Janjaweed" beside "the RSF") is that party: its old name says who, not
        when, and does not drag the claim into the old war. Never for a claim of a state
        the new war is fought in (``powers``, their country codes): the state at home is
        the side the successor fights there, so its backing of the old name is the old
        war's ("Khartoum armed the Janjaweed to crush the rebellion in Darfur"). A dated
        story needs no such reading: a war not open in the claim's year is never chosen."""
        if year is None and ref.successor and ref.successor in self.doc_parties:
            after = self.lex.parties.get(ref.successor)
            if (
                after is not None
                and after.theatres
                and not powers & self.lex.lands_of(after.theatres)
            ):
                return after.theatres
        return ref.theatres

    def _renamed(
        self, ctx, year: int | None, powers: frozenset[str] = frozenset()
    ) -> list[tuple[int, int]]:
        """The spans of the parties the sentence names by an old name read as the party
        they became (``wars_of``): their words are not the old war's."""
        start = ctx.s.start
        return [
            (m.start - start, m.end - start)
            for m in ctx.mentions
            if m.ref.kind == "party" and self.wars_of(m.ref, year, powers) is not m.ref.theatres
        ]

    # --- choosing -----------------------------------------------------------------------
    def __call__(
        self,
        ctx,
        powers,
        parties,
        trigger=None,
        year: int | None = None,
        actors: frozenset[str] | set[str] = frozenset(),
        relation: str = "",
        foes: frozenset[str] | set[str] = frozenset(),
        away: frozenset[str] | set[str] = frozenset(),
        accuser: str | None = None,
        apart: tuple[tuple[int, int], ...] = (),
    ):
        """The conflict of a claim, or None when the text gives no place for it at all.

        ``actors`` are the countries of every power the sentence names: where they act
        from is not where the conflict is, unless nothing else says where. ``foes`` are the
        countries the claim's backing is against ("supports Ukraine against Russia"): like
        the powers, they may fight far from home. ``away`` are countries the claim is known
        not to be fought in (a state backing a foreign movement from home). ``accuser`` is
        the country of a state that accuses another of backing rebels it does not name
        ("Eritrea accuses Ethiopia of backing rebels"): with no place named, they are its rebels.
        ``apart`` are spans of the sentence (offsets in it) told of another claim, whose
        war's words are not this one's ("... and Pakistan the Kashmiri militants").
        """
        if not self._read:
            self._read_places()
        self.claim_text = ctx.text  # the claim's sentence, for its era (``_of_another_era``)
        scores: Weights = _weights()  # country -> weight
        listed: Weights = _weights()  # lexicon theatre id -> weight
        power_codes = {m.ref.code for m in powers if m.ref.code} | set(actors)
        states = frozenset(m.ref.code for m in powers if m.ref.code)  # for ``wars_of``
        party_codes = set()
        # the home wars of the listed sides backed or armed ("to Hezbollah": Lebanon's)
        armed = {
            self.wars_of(m.ref, year, states)[0]
            for m in parties
            if relation in ("backs", "supplies") and m.ref.kind == "party" and m.ref.theatres
        }
        abroad: set[int] = set()  # the powers arming a side abroad (their first tokens)
        homes: set[str] = set()  # a listed party's first theatre is its home (Hezbollah's)
        for m in powers:
            # a listed side acting ("Houthi rebels are fighting the government") is in its
            # own war, whatever other country the sentence names; arming a side whose home
            # is another war ("Damascus gave Hezbollah the rockets it fired at Israel"), in
            # that side's war
            if m.ref.kind == "party" and m.ref.theatres:
                wars = self.wars_of(m.ref, year, states)
                if armed and not self.lex.lands_of(armed) & self.lex.lands_of(wars):
                    abroad.add(m.i)
                    continue
                # "Hezbollah fought Israel in 2006": a side acting is at home too, on a tie
                # between its wars (Lebanon's and Syria's), as a side backed is
                homes.add(wars[0])
                for t in wars:
                    listed[t] += 4
        ruled = (
            self._rulers_fought(ctx, powers, parties, relation)
            or self._ruler_toppled(powers, parties, trigger)
            or self._own_land_fought(ctx, powers, parties, relation, year)
        )
        if len(ruled) == 1:
            # "Liberian rebels in western Ivory Coast vowed to topple President Samuel Doe",
            # "the contras, based in Honduras, fight the Sandinista government": men in arms
            # against a state's ruler wage that state's war, wherever they are based
            return self.country_war(ruled.pop(), year)
        coup = self._coup_in_one_state(ctx, powers, parties, trigger, relation, year)
        if coup is not None:
            return coup
        home = self._movement_at_home(ctx, powers, relation)
        if home is not None:
            return self.country_war(home, year)
        afield = self._franchise_fought_afield(ctx, trigger, powers, parties, relation, year)
        if afield is not None:
            return self.country_war(afield, year)
        powers, parties = list(powers), list(parties)  # (read more than once below)
        lone = {self._lone_movement_home(ctx, m, powers) for m in parties}
        only = lone.pop() if len(lone) == 1 else None
        if relation in ("backs", "supplies") and only is not None:
            # "Chavez had funded the guerrillas" in a story of the Farc: backing the one
            # movement the story names, which fights at home, is its home's war, not that
            # of the land where its camp was bombed
            return self.country_war(only, year)
        men_of = {m.ref.code for m in parties if m.ref.kind == "state" and m.ref.form == "organ"}
        men_of.discard(None)
        people: set[str] = set()  # the countries of a people fought ("the Americans")
        for m in parties:
            ref = m.ref
            if ref.kind == "party" and ref.theatres:
                wars = self.wars_of(ref, year, states)
                homes.add(wars[0])
                for t in wars:
                    listed[t] += 8
            elif ref.kind == "leader" and ref.party and ref.party in self.lex.parties:
                for t in self.lex.parties[ref.party].theatres:
                    listed[t] += 8
            if ref.kind == "party" and not ref.theatres and not ref.code:
                # a side of a war the lexicon does not list, known to fight at home ("funds
                # the FARC rebels": Colombia's war), wherever the article names no place
                for code in ref.homes:
                    party_codes.add(code)
                    scores[code] += 3
            alone = self._lone_movement_home(ctx, m, powers)
            if alone is not None:
                party_codes.add(alone)
                scores[alone] += 3
            if ref.code and relation == "opposes" and self._people_at_war(ctx, m):
                # "armed Shiite militias to fight the Americans", "the Viet Cong fought the
                # Americans": a people fought is its forces wherever they are, not a war in
                # its country unless the article names that country as a place
                scores[ref.code] += 1
                people.add(ref.code)
            elif ref.code:
                party_codes.add(ref.code)
                # a state as such (Ukraine, Moscow) may fight far from home; its organs, its
                # armed groups and its people are where they are
                whole = ref.kind == "state" and ref.form in ("name", "metonym", "demonym")
                # "fought Soviet and Cuban forces": the men of two states fought side by
                # side are not both at home; neither's home says where, as a state's name
                whole = whole or (ref.form == "organ" and len(men_of) > 1)
                scores[ref.code] += 1 if whole and relation != "mediates" else 3
        # "to strike Russian depots": whose things or men are struck, like a state fought,
        # may be far from home: no war of its own unless named as a place, but its country
        # still counts for a listed war fought there ("shoot down Iranian drones": Iran's war
        # with Israel); not a side of the claim ("a Russian group hit Estonia's banks"
        # in 2007 tells nothing of who the claim's war is between)
        struck = self._struck(ctx) - party_codes
        # "with the help of Iraqi troops": who helps may, like whose things are struck, be
        # far from home (Vietnam's troops in Cambodia): no war of its own, but its country
        # still counts for a listed war fought there (Iraq's, when Americans fight
        # insurgents with Iraqi troops' help)
        helping = self._helping(ctx) - party_codes
        # "armed Shiite militias to fight the Americans": whom the help is against, the same
        people |= {
            m.ref.code
            for m in ctx.mentions
            if m.ref.code in foes and m.ref.code not in party_codes and self._people_at_war(ctx, m)
        }
        _add(scores, self._attached(ctx, trigger, parties, relation))
        for code, w in self.sentence.get(ctx.s.index, _weights()).items():
            scores[code] += 2 * w
        venues: set[str] = set()
        if relation == "mediates":
            # "hosted talks ... in Lisbon": where talks are held is not where the war is
            for code, w in self._venues(ctx, trigger).items():
                scores[code] -= 2 * w
                venues.add(code)
        para = self.para.get(ctx.s.paragraph, _weights())
        total = sum(para.values()) or 1
        for code, w in para.items():
            scores[code] += 1.5 * w / total
        if not self.where.get(ctx.s.index):
            # a sentence that names no place where things happen ("jets bombed militias
            # allied with Iran") happens where its paragraph does ("in Deir ez-Zor"), or where
            # the article does when its paragraph names none either
            where = self.para_where.get(ctx.s.paragraph) or self.doc_where
            total = sum(where.values()) or 1
            for code, w in where.items():
                scores[code] += 3 * w / total
        total = sum(self.doc.values()) or 1
        for code, w in self.doc.items():
            scores[code] += w / total
        for tid, n in self.keywords(ctx, self._renamed(ctx, year, states) + list(apart)).items():
            listed[tid] += 3 * n
        _add(listed, self._listed_parties(ctx, year, abroad, states))
        for tid, n in self.para_keywords.get(ctx.s.paragraph, _weights()).items():
            listed[tid] += 0.5 * n
        # "WASHINGTON - Saudi Arabia sent arms to the rebels": a dateline says where the
        # story was written; when the story names no other place where things happen, it
        # says nothing of where the war is (the parties' war, or none stated), unless a
        # party is a state's organ of no state named, which is the dateline's ("DAMASCUS -
        # Russia sent jets to back the government", "BEIRUT - ... the Syrian-backed
        # president"), or a side of no country known is named by its own name, likely
        # fighting where the story is filed ("FREETOWN - Liberia's Charles Taylor has
        # supplied the RUF rebels"), or the claim names a listed war, or the dateline's
        # country is a side's ("ADDIS ABABA - Cuban troops helped Ethiopia drive Somali
        # forces out")
        organs = self.lex.words("state_organs")
        filed_only = (
            not self.doc_where
            and not listed
            and not any(
                not m.ref.code
                and (
                    m.ref.kind == "government"
                    or m.ref.name.lower() in organs
                    or m.ref.name[:1].isupper()
                )
                for m in parties
            )
        )
        kept = party_codes | power_codes | set(foes)
        for code, w in self.dateline.items():
            if filed_only and code not in kept:
                continue
            # "GAZIANTEP, Turkey - ... in Syria": where a story was filed from, when the
            # story names other countries as where things happen and never that one, and
            # the claim names no listed war (whose tie the dateline may still break:
            # "BEIRUT - ... supplying Hezbollah"), is only where the reporter is
            far = (
                not listed
                and self.doc_where
                and not self.doc_where.get(code)
                and not self.doc.get(code)
            )
            scores[code] += (0.25 if far else 0.75) * w
        # the powers' own countries say less about where a war is than the parties' (a
        # power may fight at home, as Mali in Mali, or far away, as Cuba in Angola)
        wagers = self._wagers(ctx) - party_codes
        for c in (power_codes | set(foes) | wagers | people | struck | helping) - party_codes:
            if c in scores:
                scores[c] *= 0.4
        for c in wagers - power_codes:
            # "during the American occupation", "against the South African invasion": the
            # invader, not where it invaded, unless the article names it as a place
            if not self.named_as_place(c):
                scores.pop(c, None)
        for c in self._keepers(ctx, [*powers, *parties]):
            # "fought Indian peacekeepers": a state's peacekeepers serve abroad, never in a
            # war at home, unless the article names their country as a place
            if not self.named_as_place(c):
                scores.pop(c, None)
        for c in self._rulers(ctx, parties):
            # "guerrillas against French rule ambushed a patrol near Algiers": a state's rule
            # is where it rules, as a power acts far from home, unless named as a place
            if c in scores and not self.named_as_place(c):
                scores[c] *= 0.4
        for c in away | self._rears(ctx, powers, parties, relation):
            scores.pop(c, None)
        if accuser and not self.where.get(ctx.s.index):
            scores[accuser] += 3
        if relation != "mediates" and party_codes | set(foes):
            # "At a meeting of NATO in Brussels, the alliance pledged to support Ukraine"
            for c in _meeting_places(ctx) - party_codes - set(foes):
                scores.pop(c, None)
        if party_codes:
            # talks between South Sudan's sides held in Addis Ababa: the host country is the
            # venue however often it is named (the dateline "ADDIS ABABA, Ethiopia" too),
            # not a side's country, so not the war
            for c in venues - party_codes:
                scores.pop(c, None)
        elif relation == "mediates":
            # "Egyptian mediators met in Doha", "Qatar hosted American mediators", "Cuba
            # is hosting the envoys of the FARC and of the government": with no side's
            # country named, neither the mediators' homes nor who hosts them is the war
            # mediated, nor where they meet unless another sentence places things there
            # ("Violence spread in Kenya. ... mediators arrived in Nairobi")
            hosted = {c for c in venues if not self._placed_elsewhere(ctx, c)}
            for c in power_codes | hosted | self._hosts(ctx):
                scores.pop(c, None)
        # a country the article names only as who acts (a power, a subject, an invader),
        # never as a place, and the claim not as a party or a foe, is no conflict of its
        # own: "Mozambique's government backs guerrillas fighting the Smith regime" is not a
        # war in Mozambique, nor "Cuba sent troops to back the MPLA government" one in
        # Zaire, which acts in the next sentence
        sides = party_codes | power_codes | set(foes) | people
        for th in self.lex.theatres.values():
            # "Ukraine will get U.S. aid to keep fighting Russia": a claim between a listed
            # war's country and a state that wages that war from abroad in its year is that
            # war, however often the waging state is named
            if sides & set(th.countries):
                for code in th.belligerents:
                    if code in sides and th.waged_by(code, year):
                        listed[th.id] += max(scores.get(code, 0), 0)
        here = party_codes | set(foes) | self._within(ctx, parties) | ({accuser} - {None})
        here |= self._named(ctx, powers, parties)
        unfounded = {
            c
            for c in scores
            if c not in here | self.doc_named
            and not self.named_as_place(c)
            and ((filed_only and c not in kept) or not self.dateline.get(c))
        }
        unfounded |= {
            c
            for c in people - party_codes
            if not self.named_as_place(c) and not self.dateline.get(c)
        }
        # a struck side's home, or a helper's, is no war of its own (no conflict named after
        # it); a helper named nowhere else still counts for a listed war fought there
        far_homes = {
            c
            for c in struck | (helping - here)
            if not self.named_as_place(c) and not self.dateline.get(c)
        }
        unfounded -= helping - here - people
        return self._best(scores, listed, year, homes, unfounded, far_homes)

    def _franchise_fought_afield(
        self, ctx, trigger, powers, parties, relation: str, year: int | None
    ) -> str | None:
        """The country where a side the lexicon lists in several wars (a franchise: the
        Islamic State in Syria's, Iraq's and the Sahel's) is fought, when the sentence places
        the fight in a country none of those wars is fought in: "US advisers help local troops
        fight ISIS in the Philippines" is the Philippines' war, not Syria's. The place is the
        one the claim's phrase names as a place (not "the US-led coalition against Islamic
        State"), else the one country of the places acted on or in ("to retake Marawi
        City") that is no power's own ("France bombed ISIS after the attacks in Paris" says
        nothing of where ISIS is fought). None when a place of the side's wars is named too."""
        if relation != "opposes":
            return None
        wide = [m for m in parties if m.ref.kind == "party" and len(m.ref.theatres) > 1]
        if not wide:
            return None
        lands = set().union(*(self.lex.lands_of(self.wars_of(m.ref, year)) for m in wide))
        placed = {
            tp.candidate.country
            for tp in ctx.toponyms
            if tp.candidate and tp.candidate.country and _place_weight(ctx, tp) >= 1.5
        }
        # a country tied to the claim only as who leads or backs ("the US-led coalition
        # against Islamic State") is no place: only one named as a place counts
        attached = self._attached(ctx, trigger, parties, relation)
        tied = {c for c, w in attached.items() if w > 0 and c in placed}
        if not tied:
            own = {m.ref.code for m in powers if m.ref.code}
            tied = {
                tp.candidate.country
                for tp in ctx.toponyms
                if tp.candidate and tp.candidate.country and _place_of_an_act(ctx, tp)
            }
            tied -= own
        if len(tied) != 1 or tied & lands:
            return None
        return tied.pop()

    def _lone_movement_home(self, ctx, m, powers=()) -> str | None:
        """The home of the one movement the article names, for its rebels named by a bare
        word: in a story of the Farc, "Chavez funded the guerrillas" and "funding Marxist
        rebels" are the Farc's, Colombia's war, not that of the country where its camp was
        bombed. None when the words say whose rebels they are or where ("the rebels in El
        Salvador"), or a side backs them (the Sandinistas' rebels are not the Sandinistas),
        or the article names a side of a listed war, or movements of more than one home."""
        ref = m.ref
        if ref.kind != "armed" or ref.code or not ctx.owns(m):
            return None
        if any(w > 0 for w in self.where.get(ctx.s.index, _weights()).values()):
            return None
        if any(p.ref.kind == "party" for p in powers):
            return None
        doc = ctx.s.sent.doc
        head = doc[m.j - 1]
        if head.lower_ not in self.lex.words("rebel_nouns"):
            return None
        owners = [c for c in head.children if c.dep_ in ("poss", "compound", "nmod")]
        if any(t.pos_ == "PROPN" for c in owners for t in c.subtree) or any(
            t.pos_ == "PROPN" for t in doc[m.i : m.j]
        ):
            return None  # "Robert Mugabe's ZANLA guerrillas": whose, the words say
        homes: set[str] = set()
        for name in self.doc_parties:
            party = self.lex.parties.get(name)
            if party is None:
                continue
            if party.theatres or len(party.homes) != 1:
                return None
            homes.add(party.homes[0])
        return homes.pop() if len(homes) == 1 else None

    def _movement_at_home(self, ctx, powers, relation: str) -> str | None:
        """The home of the movements that fight in a claim, when every power is a movement
        of a war the lexicon does not list, with one home in all, and the sentence names no
        place where things happen outside it: "the Polisario Front resumed its armed
        struggle against Morocco" is Western Sahara's war, as "Algeria backs the Polisario"
        is, not a war in the state it fights."""
        if relation != "opposes" or not powers:
            return None
        homes: set[str] = set()
        for m in powers:
            if not _of_no_listed_war(m.ref) or m.ref.kind != "party" or not m.ref.homes:
                return None
            homes |= set(m.ref.homes)
        where = {c for c, w in self.where.get(ctx.s.index, _weights()).items() if w > 0}
        if len(homes) != 1 or not where <= homes:
            return None
        return next(iter(homes))

    def _rulers_fought(self, ctx, powers, parties, relation: str) -> set[str]:
        """The countries whose ruler (a head of state the lexicon knows, or "the ...
        government" read as a state's) a claim's powers oppose, when every power is a group
        in arms of no state and of no listed war."""
        if relation != "opposes" or not powers or not all(_of_no_listed_war(m.ref) for m in powers):
            return set()
        nouns = self.lex.words("government_nouns")
        out = set()
        for m in parties:
            if not m.ref.code:
                continue
            if m.ref.kind == "leader" and not m.ref.party:
                out.add(m.ref.code)
            elif m.ref.kind in ("state", "government") and m.ref.form == "organ" and ctx.owns(m):
                head = ctx.s.sent.doc[m.j - 1]
                if head.lemma_.lower() in nouns or head.lower_ in nouns:
                    out.add(m.ref.code)
        for m in powers:
            if m.ref.homes:
                # a listed movement of no listed war (the Contras, Renamo) fights its own
                # land's ruler there, never another's
                out &= set(m.ref.homes)
        return out

    def _ruler_toppled(self, powers, parties, trigger) -> set[str]:
        """ "A Chadian rebel coalition nearly toppled Deby": men in arms named by one nation's
        word who overthrow (one of the 'overthrow_verbs') a man the lexicon gives no country,
        named by his name (not "the club's president"), overthrow their own land's ruler, and
        wage its war wherever they are based."""
        if trigger is None or trigger.lemma_.lower() not in self.lex.words("overthrow_verbs"):
            return set()
        if not parties or any(
            m.ref.kind != "person" or m.ref.code or not any(w[:1].isupper() for w in m.ref.name)
            for m in parties
        ):
            return set()
        nations = {m.ref.code for m in powers}
        if len(nations) != 1 or any(
            m.ref.kind != "armed" or m.ref.form != "written" or not m.ref.code for m in powers
        ):
            return set()
        return nations

    def _coup_in_one_state(self, ctx, powers, parties, trigger, relation: str, year: int | None):
        """ "Rebel soldiers in Mali toppled President Ibrahim Boubacar Keita", "Rebel troops in
        Azerbaijan ousted President Abulfaz Elchibey": soldiers who overthrow (one of the
        'overthrow_verbs') a ruler named by his name, in the one state the sentence places them
        in, make a coup of that state's, not a war the lexicon lists over several states (a
        region's insurgency, a war between two states), which the soldiers' words do not name:
        the claim is filed in the state's own conflict. Where a war of that one state alone is
        listed for the year (the coup may be its start), men of a side ("jihadists",
        "rebels", "insurgents") overthrow or oust, or an armed group is ousted ("ousted the
        jihadists from Timbuktu"), the claim is filed as before (None); so it is where the man
        overthrown is no state's ruler (``_a_state_s_ruler``: an enclave's leader, a side's
        commander)."""
        if relation != "opposes" or trigger is None or not powers or not parties:
            return None
        if trigger.lemma_.lower() not in self.lex.words("overthrow_verbs"):
            return None
        doc = ctx.s.sent.doc
        for m in powers:
            if m.ref.kind != "armed" or m.ref.form != "written":
                return None
            if doc[m.j - 1].lemma_.lower() not in _SOLDIER_WORDS:
                return None
        if any(
            m.ref.kind not in ("person", "leader") or not any(w[:1].isupper() for w in m.ref.name)
            for m in parties
        ):
            return None
        if not all(_a_state_s_ruler(ctx, m) for m in parties):
            return None
        where = {c for c, w in self.where.get(ctx.s.index, _weights()).items() if w > 0}
        where |= {m.ref.code for m in parties if m.ref.kind == "leader" and m.ref.code}
        if len(where) != 1:
            return None
        (code,) = where
        wars = [th for th in self.lex.theatres.values() if code in th.countries and th.covers(year)]
        if not wars or any(len(th.countries) < 2 for th in wars):
            return None
        ref = self._open(code, year)
        self.chosen[ref.id] = ref
        return ref

    def _own_land_fought(self, ctx, powers, parties, relation: str, year: int | None) -> set[str]:
        """A fight of a land's own against a stranger is that land's war, wherever it was
        fought or based: a state against sides the lexicon knows at home in it ("Colombia
        bombed the FARC in Ecuador": Colombia's), and men in arms named by one nation's word
        against other states' forces ("Afghan rebels based in Pakistan fought the Soviet
        army"), when the lexicon lists a war of the year in their land (else they may fight
        abroad: Rwandan rebels against the Congolese army)."""
        if relation != "opposes" or not powers or not parties:
            return set()
        lands = {m.ref.code for m in powers}
        if len(lands) != 1 or None in lands:
            return set()
        if all(m.ref.kind == "state" for m in powers):
            if all(m.ref.kind == "party" and lands <= set(m.ref.homes) for m in parties):
                return lands
            return set()
        if any(m.ref.kind != "armed" or m.ref.form != "written" for m in powers):
            return set()
        if any(
            m.ref.kind != "state" or m.ref.form != "organ" or m.ref.code in lands for m in parties
        ):
            return set()
        (land,) = lands
        men = {k for m in powers if ctx.owns(m) for k in range(m.i, m.j)}
        for tp in ctx.toponyms:
            toks = ctx.tokens_of(tp)
            if all((w := ctx.mention(t)) is not None and w.ref.form == "demonym" for t in toks):
                continue  # "Afghan", "Soviet": a people's word, no place
            # "Foreign volunteers fought for Croatia ... in Slavonia": where the sentence
            # names a place (not their base) it says where they fight, abroad or at home
            body = based_body(toks[-1]) if toks else None
            if tp.candidate is not None and (body is None or body.i not in men):
                return set()
        listed = [
            th for th in self.lex.theatres.values() if land in th.countries and th.covers(year)
        ]
        return lands if listed else set()

    def _rears(self, ctx, powers, parties, relation: str) -> set[str]:
        """ "Guerrillas based in Mozambique are fighting the Smith regime": where men in arms
        are based is their rear, not their foe's land, when the foe is a government the text
        names by a ruler or a party ("the Smith regime", not "the government"), whose country
        the words do not say; the countries of such bases, unless a party's own."""
        if relation != "opposes" or not powers or not parties:
            return set()
        nouns = self.lex.words("government_nouns")
        for m in parties:
            words = m.ref.name.split()
            named = any(w[:1].isupper() and w.lower() not in nouns for w in words)
            if m.ref.kind != "government" or m.ref.code or not named:
                return set()
        men = {k for m in powers if ctx.owns(m) for k in range(m.i, m.j)}
        out = set()
        for tp in ctx.toponyms:
            toks = ctx.tokens_of(tp)
            body = based_body(toks[-1]) if toks else None
            if body is not None and body.i in men and tp.candidate and tp.candidate.country:
                out.add(tp.candidate.country)
        return out

    @staticmethod
    def _rulers(ctx, parties) -> set[str]:
        """The countries of parties named by their rule ("against Moldovan rule")."""
        doc = ctx.s.sent.doc
        return {
            m.ref.code
            for m in parties
            if m.ref.code
            and ctx.owns(m)
            and doc[m.j - 1].dep_ in ("amod", "compound")
            and doc[m.j - 1].head.lemma_.lower() == "rule"
        }

    @staticmethod
    def _keepers(ctx, actors) -> set[str]:
        """The countries the sentence or the claim names as a state's peacekeepers ("Indian
        peacekeepers", "a Nigerian peacekeeping force")."""
        doc = ctx.s.sent.doc
        out: set[str] = set()
        for m in [*ctx.mentions, *actors]:
            if not m.ref.code or not ctx.owns(m):
                continue
            head = doc[m.j - 1]
            if head.dep_ in ("amod", "compound", "poss"):
                head = head.head  # "Indian" of "Indian peacekeepers"
            words = [head, *(c for c in head.children if c.dep_ in ("compound", "amod"))]
            if any(w.lower_.startswith("peacekeep") for w in words):
                out.add(m.ref.code)
        return out

    def _named(self, ctx, powers, parties, heads_only: bool = False) -> set[str]:
        """The countries the sentence names other than as who acts: not a power, a subject
        (or its owner: "Mozambique's government backs"; but "Colombia's ELN rebels, with
        Venezuelan backing, ..." name the party's country), nor who wages an invasion.
        ``heads_only``: only names that head their phrase ("Angola", "to Iraq") or own a
        side ("Nicaragua's Sandinista government"), not a modifier of anything else, which
        says whose ("South African support", "Pretoria's aid")."""
        doc = ctx.s.sent.doc
        own = {(m.i, m.j) for m in powers}
        backed = {m.j - 1 for m in parties if ctx.owns(m)}
        out: set[str] = set()
        for m in ctx.mentions:
            if not ctx.owns(m) or (m.i, m.j) in own or self._wages(ctx, m):
                continue
            head = doc[m.j - 1]
            if ctx.seat_of_a_body(head) or ctx.patron_of_a_tie(head):
                continue  # "a group based in Canada", "an ally of China": no more
            if _helpers(head):
                continue  # "won with the help of Algerian forces": who helps, from abroad
            if (
                heads_only
                and head.dep_ in ("compound", "amod", "poss", "nmod")
                and head.head.lemma_.lower() not in self._sides
            ):
                continue  # "South African support", "Pretoria's aid": whose, not where
            while head.dep_ in ("compound", "amod", "poss", "conj") and head.head.i != head.i:
                head = head.head
            if (head.dep_ not in ("nsubj", "nsubjpass") and not _agent(head)) or head.i in backed:
                out |= {m.ref.code} if m.ref.code else self._within(ctx, [m])
        return out

    @staticmethod
    def _people_at_war(ctx, m) -> bool:
        """A state named by its people in the plural, as a whole ("the Americans", "the
        Soviets"), not a phrase it modifies ("American troops", "the Soviet government")."""
        if not ctx.owns(m) or m.ref.kind != "state" or m.ref.form != "demonym":
            return False
        head = ctx.s.sent.doc[m.j - 1]
        return head.tag_ in ("NNPS", "NNS") and head.dep_ not in ("compound", "amod", "poss")

    @staticmethod
    def _within(ctx, parties) -> set[str]:
        """The countries of the places inside the parties' own words ("the Ethiopian
        government", a listed party the lexicon names without a country)."""
        spans = [(m.start, m.end) for m in parties if ctx.owns(m)]
        return {
            tp.candidate.country
            for tp in ctx.toponyms
            if tp.candidate is not None
            and tp.candidate.country
            and any(a <= tp.start and tp.end <= b for a, b in spans)
        }

    def filed_in(self, code: str) -> bool:
        """Whether the story was filed in the country (its dateline), whether or not it
        names the country again as a place."""
        if not self._read:
            self._read_places()
        return code in self.filed or self.dateline.get(code, 0) > 0

    def named_as_place(self, code: str) -> bool:
        """Whether the article names the country (or a town or region of it) as a place where
        things happen, not only as an actor ("Libya gives money to the Polisario")."""
        if not self._read:
            self._read_places()
        return self.doc_where.get(code, 0) > 0

    def named_here(self, ctx, code: str) -> bool:
        """Whether the sentence names the country (or a town or region of it) as a place
        where things happen."""
        if not self._read:
            self._read_places()
        return self.where.get(ctx.s.index, _weights()).get(code, 0) > 0

    def names_a_place(self, ctx) -> bool:
        """Whether the sentence names any place as where things happen (a town, a region, a
        country after a locative)."""
        if not self._read:
            self._read_places()
        return any(w > 0 for w in self.where.get(ctx.s.index, _weights()).values())

    def names_war(self, ctx, tid: str) -> bool:
        """Whether the sentence names one of the listed war's words ("Ukraine", "Donbas")."""
        return self.keywords(ctx).get(tid, 0) > 0

    def _struck(self, ctx, craft: bool = False) -> set[str]:
        """The countries whose people's word or name is on what the sentence strikes or fires
        at ("to strike Russian depots", "fired Stinger missiles ... at Soviet helicopters"):
        the side fought, whose things and men may be far from home, as a people fought is
        (:meth:`_people_at_war`), not where the war is. A place struck ("shelled Ukrainian
        towns", "Syrian territory") is where it is. ``craft``: only what flies or sails ("shot
        down the Ukrainian plane"), far from home wherever it is struck."""
        verbs = ctx.lex.words("help_strike_verbs")
        doc = ctx.s.sent.doc
        out: set[str] = set()
        for m in ctx.mentions:
            if not m.ref.code or m.ref.kind != "state" or not ctx.owns(m):
                continue
            tok = doc[m.j - 1]
            if tok.dep_ not in ("amod", "compound", "poss"):
                continue
            noun = tok.head
            if noun.pos_ != "NOUN" or noun.lemma_.lower() in _PLACE_NOUNS:
                continue
            if craft and noun.lemma_.lower() not in _CRAFT:
                continue
            while noun.dep_ == "conj" and noun.head.i != noun.i:
                noun = noun.head
            up = noun.head
            if (noun.dep_ == "dobj" and up.lemma_.lower() in verbs | {"shoot"}) or (
                noun.dep_ == "pobj"
                and up.lower_ in ("at", "on")
                and any(
                    a.lemma_.lower() in _FIRE_VERBS or a.lemma_.lower() in verbs
                    for a in (up.head, *up.head.ancestors)
                    if a.pos_ == "VERB"
                )
            ):
                out.add(m.ref.code)
        return out

    @staticmethod
    def _helping(ctx) -> set[str]:
        """The countries the sentence names only as who helps ("with the help of Iraqi
        troops", "with Malian support": :func:`_helpers`)."""
        doc = ctx.s.sent.doc
        helps: set[str] = set()
        other: set[str] = set()
        for m in ctx.mentions:
            if m.ref.code and m.ref.kind != "org" and ctx.owns(m):
                (helps if _helpers(doc[m.j - 1]) else other).add(m.ref.code)
        return helps - other

    def _wagers(self, ctx) -> set[str]:
        """The countries named as who wages an invasion or an offensive ("since the Russian
        invasion", "during Israel's offensive"): like the powers, they may fight far away."""
        return {m.ref.code for m in ctx.mentions if m.ref.code and self._wages(ctx, m)}

    @staticmethod
    def _wages(ctx, m) -> bool:
        """Whether the mention is the adjective or possessor of an invasion, occupation,
        intervention or offensive (who wages it)."""
        if not ctx.owns(m):
            return False
        doc = ctx.s.sent.doc
        return any(
            a.dep_ in ("amod", "poss") and a.head.lemma_.lower() in _ACTOR_NOUNS
            for k in range(m.i, m.j)
            for a in (doc[k], *doc[k].ancestors)  # "the US-led invasion", "Russia's invasion"
        )

    def _venues(self, ctx, trigger) -> Weights:
        out: Weights = _weights()
        if trigger is None:
            return out
        heads = [trigger] + [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        heads += self._talks_verbs(ctx)
        if trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj":
            heads.append(trigger.head)  # "mediators met in Doha": where they are
        near: set[int] = set()
        for h in heads:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                    near |= {t.i for t in c.subtree}
        for tp in ctx.toponyms:
            if tp.candidate is None or not tp.candidate.country or tp.metonymic:
                continue
            toks = [t.i for t in ctx.tokens_of(tp)]
            if toks and any(i in near for i in toks):
                out[tp.candidate.country] += _place_weight(ctx, tp)
        return out

    def _placed_elsewhere(self, ctx, code: str) -> bool:
        """Whether a sentence other than this one names the country (or a town or region of
        it) as a place where things happen."""
        return any(w.get(code, 0) > 0 for i, w in self.where.items() if i != ctx.s.index)

    @staticmethod
    def _hosts(ctx) -> set[str]:
        """The countries of who hosts in the sentence ("Qatar hosted the mediators"): a
        venue, not a side."""
        out: set[str] = set()
        for t in ctx.s.sent:
            if t.lemma_.lower() != "host" or t.pos_ != "VERB":
                continue
            subj = {s.i for c in t.children if c.dep_ == "nsubj" for s in c.subtree}
            out |= {m.ref.code for m in ctx.mentions if m.ref.code and m.i in subj}
        return out

    def _talks_verbs(self, ctx) -> list:
        """Talks and the verbs they are said of ("Peace talks between Colombia's
        government and rebels resumed ... in Havana"): where they are held is a venue
        of the mediation, not its war."""
        talks = {w.lower() for w in self.lex.stances["mediates"]["objects"]}
        out = []
        for t in ctx.s.sent:
            if t.pos_ != "NOUN" or t.lemma_.lower() not in talks:
                continue
            out.append(t)
            verb = t.head
            while verb.dep_ in ("appos", "conj", "compound") and verb.head.i != verb.i:
                verb = verb.head
            if verb.pos_ in ("NOUN", "PROPN") and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head  # the parser's "ABABA ... talks" as one subject
            if verb.pos_ in ("VERB", "AUX") and verb.i > t.i:
                out.append(verb)
        return out

    def _attached(self, ctx, trigger, parties, relation: str = "") -> Weights:
        """Places the sentence ties to the claim: in the trigger's phrase ("a partner in the war
        in Angola"), in a party's phrase ("rebels in Darfur"), or after a conflict noun."""
        out: Weights = _weights()
        if trigger is None:
            return out
        sent = ctx.s.sent
        near: set[int] = set()
        if trigger.pos_ in ("NOUN", "PROPN"):
            near |= {t.i for t in trigger.subtree}
            # "the closest ally of the Sandinista government and Washington's foe": a foe
            # joined to the phrase says who the power is, not where this claim's war is
            for t in trigger.subtree:
                if t.dep_ == "conj" and t.lemma_.lower() in FOE_NOUNS and t.i != trigger.i:
                    near -= {x.i for x in t.subtree}
        elif relation != "mediates":  # talks "in Lisbon" are held there, not fought there
            # a foe driven out is fought where it is driven from ("oust the US from Syria")
            where = ("in", "into", "over", "across", "inside") + (
                ("from",) if relation == "opposes" else ()
            )
            for c in trigger.children:
                if c.dep_ == "prep" and c.lower_ in where:
                    near |= {t.i for t in c.subtree}
                if c.dep_ == "prep" and c.lower_ == "against":
                    # "fought ... against the Israeli invaders in the Bekaa Valley": where
                    # the foe is fought (the parser hangs the place on the foe)
                    for o in c.children:
                        for p in o.children:
                            if o.dep_ == "pobj" and p.dep_ == "prep" and p.lower_ == "in":
                                near |= {t.i for t in p.subtree}
        for m in parties:
            if not ctx.owns(m):
                continue
            head = sent.doc[m.j - 1]
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "from", "of"):
                    near |= {t.i for t in c.subtree}
            near |= _where_it_goes(head)
        war: set[int] = set()  # "the war in Ukraine", "the Darfur conflict": said outright
        for t in sent:
            lem = t.lemma_.lower()
            if lem in _TOPIC_NOUNS:
                for c in t.children:
                    if c.dep_ == "prep" and c.lower_ in ("on", "over", "about"):
                        near |= {x.i for x in c.subtree}
            if lem in _CONFLICT_NOUNS:
                for c in t.children:
                    if c.dep_ == "prep" and (
                        c.lower_ in ("in", "over", "on")
                        or (c.lower_ == "of" and lem in ("invasion", "occupation"))
                    ):
                        war |= {x.i for x in c.subtree}
                    if c.dep_ in ("amod", "poss") and lem in _ACTOR_NOUNS:
                        continue  # "the Russian invasion", "Israel's offensive": who acts
                    if c.dep_ in ("compound", "amod"):
                        war.add(c.i)
                    if c.dep_ == "poss":  # "Syria's war", but also "Russia's invasion"
                        near.add(c.i)
        for tp in ctx.toponyms:
            cand = tp.candidate
            if cand is None or not cand.country or tp.metonymic:
                continue
            toks = [t.i for t in sent if tp.start <= ctx.s.char(t) < tp.end]
            if toks and _ruler_of(sent.doc[toks[-1]]):
                continue  # "independence for the former Portuguese colony": its old ruler
            if toks and any(i in war for i in toks):
                out[cand.country] += 10  # "its war in Ukraine": said outright
            elif toks and any(i in near for i in toks):
                out[cand.country] += 4
        for t in sent:
            # "terrorists in the Arab country": the country the article was just speaking of
            if (
                (t.i in near or t.i in war)
                and t.lemma_.lower() == "country"
                and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
            ):
                code = self._country_before(ctx)
                if code:
                    out[code] += 4
            elif (
                t.lemma_.lower() == "country"
                and t.dep_ == "nsubj"
                and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
                and any(
                    p.dep_ == "prep"
                    and p.lower_ == "in"
                    and any(o.lemma_.lower() in _CONFLICT_NOUNS for o in p.children)
                    for p in t.head.children
                )
            ):
                # "The country has known near-endless conflict since 2012": the country
                # the article named before as a place, if only as where arms went ("to
                # Mali"), not as who acts
                code = self._country_before(ctx, acted_on=True)
                if code:
                    out[code] += 4
        return out

    def _country_before(self, ctx, acted_on: bool = False) -> str | None:
        """The country of the last place an earlier sentence named as where things happen:
        what "the country" refers to. With ``acted_on``, a place named as where something
        went ("to the Central African Republic") counts too; who acts never does."""
        for c in reversed(self.contexts):
            if c.s.index >= ctx.s.index:
                continue
            for tp in reversed(c.toponyms):
                cand = tp.candidate
                if cand is None or not cand.country or tp.metonymic:
                    continue
                if acted_on and c.tokens_of(tp) and not _acting(c, tp):
                    return cand.country
                if _place_weight(c, tp) >= 1.5 and not _acting(c, tp):
                    return cand.country
        return None

    def _best(
        self,
        scores: Weights,
        listed: Weights,
        year: int | None,
        homes: frozenset[str] | set[str] = frozenset(),
        unfounded: frozenset[str] | set[str] = frozenset(),
        far: frozenset[str] | set[str] = frozenset(),
    ):
        """The best conflict: a listed war by its weight and its countries' scores (but the
        ``unfounded``), else the country of most weight (neither ``unfounded`` nor ``far``)."""
        best: tuple[float, int, bool, str] | None = None
        best_ref: TheatreRef | None = None
        covered: set[str] = set()
        for th in self.lex.theatres.values():
            if not th.covers(year):
                continue
            w = listed.get(th.id, 0) + sum(
                scores.get(c, 0) for c in th.countries if c not in unfounded
            )
            if listed.get(th.id, 0) > 0:
                # a regional conflict named in the text takes its country's weight too
                w += sum(scores.get(c, 0) for c in th.within if c not in unfounded)
            if w <= 0:
                continue
            covered.update(th.countries)
            # on a tie, a named war whose years hold the stance's date beats the place's
            # own conflict; with no date, the place's own (undated) one wins; then a listed
            # party's home ("Iran-backed Hezbollah" in Lebanon, not Syria, by the name's order)
            dated = th.years is not None
            key = (w, 1 if dated == (year is not None) else 0, th.id in homes, th.id)
            if best is None or key > best:
                best = key
                best_ref = self._listed(th)
        for code, w in scores.items():
            if w <= 0 or code in covered or code in unfounded or code in far:
                continue
            key = (w, -1, False, code)
            if best is None or key > best:
                best = key
                best_ref = self._open(code, year)
        if best_ref is not None:
            self.chosen[best_ref.id] = best_ref
        return best_ref

    def listed_war(self, th: TheatreDef) -> TheatreRef:
        """A listed conflict the claim is known to be in, chosen by the caller."""
        ref = self._listed(th)
        self.chosen[ref.id] = ref
        return ref

    def country_war(self, code: str, year: int | None) -> TheatreRef:
        """The conflict of a country a claim is known to be fought in (the caller read it
        in the sentence): the one listed war of the year fought there, else one named after
        the country."""
        wars = [th for th in self.lex.theatres.values() if code in th.countries and th.covers(year)]
        if len(wars) == 1:
            return self.listed_war(wars[0])
        ref = self._open(code, year)
        self.chosen[ref.id] = ref
        return ref

    def named_outright(self, th: TheatreDef, ctx, year: int | None) -> bool:
        """Whether a sentence that names a listed conflict's places or words (a score of 2,
        from two stretches of its text or a word of the conflict's own) shows that conflict
        on its own, with no stance in it (:meth:`_shows`), and names it other than in
        passing: not only as where people come from ("backed by militias from Pakistan, Iraq
        and Afghanistan" tells of Syria's war, not of those three), and not only by its
        country when the sentence names another war of that ground by a word of its own
        ("peace in Darfur is a priority for Egypt and Sudan" tells of the War in Darfur, not
        of the Sudan war listed from 2023)."""
        if ctx.toponyms and self._before_reading is not None:
            self._before_reading()  # the places' parse: their "from", a conflict noun's compound
        if not self._shows(th, ctx, year):
            return False
        own = self.keyword_res.get(th.id)
        if not (own is not None and ctx.conflict_words(own, th.countries, th.within)) and any(
            self._names_own_war(other, th, ctx, year) for other in self.lex.theatres.values()
        ):
            return False
        if not self._read:
            self._read_places()  # the dateline's end, where the story was filed
        aside = (
            _with_its_list(
                ctx,
                [
                    tp
                    for tp in ctx.toponyms
                    if _origin(ctx, tp)
                    or _over(ctx, tp)
                    or _fled_to(ctx, tp)
                    # where the story was filed ("BEIRUT - Syrian rebels seized Maalula")
                    or self._in_dateline(tp)
                ],
            )
            + _nationalities(ctx)
            + _venues(ctx, th)
            + _helpers_named(ctx)
            + _backers_named(ctx, th)
            + _speakers_named(ctx, th)
            + self._craft_struck(ctx, th)
        )
        if aside and _named_apart(ctx, th, aside) < 2:
            return False
        if _people_abroad(ctx, th):
            return False
        return not self._one_land_beside_another(th, ctx)

    def _craft_struck(self, ctx, th: TheatreDef) -> tuple[tuple[int, int], ...]:
        """The people's words on a plane or a ship the sentence strikes ("Syria's army says
        it shot down the Turkish jet"): whose craft, not where the war is, unless the
        sentence names a side of ``th`` or a land that wages it as who strikes ("Russian
        forces shot down a Ukrainian jet": the war's own fighting), as :meth:`_struck` reads
        whose things are struck for a claim."""
        struck = self._struck(ctx, craft=True) & set(th.countries)
        if not struck:
            return ()
        sides = set(th.belligerents) | set(th.state_parties)
        named = [m for m in ctx.mentions if ctx.owns(m)]
        if any(m.ref.code in sides - struck or _party_of(m, th) for m in named):
            return ()
        return tuple((m.start, m.end) for m in named if m.ref.code in struck)

    def _in_dateline(self, tp) -> bool:
        """Whether a place lies in the story's dateline ("BEIRUT -", "NAIROBI:"): where the
        story was filed. A headline's "Syria: four years of war" is no dateline, whatever
        its colon: a dateline before a colon is written in capitals."""
        b = self.dateline_end
        # the dateline's own line, not a headline read with it ("More bad wiring imperils
        # troops in Iraq." before "WASHINGTON —", on one line or over it)
        nl = self.doc_text.rfind("\n", 0, b) + 1
        stop = self.doc_text.rfind(". ", 0, b)
        a = max(self.dateline_start, nl, stop + 2 if stop >= 0 else 0)
        if not (a <= tp.start and tp.end <= b):
            return False
        line = self.doc_text[a:b].rstrip()
        return not line.endswith(":") or line.split(",")[0].isupper()

    def _one_land_beside_another(self, th: TheatreDef, ctx) -> bool:
        """A war between lands (two or more, no state's side of its own: Israel and the
        Palestinians) named by one of its lands alone, with no place, word or party of its
        own, beside a country outside it: the sentence tells of that land's dealings with the
        other country ("Israeli warplanes hit sites near Damascus", "Israel turned down
        Georgian requests for arms"), not of the war between the lands."""
        if len(th.countries) < 2 or th.state_parties:
            return False
        own = self.keyword_res.get(th.id)
        if own is not None and ctx.conflict_words(own, th.countries, th.within):
            return False
        if any(_party_of(m, th) for m in ctx.mentions):
            return False
        if any(
            m.ref.code in th.countries and _CONFLICT_AFTER.match(ctx.text, m.end - ctx.s.start)
            for m in ctx.mentions
        ):
            return False  # the land's word on a conflict noun: "the Arab-Israeli conflict"
        named = {m.ref.code for m in ctx.mentions if m.ref.code and m.ref.kind != "org"}
        named |= {t.candidate.country for t in ctx.toponyms if t.candidate and t.candidate.country}
        # a listed side of other wars is of their lands ("Hezbollah fired rockets into
        # Israel": Lebanon's war with Israel, not the war between Israel and the Palestinians)
        named |= self.lex.lands_of(
            t
            for m in ctx.mentions
            if m.ref.kind == "party" and th.id not in m.ref.theatres
            for t in m.ref.theatres
        )
        lands = named & set(th.countries)
        return len(lands) < 2 and bool(named - lands - set(th.within))

    def _names_own_war(self, other: TheatreDef, th: TheatreDef, ctx, year: int | None) -> bool:
        """Whether the sentence names ``other``, a war fought on ``th``'s ground, by a word of
        its own ("Darfur", "mujahideen") and shows it."""
        if other.id == th.id or not set(th.countries) & (set(other.countries) | set(other.within)):
            return False
        rx = self.keyword_res.get(other.id)
        return (
            rx is not None
            and bool(ctx.conflict_words(rx, other.countries, other.within))
            and ctx.theatre_scores.get(other.id, 0) >= 2
            and self._shows(other, ctx, year)
        )

    def _shows(self, th: TheatreDef, ctx, year: int | None) -> bool:
        """Whether a sentence that names a listed conflict's places or words shows that
        conflict on its own: it must speak of fighting (a conflict noun, troops,
        an attack, a ceasefire), not of a vote or a resignation, nor only of another war by
        its name ("the Nazi genocide during World War II" is no fighting of the
        Palestinians'); and a
        war of the past must be in its years: a year the sentence states, else the article's,
        else a word of its own ("Darfur", "mujahideen"). "Afghans packed polling
        stations" in 2004 is no conflict, and "Pakistani troops ... near the Afghan border" no
        Soviet-Afghan War. A war the lexicon lists by its states alone (two or more countries,
        no side of its own: the Iran-Israel war) is shown only by a word of its own (its
        places, its operations: "Natanz", "Rising Lion"): a sentence on Israel and the
        Palestinians, or on Iran's nuclear programme, tells of no war between the two."""
        if _named_apart(ctx, th) < 2:
            return False  # one word counted twice ("Baku", a town and its state's capital)
        own = self.keyword_res.get(th.id)
        # "Darfur", "mujahideen"
        named = ctx.conflict_words(own, th.countries, th.within) if own is not None else []
        if th.between_states and not named:
            return False
        start = ctx.s.start
        places = [(t.start - start, t.end - start) for t in ctx.toponyms]
        # a word of the conflict's own that is not a place ("mujahideen", not "Kandahar")
        own_word = any(not any(a < m.end() and m.start() < b for a, b in places) for m in named)
        if th.years is not None:
            # a war dated by a state's birth ("the war that followed Israel's creation") is
            # of that year, as a year written would say
            stated = [int(y) for y in _YEAR.findall(ctx.text)] or _birth_years(ctx)
            if stated:
                if not any(th.covers(y) for y in stated):
                    return False
            elif year is not None:
                if not th.covers(year):
                    return False
            elif th.years[1] is not None and (
                not named or self._told_elsewhere(th, ctx, named)
            ):  # ended, in an undated article: named by a word of its own, told in its land
                return False
        # a word of its own that is not a place, in a sentence placed wholly in other lands
        # ("divided into a rebel north and a loyalist south" of Ivory Coast): a
        # word of another war's sides, shown only as fighting is
        ground = set(th.countries) | set(th.within)
        lands = {t.candidate.country for t in ctx.toponyms if t.candidate and t.candidate.country}
        if own_word and not (lands and not lands & ground):
            return True
        other_wars = _war_names(ctx.text, th)
        # in a part of military exercises, arms and men are the drill's: only an act of
        # fighting or a conflict noun tells of a war
        drills = _drill_parts(ctx)
        return any(
            not any(a <= m.start() and m.end() <= b for a, b in other_wars)
            and not _figurative(ctx, m)
            and not (drills and m.group().lower() in _DRILL_KIT and _part_at(ctx, m) in drills)
            for m in _FIGHTING_RE.finditer(ctx.text)
        )

    def _told_elsewhere(self, th: TheatreDef, ctx, named: list) -> bool:
        """Whether an ended war named in an undated article only by a word of its own that is
        no place ("foreign mujahideen fighters") is told of fighters of another war: the
        sentence, or when it names no land the article, places everything in other lands
        (Bosnia's war, The Hague's court), none in the war's ground. Fighters keep the name
        of a war they once fought in; where the story is says which war this is."""
        start = ctx.s.start
        places = [(t.start - start, t.end - start) for t in ctx.toponyms]
        if any(any(a < m.end() and m.start() < b for a, b in places) for m in named):
            return False  # a place of its own ("Kandahar") is the war's ground
        ground = set(th.countries) | set(th.within)
        lands = {t.candidate.country for t in ctx.toponyms if t.candidate and t.candidate.country}
        if not lands:  # the sentence names no land: the article's say where
            lands = {
                t.candidate.country
                for c in self.contexts
                for t in c.toponyms
                if t.candidate is not None and t.candidate.country
            }
        return bool(lands) and not lands & ground

    def _listed(self, th: TheatreDef) -> TheatreRef:
        country = th.countries[0] if len(th.countries) == 1 else None
        return TheatreRef(th.id, th.name, country, th, tuple(th.areas))

    def _open(self, code: str, year: int | None) -> TheatreRef:
        # a country's war in years it was a state of another name is named by that state
        # (Zimbabwe's war of 1978 is "Rhodesia"), the lexicon's states of the past
        then = [
            n
            for n, first, last in self.lex.former_names.get(code, ())
            if year is not None and first <= year <= last
        ]
        name = then[0] if then else self.lex.state_name(code)
        tid = _slug(name)
        # a listed war of this country whose years do not fit: keep the decade apart
        if (
            year is not None
            and not self._of_another_era(year)
            and any(
                code in th.countries and not th.covers(year) for th in self.lex.theatres.values()
            )
        ):
            decade = year // 10 * 10
            tid, name = f"{tid}-{decade}s", f"{name} ({decade}s)"
            return TheatreRef(tid, name, code, None, (f"country:{code}",), decade)
        return TheatreRef(tid, name, code, None, (f"country:{code}",))

    def _of_another_era(self, year: int) -> bool:
        """Whether ``year`` is only the article's while its story is of another era: every
        year its sentences tell is a decade or more before the article's, and the article's
        own year is told in none but a date line, and the claim's sentence speaks of no day of
        now ("last year", "on Monday"). A claim with no year of its own is then of no era the
        text states: "Iran (2010s)" named the release of the hostages of 1981 in an article of
        2017 (each year told 1979-1981); such a conflict is named without an era rather than
        by the article's decade. A decade ("since the 1960s") is no year told."""
        if year != self.published_year or NOW_RE.search(self.claim_text):
            return False
        told: list[int] = []
        for line in self.doc_text.splitlines():
            years = [int(y) for y in _YEAR_TOLD.findall(line)]
            if year in years and len(line.split()) > 4:
                return False  # the article's year told in its story: the story is of now
            told.extend(y for y in years if y != year)
        return bool(told) and max(told) <= year - 10

    def unplaced(self) -> TheatreRef:
        ref = TheatreRef(UNPLACED, "Conflict not stated", None, None, ())
        self.chosen[ref.id] = ref
        return ref

    def no_conflict(self, code: str) -> TheatreRef:
        """Where a backing between states points when the text describes no conflict
        ("Russia supports Serbia"): the party's country, named as no conflict. It has no
        area: the map drew the whole country (all of the United States, from "Saudi Arabia is
        among the closest US allies") dashed as a conflict's, a war the text never told;
        the group stays in the Sides panel, its items on the map as they are."""
        name = self.lex.state_name(code)
        ref = TheatreRef(
            f"{_slug(name)}-no-conflict", f"{name} (no conflict stated)", code, None, ()
        )
        self.chosen[ref.id] = ref
        return ref

    def conflict_name(self, ref: TheatreRef) -> str | None:
        """How a mediation with no party named refers to the conflict: by its name; none
        when no conflict is stated ("Qatar hosted American mediators"): a mediation of no
        side in no conflict names no party, and "Conflict not stated" is no party's name."""
        return None if ref.id == UNPLACED else ref.name


def _of_no_listed_war(ref) -> bool:
    """Whether an actor is men in arms of no state and of no war the lexicon lists: a group
    named as written ("the rebels"), or a listed movement with no listed war (the Contras,
    the Polisario Front)."""
    return not ref.code and (ref.kind == "armed" or (ref.kind == "party" and not ref.theatres))
