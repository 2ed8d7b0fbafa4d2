"""Faults of the analysis on real news: every article we hold, and the same articles made
harder in the ways real news is, analysed as ingest analyses them; each fault is recorded with
the last frames of its traceback, and each document's time per character.

    python benchmarks/analysis_faults.py [--sample 120] [--seed 37] [--seconds 300]
        [--kinds held shuffled ...] [--root BASE_TREE] [--out DIR]

Documents: the articles of ``seeds/``, ``benchmarks/data/*/docs`` and the stance documents
(``../shared/eval/stances/docs``), read as ingest reads them (``held``), and for every other
kind a sample of ``--sample`` of them (drawn from ``--seed``) rewritten, written to a file and
read back as ingest reads it:

- shuffled: paragraphs after the first in another order;
- cut: lines broken at random characters (inside words and sentences);
- lines: every sentence a paragraph of its own;
- sentence_docs: every sentence a document of its own;
- capitals: the headline and one paragraph in capitals;
- no_dateline / dateline: the first body paragraph without its dateline, or with one of
  several shapes (``DAKAR, Sept. 12 (AFP) -``, ``BEIRUT (AP) —``, a byline line);
- lists: sentences as bullets and numbered items, and a table (``|`` and tab) of the
  article's capitalised words and numbers;
- quotes: sentences quoted inside quotes (two and three levels, straight and curly);
- long: the sentences of the article joined into one or two sentences;
- clauses: the sentences of each paragraph joined by semicolons, dashes and colons;
- unicode: curly quotes, dashes, non-breaking spaces and hyphens, zero-width and soft
  hyphen characters, ellipses;
- foreign: paragraphs in French, Spanish, German, Russian, Arabic, Chinese and Turkish
  inside the English;
- html: tags, entities, comments and a script left in the text;
- mixed: three of the above together.

Each document is analysed alone (``Analyser.analyse`` of one document: the geoparse and the
extraction under the ingest's budget); a fault is what ingest would name in the project's
problems (the traceback is taken where the pipeline writes it to the crash log). Prints the
faults by kind (exception and the innermost frame of the package) and by variant, then the
documents whose time per character is over ten times the median of their variant. Writes
``faults.jsonl`` and ``times.tsv`` to ``--out``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path

if "--root" in sys.argv:  # the code measured (the base's tree); the texts are this tree's
    sys.path.insert(0, sys.argv[sys.argv.index("--root") + 1])
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(1, str(ROOT))

from explorer import crashlog  # noqa: E402
from explorer.corpus import article_files, iter_documents  # noqa: E402
from explorer.model import Document  # noqa: E402
from explorer.pipeline import analyser  # noqa: E402

FOLDERS = [
    ROOT / "seeds",
    ROOT.parent / "shared" / "eval" / "stances" / "docs",
    *sorted((ROOT / "benchmarks" / "data").glob("*/docs")),
]
FRAMES = 4  # frames of each traceback kept, innermost last

# Paragraphs written for this sweep (not from any article), each naming a place.
FOREIGN = [
    "Le ministre a déclaré mardi à Dakar que les inondations avaient fait « au moins douze "
    "morts » dans la région de Kédougou, et que l'armée était déployée.",
    "El gobierno de Bolivia anunció el lunes en La Paz que «no habrá negociación» con los "
    "bloqueos; la policía detuvo a 14 personas en El Alto.",
    "Die Bundeswehr soll nach Angaben des Ministeriums in Berlin bis März 2025 weitere "
    "Soldaten nach Litauen verlegen.",
    "Министр обороны заявил в Москве, что войска «полностью контролируют» Бахмут; "
    "в Киеве это опровергли.",
    "قال المتحدث باسم الجيش في بيروت إن الغارات استهدفت مواقع في جنوب لبنان صباح الثلاثاء.",
    "外交部发言人周二在北京表示，中方“坚决反对”有关国家向台湾出售武器。",
    "Dışişleri Bakanlığı Ankara'da yaptığı açıklamada, İdlib'deki saldırıyı “kabul "
    "edilemez” olarak nitelendirdi.",
]
DATELINES = [
    "DAKAR, Sept. 12 (AFP) - ",
    "BEIRUT (AP) — ",
    "Kyiv, 3 March 2022 – ",
    "LONDON/MOSCOW, Jan 5 (Reuters) -",
    "By Maria Lopez and Ahmed Said | Reuters\n\nNAIROBI -- ",
    "WASHINGTON: ",
    "(CNN) ",
    "— ",
]
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z.\-/' ]{1,40}(?:,[^\n]{0,40})?\s*(?:\([A-Za-z .]+\))?\s*[-–—:]+\s*"
    r"|\([A-Za-z .]+\)\s*[-–—]?\s*)"
)
_WORD = re.compile(r"\b[A-Z][\w'-]+|\b\d[\d,.]*\b")


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def sentences(doc: Document) -> list[str]:
    return [doc.text[s.start : s.end] for s in doc.sentences]


def _shuffled(doc: Document, rng: random.Random) -> str:
    paras = paragraphs(doc.text)
    rest = paras[1:]
    rng.shuffle(rest)
    return "\n\n".join(paras[:1] + rest)


def _cut(doc: Document, rng: random.Random) -> str:
    text = doc.text
    cuts = sorted(rng.sample(range(1, len(text)), min(len(text) - 1, rng.randint(3, 9))))
    pieces, last = [], 0
    for c in cuts:
        pieces.append(text[last:c])
        pieces.append(rng.choice(["\n", "\n\n", " \n", "\n\n\n"]))
        last = c
    return "".join(pieces) + text[last:]


def _lines(doc: Document, rng: random.Random) -> str:
    return "\n\n".join(sentences(doc))


def _capitals(doc: Document, rng: random.Random) -> str:
    paras = paragraphs(doc.text)
    paras[0] = paras[0].upper()
    if len(paras) > 1:
        k = rng.randrange(1, len(paras))
        paras[k] = paras[k].upper()
    return "\n\n".join(paras)


def _no_dateline(doc: Document, rng: random.Random) -> str:
    paras = paragraphs(doc.text)
    k = 1 if len(paras) > 1 else 0
    paras[k] = _DATELINE.sub("", paras[k], count=1)
    return "\n\n".join(paras)


def _dateline(doc: Document, rng: random.Random) -> str:
    paras = paragraphs(doc.text)
    k = 1 if len(paras) > 1 else 0
    paras[k] = rng.choice(DATELINES) + _DATELINE.sub("", paras[k], count=1)
    return "\n\n".join(paras)


def _lists(doc: Document, rng: random.Random) -> str:
    paras = paragraphs(doc.text)
    out = paras[:1]
    for para in paras[1:]:
        form = rng.choice(["plain", "bullet", "number", "table"])
        if form == "plain":
            out.append(para)
            continue
        if form == "table":
            words = _WORD.findall(para)[:12]
            rows = [words[i : i + 3] for i in range(0, len(words), 3)]
            sep = rng.choice([" | ", "\t"])
            out.append("\n".join(sep.join(r) for r in [["Place", "Date", "Toll"], *rows]))
            continue
        parts = [s.strip() for s in re.split(r"(?<=[.!?])\s+", para) if s.strip()]
        marks = [rng.choice("•-*") + " " if form == "bullet" else f"{i + 1}) " for i in range(9)]
        out.append("\n".join(marks[i % 9] + s for i, s in enumerate(parts)))
    return "\n\n".join(out)


def _quotes(doc: Document, rng: random.Random) -> str:
    text = doc.text
    out = []
    for s in sentences(doc):
        if rng.random() < 0.3:
            s = rng.choice(
                [
                    f'"He told us: \'They said "{s}" and left,\'" a witness said.',
                    f"“A source quoted the minister: ‘{s}’,” the agency said.",
                    f"'“{s}”' — that is what she wrote.",
                    f"«{s}»",
                ]
            )
        out.append(s)
    return " ".join(out) if "\n" not in text else "\n\n".join(out)


def _long(doc: Document, rng: random.Random) -> str:
    sents = [s.rstrip(".!?") for s in sentences(doc)]
    head = sents[:1]
    body = sents[1:]
    half = rng.randrange(len(body) + 1)
    joined = [", and ".join(body[:half]), "; ".join(body[half:])]
    return "\n\n".join(head + [j + "." for j in joined if j])


def _clauses(doc: Document, rng: random.Random) -> str:
    paras = paragraphs(doc.text)
    out = paras[:1]
    for para in paras[1:]:
        parts = [s.strip().rstrip(".") for s in re.split(r"(?<=[.!?])\s+", para) if s.strip()]
        joined = parts[0] if parts else ""
        for part in parts[1:]:
            joined += rng.choice(["; ", " — ", " – ", " - ", " -- ", ": "]) + part
        out.append(joined + ".")
    return "\n\n".join(out)


def _unicode(doc: Document, rng: random.Random) -> str:
    text = doc.text
    out = []
    opened = False
    for ch in text:
        if ch == '"':
            out.append("”" if opened else "“")
            opened = not opened
        elif ch == "'":
            out.append("’")
        elif ch == "-":
            out.append(rng.choice(["‐", "‑", "–", "—", "-"]))
        elif ch == " " and rng.random() < 0.08:
            out.append(rng.choice(["\u00a0", "\u202f", " \u200b", "\u2009"]))
        elif ch.isalpha() and rng.random() < 0.01:
            out.append(ch + rng.choice(["\u00ad", "\u200b", "\u200e", "\u2060"]))
        else:
            out.append(ch)
    return "".join(out).replace("...", "…")


def _foreign(doc: Document, rng: random.Random) -> str:
    paras = paragraphs(doc.text)
    for para in rng.sample(FOREIGN, 2):
        paras.insert(rng.randrange(1, len(paras) + 1), para)
    return "\n\n".join(paras)


def _html(doc: Document, rng: random.Random) -> str:
    out = []
    for para in paragraphs(doc.text):
        para = para.replace("&", "&amp;")
        para = _WORD.sub(
            lambda m: rng.choice(
                [
                    m.group(),
                    m.group(),
                    f'<a href="https://example.org/t?q={m.group()}">{m.group()}</a>',
                    f"<strong>{m.group()}</strong>",
                    m.group() + "&nbsp;",
                ]
            ),
            para,
        )
        out.append(
            rng.choice(["<p>{}</p>", "{}<br/>", "<div class='x'>{}</div>", "{}"]).format(para)
        )
    out.insert(rng.randrange(len(out) + 1), '<!-- ad slot --><script>var x = "<p>";</script>')
    return "\n\n".join(out)


VARIANTS: dict[str, Callable[[Document, random.Random], str]] = {
    "shuffled": _shuffled,
    "cut": _cut,
    "lines": _lines,
    "capitals": _capitals,
    "no_dateline": _no_dateline,
    "dateline": _dateline,
    "lists": _lists,
    "quotes": _quotes,
    "long": _long,
    "clauses": _clauses,
    "unicode": _unicode,
    "foreign": _foreign,
    "html": _html,
}


def _mixed(doc: Document, rng: random.Random) -> str:
    text = doc.text
    for name in rng.sample(sorted(VARIANTS), 3):
        text = VARIANTS[name](_reread(doc, text), rng)
    return text


def _reread(doc: Document, text: str) -> Document:
    from explorer.corpus import document_from_text

    return document_from_text(doc.id, text)


KINDS = ["held", *VARIANTS, "sentence_docs", "mixed"]


def held_documents() -> list[Document]:
    problems: list[tuple[str, str]] = []
    docs = [d for f in FOLDERS for d in iter_documents(article_files([f], problems), problems)]
    for path, message in problems:
        print("not read:", path, message)
    return docs


def variant_documents(
    kind: str, held: list[Document], sample: int, seed: int, folder: Path
) -> list[Document]:
    """The sample's documents rewritten as ``kind`` says, written out and read back."""
    rng = random.Random(f"{seed}-{kind}")
    chosen = rng.sample(held, min(sample, len(held)))
    out = folder / kind
    out.mkdir()
    for n, doc in enumerate(chosen):
        if kind == "sentence_docs":
            for k, sentence in enumerate(sentences(doc)):
                (out / f"{n:04d}_{k:03d}.txt").write_text(sentence + "\n", encoding="utf-8")
            continue
        make = _mixed if kind == "mixed" else VARIANTS[kind]
        text = make(doc, random.Random(f"{seed}-{kind}-{doc.id}"))
        (out / f"{n:04d}_{Path(doc.id).stem}.txt").write_text(text, encoding="utf-8")
    return list(iter_documents(article_files([out], []), []))


class Faults:
    """The tracebacks the pipeline writes to the crash log, taken as they are written."""

    def __init__(self) -> None:
        self.caught: dict[str, tuple[BaseException, list[str]]] = {}
        crashlog.record = self.record  # type: ignore[assignment]

    def record(self, exc_type, exc, tb, context=""):
        frames = [f"{_where(f.filename)}:{f.lineno} {f.name}" for f in traceback.extract_tb(tb)]
        self.caught[context.removeprefix("analysing ")] = (exc, frames)


def run(kinds: list[str], sample: int, seed: int, seconds: float, batch: int, out: Path) -> None:
    analysis = analyser()
    faults = Faults()
    held = held_documents()
    records: list[dict] = []
    times: list[tuple[str, str, int, float]] = []
    checked: Counter = Counter()
    (out / "texts").mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            deadline = time.monotonic() + seconds  # each kind at most this long
            docs = (
                held if kind == "held" else variant_documents(kind, held, sample, seed, Path(tmp))
            )
            for at in range(0, len(docs), batch):
                if time.monotonic() > deadline:
                    break
                chunk = docs[at : at + batch]
                faults.caught.clear()
                start = time.perf_counter()
                outputs = analysis.analyse(chunk)
                if batch == 1:
                    elapsed = time.perf_counter() - start
                    times.append((kind, chunk[0].path or chunk[0].id, len(chunk[0].text), elapsed))
                checked[kind] += len(chunk)
                for output in outputs:
                    if output.problem is not None:
                        records.append(_fault(kind, output, faults, out / "texts"))
                        print("fault:", json.dumps(records[-1], ensure_ascii=False), flush=True)
    out.mkdir(parents=True, exist_ok=True)
    with (out / "faults.jsonl").open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with (out / "times.tsv").open("w", encoding="utf-8") as fh:
        for row in times:
            fh.write("\t".join(map(str, row)) + "\n")
    report(records, times, checked)


def _fault(kind: str, output, faults: Faults, texts: Path) -> dict:
    """The record of one document the analysis could not read; its text kept in ``texts``."""
    doc = output.document
    name = doc.path or doc.id
    exc, frames = faults.caught.get(name, (None, []))
    kept = texts / f"{kind}_{Path(name).name}"
    kept.write_text(doc.raw_text or doc.text, encoding="utf-8")
    return {
        "variant": kind,
        "doc": str(kept),
        "exception": type(exc).__name__ if exc else "problem",
        "message": str(exc) if exc else output.problem,
        "frames": frames[-FRAMES:],
    }


def _where(filename: str) -> str:
    """A frame's file: from ``explorer/`` for the package's, its name for another's."""
    parts = Path(filename).parts
    if "explorer" in parts and "site-packages" not in parts:
        return "/".join(parts[len(parts) - parts[::-1].index("explorer") - 1 :])
    return Path(filename).name


def fault_kind(record: dict) -> str:
    ours = [f for f in record["frames"] if f.startswith("explorer/")]
    return f"{record['exception']} at {ours[-1] if ours else '?'}"


def report(records: list[dict], times: list, checked: Counter) -> None:
    print("documents analysed:", sum(checked.values()), dict(checked))
    print("faults:", len(records))
    for kind, n in Counter(fault_kind(r) for r in records).most_common():
        print(f"  {n:5d}  {kind}")
    print("faults by variant:", dict(Counter(r["variant"] for r in records)))
    for r in records:
        print(" ", r["variant"], r["doc"], r["exception"], r["message"][:100])
        for frame in r["frames"]:
            print("      ", frame)
    print("slow documents (time per character over 10x the median of their variant):")
    for kind in checked:
        rows = [t for t in times if t[0] == kind and t[2] > 0]
        if not rows:
            continue
        median = statistics.median(t[3] / t[2] for t in rows)
        for k, doc, chars, secs in rows:
            if secs / chars > 10 * median and secs > 0.05:
                print(f"  {k} {doc} {chars} chars {secs:.3f} s ({secs / chars / median:.0f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=120)
    parser.add_argument("--seed", type=int, default=37)
    parser.add_argument("--seconds", type=float, default=300.0)
    parser.add_argument("--kinds", nargs="+", default=KINDS, choices=KINDS)
    parser.add_argument(
        "--batch",
        type=int,
        default=1,
        help="documents analysed together (ingest: 16); 1 times each",
    )
    parser.add_argument("--root", help="the tree whose code is measured (default this one)")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "faults37")
    args = parser.parse_args()
    run(args.kinds, args.sample, args.seed, args.seconds, args.batch, args.out)


if __name__ == "__main__":
    main()
