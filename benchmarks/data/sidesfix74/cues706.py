"""Which of the 706 LGL and TR-News articles' units a rule's cues make newly hold a cue: the cue
finder with every cue, against the same with the cue readings named by ``--off`` left out
(default: the war idioms', sidesfix74; sidesfix75 left out its attack nouns' and
ground-taken-back cues with ``--off attack_nouns:attack_noun_readings --off
retaken:retaken_readings``).

.venv/bin/python benchmarks/data/sidesfix74/cues706.py [--off MODULE:FUNCTION]... [FILE...]
(from the worktree's root; MODULE is under explorer.extract.stances)
"""

import importlib
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "benchmarks")

from ingest_scale import write_corpus

from explorer.corpus import article_files, iter_documents
from explorer.extract import events, stances
from explorer.extract.lexicon import default_lexicon
from explorer.extract.nlp import cue_finder, tokenised_sentences

ARGS = sys.argv[1:]
OFF = [ARGS[k + 1] for k, a in enumerate(ARGS) if a == "--off"] or ["war_idioms:war_idiom_readings"]
FILES = [a for k, a in enumerate(ARGS) if a != "--off" and (k == 0 or ARGS[k - 1] != "--off")]
lex = default_lexicon()


def finder():
    cues = events.trigger_readings(lex.events)
    for w, r in stances.trigger_readings(lex.stances).items():
        cues.setdefault(w, []).extend(r)
    return cue_finder(cues)


new = finder()
for spec in OFF:
    module, function = spec.split(":")
    setattr(importlib.import_module(f"explorer.extract.stances.{module}"), function, lambda *a: {})
old = finder()
if FILES:
    docs = list(iter_documents(article_files([Path(a) for a in FILES], []), []))
else:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        write_corpus(folder, 706)
        docs = list(iter_documents(article_files([folder], []), []))
n = changed = 0
for d in docs:
    for s in tokenised_sentences(d):
        n += 1
        if new(s) != old(s):
            changed += 1
            print(d.id, repr(d.text[s.start : s.end][:200]))
print(len(docs), "docs", n, "units", changed, "changed")
