"""spaCy's entity recogniser decoded in numpy, every doc of a batch at once.

Geoparsing reads the recogniser on windows of its texts (``explorer.geoparse.ner``), extraction
on the parse units it reads in full (``explorer.extract.nlp.parse``): both take the labels that
``ner.pipe`` gives, from :class:`GreedyDecoder`, which steps every doc together instead of one
state at a time through spaCy's compiled loop.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

import numpy as np
from spacy.attrs import IS_SPACE, SENT_START
from spacy.tokens import Doc


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

    Only fresh docs with no preset entities are handled, and sentence starts only when asked
    for (``decode(..., sentences=True)``), which is what makes the validity rules below
    complete.
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
        # the valid moves of each kind of state a step meets, by its code (see ``decode``):
        # closed, ``2 * word + room`` (whether the next token is a word; whether an entity may
        # begin on it: two tokens left, no sentence starting after it); open with the label
        # ``k``, ``4 + 2 * k + room`` (whether the entity may go on past the next token)
        valid = [
            self.is_out | (room & word & self.is_begin) | (word & self.is_unit)
            for word in (False, True)
            for room in (False, True)
        ]
        for k in range(len(kinds)):
            same = self.label == k
            valid += [(room & same & self.is_in) | (same & self.is_last) for room in (False, True)]
        self.valid = np.array(valid)

    @classmethod
    def of(cls, ner) -> GreedyDecoder:
        made = cls._made.get(id(ner))
        if made is None:
            made = cls._made[id(ner)] = cls(ner)
        return made

    def rows(self, docs: list[Doc], windows: list[tuple[int, int, int]]) -> list[Rows] | None:
        """Tokens ``[s, e)`` of ``docs[i]``, for each ``(i, s, e)`` of ``windows``, as the
        decoder reads a doc of those tokens alone: the recogniser's features (a token's norm,
        prefix, suffix and shape, none of which reads its neighbours) and its space flags,
        read once from each whole doc and sliced. What making each window a ``Doc`` of its
        own gave, without the ``Doc``s. None when the recogniser's layout is not the one
        :func:`_embedding_layers` takes apart (its tok2vec then reads ``Doc``s)."""
        if self._embedding is None:
            return None
        features = self._embedding[0]
        read: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        out: list[Rows] = []
        for i, s, e in windows:
            whole = read.get(i)
            if whole is None:
                read.clear()  # the windows of one doc come together
                doc = docs[i]
                whole = read[i] = (
                    features.predict([doc])[0],
                    doc.to_array([IS_SPACE]).astype(bool),
                )
            out.append(Rows(whole[0][s:e], whole[1][s:e]))
        return out

    def vectors(
        self,
        docs: Sequence[Doc | Rows],
        steps: list[int] | None = None,
        begins: list[int] | None = None,
    ):
        """The recogniser's token vectors of ``docs``, one array, as its tok2vec gives them;
        with ``steps``, those of the first ``steps[i]`` tokens of ``docs[i]`` only; with
        ``begins`` too, those of tokens ``begins[i]`` to ``steps[i]``.

        Its first layers embed each token from its own features alone (norm, prefix, suffix,
        shape: hashed embeddings, then a maxout); a word that comes back within the docs is
        embedded once. Only the convolutions after them read a token's neighbours, and each
        of their rows is computed only where the next layer reads it (see :func:`_convolved`).
        """
        if self._embedding is None:
            vectors = self.tok2vec.predict(docs)  # every doc's rows, one after the other
            if steps is not None:
                at = np.cumsum([0] + [len(d) for d in docs[:-1]]).tolist()
                low = begins or [0] * len(docs)
                kept = [vectors[a + b : a + n] for a, b, n in zip(at, low, steps, strict=True)]
                vectors = np.concatenate(kept)
            return vectors
        features, embed, reduce, convolve, to_array, project = self._embedding
        if docs and isinstance(docs[0], Rows):
            columns = [d.features for d in docs if isinstance(d, Rows)]
        else:
            columns = features.predict(docs)
        rows = np.concatenate(columns)
        unique, inverse = np.unique(rows, axis=0, return_inverse=True)
        embedded = reduce.predict(embed.predict(unique))[inverse.reshape(-1)]
        cuts = np.cumsum([len(c) for c in columns])[:-1]
        parts = np.split(embedded, cuts)
        steps = [len(p) for p in parts] if steps is None else steps
        return project.predict(to_array.predict(_convolved(convolve, parts, steps, begins)))

    def decode(
        self,
        docs: Sequence[Doc | Rows],
        stops: list[int] | None = None,
        sentences: bool = False,
    ) -> list[list[tuple[int, int, str]]]:
        """The entities of each doc, those ``ner.pipe`` gives. With ``stops``, each doc is
        decoded only up to token ``stops[i]`` where no entity is open there (its vectors made
        only as far as that needs), else whole: the entities that start before ``stops[i]``
        are all there, those after it may be missing. With ``sentences``, the docs carry a
        parser's sentence starts, and no entity runs on into a sentence's first token (what
        spaCy's recogniser does after a parser); without, the docs must hold none."""
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
            + [
                d.space[:n] if isinstance(d, Rows) else d.to_array([IS_SPACE])[:n]
                for d, n in zip(sorted_docs, steps, strict=True)
            ]
        )
        space = space.astype(bool)
        # the token after each one starts a sentence (set by a parser): no entity runs on
        # into it, as spaCy's Begin and In moves check
        next_starts = np.zeros(len(space), dtype=bool)
        if sentences:
            parsed = [d for d in sorted_docs if isinstance(d, Doc)]
            if len(parsed) < len(sorted_docs):
                raise ValueError("a window's rows carry no sentence starts")
            next_starts[1:] = np.concatenate(
                [
                    np.append(d.to_array([SENT_START])[1 : n + 1] == 1, [False] * (n >= len(d)))
                    for d, n in zip(parsed, steps.tolist(), strict=True)
                ]
            )
        n = len(sorted_docs)
        is_open = np.zeros(n, dtype=bool)
        open_label = np.full(n, -1)
        ent_start = np.zeros(n, dtype=np.int64)  # row in ``cached`` of the open entity's start
        move_label, valid_moves = self.label, self.valid
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
            # each state's valid moves, by its code (``__init__``): one gather, not a test of
            # every move against every state
            room = lengths[:k] - t >= 2
            if sentences:
                room &= ~next_starts[rows]
            code = np.where(op, 4 + 2 * open_label[:k], 2 * ~space[rows]) + room
            best = np.where(valid_moves[code], scores, -np.inf).argmax(axis=1)
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
        stopped_open = np.flatnonzero(is_open & (steps < lengths))
        if stopped_open.size and not sentences:
            # stopped with an entity open: its tokens past the stop read until it closes
            found.append(
                self._close(sorted_docs, stopped_open, steps, cached, first, ent_start, open_label)
            )
        for at, starts, ends_, labels in found:
            rows_ = zip(at.tolist(), starts.tolist(), ends_.tolist(), labels.tolist(), strict=True)
            for j, s, e, lab in rows_:
                out[order[j]].append((s, e, self.labels[lab]))
        # with a parser's sentence starts, a doc stopped with an entity open is decoded again,
        # whole (its vectors past the stop were not made)
        again = [order[j] for j in stopped_open.tolist()] if sentences else []
        if again:
            redone = self.decode([docs[i] for i in again], sentences=sentences)
            for i, ents in zip(again, redone, strict=True):
                out[i] = ents
        for ents in out:
            ents.sort()
        return out

    def _close(
        self,
        docs: Sequence[Doc | Rows],
        at: np.ndarray,
        stops: np.ndarray,
        cached: np.ndarray,
        first: np.ndarray,
        ent_start: np.ndarray,
        open_label: np.ndarray,
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The entities open at their docs' stops, ``docs[j]`` for ``j`` in ``at``, decoded on
        until each closes, as ``decode`` found them: (doc, start, end, label) as arrays.

        :meth:`decode` reads each doc to its stop only; an entity open there runs on past it.
        The steps after the stop need the vectors of the tokens from the stop on, made now
        (through the same layers, row by row the same arithmetic as made whole); what they
        read before the stop (the entity's first token, the token before the stop) is
        ``cached``'s. While an entity is open only its In and Last moves are valid, so each
        doc steps until its Last move (at the latest on its last token), and the sums are
        made as ``decode`` makes them, term by term. What decoding each such doc again whole
        gave, its entities after this one aside, without reading it again from its start."""
        lengths = np.array([len(docs[j]) for j in at.tolist()])
        begins = stops[at]
        # row 0: padding; then each doc's rows from its stop to its end
        more = self.lower.predict(
            self.vectors([docs[j] for j in at.tolist()], lengths.tolist(), begins.tolist())
        )
        pieces = more.shape[-1]
        row = np.concatenate(([1], 1 + np.cumsum(lengths - begins)[:-1]))
        entity = cached[ent_start[at], 1]
        before = cached[first[at] + begins - 1, 2]
        label = open_label[at]
        live = np.arange(len(at))
        ends = np.zeros(len(at), dtype=np.int64)
        t = 0
        while live.size:
            rows = row[live] + t
            features = more[rows, 0] + entity[live]
            features += before[live]
            features += self.bias
            best = features[..., 0]
            for p in range(1, pieces):
                best = np.maximum(best, features[..., p])
            scores = self.upper.predict(best)
            room = lengths[live] - (begins[live] + t) >= 2
            valid = self.valid[4 + 2 * label[live] + room]  # an open state's moves
            move = self.move[np.where(valid, scores, -np.inf).argmax(axis=1)]
            last = move == 3
            ends[live[last]] = begins[live[last]] + t + 1
            before[live] = more[rows, 2]
            live = live[~last]
            t += 1
        return at, ent_start[at] - first[at], ends, label


class Rows:
    """A window's tokens as the decoder reads them (:meth:`GreedyDecoder.rows`): the
    recogniser's feature columns, one row a token, and whether each token is whitespace."""

    __slots__ = ("features", "space")

    def __init__(self, features: np.ndarray, space: np.ndarray) -> None:
        self.features, self.space = features, space

    def __len__(self) -> int:
        return len(self.space)


def _convolved(
    convolve, parts: list[np.ndarray], steps: list[int], begins: list[int] | None = None
) -> list[np.ndarray]:
    """The rows of ``convolve.predict(parts)`` for the first ``steps[i]`` tokens of each part
    (from token ``begins[i]`` on, with ``begins``).

    The convolutions (en_core_web_sm's: four residual blocks, each reading a token and its
    neighbours either side) run, as thinc's ``with_array`` runs them, over one array of every
    part with ``pad`` zero rows before, between and after them; the last block's rows are
    needed only for the tokens decoded, each block's below only one row further either way.
    Those rows alone are computed, through the blocks' own layers: per row the same
    arithmetic, so the same vectors, bit for bit (``tests/test_geoparse_ner.py``). The
    padding rows between windows and the tokens past each stop make about a quarter of the
    rows of the windows geoparsing sends."""
    pad = convolve.attrs["pad"]
    blocks = [_Block.of(block) for block in convolve.layers[0].layers]
    sizes = [len(p) for p in parts]
    # each part's first row in the padded array (which has one more zero row either end, the
    # zeros seq2col reads past an array's edges)
    starts = np.cumsum([pad + 1] + [n + pad for n in sizes[:-1]])
    x = np.zeros((int(starts[-1]) + sizes[-1] + pad + 1, parts[0].shape[1]), parts[0].dtype)
    for part, start in zip(parts, starts.tolist(), strict=True):
        x[start : start + len(part)] = part
    depth = len(blocks)
    ends = starts + np.asarray(steps)
    lows = starts if begins is None else starts + np.asarray(begins)
    for level, block in enumerate(blocks, 1):
        reach = depth - level  # how far past the decoded rows the blocks above read this one
        # the rows of every part's span widened by ``reach`` (neighbours' spans may overlap)
        bounds = np.zeros(len(x) + 1, dtype=np.int64)
        np.add.at(bounds, lows - reach, 1)
        np.add.at(bounds, ends + reach, -1)
        rows = np.flatnonzero(np.cumsum(bounds[:-1]) > 0)
        # each row beside its neighbours, as expand_window lays them out, in one gather
        window = x[np.stack((rows - 1, rows, rows + 1), axis=1)].reshape(len(rows), -1)
        x[rows] = x[rows] + block(window)
    return [x[low:end] for low, end in zip(lows.tolist(), ends.tolist(), strict=True)]


class _Block:
    """A residual block's layers after its window (a maxout, then a layer norm), with the
    maxout's weights laid out piece by piece: its product then gives each piece's outputs
    side by side, and the largest is taken by two ``np.maximum`` over those columns, where
    thinc's maxout takes it over a last axis of three and records which piece won. Each
    output is the same dot product of the same row and weights plus the same bias, and the
    same largest of the same three floats: the same vectors, bit for bit
    (``tests/test_geoparse_ner.py``). Another layout keeps thinc's layer."""

    _made: ClassVar[dict[int, _Block]] = {}

    def __init__(self, layer) -> None:
        self.layer = layer
        self.weights: np.ndarray | None = None
        parts = layer.layers[0].layers if layer.layers else []
        if layer.name != "maxout>>layernorm>>dropout" or len(parts) != 2:
            return
        maxout, norm = parts
        if maxout.name != "maxout" or norm.name != "layernorm" or maxout.layers:
            return
        w, b = maxout.get_param("W"), maxout.get_param("b")  # (out, pieces, in), (out, pieces)
        self.width, self.pieces = w.shape[0], w.shape[1]
        # (pieces x out, in), read transposed as thinc's gemm reads its (out x pieces, in)
        self.weights = np.ascontiguousarray(w.transpose(1, 0, 2).reshape(-1, w.shape[2]))
        self.bias = np.ascontiguousarray(b.T.reshape(-1))
        self.gain, self.shift = norm.get_param("G"), norm.get_param("b")

    @classmethod
    def of(cls, block) -> _Block:
        layer = block.layers[0].layers[1]
        made = cls._made.get(id(layer))
        if made is None or made.layer is not layer:
            made = cls._made[id(layer)] = cls(layer)
        return made

    def __call__(self, window: np.ndarray) -> np.ndarray:
        if self.weights is None:
            return self.layer.predict(window)
        out = window @ self.weights.T
        out += self.bias
        n = self.width
        if self.pieces == 1:
            return _layer_norm(out, self.gain, self.shift)
        best = np.maximum(out[:, :n], out[:, n : 2 * n])
        for p in range(2, self.pieces):
            np.maximum(best, out[:, p * n : (p + 1) * n], out=best)
        return _layer_norm(best, self.gain, self.shift)


def _layer_norm(x: np.ndarray, gain: np.ndarray, shift: np.ndarray) -> np.ndarray:
    """thinc's ``LayerNorm`` forward, ``(x - mean) * (var + 1e-8) ** -0.5 * G + b`` by row,
    made in ``x`` itself (which it overwrites), with the deviations from the mean made once:
    thinc takes ``x.mean`` and then ``x.var``, which sums each row again for its own mean and
    subtracts it again, and subtracts the mean a third time for the output. The same numpy
    operations on the same values, in the same order (``var``'s: the squares' sum divided by
    the count as an ``intp``), so the same floats, bit for bit
    (``tests/test_geoparse_ner.py``); only where they are written differs."""
    mean = x.mean(axis=1, keepdims=True)
    dev = np.subtract(x, mean, out=x)
    var = np.add.reduce(np.square(dev), axis=1, keepdims=True)
    np.true_divide(var, np.intp(x.shape[1]), out=var, casting="unsafe")
    var += 1e-08
    dev *= var ** (-1.0 / 2.0)
    dev *= gain
    dev += shift
    return dev


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
