"""Rules on names of things that are no places: streets and addresses, buildings, cars, teams,
eras, processes, waters.
"""

from __future__ import annotations

import re

from explorer.geoparse.gazetteer import Entry
from explorer.geoparse.names import norm
from explorer.geoparse.recognised import (
    CAR_MAKERS,
    LEAD_WORDS,
    MAX_TOKENS,
    MIN_POP_COUNTRY,
    MIN_POP_FREE,
    REGION_WORDS,
    STREET_WORDS,
    WORKS_WORDS,
    _Found,
)
from explorer.geoparse.tokens import name_key, view
from explorer.model import great_circle_km


def _house_number(doc, f: _Found) -> bool:
    """ "1935 Orchard St.", "the 900 block of Flanders Road": a house's number or a block's
    before the name, which makes the name and a street's word after it an address, whatever
    the name is elsewhere (a region's "Ohio Turnpike" has no house numbers)."""
    tv = view(doc)
    k = f.start
    if k >= 1 and tv.words[k - 1].isdigit():
        # not a year ("In 2009 Ohio Road crews", "since 1990 Ohio Street")
        return k < 2 or tv.lower[k - 2] not in YEAR_WORDS
    return k >= 2 and tv.lower[k - 1] == "of" and tv.lower[k - 2] == "block"


# words before a year ("in 2009")
YEAR_WORDS = frozenset({"in", "since", "by", "until", "till", "before", "after", "during"})


def _after_address(doc, f: _Found) -> bool:
    """ "400 S. Locust St., Lebanon": a street's name and a comma before the name, where a
    town's name stands in a North American address."""
    tv = view(doc)
    k = f.start
    return (
        k >= 3
        and tv.words[k - 1] == ","
        and tv.lower[k - 2].rstrip(".") in STREET_WORDS
        and tv.cap[k - 3]  # "Locust St.," not "a main road,"
    )


# a high school's teams after a town's name ("the Jordan boys junior-varsity team", "Lebanon
# varsity"), which no country fields
SCHOOL_TEAM_WORDS = frozenset({"boys", "girls", "varsity", "junior-varsity", "jv"})


def _school_team(doc, f: _Found) -> bool:
    """ "The Jordan boys junior-varsity team", "Lebanon girls basketball": a name before a
    high school's team words is its town's (a country's team is its national one)."""
    tv = view(doc)
    if f.end >= len(doc) or tv.lower[f.end] not in SCHOOL_TEAM_WORDS:
        return False
    return f.end + 1 < len(doc) and not tv.cap[f.end + 1]  # not "Jordan Boys Club"


# the words a sea's, an ocean's or a gulf's own name is made with ("Red Sea", "Gulf of Aden")
WATER_WORDS = frozenset({"sea", "ocean", "gulf"})


def _in_water_name(doc, f: _Found) -> bool:
    """A name joined by a hyphen to the next word of a sea's, a strait's or a bay's name is
    that water's name ("the Hyuga-nada Sea", "the Genkai-nada Sea"), not the town it is
    named for."""
    k = f.end
    tv = view(doc)
    if k + 2 >= len(tv.words) or tv.words[k] not in ("-", "–") or tv.spaces[k]:
        return False
    if f.start > 0 and doc[f.start - 1].text in ("-", "–"):
        return False
    return doc[k + 1].is_alpha and doc[k + 2].lower_ in WATER_WORDS | {"strait", "bay", "channel"}


# the words of a water named "of" a place ("the Strait of Malacca", "the Gulf of Aqaba", "the Bay
# of Kotor", "the Sea of Azov"): the water, not the town it is named for
WATER_OF_WORDS = WATER_WORDS | {"strait", "straits", "bay", "channel", "sound", "firth"}


def _water_of_town(doc, f: _Found) -> bool:
    """A name right after a water's word and "of" ("pirates in the Strait of Malacca"), whose
    readings are all towns or sites, is the water's name, not the town it is named for: left
    out (the water is unplaced where the gazetteer lacks it). A region's or a country's reading
    keeps the name ("the Gulf of Mexico" is read as the name found), as does a name that holds
    the water's word itself ("Gulf of Aden", a curated sea)."""
    k = f.start
    if k < 2 or doc[k - 1].lower_ != "of" or doc[k - 2].lower_ not in WATER_OF_WORDS:
        return False
    if not doc[k - 2].text[:1].isupper():  # "a bay of Malacca's coast": not the water's name
        return False
    return bool(f.entries) and all(e.rank >= 4 and e.kind != "sea" for e in f.entries)


# the words written after a strait's own name ("the Malacca Strait", "the Kerch Straits")
STRAIT_WORDS = frozenset({"Strait", "Straits"})


def _town_before_strait(doc, f: _Found) -> bool:
    """A name right before a strait's word ("pirates raided a tanker in the Malacca Strait"),
    whose readings are all towns or sites, is the strait's name, not the town it is named for
    (the Malacca Strait runs 800 km along Malaysia and Sumatra, past the town of Malacca): left
    out, as ``_water_of_town`` leaves "the Strait of Malacca". A country's or a region's reading
    keeps the name ("the Taiwan Strait", "the Korea Strait"), as does a strait the name found
    holds whole."""
    k = f.end
    if k >= len(doc) or doc[k].text not in STRAIT_WORDS:
        return False
    return bool(f.entries) and all(e.rank >= 4 and e.kind != "sea" for e in f.entries)


def _owned_abroad(doc, f: _Found, found: list[_Found]) -> bool:
    """A name right after a country's possessive ("Greece seals sale of Piraeus port to
    China's Cosco"), every reading of it reached only by another of its names (GeoNames'
    "Cosco" for Cusco) and none in that country, is the country's own thing (a firm, a ship,
    a town the gazetteer lacks), not a town abroad. A reading by its own name is kept
    ("America's Guantanamo"), as is one in the country ("Peru's Cosco" would be Cusco)."""
    k = f.start
    if k < 2 or doc[k - 1].lower_ not in ("'s", "’s") or not f.entries:
        return False
    owner = next((g for g in found if g.end == k - 1 and g.entries), None)
    if owner is None or owner.demonym or owner.entries[0].rank != 0:
        return False
    land = owner.entries[0].country
    return all(not e.primary and e.country != land for e in f.entries)


# the words English writes before a lake's own name ("Lake Chad", "Lac Kivu", "Loch Ness",
# "Lough Neagh"): a lake keeps the name of a country or a town it is no part of
LAKE_WORDS = frozenset({"Lake", "Lac", "Loch", "Lough"})


# the words Spanish and Portuguese write before a mountain range's own name ("the Sierra Nevada",
# "the Sierra Maestra", "the Serra do Mar", "the Cordillera Central"), which English keeps
RANGE_WORDS = frozenset({"Sierra", "Sierras", "Serra", "Cordillera"})


def _range_named(doc, f: _Found) -> bool:
    """ "on the slopes of the Sierra Nevada" (Colombia's, Spain's or California's): a name
    right after a range's word that the name found does not hold is the range's name, not the
    state, the country or the town it shares a word with (no Nevada of the United States). A
    town or a country named so is found whole ("Sierra Vista", "Sierra Leone": the name then
    holds the word) and stays."""
    return f.start > 0 and view(doc).words[f.start - 1] in RANGE_WORDS


def _lake_named(doc, f: _Found) -> bool:
    """ "around Lake Chad in Cameroon", "fishermen on Lake Malawi": a name right after a
    lake's word that the name found does not hold is the lake's name, not the country or the
    town it is named for (Lake Chad lies across four borders, Lake Geneva in two countries).
    The gazetteer holds no lakes, so the name is left out; a town named so is found whole
    ("Lake Charles", "Lake Worth": the name then holds the word); the lake's word before a
    name is no place either ("Lac Kivu" is no Lac region of Chad). Not after a region's word
    and "of" ("the province of Lake Chad" is Chad's Lac province, named for the lake)."""
    tv = view(doc)
    if f.start > 0 and tv.words[f.start - 1] in LAKE_WORDS:
        # "the province of Lake Chad": a unit named for the lake, in the country it names
        return not (
            f.start >= 3 and tv.lower[f.start - 2] == "of" and tv.lower[f.start - 3] in REGION_WORDS
        )
    # "boats on Lac Kivu": the lake's word itself is no place (not Chad's Lac region); but a
    # region's word after it names the unit so called ("Chad's Lac Province")
    return (
        f.end - f.start == 1
        and tv.words[f.start] in LAKE_WORDS
        and f.end < len(tv.words)
        and tv.cap[f.end]
        and tv.words[f.end].isalpha()
        and tv.lower[f.end] not in REGION_WORDS
    )


def _water_named(surface: str, entries: tuple[Entry, ...]) -> bool:
    """The name is a curated sea's, made with a water word: the sea, whatever is named for it."""
    words = surface.lower().split()
    return (
        bool(words)
        and (words[0] in WATER_WORDS or words[-1] in WATER_WORDS)
        and any(e.rank == 5 and e.kind == "sea" for e in entries)
    )


def _car_model(doc, f: _Found) -> bool:
    """A capitalised name right after a car maker's is the car's model, not a place ("Dodge
    Durango", "Chevy Tahoe"), unless a works' word follows ("the Toyota Georgetown plant")."""
    tv = view(doc)
    if f.start == 0 or tv.words[f.start - 1] not in CAR_MAKERS:
        return False
    return not (f.end < len(doc) and tv.lower[f.end] in WORKS_WORDS)


DETERMINERS = frozenset({"the", "a", "an", "that", "this", "his", "her", "their", "its"})


def _car_model_again(doc, f: _Found, models: set[str]) -> bool:
    """A car's model keeps its sense through the text: after "a red Dodge Durango", "the
    Durango pulled up" is the car, not Mexico's state. Only after a determiner, where a
    place's name seldom stands, and not before a region's word ("the Durango area")."""
    if f.start == 0 or name_key(doc, f.start, f.end) not in models:
        return False
    after = doc[f.end].lower_ if f.end < len(doc) else ""
    return doc[f.start - 1].lower_ in DETERMINERS and after not in REGION_WORDS | {"area", "city"}


MATCH_VERBS = frozenset(
    {"beat", "beats", "beating", "defeated", "defeat", "defeats", "defeating", "edged", "edge"}
    | {"thrashed", "thrash", "routed", "rout", "drew", "draw", "hammered", "stunned", "upset"}
)


SQUAD_NOUNS = frozenset(
    {"clubmates", "clubmate", "teammates", "teammate", "striker", "strikers", "midfielder"}
    | {"defender", "goalkeeper", "keeper", "winger", "playmaker"}
)  # not "manager" nor "coach": a town has them too ("Boulder City Manager", "county manager")


# after a score: "lost 3-1 to Ittihad", "a 2-2 draw with Ittihad", "a 1-0 win over Ittihad"
MATCH_LINKS = frozenset({"to", "with", "against", "over"})


def _score_near(doc, k: int, end: int | None = None) -> bool:
    """A match's score ("4-1", "1 - 0") in the few tokens from k (up to ``end``): "beat
    Ittihad 4-1 on Saturday", "beat Ismaili on Monday 1-0"."""
    end = min(len(doc), k + 6 if end is None else end)
    for j in range(k, end):
        t = doc[j].text
        if re.fullmatch(r"\d{1,2}[-–]\d{1,2}", t):
            return True
        if (
            t.isdigit()
            and j + 2 < len(doc)
            and doc[j + 1].text in ("-", "–")
            and doc[j + 2].is_digit
        ):
            return len(t) <= 2 and len(doc[j + 2].text) <= 2
    return False


def _teams(doc, found: list[_Found]) -> set[str]:
    """The names a text gives a sports team: a small town's name (every reading a town under
    MIN_POP_FREE) beaten or beating with a score near ("Al-Gaish beat Ittihad 4-1"), or before
    a squad's noun ("Messi's Barca clubmates"). The name keeps that sense through the text
    ("Ittihad remain sixth"), as no Palestinian village nor Romanian one. Not a country's nor a
    city's name, which a text may give a team and a place both ("Liverpool beat Chelsea")."""
    return {
        name_key(doc, f.start, f.end)
        for f in found
        if f.entries and not f.demonym and _small_towns(f.entries) and _team_cue(doc, f)
    }


def _team_cue(doc, f: _Found) -> bool:
    """The words around a name make it a team's: a match's verb or link and its score, or a
    squad's noun after it."""
    before = doc[f.start - 1].lower_ if f.start > 0 else ""
    after = doc[f.end].text if f.end < len(doc) else ""
    return (
        (before in MATCH_VERBS and _score_near(doc, f.end))
        or (after in MATCH_VERBS and _score_near(doc, f.end + 2))
        or (before in MATCH_LINKS and _score_near(doc, max(0, f.start - 5), f.start))
        or after in SQUAD_NOUNS
    )


def _team_again(doc, f: _Found, teams: set[str]) -> bool:
    """A team's name where the text names it again, not after a preposition: "Ittihad remain
    sixth", "Ittihad's consolation"; a school's team is named for its town, and "the tournament
    in Delano", "their way to Delano", "the meet against Delano" stay the town."""
    if name_key(doc, f.start, f.end) not in teams or not _small_towns(f.entries):
        return False
    before = doc[f.start - 1].lower_ if f.start > 0 else ""
    return _team_cue(doc, f) or before not in LEAD_WORDS | MATCH_LINKS | {"against", "by"}


# the words a football club's name puts after its town's ("Hull City", "Leeds United",
# "Bristol Rovers", "Bolton Wanderers", "West Bromwich Albion"), capitalised
CLUB_WORDS = frozenset({"City", "United", "Town", "Rovers", "Athletic", "Wanderers", "Albion"})
# what a town's own bodies and works put after "City" or "Town" ("Hull City council", "the
# Town Hall", "city limits"): the town, not a club
TOWN_BODY_WORDS = frozenset(
    {"council", "hall", "limits", "centre", "center", "manager", "clerk", "officials", "police"}
)


def _club_towns(doc, found: list[_Found]) -> list[_Found]:
    """ "Wilfried Zaha, formerly of Hull City", "Joe Allen of Stoke City": a town's name
    before a club's word is the town the club is named for, and a town fields a club of its
    name where it is big: of the name's towns, only those of at least half the biggest one's
    people are read (Kingston upon Hull, 314,018, not Hull, Quebec, 63,702, whose main name
    "Hull" is; Stoke-on-Trent, not Stoke, New Zealand). Only where the gazetteer holds no town
    of the whole name ("Panama City", "Lincoln City", "Kuwait City" are read whole before),
    none of its readings is a country, and no town's body follows ("Hull City Council")."""
    tv = view(doc)
    n = len(tv.words)
    for f in found:
        k = f.end
        if f.demonym or not f.entries or k >= n or tv.words[k] not in CLUB_WORDS:
            continue
        if k + 1 < n and (tv.cap[k + 1] or tv.lower[k + 1] in TOWN_BODY_WORDS):
            continue
        if any(e.rank in (0, 1, 5) for e in f.entries):
            continue
        towns = [e for e in f.entries if e.rank == 4]
        if not towns:
            continue
        top = max(e.population for e in towns)
        if top < MIN_POP_FREE:
            continue
        f.entries = tuple(e for e in towns if 2 * e.population >= top)
    return found


def _small_towns(entries: tuple[Entry, ...]) -> bool:
    return all(e.rank in (3, 4) and e.population < MIN_POP_FREE for e in entries)


ERA_WORDS = frozenset({"bc", "ad", "bce", "ce"})


def _era(doc, f: _Found) -> bool:
    """ "built between 250 and 100 B.C.": an era after a year or a century, not British
    Columbia ("the 5th century BC", "AD 79" is no place either way)."""
    if f.end - f.start != 1 or doc[f.start].lower_.replace(".", "") not in ERA_WORDS:
        return False
    before = doc[f.start - 1] if f.start > 0 else None
    after = doc[f.end] if f.end < len(doc) else None
    return (
        before is not None and (before.like_num or before.lower_ in {"century", "centuries"})
    ) or (after is not None and after.like_num and doc[f.start].text.isupper())


# the plural street words that two names before them share ("Main and Elm streets"): the
# streets of a town, and the roads that lead out of towns to others ("the Kandahar and Herat
# roads" are the roads to those cities)
STREET_PLURALS = frozenset({"streets", "avenues", "drives", "boulevards", "lanes"})


ROAD_PLURALS = frozenset({"roads"})


_STREET_SPAN = 3  # at most two capitalised words of the second street's name, then its word


def _shares_street_word(doc, f: _Found, found: list[_Found]) -> bool:
    """A name joined by "and" or "or" to a street's name whose plural street word both share
    ("Main and Elm streets"), or running "from" it "to" or "between" it "and" a street ("from
    Sherman to Bay Street"): the street word left out after the first name is the second's, so
    the first is a street too (Sherman Avenue), not a town. A one-word name. Before "roads", no
    city of MIN_POP_FREE nor a country: a road out of a city bears its name ("the Kandahar and
    Herat roads"). With a singular street word, a town under MIN_POP_FREE, and none of a
    country of the first readings of the text's other places, where a walk may begin ("from
    Irpin to Khreshchatyk Street in central Kyiv"), unless the text writes the name before a
    street word elsewhere ("Darby Street")."""
    tv = view(doc)
    k = f.end
    if f.end - f.start != 1 or f.demonym or not f.entries or k + 2 >= len(doc):
        return False
    joiner = tv.lower[k]
    if joiner not in ("and", "or", "to", "&"):
        return False
    j = k + 1
    plurals = STREET_PLURALS | ROAD_PLURALS
    while j < len(doc) and j - k <= _STREET_SPAN and tv.cap[j]:
        if tv.lower[j].rstrip(".") in STREET_WORDS | plurals:
            break  # "Bay Street": the street word, capitalised with its name
        j += 1
    if j == k + 1 or j >= len(doc):
        return False
    word = tv.lower[j].rstrip(".")
    if word in plurals:
        if word in ROAD_PLURALS and any(
            e.rank == 0 or (e.rank == 4 and e.population >= MIN_POP_FREE) for e in f.entries
        ):
            return False
        return joiner != "to"
    if word not in STREET_WORDS or f.start == 0:
        return False
    opener = tv.lower[f.start - 1]
    if not ((opener == "from" and joiner == "to") or (opener == "between" and joiner == "and")):
        return False
    if not all(e.rank == 4 and e.population < MIN_POP_FREE for e in f.entries):
        return False
    key = tv.lower[f.start]
    if any(
        w == key and tv.lower[i + 1].rstrip(".") in STREET_WORDS
        for i, w in enumerate(tv.lower[:-1])
    ):
        return True  # "Darby Street" elsewhere: one sense per text
    lands = {g.entries[0].country for g in found if g is not f and g.entries}
    return not any(e.country in lands for e in f.entries)


def _building(doc, f: _Found) -> bool:
    """ "a treatment program at Westminster House", "Chatham House": a house named for a town
    is a building, not the town (a state's House is its legislature: "the Ohio House")."""
    return (
        f.end < len(doc)
        and doc[f.end].text == "House"
        and bool(f.entries)
        and all(e.rank in (3, 4) for e in f.entries)
    )


# the lower-case words after a hotel's name ("the Paris Hilton hotel")
HOTEL_WORDS = frozenset({"hotel", "hotels", "resort", "casino"})
# how near the town before it a place named before a hotel's word lies to be its district
HOTEL_DISTRICT_KM = 50.0


def _hotel_brand(doc, f: _Found, found: list[_Found]) -> bool:
    """ "The Paris Hilton hotel reopened": of two names side by side before a hotel's word, the
    second is the hotel's brand ("the London Marriott hotel", "the Kabul Serena hotel"), not
    Hilton, New York: the town the hotel stands in comes first. A country's, a region's or a
    curated reading stays, and a name alone before the word is where the hotel is ("the Paris
    hotel", "a Dubai resort"); so does a second name a reading of which lies within
    HOTEL_DISTRICT_KM of a reading of the first: the town's district or suburb the hotel stands
    in ("a Phuket Patong hotel", "a Las Vegas Henderson casino")."""
    k = f.end
    if f.start == 0 or k >= len(doc) or doc[k].lower_ not in HOTEL_WORDS:
        return False
    if not f.entries or any(e.rank in (0, 1, 2, 5) for e in f.entries):
        return False
    town = next((g for g in found if g.end == f.start and g.entries and not g.demonym), None)
    return town is not None and not any(
        great_circle_km(a.lat, a.lon, b.lat, b.lon) <= HOTEL_DISTRICT_KM
        for a in town.entries
        for b in f.entries
    )


# a generic building's or body's name made of a town's word and a hall's ("City Hall", "Town
# Hall", "County Courthouse"): no town, whatever namesake its letters match
CIVIC_OWNERS = frozenset({"city", "town", "village", "county", "borough", "state"})


CIVIC_HALLS = frozenset({"hall", "house", "courthouse", "council", "commission"})


def _civic_building(doc, f: _Found) -> bool:
    """ "has City Hall creating a wish list": a town's word and a hall's, the whole name, is a
    building or a body of the text's town, not a place of its own (the gazetteer's skeletons
    matched it to Catahoula, Louisiana); not a longer name ("San Fernando City Hall", cut to
    the town's name before it reaches here)."""
    if f.demonym or f.end - f.start != 2:
        return False
    tv = view(doc)
    return tv.lower[f.start] in CIVIC_OWNERS and tv.lower[f.start + 1] in CIVIC_HALLS


# the last word of a diplomatic series' name: the places in it name the series ("the Heart of
# Asia-Istanbul Process", "the Bali Process", "the Three Seas Initiative"), not where it meets
PROCESS_WORDS = frozenset({"Process", "Initiative"})
# the last word of a body's name that a town's name may open, named for where it was founded
# ("the Shanghai Cooperation Organization" meets in all its members' capitals); a country's, a
# continent's or a state's name in it is whose body it is ("the Palestine Liberation
# Organization", "the East Texas Environmental Concerns Organization")
BODY_WORDS = frozenset({"Organization", "Organisation"})
# a word of a pact between states inside a body's name: the states' body, named for the town
# where it was founded, not a town's own body ("the Shanghai Cooperation Organization", "the
# Warsaw Treaty Organization" meet in their members' capitals)
STATES_PACT_WORDS = frozenset({"Cooperation", "Co-operation", "Treaty", "Pact"})


def _named_process(doc, f: _Found, found: list[_Found]) -> bool:
    """The name is a word of a process's or an initiative's name, capitalised to its last word
    ("the Heart of Asia-Istanbul Process" meets in Tajikistan, not in Istanbul), or a town's
    name opening a body's in a story told in other countries ("the Shanghai Cooperation
    Organization" in a Tashkent story: :func:`_body_named_abroad`) or a body of states
    (:data:`STATES_PACT_WORDS`: "the Shanghai Cooperation Organization met in Moscow after
    talks in Beijing", though Beijing lies in Shanghai's country); not "the peace
    process", a common noun after the place ("the Cyprus peace process" is Cyprus's), nor a
    sea's name ("the Black Sea Grain Initiative" is the ships' passage across that sea)."""
    if any(e.kind == "sea" for e in f.entries):
        return False
    tv = view(doc)
    for k in range(f.end, min(f.end + MAX_TOKENS, len(doc))):
        if tv.words[k] in PROCESS_WORDS:
            return True
        if tv.words[k] in BODY_WORDS:
            # the town's name opens the body's name: capitalised words only between them (not
            # "the opening in Tashkent of the Shanghai Cooperation Organization")
            return (
                k > f.end
                and all(tv.cap[j] for j in range(f.end, k))
                and not (f.start > 0 and tv.cap[f.start - 1] and tv.lower[f.start - 1] != "the")
                and not any(e.rank in (0, 1, 5) for e in f.entries)
                and all(e.rank != 2 or _city_region(e, f.entries) for e in f.entries)
                and (
                    any(tv.words[j] in STATES_PACT_WORDS for j in range(f.end, k))
                    or _body_named_abroad(doc, f, found)
                )
            )
        if not (tv.cap[k] or tv.words[k] in ("-", "of", "and", "the")):
            return False
    return False


def _body_named_abroad(doc, f: _Found, found: list[_Found]) -> bool:
    """The text's other towns and regions lie in countries none of the town's readings lies
    in: a body named for where it was founded, told of elsewhere ("the opening in Tashkent of
    the Shanghai Cooperation Organization's centre", whose members' names, China's among them,
    are no places of the story). A town's own body acts in its town ("The Mosul Reconstruction
    Organization said it rebuilt 300 homes in Iraq", "the Kirkuk Youth Organization held a
    rally"), so the town stays where the text names no other town or region, or one in its
    country."""
    key = name_key(doc, f.start, f.end)
    near = {
        e.country
        for g in found
        if name_key(doc, g.start, g.end) != key
        for e in g.entries
        if e.rank == 2 or (e.rank in (3, 4) and e.population >= MIN_POP_COUNTRY)
    }
    return bool(near) and not any(e.country in near for e in f.entries)


def _city_region(region, entries) -> bool:
    """The first-level region is a city's own (Shanghai, a municipality of China): a town of
    its name in it holds half its people or more. A state's name in a body's name is whose body
    it is ("the Texas Environmental Concerns Organization"); a city's is where it was founded."""
    return any(
        e.rank == 4
        and (e.country, e.admin1) == (region.country, region.admin1)
        and 2 * e.population >= region.population
        for e in entries
    )


def _ocean(doc, f: _Found) -> bool:
    """An ocean's name ("Atlantic", "Pacific"): in an organisation's name ("Virgin Atlantic",
    "the Pacific Decadal Oscillation", "Atlantic Council") it names no place the body is in,
    as a town's name in a firm's name does; but "the trans-Pacific Partnership" is across
    the ocean."""
    k = f.start
    if k >= 2 and doc[k - 1].text == "-" and doc[k - 2].lower_ == "trans":
        return False
    return any(e.rank == 5 and e.kind == "sea" for e in f.entries)


# a capitalised word after an organisation's word that makes the whole a building of the town
# named before it: "the Mosul Post Office" is the post office in Mosul, no paper's name
BUILDING_AFTER_ORG_WORD = {"post": frozenset({"office"})}


def _org_word_after(doc, k: int, e: int, org_words: frozenset[str] | set[str]) -> bool:
    """The word at ``k``, inside an organisation's name ending at ``e``, makes the name before
    it a brand's or a paper's ("the Denver Post", "Texas Instruments"), unless the next word
    makes the whole a building of the town ("the Nablus Post Office")."""
    if k >= e:
        return False
    key = norm(doc[k].text)
    if key not in org_words:
        return False
    nxt = norm(doc[k + 1].text) if k + 1 < len(doc) else ""
    return nxt not in BUILDING_AFTER_ORG_WORD.get(key, frozenset())
