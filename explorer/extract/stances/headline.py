"""A headline's present tense, English's way of telling news done ("Iraq invades Iran":
it has invaded), and the hedges that keep a verb from telling a deed (a modal, a negation, a
condition).

Read only in the story's title line (its first line, when more text follows and the line ends
in no full stop, as the events reader takes a headline), for the title's own verb (its root, or
a verb joined to it), with no condition, modal or question in the title before it, and only in
a story whose words tell of men in arms or war: a headline's verb of arms is often a figure
("Mexico invades the United States with cheap tomatoes", "K-pop invades America").
"""

from __future__ import annotations

from explorer.extract.context import SentenceContext
from explorer.extract.stances.claim import _TROOPS

# the nouns of an invasion (``invasion.InvasionRules``): English's word, chosen by the team
INVASION_NOUNS = frozenset({"invasion"})
# the markers of a condition or a question over a verb: English's, chosen by the team
_CONDITION_MARKS = frozenset({"if", "unless", "whether", "lest", "should", "will", "would"})
# words of a story that tell of war or men in arms: the lexicon's troop nouns and English's
# common words of war, chosen by the team
_WAR_WORDS = frozenset({*_TROOPS, "war", "army", "armies", "tank", "tanks", "artillery", "soldier"})


def hedged(verb) -> bool:
    """A verb with a modal, a negation ("not", "never") or a condition ("if") on it."""
    for c in verb.children:
        if c.dep_ in ("aux", "auxpass") and c.tag_ == "MD":
            return True
        if c.dep_ == "neg" or c.lower_ == "never":
            return True
        if c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS:
            return True
    return False


def _title_end(text: str) -> int:
    """Where a story's title line ends; 0 when the text opens with a sentence (no title)."""
    line, brk, _ = text.partition("\n")
    line = line.rstrip()
    return len(line) if brk and line and line[-1] not in ".!?\"'" else 0


def headline_present(ctx: SentenceContext, tok) -> bool:
    """Whether ``tok``, a verb in the present's third person, is the title line's own verb,
    told as news done (the module's rule)."""
    if tok.tag_ != "VBZ" or ctx.s.start >= _title_end(ctx.doc_text):
        return False
    verb = tok
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ROOT" or hedged(tok) or hedged(verb):
        return False
    before = [t for t in ctx.s.sent if t.i < tok.i]
    if any(t.lower_ in _CONDITION_MARKS or t.tag_ == "MD" for t in before):
        return False
    if ctx.s.sent.text.rstrip().endswith("?"):
        return False
    return bool(ctx.document_words & _WAR_WORDS)


def objects_before_a_verb(objs: list, verbs: frozenset[str]) -> list:
    """A headline's objects up to a word in "-s" that is one of ``verbs`` ("invades Laos and
    bombs the capital": the parse reads a headline's second verb as a plural noun, or a verb,
    joined to the first verb's object, and what follows it as more objects): that word starts
    a verb phrase of its own."""
    for k, o in enumerate(objs):
        if k and o.tag_ in ("NNS", "VBZ") and o.lemma_.lower() in verbs:
            return objs[:k]
    return objs
