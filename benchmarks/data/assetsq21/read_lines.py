"""Print the assets of each story line of a file through the real pipeline (assetsq21).

    cd CHECKOUT && PYTHONPATH=. python .../assetsq21/read_lines.py FILE.txt

Each line not opening with "#" is one story, read alone as ingest reads an article (the
default geoparser with demonyms, the lexicon of the gazetteer's countries); each asset is
printed with its type and its point (None when listed, not drawn).
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> None:
    from explorer.extract import extract
    from explorer.extract.lexicon import lexicon_for
    from explorer.geoparse import Geoparser, load_gazetteer
    from explorer.model import Document

    gp, gz = Geoparser.default(), load_gazetteer()
    lex = lexicon_for(tuple(gz.country_facts()))
    lines = Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()
    for text in (x.strip() for x in lines if x.strip() and not x.startswith("#")):
        doc = Document("t.txt", "", "", text, "x")
        parsed = gp.parse(text, include_demonyms=True)
        out = extract(doc, parsed, geometry_for=gz.geometry, lexicon=lex)
        print(">>", text[:110])
        for a in out.assets:
            point = (a.geometry or {}).get("coordinates")
            print("   ", repr(a.name), a.type, point)


if __name__ == "__main__":
    main()
