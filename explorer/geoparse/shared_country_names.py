"""Country names that another land's name shares or nearly spells (branch geoq46's): a short
name two countries share, written after a town of one of them (:func:`country_of_the_town_before`:
"Brazzaville, Congo"), and a country's name one letter off the own-language name of an overseas
land, in a roundup of that land's sovereign's overseas lands
(:func:`overseas_land_in_its_roundup`: "Guyana" for France's Guyane). Both run after the choice
(``resolve._after_choosing``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from explorer.geoparse.comma_country import _PLACING_WORDS
from explorer.geoparse.names import norm
from explorer.geoparse.senses_narrowed import a_roundup_of_many_lands
from explorer.model import great_circle_km

if TYPE_CHECKING:
    from explorer.geoparse.gazetteer import Entry, Gazetteer
    from explorer.geoparse.resolve import Mention

# a list goes on after the country ("Luanda, Congo and Zambia", "Juba, Congo, Uganda"): the
# comma before it lists names, it does not place the town
_LIST_GOES_ON = re.compile(r"^(?:\s+(?:and|or|&)\b|\s*,\s*[A-Z])")
# the country owns what follows ("Brazzaville, Congo's neighbour across the river"), or a
# lower-case word follows it: the country may be the next clause's subject ("Congo said")
_OWNS_OR_SPEAKS = re.compile(r"^(?:['\u2019]s?\b|\s+(?P<word>[a-z]+)\b)")


def country_of_the_town_before(mentions: list[Mention], final, text: str) -> None:
    """ "Brazzaville, Congo | AFP | Congolese President Denis Sassou Nguesso ...": a country's
    short name that two countries share ("Congo" for both Congos, "Korea" for both Koreas),
    read as one of them, written right after a comma that follows a town or a region the text
    reads in the other, is the town's country: the phrase says where the town lies, whatever
    the text's people's word ("Congolese", which GeoNames gives one Congo) pulls the name to.
    Not where the names go on as a list ("Luanda, Congo and Zambia"), where the country owns
    what follows ("Brazzaville, Congo's neighbour") or a lower-case word other than a placing
    one follows it (the country may speak), nor after a town of neither country."""
    from explorer.geoparse.resolve import _choose

    for i, m in enumerate(mentions):
        e = m.chosen
        if e is None or m.demonym or e.rank != 0:
            continue
        countries = {x.country: x for x in m.entries if x.rank == 0}
        if len(countries) < 2:
            continue
        before = _mention_before(mentions, m)
        if before is None or before.chosen is None or before.chosen.rank == 0:
            continue
        if not re.fullmatch(r",[ \t]*", text[before.end : m.start]):
            continue
        town_country = before.chosen.country
        if town_country == e.country or town_country not in countries:
            continue
        after = text[m.end : m.end + 40]
        if _LIST_GOES_ON.match(after):
            continue
        owns = _OWNS_OR_SPEAKS.match(after)
        if owns and (owns["word"] is None or owns["word"] not in _PLACING_WORDS):
            continue
        _choose(m, final[i], countries[town_country])


def _mention_before(mentions: list[Mention], m: Mention) -> Mention | None:
    """The mention that ends last before ``m`` starts, if any."""
    best = None
    for o in mentions:
        if o.end <= m.start and (best is None or o.end > best.end):
            best = o
    return best


# lands that another state rules from afar, by ISO code: their sovereign's code and their name
# in the sovereign's language, where news translated from it may write it (UN M49 and the ISO
# 3166 notes on dependent territories; curated for explorer)
OVERSEAS_LANDS: dict[str, tuple[str, str]] = {
    "GF": ("FR", "Guyane"),
    "GP": ("FR", "Guadeloupe"),
    "MQ": ("FR", "Martinique"),
    "RE": ("FR", "La Réunion"),
    "YT": ("FR", "Mayotte"),
    "NC": ("FR", "Nouvelle-Calédonie"),
    "PF": ("FR", "Polynésie française"),
    "PM": ("FR", "Saint-Pierre-et-Miquelon"),
    "WF": ("FR", "Wallis-et-Futuna"),
    "BL": ("FR", "Saint-Barthélemy"),
    "MF": ("FR", "Saint-Martin"),
    "TF": ("FR", "Terres australes et antarctiques françaises"),
    "AW": ("NL", "Aruba"),
    "CW": ("NL", "Curaçao"),
    "SX": ("NL", "Sint Maarten"),
    "BQ": ("NL", "Caribisch Nederland"),
    "GL": ("DK", "Kalaallit Nunaat"),
    "FO": ("DK", "Føroyar"),
    "AX": ("FI", "Åland"),
    "SJ": ("NO", "Svalbard og Jan Mayen"),
    "AS": ("US", "American Samoa"),
    "GU": ("US", "Guam"),
    "MP": ("US", "Northern Mariana Islands"),
    "PR": ("US", "Puerto Rico"),
    "VI": ("US", "United States Virgin Islands"),
    "AI": ("GB", "Anguilla"),
    "BM": ("GB", "Bermuda"),
    "VG": ("GB", "British Virgin Islands"),
    "KY": ("GB", "Cayman Islands"),
    "FK": ("GB", "Falkland Islands"),
    "GI": ("GB", "Gibraltar"),
    "MS": ("GB", "Montserrat"),
    "SH": ("GB", "Saint Helena"),
    "TC": ("GB", "Turks and Caicos Islands"),
    "CK": ("NZ", "Cook Islands"),
    "NU": ("NZ", "Niue"),
    "TK": ("NZ", "Tokelau"),
    "NF": ("AU", "Norfolk Island"),
    "CX": ("AU", "Christmas Island"),
    "CC": ("AU", "Cocos (Keeling) Islands"),
}
# how far from the country its name was read as one of the roundup's overseas lands must lie:
# a roundup of a sovereign's lands on two oceans is the sovereign's news, not the region's (the
# Caribbean's news names Guyana beside Martinique, 1,600 km away; France's names Reunion too)
ROUNDUP_FAR_KM = 5_000


def overseas_land_in_its_roundup(mentions: list[Mention], final, gaz: Gazetteer) -> None:
    """ "In Reunion, a cable car ... Lastly in Guyana, gold panning": a name read as a country, one
    letter off the own-language name of an overseas land (France's "Guyane"), in a text whose
    every other name is that land's sovereign's or its other overseas lands', four of them at
    least (``senses_narrowed.a_roundup_of_many_lands``) and one as far as ROUNDUP_FAR_KM from
    the country, is the overseas land: a roundup of a sovereign's overseas news, translated,
    writes the land's name nearly as the sovereign does. Not where the text names the land
    itself ("Guyana, Suriname and French Guiana"), a place of the country or of any other land
    ("sells its crop to Britain"), a people of the country ("Guyanese workers in Martinique";
    another land's people living in the lands does not count: "the Haitian community in
    Martinique"), nor where the roundup's lands all lie near it (the Caribbean's "flights from
    Guyana to Martinique and Guadeloupe")."""
    from explorer.geoparse.resolve import _choose

    for i, m in enumerate(mentions):
        e = m.chosen
        if e is None or m.demonym or e.rank != 0 or e.country in OVERSEAS_LANDS:
            continue
        key = norm(m.name)
        land = _land_spelled_so(key)
        if land is None:
            continue
        sovereign = OVERSEAS_LANDS[land][0]
        named = [(o, o.chosen) for o in mentions if o.chosen is not None and norm(o.name) != key]
        if any(o.demonym and x.country == e.country for o, x in named):
            continue
        others = [x for o, x in named if not o.demonym]
        if any(_outside(o, sovereign) for o in others):
            continue
        lands = {o.country for o in others if o.country in OVERSEAS_LANDS}
        if land in lands or len(lands) < 2 or not a_roundup_of_many_lands(lands):
            continue
        if not any(_km(e, o) >= ROUNDUP_FAR_KM for o in others if o.country in lands):
            continue
        readings = [x for x in gaz.lookup(norm(OVERSEAS_LANDS[land][1])) if x.country == land]
        if readings:
            _choose(m, final[i], min(readings, key=lambda x: x.rank))


def _land_spelled_so(key: str) -> str | None:
    """The overseas land whose own-language name ``key`` is one letter off ("guyana" and
    "guyane"), not its English name."""
    for code, (_sovereign, own) in OVERSEAS_LANDS.items():
        if _one_letter_off(key, norm(own)):
            return code
    return None


def _one_letter_off(a: str, b: str) -> bool:
    """Two folded names of five letters or more, of one length, that differ in one letter."""
    if len(a) != len(b) or len(a) < 5:
        return False
    return sum(p != q for p, q in zip(a, b, strict=True)) == 1


def _outside(e: Entry, sovereign: str) -> bool:
    """A reading outside the sovereign and its overseas lands (no country: a sea, a world
    region, is inside)."""
    if not e.country or e.country == sovereign:
        return False
    return OVERSEAS_LANDS.get(e.country, ("", ""))[0] != sovereign


def _km(a: Entry, b: Entry) -> float:
    return great_circle_km(a.lat, a.lon, b.lat, b.lon)
