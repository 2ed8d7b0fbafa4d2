"""Two sides named together who do an act of war to each other: "Ecuador and Peru fought each
other", "Thai and Cambodian soldiers fired at each other", "were firing on one another".

A reciprocal pronoun ("each other", "one another") as the object of a verb of fighting or of
an act of arms (the lexicon's fight, invasion, attack and bombing verbs, and English's verbs
of firing and clashing), or after the verb's "at", "on", "upon", "with" or "against", names as
its target each of the subject's sides in turn: each opposes the other. Only where the
subject names exactly two sides, each a state, a government or men in arms of a state or a
group (never people, firms, clubs or candidates: "fans of the two clubs attacked one
another", "the two companies fought each other in court"), of two different states or names;
stated as done or going on (a past, a present, or a progressive or perfect with its "be" or
"have"), never negated, modal or an infinitive ("threatened to attack each other", "could
fight each other"), nor told inside a game, a drill, a film, a contest or a speech (the
lexicon's ``staged_words``, ``staged_modifiers``, ``contest_words`` and
``verbal_attack_words``) or a court, a debate or a parliament. A possessive ("attacked each
other's tankers") names a target of its own, none of this reading's.
"""

from __future__ import annotations

from explorer.extract.mentions import Mention
from explorer.extract.stances.claim import _Claim
from explorer.extract.stances.powers import PowerRules
from explorer.extract.syntax import children, preps, with_conjuncts

# English's verbs of firing and clashing, beside the lexicon's acts of war, chosen by the team
_EXCHANGE_VERBS = frozenset({"fire", "shoot", "clash"})
# the prepositions a verb's target hangs on ("fired at", "fired on", "clashed with")
_TARGET_PREPS = ("at", "on", "upon", "with", "against")
# who may be a side in an exchange of fire: a state, its government or men in arms
_SIDE_KINDS = frozenset({"state", "government", "armed"})
# places of words, law and politics a quarrel is fought in, no war: English's common nouns,
# chosen by the team
_ARENA_NOUNS = frozenset({"court", "courts", "debate", "parliament", "congress", "election"})
# the reciprocal pronouns, as two words
_PAIRS = frozenset({("each", "other"), ("one", "another")})
# the auxiliaries of a deed done or going on ("were firing", "have fought")
_DONE_AUX = frozenset({"be", "have"})
# English's verbs of two sides' men meeting in a fight, which say by themselves that each
# fought the other ("clashed with", "skirmished with"), chosen by the team
_MEET_VERBS = frozenset({"clash", "skirmish"})
# English's verbs of starting or having a clash ("provoked a clash with", "had a clash
# with"), chosen by the team; never of fearing, avoiding or preventing one
_HAD_VERBS = frozenset({"provoke", "start", "incite", "spark", "trigger", "have", "fight"})
# the words of men in arms a meeting in a fight must name each side by (a state's troops, a
# movement's fighters): English's common ones, chosen by the team; never police, crowds,
# players, ministers or diplomats, whose clashes are of streets, games and words
_MEN_IN_ARMS = frozenset(
    {"troops", "soldiers", "forces", "army", "armies", "marines", "paratroopers", "commandos"}
    | {"guards", "rebels", "fighters", "guerrillas", "guerillas", "insurgents", "separatists"}
    | {"militiamen", "units", "patrols", "gunboats", "warships"}
)


def _act_verbs(cfg: dict) -> set[str]:
    """The verbs of an act of war a reciprocal may follow: the lexicon's fight, invasion,
    attack and bombing verbs, and English's verbs of firing and clashing."""
    return {
        *cfg["fight"]["verbs"],
        *cfg.get("invade_verbs", []),
        *cfg.get("attack_verbs", []),
        *cfg.get("bombing_verbs", []),
        *_EXCHANGE_VERBS,
    }


def reciprocal_readings(cfg: dict) -> dict[str, tuple[frozenset[str], ...]]:
    """The words that start a reciprocal claim, with the word the sentence must also hold
    ("other" of "each other", "another" of "one another"), as ``trigger_readings`` lists them."""
    return {w.lower(): (frozenset({"other", "another"}),) for w in _act_verbs(cfg)}


def _reciprocal(tok) -> bool:
    """ "each other", "one another", not possessive ("each other's tankers")."""
    if tok.dep_ == "poss" or any(c.dep_ == "case" for c in tok.children):
        return False
    doc = tok.doc
    before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
    after = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
    if after in ("'s", "’s"):
        return False
    # the parser takes either word for the head: "each other", "one another"
    return (tok.lower_, after) in _PAIRS or (before, tok.lower_) in _PAIRS


def _stated_as_done(verb) -> bool:
    """A verb told as done or going on: a past or a present, or a participle with its "be" or
    "have"; never an infinitive, a modal or a negation."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" or c.lower_ == "to" for c in aux):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    return verb.tag_ in ("VBG", "VBN") and any(c.lemma_.lower() in _DONE_AUX for c in aux)


def _each_against_the_other(tok, sides: list) -> list[_Claim]:
    """Two sides, each a state, a government or men in arms, of two different states or
    names, each opposing the other; none for any other count or kind of side."""
    if len(sides) != 2 or not all(m.ref.kind in _SIDE_KINDS for m in sides):
        return []
    a, b = sides
    if _same_side(a, b):
        return []
    return [
        _Claim("opposes", tok, [a], parties=[b]),
        _Claim("opposes", tok, [b], parties=[a]),
    ]


class ReciprocalRules(PowerRules):
    """Claims read from two sides' acts of war on each other."""

    def _against_each_other(self, tok, lem: str) -> list[_Claim]:
        """Each of the two sides the subject names opposes the other (the module's
        docstring says when)."""
        if tok.pos_ != "VERB" or lem not in _act_verbs(self.cfg):
            return []
        objects = children(tok, "dobj")
        if not any(_reciprocal(t) for t in objects + preps(tok, *_TARGET_PREPS)):
            return []
        if not all(_reciprocal(t) for t in objects):
            return []  # "fought each other's men", an object of its own
        if not _stated_as_done(tok):
            return []
        if self._told_in_a_frame(tok):
            return []  # a game, a drill, a film, a contest, a speech, a court or a debate
        subjects = children(tok, "nsubj")
        men = self._men_of_a_side()
        if any(
            s.pos_ == "NOUN" and s.lemma_.lower() not in men and s.lower_ not in men
            for s in subjects
        ):
            return []  # "the two teams", "the Soviet and American champions": no men in arms
        return _each_against_the_other(tok, self._subject_powers(tok))

    def _met_in_a_fight(self, tok, lem: str) -> list[_Claim]:
        """ "Indian troops clashed with Chinese soldiers at the pass", "Thai and Cambodian
        troops clashed near the temple": two sides' men in arms who clash (or skirmish),
        one the subject and the other after "with", or both joined as the subject, each
        oppose the other, as when they fight each other. Only where each side is named by
        its men in arms (``_MEN_IN_ARMS``: "troops", "soldiers", "rebels"; never police,
        protesters, fishermen, players, ministers or diplomats, nor a state by its name
        alone: "Britain clashed with France over farm subsidies" is a quarrel of words),
        exactly two sides, each a state, a government or men in arms, of two different
        states or names; stated as done, never modal, negated or an infinitive, nor told in
        a game, a drill, a film, a contest, a speech, a court or a debate (the guards of
        :meth:`_against_each_other`). With a reciprocal ("clashed with each other") the
        other reading takes it. A clash as the object of a verb of starting or having it
        (``_HAD_VERBS``: "provoked a clash with", "had a brief clash with"; not "avoided",
        "feared") is read so too, its "with" naming the other side."""
        if tok.pos_ == "NOUN" and lem in _MEET_VERBS and tok.dep_ == "dobj":
            # "Ugandan troops provoked a clash with Rwandan soldiers": the clash's own
            # "with", its verb one that starts or has it (not "avoided", "feared")
            withs = [
                o for p in children(tok, "prep") if p.lower_ == "with" for o in children(p, "pobj")
            ]
            tok = tok.head
            if tok.lemma_.lower() not in _HAD_VERBS or not withs:
                return []
        elif tok.pos_ == "VERB" and lem in _MEET_VERBS:
            withs = []
        else:
            return []
        withs += [
            o for p in children(tok, "prep") if p.lower_ == "with" for o in children(p, "pobj")
        ]
        if (children(tok, "dobj") and tok.lemma_.lower() in _MEET_VERBS) or any(
            _reciprocal(t) for t in withs
        ):
            return []
        if not _stated_as_done(tok) or self._told_in_a_frame(tok):
            return []
        subjects = children(tok, "nsubj")
        heads = [h for s in subjects + withs for h in with_conjuncts(s)]
        named = [h for h in heads if h.pos_ in ("NOUN", "PROPN")]
        if not named or any(h.lower_ not in _MEN_IN_ARMS for h in named if h.pos_ == "NOUN"):
            return []  # "protesters clashed with police", "clashed with his counterpart"
        if not any(h.pos_ == "NOUN" for h in named):
            return []  # "Britain clashed with France": states by name may quarrel in words
        sides = self._subject_powers(tok)
        if withs:
            sides = [*sides, *self._actors_of(withs, role="party")]
        return _each_against_the_other(tok, sides)

    def _told_in_a_frame(self, tok) -> bool:
        """Whether a verb's act is told in a game, a drill, a film, a contest, a speech, a
        court or a debate (its subject's own words aside)."""
        frames = (
            self.lex.words("staged_words")
            | self.lex.words("staged_modifiers")
            | self.lex.words("contest_words")
            | self.lex.words("verbal_attack_words")
            | _ARENA_NOUNS
        )
        subject = {t.i for s in children(tok, "nsubj") for t in s.subtree}
        return any(
            t.lemma_.lower() in frames or t.lower_ in frames
            for t in tok.subtree
            if t.i not in subject
        )

    def _men_of_a_side(self) -> set[str]:
        """The nouns a side's men in arms or organs are named by ("troops", "soldiers",
        "forces", "army", "government"): the lexicon's state organs and armed nouns."""
        return {w.lower() for w in self.lex.words("state_organs") | self.lex.words("armed_nouns")}


def _same_side(a: Mention, b: Mention) -> bool:
    """Two mentions of one state or one name: no exchange between two sides."""
    if a.ref.code and a.ref.code == b.ref.code:
        return True
    return a.ref.name == b.ref.name
