"""The brief: an HTML page for print (A4 or Letter) that ``explorer.mapview.brief`` turns into a
PDF with Qt's own PDF printing.

What an analyst hands over: the composed map, then per conflict who backs, opposes, mediates or
supplies whom, each claim with its excerpts, outlets and dates, and who makes the claim when the
article attributes it; then the items shown (the selected one first) with their excerpts,
outlet and date. Every value from the articles is escaped; the page loads nothing but the map
picture beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from explorer.export.records import (
    DATA_CREDITS,
    in_file,
    records,
    source_details,
    stance_records,
    where_in_words,
)
from explorer.export.safe import html_text
from explorer.items import KIND_LABELS, KINDS, REJECTED, ItemSet
from explorer.vocabulary import UNPLACED as UNPLACED_ID

PAPERS = {"a4": "A4", "letter": "Letter"}
MAX_ITEMS = 400  # past this a brief is no longer read; the CSV export holds them all
RELATION_WORDS = {
    "backs": "backs",
    "opposes": "opposes",
    "mediates": "mediates with",  # one row per side the mediator talks with
    "supplies": "supplies",
}

_STYLE = """
@page { size: %(paper)s; margin: 16mm 15mm 18mm 15mm; }
html { font: 10pt/1.38 "DejaVu Serif", Georgia, serif; color: #111; }
body { margin: 0; }
h1 { font: 700 19pt/1.2 "DejaVu Sans", sans-serif; margin: 0 0 2mm; }
h2 { font: 700 13pt/1.2 "DejaVu Sans", sans-serif; margin: 7mm 0 2mm;
     border-bottom: 0.4pt solid #888; padding-bottom: 1mm; break-after: avoid; }
h3 { font: 700 11pt/1.25 "DejaVu Sans", sans-serif; margin: 5mm 0 1.5mm; break-after: avoid; }
.meta { font: 9pt "DejaVu Sans", sans-serif; color: #444; margin-bottom: 3mm; }
figure { margin: 0 0 2mm; }
figure img { width: 100%%; border: 0.4pt solid #999; }
figcaption { font: 8pt "DejaVu Sans", sans-serif; color: #555; }
table { border-collapse: collapse; width: 100%%; margin: 1mm 0 3mm; }
thead { display: table-header-group; }
th { font: 700 8.5pt "DejaVu Sans", sans-serif; text-align: left; background: #eee;
     border: 0.4pt solid #aaa; padding: 1.2mm 1.5mm; }
td { border: 0.4pt solid #aaa; padding: 1.2mm 1.5mm; vertical-align: top; }
tr { break-inside: avoid; }
td.claim { font: 9pt "DejaVu Sans", sans-serif; width: 30%%; }
.ev { margin: 0 0 1.4mm; }
.ev:last-child { margin-bottom: 0; }
.src { font: 8pt "DejaVu Sans", sans-serif; color: #444; }
.articles { font: 8.5pt "DejaVu Sans", sans-serif; padding-left: 5mm; margin: 1mm 0; }
.claimed { font: italic 8.5pt "DejaVu Sans", sans-serif; color: #7a4a00; }
.item { break-inside: avoid; margin: 0 0 3mm; }
.item-head { font: 700 10pt "DejaVu Sans", sans-serif; }
.item-facts { font: 8.5pt "DejaVu Sans", sans-serif; color: #333; }
.selected { border-left: 2pt solid #c9a400; padding-left: 2mm; }
.rejected .item-head { text-decoration: line-through; color: #777; }
.note { font: italic 9pt "DejaVu Sans", sans-serif; color: #555; }
.credits { font: 8pt "DejaVu Sans", sans-serif; color: #555; margin-top: 8mm;
           border-top: 0.4pt solid #aaa; padding-top: 1.5mm; }
"""


@dataclass(frozen=True)
class BriefSpec:
    title: str
    subtitle: str = ""
    map_file: str | None = None  # the composed map picture, beside the page
    selected: str | None = None
    paper: str = "a4"
    exported: str = ""


def _citation(e: dict, sources: dict[str, dict[str, Any]]) -> str:
    """Outlet, date and where in the file; the article's title is said once, in the list of
    articles cited (a story with no headline has its first sentence for one: repeated
    under each of its excerpts, it took more room than they did)."""
    source = sources.get(e["doc"], {})
    when = e.get("date") or source.get("published")
    lead = " · ".join(str(p) for p in (source.get("outlet"), when) if p)
    start, end = source["in_file"](e) if "in_file" in source else (e["start"], e["end"])
    where = f"{html_text(e['doc'])}, characters {start}–{end}"
    return f"{html_text(lead)} ({where})" if lead else where


def _articles(cited: set[str], sources: dict[str, dict[str, Any]]) -> str:
    """Each article cited, once: its file, outlet, date and title."""
    rows = []
    for doc in sorted(cited, key=str.casefold):
        source = sources.get(doc, {})
        facts = [source.get("outlet"), source.get("published"), source.get("title")]
        said = " · ".join(str(f) for f in facts if f and f != doc)
        rows.append(
            f"<li><strong>{html_text(doc)}</strong>{': ' + html_text(said) if said else ''}</li>"
        )
    return f'<ul class="articles">{"".join(rows)}</ul>' if rows else ""


def _excerpts(evidence: list[dict], sources: dict[str, dict[str, Any]]) -> str:
    if not evidence:
        return '<span class="note">No excerpt.</span>'
    return "".join(
        f'<div class="ev">“{html_text(" ".join(e["text"].split()))}”'
        f'<br><span class="src">{_citation(e, sources)}</span></div>'
        for e in evidence
    )


def _sides(items: ItemSet, sources: dict[str, dict[str, Any]]) -> str:
    """Per conflict, one row per claim (power, relation, party, and who claims it)."""
    by_theatre: dict[str, list[dict]] = {}
    names: dict[str, str] = {}
    for stance in stance_records(items):
        if stance["negated"] or stance["review"] == REJECTED:
            continue
        by_theatre.setdefault(stance["theatre"], []).append(stance)
        names[stance["theatre"]] = stance["conflict"] or stance["theatre"]
    for item in items:
        if item.kind == "theatre" and item.review != REJECTED:
            by_theatre.setdefault(item.id, [])
            names[item.id] = item.name
    # "Conflict not stated" gathers stances whose war the article does not name: with none,
    # there is nothing to say of it
    silent = sorted(
        (names[t] for t, stances in by_theatre.items() if not stances and t != UNPLACED_ID),
        key=str.casefold,
    )
    by_theatre = {t: stances for t, stances in by_theatre.items() if stances}
    if not by_theatre and not silent:
        return '<p class="note">No conflict among the items shown.</p>'
    parts = []
    for theatre in sorted(by_theatre, key=lambda t: names[t].casefold()):
        stances = by_theatre[theatre]
        parts.append(f"<h3>{html_text(names[theatre])}</h3>")
        merged: dict[tuple, list[dict]] = {}
        for s in stances:
            key = (s["power"], s["relation"], s["party"], s.get("claimed_by") or "")
            evidence = merged.setdefault(key, [])
            evidence.extend(e for e in s["evidence"] if e not in evidence)
        rows = []
        order = sorted(merged, key=lambda k: (k[0].casefold(), k[1], k[2].casefold(), k[3]))
        for key in order:
            power, relation, party, claimed_by = key
            words = RELATION_WORDS.get(relation, relation)
            if relation == "mediates" and party.casefold() == names[theatre].casefold():
                words = "mediates in"  # the talks on the conflict itself, not one of its sides
            claim = (
                f"<strong>{html_text(power)}</strong> {words} <strong>{html_text(party)}</strong>"
            )
            if claimed_by:
                claim += f'<br><span class="claimed">as claimed by {html_text(claimed_by)}</span>'
            outlets = sorted(
                {str(sources.get(e["doc"], {}).get("outlet") or "") for e in merged[key]} - {""}
            )
            if outlets:
                claim += f'<br><span class="src">{html_text(", ".join(outlets))}</span>'
            rows.append(
                f'<tr><td class="claim">{claim}</td><td>{_excerpts(merged[key], sources)}</td></tr>'
            )
        parts.append(
            "<table><thead><tr><th>Who and whom</th><th>What the articles say</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>"
        )
    if silent:
        parts.append(
            f'<p class="note">The articles name no side in {len(silent)} '
            f"conflict{'s' * (len(silent) != 1)}: {html_text(', '.join(silent))}.</p>"
        )
    return "\n".join(parts)


def _facts(r: dict) -> str:
    facts = [KIND_LABELS.get(r["kind"], r["kind"])]
    if r["kind"] != "theatre":  # "Conflict area · conflict" says it twice
        facts.append(r["type"].replace("_", " "))
    if r.get("date"):
        facts.append(r["date"])
    if r.get("place") and r["place"] != r["name"]:
        facts.append(r["place"])
    facts.append(where_in_words(r))  # "Gaza Strip, Palestinian Territory", not "PS"
    line = " · ".join(html_text(f) for f in facts if f)
    more = []
    if r.get("actors"):
        more.append("Actors: " + ", ".join(r["actors"]))
    if r.get("targets"):
        more.append("Targets: " + ", ".join(r["targets"]))
    if r.get("operators"):
        more.append("Operators: " + ", ".join(r["operators"]))
    if r.get("conflict") and r["kind"] != "theatre":  # a conflict's own name, said above
        more.append(f"Conflict: {r['conflict']}")
    if r.get("side"):
        more.append(f"Side: {r['side']}")
    if r["review"] != "unreviewed":
        more.append(f"Review: {r['review']}")
    if r["geometry"] is None:
        more.append("No place: not on the map")
    if more:
        line += "<br>" + " · ".join(html_text(m) for m in more)
    return line


def _item(r: dict, sources: dict[str, dict[str, Any]], selected: bool) -> str:
    css = (
        "item"
        + (" selected" if selected else "")
        + (" rejected" if r["review"] == REJECTED else "")
    )
    return (
        f'<div class="{css}"><div class="item-head">{html_text(r["name"])}</div>'
        f'<div class="item-facts">{_facts(r)}</div>{_excerpts(r["evidence"], sources)}</div>'
    )


def _items(items: ItemSet, sources: dict[str, dict[str, Any]], selected: str | None) -> str:
    rows = records(items)
    parts = []
    first = [r for r in rows if r["id"] == selected]
    if first:
        parts.append("<h3>Selected</h3>" + _item(first[0], sources, True))
    shown = 0
    for kind in ("event", "asset", "place", "theatre"):
        of_kind = [r for r in rows if r["kind"] == kind and r["id"] != selected]
        if kind == "event":
            of_kind.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["name"]))
        else:
            of_kind.sort(key=lambda r: r["name"].casefold())
        room = max(0, MAX_ITEMS - shown)
        if not of_kind:
            continue
        label = {"event": "Events", "asset": "Assets", "place": "Places", "theatre": "Conflicts"}
        parts.append(f"<h3>{label[kind]} ({len(of_kind)})</h3>")
        parts += [_item(r, sources, False) for r in of_kind[:room]]
        shown += min(room, len(of_kind))
        if len(of_kind) > room:
            more = (
                f"… and {len(of_kind) - room} more {label[kind].lower()}"
                if room  # none listed at all are no "… and 32 more conflicts"
                else f"None listed: a brief lists {MAX_ITEMS} items at most"
            )
            parts.append(f'<p class="note">{more}: export the table (CSV) for every item.</p>')
    return "\n".join(parts) if parts else '<p class="note">No items are shown.</p>'


def brief_html(items: ItemSet, spec: BriefSpec) -> str:
    """The brief as one HTML page, styled for ``spec.paper`` (a4 or letter)."""
    if spec.paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {spec.paper!r}")
    where = in_file(items)  # the file's characters, as a reader opening it counts them
    sources = {doc: {**d, "in_file": where} for doc, d in source_details(items).items()}
    exported = spec.exported or date.today().isoformat()
    cited = {e.doc for i in items for e in i.evidence} | {
        e.doc for s in items.stances for e in s.evidence
    }
    counts = ", ".join(
        f"{n} {KIND_LABELS[k].lower()}{'s' * (n != 1)}"
        for k in KINDS
        if (n := sum(1 for i in items if i.kind == k))
    )
    meta = " · ".join(
        p
        for p in (
            html_text(spec.subtitle),
            f"{len(cited)} article{'s' * (len(cited) != 1)} cited",
            f"exported {exported}",
        )
        if p
    )
    figure = ""
    if spec.map_file:
        figure = (
            f'<figure><img src="{html_text(spec.map_file)}" alt="Map">'
            f"<figcaption>{html_text(counts or 'No items')} · {html_text(DATA_CREDITS)}"
            "</figcaption></figure>"
        )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html_text(spec.title)}</title>"
        f"<style>{_STYLE % {'paper': PAPERS[spec.paper]}}</style></head><body>"
        f'<h1>{html_text(spec.title)}</h1><div class="meta">{meta}</div>{figure}'
        f"<h2>Who backs whom</h2>{_sides(items, sources)}"
        f"<h2>Items shown</h2>{_items(items, sources, spec.selected)}"
        f"<h2>Articles cited ({len(cited)})</h2>{_articles(cited, sources)}"
        '<div class="credits">Every claim above is quoted from the articles named with it.'
        "</div></body></html>\n"
    )
