"""The spaCy pipeline, loaded lazily once, and sentence iteration with character offsets."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
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
    all carrying the whole sentence's span (the evidence). Every unit is read by every
    component; :func:`tokenised_sentences` and :func:`parse` read only what is asked for.
    """
    units = tokenised_sentences(doc)
    parse(units, [FULL] * len(units))
    yield from units


# How much of the pipeline a parse unit needs (see parse())
FULL = "full"  # every component: tags, lemmas, dependencies, entities
SYNTAX = "syntax"  # the dependency parse only (tok2vec and parser)
TOKENS = "tokens"  # none: the tokeniser's words alone


def tokenised_sentences(doc: Document) -> list[Sentence]:
    """The parse units of ``doc`` (see :func:`sentences_of`), tokenised but not yet parsed:
    each unit's ``sent`` holds spaCy's tokens with their lexical attributes only, until
    :func:`parse` runs the pipeline over it."""
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
        spans = _join_after_titles(
            text, [s for s in spans if s[1] > s[0]], pipe.Defaults.stop_words
        )
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
    out = []
    for idx, (start, end, (ua, ub)) in enumerate(jobs):
        words = _with_abbreviations(pipe.make_doc(text[ua:ub]))
        out.append(Sentence(idx, para_of(start), start, end, words[:], ua))
    return out


# Ranks and titles written short before a name that spaCy's tokenizer cuts from their full
# stop ("Sgt", "."): the parser then ends a sentence there and reads the name after it as a
# new subject ("Eberhart attacked Sgt. Courtney Gale": Gale as the attacker). Each is read as
# the word it stands for, as spaCy's own exceptions ("Gen.", "Gov.") are.
_TITLE_ABBREVIATIONS = {
    "sgt": "sergeant",
    "sgts": "sergeants",
    "lt": "lieutenant",
    "lieut": "lieutenant",
    "col": "colonel",
    "cols": "colonels",
    "cpl": "corporal",
    "pvt": "private",
    "pte": "private",
    "pfc": "private",
    "spc": "specialist",
    "capt": "captain",
    "cpt": "captain",
    "maj": "major",
    "cmdr": "commander",
    "cdr": "commander",
    "comdr": "commander",
    "brig": "brigadier",
    "cmdt": "commandant",
    "ens": "ensign",
    "det": "detective",
    "insp": "inspector",
    "supt": "superintendent",
    "const": "constable",
    "cst": "constable",
    "atty": "attorney",
    "commr": "commissioner",
    "msgr": "monsignor",
    "fr": "father",
    "amb": "ambassador",
    "pres": "president",
    "hon": "honorable",
    "treas": "treasurer",
    "secy": "secretary",
    "asst": "assistant",
    "dep": "deputy",
    "gens": "generals",
    "reps": "representatives",
    "sens": "senators",
    "govs": "governors",
    "ft": "fort",
}
# Every short word that stands before a name, those spaCy keeps with their full stop ("Gov.",
# "Sen.", "Mt.") and those merged above: the parser still ends a sentence after some of them
# ("said Const." / "Jason Michalyshen said", "sheriff's Capt." / "Steve Morris said") and
# makes the name the subject of a sentence of its own
_BEFORE_A_NAME = set(_TITLE_ABBREVIATIONS) | {
    "gov",
    "sen",
    "rep",
    "gen",
    "adm",
    "mr",
    "mrs",
    "ms",
    "prof",
    "rev",
    "mt",
}  # not "Dr." nor "St.", which end streets too ("on Main St. Police said")


_LAST_WORD = re.compile(r"(?<![\w.])([A-Z][a-z]{1,5})\.$")
_FIRST_WORD = re.compile(r"[A-Z][\w'’-]*")


def _join_after_titles(
    text: str, spans: list[tuple[int, int]], stop_words: set[str]
) -> list[tuple[int, int]]:
    """The reader's sentences, those it ended at a title written short joined to the name
    that follows ("Gunmen shot Const." / "Daniel Woodall outside his home"): a title the
    reader does not know for an abbreviation ends its sentence. A paragraph's end, or a next
    sentence that begins with a common word ("... at 601 SW 75th St." / "The driver"), stays
    a boundary."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out:
            last = _LAST_WORD.search(text, out[-1][0], out[-1][1])
            first = _FIRST_WORD.match(text, start, end)
            if (
                last is not None
                and last.group(1).lower() in _BEFORE_A_NAME
                and first is not None
                and first.group(0).lower() not in stop_words
                and not _PARA.search(text, out[-1][1], start)
            ):
                out[-1] = (out[-1][0], end)
                continue
        out.append((start, end))
    return out


def _with_abbreviations(doc):
    """``doc`` with each short title and its full stop one token (see _TITLE_ABBREVIATIONS),
    when a capitalised word follows it: "Sgt." "Courtney", "Lt." "Col." "James"; and no
    sentence beginning at the name after a title (see _BEFORE_A_NAME)."""
    spans = [
        doc[t.i : t.i + 2]
        for t in doc[:-2]
        if t.lower_ in _TITLE_ABBREVIATIONS
        and t.text[:1].isupper()
        and not t.whitespace_
        and doc[t.i + 1].text == "."
        and doc[t.i + 2].text[:1].isupper()
    ]
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span, attrs={"NORM": _TITLE_ABBREVIATIONS[span[0].lower_]})
    for before in doc[:-1]:
        if not (
            before.text.endswith(".")
            and before.lower_[:-1] in _BEFORE_A_NAME
            and before.text[:1].isupper()
        ):
            continue
        t = doc[before.i + 1]
        if t.text[:1].isupper() and not t.is_stop:
            # the name goes on the sentence: the parser keeps a boundary set before it runs
            # ("... 75th St. The discussion": "The" may begin one). It reads the mark one
            # token late at times (spaCy issue 7716), so the word after the name has it too
            for follower in doc[t.i : t.i + 2]:
                follower.is_sent_start = False
    return doc


def parse(sentences: list[Sentence], needs: list[str]) -> None:
    """Run the pipeline over each tokenised unit as far as ``needs`` says (FULL, SYNTAX or
    TOKENS, one per unit), in place: the tokens stay the same, their tags, lemmas,
    dependencies and entities are added. The dependency parse reads only tok2vec's output,
    so a SYNTAX unit's dependencies are those a FULL parse gives it.

    A FULL unit's entities come from :class:`GreedyDecoder`, the recogniser's own arithmetic
    stepped for a batch of units at once (its labels are ``ner.pipe``'s, the parser's
    sentence starts heeded), about a third of the recogniser's time through spaCy's loop."""
    if not sentences:
        return
    pipe = nlp()
    decoder = _decoder(pipe)
    syntax_only = [name for name in pipe.pipe_names if name not in BOUNDARIES_ONLY]
    for need in (FULL, SYNTAX):
        todo = [s for s, n in zip(sentences, needs, strict=True) if n == need]
        for first in range(0, len(todo), _PIPE_BATCH):
            batch = todo[first : first + _PIPE_BATCH]
            docs = [s.sent.doc for s in batch]
            # the decoder covers units that hold no entity yet (fresh ones)
            decode = (
                need == FULL
                and decoder is not None
                and not any(d.has_annotation("ENT_IOB") for d in docs)
            )
            disable = syntax_only if need == SYNTAX else ["ner"] if decode else []
            parsed = []
            for doc in pipe.pipe(docs, batch_size=_PIPE_BATCH, disable=disable):
                checkpoint()
                parsed.append(doc)
            if decode:
                _set_entities(parsed, decoder.decode(parsed, sentences=True))
            if need == FULL:
                for doc in parsed:
                    _shot_dead_as_a_verb(doc)
            for s, doc in zip(batch, parsed, strict=True):
                s.sent = doc[:]


def _shot_dead_as_a_verb(doc) -> None:
    """ "Two men on a scooter shot dead a banker": the parser may take "scooter shot" for a
    noun and make "dead" the clause's head, with the men its subject and the banker its object.
    An adjective takes no object, and "shot" before "dead" is always the verb "shoot" with its
    result ("shot dead", as "shot down"; the noun is "a dead shot"): "shot" is made the
    clause's verb, "dead" its modifier, the adjective's dependents its own, and the noun it was
    glued to takes its place under the preposition or the verb it hung from. Read only where
    "dead" has a direct object."""
    if "dead" not in doc.text.lower():
        return  # most sentences: no token made for each of their words
    for dead in doc[1:]:
        if dead.lower_ != "dead":
            continue
        shot = doc[dead.i - 1]
        if (
            shot.lower_ != "shot"
            or shot.pos_ == "VERB"
            or not any(c.dep_ == "dobj" for c in dead.children)
            or shot.head.i == dead.i
        ):
            continue
        old_head, old_dep = shot.head, shot.dep_
        glued = [c for c in shot.children if c.dep_ == "compound"]
        kids = list(dead.children)
        shot.tag_, shot.pos_, shot.lemma_ = "VBD", "VERB", "shoot"
        if dead.head.i == dead.i:
            shot.head, shot.dep_ = shot, "ROOT"
        else:
            shot.head, shot.dep_ = dead.head, dead.dep_
        for c in kids:
            c.head = shot
        dead.head, dead.dep_ = shot, "advmod"
        if glued:  # "a scooter": the noun with its own determiner and modifiers
            noun = glued[-1]
            for c in shot.children:
                if c.i < shot.i and c.i != noun.i and c.dep_ in ("det", "amod", "compound"):
                    c.head = noun
            noun.head, noun.dep_ = old_head, old_dep


def _decoder(pipe):
    """The numpy decoder of the pipeline's recogniser (explorer.ner_decoder) when the
    recogniser is the last component, so that it reads what every other one has set (the
    parser's sentence starts); else None."""
    if not pipe.pipe_names or pipe.pipe_names[-1] != "ner":
        return None
    from explorer.ner_decoder import GreedyDecoder

    try:
        return GreedyDecoder.of(pipe.get_pipe("ner"))
    except ValueError:  # a model the decoder does not cover
        return None


def _set_entities(docs: list, found: list[list[tuple[int, int, str]]]) -> None:
    """Each doc's entities as the recogniser sets them: these spans, every other token
    outside any entity."""
    from spacy.tokens import Span as Entity

    for doc, ents in zip(docs, found, strict=True):
        doc.set_ents([Entity(doc, a, b, label=label) for a, b, label in ents], default="outside")


Reading = tuple[frozenset[str], ...]  # groups of words: one of each must be in the sentence


def cue_finder(cues: dict[str, list[Reading]]) -> Callable[[Sentence], bool] | None:
    """A test of whether a tokenised unit may hold a cue: a word of ``cues`` (lower-case)
    that some token's lemma or lower-cased form, as the full pipeline would give them, may
    be, with, for one of its readings, a word of each of the reading's groups in the unit
    too (a group's entry of several words needs them all). The rules that start from a cue
    need the unit's full parse; the others do not.

    The lemma depends on the tags, which only the parse gives, so each word is taken as
    every lemma the pipeline could give it: the lower-cased word, each form the
    lemmatizer's rules and exception tables make of it for any part of speech, and any lemma
    the attribute ruler sets for it. None when the pipeline does not lemmatize that way
    (another model): then every unit needs its full parse.
    """
    pipe = nlp()
    if "lemmatizer" not in pipe.pipe_names or pipe.get_pipe("lemmatizer").mode != "rule":
        return None
    wanted = set(cues) | {
        w for rs in cues.values() for r in rs for g in r for e in g for w in e.split()
    }
    ruled: dict[str, set[str]] = {}  # word -> the lemmas the attribute ruler may give it
    if "attribute_ruler" in pipe.pipe_names:
        for rule in pipe.get_pipe("attribute_ruler").patterns:
            lemma = str(rule["attrs"].get("LEMMA", "")).lower()
            if not lemma:
                continue
            for pattern in rule["patterns"]:
                lower = pattern[rule.get("index", 0)].get("LOWER")
                if isinstance(lower, dict) and isinstance(lower.get("IN"), list):
                    words = [w.lower() for w in lower["IN"]]
                elif isinstance(lower, str):
                    words = [lower.lower()]
                elif lemma in wanted:  # a pattern whose words this test cannot list
                    return None
                else:
                    continue
                for w in words:
                    ruled.setdefault(w, set()).add(lemma)
    lookups = pipe.get_pipe("lemmatizer").lookups
    rules = lookups.get_table("lemma_rules", {})
    exceptions = lookups.get_table("lemma_exc", {})
    tables = []
    from spacy.parts_of_speech import IDS

    for pos in IDS:
        pos_rules, pos_exc = rules.get(pos.lower()), exceptions.get(pos.lower())
        if pos_rules or pos_exc:
            tables.append((pos_rules or [], pos_exc or {}))

    @functools.lru_cache(maxsize=200_000)
    def forms(word: str) -> frozenset[str]:
        """``word`` (lower case) and every lemma the pipeline may give it, those that are
        cue or group words only."""
        out = {word, *ruled.get(word, ())}
        for pos_rules, pos_exc in tables:
            out.update(f.lower() for f in pos_exc.get(word, ()))
            for old, new in pos_rules:
                if word.endswith(old):
                    out.add(word[: len(word) - len(old)] + new)
        return frozenset(out & wanted)

    readings = {
        cue: [tuple(tuple(tuple(e.split()) for e in group) for group in r) for r in rs]
        for cue, rs in cues.items()
    }

    def holds_cue(sentence: Sentence) -> bool:
        seen: set[str] = set()
        for t in sentence.sent:
            seen |= forms(t.lower_)
        for cue in seen.intersection(readings):
            for reading in readings[cue]:
                if all(any(all(w in seen for w in entry) for entry in group) for group in reading):
                    return True
        return False

    return holds_cue
