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


def lgl_folder(folder: Path, ids: set[str] | None = None, first: int | None = None) -> Path:
    """``folder`` holding LGL articles as ``<id>.txt``: those of ``ids``, or the corpus's
    ``first`` ones; the test is skipped when the corpus is not beside the project."""
    return eval_folder("lgl", folder, ids, first)


def eval_folder(
    corpus: str, folder: Path, ids: set[str] | None = None, first: int | None = None
) -> Path:
    """``folder`` holding articles of an evaluation corpus ("lgl", "trnews") as ``<id>.txt``:
    those of ``ids``, or the corpus's ``first`` ones; the test is skipped when the corpus is not
    beside the project."""
    import pytest

    path = EVAL / f"{corpus}.jsonl"
    if not path.exists():
        pytest.skip(f"the {corpus} corpus is not beside the project")
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if first is not None and n >= first:
                break
            article = json.loads(line)
            if ids is None or article["id"] in ids:
                (folder / f"{article['id']}.txt").write_text(article["text"], "utf-8")
    return folder


def eval_article(corpus: str, doc_id: str) -> str:
    """The text of one article of an evaluation corpus ("lgl", "trnews"); the test is skipped
    when the corpus, or the article, is not beside the project."""
    import pytest

    path = EVAL / f"{corpus}.jsonl"
    if not path.exists():
        pytest.skip(f"the {corpus} corpus is not beside the project")
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if doc["id"] == doc_id:
                return doc["text"]
    pytest.skip(f"{doc_id} is not in the {corpus} corpus")
