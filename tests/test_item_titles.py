"""Event titles as the items make them: a title's head (what happened, between whom) made once
and shared by the events of many places, each event then placed at its own place; the titles
equal those of the one title builder, event by event."""

from __future__ import annotations

from explorer.extract.merge import event_title, placed_title, title_head
from explorer.items import build_items
from explorer.model import Analysis, Event, Place


def _place(pid: str, name: str, kind: str, lon: float, lat: float) -> Place:
    point = {"type": "Point", "coordinates": [lon, lat]}
    return Place(id=pid, name=name, kind=kind, geometry=point, country=None, gazetteer_id=None)


PLACES = [
    _place("p:sanaa", "Sanaa", "city", 44.2, 15.35),
    _place("p:hodeidah", "Hodeidah", "city", 42.95, 14.8),
    _place("p:turkey", "Turkey", "country", 35.0, 39.0),
    _place("p:ankara", "Ankara", "city", 32.85, 39.93),
    _place("p:plant", "Zaporizhzhia nuclear power plant", "site", 34.58, 47.51),
    _place("p:strait", "Strait of Hormuz", "route", 56.5, 26.6),
]


def _event(n: int, etype: str, place: str | None, actors, targets=(), **kw) -> Event:
    return Event(
        id=f"event:{n}",
        type=etype,
        date="2024-05-0" + str(1 + n % 9),
        date_precision="day",
        place_id=place,
        actors=list(actors),
        targets=list(targets),
        **kw,
    )


def _events() -> list[Event]:
    coalition, houthis = ["Saudi-led coalition"], ["Houthis"]
    return [
        # one head at two towns, and the same town under another head
        _event(1, "air_strike", "p:sanaa", coalition, houthis),
        _event(2, "air_strike", "p:hodeidah", coalition, houthis),
        _event(3, "air_strike", "p:sanaa", coalition, houthis),
        _event(4, "air_strike", "p:sanaa", coalition, houthis, status="planned"),
        _event(5, "air_strike", "p:sanaa", ["United States"], houthis),
        # a visit to the country it stands on names it once; at a town, both
        _event(6, "visit", "p:turkey", ["Vladimir Putin"], ["Turkey"]),
        _event(7, "visit", "p:ankara", ["Vladimir Putin"], ["Turkey"]),
        # the parties of a meeting face each other in one order, wherever they meet
        _event(8, "meeting", "p:ankara", ["Turkey", "Russia"]),
        _event(9, "meeting", "p:sanaa", ["Russia", "Turkey"]),
        # a party that is the place itself: not "in Turkey" again
        _event(10, "meeting", "p:turkey", ["Russia", "Turkey"]),
        # "at" a site, "on" a route
        _event(11, "bombardment", "p:plant", ["Russia"]),
        _event(12, "attack", "p:strait", houthis),
        # a table's row: no place of the text, the table's own name for it
        _event(13, "air_strike", None, coalition, houthis, location="Aden"),
        _event(14, "air_strike", None, coalition, houthis),
    ]


def test_event_titles_name_what_between_whom_and_where():
    items = build_items(Analysis(places=PLACES, events=_events()))
    titles = {i.id: i.name for i in items.items if i.kind == "event"}
    strike = "Air strike: Saudi-led coalition on Houthis"
    assert titles["event:1"] == titles["event:3"] == f"{strike} in Sanaa"
    assert titles["event:2"] == f"{strike} in Hodeidah"
    assert titles["event:4"] == "Planned air strike: Saudi-led coalition on Houthis in Sanaa"
    assert titles["event:5"] == "Air strike: United States on Houthis in Sanaa"
    assert titles["event:6"].endswith("Vladimir Putin to Turkey")
    assert titles["event:7"].endswith("Vladimir Putin to Turkey in Ankara")
    assert titles["event:8"] == "Meeting: Russia – Turkey in Ankara"
    assert titles["event:9"] == "Meeting: Russia – Turkey in Sanaa"
    assert titles["event:10"] == "Meeting: Russia – Turkey"
    assert titles["event:11"].endswith(": Russia at Zaporizhzhia nuclear power plant")
    assert titles["event:12"].endswith(": Houthis on Strait of Hormuz")
    assert titles["event:13"] == f"{strike} in Aden"
    assert titles["event:14"] == strike


def test_items_titles_are_the_one_builders_event_by_event():
    places = {p.id: p for p in PLACES}
    events = _events()
    items = build_items(Analysis(places=PLACES, events=events))
    titles = {i.id: i.name for i in items.items if i.kind == "event"}
    for e in events:
        place = places.get(e.place_id or "")
        whole = event_title(e, place.name, place.kind) if place else event_title(e, e.location)
        assert titles[e.id] == whole
        # the head and its placing are the whole title
        name, kind = (place.name, place.kind) if place else (e.location or None, None)
        assert placed_title(title_head(e), e, name, kind) == whole
