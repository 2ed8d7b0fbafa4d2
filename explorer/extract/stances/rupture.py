"""A state's hostility told by a diplomatic act: relations broken off, ties cut or severed, an
ultimatum given ("Britain broke off diplomatic relations with Argentina", "the Soviet Union
delivered an ultimatum to Romania", "India gave Portugal an ultimatum").

Breaking off relations with a state, or handing it an ultimatum, is the breaker's or the
giver's stand against that state. Only between two states named as such (a band and its label,
a university and a firm, a club and its coach, a union and a government, a bloc and a member
take no side), the breaker named, not a pronoun (whose state a clause of reasons may not
say: "explained why it had broken off relations with"), told as done (not threatened, denied
or to come), and for a rupture only of relations or ties with no word on them but one of
diplomacy (``_RELATION_WORDS``): cricket, trade or economic ties cut are a sport's or a
market's quarrel. A rupture told beside a
recognition ("broke off relations with Taipei to establish ties with Beijing") is a switch of
which government a state deals with, no hostility. An ultimatum over money or goods ("over
unpaid gas bills") is a creditor's, not a foe's.
"""

from __future__ import annotations

from explorer.extract.stances.claim import _Claim
from explorer.extract.stances.powers import PowerRules
from explorer.extract.stances.protests import ProtestRules
from explorer.extract.syntax import children, preps

# verbs that end relations or ties ("broke off", "cut", "severed"): English's common words,
# chosen by the team
_RUPTURE_VERBS = frozenset({"break", "cut", "sever"})
# the nouns of what is ended, in the plural
_RELATION_NOUNS = frozenset({"relations", "ties"})
# the only words that may stand on them: of diplomacy, or of the whole
_RELATION_WORDS = frozenset(
    {"diplomatic", "consular", "official", "formal", "political", "military", "all", "its",
     "their", "bilateral", "the"}
)  # fmt: skip
# words of a recognition, whose rupture switches which government a state deals with
_RECOGNITION_WORDS = frozenset(
    {"recognise", "recognize", "recognition", "establish", "switch", "derecognise"}
)
# a state's houses of its laws, whose act the state's is ("Peru's parliament gave ...")
_HOUSES = frozenset({"parliament", "legislature", "congress", "senate", "assembly"})
# verbs by which an ultimatum is handed to a state
_ULTIMATUM_VERBS = frozenset({"give", "issue", "deliver", "send", "present", "hand", "serve"})
# what an ultimatum over money or goods is about: a creditor's or a seller's demand
_DEBT_WORDS = frozenset(
    {"bill", "bills", "debt", "debts", "payment", "payments", "repayment", "repayments",
     "price", "prices", "gas", "oil", "tariff", "tariffs", "trade", "loan", "loans", "arrears"}
)  # fmt: skip


def rupture_readings() -> dict[str, tuple[frozenset[str], ...]]:
    """What a sentence needs for :meth:`RuptureRules._diplomatic_rupture` to start (the cue
    test of ``trigger_readings``): the noun, a verb of its act, and "with" or "to" for a
    rupture."""
    out: dict[str, tuple[frozenset[str], ...]] = {
        noun: (_RUPTURE_VERBS, frozenset(["with"])) for noun in _RELATION_NOUNS
    }
    out["ultimatum"] = (_ULTIMATUM_VERBS,)
    return out


class RuptureRules(PowerRules):
    """Claims read from relations broken off or an ultimatum given by one state to another."""

    def _diplomatic_rupture(self, tok) -> list[_Claim]:
        """The state that breaks off relations with another, or hands it an ultimatum,
        opposes it (see the module's docstring for what is none)."""
        if tok.pos_ != "NOUN" or tok.dep_ != "dobj":
            return []
        verb = tok.head
        lem = verb.lemma_.lower()
        if tok.lower_ in _RELATION_NOUNS and lem in _RUPTURE_VERBS:
            if any(c.lower_ not in _RELATION_WORDS for c in tok.children if c.i < tok.i):
                return []  # "cut cricket ties", "economic ties", "its relations" aside
            if any(t.lemma_.lower() in _RECOGNITION_WORDS for t in tok.sent):
                return []  # a switch of recognition
            others = preps(tok, "with") or preps(verb, "with")
        elif tok.lower_ == "ultimatum" and lem in _ULTIMATUM_VERBS:
            about = [t for p in ("over", "on", "about") for o in preps(tok, p) for t in o.subtree]
            about += [t for o in preps(verb, "over") for t in o.subtree]
            if any(t.lower_ in _DEBT_WORDS for t in about):
                return []  # a creditor's demand
            others = children(verb, "dative") + preps(tok, "to") + preps(verb, "to")
        else:
            return []
        if not others or not ProtestRules._lodged_as_done(verb):
            return []
        if any(c.pos_ == "PRON" for c in children(verb, "nsubj")):
            return []  # "why it cut ties with Cuba": a state named as such, never a pronoun
        actors = self._subject_powers(verb) or self._house_owner(verb)
        targets = self._actors_of(others, role="party")
        if not actors or not targets:
            return []
        if any(m.ref.kind != "state" for m in [*actors, *targets]):
            return []  # a band, a club, a union, a bloc: no two states
        if {m.ref.name for m in actors} & {m.ref.name for m in targets}:
            return []
        return [_Claim("opposes", tok, actors, parties=targets)]

    def _house_owner(self, verb) -> list:
        """ "Peru's parliament gave Ecuador an ultimatum": the state that owns the house of
        its laws the subject names (``_HOUSES``), which the reader names no actor for."""
        subj = children(verb, "nsubj")
        if len(subj) != 1 or subj[0].lemma_.lower() not in _HOUSES:
            return []
        owners = self._actors_of(children(subj[0], "poss"))
        return [m for m in owners if m.ref.kind == "state"]
