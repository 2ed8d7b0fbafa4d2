"""Place names that are words of a longer name of something else (the lead's, stop 48):

- a surname after a name's particle in lower case ("José Eduardo dos Santos", "Carlos da
  Silva"): :func:`surname_after_a_particle`;
- a first-level region of a land the text reads nowhere, written as a given name before a
  surname inside the name of a site or a body that the recogniser reads as an organisation
  ("the Cesar Ramos Barracks" in the Philippines): :func:`region_of_an_unread_land_in_a_body`.

Each is read after recognition, over the names found, and drops the name: no place is better
than a province or a city on another continent.
"""

from __future__ import annotations

from explorer.geoparse.gazetteer import Gazetteer
from explorer.geoparse.longer_names import UNIT_WORDS
from explorer.geoparse.names import norm
from explorer.geoparse.recognised import _Found
from explorer.geoparse.tokens import TokenView

# the particles of Portuguese, Spanish, Italian, French, Dutch and German surnames, written
# between spaces in lower case ("dos Santos", "da Silva", "de Gaulle", "van Gogh", "von Trapp")
NAME_PARTICLES = frozenset(
    {"da", "das", "de", "del", "della", "di", "do", "dos", "du", "van", "von", "der"}
)
# the ranks of a town and a district: what a surname may be misread as (a country's or a
# region's name after a particle names a land: "the Republic of Congo", "Cape of Good Hope")
_TOWN_RANKS = (3, 4)
_REGION_RANK = 2
_COUNTRY_RANK = 0
# a town this big, of the region's land, among any name's readings: the text may be there
READ_TOWN_POP = 10_000


def surname_after_a_particle(tv: TokenView, gaz: Gazetteer, f: _Found) -> bool:
    """ "José Eduardo dos Santos will hand over power", "the painter Leonardo da Vinci": one
    capitalised word after a name's particle in lower case (:data:`NAME_PARTICLES`), itself
    after a capitalised given name, is the person's surname, not a town of the name (Santos,
    Brazil; Vinci, Italy). Only a word every reading of which is a town or a district; a
    place's whole name the gazetteer holds ("Rio de Janeiro", "São José dos Campos") is found
    whole, never as its last word alone."""
    k = f.start
    if f.demonym or f.end - k != 1 or k < 2 or not f.entries:
        return False
    if not all(e.rank in _TOWN_RANKS for e in f.entries):
        return False
    if tv.words[k - 1] not in NAME_PARTICLES:
        return False
    given = tv.words[k - 2]
    return tv.cap[k - 2] and given.isalpha() and gaz.is_given_name(norm(given))


def region_of_an_unread_land_in_a_body(
    tv: TokenView, gaz: Gazetteer, f: _Found, found: list[_Found]
) -> bool:
    """ "a clinic opened at the Cesar Ramos Barracks on Mindanao": a one-word name the
    recogniser reads only as part of an organisation's name (``source == "org-part"``), every
    reading of which is a first-level region of one land, that is a given name before another
    capitalised word (a person's name the body is named for), is no place where the text names
    another country and reads nothing else in the region's land (no name that may be the land,
    a region of it or a town of READ_TOWN_POP there): Colombia's Cesar is not the Philippine
    barracks' soldier. Kept: a body named for its region ("Balochistan Levies said smugglers fled
    into Iran", "the Ontario Provincial Police" beside Kingston), a region before its unit's
    word ("Donetsk Oblast"), and a body of a story that names no other country."""
    if f.source != "org-part" or f.demonym or f.end - f.start != 1 or not f.entries:
        return False
    k = f.end
    if k >= len(tv.words) or not (tv.cap[k] and tv.words[k].isalpha()):
        return False
    if tv.lower[k] in UNIT_WORDS or not gaz.is_given_name(norm(tv.words[f.start])):
        return False
    lands = {e.country for e in f.entries}
    if len(lands) != 1 or not all(e.rank == _REGION_RANK for e in f.entries):
        return False
    (land,) = lands
    others = [e for g in found if g is not f for e in g.entries]
    return any(e.rank == _COUNTRY_RANK and e.country != land for e in others) and not any(
        e.country == land and (e.rank <= _REGION_RANK or e.population >= READ_TOWN_POP)
        for e in others
    )
