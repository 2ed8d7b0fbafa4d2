"""The one item contract: what an item on the map is, built once from an analysis and its reviews.

The map, the tables and panels, every export, the snapshot and the command line read items made
here by ``build_items``; nothing else turns the model into feature properties. An ``Item`` is a
frozen, typed record; ``Item.properties()`` is the GeoJSON export's property set (DESIGN.md),
``Item.map_properties()`` the compact form the map page draws from (no excerpt text: the
evidence of one item is fetched when it is selected).

Qt-free and store-free: reviews come in as the mapping ``Project.reviews()`` returns.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import cached_property, lru_cache
from itertools import compress, islice, repeat
from operator import add, attrgetter, is_, itemgetter, not_
from typing import Any, Literal, cast

from explorer.geometry_inside import Area, area_of, place, point_of
from explorer.ids import stance_id
from explorer.model import Analysis, Event, Evidence, KnownTitles, Mention, Place, Stance
from explorer.vocabulary import (  # noqa: F401 (the vocabulary, re-exported)
    CONFIRMED,
    EDITED,
    KIND_LABELS,
    KINDS,
    REJECTED,
    REVIEW_STATES,
    UNPLACED,
    UNREVIEWED,
    Kind,
    ReviewState,
)

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _extract_merge():
    # The extraction package (its compiled patterns) is imported at the first title made, not
    # with this module: the vocabulary's users on the way to a map view need none of it.
    from explorer.extract import merge

    return merge


def merge_title(event: Event, place_name: str | None = None, place_kind: str | None = None) -> str:
    """:func:`explorer.extract.merge.event_title`."""
    return _extract_merge().event_title(event, place_name, place_kind)


def merge_title_head(event: Event) -> str:
    """:func:`explorer.extract.merge.title_head`."""
    return _extract_merge().title_head(event)


# --- the vocabulary: explorer.vocabulary ------------------------------------------------

DatePrecision = Literal["day", "month", "year", "unknown"]
DATE_PRECISIONS: tuple[DatePrecision, ...] = ("day", "month", "year", "unknown")

# How exactly a geometry locates its item. A country or a sea known by one point is not a
# point item: the map draws a country by its outline and leaves an area-by-point undrawn.
Precision = Literal["point", "line", "area", "country"]
PRECISIONS: tuple[Precision, ...] = ("point", "line", "area", "country")

# A conflict known only by a point (its town) or a line holds what lies this close to it
# (degrees; about 30 km at the latitudes of most news).
THEATRE_REACH_DEG = 0.3

# Relations that put a power on a party's side (for colouring items by side).
SIDING_RELATIONS = ("backs", "supplies")
RELATIONS = ("backs", "opposes", "mediates", "supplies")

_ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")


# --- records ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Source:
    """An article as items cite it: its file, title, outlet and date."""

    doc: str
    title: str = ""
    outlet: str | None = None
    published: str | None = None

    @property
    def label(self) -> str:
        """How a reader knows the article: "Outlet: Title", else its title, else its file."""
        title = self.title or self.doc
        return f"{self.outlet}: {title}" if self.outlet else title


@dataclass(frozen=True, slots=True)
class Item:
    """One thing on the map: a place, an event, an asset or a conflict area."""

    id: str
    kind: Kind
    name: str
    type: str
    date: str | None = None  # ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)
    date_precision: DatePrecision = "unknown"
    country: str | None = None  # ISO 3166-1 alpha-2
    gazetteer_id: str | None = None
    geometry: dict | None = None  # GeoJSON, WGS84; a country's outline for precision "country"
    precision: Precision | None = None
    theatre: str | None = None  # the conflict (theatre id) whose area holds the item
    side: str | None = None  # the party of that conflict the item's actors stand with
    review: ReviewState = UNREVIEWED
    sources: tuple[str, ...] = ()  # document ids, in evidence order
    outlets: tuple[str, ...] = ()  # outlet names of those documents, sorted
    actors: tuple[str, ...] = ()  # events: who acted
    operators: tuple[str, ...] = ()  # assets: who builds, runs, buys or supplies them
    place_id: str | None = None  # events: where
    layer: str | None = None  # events of an imported table: the table's name
    stances: tuple[tuple[str, str, str], ...] = ()  # theatres: (power, relation, party)
    evidence: tuple[Evidence, ...] = field(default=(), repr=False)

    @property
    def involved(self) -> tuple[str, ...]:
        """Every power or party the item names: actors, operators, a conflict's sides."""
        names = [*self.actors, *self.operators]
        for power, _relation, party in self.stances:
            names += (power, party)
        return tuple(dict.fromkeys(names))

    def properties(self, evidence: bool = True) -> dict[str, Any]:
        """The GeoJSON export's properties (DESIGN.md's output contract, plus what the window
        shows: precision, theatre, side, review, sources, outlets)."""
        props: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "name": self.name,
            "type": self.type,
            "date": self.date,
            "date_precision": self.date_precision,
            "country": self.country,
            "gazetteer_id": self.gazetteer_id,
            "precision": self.precision,
            "theatre": self.theatre,
            "side": self.side,
            "review": self.review,
            "sources": list(self.sources),
            "outlets": list(self.outlets),
        }
        if self.kind == "event":
            props["actors"] = list(self.actors)
            props["place_id"] = self.place_id
            if self.layer:
                props["layer"] = self.layer
        elif self.kind == "asset":
            props["operators"] = list(self.operators)
        elif self.kind == "theatre":
            props["stances"] = [{"power": p, "relation": r, "party": q} for p, r, q in self.stances]
        if evidence:
            props["evidence"] = [e.to_json() for e in self.evidence]
        else:
            props["evidence_count"] = len(self.evidence)
        return props

    def feature(self) -> dict[str, Any]:
        return {
            "type": "Feature",
            "id": self.id,
            "geometry": self.geometry,
            "properties": self.properties(),
        }

    def map_properties(self) -> dict[str, Any]:
        """What the map page needs to draw, label and colour the item: no excerpt text."""
        props: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "name": self.name,
            "type": self.type,
            "n": len(self.evidence),
        }
        optional = {
            "date": self.date,
            "country": self.country,
            "precision": self.precision,
            "side": self.side,
            "theatre": self.theatre,
            "layer": self.layer,
        }
        props.update({k: v for k, v in optional.items() if v})
        if self.review != UNREVIEWED:
            props["review"] = self.review
        return props

    def map_feature(self) -> dict[str, Any]:
        """The compact feature the map draws; a country goes without its outline (the page
        draws it from its own basemap by country code)."""
        geometry = None if self.precision == "country" else self.geometry
        return {"type": "Feature", "geometry": geometry, "properties": self.map_properties()}


# Item's slots, in field order. A frozen class's generated __init__ sets each of its 21
# fields through a looked-up object.__setattr__; the events of a large project (a hundred
# thousand) are made instead by setting each slot of all of them with one C-level map.
_ITEM_SLOTS = tuple(getattr(Item, f.name).__set__ for f in fields(Item))


@dataclass(frozen=True, slots=True)
class StanceItem:
    """One claim "power relation party" in a theatre, with its evidence and review."""

    id: str
    power: str
    relation: str
    party: str
    theatre: str
    theatre_name: str
    negated: bool = False
    review: ReviewState = UNREVIEWED
    evidence: tuple[Evidence, ...] = field(default=(), repr=False)
    claimed_by: str | None = None  # whose claim the article reports ("Syria accuses ...")

    @property
    def name(self) -> str:
        text = f"{self.power} {self.relation} {self.party}" + (" (negated)" if self.negated else "")
        return f"{text} (claimed by {self.claimed_by})" if self.claimed_by else text

    def properties(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": "stance",
            "name": self.name,
            "type": self.relation,
            "power": self.power,
            "relation": self.relation,
            "party": self.party,
            "theatre": self.theatre,
            "theatre_name": self.theatre_name,
            "negated": self.negated,
            "claimed_by": self.claimed_by,
            "review": self.review,
            "evidence": [e.to_json() for e in self.evidence],
        }


@dataclass(frozen=True)
class ItemSet:
    """Items and stances built from one analysis and its reviews, with the articles they cite.

    Filtering gives a smaller ItemSet (``subset``); every consumer takes one of these, so what
    the window shows is what an export of the same filters writes.
    """

    items: tuple[Item, ...] = ()
    stances: tuple[StanceItem, ...] = ()
    sources: Mapping[str, Source] = field(default_factory=dict)
    theatre_names: Mapping[str, str] = field(default_factory=dict)
    analysis: Analysis = field(default_factory=Analysis, repr=False)
    reviews: Mapping[str, Any] = field(default_factory=dict, repr=False)

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    @property
    def by_id(self) -> dict[str, Item]:
        return dict(zip(map(_ID, self.items), self.items, strict=True))

    # Worked out once per set, when first read (the Items table's order, the timeline's
    # counts, the colours' sides): filters that leave nothing out give the set itself, which
    # keeps them.
    @cached_property
    def events(self) -> tuple[Item, ...]:
        """The events among the items, in the items' order."""
        return tuple(compress(self.items, map("event".__eq__, map(_KIND, self.items))))

    @cached_property
    def event_dates(self) -> Counter[tuple[str | None, str]]:
        """How many events bear each date as given, with its precision: what the timeline
        bins (100,000 events have a few thousand distinct dates)."""
        events = self.events
        return Counter(zip(map(_DATE, events), map(_DATE_PRECISION, events), strict=True))

    @cached_property
    def by_name(self) -> tuple[Item, ...]:
        """The items in the order of their names case folded, ties in the items' order (a
        stable sort): the Items table's order when it opens."""
        folded: dict[str, str] = {}  # many items share a name (an event's title at a town)

        def fold(item: Item) -> str:
            name = item.name or ""
            found = folded.get(name)
            if found is None:
                found = folded[name] = name.casefold()
            return found

        return tuple(sorted(self.items, key=fold))

    @cached_property
    def item_sides(self) -> frozenset[str]:
        """The sides the items are drawn in (the map's colours and the legend's)."""
        return frozenset({i.side for i in self.items if i.side})

    @cached_property
    def theatres_held(self) -> frozenset[str]:
        """The conflicts the items stand in (whose stances a filter keeps)."""
        return frozenset({i.theatre for i in self.items if i.theatre})

    @cached_property
    def filter_groups(self) -> dict[str, tuple[list[int], list[Item]]]:
        """The filters' groups of alike items (``explorer.filters._groups``), kept with the set."""
        return {}

    def subset(
        self, keep: Callable[[Item], bool], keep_stance: Callable[[StanceItem], bool] | None = None
    ) -> ItemSet:
        """The items ``keep`` accepts; stances of the theatres kept (or ``keep_stance``'s)."""
        items = tuple(i for i in self.items if keep(i))
        if keep_stance is None:
            theatres = {i.id for i in items if i.kind == "theatre"}

            def keep_stance(s: StanceItem) -> bool:
                return s.theatre in theatres

        return replace(self, items=items, stances=tuple(s for s in self.stances if keep_stance(s)))

    def feature_collection(self) -> dict[str, Any]:
        """The GeoJSON export: a FeatureCollection of every item with its evidence."""
        return {"type": "FeatureCollection", "features": [i.feature() for i in self.items]}

    def map_collection(self) -> dict[str, Any]:
        """The compact FeatureCollection the map page draws."""
        return {"type": "FeatureCollection", "features": list(self.map_features())}

    def map_features(self) -> Iterator[dict[str, Any]]:
        """Each item's ``map_feature``, the countries of ``outline_stories`` marked so."""
        told = outline_stories(self.items)
        for item in self.items:
            feature = item.map_feature()
            if item.id in told:
                feature["properties"]["outline_story"] = True
            yield feature

    def sides(self) -> dict[str, Any]:
        """Who backs whom per theatre (``explorer sides -f json``): negated and rejected
        stances left out (a denial marks the stance it denies as contested); every theatre
        kept, with or without stances. Each stance gives its evidence with dates, the years
        it is stated for, its outlets and how many independent ones state it, and who claims
        it when the article reports someone's accusation."""
        grouped: dict[str, dict[tuple[str, str, str, str], list[Evidence]]] = {}
        names = dict(self.theatre_names)
        for item in self.items:
            if item.kind == "theatre" and item.review != REJECTED:
                grouped.setdefault(item.id, {})
                names[item.id] = item.name
        denials: dict[tuple[str, str, str, str], list[StanceItem]] = {}
        for stance in self.stances:
            if stance.review == REJECTED:
                continue
            if stance.negated:
                key = (stance.theatre, stance.power, stance.relation, stance.party)
                denials.setdefault(key, []).append(stance)
                continue
            key4 = (stance.power, stance.relation, stance.party, stance.claimed_by or "")
            evidence = grouped.setdefault(stance.theatre, {}).setdefault(key4, [])
            evidence.extend(e for e in stance.evidence if e not in evidence)
        theatres = []
        for theatre_id, stances in grouped.items():
            rows = []
            for (power, relation, party, claimed), evidence in sorted(stances.items()):
                row = self._stance_row(power, relation, party, claimed, evidence)
                against = _contested(theatre_id, power, relation, party, stances, denials)
                if against:
                    row["contested"] = against
                rows.append(row)
            theatres.append(
                {"name": names.get(theatre_id, theatre_id), "id": theatre_id, "stances": rows}
            )
        theatres.sort(key=lambda t: (str(t["name"]).casefold(), t["id"]))
        return {"theatres": theatres}

    def _stance_row(
        self, power: str, relation: str, party: str, claimed: str, evidence: list[Evidence]
    ) -> dict[str, Any]:
        ordered = sorted(evidence, key=lambda e: (e.doc, e.start))
        row: dict[str, Any] = {
            "power": power,
            "relation": relation,
            "party": party,
            "evidence": [e.to_json() for e in ordered],
        }
        dates = sorted({e.date for e in ordered if e.date})
        if dates:
            row["date"] = dates[-1]
            row["years"] = sorted({int(d[:4]) for d in dates if d[:4].isdigit()})
        outlets = self.outlets_of(ordered)
        row["outlets"] = outlets
        row["independent_outlets"] = len(outlets)
        if claimed:
            row["claimed_by"] = claimed
        return row

    def outlets_of(self, evidence: Iterable[Evidence]) -> list[str]:
        """The outlets behind some excerpts: an article's outlet, else its file (an article
        of unknown outlet counts as one source of its own)."""
        names: set[str] = set()
        for e in evidence:
            source = self.sources.get(e.doc)
            names.add((source.outlet if source is not None else None) or e.doc)
        return sorted(names, key=str.casefold)

    def side_names(self) -> list[str]:
        """Every power and party of the sides report and every item's side, sorted: the names
        that get a colour."""
        names = set(self.item_sides)
        for theatre in self.sides()["theatres"]:
            for stance in theatre["stances"]:
                names.add(stance["power"])
                if not _mediates_conflict(stance, theatre["name"]):
                    names.add(stance["party"])
        return sorted(names, key=lambda n: (n.casefold(), n))


# --- building -----------------------------------------------------------------------------


_OPPOSITE = {"backs": "opposes", "supplies": "opposes", "opposes": "backs"}


def _mediates_conflict(stance: dict[str, Any], theatre: str) -> bool:
    """A mediation that names no party stands for the conflict it mediates ("The deal was
    mediated by Turkey and Russia" in Syria: Turkey mediates "Syria"): the conflict is no
    side, so it gets no side colour and no place in the legend."""
    return stance["relation"] == "mediates" and stance["party"] == theatre


def _contested(
    theatre: str,
    power: str,
    relation: str,
    party: str,
    stances: Mapping[tuple[str, str, str, str], list[Evidence]],
    denials: Mapping[tuple[str, str, str, str], list[StanceItem]],
) -> list[dict[str, Any]]:
    """What in the same conflict says otherwise: the same power said to take the opposite
    side of the same party, or a denial of this very stance."""
    out: list[dict[str, Any]] = []
    other = _OPPOSITE.get(relation)
    for (p, r, q, claimed), evidence in stances.items():
        if (p, q) == (power, party) and r == other:
            entry: dict[str, Any] = {"relation": r, "excerpts": len(evidence)}
            if claimed:
                entry["claimed_by"] = claimed
            out.append(entry)
    for denial in denials.get((theatre, power, relation, party), ()):
        out.append({"relation": relation, "negated": True, "excerpts": len(denial.evidence)})
    return out


def outline_stories(items: Iterable[Item]) -> set[str]:
    """The ids of the countries named by a story (an article) that places nothing more
    exactly than countries: no point, line or area of its own, no event, asset or conflict.
    The first view frames a country a story only names when the story puts its news
    elsewhere (a review of shipping that names Panama and Japan beside the Red Sea's ships);
    a story told by countries alone (a cable between Palau and Guam among the Pacific's
    island states) is there, and the first view keeps it."""
    every = list(items)
    countries = [i for i in every if i.kind == "place" and i.precision == "country"]
    wanted = {doc for i in countries for doc in i.sources}
    for item in every:
        if not wanted:
            break
        if item.geometry is None or wanted.isdisjoint(item.sources):
            continue
        if item.kind == "place" and (
            item.precision == "country"
            or (item.precision == "area" and item.geometry.get("type") == "Point")
        ):
            continue  # a country, or a region known by a point (a sea): named, not placed
        wanted.difference_update(item.sources)
    return {i.id for i in countries if not wanted.isdisjoint(i.sources)}


def review_of(reviews: Mapping[str, Any] | None, item_id: str) -> ReviewState:
    """An item's review state from ``Project.reviews()`` (or a plain id -> state map)."""
    if not reviews or item_id not in reviews:
        return UNREVIEWED
    review = reviews[item_id]
    state = review.get("state") if isinstance(review, Mapping) else review
    return cast(ReviewState, state) if state in REVIEW_STATES else UNREVIEWED


def edits_of(reviews: Mapping[str, Any] | None, item_id: str) -> dict[str, Any]:
    review = (reviews or {}).get(item_id)
    return dict(review.get("edits") or {}) if isinstance(review, Mapping) else {}


@lru_cache(maxsize=1 << 16)  # a few thousand distinct dates in a large project
def iso_date(value: str | None) -> str | None:
    return value if value and _ISO_DATE.match(value) else None


@lru_cache(maxsize=4096)
def country_code(value: str | None) -> str | None:
    return value.upper() if value and _COUNTRY.match(value) else None


def precision_of(geometry: Mapping[str, Any] | None) -> Precision | None:
    if not geometry:
        return None
    kind = str(geometry.get("type", ""))
    if kind == "Point":
        return "point"
    if "LineString" in kind:
        return "line"
    return "area"


def _place_precision(place: Place) -> Precision:
    for precision in PRECISIONS:
        if place.precision == precision:
            return precision
    return precision_of(place.geometry) or "point"


def _date_precision(value: str | None, stated: str | None) -> DatePrecision:
    if value is None:
        return "unknown"
    if stated in DATE_PRECISIONS and stated != "unknown":
        return cast(DatePrecision, stated)
    return "day" if value.count("-") == 2 else "month" if value.count("-") == 1 else "year"


def event_title(event: Event, place: Place | None) -> str:
    """The event's title from its own fields and the place it stands on (one builder for
    extraction and items: :func:`explorer.extract.merge.event_title`)."""
    return _placed(merge_title_head(event), event, place)


def _placed(head: str, event: Event, place: Place | None) -> str:
    """``event_title`` of ``event`` at ``place`` from its ``head`` (the title without its place)."""
    return _extract_merge().title_at(head, event, place)


def event_titles(events: Sequence[Event], places: Mapping[str, Place]) -> list[str]:
    """Each event's title at its place (of ``places``, by id), as ``build_items`` names its
    item: what the store keeps with the merged events (``explorer.store.merged``)."""
    at = [places.get(e.place_id or "") for e in events]
    return _titles(events, at)[1]


def _titles(
    events: Sequence[Event], places: Sequence[Place | None], kept: KnownTitles | None = None
) -> tuple[list[tuple[str, ...]], list[str]]:
    """Each event's actors and title, in order. A large project's events repeat the same few
    actors at the same towns: one tuple is kept per distinct actors. ``kept``: titles made
    before (the store's, kept with the merged events); the others are made by
    ``_made_titles``."""
    rows = range(len(events))
    # each distinct actors known by its first event's row: one tuple per distinct actors
    names = list(map(tuple, map(_ACTORS, events)))
    first_named: dict[tuple[str, ...], int] = {}
    actors = list(map(names.__getitem__, map(first_named.setdefault, names, rows)))
    if not kept:
        return actors, _made_titles(events, places, actors)
    titles: list = kept.of(events)
    todo = list(compress(rows, map(is_, titles, repeat(None))))
    if todo:
        made = _made_titles(
            [events[i] for i in todo], [places[i] for i in todo], [actors[i] for i in todo]
        )
        deque(map(titles.__setitem__, todo, made), 0)
    return actors, titles


def _made_titles(
    events: Sequence[Event], places: Sequence[Place | None], actors: Sequence[tuple[str, ...]]
) -> list[str]:
    """Each event's title: made once per distinct (type, status, actors, targets, place), the
    keys made by C-level maps (``actors``: one shared tuple per distinct actors)."""
    rows = range(len(events))
    # the keys below hash whole numbers, not the names again: the actors by their shared
    # tuple (alive for the whole call), the targets by their first event's row
    first_targets: dict[tuple[str, ...], int] = {}
    targets = list(map(first_targets.setdefault, map(tuple, map(_TARGETS, events)), rows))
    # a title is its head (what happened, between whom: a few hundred distinct in a large
    # project) and where: each head made once, by the first event of its key
    first_head: dict[tuple, int] = {}
    heads = list(
        map(
            first_head.setdefault,
            zip(map(_TYPE, events), map(_STATUS, events), map(id, actors), targets, strict=True),
            rows,
        )
    )
    head_of = {i: merge_title_head(events[i]) for i in first_head.values()}
    # then placed once per head and place: the place by its object (alive for the whole
    # call: its name and kind are what a title reads of it), and the table's name for the
    # place, read when there is none
    first: dict[tuple, int] = {}
    keys = zip(heads, map(id, places), map(_LOCATION, events), strict=True)
    firsts = list(map(first.setdefault, keys, rows))
    made = {i: _placed(head_of[heads[i]], events[i], places[i]) for i in first.values()}
    return list(map(made.__getitem__, firsts))


_ACTORS = attrgetter("actors")
_TARGETS = attrgetter("targets")
_TYPE = attrgetter("type")
_STATUS = attrgetter("status")
_LOCATION = attrgetter("location")


# the acts of a war: struck or fought where a state wages it from (``war_waged_from``)
_WAR_ACTS = frozenset(
    {"attack", "bombing", "air_strike", "bombardment", "clash", "incursion", "shoot_down"}
)


@dataclass(slots=True)
class _Conflicts:
    """Theatre areas and who stands with whom in each, for placing and colouring items."""

    areas: list[tuple[str, Area]]  # (theatre id, its area), in the theatres' order
    parties: dict[str, set[str]]
    siding: dict[tuple[str, str], set[str]]  # (theatre, power) -> parties it backs or supplies
    # (theatre, names) -> side: many items share their actors and conflict
    known: dict[tuple[str, tuple[str, ...]], str | None] = field(default_factory=dict)
    # per area: the years its war was fought (None: any time), the articles that tell of it,
    # and the areas drawn with its outline (itself among them, in the areas' order)
    years: list[tuple[int, int | None] | None] = field(default_factory=list)
    told: list[frozenset[str]] = field(default_factory=list)
    twins: list[tuple[int, ...]] = field(default_factory=list)
    published: dict[str, int] = field(default_factory=dict)  # article -> its year
    holding: dict[int, list[int]] = field(default_factory=dict)  # id(geometry) -> areas
    beside: dict[int, list[int]] = field(default_factory=dict)  # area -> areas it meets
    by_size: list[int] = field(default_factory=list)  # the areas, smallest first

    @classmethod
    def of(
        cls,
        theatres: Sequence[Item],
        stances: Iterable[StanceItem],
        published: Mapping[str, str | None] | None = None,
    ) -> _Conflicts:
        # each conflict's area as shapely makes it (a town or a road: what lies within
        # THEATRE_REACH_DEG), read without shapely where explorer.geometry_inside can
        areas = []
        kept: list[Item] = []
        for t in theatres:
            if t.review == REJECTED or not t.geometry:
                continue
            try:
                areas.append((t.id, area_of(t.geometry, THEATRE_REACH_DEG)))
                kept.append(t)
            except (ValueError, TypeError, AttributeError) as exc:
                log.warning("theatre %s has an unreadable area: %s", t.id, exc)
        parties: dict[str, set[str]] = {}
        siding: dict[tuple[str, str], set[str]] = {}
        for s in stances:
            if s.negated or s.review == REJECTED:
                continue
            if not (s.relation == "mediates" and s.party == s.theatre_name):
                parties.setdefault(s.theatre, set()).add(s.party)  # a mediated conflict: none
            if s.relation in SIDING_RELATIONS:
                siding.setdefault((s.theatre, s.power), set()).add(s.party)
        years: list[tuple[int, int | None] | None] = []
        if areas:
            from explorer.extract.lexicon import theatre_years

            years = [theatre_years(t.id) for t in kept]
        by_outline: dict[int, list[int]] = {}
        for i, t in enumerate(kept):
            # one outline drawn twice (two wars of one country): equal dicts, found by their
            # first ring's length and first vertex before the whole is compared
            by_outline.setdefault(hash(_outline_key(t.geometry)), []).append(i)
        twins: list[tuple[int, ...]] = [(i,) for i in range(len(kept))]
        for group in by_outline.values():
            for i in group:
                twins[i] = tuple(j for j in group if kept[j].geometry == kept[i].geometry)
        told = [frozenset(t.sources) for t in kept]
        years_of = {doc: year for doc, day in (published or {}).items() if (year := _year_of(day))}
        by_size = sorted(range(len(areas)), key=lambda j: (areas[j][1].size, j))
        return cls(
            areas,
            parties,
            siding,
            years=years,
            told=told,
            twins=twins,
            published=years_of,
            by_size=by_size,
        )

    def war_waged_from(self, event: Event, place: Place | None) -> str | None:
        """The war an act of harm or fighting in no war's area belongs to: struck in the land
        of a state that wages a war from there (theatres.json's belligerents, in the act's
        year), a war its own articles tell of, with no side named but the war's own. "A fire
        broke out at a refinery in the Volgograd region after a drone attack blamed on
        Ukraine" is of the Russia-Ukraine war, whose area is Ukraine's; of two such wars,
        none."""
        if place is None or event.type not in _WAR_ACTS or not self.areas:
            return None
        from explorer.extract.lexicon import war_waged_from

        docs = {x.doc for x in event.evidence}
        year = _year_of(event.date)
        found = {
            theatre_id
            for (theatre_id, _area), told in zip(self.areas, self.told, strict=False)
            if docs & told
            and war_waged_from(
                theatre_id,
                place.country,
                year,
                [a for a in event.actors if a not in self.parties.get(theatre_id, ())],
            )
        }
        return found.pop() if len(found) == 1 else None

    def theatre_at(
        self,
        geometries: Sequence[dict | None],
        dates: Sequence[str | None] | None = None,
        evidence_of: Callable[[int], Sequence[Evidence]] | None = None,
    ) -> list[str | None]:
        """For each geometry, the theatre whose area holds it (its representative point); of
        several, the smallest area (the likeliest). A dated item (``dates``, by row) is
        never placed in a war that had ended or not begun at its date; of wars drawn with one
        outline, the one whose years hold its date is chosen, failing dates the one its own
        articles (``evidence_of`` its row) tell of, then the one of any time."""
        if not self.areas:
            return [None] * len(geometries)
        ids = [theatre_id for theatre_id, _area in self.areas]
        found = self._smallest_at(geometries)
        hot = {
            i
            for i, (y, t) in enumerate(zip(self.years, self.twins, strict=True))
            if y is not None or len(t) > 1
        }
        if hot:
            self._weigh_years(found, hot, geometries, dates, evidence_of)
        return [None if i is None else ids[i] for i in found]

    def _weigh_years(
        self,
        found: list[int | None],
        hot: set[int],
        geometries: Sequence[dict | None],
        dates: Sequence[str | None] | None,
        evidence_of: Callable[[int], Sequence[Evidence]] | None,
    ) -> None:
        """``found`` settled in place for the rows in a dated war's area or in an outline
        drawn for several wars (``hot``).

        What settles a row is worked out once per (area, year) and spread over the rows by
        C-level maps: most rows are settled by that pair alone (a war fought in that year,
        the only one of its outline). Only the rows whose outline had no war then are looked
        up by their geometry (once per geometry and year), and only those their articles
        decide (an undated item, or several wars of one outline fought that year) one by one.
        """
        rows = list(compress(range(len(found)), map(hot.__contains__, found)))
        if not rows:
            return
        areas = cast(list[int], list(map(found.__getitem__, rows)))  # all in a hot area
        # each row's (area, year) as one int (a tuple a row would wake the garbage collector
        # over every object of a large project)
        when = list(map(dates.__getitem__, rows)) if dates is not None else [None] * len(rows)
        year_of = {date: _year_code(date) for date in set(when)}
        years = list(map(year_of.__getitem__, when))
        keys = list(map(add, map(_KEYS.__mul__, areas), years))
        plan = {key: self._by_year(*divmod(key, _KEYS)) for key in set(keys)}
        settled = list(map(plan.__getitem__, keys))
        opened = set(map(id, plan.values()))
        if id(_BY_GEOMETRY) in opened:
            # no war of its outline fought in its year: another area holding the row's
            # geometry (found once per geometry; most have none) whose war was, by year
            lost = list(compress(range(len(rows)), map(is_, settled, repeat(_BY_GEOMETRY))))
            shapes = list(map(geometries.__getitem__, map(rows.__getitem__, lost)))
            ids = list(map(id, shapes))
            shape_of = dict(zip(ids, shapes, strict=True))
            area_of = dict(zip(ids, map(areas.__getitem__, lost), strict=True))
            held = {k for k, shape in shape_of.items() if self._holders(area_of[k], shape)}
            nearest: dict[int, Any] = {}
            if held:
                where = list(map(add, map(_KEYS.__mul__, ids), map(years.__getitem__, lost)))
                for key in set(where):
                    shape, year = divmod(key, _KEYS)
                    nearest[key] = (
                        self._by_geometry(area_of[shape], year, shape_of[shape])
                        if shape in held
                        else None
                    )
                deque(map(settled.__setitem__, lost, map(nearest.__getitem__, where)), 0)
            else:
                deque(map(settled.__setitem__, lost, repeat(None)), 0)
            opened |= set(map(id, nearest.values()))
        if id(_BY_ARTICLES) in opened:
            # an undated item, or several wars of one outline fought in its year: one by one
            chosen: dict[tuple, int] = {}
            for k in compress(range(len(rows)), map(is_, settled, repeat(_BY_ARTICLES))):
                row = rows[k]
                evidence = evidence_of(row) if evidence_of is not None else None
                settled[k] = self._by_articles(
                    areas[k], years[k], geometries[row], evidence, chosen
                )
        deque(map(found.__setitem__, rows, settled), 0)

    def _by_year(self, i: int, year: int) -> Any:
        """What settles the rows in area ``i`` of ``year`` (``_UNREAD``: a date not read;
        ``_UNDATED``): a war (or None), or ``_BY_GEOMETRY`` or ``_BY_ARTICLES``."""
        if year == _UNDATED:
            return _BY_ARTICLES  # of no war begun after its articles: known by them
        if year == _UNREAD or self._fits(i, year):
            return i if len(self.twins[i]) == 1 else _BY_ARTICLES
        wars = [j for j in self.twins[i] if self._covers(j, year)]
        if wars:
            return self._one_of(wars, year)
        # none: another area holding the row's geometry whose war was, if one may
        return _BY_GEOMETRY if any(self._covers(j, year) for j in self._beside(i)) else None

    def _by_geometry(self, i: int, year: int, geometry: dict | None) -> Any:
        return self._one_of(self._held(i, year, (), geometry), year)

    def _one_of(self, wars: list[int], year: int) -> Any:
        """Of the wars fought in ``year`` at a dated item, the one it lies in, when its
        articles cannot change it (``_settle`` reads them only to part two listed wars)."""
        if len(wars) < 2:
            return wars[0] if wars else None
        listed = [j for j in wars if self.years[j] is not None and self._covers(j, year)]
        return listed[0] if len(listed) == 1 else _BY_ARTICLES

    def _by_articles(
        self,
        i: int,
        year: int,
        geometry: dict | None,
        evidence: Sequence[Evidence] | None,
        settled: dict[tuple, int],
    ) -> int | None:
        """One row settled by its articles: an undated item is of no war begun after the
        last of them was published, and of wars drawn with one outline the one they tell
        of."""
        when = year if year < _UNREAD else None
        docs: frozenset[str] = frozenset() if evidence is None else frozenset(map(_DOC, evidence))
        told: tuple[int, ...] = ()
        if when is None:
            told = tuple(sorted({y for d in docs if (y := self.published.get(d))}))
        wars = self._held(i, when, told, geometry)
        if len(wars) < 2:
            return wars[0] if wars else None
        chosen = (tuple(wars), when, told, docs)
        if chosen not in settled:
            settled[chosen] = self._settle(wars, when, docs, told)
        return settled[chosen]

    def _smallest_at(self, geometries: Sequence[dict | None]) -> list[int | None]:
        # many items share one geometry (the events at a town): each is placed once, and each
        # item given its geometry's first item's conflict (C-level maps over the objects' ids)
        first: dict[int, int] = {}
        firsts = list(map(first.setdefault, map(id, geometries), range(len(geometries))))
        if len(first) < len(geometries):
            rows = list(first.values())
            placed = dict(zip(rows, self._smallest_at([geometries[i] for i in rows]), strict=True))
            return list(map(placed.__getitem__, firsts))
        return place(list(map(point_of, geometries)), [area for _id, area in self.areas])

    def _fits(self, i: int, year: int) -> bool:
        return len(self.twins[i]) == 1 and self._covers(i, year)

    def _covers(self, i: int, year: int | None) -> bool:
        span = self.years[i]
        if span is None or year is None:
            return True
        return span[0] <= year and (span[1] is None or year <= span[1])

    def _possible(self, i: int, year: int | None, told: tuple[int, ...]) -> bool:
        """Whether area ``i``'s war was fought at the item's date; an undated item told of in
        articles of the years ``told`` is of no war begun after the last of them."""
        span = self.years[i]
        if year is None and told and span is not None:
            return span[0] <= max(told)
        return self._covers(i, year)

    def _held(
        self, i: int, year: int | None, told: tuple[int, ...], geometry: dict | None
    ) -> list[int]:
        """The wars drawn with area ``i``'s outline fought at an item's date (``year``; an
        undated one's: the years ``told`` its articles were published); when none was, those
        of the next smallest area holding it whose war was."""
        held = [j for j in self.twins[i] if self._possible(j, year, told)]
        if held:
            return held
        # the smallest area holding it (of equal sizes, the first) whose war was
        nearest = next(
            (j for j in self._holders(i, geometry) if self._possible(j, year, told)), None
        )
        if nearest is None:
            return []
        return [j for j in self.twins[nearest] if self._possible(j, year, told)]

    def _holders(self, i: int, geometry: dict | None) -> list[int]:
        """The areas outside area ``i``'s outline holding ``geometry``'s point (which ``i``
        holds), smallest first; worked out once per geometry, tested only where an area's
        bounds meet ``i``'s."""
        found = self.holding.get(id(geometry))
        if found is None:
            point = point_of(geometry)
            found = self.holding[id(geometry)] = (
                []
                if point is None
                else [j for j in self._beside(i) if self.areas[j][1].contains(*point)]
            )
        return found

    def _beside(self, i: int) -> list[int]:
        """The areas outside ``i``'s outline whose bounds meet its bounds, smallest first."""
        found = self.beside.get(i)
        if found is None:
            left, bottom, right, top = self.areas[i][1].bounds()
            found = self.beside[i] = [
                j
                for j in self.by_size
                if j not in self.twins[i]
                and (box := self.areas[j][1].bounds())[0] <= right
                and left <= box[2]
                and box[1] <= top
                and bottom <= box[3]
            ]
        return found

    def _settle(
        self, held: list[int], year: int | None, docs: frozenset[str], told: tuple[int, ...]
    ) -> int:
        """Of wars drawn with one outline, the one an item of ``year`` told of in ``docs``
        (published in the years ``told``) lies in."""
        if year is not None or told:
            # a named war whose years hold the date (an undated item's: every year its
            # articles were published in) beats the place's conflict of any time, as
            # extraction's theatres choose between them for a stance
            held = [
                j
                for j in held
                if self.years[j] is not None
                and all(self._covers(j, y) for y in ((year,) if year is not None else told))
            ] or held
        if len(held) > 1 and docs:
            held = [j for j in held if self.told[j] & docs] or held
        if len(held) > 1 and year is None:
            held = [j for j in held if self.years[j] is None] or held
        return held[0]

    def side_of(self, theatre: str | None, names: tuple[str, ...]) -> str | None:
        """The one party of ``theatre`` the names stand with: a party itself, or a power that
        backs or supplies exactly one party. None when they disagree or say nothing: an item
        gets a side only when its actors leave no doubt."""
        if not theatre:
            return None
        key = (theatre, names)
        if key not in self.known:
            self.known[key] = self._side_of(theatre, names)
        return self.known[key]

    def _side_of(self, theatre: str, names: tuple[str, ...]) -> str | None:
        found: set[str] = set()
        for name in names:
            if name in self.parties.get(theatre, ()):
                found.add(name)
                continue
            backed = self.siding.get((theatre, name), set())
            if len(backed) == 1:
                found |= backed
        return found.pop() if len(found) == 1 else None


def _outline_key(geometry: dict | None) -> tuple:
    """A cheap key that two equal geometries share (their type and first coordinates)."""
    if not isinstance(geometry, dict):
        return ()
    coords = geometry.get("coordinates")
    while isinstance(coords, (list, tuple)) and coords and isinstance(coords[0], (list, tuple)):
        coords = coords[0]
    return (geometry.get("type"), repr(coords)[:80])


def _year_of(date: str | None) -> int | None:
    """The year of an ISO date ("1979", "1979-12-27"); None for none."""
    return int(date[:4]) if date and date[:4].isdigit() else None


# A row's year as _Conflicts weighs it: the year itself, or one of these; an (area, year)
# is one int, area * _KEYS + year
_UNREAD = 10_000  # a date given but not read as a year ("unknown"): kept in a lone war's area
_UNDATED = 10_001
_KEYS = 10_002
# What a row's area and year leave open: its geometry decides (no war of its outline was
# fought then), or its articles do (an undated item, two wars of one outline fought then)
_BY_GEOMETRY = object()
_BY_ARTICLES = object()


def _year_code(date: str | None) -> int:
    if date is None:
        return _UNDATED
    year = _year_of(date)
    return _UNREAD if year is None else year


def _country_outline(code: str | None, fallback: dict | None) -> dict | None:
    from explorer.outlines import country_shape

    return country_shape(code) or fallback


_DOC = attrgetter("doc")


class _Sources:
    """The articles items cite, and each one's outlet, for an item's sources and outlets."""

    def __init__(self, sources: Mapping[str, Source]) -> None:
        self.outlet = {doc: s.outlet for doc, s in sources.items() if s.outlet}
        self.published = {doc: s.published for doc, s in sources.items() if s.published}
        # the items citing the same articles share one pair of tuples (a hundred thousand
        # items cite a few thousand articles)
        self._made: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]] = {}

    def each(
        self, evidences: Sequence[Sequence[Evidence]]
    ) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """``of`` each item's evidence, in order: the items of one excerpt (most of them) by
        their article, looked up once per article and spread by C-level maps."""
        single = list(map((1).__eq__, map(len, evidences)))
        ones = list(compress(range(len(evidences)), single))
        docs = list(map(_DOC, map(_FIRST, map(evidences.__getitem__, ones))))
        code = {doc: k for k, doc in enumerate(dict.fromkeys(docs))}
        made = [self._of_docs((doc,)) for doc in code]
        codes = [0] * len(evidences)
        deque(map(codes.__setitem__, ones, map(code.__getitem__, docs)), 0)
        for row in compress(range(len(evidences)), map(not_, single)):
            codes[row] = len(made)
            made.append(self.of(evidences[row]))
        return list(map(made.__getitem__, codes))

    def of(self, evidence: Sequence[Evidence]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(documents in evidence order, their outlets sorted)."""
        if len(evidence) == 1:  # most items: one excerpt
            return self._of_docs((evidence[0].doc,))
        return self._of_docs(tuple(dict.fromkeys(map(_DOC, evidence))))

    def _of_docs(self, docs: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        made = self._made.get(docs)
        if made is None:
            outlets = tuple(sorted({o for d in docs if (o := self.outlet.get(d))}))
            made = self._made[docs] = (docs, outlets)
        return made


# Where an item lies before it is built: (geometry, precision, country code)
_Where = tuple[dict | None, Precision | None, str | None]


def build_items(analysis: Analysis, reviews: Mapping[str, Any] | None = None) -> ItemSet:
    """Every item of ``analysis`` with its review state, conflict, side, sources and evidence.

    ``analysis`` is taken as loaded (edits already applied by the store; rejected items kept
    or left out as the caller loaded it); ``reviews`` gives each item's state.

    Each item is made once, with its conflict and side: where every item lies is worked out
    first, then which conflict's area holds each (one vectorised test per conflict).
    """
    reviews = reviews or {}
    sources = {
        d.id: Source(doc=d.id, title=d.title, outlet=d.outlet, published=d.published)
        for d in analysis.documents
    }
    cited = _Sources(sources)
    theatre_names = {t.id: t.name for t in analysis.theatres}
    places = {p.id: p for p in analysis.places}

    theatres = [_theatre_item(t, analysis.stances, reviews, cited) for t in analysis.theatres]
    # "Conflict not stated" gathers the claims whose war no article names: with none left
    # (its only claim denied or rejected) it is no item, in the table, on the map or in an
    # export (its stances stay, as every denial does)
    theatres = [t for t in theatres if t.stances or t.id != UNPLACED]
    stances = tuple(_stance_item(s, theatre_names, reviews) for s in analysis.stances)
    conflicts = _Conflicts.of(theatres, stances, {d.id: d.published for d in analysis.documents})

    place_where = [_place_where(p) for p in analysis.places]
    where_of = {p.id: where for p, where in zip(analysis.places, place_where, strict=True)}
    event_places = [places.get(e.place_id or "") for e in analysis.events]
    # an event at a place lies where its place does (the same geometry): worked out once
    event_where = [
        where_of[place.id] if place is not None else _event_where(e, None)
        for e, place in zip(analysis.events, event_places, strict=True)
    ]
    asset_where = [
        (a.geometry, precision_of(a.geometry), country_code(a.country)) for a in analysis.assets
    ]
    # a place and an asset have no date; an event's is the war's test
    cited_by: list[Any] = [*analysis.places, *analysis.events, *analysis.assets]

    in_theatre = iter(
        conflicts.theatre_at(
            [w[0] for w in (*place_where, *event_where, *asset_where)],
            [
                *repeat(None, len(place_where)),
                *map(_DATE, analysis.events),
                *repeat(None, len(asset_where)),
            ],
            lambda row: cited_by[row].evidence,
        )
    )
    items: list[Item] = [
        _place_item(p, where, next(in_theatre), reviews, cited)
        for p, where in zip(analysis.places, place_where, strict=True)
    ]
    items += _event_items(
        analysis.events,
        event_places,
        event_where,
        islice(in_theatre, len(analysis.events)),
        conflicts,
        reviews,
        cited,
        analysis.event_titles,
        _SentencePlaces(analysis.mentions, places),
    )
    items += [
        _asset_item(a, where, next(in_theatre), conflicts, reviews, cited)
        for a, where in zip(analysis.assets, asset_where, strict=True)
    ]
    items += theatres
    return ItemSet(
        items=tuple(items),
        stances=stances,
        sources=sources,
        theatre_names=theatre_names,
        analysis=analysis,
        reviews=reviews,
    )


def _place_where(p: Place) -> _Where:
    precision = _place_precision(p)
    geometry = _country_outline(p.country, p.geometry) if precision == "country" else p.geometry
    return geometry, precision, country_code(p.country)


def _event_where(e: Event, place: Place | None) -> _Where:
    if place is not None:
        return _place_where(place)
    if e.geometry:  # a row of an imported table: located by its own coordinates
        precision: Precision = next((p for p in PRECISIONS if p == e.precision), "point")
        country = country_code(e.country)
        geometry: dict | None = e.geometry
        if precision == "country":
            geometry = _country_outline(country, e.geometry)
        return geometry, precision, country
    return None, None, None


def _place_item(
    p: Place, where: _Where, theatre: str | None, reviews: Mapping[str, Any], cited: _Sources
) -> Item:
    geometry, precision, country = where
    docs, outlets = cited.of(p.evidence)
    return Item(
        id=p.id,
        kind="place",
        name=p.name,
        type=p.kind,
        country=country,
        gazetteer_id=p.gazetteer_id,
        geometry=geometry,
        precision=precision,
        theatre=theatre,
        review=review_of(reviews, p.id),
        sources=docs,
        outlets=outlets,
        evidence=tuple(p.evidence),
    )


def _event_items(
    events: Sequence[Event],
    places: Sequence[Place | None],
    wheres: Sequence[_Where],
    theatres: Iterable[str | None],
    conflicts: _Conflicts,
    reviews: Mapping[str, Any],
    cited: _Sources,
    kept_titles: KnownTitles | None = None,
    by_sentence: _SentencePlaces | None = None,
) -> list[Item]:
    """The events' items, a field at a time: what many events share (their date read, their
    title, their side) is worked out once per distinct value or combination and spread over
    the events by C-level maps, and each field is set on every item by one such map (no
    Python call per event for what most events share)."""
    count = len(events)
    actors, titles = _titles(events, places, kept_titles)
    theatre_of = list(islice(theatres, count))
    if not len(places) == len(wheres) == len(theatre_of) == count:
        raise ValueError(f"{count} events, {len(places)} places, {len(wheres)} locations")
    for row in [r for r, t in enumerate(theatre_of) if t is None and places[r] is not None]:
        theatre_of[row] = conflicts.war_waged_from(events[row], places[row])
    dates = list(zip(map(_DATE, events), map(_DATE_PRECISION, events), strict=True))
    dated = {key: _dated(*key) for key in dict.fromkeys(dates)}
    when = list(map(dated.__getitem__, dates))
    pairs = list(zip(theatre_of, actors, strict=True))
    sided = {pair: conflicts.side_of(*pair) for pair in dict.fromkeys(pairs) if pair[0]}
    cites = cited.each(list(map(_EVIDENCE, events)))
    outlets = list(map(_SECOND, cites))
    for row, e in enumerate(events):
        if e.outlets:  # a row of an imported table names its own sources
            outlets[row] = tuple(sorted({*outlets[row], *e.outlets}))
    ids = list(map(_ID, events))
    for row in _bare_rows(events, places):
        bare = titles[row]
        titles[row] = told_title(bare, when[row][0], cites[row][0], cited)
        named = by_sentence.bare(events[row]) if titles[row] == bare and by_sentence else ""
        if named:
            titles[row] = bare + sentence_note(named)
    for row in _in_a_country_rows(places) if by_sentence else ():
        if finer := by_sentence.finer(events[row], places[row]):  # type: ignore[union-attr]
            titles[row] = titles[row] + sentence_note(finer)
    review: Iterable[ReviewState] = repeat(UNREVIEWED, count)
    if reviews:
        review = [review_of(reviews, i) if i in reviews else UNREVIEWED for i in ids]
        for row, i in enumerate(ids):
            edited = edits_of(reviews, i).get("label") if i in reviews else None
            if edited:
                titles[row] = str(edited)
    # in Item's field order (_ITEM_SLOTS)
    values: tuple[Iterable, ...] = (
        ids,
        repeat("event", count),
        titles,
        map(_TYPE, events),
        map(_FIRST, when),
        map(_SECOND, when),
        map(_THIRD, wheres),  # country
        (place.gazetteer_id if place else None for place in places),
        map(_FIRST, wheres),  # geometry
        map(_SECOND, wheres),  # precision
        theatre_of,
        (sided.get(pair) for pair in pairs),
        review,
        map(_FIRST, cites),
        outlets,
        actors,
        repeat((), count),  # operators
        map(_PLACE_ID, events),
        (layer or None for layer in map(_LAYER, events)),
        repeat((), count),  # stances
        map(tuple, map(_EVIDENCE, events)),
    )
    made = list(map(object.__new__, repeat(Item, count)))
    for setter, column in zip(_ITEM_SLOTS, values, strict=True):
        deque(map(setter, made, column), 0)
    return made


def _bare_rows(events: Sequence[Event], places: Sequence[Place | None]) -> list[int]:
    """The rows of events whose title says only what kind of thing happened: no place named
    and nobody named among its actors and targets ("Attack", "Agreement", "Attack: troops").
    An analyst cannot tell two of them apart in the Items table or on the map."""
    unplaced = compress(range(len(events)), map(is_, places, repeat(None)))
    return [
        row
        for row in unplaced
        if not events[row].location
        and not any(map(_a_name, events[row].actors))
        and not any(map(_a_name, events[row].targets))
    ]


def _a_name(words: str) -> bool:
    """Whether an actor or target is someone named ("Russia", "al-Shabaab", "ISIS"), not a kind
    of people ("troops", "two countries", "gunmen"): a capital letter in it."""
    return any(map(str.isupper, words))


_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def date_words(iso: str | None) -> str:
    """An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as a reader writes it: "8 June 2010", "July
    2024", "2012"; "" when it is none of these."""
    parts = (iso or "").split("-")
    if not parts[0].isdigit() or len(parts) > 3 or not all(p.isdigit() for p in parts):
        return ""
    if len(parts) == 1:
        return parts[0]
    month = int(parts[1])
    if not 1 <= month <= 12:
        return ""
    words = f"{_MONTH_NAMES[month - 1]} {parts[0]}"
    return f"{int(parts[2])} {words}" if len(parts) == 3 else words


def told_title(title: str, date: str | None, docs: Sequence[str], cited: _Sources) -> str:
    """A bare event's title (``_bare_rows``) with what its own fields hold to tell it from
    another: its date ("Attack, July 2024"), else the day its first article appeared
    ("Attack: troops, reported 10 April 2012"), else that article's outlet ("Agreement
    (Sudan Tribune)"); as it was where none is known (not the article's headline: a brief
    names each article once, in its credits). Every word comes from the item."""
    if when := date_words(date):
        return f"{title}, {when}"
    for doc in docs:
        if when := date_words((cited.published.get(doc) or "")[:10]):
            return f"{title}, reported {when}"
    for doc in docs:
        if outlet := cited.outlet.get(doc):
            return f"{title} ({outlet})"
    return title


class _SentencePlaces:
    """The places an event's own sentences name, the mentions grouped by article and ordered by
    their start once, when first asked (most projects have no event to ask for): for a bare
    event (``sentence_places``) and for one placed at a whole country (``finer_place_named``).
    Each answer reads the event's own excerpts only, so an item's title is the same built alone
    or with the project's other events."""

    def __init__(self, mentions: Sequence[Mention], places: Mapping[str, Place]) -> None:
        self._mentions = mentions
        self._places = places
        self._by_doc: dict[str, tuple[list[int], list[Mention]]] = {}

    def _in(self, excerpt: Evidence) -> list[Mention]:
        """The mentions inside ``excerpt``, in their order."""
        if not self._by_doc and self._mentions:
            grouped: dict[str, list[Mention]] = {}
            for m in self._mentions:
                grouped.setdefault(m.doc, []).append(m)
            for doc, found in grouped.items():
                found.sort(key=attrgetter("start"))
                self._by_doc[doc] = ([m.start for m in found], found)
        starts, found = self._by_doc.get(excerpt.doc, ((), ()))  # type: ignore[assignment]
        return found[bisect_left(starts, excerpt.start) : bisect_left(starts, excerpt.end)]

    def bare(self, event: Event) -> str:
        """``sentence_places`` of its first excerpt, else of all its excerpts together (every
        place they name in one country: ``every_sentence_places``)."""
        if not event.evidence:
            return ""
        first = event.evidence[0]
        if named := sentence_places(event, self._in(first), self._places):
            return named
        return every_sentence_places(event, [self._in(x) for x in event.evidence], self._places)

    def finer(self, event: Event, place: Place | None) -> str:
        """``finer_place_named`` of its first excerpt."""
        if not event.evidence or place is None:
            return ""
        excerpt = event.evidence[0]
        mentions = [
            m
            for m in _not_a_side_s(event, self._in(excerpt))
            if not _opens_a_longer_name(m, excerpt)
            and not _came_from(m, excerpt)
            and not _a_dateline_s(m, excerpt)
        ]
        return finer_place_named(place, mentions, self._places)


def sentence_note(words: str) -> str:
    """What a title adds of the places an event's sentence names, those words first: " (Enerhodar,
    in its sentence)". The Items table shows a title on two lines and cuts its end; two events
    that read alike but for these words must show them there."""
    return f" ({words}, in its sentence)"


def _not_a_side_s(event: Event, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` but those inside the name of one of the event's actors or targets: the
    capital of "rebels against the pro-Moscow president" names a side, not where."""
    sides = [name.casefold() for name in (*event.actors, *event.targets)]
    return [m for m in mentions if not any(m.name.casefold() in side for side in sides)]


def _opens_a_longer_name(mention: Mention, excerpt: Evidence) -> bool:
    """Whether a capitalised word follows the place's name in its excerpt: the place opens the
    name of something else, a body, a club or a market ("the Nairobi Stock Exchange fell",
    "fans of Kano Pillars"), which says nothing of where the event was."""
    after = excerpt.text[mention.end - excerpt.start :]
    return bool(re.match(r" [A-Z][a-z]", after))


_DATELINE_AFTER = re.compile(r"\)?\s*(\([^)]*\))?\s*[-\u2013\u2014:]")


def _a_dateline_s(mention: Mention, excerpt: Evidence) -> bool:
    """Whether the place's name opens its excerpt as a dateline, in any case, with or without
    its agency, before a dash or a colon ("Tehran (IP) - People joined the rallies",
    "(Guayaquil) A riot left 58 dead"): the town an article was filed from, not where."""
    at = mention.start - excerpt.start
    if excerpt.text[:at].strip() not in ("", "("):
        return False
    after = excerpt.text[mention.end - excerpt.start :]
    return excerpt.text[:at].strip() == "(" or bool(_DATELINE_AFTER.match(after))


def _came_from(mention: Mention, excerpt: Evidence) -> bool:
    """Whether the place's name follows "from": where a statement, a visitor or a cargo came
    from ("the army said in a statement issued from Bogota"), not where the event was."""
    before = excerpt.text[: mention.start - excerpt.start]
    return before.rstrip().casefold().endswith(" from")


def _in_a_country_rows(places: Sequence[Place | None]) -> list[int]:
    """The rows of events placed at a whole country ("Fighting: gangs in Ecuador")."""
    return [row for row, p in enumerate(places) if p is not None and p.kind == "country"]


# kinds of place finer than a country that an event's title can say its sentence names
_FINER_KINDS = frozenset({"city", "site", "region"})


def finer_place_named(
    place: Place, mentions: Sequence[Mention], places: Mapping[str, Place]
) -> str:
    """The one place finer than ``place`` (a country the event is placed at) that the event's
    sentence (``mentions``: those inside its excerpt) names in that country, for its title:
    "Fighting: gangs in Ecuador (Guayaquil, in its sentence)" of "A riot left 58 dead in a
    prison in Guayaquil, in southwest Ecuador". Events of one land in one story often share
    "in Ecuador"; the town tells them apart, and it is said as the sentence's word, not as
    the event's place (a town may be a reference point: "south of Baghdad"). None where the
    sentence names a place of another land (a people's word of one is no place: "Russian
    shelling"), or two finer places, or none; nor a dateline's capitals. "" where none."""
    if place.kind != "country" or not place.country:
        return ""
    found: list[str] = []
    for m in mentions:
        if m.metonymic or m.place_id not in places:
            continue
        if m.name.isupper() and len(m.name) > 3:
            continue  # a dateline's capitals
        named = places[m.place_id or ""]
        if named.kind == "country" and m.name.casefold() != named.name.casefold():
            continue  # a people's word or a short form: no place of the sentence
        if named.country is None:
            continue  # a continent or a world region, of no one land
        if named.country != place.country:
            return ""
        if named.kind in _FINER_KINDS and named.name not in found:
            found.append(named.name)
    return found[0] if len(found) == 1 else ""


def every_sentence_places(
    event: Event, mentions: Sequence[Sequence[Mention]], places: Mapping[str, Place]
) -> str:
    """``sentence_places`` of an event told by several sentences, read together (``mentions``:
    those inside each of its excerpts), where its first names none that tells: "Kandahar" of
    an attack by "troops" told by "Afghan villagers said foreign troops launched a massive
    attack" and "Residents of Wocha Bakhta, a village 80 kilometres north of Kandahar, said 36
    people were killed". Every place they name lies in one country, or none is said: a later
    sentence often turns to another land ("... over their attacks on ships linked to Israel")."""
    if len(event.evidence) < 2:
        return ""
    return _places_of([m for found in mentions for m in found], places, event.evidence)


def sentence_places(event: Event, mentions: Sequence[Mention], places: Mapping[str, Place]) -> str:
    """The places its own sentence names, for an event no field tells apart (``_bare_rows``
    with no date, day or outlet): "Poland" of "an explosion at the arms factory in
    southeastern Poland killed a worker", where the extraction placed the event nowhere. Said
    as the sentence's words, not as the event's place (the title reads "(Poland, in its
    sentence)", ``sentence_note``), and only where every place it names lies in one country:
    the country's name where the sentence names it, else its one place ("Shabwa"), else
    "places in" the country where it names several ("Curfew on Jos/Bukuru; soldiers attacked
    in Delta": "places in Nigeria"), else nothing. Not a people's word ("Afghan villagers"), a
    side a capital stands for, or a dateline's capitals ("JOHANNESBURG:"). "" where none."""
    return _places_of(mentions, places, event.evidence[:1])


def _places_of(
    mentions: Sequence[Mention], places: Mapping[str, Place], read: Sequence[Evidence]
) -> str:
    """``sentence_places`` of the mentions inside the excerpts ``read``."""
    spans = [(x.doc, x.start, x.end) for x in read]
    found: list[Place] = []
    countries: set[str | None] = set()
    for m in mentions:
        if m.metonymic or m.place_id not in places:
            continue
        if not any(doc == m.doc and start <= m.start < end for doc, start, end in spans):
            continue
        place = places[m.place_id or ""]
        if m.name.isupper() and len(m.name) > 3:
            continue  # a dateline's capitals
        countries.add(place.country)  # a people's word too: "British" of a Yemeni coast
        if place.kind == "country" and m.name.casefold() != place.name.casefold():
            continue  # a people's word or a short form of the country's name, never named
        if place not in found:
            found.append(place)
    if not found or len(countries) != 1 or not found[0].country:
        return ""
    country = next((p for p in found if p.kind == "country"), None)
    if country is not None:
        return country.name
    if len(found) == 1:
        return found[0].name
    return f"places in {_country_name(found[0].country)}"


def _country_name(code: str) -> str:
    """The gazetteer's name of a country ("Nigeria" for "NG"), or its code."""
    from explorer.geoparse.admin1 import country_name

    return country_name(code)


def _dated(value: str | None, stated: str | None) -> tuple[str | None, DatePrecision]:
    date = iso_date(value)
    return date, _date_precision(date, stated)


_ID = attrgetter("id")
_KIND = attrgetter("kind")
_DATE = attrgetter("date")
_DATE_PRECISION = attrgetter("date_precision")
_EVIDENCE = attrgetter("evidence")
_PLACE_ID = attrgetter("place_id")
_LAYER = attrgetter("layer")
_FIRST, _SECOND, _THIRD = itemgetter(0), itemgetter(1), itemgetter(2)


def _asset_item(
    a,
    where: _Where,
    theatre: str | None,
    conflicts: _Conflicts,
    reviews: Mapping[str, Any],
    cited: _Sources,
) -> Item:
    geometry, precision, country = where
    docs, outlets = cited.of(a.evidence)
    operators = tuple(a.operators)
    return Item(
        id=a.id,
        kind="asset",
        name=a.name,
        type=a.type,
        country=country,
        gazetteer_id=a.gazetteer_id,
        geometry=geometry,
        precision=precision,
        theatre=theatre,
        side=conflicts.side_of(theatre, operators),
        review=review_of(reviews, a.id),
        sources=docs,
        outlets=outlets,
        operators=operators,
        evidence=tuple(a.evidence),
    )


def _theatre_item(
    t, stances: Sequence[Stance], reviews: Mapping[str, Any], cited: _Sources
) -> Item:
    claims = sorted(
        {
            (s.power, s.relation, s.party)
            for s in stances
            if s.theatre == t.id and not s.negated and review_of(reviews, stance_id(s)) != REJECTED
        }
    )
    docs, outlets = cited.of(t.evidence)
    return Item(
        id=t.id,
        kind="theatre",
        name=t.name,
        type="conflict",
        geometry=t.geometry,
        precision=precision_of(t.geometry),
        theatre=t.id,
        review=review_of(reviews, t.id),
        sources=docs,
        outlets=outlets,
        stances=tuple(claims),
        evidence=tuple(t.evidence),
    )


def _stance_item(
    s: Stance, theatre_names: Mapping[str, str], reviews: Mapping[str, Any]
) -> StanceItem:
    sid = stance_id(s)
    return StanceItem(
        id=sid,
        power=s.power,
        relation=s.relation,
        party=s.party,
        theatre=s.theatre,
        theatre_name=theatre_names.get(s.theatre, s.theatre),
        negated=s.negated,
        review=review_of(reviews, sid),
        evidence=tuple(s.evidence),
        claimed_by=s.claimed_by,
    )


def in_file(items: ItemSet) -> Callable[[dict], tuple[int, int]]:
    """Where an excerpt is in its file, for a reader who opens it: the characters of the
    file's own (decoded) text its span was read from. An excerpt's ``start`` and ``end`` count
    in the article's cleaned text (furniture and a date line dropped, lines joined), so they
    were quoted wrong as the file's ("characters 84–245" of a story whose date line is gone
    fell 18 characters early). An excerpt of a file with no text kept (a table's note) keeps
    its own."""
    from explorer.corpus.textmap import source_range  # not with the contract: a snapshot needs none

    documents = {d.id: d for d in items.analysis.documents}

    def where(e: dict) -> tuple[int, int]:
        d = documents.get(e["doc"])
        start, end = e["start"], e["end"]
        if d is None or not d.raw_text or not 0 <= start <= end <= len(d.offsets):
            return start, end
        return source_range(d.raw_text, d.offsets, start, end)

    return where
