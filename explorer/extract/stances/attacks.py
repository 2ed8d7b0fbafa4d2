"""Where an attack on a state's men is fought, and what an act of war denied or not done says.

An attack on men ("Chinese troops attacked American forces") is fought where those men are,
which their state's name does not tell; an invasion, an attack or a strike denied ("Iran
denied that its drones struck Israel") is an act not done, which denies no side; nor does one
told in a game, a film or a drill, or one almost done, oppose anyone.
"""

from __future__ import annotations

from explorer.extract.mentions import Mention
from explorer.extract.stances.abroad import AbroadRules
from explorer.extract.stances.claim import _STATE_KINDS, _Claim, _framed_by
from explorer.extract.stances.headline import INVASION_NOUNS
from explorer.extract.syntax import children, with_conjuncts
from explorer.vocabulary import UNPLACED


class AttackRules(AbroadRules):
    """The war of an attack on men, and acts of war denied."""

    def _homes_not_fought_in(self, cl: _Claim, powers: list[Mention], parties, theatre) -> set:
        """ "Chinese troops later attacked American forces" (1950), with no place named: the
        men attacked fight where they are, which is not their home state by their name alone
        (nor the attackers'). When the claim is filed in the home country of one of its
        states and the article names that country nowhere as a place where things happen,
        the homes the article never names so: the claim goes where else the text places
        the fighting, or is not stated (no filing beats a wrong one). A listed war of the
        claim's year stays (the lexicon knows where it is fought), and so does an invasion
        or an attack on a state itself, which is fought in that state; a state fought by a
        state ("North Korea fought the United States", 1951; "Cuba fought South Africa",
        1988; "clashes between Uganda and Rwanda") is fought where its men are, as its troops
        are (a state fighting a group, or a group a state, fights at home)."""
        if cl.relation != "opposes" or cl.fought_in or not parties or not powers:
            return set()
        verb = cl.trigger.lemma_.lower()
        between = any(p.lower_ == "between" for p in children(cl.trigger, "prep"))
        fights = verb in self.cfg["fight"]["verbs"] or (
            between and verb in self.lex.words("clash_nouns")
        )
        if fights and not all(m.ref.kind in _STATE_KINDS for m in (*powers, *parties)):
            return set()  # "Colombia fights the FARC", "UNITA fought the government": at home
        if verb not in self.lex.words("attack_verbs") and not fights:
            return set()
        if theatre.definition is not None or not theatre.country or theatre.id == UNPLACED:
            return set()
        if not fights and not all(self._troops(m) for m in parties):
            return set()  # "attacked Ukraine": the state, fought in it
        fought = list(parties)
        if fights:
            # "fought the United States and South Korea": each state fought, in whichever
            # claim of the sentence it is filed
            fought += [
                m
                for o in children(cl.trigger, "dobj")
                for t in with_conjuncts(o)
                if (m := self.ctx.mention(t)) is not None
            ]
        homes = {
            m.ref.code for m in (*powers, *fought) if m.ref.kind in _STATE_KINDS and m.ref.code
        }
        finder = self.doc_theatre
        if theatre.country not in homes or finder.named_as_place(theatre.country):
            return set()
        if finder.names_a_place(self.ctx) and not fights:
            # "near Badme": the text places the fighting itself; a state fought or a fight
            # between two ("Fighting between Ugandan and Rwandan troops erupted in
            # Kisangani") goes where the text places it, away from the homes
            return set()
        return {c for c in homes if not finder.named_as_place(c)}

    def _act_of_war(self, cl: _Claim) -> bool:
        """Whether the claim is read from an invasion, an attack, a strike or fighting between
        two sides (not from a word of opposition): denied, such an act denies no side, as one
        not done does."""
        acts = self.lex.words("invade_verbs") | self.lex.words("attack_verbs")
        acts |= self.lex.words("strike_verbs")
        if cl.relation != "opposes":
            return False
        if cl.trigger.lemma_.lower() in acts or cl.trigger.lemma_.lower() in INVASION_NOUNS:
            return True  # "Japan's invasion of ..." (``InvasionRules``) as "invaded"
        # "clashes between Russian and Georgian troops" (``_clash``): fighting told, an act
        clash = self.lex.words("clash_nouns")
        return (cl.trigger.lemma_.lower() in clash or cl.trigger.lower_ in clash) and any(
            p.lower_ == "between" for p in children(cl.trigger, "prep")
        )

    def _not_done(self, cl: _Claim) -> bool:
        """An act of war (``_act_of_war``) that was not done in the world: told inside a game,
        a film, a novel, a simulation, a drill or on computers ("Iranian drones struck Israel
        in a video game", "In the film, Russian troops invaded Ukraine", "struck Ukraine in a
        cyber attack", "The film imagines how Israeli jets struck Iran"), only almost done
        ("Israeli jets almost struck Iran"). (One put as a condition or a question by an
        auxiliary before its subject, "Had Iraq invaded Saudi Arabia, ...", is hedged by the
        modality reader, as every stance is.) The lexicon's
        `staged_words` name such frames and its `staged_modifiers` the words that make one of
        a noun (on the noun after "in" or "during" the act or a verb above it hangs on, or on
        the subject of a verb above it); its `near_words` the acts that fell short."""
        tok = cl.trigger
        near = self.lex.words("near_words")
        if any(c.dep_ == "advmod" and c.lower_ in near for c in tok.children):
            return True  # "almost struck", "nearly invaded": not done
        staged = self.lex.words("staged_words")
        staged_mods = self.lex.words("staged_modifiers")
        if tok.pos_ == "NOUN" and any(
            c.dep_ in ("amod", "compound") and c.lower_ in staged_mods for c in tok.children
        ):
            return True  # "a simulated war between China and Taiwan", "a mock assault"
        return _framed_by(tok, staged, staged_mods)
