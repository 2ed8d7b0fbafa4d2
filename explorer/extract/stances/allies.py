"""What an ally, a client or a proxy named in passing says of who backs whom.

"Kuwait, an ally of the United States": an alliance is a tie both ways, so which of the two
backs the other in a war is told by the war, not by the word. "The Houthis, a proxy of Iran",
"Ethiopia, a Soviet client": a proxy or a client is backed by the one it is the proxy or
client of, never the reverse.
"""

from __future__ import annotations

import re

from explorer.extract.mentions import Mention
from explorer.extract.stances.claim import _Claim
from explorer.extract.stances.powers import PowerRules
from explorer.extract.syntax import children
from explorer.model import Stance

# the titles of a state's head ("King Hassan II of Morocco", "President Siad Barre of Somalia")
_RULER_TITLES = frozenset(
    {"king", "queen", "president", "emir", "sultan", "shah", "premier", "dictator", "ruler"}
)


def whole_states(ms: list[Mention]) -> bool:
    """Whether ``ms`` are all states named as such (by name, demonym or capital)."""
    return bool(ms) and all(
        m.ref.kind == "state" and m.ref.code and m.ref.form in ("name", "demonym", "metonym")
        for m in ms
    )


class AllyRules(PowerRules):
    """The direction of a tie named by an ally, client or proxy noun."""

    def _codes(self, ms: list[Mention]) -> set[str]:
        return {m.ref.code for m in ms if m.ref.code}

    def _sides_of(self, cl: _Claim) -> list[Mention]:
        return cl.parties or self._actors_of(cl.party_heads, role="party")

    def _claim_of(self, cl: _Claim, powers: set[str], parties: set[str]) -> bool:
        """Whether ``cl`` is a claim of one of ``powers`` on one of ``parties``."""
        return bool(self._codes(cl.powers) & powers and self._codes(self._sides_of(cl)) & parties)

    def _whole_states(self, ms: list[Mention]) -> bool:
        return whole_states(ms)

    def _ties(self, out: list[_Claim]) -> list[_Claim]:
        """The claims of ``out`` with each tie read in its direction (changed in place), and
        those that say nothing in a war left out.

        A client or a proxy (the lexicon's `client_nouns`) is backed by whom it serves: "the
        Houthis, a proxy of Iran", "an Iranian proxy", "Ethiopia, a Soviet client" give Iran
        backs the Houthis, the Soviet Union backs Ethiopia (a client only of a state: "a
        client of the bank" is a customer); a state that serves a state is backed in a war
        only as a side the sentence fights, else the two are a tie. An alliance between two
        states (`tie_nouns`) is mutual: "X, an ally of Y" says neither backs the other in a
        given war. When the sentence fights one of them (a side of an attack, an invasion
        or a fight in it) and not the other, the one fought is the one backed ("Iraq
        invaded Kuwait, an ally of the United States": the United States backs Kuwait, not
        Kuwait the United States); when a claim of its own says which backs or arms the
        other, either way ("The United States armed Israel, its closest ally", "Poland, an
        ally of Ukraine, sent tanks to Kyiv"), the tie adds nothing; else it is marked a
        tie, shown in no conflict rather than in a war the alliance does not tell of
        (``_tie_in_no_war``). A tie or a client with "no" ("Hungary is no ally of Russia")
        says nothing. An ally that is no state ("Hezbollah, an ally of Iran", "Sinn Fein,
        the political ally of the IRA") is read as before."""
        clients = self.lex.words("client_nouns")
        mutual = self.lex.words("tie_nouns")
        acts = (
            set(self.cfg["fight"]["verbs"])
            | self.lex.words("invade_verbs")
            | self.lex.words("attack_verbs")
        )
        fights = [
            (o, self._codes([*o.powers, *self._sides_of(o)]))
            for o in out
            if o.relation == "opposes" and o.trigger.lemma_.lower() in acts and self._sides_of(o)
        ]  # a fight of no side ("Egypt, an ally of Saudi Arabia, fought inflation") is none
        at_war = {c for _, codes in fights for c in codes}
        keep: list[_Claim] = []
        for cl in out:
            lem = cl.trigger.lemma_.lower()
            if cl.relation != "backs" or cl.trigger.pos_ != "NOUN" or lem not in clients | mutual:
                keep.append(cl)
                continue
            if any(c.dep_ == "det" and c.lower_ == "no" for c in cl.trigger.children):
                continue  # "the M23 is no proxy of Rwanda", "Hungary is no ally of Russia"
            if self._reputed(cl.trigger):
                continue  # "often described as a proxy of Iran": a name given, as "seen as
                # the main backer" is
            if lem in clients:
                patrons = self._actors_of(cl.party_heads) if not cl.parties else cl.parties
                if lem == "client" and not self._whole_states(patrons):
                    continue
                served = cl.powers
                cl.powers, cl.parties, cl.party_heads = patrons, served, []
                if self._whole_states(patrons) and self._whole_states(served):
                    # "Belarus, a Russian client, let Russian troops cross": a state served
                    # by a state is backed in a war only as a side of it the sentence
                    # fights; else the two are tied as allies are
                    cl.tie = not self._codes(served) <= at_war and not self._in_a_war(cl.trigger)
                keep.append(cl)
                continue
            if self._rulers_tie(cl, at_war):
                cl.tie = True
                keep.append(cl)
                continue
            ys = self._sides_of(cl)
            if not (self._whole_states(cl.powers) and any(self._whole_states([y]) for y in ys)):
                keep.append(cl)
                continue
            if not self._whole_states(ys):
                # "Qatar, an ally of both Hamas and the United States": the armed group is
                # read as before, the state is a tie
                cl.tie = not self._in_a_war(cl.trigger)
                keep.append(cl)
                continue
            xs_codes, ys_codes = self._codes(cl.powers), self._codes(ys)
            others = [o for o in out if o is not cl]
            if any(
                o.relation in ("backs", "supplies")
                and (self._claim_of(o, ys_codes, xs_codes) or self._claim_of(o, xs_codes, ys_codes))
                for o in others
            ):
                # "armed Israel, its closest ally", "Poland, an ally of Ukraine, sent tanks to
                # Kyiv": the backing says which way, and in which war
                continue
            if xs_codes <= at_war and not ys_codes & at_war:
                allies = self._actors_of(cl.party_heads) if not cl.parties else cl.parties
                cl.powers, cl.parties, cl.party_heads = allies, cl.powers, []
                # in the war of the fight that names the one backed
                cl.conflict_of = next(o for o, codes in fights if codes & xs_codes)
            elif not self._in_a_war(cl.trigger):
                cl.tie = True
            keep.append(cl)
        return keep

    def _in_a_war(self, tok) -> bool:
        """ "a key French ally in the war in Mali", "an ally against the Islamic State": an
        alliance told of a war (one of the lexicon's `campaign_nouns` after "in") or against
        a foe is a side in it, not a tie ("its closest ally in the region" is)."""
        wars = {w.lower() for w in self.cfg["opposes"].get("campaign_nouns", [])}
        for p in tok.children:
            if p.dep_ != "prep" or p.lower_ not in ("in", "against"):
                continue
            if p.lower_ == "against" or any(
                o.lemma_.lower() in wars or o.lower_ in wars for o in children(p, "pobj")
            ):
                return True
        return False

    def _reputed(self, tok) -> bool:
        """ "Hezbollah, often described as a proxy of Iran", "the Houthis, seen as an Iranian
        proxy": the noun is a name a verb of regard (the lexicon's `regard_verbs`) gives, a
        reputation, which says no more than "widely seen as the main backer" does."""
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else None
        regard = {w.lower() for w in self.cfg["mediates"].get("regard_verbs", [])}
        return verb is not None and verb.lemma_.lower() in regard

    def _tie_in_no_war(self, cl: _Claim, party: Mention, theatre) -> bool:
        """An alliance of two states told in passing ("Pakistan, an ally of China, tested a
        missile", "Azerbaijan attacked Armenia, an ally of Russia" in 2020, "China, an ally
        of Russia, called for talks" in 2023) says neither backs the other in any war: it is
        shown in no conflict, wherever it was filed (a war the lexicon lists for the ally,
        as the Russia–Ukraine war is Russia's, or one the text places elsewhere), unless
        that war is fought at the ally's own home and the sentence names that home as a
        place ("Russia, Serbia's traditional ally, opposes NATO air strikes against
        Belgrade"; not "Japan, a close ally of the United States, sent observers" in an
        article from Washington)."""
        code = party.ref.code
        if not (cl.tie and party.ref.kind == "state" and code):
            return False
        home = theatre.country == code or (
            theatre.definition is not None and code in theatre.definition.countries
        )
        return not (
            home and self.doc_theatre.named_here(self.ctx, code) and self._named_apart(party)
        )

    def _titled_rulers(self, ms: list[Mention]) -> set[str]:
        """ "King Hassan II of Morocco", "Morocco's King Hassan II": the states of persons the
        lexicon does not know as leaders, each named with a head of state's title and his
        state (after "of" or before as an owner); empty unless every one is so named ("the
        bank's chairman", "Tony Blair" are none)."""
        doc = self.ctx.s.sent.doc
        codes: set[str] = set()
        for m in ms:
            if m.ref.kind != "person" or m.ref.code:
                return set()
            last = doc[m.j - 1]
            span = doc[min(m.i, last.left_edge.i) : m.j]
            if not any(t.lower_ in _RULER_TITLES for t in span):
                return set()
            owners = [
                o for p in children(last, "prep") if p.lower_ == "of" for o in children(p, "pobj")
            ]
            owners += [c for t in span for c in t.children if c.dep_ == "poss"]
            states = [s for o in owners if (s := self.ctx.mention(o)) is not None]
            states = [s for s in states if whole_states([s])]
            if not states:
                return set()
            codes |= self._codes(states)
        return codes

    def _rulers_tie(self, cl: _Claim, at_war: set[str]) -> bool:
        """ "King Hussein of Jordan was a firm ally of London": a head of state named
        with his state (``_titled_rulers``) allied to a state is the tie his state's is, shown
        in no war, unless the sentence fights either or tells the alliance's war ("an ally
        against the Houthis")."""
        if cl.trigger.lemma_.lower() not in self.lex.words("tie_nouns"):
            return False
        rulers = self._titled_rulers(cl.powers)
        sides = self._sides_of(cl)
        if not rulers or not self._whole_states(sides):
            return False
        if (rulers | self._codes(sides)) & at_war:
            return False
        return not self._in_a_war(cl.trigger)

    def _named_apart(self, party: Mention) -> bool:
        """Whether the sentence names the ally's country as a place by other words than the
        ally's own ("Belgrade" beside "Serbia's ally"; not "Washington" in "a close ally of
        Washington", which is the ally, however the place reader takes it)."""
        code = party.ref.code
        for tp in self.ctx.toponyms:
            toks = self.ctx.tokens_of(tp)
            if tp.candidate is None or tp.candidate.country != code or tp.metonymic or not toks:
                continue
            if not any(party.covers(t) for t in toks):
                return True
        return False


_ALLY_WORD = re.compile(r"\ball(?:y|ies)\b", re.IGNORECASE)


def ties_told_the_other_way(stances: list[Stance], lex) -> list[Stance]:
    """``stances`` of one document without the passing ties the article's own claims turn
    round.

    "X is a close ally of Y", told in passing, is shown as X backs Y in no conflict
    (``AllyRules._ties``); within its sentence a backing or a supply of the two's own says
    which way the tie goes and the tie adds nothing. So in the whole article: where another
    sentence states, as the article's own fact, that Y backs or arms X ("Moscow sold Yerevan
    tanks. Armenia is a close ally of Russia"), the tie read as X backing Y is that tie read
    against its way: it is left out. A tie with no such claim of the pair, a backing of a
    war, a denied or a reported sale ("Iran accused the United States of arming Bahrain")
    and an alignment with no ally word ("Russia supports Serbia") are kept."""
    told = {
        (power, party)
        for st in stances
        if st.relation in ("backs", "supplies") and not st.negated and not st.claimed_by
        for power in [_state_code(st.power, lex)]
        for party in [_state_code(st.party, lex)]
        if power and party
    }
    if not told:
        return stances
    out = [st for st in stances if not _a_tie_turned(st, told, lex)]
    return stances if len(out) == len(stances) else out


def _a_tie_turned(st: Stance, told: set[tuple[str, str]], lex) -> bool:
    """Whether ``st`` is a tie shown in no conflict whose two states the article's own
    claim ``told`` joins the other way round."""
    if st.relation != "backs" or st.negated or st.claimed_by:
        return False
    if not st.theatre.endswith("-no-conflict"):
        return False
    if not all(_ALLY_WORD.search(e.text) for e in st.evidence):
        return False
    power, party = _state_code(st.power, lex), _state_code(st.party, lex)
    return bool(power and party) and (party, power) in told


def _state_code(name: str, lex) -> str | None:
    """The state a shown side's name stands for: a state by its name, or a state's side in a
    listed war ("Armenia", "Saudi Arabia"); None for any other side."""
    ref = lex.lookup(name)
    if ref is not None and ref.kind == "state" and ref.code:
        return ref.code
    for th in lex.theatres.values():
        for code, side in th.state_parties.items():
            if side == name:
                return code
    return None
