"""Where an event happened when its own sentence does not say: its paragraph, then the article.

A paragraph lends its place only when it names one (a town, a district, a region; a country only
when the paragraph puts something "in" it); an article lends the place it names clearly more
often than any other, else its dateline's, else a country it names, but never a dateline or a
country when the towns and regions the article names lie mostly in another country (a story
filed in Beirut about Aleppo, a shooting in North Carolina told beside one in Germany). The
event records which it was (``place_basis``), so the map can say how sure the place is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from explorer.extract.context import SentenceContext
from explorer.extract.syntax import governing_subjects, put_in_a_place
from explorer.model import Document, Toponym, great_circle_km

# GeoNames' continents: "Europe" says too little to place an event that its sentence does not
_CONTINENTS = {f"geonames:{n}" for n in range(6255146, 6255153)}
_LOCATIVE = {"in", "near", "at", "into", "inside", "outside", "around", "across", "throughout"}
_DATELINE_END = re.compile(r"\s(?:-{1,2}|–|—)\s|\)\s*(?:-{1,2}|–|—|:)|^[A-Z][A-Z .'-]+:\s")


STREET_WORDS = {
    "st.",
    "ave.",
    "rd.",
    "blvd.",
    "dr.",
    "street",
    "avenue",
    "road",
    "boulevard",
    "drive",
    "lane",
}
_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
_COMPASS |= {w + "ern" for w in ("north", "south", "east", "west")} | {"northside", "southside"}
_QUARTER_NOUNS = {"side", "end"}
_BACK = 4  # sentences read back for the place "the province" stands for
_FAR_KM = 1500.0  # farther than this from every place its sentence names: not a fallback
# one person, who comes from a place ("a Kansas City man"); "Santa Clara police" work there
_ONE_PERSON = {
    "man",
    "woman",
    "boy",
    "girl",
    "teen",
    "teenager",
    "resident",
    "native",
    "mother",
    "father",
    "son",
    "daughter",
    "wife",
    "husband",
    "couple",
    "student",
    "youth",
    "driver",
    "worker",
    "farmer",
}
# a party's or a movement's men ("a Kaduna Labour Party candidate"): a place in its name says
# whose they are
_PARTY_MEN = {"candidate", "chairman", "leader", "member", "official", "activist", "lawmaker"}
# nouns of a site: a place that owns one says where it is ("Paris' Champs-Elysees boulevard")
SITE_NOUNS = {
    "boulevard",
    "square",
    "street",
    "avenue",
    "road",
    "market",
    "bazaar",
    "airport",
    "port",
    "harbour",
    "harbor",
    "station",
    "hospital",
    "mosque",
    "church",
    "cathedral",
    "synagogue",
    "temple",
    "university",
    "school",
    "hotel",
    "stadium",
    "prison",
    "neighborhood",
    "neighbourhood",
    "district",
    "quarter",
    "suburb",
    "outskirts",
    "centre",
    "center",
    "downtown",
}
_WORSHIP = {"church", "cathedral", "basilica", "chapel", "parish", "monastery", "abbey"}
_SAINT_WORDS = {"saint", "st.", "st", "san", "santa", "sainte", "são", "sao"}


@dataclass(slots=True)
class _Usable:
    sentence: int  # SentenceContext index
    toponym: Toponym
    locative: bool  # hangs from "in", "near", ... (a country needs that to be a place)


@dataclass(slots=True)
class PlaceContext:
    """The places each paragraph and the whole article offer to events that lack one."""

    by_paragraph: dict[int, list[_Usable]] = field(default_factory=dict)
    by_sentence: dict[int, list[_Usable]] = field(default_factory=dict)
    article: Toponym | None = None
    # the dateline's place where the lede's own place took the article's over
    dateline: Toponym | None = None

    def fallback(
        self, ctx: SentenceContext, exclude: list[tuple[int, int]]
    ) -> tuple[Toponym | None, str]:
        """(toponym, "paragraph" | "article") for an event of ``ctx``, or (None, ""). A place
        far from every place the sentence itself names is refused: "killed in a U.S. drone
        strike" beside "Islamic State in Syria" is not in the article's Cincinnati."""
        tp, basis = self._fallback(ctx, exclude)
        if tp is None or tp.candidate is None:
            return tp, basis
        c = tp.candidate
        own = [
            u.toponym
            for u in self.by_sentence.get(ctx.s.index, [])
            if u.toponym.candidate is not None and u.locative
        ]
        named = [t.candidate for t in own if t.candidate is not None]
        if named and all(
            n.country != c.country and great_circle_km(n.lat, n.lon, c.lat, c.lon) > _FAR_KM
            for n in named
        ):
            return None, ""
        if (
            basis == "article"
            and named
            and all(n.kind == "country" for n in named)
            and len({n.country for n in named}) == 1
            and c.country != named[0].country
        ):
            # "clashes that started when Peruvian troops tried to cross a river in the
            # south of Ecuador", told from Lima: the one country the sentence puts
            # something in, not the dateline's town in another
            return own[-1], "paragraph"
        return tp, basis

    def own_country(self, ctx: SentenceContext) -> Toponym | None:
        """The one country ``ctx``'s sentence puts something "in" ("a bus from the gold mine
        in western Mali"), when it names no other place so; else None."""
        own = [u.toponym for u in self.by_sentence.get(ctx.s.index, []) if u.locative]
        cs = [t.candidate for t in own if t.candidate is not None]
        if cs and all(c.kind == "country" for c in cs) and len({c.country for c in cs}) == 1:
            return own[-1]
        return None

    def own_unit(self, ctx: SentenceContext) -> Toponym | None:
        """The one first-level unit ``ctx``'s sentence puts something "in" ("a refinery in the
        central Poltava region"), when it names no town or other unit so, and no
        country but the unit's; else None."""
        own = [
            u.toponym
            for u in self.by_sentence.get(ctx.s.index, [])
            if u.locative or _named_unit_in(ctx, u.toponym)
        ]
        cs = [t.candidate for t in own if t.candidate is not None]
        units = [t for t in own if t.candidate is not None and t.candidate.kind != "country"]
        if (
            len(units) == 1
            and units[0].candidate is not None
            and units[0].candidate.gazetteer_id.startswith("admin1:")
            and len({c.country for c in cs}) == 1
        ):
            return units[0]
        return None

    def named_before(self, ctx: SentenceContext, kinds: frozenset[str]) -> Toponym | None:
        """The place of one of ``kinds`` named last before ``ctx``'s sentence, within the few
        sentences before it: what "the province" or "the country" stands for. None when the
        nearest sentence that names such places names two different ones."""
        for index in range(ctx.s.index - 1, max(ctx.s.index - _BACK, -1), -1):
            found = [
                u
                for u in self.by_sentence.get(index, [])
                if u.toponym.candidate is not None and u.toponym.candidate.kind in kinds
            ]
            if found:
                return _single(found)
        return None

    def _fallback(
        self, ctx: SentenceContext, exclude: list[tuple[int, int]]
    ) -> tuple[Toponym | None, str]:
        usable = [
            u
            for u in self.by_paragraph.get(ctx.s.paragraph, [])
            if (u.toponym.start, u.toponym.end) not in exclude and u.sentence != ctx.s.index
        ]
        local = [u for u in usable if u.toponym.candidate and u.toponym.candidate.kind != "country"]
        for pool in ([u for u in local if u.sentence < ctx.s.index],):
            one = _single(pool)
            if one is not None:
                return one, "paragraph"
            if pool:
                break  # several places: which one is unclear
        countries = [
            u
            for u in usable
            if u.locative
            and u.toponym.candidate
            and u.toponym.candidate.kind == "country"
            and u.sentence < ctx.s.index
        ]
        one = _single(countries)
        if one is not None and not local:
            return one, "paragraph"
        if self.article is not None:
            return self.article, "article"
        return None, ""


def _gid(tp: Toponym) -> str:
    return tp.candidate.gazetteer_id if tp.candidate else ""


def _single(pool: list[_Usable]) -> Toponym | None:
    """The one place a pool names (several mentions of one place count once)."""
    ids = {_gid(u.toponym) for u in pool}
    if len(ids) != 1:
        return None
    return pool[-1].toponym


def _is_demonym(ctx: SentenceContext, tp: Toponym) -> bool:
    for t in ctx.s.sent:
        if tp.start <= ctx.s.char(t) < tp.end:
            m = ctx.mention(t)
            return m is not None and m.ref.form == "demonym"
    return False


def _acts(ctx: SentenceContext, tp: Toponym) -> bool:
    """ "Iran condemned the raids": a country as subject or object is an actor there."""
    toks = ctx.tokens_of(tp)
    return bool(toks) and toks[-1].dep_ in (
        "nsubj",
        "nsubjpass",
        "dobj",
        "dative",
        "appos",
        "poss",
    )


def in_a_name(head, facility_nouns: frozenset[str]) -> bool:
    """Whether the place name whose head is the token ``head`` is part of the name of a
    street ("1300 Commerce Dr."), of a building named after a saint ("the Saint Peter and Saint
    Paul Coptic Orthodox Church") or of a name that other proper words begin ("Pinelake Health
    and Rehab center"), or says where a firm is based ("Nashville-based CCA"): such a name
    says what the thing is called, not where the event happened. "Kabul airport" and "the
    Baghdad provincial council" are in Kabul and Baghdad."""
    based = head.head if head.head.lower_ == "based" else None
    if based is None:
        based = next(
            (c for c in head.head.children if c.i == head.i + 2 and c.lower_ == "based"), None
        )
    if based is not None:
        # "Nashville-based CCA signed": where the firm is based, not where it signed; "visited
        # the Gori-based brigade" is in Gori
        firm = based.head if based.head.i != based.i else based
        return firm.dep_ in ("nsubj", "nsubjpass") or based.dep_ in ("nsubj", "nsubjpass")
    first = head.left_edge if head.left_edge.dep_ != "det" else head.doc[head.left_edge.i + 1]
    saint = first.lower_ in _SAINT_WORDS
    chain, cur, seen = [], head, {head.i}
    for _ in range(8):
        step = [c for c in cur.children if c.dep_ == "conj" and c.i > cur.i]
        if cur.dep_ in ("compound", "nmod", "conj") and cur.head.i != cur.i:
            step.append(cur.head)
        step = [t for t in step if t.pos_ in ("PROPN", "NOUN") and t.i not in seen]
        if not step:
            break
        cur = max(step, key=lambda t: t.i)
        seen.add(cur.i)
        chain.append(cur)
    facility = next(
        (t for t in chain if t.lower_ in facility_nouns or t.lemma_.lower() in facility_nouns),
        None,
    )
    if facility is None:
        return False
    if facility.lower_ in STREET_WORDS or facility.lemma_.lower() in STREET_WORDS:
        return True
    if saint and any(t.lemma_.lower() in _WORSHIP for t in chain):
        return True  # a church named after its saint, not in the town of that name
    # a proper word before the place in the same name: "Pinelake Health and Rehab center"
    return any(t.pos_ == "PROPN" and t.i < head.i - 1 and t.i < first.i for t in chain)


def owns_a_site(head) -> bool:
    """Whether a possessive place owns a site: "Paris' iconic Champs-Elysees boulevard",
    "Cairo's Abbasiya neighbourhood" (not "Turkey's army")."""
    return head.dep_ == "poss" and (
        head.head.lemma_.lower() in SITE_NOUNS or head.head.lower_ in SITE_NOUNS
    )


def glued_to_a_name(ctx: SentenceContext, tp: Toponym) -> bool:
    """ "an Athens-Clarke police officer": a place name joined by a hyphen to a proper word
    that is no place of its own is part of a longer name (not "the Gaza-Israel border")."""
    toks = ctx.tokens_of(tp)
    if not toks:
        return False
    doc = toks[0].doc
    sent = ctx.s.sent
    for dash, word in ((toks[-1].i + 1, toks[-1].i + 2), (toks[0].i - 1, toks[0].i - 2)):
        if not (sent.start <= min(dash, word) and max(dash, word) < sent.end):
            continue
        if doc[dash].text != "-" or doc[word].pos_ != "PROPN":
            continue
        at = ctx.s.char(doc[word])
        if not any(o.start <= at < o.end for o in ctx.toponyms):
            return True
    return False


# "US-led", "Iran-backed", "Kyiv-controlled": a name before these words says who leads, backs
# or holds someone, not where something happened ("Gori-based" still says where one is)
_LED_BY = re.compile(
    r"[-‐–](?:led|backed|brokered|mediated|sponsored|allied|aligned|funded|trained"
    r"|supported|controlled)\b",
    re.IGNORECASE,
)


def led_by(ctx: SentenceContext, tp: Toponym) -> bool:
    """Whether the name is glued to "-led", "-backed", ... ("the US-led coalition")."""
    return _LED_BY.match(ctx.text, tp.end - ctx.s.start) is not None


# "pro-Moscow", "anti-Western": a name glued after these words says whose side, not where
_FOR_A_SIDE = re.compile(r"\b(?:pro|anti)[-‐–]$", re.IGNORECASE)


def for_a_side(ctx: SentenceContext, tp: Toponym) -> bool:
    """Whether the name is glued after "pro-" or "anti-" ("the militants shot at the province's
    pro-Moscow governor", "anti-American protests in Karachi"): the side someone is for or
    against, not where anything happened."""
    return _FOR_A_SIDE.search(ctx.text, 0, tp.start - ctx.s.start) is not None


_UNIT_WORDS = frozenset({"region", "province", "state", "governorate", "oblast", "prefecture"})


def _named_unit_in(ctx: SentenceContext, tp: Toponym) -> bool:
    """Whether the name is a unit's, before its word, put "in" ("in the southwestern
    Volgograd region", "in Nigeria's Delta state")."""
    head = ctx.head_of(tp)
    if head is None or head.dep_ != "compound":
        return False
    unit = head.head
    return unit.lower_ in _UNIT_WORDS and unit.dep_ == "pobj" and unit.head.lower_ in _LOCATIVE


def in_a_bodys_name(ctx: SentenceContext, tp: Toponym) -> bool:
    """Whether the name is a word inside the name of a body the lexicon knows, after its
    start ("the Organization for Security and Co-operation in Europe", "the Islamic State in
    Iraq and the Levant"): the body's name, not where anything happened. A state's own name
    ("the Republic of Iraq") is the state's, and a name that begins with its land ("the
    Donetsk People's Republic") still names that land."""
    if any(m.ref.kind != "state" and m.start < tp.start and tp.end <= m.end for m in ctx.mentions):
        return True
    # a body the lexicon does not know, by the shape of its name ("the Community of Latin
    # American and Caribbean States", "the League of Arab States"): where its members are,
    # not where it meets
    at = tp.start - ctx.s.start
    return any(
        b.start() < at and tp.end - ctx.s.start <= b.end() for b in _A_BODYS_NAME.finditer(ctx.text)
    )


# a body of states by its name: a capitalised body's word, "of", capitalised words (and "and",
# "of", "the"), and a plural of states or nations
_A_BODYS_NAME = re.compile(
    r"\b(?:Community|Organi[sz]ation|Union|League|Association|Council|Conference|Forum"
    r"|Alliance|Federation|Commonwealth|Group|Bank)\s+of\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’-]*,?|and|of|the)\s+)+(?:States|Nations|Countries|Peoples|Republics)\b"
)


# "about 30 miles from Kandahar", "20 km north of Kabul", "a few kilometres away from Goma": a
# town a distance is reckoned from
_RECKONED = re.compile(
    r"\b(?:km|kilometers|kilometres|miles|mi|meters|metres)\s+"
    r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east"
    r"|north-west|south-east|south-west|away|outside)\s+)?(?:from|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_STATE_AFTER = re.compile(r"\s+State\b")


def a_state_read_as_town(ctx: SentenceContext, tp: Toponym) -> bool:
    """Whether the name is the first word of a state's that the geoparser read as the town or
    the country of that name ("Lere, Kaduna State" as Kaduna city, "Tafa ... of Niger State"
    as Niger): the state is meant, which that place is not."""
    c = tp.candidate
    if c is None or c.kind not in ("city", "country"):
        return False
    return _STATE_AFTER.match(ctx.text, tp.end - ctx.s.start) is not None


# "a post of the Afghan army east of Kabul": a bearing with no distance, after the
# word it places; not "in the north of Baghdad", "the far south of Lebanon" (a part of the
# place, so in it), and not after a comma ("in Syria, north of Damascus": _BEARING's case)
_BARE_BEARING = re.compile(
    r"(?P<prev>[^\s,]+)\s+(?:north|south|east|west|northeast|northwest|southeast|southwest"
    r"|north-east|north-west|south-east|south-west)\s+of\s+$",
    re.IGNORECASE,
)
_A_PART_OF = frozenset({"the", "far", "extreme", "deep", "its", "their"})


# a distance or a bearing reckoned from a town named after its role and a comma ("42 miles west
# of the capital, Managua", "south of the provincial capital, Kandahar")
_RECKONED_BY_ROLE = re.compile(
    r"(?:(?P<dist>\b(?:km|kilometers|kilometres|miles|mi|meters|metres)\s+"
    r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east"
    r"|north-west|south-east|south-west|away|outside)\s+)?(?:from|of))"
    r"|(?P<prev>[^\s,]+)\s+(?:north|south|east|west|northeast|northwest|southeast|southwest"
    r"|north-east|north-west|south-east|south-west)\s+of)"
    r"\s+the\s+(?:(?:provincial|regional|state|district|national)\s+)?"
    r"(?:capital|city|town|port)\s*,\s*$",
    re.IGNORECASE,
)


def _reckoned_from_by_role(before: str) -> bool:
    """ "attacked the garrison in Chinandega province, 42 miles west of the capital,
    Managua": the town named after its role is where the distance is reckoned from, as the
    town named alone is ("37 miles north of San Salvador"). Not for a part of the town's land
    ("in the north of the capital, Kabul")."""
    m = _RECKONED_BY_ROLE.search(before)
    return m is not None and (
        m.group("dist") is not None or m.group("prev").lower() not in _A_PART_OF
    )


# the words that set a name apart from the place they describe ("near a different mosque
# from Al-Aqsa", "in a town other than Goma", "in Lagos rather than Abuja")
_SET_APART = re.compile(
    r"(?:\b(?:different|distinct|separate)\s+(?:[\w-]+\s+){0,3}from|\bother\s+than"
    r"|\brather\s+than|\binstead\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def set_apart(ctx: SentenceContext, tp: Toponym) -> bool:
    """Whether the sentence names the place only to say the act was elsewhere ("the shooting
    happened near a different mosque from Al-Aqsa"): that name is where it was not."""
    start = tp.start - ctx.s.start
    return _SET_APART.search(ctx.text[max(0, start - 60) : start]) is not None


_BACKED_BY_FANS = re.compile(
    r"\b(?:fans|supporters|hooligans|ultras)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)


_FANS_AFTER = re.compile(r"^\s+(?:fans|supporters|hooligans|ultras)\b", re.IGNORECASE)


def backed_by_fans(ctx: SentenceContext, tp: Toponym) -> bool:
    """Whether the name is what a crowd backs ("fights between fans of Ajax and fans of
    Feyenoord", "rival Ajax fans", "supporters of Taiwan"): a club, a side or a cause, not
    where they were."""
    start, end = tp.start - ctx.s.start, tp.end - ctx.s.start
    return (
        _BACKED_BY_FANS.search(ctx.text[max(0, start - 40) : start]) is not None
        or _FANS_AFTER.search(ctx.text[end : end + 20]) is not None
    )


def reckoned_from(ctx: SentenceContext, tp: Toponym) -> bool:
    """Whether the name is where a distance or a bearing is reckoned from ("a NATO
    raid some 20 miles from Herat", "a checkpoint east of Kabul"): the event was
    not in that town, and the town says no more than its region or country would."""
    start = tp.start - ctx.s.start
    before = ctx.text[max(0, start - 70) : start]
    if _RECKONED.search(before) is not None or _reckoned_from_by_role(before):
        return True
    m = _BARE_BEARING.search(before)
    return m is not None and m.group("prev").lower() not in _A_PART_OF


def not_where(head, words: dict) -> bool:
    """Whether the place name whose head is the token ``head`` says what something is called
    or where someone is from rather than where an event happened: inside a longer name
    (:func:`in_a_name`), or before or after a person ("a Kansas City man", "Jason Cumby of
    Athens"). ``words`` are the lists of :func:`explorer.extract.events.event_words`."""
    if in_a_name(head, words["facility_nouns"]):
        return True
    if (
        head.dep_ == "compound"
        and head.head.tag_ == "NN"
        and head.head.lemma_.lower() in _ONE_PERSON
    ):
        return True  # "the 48-year-old Kansas City man was fatally stabbed"
    owner = head
    while owner.dep_ == "compound" and owner.head.tag_ == "NNP" and owner.head.i > owner.i:
        owner = owner.head
    if (
        owner is not head
        and owner.dep_ == "compound"
        and owner.head.tag_ == "NN"
        and owner.head.lemma_.lower() in _PARTY_MEN
    ):
        return True  # "Kaduna Labour Party candidate": the party's man there, not where
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        owner = head.head.head
        return (
            owner.ent_type_ == "PERSON"
            or (owner.tag_ == "NN" and owner.lemma_.lower() in _ONE_PERSON)
            or (owner.tag_ == "NNP" and _aged(owner))
        )  # "Jason Jermaine Cumby of Athens", "a woman of Alexandria"
    return False


_SUPPOSING = {"could", "might", "may"}
_DRIVING_OUT = frozenset({"drive", "force", "push", "chase", "displace"})
# the armed, whom a force drives back into a town or a country: no people seeking refuge there
# ("drove the rebels into the old city", "pushed 150 tanks into South Ossetia")
_ARMED = frozenset(
    {
        "rebel",
        "insurgent",
        "militant",
        "fighter",
        "guerrilla",
        "jihadist",
        "separatist",
        "gunman",
        "gunmen",
        "militia",
        "troop",
        "soldier",
        "force",
        "army",
        "tank",
        "unit",
    }
)


def a_refuge(head, words: dict) -> bool:
    """Whether the place name whose head is ``head`` is where people fled or were driven to
    ("sends 5,000 fleeing to Chad", "drove some 5,000 people into Chad"): their refuge,
    not where what drove them out happened."""
    if head.dep_ != "pobj" or head.head.lower_ not in ("into", "to", "across", "toward", "towards"):
        return False
    return a_flight(head.head.head, words, _DRIVING_OUT)


def the_doers_origin(head) -> bool:
    """Whether the place name whose head is ``head`` says where the subject of a verb came
    from ("Ethiopian jets from Addis Ababa bombed Asmara", "Russian troops from Belarus
    attacked"): the doers' home or base, not where they acted."""
    return (
        head.dep_ == "pobj"
        and head.head.lower_ == "from"
        and head.head.head.dep_ == "nsubj"
        and head.head.head.head.pos_ in ("VERB", "AUX")
    )


_SET_OUT = frozenset({"off", "out"})


def a_departure(head) -> bool:
    """Whether the place name whose head is ``head`` is where a craft or a traveller set out
    from ("hijacked the jet twenty minutes after it left Karachi, Pakistan", "departed
    from Jeddah", "when it left Istanbul"): the point of departure, not where what happened
    after it did (a town left in a clause of its own: "Russian troops left Kherson" is news
    of the town)."""
    while head.dep_ == "appos" and head.head.i != head.i:
        head = head.head  # "Istanbul, Turkey"
    if head.dep_ == "dobj" and head.head.lemma_.lower() in ("leave", "depart"):
        verb = head.head
        return verb.dep_ == "advcl" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "after", "before", "as")
            for c in verb.children
        )
    if head.dep_ != "pobj" or head.head.lower_ != "from":
        return False
    verb = head.head.head
    lem = verb.lemma_.lower()
    if lem in ("depart", "fly", "sail"):
        return True
    return lem in ("take", "set") and any(
        c.dep_ == "prt" and c.lower_ in _SET_OUT for c in verb.children
    )


# verbs that take a person somewhere against or beside their will: to a court, a prison,
# a ruler's hands
_TAKING_A_PERSON = frozenset({"bring", "fly", "extradite", "deport", "transfer"})
_PERSON_WORDS = frozenset(
    {"he", "him", "she", "her", "they", "them", "suspect", "prisoner", "detainee", "captive"}
)


def a_person_taken_to(head) -> bool:
    """Whether the place name whose head is ``head`` is where a person was taken ("flew him
    to The Hague for trial", "was extradited to Texas", "bring her to Lisbon to face
    charges"): the end of a prisoner's journey, not where the story's acts happened. Things
    taken there keep the place ("aid was flown to Juba", "sent troops to Kosovo")."""
    if head.dep_ != "pobj" or head.head.lower_ not in ("to", "into"):
        return False
    verb = head.head.head
    if verb.lemma_.lower() not in _TAKING_A_PERSON:
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    taken = [c for c in verb.children if c.dep_ == "dobj"]
    if passive and not taken:
        taken = governing_subjects(verb)
    return any(t.lower_ in _PERSON_WORDS or t.ent_type_ == "PERSON" for t in taken)


def _a_departure_in(ctx: SentenceContext, tp: Toponym) -> bool:
    head = ctx.head_of(tp)
    return head is not None and a_departure(head)


def _a_refuge_in(ctx: SentenceContext, tp: Toponym, words: dict) -> bool:
    """Whether the toponym is named as where people fled or were driven to: the only country a
    story names that way ("Army shelling drove 8,000 villagers into Turkey") is no place of
    what it tells."""
    head = ctx.head_of(tp)
    return head is not None and a_refuge(head, words)


def _the_doers_origin_in(ctx: SentenceContext, tp: Toponym) -> bool:
    head = ctx.head_of(tp)
    return head is not None and the_doers_origin(head)


# the weapons a state strikes with from afar, besides its aircraft, that its name before them
# owns ("US missiles", "Israel rockets")
_STRIKING_ARMS = frozenset({"missile", "rocket", "shell", "warship", "gunship", "artillery"})


def _the_strikers_land(ctx: SentenceContext, tp: Toponym, words: dict) -> bool:
    """ "Tribal elders said US drones struck a compound in North Waziristan": a country's name
    before the aircraft or the weapons that do a verb's deed (its subject, or the agent of a
    passive) says whose they are, as "American drones" would; a state's drones strike abroad
    as often as at home, so the name is no ground of the story. Its soldiers are often at
    home ("Guinea soldiers say president detained"): read as before."""
    head = ctx.head_of(tp)
    if head is None or head.dep_ not in ("compound", "nmod"):
        return False  # "Syrian security forces fired": a people's word, read as before
    doer = head.head
    if doer.lemma_.lower() not in _STRIKING_ARMS | set(words["aircraft_nouns"]):
        return False  # "Guinea soldiers say president detained": men are often at home
    if doer.dep_ == "nsubj":
        return doer.head.pos_ in ("VERB", "AUX")
    return doer.dep_ == "pobj" and doer.head.dep_ == "agent"


def _named_only_as_no_ground(contexts: list[SentenceContext], only: Toponym, words: dict) -> bool:
    """Whether the one land a story names is named only as a party of what it tells, never as
    its ground: whose embassy or envoy (:func:`_whose_envoy`), the other side of ties
    (:func:`_a_partner_in_ties`), a game's opponent or a crowd's side
    (:func:`_a_games_opponent`, :func:`backed_by_fans`), the land before its act told
    abroad (:func:`_a_lands_act_told_abroad`) or its troops striking
    (:func:`_the_troops_land_striking`), or what a water is named for
    (:func:`a_water_named_for`): "Mali's junta expelled France's ambassador
    ... protesters attacked the embassy of France in the capital" is no story set in France."""
    g = _gid(only)
    mentions = [
        (c, tp)
        for c in contexts
        for tp in c.toponyms
        if _gid(tp) == g and not tp.metonymic and not _is_demonym(c, tp) and not _acts(c, tp)
    ]
    return bool(mentions) and all(
        _whose_envoy(c, tp)
        or _a_partner_in_ties(c, tp)
        or _a_games_opponent(c, tp, words)
        or backed_by_fans(c, tp)
        or _a_lands_act_told_abroad(c, tp)
        or _the_troops_land_striking(c, tp)
        or a_water_named_for(c, tp)
        for c, tp in mentions
    )


# a water named "of" the land or region it lies off ("the Straits of Florida", "the Gulf of Guinea")
_WATER_OF = re.compile(r"\b(?:Straits?|Gulf|Bay|Sea|Channel|Sound|Bight)\s+of\s+(?:the\s+)?$")


def a_water_named_for(ctx: SentenceContext, tp: Toponym) -> bool:
    """ "Cuban border guards fired on a raft in the Straits of Florida", "Pirates attacked a
    tanker in the Gulf of Guinea": a land, a region or a town named after a water's word and
    "of" names the water, which lies between or off lands; what happens there is at sea, not in
    the land ("off the coast of Somalia" is its waters and stays; a sea the gazetteer holds
    by its whole name is read whole, never cut here)."""
    c = tp.candidate
    if c is None or c.kind in ("sea", "route"):
        return False
    start = tp.start - ctx.s.start
    return _WATER_OF.search(ctx.text[max(0, start - 20) : start]) is not None


# a state's men sent to fight, abroad as often as at home (its "army" and "police" stay home)
_TROOP_NOUNS = frozenset({"troop", "force", "soldier", "marine", "commando", "paratrooper"})
# the verbs of force such men strike with
_FORCE_VERBS = frozenset(
    {"attack", "raid", "strike", "bomb", "shell", "fire", "kill", "ambush", "storm", "pound"}
)


def _the_troops_land_striking(ctx: SentenceContext, tp: Toponym) -> bool:
    """ "US troops attacked insurgents near a mosque on Monday, killing 12": a land's name
    before the troops or forces that are the subject of a verb of force says whose men they
    are; a state's troops strike abroad as often as at home, so the name alone is no ground
    of the story. Its soldiers taking power ("Guinea soldiers detained the president") and
    its army ("Pakistan army attacks militant hideouts") are read as before."""
    head = ctx.head_of(tp)
    if head is None or head.dep_ not in ("compound", "nmod"):
        return False
    men = head.head
    return (
        men.lemma_.lower() in _TROOP_NOUNS
        and men.dep_ == "nsubj"
        and men.head.lemma_.lower() in _FORCE_VERBS
        and not _striking_a_party_at_home(ctx, men.head, tp)
    )


def _striking_a_party_at_home(ctx: SentenceContext, verb, tp: Toponym) -> bool:
    """Whether the armed party ``verb`` strikes makes its home, or fights its war, in the land
    ``tp`` whose troops strike it ("Nigeria troops attacked Boko Haram camps in the Sambisa
    forest": Boko Haram's home is Nigeria, so its troops fight at home and the land is the
    story's ground); "US troops attacked insurgents" names no such party and stays no ground
    (review79)."""
    own = tp.candidate.country if tp.candidate is not None else ""
    if not own:
        return False
    for o in (c for c in verb.children if c.dep_ == "dobj"):
        for t in o.subtree:
            m = ctx.mention(t)
            if m is None or m.ref.kind != "party":
                continue
            lands = set(m.ref.homes)
            for th in m.ref.theatres:
                if (d := ctx.lex.theatres.get(th)) is not None:
                    lands |= set(d.countries)
            if own in lands:
                return True
    return False


# the nouns of a land's envoys and missions abroad: a land after "of" on them says whose they are
_ENVOY_NOUNS = frozenset(
    {"embassy", "consulate", "ambassador", "envoy", "legation", "consul", "diplomat", "attache"}
)
# the nouns of a state's ties with another: a land after "with" on them is the other party
_TIES_NOUNS = frozenset({"relation", "tie"})


def _whose_envoy(ctx: SentenceContext, tp: Toponym) -> bool:
    """ "protesters attacked the embassy of France in the capital", in a story of Mali's junta
    expelling France's ambassador: a land named after "of" on an embassy's or an envoy's noun
    is whose mission it is; an embassy stands in the land it serves in, never in its own."""
    head = ctx.head_of(tp)
    return (
        head is not None
        and head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.lemma_.lower() in _ENVOY_NOUNS
    )


def _a_partner_in_ties(ctx: SentenceContext, tp: Toponym) -> bool:
    """ "as relations with France collapsed": a land after "with" on a state's relations or
    ties is the other party of its diplomacy, not the ground of what the story tells."""
    head = ctx.head_of(tp)
    return (
        head is not None
        and head.dep_ == "pobj"
        and head.head.lower_ == "with"
        and head.head.head.lemma_.lower() in _TIES_NOUNS
    )


def _a_games_opponent(ctx: SentenceContext, tp: Toponym, words: dict) -> bool:
    """ "Fans clashed before the match against Russia on Friday", in a story from Warsaw: a
    land after "against" on a game's noun is the side played, a team, not where it was."""
    head = ctx.head_of(tp)
    return (
        head is not None
        and head.dep_ == "pobj"
        and head.head.lower_ == "against"
        and head.head.head.lemma_.lower() in words["sport_words"]
    )


# the nouns of settled ground a people's word before them puts in its land ("in Afghan village")
_SETTLED_NOUNS = frozenset(
    {"capital", "city", "district", "province", "town", "village", "suburb", "island"}
)


def _a_lands_act_told_abroad(ctx: SentenceContext, tp: Toponym) -> bool:
    """ "US market bombing kills 12 in Afghan village": a land's name before a noun (its
    act's, its men's), in a sentence that puts what it tells "in", "at", "near" or "outside"
    a place of another land (a town by its name, or a town, village or capital by its
    people's word), says who did it, not where; "Israel bus bombing kills 16 in Jerusalem"
    and "Nigeria army attacks camps near Cameroonian border" (a border is no settled ground)
    keep their land."""
    head = ctx.head_of(tp)
    own = tp.candidate.country if tp.candidate is not None else ""
    if head is None or head.dep_ != "compound" or head.head.pos_ not in ("NOUN", "PROPN"):
        return False
    lands: set[str] = set()
    for other in ctx.toponyms:
        t = ctx.head_of(other)
        c = other.candidate
        if t is None or c is None or not c.country or _is_demonym(ctx, other):
            continue  # a people's word counts below, on settled ground only
        if _put_in(t):
            lands.add(c.country)
    for t in ctx.s.sent:
        m = ctx.mention(t)
        if (
            m is not None
            and m.ref.form == "demonym"
            and m.ref.kind == "state"
            and m.ref.code
            and t.dep_ == "amod"
            and t.head.lemma_.lower() in _SETTLED_NOUNS
            and _put_in(t.head)
        ):
            lands.add(m.ref.code)
    return bool(own) and bool(lands - {own})


def _put_in(tok) -> bool:
    """Whether ``tok`` stands in a phrase put "in", "at", "near" or "outside" ("in Fallujah",
    "in Afghan village", "in the Syrian town of Ariha")."""
    return put_in_a_place(tok, _PUT_IN_THROUGH)


_PUT_IN_THROUGH = frozenset({"compound", "amod", "pobj", "appos"})


# the nouns a writer introduces a story's land with ("in the Central American nation of Belize")
_NATION_NOUNS = frozenset({"nation", "country", "republic", "kingdom", "emirate", "sultanate"})


def _the_land_introduced(contexts: list[SentenceContext]) -> Toponym | None:
    """ "Dozens of officers in the Central American nation of Belize staged a mutiny ...
    over pay for serving as peacekeepers in Haiti": the one land a story's first sentences put
    something "in" as "the nation of", "the country of" is how a writer introduces the
    story's land, however often another land is named as where its people once served.
    Not a land one comes "from" or goes "to", nor one born in."""
    found: dict[str, Toponym] = {}
    for ctx in contexts[:3]:
        for tp in ctx.toponyms:
            head = ctx.head_of(tp)
            c = tp.candidate
            if head is None or c is None or c.kind != "country" or tp.metonymic:
                continue
            if head.dep_ != "pobj" or head.head.lower_ != "of":
                continue
            nation = head.head.head
            if nation.lemma_.lower() not in _NATION_NOUNS or nation.dep_ != "pobj":
                continue
            prep = nation.head
            if prep.lower_ not in ("in", "inside", "across", "throughout"):
                continue
            if prep.head.lemma_.lower() in ("bear", "raise", "grow"):
                continue  # "Born in the Caribbean nation of Haiti": whose origin
            found.setdefault(c.country or "", tp)
    return next(iter(found.values())) if len(found) == 1 else None


def a_flight(verb, words: dict, driving: frozenset[str]) -> bool:
    """Whether ``verb`` tells of people fleeing, or driven (a verb of ``driving``) from their
    homes, so that where to is their refuge. Not a flight told of whom it brought there
    ("shelled refugees who had fled to Tuzla": they are in Tuzla when shelled), nor the armed
    driven back ("drove the rebels into the old city of Homs and shelled them there")."""
    lem = verb.lemma_.lower()
    if lem in words["fled_verbs"]:
        return not (verb.dep_ == "relcl" and verb.tag_ in ("VBD", "VBN"))
    if lem not in driving:
        return False
    objs = [o for o in verb.children if o.dep_ == "dobj"]
    return any(o.tag_ == "NNS" or o.pos_ == "NUM" for o in objs) and not any(
        o.lemma_.lower() in _ARMED for o in objs
    )


def only_supposed_or_recalled(head) -> bool:
    """Whether a place is named only in a clause that supposes ("analysts warned that copycat
    gunmen in Canada might cause similar harm") or in history recalled with its
    year ("recalled the Mogadishu raid of 1977, when German commandos in Somalia rescued the
    hostages"): someone's reaction or a precedent, not where the story's events happen."""
    for a in head.ancestors:
        if a.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "aux" and c.lower_ in _SUPPOSING for c in a.children):
            return True
        if (
            a.dep_ == "relcl"
            and any(c.dep_ == "advmod" and c.lower_ == "when" for c in a.children)
            and re.fullmatch(r"(?:1[89]|20)\d\d", a.head.text)
        ):
            return True
    return False


def _supposed_or_recalled_in(ctx: SentenceContext, tp: Toponym) -> bool:
    head = ctx.head_of(tp)
    return head is not None and only_supposed_or_recalled(head)


def a_quarter(tp: Toponym) -> bool:
    """ "in North Side shooting", "The North East Texas Regional Water Planning Group": a name
    made of compass words alone (and "side", "end") is a part of the story's town or region,
    which the gazetteer reads as some town of that name far away."""
    words = re.findall(r"[a-z]+", tp.name.lower())
    return bool(words) and all(w in _COMPASS or w in _QUARTER_NOUNS for w in words)


def _aged(name) -> bool:
    """ "29-year-old Jason Jermaine Cumby", "Cumby, 29,": a name given an age is a person's,
    even when the parser took it for an organisation's."""
    if any(c.dep_ == "amod" and c.lower_ == "old" for c in name.children):
        return True
    after = name.doc[name.i + 1 : name.i + 4]
    return len(after) == 3 and after[0].text == "," and after[1].like_num and after[2].text == ","


# a country's shore or sea: "off the coast of Somalia", "in the waters of Yemen" say where
_SHORE_NOUNS = {"coast", "coastline", "coasts", "shore", "shores", "waters"}


def _of_a_shore(prep) -> bool:
    """ "of" after a shore's noun ("off the coast of Somalia"): the country is where it was."""
    return prep.lower_ == "of" and prep.head.lemma_.lower() in _SHORE_NOUNS


def _usable(ctx: SentenceContext, words: dict) -> list[_Usable]:
    """Literal place mentions of a sentence: not a government ("Ankara said"), not a people
    ("Turkish"), not an owner ("Turkey's army")."""
    out = []
    for tp in ctx.toponyms:
        c = tp.candidate
        if c is None or tp.metonymic or c.gazetteer_id in _CONTINENTS:
            continue
        head = ctx.head_of(tp)
        if head is None:
            continue
        m = ctx.mention(head)
        if m is not None and m.ref.form == "demonym":
            continue
        if (head.dep_ == "poss" and not owns_a_site(head)) or (
            head.dep_ == "amod" or (head.dep_ == "compound" and c.kind == "country")
        ):
            continue  # "Turkey's army" says whose; "Paris' Champs-Elysees boulevard" says where
        if not_where(head, words) or glued_to_a_name(ctx, tp) or a_quarter(tp):
            continue  # "near Briarcliff Road", "a Kansas City man", "Athens-Clarke police"
        if led_by(ctx, tp) or reckoned_from(ctx, tp) or a_state_read_as_town(ctx, tp):
            continue  # "the US-led coalition": who leads it; "30 miles from Kandahar"
        if in_a_bodys_name(ctx, tp):
            continue  # "the Islamic State in Iraq and the Levant": a body's name
        if backed_by_fans(ctx, tp):
            continue  # "fights between fans of Vasco": a club, not where
        if only_supposed_or_recalled(head):
            continue  # "gunmen in Canada might cause similar harm"
        if a_refuge(head, words):
            continue  # "Sudanese fighting sends 5,000 fleeing to Chad": where they went
        if a_departure(head):
            continue  # "after it left Karachi": where the plane set out from
        if a_person_taken_to(head):
            continue  # "was extradited to Texas": where a prisoner was taken
        if head.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") and (
            c.kind == "country" or (m is not None and m.ref.form == "metonym")
        ):
            continue  # "Turkey has suffered", "allow Moscow to": an actor
        prep = head.head if head.dep_ == "pobj" else None
        locative = prep is not None and (prep.lower_ in _LOCATIVE or _of_a_shore(prep))
        if m is not None and m.ref.form == "metonym" and not locative:
            continue  # "contacts with Moscow": its government
        out.append(_Usable(ctx.s.index, tp, locative))
    return out


# what a name before them, or "on" it after talks, says a story is about, not where it is
_DISPUTE_NOUNS = {"conflict", "dispute", "issue", "question", "problem", "settlement"}
_TALK_NOUNS = {"talk", "negotiation", "consultation", "dialogue", "deal", "agreement"}


def _a_topic(contexts: list[SentenceContext], u: _Usable) -> bool:
    """Whether a place is named as what a conflict or talks are about ("the Western Sahara
    conflict", "talks on Western Sahara"): a story's topic, which counts for nothing in
    which place the article names most."""
    ctx = next((c for c in contexts if c.s.index == u.sentence), None)
    head = ctx.head_of(u.toponym) if ctx is not None else None
    if head is None:
        return False
    if head.dep_ in ("compound", "nmod") and head.head.lemma_.lower() in _DISPUTE_NOUNS:
        return True
    prep = head.head
    return (
        head.dep_ == "pobj"
        and prep.lower_ in ("on", "over")
        and prep.head.lemma_.lower() in _TALK_NOUNS | _DISPUTE_NOUNS
    )


def _dateline(text: str) -> tuple[int, int] | None:
    """(start, end) of a dateline ("BAGHDAD —", "JAKARTA, Indonesia -", "ABUJA (Reuters) -")
    opening the text or the paragraph after its headline."""
    starts = [0]
    brk = text.find("\n\n", 0, 300)
    if brk > 0:
        starts.append(brk + 2)
    for start in starts:
        while start < len(text) and text[start].isspace():
            start += 1
        cut = _DATELINE_END.search(text, start, start + 120)
        if cut is not None and len(text[start : cut.start() + 1].split()) <= 8:
            return start, cut.end()
    return None


def dateline_span(text: str) -> tuple[int, int] | None:
    """(start, end) of the text's dateline, or None."""
    return _dateline(text)


def dateline_end(text: str) -> int:
    """Where a dateline ends (0 when the text has none)."""
    found = _dateline(text)
    return found[1] if found else 0


_UNKNOWN_SETTLEMENT = re.compile(r"\b([A-Z][a-z'’-]+)\s+(?:village|town|hamlet|settlement)\b")


def _the_ledes_region(contexts: list[SentenceContext], dateline: Toponym) -> Toponym | None:
    """The region (of the dateline's country) that the sentence holding the dateline names
    beside a village or town of its own that no toponym covers ("Kenemote village in the
    Eastern Highlands Province"); None when it names no such village, or not one region."""
    c = dateline.candidate
    if c is None:
        return None
    for ctx in contexts:
        if not ctx.s.start <= dateline.start < ctx.s.end:
            continue
        covered = [(t.start, t.end) for t in ctx.toponyms]
        villages = [
            m
            for m in _UNKNOWN_SETTLEMENT.finditer(ctx.text)
            if not any(s <= ctx.s.start + m.start(1) < e for s, e in covered)
        ]
        regions = {
            t.candidate.gazetteer_id: t
            for t in ctx.toponyms
            if t.candidate is not None
            and t.candidate.kind == "region"
            and t.candidate.country == c.country
            and t.start > dateline.end
        }
        if villages and len(regions) == 1:
            return next(iter(regions.values()))
        return None
    return None


# nouns of a settlement or a unit whose "of" names it ("the eastern town of Bunia")
_SETTLEMENT_OF = frozenset({"town", "city", "village", "province", "district", "region", "county"})


def _the_ledes_own_place(
    contexts: list[SentenceContext],
    dateline: Toponym,
    everything: list[_Usable],
    span: tuple[int, int] | None,
) -> Toponym | None:
    """The one town or region of the dateline's country, other than the dateline's, that the
    sentence holding the dateline puts its news in ("in Afghanistan's northern Baghlan
    province", "attacked the eastern town of Bunia"): the dateline is where the
    reporter is, the lede says where the story is; the story's later acts that name no place
    are there. None when the lede names no such place, or two."""
    c = dateline.candidate
    if c is None or span is None:
        return None
    ledes = [x for x in contexts if x.s.start <= span[1] < x.s.end] or [
        x for x in contexts if x.s.start >= span[1]
    ][:1]  # a dateline read as a unit of its own: its lede is the sentence after it
    by_index = {x.s.index: x for x in ledes}
    found: dict[str, Toponym] = {}
    for u in everything:
        cand = u.toponym.candidate
        lede = by_index.get(u.sentence)
        if lede is None or cand is None or u.toponym.start < span[1]:
            continue
        if cand.kind == "country" or _gid(u.toponym) == c.gazetteer_id:
            continue
        head = lede.head_of(u.toponym)
        named_of = head is not None and (
            (
                head.dep_ == "pobj"
                and head.head.lower_ == "of"
                and head.head.head.lemma_.lower() in _SETTLEMENT_OF
            )
            or (  # "in Afghanistan's northern Baghlan province"
                head.dep_ in ("compound", "nmod")
                and head.head.lemma_.lower() in _SETTLEMENT_OF
                and head.head.dep_ == "pobj"
                and head.head.head.lower_ in _LOCATIVE
            )
        )
        if (
            cand.country != c.country
            or not (u.locative or named_of)
            or _a_topic(contexts, u)
            or not _on_an_act(head)
            or _a_call_of(head, lede)
        ):
            return None
        found.setdefault(_gid(u.toponym), u.toponym)
    return next(iter(found.values())) if len(found) == 1 else None


def _the_act_answered_abroad(
    contexts: list[SentenceContext],
    dateline: Toponym,
    everything: list[_Usable],
    span: tuple[int, int] | None,
    words: dict,
) -> Toponym | None:
    """The one town or region of another country than the dateline's that the lede puts the
    act it answers in, when the lede's verb is a reaction ("LIMA - Peru condemned the
    assassination of Spain's ambassador, who was shot ... at a concert hall in Quito"): the
    dateline is where the answer was given, the act was done in Quito, and so were the story's
    later tellings of it that name no place. None when the lede answers nothing, puts the act
    in no such place, or in two."""
    c = dateline.candidate
    if c is None or span is None:
        return None
    answered, lede = [], None
    for x in contexts:
        if x.s.start <= span[1] < x.s.end:  # a dateline read as a unit of its own, and its lede
            answered = [
                t
                for t in x.s.sent
                if t.dep_ == "dobj"
                and t.head.dep_ == "ROOT"
                and t.head.lemma_.lower() in words["reactions"]
            ]
            lede = x
            if answered:
                break
    answered = [t for t in answered if not _words_or_a_decision(t)]
    if not answered or lede is None:
        return None
    found: dict[str, Toponym] = {}
    for u in everything:
        cand = u.toponym.candidate
        if u.sentence != lede.s.index or cand is None or u.toponym.start < span[1]:
            continue
        head = lede.head_of(u.toponym)
        if head is None or not any(a.i == answered[0].i for a in head.ancestors):
            continue  # "condemned in Geneva the attack": where it answered, not the act
        if u.locative and cand.kind != "country":
            found.setdefault(_gid(u.toponym), u.toponym)
    places = list(found.values())
    if len(places) != 1 or places[0].candidate is None:
        return None
    return places[0] if places[0].candidate.country not in ("", c.country) else None


# what a state says, passes or decides, which another answers from afar: no act done where it was
_SAID_OR_DECIDED = frozenset(
    {
        "speech",
        "remark",
        "comment",
        "statement",
        "address",
        "interview",
        "law",
        "bill",
        "decree",
        "decision",
        "ruling",
        "verdict",
        "sentence",
        "vote",
        "referendum",
        "election",
        "result",
        "announcement",
        "policy",
        "plan",
        "resolution",
    }
)


def _words_or_a_decision(noun) -> bool:
    """Whether the thing a lede's reaction answers is words said or a decision taken ("MOSCOW
    - The Soviet Union denounced the speech the American president gave in Orlando": the speech
    is no act done in Orlando, so the story's later acts stay at the dateline), not an act of
    force ("condemned the assassination of Russia's ambassador ... in Ankara") (review79)."""
    return noun.lemma_.lower() in _SAID_OR_DECIDED


# the types of a call, a talk or a deal: a lede that tells one in a town puts its guests there,
# not the story's later acts
_CALL_TYPES = ("meeting", "visit", "summit", "phone_call", "agreement")


def _a_call_of(head, lede: SentenceContext) -> bool:
    """Whether the verb the place word ``head`` hangs on is a meeting's or a visit's (the
    events lexicon's verbs of ``_CALL_TYPES``): "The president met governors in the northern
    city of Kano", "Ghani visited the western city of Herat" put the guests there; "Boko Haram
    gunmen killed 12 people", told next, names no place (not "attacked the eastern town of
    Bunia")."""
    node = head
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    if node.pos_ not in ("VERB", "AUX"):
        return False
    types = lede.lex.events
    lemma = node.lemma_.lower()
    objects = {c.lemma_.lower() for c in node.children if c.dep_ == "dobj"}
    return any(
        v.get("lemma") == lemma
        # "held talks in Kano" is a meeting; "held the northern town of Kidal" is none
        and (not v.get("object_any") or bool(objects & {w.lower() for w in v["object_any"]}))
        for t in _CALL_TYPES
        for v in types.get(t, {}).get("verbs", ())
    )


def _on_an_act(head) -> bool:
    """Whether the place word ``head`` says where a verb's act was done: its phrase hangs on
    a verb or on the verb's object ("destroyed several power pylons in Baghlan province",
    "attacked the eastern town of Bunia"), not on a noun that only describes someone
    ("The owner of the track in Nitro wants to build a hotel": the track's town, not the
    news's)."""
    node = head
    for _ in range(4):
        if node is None or node.head.i == node.i:
            return False
        if node.dep_ in ("pobj", "compound", "nmod", "amod", "poss") or node.pos_ == "ADP":
            node = node.head
            continue
        break
    if node.pos_ in ("VERB", "AUX"):
        return True
    return node.dep_ == "dobj" and node.head.pos_ == "VERB"


def _dateline_toponym(text: str, first: list[Toponym]) -> Toponym | None:
    """The place of a dateline ("BAGHDAD —", "JAKARTA, Indonesia -", "ABUJA (Reuters) -")."""
    found = _dateline(text)
    if found is None:
        return None
    inside = [
        tp
        for tp in first
        if found[0] <= tp.start and tp.end <= found[1] and tp.candidate is not None
    ]
    if not inside:
        return None
    inside.sort(
        key=lambda tp: (tp.candidate is not None and tp.candidate.kind == "country", tp.start)
    )
    return inside[0]


def place_context(doc: Document, contexts: list[SentenceContext], words: dict) -> PlaceContext:
    """Where a document's events happen when their sentence does not say: its places by
    paragraph and the article's main place. ``words``: the events lexicon's word lists (which
    say what a name is called after, :func:`not_where`)."""
    pc = PlaceContext()
    everything: list[_Usable] = []
    for ctx in contexts:
        found = _usable(ctx, words)
        pc.by_sentence[ctx.s.index] = found
        pc.by_paragraph.setdefault(ctx.s.paragraph, []).extend(found)
        everything.extend(found)
    first = [tp for c in contexts[:3] for tp in c.toponyms]
    dateline = _dateline_toponym(doc.text, first)
    if dateline is not None and (
        _told_elsewhere(dateline, everything)
        or _filed_from(dateline, doc.text, contexts, everything)
    ):
        dateline = None  # "NAIROBI —" over a story about Mogadishu: where it was filed
    counts: dict[str, int] = {}
    sample: dict[str, Toponym] = {}
    for u in everything:
        if u.toponym.candidate is None or u.toponym.candidate.kind == "country":
            continue
        if _a_topic(contexts, u):
            continue  # "talks on Western Sahara", "the Western Sahara conflict"
        g = _gid(u.toponym)
        counts[g] = counts.get(g, 0) + 1
        sample.setdefault(g, u.toponym)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    dominant = None
    total = sum(counts.values())
    if (
        ranked
        and ranked[0][1] >= 2
        and 2 * ranked[0][1] >= total
        and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1])
    ):
        dominant = sample[ranked[0][0]]
    label = _headline_label(doc.text, first)
    if dominant is not None:
        pc.article = dominant
    elif dateline is not None:
        # "GOROKA, Papua New Guinea - Only burnt foundations remain of ... Kenemote village in
        # the mountainous Eastern Highlands Province": the lede's own village, which the
        # gazetteer lacks, lies in the region it names, not in the dateline's town
        pc.article = (
            _the_ledes_region(contexts, dateline)
            or _the_ledes_own_place(contexts, dateline, everything, _dateline(doc.text))
            or _the_act_answered_abroad(contexts, dateline, everything, _dateline(doc.text), words)
            or dateline
        )
        pc.dateline = dateline
    elif label is not None and not _told_elsewhere(label, everything):
        pc.article = label
    else:
        ccounts: dict[str, int] = {}
        csample: dict[str, Toponym] = {}
        for u in everything:
            if u.locative and u.toponym.candidate and u.toponym.candidate.kind == "country":
                g = _gid(u.toponym)
                ccounts[g] = ccounts.get(g, 0) + 1
                csample.setdefault(g, u.toponym)
        cr = sorted(ccounts.items(), key=lambda kv: -kv[1])
        named = {
            _gid(tp): tp
            for c in contexts
            for tp in c.toponyms
            if tp.candidate is not None
            and tp.candidate.kind == "country"
            and not tp.metonymic
            and not _is_demonym(c, tp)
            and not _acts(c, tp)
            and not led_by(c, tp)
            and not a_state_read_as_town(c, tp)
            and not _supposed_or_recalled_in(c, tp)
            and not _a_refuge_in(c, tp, words)
            and not _the_doers_origin_in(c, tp)
            and not _the_strikers_land(c, tp, words)
            and not _a_departure_in(c, tp)
        }
        introduced = _the_land_introduced(contexts)
        if introduced is not None:
            pc.article = introduced  # "in the Central American nation of Belize"
        elif cr and cr[0][1] >= 2 and (len(cr) == 1 or cr[0][1] >= 2 * cr[1][1]):
            pc.article = csample[cr[0][0]]
        elif len(named) == 1:
            only = next(iter(named.values()))  # the only country the article names
            if not _a_town_elsewhere(only, everything) and not _named_only_as_no_ground(
                contexts, only, words
            ):
                pc.article = only
        if pc.article is not None and _told_elsewhere(pc.article, everything):
            pc.article = None  # "a school shooting in Germany" told beside towns of Alabama
    return pc


def _headline_label(text: str, first: list[Toponym]) -> Toponym | None:
    """The country a headline opens with as its label ("Yemen: Saudi air raids kill farmers
    and herders"): the story's country, as a dateline's would be."""
    lead = len(text) - len(text.lstrip())
    for tp in first:
        c = tp.candidate
        if (
            tp.start == lead
            and c is not None
            and c.kind == "country"
            and not tp.metonymic
            and text[tp.end : tp.end + 1] == ":"
        ):
            return tp
    return None


def _filed_from(
    tp: Toponym, text: str, contexts: list[SentenceContext], everything: list[_Usable]
) -> bool:
    """Whether a dateline only says where the story was filed: its country is named nowhere
    else (no town, no people, no state of it), and the sentence it opens puts something "in"
    another country ("PESHAWAR, Pakistan - America's air campaign in Afghanistan ...": the
    strikes the story tells of are no Pakistani town's). A story that names another country
    only later ("The bomber had trained in Pakistan") keeps its dateline."""
    own = tp.candidate.country if tp.candidate is not None else None
    span = _dateline(text)
    if not own or span is None:
        return False
    span = (tp.start, span[1])  # a headline before it is no part of it
    lede = {c.s.index for c in contexts if c.s.start <= span[1] < c.s.end}
    if not lede:  # a dateline read as a unit of its own: its lede is the sentence after it
        lede = {next((c.s.index for c in contexts if c.s.start >= span[1]), -1)}
    outside = [
        t
        for c in contexts
        for t in c.toponyms
        if t.candidate is not None and not (span[0] <= t.start and t.end <= span[1])
    ]
    if any(t.candidate is not None and t.candidate.country == own for t in outside):
        return False
    return any(
        u.locative
        and u.sentence in lede
        and u.toponym.candidate is not None
        and u.toponym.candidate.kind == "country"
        and u.toponym.candidate.country not in ("", own)
        and not (span[0] <= u.toponym.start and u.toponym.end <= span[1])
        for u in everything
    )


def _a_town_elsewhere(tp: Toponym, everything: list[_Usable]) -> bool:
    """Whether the article names a town or region in another country than ``tp``, the one
    country it names: "The ninth ASEAN forum closed in Hanoi ... The following forum takes
    place in Brunei" is no story about Brunei."""
    own = tp.candidate.country if tp.candidate is not None else None
    return bool(own) and any(
        u.toponym.candidate is not None
        and u.toponym.candidate.kind != "country"
        and u.toponym.candidate.country
        and u.toponym.candidate.country != own
        for u in everything
    )


def _told_elsewhere(tp: Toponym, everything: list[_Usable]) -> bool:
    """Whether the towns and regions an article names (the dateline's aside) lie mostly in
    another country than ``tp``: a story filed in Nairobi about Mogadishu and Kismayo, or one about
    a shooting in North Carolina that names a country only for another shooting."""
    own = tp.candidate.country if tp.candidate is not None else None
    if not own:
        return False
    by_country: dict[str, int] = {}
    for u in everything:
        c = u.toponym.candidate
        if c is None or c.kind == "country" or not c.country or u.toponym.start == tp.start:
            continue
        by_country[c.country] = by_country.get(c.country, 0) + 1
    home = by_country.get(own, 0)
    return any(n >= 2 and n > 2 * home for code, n in by_country.items() if code != own)
