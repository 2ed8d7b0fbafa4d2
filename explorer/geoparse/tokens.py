"""Token tests shared by recognition (parser.py) and the choice of what the NER reads (ner.py)."""

from __future__ import annotations

import re
from bisect import bisect_left

from explorer.geoparse.names import norm

# lower-case words that may stand inside a name ("Bosnia and Herzegovina", "Port of Spain")
CONNECTORS = frozenset(
    {"of", "the", "de", "del", "la", "le", "al", "el", "da", "do", "upon", "on", "-", "and"}
    | {"du", "des", "am", "an"}
    # "and" inside a name in Spanish, Portuguese or Italian, German, French ("Castilla y
    # León", "Trinidad e Tobago", "Trinidad und Tobago", "Trinité-et-Tobago"); no English word
    | {"y", "e", "und", "et"}
)
ARTICLES = frozenset(["al", "el", "ad", "ar", "as", "ash", "at", "az", "an"])
# the article as French and English transliterations write it before a hyphen ("Deir ez-Zor",
# "Ras es-Sider", "Qasr el-Kebir")
JOINED_ARTICLES = ARTICLES | {"ez", "es", "ed", "er", "et", "esh", "ech", "en"}


def _hyphened_particles(words: list[str], spaces: list[bool], cap: list[bool]) -> list[int]:
    """Lower-case words joined by hyphens, with no space, between two capitalised words: a
    name's particle in any language, whether or not :data:`CONNECTORS` holds it
    ("Port-au-Prince", "Boulogne-sur-Mer", "Châlons-en-Champagne", "Saint-Pierre-et-Miquelon").
    A run of a name goes on through them, as through a connector."""
    n = len(words)
    return [
        k
        for k in range(2, n - 2)
        if words[k - 1] == "-"
        and words[k + 1] == "-"
        and cap[k - 2]
        and cap[k + 2]
        and words[k].isalpha()
        and words[k].islower()
        and len(words[k]) <= 4
        and not (spaces[k - 2] or spaces[k - 1] or spaces[k] or spaces[k + 1])
    ]


def is_cap(tok) -> bool:
    """Capitalised, also after an ayn or apostrophe ("‘Amman", "'Ayn")."""
    t = tok.text
    return bool(t) and (t[0].isupper() or (t[:1] in "ʿ‘'" and t[1:2].isupper()))


def starts_name(doc, k: int) -> bool:
    """A capitalised word, or a lower-case Arabic article joined by a hyphen ("el-Arish")."""
    if is_cap(doc[k]):
        return True
    return joined_article(doc, k, ARTICLES)


def joined_article(doc, k: int, articles: frozenset[str] = JOINED_ARTICLES) -> bool:
    """A lower-case Arabic article joined by a hyphen to a capitalised word ("el-Arish"; inside
    a name, the "ez-" of "Deir ez-Zor")."""
    return (
        doc[k].lower_ in articles
        and k + 2 < len(doc)
        and doc[k + 1].text == "-"
        and is_cap(doc[k + 2])
    )


# what may stand before a capital that starts a name ("‘Amman", "'Ayn")
_MARKS = "ʿ‘'"
# a French article elided before a word ("d'Ivoire", "l’Est"): a word of the view starting so
_ELIDED = re.compile("[dl]['’]")


class TokenView:
    """What recognition asks of every token, read once per doc: spaCy makes a new Token object
    on each ``doc[k]`` and rebuilds ``doc.text`` on each access."""

    __slots__ = (
        "_lower_words",
        "cap",
        "idx",
        "keys",
        "lower",
        "run",
        "spaces",
        "starts",
        "text",
        "words",
    )

    def __init__(self, doc, text: str | None = None) -> None:
        """``text``: the text the doc was made from, when the caller has it (the same string as
        ``doc.text``, which spaCy joins again from every token on each access)."""
        from spacy.attrs import IDX, LENGTH, SPACY

        text = self.text = doc.text if text is None else text
        if len(doc):
            # the three columns as lists at once: a list of rows is three small lists a token
            # (as signed integers: numpy makes Python ints of uint64 at half the speed)
            cols = doc.to_array([IDX, LENGTH, SPACY]).astype("int64").T
            idx: list[int] = cols[0].tolist()
            ends = (cols[0] + cols[1]).tolist()
            self.spaces = (cols[2] != 0).tolist()
        else:
            idx, ends, self.spaces = [], [], []
        self.idx = idx
        words = [text[i:j] for i, j in zip(idx, ends, strict=True)]
        lower = list(map(str.lower, words))
        # is_cap of each word
        starts = [w[:1].isupper() or (w[:1] in _MARKS and w[1:2].isupper()) for w in words]
        n = len(words)
        self.words, self.lower = words, lower
        # a French article elided before a capital goes on a name ("Côte d'Ivoire", "Val
        # d'Isère"), as a capitalised word does, but starts none; found in the text, few as
        # they are, rather than tested at every word
        cap = self.cap = starts[:]
        for m in _ELIDED.finditer(text):
            at = m.start()
            k = bisect_left(idx, at)
            if k < n and idx[k] == at and ends[k] > at + 2 and text[at + 2].isupper():
                cap[k] = True
        # where a name may start (``starts``); where a run of a name's words may go on: a
        # capitalised word, a connector, or a lower-case article joined by a hyphen to a
        # capitalised word ("el-Arish"), which only the few words of JOINED_ARTICLES can be
        run = [c or w in CONNECTORS for c, w in zip(cap, lower, strict=True)]
        for k in [k for k, w in enumerate(lower) if w in JOINED_ARTICLES]:
            if k + 2 < n and words[k + 1] == "-" and cap[k + 2]:
                run[k] = True
                if lower[k] in ARTICLES:
                    starts[k] = True
        for k in _hyphened_particles(words, self.spaces, cap):
            run[k] = True
        self.starts, self.run = starts, run
        # the folded text of tokens [i, j), made when first asked (:func:`name_key`): the
        # gazetteer scan folds the same words for the prefetch, the window choice and each
        # step that reads a run again, and the rules fold each name they test. Keyed by
        # ``i << 32 | j``, an int (no doc holds 2**32 tokens): a tuple is a container
        # Python's collector counts, and hundreds kept a doc set off a full collection
        self.keys: dict[int, str] = {}
        self._lower_words: frozenset[str] | None = None

    def lower_words(self) -> frozenset[str]:
        """The words the text writes in lower case (letters only), found once per doc: a
        headline's capitalised word, a grammar's common noun, a given name are tested
        against them."""
        if self._lower_words is None:
            self._lower_words = frozenset(w for w in set(self.words) if w.islower() and w.isalpha())
        return self._lower_words


_VIEW = "explorer.geoparse.view"


def view(doc, text: str | None = None) -> TokenView:
    """The doc's :class:`TokenView`, made on first use and kept in its user data; ``text``, the
    text the doc was made from, spares joining it again."""
    v = doc.user_data.get(_VIEW)
    if v is None:
        v = doc.user_data[_VIEW] = TokenView(doc, text)
    return v


# what may stand between a sentence's end and its first word: an opening quotation mark or
# bracket
_OPENING_MARKS = frozenset({'"', "“", "‘", "'", "(", "["})
_SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";"})


def opens_sentence(tv: TokenView, k: int) -> bool:
    """Token ``k`` opens the text, a line or a sentence (after ". ", "? ", then perhaps an
    opening quotation mark or bracket)."""
    words = tv.words
    j = k - 1
    while j >= 0 and words[j] in _OPENING_MARKS:
        j -= 1
    if j < 0:
        return True
    prev = words[j]
    # a token's trailing whitespace is one space or none: a line break is in its text
    return prev in _SENTENCE_ENDS or "\n" in prev


def name_key(doc, i: int, j: int) -> str:
    """``norm(span_text(doc, i, j))``, folded once per doc and span: the lookup key of the
    name tokens [i, j) write."""
    keys = view(doc).keys
    key = keys.get(i << 32 | j)
    if key is None:
        key = keys[i << 32 | j] = norm(span_text(doc, i, j))
    return key


def span_text(doc, i: int, j: int) -> str:
    """``doc[i:j].text`` read from the doc's view: spaCy's ``Span`` costs about 4 µs to make
    and join, and recognition asks for some 200 of them per article."""
    tv = view(doc)
    words = tv.words
    if j > len(words):
        j = len(words)
    if j <= i:
        return ""
    return tv.text[tv.idx[i] : tv.idx[j - 1] + len(words[j - 1])]
