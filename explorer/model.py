"""Plain data shared by every stage of the pipeline (corpus -> geoparse -> extract -> store).

No Qt, no I/O: these are the values the stages pass to one another. Offsets are always
character offsets into ``Document.text`` (the cleaned text), end exclusive.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from operator import is_
from typing import overload

from explorer.ids import place_id as place_id_for  # noqa: F401 (the Place id of an entry)


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The distance between two points on a sphere of the Earth's mean radius, in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` in a document's cleaned text."""

    start: int
    end: int


class OffsetRuns(Sequence[int]):
    """An offset map kept as its runs: cleaning mostly deletes stretches of the raw text, so
    ``offsets[i + 1] == offsets[i] + 1`` almost everywhere and a whole article is a few dozen
    runs. A list holds one Python int per character (about 36 bytes each: a gigabyte for
    10,000 articles loaded from a project); this holds two per run and reads like the list."""

    __slots__ = ("_length", "_starts", "_values")

    def __init__(self, starts: list[int], values: list[int], length: int) -> None:
        self._starts = starts  # index in the cleaned text where each run starts
        self._values = values  # raw offset of that character
        self._length = length

    @classmethod
    def of(cls, offsets: Iterable[int]) -> OffsetRuns:
        starts: list[int] = []
        values: list[int] = []
        previous = None
        n = 0
        for n, value in enumerate(offsets, 1):
            if previous is None or value != previous + 1:
                starts.append(n - 1)
                values.append(value)
            previous = value
        return cls(starts, values, n)

    def runs(self) -> list[tuple[int, int]]:
        """(index, raw offset) where each run starts."""
        return list(zip(self._starts, self._values, strict=True))

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> list[int]: ...
    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("offset index out of range")
        run = bisect_right(self._starts, index) - 1
        return self._values[run] + index - self._starts[run]

    def __iter__(self) -> Iterator[int]:
        ends = [*self._starts[1:], self._length] if self._starts else []
        for start, value, end in zip(self._starts, self._values, ends, strict=True):
            yield from range(value, value + end - start)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, OffsetRuns):
            return self.runs() == other.runs() and len(self) == len(other)
        if isinstance(other, Sequence):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # equal to lists, which have none

    def __repr__(self) -> str:
        return f"OffsetRuns({len(self)} offsets in {len(self._starts)} runs)"


@dataclass(slots=True)
class Document:
    """One article after reading and cleaning.

    ``offsets`` maps cleaned text back to the original file: ``offsets[i]`` is the character
    index in ``raw_text`` of ``text[i]`` (len(offsets) == len(text)), so an excerpt can be shown
    in place in the file the user opened. Read from a project it is an :class:`OffsetRuns`.
    """

    id: str  # stable: file name for files on disk, or the id given in JSONL
    path: str  # where it was read from ("" when it came from memory)
    title: str
    text: str  # cleaned text: boilerplate removed, NFC-normalised
    sha256: str  # of the raw bytes
    outlet: str | None = None
    published: str | None = None  # ISO 8601 date or None when unknown
    url: str | None = None
    raw_text: str = ""  # decoded original text, before cleaning
    offsets: Sequence[int] = field(default_factory=list)
    # read from a project, made when first read (explorer.store.codec.StoredSpans)
    paragraphs: Sequence[Span] = field(default_factory=list)
    sentences: Sequence[Span] = field(default_factory=list)
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)

    def excerpt(self, span: Span) -> str:
        return self.text[span.start : span.end]


@dataclass(slots=True)
class Evidence:
    """The excerpt that supports a claim: document + span into its cleaned text."""

    doc: str  # Document.id
    start: int
    end: int
    text: str
    # when the excerpt says it held (ISO 8601): the year the sentence states, else the
    # article's date; set for stances, which an analyst follows over time
    date: str | None = None

    def to_json(self) -> dict:
        out = {"doc": self.doc, "start": self.start, "end": self.end, "text": self.text}
        if self.date:
            out["date"] = self.date
        return out


@dataclass(slots=True)
class Candidate:
    """One gazetteer entry a toponym may refer to."""

    gazetteer_id: str  # GeoNames id ("geonames:745044") or curated id ("curated:nord_stream")
    name: str
    lat: float
    lon: float
    kind: str  # city, site, region, country, sea, route, area
    country: str | None  # ISO 3166-1 alpha-2
    population: int = 0
    score: float = 0.0
    # the GeoNames code of the first-level unit (state, province, oblast) the entry lies in,
    # or is, within its country ("84": Volgograd Oblast for Volgograd and for the oblast
    # itself); "" where the gazetteer holds none (a country, a curated site)
    admin1: str = ""


@dataclass(slots=True)
class Toponym:
    """A place name found in a text and what it was resolved to."""

    start: int
    end: int
    name: str  # the surface form, text[start:end]
    candidate: Candidate | None  # the chosen entry; None when nothing fits
    confidence: float = 0.0
    metonymic: bool = False  # "Ankara says ..." names a government, not a location
    alternatives: list[Candidate] = field(default_factory=list)  # runners-up, best first


@dataclass(slots=True)
class Place:
    """A located thing on the map, aggregated over all its mentions in a corpus.

    ``geometry`` is GeoJSON geometry (Point, LineString, Polygon, MultiPolygon) in WGS84.
    """

    id: str  # stable id, e.g. "place:geonames:745044"
    name: str
    kind: str  # city, site, region, country, sea, route, area
    geometry: dict
    country: str | None
    gazetteer_id: str | None
    precision: str = "point"  # point, area, line, country
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class Event:
    """Something that happened (or is planned) at a place and a time, between actors.

    ``actors`` are who did it (every party of a meeting, call, deal or fight); ``targets`` whom
    it was done to (struck, attacked, sanctioned, invaded, visited, bought from), kept apart so
    that a strike's victim is never read as its author. ``place_basis`` and ``date_basis`` say
    where the place and the date were read: the event's own sentence, its paragraph, the
    article as a whole (its dateline or main place), or the publication date. One event told
    by several sentences or articles is one Event with all their evidence.
    """

    id: str
    type: str  # meeting, visit, summit, phone_call, air_strike, bombardment, deployment, ...
    date: str | None  # ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD) or None
    date_precision: str  # day, month, year, unknown
    place_id: str | None  # Place.id of a literal (non-metonymic) mention, or None
    actors: list[str]  # who did it, normalised: "Russia", "Syrian government (Assad)", "gunmen"
    evidence: list[Evidence] = field(default_factory=list)
    label: str = ""  # title: "Bombing: ETA against barracks in Madrid"
    targets: list[str] = field(default_factory=list)  # whom it was done to
    place_basis: str = ""  # sentence, paragraph, article; "" when there is no place
    date_basis: str = ""  # sentence, published; "" when undated
    status: str = ""  # "" (it happened), planned, attempted
    members: list[str] = field(default_factory=list)  # ids of the events merged into this one
    # An event from an imported table (ACLED-style CSV, GeoJSON) is located by the table's own
    # coordinates, not by a place in the text; ``layer`` names the table, ``outlets`` the
    # sources its row cites. Events read from articles leave these empty.
    layer: str = ""
    geometry: dict | None = None
    precision: str = ""  # point, area, country: how exactly ``geometry`` locates it
    country: str | None = None  # ISO 3166-1 alpha-2
    location: str = ""  # the place as the table names it
    outlets: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Asset:
    id: str
    type: str  # pipeline, power_plant, weapon_system, base, ...
    name: str
    geometry: dict | None  # GeoJSON geometry from the curated layer when known
    operators: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    gazetteer_id: str | None = None
    # ISO 3166-1 alpha-2 of the country it lies in, by its gazetteer entry: none for a
    # weapon, an unplaced site or a route the entry gives no one country
    country: str | None = None


@dataclass(slots=True)
class Stance:
    """One claim of who backs whom, with the excerpts that state it.

    ``claimed_by`` names whoever the article attributes the claim to when it reports an
    accusation, someone's words or a side's own wording ("Damascus accuses Ankara of arming
    terrorists", "..., a Pentagon spokesman said"): such a stance is somebody's claim, not the
    article's statement of fact.
    """

    power: str  # "Turkey"
    relation: str  # backs, opposes, mediates, supplies
    party: str  # "Government of National Accord"
    theatre: str  # theatre id, e.g. "libya", or a place-named one, e.g. "colombia"
    evidence: list[Evidence] = field(default_factory=list)
    negated: bool = False
    claimed_by: str | None = None


@dataclass(slots=True)
class Mention:
    """A toponym occurrence tied to the Place it was resolved to."""

    doc: str  # Document.id
    start: int
    end: int
    name: str
    place_id: str | None
    confidence: float
    metonymic: bool = False
    candidates: list[Candidate] = field(default_factory=list)  # chosen first, then runners-up


@dataclass(slots=True)
class Theatre:
    """A conflict and its area, e.g. id "libya", name "Libya".

    Any conflict the text describes is one: named after a well-known conflict when the lexicon
    knows it, otherwise after its place ("Colombia"); ``country`` is where it is fought.
    """

    id: str
    name: str
    geometry: dict | None = None
    evidence: list[Evidence] = field(default_factory=list)
    country: str | None = None  # ISO 3166-1 alpha-2


@dataclass(frozen=True, slots=True)
class Country:
    """What the gazetteer knows of a country that names it in text: extraction's states."""

    code: str  # ISO 3166-1 alpha-2
    name: str
    demonyms: tuple[str, ...] = ()
    capital: str | None = None


@dataclass(slots=True)
class Analysis:
    """Everything the pipeline made of a corpus; what the store saves and the views show."""

    documents: list[Document] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    assets: list[Asset] = field(default_factory=list)
    theatres: list[Theatre] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # files that could not be read, and why
    # Events' titles made before (the store's, kept with the merged events): ``build_items``
    # makes only the others. The store marks every title a review makes stale.
    event_titles: KnownTitles | None = None


@dataclass(slots=True)
class KnownTitles:
    """Titles made before for some events: ``titles[i]`` is the item title of ``events[i]``
    (that very object) at its place, or None where a review made it stale (the event edited,
    or its place edited or left out: whatever edits an event or a place in place must mark
    its titles here, as the store's reviews do)."""

    events: list[Event]
    titles: list[str | None]

    def of(self, events: Sequence[Event]) -> list[str | None]:
        """The title of each of ``events`` when known, else None. Most often ``events`` begin
        with the known ones, in order (checked object by object); otherwise each is looked up
        by the object (held here, so that no other object can share its ``id``)."""
        known, count = self.events, len(self.events)
        if len(events) >= count and all(map(is_, events, known)):
            return [*self.titles, *repeat(None, len(events) - count)]
        by_object = dict(zip(map(id, known), self.titles, strict=True))
        return list(map(by_object.get, map(id, events)))

    def forget(self, event_ids: set[str], place_ids: set[str]) -> None:
        """Mark stale the titles of these events and of the events at these places."""
        if not (event_ids or place_ids):
            return
        for row, e in enumerate(self.events):
            if e.id in event_ids or e.place_id in place_ids:
                self.titles[row] = None
