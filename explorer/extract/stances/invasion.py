"""An invasion told by its noun ("Tanzania's invasion of Uganda", "the invasion of Kuwait by
Iraq", "pushed their invasion of Chad south") or by a headline's present ("Iraq invades
Iran"): the invader opposes the state invaded, as the past of the verb says
(``SupplyRules._hostile_act``).

A noun of invasion names a deed done only where nothing around it makes it feared, planned,
threatened, denied or imagined: an indefinite or negative determiner ("a Chinese invasion of
...", "any invasion", "no invasion"), a plural (invasions in general), a word of unreality on it
("planned", "possible", "feared", the lexicon's unreal, staged and figurative modifiers), or a
word above it of fear, threat, plan, prevention or denial ("the threat of", "to deter"), a
modal, a negation or a condition ("if") on a verb above it. Both sides are states named as
such (their name, their people's word, their men), and what is invaded is the state itself
("of the American car market", "of privacy", "of locusts" invade no state). A headline's
present tense is English's way of telling news done; it is read so only in the story's title
line, as the clause's own verb (no "if", no modal, no question), in a story whose words tell
of men in arms or war ("Mexico invades the United States with cheap tomatoes" tells of none).
"""

from __future__ import annotations

from explorer.extract.stances.claim import _Claim
from explorer.extract.stances.headline import INVASION_NOUNS, hedged
from explorer.extract.stances.supply import SupplyRules
from explorer.extract.syntax import preps, with_conjuncts

# determiners that leave the deed undone or general ("a Soviet invasion of ... would",
# "any invasion", "no invasion")
_UNDONE_DETS = frozenset({"a", "an", "no", "any", "another", "every", "each"})
# words on the noun that make the deed one only thought of: English's common ones, chosen by
# the team (beside the lexicon's unreal, staged and figurative modifiers)
_UNREAL_WORDS = frozenset(
    {
        "planned", "possible", "potential", "threatened", "feared", "imminent", "expected",
        "likely", "hypothetical", "future", "looming", "attempted", "alleged", "rumoured",
        "rumored", "would-be", "failed", "aborted", "mock", "simulated", "impending",
        "anticipated", "contemplated", "proposed", "projected",
    }
)  # fmt: skip
# words above the noun that make it feared, planned, prevented, denied or imagined: English's
# common nouns and verbs of fear, threat, plan, prevention and denial, chosen by the team
_UNDONE_HEADS = frozenset(
    {
        "fear", "threat", "plan", "prospect", "risk", "possibility", "danger", "scenario",
        "spectre", "specter", "rumour", "rumor", "talk", "prevent", "deter", "avert",
        "forestall", "rehearse", "prepare", "preparation", "simulate", "imagine",
        "contemplate", "consider", "threaten", "plot", "warn", "deny", "dismiss", "rule",
        "exercise", "drill", "game", "novel", "film", "movie", "against", "without",
        "deterrent", "defence", "defense", "resist", "repel",
    }
)  # fmt: skip


def invasion_readings() -> dict[str, tuple[frozenset[str], ...]]:
    """The words that start an invasion's noun claim, with the word the sentence must hold
    ("of" of "the invasion of ..."), as ``trigger_readings`` lists them."""
    return {w: (frozenset({"of"}),) for w in INVASION_NOUNS}


class InvasionRules(SupplyRules):
    """An invasion told by its noun or a headline's present."""

    def _invasion_noun(self, tok) -> list[_Claim]:
        """ "Tanzania's invasion of Uganda", "the Libyan invasion of Chad", "the
        invasion of Kuwait by Iraq", "pushed their invasion of Chad south": the owner of
        an invasion told as done (its possessive, its people's word or its "by") opposes the
        state invaded, fought in that state; the guards of the verb (a listed war's side
        named by its state, an entry asked for, a mistake, one's own land) and those of a
        deed only thought of (``_undone``)."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in INVASION_NOUNS or tok.tag_ != "NN":
            return []
        if self._undone(tok):
            return []
        owners = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
        owners += [o for p in preps(tok, "by") for o in with_conjuncts(p)]
        powers = self._actors_of(owners)
        objs = [o for p in preps(tok, "of") for o in with_conjuncts(p)]
        targets = self._actors_of(objs, role="party")
        if not powers or not objs or len(targets) != len(objs):
            return []
        if not all(self._state_named(m) for m in [*powers, *targets]):
            return []
        if {m.ref.code for m in powers} & {m.ref.code for m in targets}:
            return []
        asked = self.lex.words("invited_words") | self.lex.words("mistake_words")
        if any(t.lemma_.lower() in asked for t in tok.subtree):
            return []
        if self._listed_ground_struck(targets, self.year(tok)):
            return []
        return [_Claim("opposes", tok, powers, objs, fought_in=True)]

    def _undone(self, tok) -> bool:
        """Whether an invasion's noun names a deed not done: general, only thought of,
        feared, planned, prevented, denied or imagined (the module's words)."""
        if any(c.dep_ == "det" and c.lower_ in _UNDONE_DETS for c in tok.children):
            return True
        unreal = _UNREAL_WORDS | self.lex.words("unreal_modifiers")
        unreal |= self.lex.words("staged_modifiers") | self.lex.words("figurative_act_words")
        if any(c.lower_ in unreal for c in tok.children if c.i < tok.i):
            return True
        heads = _UNDONE_HEADS | self.lex.words("staged_words") | self.lex.words("deny_verbs")
        heads |= self.lex.words("intent_words")
        for up in tok.ancestors:
            if up.lemma_.lower() in heads or up.lower_ in heads:
                return True
            if up.pos_ in ("VERB", "AUX") and hedged(up):
                return True
        return False
