"""The 706's documents whose units the war idioms' cue changes, analysed with and without it."""
import sys, tempfile, pickle
from pathlib import Path
sys.path.insert(0, "benchmarks")
from ingest_scale import write_corpus
from extract_compare import KINDS, _key
from explorer.corpus import article_files, iter_documents
from explorer.pipeline import analyser
from explorer.extract.stances import war_idioms
from explorer.extract.lexicon import default_lexicon
IDS = sys.argv[1:]
_o = war_idioms.WarIdiomRules._war_idiom
def _t(self, tok):
    if tok.lower_ == "war": print("  parsed:", tok.sent.text[:60], tok.dep_)
    return _o(self, tok)
war_idioms.WarIdiomRules._war_idiom = _t
with tempfile.TemporaryDirectory() as tmp:
    folder = Path(tmp) / "corpus"
    write_corpus(folder, 706)
    docs = [d for d in iter_documents(article_files([folder], []), []) if d.id in IDS]
def run():
    analyser().lexicon.derived.pop("cues", None)
    print("cleared")
    out = {}
    for o in analyser().analyse(docs):
        out[o.document.id] = {k: sorted(_key(k, x) for x in getattr(o, k)) for k in KINDS}
        out[o.document.id]["mentions"] = sorted(repr((m.start, m.end, getattr(m, "place_id", None), getattr(m, "metonymic", None))) for m in o.mentions)
        out[o.document.id]["places"] = sorted(repr(p.id) for p in o.places)
    return out
new = run()
keep = war_idioms.war_idiom_readings
war_idioms.war_idiom_readings = lambda: {}
old = run()
print(len(docs), "docs; identical:", new == old)
for d in new:
    for k in new[d]:
        if new[d][k] != old[d][k]:
            print(d, k, "OLD", old[d][k], "NEW", new[d][k])
from explorer.extract.core import prepare
