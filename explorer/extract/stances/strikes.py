"""Strikes told by their weapons: "Iranian drones struck Israel", "Russian missiles hit Ukraine".

A state's drones, missiles or jets that strike another state act for their state, as its
troops do; but a weapon may be fired by another than its maker ("Iranian drones" over Ukraine
were Russia's to fire), and a strike may be a mistake or on one's own land. So a strike by
weapons opposes only the two principals of one war the lexicon lists in the strike's year,
stated as done, in the active voice.
"""

from __future__ import annotations

import itertools

from explorer.extract.mentions import Mention
from explorer.extract.stances.claim import _Claim, _named
from explorer.extract.stances.supply import SupplyRules
from explorer.extract.syntax import children, preps, with_conjuncts


class StrikeRules(SupplyRules):
    """Claims read from a strike by a state's weapons."""

    def _by_weapons(self, m: Mention) -> bool:
        """A state's weapons or air force named as who acts ("Iranian drones", "Russian
        missiles", "the Israeli air force"), not its men, a people or a maker's name."""
        if m.ref.kind != "state" or m.ref.form != "organ" or not m.ref.code:
            return False
        if not self.ctx.owns(m):
            return False
        head = self.ctx.s.sent.doc[m.j - 1]
        if self._held_by_another(head, m):
            return False
        if head.lemma_.lower() == "force":
            return any(c.lower_ == "air" for c in head.children if c.i < head.i)
        weapons = self.lex.words("weapon_organs")
        return head.lower_ in weapons or head.lemma_.lower() in weapons

    def _held_by_another(self, head, m: Mention) -> bool:
        """ "Iranian missiles fired by the Houthis", "Iranian drones supplied to Hezbollah",
        "Iranian drones of Hezbollah": the weapon's own words give it to another (a
        participle with an agent, one of the supply verbs with or without commas, an owner
        after "of"), so its
        state's word names its maker, not who struck with it."""
        gives = {w.lower() for w in self.cfg["supplies"]["verbs"]}
        up = head.head
        if head.dep_ == "nsubj" and up.lemma_.lower() in gives and preps(up, "to"):
            # "Iranian drones supplied to Hezbollah struck Israel", which the parser reads as
            # drones that supplied, the strike hung on it: the participle with no commas
            return True
        for c in head.children:
            if c.dep_ == "acl" and (
                c.lemma_.lower() in gives or any(a.dep_ == "agent" for a in c.children)
            ):
                return True
            if c.dep_ == "prep" and c.lower_ == "of":
                owners = self._actors_of(children(c, "pobj"), role="party")
                if any(o.ref.code != m.ref.code for o in owners):
                    return True
        return False

    def _struck_by_weapons(self, tok) -> bool:
        """Whether the verb's subject names a state's weapons."""
        return any(self._by_weapons(m) for m in self._subject_powers(tok))

    def _principals(self, a: str, b: str, year: int | None) -> list:
        """The listed wars of ``year`` whose two opposite principals are ``a`` and ``b``: two
        countries of a war the lexicon lists by its states alone (Iran and Israel, Armenia
        and Azerbaijan), or a state that wages the war from abroad and a country it is
        fought in whose government is no listed side of it (Russia and Ukraine; never Saudi
        Arabia and Yemen, whose government the Saudis back)."""
        out = []
        for th in self.lex.theatres.values():
            if not th.covers(year) or a == b:
                continue
            if (th.between_states and a in th.countries and b in th.countries) or any(
                th.waged_by(x, year) and y in th.countries and not th.state_party(y, year)
                for x, y in ((a, b), (b, a))
            ):
                out.append(th)
        return out

    def _weapon_strike(self, tok, passive: bool) -> list[_Claim]:
        """ "Iranian drones struck Israel" (2024), "Russian missiles hit Ukraine" (2022),
        "Azerbaijani drones struck Armenia" (2020): a strike by a state's weapons on a
        state named as such opposes the one struck, when the two are the opposite
        principals of one listed war of the strike's year. The guards of an attack by men
        (``_hostile_act``): done, not feared, planned or denied; not by mistake nor asked
        for; not on the striker's own land (a place of its own named in the sentence)."""
        if passive or tok.tag_ not in ("VBD", "VBN"):
            return []
        if any(
            c.dep_ in ("aux", "neg") and (c.tag_ == "MD" or c.dep_ == "neg") for c in tok.children
        ):
            return []  # "might hit", "did not strike"
        objs = [o for d in children(tok, "dobj") for o in with_conjuncts(d)]
        powers = self._subject_powers(tok)
        if not objs or not powers or not all(self._by_weapons(m) for m in powers):
            return []
        targets = self._actors_of(objs, role="party")
        if len(targets) != len(objs) or not all(self._state_named(m) for m in targets):
            return []
        words = [t.lower_ for t in tok.subtree if t.lower_ != "-"]
        if any(t.lemma_.lower() in self.lex.words("mistake_words") for t in tok.subtree) or any(
            pair == ("friendly", "fire") for pair in itertools.pairwise(words)
        ):
            return []  # "a Ukrainian missile hit Poland by accident"
        if any(t.lemma_.lower() in self.lex.words("invited_words") for t in tok.subtree):
            return []
        year = self.year(tok)
        wars = {
            th.id
            for p in powers
            for t in targets
            for th in self._principals(p.ref.code or "", t.ref.code or "", year)
        }
        pairs_at_war = all(
            self._principals(p.ref.code or "", t.ref.code or "", year)
            for p in powers
            for t in targets
        )
        if len(wars) != 1 or not pairs_at_war:
            return []
        own = {p.ref.code for p in powers}
        if own & self._places_outside([*powers, *targets]):
            return []  # "Russian missiles hit Belgorod": the striker's own land
        # a strike on a state itself is fought in it ("struck Ukraine from Belarus"), one on
        # its men where they are
        fought_in = not any(self._troops(m) for m in targets)
        return [_Claim("opposes", tok, powers, objs, fought_in=fought_in)]

    def _attack_on_side(self, tok, passive: bool) -> list[_Claim]:
        """ "Saudi Arabia attacked the Houthis", "Israel bombed Hezbollah": an attack stated as
        done (active, past, not negated nor modal) by a state named as such (its name, its
        people's word or its armed men, not a capital, a leader or an office, whose attacks
        may be of words) on a side in arms the text names by its own name (a listed side, a
        proper-named group), the whole object, opposes it. Not by mistake nor at its request,
        as between states (``_hostile_act``)."""
        if passive or tok.tag_ not in ("VBD", "VBN"):
            return []
        if any((c.dep_ == "aux" and c.tag_ == "MD") or c.dep_ == "neg" for c in tok.children):
            return []
        objs = [o for d in children(tok, "dobj") for o in with_conjuncts(d)]
        powers = self._subject_powers(tok)
        if not objs or not powers or not all(self._state_named(m) for m in powers):
            return []
        targets = self._actors_of(objs, role="party")
        if len(targets) != len(objs) or not all(
            m.ref.kind in ("party", "armed")
            and _named(m)
            and m.covers(o)
            # "struck Kataib Hezbollah": a name read in part is another group
            and all(m.covers(t) for t in o.lefts if t.dep_ == "compound" and t.pos_ == "PROPN")
            for m, o in zip(targets, objs, strict=True)
        ):
            return []
        mistakes = self.lex.words("mistake_words") | self.lex.words("invited_words")
        if any(t.lemma_.lower() in mistakes for t in tok.subtree) or self._in_words(tok):
            return []
        return [_Claim("opposes", tok, powers, objs)]

    def _in_words(self, tok) -> bool:
        """An attack told as one of words: its medium after a preposition ("attacked the YPG
        in a statement"), a participle of calling or saying on it ("attacked the Houthis,
        calling them terrorists") or "verbally" (the lexicon's ``verbal_attack_words``); a
        word inside another verb's clause under it ("bombed the rebels who had made a
        statement") is not the attack's."""
        words = self.lex.words("verbal_attack_words")
        speech = words | self.lex.words("speech_verbs")
        for t in tok.subtree:
            up = t.head
            while up.i != tok.i and up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
                up = up.head
            if up.i != tok.i:
                continue
            if t.lemma_.lower() in words and (t.dep_ == "advmod" or t.head.dep_ == "prep"):
                return True
            if t.head.i == tok.i and t.dep_ in ("advcl", "xcomp") and t.lemma_.lower() in speech:
                return True
        return False
