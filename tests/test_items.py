"""The item contract: one builder from an analysis and its reviews, read by every consumer."""

from __future__ import annotations

import json

import pytest

from explorer.ids import stance_id
from explorer.items import (
    KINDS,
    REVIEW_STATES,
    Item,
    build_items,
    event_title,
)
from explorer.model import Analysis, Document, Event, Evidence, Place, Stance, Theatre
from tests.store_sample import sample_analysis

SQUARE = {"type": "Polygon", "coordinates": [[[10, 10], [20, 10], [20, 20], [10, 20], [10, 10]]]}
INNER = {"type": "Polygon", "coordinates": [[[14, 14], [16, 14], [16, 16], [14, 16], [14, 14]]]}


def _ev(doc="a.txt", text="text"):
    return [Evidence(doc, 0, len(text), text)]


def _point(lon, lat):
    return {"type": "Point", "coordinates": [lon, lat]}


def conflict_analysis(stances: list[Stance]) -> Analysis:
    """A conflict no lexicon lists ("Varn valley", id made from its place), with places and
    events inside and outside its area."""
    return Analysis(
        documents=[Document("a.txt", "/a.txt", "Fighting in the Varn valley", "text", "0", "Wire")],
        places=[
            Place("place:1", "Kessel", "city", _point(12, 12), "XA", "g:1", evidence=_ev()),
            Place("place:2", "Dorn", "city", _point(15, 15), "XA", "g:2", evidence=_ev()),
            Place("place:3", "Far", "city", _point(40, 40), "XB", "g:3", evidence=_ev()),
        ],
        events=[
            Event("event:1", "air_strike", "2021-03-02", "day", "place:1", ["Rebel Front"], _ev()),
            Event("event:2", "deployment", None, "unknown", "place:1", ["Ostland"], _ev()),
            Event("event:3", "attack", None, "unknown", "place:2", ["Ostland", "Westmark"], _ev()),
            Event("event:4", "meeting", None, "unknown", "place:3", ["Ostland"], _ev()),
            Event("event:5", "phone_call", None, "unknown", None, ["Erdoğan", "Putin"], _ev()),
        ],
        theatres=[
            Theatre("varn-valley", "Varn valley", SQUARE, _ev()),
            Theatre("dorn", "Dorn pocket", INNER, _ev()),
        ],
        stances=list(stances),
    )


STANCES = [
    Stance("Ostland", "backs", "Rebel Front", "varn-valley", _ev()),
    Stance("Westmark", "supplies", "Valley Government", "varn-valley", _ev()),
    Stance("Ostland", "backs", "Valley Government", "varn-valley", _ev(), negated=True),
    Stance("Westmark", "backs", "Rebel Front", "dorn", _ev()),
    Stance("Ostland", "backs", "Dorn Militia", "dorn", _ev()),
]


def by_id(items):
    return {i.id: i for i in items}


def test_every_item_once_in_kind_order_with_the_contracts_properties():
    items = build_items(sample_analysis())
    kinds = [i.kind for i in items]
    assert kinds == sorted(kinds, key=KINDS.index)
    assert len({i.id for i in items}) == len(items) == 14
    for item in items:
        props = item.properties()
        for key in ("id", "kind", "name", "type", "date", "country", "gazetteer_id", "evidence"):
            assert key in props
        assert props["review"] in REVIEW_STATES
        assert json.loads(json.dumps(props)) == props  # plain JSON values only


def test_reviews_give_each_item_its_state():
    analysis = sample_analysis()
    items = by_id(
        build_items(
            analysis,
            {"asset:bayraktar-tb2": {"state": "confirmed", "edits": {}}, "libya": "rejected"},
        )
    )
    assert items["asset:bayraktar-tb2"].review == "confirmed"
    assert items["libya"].review == "rejected"
    assert items["place:geonames:524901"].review == "unreviewed"


def test_an_item_lies_in_the_smallest_conflict_area_that_holds_it():
    items = by_id(build_items(conflict_analysis(STANCES)))
    assert items["place:1"].theatre == "varn-valley"
    assert items["place:2"].theatre == "dorn"  # inside both areas: the smaller one
    assert items["place:3"].theatre is None
    assert items["event:1"].theatre == "varn-valley"
    assert items["varn-valley"].theatre == "varn-valley"


def test_a_side_only_when_the_actors_leave_no_doubt():
    items = by_id(build_items(conflict_analysis(STANCES)))
    assert items["event:1"].side == "Rebel Front"  # the actor is a party itself
    assert items["event:2"].side == "Rebel Front"  # Ostland backs it (the negated claim is no side)
    assert items["event:3"].side is None  # in Dorn: Ostland and Westmark stand on two sides
    assert items["event:4"].side is None  # outside any conflict
    assert all(i.side is None for i in items.values() if i.kind == "place")


def test_a_rejected_stance_gives_no_side_and_leaves_the_sides_report():
    rejected = stance_id(STANCES[0])
    items = build_items(conflict_analysis(STANCES), {rejected: {"state": "rejected"}})
    assert by_id(items)["event:2"].side is None
    varn = next(t for t in items.sides()["theatres"] if t["id"] == "varn-valley")
    assert [(s["power"], s["party"]) for s in varn["stances"]] == [
        ("Westmark", "Valley Government")
    ]
    assert ("Ostland", "backs", "Rebel Front") not in by_id(items)["varn-valley"].stances


def test_a_conflict_known_only_by_its_town_holds_what_lies_around_it():
    analysis = conflict_analysis(STANCES)
    analysis.theatres.append(Theatre("battle-of-far", "Battle of Far", _point(40.1, 40.1)))
    analysis.stances.append(Stance("Ostland", "backs", "Far Garrison", "battle-of-far", _ev()))
    items = by_id(build_items(analysis))
    assert items["place:3"].theatre == "battle-of-far"
    assert items["event:4"].side == "Far Garrison"  # Ostland's meeting in Far
    assert items["place:1"].theatre == "varn-valley"  # far from the town: unchanged


def test_side_names_cover_every_power_and_party():
    items = build_items(conflict_analysis(STANCES))
    assert items.side_names() == [
        "Dorn Militia",
        "Ostland",
        "Rebel Front",
        "Valley Government",
        "Westmark",
    ]


def test_event_titles_say_who_and_where():
    place = Place("p", "Sochi", "city", _point(39.7, 43.6), "RU", "g")
    call = Event("e", "phone_call", None, "unknown", None, ["Erdoğan", "Putin"])
    assert event_title(call, None) == "Phone call: Erdoğan – Putin"
    meeting = Event("e", "meeting", None, "unknown", "p", ["Russia", "Turkey", "Russia"])
    assert event_title(meeting, place) == "Meeting: Russia – Turkey in Sochi"
    route = Place("r", "TurkStream", "route", SQUARE, None, "curated:turkstream")
    deal = Event("e", "agreement", None, "unknown", "r", ["Russia"])
    assert event_title(deal, route) == "Agreement: Russia on TurkStream"
    assert event_title(Event("e", "summit", None, "unknown", None, []), None) == "Summit"
    shot = Event("e", "shoot_down", None, "unknown", None, ["Turkey"], targets=["Russia"])
    assert event_title(shot, None) == "Shoot-down of Russia by Turkey"
    cyber = Event("e", "cyber_attack", None, "unknown", None, [])  # a type no lexicon lists
    assert event_title(cyber, None) == "Cyber attack"


def test_an_analysts_title_wins():
    analysis = conflict_analysis(STANCES)
    items = by_id(
        build_items(analysis, {"event:5": {"state": "edited", "edits": {"label": "Call"}}})
    )
    assert items["event:5"].name == "Call"
    assert by_id(build_items(analysis))["event:5"].name == "Phone call: Erdoğan – Putin"


def test_a_country_is_its_outline_and_the_map_draws_it_from_its_basemap():
    analysis = Analysis(
        places=[
            Place("place:tr", "Turkey", "country", _point(35, 39), "tr", "g:tr", "country", _ev())
        ]
    )
    turkey = build_items(analysis).items[0]
    assert turkey.country == "TR" and turkey.precision == "country"
    assert turkey.geometry["type"] in ("Polygon", "MultiPolygon")
    assert turkey.feature()["geometry"]["type"] in ("Polygon", "MultiPolygon")
    assert turkey.map_feature()["geometry"] is None
    assert turkey.map_properties()["country"] == "TR"


def test_the_map_gets_no_excerpt_text():
    items = build_items(sample_analysis())
    compact = json.dumps(items.map_collection(), ensure_ascii=False)
    full = json.dumps(items.feature_collection(), ensure_ascii=False)
    assert "Turkey backs the Government" not in compact
    assert len(compact) < len(full) / 2
    moscow = next(i for i in items if i.name == "Moscow")
    assert moscow.map_properties()["n"] == len(moscow.evidence) == 2


def test_sources_and_outlets_by_name():
    items = by_id(build_items(sample_analysis()))
    moscow = items["place:geonames:524901"]
    assert set(moscow.sources) == {"moscow-libya-talks.txt", "caucasus-drones.txt"}
    assert moscow.outlets == ("Example Review", "Example Wire")
    call = items["event:black-sea-gas.txt:0"]
    assert call.sources == ("black-sea-gas.txt",) and call.outlets == ()


def test_items_are_frozen():
    item = build_items(sample_analysis()).items[0]
    with pytest.raises(AttributeError):
        item.name = "x"  # type: ignore[misc]
    assert isinstance(item, Item)


def test_events_of_no_one_and_several_excerpts_get_their_own_sources_titles_and_sides():
    """Events' items are made a field at a time, what they share worked out once: each still
    gets its own articles and outlets (none, one, several with a repeat), and its own title
    when only its targets or its place differ from another's."""
    analysis = conflict_analysis(STANCES)
    analysis.documents.append(Document("b.txt", "/b.txt", "Second report", "text", "0", None))
    two = [*_ev("b.txt"), *_ev("a.txt"), *_ev("b.txt")]
    analysis.events = [
        Event("event:1", "air_strike", "2021-03-02", "day", "place:1", ["Rebel Front"], two),
        Event("event:2", "air_strike", "2021-03", "month", "place:1", ["Rebel Front"], []),
        Event(
            "event:3",
            "air_strike",
            "2021-03",
            "day",
            "place:1",
            ["Rebel Front"],
            _ev(),
            targets=["Ostland"],
        ),
        Event("event:4", "air_strike", None, "unknown", "place:2", ["Rebel Front"], _ev("b.txt")),
    ]
    items = by_id(build_items(analysis))
    places = {p.id: p for p in analysis.places}
    first, bare, targeted, elsewhere = (items[e.id] for e in analysis.events)
    assert (first.sources, first.outlets) == (("b.txt", "a.txt"), ("Wire",))
    assert (bare.sources, bare.outlets, bare.evidence) == ((), (), ())
    assert (targeted.sources, targeted.outlets) == (("a.txt",), ("Wire",))
    assert (elsewhere.sources, elsewhere.outlets) == (("b.txt",), ())
    for event in analysis.events:
        assert items[event.id].name == event_title(event, places[event.place_id])
    assert len({first.name, targeted.name, elsewhere.name}) == 3
    assert (first.date, first.date_precision) == ("2021-03-02", "day")
    assert (bare.date, bare.date_precision) == ("2021-03", "month")
    assert (first.theatre, first.side) == ("varn-valley", "Rebel Front")
    assert (elsewhere.theatre, elsewhere.side) == ("dorn", "Rebel Front")
    assert first.actors is bare.actors  # one tuple per distinct actors
