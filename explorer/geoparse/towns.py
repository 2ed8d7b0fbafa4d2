"""Rules that read a country's or a world city's name as a town's: a local body, a quarter of
a town, a town named for another country.
"""

from __future__ import annotations

import re
from dataclasses import replace

from explorer.geoparse.gazetteer import Entry, Gazetteer
from explorer.geoparse.names import Guarded, norm
from explorer.geoparse.persons import _resident_of
from explorer.geoparse.recognised import _Found
from explorer.geoparse.resolve import FAMOUS_POP, STRAY_POP, _money_country
from explorer.geoparse.skeleton_region import _sentence
from explorer.geoparse.things import _after_address, _school_team
from explorer.geoparse.tokens import name_key, span_text, view
from explorer.geoparse.trigger_senses import world_city_kept_by_its_text
from explorer.model import great_circle_km

# a US state's own public bodies as its news names them ("state lawmakers", "state Rep.", "the
# Public Service Commission", "Gov. Nathan Deal"); not "state media", "state-run" nor "State
# Department", which foreign news writes too
_STATE_BODIES = re.compile(
    r"\b[Ss]tate (?:legislature|legislators?|lawmakers?|senators?|Sen\.|Rep\.|representatives?"
    r"|House|Senate|ethics|attorney general|school superintendent|troopers?|income tax"
    r"|Capitol|capitol)(?![a-z])|\bstatehouse\b|\bPublic Service Commission(?:er)?\b"
    r"|\bGov\. [A-Z][a-z]|\b[Ll]ieutenant [Gg]overnor\b|\bLt\. Gov\."
)


# a North American town's own bodies after its name, as its local paper writes them: a city
# manager, a parks department, its schools, a township's or a New England town's board; not a
# council, a mayor or the police, which world cities have too ("Paris City Council")
_TOWN_BODIES = re.compile(
    r"(?:['’]s)?\s+(?:[Cc]ity [Mm]anager|Parks (?:and|&) Recreation|[Ee]lementary"
    r"|[Mm]iddle [Ss]chools?|[Ss]chool [Bb]oard|Board of Education|[Ss]chool [Dd]istrict"
    r"|Township|(?:Board of )?Selectmen|[Rr]ecreation [Cc]enter)\b"
)


# a body or a people every city has, after its name: the town's where the text also names an
# office only a North American town has (below), the world city's otherwise ("Paris City
# Council" alone stays Paris)
_CITY_BODIES = re.compile(
    r"(?:['’]s)?\s+(?:[Cc]ity [Cc]ouncil|[Cc]ity [Cc]ommission|[Mm]ayor|[Rr]esidents?\b"
    r"|[Cc]ity [Hh]all)(?![a-z])"
)


# an office of a North American town's government, named anywhere in the text: its
# administrator, manager or clerk, its public works (not a country's "Ministry of Public Works",
# "Minister for Public Works", "Public Works Secretary", "Department of Public Works and
# Highways"), its aldermen or selectmen
_TOWN_OFFICES = Guarded(
    re.compile(
        r"\b(?:City|Town|Village) (?:Administrator|Manager|Clerk)\b|\b[Cc]ity manager\b"
        r"|(?<!of )(?<!for )\bPublic Works\b(?! and| Secretary| Minist)"
        r"|\b[Aa]ldermen\b|\b[Ss]electmen\b"
    ),
    *("Administrator", "Manager", "Clerk", "ity manager", "Public Works", "ldermen", "electmen"),
)


def _county_short_names(doc, found: list[_Found]) -> list[_Found]:
    """A name the text also gives as a county's ("Osceola County" after "another was under
    control in Osceola", in a story of Florida's fires) may be that county, in each state
    where no town bears the name: local news writes a county by its first word once it has
    named it. The county's readings join the name's, and the text's context chooses among
    them; not a country's or a state's name ("Washington County" beside "Washington")."""
    counties: dict[str, tuple[Entry, ...]] = {}
    for f in found:
        surface = span_text(doc, f.start, f.end)
        if not f.demonym and surface.endswith(" County"):
            counties[norm(surface[: -len(" County")])] = tuple(
                e for e in f.entries if e.rank == 3 and e.primary
            )
    if not counties:
        return found
    for f in found:
        key = name_key(doc, f.start, f.end)
        if f.demonym or not counties.get(key) or any(e.rank in (0, 1, 2, 5) for e in f.entries):
            continue
        towns = {(e.country, e.admin1) for e in f.entries if e.rank == 4}
        f.entries += tuple(
            c for c in counties[key] if (c.country, c.admin1) not in towns and c not in f.entries
        )
    return found


def _town_not_world_city(doc, text: str, found: list[_Found]) -> list[_Found]:
    """A name that is a world city abroad (a capital of 100,000, a city of a million) and a
    town of the United States or Canada is the town, at every mention, where one mention is
    followed by the town's own bodies ("Dublin's city manager", "several Dublin elementary
    schools", "Athens Parks and Recreation Director"), or by a body or people any city has
    ("Athens City Council", "Athens residents") in a text that names a North American town's
    office ("City Administrator", "Public Works") or, at two mentions, its sales tax revenue in
    dollars (:func:`_bodies_of_a_dollar_town`); not where the text names the world city's
    country ("Ireland")."""

    def world(e: Entry) -> bool:  # as resolve's world cities: named for itself in world news
        return e.rank == 4 and (
            e.population >= FAMOUS_POP or (e.capital and e.population >= STRAY_POP)
        )

    towns: set[str] = set()
    offices = _TOWN_OFFICES.search(text) is not None
    for f in found:
        if f.demonym or not any(world(e) and e.country not in ("US", "CA") for e in f.entries):
            continue
        end = doc[f.end - 1].idx + len(doc[f.end - 1].text)
        body = _TOWN_BODIES.match(text, end) or (offices and _CITY_BODIES.match(text, end))
        if body and any(e.rank == 4 and e.primary and e.country in ("US", "CA") for e in f.entries):
            towns.add(name_key(doc, f.start, f.end))
    if not offices:
        towns |= _bodies_of_a_dollar_town(doc, text, found, world)
    if not towns:
        return found
    # the countries the text's other names place it in: a country, its adjective, a name of
    # one country only ("Marseille"; not "Dublin City" of "then Dublin City Manager", the
    # world city again)
    cities = {e.gid for f in found for e in f.entries if world(e)}
    abroad = {
        g.entries[0].country
        for g in found
        if g.entries
        and not any(e.gid in cities for e in g.entries)
        and (g.demonym or g.entries[0].rank == 0 or len({e.country for e in g.entries}) == 1)
    }
    for f in found:
        if f.demonym or name_key(doc, f.start, f.end) not in towns:
            continue
        if any(world(e) and e.country in abroad for e in f.entries):
            continue
        f.entries = (
            tuple(e for e in f.entries if e.rank in (3, 4) and e.country in ("US", "CA"))
            or f.entries
        )
    return _town_city_office(doc, found, towns)


# a North American town's own revenue, as its paper counts it: "Sales tax revenue is down",
# "raise sales tax revenue for the city", "January sales tax collections"; countries abroad levy
# a value-added or a goods and services tax
_SALES_TAX_REVENUE = Guarded(
    re.compile(r"\b[Ss]ales [Tt]ax(?:es)? (?:revenues?|receipts|collections)\b"), "ales tax"
)


# another currency's word: a text counting in it is no North American town's, whatever dollars
# it also gives ("a 1.6 billion euro ($1.8 billion) budget")
_OTHER_CURRENCY = re.compile(
    r"\b(?:euros?|pounds?|rupees?|Rs|yuan|yen|rubles?|roubles?|pesos?|francs?|liras?|shekels?"
    r"|dinars?|riyals?|dirhams?|naira|shillings?|kronor|kroner|kronur|zloty|hryvnias?)\b"
)


def _town_revenue_in_dollars(text: str) -> bool:
    """Whether the text counts a sales tax's revenue, and every sum in bare dollars (the United
    States' or Canada's), naming no other currency: a North American town's revenue; not a
    sales tax counted in rupees or euros, nor one paid, not collected ("Paris residents pay no
    sales tax")."""
    return (
        _SALES_TAX_REVENUE.search(text) is not None
        and _money_country(text) == ("US", "CA")
        and _OTHER_CURRENCY.search(text) is None
    )


def _bodies_of_a_dollar_town(doc, text: str, found: list[_Found], world) -> set[str]:
    """The world cities' names (``world`` says which readings are) that a text counting a sales
    tax's revenue in dollars gives a body or people any city has at two mentions or more ("the
    Athens City Council ... Athens residents", "Athens Mayor"): a North American town's paper
    names its own council and people again and again beside the town's revenue, as
    :func:`_town_not_world_city` takes one such mention beside a town's office. One mention is
    not enough: an American paper counts a world city's affairs in dollars too."""
    if not _town_revenue_in_dollars(text):
        return set()
    counted: dict[str, int] = {}
    for f in found:
        if f.demonym or not any(world(e) and e.country not in ("US", "CA") for e in f.entries):
            continue
        if not any(e.rank == 4 and e.primary and e.country in ("US", "CA") for e in f.entries):
            continue
        end = doc[f.end - 1].idx + len(doc[f.end - 1].text)
        if _CITY_BODIES.match(text, end):
            key = name_key(doc, f.start, f.end)
            counted[key] = counted.get(key, 0) + 1
    return {
        key
        for key, n in counted.items()
        if n >= 2 and not world_city_kept_by_its_text(doc, text, found, key, world)
    }


def _town_city_office(doc, found: list[_Found], towns: set[str]) -> list[_Found]:
    """ "Dublin City Council members", "then Dublin City Manager Jane Brautigam" in a text that
    reads Dublin as a North American town: "Dublin City" (a district of Ireland's capital by
    that name) is the town's name and its office's first word, the town at that mention too."""
    tv = view(doc)
    read = {
        key: f
        for f in found
        if not f.demonym
        and (key := name_key(doc, f.start, f.end)) in towns
        and f.entries
        and all(e.country in ("US", "CA") for e in f.entries)
    }
    for f in found:
        if f.demonym or f.end - f.start < 2 or tv.lower[f.end - 1] != "city":
            continue
        town = read.get(name_key(doc, f.start, f.end - 1))
        if town is not None and f.end < len(doc) and tv.cap[f.end]:
            f.end -= 1
            f.entries = town.entries
    return found


# a town's own bodies after its name, which no country has ("Palestine City Council")
MUNICIPAL_WORDS = frozenset(
    {"City", "Town", "Township", "Village", "Borough", "Selectmen", "Independent"}
)


def _town_not_country(doc, f: _Found) -> bool:
    """A name that is a country and a town, where the words around it are local news' for a
    town: a resident's noun after an article ("a Lebanon woman") or a town's body ("Palestine
    Independent School District", "Jordan City Council")."""
    if not any(e.rank == 0 for e in f.entries):
        return False
    if not any(e.rank == 4 and e.primary for e in f.entries):
        return False
    after = view(doc).words[f.end] if f.end < len(doc) else ""
    return after in MUNICIPAL_WORDS or _resident_of(doc, f)


# a municipality's word before "of" and a name: "the city of Turkey" is a town's name
MUNICIPALITY_NOUNS = frozenset({"city", "town", "village", "township", "borough"})


def _city_of(doc, f: _Found) -> bool:
    """ "the city of Turkey", "the Town of Jordan": a municipality's noun and "of" before the
    name."""
    tv = view(doc)
    k = f.start
    return k >= 2 and tv.lower[k - 1] == "of" and tv.lower[k - 2] in MUNICIPALITY_NOUNS


# a town's noun before "of" and its name, written in lower case after "the" ("the port of Mariupol")
PORT_NOUNS = frozenset({"port", "city", "town"})


def _port_of(doc, f: _Found) -> bool:
    """ "The port of Mariupol fell", "the city of Kherson": "the", a town's noun in lower case
    and "of" before the name (not "Port of Spain", a name of its own)."""
    tv = view(doc)
    k = f.start
    return (
        k >= 3
        and tv.lower[k - 1] == "of"
        and tv.words[k - 2] in PORT_NOUNS
        and tv.lower[k - 3] == "the"
    )


# the words that join the items of a list of places ("Guernsey, Jersey and the Isle of Man")
_LIST_JOINERS = frozenset({",", "and", "or", "the"})


def _listed_among_lands(doc, found: list[_Found], key: str) -> bool:
    """ "One Guernsey resident in ten gave ... says a report which surveyed Guernsey, Jersey
    and the Isle of Man": a name that is a country and a town, which local news' words read as
    the town at one mention ("a Lebanon woman"), is listed at another mention, with only
    commas, "and", "or" and "the" between, beside a name that is a country and no town (Jersey,
    the Isle of Man): a list of lands, so the name is the country at every mention, and a
    resident's noun after it ("a Malta resident") is the country's people. Not a list of towns
    ("between Lebanon, Mason and Waynesville"), nor one of names that are countries and towns
    alike ("the towns of Lebanon, Jordan and Mexico")."""

    def only_a_land(g: _Found) -> bool:
        return (
            not g.demonym
            and any(e.rank == 0 for e in g.entries)
            and not any(e.rank == 4 and e.primary for e in g.entries)
        )

    tv = view(doc)
    for i, f in enumerate(found):
        if f.demonym or name_key(doc, f.start, f.end) != key:
            continue
        for g in (found[i - 1] if i else None, found[i + 1] if i + 1 < len(found) else None):
            if g is None or not only_a_land(g):
                continue
            a, b = (g.end, f.start) if g.start < f.start else (f.end, g.start)
            if a < b and all(tv.lower[k] in _LIST_JOINERS for k in range(a, b)):
                return True
    return False


def _country_as_town(doc, found: list[_Found]) -> list[_Found]:
    """A country's name that the text reads as a town's at one mention is the town at every
    mention: "The Bob Wills Day celebration returns to Turkey ... the city of Turkey".

    After a North American town's body or people (``_town_not_country``'s "Jordan City
    Council", "a Lebanon woman") or a street address ("400 S. Locust St., Lebanon"), its towns
    of the countries the text's other places lie in come first, and with none those of the
    United States and Canada ("The Jordan City Council ... Jordan residents" is no quarter of
    Hong Kong). After "the city of" only a town of its own name in the country itself ("the
    city of Luxembourg") or in a country of the text's other places counts, else the reading
    stays ("the city of Mexico" is no Mexico of the Philippines; Turkey, Texas, 400 people, is
    not in the gazetteer: left unplaced, the gold's town would be a miss in the figures, which
    this pass may not lower)."""

    def country_and_town(f: _Found) -> bool:
        return any(e.rank == 0 for e in f.entries) and any(
            e.rank == 4 and e.primary for e in f.entries
        )

    local = {  # North American local news' words for a town
        name_key(doc, f.start, f.end)
        for f in found
        if not f.demonym
        and (_town_not_country(doc, f) or (country_and_town(f) and _after_address(doc, f)))
    }
    local = {key for key in local if not _listed_among_lands(doc, found, key)}
    teams = {  # a school's teams: North American local news, where its other places are
        name_key(doc, f.start, f.end)
        for f in found
        if not f.demonym and country_and_town(f) and _school_team(doc, f)
    }
    keys = (
        local
        | teams
        | {
            name_key(doc, f.start, f.end)
            for f in found
            if not f.demonym and country_and_town(f) and _city_of(doc, f)
        }
    )
    if not keys:
        return found
    near = {
        g.entries[0].country
        for g in found
        if g.entries and not g.demonym and name_key(doc, g.start, g.end) not in keys
    }
    if near <= {"US", "CA"}:
        local |= teams
    keys = {k for k in keys if k in local or k not in teams}
    for f in found:
        if f.demonym or (key := name_key(doc, f.start, f.end)) not in keys:
            continue
        towns = tuple(e for e in f.entries if e.rank in (3, 4))
        if key in local:
            lands = near or {"US", "CA"}
            f.entries = tuple(e for e in towns if e.country in lands) or towns or f.entries
        else:
            lands = near | {e.country for e in f.entries if e.rank == 0}
            f.entries = tuple(e for e in towns if e.primary and e.country in lands) or f.entries
    return found


def _crown_court(doc, found: list[_Found]) -> list[_Found]:
    """ "Kingston Crown Court": a Crown Court sits in England, Wales and Northern Ireland
    only, so the name before it keeps only its readings of the United Kingdom, where it has
    one (no Kingston of Jamaica)."""
    tv = view(doc)
    n = len(doc)
    for f in found:
        k = f.end
        if f.demonym or k + 1 >= n or tv.words[k] != "Crown" or tv.lower[k + 1] != "court":
            continue
        f.entries = tuple(e for e in f.entries if e.country == "GB") or f.entries
    return found


# a part of a town after the town's possessive ("Cairo's Abbasiya neighbourhood")
QUARTER_WORDS = frozenset(
    {"neighbourhood", "neighborhood", "district", "quarter", "suburb", "area", "section"}
)


QUARTER_KM = 100.0


QUARTER_CITY = 100_000  # a city big enough to have suburbs of its own


def _quarter_of_town(doc, found: list[_Found]) -> list[_Found]:
    """A name between a town's possessive and a quarter's word ("Cairo's Abbasiya
    neighbourhood", "London's Soho district"), or before a quarter's word and "of" a town ("the
    Fulton neighbourhood of southwest Minneapolis"), is a part of that town: only its readings
    within QUARTER_KM of one of the town's and in its country are kept (a quarter of Ilopango
    is no Santa Lucía of Honduras 80 km away across the border); with none (GeoNames lists this
    Abbasiya only as another name of Yehud, a town of Israel; Fulton is a dozen towns, none in
    Minnesota) it is read as the town, the place it is a part of, as ``_part_of_town`` reads a
    village GeoNames lists under its town."""
    tv = view(doc)
    by_end = {g.end: g for g in found if g.entries}
    by_start = {g.start: g for g in found if g.entries}
    for f in found:
        k = f.start
        if not f.entries or f.end >= len(doc) or tv.lower[f.end] not in QUARTER_WORDS:
            continue  # a quarter the gazetteer does not know stays unplaced
        if k >= 2 and tv.words[k - 1] in ("'s", "’s"):
            town = by_end.get(k - 1)
        else:
            town = _town_after_quarter(tv, by_start, f.end + 1)
        if town is None:
            continue
        points = [e for e in town.entries if e.rank == 4]
        if not points or town is f:
            continue
        city = max((e.population for e in f.entries if e.primary), default=0)
        if town.start > f.end and city >= max(QUARTER_CITY, *(e.population for e in points)):
            # "the Cincinnati suburb of West Chester": a city with suburbs, then its part; not
            # "the Santa Lucía neighbourhood of Ilopango", a name of towns of 72,000 and fewer
            continue
        f.entries = tuple(
            e
            for e in f.entries
            if any(
                e.country == p.country and great_circle_km(e.lat, e.lon, p.lat, p.lon) <= QUARTER_KM
                for p in points
            )
        ) or tuple(points)
    return found


# words before "in" that say the place is near the one just named ("lives nearby in Uptown")
NEARBY_WORDS = frozenset({"nearby", "close"})


def _nearby_in(doc, found: list[_Found]) -> list[_Found]:
    """A name after "nearby in" ("close by in") is near the last town the text named before
    it: only its readings within QUARTER_KM of that town's and in its country are kept; with
    none it is read as that town, as a quarter the gazetteer places elsewhere is ("said Caroline
    Rice, who lives nearby in Uptown" after "southwest Minneapolis" is no Uptown of Chicago)."""
    tv = view(doc)
    if NEARBY_WORDS.isdisjoint(tv.lower):
        return found  # "nearby in", "close by in": neither word
    last: _Found | None = None
    for f in found:
        k = f.start
        near = (
            k >= 2
            and tv.lower[k - 1] == "in"
            and (
                tv.lower[k - 2] in NEARBY_WORDS
                or (k >= 3 and tv.lower[k - 2] == "by" and tv.lower[k - 3] == "close")
            )
        )
        if near and last is not None and f.entries:
            points = [e for e in last.entries if e.rank == 4]
            f.entries = tuple(
                e
                for e in f.entries
                if any(
                    e.country == p.country
                    and great_circle_km(e.lat, e.lon, p.lat, p.lon) <= QUARTER_KM
                    for p in points
                )
            ) or tuple(points)
        if f.entries and not f.demonym and any(e.rank == 4 for e in f.entries):
            last = f
    return found


def _town_after_quarter(tv, by_start: dict[int, _Found], k: int) -> _Found | None:
    """The town after a quarter's word and "of", a lower-case word between them or none ("the
    Fulton neighbourhood of southwest Minneapolis")."""
    if k >= len(tv.words) or tv.lower[k] != "of":
        return None
    town = by_start.get(k + 1)
    if town is None and k + 2 < len(tv.words) and tv.words[k + 1].islower():
        town = by_start.get(k + 2)
    return town


def _part_of_another_country(doc, found: list[_Found]) -> list[_Found]:
    """ "Southern District of Ohio", "Central Province of X": a region's name followed by "of"
    and a place names a part of that place; when the region so named lies in another country
    (Israel's Southern District), it is not that region."""
    starts = {f.start: f for f in found}
    out = []
    for f in found:
        nxt = starts.get(f.end + 1)
        if (
            nxt is not None
            and doc[f.end].lower_ == "of"
            and f.entries
            and nxt.entries
            and not nxt.demonym
            and all(e.rank in (2, 3) for e in f.entries)
            and not {e.country for e in f.entries} & {e.country for e in nxt.entries}
        ):
            continue
        out.append(f)
    return out


def _town_named_for_another_country(doc, found: list[_Found]) -> list[_Found]:
    """ "the Russian Duma": a country's adjective right before a name whose every candidate is
    a town of another country (Douma, Syria) makes it that country's body, not the town."""
    ends = {f.end: f for f in found if f.demonym}
    out = []
    for f in found:
        adj = ends.get(f.start)
        if (
            adj is not None
            and f.entries
            and not f.demonym
            and all(e.rank == 4 and e.country != adj.entries[0].country for e in f.entries)
        ):
            continue
        out.append(f)
    return out


def _part_of_world_city(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """ "a crime task force in East London" in a story of Tower Hamlets and Uttoxeter: a compass
    word before a world city's name (a capital of 100,000, a city of a million) names that part
    of the city as often as a namesake town (East London, South Africa, the gazetteer's one
    "East London"). Where no reading of the whole name lies in the city's country, the city
    joins the readings, as another name of it, below the name's own: the text's other places
    choose ("East London" beside Port Elizabeth stays South Africa's)."""
    for f in found:
        if f.demonym or f.end - f.start != 2:
            continue
        if doc[f.start].text not in ("North", "South", "East", "West"):
            continue
        lands = {e.country for e in f.entries}
        f.entries += tuple(
            replace(e, primary=False)
            for e in gaz.lookup(norm(doc[f.start + 1].text))
            if e.rank == 4
            and e.primary
            and e.country not in lands
            and (e.population >= FAMOUS_POP or (e.capital and e.population >= STRAY_POP))
        )
    return found


def _country_named_within(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """ "random checkpoints in Beirut and Mount Lebanon": a name of several words whose last
    word is a country's name, where the text's other places lie in that country and the
    name's every reading is a town or a district of another country (Mt. Lebanon,
    Pennsylvania), names a part of that country the gazetteer lacks; left unplaced rather than
    put on another continent. A Pittsburgh story's Mount Lebanon stays."""
    out = []
    for f in found:
        if f.end - f.start >= 2 and f.entries and not f.demonym:
            land = {e.country for e in gaz.lookup(norm(doc[f.end - 1].text)) if e.rank == 0}
            key = name_key(doc, f.start, f.end)
            near = {
                g.entries[0].country
                for g in found
                if g.entries and name_key(doc, g.start, g.end) != key
            }
            if (
                land
                and land <= near
                and all(e.rank in (3, 4) for e in f.entries)
                and not {e.country for e in f.entries} & near
            ):
                continue
        out.append(f)
    return out


# the word before a country's or a great city's name that makes it a town's quarter of its
# people ("Little Italy", "Little Portugal", "Little Havana")
def _little_quarter(doc, f: _Found) -> bool:
    """ "the Little Portugal home": an immigrants' quarter of the text's town, named for their
    country or city, is neither."""
    return (
        f.start > 0
        and doc[f.start - 1].text == "Little"
        and any(e.rank == 0 or (e.rank == 4 and e.population >= STRAY_POP) for e in f.entries)
    )


def _capital_not_other_name(found: list[_Found]) -> list[_Found]:
    """A country's capital by its own name, where the text names that country, is not a town
    reached only by another of its names ("New Delhi accused Islamabad", beside Pakistan, is
    no Anantnag of Kashmir, which is also called Islamabad): the readings of other names go.
    Not where the country is unnamed: the old name may be the one meant."""
    named = {
        g.entries[0].country for g in found if g.entries and all(e.rank == 0 for e in g.entries)
    }
    for f in found:
        if f.demonym or not any(e.capital and e.primary and e.country in named for e in f.entries):
            continue
        f.entries = tuple(e for e in f.entries if e.primary)
    return found


# how far from a county's point a town it holds may lie: a US county is some 50 km across
COUNTY_TOWN_KM = 40.0


def _town_in_named_county(doc, found: list[_Found]) -> list[_Found]:
    """A town's name with a reading inside a county its sentence names ("Paris police met the
    mayor of Lamar County": Paris, Texas, Lamar County's seat) keeps only the readings in such
    a county, whatever a people's word says elsewhere ("the French president's remarks"). The
    county is a name read only as second-level units (the several Lamar Counties); the town, by
    its own name, lies within COUNTY_TOWN_KM of one of them, in its state. Not a state's or a
    county's name ("Washington" beside Washington County), nor a town a comma places ("the town
    of Lewisburg, West Virginia"), nor where the text names a place in the country of another
    reading ("Paris and Henry County officials met French officials from Lyon")."""
    counties = [
        g for g in found if g.entries and not g.demonym and all(e.rank == 3 for e in g.entries)
    ]
    if not counties:
        return found
    tv = view(doc)
    lands = {e.country for g in counties for e in g.entries}
    # countries the text names by a place, not a people's word ("French trade officials from
    # Lyon and Marseille"): a reading there stays in the race
    places = {
        g.entries[0].country
        for g in found
        if g.entries and not g.demonym and len({e.country for e in g.entries}) == 1
    } - lands
    for f in found:
        if f.demonym or not f.entries or (f.end < len(doc) and tv.words[f.end] == ","):
            continue
        if any(e.rank in (0, 1, 5) or (e.rank != 4 and e.country in lands) for e in f.entries):
            continue
        i, j = _sentence(tv, f)
        near = [c for g in counties if i <= g.start and g.end <= j for c in g.entries]
        inside = tuple(
            e
            for e in f.entries
            if e.primary
            and any(
                (c.country, c.admin1) == (e.country, e.admin1)
                and great_circle_km(e.lat, e.lon, c.lat, c.lon) <= COUNTY_TOWN_KM
                for c in near
            )
        )
        if (
            inside
            and len(inside) < len(f.entries)
            and not (places & {e.country for e in f.entries if e not in inside})
        ):
            f.entries = inside
    return found
