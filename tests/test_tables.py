"""Event tables (ACLED-style CSV, GeoJSON) imported as a layer of a project: told from articles
by their content, every row with its evidence in the table file, refused whole with a message
naming what is missing."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from benchmarks.make_acled_table import main as make_table
from explorer.export.tables import TableError, looks_like_table, read_table
from explorer.pipeline import ingest, open_sources
from explorer.store import Project
from explorer.timeline import event_span
from explorer.workspace import Workspace
from tests.test_cli import SEEDS, run_cli

HEADER = (
    "event_id_cnty,event_date,event_type,sub_event_type,actor1,assoc_actor_1,actor2,country,"
    "location,latitude,longitude,geo_precision,time_precision,source,notes\n"
)


@pytest.fixture(scope="module")
def acled(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("tables") / "acled_sample.csv"
    assert make_table(["--rows", "3000", "-o", str(out), "--seed", "7"]) == 0
    return out


def test_the_benchmark_table_is_plausible(acled: Path) -> None:
    with acled.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 3000
    assert len({r["country"] for r in rows}) >= 10
    assert len({r["location"] for r in rows}) > 200
    for r in rows[:200]:
        assert -90 <= float(r["latitude"]) <= 90 and -180 <= float(r["longitude"]) <= 180
        assert r["actor1"] and r["notes"].startswith("On ")
    again = acled.with_name("again.csv")
    make_table(["--rows", "3000", "-o", str(again), "--seed", "7"])
    assert again.read_bytes() == acled.read_bytes()  # the same seed, the same table


def test_a_table_is_told_from_an_article_by_its_content(tmp_path: Path, acled: Path) -> None:
    renamed = tmp_path / "events.txt"
    renamed.write_bytes(acled.read_bytes())
    assert looks_like_table(acled) and looks_like_table(renamed)
    article = tmp_path / "news.csv"
    article.write_text("Talks in Geneva, diplomats said, went on late into the night.\n")
    assert not looks_like_table(article)
    assert not looks_like_table(SEEDS / sorted(p.name for p in SEEDS.iterdir())[0])


def test_every_row_becomes_an_event_with_its_evidence(tmp_path: Path, acled: Path) -> None:
    project = tmp_path / "p.gpkg"
    summary = ingest([acled], project)
    assert summary.added == ["acled_sample.csv"] and not summary.refused
    assert "3000 events imported as a layer" in summary.describe()
    with Project.open(project) as p:
        analysis = p.load()
    (document,) = analysis.documents
    assert document.text == acled.read_bytes().decode("utf-8")
    assert len(analysis.events) == 3000  # rows are never merged, however alike
    with acled.open(encoding="utf-8", newline="") as handle:
        rows = {
            f"event:table:acled_sample.csv:{r['event_id_cnty']}": r for r in csv.DictReader(handle)
        }
    for event in analysis.events:
        row = rows[event.id]
        (evidence,) = event.evidence
        assert document.text[evidence.start : evidence.end] == evidence.text == row["notes"]
        assert event.layer == "acled_sample"
        assert event.geometry["coordinates"] == [float(row["longitude"]), float(row["latitude"])]
        assert event.actors[0] == row["actor1"]
        assert event.outlets == row["source"].split("; ")
    # the same file again changes nothing
    assert ingest([acled], project).skipped == ["acled_sample.csv"]


def test_imported_rows_are_items_like_the_rest(tmp_path: Path, acled: Path) -> None:
    opened = open_sources([acled], tmp_path / "p.gpkg")
    ws = Workspace()
    ws.set_analysis(opened.analysis, opened.project, opened.reviews)
    items = [i for i in ws.items if i.layer]
    assert len(items) == 3000
    strike = next(i for i in items if i.type == "air_strike")
    assert strike.kind == "event" and strike.country and strike.date
    assert strike.outlets and strike.sources == ("acled_sample.csv",)
    assert strike.name.startswith("Air strike: ")
    # filterable by type and date, and on the timeline
    ws.update_filters(event_types={"air_strike"}, date_start="2020", date_end="2020")
    assert ws.visible.items and all(
        i.type == "air_strike" and i.date.startswith("2020") for i in ws.visible
    )
    assert all(event_span(i) is not None for i in items)
    # a month-precise row (time_precision 3) is dated to its month
    assert any(i.date_precision == "month" and len(i.date) == 7 for i in items)
    # a row known only to its country is not pinned as a point on the map
    area = [i for i in items if i.precision == "area"]
    assert area and all(f["properties"].get("precision") == "area" for f in
                        [i.map_feature() for i in area])  # fmt: skip
    # reviews hold for imported rows too
    with Project.open(opened.project) as p:
        p.set_review(strike.id, "rejected")
        reviews = p.reviews()
    ws.set_reviews(reviews)
    ws.reset_filters()
    assert strike.id not in {i.id for i in ws.visible}


def test_a_geojson_table(tmp_path: Path) -> None:
    notes = 'Shelling hit the "old market" in Kharkiv'
    table = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [36.25, 49.99]},
                "properties": {
                    "event_date": "2022-03-01",
                    "event_type": "Explosions/Remote violence",
                    "sub_event_type": "Shelling/artillery/missile attack",
                    "actor1": "Military Forces of Russia (2000-)",
                    "actor2": "Civilians (Ukraine)",
                    "country": "Ukraine",
                    "location": "Kharkiv",
                    "source": ["Reuters", "Kyiv Independent"],
                    "notes": notes,
                },
            },
            {"type": "Feature", "geometry": None, "properties": {"event_date": "2022-03-02"}},
        ],
    }
    path = tmp_path / "kharkiv.geojson"
    path.write_text(json.dumps(table, ensure_ascii=False, indent=1), encoding="utf-8")
    assert looks_like_table(path)
    result = read_table(path)
    (event,) = result.events
    assert result.skipped == ["feature 2: not a point"]
    assert (event.type, event.date, event.country) == ("bombardment", "2022-03-01", "UA")
    assert event.targets == ["Civilians (Ukraine)"] and event.outlets == [
        "Reuters",
        "Kyiv Independent",
    ]
    (evidence,) = event.evidence
    assert result.document.text[evidence.start : evidence.end] == evidence.text
    assert json.loads(f'"{evidence.text}"') == notes


def test_a_table_that_does_not_fit_is_refused_by_name(tmp_path: Path) -> None:
    bad = tmp_path / "casualties.csv"
    bad.write_text("date,region,deaths\n2020-01-01,Idlib,4\n", encoding="utf-8")
    assert looks_like_table(bad)
    with pytest.raises(TableError, match="missing columns event_type, actor1, latitude, longitude"):
        read_table(bad)
    project = tmp_path / "p.gpkg"
    summary = ingest([bad], project)
    assert summary.refused == [str(bad)] and summary.added == []
    result = run_cli("ingest", str(bad), "-p", str(project))
    assert result.returncode != 0
    assert "missing columns event_type, actor1, latitude, longitude" in result.stderr
    assert "Traceback" not in result.stderr


def test_ingest_reads_tables_and_articles_together(tmp_path: Path) -> None:
    table = tmp_path / "few.csv"
    table.write_text(
        HEADER + "SYR1,2020-02-27,Explosions/Remote violence,Air/drone strike,Military Forces of "
        "Russia (2000-),,Military Forces of Turkey (2016-),Syria,Balyun,35.65,36.55,1,1,"
        'SOHR; Reuters,"Strikes hit a Turkish convoy near Balyun, killing 34 soldiers."\n'
        + "SYR2,not a date,Battles,Armed clash,A,,B,Syria,Idlib,35.9,36.6,1,1,SOHR,Clashes\n",
        encoding="utf-8",
    )
    article = sorted(SEEDS.iterdir())[0]
    result = run_cli("ingest", str(table), str(article), "-p", str(tmp_path / "p.gpkg"))
    assert result.returncode == 0, result.stderr
    assert "few.csv: 1 events imported as a layer, 1 rows skipped (row 2: no date" in result.stdout
    with Project.open(tmp_path / "p.gpkg") as p:
        analysis = p.load()
    assert {d.id for d in analysis.documents} == {"few.csv", article.name}
    (strike,) = [e for e in analysis.events if e.layer]
    assert strike.type == "air_strike" and strike.targets == ["Military Forces of Turkey (2016-)"]
    assert (
        strike.evidence[0].text == "Strikes hit a Turkish convoy near Balyun, killing 34 soldiers."
    )


def test_our_own_csv_export_imports_back(tmp_path: Path, acled: Path) -> None:
    opened = open_sources([acled], tmp_path / "p.gpkg")
    ws = Workspace()
    ws.set_analysis(opened.analysis, opened.project, opened.reviews)
    ws.update_filters(kinds={"event"}, event_types={"air_strike"})
    out = tmp_path / "strikes.csv"
    ws.export("csv", out)
    again = read_table(out)
    assert len(again.events) == len(ws.visible)
    shown = {(i.date, i.type, round(i.geometry["coordinates"][0], 4)) for i in ws.visible}
    back = {(e.date, e.type, round(e.geometry["coordinates"][0], 4)) for e in again.events}
    assert back == shown


def test_a_row_with_a_quote_never_closed_is_left_out_and_the_rows_after_it_read(
    tmp_path: Path, acled: Path
) -> None:
    # a hand-edited table: one row's last cell opens a quote it never closes; the CSV reader
    # took the lines after it into that cell, up to the next quote, and the row after it
    # was lost unsaid
    lines = acled.read_text(encoding="utf-8").splitlines(keepends=True)[:201]
    fatalities = lines[5].rsplit(",", 1)
    lines[5] = fatalities[0] + ',"' + fatalities[1]
    table = tmp_path / "edited.csv"
    table.write_text("".join(lines), encoding="utf-8")
    result = read_table(table)
    assert len(result.events) == 199
    assert result.skipped == ["row 5: a quote that is never closed"]
    ids = {e.id.rsplit(":", 1)[1] for e in result.events}
    assert next(csv.reader([lines[6]]))[0] in ids and next(csv.reader([lines[4]]))[0] in ids


def test_a_csv_that_is_no_table_says_what_it_is_not(tmp_path: Path) -> None:
    # a .csv whose header is no event table's was refused as "unsupported file type; open
    # .txt, .md or .html files", though a .csv is what an event table is given as
    notes = tmp_path / "contacts.csv"
    notes.write_text("name,phone\nAda,123\n", encoding="utf-8")
    result = run_cli("ingest", str(notes), "-p", str(tmp_path / "p.gpkg"))
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"warning: {notes}: neither an event table"), line
    assert "event_date" in line and ".txt, .md or .html" in line


def test_a_pdf_article_is_told_how_to_add_it(tmp_path: Path) -> None:
    # a PDF or Word file of an article was "unsupported file type; open .txt, .md or .html
    # files": the line now says what to do with it
    paper = tmp_path / "report.pdf"
    paper.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    result = run_cli("ingest", str(paper), "-p", str(tmp_path / "p.gpkg"))
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line == (
        f"warning: {paper}: a PDF document is not read; save the article as text (.txt) or as "
        "a web page (.html) and add that"
    ), line
