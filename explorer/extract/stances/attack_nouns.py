"""An attack told by its noun, its doer named on it and its target after "on": "an attack by
Kenyan troops on Ugandan positions", "the Bolivian raid on Paraguay's airfield", "Chile's
assault on Peru", "Cuban raids on Haitian border posts": the doer opposes the side attacked.

The doer is named by "by", its possessive, its people's word or its name on the noun, and is a
state named as such (its name, its people's word or its men), an alliance by its name, or an
armed side by its name. What is attacked is a state named as such, an armed side by its name,
or a site of arms (posts, positions, a base, an airfield...) a state's name or people's word
owns ("Paraguay's airfield", "Haitian border posts"). An attack on a bill, a policy, a record,
a house, a fridge or a heart names no side; one only feared, planned, threatened or denied,
with "no" or "any", or a modal or a condition above it, is no deed (an indefinite or plural
attack is read only under a verb told as done: "an attack by ... killed nine"); one told in a
game, the press, a speech or a parliament, a cyber, verbal or political one, is no act of war;
and between two states, with no men in arms or sites named, the story's own words must tell of
war or men in arms. An attack on a state fought in it is filed there, as an invasion is; one on
men or their sites is filed where the text places the fighting.
"""

from __future__ import annotations

from itertools import pairwise

from explorer.extract.stances.claim import _Claim, _framed_by
from explorer.extract.stances.headline import _WAR_WORDS, hedged
from explorer.extract.stances.invasion import _UNDONE_HEADS, _UNREAL_WORDS, InvasionRules
from explorer.extract.stances.reciprocal import _MEN_IN_ARMS, _stated_as_done
from explorer.extract.syntax import children, preps, with_conjuncts

# the nouns of an attack made "on" someone: English's common words, chosen by the team
ATTACK_NOUNS = frozenset({"attack", "attacks", "assault", "assaults", "raid", "raids"})
# sites of arms a state owns ("Paraguay's airfield", "Haitian border posts"): English's
# common words, chosen by the team
_ARMS_SITES = frozenset(
    {
        "post", "posts", "outpost", "outposts", "position", "positions", "base", "bases",
        "airbase", "airbases", "airfield", "airfields", "airport", "garrison", "garrisons",
        "camp", "camps", "barracks", "reactor", "fleet", "warship", "warships", "trenches",
        "lines", "defences", "defenses", "installations", "convoy", "convoys", "patrol",
        "patrols",
    }
)  # fmt: skip
# craft in arms a state's people's word names its own ("Chilean jets"): English's common
# words, chosen by the team
_CRAFT = frozenset(
    {
        "jets", "warplanes", "planes", "aircraft", "bombers", "helicopters", "gunboats",
        "warships", "tanks", "artillery", "navy", "gunships", "submarines", "drones",
    }
)  # fmt: skip
# determiners of an attack general or none ("no attack", "any attack", "another attack")
_NONE_DETS = frozenset({"no", "any", "every", "each", "another"})
# verbs above an attack's noun that leave it awaited, asked for or put off: English's common
# ones, chosen by the team (beside the invasion's words of fear, plan and prevention)
_AWAITED = frozenset(
    {"expect", "await", "anticipate", "urge", "demand", "call", "seek", "want", "postpone"}
)
# words of a frame where an attack is one of words or play: the press, a speech, a parliament,
# a campaign of votes (beside the lexicon's contests, media and staged frames): English's
# common ones, chosen by the team
_WORD_FRAMES = frozenset(
    {
        "press", "speech", "speeches", "interview", "editorial", "article", "column", "letter",
        "statement", "parliament", "congress", "assembly", "debate", "court", "summit",
        "election", "elections", "tweet", "broadcast", "book", "report",
    }
)  # fmt: skip
# words on the noun that make the attack one of words, law, money or computers: English's
# common ones, chosen by the team (beside the lexicon's figurative and staged modifiers)
_NOT_ARMS = frozenset(
    {
        "heart", "panic", "asthma", "anxiety", "personal", "scathing", "blistering",
        "stinging", "withering", "sharp", "bitter", "fresh", "economic", "trade", "cyber",
        "hacker", "hacking", "ransomware", "phishing", "acid", "shark", "dog", "bear",
        "police", "tax", "dawn", "fridge", "press",
    }
)  # fmt: skip


def attack_noun_readings() -> dict[str, tuple[frozenset[str], ...]]:
    """The words that start an attack's noun claim, with the word the sentence must hold
    ("on" of "an attack on ..."), as ``trigger_readings`` lists them."""
    return {w: (frozenset({"on"}),) for w in ATTACK_NOUNS}


class AttackNounRules(InvasionRules):
    """An attack told by its noun (the module's rule)."""

    def _attack_noun(self, tok) -> list[_Claim]:
        """The doer of an attack told by its noun opposes the side it is made on (see the
        module's docstring)."""
        if tok.pos_ != "NOUN" or tok.lower_ not in ATTACK_NOUNS or not self._attack_done(tok):
            return []
        if self._of_words_or_play(tok):
            return []
        owners = [
            c
            for c in tok.children
            if c.dep_ in ("amod", "compound", "nmod") or (c.dep_ == "poss" and c.pos_ != "PRON")
        ]
        doers = [o for p in preps(tok, "by") for o in with_conjuncts(p)]
        # "Kenyan paratroopers": the men's people's word names the state
        owners += [c for d in doers for c in d.children if c.dep_ in ("amod", "compound")]
        powers = self._actors_of([*owners, *doers])
        if _one_people(powers, self.ctx.s.sent.doc):
            return []
        # "an attack by Kenyan troops on ...": the parse may hang the "on" on the doers
        ons = [*preps(tok, "on"), *(o for d in doers for o in preps(d, "on"))]
        objs = [o for p in ons for o in with_conjuncts(p) if o.ent_type_ not in ("DATE", "TIME")]
        if not powers or not objs or not all(self._a_doer(m) for m in powers):
            return []
        targets, armed = [], False
        for o in objs:
            got = self._attacked(o)
            if got is None:
                return []
            targets += got[0]
            armed = armed or got[1]
        armed = armed or any(self._in_arms(m) or m.ref.kind != "state" for m in powers)
        if not targets or (not armed and not self.ctx.document_words & _WAR_WORDS):
            return []
        if {m.ref.code for m in powers} & {m.ref.code for m in targets if m.ref.code}:
            return []
        if {m.ref.actor for m in powers} & {m.ref.actor for m in targets}:
            return []
        asked = self.lex.words("invited_words") | self.lex.words("mistake_words")
        if any(t.lemma_.lower() in asked for t in tok.subtree):
            return []
        states = [m for m in targets if m.ref.kind == "state"]
        if self._listed_ground_struck(states, self.year(tok)):
            return []
        on_state = all(self._state_named(m) and not self._troops(m) for m in targets)
        fought_in = on_state and not armed
        return [_Claim("opposes", tok, powers, objs, parties=targets, fought_in=fought_in)]

    def _a_doer(self, m) -> bool:
        """A state named as such or by its men or craft in arms, an alliance by its name, or
        an armed side by its name."""
        if self._state_named(m) or self._in_arms(m):
            return True
        if m.ref.kind in ("org", "coalition") and m.ref.form == "name":
            return True
        return m.ref.kind in ("party", "armed") and m.ref.name[:1].isupper()

    def _in_arms(self, m) -> bool:
        """A state's men or craft in arms ("Bolivian troops", "Chilean jets")."""
        if m.ref.kind != "state" or m.ref.form != "organ" or not m.ref.code:
            return False
        return self.ctx.s.sent.doc[m.j - 1].lower_ in _MEN_IN_ARMS | _CRAFT

    def _attacked(self, obj) -> tuple[list, bool] | None:
        """The sides an attack "on" ``obj`` is made on, and whether they are named by men in
        arms or their sites; None when ``obj`` names no side (a bill, a house, a record)."""
        low = obj.lemma_.lower()
        if obj.lower_ in _ARMS_SITES or low in _ARMS_SITES:
            owners = [
                c
                for c in obj.children
                if c.dep_ in ("poss", "amod", "compound", "nmod") and c.pos_ != "PRON"
            ]
            found = self._actors_of(owners, role="party")
            if _one_people(found, self.ctx.s.sent.doc):
                return None
            held = [m for m in found if self._state_or_side(m)]
            if any(self._sited_elsewhere(m) for m in held):
                return None
            return (held, True) if held else None
        got = self._actors_of([obj], role="party")
        if (
            not got
            or _one_people(got, self.ctx.s.sent.doc)
            or not all(self._state_or_side(m) for m in got)
        ):
            return None
        armed = obj.lower_ in _MEN_IN_ARMS or any(self._in_arms(m) for m in got)
        armed = armed or any(m.ref.kind != "state" for m in got)
        return got, armed

    def _sited_elsewhere(self, m) -> bool:
        """ "the raid on Serb positions near" a town of Bosnia: sites a people's word owns in a
        sentence whose places all lie in other lands may be the people's, not the state's
        (Serbs of Bosnia, Armenians of another land); no side is read."""
        if m.ref.kind != "state" or m.ref.form != "demonym" or not m.ref.code:
            return False
        lands = {tp.candidate.country for tp in self.ctx.toponyms if tp.candidate is not None}
        return bool(lands) and m.ref.code not in lands

    def _state_or_side(self, m) -> bool:
        """A state named as such, or an armed side by its name."""
        return (
            self._state_named(m)
            or self._in_arms(m)
            or (m.ref.kind in ("party", "armed") and m.ref.name[:1].isupper())
        )

    def _attack_done(self, tok) -> bool:
        """Whether the noun tells an attack made: no "no" or "any"; no word of unreality on
        it; no word of fear, threat, plan, prevention, denial or waiting above it, nor a
        modal, a negation or a condition on a verb above it; and an indefinite or plural
        attack ("an attack by ...", "raids on ...") only under a verb told as done."""
        dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
        if any(d in _NONE_DETS for d in dets):
            return False
        unreal = _UNREAL_WORDS | self.lex.words("unreal_modifiers")
        unreal |= self.lex.words("staged_modifiers") | self.lex.words("figurative_act_words")
        if any(c.lower_ in unreal or c.lower_ in _NOT_ARMS for c in tok.children if c.i < tok.i):
            return False
        heads = _UNDONE_HEADS | _AWAITED | self.lex.words("staged_words")
        heads |= self.lex.words("deny_verbs") | self.lex.words("intent_words")
        verb = None
        for up in tok.ancestors:
            if up.lemma_.lower() in heads or up.lower_ in heads:
                return False
            if up.pos_ in ("VERB", "AUX"):
                if hedged(up):
                    return False
                verb = verb if verb is not None else up
        definite = "the" in dets or bool(children(tok, "poss"))
        if definite:
            return True
        return verb is not None and _stated_as_done(verb) and verb.tag_ != "VBP"

    def _of_words_or_play(self, tok) -> bool:
        """An attack told in the press, a speech, a parliament or a game, or in a sentence
        of a contest ("won the match"): one of words or play."""
        frames = _WORD_FRAMES | self.lex.words("contest_words") | self.lex.words("media_nouns")
        frames |= self.lex.words("staged_words")
        if _framed_by(tok, frames, frozenset(), within=("in", "at", "during", "within")):
            return True
        contests = self.lex.words("contest_words")
        return any(t.lower_ in contests for t in tok.sent)


def _one_people(mentions, doc) -> bool:
    """ "Bosnian Croat positions", "the Iraqi Kurdish raid": two peoples' words side by side
    name one people living in another's land (Croats of Bosnia, Kurds of Iraq), neither state,
    so no side is read (the first was read as the land's government, the second as the
    people's own state: wrong sides both)."""
    spans = sorted((m.i, m.j, m.ref.actor) for m in mentions)
    if any(a[1] == b[0] and a[2] != b[2] for a, b in pairwise(spans)):
        return True
    # or beside a people's word that names no state ("Iraqi Kurdish"), or inside a people's
    # name the recogniser took whole ("Bosnian Serb")
    for m in mentions:
        if doc[m.i].ent_type_ != "NORP":
            continue
        before = m.i > 0 and doc[m.i - 1].ent_type_ == "NORP"
        after = m.j < len(doc) and doc[m.j].ent_type_ == "NORP"
        if before or after:
            return True
    return False
