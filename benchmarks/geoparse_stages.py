"""Where geoparsing's time goes: CPU ms per article for each stage of ``Geoparser.parse_many``.

    cd CHECKOUT && PYTHONPATH=CHECKOUT python benchmarks/geoparse_stages.py [EVAL_DIR]
                                                     [--limit N] [--corpus lgl trnews]

The first N articles of each corpus are geoparsed once, first pass (as geoparse_speed.py's full
mode), with each stage wrapped in ``time.process_time``: spaCy's tokenizer, choosing the
recogniser's windows (the gazetteer scan; where the names a batch may ask are looked up at
once, that prefetch apart), making them (checkouts before geospeed8, where each window
became a spaCy ``Doc``; since, the recogniser reads them as rows of their docs' features, and
its row holds that), the recogniser on them, the token view, the recognition rules,
resolution and metonymy. Wrapping costs a little itself: compare
checkouts within one run. The token view is timed where it is made (the rules ask for a
doc's view some 400 times an article: timing each ask cost more than the asks). Works on
checkouts from before this script (the recogniser was then ``with_entities``); pin it to one
core with taskset.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("eval_dir", nargs="?", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--limit", type=int, default=200, help="articles per corpus")
    ap.add_argument("--corpus", nargs="+", default=["lgl", "trnews"])
    a = ap.parse_args(argv)

    import explorer.geoparse.ner as ner_module
    import explorer.geoparse.parser as parser_module
    from explorer.geoparse.gazetteer import Gazetteer
    from explorer.geoparse.schema import default_path

    print(f"explorer from {Path(parser_module.__file__).resolve().parent.parent}")
    gp = parser_module.Geoparser(Gazetteer(default_path()), parser_module.load_nlp())
    gp.parse("Warm-up in Paris, Texas.")
    windows = gp._windows
    if windows is None:
        print("the geoparser has no entity recogniser", file=sys.stderr)
        return 1
    spent: dict[str, float] = {}

    def timed(stage: str, f: Callable) -> Callable:
        def wrapped(*args, **kwargs):
            c0 = time.process_time()
            try:
                return f(*args, **kwargs)
            finally:
                spent[stage] = spent.get(stage, 0.0) + time.process_time() - c0

        return wrapped

    windows.tokenizer = timed("tokenizer", windows.tokenizer)
    windows.plan = timed("choosing the windows", windows.plan)
    made = ner_module._windows  # a generator: timed as it is run through
    ner_module._windows = timed("making them", lambda *args: iter(list(made(*args))))
    name = "window_entities" if hasattr(ner_module, "window_entities") else "with_entities"
    setattr(ner_module, name, timed("the recogniser", getattr(ner_module, name)))
    gp._recognise = timed("recognition rules", gp._recognise)
    parser_module.resolve = timed("resolution", parser_module.resolve)
    gp.metonymy.is_metonymic = timed("metonymy", gp.metonymy.is_metonymic)
    import explorer.geoparse.tokens as tokens_module

    if hasattr(tokens_module, "TokenView"):  # made once per doc, asked for hundreds of times
        made_view = tokens_module.TokenView.__init__
        tokens_module.TokenView.__init__ = timed("token view", made_view)  # type: ignore
    else:
        parser_module.view = timed("token view", parser_module.view)
    if hasattr(gp.gaz, "prefetch"):  # the names of a batch looked up at once
        gp.gaz.prefetch = timed("gazetteer prefetch", gp.gaz.prefetch)

    texts: list[str] = []
    for corpus in a.corpus:
        with open(a.eval_dir / f"{corpus}.jsonl", encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()][: a.limit]
    c0 = time.process_time()
    gp.parse_many(texts)
    total = time.process_time() - c0
    n = len(texts)
    print(f"{n} articles, {total:.2f} s of CPU: {n / total:.1f} articles per CPU second")
    for stage, secs in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {stage:<22} {secs * 1000 / n:6.2f} ms per article")
    print(f"  {'parse_many, all of it':<22} {total * 1000 / n:6.2f} ms per article")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
