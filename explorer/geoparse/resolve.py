"""Resolution: pick one gazetteer entry per mention from its name's candidates.

Each candidate gets a linear score over a few features: population, feature kind, whether the
name is the entry's main name, the countries and first-level regions the other mentions of the
document point at, a "Name, State" pattern, and distance to the other places of the document.
The context features depend on the other mentions' choices, so scoring runs a few rounds.
Weights live in ``WEIGHTS``: set by hand, then a few checked one at a time on the even-hash half
of the evaluation corpora (benchmarks/geoparse_eval.py --split even); the odd half is held out.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from operator import itemgetter

from explorer.geoparse.away_from_home import (
    club_far_from_its_game,
    journey_into_a_region,
    troupe_on_tour,
)
from explorer.geoparse.bare_heads import bare_head_of_a_longer_name
from explorer.geoparse.beside_named import (
    listed_beside_bigger_namesake,
    town_beside_its_sentence_place,
)
from explorer.geoparse.called_villages import world_city_called_a_village
from explorer.geoparse.capital_names import capital_by_its_own_name
from explorer.geoparse.foreign_bodies import accented_name_of_a_foreign_body
from explorer.geoparse.gazetteer import Entry, Gazetteer
from explorer.geoparse.landscape_towns import town_of_an_unheld_landscape
from explorer.geoparse.local_words import (
    coastal_namesake_of_an_inland_city,
    county_of_rural_ground,
    town_in_the_title_s_land,
    town_of_an_american_body,
)
from explorer.geoparse.misread_kinds import (
    a_home_or_a_journey_s_end,
    bare_name_of_an_unheld_island,
    country_over_its_small_namesake,
    word_of_a_foreign_name,
)
from explorer.geoparse.named_after import body_named_after_a_town
from explorer.geoparse.named_wars import war_named_for_a_foreign_region
from explorer.geoparse.names import Guarded, compass_split, is_compass, norm, spelled_alike
from explorer.geoparse.namesakes_abroad import (
    document_named_for_a_town,
    old_name_of_a_city_abroad,
    region_after_an_unplaced_town,
    world_city_over_a_lone_namesake,
)
from explorer.geoparse.rolled_lands import world_city_over_a_rolled_land_s_namesake
from explorer.geoparse.shared_country_names import (
    country_of_the_town_before,
    overseas_land_in_its_roundup,
)
from explorer.geoparse.ship_ports import coastal_port_after_a_ship_s_verb
from explorer.geoparse.stated_distances import town_farther_than_told
from explorer.geoparse.told_apart import (
    base_of_a_force_abroad,
    closing_country,
    district_of_its_town,
    home_of_a_body_at_home,
    home_of_a_force_at_home,
    installed_from_abroad,
    listed_not_contained,
    region_over_a_lone_town,
    river_regions,
    town_in_its_district,
    visited_outside_their_region,
)
from explorer.geoparse.words_around import (
    seafront_in_its_district,
    seafront_in_its_unit,
    second_name_of_a_named_place,
    towns_of_the_closing_region,
    world_cities_before_the_closing_region,
)
from explorer.model import great_circle_km

WEIGHTS = {
    "pop": 3.0,  # log10(population + 1) / 7
    "country": 1.5,
    "continent": 1.5,
    "admin1": 0.5,
    "admin2": -0.3,
    "curated": 2.5,
    "capital": 0.8,
    "alt_name": -0.5,  # the name is only an alternate name of the entry
    "ctx_country": 3.0,  # share of the document's other mentions in the entry's country
    "ctx_neighbour": 1.0,  # share of the document's other mentions in a neighbouring country
    "ctx_admin1": 3.0,  # share of the document's other mentions in the entry's region
    "container": 4.0,  # "Alexandria, La.": the entry lies in the place named after the comma
    "near": 1.0,  # exp(-distance / 150 km) to the nearest other confidently placed mention
    "namesake": -1.5,  # a region whose big city has the same name
    "namesake_abroad": -0.75,  # a region a city abroad outnumbers, of the same name ("Gaza")
    "far": -1.0,  # a town outside the focus countries and their neighbours, in a focused text
    "region_focus": 2.0,  # probability that the text is about the entry's first-level region
    "dateline_famous": 1.0,  # the dateline ("WASHINGTON -") names a capital or a big city
    "dateline_town": 1.0,  # more where the name is no country's ("LUXEMBOURG -" may be one)
    "money": 0.5,  # a town of the country whose currency the text's sums are in
    "paper": 1.5,  # a town of the country whose institutions the text names as its own
    "home": 2.0,  # a famous city's namesake in the country a local text is written in
    "together": 1.5,  # the one reading of a name beside a reading of another name of the text
    "sibling": 1.5,  # a reading of the kind (and country) of the names it is listed with
}
# a name that could lie in any of SPREAD regions says nothing about which one the text is about
SPREAD = 100.0
# readings of a name scoring this much below its best are not counted as where it may lie
FOCUS_MARGIN = 1.5
FOCUS_SHARPNESS = 0.5
FOCUS_ELSEWHERE = 5.0
# how much unambiguous evidence makes a focus (a dateline counts double)
FOCUS_MIN = 2.0
FAMOUS_POP = 1_000_000
# a region is named for its city when the city holds at least 1/NAMESAKE_RATIO of its people
NAMESAKE_RATIO = 10
# a place found by a variant of its name, VARIANT_RATIO times smaller than one so named, is not it
VARIANT_RATIO = 10
# an alternate name of a town smaller than this, outside the text's countries, is left unplaced
STRAY_POP = 100_000
STRAY_NEAR_KM = 300.0
# a city this many times bigger than a town of its name that the text places elsewhere keeps
# its reading at the name's other mentions (resolve._as_placed)
PLACED_RATIO = 5
# a country holding this share of a text's unambiguous names is one the text is about
STRAY_SHARE = 0.2
# a name whose every reading is a town smaller than this, far from all the text's other places,
# is not one of them (a firm, a shop, a person: "Titan Operating" is no Afghan hamlet)
LONE_POP = 20_000
LONE_KM = 2_500.0
# ... or smaller than this, far from LONE_MANY other names of the text, all placed elsewhere
LONE_POP_MANY = 100_000
LONE_MANY = 2
# readings of two names this close lie together ("Paris" and "Henry County", Tennessee)
TOGETHER_KM = 40.0
RANK_FEATURE = {0: "country", 1: "continent", 2: "admin1", 3: "admin2", 5: "curated"}
MAX_CANDIDATES = 40
ANCHOR_SKIP_CAPITALS = True
ROUNDS = 3
# "the city of X", "the border town of Jordan": a settlement's generic word before its name says
# the name is not a country's or a continent's; "a village of Armenia's Gegharkunik Province"
# names where the village lies (the article and a possessive after the name say so)
_TOWN_OF = re.compile(
    r"\bthe\s+((?:[a-z-]+\s+){0,2})(?:city|town|village|township|hamlet|borough)\s+of\s+$",
    re.IGNORECASE,
)
# ... unless a possessive after the name owns a name of its own: "a village of Armenia's
# Gegharkunik Province" lies in the country; "the city of Mexico's mayor" is the city's
_OWNS_A_NAME = re.compile(r"['\u2019]s\s+(?:[a-z]+\s+){0,2}[A-Z]")
# ... but a superlative, an ordinal or a rank makes the "of" a part's: "the largest city of
# Turkey", "the second city of Jordan", "the capital city of Kuwait", "the most populous city of
# Nigeria", "the northernmost town of Norway" lie in the country
_PART_OF = re.compile(
    r"\b(?:\w+est|most|least|\w+most|leading|top|first|second|third|fourth|fifth|capital|"
    r"main|only|chief|principal|major|holy|sister|twin|other|same|last|next|each|every)\b",
    re.IGNORECASE,
)
# what may follow a state named after a comma: the clause goes on ("Jordan, Ontario, closed")
# or ends ("in Turkey, Texas."), not a main clause after an opening one ("Backed by Turkey,
# Azaz's rebels ...")
_STATE_ENDS = re.compile(r"\s*(?:[.;:)]|,(?!\s*(?:border|line|state\s+line|boundary)\b))")
# ... nor a list going on ("Israel, Gaza, and the West Bank"; "Syria, Kurdistan, Iraq")
_LIST_GOES_ON = re.compile(
    r",?\s+(?:and|or)\b|,\s*(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*\s*(?:,|and\b|or\b)"
)
# ... nor where the state is described in turn, as the subject of the clause an opening phrase
# ended before ("Unlike Israel, Gaza, which has no airport, ..."; "Backed by Russia, Donetsk, the
# separatist province, held out"): a description of the state, not the rest of a town's clause
_STATE_DESCRIBED = re.compile(
    r",\s*(?:a|an|the|which|who|whose|its|their|once|long|far|now|still|already|home)\b",
    re.IGNORECASE,
)
# a comparison's word right before a name, opening a sentence (after a full stop, a colon, a
# bracket, a dash or a quotation mark, maybe with "and" or "but" between): the comma after
# the name ends the opening phrase, and the next name opens the main clause ("Unlike Israel,
# Gaza, a city of two million, has ..."); "like" after a noun gives an example, not a
# comparison ("small towns like Turkey, Texas, are losing their schools")
_COMPARED = re.compile(
    r"(?:^|[.;:!?(\n\"“—–]\s*|\s-\s+)(?:(?:and|but|yet|so)\s+)?"
    r"(?:unlike|like|compared\s+(?:with|to)|as\s+with|besides|apart\s+from|"
    r"except\s+for|in\s+contrast\s+to|as\s+opposed\s+to)\s+$",
    re.IGNORECASE,
)
# a plural noun of settlements and an example's word before a name: the name is one of those
# towns ("towns like Lebanon, Kansas, once the geographic centre ..."; "cities such as Paris,
# Texas"), so a state after its comma is the town's, however the state is then described
_TOWNS_FOR_EXAMPLE = re.compile(
    r"\b(?:towns|cities|villages|hamlets|townships|boroughs|municipalities|communities)\s+"
    r"(?:like|such\s+as|including)\s+$",
    re.IGNORECASE,
)
# ... unless the description is a town's ("In Turkey, Texas, a town of 400, the fair went on")
_TOWN_DESCRIBED = re.compile(
    r",\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:town|city|village|hamlet|township|community|"
    r"settlement|municipality|borough)\b",
    re.IGNORECASE,
)
# "Name, Container", also with the name's kind word ("North West province, South Africa")
_COMMA = re.compile(
    r"^(?:\s+(?:province|region|state|district|county|governorate|oblast|prefecture))?\s*,\s*$",
    re.IGNORECASE,
)
# between two names of a list ("Crockett, Palestine and Houston")
_LIST = re.compile(r"^\s*(?:,|,?\s+(?:and|or))\s*$")
# the last two names of a list ("Montana and Wyoming", "Iowa, Ohio, or Texas")
_AND = re.compile(r"^\s*,?\s+(?:and|or)\s+$")
# "Palma in northern Mozambique": the country a town is said to lie in
_IN_COUNTRY = re.compile(
    r"^\s+in\s+(?:the\s+)?(?:(?:(?:north|south)[- ]?)?(?:north|south|east|west)(?:ern)?\s+"
    r"|central\s+)?$",
    re.IGNORECASE,
)
# "Beni Municipality in Nepal", "the Godziszow local council in Poland": a town's own body, then
# the country it is said to lie in, which places the town as "Palma in Mozambique" does
_BODY_IN_COUNTRY = re.compile(
    r"^\s+(?:(?:(?:local|town|city|municipal|district|village|rural)\s+)?(?:municipality|council)"
    r"|local\s+government)" + _IN_COUNTRY.pattern[1:],
    re.IGNORECASE,
)
# a town's own public bodies after its name ("London police", "the Guelph city council")
_CIVIC_AFTER = re.compile(
    r"\s+(?:police|(?:city\s+)?council(?:lors?|lors?)?|city\s+hall|mayor|fire\s+department"
    r"|transit|school\s+board|public\s+library)\b"
)
# a country's armed forces or police after its name or adjective ("Mozambican troops", "Kenya's
# security forces")
_FORCES_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:security|armed|special|government|federal|national)\s+)?"
    r"(?:troops|forces|soldiers|army|military|police|policemen|gendarmes|gendarmerie)\b"
)
# a country's diplomats after its name: they speak of other countries' places more than of their
# own ("Mozambique's foreign minister called for a ceasefire in Gaza")
_DIPLOMATS_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:foreign|deputy\s+foreign)\s+(?:minister|ministry|secretary|office)|"
    r"ambassadors?|envoys?|embassy|embassies|consulate|consul|diplomats?|mission\s+to)\b",
    re.IGNORECASE,
)
# "Hampton Park in Charleston"
_IN_TOWN = re.compile(r"^\s+in\s+$")
# a noun after a country's name makes it an adjective ("U.S. officials"); a function word
# does not ("Queensland, Australia when she was seven")
_WORD_AFTER = re.compile(
    r"[ \t]+(?!(?:when|where|while|and|or|but|as|in|on|at|for|to|with|from|after|before|"
    r"since|until|who|which|that|this|last|next|is|was|has|had|will|would|"
    # words of time place the act, they name no speaker: "struck Hyderabad, Pakistan early on
    # Sunday", "flooded Kingston, Jamaica overnight"
    r"early|late|overnight|today|yesterday|tonight|tomorrow|again|earlier|recently)\b)[A-Za-z]"
)
# a word before a name that says something lies in it: "in Lebanon", "in northern Lebanon"
_PLACED_IN = re.compile(
    r"\b(?:in|into|inside|across|throughout|within|(?:north|south|east|west)(?:ern)?"
    r"|central)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# sums of money: a bare "$" is the US dollar; "A$", "C$", "NZ$", "HK$", "S$"... are not
# (the look-ahead, the first character any match has, spares trying the look-behind and the
# optional prefix at every other position: the same matches at a seventh of the cost)
_MONEY = re.compile(r"(?=[A-Z$£€\d])(?:(?<![\w$])(US|[A-Z]{1,3})?\$\s?\d|£\s?\d|€|\d\s?euros\b)")
# a string every match holds: a text with none has no sum
_MONEY_NEEDLES = ("$", "£", "€", "euros")
# words that only British and Irish papers write of their own institutions (a councillor's title,
# the health services, Ireland's police, England's criminal courts), and the spellings and times
# of papers outside the United States
_PAPER_WORDS = (
    (Guarded(re.compile(r"\bCllrs?\b|\bHSE\b"), "Cllr", "HSE"), ("GB", "IE")),
    (Guarded(re.compile(r"\bNHS\b|\bCrown Court\b"), "NHS", "Crown Court"), ("GB",)),
    (Guarded(re.compile(r"\b[Gg]arda[ií]\b|\bGarda Síochána\b"), "arda"), ("IE",)),
    # a telephone number of the North American plan, a local paper's "call 519-661-5670"
    (
        Guarded(
            re.compile(r"(?<![\d-])(?:1-)?\(?[2-9]\d\d\)?[ .-]?[2-9]\d\d-\d{4}(?![\d-])"),
            guard=re.compile(r"\d-\d{4}"),
        ),
        ("CA", "US"),
    ),
)
# the writer's style: where the paper is, which is where its towns are only in local news (a
# wire service's British spelling is no evidence for the towns of a story from Mozambique)
_STYLE_WORDS = (
    # the spelling of every English-writing country but the United States, in words no name
    # spells so ("neighbourhood", "councillor", "windscreen"; not "Centre County")
    (
        Guarded(
            re.compile(
                r"\b(?:neighbour(?:s|hoods?|ing)?|[Cc]ouncillors?|centres?|colour(?:s|ed)?"
                r"|favour(?:s|ed|ite|ably)?|organis(?:e|es|ed|ing|ations?)|programmes?|licence"
                r"|metres?|tyres?|kerbs?|fortnight|windscreens?)\b"
            ),
            *("neighbour", "ouncillor", "centre", "colour", "favour", "organis", "programme"),
            *("licence", "metre", "tyre", "kerb", "fortnight", "windscreen"),
        ),
        ("AU", "CA", "GB", "IE", "IN", "NZ", "ZA"),
    ),
    # the time written as British, Irish and Antipodean papers do ("4am", "4.15pm"; not "4 a.m.")
    (
        Guarded(re.compile(r"\b\d{1,2}(?:\.\d\d)?[ap]m\b"), guard=re.compile(r"\d[ap]m")),
        ("AU", "GB", "IE", "NZ"),
    ),
)
# the style of the wire services as much as of local papers: the AP writes "9 a.m." of the whole
# world, so it counts among towns only, never against a famous place abroad (an AP story's
# "Birmingham police said at 3 a.m." is in England)
_WIRE_STYLE = (
    # the time written as North American papers do ("9 a.m.", "1:15 p.m."), the style of the
    # AP and of the Canadian Press; with a British spelling ("neighbourhood") it is Canada's
    (Guarded(re.compile(r"\b\d{1,2}(?::\d\d)?\s?[ap]\.m\.(?!\w)"), "a.m.", "p.m."), ("CA", "US")),
)


@dataclass
class Mention:
    start: int
    end: int
    entries: tuple[Entry, ...]
    demonym: bool = False
    source: str = "ner"
    name: str = ""
    chosen: Entry | None = None
    score: float = 0.0
    confidence: float = 0.0
    alternatives: list[tuple[Entry, float]] = field(default_factory=list)
    container: tuple[Entry, ...] = ()
    container_end: int = -1  # where the container's name ends, when a comma set it
    probs: list[tuple[Entry, float]] = field(default_factory=list)
    elsewhere: bool = False  # the text puts it in a country none of its readings lies in


def _base(e: Entry) -> float:
    w = WEIGHTS
    # a region's population is the sum of its towns': count it as a third, nearer a city's scale
    pop = e.population / 3 if e.rank in (2, 3) else e.population
    if e.rank == 5 and not e.country and e.kind in ("area", "sea"):
        # a world region or sea the team curated ("Middle East", "Pacific") is as widely named
        # as a big city: a hamlet of that name in the text's country is not it
        pop = max(pop, FAMOUS_POP)
    s = w["pop"] * math.log10(pop + 1) / 7.0
    feat = RANK_FEATURE.get(e.rank)
    if feat:
        s += w[feat]
    if e.capital:
        s += w["capital"]
    if not e.primary:
        s += w["alt_name"]
    return s


def _size(e: Entry) -> int:
    """How widely a place is named, in people: a curated feature's name ("South Island") is
    chosen because news writes it, as a big city's is; an alternate name of a small town
    (Coronado, California is also "South Island") is not it."""
    return max(e.population, FAMOUS_POP) if e.rank == 5 else e.population


def _misspelled(key: str, name: str) -> bool:
    """The folded name a text writes is another spelling of a place's own name, not a name of
    its own ("pittsburgh" for Pittsburg; not "lakeville" for a town called otherwise)."""
    return key != name and spelled_alike(key, name)


def _namesake(
    e: Entry,
    others,
    named: frozenset[str | None] = frozenset(),
    held: frozenset[tuple[str | None, str]] = frozenset(),
) -> float:
    """A region named after its big city ("Aleppo", "Istanbul", "New York"): the name means
    the city, unless the city is small beside the region ("Indiana, Pennsylvania"). For a
    first-level region the city lies in it, or is the country's capital ("Washington"): a town
    of another region that shares the name is no namesake of it (Wyoming, Michigan, is not
    what "Wyoming" means, though it is a sixth of the state's size). A county keeps any town of
    its country as a rival: most are named for a person, as towns are (a first version held
    counties to the same and read LGL's DeKalb, Illinois as DeKalb County, Georgia)."""
    if e.rank not in (2, 3):
        return 0.0
    for o in others:
        if (
            o.rank == 4
            and o.country == e.country
            and (e.rank == 3 or o.admin1 == e.admin1 or o.capital)
            and o.primary
            and o.population * NAMESAKE_RATIO >= e.population
        ):
            return WEIGHTS["namesake"]
        if (
            o.rank == 4
            and o.country != e.country
            and e.country not in named
            and (e.country, e.admin1) not in held
            and o.primary
            and o.population >= max(e.population, STRAY_POP)
        ):
            # a city abroad with more people than the whole region ("Gaza": the city of
            # 410,000, not Mozambique's province of 336,000 by the gazetteer's count) is what
            # the bare name means, as a region's own big city is, unless the text names the
            # region's country (Jamaica's Manchester parish in a story of Jamaica) or another
            # name of the text may be a place inside the region (Mandeville, the parish's
            # seat; Bosaso beside Somalia's Bari region)
            return WEIGHTS["namesake_abroad"]
    return 0.0


def _spelled_abroad(seen: dict[str, Entry], key: str, named: frozenset) -> dict[str, Entry]:
    """A town whose own name the text writes, in a country the text names, is not read as a
    spelling a letter away of a town of a country the text does not name, however big
    ("Moroccan troops fought near Smara" is Smara, not Samara, Russia, which some write
    "Smara"); a name the gazetteer holds as the town's own ("Odessa" for Odesa, where the text
    names the United States) is no such variant and is kept."""
    if not any(e.primary and e.rank == 4 and e.country in named for e in seen.values()):
        return seen
    return {
        g: e
        for g, e in seen.items()
        if e.primary or e.rank != 4 or e.country in named or not _misspelled(key, norm(e.name))
    }


def _alias_yields_to_a_town(seen: dict[str, Entry], key: str, named: frozenset) -> dict[str, Entry]:
    """A region read only by a curated alias that a town of another country bears as its own
    name, the town as widely known as the region (a third of the region's people, the scale
    `_base` weighs a region by), is not read where the text does not name the region's
    country: "ADF rebels killed 20 people in Beni" is Congo's city, not Bolivia's department
    El Beni, which news calls Beni too ("the Department of Beni, in Bolivia" keeps it)."""
    towns = [
        e
        for e in seen.values()
        if e.rank == 4 and e.primary and not e.alias and norm(e.name) == key
    ]
    return {
        g: e
        for g, e in seen.items()
        if not (
            e.alias
            and e.rank == 2
            and e.country not in named
            and any(t.country != e.country and t.population * 3 >= e.population for t in towns)
        )
    }


def _city_abroad(e: Entry, cs) -> bool:
    """A city of another country among a region's rivals with more people than the region
    (and STRAY_POP or more): the bare name's sense where the text does not name the region's
    country (:func:`_namesake`)."""
    return any(
        o.rank == 4
        and o.country != e.country
        and o.primary
        and o.population >= max(e.population, STRAY_POP)
        for o, _ in cs
    )


def _inside(e: Entry, container: Entry) -> bool:
    if e.gid == container.gid or not e.country or e.country != container.country:
        return False
    if container.rank == 0:
        return True
    return container.rank == 2 and bool(e.admin1) and e.admin1 == container.admin1 and e.rank > 2


def _km(a: Entry, b: Entry) -> float:
    return great_circle_km(a.lat, a.lon, b.lat, b.lon)


def _km_cached(km: dict[tuple[str, str], float], a: Entry, b: Entry) -> float:
    d = km.get((a.gid, b.gid))
    if d is None:
        d = km[(a.gid, b.gid)] = _km(a, b)
    return d


def _nearest(km: dict[tuple[str, str], float], e: Entry, anchors: list[Entry]) -> float:
    """The distance from ``e`` to the nearest of ``anchors``, in km (``_km_cached`` of each,
    its lookup written out: some 160 asks an article)."""
    g = e.gid
    got = km.get
    ds = []
    for a in anchors:
        d = got((g, a.gid))
        if d is None:
            d = km[(g, a.gid)] = _km(e, a)
        ds.append(d)
    return min(ds)


def resolve(mentions: list[Mention], text: str, gaz: Gazetteer) -> None:
    """Set ``chosen``, ``score``, ``confidence`` and ``alternatives`` on every mention.

    The steps, in the order they decide: which readings each name may have
    (:meth:`_Resolution.readings`), which place a name after a comma or "in" puts it in
    (:meth:`_Resolution.containers`), which towns placed in a town too far away keep no reading
    (:meth:`_Resolution.towns_too_far`), what the text as a whole is about
    (:meth:`_Resolution.about_the_text`), how each reading scores in that context, round by
    round (:meth:`_Resolution.rounds`), which reading is chosen or left unplaced
    (:meth:`_Resolution.choose`), then the rules that move a choice for what the text says
    around a name (:func:`_after_choosing`)."""
    r = _Resolution(mentions, text, gaz)
    r.readings()
    r.containers()
    listed_not_contained(mentions, text)
    r.towns_too_far()
    r.about_the_text()
    final = r.rounds()
    elsewhere = r.choose(final)
    _after_choosing(mentions, final, text, gaz, r.km, elsewhere)


class _Resolution:
    """What the steps of :func:`resolve` share for one text: its mentions, each name's scored
    readings (``cands``), what the text is about (its focus, its countries, its dateline, its
    currency and style), the distances asked so far, and the last round's context."""

    __slots__ = (
        "about",
        "abroad_only",
        "again",
        "anchors",
        "around",
        "cands",
        "ctx_a",
        "ctx_c",
        "datelines",
        "focus",
        "focus_total",
        "gaz",
        "held_by_region",
        "held_in",
        "km",
        "local_style",
        "marks",
        "mentions",
        "money",
        "named_a_town",
        "named_here",
        "nations",
        "near_focus",
        "nearest",
        "of_name",
        "origins",
        "paper",
        "placed",
        "region_focus",
        "siblings",
        "sited",
        "states",
        "text",
        "together",
        "tops",
    )

    def __init__(self, mentions: list[Mention], text: str, gaz: Gazetteer) -> None:
        self.mentions = mentions
        self.text = text
        self.gaz = gaz
        self.cands: list[list[tuple[Entry, float]]] = []
        self.km: dict[tuple[str, str], float] = {}  # distances, asked again in every round
        # the readings a "city of" before a name ruled out, by name: the name keeps its sense
        self.named_a_town: set[tuple[str, str]] = set()
        # the style of the text's writer counts where the text is about none but its
        # countries; read when a name first needs it (most texts have no name of towns only)
        self.paper: tuple[str, ...] | None = None
        self.local_style: tuple[str, ...] | None = None  # the same with the wire services' style
        self.marks: dict = {}  # what each of their patterns found in the text, searched once
        self.anchors: list[tuple[str, Entry]] = []  # the last round's, for the check of strays
        # each reading's distance to the nearest anchor of another name, by name and reading:
        # the same in a round whose anchors are the last round's (435 of the 636 rounds after
        # the first for the 318 articles of geoparse_speed.py --limit 200)
        self.nearest: dict[tuple[str, str], float] = {}

    def readings(self) -> None:
        """Which readings each name may have, each with its score before any context
        (``cands``): a "city of" before the name rules out its countries, a far bigger place's
        main name rules out a small one's variant, and a spelling a letter away of a town
        rules it out where its country or the text's has a town of the name as written."""
        mentions, text = self.mentions, self.text
        # the countries the text names, by name or by their people; not one named only before
        # its diplomats, who speak of places abroad ("Shelling hit Gaza, and Mozambique's
        # foreign minister called for a ceasefire": the Strip, not Mozambique's province)
        self.named_here = named_here = frozenset(
            e.country
            for m in mentions
            if not _DIPLOMATS_AFTER.match(text, m.end)
            for e in m.entries
            if e.rank == 0
        )
        # ... and those it names only so: their regions take no weight from the country's name
        # where the name's bare sense is a city abroad with more people than the region (the
        # Strip's Gaza, not Mozambique's province, beside "Mozambique's foreign minister": the
        # namesake rule of :func:`_namesake`); a region of the name in another country is no
        # such sense ("Sri Lanka's foreign ministry said the army cleared the Northern
        # Province" is Sri Lanka's, not Zambia's), and a town abroad is weighed as for any
        # country that acts ("The U.S. ambassador in Berlin")
        self.abroad_only = (
            frozenset(e.country for m in mentions for e in m.entries if e.rank == 0) - named_here
        )
        # the first-level regions that hold a reading of each name (a town's, a county's)
        held_by: dict[tuple[str | None, str], set[str]] = defaultdict(set)
        for m in mentions:
            if not m.demonym:
                for e in m.entries:
                    if e.rank in (3, 4) and e.admin1:
                        held_by[(e.country, e.admin1)].add(norm(m.name))
        for i, m in enumerate(mentions):
            seen = self._readings_of(i, m)
            # the regions of this name's readings that another name of the text may lie in
            name_key = norm(m.name)
            inhabited = frozenset(
                (e.country, e.admin1)
                for e in seen.values()
                if e.rank == 2 and held_by.get((e.country, e.admin1), set()) - {name_key}
            )
            scored = sorted(
                (
                    (e, _base(e) + _namesake(e, seen.values(), named_here, inhabited))
                    for e in seen.values()
                ),
                key=lambda x: -x[1],
            )
            self.cands.append(scored[:MAX_CANDIDATES])

    def _readings_of(self, i: int, m: Mention) -> dict[str, Entry]:
        """The readings of the ``i``-th mention that its name, as the text writes it, may
        have, by gazetteer id (see :meth:`readings`)."""
        mentions, text = self.mentions, self.text
        seen: dict[str, Entry] = {}
        for e in m.entries:
            if e.gid not in seen or (e.primary and not seen[e.gid].primary):
                seen[e.gid] = e
        if (
            not m.demonym
            and any(e.rank < 2 for e in seen.values())
            and (town_of := _TOWN_OF.search(text, max(0, m.start - 40), m.start))
            and not _PART_OF.search(town_of.group(1))
            and not _OWNS_A_NAME.match(text, m.end)
        ):
            # no country or continent: the town so named, if the gazetteer holds it by that
            # name, not a small place the name is only a former or variant name of ("Turkey"
            # was New Providence, New Jersey)
            self.named_a_town.update((norm(m.name), g) for g, e in seen.items() if e.rank < 2)
            seen = {
                g: e
                for g, e in seen.items()
                if e.rank >= 2 and (e.primary or e.capital or e.population >= STRAY_POP)
            }
        # the main name of a far bigger place wins over a variant spelling of a small one
        # ("Alexandria" is Egypt's, not a transliteration of Ukraine's Oleksandriya)
        big = max((_size(e) for e in seen.values() if e.primary), default=0)
        if big:
            seen = {
                g: e
                for g, e in seen.items()
                if e.primary or e.rank < 2 or e.population * VARIANT_RATIO >= big
            }
        # a country's news spells its own towns' names as they are: a town of a country that
        # has a bigger town so named is not found by a spelling of its name a letter away
        # ("Pittsburgh" is Pennsylvania's, not Pittsburg, California's)
        own: dict[str | None, int] = {}
        for e in seen.values():
            if e.primary and e.rank == 4:
                own[e.country] = max(own.get(e.country, 0), e.population)
        if own:
            key = norm(m.name)
            # but "Pittsburgh, Kan.": the region after a comma says which town is meant
            n = mentions[i + 1] if i + 1 < len(mentions) else None
            after = (
                {(x.country, x.admin1) for x in n.entries if x.rank == 2}
                if n is not None and _COMMA.match(text[m.end : n.start])
                else set()
            )
            seen = {
                g: e
                for g, e in seen.items()
                if e.primary
                or e.rank != 4
                or e.population >= own.get(e.country, 0)
                or not _misspelled(key, norm(e.name))
                or (e.country, e.admin1) in after
            }
        seen = _alias_yields_to_a_town(seen, norm(m.name), self.named_here)
        return _spelled_abroad(seen, norm(m.name), self.named_here)

    def containers(self) -> None:
        """Which place a name lies in by the text's own words: the name after its comma
        ("Alexandria, La."), or the country after "in" ("Macon in Georgia", also after the
        town's own body: "Beni Municipality in Nepal"), set as the mention's ``container``."""
        mentions, text = self.mentions, self.text
        # "Name, Container": the next mention follows after a comma
        for i, m in enumerate(mentions[:-1]):
            n = mentions[i + 1]
            if n.entries and not n.demonym and _COMMA.match(text[m.end : n.start]):
                m.container = tuple(e for e in n.entries if e.rank in (0, 2))
                m.container_end = n.end
                # a country's own name is not re-read as a town of the country named after the
                # comma: "entanglements in Russia, U.S. officials said" is not Russia, Ohio;
                # nor is a country that a word goes on from a town's country ("talks in
                # Berlin, U.S. officials said" is not Berlin, New Hampshire)
                if (
                    any(e.rank == 0 and e.primary for e in m.entries)
                    or _WORD_AFTER.match(text, n.end)
                    or (i + 2 < len(mentions) and _LIST.match(text[n.end : mentions[i + 2].start]))
                ):
                    m.container = tuple(e for e in m.container if e.rank != 0)
            elif (
                n.entries
                and not n.demonym
                and (
                    _IN_COUNTRY.match(text[m.end : n.start])
                    or _BODY_IN_COUNTRY.match(text[m.end : n.start])
                )
                and not any(e.rank == 0 for e in m.entries)
            ):
                # "Macon in Georgia": the state of the name too
                m.container = tuple(e for e in n.entries if e.rank in (0, 2) and e.primary)
                # "the village of Basra in Iran's Khuzestan": the country's unit after its
                # possessive
                units = _owned_units(n, mentions[i + 2], text) if i + 2 < len(mentions) else ()
                if units:
                    m.container = units
                _share_container(mentions, i, text)

    def towns_too_far(self) -> None:
        """Which towns keep no reading because the text places them in a town none of whose
        readings lies near any of theirs."""
        mentions, cands, text = self.mentions, self.cands, self.text
        # "Hampton Park in Charleston": a town the text places in another town lies within
        # STRAY_NEAR_KM of one of its readings, or it is a part of that town the gazetteer
        # lacks (a park, a neighbourhood), not a namesake on another continent (Hampton Park,
        # Victoria)
        for i, m in enumerate(mentions[:-1]):
            n = mentions[i + 1]
            if (
                cands[i]
                and cands[i + 1]
                and not m.demonym
                and not n.demonym
                and _IN_TOWN.match(text[m.end : n.start])
                and all(e.rank == 4 for e, _ in cands[i] + cands[i + 1])
                and not any(
                    _km(e, o) <= STRAY_NEAR_KM for e, _ in cands[i] for o, _ in cands[i + 1]
                )
            ):
                cands[i] = []

    def about_the_text(self) -> None:
        """What the text as a whole is about, from the readings before any context: the names
        listed together, the countries and regions in focus, the names whose readings lie
        together, the dateline, the currency, the countries named as who acts (``nations``)
        and those something is placed in (``sited``)."""
        mentions, cands, text, gaz = self.mentions, self.cands, self.text, self.gaz
        self.siblings = _siblings(mentions, text)
        # first round without context
        for m, cs in zip(mentions, cands, strict=True):
            _set_probs(m, cs)
        self.focus, self.focus_total = focus, focus_total = _focus(mentions, cands, text)
        self.near_focus = near_focus = set(focus)
        for c in focus:
            near_focus.update(gaz.neighbours.get(c, ()))
        self.origins = _origins(mentions, cands, text)
        self.region_focus = _region_focus(mentions, cands, self.origins)
        together, famed = _together(mentions, cands, self.km, focus)
        # the countries a focused text is mostly about
        self.about = about = {c for c, v in focus.items() if v >= STRAY_SHARE * focus_total}
        if focus_total >= FOCUS_MIN:
            # two towns of a country the text is not about are together by chance ("London"
            # and "Richmond", England, in a story of London, Ontario); a famous place's name
            # moves to its namesake only in a country the text is about, not its neighbour
            # ("Los Angeles" and "San Fernando" are together in Mexico too)
            together = {
                k: e
                for k, e in together.items()
                if e.country in (about if k in famed else near_focus)
            }
        else:
            together = {k: e for k, e in together.items() if k not in famed}
        self.together = together
        # the dateline's name keeps its sense through the story ("a Washington-based firm")
        self.datelines = {norm(m.name) for m in mentions[:1] if _dateline(m, text)}
        self.money = _money_country(text)
        # names of a whole country that no mention places anything in ("U.S. officials",
        # "American diplomats"; not "in northern Lebanon"): who acts, not where
        nations = {norm(m.name) for m, cs in zip(mentions, cands, strict=True) if _nation(m, cs)}
        nations -= {
            norm(m.name) for m in mentions if _PLACED_IN.search(text, max(0, m.start - 40), m.start)
        }
        self.nations = nations
        # countries the text places something in by name ("currently in France"): a famous
        # city of one is where the story goes, not a namesake beside the paper's own towns
        self.sited = {
            cs[0][0].country
            for m, cs in zip(mentions, cands, strict=True)
            if cs and cs[0][0].rank == 0 and norm(m.name) not in nations and not m.demonym
        }

    def rounds(self) -> list[list[tuple[Entry, float]]]:
        """How each reading scores in the context of the other names' likeliest readings,
        round by round until no mention's probabilities move (at most ROUNDS): the scores of
        the last round, one list a mention."""
        mentions, cands = self.mentions, self.cands
        final: list[list[tuple[Entry, float]]] = []
        for _ in range(ROUNDS):
            self._begin_round()
            new = []
            for i, (m, cs) in enumerate(zip(mentions, cands, strict=True)):
                if m.demonym or len(cs) <= 1:
                    new.append(cs)
                    continue
                new.append(self._rescore(i, m, cs))
            moved = False
            for m, cs in zip(mentions, new, strict=True):
                before = m.probs
                _set_probs(m, cs)
                moved = moved or m.probs != before
            final = new
            if not moved:
                # every mention's probabilities are those the round read: a round reads
                # nothing else that changes (the context, the anchors, the tops and the names
                # each country holds are made from them), so the next would score the same and
                # set the same
                break
        return final

    def _begin_round(self) -> None:
        """What a round reads of the last: the countries and regions the other names point
        at, the confident anchors, each name's likeliest country, the names each country and
        region holds, and the regions the text names."""
        mentions, text = self.mentions, self.text
        placed_before = [(k, a.gid) for k, a in self.anchors]
        self.ctx_c, self.ctx_a, self.anchors = _context(mentions, self.origins)
        river_regions(mentions, self.gaz, self.ctx_a)
        if [(k, a.gid) for k, a in self.anchors] != placed_before:
            self.nearest = {}
        self.tops = {norm(m.name): m.probs[0][0].country for m in mentions if m.probs}
        # the names each country holds a place of (not the country's own name)
        held_in: dict[str | None, set[str]] = defaultdict(set)
        held_by_region: dict[tuple[str | None, str], set[str]] = defaultdict(set)
        self.held_in, self.held_by_region = held_in, held_by_region
        # the first-level regions the text names ("Virginia lawmakers"), not as where someone
        # comes from ("a man from Texas was arrested in Birmingham" tells no story of Texas)
        states: set[tuple[str | None, str]] = set()
        self.states = states
        for m in mentions:
            if m.probs and m.probs[0][0].rank >= 2 and not m.demonym:
                region = (m.probs[0][0].country, m.probs[0][0].admin1)
                held_in[m.probs[0][0].country].add(norm(m.name))
                held_by_region[region].add(norm(m.name))
                if (
                    m.probs[0][0].rank == 2
                    and m.probs[0][0].admin1
                    and not _FROM.search(text, max(0, m.start - 10), m.start)
                    and norm(m.name) not in self.origins
                ):
                    states.add(region)
        self.placed = _placed(self.ctx_c, self.tops, self.nations)
        # the context of each name, the same for every mention of it in the round (a name
        # repeated ten times is summed once)
        self.of_name: dict[str, tuple[dict, dict, float, float, list[Entry]]] = {}
        self.around: dict[tuple[str, str], float] = {}  # the context of a country's neighbours
        # a mention's scores, the same for another mention of its name with the same readings
        # and container and no list of siblings (half of the mentions scored repeat a name)
        self.again: dict[tuple, list[tuple[Entry, float]]] = {}

    def _of_name(self, m: Mention, key: str) -> tuple[dict, dict, float, float, list[Entry]]:
        """The context of a name in this round: the countries and regions the text's other
        names point at, their totals, and the other names' anchors."""
        got = self.of_name.get(key)
        if got is None:
            cc = _minus(self.ctx_c, m, key, lambda e: e.country)
            ca = _minus(self.ctx_a, m, key, lambda e: (e.country, e.admin1) if e.admin1 else None)
            # shares of the evidence, where weak evidence (under one mention's worth) stays
            # weak
            tot_c = max(sum(cc.values()), 1.0)
            tot_a = max(sum(ca.values()), 1.0)
            near_to = [a for k, a in self.anchors if k != key]
            got = self.of_name[key] = (cc, ca, tot_c, tot_a, near_to)
        return got

    def _text_says(
        self, m: Mention, cs: list[tuple[Entry, float]], key: str, cc: dict
    ) -> tuple[set, set, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        """What the text's own marks say of a name's readings: the countries of its famous
        readings (``rivals``) and of its world cities, and the countries its currency, its
        paper's style and a famous city's local namesake point at."""
        text = self.text
        about = self.about if self.focus_total >= FOCUS_MIN else set()
        rivals = {
            e.country
            for e, _ in cs
            if e.country and (e.rank == 0 or e.population >= FAMOUS_POP or _world_city(e))
        }
        # a capital or a city of millions abroad: named for where it is, in world news
        cities_abroad = {e.country for e, _ in cs if _world_city(e)}
        # the text's currency says which country's town it is only among towns: not
        # against a country, a region, a sea or a famous city of the name
        towns = not rivals and all(e.rank in (3, 4) for e, _ in cs)
        if towns and self.local_style is None:
            self.local_style = _paper_country(text, about, True, self.marks)
        paid, local = (self.money, self.local_style or ()) if towns else ((), ())
        # a famous city's namesake in the country a local text is written in, where the
        # text places nothing in the famous city's country ("call London police at
        # 519-661-5670" is London, Ontario's)
        home: tuple[str, ...] = ()
        if rivals and not towns:
            if self.paper is None:
                self.paper = _paper_country(text, about, False, self.marks)
            home = _home(cs, rivals, self.paper, self.money, cc, self.focus)
            # several countries (a telephone number of Canada or the United States) say
            # which only where the text names the town's own police or council
            if len(home) > 1 and not any(
                norm(o.name) == key and _CIVIC_AFTER.match(text, o.end) for o in self.mentions
            ):
                home = ()
        return rivals, cities_abroad, paid, local, home

    def _rescore(self, i: int, m: Mention, cs: list[tuple[Entry, float]]) -> list:
        """Each reading's score in this round: its score before context, plus the share of the
        text's other names in its country, neighbours and region, the region in focus, its
        container, the nearest anchor, the text's focus, dateline, currency and style, the
        names it lies together or is listed with."""
        key = norm(m.name)
        same = None
        if not self.siblings[i]:
            same = (key, tuple(map(id, m.container)), tuple((id(e), b) for e, b in cs))
            if same in self.again:
                return list(self.again[same])
        w = WEIGHTS
        mentions, neighbours = self.mentions, self.gaz.neighbours
        cc, ca, tot_c, tot_a, near_to = self._of_name(m, key)
        dateline = key in self.datelines
        # a dateline's famous city against a small town of the region the text names
        # ("WASHINGTON" beside "a turkey farm in Iowa": not Washington, Iowa)
        town_line = dateline and not any(e.rank == 0 for e, _ in cs)
        focus_of = self.region_focus(key)
        rivals, cities_abroad, paid, local, home = self._text_says(m, cs, key, cc)
        sited, abroad_only = self.sited, self.abroad_only
        held_by_region, states, km = self.held_by_region, self.states, self.km
        around, nearest, together = self.around, self.nearest, self.together
        focus_total, near_focus = self.focus_total, self.near_focus
        siblings = self.siblings
        rescored = []
        biggest = -1  # the people of the biggest city among the readings, when asked
        for e, base in cs:
            s = base
            inside = bool(m.container) and any(_inside(e, c) for c in m.container)
            town = e.rank in (3, 4) and not _famous(e)  # a town, not a famous one
            # a town whose name is a famous city of a country the text places something in
            # ("Dr. Maggard is currently in France ... on Paris' Champs-Elysees", in a
            # Kentucky story): its region's context does not make it the town
            held = (
                town and not dateline and not inside and bool((cities_abroad - {e.country}) & sited)
            )
            # the nearest anchor of another name, where the "near" weight reads it (and the
            # namesake's evidence with it: one measure for both)
            d = None
            if near_to and e.rank >= 2 and not held:
                d = nearest.get((key, e.gid))
                if d is None:
                    d = nearest[(key, e.gid)] = _nearest(km, e, near_to)
            if e.country:
                share = cc.get(e.country, 0.0) / tot_c
                if e.rank == 2 and e.country in abroad_only and _city_abroad(e, cs):
                    share = 0.0
                # the countries of the name's famous readings rival a town (not famous), and
                # so may a city across the border that outnumbers it (sought only where it
                # counts: with a city in the readings big enough to outnumber the town
                # thirtyfold, which either ratio of :meth:`_outnumbered_across_the_border` needs)
                against: set[str] = set()
                if town:
                    against = rivals - {e.country}
                    if biggest < 0:
                        biggest = max((o.population for o, _ in cs if o.rank == 4), default=0)
                    if biggest >= max(STRAY_POP, BORDER_CITY_RATIO * e.population):
                        against |= self._outnumbered_across_the_border(e, cs, key)
                if against:
                    if cities_abroad - {e.country}:
                        share = _places_share(
                            self.placed, self.ctx_c, self.tops, self.nations, key, e.country
                        )
                        share /= tot_c
                    share *= _namesake_evidence(
                        e,
                        against,
                        cc,
                        focus_of,
                        near_to,
                        km,
                        m,
                        dateline,
                        neighbours.get(e.country, ()),
                        bool(cities_abroad - {e.country})
                        and _regions_elsewhere(e, held_by_region, states, key),
                        d,
                    )
                s += w["ctx_country"] * share * (not held)
                near_c = around.get((key, e.country))
                if near_c is None:  # the same for the name's readings in one country
                    near_c = around[(key, e.country)] = sum(
                        cc.get(n, 0.0) for n in neighbours.get(e.country, ())
                    )
                s += w["ctx_neighbour"] * min(near_c / tot_c, 1.0)
            if e.admin1 and not held:
                s += w["ctx_admin1"] * ca.get((e.country, e.admin1), 0.0) / tot_a
                if e.rank >= 2 and base >= cs[0][1] - FOCUS_MARGIN:
                    s += w["region_focus"] * focus_of.get((e.country, e.admin1), 0.0)
            if inside:
                s += w["container"]
            if d is not None:
                s += w["near"] * math.exp(-d / 150.0)
            if town and focus_total >= FOCUS_MIN and e.country not in near_focus:
                s += w["far"]
            if dateline and _famous(e):
                s += w["dateline_famous"] + w["dateline_town"] * town_line
            if e.country in paid:
                s += w["money"]
            if e.country in local:
                s += w["paper"]
            if e.country in home and e.rank == 4 and e.population >= STRAY_POP:
                s += w["home"]
            if together.get(key) is e:
                s += w["together"]
            if siblings[i]:
                s += w["sibling"] * _kin(e, [mentions[j] for j in siblings[i]])
            rescored.append((e, s))
        if same is not None:
            self.again[same] = rescored
        return list(rescored)

    def _outnumbered_across_the_border(
        self, e: Entry, cs: list[tuple[Entry, float]], key: str
    ) -> set[str]:
        """The countries across the border whose city, a reading of the same name, rivals a
        town as a famous city does: one that outnumbers the town thirtyfold ("Herat":
        Afghanistan's city of 570,000, not Iran's village, in a text that names Iran), where
        the text names the town's country but no place in it (an Indiana story's "Hamilton"
        keeps its county's context though Hamilton, Ontario is a city of 500,000); one that
        outnumbers it a hundredfold, where the text names no place of the town's own region
        ("protests spread to Najaf" beside Tehran: Iraq's holy city of 480,000, not a village
        of 1,300 in Iran's North Khorasan), if the town is its country's biggest of the name:
        else the country's bigger namesake, which no city abroad outnumbers so, would win for
        no reason of its own ("Colgate University in Hamilton" beside Boston: Hamilton, New
        York, not Ohio's city of 62,000, though Ontario's is 136 times its size). Asked only
        where a reading is big enough to outnumber the town thirtyfold."""
        neighbours = self.gaz.neighbours
        if not self.held_in[e.country] - {key}:
            return _across_border(e, cs, neighbours) - {e.country}
        if (
            e.admin1
            and not self.held_by_region[(e.country, e.admin1)] - {key}
            and not any(
                o.country == e.country and o.population > e.population
                for o, _ in cs
                if o.rank in (3, 4)
            )
        ):
            return _across_border(e, cs, neighbours, BORDER_CITY_FAR_RATIO) - {e.country}
        return set()

    def choose(self, final: list[list[tuple[Entry, float]]]) -> set[tuple[str, str]]:
        """Which reading each mention takes (its best score's), and which mentions are left
        unplaced: those the text's words put outside their reading's country, state or unit,
        strays and unrelated towns of a focused text, a country the text does not name, and
        ground or a description abroad. Returns the readings the text's own words put in the
        wrong country, by name."""
        mentions, text, gaz, km = self.mentions, self.text, self.gaz, self.km
        about, focus_total, near_focus = self.about, self.focus_total, self.near_focus
        # the countries a focused text is mostly about, and their neighbours
        near_about = about.union(*(gaz.neighbours.get(c, ()) for c in about))
        # the countries the text names (by name or adjective), each as a place or as who acts,
        # and the country of each name's likeliest reading
        named_countries = {
            cs[0][0].country
            for m, cs in zip(mentions, final, strict=True)
            if cs and _nation(m, cs) and cs[0][0].country
        }
        by_name = {
            cs[0][0].country
            for m, cs in zip(mentions, final, strict=True)
            if cs and not m.demonym and cs[0][0].rank == 0 and cs[0][0].country
        }
        top_country = {
            norm(m.name): max(cs, key=lambda x: x[1])[0].country
            for m, cs in zip(mentions, final, strict=True)
            if cs and not m.demonym
        }
        # the readings a text's own words put in the wrong country ("Palma, Mozambique"), by
        # name
        elsewhere: set[tuple[str, str]] = set(self.named_a_town)
        # the countries each name may be read in, at any of its mentions (one sense per text)
        name_countries: dict[str, set[str | None]] = defaultdict(set)
        for m, cs in zip(mentions, self.cands, strict=True):
            name_countries[norm(m.name)].update(e.country for e, _ in cs)
        for m, cs in zip(mentions, final, strict=True):
            if not cs:
                m.chosen, m.confidence = None, 0.0
                continue
            ranked = sorted(cs, key=lambda x: -x[1])
            m.chosen, m.score = ranked[0]
            m.confidence = m.probs[0][1] if m.probs else 1.0
            if m.demonym:
                m.confidence = 0.9
            m.alternatives = ranked[1:5]
            key = norm(m.name)
            near_to = [a for k, a in self.anchors if k != key]
            outside = (
                _outside_country(m, cs, gaz.neighbours)
                or _outside_state(m, cs, text)
                or _outside_unit(m, name_countries[key], text, gaz.neighbours)
            )
            if outside:
                elsewhere.add((key, m.chosen.gid))
            if (
                outside
                or _outside_dateline_container(m, cs, text)
                or (
                    focus_total >= FOCUS_MIN
                    and (
                        _stray(m, near_about, near_to, km)
                        or _unrelated(m, near_focus, near_to, km, self.ctx_c, key)
                        or (
                            _unnamed_country(
                                m, named_countries, by_name, top_country, near_to, km, key
                            )
                            and not _on_named_border(m.chosen, named_countries, gaz.neighbours)
                        )
                    )
                )
                or _ground_abroad(m, named_countries | _others(top_country, key))
                or _described_abroad(m, named_countries | _others(top_country, key))
            ):
                _leave_unplaced(m, ranked)
        return elsewhere


def _after_choosing(
    mentions: list[Mention],
    final: list[list[tuple[Entry, float]]],
    text: str,
    gaz: Gazetteer,
    km: dict[tuple[str, str], float],
    elsewhere: set[tuple[str, str]],
) -> None:
    """The rules that move or drop a choice for what the text says around a name, in this
    order: a world city beside a town the text names, a region across a border the text
    names, a town alone and far from the rest,
    parts of a name apart, a head of a name the gazetteer lacks, a number word before, a town
    called so; then one sense per text for a
    name placed elsewhere, the dateline's sense, a country by its organs, a town in its
    state, a unit named alone, a name's placed sense, the sense chosen beside it, a venue
    abroad, a town a body is named after, the seat of those who met, and a state in American
    politics."""
    _world_city_by_its_neighbour(mentions, final, km)
    _journey_ends(mentions, final, text, km)
    journey_into_a_region(mentions, final, text, km)
    troupe_on_tour(mentions, final, text, km)
    _left_their_region(mentions, final, text, km)
    _across_the_named_border(mentions, final, text, gaz)
    _towns_across_the_named_border(mentions, final, text, gaz)
    _alone_far(mentions, final, gaz.neighbours, km, text)
    _parts_apart(mentions, text)
    _head_of_unknown_name(mentions, text)
    bare_head_of_a_longer_name(mentions, text)
    _after_number_word(mentions, text)
    _town_called_so(mentions, text)
    # the name keeps its sense through the text: "Thousands fled Palma" before "near Palma,
    # Mozambique" is no more Palma de Mallorca
    for m in mentions if elsewhere else ():
        if m.chosen is not None and (norm(m.name), m.chosen.gid) in elsewhere:
            _leave_unplaced(m, [(m.chosen, m.score), *m.alternatives])
    # "Shiloh, a settlement in the occupied West Bank": none of its readings is where the text
    # says it lies (the rules' ``elsewhere``), so none is chosen; they stay alternatives
    for m in mentions:
        if m.elsewhere and m.chosen is not None:
            _leave_unplaced(m, [(m.chosen, m.score), *m.alternatives])
    _as_dateline(mentions, final, text)
    _country_by_its_organs(mentions, text)
    _in_its_state(mentions, final, text)
    _unit_named_alone(mentions)
    _as_placed(mentions, final, text)
    _as_chosen_beside(mentions, final, text)
    town_beside_its_sentence_place(mentions, final, text, gaz)
    listed_beside_bigger_namesake(mentions, final, text)
    _venue_abroad(mentions, final, text)
    body_named_after_a_town(mentions, final, text)
    _seat_of_the_met(mentions, final, text)
    _state_in_american_politics(mentions, text)
    base_of_a_force_abroad(mentions, final, text, km)
    home_of_a_force_at_home(mentions, final, text, gaz)
    home_of_a_body_at_home(mentions, final, text, gaz)
    town_in_its_district(mentions, final, text)
    district_of_its_town(mentions, final, text)
    region_over_a_lone_town(mentions, final, text)
    towns_of_the_closing_region(mentions, final, text)
    world_cities_before_the_closing_region(mentions, final, text)
    seafront_in_its_district(mentions, final, text)
    seafront_in_its_unit(mentions, final, text)
    second_name_of_a_named_place(mentions, text)
    visited_outside_their_region(mentions, final, text)
    installed_from_abroad(mentions, final, text)
    closing_country(mentions, final, text, km)
    club_far_from_its_game(mentions, text, km)
    region_after_an_unplaced_town(mentions, final, text, km)
    document_named_for_a_town(mentions, final, text)
    old_name_of_a_city_abroad(mentions, final, text)
    world_city_over_a_lone_namesake(mentions, final, text, km)
    world_city_over_a_rolled_land_s_namesake(mentions, final, text, km)
    country_of_the_town_before(mentions, final, text)
    overseas_land_in_its_roundup(mentions, final, gaz)
    capital_by_its_own_name(mentions, final)
    coastal_namesake_of_an_inland_city(mentions, final, text)
    # "a freighter from Texas docked at Marseille": the port on a coast, not a town inland
    coastal_port_after_a_ship_s_verb(mentions, final, text)
    town_in_the_title_s_land(mentions, final, text, gaz)
    county_of_rural_ground(mentions, final, text)
    town_of_an_american_body(mentions, final, text)
    country_over_its_small_namesake(mentions, final, text, gaz)
    bare_name_of_an_unheld_island(mentions, text)
    word_of_a_foreign_name(mentions, text)
    accented_name_of_a_foreign_body(mentions, final, text)
    world_city_called_a_village(mentions, text)
    war_named_for_a_foreign_region(mentions, text, gaz.neighbours)
    town_farther_than_told(mentions, text)
    town_of_an_unheld_landscape(mentions, final, text)


# the words of American party politics: its two parties by name, the GOP, a party's letter and
# state after a lawmaker's name ("Sen. Jon Ossoff, D-Ga.")
_AMERICAN_POLITICS = re.compile(
    r"\b(?:GOP|Democrats|Republicans|(?:Democratic|Republican) (?:Party|primary|nominee|"
    r"incumbent|challenger|caucus|majority)|[DR]-[A-Z][a-z]{1,3}\."
    # a member as a title before a person's full name ("Georgia Democrat Raphael Warnock")
    r"|(?:Democrat|Republican)(?= [A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z]))"
)
# a string every match of _AMERICAN_POLITICS holds (it is case-sensitive): most texts hold none,
# and then the pattern, tried at every position of the text, is not searched
_PARTY_NEEDLES = ("GOP", "Democrat", "Republican", "D-", "R-")
# a capitalised word joined to a party's word: another land's party ("the Social Democrats",
# "Sweden Democrats", "the Free Democrats"), unless it is an American body's or a place's
# the text names ("Senate Republicans", "Georgia Democrats"), an owner's ("Trump's
# Republicans") or opens a sentence ("The Democrats", "Many Republicans")
_PARTY_QUALIFIER = re.compile(r"(?<![\w'\u2019])([A-Z][\w'\u2019]*)[ -]$")
_AMERICAN_BODIES = frozenset({"senate", "house", "congressional", "state", "county", "city"})
_OPENING_WORDS = frozenset(
    {"the", "many", "most", "some", "all", "both", "several", "top", "leading", "few", "other"}
    | {"fellow", "and", "but", "when", "as", "while", "if", "two", "three", "moderate", "no"}
)


# a nation's organs no state or province has ("Georgia's president", "Georgia's embassy")
_ORGANS_OF_A_NATION = (
    "president|prime minister|parliament|foreign minister|embassy|ambassador|patriarch|ruling party"
)
_NATION_ONLY = re.compile(rf"(?:'s|’s)\s+(?:{_ORGANS_OF_A_NATION})\b", re.IGNORECASE)
_ALLIANCES = re.compile(r"\b(?:NATO|EU|European Union|United Nations|UN|OSCE)\b")
# a nation's organs after its name, and its forces: a country's, not a state's
_NATION_ORGANS = re.compile(
    rf"(?:'s|’s)?\s+(?:{_ORGANS_OF_A_NATION}|defen[cs]e minister|army|military|troops)\b",
    re.IGNORECASE,
)


def _state_in_american_politics(mentions: list[Mention], text: str) -> None:
    """ "Georgia Democrats backed Warnock and Ossoff in the runoff": a name that is both a
    country and an American state, read as the country, is the state where the text speaks
    of American party politics in its own words (the Democrats, the Republicans, the GOP,
    "D-Ga.") and every other name it places is American: a name abroad (Tbilisi, Abkhazia,
    Russia) or an alliance ("Republicans want Georgia in NATO") is foreign affairs, and a
    nation's organs after the name ("Georgia's president", "Georgia's army") are a
    country's: there the country stays. Another land's party named with a party's word
    ("the Social Democrats", "Sweden Democrats") is no American politics."""
    if not any(n in text for n in _PARTY_NEEDLES):
        return
    if not _american_party_words(text, {norm(m.name) for m in mentions}):
        return
    for m in mentions:
        e = m.chosen
        if e is None or e.rank != 0 or m.demonym:
            continue
        state = next(
            ((a, sc) for a, sc in m.alternatives if a.rank == 2 and a.country == "US"), None
        )
        if state is None or norm(state[0].name) != norm(e.name):
            continue
        if any(_NATION_ORGANS.match(text, o.end) for o in mentions if norm(o.name) == norm(m.name)):
            continue  # "Georgia's president", "Georgia's army": the country
        if _ALLIANCES.search(text) or any(
            o.chosen is not None and o.chosen.country != "US" and norm(o.name) != norm(m.name)
            for o in mentions
        ):
            continue  # a foreign name or an alliance's: foreign affairs, where the country is
        _promote(m, state)


def _country_by_its_organs(mentions: list[Mention], text: str) -> None:
    """ "Georgia's president Salome Zourabichvili met officials in Washington", "America's envoy
    met Russia's foreign minister": a name that is a country's and a state's or a town's, read
    as the state or the town, is the country at its every mention where one of them is
    followed by an organ only a nation has (:data:`_NATION_ONLY`: a president, a prime
    minister, a parliament, an embassy; not an army: "Georgia's Army National Guard"). Not
    after "of" ("the University of Georgia's president"), nor at a mention its container
    places ("Peru's president visited Peru, Indiana")."""
    organs = {
        norm(m.name)
        for m in mentions
        if m.chosen is not None
        and m.chosen.rank in (2, 3, 4)
        and _NATION_ONLY.match(text, m.end)
        and not text[max(0, m.start - 3) : m.start].lower().endswith("of ")
    }
    for m in mentions:
        e = m.chosen
        if (
            e is None
            or e.rank not in (2, 3, 4)
            or m.demonym
            or m.container  # "Peru, Indiana": the town its container places
            or norm(m.name) not in organs
        ):
            continue
        nation = next(
            ((a, sc) for a, sc in m.alternatives if a.rank == 0 and norm(a.name) == norm(e.name)),
            None,
        )
        if nation is not None:
            _promote(m, nation)


def _promote(m: Mention, reading: tuple[Entry, float]) -> None:
    """Make ``reading``, one of the mention's alternatives, its chosen reading; the reading it
    had goes first among the alternatives."""
    rest = [(x, sc) for x, sc in m.alternatives if x is not reading[0]]
    if m.chosen is not None:
        rest = [(m.chosen, m.score), *rest]
    m.alternatives = rest
    m.chosen, m.score = reading


def _american_party_words(text: str, named: set[str]) -> bool:
    """Whether ``text`` speaks of American party politics in its own words: a party's word
    (:data:`_AMERICAN_POLITICS`) with no other land's party name on it
    (:data:`_PARTY_QUALIFIER`); ``named``: the text's place names, normalised."""
    for p in _AMERICAN_POLITICS.finditer(text):
        q = _PARTY_QUALIFIER.search(text, max(0, p.start() - 30), p.start())
        if q is None:
            return True
        word = q.group(1)
        if (
            word.lower() in _AMERICAN_BODIES
            or norm(word) in named
            or word[-2:] in ("'s", "\u2019s")
        ):
            return True
        opens = not text[: q.start()].strip() or text[: q.start()].rstrip()[-1] in ".!?\n"
        if opens and word.lower() in _OPENING_WORDS:
            return True
    return False


def _as_dateline(mentions: list[Mention], final, text: str) -> None:
    """The town a story is filed from is the town its name means in the story: "MALTA -" over
    a college's book sale is an American town, and so is "Malta Road in Malta" below it, not
    the island state. Not a name read as the country the dateline's town lies in ("LUXEMBOURG
    - ... Luxembourg's government"), nor one a container places ("Malta, Montana"), nor one
    its own sentence places (:func:`_placed_by_its_sentence`). The dateline's own town is first
    taken inside the country or state after its comma (:func:`_in_its_container`)."""
    first = next((m for m in mentions if m.name.isupper() and _dateline_form(m, text)), None)
    if first is None or first.chosen is None:
        return
    i = mentions.index(first)
    _in_its_container(first, final[i])
    if first.chosen.rank != 4:
        return
    town, key = first.chosen, norm(first.name)
    for j, (m, cs) in enumerate(zip(mentions, final, strict=True)):
        if m is first or norm(m.name) != key or m.container or m.chosen is None:
            continue
        # "Libya's capital Tripoli", "the Australian state of Victoria", "Perth, in Western
        # Australia": the sentence places this mention itself, whatever the dateline's town
        land = _placed_by_its_sentence(mentions, j, text)
        if land is not None:
            best = max((x for x in cs if _inside(x[0], land)), key=itemgetter(1), default=None)
            if best is None:
                # none of its readings lies there: a place the gazetteer lacks under the name,
                # not the dateline's town
                _leave_unplaced(m, [(m.chosen, m.score), *m.alternatives])
            elif best[0].gid != m.chosen.gid:
                _take(m, cs, best[0].gid)
            continue
        if m.chosen.gid != town.gid and m.chosen.country != town.country:
            _take(m, cs, town.gid)


def _in_its_container(m: Mention, cs: list[tuple[Entry, float]]) -> None:
    """A dateline's town in the country or state written after its comma ("TRIPOLI, Lebanon
    (Reuters) -", "LONDON, Ontario (CP) -") is that country's town, whatever a later mention
    of the name in another sense pulls it to: the best-scored reading inside the container."""
    if not m.container or any(_inside(m.chosen, c) for c in m.container if m.chosen):
        return
    inside = [x for x in cs if any(_inside(x[0], c) for c in m.container)]
    if inside:
        _take(m, cs, max(inside, key=itemgetter(1))[0].gid)


# between a country's possessive or adjective and the name it places: a word of a place's
# kind, after at most two lower-case words ("Libya's capital Tripoli", "the Australian state of
# Victoria", "Canada's steel city of Hamilton"; not "the Russian minister visited Minsk")
_OWNED_BETWEEN = re.compile(
    r"(?:['\u2019]s)?(?: [a-z]+){0,2} (?:capital|city|town|village|port|state|province|region"
    r"|district|county|island)(?: of)? $"
)
# between a name and the country or region it is said to lie in ("Perth, in Western Australia")
_COMMA_IN = re.compile(r"^\s*,\s+in\s+(?:the\s+)?$")


def _placed_by_its_sentence(mentions: list[Mention], j: int, text: str) -> Entry | None:
    """The country or region the sentence itself places the mention ``j`` in: a country's
    possessive or adjective before it, across a word of a place's kind ("Libya's capital
    Tripoli", "the Australian state of Victoria"), or a country or region after "in"
    ("Perth, in Western Australia", "Palma in northern Mozambique")."""
    m = mentions[j]
    if j > 0:
        o = mentions[j - 1]
        e = o.chosen
        if (
            e is not None
            and e.rank == 0
            and (o.demonym or text[o.end : o.end + 2] in ("'s", "\u2019s"))
            and _OWNED_BETWEEN.fullmatch(text, o.end, m.start)
        ):
            return e
    if j + 1 < len(mentions):
        n = mentions[j + 1]
        e = n.chosen
        between = text[m.end : n.start]
        if (
            e is not None
            and e.rank in (0, 2)
            and not n.demonym
            and (_COMMA_IN.match(between) or _IN_COUNTRY.match(between))
        ):
            return e
    return None


def _take(m: Mention, cs: list[tuple[Entry, float]], gid: str) -> bool:
    """Choose the mention's reading ``gid`` among its scored readings ``cs``, the others kept
    as alternatives; False where ``gid`` is none of them."""
    for e, score in cs:
        if e.gid == gid:
            ranked = sorted(cs, key=lambda x: -x[1])
            m.chosen, m.score = e, score
            m.confidence = next((p for o, p in m.probs if o.gid == e.gid), 0.0)
            m.alternatives = [x for x in ranked if x[0].gid != e.gid][:4]
            return True
    return False


def _choose(m: Mention, cs: list[tuple[Entry, float]], entry: Entry) -> None:
    """Choose ``entry`` for the mention: by :func:`_take` where it is one of the scored readings
    ``cs``, else as a reading the scoring dropped (a village of the name), at no score."""
    if not _take(m, cs, entry.gid):
        _promote(m, (entry, 0.0))


def _as_placed(mentions: list[Mention], final, text: str) -> None:
    """A town the text places itself ("Desaguadero, Bolivia", "Macon in Georgia") is that
    town at the name's every other mention, which no container of its own places elsewhere:
    "the crossing between Desaguadero and Yungayo, Peru" is Bolivia's border town still, not
    Peru's namesake its neighbours' context pulls it to. Only where every placed mention of the
    name says the same town, and not over a reading named for itself (a capital, a city of a
    million: "Paris, Texas" does not make a later "flew to Paris" the Texan town), nor over a
    name a comma and another name follow, which may say where it lies in a way the container
    rule set aside ("Desaguadero, Bolivia, and Desaguadero, Peru")."""
    placed: dict[str, set[str]] = defaultdict(set)
    pops: dict[str, int] = {}
    for m in mentions:
        e = m.chosen
        if e is None or m.demonym or e.rank not in (3, 4):
            continue
        if any(_inside(e, c) for c in m.container):
            placed[norm(m.name)].add(e.gid)
            pops[e.gid] = e.population
    if not placed:
        return
    for i, (m, cs) in enumerate(zip(mentions, final, strict=True)):
        gids = placed.get(norm(m.name))
        e = _movable(m)
        if (
            gids is None
            or (i + 1 < len(mentions) and _COMMA.match(text[m.end : mentions[i + 1].start]))
            or len(gids) != 1
            or e is None
        ):
            continue
        (gid,) = gids
        if e.gid != gid and not _outgrows(e, pops[gid]):
            _take(m, cs, gid)


def _in_its_state(mentions: list[Mention], final, text: str) -> None:
    """ "Fans from Manchester, New Hampshire, flew to England to watch Manchester United at Old
    Trafford in Manchester": a town named with its state after a comma is the town of that
    state, however strongly the text's other names (the same name's other mention abroad)
    pull it elsewhere; read as a town outside the state where the state holds a town of the
    name, it takes that town. Not where the comma does not end the town's clause (a list goes
    on, the state is described: :func:`_outside_state`'s tests). The other way round, the
    state's name read as a town or a capital ("From Vancouver, Washington, drivers crossed to
    Portland, Oregon": not Washington, D.C.) is the state that holds the town chosen."""
    for i, (m, cs) in enumerate(zip(mentions, final, strict=True)):
        e = m.chosen
        if (
            e is None
            or m.demonym
            or e.rank not in (3, 4)
            or m.container_end < 0
            or not m.container
            or i + 1 >= len(mentions)
            or (n := mentions[i + 1]).chosen is None
            or not _STATE_ENDS.match(text, m.container_end)
            or _LIST_GOES_ON.match(text, m.container_end)
        ):
            continue
        if n.chosen.rank in (3, 4) and not n.demonym:
            holds = [o for o, _ in final[i + 1] if o.rank == 2 and _inside(e, o)]
            if holds:
                _take(n, final[i + 1], holds[0].gid)
            continue
        if (
            n.chosen.rank != 2
            or any(c.rank != 2 for c in m.container)
            or any(_inside(e, c) for c in m.container)
        ):
            continue
        inside = [
            (o, sc) for o, sc in cs if o.rank in (3, 4) and any(_inside(o, c) for c in m.container)
        ]
        if inside:
            _take(m, cs, max(inside, key=itemgetter(1))[0].gid)


# the words after a name that make it a second-level unit's ("DeSoto Parish", "Cook County")
_UNIT_TAILS = frozenset({"county", "parish", "borough"})


def _unit_named_alone(mentions: list[Mention]) -> None:
    """A name the text also writes as a second-level unit's ("DeSoto Parish"), read alone as a
    town of another first-level region, where none of its readings lies in the unit's region
    and another name of the text is read there, is the unit: "DeSoto Parish deputies said the
    man was held at the DeSoto Detention Center near Mansfield" names Louisiana's parish, not
    DeSoto, Texas. Kept: a town of the name in the unit's region ("Orange County deputies
    arrested a man in Orange", "Lamar County officials met in Paris"), and a capital, which a
    name alone means first ("Washington County Sheriff Pat Garrett, of Hillsboro, Oregon, said
    he would testify in Washington" is the nation's capital, not Oregon's county)."""
    units: dict[str, Mention] = {}
    for u in mentions:
        words = norm(u.name).rsplit(" ", 1)
        if len(words) == 2 and words[1] in _UNIT_TAILS and u.chosen and u.chosen.rank == 3:
            units.setdefault(words[0], u)
    if not units:
        return
    for m in mentions:
        e = m.chosen
        n = units.get(norm(m.name))
        if n is None or e is None or n.chosen is None or e.rank != 4 or m.container or e.capital:
            continue
        unit = n.chosen
        region = (unit.country, unit.admin1)
        if (e.country, e.admin1) == region or any(
            (o.country, o.admin1) == region for o, _ in m.alternatives
        ):
            continue
        if any(
            o is not n
            and o is not m
            and o.chosen is not None
            and norm(o.name) != norm(m.name)
            and (o.chosen.country, o.chosen.admin1) == region
            and o.chosen.rank == 4
            for o in mentions
        ):
            m.alternatives = [(e, m.score), *m.alternatives][:4]
            m.chosen, m.score, m.confidence = unit, n.score, n.confidence


def _outgrows(e: Entry, population: int) -> bool:
    """The reading ``e`` is a city of STRAY_POP or more, PLACED_RATIO times a town of
    ``population`` people or more: the name's own sense, which the town's namesake placed
    elsewhere in the text does not take over, as a famous city's is not ("Florence, Alabama,
    hosted the festival. The band then played in Florence near the Uffizi": Italy's Florence,
    nine times the Alabama town, keeps its reading). A near match is not such a sense (Kansas
    City, Missouri, three times Kansas City, Kansas)."""
    return e.population >= max(STRAY_POP, PLACED_RATIO * population)


def _as_chosen_beside(mentions: list[Mention], final, text: str) -> None:
    """A town chosen in a country where no other name of the text is read, which has a reading
    nearly as likely (within FOCUS_MARGIN) in the country another name is read in, takes that
    one: the country it was read in had only the other names' *unchosen* readings for it.
    "Trinidad's police said the shooting in San Fernando left two dead": Trinidad is the island
    (TT), and the Philippine villages named Trinidad, which made the Philippines' San Fernando
    likelier, are not what the text means; San Fernando of Trinidad is. Not a famous city, nor
    a town its own container places, nor toward a country named only across a border ("the
    border with the Netherlands": :func:`_towns_across_the_named_border`), save a city of
    STRAY_POP people read there, which the text names for itself ("Officials in Juarez said
    migrants crossed the border with the United States near El Paso": El Paso, Texas)."""
    chosen_in: dict[str, set[str]] = defaultdict(set)  # country -> names read there
    across: set[str | None] = set()
    for m in mentions:
        if m.chosen is not None and m.chosen.country and not _across(m, text):
            chosen_in[m.chosen.country].add(norm(m.name))
        elif m.chosen is not None:
            across.add(m.chosen.country)
    for m, cs in zip(mentions, final, strict=True):
        e = _movable(m)
        if e is None or chosen_in.get(e.country or "", set()) - {norm(m.name)}:
            continue
        if e.country in across and e.population >= STRAY_POP:
            continue  # "crossed the border with the United States near El Paso": a city itself
        key = norm(m.name)
        best = max(
            (
                (o, s)
                for o, s in cs
                if o.rank in (3, 4)
                and o.country != e.country
                and chosen_in.get(o.country or "", set()) - {key}
                and s >= m.score - FOCUS_MARGIN
            ),
            key=itemgetter(1),
            default=None,
        )
        if best is not None:
            _take(m, cs, best[0].gid)


def _movable(m: Mention) -> Entry | None:
    """The mention's chosen town, where a rule reading the text's other names may move it: not
    a people's adjective, a town its own container places, or a famous city; None otherwise."""
    e = m.chosen
    if e is None or m.demonym or m.container or e.rank not in (3, 4) or _famous(e):
        return None
    return e


def _venue_abroad(mentions: list[Mention], final, text: str) -> None:
    """A city where countries meet, talk or sign ("The US brokered talks between Russia and
    Ukraine in Geneva") is not the small namesake of a country the text names only as a party:
    where every other name read in the town's country is that country's own name or people's,
    the text reads another country so, and the name has a reading PLACED_RATIO times bigger
    (STRAY_POP or more) in a country no name of the text is read in, the town named as a
    meeting's venue, that reading is taken (Geneva, Switzerland, not Geneva, Illinois).
    Not where the text names a place inside the town's country ("Kane County", "Chicago"), a
    town its container places, or a famous city."""
    read_in: dict[str, set[int]] = defaultdict(set)  # country -> ranks of other names read there
    for m in mentions:
        if m.chosen is not None and m.chosen.country:
            read_in[m.chosen.country].add(-1 if m.demonym else m.chosen.rank)
    parties = {c for c, ranks in read_in.items() if ranks <= {-1, 0}}
    for m, cs in zip(mentions, final, strict=True):
        e = _movable(m)
        if (
            e is None
            or not e.country
            or not parties - {e.country}
            or not _meeting_venue(text, m.start)
        ):
            continue
        others = {
            (o.rank if not o2.demonym else -1)
            for o2 in mentions
            if o2 is not m and (o := o2.chosen) is not None and o.country == e.country
        }
        if not others or not others <= {-1, 0}:
            continue
        best = max(
            (
                (o, sc)
                for o, sc in cs
                if o.rank in (3, 4)
                and o.country not in read_in
                and o.population >= max(STRAY_POP, PLACED_RATIO * e.population)
            ),
            key=itemgetter(1),
            default=None,
        )
        if best is not None:
            _take(m, cs, best[0].gid)


# a government's officers after its country's name or people's word ("the British prime
# minister", "Italian ministers", "Russian government officials", "Britain's foreign secretary")
_GOVERNMENT_AFTER = re.compile(
    r"(?:['\u2019]s)?\s+(?:(?:prime|foreign|deputy|defen[cs]e|finance|trade|interior)\s+)?"
    r"(?:ministers?|ministry|president|chancellor|secretary|government|parliament|cabinet"
    r"|king|queen)\b",
    re.IGNORECASE,
)
# ... met at the name: "London, where he met the British prime minister", "flew to London to
# meet British ministers" (the text from the name to the officers' country)
_MET_AFTER = re.compile(
    r"(?:,\s*where\s+[^.;,]{0,30}?|\s+to\s+)(?:met|meet|meets|meeting|talks\s+with)\s+"
    r"(?:with\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# ... or "met the French president in Paris" (the text before the officers' country, and from
# the officers to the name)
_MET_BEFORE = re.compile(
    r"\b(?:met|meet|meets|meeting|talks\s+with)\s+(?:with\s+)?(?:the\s+)?$", re.IGNORECASE
)
_IN_AFTER = re.compile(r"[^.;,]{0,40}?\s(?:in|at)\s+$")


def _seat_of_the_met(mentions: list[Mention], final, text: str) -> None:
    """A town read as the small namesake of a capital abroad, where the text says its people
    meet that capital's own government's officers there ("flew to London to meet British
    ministers", "London, where he met the British prime minister", "met Russian government
    officials in Moscow"), is the capital: a nation's ministers are met at their seat. Not a
    town its container places ("British ministers toured a plant in London, Ontario"), nor
    where the officers are not the ones met ("The Russian president's envoy met Idaho farmers
    in Moscow"; "near London before the British prime minister's motorcade reached Columbus")."""
    governments = [
        (g, g.chosen.country)
        for g in mentions
        if g.chosen is not None and g.chosen.rank == 0 and _GOVERNMENT_AFTER.match(text, g.end)
    ]
    if not governments:
        return
    for m, cs in zip(mentions, final, strict=True):
        e = _movable(m)
        if e is None:
            continue
        seats = {
            o.country: o for o, _ in cs if o.rank == 4 and o.capital and o.country != e.country
        }
        for g, country in governments:
            seat = seats.get(country)
            if seat is None:
                continue
            if g.start > m.end:
                met = _MET_AFTER.fullmatch(text, m.end, g.start) is not None
            else:
                met = (
                    _MET_BEFORE.search(text, max(0, g.start - 30), g.start) is not None
                    and _IN_AFTER.fullmatch(text, g.end, m.start) is not None
                )
            if met:
                _take(m, cs, seat.gid)
                break


# the words of a meeting held somewhere: talks, a summit, a treaty signed
_MEETING = re.compile(
    r"\b(?:talks|met|meet|meets|meeting|summit|conference|negotiat\w*|signed|accords?|treaty"
    r"|truce|ceasefire|brokered|mediated|peace)\b",
    re.IGNORECASE,
)


def _meeting_venue(text: str, start: int) -> bool:
    """The name at ``start`` follows "in" or "at" after a meeting's word of its clause ("talks
    between Russia and Ukraine in Geneva", "met at Potsdam"), not any place of a sentence that
    speaks of a deal ("the deal was announced in Hamilton")."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind(";", 0, start))
    clause = text[max(left + 1, start - 80) : start]
    return bool(_VENUE_AFTER.search(clause)) and bool(_MEETING.search(clause))


_VENUE_AFTER = re.compile(r"\b(?:in|at)\s+$")


def _share_container(mentions: list[Mention], i: int, text: str) -> None:
    """ "Oxford and Cambridge in England": the place a list's last town is said to lie in holds
    the towns listed before it too (joined by "and" or commas, none a country, none placed by
    a container of its own, each a name of a town there), as "Paris and Lyon in France"; not
    "flights from Boston and Toledo in Spain" (no Boston in Spain)."""
    k = i
    while k > 0:
        p = mentions[k - 1]
        if (
            p.demonym
            or p.container
            or not p.entries
            or any(e.rank == 0 for e in p.entries)
            or not _LIST.match(text[p.end : mentions[k].start])
            or not any(_inside(e, c) for e in p.entries for c in mentions[i].container)
        ):
            return
        p.container = mentions[i].container
        k -= 1


def _siblings(mentions: list[Mention], text: str) -> list[list[int]]:
    """For each mention, the names it is listed with: "Montana and Wyoming", "Crockett,
    Palestine and Houston" (each name of a list ending in "and" or "or"; not "Springfield,
    Illinois", a town and its state, nor a country's adjective)."""
    out: list[list[int]] = [[] for _ in mentions]
    i = 0
    while i < len(mentions) - 1:
        # the names joined by commas up to an "and" or "or"
        j = i
        while j + 1 < len(mentions) and _LIST.match(text[mentions[j].end : mentions[j + 1].start]):
            j += 1
            if _AND.match(text[mentions[j - 1].end : mentions[j].start]):
                break
        if j > i and _AND.match(text[mentions[j - 1].end : mentions[j].start]):
            group = [k for k in range(i, j + 1) if not mentions[k].demonym]
            for k in group:
                out[k] = [
                    o for o in group if o != k and norm(mentions[o].name) != norm(mentions[k].name)
                ]
        i = max(j, i + 1)
    return out


def _kin(e: Entry, listed: list[Mention]) -> float:
    """How likely the names listed with the mention are places of the reading's kind: a
    country among countries ("Georgia and Armenia"), a state among its country's states
    ("Montana and Wyoming" is no Ohio town). The highest over the listed names. Not towns: a
    list of towns may span countries, and a name of many towns ("Washington") would make any
    town of its country likelier ("Oregon and Washington laws")."""
    if e.rank not in (0, 2):
        return 0.0
    return max(
        sum(p for o, p in n.probs if o.rank == e.rank and (e.rank == 0 or o.country == e.country))
        for n in listed
    )


def _leave_unplaced(m: Mention, ranked: list[tuple[Entry, float]]) -> None:
    """No reading for the mention: its readings kept as alternatives."""
    m.chosen, m.score, m.confidence = None, 0.0, 0.0
    m.alternatives = ranked[:5]


def _focus(mentions: list[Mention], cands, text: str) -> tuple[dict[str, float], float]:
    """The countries a text is about, from its unambiguous mentions: country names, demonyms
    and names whose every candidate lies in one country (not only as a small place's alternate
    name), one vote per distinct name, two for a dateline ("BEIRUT (AP) -") and two for a
    country's forces ("Mozambican troops", "Kenya's police": they act at home far more often
    than abroad, where the text then names where). Returns the votes per country and their
    total."""
    votes: dict[str, float] = defaultdict(float)
    done: set[str] = set()
    forces = {
        norm(m.name)
        for m, cs in zip(mentions, cands, strict=True)
        if cs and _nation(m, cs) and _FORCES_AFTER.match(text, m.end)
    }
    armies = {
        norm(m.name)
        for m, cs in zip(mentions, cands, strict=True)
        if cs
        and _nation(m, cs)
        and (f := _FORCES_AFTER.match(text, m.end))
        and "police" not in f.group().lower()
    }
    for m, cs in zip(mentions, cands, strict=True):
        key = norm(m.name)
        if not cs or key in done:
            continue
        countries = {e.country for e, _ in cs}
        top = cs[0][0]
        if all(not e.primary and e.population < STRAY_POP for e, _ in cs):
            continue  # a variant spelling of small places only ("Prisi" for Paris, Texas)
        if _descriptive(key) and all(e.rank in (3, 4) for e, _ in cs):
            continue  # "the Central Coast": every country has one; it says not which
        # a name before a country's army is the country ("Mali's army": a town of Guinea
        # named Mali has none), however many towns share the name; not before its police,
        # which a town has too ("Lebanon's police chief" of Lebanon, New Hampshire)
        if len(countries) != 1 and not (
            m.demonym or (top.rank == 0 and (m.probs[0][1] >= 0.9 or key in armies))
        ):
            continue
        country = top.country if len(countries) != 1 else next(iter(countries))
        if not country:
            continue
        done.add(key)
        votes[country] += 2.0 if _dateline(m, text) or key in forces else 1.0
    return dict(votes), sum(votes.values())


# the land words of a name that only describes where a part of a country lies
_PART_WORDS = frozenset(
    {"coast", "shore", "shores", "highlands", "lowlands", "plains", "valley", "interior", "end"}
)


# the words of a first-level unit named by a compass word alone ("the Western Province",
# "the Northern Region"): many countries name a unit so
_UNIT_WORDS = frozenset({"province", "region", "state", "district", "division", "department"})


def _described_abroad(m: Mention, named: set[str]) -> bool:
    """A name that only describes a part of a country ("parts of the Central Coast" in a story
    of British Columbia's snow), read as the town so named of a country that neither the text
    nor any other of its names' readings is in: the text means a part of its own country, which
    the gazetteer lacks under that name. So too a unit named by a compass word alone ("floods
    in the Western Province" in a story that names Kenya, whose provinces the gazetteer no
    longer holds, read as Rwanda's): Zambia, Rwanda, Sri Lanka, Papua New Guinea and Kenya
    each had one, and the name says nothing of which; the text names the country it means.
    Only where the text names some country or place (``named``): alone, the name is read as
    before."""
    e = m.chosen
    if e is None or not e.country or e.country in named:
        return False
    if m.container and any(_inside(e, c) for c in m.container):
        return False
    if e.rank == 2:
        return bool(named) and _compass_unit(norm(m.name))
    return e.rank in (3, 4) and _descriptive(norm(m.name))


def _compass_unit(key: str) -> bool:
    """A folded name made of a compass word and a unit's word ("western province", "north
    west region"), or of a compass word alone ("western", Zambia's province)."""
    if is_compass(key):
        return True
    split = compass_split(key)
    return split is not None and split[1] in _UNIT_WORDS


def _descriptive(key: str) -> bool:
    """A folded name made of a compass word and a land word ("central coast", "north shore",
    "west end"): a part of whatever country the text is about, which many countries name so;
    the gazetteer's town of that name (the Central Coast of New South Wales) is one of them."""
    split = compass_split(key)
    return split is not None and split[1] in _PART_WORDS


def _nation(m: Mention, cs) -> bool:
    """The mention names a whole country: its name or its adjective."""
    return m.demonym or (bool(cs) and cs[0][0].rank == 0)


def _placed(ctx_c, tops: dict[str, str | None], nations: set[str]) -> dict[str, float]:
    """The evidence for each country from the text's places whose likeliest reading lies in
    it, without its name: "U.S. officials" or "American diplomats" say who speaks, not that
    "Berlin", "Cairo" or "Lima" is a town of theirs (Berlin, New Jersey; Cairo, Georgia; Lima,
    Ohio), where a state, a county or another town of the country named in the text does. Nor
    does a name whose many small namesakes in the country only add up there ("Athens" beside
    "Damascus")."""
    out: dict[str, float] = defaultdict(float)
    for k, c in tops.items():
        if c and k not in nations:
            out[c] += ctx_c[k].get(c, 0.0)
    return out


def _places_share(placed, ctx_c, tops, nations: set[str], key: str, country: str) -> float:
    """:func:`_placed` for ``country`` without the name's own evidence."""
    own = ctx_c[key].get(country, 0.0) if tops.get(key) == country and key not in nations else 0
    return placed.get(country, 0.0) - own


def _money_country(text: str) -> tuple[str, ...]:
    """The countries whose currency the text counts in, when it counts in only one: "$765,000"
    is written in the United States or Canada, whose papers write their dollars bare,
    "£25,000" in Britain. None for any other dollar ("A$", "HK$"), the euro, or a mix."""
    found: set[tuple[str, ...]] = set()
    if not any(n in text for n in _MONEY_NEEDLES):
        return ()
    for m in _MONEY.finditer(text):
        sym = m.group(0)
        if "£" in sym:
            found.add(("GB",))  # not "pounds", which also weigh
        elif "euros" in sym or "€" in sym:
            found.add(())
        elif m.group(1) in (None, "US"):
            found.add(("US", "CA") if m.group(1) is None else ("US",))
        else:
            found.add(("CA",) if m.group(1) in ("C", "CA", "CAD") else ())
        if len(found) > 1:
            return ()
    return next(iter(found)) if found else ()


def _paper_country(
    text: str, about: set[str] | None = None, wire: bool = False, seen: dict | None = None
) -> tuple[str, ...]:
    """The countries a local paper is written in by the words it uses for its own institutions
    ("Cllr", "gardaí", "the HSE") and by its style ("neighbourhood", "4am"; and with ``wire``
    the style wire services share with local papers, "9 a.m."; not where a focused text is
    ``about`` other countries), where they agree: "Limerick" beside "the HSE" is Ireland's, not
    Pennsylvania's; "a.m." beside "neighbourhood" is Canada's. None where they disagree.
    ``seen`` keeps what each pattern found in the text, for the next call on it."""
    if seen is None:
        seen = {}
    found: set[str] | None = None
    words = _PAPER_WORDS + tuple(
        (pattern, countries)
        for pattern, countries in _STYLE_WORDS + (_WIRE_STYLE if wire else ())
        if not about or about <= set(countries)
    )
    for pattern, countries in words:
        hit = seen.get(pattern)
        if hit is None:
            hit = seen[pattern] = pattern.search(text) is not None
        if hit:
            found = set(countries) if found is None else found & set(countries)
    return tuple(sorted(found or ()))


def _home(cs, rivals: set[str], paper, money, cc, focus) -> tuple[str, ...]:
    """The countries a local text is written in, by its institutions, style or telephone
    numbers narrowed by its currency (a "$" alone is no evidence: an American paper writes of
    London, England in dollars), where a city of the name lies in them, none of the famous
    readings does, and no other name of the text is read in a famous reading's country."""
    if not paper:
        return ()
    home = set(paper) & set(money) if money else set(paper)
    cities = {
        e.country for e, _ in cs if e.country in home and e.rank == 4 and e.population >= STRAY_POP
    }
    if (
        not cities
        or rivals & home
        or any(c in focus for c in rivals)
        # the text's other names in the paper's countries lie in a city of the name's: a
        # Dallas family's London is no Canadian city, whatever the telephone number
        or any(v > 0.0 for c, v in cc.items() if c in home and c not in cities)
    ):
        return ()
    return tuple(sorted(home))


def _together(mentions: list[Mention], cands, km, focus) -> tuple[dict[str, Entry], set[str]]:
    """The town or county each name is where the text says nothing else: for two names, the
    one town or county reading of each that lies within TOGETHER_KM of the one such reading
    of the other ("New London" and "Winfield" are together only in Iowa), as a local paper
    names the places around it without their state. Not a name that may be a country, nor a
    town of a country where the name is a state ("Indiana" and "Oklahoma" are also two towns
    of Pennsylvania), nor a name with a famous reading ("Los Angeles" and "San Fernando" are
    together in Mexico too) unless the text is about the town's country and gives nothing for
    the famous place's ("Paris" and "Henry County" in a story of Tennessee, with no French
    name; the caller checks the country, and gets these names as the second value), nor a name
    with two such readings (a Springfield beside two Franklins)."""
    by_region: dict[tuple[str, str], list[tuple[str, Entry]]] = defaultdict(list)
    done: set[str] = set()
    famed: set[str] = set()
    for m, cs in zip(mentions, cands, strict=True):
        key = norm(m.name)
        if m.demonym or key in done or not cs:
            continue
        done.add(key)
        if any(e.rank in (0, 1, 5) for e in m.entries):
            continue
        if any(_famous(e) for e in m.entries):
            if any(_famous(e) and focus.get(e.country) for e in m.entries):
                continue
            famed.add(key)
        # a state's name is the state in its own country ("Indiana", "Washington")
        regions = {e.country for e in m.entries if e.rank == 2}
        for e, _ in cs:
            if e.rank not in (3, 4) or e.country in regions:
                continue
            # "London, Kentucky" is only the Kentucky town (not London, Ohio, beside an Ohio
            # South Charleston)
            if m.container and not any(_inside(e, c) for c in m.container):
                continue
            if e.primary and e.admin1:
                by_region[(e.country, e.admin1)].append((key, e))
    # name -> its readings beside another name's, each with the names it is beside
    pairs: dict[str, dict[str, tuple[Entry, set[str]]]] = defaultdict(dict)
    for readings in by_region.values():
        if len({k for k, _ in readings}) < 2:
            continue
        readings.sort(key=lambda x: x[1].lat)
        for i, (k, e) in enumerate(readings):
            for k2, e2 in readings[i + 1 :]:
                if (e2.lat - e.lat) * 111.0 > TOGETHER_KM:
                    break  # a degree of latitude is 111 km: the rest are farther
                if k2 != k and _km_cached(km, e, e2) <= TOGETHER_KM:
                    pairs[k].setdefault(e.gid, (e, set()))[1].add(k2)
                    pairs[k2].setdefault(e2.gid, (e2, set()))[1].add(k)
    one = {k: next(iter(found.values())) for k, found in pairs.items() if len(found) == 1}
    # both ways: a partner's one reading is the one beside this name's
    return {k: e for k, (e, partners) in one.items() if any(p in one for p in partners)}, famed


def _dateline(m: Mention, text: str) -> bool:
    """The place a story was filed from, in capitals before its first words."""
    return m.start < 40 and m.name.isupper() and "\n" not in text[: m.start]


def _region_focus(mentions: list[Mention], cands, origins: frozenset[str] = frozenset()):
    """Which first-level region (state, province) the text is about, from where its names could
    lie: "Alexandria", "Douglas County" and "Nelson" can each be in many states, but only in
    Minnesota are they all three. Each distinct name is evidence for the regions it has a
    candidate in, the more so the fewer they are (weight log(SPREAD / regions)); the regions'
    evidence, summed, gives a softmax over regions. Returns a function of a name giving the
    probability of each region from the text's other names."""
    support: dict[str, dict[tuple[str, str], float]] = {}
    for m, cs in zip(mentions, cands, strict=True):
        key = norm(m.name)
        # capitals are named for their governments ("Ankara said"): no evidence of a region
        if m.demonym or key in support or key in origins or not cs or cs[0][0].capital:
            continue
        # only readings that could compete with the name's best: "Moscow" is evidence for the
        # Russian capital, not for the Moscows of Idaho and Ohio
        floor = cs[0][1] - FOCUS_MARGIN
        mass: dict[tuple[str, str], float] = defaultdict(float)
        for e, b in cs:
            if b >= floor and e.rank in (0, 2, 3, 4):
                mass[(e.country, e.admin1 if e.rank >= 2 else "")] += math.exp(b - cs[0][1])
        if not any(r[1] for r in mass):
            continue
        weight = math.log(SPREAD / len(mass))
        if weight > 0:
            # a region counts as much as the name's readings in it are likely ("Indiana" the
            # state, not the Pennsylvania town)
            top = max(mass.values())
            support[key] = {r: weight * v / top for r, v in mass.items()}
    total: dict[tuple[str, str], float] = defaultdict(float)
    for regions in support.values():
        for r, v in regions.items():
            total[r] += v
    cache: dict[str, dict[tuple[str, str], float]] = {}

    def focus_on(key: str) -> dict[tuple[str, str], float]:
        if key not in cache:
            own = support.get(key, {})
            scores = {
                r: FOCUS_SHARPNESS * (v - own.get(r, 0.0))
                for r, v in total.items()
                if v - own.get(r, 0.0) > 1e-9
            }
            # "elsewhere": with no evidence from other names, no region is likely
            top = max(max(scores.values(), default=0.0), 0.0)
            z = sum(math.exp(v - top) for v in scores.values()) + FOCUS_ELSEWHERE * math.exp(-top)
            cache[key] = {r: math.exp(v - top) / z for r, v in scores.items()}
        return cache[key]

    return focus_on


# how much bigger than a town a city of its name across the border must be to be what the name
# means in a text naming the town's country: a famous city needs NAMESAKE_RATIO, a city under a
# million more, since news of a country names its own towns that twin a bigger neighbour
# (Nogales, Arizona, 13 times smaller than Nogales, Sonora; Shahkot of India's Punjab, 17 times
# smaller than Pakistan's) but not a village of a city's name (Iran's Herat, 44 times smaller)
BORDER_CITY_RATIO = 30
# ... and the same where the text names places of the town's country but none of its region:
# "a bridge near Herat collapsed, and Iran sent aid through Mashhad" is Afghanistan's city, not
# Iran's village of Yazd province, 44 times smaller (a hundred, geoq36's first figure, left it;
# no reading of LGL or TR-News changes between the two)
BORDER_CITY_FAR_RATIO = BORDER_CITY_RATIO


def _across_border(e: Entry, cs, neighbours: dict, ratio: int = BORDER_CITY_RATIO) -> set[str]:
    """The countries bordering ``e``'s own with a city of the same name of STRAY_POP or more
    that holds ``ratio`` times ``e``'s people: the name's big reading, which a text naming the
    town's country does not overrule (:func:`_namesake_evidence`)."""
    if e.rank not in (3, 4) or not e.country:
        return set()
    near = neighbours.get(e.country, ())
    return {
        o.country
        for o, _ in cs
        if o.rank == 4
        and o.country in near
        and o.population >= max(STRAY_POP, ratio * e.population)
    }


def _regions_elsewhere(e: Entry, held_by_region: dict, states: set, key: str) -> bool:
    """The text names a first-level region of ``e``'s country (``states``: the regions its
    names are read as), and no name of the text but ``key`` is read in ``e``'s own region: a
    story of Virginia and Richmond tells of no town of Georgia by the country they share."""
    if not e.admin1 or (e.country, e.admin1) in states:
        return False
    if held_by_region.get((e.country, e.admin1), set()) - {key}:
        return False
    return any(c == e.country for c, _ in states)


def _namesake_evidence(
    e: Entry,
    rivals: set[str],
    cc,
    focus_of,
    near_to,
    km,
    m: Mention,
    dateline: bool,
    border: Iterable[str] = (),
    away: bool = False,
    nearest_km: float | None = None,
) -> float:
    """How much of its country's context a town may take when its name is also a famous place
    of another country ("England", "St. Petersburg", "Los Angeles"): the text's country says
    which of the two is meant only when (a) the famous place's own country is not named by the
    text's other names too (a story of flights between New York and Moscow names both), and
    (b) the town is not in a region of its country other than the one the text is about (a Los
    Angeles story's "England" is not England, Arkansas). Evidence of the town's own region (a
    dateline, "Name, State", a neighbouring place, the text's regional focus) restores it.
    ``away``: the famous place is a city abroad and every other name the text reads in the
    town's country lies in another first-level region of it (:func:`_regions_elsewhere`): the
    text's country is then no evidence for the town, only its own region's is ("Virginia
    Raggi, the mayor of Rome, met Virginia officials in Richmond" is not Rome, Georgia).
    ``nearest_km``: the distance from ``e`` to the nearest of ``near_to``, where the caller has
    measured it already."""
    if dateline or (m.container and any(_inside(e, c) for c in m.container)):
        return 1.0
    own = focus_of.get((e.country, e.admin1), 0.0) if e.admin1 else 0.0
    if near_to:
        if nearest_km is None:
            nearest_km = min(_km_cached(km, e, a) for a in near_to)
        own = max(own, math.exp(-nearest_km / 150.0))
    if away:
        return own
    if any(
        o.rank == 4
        and o.country in rivals
        and o.country in border
        and o.population >= max(STRAY_POP, NAMESAKE_RATIO * e.population)
        for o in m.entries
    ):
        # a city across the border ten times its size and of 100,000 or more ("Russian forces
        # shelled Donetsk": Ukraine's city of 900,000, not Rostov's town of 50,000) is what the
        # name means; the text's country alone does not make it the small town (news of a
        # country names its neighbour's cities), only the town's own region in sight does
        return own
    contested = 1.0 - min(1.0, max(cc.get(c, 0.0) for c in rivals))
    elsewhere = max(
        (p for r, p in focus_of.items() if r[0] == e.country and r[1] and r[1] != e.admin1),
        default=0.0,
    )
    return max(own, contested * (1.0 - max(0.0, elsewhere - own)))


def _stray(m: Mention, near_about: set[str], near_to: list[Entry], km) -> bool:
    """A small place the name is only an alternate name of ("North Ossetian" for a Washington,
    D.C. neighbourhood, in a story of Georgia's war that names the US once), outside the
    countries a focused text is mostly about and their neighbours, with nothing near it in the
    text and no "Name, Region": a variant of another place's name is no evidence for a town on
    another continent."""
    e = m.chosen
    if e is None or e.primary or e.rank not in (3, 4) or _famous(e) or e.population >= STRAY_POP:
        return False
    if not e.country or e.country in near_about:
        return False
    if m.container and any(_inside(e, c) for c in m.container):
        return False
    return not any(_km_cached(km, e, a) < STRAY_NEAR_KM for a in near_to)


def _unrelated(m: Mention, near_focus: set[str], near_to: list[Entry], km, ctx_c, key) -> bool:
    """A town (not a famous one) of a country that nothing else in a focused text is in or near:
    no name of the text has a reading there, none of its countries is a neighbour, no placed
    name lies within STRAY_NEAR_KM and no "Name, Region" says so. "Mozambican troops clashed
    with insurgents near Palma" in a story of Cabo Delgado is not Palma de Mallorca, only a
    Palma the gazetteer lacks: the name is left unplaced, its readings kept as alternatives."""
    e = m.chosen
    if e is None or e.rank not in (3, 4) or _famous(e) or not e.country:
        return False
    if e.country in near_focus or (m.container and any(_inside(e, c) for c in m.container)):
        return False
    if any(d.get(e.country, 0.0) > 0.1 for k, d in ctx_c.items() if k != key):
        return False
    return not any(_km_cached(km, e, a) < STRAY_NEAR_KM for a in near_to)


def _unnamed_country(
    m: Mention,
    named: set[str],
    by_name: set[str],
    top_country: dict[str, str | None],
    near_to,
    km,
    key: str,
) -> bool:
    """A small town (under STRAY_POP, not famous) of a country the text never names, in a text
    that names the country of each of its other places, where none lies within STRAY_NEAR_KM
    and no "Name, Region" places it: a story that names Kyrgyzstan and Uzbekistan, and Osh of
    Kyrgyzstan, and tells of "Barak", a Kyrgyz village the gazetteer lacks, is not about
    Bahārak in Afghanistan, though Afghanistan borders Uzbekistan. A text that names its
    countries names a small place's country with it; a neighbour of the story's countries is no
    exception, as it is for :func:`_unrelated`. Only a text that names a country by its name
    (``by_name``), not by an adjective of a people or a cuisine ("Irish" music in a story of
    Rock Hill, South Carolina, a "French" restaurant in one of Maury County, Tennessee: places
    of a country the story never names, which a first version left unplaced). Left unplaced,
    its readings kept as alternatives."""
    e = m.chosen
    if m.demonym or e is None or e.rank not in (3, 4) or not e.country:
        return False
    if _famous(e) or e.population >= STRAY_POP or e.country in named:
        return False
    if m.container and any(_inside(e, c) for c in m.container):
        return False
    others = [c for k, c in top_country.items() if k != key]
    if not any(c in by_name for c in others) or any(c and c not in named for c in others):
        return False
    return not any(_km_cached(km, e, a) < STRAY_NEAR_KM for a in near_to)


# how near a town lies to the border of a neighbouring country the text names, to be of the
# story that names that country ("Diffa", in Niger a few km from Nigeria)
BORDER_KM = 50.0


def _on_named_border(e: Entry | None, named: set[str], neighbours: dict) -> bool:
    """``e`` lies within BORDER_KM of the outline of a country the text names that borders its
    own: a town on the border of a country the story tells of is of that story, though its own
    country goes unnamed ("an attack in Diffa" in a story of Nigeria's Boko Haram). A point far
    from every named neighbour's border (Bahārak of Afghanistan, 260 km from Uzbekistan) is
    not."""
    if e is None or not e.country:
        return False
    return any(
        _km_to_country(e.lat, e.lon, c) < BORDER_KM
        for c in named
        if c and c in neighbours.get(e.country, ())
    )


def _km_to_country(lat: float, lon: float, code: str) -> float:
    """About how far (km) a point lies from a country's outline (Natural Earth, simplified);
    infinite where the outline is unknown. Degrees of longitude are shortened by the point's
    latitude: near enough for a test of tens of km."""
    geom = _outline(code)
    if geom is None:
        return math.inf
    from shapely.geometry import Point

    scale = max(math.cos(math.radians(lat)), 0.1)
    # shapely measures in degrees: a point's distance east-west is longer in degrees than in
    # km, so the outline's distance is taken in a frame whose x is shortened
    from shapely.affinity import scale as shrink

    return float(shrink(geom, xfact=scale, origin=(0, 0)).distance(Point(lon * scale, lat))) * 111.2


@cache
def _outline(code: str):
    from shapely.geometry import shape

    from explorer.outlines import country_shape

    raw = country_shape(code)
    if raw is None:
        return None
    try:
        return shape(raw)
    except (ValueError, TypeError, AttributeError, KeyError):
        return None


# the last word of a park's or a square's name: a town's ground, named after a person or a
# queen in many countries ("Victoria Park", "Independence Square")
GROUND_TAILS = frozenset({"park", "square"})


def _others(top_country: dict[str, str | None], key: str) -> set[str]:
    """The countries of the likeliest readings of the text's names other than ``key``."""
    return {c for k, c in top_country.items() if k != key and c}


def _ground_abroad(m: Mention, named: set[str]) -> bool:
    """A park's or a square's name ("Victoria Park") read as a small feature (not a town, not
    famous) of a country where neither the text's countries (by name or people) nor its other
    places lie, in a text that has some: the same name is another town's ground the gazetteer
    lacks, as many towns name their grounds alike. Left unplaced, its readings kept as
    alternatives."""
    e = m.chosen
    if m.demonym or e is None or not e.country or not named or e.country in named:
        return False
    words = m.name.split()
    if len(words) < 2 or words[-1].lower() not in GROUND_TAILS:
        return False
    return e.rank >= 4 and not _famous(e) and e.population < STRAY_POP


def _world_namesake_of(m: Mention, cs, e: Entry, km) -> tuple[Entry, float] | None:
    """The likeliest world city among the readings ``cs`` of ``m``'s own name, where the chosen
    town ``e`` is a small namesake of it (farther than TOGETHER_KM); None otherwise."""
    key = norm(m.name)
    world = max(
        ((w, sc) for w, sc in cs if _world_city(w) and w.primary and norm(w.name) == key),
        key=itemgetter(1),
        default=None,
    )
    if world is None or _km_cached(km, world[0], e) <= TOGETHER_KM:
        return None
    return world


def _world_city_by_its_neighbour(mentions: list[Mention], final, km) -> None:
    """A town chosen as the small namesake of a world city (:func:`_world_city`, its own
    name), where another name of the text is read as a town or a site within TOGETHER_KM of the
    world city, and no other name has a reading of its own name within TOGETHER_KM of the
    namesake, is the world city: the text names a place beside the city and none beside the
    namesake. "Ontario fans travelled to London to watch the game at Wembley" (Wembley lies in
    London, England; the namesake in Ontario has no neighbour named: the fans come from
    Ontario), "He moved from Arlington, Virginia, to Washington" (Arlington lies beside the
    capital, not beside the Virginia village of Washington). Not a town its own container
    places, nor where a name beside the namesake is told ("Ontario fans filled the arena in
    London, near St. Thomas"), nor where the other name only could lie by the world city
    ("Kentucky State Police said a man from Richmond was arrested in London": Richmond is read
    in Kentucky, though London, England has a Richmond too)."""
    for i, (m, cs) in enumerate(zip(mentions, final, strict=True)):
        e = _movable(m)
        if e is None:
            continue
        key = norm(m.name)
        world = _world_namesake_of(m, cs, e, km)
        if world is None:
            continue
        beside_world = beside_namesake = False
        for j, (n, ns) in enumerate(zip(mentions, final, strict=True)):
            if j == i or n.demonym or norm(n.name) == key:
                continue
            own = [o for o, _ in ns if o.primary and o.rank in (4, 5)]
            if any(_km_cached(km, o, e) <= TOGETHER_KM for o in own):
                beside_namesake = True
            elif (
                n.chosen is not None
                and n.chosen.rank in (4, 5)
                and _km_cached(km, n.chosen, world[0]) <= TOGETHER_KM
            ):
                beside_world = True  # the other name read there: not any reading of it
        if beside_world and not beside_namesake:
            _take(m, cs, world[0].gid)


# "from Chicago to Sydney", "the train from Paris to Versailles": a journey's two ends
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"\s+to\s+")


def _journey_ends(mentions: list[Mention], final, text: str, km) -> None:
    """A town chosen as the small namesake of a world city (:func:`_world_city`, its own name)
    at one end of a journey ("from A to B") is the world city, where the text says nothing of
    the namesake's region (no container, no name read as the region, no other name read beside
    the namesake) and either (1) the journey's other end is read as a world city or a site (an
    airport) of another country than the namesake's: "Flights from Chicago to Sydney" (Sydney,
    Nova Scotia was read through Chicago's North America), "from Kennedy Airport to Sydney"; or
    (2) the other end is read beside the namesake, in its region, and has a reading of its own
    name beside the world city, which it takes: "Tourists from Texas took the train from Paris
    to Versailles" (both read in Kentucky before). Kept: "from Halifax to Sydney" (the other
    end in the namesake's country), "from Paris, Kentucky to Lexington" (its container),
    "from Toronto to London" (the same country)."""
    for a, b in pairwise(mentions):
        if a.demonym or b.demonym or not _TO_BETWEEN.fullmatch(text, a.end, b.start):
            continue
        if not _FROM_BEFORE.search(text, max(0, a.start - 6), a.start):
            continue
        for m, o in ((a, b), (b, a)):
            _journey_end(m, o, mentions, final, km)


def _journey_end(m: Mention, o: Mention, mentions: list[Mention], final, km) -> None:
    e = _movable(m)
    if e is None or o.chosen is None:
        return
    cs = final[mentions.index(m)]
    world = _world_namesake_of(m, cs, e, km)
    if world is None:
        return
    for n, ns in zip(mentions, final, strict=True):
        c = n.chosen
        if c is not None and c.rank == 2 and c.country == e.country and c.admin1 == e.admin1:
            return  # the namesake's region is named
        if n is m or n is o or n.demonym:
            continue
        if any(
            x.primary and x.rank in (4, 5) and _km_cached(km, x, e) <= TOGETHER_KM for x, _ in ns
        ):
            return  # another name read beside the namesake
    oc = o.chosen
    if oc.country != e.country and (oc.rank == 5 or oc.kind == "site" or _world_city(oc)):
        _take(m, cs, world[0].gid)
        return
    if oc.country != e.country or oc.admin1 != e.admin1 or o.container:
        return
    okey, os_ = norm(o.name), final[mentions.index(o)]
    near = [
        (x, sc)
        for x, sc in os_
        if x.primary
        and x.rank in (4, 5)
        and norm(x.name) == okey
        and _km_cached(km, x, world[0]) <= TOGETHER_KM
    ]
    if near:
        _take(m, cs, world[0].gid)
        _take(o, os_, max(near, key=itemgetter(1))[0].gid)


def _left_their_region(mentions: list[Mention], final, text: str, km) -> None:
    """A town chosen as the small namesake of a world city (:func:`_world_city`, its own name),
    where every other name of the text read in the namesake's country is a first-level region
    named only as where people come from (:func:`_came_from`: "Students from Texas", "Ontario
    fans") and one of them is the namesake's region, is the world city: the people left their
    region and the text tells nothing else of it, where the namesake is a town of under
    STRAY_POP people: "Students from Texas visited Paris for a week" (Paris, Texas before).
    Kept: "Ontario fans travelled to London to watch the game" (London, Ontario, a city of
    383,000, may be where they went: today's reading where the text tells nothing more),
    "Texas police said a man was arrested in Paris" (the state named as the story's), "Farmers
    from Kentucky drove to Paris, the Bourbon County seat" (a county of the state), "A man
    from Texas was arrested in Paris, Texas" (its container), "Students from Michigan drove to
    Athens ... the Georgia Bulldogs" (Athens is not in Michigan), and a journey over land from
    the region to the town ("Fans from Texas drove two hours to Paris": no road reaches the
    world city across an ocean)."""
    for m, cs in zip(mentions, final, strict=True):
        e = _movable(m)
        if e is None or e.population >= STRAY_POP or _world_namesake_of(m, cs, e, km) is None:
            continue  # a namesake that is a city itself may be where they went
        key, theirs = norm(m.name), False
        for n in mentions:
            c = n.chosen
            if n is m or c is None or n.demonym or c.country != e.country:
                continue
            if norm(n.name) == key:
                continue  # the name's other mentions
            if c.rank != 2 or not _came_from(n, text):
                break  # the country named otherwise: a town, a county, a region as the story's
            if c.admin1 == e.admin1 and _by_road(text, n, m):
                break  # "Students from Idaho drove back to Moscow": the namesake by road
            theirs = theirs or c.admin1 == e.admin1
        else:
            if theirs:
                _take(m, cs, _world_namesake_of(m, cs, e, km)[0].gid)  # type: ignore[index]


# a journey over land, from a region named as where people come from to a town: "drove two
# hours to Paris", "took buses to", "walked to"; the words before the town, in its sentence
_OVERLAND = re.compile(
    r"\b(?:dr(?:ive|ives|ove|iven|iving)|bus(?:es|ed|sed)?|cycl(?:ed|ing)|bik(?:ed|ing)"
    r"|walk(?:ed|ing)|hik(?:ed|ing)|march(?:ed|ing)|hitchhik(?:ed|ing)|rode|carpooled"
    r"|by\s+(?:car|road|truck|coach))\b(?![^.!?]*[.!?]\s)",
    re.IGNORECASE,
)
_TO_IT = re.compile(r"\b(?:in)?to\s+$", re.IGNORECASE)


def _by_road(text: str, n: Mention, m: Mention) -> bool:
    """The text goes from the region ``n`` over land to the town ``m``, in one sentence: "Fans
    from Texas drove two hours to Paris", "took buses to Dublin"."""
    return (
        n.end <= m.start
        and bool(_TO_IT.search(text, max(n.end, m.start - 6), m.start))
        and bool(_OVERLAND.search(text, n.end, m.start))
    )


# "near the border with India", "along its border with Iran": the country on the other side
_BORDER_WITH = re.compile(r"\bborders? with (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)")


def _across_the_named_border(mentions: list[Mention], final, text: str, gaz: Gazetteer) -> None:
    """A first-level region whose name two countries hold, read in a country the text names
    only as what lies across a border ("the border with India"), is the region of the other
    country, where that country neighbours it: "Punjab Rangers said Indian drones dropped
    weapons near the border with India" is Pakistan's Punjab, not India's. Kept: a text that
    names the country otherwise ("Punjab police in Amritsar said ... the border with
    Pakistan": India's; "in India", "India's Punjab")."""
    if "border" not in text:
        return
    across = {norm(g) for g in _BORDER_WITH.findall(text)}
    if not across:
        return
    for m, cs in zip(mentions, final, strict=True):
        e = m.chosen
        if e is None or e.rank != 2 or m.container or not e.country:
            continue
        country = gaz.countries.get(e.country)
        if country is None or norm(country.name) not in across:
            continue
        # the country named otherwise: a place of the text read in it, not the region's name
        if any(
            n.chosen is not None
            and n.chosen.country == e.country
            and not n.demonym
            and norm(n.name) not in (norm(m.name), norm(country.name))
            for n in mentions
        ):
            continue
        key = norm(m.name)
        other = [
            o
            for o, _ in cs
            if o.rank == 2
            and o.country
            and o.country != e.country
            and norm(o.name) == key
            and o.country in gaz.neighbours.get(e.country, ())
        ]
        if len(other) == 1:
            _take(m, cs, other[0].gid)


def _towns_across_the_named_border(
    mentions: list[Mention], final, text: str, gaz: Gazetteer
) -> None:
    """The towns read in a country the text names only as what lies across a border ("the
    border with the Netherlands"; no people's word, no other mention of it), each of which has
    a reading of its own name in one neighbour of that country, are that neighbour's: the text
    is told from the other side. "Limburg police in Hasselt said smugglers used the border with
    the Netherlands" is Belgium's Hasselt, not the Dutch village; a region of the text read
    there with no reading in the neighbour (the Dutch province of Limburg) is left unplaced.
    Kept: "Dutch police in Hasselt ..." (the people's word names the country), "Police in
    Maastricht said ... the border with Belgium" (Maastricht has no Belgian reading), and a
    city of STRAY_POP people or more read there, which a text names for itself from either
    side ("Migrants in Tijuana, on the border with the United States, hoped to reach San
    Diego": not Mexico's village of the name)."""
    if "border" not in text:
        return
    across = {m.chosen.country for m in mentions if m.chosen is not None and _across(m, text)}
    for code in across:
        if code is None:
            continue
        there = [
            (m, m.chosen, cs)
            for m, cs in zip(mentions, final, strict=True)
            if m.chosen is not None and m.chosen.country == code
        ]
        if any(
            m.demonym or m.container or (e.rank == 0 and not _across(m, text)) for m, e, _ in there
        ):
            continue  # the country named otherwise, or a name its own container places
        if any(e.rank in (3, 4) and e.population >= STRAY_POP for _, e, _ in there):
            continue  # "Migrants in Tijuana ... hoped to reach San Diego": a city of its own
        near = gaz.neighbours.get(code, ())
        sides: set[str | None] | None = None
        for m, e, cs in there:
            if e.rank in (3, 4):
                key = norm(m.name)
                own = {
                    o.country
                    for o, _ in cs
                    if o.primary and norm(o.name) == key and o.country in near
                }
                sides = own if sides is None else sides & own
        if not sides or len(sides) != 1:
            continue  # no town, or towns with no one neighbour's reading
        (side,) = sides
        for m, e, cs in there:
            if e.rank == 0:
                continue
            key = norm(m.name)
            theirs = [(o, sc) for o, sc in cs if o.country == side and norm(o.name) == key]
            if theirs:
                _take(m, cs, max(theirs, key=itemgetter(1))[0].gid)
            else:
                _leave_unplaced(m, [(e, m.score), *m.alternatives])


# "the border with the Netherlands": the words just before a country named across a border
_BORDER_BEFORE = re.compile(r"\bborders? with (?:the )?$")


def _across(m: Mention, text: str) -> bool:
    """The mention is a country named as what lies across a border ("the border with India")."""
    return (
        m.chosen is not None
        and m.chosen.rank == 0
        and bool(_BORDER_BEFORE.search(text, max(0, m.start - 20), m.start))
    )


def _alone_far(mentions: list[Mention], final, neighbours, km, text: str) -> None:
    """A name whose every reading is a small town (under LONE_POP) of a country where none of
    the text's other placed names is, nor a neighbour of one, all of them over LONE_KM away: a
    story of Arlington, Texas is not about Tītān, an Afghan hamlet of no people, but about the
    firm Titan Operating; "Soho's in Capitol Market" is a shop in West Virginia, not Soho in
    England. A small town abroad is named by a story that names its country or its region, or
    by one that names no other place at all; not by a word among a story's other places far
    away. Where two or more other names are placed, all far, a town under LONE_POP_MANY is
    held to the same: "the community of Jonesboro" among Antrim, Armagh and Cavan is a village
    of County Armagh the gazetteer lacks, not Jonesboro, Arkansas. Left unplaced, its readings
    kept as alternatives; not a town the gazetteer holds once, after the words of a person's
    home or a journey's end ("a reporter from Pitlochry": `a_home_or_a_journey_s_end`)."""
    placed = [(norm(m.name), m.chosen) for m in mentions if m.chosen is not None]
    named = {norm(m.name) for m in mentions if m.chosen is not None and not m.demonym}
    for m, cs in zip(mentions, final, strict=True):
        e = m.chosen
        if e is None or m.demonym or not e.country:
            continue
        key = norm(m.name)
        # a town of 100,000 where two or more other names of the text lie far away (a story
        # of County Armagh's villages is no story of Jonesboro, Arkansas)
        bound = LONE_POP_MANY if len(named - {key}) >= LONE_MANY else LONE_POP
        if not all(r.rank == 4 and r.population < bound and not r.capital for r, _ in cs):
            continue
        if m.container and any(_inside(e, c) for c in m.container):
            continue
        if a_home_or_a_journey_s_end(m, cs, text):
            continue
        others = [o for k, o in placed if k != key]
        near = {e.country, *neighbours.get(e.country, ())}
        if others and not any(o.country in near or _km_cached(km, e, o) <= LONE_KM for o in others):
            _leave_unplaced(m, sorted(cs, key=lambda x: -x[1]))


# "the Vila Matilde and Catepa neighbourhoods of Malanje", "the Baghdad district of Karrada": a
# name, maybe joined by "and" to others, then a noun of a town's part and "of" or "in" before
# the next name: one of the two lies in the other ("in" and a people's word put the first in
# the second only: "the Tigray community in Washington" is no part of Tigray)
_PART_OF_NAMED = re.compile(
    r"^(?:,?\s+and\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})?\s+"
    r"(?:neighbou?rhoods?|districts?|suburbs?|quarters?|villages?|wards?|townships?|"
    r"(?P<people>communities|community)|settlements?|hamlets?)\s+(?:of|(?P<in>in))\s+"
    r"(?:the\s+)?$"
)


def _parts_apart(mentions: list[Mention], text: str) -> None:
    """ "Fire burned houses in the Vila Matilde and Catepa neighbourhoods of Malanje": the
    phrase puts one name inside the other (either way round: "the Baghdad district of
    Karrada"), so both lie in one country. Where their readings lie in two, the one whose
    country none of the text's other names is read in is wrong (Vila Matilde, a district of
    São Paulo, in a story of Malanje, Luanda and Quela, all Angola's): the gazetteer lacks the
    part, and it is left unplaced, its readings kept as alternatives. Where the other names
    back both countries or neither, nothing tells which, and both stay. After "in", or after
    a people's word ("community"), only the first name is the part: the second is where the
    people live ("the Goa community in Lisbon", "the Somali community of Minneapolis": a
    diaspora, whose town the story of its homeland does not move abroad)."""
    for i, f in enumerate(mentions[:-1]):
        g = mentions[i + 1]
        if f.chosen is None or g.chosen is None or f.demonym or g.demonym:
            continue
        if not f.chosen.country or not g.chosen.country or f.chosen.country == g.chosen.country:
            continue
        if not text[: f.start].rstrip().lower().endswith("the"):
            continue
        part = _PART_OF_NAMED.match(text[f.end : g.start])
        if not part:
            continue
        others = {
            m.chosen.country for m in mentions if m is not f and m is not g and m.chosen is not None
        }
        apart = [(m, e) for m, e in ((f, f.chosen), (g, g.chosen)) if e.country not in others]
        if len(apart) != 1:
            continue
        m, e = apart[0]
        if m is g and (part["people"] or part["in"]):
            continue
        _leave_unplaced(m, [(e, m.score), *m.alternatives])


# capitalised words right after a name, one space apart, on its line: the rest of its name
_NAME_GOES_ON = re.compile(r"(?: [A-Z][a-z'\u2019-]+)+")
# words that follow a place's name without making another name of it: days, months, and the
# words of a place's kind ("Gaza City", "Pekan District", "Aleppo Airport")
_NOT_A_NAME_WORD = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"january", "february", "march", "april", "may", "june", "july", "august"}
    | {"september", "october", "november", "december", "city", "town", "province", "district"}
    | {"region", "state", "county", "airport", "port", "road", "street", "river", "island"}
)
SMALL_TOWN_POP = 100_000


def _head_of_unknown_name(mentions: list[Mention], text: str) -> None:
    """ "whose body was found in Tanjung Medang Kemahang": a small town's name (not a
    capital) followed, one space apart, by capitalised words no found name takes, none of
    them a day's, a month's or a place kind's word nor written in lower case elsewhere in the
    text, is the head of a longer name the gazetteer lacks. Where the town lies in a country
    none of the text's other names is read in (Tanjung, Indonesia, in a story of Pahang's
    villages), it is another place: left unplaced, its readings kept as alternatives. A
    reading in a country the text names stays ("Kota Bharu" beside Kelantan)."""
    starts = {m.start for m in mentions}
    lower = None
    for m in mentions:
        e = m.chosen
        if e is None or m.demonym or e.rank != 4 or e.capital or e.population >= SMALL_TOWN_POP:
            continue
        run = _NAME_GOES_ON.match(text, m.end)
        if run is None or m.end + 1 in starts:
            continue
        words = run.group().split()
        if any(w.lower() in _NOT_A_NAME_WORD for w in words):
            continue
        if lower is None:
            lower = set(re.findall(r"\b[a-z][a-z'-]+\b", text))
        if any(w.lower() in lower for w in words):
            continue
        others = {o.chosen.country for o in mentions if o is not m and o.chosen is not None}
        if others and e.country not in others:
            _leave_unplaced(m, [(e, m.score), *m.alternatives])


# a capitalised number word right before a name, after a word in lower case or a comma, colon
# or semicolon (inside a sentence, not among a headline's capitalised words: "Blasts Rock Three
# Damascus Districts"): one longer name
# ("the Two Rivers bridge", "Seven Oaks")
_NUMBER_BEFORE = re.compile(
    r"(?:(?<![\w'\u2019-])[a-z]+[,;:]?|[,;:]) (?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|"
    r"Eleven|Twelve|Twin|Hundred|Thousand) $"
)


def _after_number_word(mentions: list[Mention], text: str) -> None:
    """ "on the Two Rivers bridge near Ottawa": a name found right after a capitalised number
    word inside a sentence is the tail of a longer name the gazetteer lacks (a bridge, a park,
    a village named for a number of things), not the place of the tail's name (Rivers,
    Manitoba): left unplaced, its readings kept as alternatives. A name the gazetteer holds
    whole ("Twin Lakes, Wisconsin", "Three Rivers") is found whole and is not touched. In a
    line of capitalised words (a headline: "Blasts Rock Three Damascus Districts") a number
    word is a count, and the name is read as usual."""
    for m in mentions:
        if m.chosen is None or m.demonym:
            continue
        if _NUMBER_BEFORE.search(text, max(0, m.start - 40), m.start):
            _leave_unplaced(m, [(m.chosen, m.score), *m.alternatives])


_TOWN_WORDS = r"(?:village|town|city|hamlet|settlement|neighbou?rhood|suburb)"
# "Georgia, as the village is also known", "the village also known as Georgia"
_TOWN_ALIAS_AFTER = re.compile(
    rf",\s+as\s+(?:the|this)\s+{_TOWN_WORDS}\s+is\s+(?:also\s+|locally\s+)?(?:known|called)\b"
)
_TOWN_ALIAS_BEFORE = re.compile(
    rf"\b(?:the|a)\s+{_TOWN_WORDS}\s+(?:also\s+|locally\s+)?(?:known\s+as|called)\s+$"
)


def _town_called_so(mentions: list[Mention], text: str) -> None:
    """ "Georgia, as the village is also known, was the first capital of Tobago": a name the
    text gives a village, a town or a city as its other name is no country nor region (the
    Caucasian state, the American state): the gazetteer lacks the town by that name, and it
    is left unplaced, its readings kept as alternatives. A territory so called may be a
    country ("the territory also called Namibia"); a town's reading stays."""
    for m in mentions:
        if m.chosen is None or m.demonym or m.chosen.rank not in (0, 1, 2):
            continue
        if _TOWN_ALIAS_AFTER.match(text, m.end) or _TOWN_ALIAS_BEFORE.search(
            text, max(0, m.start - 40), m.start
        ):
            _leave_unplaced(m, [(m.chosen, m.score), *m.alternatives])


def _outside_dateline_container(m: Mention, cs, text: str) -> bool:
    """A dateline's town none of whose readings lies in the state or country after its comma
    ("HOLLIDAY, Mo. -", a Missouri village the gazetteer lacks, was Holliday, Texas; "PARIS,
    Ky." without its Kentucky town would be France): the dateline says where the story was
    filed, so no reading elsewhere is it."""
    if not m.container or not _dateline_form(m, text):
        return False
    return not any(_inside(e, c) for e, _ in cs for c in m.container)


def _outside_state(m: Mention, cs, text: str) -> bool:
    """A name before a comma and a state, none of whose readings lies in that state ("the city
    of Turkey, Texas", "a plant in Jordan, Ontario, closed"): the state says the name is one of
    its towns, which the gazetteer lacks; the country of that name, or a town of it abroad, is
    no reading of it. Not where the state opens a clause of its own ("Backed by Turkey,
    Azaz's rebels ...", "Unlike Israel, Gaza, which has no airport, ..."), nor after a
    comparison's word ("Unlike Israel, Gaza, a city of two million, ..."; but "towns like
    Lebanon, Kansas, once ..." gives an example of the towns, the state's own), nor a list
    ("Israel, Gaza and the West Bank"), whose comma places nothing, nor where the name after
    the comma may also be a country ("Atlanta, Georgia")."""
    if not m.container or any(c.rank != 2 for c in m.container):
        return False
    # "Madhya Pradesh, Chhattisgarh, Mizoram": a state beside another of its country's is a list
    if any(e.rank <= 2 and e.country == c.country for e, _ in cs for c in m.container):
        return False
    end = m.container_end
    if end < 0 or not _STATE_ENDS.match(text, end) or _LIST_GOES_ON.match(text, end):
        return False
    # "Unlike Israel, Gaza, a city of two million, ...": a comparison sets the two side by side
    if _COMPARED.search(text, max(0, m.start - 40), m.start):
        return False
    # a country's name before a state that is then described is where an opening phrase ends
    # ("Across the border from Syria, Hatay, a province of Turkey, ..."): the country stays
    if (
        any(e.rank == 0 for e, _ in cs)
        and _STATE_DESCRIBED.match(text, end)
        and not _TOWN_DESCRIBED.match(text, end)
        and not _TOWNS_FOR_EXAMPLE.search(text, max(0, m.start - 60), m.start)
    ):
        return False
    return not any(_inside(e, c) for e, _ in cs for c in m.container)


def _outside_country(m: Mention, cs, neighbours) -> bool:
    """A town the text places in a country ("Palma, Mozambique", "Palma in northern
    Mozambique") none of whose readings lies there: the gazetteer lacks it, and Palma de
    Mallorca is no reading of it. Not a famous city, whose name a text writes for itself, nor
    a name that may be a region or a country, nor a town of a neighbour ("fled Goma in
    Rwanda" says where they went); a list ("Crockett, Palestine and Houston") places
    nothing."""
    countries = {c.country for c in m.container if c.rank == 0}
    if not countries:
        return False
    near = countries.union(*(neighbours.get(c, ()) for c in countries))
    if not all(e.rank in (3, 4) and not _famous(e) and e.country not in near for e, _ in cs):
        return False
    # "Atlanta, Georgia": the state of the name too
    return not any(_inside(e, c) for e, _ in cs for c in m.container)


# a possessive between a country's name and its unit's ("Iran's Khuzestan", "Kenya's northern
# Turkana", "Honduras' La Paz")
_OWNED = re.compile(r"^['\u2019]s?\s+(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?$", re.I)


def _owned_units(n: Mention, u: Mention, text: str) -> tuple[Entry, ...]:
    """The first-level units of the country ``n`` names that ``u`` names right after its
    possessive ("Iran's Khuzestan"), or nothing."""
    countries = {e.country for e in n.entries if e.rank == 0}
    between = text[n.end : u.start]
    if not countries or u.demonym or not _OWNED.match(between):
        return ()
    if between[1:2] != "s" and not n.name.endswith("s"):
        return ()  # an apostrophe alone is a possessive only after an s ("Honduras' Lempira")
    return tuple(e for e in u.entries if e.rank == 2 and e.country in countries)


_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# words before a region that say someone comes from it ("students from Michigan", "a native of
# Ohio", "born in Texas") and people after it who travel to where the story is ("Indiana
# golfers")
_CAME_FROM = re.compile(r"\b(?:from|natives?\s+of|born\s+in)\s+$", re.IGNORECASE)
_TRAVELLERS = re.compile(
    r"\s+(?:golfers|players|athletes|runners|swimmers|skiers|fans|supporters|tourists|visitors"
    r"|travell?ers|pilgrims|hunters|natives|expatriates|emigrants|delegates|delegation)\b"
)


def _came_from(m: Mention, text: str) -> bool:
    """The mention is named as where people come from ("from Texas", "Ontario fans")."""
    return bool(
        _CAME_FROM.search(text, max(0, m.start - 12), m.start) or _TRAVELLERS.match(text, m.end)
    )


def _origins(mentions: list[Mention], cands, text: str) -> frozenset[str]:
    """The names of first-level regions (states, provinces) the text names only as where people
    come from: "Students from Michigan drove to Athens", "Indiana golfers played in Dublin". Such
    a region is evidence of where the people come from, not of where the story's towns lie (its
    country's weight stays: the story is still of the country they share); any mention of it
    otherwise ("in Michigan", "Michigan officials") makes it the story's region again."""
    named: dict[str, bool] = {}
    for m, cs in zip(mentions, cands, strict=True):
        if m.demonym or not cs or cs[0][0].rank != 2 or not cs[0][0].admin1:
            continue
        key = norm(m.name)
        named[key] = named.get(key, True) and _came_from(m, text)
    listed = _listed_regions(mentions, cands, text)
    return frozenset(k for k, only in named.items() if only) | listed


# the marks between the names of a list ("Mississippi, Alabama, Idaho, Utah and Arizona")
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")
# how many first-level regions a list holds before it is a ranking or a roll, not where
LISTED_REGIONS = 4


def _listed_regions(mentions: list[Mention], cands, text: str) -> frozenset[str]:
    """The names of first-level regions the text names only in lists of LISTED_REGIONS or more
    ("Mississippi, Alabama, Idaho, Utah and Arizona spend less per pupil"), where it names a
    region of the same country outside such a list: a ranking or a roll of states says
    nothing of where the story's towns lie ("Texas schools rank low ... the Greenville
    Municipal Auditorium" is Greenville, Texas). A text whose regions are all listed keeps
    them ("Floods hit Mississippi, Alabama, Tennessee and Georgia; in Greenville ...")."""
    # a member whose likeliest reading is no region but which a region of the list's country
    # bears ("Ohio, Georgia, Maryland and South Carolina": Georgia the country before context)
    # is a member of the list, and nothing of the text's regions where no list holds it
    regions: list[tuple[Mention, Entry, bool]] = []
    for m, cs in zip(mentions, cands, strict=True):
        if m.demonym or not cs:
            continue
        if cs[0][0].rank == 2 and cs[0][0].admin1:
            regions.append((m, cs[0][0], False))
            continue
        region = next((e for e, _ in cs if e.rank == 2 and e.admin1 and e.primary), None)
        if region is not None:
            regions.append((m, region, True))
    runs: list[list[tuple[Mention, Entry, bool]]] = []
    for m, e, other in regions:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and _LIST_JOIN.fullmatch(text, last[0].end, m.start)
            and (not (other or last[2]) or last[1].country == e.country)
        ):
            runs[-1].append((m, e, other))
        else:
            runs.append([(m, e, other)])
    inlist: dict[str, bool] = {}
    outside: set[str | None] = set()
    for run in runs:
        long = len(run) >= LISTED_REGIONS and sum(not o for _, _, o in run) > len(run) // 2
        for m, e, other in run:
            key = norm(m.name)
            if other and not long:
                continue
            inlist[key] = inlist.get(key, True) and long
            if not long:
                outside.add(e.country)
    return frozenset(
        norm(m.name) for m, e, _ in regions if inlist.get(norm(m.name)) and e.country in outside
    )


# a word before a name that says one left it ("refugees from Goma in Rwanda's camps")
_LEFT_FROM = re.compile(r"\b(?:from|fled|left)\s+$", re.IGNORECASE)


def _outside_unit(m: Mention, readings: set[str | None], text: str, neighbours: dict) -> bool:
    """A place the text puts "in" a first-level unit ("the village of Basra in Iran's
    Khuzestan", "the town of Moura in Mali's Mopti region"; "Kasese in Kigoma") none of whose
    readings lies in that unit's country: the unit says which country the place is of, and the
    gazetteer lacks it there; Iraq's governorate of the name is no reading of it. Unlike a
    country after "in" (:func:`_outside_country`), a neighbour's town is no exception, save
    after a word of leaving ("refugees from Goma in Rwanda's Western Province camps"): a unit
    is named to place the name, not to say where someone went. ``readings``: the countries of
    the readings of every mention of the name (one sense per text: "the villages of Foua and
    Kfraya" put in a province, where another mention of Kfraya is read in Syria, keeps it)."""
    if m.container_end >= 0 or not any(c.rank == 2 for c in m.container):
        return False
    countries = {c.country for c in m.container}
    if _LEFT_FROM.search(text, max(0, m.start - 10), m.start):
        countries = countries.union(*(neighbours.get(c, ()) for c in countries))
    return not readings & countries


def _dateline_form(m: Mention, text: str) -> bool:
    """A name in capitals opening the text, a line or a sentence: "BEIRUT (AP) -", and in
    local news after the headline ("... book sale. MALTA -")."""
    before = text[: m.start].rstrip(" \t")
    return len(m.name) >= 3 and m.name.isupper() and (not before or before.endswith(("\n", ".")))


def _world_city(e: Entry) -> bool:
    """A city of a million, or a capital of 100,000 (Athens, Tripoli; not Douglas, the Isle of
    Man's): world news names it for itself."""
    return e.rank == 4 and (e.population >= FAMOUS_POP or (e.capital and e.population >= STRAY_POP))


def _famous(e: Entry) -> bool:
    """A capital or a city of a million: named across the world, evidence enough by itself."""
    return e.capital or e.population >= FAMOUS_POP


def _set_probs(m: Mention, cs: list[tuple[Entry, float]]) -> None:
    if not cs:
        m.probs = []
        return
    # the same floats as a softmax over pairs, with the scores read out of the pairs once
    scores = [s for _, s in cs]
    top = max(scores)
    exp = math.exp
    xs = [exp(s - top) for s in scores]
    z = sum(xs)
    # highest first; equal ones in their order, as a stable sort on the negated share keeps them
    m.probs = sorted(
        [(e, x / z) for (e, _), x in zip(cs, xs, strict=True)], key=itemgetter(1), reverse=True
    )


def _context(mentions: list[Mention], origins: frozenset[str] = frozenset()):
    """Country and region weights per distinct name, and confident point anchors; a region
    named only as where people come from (``origins``) gives its country's weight alone."""
    ctx_c: dict[str, dict] = defaultdict(lambda: defaultdict(float))
    ctx_a: dict[str, dict] = defaultdict(lambda: defaultdict(float))
    anchors: list[tuple[str, Entry]] = []
    done: set[str] = set()
    for m in mentions:
        key = norm(m.name)
        if key in done or not m.probs:
            continue
        done.add(key)
        best, p = m.probs[0]
        # a name that most likely means a region of several countries ("the Sahel", "the
        # Balkans") says nothing of which one its other names are in: its lesser readings (a
        # province of one of them named alike) do not pull the text's towns there
        shared = best.rank == 5 and not best.country and p >= 0.5
        for e, q in m.probs[:10] if not shared else ():
            if e.country:
                ctx_c[key][e.country] += q
            if e.admin1 and not (ANCHOR_SKIP_CAPITALS and e.capital) and key not in origins:
                ctx_a[key][(e.country, e.admin1)] += q
        # capitals are named for their governments as often as for the place: no anchor
        if (
            p >= 0.6
            and best.rank >= 2
            and not best.institution
            and not (ANCHOR_SKIP_CAPITALS and best.capital)
            and key not in origins
        ):
            anchors.append((key, best))
    return ctx_c, ctx_a, anchors


def _minus(ctx: dict, m: Mention, key: str, _f) -> dict:
    """Context summed over every distinct name but the mention's own."""
    out: dict = defaultdict(float)
    for k, d in ctx.items():
        if k == key:
            continue
        for c, v in d.items():
            out[c] += v
    return out
