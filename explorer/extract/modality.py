"""Whether a clause states a fact: negation and denial in their own clause, requests,
conditions and offers that state nothing, and who the article says makes the claim.

"X does not back Y, but arms Z": the negation stays in its clause. "urged Germany to stop
selling tanks to Egypt" states no German supply. "Damascus accuses Ankara of arming the rebels"
is Syria's claim, not the article's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from explorer.extract.syntax import children

_CLAUSE_TOP = ("ROOT", "advcl", "relcl", "parataxis", "ccomp")
_UNDER = ("xcomp", "pcomp", "pobj", "prep", "acl", "dobj", "conj", "advcl", "ccomp", "aux")


@dataclass(slots=True)
class Modality:
    negated: bool = False  # "does not back", "denied backing", "stopped short of backing"
    hedged: bool = False  # "urged X to back", "if X backs", "an offer to mediate"
    speaker: object | None = None  # who claims or alleges it (not who merely says it)
    alleged: bool = False  # an accusation ("accused of", "allegedly")


class ModalityReader:
    def __init__(self, low: Callable[[str], frozenset[str]]) -> None:
        """``low(key)``: the lower-cased words of a list of stances.json (``Lexicon.words``)."""
        self.deny = low("deny_verbs")
        self.stop = low("stop_verbs")
        self.request = low("request_verbs")
        self.hedge_nouns = low("hedge_nouns")
        self.marks = low("hedge_marks")
        self.speech = low("speech_verbs")
        self.accuse = low("accuse_verbs")

    def read(self, trigger) -> Modality:
        out = Modality()
        out.negated = self._negated(trigger)
        out.hedged = self._hedged(trigger)
        out.speaker, out.alleged = self._speaker(trigger)
        return out

    # --- negation -----------------------------------------------------------------------
    def _negated(self, tok) -> bool:
        cur, prev = tok, None
        for _ in range(8):
            if any(c.dep_ == "neg" for c in cur.children):
                return True
            if any(c.lower_ in ("never", "no longer") for c in cur.children if c.dep_ == "advmod"):
                return True
            lem = cur.lemma_.lower()
            if (
                prev is not None
                and (lem in self.deny or lem in self.stop)
                and prev.dep_ not in ("nsubj", "nsubjpass", "csubj", "conj")
            ):
                return True
            if cur.dep_ == "conj":
                # a conjunct keeps its own polarity unless joined by "or"/"nor"
                # ("does not back or arm" vs "does not back Y but arms Z")
                cc = [c.lower_ for c in cur.head.children if c.dep_ == "cc"]
                cc += [c.lower_ for c in cur.children if c.dep_ == "cc"]
                if not any(c in ("or", "nor") for c in cc):
                    return False
            if cur.dep_ in _CLAUSE_TOP or cur.head.i == cur.i:
                # "X denied that it backs Y", "X stopped short of ...": one clause up
                return cur.dep_ == "ccomp" and cur.head.lemma_.lower() in self.deny
            prev, cur = cur, cur.head
        return False

    # --- requests, conditions and offers ------------------------------------------------
    def _hedged(self, tok) -> bool:
        cur = tok
        for _ in range(8):
            if any(c.dep_ == "mark" and c.lower_ in self.marks for c in cur.children):
                return True
            up = cur.head
            if up.i == cur.i:
                return False
            ulem = up.lemma_.lower()
            # "urged Germany to stop", "called on Nigeria to intervene" (not "told reporters
            # that": a request has an infinitive under it)
            if (
                cur.dep_ in ("xcomp", "advcl")
                and ulem in self.request
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
            ):
                return True
            if (
                cur.dep_ == "prep"
                and up.lower_ in ("on", "for")
                and up.head.lemma_
                in (
                    "call",
                    "appeal",
                )
            ):
                return True
            if (
                up.pos_ == "NOUN"
                and ulem in self.hedge_nouns
                and cur.dep_
                in (
                    "acl",
                    "prep",
                    "pcomp",
                    "pobj",
                )
            ):
                return True
            if cur.dep_ in ("relcl", "parataxis") or (cur.dep_ == "ROOT"):
                return False
            cur = up
        return False

    # --- attribution --------------------------------------------------------------------
    def _speaker(self, tok):
        """The subject of the speech or accusation verb the claim is reported under."""
        if any(c.lower_ in ("allegedly", "reportedly", "purportedly") for c in tok.children):
            return None, True
        cur = tok
        for _ in range(8):
            up = cur.head
            if up.i == cur.i:
                return None, False
            ulem = up.lemma_.lower()
            if ulem in self.accuse and cur.dep_ in ("prep", "pcomp", "ccomp", "xcomp", "advcl"):
                subj = children(up, "nsubj")
                agent = [o for p in children(up, "agent") for o in p.children if o.dep_ == "pobj"]
                who = subj[0] if subj else (agent[0] if agent else None)
                return who, True
            if ulem in self.speech and cur.dep_ in ("ccomp", "parataxis"):
                subj = children(up, "nsubj")
                return (subj[0] if subj else None), False
            if cur.dep_ == "prep" and cur.lower_ == "of" and ulem in self.accuse:
                subj = children(up, "nsubj")
                return (subj[0] if subj else None), True
            if cur.dep_ in ("relcl",):
                return None, False
            cur = up
        return None, False
