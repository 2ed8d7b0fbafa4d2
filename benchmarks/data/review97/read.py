"""Read review97's stories (sentences.txt) through the pipeline's analyser and print every
asset of each: name, type, operators, country drawn in.

    cd TREE && PYTHONPATH=. /work/wt-assets/.venv/bin/python \
        /work/wt-assets/benchmarks/data/review97/read.py
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))


def main() -> int:
    from assets_fresh import _country  # type: ignore[import-not-found]

    from explorer.corpus import article_files, iter_documents
    from explorer.pipeline import analyser

    text = (HERE / "sentences.txt").read_text(encoding="utf-8")
    blocks = re.findall(r"^## (\S+) ([^\n]*)\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    with tempfile.TemporaryDirectory() as tmp:
        for sid, _exp, body in blocks:
            (Path(tmp) / f"{sid}.txt").write_text(body.strip() + "\n", encoding="utf-8")
        work = analyser()
        docs = list(iter_documents(article_files([Path(tmp)], []), []))
        out = {}
        for o in work.analyse(docs):
            stem = Path(o.document.path).stem
            lines = [
                f"   {a.name!r} {a.type} {a.operators} {_country(a, work.gazetteer)}"
                for a in o.assets
            ]
            out[stem] = lines
    for sid, _exp, _body in blocks:
        print(f"== {sid}")
        for line in out.get(sid, []):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
