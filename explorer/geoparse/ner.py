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

from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, ClassVar

import numpy as np
from spacy.attrs import IS_SPACE, NORM
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from explorer.geoparse.names import norm
from explorer.geoparse.parser import ENTS, MAX_TOKENS, MIN_POP_BLOCKED, Geoparser
from explorer.geoparse.tokens import CONNECTORS, TokenView, view

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
        labelled = window_entities(self.ner, list(_windows(docs, jobs)), stops)
        found: list[list[tuple[int, int, str]]] = [[] for _ in docs]
        for (i, s, _), window in zip(jobs, labelled, strict=True):
            undecided = plans[i][2]
            for start, end, label in window:
                a, b = s + start, s + end
                if any(a < e2 and s2 < b for s2, e2 in undecided):
                    found[i].append((a, b, label))
        for doc, ents, (_, sure, _) in zip(docs, found, plans, strict=True):
            for a, b, label in sure:
                if not any(a < e2 and s2 < b for s2, e2, _ in ents):
                    ents.append((a, b, label))
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
        segs = gp._segment(doc, text, s, e, inside_entity=False)
        if e - s == 1 and _plain_word(gp, doc[s]) and not (segs and self._sure(doc, segs[0])):
            return None  # one ordinary word ("According", "Monday"): no place to the recogniser
        if not segs:
            dems = gp._demonyms(doc, text, s, e)
            if len(dems) == 1 and (dems[0].start, dems[0].end) == (s, e):
                return "NORP"  # a country's adjective ("Turkish")
            if not dems and e - s == 1 and not self._spelled(norm(doc[s].text)):
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
        if end - 1 > seg.start and doc[end - 1].lower_ in {"'s", "’s"}:
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
    ner, docs: list[Doc], stops: list[int] | None = None
) -> list[list[tuple[int, int, str]]]:
    """The entities (start, end, label) the recogniser ``ner`` gives each of ``docs``, as
    ``ner.pipe`` would, decoded by :class:`GreedyDecoder` for all the docs at once (docs that
    already hold sentences or entities, which its rules do not cover, by ``ner.pipe``). With
    ``stops``, only the entities that start before ``stops[i]`` in ``docs[i]`` are sure to be
    all there (see :meth:`GreedyDecoder.decode`)."""
    if any(d.has_annotation("SENT_START") or d.has_annotation("ENT_IOB") for d in docs):
        return [[(e.start, e.end, e.label_) for e in d.ents] for d in ner.pipe(docs)]
    return GreedyDecoder.of(ner).decode(docs, stops)


class GreedyDecoder:
    """spaCy's greedy decoder for its entity recogniser, one numpy step for every doc at once.

    The recogniser embeds the tokens (its tok2vec), projects each token's vector once for each
    of the three places a token can fill in a state (the "lower" layer, precomputed), and then
    moves along each doc a token at a time: a state's hidden vector is the sum of the three
    projections (the next token; when an entity is open, its first token and the token before
    the next), plus a bias, through a maxout; its scores, the "upper" layer's product; the move
    taken, the highest-scoring valid one (O, B-, I-, L-, U- of a label: BILUO). Every move
    consumes one token, so all docs step together; spaCy's own loop steps each doc's state
    through small compiled calls that take and drop the interpreter lock (its greedy loop) or
    through Python per doc (its beam). The arithmetic is the same, in the same order: the
    labels are those ``ner.pipe`` gives (``tests/test_geoparse_ner.py``).

    Only what these windows hold is handled: fresh docs with no preset entities and no
    sentence starts, which is what makes the validity rules below complete.
    """

    _made: ClassVar[dict[int, GreedyDecoder]] = {}

    def __init__(self, ner) -> None:
        model = ner.model
        if model.attrs.get("unseen_classes") or not model.attrs.get("has_upper"):
            raise ValueError("the recogniser's model has unseen classes or no upper layer")
        self.tok2vec, self.lower, self.upper = model.layers
        self._embedding = _embedding_layers(self.tok2vec)
        self.bias = self.lower.get_param("b")
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        moves = [name.split("-", 1)[0] for name in names]
        labels = [name.split("-", 1)[1] if "-" in name else "" for name in names]
        kinds = sorted({label for label in labels if label})
        self.labels = kinds
        code = {label: k for k, label in enumerate(kinds)}
        self.move = np.array(["OBILU".find(m) for m in moves], dtype=np.int8)
        self.label = np.array([code.get(label, -1) for label in labels], dtype=np.int64)
        has = self.label >= 0
        self.is_out = self.move == 0
        self.is_begin = (self.move == 1) & has
        self.is_in = (self.move == 2) & has
        self.is_last = (self.move == 3) & has
        self.is_unit = (self.move == 4) & has  # "U-" without a label needs a preset entity

    @classmethod
    def of(cls, ner) -> GreedyDecoder:
        made = cls._made.get(id(ner))
        if made is None:
            made = cls._made[id(ner)] = cls(ner)
        return made

    def vectors(self, docs: list[Doc], steps: list[int] | None = None):
        """The recogniser's token vectors of ``docs``, one array, as its tok2vec gives them;
        with ``steps``, those of the first ``steps[i]`` tokens of ``docs[i]`` only.

        Its first layers embed each token from its own features alone (norm, prefix, suffix,
        shape: hashed embeddings, then a maxout); a word that comes back within the docs is
        embedded once. Only the convolutions after them read a token's neighbours, and each
        of their rows is computed only where the next layer reads it (see :func:`_convolved`).
        """
        if self._embedding is None:
            vectors = self.tok2vec.predict(docs)  # every doc's rows, one after the other
            if steps is not None:
                at = np.cumsum([0] + [len(d) for d in docs[:-1]])
                kept = [vectors[a : a + n] for a, n in zip(at.tolist(), steps, strict=True)]
                vectors = np.concatenate(kept)
            return vectors
        features, embed, reduce, convolve, to_array, project = self._embedding
        columns = features.predict(docs)
        rows = np.concatenate(columns)
        unique, inverse = np.unique(rows, axis=0, return_inverse=True)
        embedded = reduce.predict(embed.predict(unique))[inverse.reshape(-1)]
        cuts = np.cumsum([len(c) for c in columns])[:-1]
        parts = np.split(embedded, cuts)
        steps = [len(p) for p in parts] if steps is None else steps
        return project.predict(to_array.predict(_convolved(convolve, parts, steps)))

    def decode(
        self, docs: list[Doc], stops: list[int] | None = None
    ) -> list[list[tuple[int, int, str]]]:
        """The entities of each doc, those ``ner.pipe`` gives. With ``stops``, each doc is
        decoded only up to token ``stops[i]`` where no entity is open there (its vectors made
        only as far as that needs), else whole: the entities that start before ``stops[i]``
        are all there, those after it may be missing."""
        out: list[list[tuple[int, int, str]]] = [[] for _ in docs]
        until = [len(d) if stops is None else min(len(d), stops[i]) for i, d in enumerate(docs)]
        order = sorted((i for i, d in enumerate(docs) if until[i]), key=lambda i: -until[i])
        if not order:
            return out
        sorted_docs = [docs[i] for i in order]
        steps = np.array([until[i] for i in order])
        # row 0: padding
        cached = self.lower.predict(self.vectors(sorted_docs, steps.tolist()))
        pieces = cached.shape[-1]
        lengths = np.array([len(d) for d in sorted_docs])
        # where each doc's tokens start in ``cached``, past its padding row
        first = np.concatenate(([1], 1 + np.cumsum(steps)[:-1]))
        space = np.concatenate(
            [[False]]
            + [d.to_array([IS_SPACE])[:n] for d, n in zip(sorted_docs, steps, strict=True)]
        )
        space = space.astype(bool)
        n = len(sorted_docs)
        is_open = np.zeros(n, dtype=bool)
        open_label = np.full(n, -1)
        ent_start = np.zeros(n, dtype=np.int64)  # row in ``cached`` of the open entity's start
        is_out, is_begin, is_in = self.is_out, self.is_begin, self.is_in
        is_last, is_unit, move_label = self.is_last, self.is_unit, self.label
        found: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []
        for t in range(int(steps[0])):
            k = int(np.searchsorted(-steps, -t, side="left"))  # the docs decoded beyond t
            rows = first[:k] + t
            op = is_open[:k]
            features = cached[rows, 0] + cached[np.where(op, ent_start[:k], 0), 1]
            features += cached[np.where(op, rows - 1, 0), 2]
            features += self.bias
            # the maxout's pieces: the largest of each, as ``max(axis=-1)`` takes it (numpy
            # reduces a short last axis an element at a time)
            best = features[..., 0]
            for p in range(1, pieces):
                best = np.maximum(best, features[..., p])
            scores = self.upper.predict(best)
            room = (lengths[:k] - t >= 2)[:, None]
            same = open_label[:k, None] == move_label[None, :]
            closed = ~op[:, None]
            word = ~space[rows][:, None]
            valid = (
                (closed & is_out)
                | (closed & room & word & is_begin)
                | (op[:, None] & room & same & is_in)
                | (op[:, None] & same & is_last)
                | (closed & word & is_unit)
            )
            best = np.where(valid, scores, -np.inf).argmax(axis=1)
            move, label = self.move[best], move_label[best]
            begin = move == 1
            ends = (move == 3) | (move == 4)
            if ends.any():
                at = np.flatnonzero(ends)
                starts = np.where(move[at] == 4, t, ent_start[at] - first[at])
                found.append((at, starts, np.full(len(at), t + 1), label[at]))
            is_open[:k] = (op & (move != 3)) | begin
            open_label[:k] = np.where(begin, label, np.where(is_open[:k], open_label[:k], -1))
            ent_start[:k] = np.where(begin, rows, ent_start[:k])
        for at, starts, ends_, labels in found:
            rows_ = zip(at.tolist(), starts.tolist(), ends_.tolist(), labels.tolist(), strict=True)
            for j, s, e, lab in rows_:
                out[order[j]].append((s, e, self.labels[lab]))
        # a doc stopped with an entity open: decoded again, whole (its vectors past the stop
        # were not made)
        again = [order[j] for j in np.flatnonzero(is_open & (steps < lengths)).tolist()]
        if again:
            for i, ents in zip(again, self.decode([docs[i] for i in again]), strict=True):
                out[i] = ents
        for ents in out:
            ents.sort()
        return out


def _convolved(convolve, parts: list[np.ndarray], steps: list[int]) -> list[np.ndarray]:
    """The rows of ``convolve.predict(parts)`` for the first ``steps[i]`` tokens of each part.

    The convolutions (en_core_web_sm's: four residual blocks, each reading a token and its
    neighbours either side) run, as thinc's ``with_array`` runs them, over one array of every
    part with ``pad`` zero rows before, between and after them; the last block's rows are
    needed only for the tokens decoded, each block's below only one row further either way.
    Those rows alone are computed, through the blocks' own layers: per row the same
    arithmetic, so the same vectors, bit for bit (``tests/test_geoparse_ner.py``). The
    padding rows between windows and the tokens past each stop make about a quarter of the
    rows of the windows geoparsing sends."""
    pad = convolve.attrs["pad"]
    blocks = convolve.layers[0].layers
    sizes = [len(p) for p in parts]
    # each part's first row in the padded array (which has one more zero row either end, the
    # zeros seq2col reads past an array's edges)
    starts = np.cumsum([pad + 1] + [n + pad for n in sizes[:-1]])
    x = np.zeros((int(starts[-1]) + sizes[-1] + pad + 1, parts[0].shape[1]), parts[0].dtype)
    for part, start in zip(parts, starts.tolist(), strict=True):
        x[start : start + len(part)] = part
    depth = len(blocks)
    ends = starts + np.asarray(steps)
    for level, block in enumerate(blocks, 1):
        reach = depth - level  # how far past the decoded rows the blocks above read this one
        # the rows of every part's span widened by ``reach`` (neighbours' spans may overlap)
        bounds = np.zeros(len(x) + 1, dtype=np.int64)
        np.add.at(bounds, starts - reach, 1)
        np.add.at(bounds, ends + reach, -1)
        rows = np.flatnonzero(np.cumsum(bounds[:-1]) > 0)
        window = np.concatenate((x[rows - 1], x[rows], x[rows + 1]), axis=1)
        x[rows] = x[rows] + block.layers[0].layers[1].predict(window)
    return [x[start : start + n] for start, n in zip(starts.tolist(), steps, strict=True)]


def _embedding_layers(tok2vec) -> tuple | None:
    """en_core_web_sm's recogniser's tok2vec, taken apart: (features, the hashed embeddings,
    their maxout, the convolutions, list2array, the projection); None for another layout."""
    try:
        inner, to_array, project = tok2vec.layers
        embedding, convolve = inner.layers
        features, to_ragged, embed, reduce, to_list = embedding.layers
    except ValueError:
        return None
    names = (features.name, to_ragged.name, to_list.name, to_array.name, project.name)
    if names != ("extract_features", "list2ragged", "ragged2list", "list2array", "linear"):
        return None
    if not (embed.name.startswith("with_array(") and reduce.name.startswith("with_array(")):
        return None
    # convolutions: residual blocks of (expand_window of one token either side, then the rest)
    blocks = convolve.layers[0].layers if convolve.layers else []
    if not blocks or convolve.attrs.get("pad", 0) < len(blocks):
        return None
    for block in blocks:
        inner = block.layers[0].layers if block.name.startswith("residual(") else []
        if len(inner) != 2 or inner[0].name != "expand_window":
            return None
        if inner[0].attrs.get("window_size") != 1:
            return None
    return features, embed.layers[0], reduce.layers[0], convolve, to_array, project


def _name_keys(tv: TokenView, stop: frozenset[str]) -> Iterator[str]:
    """The folded names ``Geoparser._segment`` may look up in the doc's capitalised runs: from
    each word that may start a name, every run of up to ``MAX_TOKENS`` words ending in a
    capitalised one (or a dot or "'s"), longest first, until a word of ``stop``. More than
    the scan asks in these runs (it stops at its first hit); the few names of entities that
    reach outside them are looked up one by one, as before."""
    text, starts, runs, words, lower, cap, idx = (
        tv.text,
        tv.starts,
        tv.run,
        tv.words,
        tv.lower,
        tv.cap,
        tv.idx,
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
                key = norm(text[idx[i] : idx[last] + len(words[last])])
                if key in stop:
                    break
                yield key


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


def _plain_word(gp: Geoparser, tok) -> bool:
    key = tok.lower_
    return (
        key in STOP_WORDS
        or key in CALENDAR
        or key in gp._common
        or key in gp._stop
        or key in gp._titles
    )
