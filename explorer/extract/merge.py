"""One event told by several sentences or articles becomes one Event with all its evidence.

Two reports are taken for the same event when nothing about them disagrees (their types are
one family, their dates overlap, their places are the same or one holds the other, nobody is
both the author in one and the target in the other) and enough agrees: a place, a day, or who
did it to whom. Inside an article one such agreement suffices, or none for a bare mention ("the
attack", "the visit") that can only mean an event told before it; the day an article appeared
says nothing about which of its reports are one. Across articles two are needed, one of them
the place or the day, and both reports must be dated (the same town and the same actors years
apart are two events), where a date taken from an article's publication may be a day or two
after the other's; two undated reports join only when they name the same town and the same
parties (an article with no date at all). Also the event titles, built from the fields so that
a merged event reads right.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from explorer.model import Analysis, Event, Evidence, Place, great_circle_km
from explorer.paths import geodata_dir


@dataclass(frozen=True, slots=True)
class PlaceRef:
    """What merging and titles need to know about an event's place."""

    name: str
    lat: float
    lon: float
    country: str | None
    kind: str
    land: str | None = None  # the actors' name of its country ("Eritrea"), where it is known


Where = Callable[[str], PlaceRef | None]

_AREA_KINDS = {"country", "region", "area", "sea", "continent", "route"}
_NEAR_KM = 50.0  # two points this close are one place (a town and its district)
_REGION_KM = 400.0  # a region holds places this close to its point
_OWN_PLACE = ("sentence", "paragraph")  # where a report's own words or paragraph put it
_NEAR_CHARS = 1500  # inside an article, an actor alone links reports this close
# a date taken from the day an article was published may be this many days after the event
_PUBLISHED_DAYS = 2
# an article's news happened within this many days before it appeared
_BEFORE_PUBLISHED_DAYS = 7


@cache
def _event_lexicon() -> dict:
    with (geodata_dir() / "lexicons" / "events.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def _spec(etype: str) -> dict:
    return _event_lexicon()["types"].get(etype, {})


def _subsumes() -> dict[str, list[str]]:
    return _event_lexicon().get("subsumes", {})


def family_winner(a: str, b: str) -> str | None:
    """The type that names both when ``a`` and ``b`` may be one event, else None."""
    if a == b:
        return a
    if [a, b] in _event_lexicon().get("merge_apart", []) or [b, a] in _event_lexicon().get(
        "merge_apart", []
    ):
        return None
    sub = _subsumes()
    if b in sub.get(a, ()):
        return a
    if a in sub.get(b, ()):
        return b
    return None


# --- titles -------------------------------------------------------------------------------


# how a title places an event on a kind of place: "at" a site, "on" a route, "in" the rest
_PLACE_WORD = {"site": "at", "route": "on"}


def event_title(event: Event, place_name: str | None = None, place_kind: str | None = None) -> str:
    """What happened, in one line: "Air strike: Saudi-led coalition on Houthis in Sanaa".

    The one title builder: extraction, the item contract and every export name events here.
    Who did it comes after the colon (the parties of a meeting or a call face each other, in
    alphabetical order: "Phone call: Biden – Xi"), whom it was done to after the type's
    preposition ("on", "from", "into"), then where; a type whose preposition is "of" names
    what was done to whom first and by whom after ("Release of hostages by Hamas"); planned
    and attempted events say so.
    """
    return placed_title(title_head(event), event, place_name, place_kind)


def title_head(event: Event) -> str:
    """The title without its place: what happened and between whom (``event_title``'s type,
    actors and targets; many events share it at different places)."""
    spec = _spec(event.type)
    label = spec.get("label", event.type.replace("_", " ").capitalize())
    if event.status in ("planned", "attempted"):
        label = f"{event.status.capitalize()} {label[0].lower()}{label[1:]}"
    prep = spec.get("target_prep", "on")
    actors = [a for a in dict.fromkeys(event.actors) if a]
    targets = [t for t in dict.fromkeys(event.targets) if t]
    if spec.get("symmetric") and not targets:
        # the parties face each other in one order whichever was named first, so two meetings
        # of the same pair read alike in the list ("Meeting: Russia – Turkey" both times)
        who = " – ".join(sorted(actors, key=str.casefold))
    else:
        who = ", ".join(actors)
    if prep == "of" and not spec.get("symmetric"):
        # what was done to someone, then by whom: "Release of hostages by Colombian rebels",
        # "Kidnapping by gunmen" (not "Release: Colombian rebels of hostages")
        title = f"{label} of {', '.join(targets)}" if targets else label
        return f"{title} by {who}" if who else title
    title = f"{label}: {who}" if who else label
    if targets:
        title += f" {prep} {', '.join(targets)}"
    return title


def placed_title(
    head: str, event: Event, place_name: str | None = None, place_kind: str | None = None
) -> str:
    """``head`` (``title_head`` of ``event``) with where it happened: the event's title."""
    if place_name and place_name not in event.targets and place_name not in event.actors:
        # "Visit: Russia to Turkey", not "... in Turkey" again
        return f"{head} {_PLACE_WORD.get(place_kind or '', 'in')} {place_name}"
    return head


def title_at(head: str, event: Event, place: Place | None) -> str:
    """``placed_title`` of an item: at its ``place`` (a ``Place``: what ``name`` and ``kind``
    say) when that has a name, else at the place an imported table names (``location``). The
    items' titles are made here, so that the titles kept with the merged events
    (``explorer.store.merged``, whose stamp hashes this file) change when this does."""
    if place is not None and place.name:
        return placed_title(head, event, place.name, place.kind)
    return placed_title(head, event, event.location or None)


# --- comparing two reports ----------------------------------------------------------------


def _km(a: PlaceRef, b: PlaceRef) -> float:
    return great_circle_km(a.lat, a.lon, b.lat, b.lon)


def _place_relation(a: str | None, b: str | None, where: Where) -> str:
    """same, within (one holds the other), unknown (either missing), or apart."""
    if not a or not b:
        return "unknown"
    if a == b:
        return "same"
    pa, pb = where(a), where(b)
    if pa is None or pb is None:
        return "unknown"
    if pa.country and pb.country and pa.country != pb.country:
        return "apart"
    if pa.kind == "country" or pb.kind == "country":
        return "within"
    d = _km(pa, pb)
    areas = pa.kind in _AREA_KINDS or pb.kind in _AREA_KINDS
    if areas:  # a region holds a town; that is not the same place
        return "within" if d <= _REGION_KM else "apart"
    return "same" if d <= _NEAR_KM else "apart"


def _span(date: str | None) -> tuple[str, str] | None:
    if not date:
        return None
    return date, date + "\uffff"  # "2016-12" covers every "2016-12-.."


def _date_relation(a: Event, b: Event, across: bool = False) -> str:
    """same, within (one holds the other), unknown (either missing), near (``across``
    articles: a day or two apart, one dated by its publication), or apart."""
    if not a.date or not b.date:
        return "unknown"
    if not across and "published" in (a.date_basis, b.date_basis):
        # in one article, the day it appeared does not tell its reports apart, unless the
        # other report states a time well before it ("the downing of a warplane in 2015")
        if a.date_basis == b.date_basis or a.date.startswith(b.date) or b.date.startswith(a.date):
            return "unknown"
        return "unknown" if _days_apart(a, b) <= _BEFORE_PUBLISHED_DAYS else "apart"
    if a.date == b.date:
        return "same"
    if a.date.startswith(b.date) or b.date.startswith(a.date):
        return "within"
    if (
        across
        and "published" in (a.date_basis, b.date_basis)
        and _days_apart(a, b) <= _PUBLISHED_DAYS
    ):
        # one outlet's report dated by its publication, the other's a day or two later or by
        # the day it states: the same days, as far as either can tell
        return "near"
    return "apart"


def _days_apart(a: Event, b: Event) -> int:
    """Days between two day-precision dates (large when either is not a day)."""
    try:
        da, db = dt.date.fromisoformat(a.date or ""), dt.date.fromisoformat(b.date or "")
    except ValueError:
        return 10**6
    return abs((da - db).days)


def _is_bare(e: Event) -> bool:
    """Nothing an analyst can use: a meeting of no one named, a strike of no one nowhere."""
    if _symmetric(e.type):
        return not (_named(e.actors) or _named(e.targets) or _told_place(e) or e.date)
    return not (e.actors or e.targets or e.place_id or e.date)


def _symmetric(etype: str) -> bool:
    return bool(_spec(etype).get("symmetric"))


def _told_place(e: Event) -> str | None:
    """The place a report's own sentence states, not one lent by its paragraph or article."""
    return e.place_id if e.place_basis == "sentence" else None


def _told_date(e: Event) -> str | None:
    """The date a report's own sentence states, not the day its article appeared."""
    return e.date if e.date_basis != "published" else None


def _countries_apart(a: Event, b: Event, where: Where) -> bool:
    """Whether two reports of one article are placed, each by its own sentence or paragraph,
    in two countries: French troops sent to a ceasefire in Chad are not the offensive in Mali
    told in the paragraph before, however near and whoever acts."""
    if a.place_basis not in _OWN_PLACE or b.place_basis not in _OWN_PLACE:
        return False
    pa = where(a.place_id) if a.place_id else None
    pb = where(b.place_id) if b.place_id else None
    return bool(pa and pb and pa.country and pb.country and pa.country != pb.country)


# a town's centre told apart from another town farther than this is another place (a city and
# its district lie nearer: Sadr City 7 km from Baghdad's point)
_TOWNS_APART_KM = 10.0


def _towns_apart(a: Event, b: Event, where: Where) -> bool:
    """Whether two reports of one article are placed, each by its own sentence, at two towns
    more than ``_TOWNS_APART_KM`` apart, one of them told as its town's centre: "shells hit
    houses in Irpin", then "the first time rockets had landed in central Kyiv"
    (25 km away) tell two shellings, though ``_NEAR_KM`` holds the two points one place. A
    town told whole may be named for its suburb ("the outskirts of Damascus", then "the
    suburb of Sahnaya"; "the London sword attack", then "in Hainault"), and is not read here;
    nor is a definite report ("the attack near Damascus")."""
    if not _told_place(a) or not _told_place(b) or a.place_id == b.place_id:
        return False
    pa, pb = where(a.place_id or ""), where(b.place_id or "")
    if pa is None or pb is None or pa.kind != "city" or pb.kind != "city":
        return False
    if not (_its_centre_told(a, pa.name) or _its_centre_told(b, pb.name)):
        return False
    return _km(pa, pb) > _TOWNS_APART_KM


def _its_centre_told(e: Event, name: str) -> bool:
    """Whether a report's own excerpt tells its town's centre ("central Donetsk", "the centre
    of Kharkiv", "Kharkiv city centre", "downtown Aleppo")."""
    n = re.escape(name)
    said = (
        rf"\b(central|downtown|inner) {n}\b|\b(centre|center) of {n}\b"
        rf"|\b{n}('s)? (city )?(centre|center)\b"
    )
    return any(re.search(said, x.text, re.IGNORECASE) for x in e.evidence[:1])


def _named(names: list[str]) -> set[str]:
    """Names that identify someone ("Russia", "Hamas", "Muslim militants"), not "officials"."""
    return {n for n in names if n[:1].isupper()}


def _named_targets(e: Event) -> set[str]:
    """``_named`` targets; of a type whose targets are written as they were told ("Russian
    fighter jet", "Russian jet": ``craft_as_written``), whose they were, the first word: two
    tellings of one shoot-down name the jet in two ways."""
    named = _named(e.targets)
    if _spec(e.type).get("craft_as_written"):
        return {n.split()[0] for n in named}
    return named


def _anchors(a: Event, b: Event, etype: str, where: Where, across: bool = False) -> int | None:
    """How much two reports agree on, or None when they disagree on anything (``across``
    articles, dates a day or two apart may agree, see _date_relation)."""
    score = 0
    place = _place_relation(_told_place(a), _told_place(b), where)
    if place == "apart":
        return None
    if place == "same":
        pa = where(a.place_id) if a.place_id else None
        score += 0 if pa is not None and pa.kind == "country" else 1
    date = _date_relation(a, b, across)
    if date == "apart":
        return None
    if date == "same" and a.date_precision in ("day", "month"):
        score += 1
    sa, sb = _named(a.actors), _named(b.actors)
    ta, tb = _named_targets(a), _named_targets(b)
    if not _symmetric(etype) and ((sa & tb) or (ta & sb)):
        return None  # the author of one is the target of the other
    if sa and sb:
        if not sa & sb:
            return None
        if _symmetric(etype) and len(sa) > 1 and len(sb) > 1 and not (sa <= sb or sb <= sa):
            return None  # Israel meets Hamas, Israel meets Egypt
        score += 2 if _symmetric(etype) and sa == sb and len(sa) > 1 else 1
    if ta and tb:
        if not ta & tb:
            return None
        score += 1
    return score


def _same_parties(a: Event, b: Event, etype: str) -> bool:
    """Whether two undated reports name the same parties: both sides of a meeting or a call;
    for a strike, the same author, and the same target when both name one."""
    sa, sb = _named(a.actors), _named(b.actors)
    if _symmetric(etype):
        return len(sa) > 1 and sa == sb
    ta, tb = _named_targets(a), _named_targets(b)
    return bool(sa & sb) and (not ta or not tb or ta == tb)


def _other_sides_apart(a: Event, b: Event) -> bool:
    """Two reports of talks that share a side and each name another the other lacks."""
    one, two = set(a.actors), set(b.actors)
    shared = one & two
    return bool(shared) and bool(one - shared) and bool(two - shared)


def _is_country(place_id: str | None, where: Where) -> bool:
    ref = where(place_id) if place_id else None
    return ref is not None and ref.kind == "country"


def _distance(a: Event, b: Event) -> int:
    """Characters between two reports in one article (large across articles)."""
    best = 10**9
    for x in a.evidence:
        for y in b.evidence:
            if x.doc == y.doc:
                best = min(best, abs(x.start - y.start))
    return best


def _kin(have: Event, ev: Event) -> bool:
    """Whether a report of another type than the event before it, agreeing with it on one
    thing only, may still be part of it: neither states a time the other does not ("the
    downing of a warplane in November 2015" is not this week's killing of an envoy), and the
    thing is whom it was done to ("Attack on Malian Soldiers" over "Malian soldiers died
    in an ambush") or the report says no place of its own ("the two presidents held
    talks" after a visit to Nairobi; not "Peres made a visit to Prague" after his coalition
    negotiations at home)."""
    if bool(_told_date(have)) != bool(_told_date(ev)):
        return False
    return bool(_named_targets(have) & _named_targets(ev)) or not _told_place(ev)


def _lands_apart(have: Event, ev: Event, lands: dict[str, frozenset[str]]) -> bool:
    """Whether the sentences of an event and of a later report name places, and none of the
    report's lies in a country of the event's."""
    theirs = lands.get(ev.id, frozenset())
    ours: set[str] = set()
    for m in {have.id, *have.members}:
        ours |= lands.get(m, frozenset())
    return bool(ours and theirs and not ours & theirs)


def _paragraph_lands(
    events: list[Event], paragraphs: dict[str, int], where: Where
) -> dict[int, frozenset[str]]:
    """The countries each paragraph's reports are placed in by their own sentence or
    paragraph ("in the Lower Shabelle region")."""
    told: dict[int, set[str]] = {}
    for e in events:
        ref = where(e.place_id) if e.place_id and e.place_basis in _OWN_PLACE else None
        if ref is not None and ref.country:
            told.setdefault(paragraphs.get(e.id, -1), set()).add(ref.country)
    return {k: frozenset(v) for k, v in told.items()}


def _paragraphs_apart(
    have: Event,
    ev: Event,
    paragraphs: dict[str, int],
    placed: dict[int, frozenset[str]],
    where: Where,
) -> bool:
    """Whether a definite mention ("Nobody has yet claimed the bombing") lies in another
    paragraph than every report of the event before it, its paragraph (not its own sentence,
    whose place the merge reads already) places it in a country, and none of the reports of
    the event's paragraphs is placed in that country while some are placed
    (``_paragraph_lands``): a listing's next story, a blast in Wajir County, Kenya, after an
    attack at Baledogle, Somalia. Such a mention means what its own paragraph tells, which
    may not have been read as an event, or a reaction told from abroad; it is joined to
    nothing and stands for nothing."""
    at = paragraphs.get(ev.id, -1)
    ref = where(ev.place_id) if ev.place_id and ev.place_basis == "paragraph" else None
    if at < 0 or ref is None or not ref.country:
        return False
    ours: set[str] = set()
    for m in {have.id, *have.members}:
        k = paragraphs.get(m, -1)
        if k == at:
            return False
        ours |= placed.get(k, frozenset())
    return bool(ours) and ref.country not in ours


def _one_sentence(a: Event, b: Event) -> bool:
    """Whether two reports share a sentence ("made a visit to Prague, where he met")."""
    return any((x.doc, x.start) == (y.doc, y.start) for x in a.evidence for y in b.evidence)


# types whose place only their own reports tell: an invasion spans a country
_PLACED_BY_OWN_REPORTS = frozenset({"incursion"})


# types whose blow falls where they happened: the state of that place is struck
_STRIKES = frozenset({"air_strike", "bombardment", "bombing"})


def _land_struck(a: Event, b: Event, etype: str, where: Where) -> str | None:
    """The state that one report's own sentence puts a strike in, when another report, which
    tells no place, names that state as a striker and the placed one does not ("Peru and
    Ecuador trade air raids" over "Peruvian jets bombed the airport of Quito, Ecuador's
    capital": Ecuador is where the bombs fell, not who dropped them on Quito); None
    otherwise."""
    if etype not in _STRIKES:
        return None
    for placed, other in ((a, b), (b, a)):
        if placed.place_basis != "sentence" or other.place_basis == "sentence":
            continue
        if not _named(placed.actors):
            continue
        ref = where(placed.place_id) if placed.place_id else None
        land = ref.land if ref is not None else None
        if land and land in other.actors and land not in placed.actors:
            return land
    return None


def _absorb(into: Event, other: Event, etype: str, where: Where) -> None:
    # a report of another kind adds only the named among its parties: "he met the president
    # and the foreign minister" in a visit's sentence names hosts, not visitors
    kept = other.actors if other.type == into.type else list(_named(other.actors))
    # and one told by name before needs no second, unnamed way of saying who: "a Greek
    # policeman" is not joined by "an officer of the Greek police force" as another author
    if _named(into.actors):
        kept = [n for n in kept if n in _named(kept)]
    elif into.actors and not _symmetric(etype) and not _named(kept):
        kept = []  # "armed men" in a title, "gunmen" in the lede: one author said two ways
    targets = list(_named(other.targets)) if _named(into.targets) else other.targets
    was = into.type
    into.type = etype
    struck = _land_struck(into, other, etype, where)
    for name in other.actors:
        if name in kept and name not in into.actors:
            into.actors.append(name)
    if struck:
        into.actors = [a for a in into.actors if a != struck]
    owners = _named_targets(into) if _spec(etype).get("craft_as_written") else set()
    for name in other.targets:
        if name in targets and name not in into.targets and name not in into.actors:
            if name[:1].isupper() and name.split()[0] in owners:
                continue  # "Russian jet" after "Russian fighter jet": one craft told twice
            into.targets.append(name)
    into.targets = [t for t in into.targets if t not in into.actors]
    rank = {"day": 3, "month": 2, "year": 1, "unknown": 0}
    if other.date and (
        not into.date
        or (
            rank[other.date_precision] > rank[into.date_precision]
            # "four days of talks" dated April by the day told before: the article's day,
            # lent to a later mention of them, is no truer for being a day
            and not (into.date_basis == "sentence" and other.date_basis == "published")
        )
        or (into.date_basis != "sentence" and other.date_basis == "sentence")
    ):
        into.date, into.date_precision, into.date_basis = (
            other.date,
            other.date_precision,
            other.date_basis,
        )
    basis_rank = {"sentence": 0, "paragraph": 1, "article": 2, "": 3}
    if etype in _PLACED_BY_OWN_REPORTS and was != other.type:
        # "Iraq invaded Kuwait", then "they attacked the town of Jahra": an invasion is
        # of a country, placed where its own reports put it; an attack joined to it is a part
        # of it and lends it no place (nor does it keep its own once the invasion has one)
        if other.type == etype and other.place_id:
            into.place_id, into.place_basis = other.place_id, other.place_basis
        elif other.type == etype and was != etype:
            into.place_id, into.place_basis = None, ""
    elif other.place_id and (
        not into.place_id
        or basis_rank[other.place_basis] < basis_rank[into.place_basis]
        or (
            basis_rank[other.place_basis] == basis_rank[into.place_basis]
            and _place_relation(into.place_id, other.place_id, where) == "within"
            and _finer(other.place_id, into.place_id, where)
        )
    ):
        into.place_id, into.place_basis = other.place_id, other.place_basis
    if not other.status or not into.status:
        into.status = ""
    seen = {(e.doc, e.start, e.end) for e in into.evidence}
    into.evidence.extend(e for e in other.evidence if (e.doc, e.start, e.end) not in seen)
    into.evidence.sort(key=lambda e: (e.doc, e.start))
    ids = into.members or [into.id]
    for m in other.members or [other.id]:
        if m not in ids:
            ids.append(m)
    into.members = ids


def _finer(a: str, b: str, where: Where) -> bool:
    """Whether place ``a`` is told more finely than ``b``: a town than a region, a region
    than its country; an area that lies across lands ("the Middle East", no country of its
    own) is wider than any country, never finer."""
    pa, pb = where(a), where(b)
    if pa is None or pb is None:
        return False
    if pa.country is None and pb.kind == "country":
        return False
    order = {"country": 3, "region": 2, "area": 2, "sea": 2}
    return order.get(pa.kind, 0) < order.get(pb.kind, 0)


# the types that tell how an attack was made, not an act of another kind (a kidnapping, an
# incursion or a clash is one of its own, even where it begins with an attack)
_MEANS_OF_ATTACK = frozenset({"bombing", "air_strike", "bombardment"})


def _means_of_its_attack(title: Event, lede: Event) -> bool:
    """ "Mayor killed by car bomb", then "A suicide bomber in a car killed the town's mayor":
    a title's bombing tells what its lede's attack was; never the other way (a title's
    "attack" is no bombing), nor a title's kidnapping for a lede's raid ("attempt to kidnap
    Nkomo fails", then "commandos attacked the home of Joshua Nkomo")."""
    return title.type in _MEANS_OF_ATTACK and lede.type == "attack"


# a state's forces as a story names them by their noun alone ("Troops stormed the school")
_FORCES_NOUNS = frozenset(
    {"troops", "soldiers", "forces", "commandos", "army", "military", "marines"}
    | {"paratroopers", "special forces", "security forces", "government forces"}
)
# a state's word before a noun of its forces, as a headline tells them ("Russian forces")
_A_STATES_FORCES = re.compile(r"\b[A-Z][a-z]+ (?:forces|troops|soldiers|commandos|army|military)\b")


def _its_forces_told_in_its_lede(
    title: Event, lede: Event, headlines: set[str], paragraphs: dict[str, int], told: list[Event]
) -> bool:
    """ "Russian forces storm hostage theatre", then "Troops stormed the theatre in central
    Moscow on Oct. 26": a title's act done by a state's forces and its lede's act of the same
    type done by forces named by their noun alone, in a sentence that names the state's land,
    are one act told twice (the title names the state, the lede its men). Not the lede's
    gunmen, rebels, police or another state's troops ("Syrian troops"), nor troops its
    sentence puts in another land ("Troops stormed a school in Kenya"), nor an act of a later
    paragraph or of another type ("Troops shelled the town"). The lede is the first report
    of the type after the title (``told``: the story's reports in reading order), in the
    story's first two paragraphs after it (a standfirst may come between)."""
    if title.id not in headlines or title.type != lede.type or paragraphs.get(lede.id, 9) > 2:
        return False
    first = next((e for e in told if e.type == lede.type and e.id not in headlines), None)
    if first is None or first.id != lede.id:
        return False
    states = _named(title.actors)
    if not states or len(states) != len(title.actors) or not lede.actors:
        return False
    if any(a.lower() not in _FORCES_NOUNS for a in lede.actors):
        return False
    if not any(_A_STATES_FORCES.search(x.text) for x in title.evidence):
        return False
    words = " ".join(x.text for x in lede.evidence)
    if _its_own_ground_struck(title, states, words):
        return False
    return all(re.search(rf"\b{re.escape(s)}\b", words) for s in states)


def _its_own_ground_struck(title: Event, states: set[str], words: str) -> bool:
    """ "Indian troops attack Pakistani posts", then "Troops attacked an army camp in India's
    Uri sector on Sunday, killing 17 soldiers": a title's act against another side and a lede
    that names the title's state only as the owner of where its troops acted ("India's") tell
    of the other side's act on that state's ground, not the title's told again (review88).
    A story's "Russian forces storm hostage theatre" (no side attacked) over "Troops stormed the
    theatre in central Moscow" stays one act."""
    if not title.targets:
        return False
    return any(
        re.search(rf"\b{re.escape(s)}['’]s\b", words)
        and not re.search(rf"\b{re.escape(s)}\b(?!['’]s)", words)
        for s in states
    )


def _copy(e: Event) -> Event:
    return Event(
        id=e.id,
        type=e.type,
        date=e.date,
        date_precision=e.date_precision,
        place_id=e.place_id,
        actors=list(e.actors),
        evidence=[Evidence(x.doc, x.start, x.end, x.text) for x in e.evidence],
        label=e.label,
        targets=list(e.targets),
        place_basis=e.place_basis,
        date_basis=e.date_basis,
        status=e.status,
        members=list(e.members),
    )


def _an_invasion_told_again(have: Event, ev: Event, anaphoric: set[str]) -> bool:
    """ "The gunmen invaded the Soku gas plant ... Police sources said the invasion
    seemed to avenge the arrest ...": an invasion told again by its definite noun, naming
    no land, no one and no place of its own, is the act told before; when that act was read
    as an attack (a site overrun, no land entered), it stays one: an incursion needs a land."""
    return (
        ev.id in anaphoric
        and ev.type == "incursion"
        and have.type == "attack"
        and not _named(ev.actors)
        and not _named(ev.targets)
        and not _told_place(ev)
    )


def _doers_of_another_act(
    have: Event, ev: Event, etype: str, anaphoric: set[str], titled: bool
) -> bool:
    """Whether joining two reports would give one report's type the other's doers, who were
    told doing another act: "the SPLA replied that it had killed scores of militia fighters",
    then "The rebels said the village had been struck by shelling and air strikes" is no
    air strike by the opposition (the speaker of a report is no doer, and the strike names
    none). So of two reports of two types in two sentences, when the type they would take is
    that of the one that names no doer and the other names some; not when either is told
    again by its noun ("The air strikes killed 12": the act told before), nor a title over its
    lede (``titled``), nor between parties that face each other (a meeting, a clash)."""
    if titled or ev.type == have.type or _symmetric(etype) or _one_sentence(have, ev):
        return False
    if ev.id in anaphoric or any(m in anaphoric for m in {have.id, *have.members}):
        return False
    doerless = ev if etype == ev.type else have if etype == have.type else None
    doers = have if doerless is ev else ev
    return doerless is not None and not doerless.actors and bool(doers.actors)


def _many_of_another_kind(have: Event, ev: Event, plural: set[str]) -> bool:
    """ "UN troops raid Haiti slum", then "no tolerance for the kidnappings ... carried out by
    criminal gangs": a definite mention in the plural tells acts of its type done many times,
    not the one act of another type told before (``plural``); it joins only an act of its own
    type ("Militants bombed two churches ... The bombings killed 12")."""
    return ev.id in plural and ev.type != have.type


def merge_events(
    events: Iterable[Event],
    where: Where | None = None,
    within_document: bool = False,
    anaphoric: set[str] | None = None,
    distinct: set[str] | None = None,
    background: set[str] | None = None,
    timed: set[str] | None = None,
    dating: set[str] | None = None,
    lands: dict[str, frozenset[str]] | None = None,
    headlines: set[str] | None = None,
    ledes: set[str] | None = None,
    paragraphs: dict[str, int] | None = None,
    plural: set[str] | None = None,
) -> list[Event]:
    """The events with reports of one event joined; the input is left as it was.

    ``where(place_id)`` locates places (None: places only compare by id). Inside one
    document (``within_document``), reports are taken in reading order and a bare report that
    matches nothing before it is dropped: "the talks" alone says nothing an analyst can use.
    ``anaphoric`` ids are definite mentions ("the attack", "his visit") that join the nearest
    earlier event they do not contradict, unless they name an author or a date of their own;
    so does a report that names no one, no place of its own and no date, when it comes soon
    after. ``distinct`` ids announce a new event ("in another attack") and join nothing before.
    ``background`` ids are earlier incidents the news is set against ("two days after two
    bombs killed", "ten years ago"): a later report joins one only when it is one too, or
    states the same place ("the shooting of their pastor" is the news, not the one of ten
    years ago). ``timed`` ids state a time of their own that may not resolve to a date ("On
    March 11"): such a report is not one that only the reports near it can place in time.
    ``dating`` ids are definite reports whose sentence only says when the one told before
    happened ("The ambush happened early Sunday"): they join it when it has no time of its
    own, and give it their day.
    ``lands`` are the countries each report's own sentence names places in, whether or not it
    was placed: a report whose places all lie in other countries than those of the event
    before it is another event ("a crowd attacked the Danish embassy in Beirut, and a mob attacked
    the Danish consulate in Tehran" is not the storming in Damascus told before).
    ``headlines`` are the reports of a story's title: one that names nothing of its own (no
    one by name, no place or time its words state) is the first report of its type in the
    story's first paragraph (``ledes``): "Three killed as Rivers opposition candidate survives
    assassination bid", then "Gunmen raided the home of ... in Bori".
    ``paragraphs`` give each report's paragraph: a definite mention in a later paragraph of
    another land is not an event told before, and stands for none (``_paragraphs_apart``).
    ``plural`` ids are definite mentions in the plural ("the kidnappings"): acts told as
    many, which are never one act of another type told before (``_many_of_another_kind``).
    Across articles, see the module's docstring.
    """
    anaphoric = anaphoric or set()
    plural = plural or set()
    distinct = distinct or set()
    background = background or set()
    timed = timed or set()
    dating = dating or set()
    lands = lands or {}
    headlines = headlines or set()
    ledes = ledes or set()
    locate: Where = where or (lambda _pid: None)
    pending = [_copy(e) for e in events]
    paragraphs = paragraphs or {}
    placed_in = _paragraph_lands(pending, paragraphs, locate)
    if within_document:
        pending.sort(key=lambda e: min((x.start for x in e.evidence), default=0))
    else:
        pending.sort(key=lambda e: e.id)
    out: list[Event] = []
    # Across articles only reports that share a key below can join (see _join_keys): a large
    # corpus then compares each report with a few others, not with every event before it.
    blocks: dict[tuple, list[int]] | None = None if within_document else {}
    for ev in pending:
        best, best_key, best_type, best_k = None, None, None, -1
        best_titled = False
        told_apart = False
        if blocks is None:
            candidates: Iterable[int] = range(len(out))
        else:
            found: set[int] = set()
            for key in _join_keys(ev, locate, query=True):
                found.update(blocks.get(key, ()))
            candidates = sorted(found)
        for k in candidates:
            titled = False
            have = out[k]
            etype = family_winner(have.type, ev.type)
            if etype is None:
                continue
            score = _anchors(have, ev, etype, locate, across=not within_document)
            if score is None:
                continue
            if within_document:
                if _many_of_another_kind(have, ev, plural):
                    # joined to nothing, acts told in the plural that name no one ("no
                    # tolerance for the kidnappings") tell no one act; "The clashes between the
                    # militiamen and the Tuareg rebels" still tell theirs
                    told_apart = told_apart or not (_named(ev.actors) or _named(ev.targets))
                    continue
                if ev.id in anaphoric and _paragraphs_apart(
                    have, ev, paragraphs, placed_in, locate
                ):
                    told_apart = True
                    continue
                if (
                    ev.id in distinct
                    or _countries_apart(have, ev, locate)
                    or _lands_apart(have, ev, lands)
                    or (ev.id not in anaphoric and _towns_apart(have, ev, locate))
                ):
                    continue
                if _symmetric(etype) and _other_sides_apart(have, ev):
                    # "helping Netanyahu in his coalition negotiations with Kadima and Labor",
                    # then "his talks with foreign leaders": one side shared, the others
                    # apart, so two sets of talks
                    continue
                if (
                    have.id in background
                    and ev.id not in background
                    and not (_told_place(ev) and _told_place(ev) == _told_place(have))
                ):
                    continue
                # "the fighting", "his visit": the nearest event before it it does not contradict
                weak = (
                    not _named(ev.actors)
                    and not _told_place(ev)
                    and not _told_date(ev)
                    and ev.id not in timed
                )
                bare = (
                    (ev.id in anaphoric and not _named(ev.actors) and not _told_date(ev))
                    or (weak and _distance(have, ev) <= _NEAR_CHARS)
                    or (
                        ev.id in dating
                        and ev.date_precision == "day"
                        and not _named(ev.actors)
                        and not _told_place(ev)
                        and not _told_date(have)
                        and have.id not in timed
                    )
                )
                if ev.type != have.type and (
                    _named(ev.targets) - _named(have.targets)
                    or (ev.actors and ev.id not in anaphoric)
                ):
                    # "the killing of Karlov" is not the bombing told before it, nor is "a
                    # shootout with police" the shooting of the ambassador
                    bare = False
                if (
                    not _symmetric(etype)
                    and ev.actors
                    and have.actors
                    and not set(ev.actors) & set(have.actors)
                ):
                    # "Israeli aircraft struck Gaza after militants fired rockets": whoever
                    # did the other is not a second author of this one
                    bare = False
                near = _distance(have, ev) <= _NEAR_CHARS
                where_told = _place_relation(_told_place(have), _told_place(ev), locate)
                same_place = where_told == "same"
                strong = score >= 2 or (
                    score == 1
                    and (
                        ev.type == have.type
                        # "a suspected nerve gas attack in Halabja", then "troops began to
                        # shell Halabja again on Friday": one place, but only one of the two
                        # says when, and they are of two types (a title tells no time; its
                        # story's report does: "Three soldiers killed in Siachen skirmish", then
                        # "Indian troops killed three Pakistani soldiers yesterday")
                        or (
                            where_told in ("same", "within")
                            and (
                                have.id in headlines
                                or bool(_told_date(have) or have.id in timed)
                                == bool(_told_date(ev) or ev.id in timed)
                            )
                        )
                        or _one_sentence(have, ev)
                        or _kin(have, ev)
                    )
                    and (near or same_place or _date_relation(have, ev) == "same")
                )
                titled = (
                    have.id in headlines
                    and ev.id in ledes
                    and (ev.type == have.type or _means_of_its_attack(have, ev))
                    and not have.members
                    and not (_named(have.actors) or _named_targets(have) or _told_place(have))
                    and not _told_date(have)
                    and ev.id not in background
                )
                if not strong and _its_forces_told_in_its_lede(
                    have, ev, headlines, paragraphs, pending
                ):
                    strong = True  # "Russian forces storm ...", then "Troops stormed ..."
                if titled and not strong:
                    strong = True  # a title that names nothing is the story's first report
                else:
                    titled = False
                if not (strong or bare):
                    continue
                if _doers_of_another_act(have, ev, etype, anaphoric, titled):
                    continue
                if (
                    not strong
                    and _symmetric(ev.type)
                    and not _symmetric(have.type)
                    and not _told_place(ev)
                ):
                    # "Russia's responsibility for the clashes", long after the villages that
                    # came under fire: fighting that only refers back to an attack names no
                    # second side, so the attack stays one
                    etype = have.type
                if _an_invasion_told_again(have, ev, anaphoric):
                    etype = have.type
                # the most agreement, then the same type ("the fighting" means fighting), then
                # the latest report
                key = (score, bare, etype == ev.type == have.type, k)
            else:
                # across articles: two agreements, one of them where or when it happened
                placed = _place_relation(
                    _told_place(have), _told_place(ev), locate
                ) == "same" and not _is_country(_told_place(ev), locate)
                pinned = placed or (
                    _date_relation(have, ev, True) == "same"
                    and ev.date_precision in ("day", "month")
                )
                if score < 2 or not pinned:
                    continue
                # and a date on both: the same town and the same actors years apart are two
                # events; unless neither article is dated at all, and the two reports name
                # the same town and the same parties (a dated report never joins an undated
                # one, which may be of any year)
                if _date_relation(have, ev, True) == "unknown" and not (
                    not have.date and not ev.date and placed and _same_parties(have, ev, etype)
                ):
                    continue
                key = (score, False, True, -k)
            if best_key is None or key > best_key:
                best, best_key, best_type, best_k = have, key, etype, k
                best_titled = within_document and titled
        if best is not None and best_type is not None:
            _absorb(best, ev, best_type, locate)
            if best_titled:
                # a title's present tense says nothing of when: "Peace talks raise hopes" over
                # "Pastrana will meet the FARC today" is the planned meeting
                best.status = ev.status
            if blocks is not None:  # its date, place or names may be new: file it under them
                _file(blocks, best_k, best, locate)
        elif within_document and (_is_bare(ev) or told_apart):
            continue
        else:
            out.append(ev)
            if blocks is not None:
                _file(blocks, len(out) - 1, ev, locate)
    for e in out:
        if within_document or len(e.members) > 1:
            if not within_document:
                e.id = min(e.members)
            place = locate(e.place_id) if e.place_id else None
            e.label = event_title(e, place.name, place.kind) if place else event_title(e)
    return out


# --- candidates across articles -----------------------------------------------------------
_CELL_DEG = 1.0


def _cells(ref: PlaceRef, query: bool) -> list[tuple[int, int]]:
    """A point's grid cell (query), or every cell that holds a point within _NEAR_KM of it."""
    if query:
        return [(math.floor(ref.lat / _CELL_DEG), math.floor(ref.lon / _CELL_DEG))]
    dlat = _NEAR_KM / 111.0
    cos = math.cos(math.radians(min(89.0, abs(ref.lat) + dlat)))
    dlon = min(180.0, _NEAR_KM / (111.0 * max(cos, 1e-3)))
    rows = range(
        math.floor((ref.lat - dlat) / _CELL_DEG), math.floor((ref.lat + dlat) / _CELL_DEG) + 1
    )
    cols = range(
        math.floor((ref.lon - dlon) / _CELL_DEG), math.floor((ref.lon + dlon) / _CELL_DEG) + 1
    )
    return [(r, c) for r in rows for c in cols]


def _join_keys(e: Event, where: Where, query: bool) -> list[tuple]:
    """Keys two dated reports from different articles share whenever merge_events may join
    them: their dates overlap, and they are pinned by the same place (not a country) or by
    the same day or month; pinned by the day alone, they must also share a named actor or
    target. A place is the same by id, or as two towns of one country within _NEAR_KM (grid
    cells: a report is filed under every cell within that reach and looks up its own). Dates
    overlap when one is the other or a prefix of it ("2019-05" holds "2019-05-03"): a report is
    filed under its date and as finer than each prefix, and looks up each prefix of its own
    date and what is finer than it. A day is also filed under its place, and looked up under
    the days near it (one of the two may be dated by its publication). An undated report is
    filed and looked up under its place only, and meets only undated ones."""
    place = _told_place(e)
    ref = where(place) if place else None
    if not e.date:
        # an undated report meets only undated ones, by the town it names
        if not place or (ref is not None and ref.kind == "country"):
            return []
        if ref is not None and ref.kind not in _AREA_KINDS:
            return [("u", cell) for cell in _cells(ref, query)]
        return [("u", place)]
    prefixes = [e.date[:n] for n in (4, 7) if len(e.date) > n]
    if query:
        dates = [("=", d) for d in (*prefixes, e.date)] + [("<", e.date)]
    else:
        dates = [("=", e.date)] + [("<", d) for d in prefixes]
    keys: list[tuple] = [("d", e.date, "a", n) for n in _named(e.actors)]
    keys += [("d", e.date, "t", n) for n in _named_targets(e)]
    if e.date_precision == "day" and len(e.date) == 10:
        # a day near it, when one of the two was dated by its article's publication
        days = [_shift_day(e.date, n) for n in range(-_PUBLISHED_DAYS, _PUBLISHED_DAYS + 1)]
        near = days if query else [e.date]
        if place and ref is not None and ref.kind not in _AREA_KINDS:
            keys += [("n", d, cell) for d in near for cell in _cells(ref, query)]
        elif place and not (ref is not None and ref.kind == "country"):
            keys += [("n", d, place) for d in near]
    if place and not (ref is not None and ref.kind == "country"):
        if ref is not None and ref.kind not in _AREA_KINDS:  # the same id is in the same cell
            cells = _cells(ref, query)
            keys += [("c", d, cell) for d in dates for cell in cells]
        else:
            keys += [("p", d, place) for d in dates]
    return keys


def _shift_day(day: str, n: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=n)).isoformat()


def _file(blocks: dict[tuple, list[int]], k: int, e: Event, where: Where) -> None:
    for key in _join_keys(e, where, query=False):
        if key in blocks:
            blocks[key].append(k)
        else:
            blocks[key] = [k]


# --- whole analyses -----------------------------------------------------------------------


def _representative(geometry: dict) -> tuple[float, float] | None:
    coords: list[tuple[float, float]] = []

    def walk(c) -> None:
        if isinstance(c, (list, tuple)) and len(c) >= 2 and isinstance(c[0], (int, float)):
            coords.append((float(c[0]), float(c[1])))
        elif isinstance(c, (list, tuple)):
            for x in c:
                walk(x)

    walk(geometry.get("coordinates", []))
    if not coords:
        return None
    if geometry.get("type") == "Point":
        return coords[0][1], coords[0][0]
    lons, lats = [c[0] for c in coords], [c[1] for c in coords]
    return (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2


def where_in(analysis: Analysis) -> Where:
    """Place lookup over an analysis's places (their geometry's point or middle)."""
    refs: dict[str, PlaceRef] = {}
    for p in analysis.places:
        point = _representative(p.geometry or {})
        if point is not None:
            refs[p.id] = PlaceRef(p.name, point[0], point[1], p.country, p.kind)
    return refs.get


def merge_analysis_events(analysis: Analysis) -> Analysis:
    """Join the reports of one event told by several documents of ``analysis`` (in place)."""
    # rows of an imported table are events of their own: never joined to one another or to
    # what the articles tell (the analyst compares the layers)
    told = [e for e in analysis.events if not e.layer]
    tabled = [e for e in analysis.events if e.layer]
    analysis.events = merge_events(told, where_in(analysis)) + tabled
    return analysis
