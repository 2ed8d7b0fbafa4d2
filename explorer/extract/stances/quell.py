"""A revolt put down by men in arms: "sent troops to crush the rebellion", "quelled a mutiny".

A verb of putting down (``_QUELL_VERBS``, "put down", "stamp out") whose object is a revolt
(the lexicon's ``rebellion_nouns`` and ``rebel_nouns``, a coup, a putsch, mutineers) sets the
one who puts it down against the revolt's side, when the doer is armed men named as such
("Sri Lankan troops crushed the rebels") or a state that sends them for it ("France sent
marines to the Comoros to put down a coup by mercenaries"). The same verbs of a vote, a
boardroom, a game, a crowd, a fire or a protest ("the prime minister crushed a backbench
rebellion", "riot police quelled a student protest") name no revolt of arms, or no doer in
arms, and take no side.
"""

from __future__ import annotations

from explorer.extract.lexicon import ActorRef
from explorer.extract.stances.claim import _TROOPS, _Claim
from explorer.extract.stances.powers import PowerRules
from explorer.extract.syntax import children, preps, with_conjuncts

# verbs of putting a revolt down, and those that need their particle for it: English's
# common words, chosen by the team
_QUELL_VERBS = frozenset({"crush", "quell", "suppress", "smash"})
_QUELL_PHRASES = {"put": "down", "stamp": "out"}
# nouns of a revolt beside the lexicon's: a coup and the men of one
_REVOLT_NOUNS = frozenset({"coup", "putsch", "mutineer", "mutineers"})
# men and arms sent to put a revolt down, beside the claims' troops
_ARMED_SENT = frozenset(
    {"troop", "paratroop", "paratroops", "paratrooper", "marine", "commando", "tank"}
)
# verbs of sending men somewhere, beside the lexicon's ``move_verbs``
_SENDING_VERBS = frozenset({"send", "fly", "deploy", "dispatch", "rush", "airlift", "ship"})


def quell_readings(cfg: dict) -> dict[str, tuple[frozenset[str], ...]]:
    """What a sentence needs for :meth:`QuellRules._revolt_put_down` to start (the cue test
    of ``trigger_readings``): a verb of putting down, its particle, and a revolt's word."""
    revolts = frozenset(
        w.lower()
        for w in (*cfg.get("rebellion_nouns", []), *cfg.get("rebel_nouns", []), *_REVOLT_NOUNS)
    )
    out: dict[str, tuple[frozenset[str], ...]] = {verb: (revolts,) for verb in _QUELL_VERBS}
    out.update({verb: (frozenset([prt]), revolts) for verb, prt in _QUELL_PHRASES.items()})
    return out


class QuellRules(PowerRules):
    """Claims read from a revolt put down by men in arms."""

    def _revolt_put_down(self, tok, lem: str, prt: str | None, passive: bool) -> list[_Claim]:
        """ "Jordan flew 800 soldiers to Oman to put down the rebellion in Dhofar", "Sri
        Lankan troops crushed the rebels": the sender of the armed men, or the armed men, put
        down the revolt and oppose its side. Active voice only (a revolt "was crushed" names
        no doer here); the revolt is the verb's own object; the doer is armed men by their
        noun (``_TROOPS``, ``_ARMED_SENT``) or a state sending them to do it, the verb being
        the purpose of the sending. Not a rebellion of a vote or a boardroom put down by a
        minister or a board, a mutiny quelled by a coach, a protest or a riot quelled by the
        police, nor a record or a rival "crushed"."""
        if passive or tok.pos_ != "VERB":
            return []
        if lem not in _QUELL_VERBS and (lem not in _QUELL_PHRASES or _QUELL_PHRASES[lem] != prt):
            return []
        revolts = [o for d in children(tok, "dobj") for o in with_conjuncts(d) if self._a_revolt(o)]
        sent = self._sent_to_do_it(tok)
        if not revolts or not (sent or self._armed_doer(tok)):
            return []
        powers = self._subject_powers(tok)
        if not powers:
            return []
        heads, named = [], []
        for revolt in revolts:
            makers = preps(revolt, "by")
            if makers and self._actors_of(makers):
                heads += makers  # "a coup by mercenaries": the mercenaries
            elif self._a_coup(revolt):
                # a coup is no side the phrase reader names: its makers, as a rebellion's
                ref = ActorRef(self.reader.written(revolt), "armed", form="rebellion")
                named.append(self.reader._mention(revolt, ref))
            else:
                heads.append(revolt)
        # the sending is the deed told: "denied that it had sent soldiers to crush ..." denies
        # it, as a denied sending of arms is read
        trigger = tok.head if sent else tok
        return [_Claim("opposes", trigger, powers, heads, parties=named)]

    def _a_revolt(self, noun) -> bool:
        """A revolt or its men: "the rebellion", "a coup attempt", "the rebels", "mutineers"."""
        words = self.lex.words("rebellion_nouns") | self.lex.words("rebel_nouns") | _REVOLT_NOUNS
        if noun.lemma_.lower() in words or noun.lower_ in words:
            return True
        # "the coup attempt": an attempt named by its revolt
        return noun.lemma_.lower() == "attempt" and any(
            c.dep_ == "compound" and c.lower_ in _REVOLT_NOUNS for c in noun.children
        )

    @staticmethod
    def _a_coup(noun) -> bool:
        """ "the coup", "a putsch", "the coup attempt", "the mutineers"."""
        return (
            noun.lemma_.lower() in _REVOLT_NOUNS
            or noun.lower_ in _REVOLT_NOUNS
            or (noun.lemma_.lower() == "attempt")
        )

    @staticmethod
    def _armed(noun) -> bool:
        return noun.lower_ in _TROOPS or noun.lemma_.lower() in _TROOPS | _ARMED_SENT

    def _armed_doer(self, tok) -> bool:
        """The verb's own subject is armed men by their noun ("Sri Lankan troops crushed")."""
        return any(self._armed(c) for s in children(tok, "nsubj") for c in with_conjuncts(s))

    def _sent_to_do_it(self, tok) -> bool:
        """The verb is the purpose of a sending of armed men ("sent troops into Lesotho to
        quell a mutiny", "sending 900 marines and commandos to crush the mutiny")."""
        up = tok.head
        if tok.dep_ not in ("advcl", "xcomp") or up.i == tok.i:
            return False
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return False
        if up.lemma_.lower() not in _SENDING_VERBS or up.dep_ == "xcomp":
            # "refused to send troops to crush the settlers' rebellion", "asked France to
            # send troops to crush the coup": a sending refused, asked for or planned is no
            # deed, and a refusal to put a revolt down is no denial of opposing it
            return False
        return any(self._armed(c) for d in children(up, "dobj") for c in with_conjuncts(d))
