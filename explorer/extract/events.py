"""Events (meetings, visits, strikes, bombings, protests, deals, ...) from trigger lexicons and
the dependency parse: what happened, who did it, to whom, where and when.

Per sentence (:class:`EventRules`): a trigger word of ``geodata/lexicons/events.json`` makes an
event mention; its roles come from the trigger's own arguments (the subject acts, the object or
"on X" is struck), its place and date only from its own clause, so that a year that dates
another clause of the sentence never dates it. Wishes, threats, conditions and denials ("called
for talks", "if they attack", "did not attend") make no event; "will meet" makes a planned one.
:mod:`explorer.extract.core` then places the mentions the sentence leaves unplaced (paragraph,
then article, :mod:`explorer.extract.focus`) and joins the mentions of one event
(:mod:`explorer.extract.merge`).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from typing import Any

from explorer.corpus.dates import TIME_ZONES
from explorer.corpus.outlets import AGENCIES
from explorer.extract.actors import REBEL_ARMY_WORDS, regional_name
from explorer.extract.context import SentenceContext
from explorer.extract.dates import (
    DateMention,
    dateline_date,
    dateline_date_at,
    find_dates,
    month_named,
    number_of,
    of_the_day_before,
    times_told,
    year_told,
)
from explorer.extract.focus import (
    SITE_NOUNS,
    STREET_WORDS,
    PlaceContext,
    a_quarter,
    a_state_read_as_town,
    dateline_end,
    glued_to_a_name,
    led_by,
    not_where,
    owns_a_site,
    place_context,
    reckoned_from,
)
from explorer.extract.mentions import Mention
from explorer.extract.merge import PlaceRef, event_title, family_winner, merge_events
from explorer.extract.syntax import (
    PERSPRON,
    RELPRON,
    children,
    governing_subjects,
    subject_after_a_time,
    when_clause,
    with_conjuncts,
)
from explorer.ids import event_id
from explorer.model import Candidate, Document, Event, Evidence, Toponym, place_id_for
from explorer.paths import geodata_dir

_KIND_RANK = {"site": 0, "city": 0, "route": 1, "area": 1, "region": 1, "sea": 1, "country": 2}
# nouns that stand for a place named before ("in the province"), with the kinds of place
# each may stand for; not "the capital", which stands for a city the text need not name
_REGION_KINDS = frozenset({"region", "area"})
_PLACE_NOUN_KINDS = {
    **dict.fromkeys(
        ("province", "region", "state", "county", "district", "territory", "peninsula"),
        _REGION_KINDS,
    ),
    **dict.fromkeys(("island", "enclave"), _REGION_KINDS | {"city"}),
    **dict.fromkeys(("city", "town", "village"), frozenset({"city"})),
    **dict.fromkeys(("country", "nation"), frozenset({"country"})),
}
_PLACE_NOUN_PREPS = ("in", "near", "across", "throughout", "inside", "outside", "around", "into")
_PLACE_PREPS = {
    "in",
    "near",
    "at",
    "to",
    "into",
    "over",
    "on",
    "outside",
    "around",
    "inside",
    "across",
    "from",
    "off",
    "throughout",
}
# sending or moving people, whose "from" in a clause of a noun says where they came from
_SENT_VERBS = {"send", "dispatch", "fly", "bring", "rush", "move", "transfer", "drive", "airlift"}
# firing a missile, whose "from" in a clause of a noun says where it was fired from
_LAUNCH_VERBS = {"fire", "launch"}
# a place after these says with whom, for what or against whom, not where
_NOT_WHERE_PREPS = {"with", "for", "against", "about", "like", "than", "despite", "versus"}
_COUNTRY_PREPS = {"in", "into", "to", "inside", "across", "near", "over", "throughout"}
# verbs whose object or subject noun is the event itself: "launched an attack", "held talks"
_LIGHT_VERBS = {
    "hold",
    "have",
    "carry",
    "conduct",
    "launch",
    "make",
    "sign",
    "reach",
    "pay",
    "stage",
    "stag",  # the lemmatiser's reading of "staged" ("staged a bloodless coup")
    "mount",
    "impose",
    "broker",
    "attend",
    "host",
    "seal",
    "conclude",
    "win",
    "agree",
    "intensify",
    "place",
    "announce",
    "begin",
    "start",
    "order",
    "perform",
    "undertake",
    "complete",
    "hit",
    "claim",
    "declare",
    "step",
    "mediate",
    "organize",
    "organise",
    "join",
    "detonate",
    "plant",
    "resume",
    "open",
    "fight",
    "go",
    "take",
    "deliver",
    "talk",
    "discuss",
    "speak",
}
# the subject of these verbs is what the event was done to: "came under attack"
_UNDERGO = {"come", "suffer", "face", "endure", "sustain", "survive"}
# nouns of taking part in an event ("a role in the talks")
_PART_NOUNS = frozenset({"role", "part", "participation", "involvement", "seat"})
_POSSESSIVE_END = re.compile(r"\s*['’]s?$")
# events that harm whom they are done to, and the offices whose holder, named by his state
# ("shot Russia's ambassador"), is the one harmed, not the state
_HARM_TYPES = frozenset({"attack", "bombing", "kidnapping", "air_strike", "bombardment"})
_HARMED_OFFICES = frozenset(
    {
        "ambassador",
        "envoy",
        "diplomat",
        "consul",
        "attache",
        "minister",
        "governor",
        "mayor",
        "senator",
        "lawmaker",
        "legislator",
        "judge",
        "prosecutor",
        "spokesman",
        "spokeswoman",
    }
)
# talks whose plural counted is a sum of several ("held 11 bilateral meetings")
_TALK_TYPES = frozenset({"meeting", "summit", "phone_call", "visit"})
_SEVERAL = frozenset({"several", "many", "numerous", "multiple", "countless", "various"})
_ANSWERS = frozenset({"response", "retaliation", "revenge", "reprisal", "reply", "answer"})
_OFTEN = frozenset({"often", "frequently", "regularly", "repeatedly", "routinely"})
# talks that, held with a reporter or an outlet of the news, are an interview
_INTERVIEW_TYPES = frozenset({"phone_call", "meeting"})
# verbs of bringing about a truce or talks between others: their subject is no side
_BROKER_VERBS = frozenset({"broker", "mediate", "facilitate"})
_TALK_VERBS = {
    "talk",
    "discuss",
    "agree",
    "speak",
    "say",
    "tell",
    "warn",
    "assure",
    "express",
    "urge",
    "ask",
    "sign",
    "meet",
    "raise",
    "stress",
    "reaffirm",
    "exchange",
}
_PERPETRATE = {
    "carry",
    "launch",
    "conduct",
    "stage",
    "mount",
    "perpetrate",
    "organize",
    "organise",
    "hold",
    "claim",
    "commit",
    "lead",
    "order",
    "host",
    "broker",
    "mediate",
    "impose",
    "sign",
    "plant",
    "detonate",
    "fire",
}
_OF_ACTOR_HEADS = {"leader", "member", "head", "government", "president", "army", "people"}
_EVENT_HEADS = {
    "rally",
    "march",
    "demonstration",
    "campaign",
    "spree",
    "run",
    "operation",
    "raid",
    "mission",
    "talk",
    "negotiation",
    "wave",
    "movement",
}
_NEW_EVENT_WORDS = {"another", "second", "third", "fourth", "separately", "separate", "earlier"}
_AFTERWARDS = {"later", "afterwards", "afterward", "subsequently"}
_THING_VERBS = {"blow", "explode", "detonate", "go", "hit", "crash", "land", "fall"}
_VICTIM_VERBS = {"kill", "wound", "injure", "die", "hurt", "maim", "slay"}
# infinitives under these verbs still happened ("began to shell"), unlike "allowed to fight"
_ASPECTUAL = {"begin", "start", "continue", "resume", "keep", "help", "come", "manage"}
_SKIP_ARGS = {"relcl", "advcl", "ccomp", "parataxis", "csubj", "acl", "xcomp", "punct"}
_CLAUSE_BREAKS = {"relcl", "ccomp", "parataxis", "csubj", "advcl"}
_MODAL_HYPOTHETICAL = {"could", "might", "may", "should", "must", "can"}
_FUTURE_WORDS = {"will", "shall", "'ll", "wo"}
_CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}
# words that make a name with a state's in it a rebel group's ("Rwandan Patriotic Front")
_REBEL_NAME_WORDS = {"patriotic", "front", "movement", "rebel", "rebels", "insurgent"}
# small words inside an organisation's name ("Bank of England", "Research and Analysis Wing")
_NAME_JOINERS = {"of", "for", "and", "&", "de", "'s", "’s"}
# words that make a name one of a state's organs ("Israel Defense Forces", "Iraqi Security
# Forces"), beyond the lexicon's organs, armed groups and bodies
_STATE_NAME_WORDS = {
    "defence",
    "defense",
    "security",
    "intelligence",
    "republic",
    "kingdom",
    "federation",
    "embassy",
    "consulate",
    "ministry",
}
# one person by his trade or lot (with "-man", "-woman", "-ee", "-ist" words and people_nouns);
# beside a country's adjective, the country is a nationality ("a German-Iraqi boy"), when he
# is no fighter or guard (_CIVILIAN_TRADES)
_ONE_PERSON = {
    "man",
    "woman",
    "boy",
    "girl",
    "teen",
    "teenager",
    "child",
    "national",
    "citizen",
    "native",
    "resident",
    "immigrant",
    "migrant",
    "tourist",
    "banker",
    "businessman",
    "businesswoman",
    "entrepreneur",
    "lawyer",
    "officer",
    "guard",
    "driver",
    "teacher",
    "doctor",
    "nurse",
    "engineer",
    "shooter",
    "attacker",
    "assailant",
    "suspect",
    "employee",
    "photographer",
    "priest",
    "imam",
    "preacher",
    "mother",
    "father",
    "son",
    "daughter",
    "husband",
    "wife",
    "asylum",
    "seeker",
    "hacker",
    "bystander",
    "passenger",
    "prisoner",
    "convert",
    "settler",
    "pastor",
    "farmer",
    "worker",
    "trader",
    "shopkeeper",
    "student",
    "writer",
    "blogger",
    "militant",
    "insurgent",
    "rebel",
    "extremist",
    "jihadist",
}
# a trade of men who act for no side when several are named ("two Chinese engineers")
_CIVILIAN_TRADES = _ONE_PERSON - {
    "officer",
    "guard",
    "shooter",
    "attacker",
    "assailant",
    "suspect",
    "hacker",
    "militant",
    "insurgent",
    "rebel",
    "extremist",
    "jihadist",
} | {"contractor", "technician", "crewman", "expert"}
# words before a noun that make its man or men irregulars: "a renegade Afghan militia leader"
_IRREGULAR_WORDS = {"militia", "renegade", "rebel", "separatist", "insurgent", "guerrilla"}
# men under arms of no state: "Somali gunmen", "Afghan insurgents" are not their country's
# state (often its enemy)
_IRREGULARS = {
    "gunman",
    "militant",
    "insurgent",
    "rebel",
    "extremist",
    "jihadist",
    "pirate",
    "guerrilla",
    "bandit",
    "separatist",
    "attacker",
    "kidnapper",
    "hijacker",
}
# what police are as often as soldiers: sent by no state or army the sentence names, police
# who holds power, as a coup's effect names him ("a coup that removed the president")
_RULERS = {
    "president",
    "government",
    "regime",
    "leader",
    "ruler",
    "dictator",
    "king",
    "monarch",
    "emir",
    "premier",
    "junta",
}
_POLICE_TOO = {"officer", "officers", "unit", "units", "personnel"}
# what only a person undergoes: its object named like a town is a person ("stabbed Welch")
_PERSON_VERBS = {"stab", "shoot", "murder", "strangle", "wound"}
_RUMOURS = {"rumor", "rumour", "hoax"}
_REPORT_VERBS = frozenset({"say", "tell", "report"})
_REPORT_NOUNS = {"report", "claim", "allegation", "account", "suggestion"}
_DENY_VERBS = {"deny", "dismiss", "reject", "refute", "discount"}
_BREAKAWAY = {"breakaway", "separatist", "secessionist", "renegade", "rebel"}
# heads that name a business: its nationality is where it comes from, not a party
_FIRM_NOUNS = {
    "company",
    "firm",
    "corporation",
    "contractor",
    "consortium",
    "conglomerate",
    "manufacturer",
    "maker",
    "builder",
    "developer",
    "supplier",
    "operator",
    # "held meetings with Chinese fashion labels", "an American retailer": trade, not a state
    "retailer",
    "label",
    "brand",
    "store",
    "vendor",
    "distributor",
}
# "previously signed agreements", "past attacks": an untold set of events of the past
_PAST_WORDS = {"previously", "previous", "past", "prior", "earlier", "former", "existing"}
# offices that act for a state but a lone one is his own man: "a Turkish police officer"
_ONE_PERSON_OFFICES = {"officer", "agent"}
# words in -man or -ist that are no one person: "a German warship", "a Russian chairman"
_ONE_PERSON_NOT = {
    "chairman",
    "spokesman",
    "spokeswoman",
    "congressman",
    "congresswoman",
    "committee",
}
# a job with these words before it is a public one ("county archivist", "city manager")
_PUBLIC = {"county", "city", "state", "federal", "municipal", "town", "village", "school"}
# offices written before a leader's name beside the stance lexicon's titles ("Secretary of
# State Clinton", "Gen. Cartwright", "Gov. Manchin")
_OFFICE_WORDS = frozenset({"secretary", "pres", "gen", "gov", "sen", "vice", "head", "foreign"})
# a government named after its leader ("the Bush administration"); "a Trump administration"
# is one to come
_IN_POWER = r"(?:administration|government|regime|cabinet)\b"
_AREA_KINDS = frozenset({"country", "region", "area", "sea", "continent"})
# a street's word, capitalised, after a name: the name is the street's ("Briarcliff Road",
# "Memphis St."; not "the Kandahar road", a road that leads there)
_STREET_WORDS = frozenset(
    {"Street", "St", "Avenue", "Ave", "Road", "Rd", "Drive", "Boulevard", "Blvd", "Lane"}
    | {"Highway", "Parkway", "Pkwy", "Terrace", "Turnpike", "Pike"}
)
# words of a funeral: an event its sentence tells there is not placed at the story's town
_FUNERAL_WORDS = frozenset(
    {"funeral", "funerals", "mourners", "mourner", "requiem", "burial", "coffin", "casket"}
    | {"graveside", "eulogy", "pallbearers"}
)
# words that forbid an act: "Protests are banned", "rallies remain illegal"
_FORBID = frozenset(
    {"ban", "banned", "prohibit", "prohibited", "outlaw", "outlawed", "forbid", "forbidden"}
    | {"illegal", "unlawful"}
)
# the dependencies that head a clause of their own
_CLAUSE_HEADS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "parataxis"})
# a settlement a sentence may name by a word the gazetteer lacks ("in Waat town")
_SETTLEMENT_NOUNS = frozenset({"town", "village", "hamlet", "settlement", "camp", "township"})
_TOSS_MARGIN = 0.1  # readings of a name this close in score are a coin toss (e^-0.1: 9 to 10)
_NOT_YET = ("-elect", "-designate")  # an office won, not yet held
_PERSONAL = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
_TRAVELLERS = {"citizen", "national", "immigrant", "migrant", "tourist", "visitor", "fan", "family"}
_TITLES = {
    "gen",
    "sen",
    "rep",
    "gov",
    "pres",
    "sec",
    "adm",
    "amb",
    "col",
    "maj",
    "lt",
    "capt",
    "rev",
}
_UNLIKELY = {"unlikely", "impossible", "improbable", "doubtful"}
# said of an event that may yet come ("air raids were possible")
_MAY_HAPPEN = {"possible", "likely", "probable"}
# "at risk", "in doubt": an event whose holding is in question
_IN_QUESTION = {("at", "risk"), ("in", "doubt"), ("in", "jeopardy"), ("in", "danger")}
_HYPOTHETICAL_MODIFIERS = {
    "future",
    "eventual",
    "possible",
    "potential",
    "hypothetical",
    "feared",
    "threatened",
    "imaginary",
    "mock",
    "simulated",
    "rumored",
    "rumoured",
}
# what an act's name may modify and still tell that it happened: "the shooting victim", "the
# bombing suspect" (not "the shooting ranges", "an attack helicopter")
_OUTCOME_HEADS = {
    "victim",
    "suspect",
    "survivor",
    "death",
    "toll",
    "scene",
    "site",
    "investigation",
    "probe",
    "inquiry",
    "trial",
    "case",
    "spree",
    "incident",
    "aftermath",
    "witness",
    "injury",
    "wound",
    "casualty",
    "fatality",
    "charge",
    "attacker",
    "gunman",
    "suspects",
}
# words of policing: a raid told with them is a search (see EventRules._police_raid)
_POLICING = {
    "police",
    "officer",
    "officers",
    "detective",
    "deputy",
    "deputies",
    "sheriff",
    "agent",
    "agents",
    "arrest",
    "seize",
    "warrant",
    "investigation",
    "custody",
    "caught",
    "catch",
    "drug",
    "narcotic",
}
# "accustomed to attacks", "no stranger to clashes": what keeps happening
_USED_TO = {"accustomed", "used", "inured", "familiar", "stranger", "habituated"}
# a trip of one's own, no visit an analyst follows
_PRIVATE_KINDS = {"personal", "private", "family", "holiday", "vacation", "honeymoon"}
# "a history of bombings", "their record of attacks": a habit or a past summed up
_HABIT_HEADS = {"history", "record", "legacy", "culture", "pattern", "cycle", "tradition"}
# "the high prevalence of knife attacks": how often something happens, not one time it did
_HABIT_HEADS |= {"prevalence", "incidence", "frequency", "rate"}
# "financing al-Zarqawi's bombings", "funding rebel attacks": what is paid for is a campaign
_FUNDING_VERBS = {"finance", "fund", "bankroll", "sponsor", "underwrite", "subsidise", "subsidize"}
# "the almost daily torrent of bombings", "routine raids": something that keeps happening
_HABITUAL = {"daily", "nightly", "weekly", "monthly", "regular", "frequent", "constant", "routine"}
# "sporadic clashes", "intermittent shelling": now and then, a habit unless a day is told
_NOW_AND_THEN = {"sporadic", "intermittent", "occasional", "periodic", "recurrent", "recurring"}
# "attacks blamed on the PKK", "was blamed for attacks in Turkey": who is held to account
_BLAME = {"blame", "attribute", "responsible", "link", "tie"}
_CHANGE_VERBS = {
    "grow",
    "rise",
    "increase",
    "fall",
    "drop",
    "decline",
    "double",
    "triple",
    "total",
    "surge",
    "climb",
    "decrease",
    "soar",
    "jump",
    "spike",
    "upsurge",
}
_SPAN_PREPS = {"over", "across", "throughout"}
# "for years", "for decades" (no number): how long a habit has lasted ("for two weeks" may be
# how long one fight lasted)
_LONG_TIME_UNITS = {"decade", "year", "century"}
# nouns of a count ("the number of attacks", "the rate of kidnappings")
_STATISTICS_NOUNS = {"number", "rate", "tally", "count", "toll", "frequency", "statistic"}
_TIME_UNITS = {"decade", "year", "month", "week", "century"}
# "talks with foreign leaders", "calls with world leaders": with many, one after another
_COUNTERPARTS = {"leader", "counterpart", "official", "dignitary", "minister", "head"}
_MANY_LANDS = {"foreign", "world", "international", "other", "regional", "western", "arab"}
# ships are named after places: "the cruiser Cape St. George", "USS Philippine Sea"
_VESSEL_WORDS = {
    "cruiser",
    "destroyer",
    "frigate",
    "corvette",
    "warship",
    "ship",
    "vessel",
    "carrier",
    "submarine",
    "tanker",
    "trawler",
    "freighter",
    "ferry",
    "flagship",
    "cutter",
}
_NAVY_PREFIXES = ("USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "PNS", "ROKS", "TCG")
# "two years of fighting", "decades of war": a span too long for one event ("four days of
# talks", "weeks of fighting" can be one)
_LONG_SPANS = {"year", "decade", "century"}


# counts that say "a lot" and no number: many events summed up, not one told
_MANY = frozenset({"many", "numerous", "countless", "repeated", "innumerable"})


def _done_before(verb) -> bool:
    """ "has attacked churches before", "have previously kidnapped foreigners": the present
    perfect with "before" or "previously" and no day says what someone has done, not what
    they did this time; the past perfect ("had previously ambushed a convoy") tells one
    event before the news."""
    if not any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    ):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return False
    return any(
        c.dep_ == "advmod" and c.lower_ in ("before", "previously") and not list(c.children)
        for c in verb.children
    )


# "the US-backed forces", "Iranian-funded militias": the state backs them; they are not its own
_BACKERS_WORDS = frozenset(
    {"backed", "supported", "funded", "trained", "armed", "sponsored", "allied", "aligned"}
)
# acts of harm whose present perfect "since" a month sums up a campaign ("India has bought
# S-400 missiles since 2018" is one purchase told with its period)
_CAMPAIGN_TYPES = _HARM_TYPES | {"clash", "hijacking"}
_MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december"}
)
_OUTSETS = frozenset({"start", "beginning", "outbreak", "onset", "war", "invasion", "coup"})


def _kept_up_for_months(verb) -> bool:
    """ "the rebels have attacked merchant shipping since November", "have shelled the town
    since 2014", "have raided villages since the start of the war": the present perfect
    with "since" a month, a year or the outset of a war sums up a campaign of months, no one
    event; not "since Monday" (days of one operation)."""
    if not any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    ):
        return False
    for p in children(verb, "prep"):
        if p.lower_ != "since":
            continue
        for o in children(p, "pobj"):
            if (
                o.lower_ in _MONTHS
                or (o.like_num and len(o.text) == 4)
                or o.lemma_.lower() in _OUTSETS
            ):
                return True
    return False


def _a_seasons_worth(tok) -> bool:
    """ "this year's fighting", "last decade's attacks": what a year or more held, a toll;
    not "last week's bombing", one event told."""
    if not (tok.tag_ in ("NNS", "NNPS") or tok.lower_.endswith("ing")):
        return False
    return any(c.dep_ == "poss" and c.lemma_.lower() in _LONG_SPANS for c in tok.children)


_WAR_NOUNS = {"war", "conflict", "insurgency", "uprising", "revolution"}
"""Long struggles: a toll said of one, or a relative clause on one, tells no single event."""
_TIME_SPANS = {"minute", "hour", "day", "week", "month", "year", "decade"}


@cache
def event_words() -> dict:
    """The word lists of events.json beside the types (actor nouns, irrealis, planned, ...)."""
    with (geodata_dir() / "lexicons" / "events.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    media = data.get("news_media", {})
    return {
        "actor_nouns": frozenset(data.get("actor_nouns", [])),
        "aircraft_nouns": frozenset(data.get("aircraft_nouns", [])),
        "military_aircraft": frozenset(data.get("military_aircraft", [])),
        "civil_aircraft": frozenset(data.get("civil_aircraft", [])),
        "irrealis": frozenset(data.get("irrealis", [])),
        "commemorations": frozenset(data.get("commemorations", [])),
        "fled_verbs": frozenset(data.get("fled_verbs", [])),
        "penalty_verbs": frozenset(data.get("penalty_verbs", [])),
        "planned": frozenset(data.get("planned", [])),
        "attempted": frozenset(data.get("attempted", [])),
        "group_nouns": frozenset(data.get("group_nouns", [])),
        "official_nouns": frozenset(data.get("official_nouns", [])),
        "people_nouns": frozenset(data.get("people_nouns", [])),
        "person_nouns": frozenset(data.get("person_nouns", [])),
        "place_nouns": frozenset(data.get("place_nouns", [])),
        "abstract_nouns": frozenset(data.get("abstract_nouns", [])),
        "sport_words": frozenset(data.get("sport_words", [])),
        "facility_nouns": frozenset(data.get("facility_nouns", [])),
        "official_kinds": frozenset(data.get("official_kinds", [])),
        "body_nouns": frozenset(data.get("body_nouns", [])),
        "crowd_control": frozenset(data.get("crowd_control", [])),
        "weapon_found_verbs": frozenset(data.get("weapon_found_verbs", [])),
        "trend_verbs": frozenset(data.get("trend_verbs", [])),
        "ceasefire_broken_verbs": frozenset(data.get("ceasefire_broken_verbs", [])),
        "part_nouns": frozenset(data.get("part_nouns", [])),
        "mission_nouns": frozenset(data.get("mission_nouns", [])),
        "carried_people": frozenset(data.get("carried_people", [])),
        "rescue_words": frozenset(data.get("rescue_words", [])),
        "seizure_words": frozenset(data.get("seizure_words", [])),
        "seizing_words": frozenset(data.get("seizing_words", [])),
        "news_words": frozenset(media.get("words", [])),
        "news_people": frozenset(media.get("people", [])),
        # an agency by its name or by its letters as a dateline writes them ("told AFP")
        "news_outlets": frozenset(media.get("outlets", []))
        | frozenset(AGENCIES.values())
        | frozenset(k.upper() for k in AGENCIES if " " not in k),
    }


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
    actor_codes: set[str] = field(default_factory=set)  # the states its actors stand for
    # the states its targets name as such ("attacked Israel"; not "Turkish soldiers")
    target_states: set[str] = field(default_factory=set)
    # every target is named only as an owner ("the US embassy in Cairo")
    owners_only: bool = False
    # the states that host it ("The United States will host the next summit")
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
    # told in a clause of what came before the news ("tensions rose after the U.S. military
    # shot down a Chinese balloon")
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


def _a_headlines_noun(verb, subject) -> bool:
    """ "More Sarajevo shelling kills 9 and wounds 30": a headline's "-ing" noun that the parser
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


def _with_conjuncts_of(toks) -> list:
    return [c for t in toks for c in with_conjuncts(t)]


_TRY_VERBS = frozenset({"try", "attempt"})
_MISHAP_WORDS = frozenset({"accidentally", "inadvertently", "prematurely", "mistakenly"})


def _by_mishap(verb) -> bool:
    """ "A man tried to throw a grenade but blew himself up with it", "the device went off
    prematurely": what happened by mishap in an attack, no act of its own; a verb joined by
    "but" to a try, or said with a word of mishap."""
    if any(c.lower_ in _MISHAP_WORDS for c in verb.children if c.dep_ == "advmod"):
        return True
    head = verb.head
    return (
        verb.dep_ == "conj"
        and head.lemma_.lower() in _TRY_VERBS
        and any(c.lower_ == "but" for c in head.children if c.dep_ == "cc")
    )


def _a_name_of_a_body(head) -> bool:
    """ "the OSCE Special Monitoring Mission to Ukraine", "the UN Assistance Mission in
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
    subject or the object of a verb of freeing ("Sixteen crew members the pirates had held
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
    ("vowed to step up attacks"). In the simple past it is the day's news ("Israel
    intensified air strikes on Gaza on Monday, killing 20") and stays."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in verbs:
        return False
    verb = noun.head
    perfect = any(c.lower_ in ("has", "have", "had") for c in verb.children)
    return verb.tag_ != "VBD" or perfect


_SERIES_MEASURES = {"kind", "sort", "type", "size", "scale"}
_EARLIER = {"last", "previous", "earlier"}


def _a_count_of_a_series(tok) -> bool:
    """ "It was the third such attack in two weeks", "the second bombing of its kind this
    month", "The last attack of its size on peacekeepers was in 1993": an event noun counted
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
    """ "Peacekeepers have also been attacked in Mali, Sudan and Ivory Coast": the perfect with
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
    """ "the warships were stopping ships from moving in and out": to stop something from doing
    a thing is to prevent it (a blockade, a ban), not to seize it."""
    return any(
        p.lower_ == "from" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in p.children)
        for p in children(verb, "prep")
    )


def _weighed_as_a_kind(tok) -> bool:
    """ "A raid by day was riskier": an indefinite event noun compared ("riskier", "more
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
    """ "Nuseirat, where the hostages were held": captives already told of ("the hostages",
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
    """ "The four had been kidnapped in the Hamas-led attack": a kidnapping in the past
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


class EventRules:
    def __init__(
        self,
        ctx: SentenceContext,
        dateline_end: int = 0,
        out_of_office: frozenset[str] = frozenset(),
        year_before: str | None = None,
        filed: tuple[int, int] = (0, 0),
    ) -> None:
        self.ctx = ctx
        self.year_before = year_before  # the year the sentences before told last ("that year")
        # the characters of the day a dateline states ("CAIRO (Sputnik - 29th May, 2023)"):
        # the day the story was filed, the article's date, never one the sentence tells
        self.filed = filed
        self.dateline_end = dateline_end  # "JAKARTA, Indonesia -" names where it was filed
        # the lexicon's leaders the article says are out of office (see
        # ``leaders_out_of_office``): each stands for himself, not his state
        self.out_of_office = out_of_office
        self.types = ctx.lex.events
        self.words = event_words()
        self._trigger_tokens: set[int] = set()
        self._people: dict[str, str] = {}  # "Turks" -> Turkey, for when a people acts as a state
        self._offices: dict[str, str] = {}  # "Russia's ambassador": Russia -> ambassador
        self._triggers: list[Trigger] | None = None

    # --- triggers -------------------------------------------------------------------------
    def _verb_ok(self, tok, spec: dict) -> bool:
        prts = {c.lower_ for c in tok.children if c.dep_ == "prt"}
        if spec.get("particle") and spec["particle"] not in prts:
            return False
        if spec.get("no_particle") and spec["no_particle"] in prts:
            return False
        if (
            spec.get("active_subject")
            and (
                not (children(tok, "nsubj") or (tok.dep_ == "conj" and governing_subjects(tok)))
                or children(tok, "auxpass", "nsubjpass")
            )
            and not self._by_an_actor(tok)
        ):
            return False
        if spec.get("object_actor") and not any(
            self._phrase_actors(o) for o in children(tok, "dobj", "nsubjpass")
        ):
            return False  # "killed the trade deal"
        if spec.get("no_object") and children(tok, "dobj"):
            return False
        if "not_under" in spec and _under(tok, spec["not_under"]):
            return False  # "accused the army of seizing power": alleged
        if spec.get("not_by_mishap") and _by_mishap(tok):
            return False  # "tried to throw a grenade but blew himself up with it"
        if spec.get("needs_object") and not children(tok, "dobj", "nsubjpass"):
            return False
        objs = self._with_whole(children(tok, "dobj", "nsubjpass"))
        if not objs and tok.dep_ == "conj" and children(tok, "auxpass"):
            # "The mine was made safe so that it could not drift ... and was then blown up":
            # a passive with no subject of its own has the passive subject of a verb it is
            # joined to (the parser may join it to the clause between)
            up = tok.head
            for _ in range(3):
                objs = self._with_whole(children(up, "nsubjpass"))
                if objs or up.dep_ not in ("conj", "advcl") or up.head.i == up.i:
                    break
                up = up.head
        if "not_objects" in spec and _heads_in(objs, self._word_list(spec["not_objects"])):
            return False  # "attacked the proposal", "meeting the needs", "stormed their way"
        if (
            spec.get("not_crowd_control")
            and objs
            and all(self._crowd_control(o) for o in _with_conjuncts_of(objs))
        ):
            return False  # "fired tear gas and water cannons at marchers": a crowd dispersed
        subjects = [
            s.head.head if s.lower_ in RELPRON and s.head.dep_ == "relcl" else s
            for s in children(tok, "nsubj") or governing_subjects(tok)
        ]
        if "not_subjects" in spec and _heads_in(subjects, self._word_list(spec["not_subjects"])):
            return False  # "a fire that killed four children"
        agents = [o for p in children(tok, "agent") for o in children(p, "pobj")]
        if "not_agents" in spec and _heads_in(agents, self._word_list(spec["not_agents"])):
            return False  # "his words were met by hope, tears and applause": received so
        if spec.get("subject_not_state") and not self._armed_group_subject(subjects + agents):
            return False  # "Israel bombed a school": an air strike or a shelling, not a bomb
        if spec.get("object_not_person") and any(self._person(o) for o in children(tok, "dobj")):
            return False  # "fired Reams": dismissed him
        if "object_person_or_any" in spec and not any(
            (self._person(o) and not self._named_after_a_place(o))
            or _words(_np_tokens(o)) & set(spec["object_person_or_any"])
            for o in children(tok, "dobj")
        ):
            return False  # "hosted talks", "hosted the president"; not "hosted a comedy show"
        if "subject_any" in spec:
            subj = children(tok, "nsubj", "nsubjpass") or governing_subjects(tok)
            toks = sorted(
                (t for s in subj for t in _np_tokens(s) if not _a_fighter(t)), key=lambda t: t.i
            )
            if tok.dep_ == "ccomp" and all(
                s.lower_ in ("they", "he", "we") for s in subj
            ):  # "Soldiers said on state television that they had seized power"
                toks += [t for s in children(tok.head, "nsubj") for t in _np_tokens(s)]
            words = _words(toks)
            # a name of two words ("air force"), when the subject holds them side by side
            words |= {f"{a.lower_} {b.lower_}" for a, b in pairwise(toks) if b.i == a.i + 1}
            words |= _words([o for p in children(tok, "agent") for o in p.subtree])
            if not words & {w.lower() for w in spec["subject_any"]}:
                return False
        if spec.get("aircraft_subject") and not self._military_aircraft_subject(
            tok, tuple(spec.get("preps", ())) if spec.get("intransitive") else ()
        ):
            return False  # "the Aeroflot plane entered Turkish airspace": no incursion
        if spec.get("bomber_subject") and not any(
            t.lemma_.lower() == "bomber" and _a_fighter(t) for s in subjects for t in _np_tokens(s)
        ):
            return False  # "a suicide bomber drove a car into a market"; not "B-52 bombers"
        if "captors_any" in spec and not self._captors_free_people(tok, spec["captors_any"]):
            return False
        if "declared" in spec and self._declared(tok, spec) is None:
            return False  # "declared two American diplomats persona non grata"
        if "object_any" in spec and "declared" not in spec:
            objs = self._with_whole(children(tok, "dobj", "nsubjpass"))
            if spec.get("object_appos"):
                # "expelled Zuheir Jabbour, the charge d'affaires": the object's apposition
                # says what he is
                objs = objs + [a for o in objs for a in children(o, "appos")]
            words = _words([t for o in objs for t in _np_tokens(o)])
            matched = words & ({w.lower() for w in spec["object_any"]} | set(spec["object_any"]))
            if not matched and "object_held_by" in spec:
                # "released four tourists who were kidnapped in January": captives
                held = {w.lower() for w in spec["object_held_by"]}
                matched = {
                    c.lemma_.lower()
                    for o in objs
                    if self._person(o)
                    for c in o.children
                    if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in held
                }
            if not matched:
                return False
            if matched <= _POLICE_TOO and not any(
                self.ctx.mention(t) is not None
                for s in [*objs, *subjects, *agents]
                for t in _np_tokens(s)
            ):
                return False  # "Officers were dispatched to the intersection": police on a call
        if "object_not_carrying" in spec and self._carries(
            children(tok, "dobj", "nsubjpass"), self._word_list(spec["object_not_carrying"])
        ):
            return False  # "stopped a boat carrying 40 migrants": a rescue or a border's stop
        clause = _clause_words(tok) if "not_clause_any" in spec or "clause_any" in spec else set()
        if (
            "not_clause_any" in spec
            and clause & self._word_list(spec["not_clause_any"])
            and not clause & self._word_list(spec.get("unless_clause_any", []))
        ):
            # "boarded a cargo ship after it sent a distress call": a rescue; not "intercepted
            # a ship and seized its cargo of rifles, after rescuing its crew"
            return False
        if "clause_any" in spec and not clause & self._word_list(spec["clause_any"]):
            return False  # "intercepted a boat": no word of a seizure, of weapons or smuggling
        if "preps" in spec:
            ps = [
                c for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in spec["preps"]
            ]
            if not ps:
                return False
            if "pobj_any" in spec and not any(
                o.lemma_.lower() in spec["pobj_any"] for p in ps for o in p.children
            ):
                return False
            if spec.get("pobj_place") and not any(
                self._place_word(o) for p in ps for o in p.children if o.dep_ == "pobj"
            ):
                return False  # "arrived in response to the call": no place
        return True

    @staticmethod
    def _carries(objs: list, people: frozenset[str]) -> bool:
        """Whether a craft named by ``objs`` carries people of ``people``: "a boat carrying 40
        migrants", "a boat of migrants", "a dinghy with refugees", "a migrant boat", "a boat
        full of migrants", "a boat packed with refugees"."""
        for o in objs:
            said = [c for c in o.children if c.dep_ in ("compound", "amod", "nmod")]
            for c in o.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "with"):
                    said += children(c, "pobj")
                elif c.dep_ in ("acl", "relcl", "amod"):  # "carrying", "full of", "packed with"
                    said += children(c, "dobj")
                    said += [w for p in children(c, "prep") for w in children(p, "pobj")]
            if _words([w for t in said for w in _with_conjuncts_of([t])]) & people:
                return True
        return False

    @staticmethod
    def _declared(tok, spec: dict):
        """Whom a verb declares what ``spec["declared"]`` says, when he is one of its
        ``object_any`` ("declared two American diplomats persona non grata", "the consul was
        declared persona non grata"): the parser hangs him on the verb, on "persona" or on
        "grata", so he is looked for in the verb's words, not in its subject's."""
        words = [w.lower() for w in spec["declared"].split()]
        sub = list(tok.subtree)
        if not any([t.lower_ for t in sub[k : k + len(words)]] == words for k in range(len(sub))):
            return None
        subject = {t.i for c in children(tok, "nsubj") for t in c.subtree}
        wanted = {w.lower() for w in spec["object_any"]}
        return next(
            (
                t
                for t in sub
                if t.i not in subject
                and t.dep_ in ("nsubj", "nsubjpass", "dobj")
                and (t.lemma_.lower() in wanted or t.lower_ in wanted)
            ),
            None,
        )

    def _ruler(self, tok) -> bool:
        """Who holds power: a leader named (the lexicon's, or a person the recogniser finds) or
        a president, government or regime; not "him" ("removed him from the board")."""
        m = self.ctx.mention(tok)
        if m is not None and m.ref.kind == "leader":
            return True
        return tok.ent_type_ == "PERSON" or tok.lemma_.lower() in _RULERS

    def _captors_free_people(self, tok, captors: list[str]) -> bool:
        """ "Hamas freed 13 Israelis", "the rebels freed three aid workers": captives named by
        who they are, freed by the armed group that held them, in the active voice (the
        subject's head one of ``captors``, or a party to a war that is no state's forces, as
        "Hamas"); what is freed is people (the lexicon's people nouns or a people: "workers",
        "Israelis"), not a town or a statement."""
        if children(tok, "auxpass", "nsubjpass"):
            return False
        subjects = children(tok, "nsubj") or governing_subjects(tok)
        if not subjects or not self._armed_group_subject(subjects):
            return False
        forces = {w.lower() for w in self.types.get("coup", {}).get("forces_as_written", ())}
        low = {w.lower() for w in captors}

        def captor(s) -> bool:
            if s.lemma_.lower() in low or s.lower_ in low:
                return True
            m = self.ctx.mention(s)
            return (
                m is not None
                and m.ref.kind == "party"
                and not {w.lower() for w in m.ref.name.split()} & (forces | {"government"})
            )

        if not all(captor(s) for s in subjects):
            return False
        if any(
            c.lower_ in ("their", "its")
            for p in children(tok, "prep")
            if p.lower_ == "from"
            for o in children(p, "pobj")
            for c in o.children
        ):
            return False  # "released 20 children from their ranks": its own, let go
        w = self.words
        objs = _with_conjuncts_of(children(tok, "dobj"))
        return bool(objs) and all(
            o.lemma_.lower() in w["people_nouns"]
            or (
                o.tag_ in ("NNPS", "NNS")
                and (
                    o.ent_type_ == "NORP"
                    or ((m := self.ctx.mention(o)) is not None and m.ref.form == "demonym")
                )
            )
            for o in objs
        )

    def _by_an_actor(self, tok) -> bool:
        """A passive verb whose victim and author are both named as people or sides: "a man
        was shot by a gunman", "Sgt. Gale was shot by a sniper" (not "shot by a
        photographer", nor "was shot" alone)."""
        agents = [o for a in children(tok, "agent") for o in children(a, "pobj")]
        victims = children(tok, "nsubjpass")
        w = self.words
        return bool(
            agents
            and victims
            and any(
                self.ctx.mention(o) is not None
                or o.lemma_.lower() in w["group_nouns"] | w["actor_nouns"]
                or o.lower_ in w["group_nouns"]
                for o in agents
            )
            and any(self._person(v) for v in victims)
        )

    def _armed_group_subject(self, subjects) -> bool:
        """Whether a verb's subjects (or its passive's agents) are named, and none is a state,
        its forces, an alliance or an organisation of states ("ETA", "militants"; not
        "Israel", "Israeli troops", "NATO", "they")."""
        if not subjects or any(s.lower_ in PERSPRON or s.lower_ in RELPRON for s in subjects):
            return False
        for s in subjects:
            for t in _np_tokens(s):
                m = self.ctx.mention(t)
                if m is not None and m.ref.kind in ("state", "org", "coalition"):
                    return False
        return True

    def _crowd_control(self, tok) -> bool:
        """Whether what is fired is what police disperse a crowd with ("tear gas", "water
        cannons", "rounds of tear gas", "stun grenades"), not a weapon that attacks."""
        toks = _np_tokens(tok)
        for p in children(tok, "prep"):
            if p.lower_ == "of":  # "rounds of tear gas", "volleys of rubber bullets"
                toks += [t for o in children(p, "pobj") for t in _np_tokens(o)]
        return bool(_words(toks) & self.words["crowd_control"])

    def _with_whole(self, objs: list) -> list:
        """Objects, and the whole a part of it names ("stormed the grounds of the American
        embassy": the embassy was stormed, so an attack on it, not an incursion)."""
        parts = self.words["part_nouns"]
        return objs + [
            w
            for o in objs
            if o.lemma_.lower() in parts or o.lower_ in parts
            for p in children(o, "prep")
            if p.lower_ == "of"
            for w in children(p, "pobj")
        ]

    def _word_list(self, words: list[str] | str) -> frozenset[str]:
        """A list of the lexicon, or the list a name stands for ("abstract_nouns")."""
        return self.words[words] if isinstance(words, str) else frozenset(words)

    def _person(self, tok) -> bool:
        """Whether a noun phrase's head names a person, a people or a body: someone one can
        meet, host or dismiss."""
        if tok.lower_ in PERSPRON | {"him", "me", "us", "you"} and tok.lower_ not in ("it", "its"):
            return True
        if self.ctx.mention(tok) is not None or tok.ent_type_ in ("PERSON", "NORP", "ORG"):
            return True
        w = self.words
        kinds = w["official_nouns"] | w["people_nouns"] | w["actor_nouns"] | w["person_nouns"]
        return tok.lemma_.lower() in kinds

    def _named_after_a_place(self, tok) -> bool:
        """ "Rodeo Gainesville", "Expo Dubai": a show or a fair named after its town, neither
        the town nor anyone one hosts."""
        if tok.pos_ != "PROPN" or self.ctx.mention(tok) is not None:
            return False
        # the town's name, found here or elsewhere in the sentence ("The Gainesville Riding
        # Club will host Rodeo Gainesville", where the recogniser took it for a surname)
        s = self.ctx.s
        names = {tp.name for tp in self.ctx.toponyms if s.start <= tp.start < s.end}
        tp = self._toponym_of(tok)
        if tp is None and tok.text not in names:
            return False
        return any(
            c.dep_ == "compound"
            and c.pos_ == "PROPN"
            and c.i < tok.i
            and (tp is None or self._toponym_of(c) is not tp)
            and self.ctx.mention(c) is None
            and c.ent_type_ != "PERSON"
            for c in tok.children
        )

    def _place_word(self, tok) -> bool:
        """A toponym, or a noun that names a place ("the capital", "the conflict zone")."""
        return self._known_place(tok) or tok.lemma_.lower() in self.words["place_nouns"]

    def _noun_ok(self, head, spec: dict, first) -> bool:
        mods = {
            c.lemma_.lower()
            for c in head.children
            if c.dep_ in ("compound", "amod", "nmod", "npadvmod")
        } | {c.lower_ for c in head.children if c.dep_ in ("compound", "amod", "nmod")}
        if first.i > 0:  # a multi-word trigger's own modifiers ("car" in "car bomb")
            mods |= {t.lower_ for t in head.doc[max(first.i - 2, 0) : first.i]}
        if spec.get("not_modifiers") and mods & {m.lower() for m in spec["not_modifiers"]}:
            return False
        if "not_under" in spec and _under(head, spec["not_under"]):
            return False  # "accused opposition figures of trying to stage a coup": alleged
        if "not_governors" in spec:
            held = head
            while held.dep_ == "conj" and held.head.i != held.i:
                held = held.head  # "a machine gun, two rifles and six roadside bombs"
            if held.dep_ in ("dobj", "nsubjpass") and held.head.lemma_.lower() in self._word_list(
                spec["not_governors"]
            ):
                return False  # "six roadside bombs were destroyed", "police defused a bomb"
        if "not_freed" in spec and _captives_freed(head, spec["not_freed"]):
            return False  # "the crew members the pirates had held hostage were rescued"
        if "not_trend" in spec and _a_trend_of(head, self._word_list(spec["not_trend"])):
            return False  # "the rebels have stepped up attacks on mines": a campaign's course
        if spec.get("not_a_name") and _a_name_of_a_body(head):
            return False  # "The OSCE Special Monitoring Mission to Ukraine recorded ..."
        govs, pps, want = spec.get("governors"), spec.get("preps"), spec.get("modifiers_any")
        if "not_pobj_any" in spec:
            bodies = {w.lower() for w in spec["not_pobj_any"]}
            for p in head.children:
                if p.dep_ != "prep" or p.lower_ not in (pps or ["of"]):
                    continue
                for o in children(p, "pobj"):
                    words = sorted(_np_tokens(o), key=lambda t: t.i)
                    if " ".join(t.lower_ for t in words if t.dep_ != "det") in bodies:
                        # "Russia's mission to the UN": the state's standing delegation to
                        # a body, no journey
                        return False
        if want and not mods & {m.lower() for m in want}:
            return False
        if "pobj_any" in spec:
            objs = [
                o
                for p in head.children
                if p.dep_ == "prep" and p.lower_ in (pps or ["of"])
                for o in p.children
            ]
            wanted = {w.lower() for w in spec["pobj_any"]} | set(spec["pobj_any"])
            if spec.get("pobj_head"):  # "an exchange of prisoners", not of "prisoners' letters"
                return bool(_words([o for o in objs if o.dep_ == "pobj"]) & wanted)
            return bool(_words([t for o in objs for t in _np_tokens(o)]) & wanted)
        if not govs and not pps:
            return True
        if any(
            c.dep_ == "relcl"
            and c.lemma_.lower() in spec.get("effect_verbs", ())
            and any(s.lower_ in RELPRON for s in children(c, "nsubj"))
            and any(self._ruler(o) for o in children(c, "dobj"))
            for c in head.children
        ) and any(t.ent_type_ == "DATE" and _a_year(t) for t in head.sent):
            # "a coup that removed Robert Mugabe in 2017": told by what it did, and dated, so
            # that a coup in a story's background is not put on the story's day
            return True
        if any(
            c.ent_type_ == "DATE" and c.dep_ in ("compound", "nummod", "amod", "npadvmod", "poss")
            for c in head.children
        ):
            return True  # "the 1991 agreement", "Sunday's attacks"
        h = head.head
        if h.pos_ == "ADP":
            h = h.head
        if govs and h.lemma_.lower() in govs and h.i != head.i:
            return True
        if govs and spec.get("governors_any_or_modified") and mods:
            return True
        return bool(pps and any(c.dep_ == "prep" and c.lower_ in pps for c in head.children))

    def triggers(self) -> list[Trigger]:
        # what a trigger needs is listed in trigger_readings(): keep them in step
        if self._triggers is not None:
            return self._triggers
        toks = list(self.ctx.s.sent)
        verbs, nouns = _trigger_index(self.types)
        found: list[Trigger] = []
        for k, tok in enumerate(toks):
            lem = tok.lemma_.lower()
            keys = {lem, tok.lower_}
            done: set[str] = set()
            if tok.pos_ == "VERB":
                for etype, v in (x for key in keys for x in verbs.get(key, ())):
                    if etype not in done and self._verb_ok(tok, v):
                        done.add(etype)
                        found.append(
                            Trigger(
                                etype,
                                tok,
                                False,
                                v.get("object_role"),
                                bool(v.get("official_party")),
                                tuple(v.get("preps", ())) if v.get("intransitive") else (),
                                bool(v.get("named_actor")),
                            )
                        )
            if tok.pos_ not in ("NOUN", "PROPN", "VERB", "ADJ"):
                continue
            for etype, n, words in (x for key in keys for x in nouns.get(key, ())):
                if etype in done or not _lemma_seq_match(toks, k, words):
                    continue
                head = toks[k + len(words) - 1]
                if head.pos_ not in ("NOUN", "PROPN"):
                    continue
                if head.dep_ == "compound" and n.get("own_head"):
                    continue  # "the prisoner exchange negotiations": talks, no swap
                if len(words) == 1 and head.dep_ == "compound":
                    # "protest rallies", "stabbing spree": the event is the head noun;
                    # "attack helicopters": a weapon, no event
                    if head.head.lemma_.lower() not in _EVENT_HEADS:
                        continue
                    head = head.head
                if self._noun_ok(head, n, tok):
                    done.add(etype)
                    found.append(Trigger(etype, head, True, named_actor=bool(n.get("named_actor"))))
        # one trigger per token (the first type listed wins), then one per type and clause;
        # a specific type in the same clause names the same event as a general one
        by_tok: dict[int, Trigger] = {}
        for t in found:
            have = by_tok.get(t.tok.i)
            if have is None or self._subsumed(have.type, t.type):
                by_tok[t.tok.i] = t
        kept: list[Trigger] = []
        for t in sorted(by_tok.values(), key=lambda t: t.tok.i):
            region = self._region(t)
            same = [
                o
                for o in kept
                if (o.type == t.type or self._subsumed(t.type, o.type))
                and (o.tok.i in region or t.tok.i in self._region(o))
                and not self._coordinated(o.tok, t.tok)
            ]
            if same:
                continue
            losers = [
                o
                for o in kept
                if self._subsumed(o.type, t.type)
                and (o.tok.i in region or t.tok.i in self._region(o))
                and not self._coordinated(o.tok, t.tok)
            ]
            for o in losers:
                kept.remove(o)
            kept.append(t)
        self._trigger_tokens = {t.tok.i for t in found}
        self._triggers = kept
        return kept

    def _subsumed(self, loser: str, winner: str) -> bool:
        return loser in self.ctx.lex.subsumes.get(winner, ())

    @staticmethod
    def _coordinated(a, b) -> bool:
        return (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i)

    # --- the trigger's clause ---------------------------------------------------------------
    def _light_verb(self, trig: Trigger):
        if not trig.is_noun:
            return None
        tok = trig.tok
        h = tok.head
        if h.pos_ == "ADP":
            h = h.head
        if h.i == tok.i or h.pos_ not in ("VERB", "AUX"):
            return None
        lem = h.lemma_.lower()
        if tok.dep_ == "pobj":
            # "came under attack", "agreed in a phone call"; not "a coup during protests"
            prep = tok.head.lower_
            if lem in _UNDERGO and prep == "under":
                return h
            if (
                self.types[trig.type].get("symmetric")
                and lem in _TALK_VERBS
                and prep in ("in", "during", "at", "over", "by", "after", "following")
            ):
                return h
            if lem in _LIGHT_VERBS and prep in ("out", "into"):
                return h
            return None
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return h
        if lem in _TALK_VERBS and not self.types[trig.type].get("symmetric"):
            return None  # "discussed the attack": they talked about it, they did not do it
        if tok.dep_ in ("dobj", "attr", "oprd") and (lem in _LIGHT_VERBS or lem in _UNDERGO):
            return h
        return None

    def _region(self, trig: Trigger, with_acl: bool = False) -> set[int]:
        """Token indices of the trigger's own clause (without relative or coordinated clauses;
        ``with_acl``: with the participle phrases of its nouns, "drones launched over X")."""
        out: set[int] = set()
        tok = trig.tok

        def walk(t, top, depth):
            out.add(t.i)
            for c in t.children:
                if c.dep_ in _CLAUSE_BREAKS:
                    continue
                # "drones launched over X": a participle of the event's own nouns; not one
                # deep inside a phrase ("a rally in support of the people caught in the
                # conflict in Aleppo" is not in Aleppo)
                if c.dep_ == "acl" and t.i != tok.i and (not with_acl or depth > 2):
                    continue
                if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
                    continue
                if c.i == tok.i and not top:
                    continue
                walk(c, False, depth + 1)

        walk(tok, True, 0)
        light = self._light_verb(trig)
        if light is not None:
            walk(light, False, 0)
        return out

    def _clause_root(self, tok):
        cur = tok
        for _ in range(12):
            if cur.dep_ in ("ROOT", "relcl", "ccomp", "advcl", "parataxis") or cur.head.i == cur.i:
                return cur
            if cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX"):
                return cur
            cur = cur.head
        return cur

    # --- status: fact, plan, attempt, or no event at all -----------------------------------
    def _governors(self, tok) -> list:
        """The words an event noun or verb is the complement of ("called for talks": called;
        "plans to launch protests": launch, plans), up to the clause; an adjunct ("at the
        summit, they agreed") governs nothing."""
        out = []
        cur = tok
        for _ in range(8):
            dep = cur.dep_
            head = cur.head
            if head.i == cur.i:
                break
            infinitive = _infinitive_before(cur)
            if infinitive is not None:
                # "admitted to having plotted to execute an employee and then attack a police
                # station": the bare verb goes with "to execute", not with "admitted"
                cur = infinitive
                out.append(cur)
                continue
            if dep == "conj" and head.dep_ in ("ROOT", "relcl", "advcl", "parataxis"):
                break  # "considers X and has launched": two statements, not one under another
            if dep in ("dobj", "nsubjpass", "attr", "oprd", "xcomp", "ccomp", "acl", "conj") or (
                dep == "compound" and head.pos_ in ("NOUN", "PROPN")
            ):
                cur = head
            elif (
                dep == "pobj"
                and head.lower_ == "for"
                and head.head.lemma_.lower() in self.words["penalty_verbs"]
            ):
                # "is scheduled to die April 7 for the fatal stabbing": what he is punished
                # for happened; the plan is the punishment
                break
            elif (dep == "pobj" and head.lower_ in ("for", "of") and head.head.i != head.i) or (
                dep == "pcomp" and head.lower_ in ("for", "of", "in") and head.head.i != head.i
            ):
                cur = head.head
                if head.dep_ == "conj" and cur.pos_ == "ADP" and cur.head.i != cur.i:
                    # "chanting for freedom and for the release of prisoners": the second
                    # "for" hangs on the first; both are the verb's
                    cur = cur.head
            elif (
                dep == "pobj"
                and head.lower_ == "in"
                and head.head.i != head.i
                and (head.head.lower_.endswith("ing") or head.head.lemma_.lower() in _PART_NOUNS)
            ):
                # "the offer of mediating in talks", "a role in the talks": what is said of
                # taking part is said of the talks
                cur = head.head
            else:
                break
            out.append(cur)
            if cur.dep_ in ("ROOT", "relcl", "advcl", "parataxis"):
                break
        return out

    def status(self, trig: Trigger) -> str | None:
        """ "" for an event that happened, "planned", "attempted", or None when the sentence
        only wishes, demands, threatens, denies, supposes or asks about it."""
        w = self.words
        tok = trig.tok
        light = self._light_verb(trig)
        govs = self._governors(tok)
        verbs = [tok] if not trig.is_noun else []
        if light is not None and light not in govs:
            verbs.append(light)
        verbs += [g for g in govs if g.pos_ in ("VERB", "AUX")]
        if trig.is_noun and _recalled(tok):
            # "he would mention the invasion in his sermon": the mentioning is to come, what
            # it mentions was done; "don't remember an attack this bad" tells of none
            if any(c.dep_ == "neg" for v in verbs for c in v.children):
                return None
            govs, verbs = [], []
        status = ""
        # "no attack", "never met"; not "no claim of responsibility for the attack"
        if any(c.dep_ == "neg" for c in tok.children) or any(
            c.lower_ in ("no", "never") and c.dep_ in ("det", "neg", "advmod") for c in tok.children
        ):
            return None
        if any(
            c.lower_ in ("more", "further", "longer")
            and any(n.lower_ == "no" or n.dep_ == "neg" for n in c.children)
            for c in tok.children
        ):
            return None  # "there was no more fighting in the east", "no further attacks"
        for a in tok.ancestors:
            noun = a.lemma_.lower()
            if a.pos_ == "NOUN" and (
                noun in _RUMOURS or (noun in _REPORT_NOUNS and a.head.lemma_.lower() in _DENY_VERBS)
            ):
                # "officials denied reports that the South Ossetians had agreed to a
                # ceasefire", "a rumor ... warning of the killing of three women"
                return None
        if trig.is_noun and (
            (tok.dep_ == "dobj" and tok.head.lemma_.lower() in w["fled_verbs"])
            or (
                tok.dep_ == "pobj"
                and tok.head.lower_ == "from"
                and tok.head.head.lemma_.lower() in w["fled_verbs"]
            )
        ):
            return None  # "200,000 people have fled fighting in the CAR": a war they left
        if (
            trig.is_noun
            and tok.dep_ == "pobj"
            and (
                tok.head.lower_ == "because"  # spaCy: "of" a pcomp of "because"
                or (tok.head.lower_ == "of" and tok.head.head.lower_ == "because")
                or (tok.head.lower_ == "to" and tok.head.head.lower_ in ("due", "owing"))
            )
            and not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)
        ):
            # "the measures were taken because of the military operation in Iraq": a war
            # named as a cause, not one incident ("because of the attack on Monday" is one)
            return None
        for t in govs:
            lem = t.lemma_.lower()
            if lem in ("deny", "reject", "dismiss") or lem in w["irrealis"]:
                return None
            if (
                lem == "come"
                and any(c.dep_ == "nsubj" and c.lower_ == "nothing" for c in t.children)
                and not self.types[trig.type].get("symmetric")
            ):
                # "Nothing came of Turkish troop deployment": a plan that led nowhere (talks
                # that came to nothing were still held)
                return None
            if lem in w["commemorations"] or any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in w["commemorations"]
                for c in t.children
            ):
                return None  # "the anniversary of the bombing": history, not news
            if lem in w["attempted"]:
                status = "attempted"
            elif (lem in w["planned"] or _going_to(t)) and status != "attempted":
                status = "planned"
        for v in verbs:
            kids = list(v.children)
            if any(c.dep_ == "neg" for c in kids):
                return None
            if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in kids):
                return None
            auxes = [c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")]
            if any(a in _MODAL_HYPOTHETICAL for a in auxes):
                return None
            if "would" in auxes and "have" in auxes:
                return None
            if any(a in _FUTURE_WORDS or a == "would" for a in auxes):
                status = status or "planned"
        if any(
            c.lemma_.lower() in w["planned"] and c.dep_ in ("amod", "acl") for c in tok.children
        ):
            status = status or "planned"
        # "to fight", "to protest": a purpose or a wish, unless "began to", "is to", "set to"
        head = tok if not trig.is_noun else (light or tok)
        inf = head if head.dep_ != "conj" else head.head
        if (
            inf.pos_ in ("VERB", "AUX")
            and any(c.tag_ == "TO" for c in inf.children)
            and inf.dep_ in ("xcomp", "advcl", "acl", "relcl", "ccomp")
            and not status
            and inf.head.lemma_.lower() not in _ASPECTUAL
            and inf.head.lemma_.lower() not in ("be", "set", "due", "expect")
        ):
            return None
        if any(c.tag_ == "TO" for c in inf.children) and any(
            c.lower_ == "how" and c.dep_ == "advmod" for c in inf.children
        ):
            return None  # "How to expel a diplomat": a way, not an event
        if inf.dep_ == "xcomp" and inf.head.lemma_.lower() in ("be", "set", "due", "expect"):
            status = status or "planned"
        region = self._region(trig)
        if any(
            c.lower_ in ("tomorrow", "next") and not _the_next_day_told(c, head)
            for c in head.subtree
            if c.i in region
        ):
            status = status or "planned"
        if trig.is_noun and self._generic(trig):
            return None
        if trig.type in _TALK_TYPES and trig.is_noun and _agreed_to(tok):
            status = status or "planned"  # "rebels agree to ceasefire, peace talks"
        return status

    def _generic(self, trig: Trigger) -> bool:
        """ "Clashes are frequent", "a series of fatal bombings in 2016", "a history of
        bombings", "the almost daily torrent of bombings", "attacks blamed on the PKK have
        killed hundreds since 1984": no one event."""
        tok = trig.tok
        if (
            tok.tag_ in ("NNS", "NNPS")
            and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children)
            and any(
                c.dep_ == "amod"
                and (c.lower_ in _PAST_WORDS or any(a.lower_ in _PAST_WORDS for a in c.children))
                for c in tok.children
            )
        ):
            return True  # "previously signed agreements", "past attacks": none told
        if tok.tag_ in ("NNS", "NNPS") and any(
            c.dep_ == "amod" and c.lower_ in _HABITUAL for c in tok.children
        ):
            return True  # "its frequent attacks", "the nightly raids": a habit, whoseever
        if tok.tag_ in ("NNS", "NNPS") and any(
            c.dep_ == "amod" and c.lower_ in _MANY for c in tok.children
        ):
            return True  # "has carried out many attacks, killing hundreds": a toll
        if (
            tok.tag_ in ("NNS", "NNPS")
            and any(c.dep_ == "amod" and c.lower_ in _NOW_AND_THEN for c in tok.children)
            and not any(t.ent_type_ in ("DATE", "TIME") for t in tok.head.subtree)
        ):
            # "the warring sides have kept up sporadic clashes": now and then, no day told
            # ("Sporadic clashes broke out in Tripoli on Monday" is the day's news)
            return True
        if _a_seasons_worth(tok):
            return True  # "to escape this year's fighting": a season summed up
        while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head  # "a torrent of bombings and shootings"
        h = tok.head
        if tok.dep_ == "pobj" and h.lower_ == "of":
            if h.head.lemma_.lower() in _HABIT_HEADS:
                return True
            if h.head.lemma_.lower() in _LONG_SPANS and h.head.tag_ == "NNS":
                return True  # "a deal meant to end two years of fighting": a war summed up
            if any(c.dep_ == "amod" and c.lower_ in _HABITUAL for c in h.head.children):
                return True  # "the almost daily torrent of bombings"
        if tok.tag_ not in ("NNS", "NNPS"):
            return False
        obj = tok.head if tok.dep_ == "appos" else tok  # "financing al Qaeda ally X's bombings"
        if (
            obj.dep_ == "dobj"
            and obj.head.lemma_.lower() in _FUNDING_VERBS
            and not any(c.dep_ == "det" for c in tok.children)
            and not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)
        ):
            # "for financing al-Zarqawi's bombings in Iraq", "funding rebel attacks": a
            # campaign paid for; not "financing the bombings in Mombasa", told before
            return True
        if any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
            return False
        if any(c.dep_ == "amod" and c.lower_ in _HABITUAL for c in tok.children):
            return True  # "routine raids", "nightly clashes"
        if any(c.dep_ == "amod" and c.lower_ in ("similar", "such") for c in tok.children):
            # "the group behind similar bombings across Somalia": a kind of event; "Similar
            # attacks hit two villages on Monday" is told with its day
            told = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok
            return not any(t.ent_type_ in ("DATE", "TIME") for t in told.subtree)
        if self._a_years_worth(tok):
            return True
        if (
            tok.dep_ == "pobj"
            and h.head.lemma_.lower() in _ANSWERS
            and not any(t.ent_type_ in ("DATE", "TIME") for t in tok.sent)
        ):
            # "in response to US drone strikes in the area", "in retaliation for air raids":
            # a campaign answered, not one event told ("in retaliation for the strike on
            # Gaza" has its determiner, "for air strikes on Gaza on Monday" its day)
            return True
        if tok.dep_ == "nsubj" and h.lemma_ == "be":
            return any(c.lower_ in ("frequent", "common", "rare", "routine") for c in h.children)
        if tok.dep_ == "pobj" and h.head.lemma_.lower() in ("series", "spate", "string"):
            # "a string of recent attacks by militants who accuse them of ...": who did them
            # and why tell no one of them; a place or a day does ("a series of blasts in
            # Kabul on Monday")
            return not self._has_time_or_place(tok)
        if tok.dep_ == "pobj" and h.head.lower_ == "rounds":
            return True  # "after several rounds of talks": many meetings, summed up
        if tok.dep_ == "pobj" and h.head.lemma_.lower() == "wave":
            # "after a wave of suicide bombings"; "a wave of air strikes hit Aleppo on Monday"
            # is told with its day and place
            told = h.head.head if h.head.dep_ == "nsubj" else h.head
            return not self._has_specifics(told)
        if any(c.dep_ == "acl" and c.lemma_.lower() in _BLAME for c in tok.children):
            return True  # "attacks blamed on Kurdish militants"
        if (
            tok.dep_ == "pobj"
            and h.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in h.head.children)
            and not self._has_specifics(h.head)
        ):
            return True  # "Dozens have been killed in sectarian clashes": a toll
        if tok.dep_ == "pobj" and h.lower_ == "for" and h.head.lemma_.lower() in _BLAME:
            return True  # "has been blamed for attacks in Turkey"
        if tok.dep_ == "pobj" and h.lower_ in ("to", "with") and h.head.lower_ in _USED_TO:
            return True  # "Turkey has become accustomed to deadly attacks"
        return self._since_a_year(trig)

    def _a_years_worth(self, tok) -> bool:
        """ "Muslim rebels seized Bangui in 2013, which led to attacks and reprisals": bare
        plurals listed ("attacks and reprisals", "killings and abductions") that name no
        place, in a sentence whose only time is a year, tell what a year held, not one event
        ("clashes in Tripoli on Sunday", "protests that were smashed by police" in 2007 are
        one)."""
        if not any(c.dep_ == "conj" and c.tag_ == "NNS" for c in tok.children):
            return False  # "during opposition protests that were smashed by police" in 2007
        if any(self._toponym_of(t) is not None for t in tok.subtree):
            return False  # "attacks and raids on three army posts near Goma in 2012"
        dates = [t for t in self.ctx.s.sent if t.ent_type_ in ("DATE", "TIME")]
        return bool(dates) and all(
            re.fullmatch(r"(?:1[89]|20)\d\d", t.text) or t.lower_ in ("in", "of", "the")
            for t in dates
        )

    def _since_a_year(self, trig: Trigger) -> bool:
        """ "have killed thousands since 1980", "over the past decade", "in recent years":
        many events over a span of years, told as one toll."""
        root = self._clause_root(trig.tok)
        preps = [p for p in self.ctx.s.sent if p.i in self._region(trig) and p.dep_ == "prep"]
        for p in [*preps, *children(root, "prep")]:
            for o in children(p, "pobj"):
                if p.lower_ == "since" and re.fullmatch(r"(?:19|20)\d\ds?", o.text):
                    return True
                span = o.lemma_.lower() in _TIME_UNITS and any(
                    c.lower_ in ("past", "last", "recent", "previous") for c in o.children
                )
                if span and p.lower_ in ("over", "in", "during", "across", "throughout"):
                    return True
        return False

    def _has_time_or_place(self, tok) -> bool:
        """A place or a time in the phrase of ``tok``, not in a relative clause on it."""
        inner = {
            t.i
            for c in tok.subtree
            if c.dep_ in ("relcl", "acl") and c.i != tok.i
            for t in c.subtree
        }
        return any(
            t.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") or self._toponym_of(t) is not None
            for t in tok.subtree
            if t.i != tok.i and t.i not in inner
        )

    def _has_specifics(self, tok) -> bool:
        return any(
            self.ctx.mention(t) is not None or t.ent_type_ in ("GPE", "LOC", "DATE")
            for t in tok.subtree
            if t.i != tok.i
        )

    # --- roles ----------------------------------------------------------------------------
    def _phrase_actors(self, tok, depth: int = 0) -> list[tuple[str, tuple[int, int] | None]]:
        """The actors a noun phrase headed by ``tok`` names (conjuncts included), with spans."""
        out: list[tuple[str, tuple[int, int] | None]] = []
        for head in with_conjuncts(tok):
            listed = self._listed_before(head)
            if listed:
                out += [it for it in listed if it[0] not in [o[0] for o in out]]
                continue
            for item in self._head_actors(head, depth):
                item = _without_possessive(self._lower_first_word(item))
                if item[0] not in [o[0] for o in out]:
                    out.append(item)
        if any(n[:1].isupper() for n, _ in out):
            # "Israeli tanks and troops": the state, not "troops" again
            out = [o for o in out if o[0][:1].isupper() or o[0] in self.words["group_nouns"]]
        return out

    def _craft_as_written(
        self, trig: Trigger, targets: list[tuple[str, tuple[int, int] | None]]
    ) -> list[tuple[str, tuple[int, int] | None]]:
        """ "shot down a Chinese surveillance balloon", "the downing of a Russian warplane":
        what was shot down, as written, not the state its adjective names ("Shoot-down of
        Russia"); the span still covers the adjective, so the state is still whose it was."""
        tok = trig.tok
        objs = children(tok, "dobj", "nsubjpass") if not trig.is_noun else []
        objs += [o for p in children(tok, "prep") if p.lower_ == "of" for o in children(p, "pobj")]
        out = list(targets)
        for o in _with_conjuncts_of(objs):
            appos = [c for c in o.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
            if o.pos_ == "PROPN" and appos:
                # "hijacked the MV Faina, a Ukrainian cargo carrier": the craft by its name,
                # not by the state of its flag the apposition names
                core = sorted(
                    (
                        t
                        for t in o.subtree
                        if t.i < appos[0].left_edge.i and t.dep_ not in ("det", "punct")
                    ),
                    key=lambda t: t.i,
                )
                if not core:
                    continue
                span = (self.ctx.s.char(core[0]), self.ctx.s.char_end(appos[0].right_edge))
            elif o.pos_ != "NOUN":
                continue
            else:
                core = sorted(
                    (t for t in _np_tokens(o) if t.dep_ not in ("det", "nummod", "poss")),
                    key=lambda t: t.i,
                )
                span = (self.ctx.s.char(core[0]), self.ctx.s.char_end(core[-1]))
            inside = [
                k for k, (_n, sp) in enumerate(out) if sp is not None and span[0] <= sp[0] < span[1]
            ]
            if len(inside) != 1 or out[inside[0]][1] == span:
                continue
            name = o.doc[core[0].i : core[-1].i + 1].text
            out[inside[0]] = (name[:1].upper() + name[1:], span)
        return out

    def _sides_as_written(self, o, spec: dict) -> list[tuple[str, tuple[int, int] | None]]:
        """ "a deal between the warring sides": sides no name tells, as written, when words
        say which (types with ``needs_sides``; "the two sides" says no more than the deal)."""
        if not spec.get("needs_sides") or o.pos_ != "NOUN" or o.tag_ != "NNS":
            return []
        core = sorted(
            (t for t in _np_tokens(o) if t.dep_ in ("amod", "compound") or t.i == o.i),
            key=lambda t: t.i,
        )
        if len(core) < 2 or core[-1].i != o.i:
            return []
        name = o.doc[core[0].i : o.i + 1].text
        return [(name, (self.ctx.s.char(core[0]), self.ctx.s.char_end(o)))]

    def _victims_as_written(
        self, item: tuple[str, tuple[int, int] | None]
    ) -> tuple[str, tuple[int, int] | None]:
        """ "Two French security advisers were abducted", "They were abducted" after them: the
        people taken, as written, not the state their adjective names ("Kidnapping of
        France"); the span still covers the adjective."""
        name, span = item
        if span is None or not name[:1].isupper():
            return item
        ctx = self.ctx
        for c in (ctx, ctx.prev):
            if c is None:
                continue
            tok = next((t for t in c.s.sent if c.s.char(t) == span[0]), None)
            if tok is None:
                continue
            head = tok.head
            if tok.dep_ not in ("amod", "compound") or head.pos_ != "NOUN" or head.i < tok.i:
                return item
            core = sorted(
                (t for t in _np_tokens(head) if t.dep_ not in ("det", "nummod", "poss")),
                key=lambda t: t.i,
            )
            if core[0].i != tok.i:
                return item  # "the kidnapped men's French employer": not the words named
            return head.doc[tok.i : head.i + 1].text, (span[0], c.s.char_end(head))
        return item

    def _in_a_mission(
        self, item: tuple[str, tuple[int, int] | None]
    ) -> tuple[str, tuple[int, int] | None]:
        """ "Two Chadian peacekeepers died in a mortar attack": men who serve an international
        mission ('mission_nouns') are named as written, not as the state their adjective names
        (the attack was on the UN's mission, not on Chad)."""
        written = self._victims_as_written(item)
        if written is item:
            return item
        head = written[0].split()[-1].lower()
        missions = self.words["mission_nouns"]
        return written if head in missions or head.rstrip("s") in missions else item

    def _lower_first_word(
        self, item: tuple[str, tuple[int, int] | None]
    ) -> tuple[str, tuple[int, int] | None]:
        """ "Security forces killed four protesters": a common noun capitalised only because
        it opens the sentence is written as the noun it is ("security forces"), not as a
        name."""
        name, span = item
        first = self.ctx.s.sent[0]
        if (
            span is None
            or span[0] != self.ctx.s.char(first)
            or not name[:1].isupper()
            or not name.startswith(first.text)
            or first.pos_ not in ("NOUN", "ADJ")
            or first.ent_type_
            or self.ctx.mention(first) is not None
            or first.text.isupper()
        ):
            return item
        return name[:1].lower() + name[1:], span

    def _listed_before(self, tok) -> list[tuple[str, tuple[int, int] | None]]:
        """ "talks between Khartoum and Darfur rebels": the parser hangs a side named before
        "and" on the other side's noun; a state (or its capital) listed so is a side of its
        own, and the words after "and" name the other one."""
        ctx = self.ctx
        for c in tok.children:
            if c.dep_ not in ("nmod", "compound") or c.i >= tok.i:
                continue
            m = ctx.mention(c)
            conj = children(c, "conj")
            if m is None or m.ref.kind != "state" or not conj or not children(c, "cc"):
                continue
            first = conj[0].left_edge
            if first.i <= c.i:
                continue
            name = tok.doc[first.i : tok.i + 1].text
            return [
                (m.ref.actor, (m.start, m.end)),
                (name, (ctx.s.char(first), ctx.s.char_end(tok))),
            ]
        return []

    def _whose_site(self, m: Mention) -> bool:
        """ "prisoners held in a Swiss jail ... the passengers it holds hostage": a demonym that
        only says whose a jail, a plant or a port is names no one a pronoun can stand for."""
        if m.ref.form != "demonym":
            return False
        # the mention's token, when it is in this sentence (one told before is not read here)
        first = next((t for t in self.ctx.s.sent if self.ctx.s.char(t) == m.start), None)
        if first is None:
            return False
        lem = first.head.lemma_.lower()
        return (
            first.dep_ == "amod"
            and lem in self.words["facility_nouns"]
            and lem not in self.words["body_nouns"]
        )

    def _they_of_a_governing_clause(self, tok):
        """ "Peru's minister said that police acted in self-defense when they killed three
        farmers": "they" is the subject of the clause its own hangs on, when that subject is
        men named by a common noun ("police", "soldiers"), not a state named before them."""
        if tok.lower_ not in ("they", "them") or tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = tok.head
        while verb.dep_ in ("advcl", "conj", "xcomp", "ccomp") and verb.head.i != verb.i:
            verb = verb.head
            subjects = [c for c in children(verb, "nsubj", "nsubjpass") if c.i < tok.i]
            if not subjects:
                continue
            subj = subjects[0]
            if subj.pos_ != "NOUN" or self.ctx.mention(subj) is not None:
                return None
            if children(subj, "poss") or any(self._nationality(t) for t in _np_tokens(subj)):
                return None  # "its soldiers", "Israeli troops": whose they are, as before
            plural = subj.tag_ == "NNS" or subj.lower_ in self.words["group_nouns"]
            return subj if plural else None
        return None

    def _head_actors(self, tok, depth: int) -> list[tuple[str, tuple[int, int] | None]]:
        ctx = self.ctx
        if depth > 3 or tok.i in ctx.backer_tokens:
            return []
        lo = tok.lower_
        if lo in ("government", "governments", "state", "states"):
            top = tok.head if tok.dep_ == "conj" else tok
            if (
                top.lower_ in ("state", "states")
                and top.dep_ == "pobj"
                and top.head.lower_ == "of"
                and top.head.head.lemma_.lower() in ("head", "chief")
            ):
                # "the heads of state and government of the African Union": an office, and
                # the body they lead
                return [
                    it
                    for p in children(tok, "prep")
                    if p.lower_ == "of"
                    for o in children(p, "pobj")
                    for it in self._phrase_actors(o, depth + 1)
                    if it[0][:1].isupper()
                ]
        if lo in PERSPRON or lo in RELPRON:
            if lo in RELPRON and tok.head.dep_ == "relcl":
                if tok.head.head.i in self._trigger_tokens:
                    return []  # "the attack that killed one policeman": the event, no actor
                return self._head_actors(tok.head.head, depth + 1)
            if lo in ("it", "its", "itself") and tok.head.lemma_.lower() in _THING_VERBS:
                return []  # "when it blew up": the car, not a state
            named = self._they_of_a_governing_clause(tok)
            if named is not None:
                return self._head_actors(named, depth + 1)
            return [
                (m.ref.actor, (m.start, m.end))
                for m in ctx.resolve_pronoun(tok, False)
                if (lo not in _PERSONAL or self._a_persons(m)) and not self._whose_site(m)
            ]  # "he" is a person: not the France of "the Tour de France" before it
        firm = self._named_for_a_state(tok)
        if firm is not None:
            return [firm]
        m = ctx.mention(tok)
        if m is not None and m.ref.kind == "leader":
            own = self._own_place(tok, m)
            if own is not None:
                return [own]  # "Dagestan's leader, Mukhu Aliyev": not Azerbaijan's Aliyev
        if m is not None and m.ref.kind == "party" and m.ref.theatres:
            other = self._people_elsewhere(tok, m)
            if other is not None:
                return [other]
        if m is not None:
            if m.ref.form == "demonym" and tok.tag_ in ("NNS", "NNPS"):
                within = [
                    c
                    for c in tok.children
                    if c.dep_ in ("amod", "compound")
                    and c.i < tok.i
                    and (mm := ctx.mention(c)) is not None
                    and mm.ref.kind == "state"
                    and mm.ref.code != m.ref.code
                ]
                if within:
                    # "the Bosnian Serbs", "Kosovo Albanians": one people in another's state,
                    # neither state (nor may they stand for one)
                    first = min(within, key=lambda c: c.i)
                    name = tok.doc[first.i : tok.i + 1].text
                    return [(name, (ctx.s.char(first), ctx.s.char_end(tok)))]
                self._people[tok.text] = m.ref.actor
                return [(tok.text, (m.start, m.end))]  # "Turks", "Palestinians": people
            if (
                m.ref.form == "demonym"
                and m.i == tok.i
                and tok.pos_ in ("NOUN", "PROPN")
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
            ):
                return []  # "met a 34-year-old German": one person's nationality, no state
            return [(m.ref.actor, (m.start, m.end))]
        if m is None and tok.tag_ == "NNPS" and tok.ent_type_ == "NORP":
            within = [
                c
                for c in tok.children
                if c.dep_ in ("amod", "compound")
                and c.i < tok.i
                and (mm := ctx.mention(c)) is not None
                and mm.ref.kind == "state"
                and mm.ref.form == "demonym"
            ]
            if within:
                # "Iraqi Kurds": a people the lexicon does not know, in a state: not the state
                first = min(within, key=lambda c: c.i)
                name = tok.doc[first.i : tok.i + 1].text
                return [(name, (ctx.s.char(first), ctx.s.char_end(tok)))]
        found: list[tuple[str, tuple[int, int] | None]] = []
        if tok.lemma_.lower() in self.words["people_nouns"]:
            # "Palestinian women", "Turkish protesters": people of a country, not its state
            demonyms = [
                c
                for c in tok.children
                if c.dep_ in ("amod", "compound")
                and (mm := ctx.mention(c)) is not None
                and mm.ref.form == "demonym"
            ]
            if demonyms:
                first = min(demonyms, key=lambda c: c.i)
                name = f"{first.text} {tok.text}"
                if tok.tag_ in ("NNS", "NNPS"):
                    # "Turkish protesters" may act as the state; "a Turkish man", "a Syrian
                    # refugee" not
                    self._people[name] = ctx.mention(first).ref.actor  # type: ignore[union-attr]
                return [(name, (ctx.s.char(first), ctx.s.char_end(tok)))]
        for c in children(tok, "appos"):
            if c.lemma_.lower() in _FIRM_NOUNS and tok.pos_ == "PROPN" and tok.i < c.i:
                # "Kolin, the Turkish company": the firm's name, not its description
                first = min(t.i for t in _np_tokens(tok) if t.pos_ == "PROPN")
                name = tok.doc[first : tok.i + 1]
                return [(name.text, (ctx.s.char(name[0]), ctx.s.char_end(tok)))]
            found += self._head_actors(c, depth + 1)
        if found:
            return found
        # "Turkish Foreign Minister Mevlut Cavusoglu", "Israel's prime minister": the state
        core = [t for t in _np_tokens(tok) if t.i != tok.i and t.dep_ != "det"]
        if self._one_person(tok) or self._civilians(tok):
            nationals = [t for t in core if self._nationality(t) and t.i < tok.i]
            if nationals:
                # "a Turkish policeman", "a Pakistani taxi driver": one person, not his state
                first = min(nationals, key=lambda t: t.i)
                name = tok.doc[first.i : tok.i + 1].text
                return [(name, (ctx.s.char(first), ctx.s.char_end(tok)))]
        if tok.lemma_.lower() in _IRREGULARS:
            nationals = [t for t in core if self._nationality(t) and t.i < tok.i]
            # a name among the words, not a creed ("Colombia's Marxist rebels" are no state's)
            names = [
                t
                for t in core
                if t.i < tok.i and t.text[:1].isupper() and t not in nationals and t.pos_ == "PROPN"
            ]
            group = any(
                (mm := ctx.mention(t)) is not None
                and mm.ref.kind != "state"
                and mm.ref.form != "demonym"
                for t in names
            )
            if nationals and group:
                # "Pakistani Taliban militants": the group the lexicon knows, not the state
                core = [t for t in core if t not in nationals]
            elif nationals and not names:
                # "Somali gunmen", "Afghan insurgents": armed men of a country, not its state
                # (which they often fight); a name among the words ("Rwandan Patriotic Front
                # rebels") is read below
                first = min(nationals, key=lambda t: t.i)
                name = tok.doc[first.i : tok.i + 1].text
                return [(name, (ctx.s.char(first), ctx.s.char_end(tok)))]
        firms = [t for t in [tok, *core] if t.lemma_.lower() in _FIRM_NOUNS and t.i <= tok.i]
        if firms and any(self._nationality(t) for t in core if t.i < firms[0].i):
            # "the Turkish company Kolin", "a Russian firm": a business, not its state
            if tok.pos_ == "PROPN" and tok.i > firms[0].i:
                first = tok.doc[firms[0].i + 1]
                name = tok.doc[first.i : tok.i + 1].text
                return [(name, (ctx.s.char(first), ctx.s.char_end(tok)))]
            first = min((t for t in core if self._nationality(t)), key=lambda t: t.i)
            name = tok.doc[first.i : tok.i + 1].text
            return [(name, (ctx.s.char(first), ctx.s.char_end(tok)))]
        if any(t.lower_ in _IRREGULAR_WORDS for t in core if t.i < tok.i):
            nationals = [t for t in core if self._nationality(t) and t.i < tok.i]
            names = [t for t in core if t.i < tok.i and t.text[:1].isupper() and t not in nationals]
            if nationals and not names:
                # "a renegade Afghan militia leader": a people's irregular, not its state
                first = min(nationals, key=lambda t: t.i)
                name = tok.doc[first.i : tok.i + 1].text
                return [(name, (ctx.s.char(first), ctx.s.char_end(tok)))]
        if any(
            t.lemma_.lower() in _CIVILIAN_TRADES or t.lower_ in _CIVILIAN_TRADES
            for t in [tok, *core]
        ):
            # "a 12-year-old German-Iraqi boy", "New Zealand national Campbell Paterson", "a
            # Turkish policeman": one person's nationality, not the state
            core = [t for t in core if not self._nationality(t)]
        peoples = [
            t
            for t in core
            if t.i < tok.i and (mm := ctx.mention(t)) is not None and mm.ref.form == "demonym"
        ]
        if len({ctx.mention(t).ref.code for t in peoples}) > 1:  # type: ignore[union-attr]
            # "Bosnian Serb gunners", "Iraqi Kurdish fighters": a people's men in a country,
            # neither state
            first = min(peoples, key=lambda t: t.i)
            name = tok.doc[first.i : tok.i + 1].text
            return [(name, (ctx.s.char(first), ctx.s.char_end(tok)))]
        if any(t.lower_ in _BREAKAWAY for t in [tok, *core] if t.i <= tok.i):
            # "Georgia's breakaway Abkhazia", "Moldova's separatist region": the state a
            # region broke away from is no party to what it does
            core = [t for t in core if t.dep_ != "poss"]
        lem = tok.lemma_.lower()
        if (
            lem in SITE_NOUNS
            or (lem in self.words["facility_nouns"] and lem not in self.words["body_nouns"])
            or (lem in self.words["place_nouns"] and lem != "state")
        ):
            # "on Paris' Champs-Elysees boulevard", "a Paris concert hall", "a Damascus
            # suburb": the city says where the site is, not whose it is (the state that "Saudi
            # Arabia's airport" names stays; "the Damascus government" is the state)
            core = [t for t in core if not self._a_city(t)]
        for c in sorted(core, key=lambda t: t.i):
            if c.i in ctx.backer_tokens or self._in_a_hyphenated_name(c):
                continue
            firm = self._named_for_a_state(c)
            if firm is not None:
                if firm not in found:
                    found.append(firm)  # "Rwandan Patriotic Front rebels": the front's
                continue
            for cc in with_conjuncts(c):
                mm = ctx.mention(cc)
                if mm is not None and (mm.ref.actor, (mm.start, mm.end)) not in found:
                    found.append((mm.ref.actor, (mm.start, mm.end)))
        if found and tok.lemma_.lower() in self.words["official_nouns"]:
            for name, _span in found:
                self._offices.setdefault(name, tok.lemma_.lower())
        if not found:
            # a country the lexicon lacks ("Sri Lankan army", "Indonesian police")
            for c in sorted(core, key=lambda t: t.i):
                tp = self._toponym_of(c)
                if tp is not None and tp.candidate is not None and tp.candidate.kind == "country":
                    found.append((tp.candidate.name, (tp.start, tp.end)))
                    break
        if found:
            return found
        if tok.lemma_.lower() == "member" and self._indefinite_one(tok):
            # "a member of the Turkish security forces": one man of theirs, not the state
            of = [o for p in children(tok, "prep") if p.lower_ == "of" for o in children(p, "pobj")]
            if of:
                last = max(t.i for t in _np_tokens(of[0]))
                name = tok.doc[tok.i : last + 1].text
                return [(name, (ctx.s.char(tok), ctx.s.char_end(tok.doc[last])))]
        if tok.lemma_.lower() in _OF_ACTOR_HEADS:
            for p in tok.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    for o in p.children:
                        if o.dep_ != "pobj":
                            continue
                        found += self._phrase_actors(o, depth + 1)
                        tp = self._toponym_of(o)
                        if not found and tp is not None and tp.candidate is not None:
                            found.append((tp.name, (tp.start, tp.end)))  # "Government of Alberta"
            if found:
                return found
        fallback = self._fallback_name(tok)
        if not fallback:
            return []
        toks = sorted(_np_tokens(tok), key=lambda t: t.i)
        return [(fallback, (self.ctx.s.char(toks[0]), self.ctx.s.char_end(toks[-1])))]

    def _states_official(self, tok) -> tuple[str, tuple[int, int]] | None:
        """ "shot Russia's ambassador to Turkey", "kidnapped the Egyptian envoy": one official
        his state's name only says whose he is; harmed, he is the one it was done to, by his
        name when the text gives it beside ("Russia's ambassador, Andrei Karlov")."""
        if tok.lemma_.lower() not in _HARMED_OFFICES or tok.pos_ != "NOUN":
            return None
        ctx = self.ctx
        # "Russia's ambassador to Turkey, Andrei Karlov": the parse hangs the name on Turkey
        heads = [tok, *(o for p in children(tok, "prep") for o in children(p, "pobj"))]
        for c in (a for h in heads for a in children(h, "appos")):
            if c.ent_type_ == "PERSON":
                first = min(t.i for t in _np_tokens(c) if t.ent_type_ == "PERSON")
                name = tok.doc[first : c.i + 1]
                return name.text, (ctx.s.char(name[0]), ctx.s.char_end(c))
        owners = [
            c
            for c in tok.children
            if c.dep_ in ("poss", "amod", "compound") and c.i < tok.i and self._nationality(c)
        ]
        if not owners or any(c.dep_ == "compound" and c.ent_type_ == "ORG" for c in owners):
            return None
        first = min(owners, key=lambda c: c.left_edge.i).left_edge
        name = tok.doc[first.i : tok.i + 1].text
        self._offices.setdefault(name, tok.lemma_.lower())
        return name, (ctx.s.char(first), ctx.s.char_end(tok))

    def _people_elsewhere(self, tok, m: Mention) -> tuple[str, tuple[int, int]] | None:
        """ "Iraqi Kurdish fighters": a group the lexicon knows by a people's name ("Kurdish
        fighters", Syria's YPG) given with the state of another country than where it
        fights is that people's men in that country, written as the text names them."""
        for c in tok.children:
            if c.dep_ not in ("amod", "compound") or m.i <= c.i < m.j or c.i > tok.i:
                continue
            mm = self.ctx.mention(c)
            if mm is None or mm.ref.kind != "state" or not mm.ref.state:
                continue
            if mm.ref.state.lower() not in m.ref.theatres:
                name = tok.doc[c.i : tok.i + 1].text
                return name, (self.ctx.s.char(c), self.ctx.s.char_end(tok))
        return None

    @staticmethod
    def _indefinite_one(tok) -> bool:
        """ "a policeman", "one member": a single someone the text does not name."""
        return tok.tag_ == "NN" and any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in tok.children
        )

    def _named_for_a_state(self, tok) -> tuple[str, tuple[int, int]] | None:
        """An organisation whose name holds a state's ("Malaysia Airlines", "Air India",
        "Saudi Aramco", "the Syrian Observatory for Human Rights"): a firm or a body of its
        own, not the state, unless its name says it is an organ of the state ("the Russian
        Defence Ministry", "the Afghan National Army", "Turkish Armed Forces"); an army named
        for a region of a state ("the South Lebanon Army") is a group of its own."""
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is None or ent.label_ not in ("ORG", "NORP"):
            return self._regional_army(tok)
        words = [t for t in ent if t.dep_ != "det"]
        if len(words) < 2 or not any(self.ctx.mention(t) is not None for t in words):
            return None
        if any(not (t.text[:1].isupper() or t.lower_ in _NAME_JOINERS) for t in words):
            return None  # "Turkish troops", "Russian officials": a state's people, not a name
        lex = self.ctx.lex
        organs = lex.words("state_organs") | lex.words("armed_nouns") | _STATE_NAME_WORDS
        organs |= self.words["body_nouns"]
        rebel = any(t.lower_ in REBEL_ARMY_WORDS | _REBEL_NAME_WORDS for t in words)
        rebel = rebel or regional_name(words, self.ctx.mention)
        if not rebel and any(t.lower_ in organs or t.lemma_.lower() in organs for t in words):
            return None  # (but "the Sudan People's Liberation Army" is no state's army)
        if any(self.ctx.mention(t) is None and self._nationality(t) for t in words):
            return None  # "Bosnian Serb": a people
        if all(self.ctx.mention(t) is not None for t in words):
            return None  # "Saudi Arabia", "North Korea": the state's own name
        span = (self.ctx.s.char(words[0]), self.ctx.s.char_end(words[-1]))
        return tok.doc[words[0].i : words[-1].i + 1].text, span

    def _regional_army(self, tok) -> tuple[str, tuple[int, int]] | None:
        """The capitalised "Army", "Front" or "Forces" a token is part of, when its name is a
        region of a state's ("a South Lebanon Army position"), though the parser took it for
        no organisation."""
        sent = tok.sent
        i = j = tok.i
        while i > sent.start and tok.doc[i - 1].text[:1].isupper():
            i -= 1
        while j + 1 < sent.end and tok.doc[j + 1].text[:1].isupper():
            j += 1
        while i < j and tok.doc[i].dep_ == "det":
            i += 1  # "The South Lebanon Army" at a sentence's start
        last = tok.doc[j]
        if i == j or last.lower_ not in ("army", "front", "forces"):
            return None
        if not regional_name(tok.doc[i:j], self.ctx.mention):
            return None
        span = (self.ctx.s.char(tok.doc[i]), self.ctx.s.char_end(last))
        return tok.doc[i : j + 1].text, span

    def _one_person(self, tok) -> bool:
        """One unnamed person by his trade or lot ("a Turkish policeman", "an off-duty Afghan
        guard", "a Chechen taxi driver"): neither an office that speaks for a state (an
        envoy, a minister) nor a soldier, whose acts are his army's."""
        if not self._indefinite_one(tok):
            return False
        lem = tok.lemma_.lower()
        if lem in self.words["official_nouns"] - _ONE_PERSON_OFFICES:
            return False
        return (
            lem in _ONE_PERSON
            or lem in self.words["people_nouns"]
            or lem.endswith(("man", "woman", "ee", "ist"))
        ) and lem not in _ONE_PERSON_NOT

    def _civilians(self, tok) -> bool:
        """Men of a civilian trade, several ("two Chinese engineers", "three Turkish truck
        drivers", "seven Pakistani workers"): people of that country, not its state, as one of
        them is (``_one_person``); soldiers, officers and fighters act for their side."""
        lem = tok.lemma_.lower()
        return (
            tok.tag_ == "NNS"
            and lem in _CIVILIAN_TRADES | self.words["people_nouns"]
            and lem not in _IRREGULARS
        )

    def _a_city(self, tok) -> bool:
        """A town's name (a capital standing for its state or its government included), not
        a country's."""
        m = self.ctx.mention(tok)
        if m is not None and m.ref.form == "metonym":
            return True
        tp = self._toponym_of(tok)
        return (
            tp is not None
            and tp.candidate is not None
            and tp.candidate.kind != "country"
            and (m is None or (m.start, m.end) == (tp.start, tp.end))
        )

    def _airspace_country(self, trig: Trigger) -> Toponym | None:
        """ "Russian drones entered Polish airspace from Belarus": an aircraft's incursion is
        in the country whose airspace it entered (its adjective or possessive), never where
        it came from or landed."""
        tok = trig.tok
        if trig.is_noun or not self.types[trig.type].get("object_is_place"):
            return None
        objects = [
            *children(tok, "dobj"),
            *(o for p in children(tok, "prep") for o in children(p, "pobj")),
        ]
        for o in objects:
            if o.lemma_.lower() != "airspace":
                continue
            for c in o.children:
                if c.dep_ in ("amod", "poss", "compound", "nmod") and c.i < o.i:
                    tp = self._toponym_of(c)
                    if tp is not None:
                        return tp
        return None

    def _of_a_state(self, items: list[tuple[str, tuple[int, int] | None]]) -> bool:
        """Whether a phrase of ``items`` names a state or a party in its words ("the US-led
        military coalition"), though the item is named by its head ("coalition")."""
        for _n, sp in items:
            if sp is None:
                continue
            toks = self._span_tokens(sp)
            head = toks[-1] if toks else None
            # the words before its head: "the coalition in Afghanistan" is no state's
            words = [t for t in head.subtree if t.i < head.i] if head is not None else []
            for t in words:
                nxt = t.nbor(2) if t.i + 2 < len(t.doc) and t.nbor(1).text == "-" else None
                if nxt is not None and nxt.lower_ in _BACKERS_WORDS:
                    continue  # "the US-backed forces": who backs them, not whose they are
                m = self.ctx.mention(t)
                if (m is not None and m.ref.kind in ("state", "party")) or self._nationality(t):
                    return True
        return False

    def _airspace_of_no_state(self, trig: Trigger) -> bool:
        """ "violated NATO airspace", "entered EU airspace": the airspace is an alliance's,
        named by a word that is no country, so no place of the sentence ("while trying to
        intercept a US bomber") is where it was."""
        if trig.is_noun:
            return False
        tok = trig.tok
        objects = [
            *children(tok, "dobj"),
            *(o for p in children(tok, "prep") for o in children(p, "pobj")),
        ]
        return any(
            c.dep_ in ("amod", "poss", "compound", "nmod")
            and c.i < o.i
            and c.text[:1].isupper()
            and self._toponym_of(c) is None
            for o in objects
            if o.lemma_.lower() == "airspace"
            for c in o.children
        )

    def _military_aircraft_subject(self, tok, active_preps: tuple[str, ...] = ()) -> bool:
        """ "Russian drones", "two fighter jets", "military helicopters": the subject of ``tok``
        is an aircraft of the military or of a state (its country's word on it); not a
        commercial, passenger, hijacked or medical one, nor "the president's plane"."""
        words = event_words()
        subj = (
            [tok.head]
            if _said_of_its_noun(tok, active_preps)
            else children(tok, "nsubj", "nsubjpass") or governing_subjects(tok)
        )
        for s in subj:
            if s.lemma_.lower() not in words["aircraft_nouns"]:
                continue
            np = list(s.subtree)
            low = _words(np) | {t.lemma_.lower() for t in np}
            low |= {f"{a.lower_} {b.lower_}" for a, b in pairwise(np) if b.i == a.i + 1}
            if low & words["civil_aircraft"]:
                continue
            if (low | {s.lemma_.lower()}) & words["military_aircraft"] or any(
                t.i < s.i and self._nationality(t) for t in np
            ):
                return True
        return False

    def _nationality(self, tok) -> bool:
        """A word that names a country or its people ("German", "New Zealand")."""
        m = self.ctx.mention(tok)
        if m is not None and (m.ref.kind == "state" or m.ref.form == "demonym"):
            return True
        tp = self._toponym_of(tok)
        return tp is not None and tp.candidate is not None and tp.candidate.kind == "country"

    def _in_a_hyphenated_name(self, tok) -> bool:
        """ "an Athens-Clarke police officer": a capital inside a longer name joined by a
        hyphen to a word that names no actor stands for no state."""
        m = self.ctx.mention(tok)
        if m is None or m.ref.form != "metonym":
            return False
        doc = tok.doc
        for a, b in ((m.j, m.j + 1), (m.i - 1, m.i - 2)):
            if (
                0 <= b < len(doc)
                and doc[a].text == "-"
                and doc[b].pos_ == "PROPN"
                and self.ctx.mention(doc[b]) is None
            ):
                return True
        return False

    def _a_persons(self, m: Mention) -> bool:
        """Whether a mention can be what "he" or "she" stands for: a leader, or the state of
        an official ("Georgia's top official", "U.S. Secretary of State Rex Tillerson")."""
        if m.ref.kind in ("leader", "person"):
            return True
        doc = self.ctx.s.sent.doc
        t = next((doc[k] for k in range(m.j - 1, m.i - 1, -1) if doc[k].dep_ != "case"), doc[m.i])
        office = t.head
        while office.dep_ == "compound" and office.head.i != office.i:
            office = office.head
        return t.dep_ in ("poss", "compound", "amod", "nmod") and (
            office.lemma_.lower() in self.words["official_nouns"] or office.ent_type_ == "PERSON"
        )

    def _own_place(self, tok, m: Mention) -> tuple[str, tuple[int, int]] | None:
        """The place a leader's name is given with ("Dagestan's leader, Mukhu Aliyev", "Mukhu
        Aliyev, the leader of Dagestan") when it lies in another country than the leader the
        lexicon knows by that name: a namesake, who stands for that place."""
        if not m.ref.code:
            return None
        nouns = [tok, *children(tok, "appos")]
        if tok.dep_ == "appos":
            nouns.append(tok.head)
        owners = []
        for n in nouns:
            owners += [t for t in _np_tokens(n) if t.dep_ in ("poss", "compound", "amod", "nmod")]
            owners += [o for p in children(n, "prep") if p.lower_ == "of" for o in p.children]
        for o in owners:
            if m.i <= o.i < m.j:
                continue
            mm = self.ctx.mention(o)
            if mm is not None and mm.ref.code and mm.ref.code != m.ref.code:
                return mm.ref.actor, (mm.start, mm.end)
            tp = self._toponym_of(o)
            c = tp.candidate if tp is not None else None
            if tp is not None and c is not None and c.country and c.country != m.ref.code:
                return _place_name(tp), (tp.start, tp.end)
        return None

    def _fallback_name(self, tok) -> str | None:
        """An actor the lexicon does not know: a named entity, a country the geoparser found, or
        a head such as "gunmen" or "Muslim militants"."""
        if tok.pos_ not in ("NOUN", "PROPN", "NUM"):
            return None  # "military operations": an adjective names no one
        if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
            ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
            if ent is not None and not any(t.pos_ == "PROPN" for t in ent):
                ent = None
            if ent is not None and self._trigger_tokens & set(range(ent.start, ent.end)):
                ent = None  # a headline parsed as a name: "Car Bomb Kills"
            if ent is not None:
                tp = self._toponym_at(ent.start_char, ent.end_char)
                if tp is not None and tp.candidate is not None and tp.candidate.kind == "country":
                    return tp.candidate.name
                if tp is not None and not tp.metonymic and ent.label_ == "GPE":
                    return None  # a place named as subject is rarely the actor
                if any(t.lower_ in STREET_WORDS for t in ent):
                    return None  # "1200 E. Broad St. Lanier": an address glued to a name
                if any(t.lower_ in TIME_ZONES for t in ent):
                    return None  # "late on Tuesday (2100 GMT)": a time, no one's name
                text = ent.text
                inner = [t for t in ent if t.i > ent.start and t.text == "The"]
                if inner:  # "Lansing State Journal The Lansing City Council": a byline before
                    text = ent.doc[inner[-1].i : ent.end].text
                text = text[4:] if text.lower().startswith("the ") else text
                # "Abu Musab al-Zarqawi 's bombings": the possessive belongs to no name
                return _POSSESSIVE_END.sub("", text).strip() or None
        lem = tok.lemma_.lower()
        if lem in ("position", "stronghold", "hideout", "base", "camp", "post", "convoy"):
            for c in tok.children:  # "militant positions": the militants
                if c.dep_ in ("amod", "compound") and (
                    c.lower_ in self.words["group_nouns"] or c.lemma_ in self.words["group_nouns"]
                ):
                    # "militant positions": the militants; "a police post": the police
                    word = c.lemma_.lower()
                    plural = word if word.endswith("s") else word + "s"
                    return plural if plural in self.words["group_nouns"] else word
        if lem in self.words["actor_nouns"] or tok.lower_ in self.words["actor_nouns"]:
            mods = [
                c
                for c in tok.children
                if c.dep_ in ("amod", "compound")
                and c.i < tok.i
                and (c.text[:1].isupper() or c.lower_ in ("armed", "masked", "suicide"))
                and c.i not in self.ctx.backer_tokens
                and c.lower_ not in ("suspected", "alleged")
            ]
            # "German-Iraqi boy", "Athens-Clarke officer": a modifier with its own hyphenated
            # first part
            words = [
                tok.doc[c.left_edge.i : c.i + 1].text
                if all(t.text[:1].isupper() or t.text == "-" for t in tok.doc[c.left_edge.i : c.i])
                else c.text
                for c in sorted(mods, key=lambda c: c.i)
            ] + [tok.text]
            text = " ".join(words)
            return text if text[:1].isupper() and mods else text.lower() if not mods else text
        return None

    def _toponym_at(self, start: int, end: int) -> Toponym | None:
        base = self.ctx.s.base
        for tp in self.ctx.toponyms:
            if tp.start < base + end and base + start < tp.end:
                return tp
        return None

    def roles(self, trig: Trigger) -> tuple[list, list]:
        """(actors, targets) of the trigger, each a list of (name, char span or None)."""
        spec = self.types[trig.type]
        sym = bool(spec.get("symmetric"))
        target_preps = set(spec.get("target_preps", []))
        of_role = spec.get("of_role")
        obj_role = trig.object_role or spec.get("object_role", "actor" if sym else "target")
        obj_place = spec.get("object_is_place", False)
        agents: list = []
        targets: list = []
        tok = trig.tok

        def add(into: list, items) -> None:
            for it in items:
                if it[0] not in [x[0] for x in into]:
                    into.append(it)

        harm = not sym and trig.type in _HARM_TYPES

        def harmed(o) -> list:
            """Whom the event harmed: an official named by his state is the person."""
            if not harm:
                return self._phrase_actors(o)
            out: list = []
            for head in with_conjuncts(o):
                own = self._states_official(head)
                out += [own] if own is not None else self._phrase_actors(head)
            return out

        def obj_items(o):
            items = harmed(o)
            if obj_place:
                # "visited Beijing", "invaded Iraq": the place; a country is also the target
                items = [
                    it
                    for it in items
                    if it[1] is None or not self._is_place_span(it[1]) or self._is_country(it[1])
                ]
            return items

        if not trig.is_noun:
            verb = tok
            broker = sym and verb.lemma_.lower() in _BROKER_VERBS
            if _said_of_its_noun(verb, trig.active_preps):
                add(agents, self._phrase_actors(verb.head))  # "aircraft intruded into ..."
            for c in verb.children:
                if c.dep_ == "nsubj" and broker:
                    continue  # "Qatar brokered a truce between Israel and Hamas": no side
                if c.dep_ == "dobj" and broker:
                    for p in children(c, "prep"):
                        if p.lower_ in ("between", "with"):
                            for o in children(p, "pobj"):
                                add(agents, self._phrase_actors(o))
                    continue
                if c.dep_ == "nsubj" and _a_headlines_noun(verb, c):
                    continue  # "More Sarajevo shelling kills 9": the town shelled, not who shelled
                if c.dep_ == "nsubj":
                    c = subject_after_a_time(verb, c)
                if c.dep_ == "nsubj" and not sym and self._elided_passive(verb, trig.active_preps):
                    add(targets, self._phrase_actors(c))  # "Aid workers kidnapped in Kenya"
                elif c.dep_ == "nsubj":
                    add(agents, self._forces_as_written(c, spec) or self._phrase_actors(c))
                elif c.dep_ == "nsubjpass":
                    if obj_role == "owner":  # "Russian missiles would be installed"
                        add(agents, [it for it in self._phrase_actors(c) if it[0][:1].isupper()])
                    elif verb.lemma_.lower() in ("fire", "launch", "hurl", "throw") and any(
                        p.lower_ in ("at", "on", "into") and children(p, "pobj")
                        for p in children(verb, "prep")
                    ):
                        continue  # "the Taser that was fired at Dziekanski": what was fired
                    elif obj_role != "none":
                        add(agents if sym else targets, harmed(c))
                elif c.dep_ == "agent":
                    for o in children(c, "pobj"):
                        add(agents, self._phrase_actors(o))
                elif c.dep_ in ("dobj", "dative"):
                    if obj_role == "owner":  # "deployed Turkish troops"
                        add(agents, [it for it in self._phrase_actors(c) if it[0][:1].isupper()])
                        continue
                    if obj_role == "none":
                        continue
                    add(agents if obj_role == "actor" else targets, obj_items(c))
                elif c.dep_ == "prep":
                    objs = [o for o in c.children if o.dep_ == "pobj"]
                    if sym and (
                        c.lower_ in ("with", "between")
                        or (c.lower_ == "to" and verb.lemma_.lower() in ("speak", "talk"))
                    ):  # "spoke to Hugo Chavez by satellite phone": whom one speaks to
                        for o in objs:
                            add(agents, self._phrase_actors(o))
                    elif c.lower_ in target_preps:
                        for o in objs:
                            add(targets, obj_items(o) if obj_place else harmed(o))
            for v in spec.get("verbs", ()):
                if "declared" in v and v["lemma"] == verb.lemma_.lower():
                    declared = self._declared(verb, v)
                    if declared is not None and declared.dep_ != "nsubjpass":
                        add(targets, self._phrase_actors(declared))
            if not children(verb, "nsubj", "nsubjpass", "agent") and not broker:
                # "Qatar helped broker a truce between Israel and Hamas": who helped broker it
                # is no side, as its own subject is none
                subjects, undergoes = self._subjects_above(verb)
                for s in subjects:
                    if _a_headlines_noun(verb, s):
                        continue  # "Sarajevo shelling kills 34, threatens new round of talks"
                    add(targets if undergoes and not sym else agents, self._phrase_actors(s))
        else:
            # "Israeli offensive", "PKK attack", "Iraq's invasion", "UN hostages"
            mod_role = spec.get("modifier_role", "actor")
            # a headline ("Lula, Biden Discuss Attack on ...") parses names as modifiers
            mod_deps = (
                ("poss", "amod") if self._headline() else ("poss", "compound", "amod", "nmod")
            )
            for c in tok.children:
                if c.dep_ in mod_deps and c.i not in self.ctx.backer_tokens:
                    # "PKK attack", "Israeli offensive", "Iraq's invasion": a known actor or a
                    # country; "TNT bomb", "Walmart attack" name no author
                    items = [
                        it
                        for it in self._phrase_actors(c)
                        if (it[0][:1].isupper() and (c.dep_ == "poss" or self._known_actor(it[1])))
                        or (spec.get("people_actors") and c.dep_ == "compound")
                    ]  # "opposition protests", "student protests": who protested
                    items = [
                        it
                        for it in items
                        if not self._is_place_modifier(c, bool(spec.get("people_actors")))
                    ]
                    # "Karlov's assassination by a member of the security forces": with the
                    # author after "by", a person who owns the event is the one it was done to
                    suffered = (
                        c.dep_ == "poss"
                        and not sym
                        and c.ent_type_ == "PERSON"
                        and any(
                            p.lower_ == "by" for p in tok.children if p.dep_ in ("prep", "agent")
                        )
                    )
                    add(targets if mod_role == "target" or suffered else agents, items)
            for p in tok.children:
                if p.dep_ not in ("prep", "agent"):
                    continue
                objs = [o for o in p.children if o.dep_ == "pobj"]
                low = p.lower_
                for o in objs:
                    if low == "by" or (low in ("between", "with") and sym):
                        add(
                            agents,
                            self._phrase_actors(o)
                            or (self._sides_as_written(o, spec) if low == "between" else []),
                        )
                    elif low == "of" and of_role == "target":
                        add(targets, obj_items(o))
                    elif low == "of" and sym:
                        add(agents, self._phrase_actors(o))
                    elif low in target_preps:
                        add(targets, obj_items(o) if obj_place else harmed(o))
            # "an air strike thought to have been carried out by Syrian government forces"
            for c in tok.children:
                if c.dep_ not in ("acl", "relcl"):
                    continue
                verbs = [c] + [
                    x
                    for x in c.subtree
                    if x.dep_ in ("xcomp", "conj") and x.pos_ in ("VERB", "AUX")
                ]
                for v in verbs:
                    if v.lemma_.lower() not in _PERPETRATE:
                        continue  # "protests that were smashed by police": not its author
                    sides = [
                        o
                        for p in children(v, "prep")
                        if p.lower_ == "between"
                        for o in children(p, "pobj")
                    ]
                    if sym and sides and v.lemma_.lower() in _BROKER_VERBS:
                        # "a ceasefire brokered by Qatar between Hamas and the Israeli
                        # government": the two it was made between are its sides, the broker
                        # is none ("brokered by Turkey" alone names who made it)
                        for o in sides:
                            add(agents, self._phrase_actors(o))
                        continue
                    if sym and v.lemma_.lower() in _BROKER_VERBS and spec.get("brokers_no_side"):
                        continue  # "a prisoner swap brokered by Turkey": Turkey swapped no one
                    for a in children(v, "agent"):
                        for o in children(a, "pobj"):
                            add(agents, self._phrase_actors(o))
                    if c.dep_ == "relcl" and any(
                        x.dep_ == "dobj" and x.lower_ in RELPRON for x in v.children
                    ):
                        for sbj in children(v, "nsubj"):
                            add(agents, self._phrase_actors(sbj))
            add(agents, self._seized_as_a_noun_phrase(tok, spec))
            effect = {v for n in spec.get("nouns", ()) for v in n.get("effect_verbs", ())}
            if effect:
                # "a coup that removed Robert Mugabe", "Kabore had been deposed in a coup":
                # whom it removed is whom it was against
                removed = [
                    o
                    for c in tok.children
                    if c.dep_ == "relcl" and c.lemma_.lower() in effect
                    for o in children(c, "dobj")
                ]
                g = tok.head.head if tok.head.pos_ == "ADP" else None
                if g is not None and g.lemma_.lower() in effect:
                    removed += children(g, "nsubjpass")
                for o in removed:
                    add(targets, self._leaders_by_name(self._phrase_actors(o)))
            # "three soldiers were killed in an air strike": the victims are the targets
            h = tok.head.head if tok.head.pos_ == "ADP" else None
            if h is not None and h.lemma_.lower() in _VICTIM_VERBS and not sym:
                victims = children(h, "nsubjpass", "nsubj")
                if h.dep_ == "conj" and h.head.lemma_.lower() in _VICTIM_VERBS:
                    victims += children(h.head, "nsubjpass", "nsubj")  # "killed and wounded in"
                if children(h, "dobj"):
                    # "the coalition killed dozens of civilians in a new air strike": who
                    # killed is who struck, the killed are its victims
                    for sbj in children(h, "nsubj"):
                        add(agents, self._phrase_actors(sbj))
                    victims = children(h, "dobj")
                for sbj in victims:
                    add(targets, [it for it in self._phrase_actors(sbj) if it[1] is not None])
            light = self._light_verb(trig)
            if light is not None:
                lem = light.lemma_.lower()
                subj = [subject_after_a_time(light, s) for s in children(light, "nsubj")] or (
                    governing_subjects(light) if not children(light, "nsubjpass") else []
                )
                if tok.dep_ in ("nsubj", "nsubjpass"):
                    # "the attack killed 13 soldiers", "a car bomb ripped through the church"
                    for o in children(light, "dobj"):
                        if not sym and not _left_without(light):
                            add(targets, [it for it in self._phrase_actors(o) if it[1] is not None])
                elif lem in _UNDERGO:
                    for s in subj:
                        add(targets, self._phrase_actors(s))
                else:
                    if not (sym and self._brokered(tok, light)):
                        for s in subj:
                            add(agents, self._forces_as_written(s, spec) or self._phrase_actors(s))
                    if sym and lem in _TALK_VERBS:
                        # "Obama warned Putin at a summit": both took part
                        for o in children(light, "dobj", "dative"):
                            add(agents, self._phrase_actors(o))
                    for a in children(light, "agent"):
                        for o in children(a, "pobj"):
                            add(agents, self._phrase_actors(o))
                    if sym and tok.dep_ in ("dobj", "pobj"):
                        # "spoke to Hugo Chavez by satellite phone": whom one speaks to
                        side_preps = ("with", "between") + (
                            ("to",) if lem in ("speak", "talk") else ()
                        )
                        for p in light.children:
                            if p.dep_ == "prep" and p.lower_ in side_preps:
                                for o in children(p, "pobj"):
                                    add(agents, self._phrase_actors(o))
                    for p in light.children:
                        if p.dep_ == "prep" and p.lower_ in target_preps and not sym:
                            for o in children(p, "pobj"):
                                add(targets, self._phrase_actors(o))
        if sym and not agents:
            # "In a phone call late last week, Peres told Mubarak ...", however it is parsed:
            # the nearest verb of talking above the call, else the sentence's own
            talk = next(
                (a for a in tok.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in _TALK_VERBS),
                None,
            )
            root = self.ctx.s.sent.root
            if talk is None and root.lemma_.lower() in _TALK_VERBS:
                talk = root
            if talk is not None and self._told_the_press(talk):
                # "John Maluk told Radio Tamazuj that the government side captured two rebel
                # soldiers during the clashes": a source and his outlet, no sides
                talk = None
            if (
                talk is not None
                and spec.get("speaker_no_side")
                and talk.lemma_.lower() in ("say", "tell")
            ):
                # "The firefight began at noon, army spokesman Rajesh Kalia said", "Kalia said
                # the clash took place in the Mendhar sector": who tells of a fight or a swap
                # is no side of it (who tells of talks or a truce may have made them)
                talk = None
            if talk is not None and _reported_by(tok, talk):
                # "Germany and France both support inviting Turkey to talks at a summit in
                # December, Chancellor Gerhard Schroeder said": who says it is no party
                talk = None
            if talk is not None:
                hearers = (
                    [
                        o
                        for p in children(talk, "prep")
                        if p.lower_ == "to"
                        for o in children(p, "pobj")
                    ]
                    if talk.lemma_.lower() in ("speak", "talk")
                    else []
                )  # "The two women spoke to Hugo Chavez by satellite phone"
                for c in children(talk, "nsubj", "dobj", "dative") + hearers:
                    if not c.left_edge.i <= tok.i <= c.right_edge.i:
                        add(agents, self._phrase_actors(c))
        # a name that is where it happened ("in Rome") is no actor; a target is not an actor;
        # the dateline's "JAKARTA, Indonesia -" is where the story was filed
        agents = [a for a in agents if not (a[1] and self._is_locative(a[1]))]
        agents = [a for a in agents if not (a[1] and a[1][0] < self.dateline_end)]
        if not spec.get("people_actors"):
            # "the Turks shot down a Russian jet": Turkey; "Turks protested": the people
            agents = [(self._people.get(n, n), sp) for n, sp in agents]
        targets = [t for t in targets if not (t[1] and t[1][0] < self.dateline_end)]
        # "a man who stabbed a man": one generic word for two people keeps its target
        targets = [
            t
            for t in targets
            if t[0] not in [a[0] for a in agents]
            or (t[0].islower() and t[1] is not None and t[1] not in [a[1] for a in agents])
        ]
        if spec.get("no_state_actors"):
            # "the Myanmar coup": a state stages no coup; its soldiers do, against it
            states = self.ctx.lex.states_by_name
            agents = [a for a in agents if a[0] not in states]
        if spec.get("named_targets"):
            # "the expulsion of diplomats": whose they are, when it is said, not the word again
            targets = [t for t in targets if t[0][:1].isupper()]
        if sym:
            agents += [t for t in targets if t[0] not in [a[0] for a in agents]]
            targets = []
        return agents, targets

    def _forces_as_written(self, tok, spec: dict) -> list[tuple[str, tuple[int, int]]]:
        """ "Thai army officers staged a coup": the soldiers who seize power act against their
        own state, which is no actor of it; they are named as written (types with
        ``forces_as_written``, of a head among those words)."""
        words = spec.get("forces_as_written")
        if not words:
            return []
        if tok.lower_ in ("they", "he", "we") and tok.head.dep_ == "ccomp":
            # "Soldiers said on state television that they had seized power": who said so
            said = children(tok.head.head, "nsubj")
            tok = said[0] if said else tok
        if tok.lemma_.lower() not in words:
            return []
        toks = sorted(_np_tokens(tok), key=lambda t: t.i)
        if any((m := self.ctx.mention(t)) is not None and m.ref.kind != "state" for t in toks):
            return []  # "the Myanmar military" the lexicon knows by its name
        while toks and toks[0].dep_ == "det":
            toks = toks[1:]
        first = toks[0]
        name = tok.doc[first.i : tok.i + 1].text
        if first.pos_ != "PROPN" and self.ctx.mention(first) is None:
            name = name[:1].lower() + name[1:]  # "Soldiers in Burkina Faso said"
        return [(name, (self.ctx.s.char(first), self.ctx.s.char_end(tok)))]

    def _seized_as_a_noun_phrase(self, tok, spec: dict) -> list[tuple[str, tuple[int, int]]]:
        """ "Myanmar's military seized power on Monday in a coup": the parser reads the verb
        as an adjective of "power", the sentence as one noun phrase; the words before the
        verb, when they end in soldiers or an army (types with ``forces_as_written``), are
        who seized it."""
        words = spec.get("forces_as_written")
        g = tok.head.head if tok.head.pos_ == "ADP" else None
        if not words or g is None or g.lemma_.lower() != "power" or g.dep_ != "ROOT":
            return []
        verb = next(
            (
                c
                for c in g.children
                if c.dep_ == "amod"
                and c.tag_ in ("VBD", "VBN")
                and c.lemma_.lower() in ("seize", "take", "grab")
            ),
            None,
        )
        if verb is None or verb.i == g.left_edge.i or verb.i != g.i - 1:
            return []
        toks = [t for t in tok.doc[g.left_edge.i : verb.i] if t.dep_ != "det"]
        if not toks or toks[-1].lemma_.lower() not in words:
            return []
        s = self.ctx.s
        return [(tok.doc[toks[0].i : verb.i].text, (s.char(toks[0]), s.char_end(toks[-1])))]

    @staticmethod
    def _brokered(tok, light) -> bool:
        """ "The United States brokered a cease-fire between the militia and the governor":
        who brokers a truce or talks, or brings about one between two others, is not a side."""
        if light.lemma_.lower() in _BROKER_VERBS:
            return True
        return any(
            p.dep_ == "prep" and p.lower_ == "between" and children(p, "pobj")
            for p in [*tok.children, *light.children]
        )

    def _subjects_above(self, verb) -> tuple[list, bool]:
        """Who a trigger verb without a subject of its own is said of, and whether they
        underwent it: "was attacked and robbed" and "a man shot in the leg" name the victim;
        "arrested a man for stabbing" and "charged the driver with killing" the one held to
        have done it; "the convictions of the four for assaulting two children" nobody the
        sentence says did it (not the court that spoke of them)."""
        if verb.tag_ == "VBN" and verb.dep_ == "acl":
            return [verb.head], True
        if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            # "Hillary Clinton, visiting Yerevan on Monday, condemned ...": the one the
            # participle is said of does it
            return with_conjuncts(verb.head), False
        passive = verb.tag_ == "VBN" and (
            bool(children(verb, "auxpass"))
            or (verb.dep_ == "conj" and bool(children(verb.head, "auxpass", "nsubjpass")))
        )
        prev, cur = verb, verb.head
        for _ in range(8):
            if cur.i == prev.i:
                break
            if cur.pos_ in ("NOUN", "PROPN") and cur.dep_ in ("nsubj", "nsubjpass", "csubj"):
                return [], False
            if cur.pos_ in ("VERB", "AUX"):
                if prev.dep_ == "prep" and prev.lower_ in ("for", "with", "over", "after"):
                    objs = children(cur, "dobj")
                    if objs:
                        return with_conjuncts(objs[0]), False
                break
            prev, cur = cur, cur.head
        if passive and not (verb.dep_ == "conj" and children(verb.head, "nsubjpass")):
            return [], False  # "reporting the girl had been assaulted": not the reporter
        return governing_subjects(verb), passive

    def _elided_passive(self, verb, active_preps: tuple[str, ...] = ()) -> bool:
        """A headline's participle with its "were" left out ("Aid workers kidnapped in Kenya",
        "Seven Pakistani workers kidnapped"): a short line with no full stop, the verb in "-ed"
        with neither object nor agent; its subject is who it was done to. Not a verb said of
        its subject with one of ``active_preps`` and that preposition's object ("Indian border
        troops crossed into Chinese territory", "Police fired on protesters in Nairobi"): no
        passive has both ("were crossed into Chinese territory" is no English)."""
        if any(p.lower_ in active_preps and children(p, "pobj") for p in children(verb, "prep")):
            return False
        sent = self.ctx.s.sent
        last = next((t for t in reversed(sent) if not t.is_space), None)
        return (
            last is not None
            and last.text not in (".", "!", "?", '"', "”", "'")
            and len(sent) <= 14
            and verb.tag_ in ("VBN", "VBD")
            and verb.lower_ != verb.lemma_.lower()
            and verb.lower_.endswith("ed")
            and not children(verb, "dobj", "agent", "ccomp", "xcomp")
        )

    def _ends_in_a_name(self, span: tuple[int, int], after: int) -> bool:
        """Whether an actor's or a target's words end, after the character ``after``, in a
        person's name (not a body's: the "Canaan Board of Finance" meets in Canaan): tagged so,
        or proper names alone, none the word of a body or a building ("Aung San Suu Kyi")."""
        toks = self._span_tokens(span)
        if not toks or toks[-1].pos_ != "PROPN":
            return False
        m = self.ctx.mention(toks[-1])
        if toks[-1].ent_type_ == "PERSON" or (m is not None and m.ref.kind == "leader"):
            return True
        rest = [t for t in toks if self.ctx.s.char(t) >= after]
        bodies = self.words["body_nouns"] | self.words["facility_nouns"]
        return bool(rest) and all(
            t.pos_ == "PROPN" and t.lemma_.lower() not in bodies and t.lower_ not in bodies
            for t in rest
        )

    def _headline(self) -> bool:
        """A title-case line ("Lula, Biden Discuss Attack on Brazilian Soldiers")."""
        words = [t for t in self.ctx.s.sent if t.is_alpha and len(t.text) > 3]
        if len(words) < 3:
            return False
        caps = sum(1 for t in words if t.text[:1].isupper())
        return caps >= 0.7 * len(words)

    def _span_tokens(self, span: tuple[int, int]) -> list:
        return [t for t in self.ctx.s.sent if span[0] <= self.ctx.s.char(t) < span[1]]

    def _an_owner(self, span: tuple[int, int]) -> bool:
        """Whether a state's name only says whose a thing is ("a crowd attacked the US embassy
        in Cairo"): a modifier of the noun attacked, not a country attacked as such ("when
        Hamas attacked Israel"), so the town the sentence names may lie elsewhere."""
        toks = self._span_tokens(span)
        if not toks:
            return False
        last = toks[-1]
        return (
            last.dep_ in ("compound", "amod", "poss", "nmod")
            and last.head.pos_ in ("NOUN", "PROPN")
            and last.head.i not in {t.i for t in toks}
        )

    def _with_the_press(self, trig: Trigger) -> bool:
        """ "met with reporters", "a meeting with journalists": talks whose other side is the
        press, though it names no actor."""
        tok = trig.tok
        light = self._light_verb(trig) if trig.is_noun else None
        others = [] if trig.is_noun else children(tok, "dobj")
        for head in (tok, light, tok.head.head if tok.head.lower_ == "by" else None):
            if head is None:
                continue
            talk = head.lemma_.lower() in ("speak", "talk")
            for p in children(head, "prep"):
                if p.lower_ in ("with", "between") or (talk and p.lower_ == "to"):
                    others += children(p, "pobj")
        others = _with_conjuncts_of(others)
        return bool(others) and all(
            o.lemma_.lower() in self.words["news_people"] or o.lower_ in ("press", "media")
            for o in others
        )

    def _told_the_press(self, verb) -> bool:
        """ "told Radio Tamazuj", "told reporters": a verb of talking whose hearer is the
        press."""
        for o in children(verb, "dobj", "dative"):
            toks = sorted(_np_tokens(o), key=lambda t: t.i)
            span = (self.ctx.s.char(toks[0]), self.ctx.s.char_end(toks[-1]))
            if self._news_medium(span, True):
                return True
        return False

    def _news_medium(self, span: tuple[int, int], people: bool) -> bool:
        """Whether a side names an outlet of the news ("CBC Toronto", "Radio Tamazuj", "the
        Associated Press") or, with ``people``, its reporters ("reporters", "a BBC
        correspondent"): who reports a thing or asks about it is no side of it."""
        toks = self._span_tokens(span)
        if not toks:
            return False
        w = self.words
        texts = [t.text for t in toks]
        for n in (1, 2, 3):
            if any(" ".join(texts[k : k + n]) in w["news_outlets"] for k in range(len(texts))):
                return True
        if any(t.lower_ in w["news_words"] for t in toks):
            return True
        return people and toks[-1].lemma_.lower() in w["news_people"]

    def _a_place_span(self, span: tuple[int, int]) -> bool:
        """Whether a role's words end with a place's name, or a state's ("Darfur rebels",
        "Kurdish fighters" are people)."""
        s, e = span
        if any(s <= tp.start < e <= tp.end for tp in self.ctx.toponyms):
            return True
        return any(
            s <= m.start < e <= m.end
            and m.ref.kind == "state"
            and m.ref.form not in ("organ", "demonym")
            for m in self.ctx.mentions
        )

    def _is_place_span(self, span: tuple[int, int]) -> bool:
        return any(tp.start < span[1] and span[0] < tp.end for tp in self.ctx.toponyms)

    def _is_country(self, span: tuple[int, int]) -> bool:
        return any(
            tp.start < span[1]
            and span[0] < tp.end
            and tp.candidate is not None
            and tp.candidate.kind == "country"
            for tp in self.ctx.toponyms
        )

    def _is_locative(self, span: tuple[int, int]) -> bool:
        toks = self._span_tokens(span)
        if not toks:
            return False
        head = toks[-1]
        m: Mention | None = self.ctx.mention(head)
        metonym = m is not None and m.ref.form == "metonym"
        return (
            metonym
            and head.dep_ == "pobj"
            and head.head.lower_ in ("in", "at", "near", "to", "into", "from")
        )

    def _is_place_modifier(self, tok, country_too: bool = False) -> bool:
        """ "Gaza Camp Raid", "the Kabul car bombing": a place name modifying the event is
        where, not who; of a protest (``country_too``), a country's name too ("a South Korea
        anti-government protest": its people protest, not its state)."""
        if tok.dep_ == "poss":
            return False  # "Ankara's acquisition": whose
        m = self.ctx.mention(tok)
        tp = self._toponym_of(tok)
        if m is not None and m.ref.form == "metonym" and tok.dep_ == "compound":
            # "the Madrid train bombings", "a Kabul car bombing": a city before the event's
            # noun is where it happened; its government did not do it
            return tp is not None and tp.candidate is not None and tp.candidate.kind == "city"
        if m is not None and m.ref.form in ("demonym", "metonym"):
            return False
        return (
            tp is not None
            and tp.candidate is not None
            and (tp.candidate.kind != "country" or country_too)
        )

    # --- place ----------------------------------------------------------------------------
    def _anchors(self, trig: Trigger) -> set[int]:
        """Tokens whose prepositions can place a country: the trigger and its light verb."""
        out = {trig.tok.i}
        light = self._light_verb(trig)
        if light is not None:
            out.add(light.i)
        return out

    def place(
        self,
        trig: Trigger,
        actor_spans: list[tuple[int, int]],
        target_spans: list[tuple[int, int]] = (),  # type: ignore[assignment]
    ) -> Toponym | None:
        ctx = self.ctx
        tok = trig.tok
        region = self._region(trig)
        wider = self._region(trig, with_acl=True)
        anchors = self._anchors(trig)
        root = self._clause_root(tok)
        spec = self.types[trig.type]
        obj_place = spec.get("object_is_place", False)
        best, best_key = None, None
        backed = _supported_words(ctx.s.sent)
        aimed: Toponym | None = None  # what an act done for a side backed was aimed at
        victims = {
            ctx.text[s - ctx.s.start : e - ctx.s.start]
            for s, e in target_spans
            if tok.lemma_.lower() in _PERSON_VERBS
        }
        for tp in ctx.toponyms:
            c = tp.candidate
            if c is None or tp.metonymic or tp.start < self.dateline_end:
                continue
            head = ctx.head_of(tp)
            if head is None:
                continue
            if not_where(head, self.words) or glued_to_a_name(ctx, tp) or a_quarter(tp):
                continue  # "Saint Peter and Saint Paul Coptic Orthodox Church", "Commerce Dr."
            if _reference_point(ctx, tp) or reckoned_from(ctx, tp) or a_state_read_as_town(ctx, tp):
                continue  # "in Camarines Sur province, south of Manila": Camarines Sur
            if led_by(ctx, tp):
                continue  # "the US-led coalition", "Iran-backed militias": whose, not where
            if head.i in backed and tok.i not in backed:
                # "fired rockets at northern Israel in solidarity with the Palestinians in
                # Gaza": the side an act supports lives where the act is done for, not where
                # it is done
                continue
            if head.i < min(backed, default=head.i) and _aimed_at(head, anchors, target_spans, tp):
                aimed = aimed or tp
            if (
                c.kind == "country"
                and head.dep_ in ("nsubj", "conj")
                and _subject_of_another_verb(head, anchors)
            ):
                # "near an area both the United States and the Soviet Union claim": a state
                # that does something else in the sentence is who, not where
                continue
            m = ctx.mention(head)
            if m is not None and m.ref.form == "demonym":
                continue  # "Turkish" says whose, not where
            # a possessive or a modifier names an owner, not where it happens; "Cairo's
            # Abbasiya neighbourhood" says where
            if (head.dep_ == "poss" and not (self._place_word(head.head) or owns_a_site(head))) or (
                head.dep_ in ("amod", "compound", "npadvmod") and c.kind == "country"
            ):
                continue
            if self._elsewhere_than_its_owner(tp, head):
                continue  # "Cairo's Abbasiya neighbourhood" read as a town in Israel
            is_object = obj_place and (
                (head.dep_ == "dobj" and head.head.i in anchors)
                or (
                    head.dep_ == "pobj"
                    and head.head.lower_ in ("of", "into")
                    and head.head.head.i in anchors
                )
            )
            span = (tp.start, tp.end)
            if span in actor_spans or (span in target_spans and not obj_place):
                continue
            if any(
                s <= tp.start and tp.end < e and self._ends_in_a_name((s, e), tp.end)
                for s, e in [*actor_spans, *target_spans]
            ):
                # "the government of Aung San Suu Kyi", "former Epsom police chief Henry
                # Farrin": a town in the words of someone's name is no place of the event
                continue

            if c.kind != "country" and (
                (
                    head.dep_ in ("dobj", "nsubjpass")
                    and head.head.i == tok.i
                    and tok.lemma_.lower() in _PERSON_VERBS
                )
                or tp.name in victims
            ):
                # "Vasquez allegedly stabbed Welch", and "stolen property from Welch and
                # that he had stabbed Welch": a person by a town's name
                continue
            # "backed by Moscow": a capital as the agent is a government, not a place; so is
            # a capital listed beside another side in an actor's phrase ("talks between
            # Khartoum and Darfur rebels"), unlike "Baghdad police", who are from there
            first = head
            while first.dep_ == "conj":
                first = first.head  # "by Peking and Washington": the second capital too
            if m is not None and m.ref.form == "metonym" and first.head.lower_ == "by":
                continue
            inside = any(s <= tp.start and tp.end <= e for s, e in actor_spans)
            listed = head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children)
            if (
                spec.get("symmetric")
                and head.dep_ == "conj"
                and any(s <= ctx.s.char(head.head) < e for s, e in actor_spans)
            ):
                continue  # "treaties with Abkhazia and South Ossetia": a second side, not where
            if m is not None and m.ref.form == "metonym" and listed and inside:
                continue
            if inside and (
                spec.get("official")
                or (
                    spec.get("symmetric")
                    and not spec.get("parties_are_people")
                    and (listed or len(actor_spans) > 1)
                )
            ):
                # "talks between Khartoum and Darfur rebels", "Real Madrid had traveled to
                # Japan": where the sides come from, not where they meet (but a town's board
                # meets in its town)
                continue
            prep = next(
                (a for a in head.ancestors if a.dep_ in ("prep", "agent") and a.lower_ != "of"),
                None,
            )
            if (
                spec.get("official")
                and prep is not None
                and prep.lower_ == "from"
                and head.dep_ == "pobj"
            ):
                continue  # "arrived in the UK from Nairobi": where a visitor came from
            if (
                prep is not None
                and prep.lower_ == "from"
                and head.dep_ == "pobj"
                and prep.head.i != tok.i
                and prep.head.lemma_.lower() in _SENT_VERBS | _LAUNCH_VERBS
                and prep.head.dep_ in ("acl", "relcl")
            ):
                # "Fourteen officers sent from Montelibano to help were ambushed", "shot down
                # rockets fired from Gaza": where the victims, the fighters or the missiles
                # were sent from, not where it happened
                continue
            if spec.get("symmetric") and prep is not None and _a_sides_own_place(prep, tok):
                # "met with the leaders of the uprising in the region of Darfur", in a story
                # filed from Abuja: where the rebellion is, not where its leaders were met
                continue
            if (
                not is_object
                and prep is not None
                and prep.lower_ in _NOT_WHERE_PREPS
                and head.dep_ == "pobj"
            ):
                # "resume contacts with Moscow", "a conference for the rebuilding of Gaza";
                # not "meets with Hampton pupils", who are from there
                continue
            if (
                c.kind == "country"
                and not is_object
                and (
                    prep is None or prep.lower_ not in _COUNTRY_PREPS or prep.head.i not in anchors
                )
            ):
                continue
            in_region = head.i in region
            in_acl = head.i in wider
            if not in_region and not in_acl:
                verbs = {root.i} | {c.i for c in root.children if c.dep_ == "conj"}
                if root.dep_ == "conj":  # "entered his church in Fort Worth and killed"
                    verbs.add(root.head.i)
                if prep is None or prep.lower_ not in _PLACE_PREPS or prep.head.i not in verbs:
                    continue
            key = (
                0 if in_region else 1 if in_acl else 2,
                _KIND_RANK.get(c.kind, 2),
                0 if is_object or (prep is not None and prep.lower_ in _PLACE_PREPS) else 1,
                abs(head.i - tok.i),
            )
            if best_key is None or key < best_key:
                best, best_key = tp, key
        if best is None and backed and tok.i not in backed:
            best = aimed  # "fired rockets at northern Israel in solidarity with ...": Israel
        if best is None:
            best = self._where_clause_place(root)
        return best

    def _elsewhere_than_its_owner(self, tp: Toponym, head) -> bool:
        """A place that the sentence says is part of a city or country ("Cairo's Abbasiya
        neighbourhood") and that the gazetteer put in another country."""
        noun = head.head if head.dep_ == "compound" else head
        owners = [c for c in noun.children if c.dep_ == "poss" and c.i != head.i]
        for o in owners:
            otp = self._toponym_of(o)
            if otp is None or otp.candidate is None or tp.candidate is None:
                continue
            if otp.candidate.country and otp.candidate.country != tp.candidate.country:
                return True
        return False

    def _where_clause_place(self, root) -> Toponym | None:
        """ "his hometown of Lahore, where his supporters fought": the place the clause is on."""
        if root.dep_ != "relcl" or not any(c.lower_ == "where" for c in root.children):
            return None
        noun = root.head
        cands = [noun] + [
            o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
        ]
        cands += [c for c in noun.children if c.dep_ == "appos"]
        if noun.dep_ == "pobj" and noun.head.lower_ == "in":
            cands.insert(0, noun.head.head)  # "Lahore in Punjab, where": Lahore
        for t in cands:
            tp = self._toponym_of(t)
            if tp is not None and tp.candidate is not None and not tp.metonymic:
                return tp
        return None

    def place_noun(self, trig: Trigger) -> frozenset[str]:
        """The kinds of place a definite noun of the trigger's clause puts it in, when it
        names none: "clashes erupted in the province", "a series of attacks in the country",
        "on the peninsula" (not "in the province of Helmand", which names it, nor "a
        province", nor "an attack on the country", its target)."""
        region = self._region(trig)
        for t in self.ctx.s.sent:
            kinds = _PLACE_NOUN_KINDS.get(t.lower_)
            if (
                kinds is None
                or t.i not in region
                or t.dep_ != "pobj"
                or not (
                    t.head.lower_ in _PLACE_NOUN_PREPS
                    or (t.head.lower_ == "on" and t.lower_ in ("island", "peninsula"))
                )
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
                or any(c.dep_ in ("prep", "compound", "poss", "appos") for c in t.children)
            ):
                continue
            return kinds
        return frozenset()

    # --- date -----------------------------------------------------------------------------
    def date(self, trig: Trigger, published: str | None) -> tuple[str | None, str, bool]:
        """(date, precision, whether the sentence states any time at all), from the dates of
        the trigger's own clause; "since 1982" bounds a period and dates nothing."""
        ctx = self.ctx
        year = self._own_year(trig)
        if year is not None:
            return year, "year", True  # "for the 1998 bombing of the embassy": not Monday's
        month = self._own_month(trig, published)
        if month is not None:
            return month, "month", True  # "follows a June agreement to stop fighting"
        label = self._entry_label(published)
        if label is not None and not self._set_before(trig):
            return label.date, label.precision, True  # "August 4, 2016:" told apart before it
        base = ctx.s.start
        found: list[DateMention] = [
            d
            for d in find_dates(ctx.text, published, self.year_before)
            if not self.filed[0] <= base + d.start < self.filed[1]
        ]
        if not found:
            return None, "unknown", False
        if trig.is_noun and (
            _counted_from(trig.tok) or _recalled(trig.tok) or _owned_up_to(trig.tok)
        ):
            # "Forty years after the invasion, veterans marched in Buenos Aires on Sunday":
            # the day is the march's, the invasion was that long before it; "he would mention
            # the invasion in his sermon this Sunday": the day is the sermon's
            own = {t.i for t in trig.tok.subtree}
            found = [
                d
                for d in found
                if all(
                    t.i in own for t in ctx.s.sent if base + d.start <= ctx.s.char(t) < base + d.end
                )
            ]
            if not found:
                return None, "unknown", True
        when = self._when_of_date(trig.tok)
        if when is not None:
            # "the worst since Jan. 19, when a suicide attacker blew himself up": the clause is
            # of the date it hangs on, though "since" bounds the main clause's period
            for d in found:
                if d.date and base + d.start <= ctx.s.char(when) < base + d.end:
                    return d.date, d.precision, True
        for d in found:
            if d.precision == "year" and ctx.text[d.start : d.end].isdigit() and d.start < 2:
                return d.date, "year", True  # "1979: The Soviet Union sends troops": an entry
            if (
                d.date
                and d.start < 2
                and _ENTRY_MARK.match(ctx.text, d.end)
                and not self._set_before(trig)
            ):
                return d.date, d.precision, True  # "June 30, 2012: An action group meeting"
        region = self._region(trig)
        light = self._light_verb(trig)
        if trig.is_noun and trig.tok.dep_ in ("nsubj", "nsubjpass") and light is not None:
            # "A car bomb killed 43 people and wounded more than 100 on Sunday": the time of
            # the verbs the event is the subject of, the second sharing it too, and a time the
            # parser hangs on their object ("more than 100 on Sunday")
            region |= _times_of(light)
        if trig.is_noun:
            # "a car bomb that killed 43 people on Sunday": the time of what it did is its own
            for v in trig.tok.children:
                if v.dep_ in ("relcl", "acl") and v.lemma_.lower() in _HARM_VERBS:
                    region |= _times_of(v)
        if not trig.is_noun and any(
            "declared" in v and v["lemma"] == trig.tok.lemma_.lower()
            for v in self.types[trig.type].get("verbs", ())
        ):
            # "declared two diplomats persona non grata on Monday": the parser makes a clause
            # of "persona non grata", whose time is the verb's
            region |= {
                t.i
                for x in children(trig.tok, "ccomp", "oprd")
                for c in x.children
                if c.dep_ in ("prep", "npadvmod")
                for t in c.subtree
            }
        if trig.is_noun:
            # "a coup that removed Robert Mugabe in 2017": the time of what it did is its own
            effect = {
                v for n in self.types[trig.type].get("nouns", ()) for v in n.get("effect_verbs", ())
            }
            region |= {
                t.i
                for r in trig.tok.children
                if r.dep_ == "relcl" and r.lemma_.lower() in effect
                for c in r.children
                if c.dep_ in ("prep", "npadvmod")
                for t in c.subtree
            }

        if _approved_act(trig):
            # "The House of Commons yesterday backed air strikes in Iraq": the day of the vote,
            # not of the strikes it allows (they are to come); a month or a year told of the
            # decision is coarse enough to hold the act too, mostly ("approved the deployment
            # in November 2022")
            own = {t.i for t in trig.tok.subtree}
            found = [
                d
                for d in found
                if d.precision != "day"
                or all(
                    t.i in own for t in ctx.s.sent if base + d.start <= ctx.s.char(t) < base + d.end
                )
            ]
            if not found:
                return None, "unknown", True
        reports = [d for d in found if self._a_report_day(d, trig)]
        chosen = self._pick_date(trig, [d for d in found if d not in reports], region, light)
        if chosen is None and reports and self._pick_date(trig, found, region, light) is not None:
            # "..., Euronews reported on Monday": the day of the report, not of what it
            # reports; the sentence tells no other time, so the event is told as news is
            return None, "unknown", False
        if chosen is None:
            return None, "unknown", True
        if self._a_day_as_name(chosen, trig, published):
            # "after the Sept. 11 attacks" in a story of June 2006: a famous day's name, whose
            # year the sentence does not give; the last 11 September is a guess
            return None, "unknown", True
        if (
            chosen.date
            and chosen.precision == "day"
            and not _days_ended(trig)
            and (span := _span_days(trig.tok)) > 1
            and not _span_begun(trig.tok)
        ):
            # "agreed on Wednesday after four days of talks": the day is one end of the
            # talks; only the month is theirs, when both ways it is the same
            month = _month_of_span(chosen.date, span)
            return month, "month" if month else "unknown", True
        if chosen.date and chosen.precision == "day" and (days := _days_ended(trig)):
            # "returned home today at the end of a three-day visit": it began two days before
            start = dt.date.fromisoformat(chosen.date) - dt.timedelta(days=days - 1)
            return start.isoformat(), "day", True
        return chosen.date, chosen.precision if chosen.date else "unknown", True

    def _pick_date(
        self, trig: Trigger, found: list[DateMention], region: set[int], light
    ) -> DateMention | None:
        """The date of ``found`` that is the event's: the most precise in its region, else the
        one its verb's first conjunct or its clause gives."""
        ctx = self.ctx
        base = ctx.s.start
        best: tuple | None = None
        found = [d for d in found if not self._of_an_earlier_time(d, trig)]
        for d in found:
            toks = [t for t in ctx.s.sent if base + d.start <= ctx.s.char(t) < base + d.end]
            if not toks or d.bounds_a_period:
                continue
            if not any(t.i in region for t in toks):
                continue
            rank = {"day": 3, "month": 2, "year": 1, "unknown": 0}[d.precision]
            key = (d.date is not None, rank, -min(abs(t.i - trig.tok.i) for t in toks))
            if best is None or key > best[0]:
                best = (key, d)
        if best is None:
            # "cut ties with Cuba in 1961 and imposed an embargo": one time for both verbs
            verb = trig.tok if not trig.is_noun else light
            if (
                verb is not None
                and verb.dep_ == "conj"
                and verb.head.pos_ in ("VERB", "AUX")
                and not _told_apart(verb.head, verb)
            ):
                first = verb.head
                own = {
                    t.i
                    for c in first.children
                    if c.dep_ in ("prep", "npadvmod", "advmod") and c.i < verb.i
                    for t in c.subtree
                }
                for d in found:
                    toks = [t for t in ctx.s.sent if base + d.start <= ctx.s.char(t) < base + d.end]
                    if toks and not d.bounds_a_period and any(t.i in own for t in toks):
                        return d
            # "were strained by the downing of a warplane in November 2015": the parser
            # hangs the date on the verb; it is still this event's if the event is the only
            # one of its clause and the date sits in that clause ("the war, which began with
            # the U.S.-led invasion in March 2003")
            root = self._clause_root(trig.tok)
            if [self._clause_root(t.tok).i for t in self.triggers()].count(root.i) == 1:
                for d in found:
                    toks = [t for t in ctx.s.sent if base + d.start <= ctx.s.char(t) < base + d.end]
                    if (
                        toks
                        and d.date
                        and not d.bounds_a_period
                        and all(self._clause_root(t).i == root.i for t in toks)
                    ):
                        return d
            return None
        return best[1]

    def _a_day_as_name(self, d: DateMention, trig: Trigger, published: str | None) -> bool:
        """Whether ``d`` is a day without its year that names the event noun it modifies ("the
        Sept. 11 attacks" in June 2006) and whose latest occurrence before the article falls in
        an earlier calendar year, more than a month before it: then its year may be any past
        one. A day of the article's own year ("the March 3 attack" in May, "the October 7
        attack" in December) or of the last few weeks is that day."""
        if not (trig.is_noun and d.date and d.precision == "day" and published):
            return False
        if re.search(r"\b(?:19|20)\d\d\b", self.ctx.text[d.start : d.end]):
            return False
        base = self.ctx.s.start
        toks = [t for t in self.ctx.s.sent if base + d.start <= self.ctx.s.char(t) < base + d.end]
        inside = {t.i for t in toks}
        if not toks or not all(t.head.i in inside or t.head.i == trig.tok.i for t in toks):
            return False
        try:
            day, pub = dt.date.fromisoformat(d.date), dt.date.fromisoformat(published[:10])
        except ValueError:
            return False
        return day.year < pub.year and (pub - day).days > 31

    def _of_an_earlier_time(self, d: DateMention, trig: Trigger) -> bool:
        """Whether ``d`` dates what a "since" phrase or clause the event is not in names: "the
        biggest offensive since the fall of the Taliban in 2001", "the largest operation since
        the government was overthrown in 2014" (the measure's start, not the event's time)."""
        base = self.ctx.s.start
        for t in self.ctx.s.sent:
            if not base + d.start <= self.ctx.s.char(t) < base + d.end:
                continue
            for a in (t, *t.ancestors):
                if (a.lower_ == "since" and a.dep_ == "prep") or any(
                    c.dep_ == "mark" and c.lower_ == "since" for c in a.children
                ):
                    # a measure's start ("the biggest ... since"), not a period's ("held
                    # since the October 7 attack" began then)
                    return _a_measure_since(a) and not (
                        a.left_edge.i <= trig.tok.i <= a.right_edge.i
                    )
            # "struck Gaza after the October 7 attack", "following the 2003 invasion": a
            # date that names the noun of another time
            noun = t.head
            if (
                t.dep_ in ("compound", "nummod", "nmod", "amod", "npadvmod")
                and noun.dep_ == "pobj"
                and noun.head.lower_ in ("after", "following")
                and noun.i != trig.tok.i
                and not noun.head.left_edge.i <= trig.tok.i <= noun.head.right_edge.i
            ):
                return True
        return False

    def _entry_label(self, published: str | None) -> DateMention | None:
        """The date of a timeline's entry that the reader split off before the sentence
        ("August 4, 2016:" and then "The two sides agree to a ceasefire")."""
        prev = self.ctx.prev
        if prev is None or len(prev.text) > 40 or not prev.text.rstrip().endswith(":"):
            return None
        found = find_dates(prev.text, published, self.year_before)
        if len(found) == 1 and found[0].date and found[0].start < 2:
            return found[0]
        return None

    def _set_before(self, trig: Trigger) -> bool:
        """Whether the event is told as what came before ("..., after a chemical attack near
        Damascus kills hundreds"): an "after" on its clause or its noun."""
        head = trig.tok if not trig.is_noun else (self._light_verb(trig) or trig.tok)
        root = self._clause_root(head)
        marks = [c for c in root.children if c.dep_ == "mark"]
        if trig.is_noun and trig.tok.dep_ == "pobj":
            marks.append(trig.tok.head)
        return any(m.lower_ in ("after", "following") for m in marks)

    def _report_dated(self, trig: Trigger, published: str | None) -> bool:
        """Whether every date of the sentence is the day of a report ("..., the military said
        on Friday")."""
        found = find_dates(self.ctx.text, published, self.year_before)
        return bool(found) and all(d.date and self._a_report_day(d, trig) for d in found)

    def _a_report_day(self, d: DateMention, trig: Trigger) -> bool:
        """Whether the date ``d`` is the day a report was made ("the military said on
        Friday", "Euronews reported on Monday"), of a verb of saying that is not the event's."""
        base = self.ctx.s.start
        toks = [t for t in self.ctx.s.sent if base + d.start <= self.ctx.s.char(t) < base + d.end]
        inside = {t.i for t in toks}
        for t in toks:
            h = t.head
            if h.i in inside:
                continue
            if h.pos_ == "ADP":
                h = h.head
            return h.pos_ == "VERB" and h.lemma_.lower() in _REPORT_VERBS and h.i != trig.tok.i
        return False

    def _when_of_date(self, tok):
        """The date a "when" clause hangs on ("since 2013, when rebels ousted the president
        and militias took revenge": 2013), or None."""
        root = self._clause_root(tok)
        for _ in range(4):
            if root.dep_ != "conj" or root.head.i == root.i:
                break
            root = self._clause_root(root.head)
        if when_clause(root) and root.head.ent_type_ == "DATE":
            return root.head
        return None

    @staticmethod
    def _own_year(trig: Trigger) -> str | None:
        """The year an event noun is named by ("the 1998 bombing", "a 2011 robbery")."""
        if not trig.is_noun:
            return None
        for c in trig.tok.children:
            if (
                c.i < trig.tok.i
                and c.dep_ in ("nummod", "compound", "amod", "npadvmod")
                and c.ent_type_ == "DATE"
                and re.fullmatch(r"(?:19|20)\d\d", c.text)
            ):
                return c.text
        return None

    def _own_month(self, trig: Trigger, published: str | None) -> str | None:
        """The month an event noun is named by ("a June agreement"), as "in June" would be
        read in its sentence; None when the article's date cannot place it."""
        if not trig.is_noun:
            return None
        base = self.ctx.s.start
        for c in trig.tok.children:
            if c.i < trig.tok.i and c.dep_ in ("compound", "npadvmod") and c.ent_type_ == "DATE":
                at = self.ctx.s.char(c) - base
                if month := month_named(self.ctx.text, at, at + len(c.text), published):
                    return month
        return None

    def _own_time(self, trig: Trigger, published: str | None) -> bool:
        """Whether the trigger's own clause states when ("On March 11, a teen killed"), even
        a time that cannot be dated without the year."""
        if self._own_year(trig) is not None:
            return True
        region = self._region(trig)
        noun = trig.tok.head if trig.tok.dep_ in ("compound", "amod") else trig.tok
        if (
            trig.is_noun
            and noun.dep_ in ("nsubj", "nsubjpass")
            and noun.head.pos_ in ("VERB", "AUX")
        ):
            # "In May, a stabbing spree in Guizhou province left two dead": the time of the
            # verb the event is the subject of is the event's
            region |= {
                t.i
                for c in noun.head.children
                if c.dep_ in ("prep", "npadvmod") and c.i != noun.i
                for t in c.subtree
            }
        base = self.ctx.s.start
        for d in find_dates(self.ctx.text, published, self.year_before):
            if d.bounds_a_period:
                continue
            if any(
                t.i in region
                for t in self.ctx.s.sent
                if base + d.start <= self.ctx.s.char(t) < base + d.end
            ):
                return True
        return False

    def _anaphoric(self, trig: Trigger) -> bool:
        if not trig.is_noun:
            return False
        kids = list(trig.tok.children)
        if any(
            c.lower_ in ("another", "second", "third", "new", "separate", "other") for c in kids
        ):
            return False
        return any(
            (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
            or (c.dep_ == "poss" and c.lower_ in PERSPRON)
            for c in kids
        )

    def _in_a_name(self, tok) -> bool:
        """A party named after a rally: "the Congolese Rally for Democracy", "the Rally for
        Culture and Democracy", "Le Pen's National Rally" (not in a headline, whose words are
        all capitalised; "a National Unity rally" is a rally)."""
        if (
            tok.tag_ != "NNP"
            or not tok.text[:1].isupper()
            or tok.i == self.ctx.s.sent.start
            or self._headline()
        ):
            return False
        named = any(
            c.dep_ in ("compound", "amod") and c.text[:1].isupper() and c.i < tok.i
            for c in tok.children
        )
        for_what = any(
            p.lower_ in ("for", "of") and any(o.text[:1].isupper() for o in p.subtree if o.i != p.i)
            for p in children(tok, "prep")
        )
        return named or for_what

    def _hosts(self, trig: Trigger) -> set[str]:
        """The states the subject of "host" names ("The United States will host the next G8
        summit", "Islamabad hosted the summit"): where the event is held."""
        light = self._light_verb(trig)
        if light is None or light.lemma_.lower() != "host" or trig.tok.dep_ != "dobj":
            return set()
        return {
            m.ref.code
            for s in children(light, "nsubj", "nsubjpass")
            for t in s.subtree
            if (m := self.ctx.mention(t)) is not None and m.ref.code and m.ref.kind == "state"
        }

    def _among_hackers(self) -> bool:
        """A sentence about hacking ("websites were hacked", "an attack by Indian hackers",
        "cyberattack") that tells of no one killed or hurt: its attack is on computers."""
        words = [t.lemma_.lower() for t in self.ctx.s.sent]
        hacking = any(w in ("hacker", "hack", "malware") or w.startswith("cyber") for w in words)
        return hacking and not any(w in _VICTIM_VERBS for w in words)

    def _told_before_as_none(self, trig: Trigger) -> bool:
        """ "Ukraine blamed Russia for a cyber attack on government websites. About 70
        websites were down because of the attack.": "the attack" with no word of its own is
        the one told before, and a cyber (heart, panic) attack is no event; "Gunmen stormed a
        police post. The attack killed four" keeps it."""
        tok = trig.tok
        if trig.type == "attack" and self._among_hackers():
            return True  # "a highly coordinated attack by Indian hackers"
        if not self._anaphoric(trig) or any(
            c.dep_ in ("amod", "compound", "nmod") for c in tok.children
        ):
            return False
        lemma = tok.lemma_.lower()
        unlike = {
            m.lower()
            for n in self.types[trig.type].get("nouns", [])
            if n["lemma"] == lemma
            for m in n.get("not_modifiers", [])
        }
        if not unlike:
            return False
        told = re.compile(rf"(\w+)[ \t-]?{re.escape(lemma)}(s|es|ed|ing)?\b", re.IGNORECASE)
        texts = [self.ctx.text[: self.ctx.s.char(tok) - self.ctx.s.start]]
        prev = self.ctx.prev
        while prev is not None and len(texts) < 12:
            texts.append(prev.text)
            prev = prev.prev
        for text in texts:
            for m in reversed(list(told.finditer(text))):
                word = m.group(1).lower()
                if m.group(2) in ("ed", "ing"):
                    return False  # "gunmen attacked a post": told by its verb
                if word in unlike:
                    return True
                if word not in ("the", "this", "that"):
                    return False
        return False

    def _known_actor(self, span: tuple[int, int] | None) -> bool:
        """A lexicon actor or a country at ``span``."""
        if span is None:
            return False
        if any(m.start < span[1] and span[0] < m.end for m in self.ctx.mentions):
            return True
        tp = self._toponym_at(span[0] - self.ctx.s.base, span[1] - self.ctx.s.base)
        return tp is not None and tp.candidate is not None and tp.candidate.kind == "country"

    def _distinct(self, trig: Trigger) -> bool:
        """ "In another attack", "a second strike", "in a third incident", "two bombs": a new
        event (or several), not one told before."""
        if trig.is_noun and any(c.dep_ == "nummod" for c in trig.tok.children):
            return True
        if trig.is_noun and any(
            c.dep_ == "amod" and c.lower_ in ("next", "following") for c in trig.tok.children
        ):
            return True  # "the next summit will be held in the Maldives": not this one
        words = {
            t.lower_ for t in self.ctx.s.sent[: max(trig.tok.i - self.ctx.s.sent.start + 1, 1)]
        }
        if words & _NEW_EVENT_WORDS:
            return True
        clause = self._clause_root(trig.tok)
        if (
            clause.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in clause.children)
            and any(
                t.i in self._trigger_tokens for t in clause.head.subtree if t.i < clause.left_edge.i
            )
        ):
            return True  # "police shot a suspect after he attacked an officer": two incidents
        # "the parolee died later in a shootout": after the one told before, so another one
        # (not "the attack was later claimed", which speaks of that one)
        verb = trig.tok if not trig.is_noun else trig.tok.head
        if verb.pos_ == "ADP":
            verb = verb.head
        return not self._anaphoric(trig) and any(
            c.dep_ == "advmod" and c.lower_ in _AFTERWARDS for c in verb.children
        )

    def _background(self, trig: Trigger) -> bool:
        """ "came just two days after two bombs killed six police officers", "Ten years ago,
        a gunman entered his church": an earlier incident told to set the news against, not
        the news itself nor a report of it."""
        tok = trig.tok
        if (
            trig.is_noun
            and tok.tag_ in ("NNS", "NNPS")
            and any(c.dep_ == "nummod" for c in tok.children)
            and self._since_a_year(trig)
        ):
            # "Turkey has conducted three military interventions against the Syrian Kurds since
            # 2016": years of operations counted, not the offensive the next paragraph tells of
            return True
        head = tok if not trig.is_noun else (self._light_verb(trig) or tok)
        root = self._clause_root(head)
        if _since_when(root):
            # "the worst in Baghdad since Jan. 19, when a suicide attacker blew himself up":
            # the incident that a record is counted from
            return True
        for v in [root] + ([root.head] if root.dep_ == "conj" else []):
            kids = list(v.children)
            if any(c.lower_ == "ago" and children(c, "npadvmod") for c in kids):
                return True
            # "came two days after two bombs killed", the span on the clause it follows
            spans = kids + (list(v.head.children) if v.dep_ == "advcl" else [])
            if any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in kids) and any(
                c.dep_ == "npadvmod" and c.lemma_.lower() in _TIME_SPANS for c in spans
            ):
                return True
            if (
                v is not root
                and v.lemma_.lower() == "come"
                and not children(root, "nsubj", "nsubjpass")
                and any(
                    c.dep_ == "prep"
                    and c.lower_ in ("after", "before")
                    and c.i < root.i
                    and any(
                        d.dep_ == "npadvmod" and d.lemma_.lower() in _TIME_SPANS for d in c.children
                    )
                    for c in kids
                )
            ):
                # "The strikes came a day after Hamas, which has ruled Gaza since 2007,
                # launched attacks", parsed as "came after Hamas, and launched attacks": the
                # verb that shares no subject with "came" is the earlier incident's
                return True
        return False

    def _in_passing(self, trig: Trigger) -> bool:
        """ "under the 2005 peace deal", "follows a June agreement": an event noun that a
        preposition or a verb refers to without making it happen (not "approved this deal",
        nor "That 1991 agreement legalized ...", of which the sentence tells)."""
        tok = trig.tok
        if not trig.is_noun or tok.dep_ not in ("pobj", "dobj"):
            return False
        nouns = self.types[trig.type].get("nouns", [])
        governors = {g.lower() for n in nouns for g in n.get("governors", [])}
        return tok.head.lemma_.lower() not in governors

    def _told_as_before(self, trig: Trigger) -> bool:
        """ "it came as tensions with China rose after the U.S. military shot down a Chinese
        surveillance balloon": a clause "after" another one tells what came before the
        news it explains."""
        head = trig.tok if not trig.is_noun else (self._light_verb(trig) or trig.tok)
        root = self._clause_root(head)
        return (
            root.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ == "after" for c in root.children)
            and root.head.i not in self._trigger_tokens
        )  # "targeted Taliban fighters after they attacked": one chain of the news

    def _official(self, agents: list) -> bool:
        """Someone who makes official visits: a named actor, a person, or a minister, envoy,
        delegation, team of officials."""
        for name, _span in agents:
            low = name.lower().split()
            if name[:1].isupper() or (low and low[-1].rstrip("s") in self.words["official_nouns"]):
                return True
        return False

    def _by_a_people(self, trig: Trigger) -> bool:
        """ "Seven million Russians visited", "the two Kenyan citizens arrived": tourists or
        migrants, not an official visit."""
        for s in children(trig.tok, "nsubj"):
            m = self.ctx.mention(s)
            if m is not None and m.ref.form == "demonym" and s.tag_ in ("NNS", "NNPS"):
                return True
            if s.tag_ in ("NNS", "NNPS") and s.lemma_.lower() in _TRAVELLERS:
                return True
        return False

    def _visits_a_place(self, trig: Trigger) -> bool:
        """Whether a visit verb names where: "visited Beijing", "travelled to the capital"."""
        tok = trig.tok
        return any(self._place_word(o) for o in children(tok, "dobj")) or self._place_after(
            tok, ("to", "in")
        )

    def _place_after(self, tok, preps: tuple[str, ...]) -> bool:
        """Whether a preposition of ``preps`` under ``tok`` has a place for its object."""
        return any(
            self._place_word(o)
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ in preps
            for o in children(p, "pobj")
        )

    def _titled(self, trig: Trigger, agents: list) -> bool:
        """Whether a visitor is someone whose visits make news: an actor of the lexicon or a
        country, or someone named with an office ("Gen. Cartwright", "the foreign minister")."""
        if any(self._known_actor(span) for _n, span in agents):
            return True
        subj = children(trig.tok, "nsubj") or governing_subjects(trig.tok)
        titles = self.words["official_nouns"]
        return any(
            t.lemma_.lower().rstrip(".") in titles or t.lower_.rstrip(".") in _TITLES
            for s in subj
            for t in s.subtree
        )

    def _private(self, trig: Trigger) -> bool:
        """ "met a friend", "the first time you met her", "Hornsburger met Bakari": nobody
        among the parties is an actor the lexicons know, an organisation, an official or a
        body, so the meeting is a private one, not news of diplomacy or government."""
        tok = trig.tok
        if tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "compound", "poss"):
            return False  # "at the county supervisors' meeting", a noun parsed as a verb
        parties = children(tok, "nsubj", "nsubjpass", "dobj") or []
        if not children(tok, "nsubj", "nsubjpass"):
            parties += governing_subjects(tok)
        parties += [
            o
            for p in tok.children
            if p.dep_ in ("prep", "agent") and p.lower_ in ("with", "by")
            for o in children(p, "pobj")
        ]
        for prt in children(tok, "prt"):  # "met up with a friend"
            parties += [
                o
                for p in prt.children
                if p.dep_ == "prep" and p.lower_ == "with"
                for o in children(p, "pobj")
            ]
        if not parties:
            return False  # "the county supervisors' meeting" parsed as a verb: nobody to judge
        w = self.words
        official = w["official_nouns"] | w["body_nouns"] | w["group_nouns"]
        for head in _with_conjuncts_of(parties):
            if head.lower_ in RELPRON and head.head.dep_ == "relcl":
                head = head.head.head  # "Kurt Browning, who she has met": Kurt Browning
            if head.lower_ in PERSPRON or head.lower_ in RELPRON:
                if self._head_actors(head, 0):
                    return False  # "he" who is a leader, "they" who are a state
                continue
            for t in [head, *children(head, "appos")]:
                # "members of a New York-based FBI squad", "Stephanie Tayloe, county archivist"
                np = _np_tokens(t) + [
                    x
                    for p in t.children
                    if p.dep_ == "prep" and p.lower_ == "of"
                    for o in children(p, "pobj")
                    for x in _np_tokens(o)
                ]
                if any(x.lower_ in _PUBLIC and x.i != t.i for x in np):
                    return False
                if any(
                    (m := self.ctx.mention(x)) is not None and m.ref.form != "demonym" for x in np
                ):
                    return False
                if any(_an_organisation(x) for x in np):
                    return False
                if any(
                    x.lemma_.lower() in official
                    or x.lower_ in official
                    or x.lower_.rstrip(".") in _TITLES
                    for x in np
                ):
                    return False
        return True

    # --- words that look like events and are none --------------------------------------------
    @staticmethod
    def _judged_unlikely(tok) -> bool:
        """ "It was unlikely that the presidency would hold a summit", and "policies and an
        EU-Israel summit is unlikely to take place" where the parser left "is" without its
        subject: what is said to be unlikely is not reported as happening."""

        def unlikely(verb) -> bool:
            return verb.lemma_ == "be" and any(
                c.dep_ == "acomp" and c.lower_ in _UNLIKELY for c in verb.children
            )

        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and unlikely(nxt) and not children(nxt, "nsubj", "nsubjpass"):
            return True
        for anc in tok.ancestors:
            if anc.dep_ == "ccomp" and unlikely(anc.head):
                return any(c.lower_ == "it" for c in children(anc.head, "nsubj"))
        return False

    def _a_grievance(self, tok) -> bool:
        """A plural event noun that a protest is against ("a protest against police
        shootings", "marched against the killings"): the grievance, told with no day, place
        or doer of any one of them, is no event of its own."""
        h = tok.head
        if tok.dep_ != "pobj" or h.lower_ != "against" or children(tok, "nummod"):
            return False
        spec = self.ctx.lex.events.get("protest", {})
        lemmas = {e["lemma"] for e in (*spec.get("verbs", []), *spec.get("nouns", []))}
        return h.head.lemma_.lower() in lemmas

    def _not_an_occurrence(self, trig: Trigger) -> bool:
        """A trigger word in a use that reports no event: a game ("the two teams will clash"),
        a hypothesis ("a possible shooting"), a criticism ("his travels came under fire"), a
        statistic ("emergency room visits grew"), a span of years ("killed 800 people over
        four decades")."""
        tok = trig.tok
        region = self._region(trig)
        sent = self.ctx.s.sent
        words = self.words
        if any(
            t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in words["sport_words"]
            for t in sent
            if t.i in region
        ):
            return True
        if trig.is_noun and any(
            c.dep_ == "amod" and c.lower_ in _HYPOTHETICAL_MODIFIERS for c in tok.children
        ):
            return True
        gerund = tok
        while gerund.dep_ == "conj" and gerund.head.tag_ == "VBG":
            gerund = gerund.head  # "attacking churches by demolition, bombing, killing"
        if (
            not trig.is_noun
            and tok.tag_ == "VBG"
            and gerund.dep_ in ("csubj", "csubjpass", "nsubj", "nsubjpass")
            and not children(gerund, "nsubj", "poss")
        ):
            return True  # "Attacking churches is prohibited": an act named, no one doing it
        if trig.is_noun and tok.tag_ == "NNS" and _several_told_before(tok):
            return True  # "the three attacks", "the two other bombings last week": a sum
        if (
            trig.is_noun
            and tok.tag_ == "NNS"
            and any(
                c.tag_ == "JJS" and c.dep_ == "amod" and c.lower_ not in ("latest", "last")
                for c in tok.children
            )
            and any(p.lower_ == "of" for p in children(tok, "prep"))
            and not _dated_clause(tok)
        ):
            # "the deadliest raids of its two-year campaign": a record, no one raid ("the
            # heaviest air strikes of the war hit Aleppo on Monday" is the day's news)
            return True
        if not trig.is_noun and _kept_at_it(tok):
            return True  # "after they kept attacking security forces and civilians": a habit
        if not trig.is_noun and _done_before(tok):
            return True  # "the sect has attacked churches before": a past, not the news
        if not trig.is_noun and trig.type in _CAMPAIGN_TYPES and _kept_up_for_months(tok):
            return True  # "the Houthis have attacked merchant shipping since November"
        if (
            trig.is_noun
            and tok.tag_ == "NNS"
            and tok.dep_ in ("nsubj", "nsubjpass")
            and not children(tok, "det", "poss", "nummod")
            and _forbids(tok.head)
        ):
            return True  # "Protests are banned in Algiers": a law, no protest held
        if tok.ent_type_ in ("PRODUCT", "WORK_OF_ART"):
            return True  # "a 2003 Honda Accord", a film's title
        if tok.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "acomp" and c.lower_ in _UNLIKELY | _MAY_HAPPEN for c in tok.head.children
        ):
            return (
                True  # "an EU-Israel summit is unlikely to take place", "air raids were possible"
            )
        if trig.is_noun and _at_risk(tok):
            return True  # "The attack put a new round of peace talks at risk"
        if self._judged_unlikely(tok):
            return True
        if self.types[trig.type].get("parties_are_people"):
            # "New Gainesville prison clashes with revitalization": a figure of speech
            parties = [
                o
                for p in tok.children
                if p.dep_ == "prep" and p.lower_ in ("with", "between", "against")
                for o in _with_conjuncts_of(children(p, "pobj"))
            ]
            if not trig.is_noun:
                parties += children(tok, "nsubj")
            if parties and not any(self._person(o) or self._known_place(o) for o in parties):
                return True
        abstract = words["abstract_nouns"]
        light = self._light_verb(trig)
        if (
            trig.is_noun
            and light is not None
            and light.lemma_.lower() in _UNDERGO
            and _heads_in(children(light, "nsubj", "nsubjpass"), abstract)
        ):
            return True  # "Pallister's travels came under fire"
        if trig.is_noun and any(
            o.lemma_.lower() in abstract or o.lower_ in abstract
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ in ("on", "against")
            for o in children(p, "pobj")
        ):
            return True  # "an attack on the flames", "an assault on the proposal"
        if tok.tag_ in ("NNS", "NNPS") and (
            (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _CHANGE_VERBS)
            or (
                tok.dep_ == "pobj"
                and tok.head.lower_ == "in"
                and tok.head.head.lemma_.lower() in _CHANGE_VERBS
            )
        ):
            # "visits grew from 17,709 to 33,760", "ambush attacks increase", "an increase in
            # phone calls": a statistic
            return True
        for p in sent:
            if p.i not in region or p.dep_ != "prep" or p.lower_ not in _SPAN_PREPS:
                continue
            if any(o.tag_ == "NNS" and o.lemma_.lower() in _TIME_UNITS for o in p.children):
                return True  # "over four decades", "in recent years": a toll, not one event
        if _for_years(tok, region):
            return True  # "Russia has mediated peace talks for years": a habit
        if trig.is_noun and tok.tag_ == "NNS" and _years_listed(tok):
            return True  # "saw deadly naval clashes in 1999 and 2002": a past told as a list
        if not trig.is_noun and self._a_land_long_attacked(tok, region):
            return True  # "Northern Nigeria has been attacked by Boko Haram": a campaign
        if trig.type == "ceasefire" and trig.is_noun and self._only_broken(tok):
            return True  # "Pakistan violates ceasefire along LoC": the shelling, no truce
        if _a_wars_own(tok):
            return True  # "The war, which began in 2011 with protests, has killed 280,000"
        if not trig.is_noun and _a_toll_since(tok):
            return True  # "police have killed at least 20 people since the unrest began"
        if (
            trig.type == "protest"
            and not trig.is_noun
            and children(tok, "dative") + [p for p in children(tok, "prep") if p.lower_ == "to"]
        ):
            return True  # "South Korea was protesting sternly to the North": a complaint
        if trig.is_noun and tok.tag_ == "NNS" and _a_statistics_noun(tok):
            return True  # "the rising number of assassinations in the state": a count
        if trig.is_noun and tok.tag_ == "NNS" and self._a_grievance(tok):
            return True  # "a protest against police shootings": what is protested, no one act
        if not trig.is_noun and _counted_since(tok):
            return True
        if trig.type == "deployment" and not trig.is_noun and _one_craft_sent(tok):
            return True
        if trig.is_noun and self._none_told(tok):
            return True
        if (
            trig.is_noun
            and (tok.dep_ == "compound" or (tok.dep_ == "amod" and tok.tag_.startswith("NN")))
            and tok.head.pos_ == "NOUN"
            and tok.head.i > tok.i
            and tok.head.i not in self._trigger_tokens
            and tok.head.lemma_.lower() not in _OUTCOME_HEADS
        ):
            # "the shooting ranges", "an attack helicopter", "a shooting threat": a thing
            # named for the act (but "the shooting victim" was shot)
            return True
        if self._a_kind_not_an_act(trig):
            return True
        # "on a personal trip to Beijing"
        return trig.is_noun and any(
            c.dep_ == "amod" and c.lower_ in _PRIVATE_KINDS for c in tok.children
        )

    def _a_kind_not_an_act(self, trig: Trigger) -> bool:
        """Series counted, history dated, other places set beside the news, a diplomatic
        complaint, a prevention, a way of doing weighed, captivity told behind a rescue: uses
        of a trigger word that report no new event (eventsq27)."""
        tok = trig.tok
        if trig.is_noun:
            if _a_count_of_a_series(tok) or _earlier_one_dated(tok) or _weighed_as_a_kind(tok):
                return True
        elif _also_elsewhere(tok) or _kept_from(tok):
            return True
        if trig.type == "protest" and _a_diplomatic_protest(tok, trig.is_noun):
            return True
        if trig.type != "kidnapping":
            return False
        return _the_captives_held(tok) if trig.is_noun else _captivity_told_before(tok)

    def _talks_summed_up(self, trig: Trigger) -> bool:
        """ "held 11 bilateral meetings with foreign counterparts", "has spoken frequently
        over the phone with world leaders": talks held, summed up, not one; the caller (in
        ``mentions``) keeps them when two sides are named ("Modi and Albanese have held
        several meetings": those two met) or when they are still to come ("the council will
        host three forums" is a plan told)."""
        tok = trig.tok
        if trig.type not in _TALK_TYPES:
            return False
        if any(_counted(t) for t in ([tok] if trig.is_noun else children(tok, "dobj"))):
            return True
        light = self._light_verb(trig)
        for p in [*tok.children, *(light.children if light is not None else [])]:
            if p.dep_ != "prep" or p.lower_ != "with":
                continue
            for o in children(p, "pobj"):
                if (
                    o.tag_ == "NNS"
                    and o.lemma_.lower() in _COUNTERPARTS
                    and any(c.lower_ in _MANY_LANDS for c in o.children)
                ):
                    return True  # "his talks with foreign leaders": with many, summed up
        return any(c.dep_ == "advmod" and c.lower_ in _OFTEN for c in tok.children)

    def _police_raid(self, trig: Trigger, agents: list) -> bool:
        """A raid by police, told in a sentence about policing ("arrested 13 people", "a
        raid on her home", "the raid followed a 10-month investigation") and by no other
        named side: a search, not an attack."""
        if trig.tok.lemma_.lower() != "raid":
            return False
        if any(n.lower() not in _POLICING for n, _ in agents):
            return False  # "militants raided a village, police said"
        return any(t.lemma_.lower() in _POLICING for t in self.ctx.s.sent)

    @staticmethod
    def _none_told(tok) -> bool:
        """ "any negotiations with Tehran", "no attack", "there was no mention of shooting":
        an event asked about or denied, none told."""
        owners = [tok]
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":
            owners.append(tok.head.head)
        return any(
            c.dep_ == "det" and c.lower_ in ("any", "no") for o in owners for c in o.children
        )

    def _told_by_its_verb_then(self, trig: Trigger) -> bool:
        """Whether the trigger is a verb of the sentence's main clause with a time phrase of
        its own ("In October 1982 guerrillas killed ...")."""
        tok = trig.tok
        if trig.is_noun or tok.pos_ != "VERB":
            return False
        root = tok
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        if root.dep_ != "ROOT":
            return False
        return any(
            t.ent_type_ == "DATE"
            for c in tok.children
            if c.dep_ in ("prep", "npadvmod")
            for t in c.subtree
        )

    def _only_broken(self, tok) -> bool:
        """ "Pakistan violates ceasefire along LoC", "the truce was breached": a truce named
        only as what was broken is news of the fighting, not of a truce; one the sentence says
        was new or reached ("broke new ceasefire", "A cease-fire reached in May 2003 was
        violated") is told too."""
        held = tok
        while held.dep_ == "conj" and held.head.i != held.i:
            held = held.head
        if (
            held.dep_ not in ("dobj", "nsubjpass")
            or held.head.lemma_.lower() not in (self.words["ceasefire_broken_verbs"])
        ):
            return False
        return not any(
            c.dep_ in ("amod", "acl", "relcl", "compound", "nummod") for c in tok.children
        )

    def _a_land_long_attacked(self, tok, region: set[int]) -> bool:
        """ "Northern Nigeria has been attacked by the Islamist sect Boko Haram": a perfect
        passive said of a whole country or region, with no time of its own, is a campaign
        summed up, not one attack ("A police post in Kano has been attacked" is one)."""
        if tok.tag_ != "VBN" or not children(tok, "auxpass"):
            return False
        if not any(a.lemma_.lower() == "have" and a.lower_ != "had" for a in children(tok, "aux")):
            return False
        if any(t.ent_type_ in ("DATE", "TIME") for t in tok.sent if t.i in region):
            return False
        kinds = [
            tp.candidate.kind
            for s in children(tok, "nsubjpass")
            if (tp := self._toponym_of(s)) is not None and tp.candidate is not None
        ]
        return bool(kinds) and all(k in ("country", "region") for k in kinds)

    def _known_place(self, tok) -> bool:
        """A toponym the geoparser found ("Israel clashed with Syria")."""
        return self._toponym_of(tok) is not None

    def _toponym_of(self, tok) -> Toponym | None:
        """The toponym a token is (part of), if any."""
        return self._toponym_at(tok.idx, tok.idx + len(tok.text))

    def _kind_of_visit(self, trig: Trigger) -> bool:
        """ "Emergency room visits", "doctor visits", "home visits", "a trip to the doctor":
        a noun that names a kind of visit, not a visit by someone to somewhere."""
        tok = trig.tok
        for c in tok.children:
            if c.dep_ != "compound" or c.i > tok.i:
                continue
            if self.ctx.mention(c) is not None or c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
                continue  # "the Obama visit", "an IOC committee visit"
            if c.lemma_.lower() in self.words["official_kinds"]:
                continue  # "a trade mission", "a working visit"
            if self._known_place(c):
                continue
            if c.text.isupper() and len(c.text) <= 3 and c.ent_type_ == "":
                return True  # "ER visits"
            if c.pos_ == "NOUN":
                return True
        return False

    # --- all together ---------------------------------------------------------------------
    def mentions(self, published: str | None) -> list[EventMention]:
        out = []
        for trig in self.triggers():
            status = self.status(trig)
            if status is None:
                continue
            if self._not_an_occurrence(trig) or self._told_before_as_none(trig):
                continue
            if trig.type == "protest" and trig.is_noun and self._in_a_name(trig.tok):
                continue  # "the Congolese Rally for Democracy said": a party, no rally
            if self.types[trig.type].get("official") and self._by_a_people(trig):
                continue
            if trig.official_party and self._private(trig):
                continue  # "met up with a friend from Dallas"
            agents, targets = self.roles(trig)
            agents, targets = self._as_persons(agents), self._as_persons(targets)
            if self.types[trig.type].get("craft_as_written"):
                targets = self._craft_as_written(trig, targets)
            if self.types[trig.type].get("victims_as_written"):
                targets = [self._victims_as_written(t) for t in targets]
            else:
                targets = [self._in_a_mission(t) for t in targets]
            agents = [self._in_a_mission(a) for a in agents]
            spec = self.types[trig.type]
            if spec.get("prisoners_name_sides") and len(agents) < 2:
                sides = self._prisoners_states(trig)
                if len(sides) > 1:
                    agents = sides  # "Soldiers from Ukraine and Russia have been released"
            if trig.type in _INTERVIEW_TYPES and agents and all(_a_trade(n) for n, _ in agents):
                continue  # "held meetings with Chinese fashion labels": business, no diplomacy
            named = [a for a in agents if a[0][:1].isupper()]  # not "leaders", "officials"
            if trig.named_actor and not named and not self._of_a_state(agents):
                # "The government forces reached the city at the end of an offensive", "the
                # forces are pushing into Raqqa": a state's army in its own land crosses into
                # no one's; an incursion is told by whose forces crossed
                continue
            if status != "planned" and len(named) < 2 and self._talks_summed_up(trig):
                continue
            if spec.get("symmetric"):
                talk = trig.type in _INTERVIEW_TYPES
                media = [a for a in agents if a[1] is not None and self._news_medium(a[1], talk)]
                if talk and (media or self._with_the_press(trig)):
                    continue  # "Palma said in a phone call with CBC Toronto": an interview
                agents = [a for a in agents if a not in media]  # "told Radio Tamazuj"
            placeless = frozenset(
                n for n, sp in targets if sp is None or not self._a_place_span(sp)
            )
            if spec.get("object_is_place") and not spec.get("official"):
                # "an offensive against militants loyal to the Taliban": whom an incursion
                # fights is no place it enters (a visit's school the gazetteer lacks is still
                # where it went)
                targets = [t for t in targets if t[0] not in placeless]
            if not trig.is_noun and spec.get("verb_needs_role") and not (agents or targets):
                continue  # "a horse was attacked": nobody named on either side
            if spec.get("official") and not trig.is_noun and not self._official(agents):
                continue  # "buses arrived", "soldiers visiting a market"
            if (
                spec.get("official")
                and not trig.is_noun
                and not self._visits_a_place(trig)
                and not self._titled(trig, agents)
            ):
                continue  # "Chu visited the Ching family", "Karg was visiting for the night"
            if spec.get("official") and trig.is_noun:
                if self._kind_of_visit(trig):
                    continue
                if not self._official(agents) and not self._place_after(trig.tok, ("to",)):
                    continue  # "during the visit", "their ninth trip to State"
            if spec.get("named_agent") and not any(n[:1].isupper() for n, _ in agents):
                continue  # "people who bought weapons": a purchase of no state or firm
            if self._police_raid(trig, agents):
                continue  # "seized heroin in raids in the city, police said": law enforcement
            spans = [s for _n, s in agents + targets if s is not None]
            tp = self.place(
                trig,
                [s for _n, s in agents if s is not None],
                [s for _n, s in targets if s is not None],
            )
            if (air := self._airspace_country(trig)) is not None and not _inside(tp, air):
                tp = air  # "entered Polish airspace from Belarus"; "near Hatay" stays
            alliance = air is None and self._airspace_of_no_state(trig)
            if alliance:
                tp = None  # "violated NATO airspace while trying to intercept a US bomber"
            date, prec, dated = self.date(trig, published)
            if (
                spec.get("history_describes")
                and date
                and published
                and date[:4] < published[:4]
                and any(a.dep_ == "relcl" for a in [trig.tok, *trig.tok.ancestors])
            ):
                # "the Myanmar military, which seized power in a 2021 coup": who they are,
                # told by what they did in an earlier year, not news
                continue
            if (
                date
                and published
                and prec in ("year", "month")
                and trig.type in _HARM_TYPES | _FIGHT_TYPES
                and _years_before(date, published) > 1
                and self._told_by_its_verb_then(trig)
            ):
                # "In October 1982 guerrillas killed several soldiers" in a story of 2010: an
                # act of violence (done and over, unlike an agreement signed in Oslo in 1993,
                # still in force) told by a verb dated by its own time two calendar years or
                # more before the article's, no day of it told: history retold beside the
                # news, not the news (a 1982
                # story of a 1982 massacre, "last year", "in October last year" stay; an
                # event noun of another year, "a cease-fire reached in May 2003", "after a
                # U.S. air strike killed Soleimani in 2020", is named with its date)
                continue
            if status == "planned" and date and published and date[:4] < published[:4]:
                # "is scheduled to die April 7 for the fatal stabbing ... on Sept. 9, 1997":
                # what the sentence dates in an earlier year than the article's is no plan
                status = ""
            out.append(
                EventMention(
                    type=trig.type,
                    trigger=trig.tok.i,
                    actors=[n for n, _s in agents],
                    targets=[n for n, _s in targets],
                    toponym=tp,
                    date=date,
                    precision=prec,
                    date_basis="sentence" if date else "",
                    status=status,
                    sentence_dated=dated,
                    anaphoric=self._anaphoric(trig),
                    distinct=self._distinct(trig),
                    background=self._background(trig),
                    own_time=self._own_time(trig, published),
                    report_dated=date is None and dated and self._report_dated(trig, published),
                    actor_codes={
                        m.ref.code
                        for _n, sp in agents
                        if sp is not None
                        for m in self.ctx.mentions
                        if m.ref.code
                        and m.start < sp[1]
                        and sp[0] < m.end
                        and not (m.ref.kind == "leader" and m.ref.name in self.out_of_office)
                    },
                    hosts=self._hosts(trig),
                    target_states={
                        m.ref.code
                        for _n, sp in targets
                        if sp is not None
                        for m in self.ctx.mentions
                        if m.ref.code
                        and m.ref.kind == "state"
                        and m.ref.form == "name"
                        and (m.start, m.end) == sp
                    },
                    owners_only=bool(targets)
                    and all(sp is not None and self._an_owner(sp) for _n, sp in targets),
                    actor_spans=spans,
                    target_offices={n: self._offices[n] for n, _s in targets if n in self._offices},
                    place_noun=self.place_noun(trig) if tp is None else frozenset(),
                    placeless=placeless,
                    told_as_before=self._told_as_before(trig),
                    in_passing=self._in_passing(trig),
                    pair=self._pair(trig) if spec.get("symmetric") and len(named) < 2 else "",
                    no_fallback=alliance,
                )
            )
        return out

    def _prisoners_states(self, trig: Trigger) -> list[tuple[str, tuple[int, int] | None]]:
        """The states whose people a swap freed, when the sentence names them as the subject
        of its freeing ("Soldiers from Ukraine and Russia have been released in a prisoner
        exchange", "Ukrainian and Russian soldiers freed in prisoner exchange"): the swap's
        two sides, which it names no other way."""
        tok = trig.tok
        if not (trig.is_noun and tok.dep_ == "pobj" and tok.head.dep_ == "prep"):
            return []
        verb = tok.head.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _FREED_VERBS:
            return []
        subjects = children(verb, "nsubj", "nsubjpass")
        if tok.head.head.dep_ == "acl" and not subjects:  # "soldiers freed in an exchange"
            subjects = [verb.head]
        if not subjects or not all(s.lemma_.lower() in _HELD_PEOPLE for s in subjects):
            return []
        chars = [self.ctx.s.char(t) for s in subjects for t in s.subtree]
        lo, hi = min(chars), max(chars) + 1
        out: list[tuple[str, tuple[int, int] | None]] = []
        for m in self.ctx.mentions:
            if m.ref.kind != "state" or not lo <= m.start < hi:
                continue
            if all(n != m.ref.name for n, _ in out):
                out.append((m.ref.name, (m.start, m.end)))
        return out

    def _pair(self, trig: Trigger) -> str:
        """ "The two sides signed an agreement", "Both countries agreed to a truce": the
        subject names a pair told of before, not who they are (its words, or "")."""
        tok = trig.tok
        verb = self._light_verb(trig) if trig.is_noun else tok
        if verb is None and tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX"):
            verb = tok.head.head  # "Both countries agreed to a ceasefire"
        if verb is None:
            return ""
        for s in children(verb, "nsubj") or governing_subjects(verb):
            if s.lemma_.lower() not in _PAIR_NOUNS or s.tag_ != "NNS":
                continue
            words = {c.lower_ for c in s.children if c.dep_ in ("det", "nummod", "predet")}
            if "both" in words or ("two" in words and "the" in words):
                return "two " + s.lower_
        return ""

    def _leaders_by_name(
        self, named: list[tuple[str, tuple[int, int] | None]]
    ) -> list[tuple[str, tuple[int, int] | None]]:
        """A leader named as one removed from office by his own name, not his state's ("a
        coup that removed Robert Mugabe": against him, not against Zimbabwe)."""
        out = []
        for name, span in named:
            m = next(
                (
                    m
                    for m in self.ctx.mentions
                    if span is not None and (m.start, m.end) == span and m.ref.kind == "leader"
                ),
                None,
            )
            out.append((m.ref.name, span) if m is not None else (name, span))
        return out

    def _as_persons(
        self, named: list[tuple[str, tuple[int, int] | None]]
    ) -> list[tuple[str, tuple[int, int] | None]]:
        """A leader the article says is out of office by his own name, not his state's
        ("Tillerson, who met with Trump", where Trump is only "the President-elect")."""
        if not self.out_of_office:
            return named
        out = []
        for name, span in named:
            m = next(
                (
                    m
                    for m in self.ctx.mentions
                    if span is not None
                    and (m.start, m.end) == span
                    and m.ref.kind == "leader"
                    and m.ref.name in self.out_of_office
                ),
                None,
            )
            out.append((m.ref.name, span) if m is not None else (name, span))
        return out


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
    """ "The fighter was sent to identify the target": one aircraft sent up on a task (to
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
    """ "About 1,000 students have been abducted in Nigeria since December": people counted
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
        # "Gunmen and suicide bomber attack churches", parsed with "bomber" a modifier of
        # "attack": the word before still makes the bomber a person
        return True
    if tok.dep_ == "compound":
        return False
    return lem == "fighter" or (
        lem == "bomber" and any(c.lower_ in _BOMBER_PEOPLE for c in tok.children)
    )


_BOMBER_PEOPLE = frozenset({"suicide", "would-be", "car", "truck"})


def _an_organisation(tok) -> bool:
    """An organisation's name: "FBI", "Corrections Corporation of America"; a lone unknown
    name ("met Bakari") that the tagger calls an organisation is more often a person."""
    if tok.ent_type_ != "ORG":
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and (len(ent) > 1 or (tok.text.isupper() and len(tok.text) > 1))


def _since_when(root) -> bool:
    """Whether a clause is a "when" clause on the time after "since" ("since Jan. 19, when a
    suicide attacker blew himself up", "since May, when the truce collapsed")."""
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
    """ "they kept attacking security forces and civilians": what someone kept doing to
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
    object or subject it is ("Russia has mediated peace talks for years", "fighting has raged
    for decades"): how long a habit or a state of things has lasted, no one event."""
    heads = [tok]
    if tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
        heads.append(tok.head)
    preps = [p for h in heads for p in children(h, "prep")]
    preps += [t for t in tok.sent if t.i in region and t.dep_ == "prep"]
    return any(
        p.lower_ == "for"
        and o.tag_ == "NNS"
        and o.lemma_.lower() in _LONG_TIME_UNITS
        and not children(o, "nummod", "det", "amod")
        for p in preps
        for o in children(p, "pobj")
    )


def _years_listed(tok) -> bool:
    """ "naval clashes in 1999 and 2002", "the attacks of 2008 and 2011": a plural event
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
    """ "The war ... has killed more than 280,000 people": a war's toll, said of the war, is
    no one attack; "The war, which began in March 2011 with protests": events in the plural,
    uncounted, that a relative clause on a war tells it began with are its history, not the
    story's events ("the war, which began with the U.S.-led invasion" names one event)."""
    if tok.pos_ == "VERB" and _heads_in(children(tok, "nsubj"), _WAR_NOUNS):
        return True
    if tok.tag_ != "NNS" or children(tok, "nummod"):
        return False
    return any(a.dep_ == "relcl" and a.head.lemma_.lower() in _WAR_NOUNS for a in tok.ancestors)


def _a_toll_since(tok) -> bool:
    """ "Police have killed at least 20 people since the unrest began", "the junta has killed
    more than 2,000 civilians since it seized power": killing or wounding in the present perfect
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
    """Whether an event noun is said to be at risk or in doubt ("put a new round of peace
    talks at risk", "the summit is in doubt"): whether it will be held is in question."""
    top = tok
    while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ == "NOUN":
        top = top.head.head  # "a new round of peace talks"
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
    ("the three attacks appeared to be part of a campaign", "the Taliban, which had claimed
    the two other bombings last week")."""
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


def _an_unknown_town(ctx: SentenceContext, trigger) -> bool:
    """Whether the clause of ``trigger`` says where it happened by a settlement's name that
    no toponym covers ("in Waat town", "near the village of Narai Kandaw": a capitalised word
    before, or "of" after, a settlement noun under "in", "near" or "at"), or as a town it
    does not name ("attacked a strategic town in the northeast")."""
    covered = {t.i for tp in ctx.toponyms for t in ctx.s.sent if tp.start <= ctx.s.char(t) < tp.end}
    root = trigger
    while root.dep_ not in _CLAUSE_HEADS and root.head.i != root.i:
        root = root.head  # "came under heavy fire on Sunday in Waat town": the verb's clause
    clause = {trigger.i} | {a.i for a in trigger.ancestors} | {c.i for c in root.subtree}
    for t in ctx.s.sent:
        if t.i in clause and _along_a_line(t):
            return True  # "fired on its positions along the front line": no town's
        if t.lemma_.lower() not in _SETTLEMENT_NOUNS or t.i not in clause:
            continue
        dets = children(t, "det")
        if t.dep_ == "dobj" and t.head.i in clause and dets and dets[0].lower_ in ("a", "an"):
            return True  # "attacked a strategic town in the northeast": not the dateline's
        if t.dep_ != "pobj" or t.head.lower_ not in ("in", "near", "at", "outside"):
            continue
        names = [c for c in t.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
        names += [
            o
            for p in children(t, "prep")
            if p.lower_ == "of"
            for o in children(p, "pobj")
            if o.pos_ == "PROPN"
        ]
        if names and not any(n.i in covered for n in names):
            return True
    return False


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


_ENTRY_MARK = re.compile(r"\s*(?::|[-–—]{1,2})\s")  # after a timeline entry's date
_ENDING = frozenset({"end", "close", "conclusion", "conclude", "wrap", "finish", "complete"})


def _days_ended(trig: Trigger) -> int:
    """How many days an event noun lasted that the sentence says ended ("at the end of a
    three-day visit", "concluded his two-day visit"), else 0."""
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
    """The tokens of the times told on ``verb``, on a verb joined to it ("killed 43 people and
    wounded more than 100 on Sunday") and on their objects, where the parser hangs a time it
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
        return False  # "an investigation into the deadliest raids", a day after: its date
    clauses = {t.i for c in tok.subtree if c.dep_ in ("acl", "relcl") for t in c.subtree}
    own = {t.i for t in tok.subtree} - clauses  # "of the war", not "hit Aleppo on Monday"
    return any(t.ent_type_ in ("DATE", "TIME") and t.i not in own for t in verb.subtree)


def _on_a_border(ctx: SentenceContext, trigger) -> bool:
    """Whether the clause of ``trigger`` puts it on a border it names by no place ("a
    skirmish on the border between the two countries", "a border clash"): a line between two
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


# "Camarines Sur province, south of Manila", "Sarangani, 30 kilometers north of General Santos":
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
    not where the act was done ("fired at northern Israel in solidarity with the Palestinians
    in Gaza")."""
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
    """The name only says where another place the sentence names lies ("a clash in Camarines
    Sur province, south of Manila"): the place before the comma is where, not the town it is
    reckoned from; not a country before the comma ("in Syria, north of Damascus"), which the
    town places better."""
    start = tp.start - ctx.s.start
    m = _BEARING.search(ctx.text[max(0, start - 80) : start])
    if m is None:
        return False
    end = max(0, start - 80) + m.end("before") + ctx.s.start
    before = [o for o in ctx.toponyms if o is not tp and o.end == end and o.candidate is not None]
    if not before:
        # "in the Mendhar sector, west of Jammu", "in Gul Ghundi, east of Khost": a place the
        # gazetteer lacks, reckoned from a town it knows, is still not that town
        # "at Lonmin's Marikana platinum mine, northwest of Johannesburg": any site named
        # before the bearing is where, the town only where it is reckoned from
        return True
    return any(o.candidate.kind != "country" and not o.metonymic for o in before)


_PLACE_KIND_WORDS = frozenset(
    {"sector", "area", "zone", "district", "province", "region", "village", "town", "county"}
)


def _a_sides_own_place(prep, trigger) -> bool:
    """Whether the place phrase ``prep`` describes what a side of a meeting leads or speaks
    for ("the leaders of the uprising in Darfur", "envoys of the rebels in eastern Congo"): it
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
    biggest offensive since the fall of the Taliban", "the fiercest violence since the
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
    """Whether two joined verbs are told of different times: "declared the mission over at
    the end of 2014, but they still carry out air strikes" (a contrast, or another tense)."""
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
    """Whether a span event is told as what the news followed ("The agreement followed four
    days of talks", "after a three-week siege")."""
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
    # "The agreement came a day after the ministry released footage that showed troops
    # entering the village": what the "after" clause tells, however deep, was before
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
    """ "in 2003 Gaddafi admitted responsibility for the attack", "claimed responsibility on
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


def _simple_past(tok) -> bool:
    """Whether the event is told in the simple past ("rebels ousted the president", "a coup
    ousted him"), not the present or its perfect (the news as it stands)."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return verb.tag_ == "VBD"


# a charge or a denial is of an act at a time it does not say; a condemnation answers news
_CHARGING_VERBS = frozenset(
    {"accuse", "blame", "charge", "convict", "suspect", "deny", "admit", "acquit"}
)


def _an_act_charged(tok) -> bool:
    """ "Kabila accuses Rwanda and Uganda of invading", "denied attacking the convoy": an act
    the news charges or denies was done before it, on no day the article gives."""
    if tok.tag_ != "VBG":
        return False
    head = tok.head
    if tok.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head
    elif tok.dep_ not in ("xcomp", "ccomp", "dobj"):
        return False
    return head.lemma_.lower() in _CHARGING_VERBS


@dataclass(slots=True)
class _Marks:
    """What a document's mentions tell of its events besides the events themselves, by event
    id, for the merge and the passes around it."""

    toponym_of: dict[str, Toponym] = field(default_factory=dict)  # place id: the toponym read
    seen_ids: dict[str, int] = field(default_factory=dict)  # events given so far per base id
    anaphoric: set[str] = field(default_factory=set)  # "the attack": one told before
    distinct: set[str] = field(default_factory=set)  # told as another occasion, or background
    background: set[str] = field(default_factory=set)
    timed: set[str] = field(default_factory=set)  # dated by their own words
    lands: dict[str, frozenset[str]] = field(default_factory=dict)  # countries their sentence says
    headlines: set[str] = field(default_factory=set)
    ledes: set[str] = field(default_factory=set)
    offices: dict[str, dict[str, str]] = field(default_factory=dict)  # victims' offices by state
    placeless: set[str] = field(default_factory=set)  # targets that are no place entered
    passing: set[str] = field(default_factory=set)  # only referred to
    reported: dict[str, int] = field(default_factory=dict)  # dated only by their report: its end
    far_wars: set[str] = field(default_factory=set)  # fights of no side at a capital's dateline

    def record(self, ev: Event, em: EventMention, ctx: SentenceContext, story: _Story) -> None:
        """What the mention ``em`` of sentence ``ctx`` tells of ``ev``, made from it."""
        if em.in_passing:
            self.passing.add(ev.id)
        if em.target_offices:
            self.offices[ev.id] = em.target_offices
        if em.anaphoric:
            self.anaphoric.add(ev.id)
        if em.distinct or em.background:
            self.distinct.add(ev.id)
        if em.background:
            self.background.add(ev.id)
        if em.own_time:
            self.timed.add(ev.id)
        if not em.anaphoric:
            self.lands[ev.id] = _lands(ctx)
        first_line = story.first_line
        if ctx.s.start == 0 and first_line and first_line[-1] not in ".!?\"'":
            self.headlines.add(ev.id)
        elif story.lede[0] <= ctx.s.start < story.lede[1]:
            self.ledes.add(ev.id)
        if em.report_dated:
            self.reported[ev.id] = ctx.s.end


def _filed(text: str) -> tuple[int, int]:
    """Where a dateline states its day, as (start, end); (0, 0) when it states none."""
    at = dateline_date_at(text)
    return (at[1], at[2]) if at else (0, 0)


@dataclass(slots=True)
class _Story:
    """A document as its events are read: its text and sentences, its day, where its dateline
    ends, and the marks its mentions leave."""

    doc: Document
    contexts: list[SentenceContext]
    pub: str | None  # the article's day, else its dateline's
    cut: int  # where the dateline ends
    # the characters of the day a dateline states: the day the story was filed, never one a
    # sentence tells (``EventRules.filed``)
    filed: tuple[int, int]
    before_places: Callable[[], None] | None
    first_line: str
    lede: tuple[int, int]
    supported: list[_Support]  # its sentences' "in support of X": read before any event
    marks: _Marks = field(default_factory=_Marks)
    focus_read: PlaceContext | None = None  # read once an event needs it

    @classmethod
    def of(
        cls,
        doc: Document,
        contexts: list[SentenceContext],
        published: str | None,
        before_places: Callable[[], None] | None,
    ) -> _Story:
        return cls(
            doc,
            contexts,
            published or dateline_date(doc.text),
            dateline_end(doc.text),
            _filed(doc.text),
            before_places,
            doc.text.split("\n", 1)[0].rstrip(),
            _lede(doc.text),
            _supports_told(contexts),
        )

    def focus(self) -> PlaceContext:
        """The places of the story, read the first time an event needs one."""
        if self.focus_read is None:
            if self.before_places is not None:
                self.before_places()
            self.focus_read = place_context(self.doc, self.contexts, event_words())
        return self.focus_read

    def where(self, place_id: str) -> PlaceRef | None:
        tp = self.marks.toponym_of.get(place_id)
        if tp is None or tp.candidate is None:
            return None
        c = tp.candidate
        return PlaceRef(_place_name(tp), c.lat, c.lon, c.country, c.kind)


def document_events(
    doc: Document,
    contexts: list[SentenceContext],
    published: str | None,
    before_places: Callable[[], None] | None = None,
) -> tuple[list[Event], dict[str, Toponym]]:
    """Every event of a document, placed, dated, titled and merged, with the toponym each is
    placed at. ``published`` (else a date in the dateline) resolves "on Monday" and dates
    events whose sentence states no time."""
    story = _Story.of(doc, contexts, published, before_places)
    pub = story.pub
    out_of_office = leaders_out_of_office(doc.text, contexts)
    events: list[Event] = []
    day_told: str | None = None  # the last day a sentence gave, for "Earlier in the day"
    history = False  # whether the sentence before dates only a month or year gone
    year: str | None = None  # the year the story told last, for "In August of that year"
    for ctx in contexts:
        day_before, after_history, year_before = day_told, history, year
        day, history = times_told(ctx.text, pub)
        day_told = day or day_told
        year = year_told(ctx.text, pub, year_before)
        if not ctx.full_parse:
            continue  # no trigger word (core.extract)
        for em in EventRules(ctx, story.cut, out_of_office, year_before, story.filed).mentions(pub):
            story.marks.placeless |= em.placeless
            placing = _place_for(story, ctx, em)
            date, prec, dbasis, status = _date_for(story, ctx, em, day_before, after_history)
            ev = _event_of(story, ctx, em, placing, (date, prec, dbasis, status), events)
            events.append(ev)
            if placing.far_war and ev.place_id:
                story.marks.far_wars.add(ev.id)
            story.marks.record(ev, em, ctx, story)
    for step in _DOCUMENT_PASSES:
        events = step(events, story)
    toponym_of = story.marks.toponym_of
    places = {e.id: toponym_of[e.place_id] for e in events if e.place_id in toponym_of}
    return events, places


@dataclass(slots=True)
class _Placing:
    """Where one event mention happened, as it is read: the toponym, how it was found
    (``basis``: "sentence", "paragraph", "article" or ""), and what the vetoes ask of it."""

    ctx: SentenceContext
    em: EventMention
    spec: dict
    tp: Toponym | None
    basis: str
    earlier: bool  # dated in a year before the article's
    history: bool  # an undated article's month or year
    far_war: bool = False  # a fight of no side that only a capital's dateline places

    @property
    def candidate(self) -> Candidate | None:
        return self.tp.candidate if self.tp is not None else None

    @property
    def trigger(self):
        return self.ctx.s.sent.doc[self.em.trigger]

    def unplace(self, story: _Story) -> None:
        self.tp, self.basis = None, ""

    def to_its_country(self, story: _Story) -> None:
        """The place's country, when the article names it; else no place."""
        c = self.candidate
        self.tp = _country_named(story.contexts, c.country if c is not None else None)
        self.basis = self.basis if self.tp is not None else ""


def _place_for(story: _Story, ctx: SentenceContext, em: EventMention) -> _Placing:
    """Where the mention ``em`` happened: its sentence's place, its actors' home, or the
    paragraph's or the story's, then each of ``_PLACE_STEPS`` in turn."""
    pub = story.pub
    tp = em.toponym
    p = _Placing(
        ctx,
        em,
        ctx.lex.events[em.type],
        tp,
        "sentence" if tp is not None else "",
        # "the war, which began with the U.S.-led invasion in March 2003" in a story of
        # 2008: history told in passing did not happen where the news does
        earlier=bool(em.date and pub and em.date[:4] < pub[:4]),
        # an undated article: a month or a year its sentence names ("in March 2003"),
        # with no day, is how history is told; news of the day has its day
        history=bool(pub is None and em.date and em.precision != "day"),
    )
    homes = _homes(ctx, em) if tp is None and p.spec.get("at_home") else set()
    if p.tp is None and not p.earlier and len(homes) == 1:
        # "Myanmar's military seized power": a state's own soldiers take it at home;
        # the country, as the article names it, not the story's town
        p.tp = _country_named(story.contexts, next(iter(homes)))
        p.basis = "sentence" if p.tp is not None else ""
    if (
        p.tp is None
        and not p.earlier
        and not em.no_fallback
        and (em.place_noun or p.spec.get("place_fallback", True))
    ):
        focus = story.focus()
        if em.place_noun:
            p.tp, p.basis = focus.named_before(ctx, em.place_noun), "paragraph"
        else:
            p.tp, p.basis = focus.fallback(ctx, em.actor_spans)
        for vetoed in _STORY_PLACE_VETOES:
            if vetoed(p, story):
                p.unplace(story)
    for applies, then in _PLACE_STEPS:
        if applies(p, story):
            then(p, story)
    return p


# --- the vetoes of a place the paragraph or the story gave (their sentence named none) ----------
def _a_partys_country(p: _Placing, story: _Story) -> bool:
    """ "Trump's meeting with the Turkish president" in a story about Turkey: that a party is
    Turkish, or American, does not say where they met; nor, for a fight, that a state other
    than the story's is named in its sentence ("an Indian patrol ran into Pakistani troops",
    told from Islamabad: not a fight in Pakistan)."""
    em, tp, c = p.em, p.tp, p.candidate
    return (
        p.basis == "article"
        and bool(p.spec.get("symmetric"))
        and tp is not None
        and c is not None
        and c.kind == "country"
        and (
            _place_name(tp) in em.actors
            or any(code != c.country for code in em.actor_codes)
            or (
                bool(p.spec.get("speaker_no_side"))
                and any(m.ref.code and m.ref.code != c.country for m in p.ctx.mentions)
            )
        )
    )


def _states_meet_elsewhere(p: _Placing, story: _Story) -> bool:
    """ "a meeting between Putin and Dagestan's leader" in a story filed from Makhachkala, "the
    talks between Israel and Hamas" beside officials in Ramallah: where states meet is not the
    town the story is told from."""
    c = p.candidate
    return (
        bool(p.spec.get("symmetric"))
        and c is not None
        and c.kind != "country"
        and len(p.em.actors) > 1
        and bool(p.em.actor_codes)
    )


def _a_sides_home(p: _Placing, story: _Story) -> bool:
    """ "talks between Khartoum and Darfur rebels" in a story about Darfur: where a side comes
    from is not where the talks were held (a state that is itself a side may be: "in town for
    meetings with Saudi officials")."""
    tp = p.tp
    return (
        bool(p.spec.get("symmetric"))
        and not p.spec.get("parties_are_people")
        and tp is not None
        and any(
            a != _place_name(tp) and re.search(rf"\b{re.escape(_place_name(tp))}\b", a)
            for a in p.em.actors
        )
    )


_STORY_PLACE_VETOES: tuple[Callable[[_Placing, _Story], bool], ...] = (
    _a_partys_country,
    _states_meet_elsewhere,
    _a_sides_home,
)


# --- what then moves or removes a place, in this order ------------------------------------------
def _before_the_news(p: _Placing, story: _Story) -> bool:
    """ "tensions rose after the U.S. military shot down a Chinese surveillance balloon", in a
    story about a missile fired into the Pacific: what came before the news is not in the
    story's sea, region or country, for all the story says (a town's story keeps its town: "is
    facing a charge after a woman was stabbed", told in Regina)."""
    c = p.candidate
    return (
        bool(p.em.told_as_before)
        and p.basis in ("paragraph", "article")
        and c is not None
        and c.kind != "city"
    )


def _near_a_town(p: _Placing) -> set[str | None]:
    """The countries of the towns the sentence reckons from ("20 km north of Kabul")."""
    ctx = p.ctx
    return {
        t.candidate.country
        for t in ctx.toponyms
        if t.candidate is not None and t.candidate.kind != "country" and reckoned_from(ctx, t)
    }


def _unplaced_near_a_town(p: _Placing, story: _Story) -> bool:
    """ "an air strike 20 km north of Kabul": near the town, so in its country, when the
    article names that country."""
    return p.tp is None and not p.earlier and len(_near_a_town(p)) == 1


def _in_the_towns_country(p: _Placing, story: _Story) -> None:
    p.tp = _country_named(story.contexts, next(iter(_near_a_town(p))))
    p.basis = "sentence" if p.tp is not None else ""


def _history_at_the_dateline(p: _Placing, story: _Story) -> bool:
    """The war "which began with the U.S.-led invasion in March 2003", told in an undated story
    filed from Baghdad: the story's town is the news's scene, not the history's; the town's
    country, when the story names it, still holds it."""
    c = p.candidate
    return (
        p.history
        and p.basis in ("paragraph", "article")
        and c is not None
        and c.kind not in _AREA_KINDS
    )


def _blame_said_at_the_dateline(p: _Placing, story: _Story) -> bool:
    """ "BAGHDAD - Iraq's government said that neglect by its allies led to a massacre of 49
    army recruits", "KABUL - the president blamed NATO for an air strike": who is to blame is
    said in the dateline's capital, not the event's town (a story about Aleppo keeps it); the
    dateline's country, when the article names it, still holds it."""
    c = p.candidate
    return (
        p.basis == "article"
        and p.tp is not None
        and p.tp.start < story.cut
        and c is not None
        and c.kind not in _AREA_KINDS
        and _blamed(p.trigger)
    )


def _its_own_town_unknown(p: _Placing, story: _Story) -> bool:
    """ "The soldiers came under heavy fire on Sunday in Waat town" in a story filed from Juba:
    the sentence names its own town, which the gazetteer lacks; the story's town is not it,
    the town's country (when the article names it) is."""
    c = p.candidate
    return (
        p.basis in ("paragraph", "article")
        and c is not None
        and c.kind not in _AREA_KINDS
        and _an_unknown_town(p.ctx, p.trigger)
    )


def _its_scene_named_before(p: _Placing, story: _Story) -> bool:
    """ "SEOUL - ... The exchange happened on Tuesday near Yeonpyeong, a South Korean island.
    'Our side fired back when the North Korean boat opened fire'": the sentence before, in its
    paragraph, names the scene by a place the gazetteer lacks; the dateline's town is not it,
    its country is."""
    c = p.candidate
    return (
        p.basis in ("paragraph", "article")
        and c is not None
        and c.kind not in _AREA_KINDS
        and _scene_named_before(p.ctx)
    )


def _on_a_border_unnamed(p: _Placing, story: _Story) -> bool:
    """ "died in a skirmish with Eritrean troops on the border between the two countries", in a
    story that names Badme most: a border the sentence names by no place is not the story's
    region or town."""
    c = p.candidate
    return (
        p.basis == "article"
        and c is not None
        and c.kind != "country"
        and _on_a_border(p.ctx, p.trigger)
    )


def _a_war_told_from_a_capital(p: _Placing, story: _Story) -> bool:
    """A fight only a capital's dateline places, of other states (``_a_war_elsewhere``)."""
    tp = p.tp
    return (
        p.basis == "article"
        and tp is not None
        and tp.start < story.cut
        and _a_war_elsewhere(story.contexts, p.ctx, p.em, tp)
    )


def _far_war(p: _Placing, story: _Story) -> None:
    """ "LONDON - Days after India and Pakistan launched their attack": a capital's newsroom
    tells of a war between other states, far from it; a fight of no named side keeps the
    place until the story's other events are read (``_unplace_wars_told_from_afar``)."""
    p.far_war = True
    if p.em.actors:
        p.unplace(story)


def _told_at_a_funeral(p: _Placing, story: _Story) -> bool:
    """ "the Banbridge parish priest told mourners the killing of Mr Carroll was designed to
    destabilise the peace process": told at the funeral, in the funeral's town; the killing,
    which its sentence does not place, was elsewhere."""
    return p.basis in ("paragraph", "article") and any(
        t.lower_ in _FUNERAL_WORDS for t in p.ctx.s.sent
    )


def _one_of_many(p: _Placing, story: _Story) -> bool:
    """ "he shot a man near Grand Avenue and West 11th Street in San Pedro": the geoparser's
    reading (Côte d'Ivoire) is one of many of the name; no place rather than a town on the
    wrong continent."""
    return p.tp is not None and _a_coin_toss(p.tp)


def _not_the_hosts(p: _Placing, story: _Story) -> bool:
    """ "The United States will host the next G8 summit", told from Deauville: held in the
    host's country, not in the story's."""
    c = p.candidate
    return bool(p.em.hosts) and c is not None and c.country not in p.em.hosts


def _not_the_state_attacked(p: _Placing, story: _Story) -> bool:
    """ "hostages held in Gaza since the October 7 attack on Israel", "when Hamas attacked
    Israel" in a story told from Gaza: a country attacked as such is where the attack was, not
    another country's town; a state named only as the owner of what was attacked is not ("a
    crowd attacked the US embassy in Cairo": in Cairo, as the sentence or its dateline says)."""
    em, tp, c = p.em, p.tp, p.candidate
    return (
        tp is not None
        and em.type in _HARM_TYPES
        and bool(em.target_states)
        and c is not None
        and c.country not in em.target_states
        and not (em.owners_only and (p.basis == "sentence" or tp.start < story.cut))
    )


def _a_ship(p: _Placing, story: _Story) -> bool:
    """ "the cruiser Cape St. George and the destroyer Gonzalez spotted a fishing boat": a
    warship named after a place, not the place (Canada for a clash off Somalia)."""
    return p.tp is not None and _a_ships_name(story.doc.text, p.tp)


def _too_wide(p: _Placing, story: _Story) -> bool:
    """ "pirates hijacked an oil tanker in the Indian Ocean off Somalia", "fired at a tanker off
    East Africa": a pin at an ocean's or a continent's centre point lies thousands of
    kilometres from the scene, on land for a continent; no pin rather than one that misleads
    (the event keeps its excerpt)."""
    return p.tp is not None and _too_wide_to_pin(story.doc.text, p.tp)


def _a_street(p: _Placing, story: _Story) -> bool:
    """ "Woman stabbed while jogging near Briarcliff", told "near Briarcliff Road in DeKalb
    County": a street's name, not the Texas town of that name."""
    return p.tp is not None and _a_street_name(story.doc.text, p.tp)


_PLACE_STEPS: tuple[
    tuple[Callable[[_Placing, _Story], bool], Callable[[_Placing, _Story], None]], ...
] = (
    (_before_the_news, _Placing.unplace),
    (_unplaced_near_a_town, _in_the_towns_country),
    (_history_at_the_dateline, _Placing.to_its_country),
    (_blame_said_at_the_dateline, _Placing.to_its_country),
    (_its_own_town_unknown, _Placing.to_its_country),
    (_its_scene_named_before, _Placing.to_its_country),
    (_on_a_border_unnamed, _Placing.unplace),
    (_a_war_told_from_a_capital, _far_war),
    (_told_at_a_funeral, _Placing.unplace),
    (_one_of_many, _Placing.unplace),
    (_not_the_hosts, _Placing.unplace),
    (_not_the_state_attacked, _Placing.unplace),
    (_a_ship, _Placing.unplace),
    (_too_wide, _Placing.unplace),
    (_a_street, _Placing.unplace),
)


def _date_for(
    story: _Story,
    ctx: SentenceContext,
    em: EventMention,
    day_before: str | None,
    after_history: bool,
) -> tuple[str | None, str, str, str]:
    """When the mention ``em`` happened (date, precision, basis) and its status: its sentence's
    date, else the day the sentence before told, the month of a span that ended then, or the
    article's day for news of the day; a date still to come is a plan."""
    pub = story.pub
    date, prec, dbasis = em.date, em.precision, em.date_basis
    trigger = ctx.s.sent.doc[em.trigger]
    if date is None and not em.sentence_dated and day_before and of_the_day_before(ctx.text):
        # "... met President Ghani on Monday. ... Earlier in the day, the foreign
        # minister held talks with his counterpart": Monday, not the article's day
        date, prec, dbasis = day_before, "day", "sentence"
    spanned = (
        date is None
        and not em.sentence_dated
        and day_before is not None
        and _span_days(trigger) > 1
        and _span_ended_before(trigger)
    )
    if spanned and day_before is not None:
        # "Ivory Coast's factions agreed on Wednesday ... The agreement followed four
        # days of talks in Pretoria": the talks ended on the day told; their month,
        # when the span lies in one, and not the article's day either way
        date = _month_of_span(day_before, _span_days(trigger))
        prec, dbasis = ("month", "sentence") if date else ("unknown", "")
    if (
        date is None
        and not spanned
        and not em.sentence_dated
        and pub
        and not em.status
        and not em.background
        and not _past_perfect(trigger)
        and not _an_act_charged(trigger)
        and not _told_as_earlier(trigger)
        and not (after_history and _simple_past(trigger))
    ):
        # an earlier incident the news is set against ("three years after a gunman
        # killed nine worshippers") did not happen on the day of publication
        date, prec, dbasis = pub, _precision_of(pub), "published"
    status = em.status
    if not status and pub and date and dbasis == "sentence" and date > pub[: len(date)]:
        # "the secretaries will meet on June 27-28, followed by a meeting of the
        # foreign ministers in August", told in June: a date still to come is a plan
        status = "planned"
    return date, prec, dbasis, status


def _event_of(
    story: _Story,
    ctx: SentenceContext,
    em: EventMention,
    p: _Placing,
    when: tuple[str | None, str, str, str],
    events: list[Event],
) -> Event:
    """The event of the mention ``em``, placed by ``p`` and dated by ``when`` (date,
    precision, basis, status), with its id and, for a pair told by a word ("the two sides"),
    the sides of the events told before it (``events``)."""
    date, prec, dbasis, status = when
    marks = story.marks
    base_id = event_id(story.doc.id, ctx.s.start, em.type)
    n = marks.seen_ids.get(base_id, 0)
    marks.seen_ids[base_id] = n + 1
    place_id = None
    if p.tp is not None and p.tp.candidate is not None:
        place_id = place_id_for(p.tp.candidate.gazetteer_id)
        marks.toponym_of.setdefault(place_id, p.tp)
    ev = Event(
        id=base_id if n == 0 else f"{base_id}:{n + 1}",
        type=em.type,
        date=date,
        date_precision=prec if date else "unknown",
        place_id=place_id,
        actors=em.actors,
        evidence=[Evidence(doc=story.doc.id, start=ctx.s.start, end=ctx.s.end, text=ctx.text)],
        targets=em.targets,
        place_basis=p.basis if place_id else "",
        date_basis=dbasis if date else "",
        status=status,
    )
    if em.pair and not any(a[:1].isupper() for a in ev.actors):
        symmetric = {k for k, v in story.contexts[0].lex.events.items() if v.get("symmetric")}
        ev.actors = _the_pair(events, ev, em.pair, symmetric)
    return ev


# --- the passes over a document's events once every sentence is read, in this order ---------------
def _told_elsewhere_pass(events: list[Event], story: _Story) -> list[Event]:
    _unplace_told_elsewhere(events, story.marks.toponym_of, story.marks.lands)
    return events


def _wars_from_afar_pass(events: list[Event], story: _Story) -> list[Event]:
    _unplace_wars_told_from_afar(events, story.marks.toponym_of, story.marks.far_wars)
    return events


def _headline_state_pass(events: list[Event], story: _Story) -> list[Event]:
    headlines = [e for e in events if e.id in story.marks.headlines]
    _the_state_named(story.doc.text, headlines, story.marks.toponym_of, story.contexts)
    return events


def _officials_pass(events: list[Event], story: _Story) -> list[Event]:
    _name_the_officials(story.doc.text, events, story.marks.offices)
    return events


def _merge_pass(events: list[Event], story: _Story) -> list[Event]:
    marks = story.marks
    return merge_events(
        events,
        story.where,
        within_document=True,
        anaphoric=marks.anaphoric,
        distinct=marks.distinct,
        background=marks.background,
        timed=marks.timed,
        lands=marks.lands,
        headlines=marks.headlines,
        ledes=marks.ledes,
    )


def _another_occasion_pass(events: list[Event], story: _Story) -> list[Event]:
    _another_occasion(events, story.pub)
    return events


def _next_sentence_date_pass(events: list[Event], story: _Story) -> list[Event]:
    _dated_by_the_next_sentence(events, story.marks.reported, story.contexts, story.pub)
    return events


def _acts_of_support_pass(events: list[Event], story: _Story) -> list[Event]:
    _unplace_acts_of_support(events, story.supported, story.where)
    return events


def _sideless_agreements_pass(events: list[Event], story: _Story) -> list[Event]:
    """ "a June agreement to stop fighting", "under the 2005 peace deal": an agreement only
    referred to, that names no side, no place and nothing it is about, is no item an analyst
    can read ("That 1991 agreement legalized ...", "approved this deal" are told of)."""
    kinds = story.contexts[0].lex.events if story.contexts else {}
    passing = story.marks.passing
    return [
        ev
        for ev in events
        if not kinds.get(ev.type, {}).get("needs_sides")
        or ev.actors
        or ev.targets
        or ev.place_id
        or not {ev.id, *ev.members} <= passing
    ]


def _placeless_targets_pass(events: list[Event], story: _Story) -> list[Event]:
    """ "US mounts fresh attack on Taliban" over "an offensive against militants loyal to the
    Taliban": the attack's target is no place the incursion entered."""
    kinds = story.contexts[0].lex.events if story.contexts else {}
    for ev in events:
        spec = kinds.get(ev.type, {})
        if not (spec.get("object_is_place") and not spec.get("official")):
            continue
        kept = [t for t in ev.targets if t not in story.marks.placeless]
        if kept != ev.targets:
            ev.targets = kept
            place = story.where(ev.place_id) if ev.place_id else None
            ev.label = event_title(ev, place.name, place.kind) if place else event_title(ev)
    return events


def _craft_no_shooter_pass(events: list[Event], story: _Story) -> list[Event]:
    """ "had come under attack by drones ... One drone was shot down": a shoot-down joined to
    the attack it ended takes the attack's craft as its shooter; the craft shot down is never
    the one that shot (which of the drones, or what fired, the text does not say)."""
    kinds = story.contexts[0].lex.events if story.contexts else {}

    def craft(name: str) -> str:
        last = name.lower().split()[-1] if name.split() else ""
        return last[:-1] if last.endswith("s") else last

    for ev in events:
        if not kinds.get(ev.type, {}).get("craft_as_written"):
            continue
        shot = {craft(t) for t in ev.targets}
        kept = [a for a in ev.actors if craft(a) not in shot]
        if kept != ev.actors:
            ev.actors = kept
            place = story.where(ev.place_id) if ev.place_id else None
            ev.label = event_title(ev, place.name, place.kind) if place else event_title(ev)
    return events


_DOCUMENT_PASSES: tuple[Callable[[list[Event], _Story], list[Event]], ...] = (
    _told_elsewhere_pass,
    _wars_from_afar_pass,
    _headline_state_pass,
    _officials_pass,
    _merge_pass,
    _another_occasion_pass,
    _next_sentence_date_pass,
    _acts_of_support_pass,
    _sideless_agreements_pass,
    _placeless_targets_pass,
    _craft_no_shooter_pass,
)


_WHERE_PREPS = {"in", "at", "near", "off", "outside", "inside", "into", "across", "along"}


def _lands(ctx: SentenceContext) -> frozenset[str]:
    """The countries of the places a sentence says something happened in: a dateline's, or
    the object of "in", "at", "near", "off" ...; not a government ("Ankara said"), a people
    ("the Yemeni capital"), an owner ("the US embassy"), a flag or a route ("flew the flag of
    the Marshall Islands", "from Kuwait to Houston")."""
    out = set()
    for tp in ctx.toponyms:
        if tp.candidate is None or not tp.candidate.country or tp.metonymic:
            continue
        head = ctx.head_of(tp)  # None: a dateline's, outside the parse
        while head is not None and head.dep_ in ("conj", "appos") and head.head.i != head.i:
            head = head.head  # "in Cairo and Benghazi", "in Sanaa, the Yemeni capital"
        if head is not None and not (head.dep_ == "pobj" and head.head.lower_ in _WHERE_PREPS):
            continue
        if any(m.ref.form == "demonym" and m.start <= tp.start < m.end for m in ctx.mentions):
            continue
        out.add(tp.candidate.country)
    return frozenset(out)


def _dated_by_the_next_sentence(
    events: list[Event], reported: dict[str, int], contexts: list[SentenceContext], pub: str | None
) -> None:
    """An event whose sentence dates only its report ("Two soldiers were killed in a clash,
    the military said on Friday") takes the day the next sentence gives an event of its type
    ("The clash broke out on Thursday"), when that sentence dates nothing else to another time
    and its day is not after the article's."""
    if not reported or not pub:
        return
    for ev in events:
        end = next((reported[i] for i in (ev.id, *ev.members) if i in reported), None)
        if end is None or ev.date is not None:
            continue
        nxt = next((c for c in contexts if c.s.start >= end), None)
        if nxt is None:
            continue
        told = [o for o in events if any(nxt.s.start <= x.start < nxt.s.end for x in o.evidence)]
        days = {o.date for o in told if o.date_basis == "sentence" and o.date}
        if (
            any(
                o.type == ev.type and o.date_basis == "sentence" and o.date_precision == "day"
                for o in told
            )
            and len(days) == 1
            and (day := next(iter(days))) <= pub[: len(day)]
        ):
            ev.date, ev.date_precision, ev.date_basis = day, "day", "sentence"


def _another_occasion(events: list[Event], pub: str | None) -> None:
    """An event the text does not date, of a type the story has already dated to the
    article's own day and kept apart from that one, is another occasion: "Rebels and the
    African Union met on Thursday to restart talks ... The rebels walked out of talks in Addis
    Ababa after Khartoum rejected their conditions". The article's day is the news's, not its."""
    if not pub or len(pub) < 10:
        return
    first: dict[str, int] = {}
    for ev in events:
        if ev.date == pub and ev.date_basis == "sentence":
            at = min(x.start for x in ev.evidence)
            first[ev.type] = min(first.get(ev.type, at), at)
    for ev in events:
        if (
            ev.date_basis == "published"
            and ev.type in first
            and min(x.start for x in ev.evidence) > first[ev.type]
        ):
            ev.date, ev.date_precision, ev.date_basis = None, "unknown", ""


def _unplace_told_elsewhere(
    events: list[Event], toponym_of: dict[str, Toponym], lands: dict[str, frozenset[str]]
) -> None:
    """An event put at the article's place (its sentence names none) loses it when the events
    it may be one with (of its type or its family: an attack, a storming) that their own
    sentences place all lie in another country: "police shot and killed the attacker" in a
    story filed in Georgetown, Kentucky, whose attack was on the Champs-Elysees. No place is
    better than the dateline's. A sentence that itself names a place in the country it is put
    in keeps it ("SANAA, Yemen (AP) - Hundreds of protesters stormed the US embassy compound",
    beside "a crowd attacked the US embassy in Cairo")."""

    def country(ev: Event) -> str:
        tp = toponym_of.get(ev.place_id or "")
        return (tp.candidate.country or "") if tp is not None and tp.candidate is not None else ""

    told = [(ev.type, country(ev)) for ev in events if ev.place_basis == "sentence"]
    for ev in events:
        if ev.place_basis != "article":
            continue
        where = {code for etype, code in told if code and family_winner(etype, ev.type)}
        if (
            where
            and country(ev)
            and country(ev) not in where
            and country(ev) not in lands.get(ev.id, frozenset())
        ):
            ev.place_id, ev.place_basis = None, ""


# "in support of the Palestinians", "an act of solidarity with the Kurds": a side backed by
# whoever the sentence names before it
_SUPPORT = re.compile(r"\b(?:in support of|solidarity with)\s", re.IGNORECASE)
_SUPPORTED_REACH = 40  # characters after the phrase in which the side backed is named


@dataclass(slots=True)
class _Support:
    start: int  # the sentence that tells it, in Document.text
    end: int
    backers: set[str]  # the states named before the phrase
    backed: set[str]  # the states named just after it, not among the backers


def _supports_told(contexts: list[SentenceContext]) -> list[_Support]:
    """Each "in support of X" or "solidarity with X" of the article, with the states its
    sentence names before the phrase and those named just after it ("Hezbollah fires rockets
    at Israeli positions in support of 'Palestinian resistance'": {IL} backs {PS})."""
    out: list[_Support] = []
    for ctx in contexts:
        base = ctx.s.start
        for hit in _SUPPORT.finditer(ctx.text):
            at, after = base + hit.start(), base + hit.end()
            backers = {m.ref.code for m in ctx.mentions if m.ref.code and m.end <= at}
            backed = {
                m.ref.code
                for m in ctx.mentions
                if m.ref.code and after <= m.start < after + _SUPPORTED_REACH
            }
            if backed - backers:
                out.append(_Support(ctx.s.start, ctx.s.end, backers, backed - backers))
    return out


def _unplace_acts_of_support(
    events: list[Event], supported: list[_Support], where: Callable[[str], PlaceRef | None]
) -> None:
    """An attack or a fight that one of its own sentences tells as done in support of a side
    ("Hezbollah fires rockets at Israeli positions in support of 'Palestinian resistance'",
    "the attack was an act of solidarity with the Palestinian resistance"), placed only by
    its paragraph or its story, is not where the side it supports lives: a backer fires from
    its own land at the enemy's, and the story's Gaza, or Kurdistan, is neither. No place
    rather than the supported side's."""
    for ev in events:
        if ev.type not in _HARM_TYPES | _FIGHT_TYPES or ev.place_basis not in (
            "paragraph",
            "article",
        ):
            continue
        place = where(ev.place_id) if ev.place_id else None
        if place is None:
            continue
        if any(
            place.country in sup.backed and any(sup.start <= e.start < sup.end for e in ev.evidence)
            for sup in supported
        ):
            ev.place_id, ev.place_basis = None, ""
            ev.label = event_title(ev)


def _a_trade(name: str) -> bool:
    """A party named as a business by its last word ("Chinese fashion labels", "a Russian
    firm")."""
    last = name.split()[-1].lower() if name.split() else ""
    singular = re.sub(r"ies$", "y", last) if last.endswith("ies") else last.removesuffix("s")
    return last in _FIRM_NOUNS or singular in _FIRM_NOUNS


_FIGHT_TYPES = frozenset({"attack", "clash", "bombardment", "air_strike", "incursion"})


def _unplace_wars_told_from_afar(
    events: list[Event], toponym_of: dict[str, Toponym], far_wars: set[str]
) -> None:
    """A fight of no named side that only a capital's dateline places, in a story that names
    other states, loses the place unless the story's own sentences place an event in that
    capital's country: "WASHINGTON - ... no American personnel are taking part in the
    fighting" in a story of the airlift to Israel is not a fight in the US, where "SANAA, Yemen
    - protesters stormed the US embassy compound in the Yemeni capital ... The Yemeni embassy
    in Washington condemned the attack" keeps Sanaa for it."""

    def country(ev: Event) -> str:
        tp = toponym_of.get(ev.place_id or "")
        return (tp.candidate.country or "") if tp is not None and tp.candidate is not None else ""

    told = {country(ev) for ev in events if ev.place_basis == "sentence"}
    for ev in events:
        if ev.id in far_wars and ev.place_basis == "article" and country(ev) not in told:
            ev.place_id, ev.place_basis = None, ""


def _a_war_elsewhere(
    contexts: list[SentenceContext], ctx: SentenceContext, em: EventMention, tp: Toponym
) -> bool:
    """A fight that only the dateline places, at a state's capital: between two states named
    as its sides, neither the capital's ("LONDON - after India and Pakistan launched their
    attack"); or of no named side nor target, in a story that names other states (in its own
    sentence, or two or more in the article: a war's sides, told from a capital that reports
    on them)."""
    c = tp.candidate
    if em.type not in _FIGHT_TYPES or c is None or c.kind == "country" or not c.country:
        return False
    ref = ctx.lex.capitals.get(c.name)
    if ref is None or ref.code != c.country:
        return False
    if em.actors:
        sides = em.actor_codes  # each side a state
        return len(em.actors) == len(sides) > 1 and c.country not in sides
    if em.targets:
        return False  # "protesters stormed the US embassy compound": an attack on something there

    def foreign(cs: list[SentenceContext]) -> set[str]:
        return {
            m.ref.code
            for x in cs
            for m in x.mentions
            if m.ref.kind == "state" and m.ref.code and m.ref.code != c.country
        }

    return bool(foreign([ctx])) or len(foreign(contexts)) > 1


def _lede(text: str) -> tuple[int, int]:
    """Where the first paragraph of a story's body lies: after its title and any short line
    without a full stop (a date line, a dateline alone); (0, 0) when the text has no title."""
    blocks = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text)]
    if len(blocks) < 2:
        return 0, 0
    for a, b in blocks[1:]:
        if b - a > 60 or "." in text[a:b]:
            return a, b
    return 0, 0


def _the_pair(events: list[Event], ev: Event, words: str, symmetric: set[str]) -> list[str]:
    """Who "the two sides" of a report are: the two named parties of the nearest report of
    talks, a truce, a clash or a deal before it in the story (within a few paragraphs), else
    the pair as written ("Agreement: two sides")."""
    start = min(x.start for x in ev.evidence)
    for before in reversed(events):
        gap = start - max(x.start for x in before.evidence)
        if gap > _PAIR_CHARS:
            break
        named = [a for a in before.actors if a[:1].isupper()]
        if len(named) == 2 and before.type in symmetric:
            return named
    return [words]


def _the_state_named(
    text: str,
    events: list[Event],
    toponym_of: dict[str, Toponym],
    contexts: list[SentenceContext],
) -> None:
    """A title's bare name read as a town, in a story that names the region of that name
    ("Gunmen kidnap seven students in Kaduna" over "a secondary school in Kaduna state"), is
    put at the region: the story says which Kaduna the title means, and the town lies in it
    ("Kaduna city" stays a town). The body's own bare names keep their reading ("shelled
    Kandahar", the city, in a story of "Kandahar province")."""
    regions: dict[tuple[str, str], Toponym] = {}
    for ctx in contexts:
        for tp in ctx.toponyms:
            c = tp.candidate
            if c is not None and c.kind == "region" and c.country:
                name = re.sub(r"\s+(state|province|region)$", "", _folded(_place_name(tp)))
                regions.setdefault((name, c.country), tp)
    if not regions:
        return
    for ev in events:
        town = toponym_of.get(ev.place_id or "")
        c = town.candidate if town is not None else None
        if town is None or c is None or c.kind != "city" or not c.country:
            continue
        after = text[town.end : town.end + 25].casefold()
        if after.startswith(" city") or "capital" in after:
            continue  # "Kaduna city", "in Kaduna, the state capital": the town
        region = regions.get((_folded(_place_name(town)), c.country))
        if region is None or region.candidate is None:
            continue
        place_id = place_id_for(region.candidate.gazetteer_id)
        toponym_of.setdefault(place_id, region)
        ev.place_id = place_id


def _name_the_officials(text: str, events: list[Event], offices: dict[str, dict[str, str]]):
    """One incident told twice, first by its victim's office, then by his name: "shot
    Russia's ambassador to Turkey", then "Karlov's assassination". When the article gives
    the name that office ("Ambassador Andrei Karlov", "Karlov, Russia's ambassador"), the
    later report also names the state the office stood for, so that merging can see they
    agree on whom it was done to. Only for a report of the same type told after it."""
    if not offices:
        return
    told: list[tuple[Event, str, str]] = [  # (report, office, the state it stood for)
        (e, office, state) for e in events for state, office in offices.get(e.id, {}).items()
    ]
    for ev in events:
        start = min(x.start for x in ev.evidence)
        for name in list(ev.targets):
            if not name[:1].isupper() or name in offices.get(ev.id, {}):
                continue
            titles = _titles_of(text, name)
            for earlier, office, state in told:
                if (
                    earlier.type == ev.type
                    and min(x.start for x in earlier.evidence) < start
                    and office in titles
                    and state not in ev.targets
                    and state not in ev.actors
                ):
                    if state.split()[-1].lower() != office:
                        ev.targets.append(state)
                        continue
                    # "Russia's ambassador" harmed, then "Karlov's assassination": one man,
                    # by the name the article titles him with ("Ambassador Andrei Karlov")
                    full = _full_name(text, name, office)
                    ev.targets = [full if t == name else t for t in ev.targets]
                    earlier.targets = list(
                        dict.fromkeys(full if t == state else t for t in earlier.targets)
                    )


def _full_name(text: str, name: str, office: str) -> str:
    """The longest name an article gives a person after his office ("Ambassador Andrei
    Karlov" for "Karlov"), else the name as it was."""
    last = re.escape(name.split()[-1])
    found = re.findall(
        rf"\b(?i:{re.escape(office)})\s+((?:[A-Z][\w'’.-]*\s+){{0,2}}{last})\b", text
    )
    return max([name, *found], key=len)


def _titles_of(text: str, name: str) -> set[str]:
    """The offices an article gives a person by name: the word before the name ("Ambassador
    Andrei Karlov") or after it and a comma ("Karlov, Russia's ambassador")."""
    last = name.split()[-1]
    offices = event_words()["official_nouns"] | _HARMED_OFFICES
    found = set()
    for m in re.finditer(rf"\b{re.escape(last)}\b", text):
        before = re.findall(r"[\w'’.-]+", text[max(0, m.start() - 80) : m.start()])
        k = len(before) - 1
        while k >= 0 and len(before) - k <= 3 and before[k][:1].isupper():
            word = before[k].rstrip(".").lower()
            if word in offices:
                found.add(word)  # "Ambassador Andrei Karlov"
                break
            k -= 1
        after = re.match(r",\s+((?:[\w'’-]+\s+){0,3}?)([A-Za-z]+)\b", text[m.end() : m.end() + 80])
        if after and after.group(2).lower() in offices:
            found.add(after.group(2).lower())  # "Karlov, Russia's ambassador"
    return found


def _homes(ctx: SentenceContext, em: EventMention) -> set[str]:
    """The states an event's actors stand for: those its words name ("Myanmar's military"),
    else the states whose side in a war the lexicon names by them ("Myanmar military", the
    party "Myanmar military junta")."""
    if em.actor_codes:
        return set(em.actor_codes)
    return {
        code
        for th in ctx.lex.theatres.values()
        for code, party in th.state_parties.items()
        if party in em.actors
    }


def _country_named(contexts: list[SentenceContext], code: str | None) -> Toponym | None:
    """The article's first mention of the country ``code`` as a place (its name or its
    demonym, as the geoparser read it), or None; not one read as its government ("Afghanistan
    condemned it"), which makes no place on the map."""
    for ctx in contexts:
        for tp in ctx.toponyms:
            c = tp.candidate
            if tp.metonymic:
                continue
            if c is not None and c.kind == "country" and code and c.country == code:
                return tp
    return None


def _a_coin_toss(tp: Toponym) -> bool:
    """Whether the geoparser could not tell which country a town's name is in: its best
    reading in another country scores within a tenth of the one it chose (odds of nine to ten
    or closer), and the readings of the chosen country hold under a third of the weight of
    all it scored (a softmax of their scores). An event is better left unplaced than put
    there: "San Pedro" read as San-Pédro, Côte d'Ivoire, a hair above San Pedro in the
    Philippines, with the United States, Honduras and Mexico close behind. Not Geneva, whose
    American namesakes together outweigh it but each score well below it, nor Gaza, whose one
    namesake in Mozambique comes close."""
    c = tp.candidate
    if c is None or c.kind in ("country", "continent"):
        return False
    others = [x.score for x in tp.alternatives if x.country != c.country]
    if not others or max(others) < c.score - _TOSS_MARGIN:
        return False
    weight: dict[str | None, float] = {}
    for x in [c, *tp.alternatives]:
        weight[x.country] = weight.get(x.country, 0.0) + math.exp(min(0.0, x.score - c.score))
    return weight[c.country] < sum(weight.values()) / 3


def _place_name(tp: Toponym) -> str:
    """The article's spelling ("Tartus"), not the gazetteer's ("Ţarţūs"); a country by its
    name, since the mention may be an adjective ("Turkish")."""
    c = tp.candidate
    if c is not None and c.kind == "country":
        return c.name
    letters = [ch for ch in tp.name if ch.isalpha()]
    if len(letters) > 3 and all(ch.isupper() for ch in letters):
        # a dateline's capitals ("DHAKA, Dec. 30 -") are the outlet's typography: the
        # gazetteer's casing of the name, else title case (as the project names the place)
        if c is not None and _folded(c.name) == _folded(tp.name):
            return c.name
        return tp.name.title()
    return tp.name


def _folded(name: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(ch)
    )


__all__ = [
    "EventMention",
    "EventRules",
    "document_events",
    "event_words",
    "trigger_readings",
    "with_conjuncts",
]
