"""Real articles for tests: the bundled ones and the evaluation corpora beside the project."""

from __future__ import annotations

import json
from pathlib import Path

from explorer.paths import seeds_dir

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def seeds_and_eval(limit: int) -> list[str]:
    """The bundled articles, and the first ``limit`` of each evaluation corpus when present."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))]
    for corpus in ("lgl", "trnews"):
        path = EVAL / f"{corpus}.jsonl"
        if path.exists():
            with open(path, encoding="utf-8") as fh:
                texts += [json.loads(line)["text"] for line in list(fh)[:limit]]
    return texts
