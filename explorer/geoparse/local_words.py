"""Words of a sentence that say which of a name's namesakes is meant (branch geofix58's).

A list of world cities is one of links between them: flights, offices, tours
(:func:`a_sentence_of_links`, narrowing
:func:`~explorer.geoparse.words_around.world_cities_before_the_closing_region`); a sea's trade
is a coast's, not an inland city's (:func:`coastal_namesake_of_an_inland_city`); a title of
nobility names its land, and a town the text names nowhere else lies there
(:func:`town_in_the_title_s_land`); a field or a farm lies in a county, not in a city
(:func:`county_of_rural_ground`); an American town's own body names an American town
(:func:`town_of_an_american_body`).
"""

from __future__ import annotations

import functools
import json
import re
from typing import TYPE_CHECKING

from explorer.geoparse.any_case import AnyCase
from explorer.geoparse.caretaker_bodies import commissioners_in_place_of_a_dissolved_council
from explorer.geoparse.names import norm
from explorer.geoparse.senses_narrowed import a_body_of_any_land, a_tour_abroad
from explorer.geoparse.words_around import _TITLES
from explorer.model import great_circle_km

if TYPE_CHECKING:
    from explorer.geoparse.gazetteer import Entry, Gazetteer
    from explorer.geoparse.resolve import Mention

# the end of a sentence before a name, or after it
_STOP = re.compile(r"[.!?](?=\s)")


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence that holds ``text[start:end]`` (from the stop before it to the one after);
    the stop before is searched backwards, a sentence's length at most, not from the start."""
    k = start
    while k > 0 and not (text[k - 1] in ".!?" and k < len(text) and text[k].isspace()):
        k -= 1
    after = _STOP.search(text, end)
    return text[k : after.start() if after else len(text)]


# words of links between far cities: a network's routes, a firm's branches, a tour's stops
_LINKS = re.compile(
    r"\b(?:fl(?:y|ies|ew|own|ights?)|airlines?|nonstop|routes?|links?|connects?|ferr(?:y|ies)|"
    r"sail(?:s|ed|ing)?|ships?|shipping|cargo|containers?|exports?|trade[sd]?|trading|"
    r"sells?|sold|offices|stores|shops|branches|bureaus|headquarters|tour(?:s|ed|ing)?|"
    r"travel(?:s|led|ed|ling|ing)?|visits?|concerts?|exhibitions?|envoys?|embass(?:y|ies)|"
    r"consulates?|hubs?|studios?)\b",
    re.IGNORECASE,
)
# words of a region's own life: its government, its weather, its homes and schools
_REGION_S_OWN = re.compile(
    r"\b(?:police|sheriffs?|governor|mayors?|county|counties|statewide|the state|state's|"
    r"schools?|rural|residents|voters|ballots|storms?|tornado(?:es)?|floods?|flooded|"
    r"power|homes|hydro|clerks?|regional|local)\b",
    re.IGNORECASE,
)


def a_sentence_of_links(text: str, start: int, end: int, region: str) -> bool:
    """ "Flights link Athens, Rome and Atlanta, Georgia", "The bank has offices in London,
    Tokyo and Toronto, Ontario": a list of world cities closed by a region's big city is a
    sentence of links between far cities: a network's flights, routes and ships, a firm's
    offices and stores, a tour's stops (:data:`_LINKS`). Without them the list is the
    region's towns, as its grammar says ("Voters in Athens, Rome and Atlanta, Georgia"), and
    so it is where the sentence tells of the region's own life (:data:`_REGION_S_OWN`: its
    police, governor, storms, schools, homes: "The governor toured tornado damage in Athens,
    Rome and Atlanta, Georgia") or names the region again ("the chain's Texas managers")."""
    sentence = _sentence_around(text, start, end)
    if not _LINKS.search(sentence) or _REGION_S_OWN.search(sentence):
        return False
    return sentence.count(region) <= 1


# words of the sea's trades and shores
_SEA = AnyCase(
    re.compile(
        r"\b(?:fisherm[ae]n|fishing|fishery|fisheries|trawlers?|boats?|harbou?r(?:master)?s?|"
        r"wharf|wharves|piers?|docks?|catch|squid|sardines?|tuna|anchov(?:y|ies)|"
        r"crab(?:s|bers)?|lobster(?:s|men)?|surf(?:ers|ing)?|beach(?:es)?|coast(?:al)?|"
        r"sailors?|seaside|waterfront|marina|tides?|whales?|oyster(?:s|men)?|shrimp(?:ers)?|"
        r"canner(?:y|ies))\b",
        re.IGNORECASE,
    ),
    # a word each of its words holds, searched first: most texts hold none
    *("fish", "trawler", "boat", "harbo", "wharf", "wharves", "pier", "dock", "catch"),
    *("squid", "sardine", "tuna", "anchov", "crab", "lobster", "surf", "beach", "coast"),
    *("sailor", "seaside", "waterfront", "marina", "tide", "whale", "oyster", "shrimp"),
    "canner",
)
# a town this near its country's outline lies on a coast (or a border); one this far, inland
_COAST_KM = 30.0
_INLAND_KM = 100.0
_MIN_NAMESAKE_POP = 10_000


@functools.cache
def _outlines() -> dict[str, object]:
    """Each country's outline (Natural Earth's, simplified: ``geodata/basemap``), by code."""
    from shapely.geometry import shape

    from explorer.paths import geodata_dir

    path = geodata_dir() / "basemap" / "countries.geojson"
    if not path.exists():
        return {}
    out: dict[str, object] = {}
    for f in json.loads(path.read_text(encoding="utf-8"))["features"]:
        try:
            out[f["properties"]["code"]] = shape(f["geometry"]).boundary
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
    return out


def _km_to_outline(e: Entry) -> float | None:
    """How far the town lies from its country's outline (a coast or a land border), in km."""
    from shapely.geometry import Point
    from shapely.ops import nearest_points

    edge = _outlines().get(e.country or "")
    if edge is None:
        return None
    near = nearest_points(edge, Point(e.lon, e.lat))[0]
    return great_circle_km(e.lat, e.lon, near.y, near.x)


def coastal_namesake_of_an_inland_city(mentions: list[Mention], final, text: str) -> None:
    """ "Sardine fishermen in Monterey landed their biggest catch": a name read as a city far
    inland (more than :data:`_INLAND_KM` from its country's outline), no capital, in a
    sentence of the sea's trades and shores (:data:`_SEA`: fishermen, boats, a harbour, a
    catch) is the namesake of the same main name that lies on a coast (within
    :data:`_COAST_KM`) with a fiftieth of the city's people and 10,000 at least: Monterey,
    California, not Mexico's Monterrey (which bears "Monterey" as another spelling). Not where
    the text reads another name in the inland city's land ("Fishermen from Veracruz sold their
    catch in Monterrey", "Madrid's fish market ... in Spain"), nor a name a container places."""
    from explorer.geoparse.resolve import _choose

    if not _SEA.search(text):
        return
    for k, m in enumerate(mentions):
        e = m.chosen
        if e is None or m.demonym or m.container or e.rank != 4 or e.capital:
            continue
        if not _SEA.search(_sentence_around(text, m.start, m.end)):
            continue
        if _land_named_beside(mentions, m, e.country):
            continue
        inland = _km_to_outline(e)
        if inland is None or inland <= _INLAND_KM:
            continue
        key = norm(m.name)
        coastal = [
            c
            for c in m.entries
            if c.rank == 4
            and c.country != e.country
            and norm(c.name) == key
            and c.population >= max(_MIN_NAMESAKE_POP, e.population / 50)
            and (_km_to_outline(c) or _INLAND_KM) <= _COAST_KM
        ]
        if coastal:
            _choose(m, final[k], max(coastal, key=lambda c: c.population))


def _land_named_beside(mentions: list[Mention], m: Mention, country: str | None) -> bool:
    """Whether the text reads another of its names (not ``m``, by position) in ``country``."""
    return any(
        o.chosen is not None
        and o.chosen.country == country
        and (o.start, o.end) != (m.start, m.end)
        for o in mentions
    )


_TITLE_S_LAND = re.compile(
    r"\b(?:"
    + "|".join(sorted(_TITLES))
    + r")(?:\s+and\s+(?:"
    + "|".join(sorted(_TITLES))
    + r"))?\s+of\s+([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)"
)
# a namesake in the title's land with this share of the town's people is the town meant
_TITLE_SHARE = 0.1


def _title_lands(text: str, gaz: Gazetteer) -> set[str]:
    """The countries of the lands the text's titles of nobility name ("the Duke of Sussex":
    Sussex, England's county, GB): a unit or a curated area of one country, never a town (the
    Duke of Wellington's) nor a country (Prince Albert of Monaco's: the country is read)."""
    lands: set[str] = set()
    for t in _TITLE_S_LAND.finditer(text):
        units = {
            e.country
            for e in gaz.lookup(norm(t.group(1)))
            if e.primary and e.country and (e.rank in (2, 3) or (e.rank == 5 and e.kind == "area"))
        }
        if len(units) == 1:
            lands |= units
    return lands


def town_in_the_title_s_land(mentions: list[Mention], final, text: str, gaz: Gazetteer) -> None:
    """ "The Duke and Duchess of Sussex visited Windsor": a title of nobility names its land
    (Sussex, England's county: :func:`_title_lands`), and a town the text reads in another
    land, where it names nothing else of that land and no container places the town, is the
    namesake in the title's land with a tenth of its people (Windsor, England, 31,560, not
    Windsor, Ontario, 229,660). Not a town of no namesake there of that size ("The Duke of Kent
    watched the final in Melbourne"), nor where the text names the town's land ("visited Perth
    on her tour of Australia", "Windsor, Ontario", "flew to Vancouver and then to Victoria")."""
    if not any(t in text for t in _TITLES):
        return
    lands = _title_lands(text, gaz)
    if len(lands) != 1:
        return
    (land,) = lands
    from explorer.geoparse.resolve import _choose

    for k, m in enumerate(mentions):
        e = m.chosen
        if e is None or m.demonym or m.container or e.rank != 4 or e.country == land:
            continue
        if _land_named_beside(mentions, m, e.country) or a_tour_abroad(text, m.start, m.end):
            continue
        there = [
            c
            for c in m.entries
            if c.rank == 4 and c.country == land and c.population >= e.population * _TITLE_SHARE
        ]
        if there:
            _choose(m, final[k], max(there, key=lambda c: c.population))


# ground of the countryside before "in" and a name: "a flooded field in Kent"
_RURAL_GROUND = re.compile(
    r"\b(?:fields?|farms?|farmland|meadows?|pastures?|orchards?|vineyards?|villages?|"
    r"countryside|woods|woodland|barns?|hamlets?)\s+in\s+$",
    re.IGNORECASE,
)


def county_of_rural_ground(mentions: list[Mention], final, text: str) -> None:
    """ "A Shetland pony was rescued from a flooded field in Kent": a field, a farm, a village
    or a meadow "in" a name read as a town lies in a county where the name is a second-level
    unit with more people than the town, of another land (England's Kent, 1.4 million, not
    Kent, Washington, 126,952): the countryside lies in counties, not in a city. Not where the
    text reads another name in the town's land ("Seattle police found a stolen car in a field
    in Kent"), nor a town a container places ("a soybean field in Kent, Ohio"), nor another
    word before "in" ("the FBI field office in Norfolk")."""
    from explorer.geoparse.resolve import _choose

    for k, m in enumerate(mentions):
        e = m.chosen
        if e is None or m.demonym or m.container or e.rank != 4:
            continue
        if not _RURAL_GROUND.search(text, max(0, m.start - 40), m.start):
            continue
        if _land_named_beside(mentions, m, e.country):
            continue
        key = norm(m.name)
        counties = [
            c
            for c in m.entries
            if c.rank == 3
            and c.country != e.country
            and norm(c.name) == key
            and c.population > e.population
        ]
        if counties:
            _choose(m, final[k], max(counties, key=lambda c: c.population))


# an American town's own bodies after its name: its city or county commissioners, its
# selectmen, its boards of aldermen or supervisors (no other land's towns name theirs so)
_AMERICAN_TOWN_BODY = re.compile(
    r"\s+(?:(?:city|county|town)\s+commission(?:ers?)?|selectmen|select\s+board|"
    r"board\s+of\s+(?:selectmen|aldermen|supervisors))\b",
    re.IGNORECASE,
)


def town_of_an_american_body(mentions: list[Mention], final, text: str) -> None:
    """ "Belgrade city commissioners approved a warehouse for a Seattle retailer": a name before
    an American town's own body (:data:`_AMERICAN_TOWN_BODY`: city or county commissioners,
    selectmen, a board of aldermen or supervisors), read as a town of another land, is the
    biggest American town of the name (Belgrade, Montana, not Serbia's capital): those bodies
    govern American towns. Not where the text reads another name in the reading's land
    ("Belgrade city commissioners met Serbian ministers", "Lima city commissioners, Peruvian
    media said"), nor other bodies' words ("Belgrade election commissioners", "Moscow city
    council members", "the UN High Commissioner ... Belgrade")."""
    from explorer.geoparse.resolve import _choose

    if "ommission" not in text and "elect" not in text and "oard of" not in text:
        return
    for k, m in enumerate(mentions):
        e = m.chosen
        if e is None or m.demonym or m.container or e.rank not in (0, 2, 3, 4):
            continue
        if e.country == "US" or not _AMERICAN_TOWN_BODY.match(text, m.end):
            continue
        if a_body_of_any_land(text, m.end):
            continue
        if commissioners_in_place_of_a_dissolved_council(text, m.start, m.end):
            continue
        if _land_named_beside(mentions, m, e.country):
            continue
        towns = [c for c in m.entries if c.rank == 4 and c.country == "US"]
        if towns:
            _choose(m, final[k], max(towns, key=lambda c: c.population))
