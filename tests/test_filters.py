"""The filter state: what each dimension lets through, dates as spans, facets, persistence."""

from __future__ import annotations

import json

import pytest

from explorer.filters import NONE, FilterState, facets
from explorer.items import Item, ItemSet, Source, StanceItem
from explorer.model import Evidence
from explorer.timeline import date_span


def _item(
    fid,
    kind,
    *,
    type_=None,
    date=None,
    precision=None,
    theatre=None,
    side=None,
    docs=("a.txt",),
    review="unreviewed",
    name=None,
    text="",
    actors=(),
    operators=(),
    stances=(),
):
    return Item(
        id=fid,
        kind=kind,
        name=name or fid,
        type=type_ or kind,
        date=date,
        date_precision=precision or ("unknown" if date is None else "day"),
        geometry={"type": "Point", "coordinates": [30.0, 40.0]},
        precision="point",
        review=review,
        actors=tuple(actors),
        operators=tuple(operators),
        stances=tuple(stances),
        theatre=theatre,
        side=side,
        sources=tuple(docs),
        evidence=tuple(Evidence(d, 0, 4, text or f"{fid} text") for d in docs),
    )


def _set(*items, stances=()):
    return ItemSet(
        items=tuple(items),
        stances=tuple(stances),
        sources={
            "a.txt": Source("a.txt", "Talks in the north", "Northern Herald"),
            "b.txt": Source("b.txt", "Strikes resume"),
            "c.txt": Source("c.txt", "Gas deal"),
        },
        theatre_names={"theatre:north": "Northern war"},
    )


@pytest.fixture
def collection():
    return _set(
        _item("place:1", "place", type_="city", name="Port Avel"),
        _item("place:2", "place", type_="city", theatre="theatre:north", docs=("b.txt",)),
        _item(
            "event:1",
            "event",
            type_="meeting",
            date="2020-10-14",
            theatre="theatre:north",
            side="Arland",
            actors=["Minister Quill", "Arland"],
        ),
        _item(
            "event:2",
            "event",
            type_="air_strike",
            date="2020-10",
            precision="month",
            theatre="theatre:north",
            side="Borovia",
            docs=("b.txt",),
            actors=["Borovia"],
        ),
        _item(
            "event:3",
            "event",
            type_="meeting",
            date="2021",
            precision="year",
            review="confirmed",
        ),
        _item("event:4", "event", type_="phone_call", date=None),
        _item("event:5", "event", type_="air_strike", date="2019-03-02", review="rejected"),
        _item(
            "asset:1",
            "asset",
            type_="pipeline",
            side="Arland",
            docs=("a.txt", "c.txt"),
            text="the pipeline carries gas",
            operators=["Borovia"],
        ),
        _item(
            "theatre:north",
            "theatre",
            name="Northern war",
            docs=(),
            theatre="theatre:north",
            stances=[("Celesta", "backs", "Arland")],
        ),
        stances=[
            StanceItem("s1", "Celesta", "backs", "Arland", "theatre:north", "Northern war"),
            StanceItem(
                "s2", "Dorm", "backs", "Borovia", "theatre:south", "South", review="rejected"
            ),
        ],
    )


def ids(state, collection):
    return {i.id for i in state.apply(collection)}


def test_the_default_state_shows_everything_but_rejected_items(collection):
    shown = ids(FilterState(), collection)
    assert "event:5" not in shown
    assert len(shown) == len(collection) - 1
    assert "event:5" in ids(FilterState(show_rejected=True), collection)


def test_kinds_allow_list(collection):
    assert ids(FilterState(kinds={"event"}), collection) == {
        "event:1",
        "event:2",
        "event:3",
        "event:4",
    }
    assert ids(FilterState(kinds=set()), collection) == set()


def test_theatre_filter_keeps_the_theatre_itself_and_its_items(collection):
    shown = ids(FilterState(theatres={"theatre:north"}), collection)
    assert shown == {"place:2", "event:1", "event:2", "theatre:north"}
    no_theatre = ids(FilterState(theatres={NONE}), collection)
    assert "place:1" in no_theatre and "event:1" not in no_theatre


def test_sides_filter(collection):
    assert ids(FilterState(sides={"Arland"}), collection) == {"event:1", "asset:1"}


def test_event_types_restrict_events_only(collection):
    shown = ids(FilterState(event_types={"meeting"}), collection)
    assert {"event:1", "event:3"} <= shown
    assert "event:2" not in shown and "event:4" not in shown
    assert {"place:1", "asset:1", "theatre:north"} <= shown


def test_sources_match_any_supporting_document(collection):
    assert ids(FilterState(sources={"c.txt"}), collection) == {"asset:1"}
    assert "theatre:north" in ids(FilterState(sources={NONE}), collection)


def test_review_states_and_show_rejected_both_apply(collection):
    assert ids(FilterState(review_states={"confirmed"}), collection) == {"event:3"}
    assert ids(FilterState(review_states={"rejected"}), collection) == set()
    assert ids(FilterState(review_states={"rejected"}, show_rejected=True), collection) == {
        "event:5"
    }


def test_partial_dates_are_spans():
    assert date_span("2020-10") == (date_span("2020-10-01")[0], date_span("2020-10-31")[0])
    assert date_span("2020")[1].isoformat() == "2020-12-31"
    assert date_span("2024-02")[1].isoformat() == "2024-02-29"
    assert date_span("2020-10-14T08:00:00Z")[0].isoformat() == "2020-10-14"
    assert date_span(None) is None and date_span("soon") is None
    assert date_span("2020-13") is None


def test_a_date_range_filters_dated_events_by_overlap(collection):
    # 25-31 Oct 2020: the month-precision strike (Oct 2020) overlaps, the 14 Oct meeting doesn't.
    state = FilterState(date_start="2020-10-25", date_end="2020-10-31")
    shown = ids(state, collection)
    assert "event:2" in shown
    assert "event:1" not in shown and "event:3" not in shown
    # Undated events, places, assets and theatres are not dated things: they stay.
    assert {"event:4", "place:1", "asset:1", "theatre:north"} <= shown


def test_a_year_precision_event_overlaps_any_range_within_its_year(collection):
    shown = ids(FilterState(date_start="2021-06-01", date_end="2021-06-30"), collection)
    assert "event:3" in shown and "event:1" not in shown


def test_open_ended_ranges(collection):
    assert "event:1" not in ids(FilterState(date_start="2021-01-01"), collection)
    assert "event:3" in ids(FilterState(date_start="2021-01-01"), collection)
    assert "event:3" not in ids(FilterState(date_end="2020-12-31"), collection)
    assert "event:1" in ids(FilterState(date_end="2020-12"), collection)


def test_undated_events_can_be_hidden(collection):
    assert "event:4" in ids(FilterState(), collection)
    shown = ids(FilterState(include_undated=False), collection)
    assert "event:4" not in shown
    assert "place:1" in shown  # places are not "undated events"


def test_text_search_looks_at_names_types_actors_and_excerpts(collection):
    assert ids(FilterState(text="port"), collection) == {"place:1"}
    assert ids(FilterState(text="air strike"), collection) == {"event:2"}
    assert ids(FilterState(text="quill"), collection) == {"event:1"}
    assert ids(FilterState(text="carries GAS"), collection) == {"asset:1"}
    assert ids(FilterState(text="   "), collection) == ids(FilterState(), collection)


def test_actors_filter_finds_a_power_in_events_assets_and_conflicts(collection):
    shown = ids(FilterState(actors={"Borovia"}), collection)
    assert {"event:2", "asset:1"} <= shown
    assert "event:1" not in shown and "theatre:north" not in shown
    assert {"place:1", "place:2"} <= shown  # places have no actors: the filter lets them be
    assert "theatre:north" in ids(FilterState(actors={"Celesta"}), collection)
    assert "event:4" in ids(FilterState(actors={NONE}), collection)


def test_apply_gives_a_smaller_item_set_with_the_shown_conflicts_stances(collection):
    out = FilterState(kinds={"asset", "theatre"}).apply(collection)
    assert [i.id for i in out] == ["asset:1", "theatre:north"]
    assert [s.id for s in out.stances] == ["s1"]  # the rejected one and the south are left out
    assert len(collection) == 9  # the input is left alone
    assert out.sources == collection.sources


def test_round_trip_through_json():
    state = FilterState(
        kinds={"event", "place"},
        theatres={NONE, "theatre:north"},
        date_start="2020-10",
        date_end=None,
        include_undated=False,
        show_rejected=True,
        text="pipeline",
    )
    data = json.loads(json.dumps(state.to_dict()))
    assert data["kinds"] == ["event", "place"] and data["version"] == 1
    assert FilterState.from_dict(data) == state
    assert FilterState.from_dict(FilterState().to_dict()) == FilterState()


def test_from_dict_is_lenient():
    assert FilterState.from_dict(None) == FilterState()
    assert (
        FilterState.from_dict(
            {"kinds": "event", "date_start": "someday", "include_undated": "no", "future_key": 1}
        )
        == FilterState()
    )
    assert FilterState.from_dict({"sides": [None, "Arland"]}).sides == frozenset({NONE, "Arland"})


def test_active_count_and_default():
    assert FilterState().is_default and FilterState().active_count() == 0
    state = FilterState(kinds={"event"}, date_end="2021", text="x")
    assert not state.is_default and state.active_count() == 3


def test_facets_count_each_value_in_display_order(collection):
    result = facets(collection)
    kinds = [(f.value, f.count) for f in result["kinds"]]
    assert kinds == [("place", 2), ("event", 5), ("asset", 1), ("theatre", 1)]
    theatres = {f.value: (f.label, f.count) for f in result["theatres"]}
    assert theatres["theatre:north"] == ("Northern war", 4)
    assert theatres[NONE] == ("(no conflict)", 5)
    assert result["theatres"][-1].value == NONE  # "none" sorts last
    types = {f.value: (f.label, f.count) for f in result["event_types"]}
    assert types == {
        "air_strike": ("air strike", 2),
        "meeting": ("meeting", 2),
        "phone_call": ("phone call", 1),
    }
    sources = {f.value: (f.label, f.count) for f in result["sources"]}
    assert sources == {
        "a.txt": ("Northern Herald: Talks in the north", 6),
        "b.txt": ("Strikes resume", 2),
        "c.txt": ("Gas deal", 1),
        NONE: ("(no source)", 1),
    }
    reviews = [(f.value, f.count) for f in result["review_states"]]
    assert reviews == [("unreviewed", 7), ("confirmed", 1), ("rejected", 1)]
    assert {f.value for f in result["sides"]} == {"Arland", "Borovia", NONE}
    actors = [(f.value, f.count) for f in result["actors"]]
    assert actors[:2] == [("Arland", 2), ("Borovia", 2)]  # the most active first
    assert actors[-1] == (NONE, 3)


def test_facets_of_an_empty_collection():
    assert all(values == [] for values in facets(ItemSet()).values())


def test_facet_labels_keep_file_and_proper_names_as_they_are():
    collection = ItemSet(
        items=(_item("e", "event", type_="air_strike", side="North_Side", docs=("000_first.txt",)),)
    )
    result = facets(collection)
    assert result["sources"][0].label == "000_first.txt"
    assert result["sides"][0].label == "North_Side"
    assert result["event_types"][0].label == "air strike"


# --- many items at once: the same answers as one item at a time --------------------------------


@pytest.fixture(scope="module")
def seeds_items(_seeds_project_template) -> ItemSet:
    from explorer.items import build_items
    from explorer.store import Project

    with Project.open(_seeds_project_template) as project:
        analysis = project.load(include_rejected=True)
        reviews = project.reviews()
    return build_items(analysis, reviews)


def test_facets_count_what_values_of_says(seeds_items: ItemSet) -> None:
    from collections import Counter

    from explorer.filters import VALUE_DIMENSIONS, values_of

    for dimension, found in facets(seeds_items).items():
        expected: Counter[str] = Counter()
        for item in seeds_items:
            expected.update(values_of(dimension, item) or ())
        assert {f.value: f.count for f in found} == dict(expected), dimension
    assert list(facets(seeds_items)) == list(VALUE_DIMENSIONS)


@pytest.mark.parametrize(
    "state",
    [
        FilterState(),
        FilterState(show_rejected=True),
        FilterState(kinds={"event", "place"}, include_undated=False),
        FilterState(event_types={"meeting", "air_strike"}, sides={NONE}),
        FilterState(actors={"Russia", "Turkey"}, date_start="2019", date_end="2020-06"),
        FilterState(theatres={NONE}, text="syria"),
        FilterState(text="  "),
    ],
)
def test_apply_keeps_what_matches_keeps(seeds_items: ItemSet, state: FilterState) -> None:
    from explorer.filters import search_text

    haystacks = {i.id: search_text(i, seeds_items) for i in seeds_items}
    expected = [i.id for i in seeds_items if state.matches(i, haystacks[i.id])]
    assert expected or state.text, "a filter that keeps nothing proves little"
    assert [i.id for i in state.apply(seeds_items)] == expected


@pytest.mark.parametrize("rejected", [False, True])
@pytest.mark.parametrize("state", [FilterState(), FilterState(show_rejected=True)])
def test_no_filter_keeps_what_testing_every_item_keeps(
    _seeds_project_template, state: FilterState, rejected: bool
) -> None:
    """With nothing in force, ``apply`` keeps every item without testing each (as on opening a
    large project): the same items and stances as testing each, with or without a rejected
    item or stance to hide."""
    from explorer.items import build_items
    from explorer.store import Project

    with Project.open(_seeds_project_template) as project:
        analysis = project.load(include_rejected=True)
        reviews = dict(project.reviews())
    if rejected:
        first = build_items(analysis, reviews)
        for hidden in (first.items[0].id, first.stances[0].id):
            reviews[hidden] = {"state": "rejected", "edits": {}}
    items = build_items(analysis, reviews)
    assert any(i.review == "rejected" for i in items) == rejected
    applied = state.apply(items)
    tested = items.subset(state.matches, keep_stance=state.matches_stance)
    theatres = {i.theatre for i in tested.items if i.theatre}
    assert applied.items == tested.items
    assert applied.stances == tuple(s for s in tested.stances if s.theatre in theatres)
    assert len(applied.items) == len(items) - (rejected and not state.show_rejected)
