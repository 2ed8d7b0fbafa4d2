"""A war between states told by English's idioms of war: "X went to war with Y", "X was at war
with Y", "X and Y went to war", "X waged war on Y", "X declared war on Y", "X ended its war
with Y", "X and Y ended their war".

Going to war, being at war and ending a war are said of both sides: each opposes the other
(a war ended was fought: both were enemies; ending it by talks or a treaty makes no one a
mediator, and "with a treaty" names no side). Declaring or waging war is said of its doer:
the doer opposes the one it is declared or waged on. Read only where the idiom's verb is
stated as done or going on (no modal, negation, condition or infinitive, and no word of
threat, fear, plan or denial above it), not told in a game, a film, a contest, a court or a
speech, on a bare war of arms (no "of": "a war of words"; no figurative or unreal word on it:
"a price war", "a planned war"; no matter of money or trade after "over": "went to war with
its neighbour over tariffs"), and where every side is a state named as such (its name, its
people's word or its men: "went to war with the regulator", "declared war on drugs", "on
poverty", "on the cartels" name none), two different states, neither a listed war's side
named by its state (which of the war's sides is meant the words do not say).
"""

from __future__ import annotations

from explorer.extract.stances.claim import _Claim
from explorer.extract.stances.headline import hedged
from explorer.extract.stances.reciprocal import _ARENA_NOUNS, _stated_as_done
from explorer.extract.stances.strikes import StrikeRules
from explorer.extract.syntax import children, governing_subjects, preps, with_conjuncts

# the idioms' verbs: said of both sides ("went to war with", "was at war with", "ended its
# war with") or of the doer ("declared war on", "waged war on"); English's, chosen by the team
_BOTH_WAYS = frozenset({"go", "be", "end"})
_DOER_ONLY = frozenset({"declare", "wage"})
# the forms of "wage" the lemmatiser may take for another verb's ("waged" as "wag")
_WAGE_FORMS = frozenset({"wage", "waged", "wages", "waging"})
# the preposition each idiom's verb takes "war" with ("went to war", "was at war")
_VERB_PREP = {"go": "to", "be": "at"}
# the prepositions its foe hangs on
_FOE_PREPS = {"go": ("with", "against"), "be": ("with", "against"), "end": ("with",)}
_DOER_PREPS = ("on", "upon", "against")
# matters of money and trade a war "over" them is fought without arms ("went to war with
# Canada over tariffs"): English's common words, chosen by the team
_NO_ARMS_MATTERS = frozenset(
    {
        "tariff", "tax", "duty", "levy", "price", "fee", "trade", "subsidy", "quota", "export",
        "import", "currency", "debt", "loan", "contract", "patent", "copyright", "royalty",
        "market", "budget", "wage", "salary", "rate", "lumber", "steel", "bananas", "banana",
    }
)  # fmt: skip
# determiners that make the war general or none ("no war", "any war")
_NONE_DETS = frozenset({"no", "any", "every", "each"})


def war_idiom_readings() -> dict[str, tuple[frozenset[str], ...]]:
    """The word that starts an idiom's claim ("war"), with the words the sentence must hold
    (one of the idioms' verbs or "at", and a preposition of the foe or "and" of two joined
    sides), as ``trigger_readings`` lists them."""
    verbs = frozenset({"go", "at", "declare", "end", *_WAGE_FORMS})
    return {"war": (verbs, frozenset({"with", "on", "upon", "against", "and"}))}


class WarIdiomRules(StrikeRules):
    """A war between states told by its idioms (the module's rule)."""

    def _war_idiom(self, tok) -> list[_Claim]:
        """ "Chile went to war with Bolivia", "Greece and Turkey were at war", "Japan declared
        war on Russia", "Chile ended its war with Peru": who opposes whom by the idiom."""
        if tok.lemma_.lower() != "war" or tok.tag_ != "NN" or preps(tok, "of"):
            return []
        verb, kind = self._idiom_verb(tok)
        if verb is None or not self._war_of_arms(tok, verb):
            return []
        preps_of = _DOER_PREPS if kind in _DOER_ONLY else _FOE_PREPS[kind]
        # a foe on the noun is the war's own ("war on drugs" names none); on the verb, only a
        # named actor is one ("declared war on Bolivia on Wednesday": the day is none)
        on_noun = [o for p in preps(tok, *preps_of) for o in with_conjuncts(p)]
        on_verb = [o for p in preps(verb, *preps_of) for o in with_conjuncts(p)]
        named = [o for o in on_verb if self._actors_of([o], role="party")]
        if on_verb and not named and not on_noun and kind != "end":
            return []  # "went to war with the regulator"
        foes = on_noun + named
        subjects = children(verb, "nsubj") or governing_subjects(verb)
        doers = self._actors_of([s for s0 in subjects[:1] for s in with_conjuncts(s0)])
        if not doers or not all(self._state_named(m) for m in doers):
            return []
        targets = self._actors_of(foes, role="party") if foes else []
        if foes and not targets and kind == "end":
            foes = []  # "ended their war with a treaty": the "with" names no side
        if not foes:
            # "Honduras and El Salvador went to war", "ended their war": two joined sides
            if kind in _DOER_ONLY or len(doers) != 2:
                return []
            a, b = doers
            pairs = [(a, b), (b, a)]
        else:
            if len(targets) != len(foes) or not all(self._state_named(m) for m in targets):
                return []
            pairs = [(d, t) for d in doers for t in targets]
            if kind in _BOTH_WAYS:
                pairs += [(t, d) for d in doers for t in targets]
        if any(a.ref.code == b.ref.code for a, b in pairs):
            return []
        year = self.year(tok)
        for a, b in pairs:
            # two opposite principals of one listed war are that war's states ("Iran was at
            # war with Iraq" in the eighties); else a listed war's side named by its state
            # is left, as the words do not say which of its sides is meant
            if not self._principals(a.ref.code or "", b.ref.code or "", year) and (
                self._listed_ground_struck([a, b], year)
            ):
                return []
        return [_Claim("opposes", tok, [a], parties=[b], fought_in=True) for a, b in pairs]

    def _war_ended(self, tok) -> bool:
        """Whether a claim's trigger is the war of "ended its war with": a war ended was
        fought, so the stop denies nothing of it (``StanceRules._modality``)."""
        if tok.lemma_.lower() != "war" or preps(tok, "between"):
            return False
        return self._idiom_verb(tok)[1] == "end"

    def _idiom_verb(self, tok) -> tuple:
        """The idiom's verb and its kind ("go", "be", "end", "declare", "wage"), or None."""
        up = tok.head
        if tok.dep_ == "pobj" and up.lower_ in ("to", "at"):
            verb = up.head
            kind = verb.lemma_.lower()
            if _VERB_PREP.get(kind) == up.lower_:
                return verb, kind
            return None, ""
        if tok.dep_ != "dobj":
            return None, ""
        lem = up.lemma_.lower()
        if lem in ("declare", "end"):
            return up, lem
        if lem in _WAGE_FORMS or up.lower_ in _WAGE_FORMS:
            return up, "wage"
        return None, ""

    def _war_of_arms(self, tok, verb) -> bool:
        """Whether the idiom tells a war of arms done or going on (the module's guards)."""
        if any(c.dep_ == "det" and c.lower_ in _NONE_DETS for c in tok.children):
            return False
        unreal = self.lex.words("clash_figurative_modifiers") | self.lex.words("unreal_modifiers")
        unreal |= self.lex.words("staged_modifiers") | self.lex.words("figurative_act_words")
        unreal |= {"planned", "possible", "potential", "threatened", "feared", "imminent"}
        if any(
            c.lower_ in unreal or c.lemma_.lower() in unreal for c in tok.children if c.i < tok.i
        ):
            return False
        if not _stated_as_done(verb) or hedged(verb) or self._in_a_frame(verb):
            return False
        if verb.dep_ in ("xcomp", "ccomp", "advcl", "relcl", "csubj", "pcomp"):
            return False  # "threatened to go to war", "if it went to war", "a war it waged"
        heads = self.lex.words("intent_words") | self.lex.words("deny_verbs")
        heads |= self.lex.words("staged_words")
        for up in verb.ancestors:
            if up.lemma_.lower() in heads or up.lower_ in heads:
                return False
            if up.pos_ in ("VERB", "AUX") and hedged(up):
                return False
        over = [o for p in preps(verb, "over") + preps(tok, "over") for o in with_conjuncts(p)]
        trade = _NO_ARMS_MATTERS | self.lex.words("clash_figurative_modifiers")
        return not any(o.lemma_.lower() in trade or o.lower_ in trade for o in over)

    def _in_a_frame(self, verb) -> bool:
        """Whether the idiom is told in a game, a drill, a film, a contest, a speech, a court
        or a debate (its subject's own words aside), as ``ReciprocalRules`` reads a fight."""
        frames = self.lex.words("staged_words") | self.lex.words("staged_modifiers")
        frames |= self.lex.words("contest_words") | self.lex.words("verbal_attack_words")
        frames |= _ARENA_NOUNS
        subject = {t.i for s in children(verb, "nsubj") for t in s.subtree}
        return any(
            t.lemma_.lower() in frames or t.lower_ in frames
            for t in verb.subtree
            if t.i not in subject
        )
