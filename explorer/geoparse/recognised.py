"""What the recogniser and its rules share: a name found in the text (``_Found``), what the
text's places say (``_DocContext``), and the words and thresholds the rules read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from explorer.geoparse.gazetteer import Entry
from explorer.geoparse.tokens import name_key

# the entities a doc's labeller set, as a list (``doc.ents`` walks every token on each access)
ENTS = "explorer.geoparse.ents"


MAX_TOKENS = 6


# what a free-standing capitalised word needs to be taken from the gazetteer alone
MIN_POP_FREE = 100_000


MIN_POP_BLOCKED = 500_000


MIN_POP_REGION = 5_000  # a town of a region the text names


MIN_POP_COUNTRY = 20_000  # a town of a country the text names


# a capitalised word right after a car maker's name is its model ("a red Dodge Durango" is no
# Mexican state, "his Isuzu Denver Rodeo" no Colorado city); makers that are also places' or
# common words ("Lincoln", "Plymouth", "Mercury") are left out
CAR_MAKERS = frozenset(
    {"Acura", "Audi", "BMW", "Buick", "Cadillac", "Chevrolet", "Chevy", "Chrysler", "Dodge"}
    | {"Fiat", "Ford", "GMC", "Honda", "Hyundai", "Infiniti", "Isuzu", "Jeep", "Kia", "Lexus"}
    | {"Mazda", "Mitsubishi", "Nissan", "Oldsmobile", "Pontiac", "Porsche", "Renault", "Saab"}
    | {"Subaru", "Suzuki", "Toyota", "Volkswagen", "VW", "Volvo", "Peugeot", "Opel", "Skoda"}
)


# after the model's name: a maker's works named for the town ("the Toyota Georgetown plant")
WORKS_WORDS = frozenset({"plant", "plants", "factory", "assembly", "works"})


TOWNSHIP_WORDS = frozenset({"Township", "Twp", "Twp."})


# "Magway and Mandalay regions", "the state of Colima": each name is a unit of that kind
# (first- or second-level) where the gazetteer holds one by the bare name, not its town
UNIT_KIND_PLURALS = frozenset(
    {"regions", "states", "provinces", "governorates", "oblasts", "prefectures", "departments"}
)


UNIT_KIND_BEFORE = frozenset(
    {"region", "state", "province", "governorate", "oblast", "prefecture", "department"}
)


# prepositions after which a capitalised gazetteer name is a place, however small
LOCATIVE = frozenset({"in", "near", "outside", "from"})


SAINT_WORDS = frozenset({"St.", "St", "Saint", "Ste.", "Ste", "San", "Santa"})


# a word after a name that says what kind of place it is: "the Hiran region" is no village, "Flores
# island" no town; a region's word keeps the towns big enough to name their own region ("the
# Kharkiv region", "the Gaza region")
REGION_WORDS = frozenset(
    {"region", "province", "district", "state", "governorate", "county", "prefecture", "oblast"}
)


NATURE_WORDS = frozenset(
    {"island", "islands", "isle", "river", "lake", "mountain", "mountains", "volcano"}
    | {"peninsula", "desert", "valley", "archipelago", "plateau", "strait", "gulf"}
    | {"delta", "forest", "forests"}
)


# the kind words that say so also capitalised ("Flores Island"), not those that begin the names
# of courts, schools and offices ("State", "District", "County")
CAPITAL_KIND_WORDS = (NATURE_WORDS | {"region", "province", "governorate", "oblast"}) - {"valley"}


# a street's word after a town's name: the name is the street's ("Dublin Road", "Memphis St.")
STREET_WORDS = frozenset(
    {"street", "st", "avenue", "ave", "road", "rd", "drive", "boulevard", "blvd", "lane"}
    | {"highway", "hwy", "parkway", "pkwy", "terrace", "turnpike", "pike"}
)


# words before a name that are no part of it ("The Lakes", "In Lakes state")
LEAD_WORDS = frozenset({"the", "in", "at", "of", "from", "to", "near", "and", "or", "for", "on"})


@dataclass
class _Found:
    start: int
    end: int
    entries: tuple[Entry, ...]
    source: str  # ner, gaz, demonym, blocked, org-part
    label: str = ""
    demonym: bool = False
    street: bool = False  # the name of a street: context for the others, not shown
    spelled: bool = False  # read by its spelling's skeleton alone ("Hodeidah")
    # said by the text to lie in a country where it has no reading ("Shiloh, a settlement in
    # the occupied West Bank"): its readings are context and alternatives, none is chosen
    elsewhere: bool = False


@dataclass
class _DocContext:
    """What the names spaCy called places say about the text: its names, countries, regions."""

    names: set[str]
    countries: set[str | None]
    regions: set[tuple[str, str]]
    # countries of the text's unambiguous cities ("Mosul" of "Mosul and Tikrit"): weak
    # evidence, only for a news spelling of a town of the same country
    city_countries: set[str | None] = field(default_factory=set)
    # countries the text names by a place's name, not only by a people's adjective
    named_countries: set[str | None] = field(default_factory=set)

    @classmethod
    def of(cls, found: list[_Found], doc) -> _DocContext:
        names, countries, regions, cities = set(), set(), set(), set()
        named: set[str | None] = set()
        for f in found:
            if not f.entries:
                continue
            if not f.demonym:
                names.add(name_key(doc, f.start, f.end))
            top = f.entries[0]
            if f.demonym or top.rank == 0:
                countries.add(top.country)
                if not f.demonym:
                    named.add(top.country)
            for e in f.entries:
                if e.rank == 2 and e.primary and e.country:
                    regions.add((e.country, e.admin1))
            towns = [e for e in f.entries if e.primary and e.rank in (2, 4)]
            if (
                f.source == "ner"
                and towns
                and len({e.country for e in towns}) == 1
                and max(e.population for e in towns) >= MIN_POP_FREE
            ):
                cities.add(towns[0].country)
        return cls(names, countries, regions, cities, named)

    def knows(self, f: _Found, doc) -> bool:
        """One sense per text: the name is a place elsewhere in it; or a town of a region or a
        country the text names ("Kazan" in a text about Russia, "Lombard" beside "Illinois"),
        or a second-level unit of a country it names ("Westmeath" beside "Ireland")."""
        if name_key(doc, f.start, f.end) in self.names:
            return True
        for e in f.entries:
            if (
                e.primary
                and e.rank == 3
                and e.country in self.countries
                and e.population >= MIN_POP_COUNTRY
            ):
                return True
            if not e.primary or e.rank != 4:
                continue
            if (e.country, e.admin1) in self.regions and e.population >= MIN_POP_REGION:
                return True
            if e.country in self.countries and e.population >= MIN_POP_COUNTRY:
                return True
        return False


def news_spellings(entries: tuple[Entry, ...], min_pop: int) -> tuple[Entry, ...]:
    """The places of ``min_pop`` people or more that the name is an alternate name of: how news
    spells them ("Hodeidah" for Al Hudaydah, "Khan Younis" for Khan Yunis). None when a place bears
    the name as its main name ("Adena", Ohio, not a spelling of Aden), and never a small
    place's alternate names, which are noisy ("Dr", airport codes, old names)."""
    if any(e.primary for e in entries):
        return ()
    return tuple(
        e for e in entries if not e.primary and 2 <= e.rank <= 4 and e.population >= min_pop
    )


def _named_region(e: Entry) -> bool:
    """A country, a continent, a curated place, or a first-level region news names ("Georgia",
    "Victoria", "Washington"): a place even when a person of the text bears its name. Not a
    small region that is also a surname (New Zealand's Nelson, Uruguay's Flores)."""
    if e.rank == 2:
        # a region whose people the gazetteer does not know (Egypt's Alexandria) is let be
        return not e.population or e.population >= MIN_POP_BLOCKED
    return e.rank in (0, 1, 5)


def taken_by(found: list[_Found], s: int, e: int):
    """The found names that overlap tokens [s, e)."""
    return (f for f in found if f.start < e and s < f.end)


def with_added(found: list[_Found], added: list[_Found]) -> list[_Found]:
    """``found`` with the names ``added`` in place of those they overlap, in the text's order
    (``found`` itself when nothing was added)."""
    if not added:
        return found
    kept = [f for f in found if not any(a.start < f.end and f.start < a.end for a in added)]
    return sorted([*kept, *added], key=lambda f: f.start)
