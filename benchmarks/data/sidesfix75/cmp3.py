"""The 706's documents whose units the attack nouns' and ground-taken-back cues change,
analysed with and without them
(events, assets, stances, theatres, mentions and places compared).

    .venv/bin/python benchmarks/data/sidesfix75/cmp3.py DOC_ID...   (from the worktree's root)
    .venv/bin/python benchmarks/data/sidesfix75/cmp3.py --files FILE...   (other articles)
"""

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "benchmarks")

from extract_compare import KINDS, _key
from ingest_scale import write_corpus

from explorer.corpus import article_files, iter_documents
from explorer.extract.stances import attack_nouns, retaken
from explorer.pipeline import analyser

IDS = sys.argv[1:]
if IDS[:1] == ["--files"]:
    docs = list(iter_documents(article_files([Path(a) for a in IDS[1:]], []), []))
else:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        write_corpus(folder, 706)
        docs = [d for d in iter_documents(article_files([folder], []), []) if d.id in IDS]


def run() -> dict:
    analyser().lexicon.derived.pop("cues", None)
    out = {}
    for o in analyser().analyse(docs):
        found = {k: sorted(_key(k, x) for x in getattr(o, k)) for k in KINDS}
        found["mentions"] = sorted(repr(m) for m in o.mentions)
        found["places"] = sorted(repr(p) for p in o.places)
        out[o.document.id] = found
    return out


new = run()
attack_nouns.attack_noun_readings = lambda: {}  # type: ignore[assignment]
retaken.retaken_readings = lambda cfg: {}  # type: ignore[assignment]
old = run()
print(len(docs), "docs; identical:", new == old)
for d in new:
    for k in new[d]:
        if new[d][k] != old[d][k]:
            print(d, k, "OLD", old[d][k], "NEW", new[d][k])
