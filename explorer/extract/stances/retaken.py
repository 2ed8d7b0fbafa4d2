"""Ground taken back from a side: "Bolivian troops took back the fort from Paraguayan forces",
"the army won back control of the district from the rebels", "Chadian soldiers regained the
oasis from the Libyan garrison": the doer opposes the side the ground is taken from, as a
capture's verb says ("recaptured the town from ...", ``VerbRules._took_place``).

English tells ground taken back by "take back", "win back" and "regain", and any of them or a
verb of capture may take "control of" the ground instead of the ground itself. The same words
take back a lead, a seat, a title, a medal, a company, a house of parliament or a province in
an election: read only where the ground is a place (a toponym or a noun of ground: a town, a
valley, a province...), the doer a state named as such, a state's men or craft in arms or an
armed side by its name, and the side it is taken from one of these too (a party, a candidate,
investors or a club are none).
"""

from __future__ import annotations

from explorer.extract.stances.attack_nouns import AttackNounRules
from explorer.extract.stances.claim import _Claim
from explorer.extract.syntax import children, preps

# the phrasal verbs of ground taken back and their particle: English's, chosen by the team
_BACK_VERBS = frozenset({"take", "win"})
# the single verbs of ground taken back that the lexicon's capture verbs lack
_REGAIN_VERBS = frozenset({"regain"})
# the noun a verb of taking takes for the ground it names ("control of the valley")
_HOLD_NOUNS = frozenset({"control"})


def retaken_readings(cfg: dict) -> dict[str, tuple[frozenset[str], ...]]:
    """The words that start a claim of ground taken back, with the words the sentence must
    hold, as ``trigger_readings`` lists them."""
    out: dict[str, tuple[frozenset[str], ...]] = {
        w: (frozenset({"back"}), frozenset({"from"})) for w in _BACK_VERBS
    }
    out.update({w: (frozenset({"from"}),) for w in _REGAIN_VERBS})
    return out


class RetakenRules(AttackNounRules):
    """Ground taken back from a side (the module's rule)."""

    def _taken_back(self, tok, lem: str) -> list[_Claim]:
        """The doer of ground taken back (or its control taken) opposes the side it is
        taken from (see the module's docstring)."""
        if tok.pos_ != "VERB" or children(tok, "nsubjpass", "auxpass"):
            return []
        back = any(
            c.lower_ == "back" and c.dep_ in ("prt", "advmod") and c.i > tok.i for c in tok.children
        )
        capture = lem in self.cfg.get("capture_verbs", [])
        if not ((lem in _BACK_VERBS and back) or lem in _REGAIN_VERBS or capture):
            return []
        grounds = children(tok, "dobj")
        # the parse may hang the "from" on the ground ("control of the valley from ...")
        froms = preps(tok, "from") or [
            o
            for g in grounds
            for t in [g, *(x for x in preps(g, "of") if g.lemma_.lower() in _HOLD_NOUNS)]
            for o in preps(t, "from")
        ]
        held = [g for g in grounds if g.lemma_.lower() in _HOLD_NOUNS]
        if capture and not held:
            return []  # the ground itself after a verb of capture: ``_took_place``
        if not froms or not grounds or not all(self._ground(g) for g in grounds):
            return []
        doers = self._subject_powers(tok)
        parties = self._actors_of(froms)
        if not doers or not parties or len(parties) < len(froms):
            return []
        if not all(self._state_or_side(m) for m in [*doers, *parties]):
            return []
        if {m.ref.actor for m in doers} & {m.ref.actor for m in parties}:
            return []
        if {m.ref.code for m in doers if m.ref.code} & {m.ref.code for m in parties}:
            return []
        return [_Claim("opposes", tok, doers, froms)]

    def _ground(self, noun) -> bool:
        """A place: a toponym, a noun of ground or one a toponym names, or the control of one."""
        if noun.lemma_.lower() in _HOLD_NOUNS:
            return any(self._ground(o) for o in preps(noun, "of"))
        if noun.lemma_.lower() in self.lex.words("place_nouns") or self._is_toponym(noun):
            return True
        # "the Jaffna peninsula": a toponym names the ground its noun is
        return any(self._is_toponym(c) for c in noun.children if c.dep_ == "compound")
