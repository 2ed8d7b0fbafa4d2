"""Whether a clause states a fact: negation and denial in their own clause, requests,
conditions, offers and doubts that state nothing, and who the article says makes the claim.

"X does not back Y, but arms Z": the negation stays in its clause. A negation of a doubt,
a denial or a stop affirms ("Moscow's support for Assad is not in doubt", "never wavered in
its support", "did not stop arming", "nobody denies that"). "urged Germany to stop selling
tanks to Egypt" states no German supply; neither do "is prepared to help Sudan", "could arm the
rebels", "analysts doubt that Iran arms" or "a natural ally of Russia", and "once backed" or "a
former ally" is no stance of the article's day. "Damascus accuses Ankara of arming the rebels",
"..., a Pentagon spokesman said" and "according to U.S. officials" are the speaker's claim, not
the article's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from explorer.extract.syntax import (
    addressed_imperative,
    children,
    infinitive,
    participation_noun,
    shared_gerund,
    with_conjuncts,
)

_CLAUSE_TOP = ("ROOT", "advcl", "relcl", "parataxis", "ccomp")
_UNDER = ("xcomp", "pcomp", "pobj", "prep", "acl", "dobj", "conj", "advcl", "ccomp", "aux")
# how a claim hangs on a word of doubt: "doubt that ...", "support ... is in doubt",
# "wavered in its support"
_TRUE = ("true", "accurate", "correct", "credible")  # said of a report
_DOUBTED = ("ccomp", "acl", "xcomp", "pcomp", "advcl", "nsubj", "nsubjpass", "prep")


def _about(tok) -> bool:
    """ "reports of Russian arms deliveries", "claims about Iranian support": what a report
    is of."""
    return tok.dep_ == "prep" and tok.lower_ in ("of", "about")


def _set_off_speaker(subj):
    """The speaker of "..., the second such delivery this year, port and military officials
    said": the parser may join a description of the report, set off by commas, to the
    speaker as a first conjunct; the speaker is the conjunct after the comma."""
    conjs = children(subj, "conj")
    if not conjs:
        return subj
    first = conjs[0]
    doc = subj.doc
    joined = any(c.dep_ == "cc" and c.i < first.i for c in subj.children)
    if first.left_edge.i > 0 and doc[first.left_edge.i - 1].text == "," and not joined:
        # "port and military officials": the officials, not the port
        return with_conjuncts(first)[-1] if first.tag_ == "NN" else first
    return subj


def _set_off_before(verb):
    """ "Eritrea has armed the Islamic Courts, a U.N. monitoring group said": the speaker the
    parser hung on the claim (as an apposition) rather than on its verb, the noun phrase
    between the comma and the verb; None when there is none."""
    doc = verb.doc
    k = verb.i - 1
    while k > verb.sent.start and doc[k].text != "," and verb.i - k <= 8:
        k -= 1
    span = range(k + 1, verb.i)
    if doc[k].text != "," or not span:
        return None
    heads = [doc[i] for i in span if doc[i].head.i not in span]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN"):
        return None
    return heads[0]


def _shared_subject(verb) -> list:
    """ "Rabat cut its ties with Iran, accusing it of ...": a participle with no subject of
    its own, set after its clause's verb, has that verb's subject (the accuser)."""
    up = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj", "xcomp") or up.i >= verb.i:
        return []
    return children(up, "nsubj")


# campaigns a stop may be done in or during (``_a_campaign_a_stop_serves``): English's common
# nouns of a war or an armed campaign, chosen by the team
_CAMPAIGN_NOUNS = frozenset(
    {"campaign", "war", "offensive", "fight", "struggle", "operation", "battle", "assault"}
)


def _a_campaign_a_stop_serves(prep) -> bool:
    """ "The government of President Omar al-Bashir has cut off food, fuel ... to
    Kadugli ... in its offensive against the rebel fighters who hold it", "halted air strikes
    for four days in its war against Hamas": a campaign or a war after "in", "during" or
    "amid" on a verb of stopping is what the stop is done in, and goes on; the stop denies
    what it cuts off or ends ("cut off aid to the Contras", "ended its campaign against the
    Taliban", "halted arms deliveries in support of Ukraine"), never that campaign."""
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "amid"):
        return False
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() in _CAMPAIGN_NOUNS and _a_campaign_owned(o)
        for o in prep.children
    )


def _a_campaign_owned(campaign) -> bool:
    """Whether a campaign a stop is done in is owned ("in its campaign", "in Israel's war"):
    one with no owner ("Qatar halted its support for Hamas amid the war against Israel",
    "halted its bombing in the war against North Vietnam") may be no one's the stop serves,
    and is read as before."""
    return any(c.dep_ == "poss" for c in campaign.children)


def _served_by_the_stop(tok, stop) -> bool:
    """Whether the way up from a claim's word to a verb of stopping passes through a
    campaign the stop is done in (``_a_campaign_a_stop_serves``), hung on the verb itself or
    on a phrase of it ("halted air strikes for four days in its war against Hamas")."""
    cur = tok
    for _ in range(12):
        if cur.i == stop.i or cur.head.i == cur.i:
            return False
        if _a_campaign_a_stop_serves(cur):
            return True
        cur = cur.head
    return False


@dataclass(slots=True)
class Modality:
    negated: bool = False  # "does not back", "denied backing", "stopped short of backing"
    # "urged X to back", "if X backs", "an offer to mediate", "is ready to back", "could
    # back", "a potential ally", "once backed", "a former ally"
    hedged: bool = False
    speaker: object | None = None  # who claims or alleges it (not who merely says it)
    alleged: bool = False  # an accusation ("accused of", "allegedly")


# English's verbs whose truth needs what follows them to hold already ("keep backing",
# "continue supplying", "maintain its support", "remain its ally"): a forecast of them is a
# forecast that it goes on
_GOING_ON = ("keep", "continue", "maintain", "remain")


def _told_of_object(tok, powers: tuple = ()) -> bool:
    """A present participle set right after the noun it modifies, that noun no subject (of a
    subject, "Moscow denied that Russian mercenaries fighting for the junta were in Mali", the
    denial may be of them), and the doer it is told of named in that noun's phrase
    (``powers``: the claim's powers as (first, one past last) token indices): "Rwanda denied
    sending troops supporting the M23" tells Rwanda's backing, the thing denied."""
    noun = tok.head
    return (
        tok.tag_ == "VBG"
        and tok.dep_ == "acl"
        and tok.i > noun.i
        and noun.dep_ not in ("nsubj", "nsubjpass")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        and any(i <= noun.i and j > noun.left_edge.i for i, j in powers)
    )


def verb_lemma(word) -> str:
    """The word's lemma, lower-cased, mended where the English model gets it wrong: it reads
    "hope", "hopes", "hoped" and "hoping" as forms of "hop", a verb that takes no
    infinitive."""
    lem = word.lemma_.lower()
    if lem == "hop" and word.lower_ in ("hope", "hopes", "hoped", "hoping"):
        return "hope"
    return lem


class ModalityReader:
    def __init__(self, low: Callable[[str], frozenset[str]]) -> None:
        """``low(key)``: the lower-cased words of a list of stances.json (``Lexicon.words``)."""
        self.deny = low("deny_verbs")
        self.stop = low("stop_verbs")
        self.hinder = low("hinder_verbs")
        self.request = low("request_verbs")
        self.persuade = low("persuade_verbs")
        self.persuaded = low("persuaded_verbs")
        self.commands = low("command_verbs")
        self.hedge_nouns = low("hedge_nouns")
        self.marks = low("hedge_marks")
        self.speech = low("speech_verbs")
        self.accuse = low("accuse_verbs")
        self.intent = low("intent_words")
        self.offers = low("mediation_offer_words")
        self.modals = low("modal_words")
        self.not_yet = low("unreal_modifiers")
        self.unreal = self.not_yet | low("former_words")
        self.past = low("past_markers")
        self.hearsay = low("hearsay_nouns")
        self.belief = low("belief_verbs")
        self.proof = low("proof_nouns")
        self.doubt = low("doubt_words")
        self.falsity = low("falsity_words")
        self.proving = low("proof_verbs")
        self.participation = low("participation_nouns")
        self.labelling = low("label_verbs")
        self.ban = low("ban_verbs")
        self.litotes = low("litotes_modifiers")
        self.desire = low("desire_verbs")
        self.remark = low("remark_verbs")

    def read(
        self, trigger, description: bool = False, powers: tuple = (), mediation: bool = False
    ) -> Modality:
        """``description``: the claim describes a noun inside its phrase ("U.S.-backed",
        "militias allied with Turkey", "rebels backed by Iran"): taken as given whatever the
        clause around it says ("urged an end to the Soviet-backed government", "denied bombing
        rebels backed by Turkey", "..., the monitor said"); only its own words count ("not
        allied with", "once backed by"). ``powers``: the claim's powers' token spans."""
        out = Modality()
        if description:
            out.negated = self._not(trigger)
            out.hedged = self._unreal(trigger) or self._unreal_described(trigger)
            return out
        # "accused Libya of training and arming": the second gerund reads as the first
        trigger = shared_gerund(trigger) or trigger
        # "proof of Rwanda's role in aiding the militia": the deed is told where its noun stands
        trigger = participation_noun(trigger, self.participation) or trigger
        # "dismissed reports that Libyan rifles are reaching Tuareg rebels fighting the
        # Malian army": a participle set after an object says what the object's men do,
        # whatever is denied of them; who says so is the clause's speaker still
        own = _told_of_object(trigger, powers)
        out.negated = self._not(trigger) if own else self._negated(trigger, mediation)
        out.hedged = self._hedged(trigger, mediation) or self._asked(trigger)
        out.speaker, out.alleged = self._speaker(trigger)
        return out

    def _named_proof(self, cur) -> bool:
        """ "Moscow called the convoy proof of Washington's role in arming the rebels": the
        parser glues the thing named to its name ("convoy proof"), the name one of the
        ``proof_nouns`` as the object of the verb of naming; the proof is the namer's word,
        as "what it called proof of" is ("called a meeting on the rebels" names nothing)."""
        return cur.dep_ == "dobj" and cur.lemma_.lower() in self.proof

    def _named_proof_clause(self, cur) -> bool:
        """ "Riyadh called the missile fragments evidence of Iran's role": a plural noun the
        parser reads as a verb ("fragments") makes the naming a clause whose object is one of
        the ``proof_nouns``; a verb of naming takes no clause of its own, so the name is the
        namer's as in ``_named_proof``."""
        return cur.dep_ == "ccomp" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.proof for c in cur.children
        )

    @staticmethod
    def describes(tok) -> bool:
        """A participle or adjective modifying a noun, with no subject of its own: "militias
        allied with X", "rebels backed by Y", "fighters loyal to Z"."""
        return (
            tok.dep_ in ("acl", "amod")
            and tok.head.pos_ in ("NOUN", "PROPN")
            and tok.tag_ in ("VBN", "JJ")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        )

    @staticmethod
    def _asked(tok) -> bool:
        """ "Does Russia back the separatists?", "Is Iran arming the Houthis?": a yes-no
        question (it opens on its verb) states nothing; "Why does Russia back Assad?" takes
        the backing as given."""
        sent = tok.sent
        if not sent.text.rstrip().rstrip("\"'”’»)").endswith("?"):
            return False
        words = [t for t in sent if not (t.is_punct or t.is_space)]
        return bool(words) and words[0].pos_ == "AUX"

    # --- negation -----------------------------------------------------------------------
    @staticmethod
    def _not(cur) -> bool:
        """A negation on the word itself: "does not", "never", "neither X nor Y"."""
        if any(c.dep_ == "neg" for c in cur.children):
            return True
        for c in children(cur, "advmod"):
            if c.lower_ == "never":
                return True
            if c.lower_ == "longer" and any(g.lower_ in ("no", "not") for g in c.children):
                return True  # "no longer supports", "does not back it any longer"
        # "Neither Russia nor China backs the rebels"
        return any(
            c.dep_ in ("nsubj", "nsubjpass")
            and any(g.lower_ in ("neither", "nor") for g in c.children)
            for c in cur.children
        )

    @staticmethod
    def _nobody(cur) -> bool:
        """A subject that says no one does it: "nobody doubts", "no one denies", "few
        question"."""
        # ("Few doubt that": the parser may hang "few" on the verb as a modifier)
        for c in children(cur, "nsubj", "amod"):
            if c.lower_ in ("nobody", "none", "few", "noone"):
                return True
            if c.lower_ == "one" and any(g.lower_ == "no" for g in c.children):
                return True
        return False

    def _doubt_of(self, cur) -> bool:
        """The word, or what it is said to be, is a doubt: "waver", "is in doubt", "is
        questionable"."""
        if cur.lemma_.lower() in self.doubt or cur.lower_ in self.doubt:
            return True
        for c in cur.children:
            if c.dep_ in ("acomp", "attr") and c.lemma_.lower() in self.doubt:
                return True
            objs = children(c, "pobj") if c.dep_ == "prep" else []
            if any(o.lemma_.lower() in self.doubt for o in objs):
                return True  # "is in doubt", "is in question", "is under dispute"
        return False

    def _doubt_denied(self, word) -> bool:
        """ "no doubt", "little question", "nobody doubts", "is not in doubt", "beyond
        doubt": a doubt said not to exist."""
        if self._not(word) or self._nobody(word):
            return True
        if any(c.lower_ in ("no", "little", "scant") for c in word.children):
            return True
        up = word.head
        if word.dep_ == "pobj" and up.lower_ in ("beyond", "without"):
            return True
        if word.dep_ in ("pobj", "acomp", "attr"):
            verb = up.head if word.dep_ == "pobj" else up
            return self._not(verb) or self._nobody(verb)
        return False

    def _denies(self, tok) -> bool:
        """ "denied", "rejected", "ruled out": says the claim under it is not so."""
        lem = tok.lemma_.lower()
        if lem in self.deny:
            return True
        return lem == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)

    def _is_false(self, word) -> bool:
        """ "false", "baseless", "lies"; "foundation", "basis" and "truth" only when none is
        said to exist ("without foundation", "no basis", "not the truth")."""
        lem = word.lemma_.lower()
        if lem not in self.falsity and word.lower_ not in self.falsity:
            return False
        if lem not in ("foundation", "basis", "truth"):
            return True
        up = word.head
        return (
            any(c.lower_ in ("no", "little") for c in word.children)
            or (word.dep_ == "pobj" and up.lower_ == "without")
            or self._not(up if word.dep_ != "pobj" else up.head)
        )

    def _falsified(self, noun):
        """ "Reports that Iran supplies drones to Russia are false", "claims ... are without
        foundation", "rejected as baseless claims that ...", "allegations ... were dismissed":
        a claim said to be untrue. The word that says so (its verb), or None."""
        up = noun.head
        if noun.dep_ in ("nsubj", "nsubjpass") and up.pos_ in ("AUX", "VERB"):
            if self._denies(up) and noun.dep_ == "nsubjpass":
                return up
            for c in up.children:
                said = [c] if c.dep_ in ("acomp", "attr") else []
                if c.dep_ == "prep":
                    said = children(c, "pobj")
                if any(self._is_false(w) for w in said):
                    return up
                if self._not(up) and any(w.lower_ in _TRUE for w in said):
                    return up  # "are not true"
        if noun.dep_ in ("dobj", "pobj") and self._denies(up if noun.dep_ == "dobj" else up.head):
            return up if noun.dep_ == "dobj" else up.head
        return None

    @staticmethod
    def _vouched(noun):
        """ "Reports that Iran supplies drones to Russia are true, U.S. officials said": the
        claim is whoever vouches for it. Its verb, or None."""
        up = noun.head
        if noun.dep_ != "nsubj" or up.lemma_ != "be":
            return None
        said = [c for c in up.children if c.dep_ in ("acomp", "attr")]
        return up if any(w.lower_ in _TRUE for w in said) and not ModalityReader._not(up) else None

    def _false_report(self, cur, up) -> bool:
        """ "reports that Iran arms the Houthis are false": ``cur`` is the claim's clause
        under a report said to be untrue."""
        return (
            (cur.dep_ in ("acl", "ccomp") or _about(cur))
            and up.pos_ == "NOUN"
            and up.lemma_.lower() in self.hearsay
            and self._falsified(up) is not None
        )

    def _unproven(self, cur, up) -> bool:
        """ "Pakistan's support for the Taliban has never been proven", "it was never
        confirmed that ...", "Iran has never acknowledged arming them": an allegation left
        open, neither stated nor denied."""
        if up.lemma_.lower() not in self.proving:
            return False
        if cur.dep_ not in ("nsubjpass", "ccomp", "xcomp", "pcomp", "dobj", "csubjpass"):
            return False
        return self._not(up) or self._nobody(up)

    def _affirmed(self, cur) -> bool:
        """The negation falls on a word that itself doubts, stops or denies: "is not in
        doubt", "never wavered in its support", "did not stop arming", "nobody denies that":
        the claim under it holds (litotes)."""
        if self.stops(cur) or self._doubt_of(cur):
            return True
        return self._denies(cur) and self._nobody(cur)

    def _presupposed(self, prev, cur) -> bool:
        """The negation falls on what is said of the backing, not on the backing: "the
        blockade would not affect Soviet aid to Hanoi" (a verb of ``hinder_verbs`` whose
        object it is), "Belgium's support for Katanga was not a defence of its breakaway but a
        grab for copper", "... was not enough" (the subject of a copula with something else said
        of it). "... is not true" denies it, as before."""
        if prev.dep_ in ("dobj", "nsubjpass") and cur.lemma_.lower() in self.hinder:
            return True
        if prev.dep_ != "nsubj" or cur.lemma_ != "be":
            return False
        said = [c for c in cur.children if c.dep_ in ("attr", "acomp")]
        return bool(said) and not any(
            w.lower_ in _TRUE or w.lower_ in ("real", "fact") or self._is_false(w) for w in said
        )

    def _none_of(self, noun) -> bool:
        """ "Russia is no backer of the rebels", "gave no support": "no" on a stance noun
        negates it as "not" on its verb does; "no small backer", "no mean ally" (one of the
        ``litotes_modifiers``) says the opposite, and "no fewer than 100 tanks" (a
        comparative) counts them."""
        return (
            noun.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
            and not any(
                (c.dep_ in ("amod", "advmod") and c.lower_ in self.litotes)
                or any(g.tag_ in ("JJR", "RBR") for g in c.subtree)
                for c in noun.children
                if c.dep_ != "prep"
            )
        )

    def _none_given(self, word) -> bool:
        """The word is a stance noun with "no", or a verb giving or sending none: "sent no
        weapons to the rebels", "gave the rebels no help"."""
        if self._none_of(word):
            return True
        return word.pos_ in ("VERB", "AUX") and any(
            self._none_of(o) for o in children(word, "dobj")
        )

    def _negated(self, tok, mediation: bool = False) -> bool:
        """Whether the claim is denied, stopped or given with "no". A mediation that failed
        ("failed in her attempt to mediate", "failed to broker a truce") was a mediation:
        the failure is of its end, not of the mediator's stance."""
        cur, prev = tok, None
        for _ in range(8):
            if (prev is None or prev.dep_ == "conj") and self._none_given(cur):
                return True  # "no backer", "no friend or backer", "sent no weapons"
            if prev is not None and self._unproven(prev, cur):
                return False  # "has never been proven": no denial (hedged)
            if prev is not None and self._false_report(prev, cur):
                return True
            if self._not(cur) or (prev is not None and self._nobody(cur)):
                if prev is not None and self._affirmed(cur):
                    return False
                if prev is not None and self._presupposed(prev, cur):
                    return False
                # "does not deny arming": no denial, and no claim either (hedged)
                return prev is None or not self._denies(cur)
            stops = self.stops(cur) and not (mediation and cur.lemma_.lower() == "fail")
            if prev is not None and stops and _served_by_the_stop(tok, cur):
                return False  # "cut off food to the town in its campaign against the rebels"
            if prev is not None and stops and self._stop_asked(cur):
                return False  # "failed to get Milosevic to stop his offensive": it goes on
            if (
                prev is not None
                and (self._denies(cur) or stops)
                and prev.dep_ not in ("nsubj", "nsubjpass", "csubj", "conj")
            ):
                return True
            if prev is not None and (stops or self._denies(cur)) and prev.dep_ == "nsubjpass":
                # "Moscow's support for the separatists was withdrawn", "the claim that
                # Russia arms them was denied by Moscow"
                return True
            if cur.dep_ == "conj" and not self._gerunds(cur):
                # a conjunct keeps its own polarity unless joined by "or"/"nor"
                # ("does not back or arm" vs "does not back Y but arms Z")
                cc = [c.lower_ for c in cur.head.children if c.dep_ == "cc"]
                cc += [c.lower_ for c in cur.children if c.dep_ == "cc"]
                if not any(c in ("or", "nor") for c in cc):
                    return False
            if cur.dep_ in _CLAUSE_TOP or cur.head.i == cur.i:
                # "X denied that it backs Y", "X stopped short of ...": one clause up;
                # "hesitated to back", "refused to arm" parsed as a clause of purpose
                up = cur.head
                if self._false_report(cur, up):
                    return True
                purpose = cur.dep_ == "advcl" and infinitive(cur)
                if self._not(up) or self._nobody(up):
                    # "never hesitated to back", "nobody denies that it arms"; but "never
                    # sent troops to fight for Hanoi": a sending not made has no purpose
                    return purpose and not (self.stops(up) or self._denies(up))
                if purpose:
                    if self.stops(up) or self._denies(up) or self._none_given(up):
                        return True  # ... "sent no troops to help the government"
                    if up.pos_ == "VERB" and up.dep_ in ("xcomp", "pcomp"):
                        # "denied sending mercenaries to fight for Gaddafi": the purpose
                        # is the sending's, and the sending is what is denied
                        prev, cur = cur, up
                        continue
                    return False
                return cur.dep_ == "ccomp" and self._denies(up)
            if cur.dep_ == "appos":
                # "stopped the battle between the PFLP, an ally of Libya, and Fatah",
                # "Moscow denied arming Hezbollah, an ally of Iran": an apposition describes
                # its noun; what is stopped, denied or negated is said of the noun, not of it
                return False
            prev, cur = cur, cur.head
        return False

    def stops(self, verb) -> bool:
        """A verb of ``stop_verbs``, a phrasal one with its particle ("cut off" the
        deliveries) or a single word ("halted")."""
        lem = verb.lemma_.lower()
        prt = [c.lower_ for c in verb.children if c.dep_ == "prt"]
        return lem in self.stop or any(f"{lem} {p}" in self.stop for p in prt)

    def _stop_asked(self, stop) -> bool:
        """ "failed to get Milosevic to stop his offensive", "urged Moscow to halt its
        strikes": a stop someone is asked or pressed to make, an infinitive under a request
        or one of the ``persuade_verbs``, tells that what is to stop goes on; it denies
        nothing (a request's own hedge still holds). But "persuaded Rwanda to halt its
        backing", "convinced Tehran to stop supplying": one of the ``persuaded_verbs`` (whose
        truth entails what it was for) stated as done, not negated nor itself an infinitive
        ("failed to get", "tried to persuade"), tells the stop was made: a denial, as any
        stop. An order ("ordered Hanoi to stop") tells only what was asked, as a request."""
        if addressed_imperative(stop) is not None:
            return True  # "Turkey to Russia: stop backing Assad": asked of the addressee
        if stop.dep_ not in ("xcomp", "advcl", "ccomp") or not infinitive(stop):
            return False
        up = stop.head
        if up.pos_ != "VERB":
            return False
        lem = up.lemma_.lower()
        if lem in self.persuaded and not (
            self._not(up) or up.dep_ in ("xcomp", "advcl", "ccomp", "pcomp") or self._unreal(up)
        ):
            return False
        return lem in self.request | self.persuade | self.commands

    @staticmethod
    def _gerunds(cur) -> bool:
        """ "denied funding and arming the Houthis": two gerunds that are one verb's object
        share what that verb says of them (the second is no clause of its own)."""
        head = cur.head
        return (
            cur.tag_ == "VBG"
            and head.lower_.endswith("ing")
            and head.dep_ in ("dobj", "pobj", "pcomp", "xcomp")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children)
        )

    # --- requests, conditions and offers ------------------------------------------------
    def _unreal(self, tok) -> bool:
        """ "a potential ally", "Russia's natural ally", "a former foe", "once backed": a
        stance that may be, should be or was, not one that is."""
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "advmod") and (
                c.lower_ in self.unreal or c.lower_ in self.past or c.lower_.startswith("ex-")
            ):
                return True
        return False

    def _unreal_described(self, tok) -> bool:
        """ "a possible UN-backed security force", "a would-be Saudi-backed government": a
        thing that may be, described as backed, is no backing that is."""
        if tok.dep_ not in ("amod", "acl") or tok.head.pos_ not in ("NOUN", "PROPN"):
            return False
        # ("a one-time militia backed by Uganda" was backed: only a thing yet to be)
        return any(
            c.dep_ == "amod" and c.i < tok.i and c.lower_ in self.not_yet for c in tok.head.children
        )

    def _verbal_up(self, cur) -> bool:
        """The clause of ``cur`` carries on in its head: an infinitive or gerund under a verb
        ("began arming", "could begin to arm"), a verb's object ("would give it support") or a
        shared subject ("could arm and train")."""
        return cur.dep_ in ("xcomp", "dobj", "conj") and cur.head.pos_ in ("VERB", "AUX", "ADJ")

    def _intended(self, cur, up) -> bool:
        """ "plans to arm", "is ready to back", "is considering arming", "used to back": an
        infinitive or gerund under a word of intent, readiness or the past habit."""
        if cur.dep_ == "ccomp" and infinitive(cur) and any(c.dep_ == "nsubj" for c in cur.children):
            # "Analysts expect Egypt to back the army": a forecast of another's act (the
            # parser makes the object the infinitive's subject), no fact; but a forecast that
            # it goes on ("expect Russia to keep backing Assad", "to continue supplying")
            # tells that it goes on now
            if cur.lemma_.lower() in _GOING_ON:
                return False
            return self._of_intent(up)
        if cur.dep_ not in ("xcomp", "advcl"):
            return False
        to = infinitive(cur)
        if not (to or cur.tag_ == "VBG"):
            return False
        if self._of_intent(up):
            return True
        return to and up.lemma_.lower() == "use" and up.tag_ == "VBD"  # "used to back"

    def _intended_means(self, cur, up) -> bool:
        """ "is considering a $1 billion aid package to help the Colombian army", "proposed a
        force to protect": what a thing of intent is for is intended too."""
        if cur.dep_ not in ("relcl", "acl") or not infinitive(cur) or up.pos_ != "NOUN":
            return False
        if up.dep_ != "dobj":
            return False
        return self._of_intent(up.head)

    def _under_proof(self, cur, up) -> bool:
        """Whether ``cur`` tells what the proof noun ``up`` would prove: its clause ("proof
        that Iran had armed"), its participle ("proof of Russia arming") or its "of"."""
        if up.lemma_.lower() not in self.proof or up.pos_ != "NOUN":
            return False
        return cur.dep_ in ("acl", "ccomp") or (cur.dep_ == "prep" and cur.lower_ == "of")

    def asked_proof(self, noun) -> bool:
        """ "called for evidence of ...", "demanded proof that ...", "sought proof of ...": a
        proof noun (``proof_nouns``) that is asked for (the object of a request, a desire or
        a word of intent, or of "for" on one) proves nothing yet: what it would prove is no deed,
        and never the asker's."""
        verb = noun.head
        if noun.dep_ == "pobj" and verb.lower_ == "for":
            verb = verb.head
        elif noun.dep_ != "dobj" or verb.lemma_.lower() in self.labelling:
            # "Moscow called the convoy proof of ...": a name given, the namer's claim
            return False
        return verb.lemma_.lower() in self.request | self.desire or self._of_intent(verb)

    def _of_intent(self, word) -> bool:
        """A word of the ``intent_words`` by its lemma or its form, or by the lemma the English
        model gets wrong: it reads "hopes", "hoping" and "hoped" as forms of "hop", a verb that
        takes no infinitive, so those forms are "hope" ("Kyiv hopes to get F-16s from
        Denmark": a hope, no supply)."""
        return verb_lemma(word) in self.intent or word.lower_ in self.intent

    @staticmethod
    def _instead(cur, up) -> bool:
        """ "Instead of backing the rebels, ...", "Rather than arm the rebels, ...": what was
        not done."""
        if cur.dep_ == "pcomp" and up.lower_ == "of":
            return any(c.lower_ == "instead" for c in up.children) or (
                up.i > 0 and up.doc[up.i - 1].lower_ == "instead"
            )
        marks = [c for c in cur.children if c.dep_ == "mark" and c.lower_ == "than"]
        return bool(marks) and marks[0].i > 0 and marks[0].doc[marks[0].i - 1].lower_ == "rather"

    def _doubted(self, cur, up) -> bool:
        """ "analysts doubt that Iran arms the Houthis", "Moscow's support for Assad is in
        doubt", "Turkey wavered in its support": a claim someone doubts is not stated; "Iran
        did not deny arming them" states neither the claim nor its denial."""
        if cur.dep_ not in _DOUBTED:
            return False
        if self._denies(up) and self._not(up):
            return cur.dep_ != "nsubj"
        if not self._doubt_of(up):
            return False
        word = up
        if not (up.lemma_.lower() in self.doubt or up.lower_ in self.doubt):
            word = next(  # "is in doubt", "is questionable": the doubt is the verb's
                (
                    o
                    for c in up.children
                    for o in ([c] if c.dep_ in ("acomp", "attr") else children(c, "pobj"))
                    if o.lemma_.lower() in self.doubt
                ),
                up,
            )
        return not self._doubt_denied(word)

    @staticmethod
    def _judged_act(cur, up) -> bool:
        """ "argue that arming the militias is legal", "sending troops would be a mistake": a
        gerund with no subject of its own as what a copula judges names an act in general,
        not one anyone did ("Iran's arming of the Houthis is well documented" has its doer,
        and "... is true" vouches for it)."""
        if cur.dep_ not in ("csubj", "csubjpass") or cur.tag_ != "VBG" or up.lemma_ != "be":
            return False
        if any(c.dep_ in ("nsubj", "poss") for c in cur.children):
            return False
        said = [c for c in up.children if c.dep_ in ("acomp", "attr")]
        return bool(said) and not any(w.lower_ in _TRUE for w in said)

    def _condition(self, clause) -> bool:
        """ "if the rebels attack", "unless talks resume" (not "even if": a concession)."""
        for m in children(clause, "mark"):
            if m.lower_ in ("if", "unless"):
                before = m.doc[m.i - 1] if m.i > 0 else None
                return before is None or before.lower_ != "even"
        return False

    def _reported(self, cur) -> bool:
        """A clause reported by a speech verb, where "would" is "will" told in the past
        ("Kagame said Rwanda would continue to back the M23")."""
        up = cur.head
        return (
            cur.dep_ in ("ccomp", "parataxis")
            and up.pos_ == "VERB"
            and up.lemma_.lower() in self.speech
        )

    @staticmethod
    def inverted(cur) -> bool:
        """ "Had Russia armed the rebels, ...", "Were Iran to arm the Houthis, ...", "Has
        Russia armed them?": a clause that opens on its auxiliary, before its subject, is a
        condition, a question or a wish, which states nothing (negated or not: "Had Russia
        not armed them" says it did). Only where the auxiliary is the clause's first word:
        "Only later did Russia arm the rebels", "Not only has Russia armed them" are told
        as done."""
        subjects = [c.i for c in cur.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if not subjects:
            return False
        first = next((t for t in cur.subtree if not (t.is_punct or t.is_space)), None)
        if first is None or first.i > min(subjects):
            return False
        if first.i == cur.i:
            return cur.pos_ == "AUX"  # "Were Iran to arm": the auxiliary is the clause's head
        return first.head.i == cur.i and first.dep_ in ("aux", "auxpass")

    @classmethod
    def _inverted_under(cls, cur) -> bool:
        """ "Had Russia not armed the rebels, ...": the parser may make the auxiliary a verb
        of its own, the clause its complement; it opens that verb's clause, has no subject of
        its own, and is "have", "be", "do" or a modal."""
        up = cur.head
        if cur.dep_ not in ("ccomp", "xcomp") or up.i > cur.i or up.i == cur.i:
            return False
        if up.lemma_.lower() not in ("have", "be", "do") and up.tag_ != "MD":
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in up.children):
            return False
        first = next((t for t in up.subtree if not (t.is_punct or t.is_space)), None)
        subjects = [c.i for c in cur.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        return first is not None and first.i == up.i and bool(subjects) and up.i < min(subjects)

    def _hedged(self, tok, mediation: bool = False) -> bool:
        """Whether the claim is only intended, possible, asked, doubted or forbidden. A
        mediation offered ("offered to mediate", "stands ready to attempt a truce between",
        "his attempt to mediate": ``mediation_offer_words``) is a mediator's stance already,
        as "offered mediation" is; a backing offered is none yet."""
        if self._unreal(tok):
            return True
        cur, verbal = tok, True
        for _ in range(8):
            if any(c.dep_ == "mark" and c.lower_ in self.marks for c in cur.children):
                return True
            if self.inverted(cur) or self._inverted_under(cur):
                return True  # "Had Russia armed the rebels, the war would have ended"
            if verbal and any(self._condition(c) for c in children(cur, "advcl")):
                return True  # "Rwanda would (will) back the M23 if Kinshasa attacks Goma"
            # "could back", "would not arm": only along the claim's own verb chain ("rebels
            # who could not survive without Russian support" still have that support)
            if verbal and any(
                c.dep_ == "aux"
                and c.tag_ == "MD"
                and c.lower_ in self.modals
                and not (c.lower_ == "would" and self._reported(cur))
                for c in cur.children
            ):
                return True
            up = cur.head
            if up.i == cur.i:
                return False
            ulem = up.lemma_.lower()
            offered = mediation and (ulem in self.offers or up.lower_ in self.offers)
            if (self._intended(cur, up) and not offered) or self._intended_means(cur, up):
                return True
            if self._instead(cur, up):
                return True
            # "there is no evidence that Iran arms the Houthis"
            if (
                cur.dep_ in ("acl", "ccomp")
                and up.pos_ == "NOUN"
                and ulem in self.proof
                and any(c.lower_ in ("no", "little", "scant") for c in up.children)
            ):
                return True
            if self._doubted(cur, up) or self._unproven(cur, up):
                return True
            if self._under_proof(cur, up) and self.asked_proof(up):
                return True
            if self._judged_act(cur, up):
                return True
            if cur.dep_ in ("dobj", "nsubjpass") and ulem in self.ban:
                # "the UN banned arms sales to UNITA", "Congress blocked aid to the Contras":
                # a supply forbidden is none, the forbidder's least of all
                return True
            # "would be ready to mediate if asked": an offer's own word carries the chain on
            ready = mediation and cur.dep_ == "acomp" and cur.lower_ in self.offers
            verbal = verbal and (self._verbal_up(cur) or ready)
            # "urged Germany to stop", "called on Nigeria to intervene" (not "told reporters
            # that": a request has an infinitive under it; "want NATO to arm Kyiv" parsed
            # as a clause of its own)
            if cur.dep_ in ("xcomp", "advcl", "ccomp") and ulem in self.request and infinitive(cur):
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
                and not offered
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
    @staticmethod
    def _according_to(cur):
        """ "..., according to U.S. officials": whom the clause is attributed to."""
        for c in cur.children:
            if c.dep_ in ("prep", "advcl") and c.lower_ == "according":
                for p in children(c, "prep"):
                    if p.lower_ == "to":
                        objs = children(p, "pobj")
                        if objs:
                            return objs[0]
        return None

    def _aside(self, cur):
        """ "Iran, Riyadh said, arms the Houthis": a speech verb set into the clause."""
        for c in cur.children:
            if c.dep_ == "parataxis" and c.lemma_.lower() in self.speech:
                subj = children(c, "nsubj")
                if subj:
                    return subj[0]
        return None

    def _remarked_on(self, cur, up) -> bool:
        """ "Washington objected to Russia arming the separatists", "Kyiv protested against
        Russia arming ...", "Riyadh complained about Iran arming ...": a gerund with no subject
        right after a name that is the object of a preposition on one of the ``remark_verbs``
        (no comma between: the name's deed) is told by whoever remarks on it: their claim."""
        if cur.tag_ != "VBG" or cur.dep_ != "advcl" or cur.i == 0 or children(cur, "nsubj"):
            return False
        noun = _first_of_a_list(cur.doc[cur.i - 1])
        prep = noun.head
        return (
            noun.dep_ == "pobj"
            and prep.dep_ == "prep"
            and prep.head.i == up.i
            and up.i < noun.i
            and up.lemma_.lower() in self.remark
        )

    def _speaker(self, tok):
        """The subject of the speech or accusation verb the claim is reported under ("Ankara
        said", "..., said a spokesman", "according to X")."""
        if any(c.lower_ in ("allegedly", "reportedly", "purportedly") for c in tok.children):
            return None, True
        cur, prev = tok, None
        for _ in range(8):
            source = self._according_to(cur) or self._aside(cur)
            if source is not None:
                return source, False
            up = cur.head
            if up.i == cur.i:
                return None, False
            ulem = up.lemma_.lower()
            if self._denies(up) and cur.dep_ in ("xcomp", "ccomp", "pcomp", "dobj", "advcl"):
                # "Rwanda denied backing the M23, Kinshasa said": the denial is the denier's,
                # not the reporter's (Kinshasa says the opposite); with no reporter above
                # it, read as before
                subj = children(up, "nsubj")
                if subj and self._speaker(up)[0] is not None:
                    return subj[0], False
            if ulem in self.accuse and cur.dep_ in ("prep", "pcomp", "ccomp", "xcomp", "advcl"):
                subj = children(up, "nsubj")
                if (
                    cur.dep_ == "prep"
                    and cur.lower_ == "of"
                    and up.tag_ in ("VBD", "VBN")
                    and not children(up, "dobj", "aux", "auxpass")
                ):
                    # "Libya, Syria and Iran accused of sending fighters": a headline's
                    # passive without its "are"; who is accused does it, and whoever says so
                    # further up accuses (else nobody named)
                    return self._speaker(up)[0], True
                agent = [o for p in children(up, "agent") for o in p.children if o.dep_ == "pobj"]
                subj = subj or _shared_subject(up)
                who = subj[0] if subj else (agent[0] if agent else None)
                return who, True
            if self._remarked_on(cur, up):
                subj = children(up, "nsubj") or _shared_subject(up)
                return (subj[0] if subj else None), True
            if (
                (cur.dep_ == "xcomp" or (cur.dep_ == "advcl" and infinitive(cur)))
                and (ulem in self.belief or ulem in self.speech or ulem in self.accuse)
                and children(up, "nsubjpass")
            ):
                # "Russia is widely believed to arm ...", "Iran is said to supply ...": whose
                # belief, the agent says ("is thought by analysts to"), else nobody named
                agent = [o for p in children(up, "agent") for o in children(p, "pobj")]
                return (agent[0] if agent else None), True
            if ulem in self.labelling and (
                cur.dep_ == "oprd"
                or (cur.dep_ == "prep" and cur.lower_ == "as")
                or self._named_proof(cur)
                or self._named_proof_clause(cur)
            ):
                # "Kinshasa laid out what it termed fresh proof of Rwanda's role in aiding
                # the militia", "what Kabul described as evidence of ...": the name is the namer's
                subj = children(up, "nsubj")
                return (subj[0] if subj else None), True
            if ulem in self.proving and cur.dep_ in ("nsubjpass", "ccomp"):
                # "Rwanda's support for the M23 has been documented by UN experts"
                agent = [o for p in children(up, "agent") for o in children(p, "pobj")]
                if agent:
                    return agent[0], False
            if ulem in self.belief and cur.dep_ == "ccomp":
                # "some analysts believe China backs Russia": their view, not the article's
                subj = children(up, "nsubj")
                return (subj[0] if subj else None), True
            if ulem in self.speech and cur.dep_ in ("ccomp", "parataxis") and up.pos_ == "VERB":
                subj = children(up, "nsubj")
                return (_set_off_speaker(subj[0]) if subj else _set_off_before(up)), False
            if ulem in self.speech and cur.dep_ == "nsubj" and up.pos_ == "VERB":
                # "Zambian troops aiding Angola, rebels say": a headline's claim the
                # parser made a first subject of its speaker's verb, the speaker after a comma
                end = max(t.i for t in cur.subtree)
                later = [
                    s
                    for s in children(up, "nsubj")
                    if s.i > end and any(t.lower_ == "," for t in tok.doc[end + 1 : s.i])
                ]
                if later:
                    return later[0], False
            if ulem in self.speech and cur.dep_ == "dep" and up.pos_ == "VERB":
                # "Iran has armed and trained Shiite militias that ..., the Pentagon said": a
                # report the parser left unattached before its speaker's verb is still theirs
                subj = [s for s in children(up, "nsubj") if s.i > cur.i]
                if subj:
                    return subj[0], False
                if any(c.dep_ == "ccomp" and up.i < c.i < cur.i for c in up.children):
                    # "Bogota claimed that laptops ..., recovered from a camp, showed that
                    # Chavez funded the guerrillas": a reported clause the parser broke at its
                    # long subject, its verb left unattached after the first half, is still
                    # the speaker's before them
                    subj = [s for s in children(up, "nsubj") if s.i < up.i]
                    if subj:
                        return subj[0], False
            if (
                (cur.dep_ in ("acl", "ccomp") or _about(cur))
                and up.pos_ == "NOUN"
                and ulem in self.hearsay
            ):
                # "reports that Iran arms the Houthis", "Kiev's claims that Russia ...": the
                # claim is whoever's reports they are; said to be false, the denial is whoever
                # says so ("..., Tehran said", "Kigali rejected claims that")
                said = self._falsified(up) or self._vouched(up)
                if said is not None:
                    subj = children(said, "nsubj") if self._denies(said) else []
                    return (subj[0] if subj else self._speaker(said)[0]), False
                # "The Saudi claim that ...", "the Iranian accusation that ...": a people's
                # word before the noun, like a possessor, names whose claim it is
                poss = children(up, "poss") or [
                    c
                    for c in up.children
                    if c.dep_ in ("amod", "compound")
                    and c.i < up.i
                    and c.ent_type_ in ("NORP", "GPE")
                ]
                return (poss[0] if poss else None), True
            if ulem in self.accuse and (
                (cur.dep_ == "prep" and cur.lower_ == "of")
                # "accuses Russia's 14th Army of arming": "of" hung on the one accused
                or (cur.dep_ == "dobj" and prev is not None and prev.lower_ == "of")
            ):
                subj = children(up, "nsubj") or _shared_subject(up)
                return (subj[0] if subj else None), True
            if cur.dep_ in ("relcl",) and not (up.dep_ == "attr" and up.head.lemma_ == "be"):
                # ("Chad is the country that backs the rebels, the minister said": a clause
                # on what the copula's subject is says the copula's own claim)
                return None, False
            prev, cur = cur, up
        return None, False


def _first_of_a_list(tok):
    """ "objected to Russia and Iran arming the separatists": the first name of the list
    ``tok`` ends ("Russia"), the one the preposition holds; ``tok`` itself when it is no
    conjunct."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok
