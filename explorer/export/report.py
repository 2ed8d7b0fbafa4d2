"""The HTML export: a standalone offline report (no scripts, no links to fetch), a table per
kind with each item's evidence, then the sides per theatre and the documents read."""

from __future__ import annotations

from pathlib import Path
from string import Template
from typing import Any

from explorer.export.records import records, stance_records
from explorer.export.safe import html_text as escape
from explorer.items import ItemSet

_PAGE = Template("""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>$title</title>
<style>
body { font: 14px/1.45 system-ui, sans-serif; margin: 2em; color: #222; }
h1 { font-size: 1.6em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #ddd; padding: 4px 8px; vertical-align: top; text-align: left; }
th { background: #f2f2f2; }
tr:nth-child(even) td { background: #fafafa; }
.ev { margin: 0 0 0.4em; padding-left: 0.6em; border-left: 3px solid #9ab; }
.src { color: #667; font-size: 0.9em; }
.rejected td { color: #999; text-decoration: line-through; }
.id { font-family: monospace; font-size: 0.85em; color: #555; }
</style>
</head>
<body>
<h1>$title</h1>
<p>$summary</p>
$sections
</body>
</html>
""")

_COLUMNS = {
    "place": [("Name", "name"), ("Kind", "type"), ("Country", "country"),
              ("Gazetteer", "gazetteer_id"), ("Precision", "precision")],
    "event": [("Event", "name"), ("Type", "type"), ("Date", "date"),
              ("Place", "place_id"), ("Actors", "actors"), ("Side", "side")],
    "asset": [("Name", "name"), ("Type", "type"), ("Operators", "operators"),
              ("Gazetteer", "gazetteer_id"), ("Side", "side")],
    "theatre": [("Theatre", "name"), ("Stances", "stances")],
    "stance": [("Power", "power"), ("Relation", "relation"), ("Party", "party"),
               ("Theatre", "theatre_name"), ("Negated", "negated")],
}  # fmt: skip
_TITLES = {"place": "Places", "event": "Events", "asset": "Assets", "theatre": "Theatres",
           "stance": "Stances"}  # fmt: skip


def _text(value: Any) -> str:
    if value is None or value == []:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, list):
        parts = [
            f"{v['power']} {v['relation']} {v['party']}" if isinstance(v, dict) else str(v)
            for v in value
        ]
        return escape("; ".join(parts))
    return escape(str(value))


def _evidence(evidence: list[dict]) -> str:
    return "".join(
        f'<p class="ev">“{escape(e["text"])}”<br><span class="src">{escape(e["doc"])}, '
        f"characters {e['start']}–{e['end']}</span></p>"
        for e in evidence
    )


def _table(kind: str, items: list[dict]) -> str:
    columns = _COLUMNS[kind]
    head = "".join(f"<th>{escape(label)}</th>" for label, _ in columns)
    rows = []
    for item in items:
        cells = "".join(f"<td>{_text(item.get(key))}</td>" for _, key in columns)
        css = ' class="rejected"' if item["review"] == "rejected" else ""
        rows.append(
            f"<tr{css}>{cells}<td>{escape(item['review'])}</td>"
            f"<td>{_evidence(item['evidence'])}"
            f'<span class="id">{escape(item["id"])}</span></td></tr>'
        )
    body = "\n".join(rows) if rows else f'<tr><td colspan="{len(columns) + 2}">None.</td></tr>'
    return (
        f"<h2>{_TITLES[kind]} ({len(items)})</h2>\n<table>\n<thead><tr>{head}<th>Review</th>"
        f"<th>Evidence</th></tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>"
    )


def _sides(items: ItemSet) -> str:
    parts = ["<h2>Sides</h2>"]
    for theatre in items.sides()["theatres"]:
        parts.append(f"<h3>{escape(theatre['name'])}</h3>")
        if not theatre["stances"]:
            parts.append("<p>No stances found.</p>")
            continue
        parts.append("<ul>")
        for s in theatre["stances"]:
            parts.append(
                f"<li><strong>{escape(s['power'])}</strong> {escape(s['relation'])} "
                f"<strong>{escape(s['party'])}</strong> ({len(s['evidence'])} excerpt"
                f"{'s' * (len(s['evidence']) != 1)}){_evidence(s['evidence'])}</li>"
            )
        parts.append("</ul>")
    return "\n".join(parts)


def _documents(items: ItemSet) -> str:
    analysis = items.analysis
    rows = "\n".join(
        f"<tr><td>{escape(d.id)}</td><td>{escape(d.title)}</td><td>{_text(d.outlet)}</td>"
        f"<td>{_text(d.published)}</td><td>{len(d.text)}</td></tr>"
        for d in analysis.documents
    )
    problems = "".join(f"<li>{escape(p)}</li>" for p in analysis.problems)
    return (
        f"<h2>Documents ({len(analysis.documents)})</h2>\n<table>\n<thead><tr><th>File</th>"
        "<th>Title</th><th>Outlet</th><th>Published</th><th>Characters</th></tr></thead>\n"
        f"<tbody>\n{rows}\n</tbody>\n</table>"
        + (f"\n<h2>Problems</h2>\n<ul>{problems}</ul>" if problems else "")
    )


def to_html(items: ItemSet) -> str:
    rows = records(items)
    by_kind = {kind: [r for r in rows if r["kind"] == kind] for kind in _TITLES}
    by_kind["stance"] = stance_records(items)
    counts = ", ".join(f"{len(v)} {_TITLES[k].lower()}" for k, v in by_kind.items())
    sections = [_table(kind, by_kind[kind]) for kind in _TITLES]
    sections += [_sides(items), _documents(items)]
    return _PAGE.substitute(
        title="explorer report",
        summary=escape(f"{len(items.analysis.documents)} documents: {counts}."),
        sections="\n".join(sections),
    )


def write_html(items: ItemSet, path: Path) -> None:
    path.write_text(to_html(items), encoding="utf-8")
