"""What the statistical entity recogniser reads: only the names whose reading depends on it.

spaCy's NER costs about four fifths of geoparsing when it reads every token. Most of its labels
decide nothing here: lower-case prose holds no toponym, and a capitalised run of words that is
one unambiguous place ("Syria", "New York", "Ohio") or a country's adjective ("Turkish") is
taken whatever label the model gives it (see ``Geoparser._recognise``: such names pass the
blocked-entity and free-word tests as well as the place-entity one); an ordinary word at a
sentence's start, a day or a month, and a single word that no gazetteer name is spelled like
("Obama", "AIG") never become a placed toponym. What the model decides is everything else: a
name that is both a small town and a surname ("Lombard", "Jackson"), a place inside an
organisation's or a person's name ("Paris Hilton", "Dublin City Council"), a name the gazetteer
knows only by another spelling ("Hodeidah"), a street or a river it lacks ("Main Street").

So the text is tokenised, every capitalised run is sorted into decided and undecided, and the
recogniser reads only windows of ``MARGIN`` tokens either side of the undecided runs. Its
embedding sees four tokens either side of each token (en_core_web_sm: depth 4, window 1), so
inside a window, from ``MARGIN`` tokens in, its labels are those it gives reading the whole
text, unless an entity runs across the window's edge. Decided runs get the label the model
gives such names ("GPE", "NORP"), so that they count as context exactly as before.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from spacy.attrs import NORM
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from explorer.geoparse.names import norm
from explorer.geoparse.parser import ENTS, MAX_TOKENS, MIN_POP_BLOCKED, Geoparser
from explorer.geoparse.tokens import CONNECTORS, TokenView, view
from explorer.ner_decoder import GreedyDecoder

# tokens either side of an undecided run that the recogniser reads (its receptive field is 4)
MARGIN = 4


class WindowedNER:
    """Tokenises texts and labels their entities, running the recogniser only where needed."""

    def __init__(self, parser: Geoparser, nlp) -> None:
        self.gp = parser
        self.tokenizer = nlp.tokenizer
        self.ner = nlp.get_pipe("ner")
        # whether a word is a spelling of some gazetteer name: asked of every unknown word
        self._spelled = lru_cache(maxsize=1 << 15)(parser.gaz.spelled_like)

    def pipe(self, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
        """Docs of ``texts`` in order, their entities in ``doc.user_data[ENTS]``."""
        batch: list[str] = []
        for text in texts:
            batch.append(text)
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def __call__(self, text: str) -> Doc:
        return next(iter(self._batch([text])))

    def _batch(self, texts: list[str]) -> list[Doc]:
        docs = [self.tokenizer(t) for t in texts]
        for doc, text in zip(docs, texts, strict=True):
            view(doc, text)
        # every name the gazetteer scan may ask of these docs, asked at once
        self.gp.gaz.prefetch(k for doc in docs for k in _name_keys(view(doc), self.gp._stop))
        plans = [self.plan(doc) for doc in docs]
        jobs = [(i, s, e) for i, (windows, _, _) in enumerate(plans) for s, e in windows]
        # how far into each window a label can matter: to the end of its last undecided run
        stops = [max(end - s for start, end in plans[i][2] if s <= start < e) for i, s, e in jobs]
        labelled = window_entities(self.ner, docs, stops, jobs)
        found: list[list[tuple[int, int, str]]] = [[] for _ in docs]
        # the undecided runs of a doc are disjoint and in order (``plan``), so are the
        # windows, and so the entities of its windows: an overlap is found by bisection
        firsts = [[start for start, _ in undecided] for _, _, undecided in plans]
        for (i, s, _), window in zip(jobs, labelled, strict=True):
            undecided = plans[i][2]
            for start, end, label in window:
                a, b = s + start, s + end
                if _overlaps(firsts[i], undecided, a, b):
                    found[i].append((a, b, label))
        for doc, ents, (_, sure, _) in zip(docs, found, plans, strict=True):
            # the decided runs are disjoint too: only the windows' entities can overlap one
            labelled_firsts = [a for a, _, _ in ents]
            kept = [(a, b) for a, b, _ in ents]
            ents.extend(
                (a, b, label) for a, b, label in sure if not _overlaps(labelled_firsts, kept, a, b)
            )
            ents.sort()
            # kept as a list, not set as doc.ents: reading doc.ents walks every token
            doc.user_data[ENTS] = [Span(doc, a, b, label=label) for a, b, label in ents]
        return docs

    def plan(
        self, doc: Doc
    ) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]], list[tuple[int, int]]]:
        """The windows the recogniser reads, the entities of decided runs, the undecided runs."""
        tv = view(doc)
        text, starts, runs, cap, lower = tv.text, tv.starts, tv.run, tv.cap, tv.lower
        n = len(doc)
        sure: list[tuple[int, int, str]] = []
        undecided: list[tuple[int, int]] = []
        for k, run_end in capital_runs(starts, runs):
            j = run_end
            s = k
            # a sentence's capitalised first word ("The", "In", "But") is no part of a name
            while s < j and _function_word(tv.words[s], lower[s]):
                s += 1
            while j > s and not cap[j - 1] and lower[j - 1] in CONNECTORS:
                j -= 1
            if s < j:
                label = self._decided(doc, text, s, j)
                if label == "":
                    undecided.append((k, run_end))
                elif label is not None:
                    sure.append((s, j, label))
        windows: list[tuple[int, int]] = []
        for s, e in undecided:
            a, b = max(0, s - MARGIN), min(n, e + MARGIN)
            if windows and a <= windows[-1][1]:
                windows[-1] = (windows[-1][0], b)
            else:
                windows.append((a, b))
        return windows, sure, undecided

    def _decided(self, doc: Doc, text: str, s: int, e: int) -> str | None:
        """The label a capitalised run gets without the recogniser: "GPE" for one unambiguous
        place, "NORP" for a country's adjective, None for words that name nothing; "" when
        only the recogniser can tell."""
        gp = self.gp
        tv = view(doc)  # the words as strings: no spaCy Token made for them
        segs = gp._segment(doc, text, s, e, inside_entity=False)
        if e - s == 1 and _plain_word(gp, tv.lower[s]) and not (segs and self._sure(doc, segs[0])):
            return None  # one ordinary word ("According", "Monday"): no place to the recogniser
        if not segs:
            dems = gp._demonyms(doc, text, s, e)
            if len(dems) == 1 and (dems[0].start, dems[0].end) == (s, e):
                return "NORP"  # a country's adjective ("Turkish")
            if not dems and e - s == 1 and not self._spelled(norm(tv.words[s])):
                # one word no gazetteer name is spelled like ("Obama", "AIG"): even as a place
                # it could not be placed on a map; the recogniser mostly calls such words
                # persons and organisations
                return None
            # a name the gazetteer knows by another spelling ("Hodeidah"), a street or a
            # river ("Main Street", "Red River"): the recogniser's to read
            return ""
        if len(segs) != 1:
            return ""
        seg = segs[0]
        end = e
        if end - 1 > seg.start and tv.lower[end - 1] in {"'s", "’s"}:
            end -= 1
        if seg.start != s or seg.end != end:
            return ""
        dems = gp._demonyms(doc, text, s, e)
        if any((d.start, d.end) == (s, e) for d in dems):
            # both a place and a country's adjective ("Somali": Ethiopia's Somali Region, and
            # Somalia's people): whether it is a place here ("Somali soldiers" is not) is the
            # recogniser's to read
            return ""
        return "GPE" if self._sure(doc, seg) else ""

    def _sure(self, doc: Doc, seg) -> bool:
        """A place whatever the recogniser calls it: a country, a region, a city of half a
        million (the test a name spaCy calls a person or an organisation passes)."""
        gp = self.gp
        return (
            gp._strong(seg.entries, MIN_POP_BLOCKED)
            and not gp._common_word(doc, seg)
            and not gp._acronym(doc, seg)
        )


def window_entities(
    ner,
    docs: list[Doc],
    stops: list[int] | None = None,
    windows: list[tuple[int, int, int]] | None = None,
) -> list[list[tuple[int, int, str]]]:
    """The entities (start, end, label) the recogniser ``ner`` gives each of ``docs``, as
    ``ner.pipe`` would, decoded by :class:`GreedyDecoder` for all the docs at once (docs that
    already hold sentences or entities, which its rules do not cover, by ``ner.pipe``). With
    ``stops``, only the entities that start before ``stops[i]`` in ``docs[i]`` are sure to be
    all there (see :meth:`GreedyDecoder.decode`). With ``windows``, each ``(i, s, e)`` is
    read as tokens [s, e) of ``docs[i]`` would be as a doc of their own (``_windows``), and
    the entities (and ``stops``) are per window; the decoder reads them from the whole
    docs' rows where it can, without making those docs."""
    if windows is not None:
        decoder = GreedyDecoder.of(ner)
        rows = decoder.rows(docs, windows)
        if rows is not None:
            return decoder.decode(rows, stops)
        docs = list(_windows(docs, windows))
    if any(d.has_annotation("SENT_START") or d.has_annotation("ENT_IOB") for d in docs):
        return [[(e.start, e.end, e.label_) for e in d.ents] for d in ner.pipe(docs)]
    return GreedyDecoder.of(ner).decode(docs, stops)


def _name_keys(tv: TokenView, stop: frozenset[str]) -> Iterator[str]:
    """The folded names ``Geoparser._segment`` may look up in the doc's capitalised runs: from
    each word that may start a name, every run of up to ``MAX_TOKENS`` words ending in a
    capitalised one (or a dot or "'s"), longest first, until a word of ``stop``. More than
    the scan asks in these runs (it stops at its first hit); the few names of entities that
    reach outside them are looked up one by one, as before."""
    text, starts, runs, words, lower, cap, idx, keys = (
        tv.text,
        tv.starts,
        tv.run,
        tv.words,
        tv.lower,
        tv.cap,
        tv.idx,
        tv.keys,
    )
    for k, j in capital_runs(starts, runs):
        for i in range(k, j):
            if not starts[i]:
                continue
            for end in range(min(j, i + MAX_TOKENS), i, -1):
                last = end - 1
                if not (cap[last] or (words[last] in {".", "'s"} and last > i)):
                    continue
                if lower[last] in CONNECTORS:
                    continue
                key = keys.get(i << 32 | end)
                if key is None:  # kept for the scan that asks it again (``Geoparser._segment``)
                    key = keys[i << 32 | end] = norm(text[idx[i] : idx[last] + len(words[last])])
                if key in stop:
                    break
                yield key


def _overlaps(firsts: list[int], spans: Sequence[tuple[int, ...]], a: int, b: int) -> bool:
    """Whether [a, b) overlaps one of ``spans``, disjoint (start, end, ...) in order, whose
    starts are ``firsts``: only the last span that starts before ``b`` can."""
    k = bisect_left(firsts, b) - 1
    return k >= 0 and spans[k][1] > a


def capital_runs(starts: Sequence[bool], runs: Sequence[bool]) -> Iterator[tuple[int, int]]:
    """Each run of words that may make a name: (first, end) from a word that may start one
    through the words ``runs`` marks as going on with it (at least the first word)."""
    n = len(starts)
    k = 0
    while k < n:
        if not starts[k]:
            k += 1
            continue
        j = k
        while j < n and runs[j]:
            j += 1
        yield k, j
        k = max(j, k + 1)


def _function_word(word: str, lower: str) -> bool:
    return word[:1].isupper() and word[1:].islower() and lower in STOP_WORDS


def _windows(docs: list[Doc], jobs: list[tuple[int, int, int]]) -> Iterator[Doc]:
    """Tokens [s, e) of docs[i] as docs of their own, for each (i, s, e) in order: their words,
    spaces and the norms the tokenizer set (what the recogniser reads besides the words'
    own features). ``Span.as_doc`` copies every attribute of the whole doc for each window."""
    made: dict[int, tuple[list[str], list[bool], Any]] = {}  # norms: an (n, 1) array
    for i, s, e in jobs:
        doc = docs[i]
        if i not in made:
            made.clear()
            tv = view(doc)
            made[i] = (tv.words, tv.spaces, doc.to_array([NORM]))
        words, spaces, norms = made[i]
        window = Doc(doc.vocab, words=words[s:e], spaces=spaces[s:e])
        window.from_array([NORM], norms[s:e])
        yield window


# names of days and months, which the recogniser reads as dates
CALENDAR = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul."}
    | {"aug.", "sep.", "sept.", "oct.", "nov.", "dec."}
)


def _plain_word(gp: Geoparser, key: str) -> bool:
    """A word (lower case) that names nothing: a function word, a month, a common word."""
    return (
        key in STOP_WORDS
        or key in CALENDAR
        or key in gp._common
        or key in gp._stop
        or key in gp._titles
    )
