"""A protest one state lodges with another: "Peru lodged a firm protest with the Government
of Ecuador", "Canada lodged a protest with the Chinese embassy".

A formal protest is a state's stand against the state it is lodged with (by one of
``_LODGE_VERBS``, the words of a diplomatic note, not of a march). Only between two states
named as such (their names, governments, embassies), so a club's protest with a referee, a
team's with FIFA or residents' with a council is none; not a joint one ("a joint protest
with France": France protests beside), and not one denied, wished for or only threatened
("had not lodged any protest", "threatened to lodge a protest").
"""

from __future__ import annotations

from explorer.extract.stances.claim import _Claim
from explorer.extract.stances.powers import PowerRules
from explorer.extract.syntax import children, preps

# the verbs of a protest handed to a state: English's common ones, chosen by the team
_LODGE_VERBS = frozenset({"lodge", "file", "register"})
# what makes a protest made beside another, not with it (a joint one)
_JOINT = frozenset({"joint", "common", "combined", "shared"})
# what a verb needs before it to tell of what is not (yet) so
_UNREAL_AUX = frozenset({"will", "would", "could", "might", "may", "should", "must", "shall"})


class ProtestRules(PowerRules):
    """Claims read from a protest lodged by one state with another."""

    def _protest_lodged(self, tok) -> list[_Claim]:
        """The protesting state opposes the state the protest is lodged with (see the
        module's docstring for what is none)."""
        if tok.lemma_.lower() != "protest" or tok.pos_ != "NOUN" or tok.dep_ != "dobj":
            return []
        verb = tok.head
        if verb.lemma_.lower() not in _LODGE_VERBS or not self._lodged_as_done(verb):
            return []
        if any(c.lower_ in _JOINT or c.lower_ in ("no", "any") for c in tok.children):
            return []  # "a joint protest with France", "lodged no protest with"
        withs = preps(tok, "with") or preps(verb, "with")
        if not withs:
            return []
        protesters = self._subject_powers(verb)
        protested = self._actors_of(withs, role="party")
        if not protesters or not protested:
            return []
        if any(m.ref.kind != "state" for m in [*protesters, *protested]):
            return []  # a club, a team, residents, a council, the UN: no two states
        if {m.ref.name for m in protesters} & {m.ref.name for m in protested}:
            return []
        return [_Claim("opposes", tok, protesters, parties=protested)]

    @staticmethod
    def _lodged_as_done(verb) -> bool:
        """Whether the lodging is told as done: active, in the past or the present, with no
        modal or negation, and not an infinitive ("threatened to lodge")."""
        if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or verb.dep_ in ("xcomp", "amod"):
            return False
        aux = children(verb, "aux", "auxpass", "neg")
        if any(c.dep_ in ("neg", "auxpass") or c.lower_ in _UNREAL_AUX for c in aux):
            return False
        return verb.tag_ != "VBN" or any(c.lemma_ == "have" for c in aux)
