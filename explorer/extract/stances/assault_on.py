"""An assault owned by its doer and made on men in arms: "the army stepped up its assault on the
rebels", "the guerrillas intensified their attacks on army posts".

An assault, attacks or an offensive (``_ASSAULT_NOUNS``) whose owner is named on it (a name's,
or "its" and "their", which are the subject's of the verb the noun is the object of) and whose
"on" names men in arms (the lexicon's armed nouns, troops, a named armed side, or their posts
and camps) sets the owner against them, as "an offensive against" already does. An assault on
a record, a summit, a budget, a government's policy, a body's cells or an army's computers is
on no men in arms, and a senator's, a newspaper's or a team's owner is no side: none.
"""

from __future__ import annotations

from explorer.extract.stances.claim import _TROOPS, _Claim
from explorer.extract.stances.powers import PowerRules
from explorer.extract.syntax import children, governing_subjects, preps

# nouns of an armed assault made "on" someone: English's common words, chosen by the team
_ASSAULT_NOUNS = frozenset(
    {"assault", "assaults", "attack", "attacks", "offensive", "onslaught", "raids"}
)
# where men in arms are attacked, when named with their men ("army posts", "rebel camps")
_SITE_NOUNS = frozenset(
    {"post", "posts", "position", "positions", "base", "bases", "camp", "camps"}
)
# who may own an assault on men in arms: states and their organs, sides and men in arms
_OWNER_KINDS = frozenset({"state", "government", "party", "armed", "leader", "coalition"})


def assault_readings() -> dict[str, tuple[frozenset[str], ...]]:
    """What a sentence needs for :meth:`AssaultRules._assault_on` to start (the cue test of
    ``trigger_readings``): the noun and "on"."""
    return {noun: (frozenset(["on"]),) for noun in _ASSAULT_NOUNS}


class AssaultRules(PowerRules):
    """Claims read from an owned assault on men in arms."""

    def _assault_on(self, tok) -> list[_Claim]:
        """The owner of an assault on men in arms opposes them (see the module's
        docstring)."""
        if tok.pos_ != "NOUN" or tok.lower_ not in _ASSAULT_NOUNS:
            return []
        if preps(tok, "against"):
            return []  # "its offensive against", read as a campaign
        targets = [o for o in self._assaulted(tok) if self._men_in_arms(o)]
        poss = children(tok, "poss")
        if not targets or len(poss) != 1:
            return []
        if poss[0].lower_ in ("its", "their"):
            if tok.dep_ != "dobj" or tok.head.pos_ != "VERB":
                return []
            if any(
                c.pos_ == "PRON" for v in (tok.head, tok.head.head) for c in children(v, "nsubj")
            ):
                return []  # "they stepped up their attacks": the owner named, not a pronoun
            owners = self._subject_powers(tok.head)
            up = tok.head.head
            if not owners and tok.head.dep_ == "xcomp" and not children(up, "dobj", "dative"):
                # "promised to step up its raids": the one who promises; not "urged Chad to
                # step up its raids", whose owner is the one urged
                owners = self._subject_powers(up) or self._actors_of(governing_subjects(up))
        else:
            owners = self._actors_of(poss)
        # "army posts": the men whose posts they are
        held = [c for o in targets if o.lower_ in _SITE_NOUNS for c in o.children if c.i < o.i]
        parties = self._actors_of(targets, role="party") or self._actors_of(held, role="party")
        if not owners or not parties or any(m.ref.kind not in _OWNER_KINDS for m in owners):
            return []
        if {m.ref.actor for m in owners} & {m.ref.actor for m in parties}:
            return []
        return [_Claim("opposes", tok, owners, parties=parties)]

    @staticmethod
    def _assaulted(tok) -> list:
        """What the "on" of the assault names: on the noun, or right after it on the verb the
        parse hung it on ("continued its offensive on FARC guerrillas"); not a day or a
        time ("began their assault on Friday")."""
        ons = preps(tok, "on")
        doc = tok.doc
        if not ons and tok.i + 1 < len(doc):
            on = doc[tok.i + 1]
            if on.lower_ == "on" and on.dep_ == "prep" and on.head.i == tok.head.i:
                ons = children(on, "pobj")
        return [o for o in ons if o.ent_type_ not in ("DATE", "TIME")]

    def _men_in_arms(self, noun) -> bool:
        """Men in arms by their noun ("the rebels", "government troops", "Tigrayan forces"),
        a named armed side ("the Taliban"), or their posts or camps ("army posts")."""
        armed = self.lex.words("armed_nouns") | _TROOPS

        def of_arms(t) -> bool:
            return t.lemma_.lower() in armed or t.lower_ in armed

        if of_arms(noun):
            return True
        m = self.ctx.mention(noun)
        if m is not None and m.ref.kind in ("party", "armed") and m.ref.name[:1].isupper():
            return True
        if noun.lower_ in _SITE_NOUNS:
            return any(of_arms(c) for c in noun.children if c.dep_ in ("compound", "amod"))
        return False
