"""The other senses of the triggers of the rules that read a name by the words around it
(``words_around``, ``towns``), each narrowing one rule to the sense it was written for (branch
review75's):

- a title's word that opens a firm's or a body's name is no title ("Duke Energy of North
  Carolina": :func:`firm_named_for_a_title`);
- a winner, a penalty or an opener is a goal's only in a story that gives a score ("the
  marathon winner from Eldoret", "a penalty from Brussels": :func:`contest_word_without_score`);
- an animal's noun that names the trade or the people of the animals is no breed's ("Darfur-Arab
  cattle raiders": :func:`animals_of_a_trade`);
- a list closed by a region is the region's towns only where each of them can be, and none is
  a world city chosen abroad ("Warsaw, Krakow and Chicago, Illinois":
  :func:`list_not_the_regions`);
- a text that names a VAT or a council tax, or a place beside the world city abroad, is no
  North American town's paper ("the Colosseum and the Vatican":
  :func:`world_city_kept_by_its_text`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from explorer.geoparse.gazetteer import Entry
    from explorer.geoparse.resolve import Mention

# the scoring words that are also a contest's person or a fine: a goal's only beside a score
_CONTEST_WORDS = frozenset({"winner", "penalty", "opener", "try"})
# a game's score ("won 1-0", "a 2-2 draw"): two small numbers joined by a hyphen or a dash
_SCORE = re.compile(r"(?<![\d/.-])\d{1,2}\s?[-\u2013]\s?\d{1,2}(?![\d/.-])")


def contest_word_without_score(scoring: str, text: str) -> bool:
    """Whether ``scoring`` (the word before "from" and the name) is one a contest or a court
    uses too ("the marathon winner from Eldoret", "a penalty from Brussels", "the season's
    opener from Kherson") in a text that gives no game's score: the name is then the winner's
    or the fine's town, not a scorer's name. A goal, a header or a volley is a game's word
    whatever the text; "a late penalty from Luan" in "Vasco won the game 1-0" is a scorer's."""
    return scoring in _CONTEST_WORDS and _SCORE.search(text) is None


def firm_named_for_a_title(blocked: list[tuple[int, int, str]], f) -> bool:
    """Whether the name after "of" follows a title and one capitalised word that the
    recogniser refused as one organisation's or building's name (``blocked``: "Duke Energy of
    North Carolina", "Duke University of Durham"): the title's word opens a firm's or a body's
    name, and the name after "of" is where the firm is, not a title's land. "Baroness Ashton
    of Upholland", "Prince Harry of Wales" are persons' (or no entity's), and stay titles."""
    i = f.start
    return i >= 3 and any(
        s == i - 3 and e == i - 1 and label in ("ORG", "FAC") for s, e, label in blocked
    )


# after an animal's noun, a word of its trade or its people: the noun is a modifier, the
# phrase no breed's name ("cattle raiders", "camel traders", "horse market", "sheep rustling")
_TRADE = re.compile(
    r"^(?:[a-z]+(?:ers|ing)|markets?|trade|races?|raids?|thieves|theft|owners?|herds?|fairs?)$"
)


def animals_of_a_trade(words: list[str], f) -> bool:
    """Whether the animal's noun after "Place-Word" is followed by a word of the animals'
    trade or people ("Darfur-Arab cattle raiders", "Kenya-Somali camel traders"): raiders or
    traders of a land and a people, no breed; "the Akhal-Teke horse was" is a breed's."""
    k = f.end + 3
    return k < len(words) and _TRADE.match(words[k]) is not None


def list_not_the_regions(mentions: list[Mention], run: list[int], region: Entry) -> bool:
    """Whether the towns of ``run``, a list closed by ``region``, are not all the region's:
    one has no town of its name in the region ("Warsaw, Krakow and Chicago, Illinois": no
    Krakow in Illinois), or one is chosen as a world city outside it (a city of a million, or a
    capital of 100,000: "Cairo, Alexandria and Memphis, Tennessee" keeps Egypt's Alexandria).
    Then the region closes its last town only, and the list is left as read."""
    from explorer.geoparse.resolve import FAMOUS_POP, STRAY_POP, _inside

    for k in run:
        m = mentions[k]
        e = m.chosen
        if e is None or not any(x.rank == 4 and _inside(x, region) for x in m.entries):
            return True
        if not _inside(e, region) and (
            e.population >= FAMOUS_POP or (e.capital and e.population >= STRAY_POP)
        ):
            return True
    return False


def world_city_of_a_member(m: Mention, region: Entry) -> Entry | None:
    """The big city of another land than ``region``'s that ``m``, a member of a list the region
    closes, names: its chosen town if that lies abroad and is a world city (a million people,
    or a capital of 100,000: Tokyo, Dublin); else, where it is read in the region's land, its
    biggest town in a third land that is a world city bigger than the town read, or a city of
    100,000 ten times its size (London, England of London, Ontario; Athens, Greece of Athens,
    Georgia; Liverpool, England of Liverpool, Nova Scotia; Melbourne, Australia of Melbourne,
    Florida in a list Nova Scotia closes). None for a town of the region's land alone
    (Guelph), a namesake abroad not so big (Richmond, Virginia of Richmond, British Columbia),
    or a land or a county abroad (Surrey, England)."""
    from explorer.geoparse.resolve import NAMESAKE_RATIO, STRAY_POP
    from explorer.geoparse.resolve import _world_city as world

    e = m.chosen
    if e is None or e.rank != 4:
        return None
    if e.country != region.country and world(e):
        return e
    abroad = [
        x
        for x in m.entries
        if x.rank == 4
        and x.country not in (region.country, e.country)
        and (
            (world(x) and x.population > e.population)
            or x.population >= max(STRAY_POP, NAMESAKE_RATIO * e.population)
        )
    ]
    return max(abroad, key=lambda x: x.population, default=None)


# a tax a country abroad levies, where North American towns count a sales tax: Britain's
# council tax, a VAT (not "value-added tax" spelled out: Canadian papers call their harmonized
# sales tax one, LGL 43031652)
_FOREIGN_TAX = re.compile(r"\b(?:VAT|[Cc]ouncil [Tt]ax)\b")
# how near another name of the text must lie to the world city to place the text there
_BESIDE_KM = 50.0


def world_city_kept_by_its_text(doc, text: str, found: list, key: str, world) -> bool:
    """Whether a text otherwise read as a North American town's paper (its council and people
    named twice, a sales tax's revenue in dollars) speaks of the world city ``key`` names: it
    names a tax the world city's country levies ("London residents pay VAT", "council tax"), or
    another name whose every reading lies abroad and one within 50 km of the world city ("Rome
    residents ... the Colosseum and the Vatican"), as its old guard keeps a text that names the
    world city's country."""
    from explorer.geoparse.tokens import name_key
    from explorer.model import great_circle_km

    if _FOREIGN_TAX.search(text):
        return True
    cities = [
        e
        for f in found
        if name_key(doc, f.start, f.end) == key
        for e in f.entries
        if world(e) and e.country not in ("US", "CA")
    ]
    for g in found:
        if g.demonym or not g.entries or name_key(doc, g.start, g.end) == key:
            continue
        if any(e.country in ("US", "CA") for e in g.entries):
            continue
        if any(
            great_circle_km(c.lat, c.lon, e.lat, e.lon) <= _BESIDE_KM
            for c in cities
            for e in g.entries
        ):
            return True
    return False
