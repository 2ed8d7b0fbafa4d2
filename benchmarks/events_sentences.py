"""Print the events the pipeline finds in short stories, one block each, for reading.

    .venv/bin/python benchmarks/events_sentences.py STORIES.txt [NAME ...]

STORIES.txt holds stories separated by lines ``=== NAME [PUBLISHED]`` (an ISO date, the
article's publication date; none: undated); each is read as an ingest reads a file, with the
default geoparser and the lexicon of the gazetteer's countries. Each event prints as its type,
status, actors, targets, place (name@basis) and date. NAME ...: only those stories. Run it with
PYTHONPATH=ROOT and ROOT/benchmarks/events_sentences.py to read them with another tree's code
(benchmarks/data/review43/sentences.txt: a reviewer's sentences, branch review43).
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
    only = set(sys.argv[2:])
    for block in Path(sys.argv[1]).read_text(encoding="utf-8").split("=== ")[1:]:
        head, _, text = block.partition("\n")
        name, *rest = head.split()
        if only and name not in only:
            continue
        doc = document_from_text("t.txt", text)
        doc.published = rest[0] if rest else None
        out = extract(
            doc, gp.parse(text, include_demonyms=True), geometry_for=gz.geometry, lexicon=lex
        )
        print(f"## {name} ({doc.published})")
        for e in out.events:
            tp = out.event_places.get(e.id)
            where = f"{tp.name}@{e.place_basis}" if tp else None
            print(
                f"  {e.type:12} st={e.status or '-':9} act={e.actors} tgt={e.targets}"
                f" place={where} date={e.date}"
            )


if __name__ == "__main__":
    main()
