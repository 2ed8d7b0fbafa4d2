"""The word lists (lexicons written for the rules, each saying what it is for) and the small
readings of a token that only they need."""

from __future__ import annotations

import json
import re
from functools import cache

from explorer.corpus.outlets import AGENCIES
from explorer.extract.syntax import children
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
        # heads of state and government and commanders ("Haiti's president", "the Iranian
        # general Qasem Soleimani"): killed, the person, not his state, is struck
        "president",
        "premier",
        "chancellor",
        "king",
        "queen",
        "emir",
        "general",
        "commander",
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
    "pledge",  # "ministers pledged their support at emergency talks": they took part
    "promise",
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
# what a body does, not an event: said of a "protest movement" or "campaign", they make it the
# group that speaks, calls or plans ("the protest movement had urged supporters to rally")
_BODY_VERBS = frozenset(
    {
        "say",
        "call",
        "urge",
        "demand",
        "announce",
        "vow",
        "plan",
        "threaten",
        "warn",
        "reject",
        "accept",
        "refuse",
        "insist",
        "claim",
        "deny",
        "appeal",
        "ask",
        "pledge",
        "promise",
        "declare",
    }
)


def _a_body_that_speaks(noun) -> bool:
    """ "Egypt's protest movement said", "the protest movement had urged supporters to rally":
    the subject of a verb of speaking, calling or planning is the group that does so, not
    an event (a "protest movement that swept the country" stays one)."""
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _BODY_VERBS


# plurals of people a "they" may stand for, beside the lexicon's people nouns
_CROWD_NOUNS = frozenset(
    {"citizen", "crowd", "mourner", "marcher", "monk", "voter", "supporter", "witness", "fan"}
)
# verbs of overhearing talks: who does so is no side of them ("intercepted phone calls")
_OVERHEARD = frozenset({"intercept", "record", "tap", "monitor", "overhear", "leak", "hack"})
# nouns of a plan that an infinitive completes ("plans to attack Tel Aviv"): the act is the
# planner's, and verbs by which others learn of such a plan or stop it ("uncovered a plot to
# bomb the embassy"), whose subject is never its planner
_PLAN_NOUNS = frozenset({"plan", "plans", "plot", "plots", "scheme", "schemes", "conspiracy"})
_PLAN_FOUND = frozenset(
    {"uncover", "foil", "thwart", "reveal", "expose", "discover", "disrupt", "detect"}
    | {"intercept", "unearth", "bust", "frustrate", "prevent", "find", "smash", "crack"}
)
# verbs of driving people from their homes: where to is where they fled, not where the
# fighting that drove them is ("drove 8,000 people into Turkey")
_DRIVEN_OUT = frozenset({"drive", "send", "force", "push", "chase", "displace", "uproot"})
_NEW_EVENT_WORDS = {"another", "second", "third", "fourth", "separately", "separate", "earlier"}
# a word that turns to another act of the same days ("Meanwhile ... a UN peacekeeper
# shot dead a Liberian civilian in Gbarnga" after a car bomb in Monrovia), unless the act is told
# again by its definite noun ("Meanwhile, politicians say the arrests aim at scaring off the
# public from the planned protest rallies")
_TURNING_WORDS = frozenset({"meanwhile"})
_AFTERWARDS = {"later", "afterwards", "afterward", "subsequently"}
# a blast's own nouns, and the bombs no state's forces drop (a car's, a roadside's, a suicide
# bomber's): a state's word before them says where one went off, not who set it ("Kenyan bomb
# blast kills 9 police", "Iraqi car bomb kills 30"); before a bare "bomb" or a "bombing" it
# may be the state's ("US bomb kills 30 at Afghan wedding", "the Russian bombing of Aleppo")
_BLAST_NOUNS = frozenset({"blast", "explosion"})
_NO_STATES_BOMBS = frozenset({"car", "roadside", "suicide", "truck", "nail", "pipe"})
_THING_VERBS = {"blow", "explode", "detonate", "go", "hit", "crash", "land", "fall"}
# the verbs by which an event noun's own relative clause says it happened ("a bomb that went
# off", "the blast, which happened at dawn"), not what it did ("the coup that removed him")
_OCCURRING = frozenset({"go", "explode", "detonate", "happen", "occur", "take", "erupt"})
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
    "guide",
    "interpreter",
    "translator",
    "porter",
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
# whom armed men hold and free, beside the people nouns and the civilian trades: crews,
# pilots, soldiers and policemen taken in a raid ("the FARC freed ten soldiers and policemen",
# "released two civilian helicopter pilots", "freed 82 schoolgirls")
_CAPTIVE_KINDS = _CIVILIAN_TRADES | {
    "pilot",
    "crew",
    "crewmember",
    "sailor",
    "seaman",
    "soldier",
    "policeman",
    "missionary",
    "nun",
    "volunteer",
    "hiker",
    "diplomat",
    "official",
    "girl",
    "boy",
}


def names_captives(lemma: str, people: frozenset[str]) -> bool:
    """Whether a noun's lemma names people who can be held and freed: the lexicon's
    ``people`` nouns, a civilian trade, a crew, soldiers, or a word of a man, woman, girl or
    boy by his trade ("fisherman", "schoolgirls"); not a thing ("a statement", "a list of
    demands", "the town")."""
    return (
        lemma in people
        or lemma in _CAPTIVE_KINDS
        or lemma.endswith(("man", "men", "woman", "women", "girl", "boy"))
    ) and lemma not in _ONE_PERSON_NOT


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
# people who tell what they saw done by others: "residents said they opened fire" speaks of
# the armed men named before, not of the residents ("official": only when armed men are named)
_WITNESS_NOUNS = frozenset(
    {
        "resident",
        "villager",
        "witness",
        "eyewitness",
        "survivor",
        "local",
        "inhabitant",
        "neighbour",
        "neighbor",
        "onlooker",
        "bystander",
        "passenger",
        "official",
    }
)
# verbs by which a witness tells it
_WITNESS_VERBS = frozenset({"say", "tell", "report", "recount", "describe", "recall", "add"})
# plurals of armed men a witness's "they" may stand for, beside the lexicon's armed nouns
_ARMED_MEN = frozenset(
    {"troop", "soldier", "force", "army", "military", "police", "policeman", "gunman", "unit"}
)
# nouns of a body or a count of men ("a convoy of Russian tanks", "a team of UN monitors",
# "hundreds of Turkish troops"): who they are is told by their "of" phrase
_GROUPS_OF_MEN = frozenset(
    {
        "convoy",
        "column",
        "team",
        "group",
        "contingent",
        "batch",
        "hundred",
        "thousand",
        "dozen",
        # units of an army ("a unit of Malaysian peacekeepers", "a battalion of Indian troops")
        "unit",
        "battalion",
        "brigade",
        "company",
        "detachment",
        "platoon",
        "squad",
    }
)
# a state's soldiers as a body (English): where they arrive they are deployed ("Russian troops
# arrived in Belarus"), they visit no one; not officers, envoys or police, who may
_TROOPS = frozenset(
    {
        "troop",
        "soldier",
        "force",
        "army",
        "military",
        "marine",
        "paratrooper",
        "commando",
        "reinforcement",
    }
)
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
# a settlement a sentence may name by a word the gazetteer lacks ("in Waat town"), or the
# local unit that holds one ("in the municipality of San Rafael", "the commune of Boni")
_SETTLEMENT_NOUNS = frozenset(
    {"town", "village", "hamlet", "settlement", "camp", "township", "municipality", "commune"}
)
# heads of a town's or a commune's own government, who tell what befell it ("the mayor of Kelbo")
_TOWN_HEADS = frozenset({"mayor", "prefect", "burgomaster", "alcalde"})
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
# the same said of the verb: "have driven villagers across the border from time to time"
_NOW_AND_THEN_ADVERBS = frozenset(
    {"sporadically", "intermittently", "occasionally", "periodically", "sometimes"}
)
_NOW_AND_THEN_PHRASES = ("from time to time", "now and then", "now and again", "every so often")


def _told_now_and_then(verb) -> bool:
    """ "Fighting and shelling on the frontier have pushed farmers into Laos from time
    to time", "Raids have sporadically forced villagers across the border": a clause said of
    what happens now and then, no one event."""
    if any(c.dep_ == "advmod" and c.lower_ in _NOW_AND_THEN_ADVERBS for c in verb.children):
        return True
    said = " ".join(
        t.lower_ for t in verb.subtree if not any(a.dep_ == "relcl" for a in t.ancestors)
    )
    return any(p in said for p in _NOW_AND_THEN_PHRASES)


# "attacks blamed on the PKK", "was blamed for attacks in Turkey": who is held to account
_BLAME = {"blame", "attribute", "responsible", "link", "tie"}
# verbs by which a side answers news of an act it did not do: said where the answer is given
_REACTIONS = frozenset(
    {"condemn", "denounce", "deplore", "decry", "criticise", "criticize", "slam", "welcome"}
)
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
_OUTSETS = frozenset(
    {"start", "beginning", "outbreak", "onset", "war", "invasion", "coup"}
    | {"withdrawal", "takeover", "occupation", "annexation", "uprising", "revolution", "truce"}
    | {"ceasefire", "independence", "election"}
)


def _kept_up_for_months(verb) -> bool:
    """ "the Tigers have attacked naval patrols since April", "have shelled the town
    since 2014", "have raided villages since the outset of the war": the present perfect
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
                or _a_past_span(o)
            ):
                return True
    return False


def _a_past_span(o) -> bool:
    """ "since last year", "since last month": a span of a month or more counted back."""
    return o.lemma_.lower() in ("month", "year", "decade", "summer", "winter", "spring") and any(
        c.dep_ == "amod" and c.lower_ in ("last", "previous") for c in o.children
    )


def _a_campaign_kept_up(tok) -> bool:
    """ "the squadron, which has waged a shelling campaign since last spring", "Israel has
    waged an air campaign in Gaza since October": an act named as what a present perfect
    has kept up for months, through the object it is or names, is a campaign summed up, no
    one event."""
    head = tok.head if tok.dep_ == "compound" and tok.head.i > tok.i else tok
    return head.dep_ == "dobj" and _kept_up_for_months(head.head)


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
        "vessel_objects": frozenset(data.get("vessel_objects", [])),
        "naval_subjects": frozenset(data.get("naval_subjects", [])),
        "state_ground": frozenset(data.get("state_ground", [])),
        "owned_sites": frozenset(data.get("owned_sites", [])),
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
        "reactions": _REACTIONS,
        "news_words": frozenset(media.get("words", [])),
        "news_people": frozenset(media.get("people", [])),
        # an agency by its name or by its letters as a dateline writes them ("told AFP")
        "news_outlets": frozenset(media.get("outlets", []))
        | frozenset(AGENCIES.values())
        | frozenset(k.upper() for k in AGENCIES if " " not in k),
    }
