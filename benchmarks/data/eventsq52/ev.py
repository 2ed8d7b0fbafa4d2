"""Print the events of each text given (one text a line of a file, or -t TEXT)."""

import pathlib
import sys
import tempfile

sys.path.insert(0, ".")
from explorer.corpus import article_files, iter_documents
from explorer.pipeline import analyser

texts = []
args = sys.argv[1:]
if args and args[0] == "-t":
    texts = [args[1]]
else:
    for a in args:
        p = pathlib.Path(a)
        if p.is_dir():
            texts += [f.read_text() for f in sorted(p.glob("*.txt"))]
        else:
            texts += [t.replace("\\n", "\n") for t in p.read_text().split("\n====\n") if t.strip()]
d = pathlib.Path(tempfile.mkdtemp())
for i, t in enumerate(texts):
    (d / f"t{i:03d}.txt").write_text(t)
work = analyser()
docs = list(iter_documents(article_files([d], []), []))
for out in work.analyse(docs):
    places = {p.id: p for p in out.places}
    print("##", out.document.id, out.document.text[:80].replace("\n", " "))
    for e in out.events:
        p = places.get(e.place_id)
        print(
            "   ",
            e.type,
            "|",
            e.label,
            "| A",
            e.actors,
            "T",
            e.targets,
            "|",
            p.name if p else None,
            e.status,
            [out.document.text[x.start : x.end][:70] for x in e.evidence],
        )
