"""The wars each of a list of one-sentence stories is filed in and shown in, for rules that
drop a country or a war on words ("with the help of", "fired at", "signed in").

    .venv/bin/python benchmarks/theatres_grounds.py [FILE]

FILE (default ``benchmarks/data/theatres_grounds/sentences.txt``) holds lines
``DATE | WORD | SENTENCE``: DATE is the story's date or ``-``, WORD a word of the war's name
expected among the sentence's theatres and in the war of each of its claims, or ``?`` when
none is expected. Prints each sentence's claims with their wars and the theatres shown,
marked OK or BAD, then the count; run it from
two trees (``PYTHONPATH=TREE``) and compare the outputs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from explorer.extract import extract
from explorer.extract.lexicon import lexicon_for
from explorer.geoparse import Geoparser, load_gazetteer
from explorer.model import Document

DEFAULT = Path(__file__).parent / "data" / "theatres_grounds" / "sentences.txt"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    gp, gz = Geoparser.default(), load_gazetteer()
    lex = lexicon_for(tuple(gz.country_facts()))
    ok = bad = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            print(line)
            continue
        date, want, text = (x.strip() for x in line.split("|", 2))
        doc = Document("t.txt", "", "", text, "x", published=None if date == "-" else date)
        ex = extract(
            doc, gp.parse(text, include_demonyms=True), geometry_for=gz.geometry, lexicon=lex
        )
        names = {t.id: t.name for t in ex.theatres}
        claims = [
            f"{s.power} {s.relation} {s.party} [{names.get(s.theatre, s.theatre)}]"
            for s in ex.stances
        ]
        mark = "   "
        if want != "?":
            # shown, and every claim of the sentence filed in it
            right = any(want.lower() in n.lower() for n in names.values()) and all(
                want.lower() in names.get(s.theatre, "").lower() for s in ex.stances
            )
            ok, bad = ok + right, bad + (not right)
            mark = "OK " if right else "BAD"
        print(
            f"{mark} {date} | {text}\n      claims: {claims}\n      shown: {sorted(names.values())}"
        )
    print(f"{ok + bad} sentences with a war expected: {ok} OK, {bad} BAD")


if __name__ == "__main__":
    main()
