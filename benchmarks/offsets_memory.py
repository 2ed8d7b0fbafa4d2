"""Memory held by the offset maps of articles loaded from a project: lists against runs.

    .venv/bin/python benchmarks/offsets_memory.py [EVAL_DIR]

Reads the LGL and TR-News articles (written as text files in a temporary folder, as a user's
folder would hold them), stores each offset map as a project does, then decodes all of them
twice under ``tracemalloc``: as the one-int-per-character lists they were decoded to before,
and as ``OffsetRuns``. Prints the megabytes each holds.
"""

from __future__ import annotations

import gc
import json
import sys
import tempfile
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def as_lists(stored: str | None) -> list[int]:
    """The decoding of the project's offset maps before they were kept as runs."""
    if not stored:
        return []
    data = json.loads(stored)
    runs, total = data["runs"], data["n"]
    out: list[int] = []
    for k in range(0, len(runs), 2):
        index, value = runs[k], runs[k + 1]
        end = runs[k + 2] if k + 2 < len(runs) else total
        out.extend(range(value, value + end - index))
    return out


def main(argv: list[str] | None = None) -> int:
    from explorer.corpus.reading import read_file
    from explorer.store import codec

    args = argv if argv is not None else sys.argv[1:]
    eval_dir = Path(args[0]) if args else ROOT.parent / "shared" / "eval"
    stored = []
    with tempfile.TemporaryDirectory() as tmp:
        for corpus in ("lgl", "trnews"):
            with (eval_dir / f"{corpus}.jsonl").open(encoding="utf-8") as handle:
                for i, line in enumerate(handle):
                    path = Path(tmp) / f"{corpus}-{i}.txt"
                    path.write_text(json.loads(line)["text"], encoding="utf-8")
                    stored.append(codec.encode_offsets(read_file(path).offsets))
    chars = sum(json.loads(s)["n"] for s in stored if s)
    for name, decode in (("lists", as_lists), ("runs", codec.decode_offsets)):
        gc.collect()
        tracemalloc.start()
        kept = [decode(s) for s in stored]
        held = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        print(f"{name}: {len(kept)} articles, {chars:,} characters, {held / 1e6:.1f} MB held")
        del kept
    return 0


if __name__ == "__main__":
    sys.exit(main())
