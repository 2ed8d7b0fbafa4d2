"""Print the events the pipeline finds in short stories, one block each, for reading.

    .venv/bin/python benchmarks/events_sentences.py STORIES.txt [--places] [NAME ...]

STORIES.txt holds stories separated by lines ``=== NAME [PUBLISHED]`` (an ISO date, the
article's publication date; none: undated); each is read as an ingest reads a file, with the
default geoparser and the lexicon of the gazetteer's countries. Each event prints as its type,
status, actors, targets, place (name@basis) and date. NAME ...: only those stories. Run it with
PYTHONPATH=ROOT and ROOT/benchmarks/events_sentences.py to read them with another tree's code
(benchmarks/data/review43/sentences.txt: a reviewer's sentences, branch review43).
Lines of a story that open with "# " are notes (what an analyst expects), not read. With
``--places`` each story prints its place names (name -> the chosen place, its country and
kind) and the conflicts it shows (whether a claim is filed in each, and the first excerpt)
instead of its events (benchmarks/data/review53/sentences.txt, branch review53). With
``--assets`` each story prints its place names and its assets (type, name, the country it is
drawn in or "-" when listed unplaced, its gazetteer id) (benchmarks/data/review61/sentences.txt,
branch review61).
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> None:
    from explorer.corpus.reading import document_from_text
    from explorer.extract import extract
    from explorer.extract.lexicon import lexicon_for
    from explorer.geoparse import Geoparser, load_gazetteer

    gp, gz = Geoparser.default(), load_gazetteer()
    lex = lexicon_for(tuple(gz.country_facts()))
    places = "--places" in sys.argv[2:]
    assets = "--assets" in sys.argv[2:]
    only = set(sys.argv[2:]) - {"--places", "--assets"}
    for block in Path(sys.argv[1]).read_text(encoding="utf-8").split("=== ")[1:]:
        head, _, text = block.partition("\n")
        text = "\n".join(line for line in text.splitlines() if not line.startswith("# "))
        name, *rest = head.split()
        if only and name not in only:
            continue
        doc = document_from_text("t.txt", text)
        doc.published = rest[0] if rest else None
        tops = gp.parse(text, include_demonyms=True)
        out = extract(doc, tops, geometry_for=gz.geometry, lexicon=lex)
        print(f"## {name} ({doc.published})")
        if places or assets:
            _print_places(tops, out)
            if assets:
                _print_assets(out, gz)
            continue
        for e in out.events:
            tp = out.event_places.get(e.id)
            where = f"{tp.name}@{e.place_basis}" if tp else None
            print(
                f"  {e.type:12} st={e.status or '-':9} act={e.actors} tgt={e.targets}"
                f" place={where} date={e.date}"
            )


def _print_places(tops, out) -> None:
    said = []
    for t in tops:
        c = t.candidate
        said.append(f"{t.name} -> {c.name}/{c.country}/{c.kind}" if c else f"{t.name} -> -")
    print("  places:", "; ".join(said))
    filed = {s.theatre for s in out.stances}
    for th in out.theatres:
        first = th.evidence[0].text[:70] if th.evidence else ""
        print(f"  conflict: {th.name} claim={th.id in filed} :: {first}")


def _print_assets(out, gz) -> None:
    for a in out.assets:
        entry = gz.entry(a.gazetteer_id) if a.gazetteer_id else None
        where = "-" if a.geometry is None else (entry.country if entry else "drawn")
        print(f"  asset: {a.type} {a.name!r} {where} {a.gazetteer_id or ''}")


if __name__ == "__main__":
    main()
