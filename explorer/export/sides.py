"""Who backs whom, per theatre, with the excerpts that say so (``explorer sides``)."""

from __future__ import annotations

import json

from explorer.export.records import ExportError
from explorer.export.safe import markdown_code, markdown_text
from explorer.items import ItemSet, build_items
from explorer.model import Analysis
from explorer.vocabulary import UNPLACED

SIDES_FORMATS = ("json", "md")


def sides(source: Analysis | ItemSet) -> dict:
    """``{"theatres": [{"name", "id", "stances": [{"power", "relation", "party",
    "evidence"}]}]}``: negated and rejected stances left out, the same claim from several
    sentences or documents merged into one stance with all its evidence."""
    items = source if isinstance(source, ItemSet) else build_items(source)
    return items.sides()


_VERB = {"backs": "back", "opposes": "oppose", "supplies": "supply", "mediates": "mediate"}


# an article's words can hold "<script>" or "[link](...)": a cell shows them, never runs them
_cell = markdown_text


def _years(s: dict) -> str:
    years = s.get("years") or []
    if not years:
        return ""
    return str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"


def _markdown(report: dict) -> str:
    lines = ["# Sides", ""]
    if not report["theatres"]:
        # said as the window's Sides panel says it (and "theatre" is a word of the code)
        lines += ["No conflicts found: no article describes a war, or who backs whom in one.", ""]
    # conflicts whose articles name no side: one line at the end, as in the brief, not a
    # heading each over "No stances found" ("Conflict not stated" with none: nothing to say)
    silent = [
        f"{_cell(t['name'])} (`{markdown_code(t['id'])}`)"
        for t in report["theatres"]
        if not t["stances"] and t["id"] != UNPLACED
    ]
    for theatre in report["theatres"]:
        stances = theatre["stances"]
        if not stances:
            continue
        docs = {e["doc"] for s in stances for e in s["evidence"]}
        lines += [f"## {_cell(theatre['name'])} (`{markdown_code(theatre['id'])}`)", ""]
        lines += [
            f"{len(stances)} stance{'s' * (len(stances) != 1)} from "
            f"{len(docs)} document{'s' * (len(docs) != 1)}.",
            "",
            "| Power | Relation | Party | Evidence | When | Outlets | Note | Excerpts |",
            "| --- | --- | --- | ---: | --- | --- | --- | --- |",
        ]
        for s in stances:
            excerpts = "<br>".join(
                f"“{_cell(e['text'])}” ({_cell(e['doc'])})" for e in s["evidence"]
            )
            notes = []
            if s.get("claimed_by"):
                notes.append(f"claimed by {_cell(s['claimed_by'])}")
            for c in s.get("contested") or ():
                verb = _VERB.get(c["relation"], c["relation"])
                what = "denied" if c.get("negated") else f"also said to {verb}"
                notes.append(_cell(what))
            outlets = ", ".join(_cell(o) for o in s.get("outlets") or ())
            outlets += f" ({s.get('independent_outlets', 0)})"
            relation = s["relation"]
            if relation == "mediates" and s["party"] == theatre["name"]:
                relation = "mediates in"  # the conflict itself, no side of it (as the brief)
            lines.append(
                f"| {_cell(s['power'])} | {_cell(relation)} | {_cell(s['party'])} "
                f"| {len(s['evidence'])} | {_years(s)} | {outlets} "
                f"| {'; '.join(notes)} | {excerpts} |"
            )
        lines.append("")
    if silent:
        n = len(silent)
        lines += [
            f"The articles name no side in {n} conflict{'s' * (n != 1)}: {', '.join(silent)}.",
            "",
        ]
    return "\n".join(lines)


def sides_report(source: Analysis | ItemSet, fmt: str = "json") -> str:
    """The sides report as JSON (the documented contract) or as a Markdown page."""
    if fmt not in SIDES_FORMATS:
        raise ExportError(f"sides format must be one of {', '.join(SIDES_FORMATS)}, not {fmt!r}")
    report = sides(source)
    if fmt == "json":
        return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    return _markdown(report)
