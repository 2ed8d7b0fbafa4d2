"""Force used against a side: "Ankara used warplanes against Kurdish militants", "Lagos used
troops and aircraft against the secessionists".

Whoever uses armed force, armed men or arms of war (``_MEANS_OF_WAR``) against a side opposes
that side: the use is the act of war itself. Only such means: a veto, sanctions, an argument,
tear gas or a team's speed used "against" someone is no act of war, and the rules that read
sanctions or protests read them as before. The user is the verb's subject (a passive, "the
army was used against the rebels", names none); a use wished, feared or denied ("warned
Moscow not to use force against") is hedged or negated by the modality reader, as every
claim is.
"""

from __future__ import annotations

from explorer.extract.stances.claim import _Claim
from explorer.extract.stances.powers import PowerRules
from explorer.extract.syntax import children, preps, with_conjuncts

# the verbs of putting means to use: English's common ones, chosen by the team
_USE_VERBS = frozenset({"use", "employ", "deploy"})
# armed force, armed men and arms of war a use of which against a side is an act of war:
# English's common words, chosen by the team (not the lexicon's weapon_words, which hold
# "aid", "equipment" and "system" for what is supplied)
_MEANS_OF_WAR = frozenset(
    {"force", "forces", "troops", "soldiers", "army", "navy", "military", "paratroopers"}
    | {"commandos", "marines", "militia", "militias", "warplane", "warplanes", "jet", "jets"}
    | {"bomber", "bombers", "tank", "tanks", "artillery", "gunship", "gunships", "aircraft"}
    | {"helicopter", "helicopters", "missile", "missiles", "rocket", "rockets", "drone"}
    | {"drones", "weapon", "weapons", "napalm", "warship", "warships", "mercenaries"}
)


class ForceUsedRules(PowerRules):
    """Claims read from armed force used against a side."""

    def _force_used(self, tok, passive: bool) -> list[_Claim]:
        """The subject of a verb of use (``_USE_VERBS``) whose object is armed force or arms
        of war (``_MEANS_OF_WAR``) opposes whom that use is "against" (on the verb or on the
        means: "used its navy against the Sea Tigers")."""
        if passive or tok.lemma_.lower() not in _USE_VERBS:
            return []
        means = [m for o in children(tok, "dobj") for m in with_conjuncts(o)]
        if not means or not all(self._means_of_war(m) for m in means):
            return []
        foes = preps(tok, "against") + [f for m in means for f in preps(m, "against")]
        foes = [f for foe in foes for f in with_conjuncts(foe)]
        powers = self._subject_powers(tok)
        if not foes or not powers:
            return []
        return [_Claim("opposes", tok, powers, foes)]

    @staticmethod
    def _means_of_war(word) -> bool:
        """Whether a used thing is armed force or arms of war: its word, or "air force" /
        "armed forces" by their noun."""
        return word.lower_ in _MEANS_OF_WAR or word.lemma_.lower() in _MEANS_OF_WAR
