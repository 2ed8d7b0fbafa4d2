"""Who backs whom, per theatre, with the excerpts that say so (``explorer sides``)."""

from __future__ import annotations

import json
from collections import defaultdict

from explorer.export.records import ExportError
from explorer.model import Analysis, Evidence

SIDES_FORMATS = ("json", "md")


def sides(analysis: Analysis) -> dict:
    """``{"theatres": [{"name", "id", "stances": [{"power", "relation", "party",
    "evidence"}]}]}``: negated stances left out, the same claim from several sentences or
    documents merged into one stance with all its evidence."""
    names = {t.id: t.name for t in analysis.theatres}
    grouped: dict[str, dict[tuple[str, str, str], list[Evidence]]] = defaultdict(dict)
    for theatre in analysis.theatres:
        grouped[theatre.id]
    for stance in analysis.stances:
        if stance.negated:
            continue
        key = (stance.power, stance.relation, stance.party)
        evidence = grouped[stance.theatre].setdefault(key, [])
        for e in stance.evidence:
            if e not in evidence:
                evidence.append(e)
    theatres = []
    for theatre_id, stances in grouped.items():
        theatres.append(
            {
                "name": names.get(theatre_id, theatre_id),
                "id": theatre_id,
                "stances": [
                    {
                        "power": power,
                        "relation": relation,
                        "party": party,
                        "evidence": [
                            e.to_json() for e in sorted(evidence, key=lambda e: (e.doc, e.start))
                        ],
                    }
                    for (power, relation, party), evidence in sorted(stances.items())
                ],
            }
        )
    theatres.sort(key=lambda t: (t["name"].casefold(), t["id"]))
    return {"theatres": theatres}


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _markdown(report: dict) -> str:
    lines = ["# Sides", ""]
    if not report["theatres"]:
        lines += ["No theatres or stances found.", ""]
    for theatre in report["theatres"]:
        stances = theatre["stances"]
        docs = {e["doc"] for s in stances for e in s["evidence"]}
        lines += [f"## {_cell(theatre['name'])} (`{theatre['id']}`)", ""]
        if not stances:
            lines += ["No stances found.", ""]
            continue
        lines += [
            f"{len(stances)} stance{'s' * (len(stances) != 1)} from "
            f"{len(docs)} document{'s' * (len(docs) != 1)}.",
            "",
            "| Power | Relation | Party | Evidence | Excerpts |",
            "| --- | --- | --- | ---: | --- |",
        ]
        for s in stances:
            excerpts = "<br>".join(
                f"“{_cell(e['text'])}” ({_cell(e['doc'])})" for e in s["evidence"]
            )
            lines.append(
                f"| {_cell(s['power'])} | {_cell(s['relation'])} | {_cell(s['party'])} "
                f"| {len(s['evidence'])} | {excerpts} |"
            )
        lines.append("")
    return "\n".join(lines)


def sides_report(analysis: Analysis, fmt: str = "json") -> str:
    """The sides report as JSON (the documented contract) or as a Markdown page."""
    if fmt not in SIDES_FORMATS:
        raise ExportError(f"sides format must be one of {', '.join(SIDES_FORMATS)}, not {fmt!r}")
    report = sides(analysis)
    if fmt == "json":
        return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    return _markdown(report)
