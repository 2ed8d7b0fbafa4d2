"""The later steps of ``Geoparser._recognise``: dropping and re-reading the names found.

Names that are persons', firms', cars', teams' or buildings', lists of units and the countries the
text names, persons' words, towns by context, firms' names, electorates and streets, and the last
fit of each span.
"""

from __future__ import annotations

from explorer.geoparse.appositions import (
    _holds,
    _placed_by_apposition,
    _placed_by_title,
    _said_to_be_from,
)
from explorer.geoparse.build import AIRPORT_POP_SHARE
from explorer.geoparse.comma_country import country_after_comma, town_before_postal_code
from explorer.geoparse.comma_lands import country_by_other_name_after_town
from explorer.geoparse.compass_part import (
    compass_country_towns,
    compass_parts,
    compass_regions_abroad,
    compass_towns,
    placed_by_bearing,
)
from explorer.geoparse.gazetteer import Entry, Gazetteer
from explorer.geoparse.joined import hyphen_joined
from explorer.geoparse.joined_regions import region_of_joined_words
from explorer.geoparse.land_said import _unit_of_named_country
from explorer.geoparse.linked_towns import road_between_two_places
from explorer.geoparse.longer_names import (
    _inside_longer_name,
    _sea_before_land,
    unit_name_lengthened,
)
from explorer.geoparse.misread_kinds import given_name_of_a_named_person
from explorer.geoparse.named_things import (
    building_names,
    names_side_by_side,
    neighbourhood_names,
    ship_and_weapon_names,
    site_names,
)
from explorer.geoparse.names import norm
from explorer.geoparse.names_in_names import (
    region_of_an_unread_land_in_a_body,
    surname_after_a_particle,
)
from explorer.geoparse.outlet_credits import outlet_named_in_its_credit
from explorer.geoparse.person_rules import PersonRules
from explorer.geoparse.persons import (
    _church_saint,
    _electorate,
    _employer_of,
    _founded,
    _given_name_before,
    _initials,
    _native_american,
    _nicknamed,
    _region_as_speaker,
    _region_opens_outlet,
    _renamed,
    _said_to_be_outlet,
    _speaker_named_after_verb,
    role_named_again,
    role_persons,
    town_of_person_unconfirmed,
)
from explorer.geoparse.reading_steps import _Recognition
from explorer.geoparse.recognised import (
    LOCATIVE,
    MIN_POP_BLOCKED,
    STREET_WORDS,
    _DocContext,
    _Found,
    _named_region,
)
from explorer.geoparse.resolve import _km
from explorer.geoparse.romance_america import america_of_a_romance_name
from explorer.geoparse.sky_and_craft import planets_and_craft
from explorer.geoparse.spans import SpanRules
from explorer.geoparse.things import (
    _building,
    _car_model,
    _car_model_again,
    _civic_building,
    _club_towns,
    _era,
    _hotel_brand,
    _house_number,
    _in_water_name,
    _lake_named,
    _named_process,
    _owned_abroad,
    _range_named,
    _shares_street_word,
    _team_again,
    _teams,
    _town_before_strait,
    _water_of_town,
)
from explorer.geoparse.tokens import TokenView, name_key
from explorer.geoparse.told_apart import agency_heading_abroad, river_named_for_a_region
from explorer.geoparse.town_rules import TownRules
from explorer.geoparse.towns import (
    _capital_not_other_name,
    _country_as_town,
    _country_named_within,
    _county_short_names,
    _crown_court,
    _little_quarter,
    _nearby_in,
    _part_of_another_country,
    _part_of_world_city,
    _quarter_of_town,
    _town_in_named_county,
    _town_named_for_another_country,
    _town_not_world_city,
)
from explorer.geoparse.trigger_senses import firm_named_for_a_title
from explorer.geoparse.unit_rules import UnitRules
from explorer.geoparse.units import (
    _capital_abbreviation,
    _common_region,
    _compass_region_abroad,
    _council_areas,
    _county_abroad,
    _county_of,
    _curated_with_lower_word,
    _members_of,
    _region_abroad,
    _region_adjective,
    _townships,
)
from explorer.geoparse.verb_objects import _joined_objects
from explorer.geoparse.word_forms import common_nouns
from explorer.geoparse.words_around import (
    breed_named_for_a_land,
    scorer_in_a_game,
    title_of_nobility,
)

# a name right after one of these is the firm's, the club's or the paper's ("the Turkish
# company Kolin" is no town of Bohemia, "the developer Emaar" no place at all)
FIRM_NOUNS = frozenset(
    {"company", "firm", "conglomerate", "giant", "lender", "airline", "carrier", "maker"}
    | {"manufacturer", "contractor", "developer", "operator", "producer", "insurer", "retailer"}
    | {"supplier", "shipyard", "consortium", "subsidiary", "broadcaster", "newspaper", "band"}
)
# what a state or a country makes and who makes it: a name before them is no town's ("Oregon and
# Washington laws", "Georgia lawmakers")
LAW_WORDS = frozenset(
    {"law", "laws", "lawmakers", "legislature", "legislators", "statute", "statutes"}
)
# "law" as the first word of a trade, a school or a police ("a Washington law firm", "Dublin
# law enforcement"): no statute's
LAW_TRADES = frozenset(
    {"firm", "firms", "school", "schools", "enforcement", "professor", "professors", "student"}
    | {"students", "office", "offices", "partner", "partners", "clerk", "library", "degree"}
    | {"review", "journal", "practice", "graduate", "graduates", "center", "centre", "society"}
)


def _before_law(doc, f: _Found) -> bool:
    """The name is followed by a lawmaker's word ("Oregon and Washington laws", "Georgia
    lawmakers"), not by "law" of a trade ("a Washington law firm")."""
    if f.end >= len(doc) or doc[f.end].lower_ not in LAW_WORDS:
        return False
    return not (f.end + 1 < len(doc) and doc[f.end + 1].lower_ in LAW_TRADES)


# a town's street named for a state or a county ("Pennsylvania Avenue", "Rivers Avenue"), where
# the state's own roads and services name the state ("the Ohio Turnpike", "Florida Highway Patrol")
TOWN_STREET_WORDS = frozenset({"street", "st", "avenue", "ave", "boulevard", "blvd", "drive"})
# a road's word written in capitals as part of a street's name ("Wellington Road", "Kent Road"):
# the street of a town's name, though a region shares the name (lower case, "the Helmand road",
# is a road to the region)
NAMED_ROAD_WORDS = frozenset({"Road", "Rd", "Lane", "Terrace"})


class SiftingSteps(SpanRules, PersonRules, TownRules, UnitRules):
    """The steps that sift the names found, each on the doc's :class:`_Recognition`."""

    def _drop_not_places(
        self, doc, r: _Recognition, ctx: _DocContext, abroad: list[_Found]
    ) -> None:
        """The filters: names that are persons', firms', cars', teams', buildings' and more."""
        tv, found = r.tv, r.found
        # before the filters that weigh a name's readings against the text's countries
        found = _unit_of_named_country(self.gaz, doc, found)
        found = _employer_of(doc, found)
        models = {name_key(doc, f.start, f.end) for f in found if _car_model(doc, f)}
        teams = _teams(doc, found)
        # "China's Cosco": the firm at every mention, no Cusco of Peru
        owned = {name_key(doc, f.start, f.end) for f in found if _owned_abroad(doc, f, found)}
        # "Azad Jammu and Kashmir": a unit's name inside a longer name is no reading of the
        # unit; the longer name stays, unplaced (after the filters, which may drop it)
        inside = [f for f in found if _inside_longer_name(self.gaz, doc, f, found)]
        # "the club's chairman, Kingsley, said": the person at the name's other mentions too
        persons = role_persons(doc, found)
        found = [
            f
            for f in found
            if not self._person(doc, f, ctx)
            and not (persons and role_named_again(doc, f, persons))
            and not self._saints(doc, f)
            and not (f.start > 0 and tv.lower[f.start - 1] in FIRM_NOUNS)
            and not _car_model(doc, f)
            and not (models and _car_model_again(doc, f, models))
            and not (teams and _team_again(doc, f, teams))
            and not _era(doc, f)
            and not _initials(doc, f)
            and not _church_saint(doc, f)
            and not _founded(doc, f)
            and not _nicknamed(doc, f)
            and not _members_of(self.gaz, doc, f)
            and not _region_adjective(doc, f)
            and not _building(doc, f)
            and not _hotel_brand(doc, f, found)
            and not _civic_building(doc, f)
            and not self._surname(doc, f, found)
            and not self._given_and_surname(doc, f, found)
            and not given_name_of_a_named_person(doc, f, self.gaz, self._titles)
            and not self._joined_to_non_place(doc, f)
            and not _common_region(doc, f, found)
            and not _compass_region_abroad(doc, f, found)
            and not _region_as_speaker(doc, f, found)
            and not _speaker_named_after_verb(doc, f)
            and not _said_to_be_outlet(doc, f)
            and not outlet_named_in_its_credit(doc, f)
            and not agency_heading_abroad(
                tv.words, tv.spaces, tv.text[: tv.idx[f.start]], f, r.found
            )
            and not river_named_for_a_region(tv.words, f, r.found)
            and not (title_of_nobility(tv.words, f) and not firm_named_for_a_title(r.blocked, f))
            and not scorer_in_a_game(tv.words, tv.text, f)
            and not breed_named_for_a_land(tv.words, f, r.found)
            and not _region_opens_outlet(doc, f, found, self.gaz.neighbours)
            and not _said_to_be_from(doc, f)
            and not self._title_abbreviation(doc, f)
            and not self._settlement_named_for(doc, f)
            and not _named_process(doc, f, found)
            and not _little_quarter(doc, f)
            and not _native_american(doc, f, found)
            and not _in_water_name(doc, f)
            and not _lake_named(doc, f)
            and not _range_named(doc, f)
            and not _water_of_town(doc, f)
            and not _town_before_strait(doc, f)
            and not (owned and name_key(doc, f.start, f.end) in owned)
            and not _sea_before_land(f, found)
            and not _joined_objects(doc, f, found)
            and not america_of_a_romance_name(doc, f)
            and not town_of_person_unconfirmed(doc, f, found)
        ]
        for f in abroad:
            f.entries = ()
        for f in inside:
            f.entries, f.source = (), "ner"  # unplaced, still a name of the text
        r.found = _club_towns(
            doc, _placed_by_title(doc, _placed_by_apposition(doc, found, self.gaz.neighbours))
        )

    def _read_units_and_countries(self, doc, r: _Recognition) -> None:
        """Lists of units, and names read against the countries and units the text names."""
        text, found = r.text, r.found
        found = self._unit_lists(doc, text, found)
        found = _part_of_another_country(doc, found)
        found = _town_named_for_another_country(doc, found)
        found = _country_named_within(self.gaz, doc, found)
        found = _county_of(self.gaz, doc, found)
        found = _council_areas(doc, found)
        found = _county_abroad(self.gaz, doc, found)
        found = _part_of_world_city(self.gaz, doc, found)
        found = _capital_abbreviation(self.gaz, doc, found)
        # "New Delhi accused Islamabad" beside Pakistan: the capital, not Anantnag's other name
        found = _capital_not_other_name(found)
        # "Paris police met the mayor of Lamar County": the Paris that county holds
        found = _town_in_named_county(doc, found)
        r.found = found

    def _drop_persons_words(self, doc, r: _Recognition) -> None:
        """Single words of persons' names in this text, as surnames or given names."""
        tv, found = r.tv, r.found
        person_words, surnames, given_surnames = r.person_words, r.surnames, r.given_surnames
        # a single word that is part of a person's name in this text is that person; a region's
        # name only as the person's surname ("Paris Mayor Anne Hidalgo ... Hidalgo said": no
        # state of Mexico), not as a given name ("Georgia Smith" beside the state), unless the
        # region lies in no country of the text's other places ("Georgia Stevens" of Alberta),
        # nor a given name a preposition of place or a container places at its other mention
        # ("Florence Nightingale was born in Florence, Italy", "Regina King was cheered in
        # Regina", "reported from Savannah, Georgia"; not "spoke to Jordan, his son")
        found = [
            f
            for f in found
            if not (
                f.end - f.start == 1
                and (key := norm(tv.words[f.start])) in person_words
                and not _renamed(doc, f)  # "renamed Nursultan ... Nursultan Nazarbaev"
                and (key in surnames or not _placed_given_name(tv, f, found))
                and (
                    key in surnames
                    or not any(_named_region(e) for e in f.entries)
                    or _region_abroad(self.gaz, doc, f, found)
                )
            )
        ]
        # "her son Wilmer Rodriguez ... but not Rodriguez, now 18": a town's one-word name the
        # text writes as a person's surname is the person at its other mentions (also a small
        # region's: Panama's Herrera), unless a preposition of place comes before it, it is a
        # country or a region news names (``_named_region``) or a city of MIN_POP_BLOCKED
        found = [
            f
            for f in found
            if not (
                f.end - f.start == 1
                and norm(tv.words[f.start]) in given_surnames
                and f.entries
                and not f.demonym
                and not any(_named_region(e) for e in f.entries)
                and all(e.population < MIN_POP_BLOCKED for e in f.entries)
                and not _after_place_word(tv, f.start)
            )
        ]
        # "Georgia Hall won the Open ... Hall said": a country's or a state's name before a
        # surname the text then writes alone is the person's given name at that mention
        found = [f for f in found if not _given_name_before(doc, f, found)]
        # "José Eduardo dos Santos", "the Maritime Administration" in a story of Texas: a
        # surname after its particle, a region of a land the text reads nowhere in a body's name
        found = [
            f
            for f in found
            if not surname_after_a_particle(tv, self.gaz, f)
            and not region_of_an_unread_land_in_a_body(tv, self.gaz, f, found)
        ]
        r.found = found

    def _read_towns_by_context(self, doc, r: _Recognition) -> None:
        """Countries', world cities' and states' names the text's local words make towns or
        states, quarters of towns, courts, and counties' short names."""
        text, found = r.text, r.found
        # a country's name where local news names a town ("a Lebanon woman", "Palestine
        # Independent School District", "the city of Turkey", "400 S. Locust St., Lebanon") is
        # the town at every mention: a country is written as its adjective, and has no council
        found = _country_as_town(doc, found)
        # "Cairo's Abbasiya neighbourhood": a part of that town, not a place of its name abroad
        found = _quarter_of_town(doc, found)
        # "who lives nearby in Uptown": near the town the text has just named
        found = _nearby_in(doc, found)
        # "Kingston Crown Court": a court of England, Wales and Northern Ireland
        found = _crown_court(doc, found)
        # "Oregon and Washington laws": a name before a lawmaker's word is a state's or a
        # country's, which make laws, not a town's
        for f in found:
            if not f.demonym and _before_law(doc, f):
                f.entries = tuple(e for e in f.entries if e.rank in (0, 2)) or f.entries
        # "another was under control in Osceola" beside "Osceola County": the county's short name
        found = _county_short_names(doc, found)
        # "Dublin's city manager", "Athens Parks and Recreation Director": a world city's name
        # before a North American town's own body is that town's at every mention
        found = _town_not_world_city(doc, text, found)
        # "Georgia's newest utility regulator ... state ethics violations": a US state's own
        # public bodies make a name that is a country and a US state the state
        found = self._state_not_country(doc, text, found)
        r.found = found

    def _drop_firms(self, doc, r: _Recognition) -> None:
        """Words of firms' names."""
        found, firm = r.found, r.firm
        # a word of a firm's name is the firm's ("Lakes Edge Apartments, LLC" is no town of
        # Alaska), but where the text names the place outside a firm's name ("Springfield
        # Performing Arts Development Corp." in a Springfield story), or the place is a
        # country or a state where the text's other places are ("Kansas Electric Cooperatives
        # Inc." beside Hutchinson, Kansas), or a country's own name ("USA Hauling and
        # Recycling Inc."; not its adjective: "Spanish Oaks Apartments")
        firm_less = [g for g in found if g.entries and not g.demonym and not firm(g)]
        outside = {name_key(doc, g.start, g.end) for g in firm_less}
        lands = {
            g.entries[0].country for g in firm_less if len({e.country for e in g.entries}) == 1
        }
        found = [
            f
            for f in found
            if not firm(f)
            or name_key(doc, f.start, f.end) in outside
            or (
                not f.demonym
                and any(
                    e.primary and (e.rank == 0 or (e.rank == 2 and e.country in lands))
                    for e in f.entries
                )
            )
        ]
        r.found = found

    def _read_seats_and_streets(self, doc, r: _Recognition) -> None:
        """Electorates, streets sharing a street word, and names that are streets'."""
        tv, found = r.tv, r.found
        # "the Federal Member for Kennedy": an electorate, no town to pin; read only in a
        # country the text's other places are in, and left out where it names none
        seats = [f for f in found if _electorate(doc, f)]
        for f in seats:
            ctx = _DocContext.of([g for g in found if g is not f], doc)
            known = ctx.countries | ctx.city_countries | {c for c, _ in ctx.regions}
            f.entries = tuple(e for e in f.entries if e.country in known)
        found = [f for f in found if f.entries or not any(f is g for g in seats)]
        # "stranded at Kennedy airport": the airport the gazetteer holds under the name and the
        # word (a person's, a village's, a district's), not a town so named (a locality of
        # Bogota named for the president); a town's own name before it is left to the town
        # ("Kabul airport", "Manchester airport": no airport is held under those words; "Phoenix
        # airport", "Marka airport": see _airport_named)
        for f in found:
            if f.end < len(doc) and tv.lower[f.end] == "airport":
                held = self.gaz.lookup(name_key(doc, f.start, f.end) + " airport")
                if held:
                    ctx = _DocContext.of([g for g in found if g is not f], doc)
                    known = ctx.countries | ctx.city_countries | {c for c, _ in ctx.regions}
                    f.entries = _airport_named(f.entries, held, known)
        # "marched down Church Street", "their Church Street branch": a town's name ending in a
        # street's word is the street (GeoNames holds a few streets and wards as places:
        # Church Street and Abbey Road of England), unless the text places it
        found = [_street_not_town(self.gaz, tv, f, found) for f in found]
        # "from Sherman to Bay Street", "Main and Elm streets": a street sharing the next name's
        # street word, no town to read the text's other places beside
        found = [f for f in found if not _shares_street_word(doc, f, found)]
        # a town's name before a street's word is the street's ("6016 Dublin Road", "Nordland
        # Ave."): not shown, but still what the text's other places are read beside (a Memphis
        # Street in an Alexandria of the United States)
        for f in found:
            after = tv.lower[f.end].rstrip(".") if f.end < len(doc) else ""
            f.street = (
                after in STREET_WORDS
                and not (f.end + 1 < len(doc) and doc[f.end + 1].like_num)  # "Oxford Road 5"
                and bool(f.entries)
                and (
                    all(
                        e.rank == 4 or (e.rank in (2, 3) and after in TOWN_STREET_WORDS)
                        for e in f.entries
                    )
                    or (
                        tv.words[f.end].rstrip(".") in NAMED_ROAD_WORDS
                        and any(e.rank == 4 for e in f.entries)
                        and all(e.rank in (2, 3, 4) for e in f.entries)
                    )
                    or _house_number(doc, f)  # "the 900 block of Flanders Road"
                )
            )
        # "the Kabul – Jalalabad highway": a road's far end is a town of its own
        road_between_two_places(tv, found)
        r.found = found

    def _fit_and_shape(self, doc, r: _Recognition) -> list[_Found]:
        """The last readings by the name's shape and neighbours, in the text's order."""
        tv, text, found = r.tv, r.text, r.found
        # "the Baltic states": the curated area of that name, not the sea
        found = _curated_with_lower_word(self.gaz, doc, found)
        for f in found:
            self._fit_span(doc, text, f)
        found = _townships(doc, found)
        # "Mbabane, Swaziland": a country by one of its other names after a town of it
        found = country_by_other_name_after_town(self.gaz, doc, found)
        # "Basra, southern Somalia": the comma's country, or no reading
        found = country_after_comma(tv, found)
        # "Moscow, ID", "Athens, OH": the town of the state the postal code writes
        found = town_before_postal_code(tv, found)
        # "Dand-e-Patan", "Khoros-Harar": a hyphen-joined name is read whole, not by its tail
        found = hyphen_joined(
            self.gaz, tv, found, lambda a, b, x: _Found(a, b, x, "gaz" if x else "ner", "GPE")
        )
        # "Souss-Massa" for "Souss-Massa-Draa": a region's joined name the gazetteer holds longer
        found = region_of_joined_words(
            self.gaz, tv, found, lambda a, b, x: _Found(a, b, x, "gaz", "GPE")
        )
        # "the submarine Kursk", "USS Portland", "the LEVENT missile system": no town
        found = ship_and_weapon_names(tv, found)
        # "the rover landed on Mars", "SpaceX's Falcon 9 rocket": no borough, no Venezuelan state
        found = planets_and_craft(tv, found)
        # "Colonia Roma", "Colonia 4T": the word heads a neighbourhood's name, no Colonia of NJ
        found = neighbourhood_names(tv, found)
        # "Orange Grove Mall", "Casa de Nariño": a building's name, no Orange nor Nariño
        found = building_names(tv, found)
        # "the Santa Catarina Viewpoint" in a story of Lisbon: no Brazilian state
        found = site_names(tv, found)
        # "held Vista Latina 2025": two towns of different countries side by side are one name
        found = names_side_by_side(tv, found)
        # "Central and Eastern Washington:": the state's part, not the capital
        found = compass_parts(tv, found)
        # "Residents of West Jordan", spaCy's "Jordan" a person: the Utah city's whole name
        found = compass_country_towns(tv, self.gaz, found)
        # "Police in North Wales": Wales's north, not the Pennsylvania borough
        found = compass_towns(tv, self.gaz, found)
        # "snow in western Macedonia" in a story of Greece: the Greek region, not the country
        found = compass_regions_abroad(tv, self.gaz, found)
        # "Iran says the Bagram air base north of Kabul": a reading near Kabul, or none
        found = placed_by_bearing(doc, found)
        # "an ambush in Zamboanga Sibugay province": the province's whole name
        found = unit_name_lengthened(self.gaz, doc, found)
        # "Rivers are running high", "Tsunami-swept signboard": common nouns, no Rivers State
        found = common_nouns(tv, found)
        # "Columbia University in New York City": the university's name, no Columbia, Maryland
        found = _institution_elsewhere(tv, found)
        found = [f for f in found if f.entries or f.source == "ner"]  # "dropped" goes
        found.sort(key=lambda f: f.start)
        return found


def _airport_named(
    entries: tuple[Entry, ...], held: tuple[Entry, ...], known: set[str | None]
) -> tuple[Entry, ...]:
    """ "X airport": the airports the gazetteer holds under the words, or X's own readings
    where X is a town whose airport the words name. News names an airport by the town it
    serves ("Phoenix airport", "Milan airport") as often as by its own name ("Kennedy
    airport"), and the gazetteer holds airports abroad under a town's name too (Sanya Phoenix
    International Airport as "phoenix airport", Amman-Marka as "marka airport", Guillermo Leon
    Valencia Airport of Colombia as "valencia airport"). So a held airport is taken only
    where no reading of X (by its main name: a town or a region) is a bigger place than the
    city the airport serves (the build's prominence of an airport, AIRPORT_POP_SHARE of its
    city's people: the build keeps an airport's word alone for a place no bigger either),
    and not where the text names the country of a reading of X and not the airport's
    ("Marka airport in Somalia"). Kennedy, a locality of Bogota of 979,914 people, is
    smaller than New York, the city JFK serves."""
    towns = [e for e in entries if e.primary and 2 <= e.rank <= 4]
    at_home = {e.country for e in towns} & known
    meant = tuple(
        a
        for a in held
        if all(e.population * AIRPORT_POP_SHARE <= a.population for e in towns)
        and (not at_home or a.country in known)
    )
    return meant or entries


# the capitalised word after a place's name that makes the whole a school's name, and the
# head words of an institution's or a venue's name that may end a longer name after it ("the
# Kennedy Space Center", "the Lincoln Center")
INSTITUTION_WORDS = frozenset({"University", "College"})
INSTITUTION_HEADS = INSTITUTION_WORDS | frozenset({"Center", "Centre", "Institute"})
# how many capitalised words may stand between the place's name and the head ("Space Flight")
INSTITUTION_INNER = 2
# how near a city a place named for its street lies to be one of the city's wards
STREET_WARD_KM = 10.0
# how near the town the text puts a school in must lie to a reading of the school's place name
INSTITUTION_NEAR_KM = 50.0


def _institution_head(tv: TokenView, f: _Found) -> int:
    """The token after the head word of the institution's name ``f`` opens: right after it
    ("Columbia University", "the Carter Center"), or after up to INSTITUTION_INNER capitalised
    words in a name ending in "Center", "Centre" or "Institute" ("Kennedy Space Center"); -1
    where none."""
    n = len(tv.words)
    for j in range(f.end, min(n, f.end + INSTITUTION_INNER + 1)):
        if tv.words[j] in INSTITUTION_HEADS:
            return j + 1 if j == f.end or tv.words[j] not in INSTITUTION_WORDS else -1
        if not (tv.cap[j] and tv.words[j].isalpha()):
            return -1
    return -1


def _institution_elsewhere(tv: TokenView, found: list[_Found]) -> list[_Found]:
    """ "Columbia University in New York City": a name before "University" or "College" that
    the text then places "in" or "at" another town is the school's name, not a place of the
    story, where no reading of it lies within INSTITUTION_NEAR_KM of that town (Columbia,
    Maryland is 270 km from New York; Florham Park, New Jersey, whose old name it was, does
    not count: only a place's main name). A school named for its town stays: "Lancaster
    University in Lancaster", and one named for the region its town lies in: "Punjab
    University in Lahore" (a region's point may lie far from its towns). Where the text says
    nothing of where the school is ("Cambridge University"), the name is left as it was
    found: LGL's gold holds such names as places. So too the first word of a longer name
    ending in "Center", "Centre" or "Institute" ("the Kennedy Space Center"), and a school or
    a centre placed in a state or a country rather than a town: "the Kennedy Space Center in
    Florida" is named for a person, not Kennedy, California, where no reading of the name lies
    in that state or country ("Georgia Tech Research Institute in Atlanta" keeps Georgia)."""
    n = len(tv.words)
    by_start = {g.start: g for g in found if g.entries}
    drop: set[int] = set()
    for f in found:
        if not f.entries:
            continue
        k = _institution_head(tv, f)
        if k < 0 or k + 1 >= n or tv.lower[k] not in ("in", "at"):
            continue
        g = by_start.get(k + 1)
        towns = [e for e in g.entries if e.rank == 4] if g is not None else []
        lands = [e for e in g.entries if e.rank in (0, 2)] if g is not None else []
        school = k == f.end + 1 and tv.words[f.end] in INSTITUTION_WORDS
        if lands and (not towns or not school):
            # "the Kennedy Space Center in Florida": a state or a country holds the centre
            # ("the Mount Pleasant Civic Center in Texas": the state, not a town of Texas)
            if not any(e.rank == 0 for e in f.entries) and not any(
                _holds(c, e) for c in lands for e in f.entries
            ):
                drop.add(id(f))
            continue
        if not towns:
            continue
        town = max(towns, key=lambda e: e.population)
        if not any(
            e.primary
            and (
                _km(e, town) <= INSTITUTION_NEAR_KM
                # "Punjab University in Lahore": the first-level region the town lies in
                or (e.rank == 2 and (e.country, e.admin1) == (town.country, town.admin1))
            )
            for e in f.entries
        ):
            drop.add(id(f))
    return [f for f in found if id(f) not in drop] if drop else found


_PLACE_WORDS = LOCATIVE | {"to", "at"}


def _after_place_word(tv: TokenView, k: int) -> bool:
    """Token k follows a preposition of place ("in Regina", "flew to Austin")."""
    return k > 0 and tv.lower[k - 1] in _PLACE_WORDS


# prepositions that put a name where something is, never whom it is said to ("in Regina")
_WHERE_WORDS = frozenset({"in", "near", "outside", "at"})


def _placed_given_name(tv: TokenView, f: _Found, found: list[_Found]) -> bool:
    """The one-word name f follows "in", "near", "outside" or "at", or a comma and a
    country's or a state's name that holds one of its readings follow it ("from Savannah,
    Georgia"): a place, though the text writes the word as a person's given name elsewhere."""
    if f.start > 0 and tv.lower[f.start - 1] in _WHERE_WORDS:
        return True
    if f.end >= len(tv.lower) or tv.words[f.end] != ",":
        return False
    nxt = next((g for g in found if g.start == f.end + 1), None)
    return nxt is not None and any(
        c.rank in (0, 2) and any(_holds(c, e) for e in f.entries) for c in nxt.entries
    )


def _street_not_town(gaz: Gazetteer, tv: TokenView, f: _Found, found: list[_Found]) -> _Found:
    """``f`` unplaced where its last word is a street's and all its readings are wards of a
    city named for their street (towns or districts of that whole name within STREET_WARD_KM
    of a city: Gazetteer.city_within): "Protesters marched down Church Street" is a street, not
    Church Street, a ward of London. A country's, a region's or a curated reading stays, and so
    does a town far from any city, named for the road or the station that serves it ("Abu
    Road", "Tapah Road", "Mackinnon Road", "Pike Road", Alabama), and a town the text places: a
    comma or "in" and a place holding one of its readings follow it ("Park Avenue,
    Queensland", a suburb of Rockhampton)."""
    if f.end - f.start < 2 or not f.entries or f.demonym:
        return f
    if tv.lower[f.end - 1].rstrip(".") not in STREET_WORDS:
        return f
    if any(e.rank not in (3, 4) for e in f.entries):
        return f
    if not all(gaz.city_within(e.lat, e.lon, STREET_WARD_KM) for e in f.entries):
        return f
    k = f.end
    if k + 1 < len(tv.lower) and tv.words[k] in (",", "in"):
        nxt = next((g for g in found if g.start == k + 1), None)
        if nxt is not None and any(
            c.rank in (0, 2) and any(_holds(c, e) for e in f.entries) for c in nxt.entries
        ):
            return f
    f.entries, f.source = (), "ner"  # unplaced, still a name of the text
    return f
