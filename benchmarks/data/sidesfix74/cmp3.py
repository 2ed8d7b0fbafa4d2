"""The 706's documents whose units a rule's cues change, analysed with and without them
(events, assets, stances, theatres, mentions and places compared); the cue readings left out
are named by ``--off`` as in ``cues706.py`` (default: the war idioms').

    .venv/bin/python benchmarks/data/sidesfix74/cmp3.py [--off M:F]... DOC_ID...   (from the root)
    .venv/bin/python benchmarks/data/sidesfix74/cmp3.py [--off M:F]... --files FILE...
"""

import importlib
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "benchmarks")

from extract_compare import KINDS, _key
from ingest_scale import write_corpus

from explorer.corpus import article_files, iter_documents
from explorer.pipeline import analyser

ARGS = sys.argv[1:]
OFF = [ARGS[k + 1] for k, a in enumerate(ARGS) if a == "--off"] or ["war_idioms:war_idiom_readings"]
IDS = [a for k, a in enumerate(ARGS) if a != "--off" and (k == 0 or ARGS[k - 1] != "--off")]
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
for spec in OFF:
    module, function = spec.split(":")
    setattr(importlib.import_module(f"explorer.extract.stances.{module}"), function, lambda *a: {})
old = run()
print(len(docs), "docs; identical:", new == old)
for d in new:
    for k in new[d]:
        if new[d][k] != old[d][k]:
            print(d, k, "OLD", old[d][k], "NEW", new[d][k])
