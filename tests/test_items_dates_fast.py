"""The war at an item's date worked out per (area, year) and per geometry (benchmarks/README.md,
items100k) places every item as the rule does row by row: each item's conflict on a project
of real towns and dates (a war drawn twice with one outline, years on both sides of each war,
undated places, a date not read) and on real articles equals the rule applied to each row
alone, here written out plainly."""

from __future__ import annotations

import shutil
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from explorer.geometry_inside import point_of
from explorer.items import _Conflicts, _year_of, build_items
from explorer.model import Event, Evidence, Theatre
from explorer.pipeline import ingest
from explorer.store import Project

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
DATA = ROOT / "benchmarks" / "data"


def _row_by_row(conflicts: _Conflicts, geometries, dates, evidence_of) -> list[str | None]:
    """ux8's rule for each row alone: the smallest area; a dated item in a war of its date
    (failing that, the next smallest area holding it whose war was); an undated one in no war
    begun after its articles; of wars drawn with one outline, the listed one of its years,
    then the one its articles tell of, then (undated) the one of any time."""
    found = conflicts._smallest_at(geometries)
    areas = [area for _id, area in conflicts.areas]
    out: list[str | None] = []
    for row, i in enumerate(found):
        if i is None:
            out.append(None)
            continue
        date = dates[row]
        year = _year_of(date)
        docs = frozenset(e.doc for e in evidence_of(row))
        told = ()
        if year is None:
            told = tuple(sorted({y for d in docs if (y := conflicts.published.get(d))}))
        if date is not None and year is None and len(conflicts.twins[i]) == 1:
            out.append(conflicts.areas[i][0])  # a date not read: kept where it lies
            continue
        wars = [j for j in conflicts.twins[i] if conflicts._possible(j, year, told)]
        if not wars:
            point = point_of(geometries[row])
            rest = [
                j
                for j in range(len(areas))
                if j not in conflicts.twins[i]
                and conflicts._possible(j, year, told)
                and point is not None
                and areas[j].contains(*point)
            ]
            if rest:
                smallest = min(rest, key=lambda j: (areas[j].size, j))
                wars = [j for j in conflicts.twins[smallest] if j in rest]
        if not wars:
            out.append(None)
            continue
        chosen = wars[0] if len(wars) == 1 else conflicts._settle(wars, year, docs, told)
        out.append(conflicts.areas[chosen][0])
    return out


def _same_as_row_by_row(analysis) -> list[str | None]:
    items = build_items(analysis)
    theatres = [t for t in items.items if t.kind == "theatre"]
    conflicts = _Conflicts.of(
        theatres, items.stances, {d.id: d.published for d in analysis.documents}
    )
    by_id = items.by_id
    rows = [*analysis.places, *analysis.events, *analysis.assets]
    geometries = [by_id[r.id].geometry for r in rows]
    dates = [None] * len(analysis.places) + [e.date for e in analysis.events]
    dates += [None] * len(analysis.assets)
    expected = _row_by_row(conflicts, geometries, dates, lambda row: rows[row].evidence)
    got = [by_id[r.id].theatre for r in rows]
    assert got == expected
    return got


@pytest.fixture(scope="module")
def towns_at_war():
    """make_events_project's events at real towns of seven countries at war, 2015-2024, with
    the War in Darfur (2003-2020) drawn with Sudan's outline (its war listed from 2023), some
    dates not read, and some events undated."""
    from make_events_project import synthetic

    analysis = synthetic(6000)
    sudan = next(t for t in analysis.theatres if t.id == "sudan")
    darfur = Theatre(
        id="darfur", name="War in Darfur", geometry=sudan.geometry, evidence=list(sudan.evidence)
    )
    events: list[Event] = []
    for k, e in enumerate(analysis.events):
        if k % 97 == 0:
            e = replace(e, date=None)
        elif k % 89 == 0:
            e = replace(e, date="unknown")
        events.append(e)
    return replace(analysis, theatres=[*analysis.theatres, darfur], events=events)


def test_towns_at_war_are_placed_as_row_by_row(towns_at_war):
    got = _same_as_row_by_row(towns_at_war)
    events = dict(
        zip([e.id for e in towns_at_war.events], got[len(towns_at_war.places) :], strict=True)
    )
    darfur_years = {e.date[:4] for e in towns_at_war.events if events[e.id] == "darfur" and e.date}
    # every path was taken: the listed war of the date, the war of any time, no war
    assert darfur_years and darfur_years <= {str(y) for y in range(2015, 2021)}
    assert "sudan" in events.values() and "ukraine" in events.values()
    assert any((e.date and e.date < "2014") or events[e.id] is None for e in towns_at_war.events)


def test_events_before_their_war_leave_it(towns_at_war):
    events = {e.id: e for e in towns_at_war.events}
    items = build_items(towns_at_war)
    myanmar = [i for i in items.events if i.country == "MM" and _year_of(events[i.id].date)]
    before = [i.theatre for i in myanmar if events[i.id].date < "2021"]
    since = [i.theatre for i in myanmar if events[i.id].date >= "2021"]
    # the Myanmar civil war is listed from 2021: none before it in it, most after
    assert before and "myanmar" not in before
    assert since.count("myanmar") > len(since) / 2


def test_real_articles_are_placed_as_row_by_row(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for article in [
        DATA / "stances_fresh2" / "docs" / "r02-us-backed-insurgencies-1986.txt",
        DATA / "stances_fresh" / "docs" / "q3-darfur-abuja-2004.txt",
        DATA / "stances_fresh4" / "docs" / "u04-trt-uae-arms-2025.txt",
        *sorted((ROOT / "seeds").iterdir()),
    ]:
        shutil.copy(article, folder / article.name)
    project = tmp_path / "p.gpkg"
    ingest([folder], project)
    with Project.open(project, create=False) as opened:
        analysis = opened.load()
    got = _same_as_row_by_row(analysis)
    assert {"darfur", "sudan"} <= set(got)


def test_an_event_of_no_war_lies_in_the_next_area_whose_war_it_was(towns_at_war):
    # a town of Sudan in 2021, when neither of its outline's wars was fought: the area of
    # another conflict holding it, if one does, else none
    sudan = next(t for t in towns_at_war.theatres if t.id == "sudan")
    town = {"type": "Point", "coordinates": [30.0, 15.0]}
    around = Theatre(id="khartoum-area", name="Around it", geometry=dict(town))
    event = Event(
        id="event:x",
        type="clash",
        date="2021-05-01",
        date_precision="day",
        place_id=None,
        actors=["A"],
        geometry=town,
        evidence=[Evidence("digest-00000.txt", 0, 1, "O")],
    )
    analysis = replace(
        towns_at_war,
        theatres=[*towns_at_war.theatres, around],
        events=[*towns_at_war.events, event],
    )
    assert sudan.geometry is not None
    items = _same_as_row_by_row(analysis)
    assert items[len(analysis.places) + len(analysis.events) - 1] == "khartoum-area"
