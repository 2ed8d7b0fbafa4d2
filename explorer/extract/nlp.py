"""The spaCy pipeline, loaded lazily once, and sentence iteration with character offsets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from explorer.language import english
from explorer.limits import PIECE_CHARS, SENTENCE_CHARS, checkpoint, pieces
from explorer.model import Document, Span

_PIPE_BATCH = 32  # sentences parsed together: small, so a cancel or a budget is seen soon
# Sentence boundaries come from the dependency parse, which reads only tok2vec's output:
# the other components would be run for nothing when a paragraph is parsed for them.
BOUNDARIES_ONLY = ("tok2vec", "parser")


def nlp():
    """English pipeline with tagger, parser and NER: the process's one copy (explorer.language)."""
    return english()


@dataclass(slots=True)
class Sentence:
    """A parsed sentence: spaCy span + where it sits in the document's text."""

    index: int
    paragraph: int
    start: int  # character offset in Document.text
    end: int
    sent: Any  # spacy.tokens.Span (spaCy's Cython types are not checked here)
    base: int  # offset to add to token.idx to get a Document.text offset

    def char(self, token) -> int:
        return self.base + token.idx

    def char_end(self, token) -> int:
        return self.base + token.idx + len(token.text)


_PARA = re.compile(r"\n\s*\n")


def paragraphs_of(doc: Document) -> list[Span]:
    if doc.paragraphs:
        return list(doc.paragraphs)
    out, pos = [], 0
    for m in _PARA.finditer(doc.text):
        out.append(Span(pos, m.start()))
        pos = m.end()
    out.append(Span(pos, len(doc.text)))
    return [p for p in out if doc.text[p.start : p.end].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_CLAUSE_BREAK = re.compile(r"\s[-–—]\s|;\s+|:\s+(?=[A-Z])")
# A wire dateline: a place in capitals (and its country or state), and/or an agency, a dash
_DATELINE = re.compile(
    r"(?P<line>(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})?"
    r"(?:\s*\((?:AP|AFP|Reuters|[A-Z][\w .]{1,30})\))?)|(?:AP|AFP|Reuters|UPI))\s*(?:--|[-–—])\s+"
)


def _units(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses joined by a dash, semicolon or colon: parsed apart, the parser reads them better.

    "X backed rival sides in Libya - Ankara supports A, while Moscow backs B" otherwise makes
    "Ankara" the object of "in".
    """
    cuts, pos = [], start
    dl = _DATELINE.match(text, start, end)
    if dl and len(text[dl.end() : end].split()) >= 3:
        # "KABUL, Afghanistan (Reuters) - ...": the dateline is parsed on its own, or the
        # parser takes the city for the sentence's subject
        cuts.append((start, dl.end("line")))
        pos = dl.end()
    for m in _CLAUSE_BREAK.finditer(text, pos, end):
        left = text[pos : m.start()]
        right = text[m.end() : end]
        if len(left.split()) >= 3 and len(right.split()) >= 3:
            cuts.append((pos, m.start()))
            pos = m.end()
    cuts.append((pos, end))
    return [_trim(text, a, b) for a, b in cuts]


def sentences_of(doc: Document) -> Iterator[Sentence]:
    """Parsed sentences of ``doc``: the reader's sentence spans when it gave them, else spaCy's.

    A sentence whose clauses are joined by a dash or semicolon comes as several parse units,
    all carrying the whole sentence's span (the evidence).
    """
    paras = paragraphs_of(doc)

    def para_of(pos: int) -> int:
        for i, p in enumerate(paras):
            if p.start <= pos < p.end:
                return i
        return -1

    pipe = nlp()
    text = doc.text
    if doc.sentences:  # the reader's (every article read from a file or given as text)
        spans = [_trim(text, s.start, s.end) for s in doc.sentences]
        spans = [s for s in spans if s[1] > s[0]]
    else:
        spans = []
        unused = [name for name in pipe.pipe_names if name not in BOUNDARIES_ONLY]
        for p in paras:
            for pstart, pend in pieces(text, PIECE_CHARS, *_trim(text, p.start, p.end)):
                if pend <= pstart:
                    continue
                checkpoint()
                parsed = pipe(text[pstart:pend], disable=unused)
                for s in parsed.sents:
                    a, b = _trim(text, pstart + s.start_char, pstart + s.end_char)
                    if b > a:
                        spans.append((a, b))
    # an over-long "sentence" (no punctuation for pages) is parsed, and quoted, in pieces
    spans = [
        _trim(text, a, b)
        for start, end in spans
        for a, b in pieces(text, SENTENCE_CHARS, start, end)
    ]
    jobs = [(a, b, u) for a, b in spans if b > a for u in _units(text, a, b)]
    units = (text[u[0] : u[1]] for _, _, u in jobs)
    for idx, ((start, end, (ua, _ub)), parsed) in enumerate(
        zip(jobs, pipe.pipe(units, batch_size=_PIPE_BATCH), strict=True)
    ):
        checkpoint()
        yield Sentence(idx, para_of(start), start, end, parsed[:], ua)
