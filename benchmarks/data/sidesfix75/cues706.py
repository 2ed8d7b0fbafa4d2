"""Which of the 706 LGL and TR-News articles' units the attack nouns' and ground-taken-back
cues make newly hold a cue.

.venv/bin/python benchmarks/data/sidesfix75/cues706.py   (from the worktree's root)
"""

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "benchmarks")

from ingest_scale import write_corpus

from explorer.corpus import article_files, iter_documents
from explorer.extract import events, stances
from explorer.extract.lexicon import default_lexicon
from explorer.extract.nlp import cue_finder, tokenised_sentences
from explorer.extract.stances import attack_nouns, retaken

lex = default_lexicon()


def finder():
    cues = events.trigger_readings(lex.events)
    for w, r in stances.trigger_readings(lex.stances).items():
        cues.setdefault(w, []).extend(r)
    return cue_finder(cues)


new = finder()
attack_nouns.attack_noun_readings = lambda: {}  # type: ignore[assignment]
retaken.retaken_readings = lambda cfg: {}  # type: ignore[assignment]
old = finder()
if sys.argv[1:]:
    docs = list(iter_documents(article_files([Path(a) for a in sys.argv[1:]], []), []))
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
