"""Who backs, opposes, mediates between or supplies whom, sentence by sentence, in any conflict.

Rules read the dependency parse around a trigger: a verb ("backs", "was backed by", "sides
with", "provides back-up"), a noun ("Russia's support for", "backers of", "an ally of",
"mediators", "a partner in the campaign against") or a glued participle ("U.S.-backed",
"Moscow-backed", "African Union-sponsored talks"). The power is the trigger's subject (or
possessor, apposition, agent, or the subject it inherits up the clause), the parties are its
objects. What the phrases name comes from :mod:`explorer.extract.actors`, open-world; the
conflict from :mod:`explorer.extract.theatres`, named after its place when no lexicon knows it.
Negation, requests, conditions and reported accusations come from
:mod:`explorer.extract.modality`.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from explorer.extract.actors import COMPASS, PhraseReader, antecedent
from explorer.extract.context import SentenceContext
from explorer.extract.mentions import Mention
from explorer.extract.modality import Modality, ModalityReader
from explorer.extract.syntax import (
    PERSPRON,
    RELPRON,
    children,
    glued,
    governing_subjects,
    infinitive,
    phrase,
    preps,
    shared_gerund,
    when_clause,
    with_conjuncts,
)
from explorer.model import Evidence, Stance
from explorer.vocabulary import UNPLACED

# a year, not a decade ("the 1980s"), an amount ("1,980") or part of a longer number; a comma
# after it ends a clause ("since 2013, when rebels ousted the president"), unless a digit follows
_DECADE = re.compile(r"(?:1[89]|20)\d0s")
_YEAR = re.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?!\d|,\d|['’]?s\b)")
# a timeline's entry that carries its own label: "1979: The Soviet Union ...", "1989 - ..."
_TIMELINE_LABEL = re.compile(r"\s*(1[89]\d\d|20\d\d)\s*(?::|[-–—]{1,2})\s")
_SUBCLAUSE = ("relcl", "advcl", "ccomp", "acl", "parataxis", "csubj")


def _by_war(ms: list[Mention]) -> list[list[Mention]]:
    """A list of parties each of which the lexicon places in wars of its own, and not all in
    the same ("Iran, which supports Hamas, Hezbollah and the Houthis"): each is placed in its
    own war, not all in the one of the list's story. Else the list as one."""
    wars = [frozenset(m.ref.theatres) for m in ms]
    if len(ms) < 2 or not all(wars) or len(set(wars)) < 2 or frozenset.intersection(*wars):
        return [ms]
    return [[m] for m in ms]


def _lent(verb) -> list:
    """A relative pronoun the parser made the object of ``verb`` (an infinitive under a
    relative clause) though ``verb`` has an object of its own after it: the pronoun is the
    relative clause's ("which the United States has armed to fight Islamic State")."""
    objs = children(verb, "dobj")
    return [
        o for o in objs if o.lower_ in RELPRON and o.i < verb.i and any(p.i > verb.i for p in objs)
    ]


def _own_objects(verb) -> list:
    """The verb's objects, a pronoun lent to it by the relative clause above left out."""
    lent = _lent(verb)
    return [o for o in children(verb, "dobj") if o not in lent]


# a speaker named by whom he stands against ("the general's critics", "the government's opponents")
_FOES_OF = {"critic", "opponent", "rival", "foe", "enemy", "detractor", "adversary"}
_SPEAKER_MODS = ("compound", "amod", "nmod", "poss")


def _purpose(tok) -> bool:
    """ "sent troops ... to support the regime": an infinitive of purpose shares its main
    clause's time."""
    return (
        tok.dep_ in ("advcl", "xcomp", "acl")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        and infinitive(tok)
    )


def _clause_tokens(trigger) -> set[int]:
    """Token indices of the clause a trigger sits in, without clauses nested in it."""
    root = trigger
    for _ in range(8):
        if root.head.i == root.i:
            break
        if root.dep_ in ("ROOT", *_SUBCLAUSE) and not _purpose(root):
            break
        root = root.head
    out: set[int] = set()
    todo = [root]
    while todo:
        t = todo.pop()
        out.add(t.i)
        for c in t.children:
            if c.dep_ in _SUBCLAUSE and trigger.i not in {x.i for x in c.subtree}:
                continue
            todo.append(c)
    return out


# a decade a clause is set in ("during the 1980s", "in the 1970s"; not "since the 1980s")
_DECADE_RE = re.compile(r"\b(?:[Ii]n|[Dd]uring|[Tt]hroughout) the (1[89]\d0)s\b")
# words of the days of now: a sentence that says them tells of the article's own time
_NOW_RE = re.compile(
    r"\b(?:today|tonight|yesterday|recently|currently|(?:this|last|next) (?:week|month|year)|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
    re.IGNORECASE,
)


def _decade(tok) -> int | None:
    """The decade a "1980s" token sets its clause in ("during the 1980s"), or None."""
    m = re.fullmatch(r"(1[89]\d0|20\d0)s", tok.text)
    if m is None or tok.i < 2:
        return None
    doc = tok.doc
    before, prep = doc[tok.i - 1].lower_, doc[tok.i - 2].lower_
    return int(m.group(1)) if before == "the" and prep in ("in", "during", "throughout") else None


def _told_in_past(trigger) -> bool:
    """Whether the verb a trigger hangs on tells of the past ("sent", "had decided to give",
    "was armed"), not of now ("has sent", "sends")."""
    verb = trigger
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ != "xcomp":
            break
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    )


def _clause_years(sent) -> set[int]:
    """The years that date a sentence's own clauses: not one inside a clause that describes
    a noun ("Rwanda says its aim is to wipe out a group formed after the 1994 genocide"),
    which tells of that noun's past only."""
    out: set[int] = set()
    for t in sent:
        found = _YEAR.findall(t.text)
        if not found:
            continue
        up, described = t, False
        for _ in range(12):
            if up.dep_ in ("acl", "relcl"):
                described = True
                break
            if up.head.i == up.i:
                break
            up = up.head
        if not described:
            out.update(int(y) for y in found)
    return out


# the turn that sets a past clause against now: "but have since lost patience", "but now
# backs", "but no longer" (a backing marked former by its own word, "once backed", is the
# modality reader's, by the lexicon's past_markers)
_SINCE_TURN = ("since", "now", "no longer")
# words after the turn that say the backing goes on or grows ("but has since stepped up its
# support", "but now also arms them", "has since sent its own troops too")
_GOES_ON = frozenset(
    ("also", "still", "even", "too", "well", "more", "step", "increase", "expand", "deepen")
)
# words after the turn that end a tie ("lost patience", "cut ties", "made peace with",
# "broke with"), beside the lexicon's stop and opposing verbs the caller gives
_TIE_ENDS = frozenset(("cut", "lose", "break", "sever", "peace", "switch", "distance"))


def _left_since(trigger, reversing: frozenset[str], switching: frozenset[str]) -> bool:
    """Whether a trigger tells of a backing its power has since left: a clause of the past
    that the sentence turns against the present ("Rwanda and Uganda, which helped Kabila
    overthrow Mobutu 15 months ago but have since lost patience with him", "Libya, which
    armed the rebels in the 1980s but now backs the government"). The clause is read on the
    surface, from the trigger's verb to the next comma (but the one before "but"), semicolon
    or "which": the parser often hangs the "but" clause on another verb of the sentence.
    A turn counts only when the words after it reverse the backing: a negation ("no
    longer"), a word that ends a tie, a verb of ``reversing`` (the lexicon's stop and
    opposing verbs), "turned against" the one backed (a pronoun), or a verb of
    ``switching`` (backing, supplying) with another side for object ("but now backs the
    government"); never beside a word that says it goes on ("but has since stepped up its
    support", "sent its own troops too")."""
    doc = trigger.doc
    sent = trigger.sent
    verb = trigger
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    near = [verb, trigger, *verb.children, *trigger.children]
    if not (verb.tag_ == "VBD" or trigger.tag_ == "VBD" or "ago" in {t.lower_ for t in near}):
        return False
    words = []
    for t in doc[max(verb.i, trigger.i) + 1 : sent.end]:
        nxt = doc[t.i + 1].lower_ if t.i + 1 < sent.end else ""
        if t.text == "," and nxt in ("but", "yet"):
            continue  # "backed Hamas for years, but has since cut ties": the same turn
        if t.text in (",", ";", ".", ":") or t.lower_ == "which":
            break
        words.append(t)
    for k, w in enumerate(words):
        if w.lower_ not in ("but", "yet"):
            continue
        after = " ".join(t.lower_ for t in words[k + 1 : k + 5])
        if not any(re.search(rf"\b{turn}\b", after) for turn in _SINCE_TURN):
            continue
        rest = words[k + 1 :]
        if any(t.lemma_.lower() in _GOES_ON or t.lower_ in _GOES_ON for t in rest):
            continue  # "but now also arms them", "but has since stepped up its support"
        if _reverses(rest, reversing, switching):
            return True
    return False


def _reverses(words, reversing: frozenset[str], switching: frozenset[str]) -> bool:
    """Whether the words of a "but since/now" clause end or reverse a backing (see
    ``_left_since``)."""
    pronouns = ("him", "her", "it", "them")
    for t in words:
        lem = t.lemma_.lower()
        if t.dep_ == "neg" or t.lower_ in ("not", "n't", "never", "longer"):
            return True
        if lem in _TIE_ENDS or lem in reversing:
            return True
        if lem == "turn" and any(o.lower_ in pronouns for o in preps(t, "against")):
            return True  # "but has since turned against him" (not "against the jihadists")
        if t.pos_ == "VERB" and lem in switching:
            objs = [o for o in t.children if o.dep_ in ("dobj", "dative")]
            if objs and not any(o.lower_ in pronouns for o in objs):
                return True  # "but now backs the government": another side
    return False


def _when_years(trigger) -> list[str]:
    """The years of the date a "when" clause hangs on ("in conflict since 2013, when a rebel
    coalition ousted the president": 2013), or none."""
    root = trigger
    for _ in range(8):
        if root.head.i == root.i or (root.dep_ in ("ROOT", *_SUBCLAUSE) and not _purpose(root)):
            break
        root = root.head
    if not when_clause(root):
        return []
    own = {t.i for t in root.subtree}
    return [t.text for t in root.head.subtree if t.i not in own and _YEAR.fullmatch(t.text)]


_BACKS_PARTS = {
    "backed",
    "supported",
    "sponsored",
    "funded",
    "financed",
    "bankrolled",
    "trained",
    "installed",
    "allied",
    "aligned",
}
_SUPPLY_PARTS = {"armed", "equipped", "supplied"}
_MEDIATE_PARTS = {"brokered", "mediated", "hosted", "facilitated", "sponsored"}


@dataclass(slots=True)
class _Claim:
    relation: str
    trigger: Any  # spacy Token
    powers: list[Mention]
    party_heads: list = field(default_factory=list)
    parties: list[Mention] = field(default_factory=list)  # already read (glued forms)
    spread: bool = False  # mediation: every actor inside the phrase is a party
    whole_conflict: bool = False  # mediation with no party named: the conflict itself
    modality: Modality | None = None
    # "support for Ukraine against Russian forces": the opposition is in the war of the support
    conflict_of: _Claim | None = None
    conflict: Any = None  # the conflict found for this claim (a TheatreRef), once read
    # a loan, a grant or a sum of money lent or given: backing only with a war in sight
    needs_war: bool = False
    # "South Africa supplies the Renamo rebels": supplying with nothing named, only to the
    # armed ("Russia supplies Europe" is gas)
    armed_only: bool = False
    # "helped the rebels attack Gaddafi's forces": the help names the side it is against
    foe_named: bool = False
    # "Russian forces invaded Ukraine from Belarus": the fighting is in the party's country
    fought_in: bool = False


_STATE_KINDS = ("state", "leader", "coalition")
# who meets for a side at talks ("hosting the delegates of X and of Y")
_ENVOYS = {"delegate", "delegation", "representative", "negotiator", "envoy", "emissary"}
# the words of a state's armed men on the ground, who fight where they stand
_TROOPS = {"troops", "soldiers", "forces", "army", "marines", "paratroopers", "commandos"}


def _y_verb(lemma: str, groups) -> str:
    """ "resupplie" -> "resupply" when that is a verb of the rules' lists."""
    alt = lemma[:-2] + "y"
    return alt if any(alt in g.get("verbs", ()) for g in groups) else lemma


def _belligerent(power: str, m: Mention, theatre) -> bool:
    """Whether a power fights the conflict itself: named in the conflict's name ("Russia–Ukraine
    war"), or the country it is fought in. Such a power takes a side; it cannot mediate."""
    sides = {p.strip().lower() for p in re.split(r"[–—-]| and | vs\.? ", theatre.name)}
    sides.discard("")
    if power.lower() in sides or power.lower() + " war" in sides:
        return True
    words = theatre.name.lower().replace("–", " ").split()
    if power.lower() in words and len(words) > 1 and words[-1] in ("war", "conflict"):
        return True
    return bool(m.ref.code) and m.ref.code == theatre.country and m.ref.kind == "state"


def _people(m: Mention) -> bool:
    """ "the ethnic Serbs of Croatia": a people named as such (``PhraseReader._ethnic_group``),
    no armed group by its name."""
    return m.ref.kind == "armed" and m.ref.form == "written" and m.ref.name.startswith("ethnic ")


def _named(m: Mention) -> bool:
    """A side the text names (a state, a leader, a listed or proper-named group)."""
    ref = m.ref
    if ref.kind in ("state", "leader", "party", "coalition"):
        return True
    return any(ch.isupper() for ch in ref.name)


def trigger_readings(cfg: dict) -> dict[str, list[tuple[frozenset[str], ...]]]:
    """What a sentence needs for a claim to start (StanceRules.claims: keep in step; glued
    participles aside, "U.S.-backed"): each word a claim starts from (its lemma or
    lower-cased form), with, for each way it can start one, the groups of words of which
    the sentence must hold one ("sides with", "drive out", "a campaign against", weapons
    "received from")."""
    backs, opp, med, sup = cfg["backs"], cfg["opposes"], cfg["mediates"], cfg["supplies"]
    out: dict[str, list[tuple[frozenset[str], ...]]] = {}

    def low(words) -> frozenset[str]:
        return frozenset(w.lower() for w in words)

    def add(words, *groups: frozenset[str]) -> None:
        for w in words:
            out.setdefault(w.lower(), []).append(groups)

    against = frozenset(["against"])
    add(["back", "support", "backing"])
    for key in ("chunk_forms", "provide_verbs", "verbs", "keep_in_power", "agent_nouns", "nouns"):
        add(backs.get(key, []))
    for word, prep_words in backs.get("sides_with", {}).items():
        add([word], low(prep_words))
    add(backs.get("loyal_adjectives", []), frozenset(["to"]))
    add(backs.get("recognise_verbs", []), frozenset(["as"]))
    add(backs.get("aid_lots", []), low(backs.get("aid_lot_words", [])))
    add(cfg.get("pay_verbs", []), low(["for", *cfg.get("paid_nouns", [])]))
    add(cfg["fight"]["verbs"])
    add(cfg.get("invade_verbs", []))
    add(cfg.get("attack_verbs", []), frozenset(_TROOPS))
    add(opp.get("verbs", []))
    add(opp.get("nouns", []))
    for word, particle in opp.get("particle_verbs", {}).items():
        add([word], low([particle]))
    add(opp.get("member_nouns", []), against, low(opp.get("campaign_nouns", [])))
    add(opp.get("join_verbs", []), low(["in"]))
    add(opp.get("campaign_nouns", []), against)
    add(med.get("verbs", []))
    add(med.get("nouns", []))
    add(cfg.get("capture_verbs", []))
    add(sup.get("verbs", []))
    add(sup.get("no_weapon_needed", []))
    add(sup.get("nouns", []))
    add(sup.get("receive_verbs", []), low(["from"]), low(cfg.get("weapon_words", [])))
    aggressions = cfg.get("aggression_nouns", [])
    add(cfg.get("condemn_verbs", []), low([*aggressions, *(f"{w}s" for w in aggressions)]))
    return out


class StanceRules:
    def __init__(self, ctx: SentenceContext, doc_theatre, published: str | None = None) -> None:
        self.ctx = ctx
        self.lex = ctx.lex
        self.cfg = ctx.lex.stances
        self.doc_theatre = doc_theatre  # callable(ctx, powers, parties, trigger) -> id | None
        self.published = published
        self.reader = PhraseReader(ctx)
        self.modal = ModalityReader(self.lex.words)
        self.weapon_words = self.lex.words("weapon_words")
        self.loaded = self.lex.words("loaded_labels")
        self.conflict_words = self.lex.words("conflict_words")
        self.sideless = self.lex.words("sideless_words")
        self.consumed: set[int] = set()  # tokens already read as a party of an earlier claim
        self.chunk_heads: dict[int, Mention] = {}

    def _turn_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """The lexicon's verbs that end a backing after "but since/now" (stop, oppose) and
        those that switch it to another side (back, supply): see ``_left_since``."""
        reversing = frozenset(self.lex.words("stop_verbs")) | frozenset(
            self.cfg["opposes"]["verbs"]
        )
        sup = self.cfg["supplies"]
        switching = frozenset(
            (*self.cfg["backs"]["verbs"], *sup["verbs"], *sup["no_weapon_needed"])
        )
        return reversing, switching

    # --- actors ---------------------------------------------------------------------------
    def _actors_of(self, heads, role: str = "power") -> list[Mention]:
        out: list[Mention] = []
        for h in heads:
            ante = self._object_antecedent(h)
            ms = self.reader.actors(ante if ante is not None else h, role)
            if not ms and role == "power":
                ms = self._led_by(h)
            for m in ms:
                if role == "power" and not self._can_be_power(m, h):
                    continue
                if self._continent_of(m, h.doc):
                    continue
                if not any((m.start, m.ref) == (o.start, o.ref) for o in out):
                    out.append(m)
        return out

    @staticmethod
    def _continent_of(m: Mention, doc) -> bool:
        """ "its European allies", "European countries": an organisation's demonym on a
        plural noun names states of a continent, some inside the body and some not; the
        union is neither side."""
        if m.ref.kind != "org" or m.ref.form != "demonym" or m.j - m.i != 1:
            return False
        tok = doc[m.i]
        return tok.dep_ in ("amod", "compound") and tok.head.tag_ in ("NNS", "NNPS")

    def _object_antecedent(self, tok):
        """ "NATO air strikes backed the KLA as it fought Serbian forces": "it" in a clause
        hung on a verb whose subject is plural ("strikes") cannot be that subject; the
        verb's singular object is what the grammar leaves. None when the subject agrees
        (the nearest subject is then read as before) or no object does."""
        if tok.lower_ not in ("it", "its"):
            return None
        if tok.dep_ == "dobj" and tok.head.dep_ == "advcl" and tok.head.tag_ == "VBG":
            return self._object_of_controller(tok)
        verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok.head.head
        if verb.dep_ not in ("advcl", "conj", "ccomp") or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        main = verb.head
        if main.lower_ in self.lex.words("means_nouns") and any(
            c.lower_ in self.cfg["backs"].get("chunk_forms", []) for c in main.children
        ):
            # "NATO air strikes back KLA as it battles Serb forces", the tagger's verb being
            # the plural means: the backed name after the particle
            objs = [
                o
                for o in main.children
                if o.dep_ in ("dobj", "npadvmod") and o.tag_ in ("NN", "NNP") and o.i < tok.i
            ]
            return objs[0] if objs else None
        subj = children(main, "nsubj", "nsubjpass")
        # a plural common noun ("strikes", "troops"); a plural name is often one state ("the
        # United Arab Emirates", "the Philippines")
        if not subj or subj[0].tag_ != "NNS" or children(subj[0], "conj"):
            return None
        objs = [o for o in children(main, "dobj") if o.tag_ in ("NN", "NNP") and o.i < tok.i]
        return objs[0] if objs else None

    def _object_of_controller(self, tok):
        """ "Sudan took the UAE to court, accusing it of arming the RSF", "Ukraine summoned
        Iran's envoy, accusing it of supplying drones": the participle's own subject is the
        main clause's, so its object "it" is never that subject; it is the main verb's
        object before it (its owner when it has one: the envoy's state). The pronoun
        itself (a clause of its own, no antecedent here) when the main verb has none."""
        main = tok.head.head
        objs = [o for o in children(main, "dobj") if o.i < tok.i and o.tag_ in ("NN", "NNP")]
        if not objs:
            return tok
        owner = children(objs[0], "poss")
        return owner[0] if owner and owner[0].tag_ == "NNP" else objs[0]

    def _can_be_power(self, m: Mention, head) -> bool:
        """People the text names are powers only when they hold an office ("Premier Silvio
        Berlusconi", a listed leader); "Mandela and others" or a suspect are not."""
        ref = m.ref
        if ref.kind != "person":
            return True
        if not self.ctx.owns(m):
            return False
        if not any(ch.isupper() for ch in ref.name) and ref.code is None:
            return False  # "the president", "a governor": whose?
        sent = head.doc
        toks = [sent[k] for k in range(max(m.i - 4, self.ctx.s.sent.start), m.j)]
        titles = self.lex.words("titles")
        if any(t.lower_ in titles for t in toks):
            return True
        # "Liberia's Charles Taylor": a state's possessive in front of a name speaks for the
        # person as a title does; the power is the person, never the state's government
        return any(
            o is not None and o.ref.kind == "state"
            for t in sent[m.i : m.j]
            for c in children(t, "poss")
            for o in [self.ctx.mention(c)]
        )

    def _led_by(self, h) -> list[Mention]:
        """A coalition or alliance stands for whoever leads it ("X leads a coalition")."""
        found: list[Mention] = []
        for c in h.children:
            if c.dep_ == "relcl" and children(c, "nsubj"):
                continue  # "both countries, which lead NATO's strikes in Libya": they lead
            if c.lower_ in ("led", "-led") or c.lemma_ == "lead":
                for t in c.subtree:
                    m = self.ctx.mention(t)
                    if m is not None and m not in found:
                        found.append(m)
        if not found and h.dep_ == "dobj" and h.head.lemma_ in ("lead", "head", "command"):
            subj = children(h.head, "nsubj")
            if subj:
                found = self.reader.actors(subj[0], "power")
        return found

    def _subject_powers(self, tok) -> list[Mention]:
        subj = children(tok, "nsubj")
        if subj:
            s = subj[0]
            if s.lower_ in RELPRON and tok.dep_ == "relcl":
                # of a list, the names before the clause: "Russia, which backs Assad, and
                # Turkey, which backs the rebels"
                if self._arms_that_help(tok):
                    # "supplied drones that helped Abiy's forces": the supplier helped, not
                    # the arms ("sold jets that helped": "jets" may read as armed men)
                    got = self._subject_powers(tok.head.head)
                else:
                    got = self._actors_of(self._copula_subject(tok.head)) or [
                        m for m in self._actors_of([tok.head]) if not self.ctx.owns(m) or m.i < s.i
                    ]
            else:
                got = self._actors_of(with_conjuncts(s))
                # "NATO air strikes backed ...", "US drones supported ...": an action or
                # means of a power speaks for that power
                got = got or self._owners(with_conjuncts(s))
                got = got or self._both(s)
            if not got and s.i < tok.i and self._glued_subject(tok):
                # "French warplanes struck Islamist positions in northern Mali to support
                # ...": a "to" infinitive has no subject of its own without "for"; the
                # parser took the object of the verb before it for one
                got = self._subject_powers(tok.head)
        elif (sanctioned := self._sanctioned(tok)) is not None:
            got = self._actors_of(sanctioned)
        else:
            # "Tanzania attacked Libyan troops flown into Uganda to help Amin": the men moved
            # there help, not the main clause's subject the parser hangs the infinitive on
            got = self._actors_of(self._moved_men(tok))
            heads = self._accused(tok) or governing_subjects(
                shared_gerund(tok) or tok,
                self.modal.persuade,
                self.modal.commands,
                self.modal.stop,
            )
            got = got or self._before_relative(tok, heads, self._actors_of(heads))
            got = got or self._left_chain(tok)
        # "Along with Russia, Iran backs ...", "Together with Egypt, ...": co-powers
        for c in tok.children:
            if (c.dep_ == "prep" and c.lower_ in ("along", "together", "like")) or (
                c.dep_ == "advmod" and c.lower_ in ("along", "together")
            ):
                objs = [o for o in c.subtree if o.dep_ == "pobj"]
                got += [m for m in self._actors_of(objs[:1]) if m not in got]
        return [m for m in got if not (self.ctx.owns(m) and m.i in self.consumed)]

    @staticmethod
    def _copula_subject(noun) -> list:
        """ "Belarus is the only country that has supported the invasion", "Iran was the
        one state that armed them": a relative clause's antecedent that is what the
        copula's subject is stands for that subject."""
        if noun.dep_ != "attr" or noun.head.lemma_ != "be":
            return []
        subj = children(noun.head, "nsubj")
        return with_conjuncts(subj[0]) if subj else []

    def _before_relative(self, tok, heads, got: list[Mention]) -> list[Mention]:
        """ "sanctioned people and entities that help finance the ministry, the staff and the
        Guard": a relative clause follows what it describes, so of the subjects read through
        its pronoun only the names written before the pronoun are its antecedent; a name the
        parse joins to them after it (the Guard) is in the clause, financed."""
        for h in heads:
            for c in children(h, "relcl"):
                if tok not in c.subtree:
                    continue
                for p in children(c, "nsubj", "nsubjpass"):
                    if p.lower_ in RELPRON:
                        return [m for m in got if not self.ctx.owns(m) or m.i < p.i]
        return got

    def _moved_men(self, tok) -> list:
        """ "Libyan troops flown into Uganda to help Amin", "Cuban soldiers sent to Angola to
        defend the MPLA": an infinitive of purpose under a participle that tells how armed
        men were moved is what those men are there to do; they are its subject (their
        state's, as "Cuban troops" is Cuba's), read before the main clause's subject the
        parser may hang the infinitive on ("Tanzania attacked Libyan troops flown into Uganda
        to help Amin": Libya helps Amin, not Tanzania). A participle the tagger took for a
        past tense ("sent" VBD) counts where it hangs on the men as a clause. Only a state's
        armed men on the ground (``_TROOPS``): "weapons shipped to Kyiv to help Ukraine"
        names no one who helps. Men sent by someone else ("Kenyan troops sent by the UN to
        help Haiti") help for their sender: no one is read, neither their state nor the
        sender (the sender is not read by this rule nor as a supplier of them)."""
        if tok.dep_ not in ("advcl", "xcomp") or not infinitive(tok):
            return []
        part = tok.head
        # a participle the tagger took for a past tense ("troops sent into Russia" with "sent"
        # VBD) is still a participle where it hangs on a noun as a clause (acl)
        if part.dep_ != "acl" or part.tag_ not in ("VBN", "VBD") or part.head.lower_ not in _TROOPS:
            return []
        if any(c.dep_ == "agent" for c in part.children):
            return []  # "troops sent by the UN to help Haiti": not their own state's help
        return with_conjuncts(part.head)

    def _both(self, subj) -> list[Mention]:
        """ "Britain ... The Soviet Union saw a chance. Both sent arms": "both" (or "both
        countries") as a subject stands for two states named just before, in the two
        sentences before it in its paragraph. Only when exactly two states are named there:
        with three or more "both" could be any pair, and no one is read."""
        if not (
            subj.lower_ == "both"
            or (
                subj.pos_ == "NOUN"
                and subj.tag_ == "NNS"
                and any(c.lower_ == "both" for c in subj.children)
            )
        ):
            return []
        if any(c.dep_ == "prep" for c in subj.children):
            return []  # "both of them", "both sides in the war": named there, or not a pair
        found: dict[str, Mention] = {}
        ctx = self.ctx.prev
        for _ in range(2):
            if ctx is None or ctx.s.paragraph != self.ctx.s.paragraph:
                break
            for m in ctx.mentions:
                last = ctx.s.sent.doc[m.j - 1]
                if last.dep_ == "pobj" and last.head.lower_ in ("in", "into", "across", "near"):
                    continue  # "met in Moscow": a place, not one of the pair
                if m.ref.kind == "state" and m.ref.actor not in found:
                    found[m.ref.actor] = m
            ctx = ctx.prev
        return list(found.values()) if len(found) == 2 else []

    @staticmethod
    def _glued_subject(tok) -> bool:
        """An infinitive of purpose after its head's object ("struck ... positions to
        support"): no "for" before its subject, so the subject is a misparse."""
        return (
            tok.dep_ in ("ccomp", "advcl", "xcomp")
            and tok.head.pos_ == "VERB"
            and infinitive(tok)
            and not any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children)
            and bool(children(tok.head, "nsubj"))
        )

    def _sanctioned(self, tok) -> list | None:
        """ "sanctioned Chinese firms for helping Russia", "sanctions on Belarus and Iran for
        their support of Russia": a backing given as the reason for a penalty (or for being
        confronted, blamed, condemned or thanked) is the penalised one's, never the
        penaliser's. The penalised heads, or None when the word is
        no penalty's reason or the penalty names no one it falls on."""
        up = tok.head
        if (
            tok.dep_ not in ("pobj", "pcomp")
            or up.dep_ != "prep"
            or up.lower_ not in ("for", "over")
        ):
            return None
        head = up.head
        lem = head.lemma_.lower()
        if head.pos_ == "VERB" and (
            lem in self.lex.words("sanction_verbs")
            or lem in self.lex.words("reason_verbs")
            or lem in self.lex.words("condemn_verbs")
        ):
            # "must confront Russia for providing weapons to the Taliban", "thanked Iran for
            # backing": the one confronted, blamed or thanked does it, not the subject
            objs = children(head, "dobj")
            if objs and self._persons(objs[0]):
                # "arrested two Somalis for supplying al-Shabaab": people charged are
                # persons, not their state; nobody a side
                return []
            return with_conjuncts(objs[0]) if objs else None
        nouns = self.lex.words("sanction_nouns")
        if head.pos_ == "NOUN" and lem in nouns:
            penalties = [head]
        elif head.pos_ == "VERB":
            penalties = [o for o in children(head, "dobj") if o.lemma_.lower() in nouns]
        else:
            return None
        # "Rwanda could face sanctions over its support": no one named, the clause's own
        targets = [o for n in penalties for o in preps(n, "on", "against")]
        return targets or None

    def _accused(self, tok) -> list:
        """ "Moldova accuses Russia's 14th Army of arming the separatists": the parser may
        hang "of arming" on the accused noun; the one accused arms, not the accuser."""
        while tok.dep_ == "xcomp" and tok.head.i != tok.i:
            tok = tok.head  # "of plotting to overthrow"
        up = tok.head
        if tok.dep_ != "pcomp" or up.dep_ != "prep" or up.lower_ not in ("of", "by"):
            return []
        noun = up.head
        charged = noun.head
        if (
            up.lower_ == "of"
            and noun.lemma_.lower() in self.lex.words("charge_nouns")
            and noun.dep_ == "pobj"
            and charged.dep_ == "prep"
            and charged.head.pos_ == "VERB"
        ):
            # "Police arrested the opposition leader on a charge of plotting to overthrow
            # the government": the one charged (arrested, held, jailed) plots, never who
            # charges; no one when the verb names no one
            objs = children(charged.head, "dobj", "nsubjpass")
            return with_conjuncts(objs[0]) if objs else [noun]
        accuse = self.lex.words("accuse_verbs")
        if up.lower_ == "by":
            # "accusing it of complicity in genocide by arming the RSF": the means of what
            # the accused is charged with is the accused's too
            accused = children(noun, "dobj")
            if noun.lemma_.lower() in accuse and accused:
                return with_conjuncts(accused[0])
            if noun.dep_ == "pcomp" and noun.pos_ == "VERB":
                # "accused of fuelling the war by supplying the rebels": the means of a
                # charge is the charged one's
                return self._accused(noun)
            charge = next(
                (
                    t
                    for t in tok.doc[noun.i + 1 : up.i]
                    if t.lemma_.lower() in accuse and t.tag_ == "VBN" and preps(t, "of")
                ),
                None,
            )
            if noun.pos_ == "VERB" and charge is not None:
                # the same, with "by ..." hung on the clause's verb past the charge ("gave
                # him the names of three men accused of fuelling the war by supplying ...")
                return self._charged(charge) or [charge]
            return []
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in accuse:
            return with_conjuncts(noun)
        if up.lower_ == "of" and noun.pos_ == "VERB" and noun.lemma_.lower() in accuse:
            # "accused the government in Islamabad of backing": "of ..." hung on the verb
            return self._charged(noun)
        place = noun.head
        if (
            up.lower_ == "of"
            and noun.dep_ == "pobj"
            and place.dep_ == "prep"
            and place.head.lemma_.lower() in accuse
            and children(place.head, "dobj")
        ):
            # "accused the government in Lusaka of harbouring the guerrillas": "of ..." hung
            # on the place of the one accused
            return with_conjuncts(children(place.head, "dobj")[0])
        if noun.dep_ == "acl" and noun.tag_ == "VBN" and noun.lemma_.lower() in accuse:
            # "named three South Africans accused of supplying the rebels": the noun the
            # participle describes is the one accused, not the subject of the clause
            return self._charged(noun)
        if (
            noun.dep_ == "advcl"
            and noun.tag_ == "VBN"
            and noun.lemma_.lower() in accuse
            and noun.i > noun.head.i
            and self._set_off_after(noun) is not None
        ):
            # "Kenya named Eritrea, accused of arming al-Shabaab, in its complaint": a
            # participle set off after the verb's object describes that object
            return self._charged(noun)
        if up.lower_ == "of":
            # an accusing word that governs "of ..." charges someone else than who
            # accuses, whatever the parser hung "of" on ("accused businessmen close to the
            # junta of funding ...", "filed a complaint ..., accused of arming ..."): the
            # accuser is never the one accused; no one when the one charged is not found
            verb = next((a for a in up.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is not None and verb.lemma_.lower() in accuse:
                return self._charged(verb) or [verb]
        return []

    @staticmethod
    def _set_off_after(charge):
        """The noun right before the comma that opens a passive participle ("named Iran,
        accused of ..."): a participle set off by commas describes the noun it follows,
        whatever word the parser hung it on. Only a verb's own subject or object (or a name
        in apposition to one) is so described: the object of a preposition is a word of
        the verb's circumstances ("filed a complaint against Eritrea with the United
        Nations, accused of ...": not the United Nations). None when no such noun stands
        there."""
        k = charge.i - 1
        if k < 1 or charge.doc[k].lower_ != ",":
            return None
        before = charge.doc[k - 1]
        while before.dep_ in ("compound", "flat") and before.head.i > before.i:
            before = before.head
        if before.pos_ not in ("NOUN", "PROPN") or before.i >= k:
            return None
        role = before
        while role.dep_ in ("appos", "conj") and role.head.i < role.i:
            role = role.head  # "named its neighbour, Eritrea, accused of"
        if role.dep_ not in ("dobj", "oprd", "nsubj", "nsubjpass", "attr", "ROOT"):
            return None
        return before

    def _closing_comma(self, trigger) -> int:
        """Where the parties of a trigger inside an accusing participle set off by a comma
        end ("named Eritrea, accused of arming al-Shabaab, and Djibouti": at the comma
        before "and"): a comma right before "and" after one party closes the participle
        (two parties take no comma), while "arming A, B and C" is a list and stays whole.
        The sentence's end otherwise."""
        accuse = self.lex.words("accuse_verbs")
        doc, end = trigger.doc, trigger.sent.end
        charge = next(
            (a for a in trigger.ancestors if a.tag_ == "VBN" and a.lemma_.lower() in accuse),
            None,
        )
        if charge is None or charge.i == 0 or doc[charge.i - 1].lower_ != ",":
            return end
        comma = next((t for t in doc[trigger.i + 1 : end] if t.lower_ == ","), None)
        if comma is None or comma.i + 1 >= end or doc[comma.i + 1].lower_ not in ("and", "or"):
            return end
        return comma.i

    def _charged(self, charge) -> list:
        """Whom an accusing word charges: its object ("accuses Russia of"), or the noun its
        participle describes ("Syrians accused of", "named three men accused of"). People
        charged are persons, not their state: the word itself (no one) when they are."""
        objs = children(charge, "dobj")
        described = self._set_off_after(charge) if charge.tag_ == "VBN" else None
        if not objs and described is not None and charge.dep_ in ("acl", "advcl"):
            # the participle's closing comma ends the ones it describes ("named Eritrea,
            # accused of arming the rebels, and Djibouti": not Djibouti)
            end = charge.right_edge.i
            if self._persons(described):
                return [charge]
            return [t for t in with_conjuncts(described) if t.i < end]
        elif (
            not objs
            and charge.tag_ == "VBN"
            and charge.dep_ == "acl"
            and charge.doc[charge.i - 1].lower_ != ","
        ):
            objs = [charge.head]
        elif not objs and charge.tag_ == "VBN" and charge.dep_ == "oprd":
            objs = children(charge.head, "dobj")  # "named three men accused of"
        elif not objs and charge.dep_ == "advcl" and charge.i < charge.head.i:
            # "Accused of arming the rebels, Sudan denied the charge": the clause's subject
            objs = children(charge.head, "nsubj", "nsubjpass")
        elif not objs:
            # "Algeria is accused of supporting", "Russia and France accused of sending" (a
            # headline): with no object, an accusing verb's subject is the one accused
            objs = children(charge, "nsubjpass", "nsubj")
        if not objs:
            return [charge]  # no one, never who accuses
        if self._persons(objs[0]):
            return [charge]
        return with_conjuncts(objs[0])

    def _persons(self, noun) -> bool:
        """ "three Syrians", "Somalis", "two Iranian nationals", "businessmen": individuals
        told by their number, a bare plural of their people or a word for people are
        persons, not their state ("the Russians" stays the state, as does "two states")."""
        lem = noun.lemma_.lower()
        if lem in ("state", "country", "nation", "government", "power"):
            return False
        if lem in self.lex.words("state_organs") or noun.lower_ in self.lex.words("state_organs"):
            return False  # "three Rwandan officials", "two officers": they act for their state
        if lem in self.lex.words("people_nouns") or noun.lower_ in self.lex.words("people_nouns"):
            return True
        if noun.pos_ == "NOUN" and (lem.endswith("man") or lem.endswith("woman")):
            return True  # "businessmen", "fishermen": one person by a trade
        if children(noun, "nummod"):
            return True
        m = self.ctx.mention(noun)
        return (
            m is not None
            and m.ref.form == "demonym"
            and (noun.tag_ in ("NNPS", "NNS") or noun.lower_.endswith("s"))
            and not children(noun, "det", "poss")
        )

    def _left_chain(self, tok) -> list[Mention]:
        """Names right before the verb ("Moscow and Tehran back", "Abu Dhabi has supported"):
        the word-level fallback when the parse gives the verb no subject."""
        sent = tok.doc
        lo = self.ctx.s.sent.start
        left: list[Mention] = []
        k = tok.i - 1
        while (
            k >= lo
            and (
                sent[k].pos_ in ("AUX", "ADV")
                or sent[k].lower_ in ("also", "openly", "still", "now", "long")
            )
            and sent[k].dep_ != "neg"
        ):
            k -= 1
        means = self.lex.words("means_nouns")
        if k >= lo and sent[k].lower_ in means:
            # "NATO air strikes back KLA" (a headline the tagger reads with "strikes" as its
            # verb): the means speak for their owner, the name before them
            k -= 1
            if k >= lo and f"{sent[k].lower_} {sent[k + 1].lower_}" in means:
                k -= 1
        seen_and = False
        while k >= lo:
            m = self.ctx.mention(sent[k])
            if m is None or sent[m.j - 1].dep_ == "pobj":
                break
            left.insert(0, m)
            k = m.i - 1
            if k >= lo and sent[k].lower_ == "the":
                k -= 1  # "Egypt and the UAE back"
            # "A, B and C back": a comma only inside a list that ends with "and"
            if k >= lo and (sent[k].lower_ == "and" or (sent[k].text == "," and seen_and)):
                seen_and = seen_and or sent[k].lower_ == "and"
                k -= 1
                continue
            break
        return left

    def _chunk(self, tok) -> list[_Claim]:
        """Word-level rule for "X (and Y) back(s) Z" when the tagger missed the verb."""
        sent = tok.doc
        hi = self.ctx.s.sent.end
        left = self._left_chain(tok)
        if not left:
            return []
        k = tok.i + 1
        while k < hi and sent[k].pos_ == "DET":
            k += 1
        if k >= hi:
            return []
        m = self.ctx.mention(sent[k])
        if m is None:
            # a side no lexicon lists ("back the Okapi Front"): the phrase's head
            head = sent[k]
            while head.dep_ in ("compound", "amod", "flat") and head.head.i > head.i:
                head = head.head
            if head.pos_ not in ("NOUN", "PROPN") or self._is_rival(head):
                return []
            return [_Claim("backs", tok, left, [head])]
        head = sent[m.j - 1]
        if m.j < hi and sent[m.j].tag_ == "POS":
            # "back Georgia's territorial integrity": what is backed is the thing possessed
            owned = head.head
            if owned.i <= head.i or not self.reader.is_actor_noun(owned):
                return []
            return [_Claim("backs", tok, left, [owned])]
        self.consumed.update(range(m.i, m.j))
        self.chunk_heads[head.i] = m
        return [_Claim("backs", tok, left, [head])]

    def _against(self, tok) -> list:
        out = []
        for t in phrase(tok):
            if t.dep_ == "prep" and t.lower_ == "against":
                out += [o for c in t.children if c.dep_ == "pobj" for o in with_conjuncts(c)]
        return out

    def _is_rival(self, tok) -> bool:
        """ "back rival sides", "backed rival rebel groups", "arm opposing factions": each
        backs one of them, the sentence does not say which."""
        lem = tok.lemma_.lower()
        if lem != "side" and lem not in self.lex.words("armed_nouns"):
            return False
        return any(c.lower_ in self.cfg.get("rival_words", []) for c in tok.children)

    def _supplied_arms(self, tok) -> bool:
        """Arms as the object of a verb of supply ("supplied drones", "sold jets")."""
        verb = tok.head
        return (
            tok.dep_ == "dobj"
            and verb.i != tok.i
            and verb.lemma_.lower() in self.cfg["supplies"]["verbs"]
            and self._weaponish(tok)
        )

    def _weaponish(self, tok) -> bool:
        if self._relief(tok):
            # "sent food aid to Yemen"; "humanitarian aid and weapons": the arms listed
            # with it stay arms
            return any(self._weaponish_noun(c) for c in with_conjuncts(tok) if not self._relief(c))
        return self._weaponish_noun(tok)

    def _weaponish_noun(self, tok) -> bool:
        organ = tok.lemma_.lower() in self.lex.words("state_organs")
        for t in phrase(tok):
            if organ and t.i == tok.i:
                continue  # "the Myanmar military" is who is armed; "military aid" is arms
            if t.lemma_.lower() in self.weapon_words or t.lower_ in self.weapon_words:
                return True
            if any(a.i <= t.i < a.j and a.kind == "weapon" for a in self.ctx.assets):
                return True
        return False

    def _weaponish_mod(self, tok) -> bool:
        return any(
            c.dep_ in ("compound", "amod") and (c.lemma_.lower() in self.weapon_words)
            for c in tok.children
        )

    # --- triggers -------------------------------------------------------------------------
    def claims(self) -> list[_Claim]:
        # what a claim needs to start is listed in trigger_readings(): keep them in step
        out: list[_Claim] = self._compound_claims()
        glued = {c.token.i for c in self.ctx.compounds}
        backs = self.cfg["backs"]
        fight = self.cfg["fight"]
        opp = self.cfg["opposes"]
        med = self.cfg["mediates"]
        sup = self.cfg["supplies"]
        sides = backs.get("sides_with", {})
        for tok in self.ctx.s.sent:
            if tok.i in glued or tok.i in self.ctx.backer_tokens:
                continue
            lem = tok.lemma_.lower()
            if lem.endswith("ie") and tok.lower_.endswith("ied"):
                # "resupplied" -> "resupplie", the lemmatiser's guess for a verb it lacks
                lem = _y_verb(lem, (sup, backs, med, opp))
            prt = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
            if self._is_rival(tok):
                continue  # "X and Y back rival sides" names no party by itself
            if tok.pos_ == "ADJ" and lem in backs.get("loyal_adjectives", []):
                out += self._loyal(tok)
                continue
            if tok.pos_ == "NOUN" and lem in backs.get("request_nouns", []):
                out += self._at_request(tok)
                continue
            if tok.dep_ == "amod" and tok.tag_ in ("JJ", "VBN"):
                verb_read = self._relative_participle(tok)
                if verb_read:
                    out += verb_read
                    continue
            if tok.pos_ == "ADJ" and tok.dep_ == "acomp":
                verb_read = self._adjective_passive(tok)
                if verb_read:
                    out += verb_read
                    continue
            if tok.pos_ not in ("VERB", "NOUN") and tok.lower_ in backs.get("chunk_forms", []):
                out += self._chunk(tok)
                continue
            if tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and tok.tag_ == "NNS":
                # "Algeria arms and shelters the Polisario guerrillas ...": a sentence the
                # tagger read as one noun phrase
                read = self._root_noun_verb(tok, lem)
                if read:
                    out += read
                    continue
            if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and lem == "back"):
                passive = bool(children(tok, "nsubjpass", "auxpass")) or (
                    tok.tag_ == "VBN"
                    and tok.dep_ in ("acl", "amod", "advcl", "relcl", "conj")
                    and not children(tok, "nsubj", "dobj")
                )
                needs = backs.get("particles_required", {})
                keeps = lem in backs.get("keep_in_power", []) and any(
                    o.lower_ == "power" for o in preps(tok, "in")
                )
                if lem in sides and preps(tok, *sides[lem]) and lem not in fight["verbs"]:
                    out += self._sides_with(tok, sides[lem])
                elif lem in backs.get("recognise_verbs", []) and self._recognised_as(tok):
                    out += self._recognise(tok, passive)
                elif lem in backs.get("provide_verbs", []) and self._provided(tok):
                    out += self._provide(tok)
                elif lem in self.lex.words("pay_verbs"):
                    out += self._paid_for(tok)
                elif (lem in backs["verbs"] and needs.get(lem, prt) == prt) or keeps:
                    out += self._verb(tok, "backs", passive)
                elif lem in fight["verbs"]:
                    out += self._fight(tok)
                elif lem in self.lex.words("invade_verbs") | self.lex.words("attack_verbs"):
                    out += self._hostile_act(tok, lem, passive)
                elif lem in self.lex.words("condemn_verbs") and self._aggressors(tok):
                    out.append(
                        _Claim("opposes", tok, self._subject_powers(tok), self._aggressors(tok))
                    )
                elif lem in opp["verbs"] or opp.get("particle_verbs", {}).get(lem) == prt != None:  # noqa: E711
                    out += self._verb(tok, "opposes", passive)
                elif lem in med["verbs"]:
                    out += self._mediate_verb(tok)
                elif lem in opp.get("join_verbs", []):
                    out += self._joined(tok)
                elif lem in self.cfg.get("capture_verbs", []) and self._took_place(tok):
                    # "French troops retook Gao from Islamist militants"
                    out.append(
                        _Claim("opposes", tok, self._subject_powers(tok), preps(tok, "from"))
                    )
                elif lem in sup["verbs"] or lem in sup["no_weapon_needed"]:
                    out += self._supply_verb(tok, passive)
                elif lem in sup.get("receive_verbs", []):
                    out += self._receive(tok)
            elif tok.pos_ in ("NOUN", "PROPN"):
                came = self._came_to_aid(tok)
                commanded = self._under_command(tok)
                if came is not None:
                    out.append(came)
                elif commanded is not None:
                    out.append(commanded)
                elif lem in backs.get("agent_nouns", []):
                    out += self._agent_noun(tok)
                elif (lem in backs["nouns"] and lem not in backs.get("provided_nouns", [])) or (
                    not self._is_provided(tok)
                    and (
                        lem in ("support", "backing")
                        or (lem in backs["nouns"] and self._owned(tok))
                        # "holds power with the help of 140,000 Vietnamese troops"
                        or (lem in backs["nouns"] and self._served(tok) and self._own_powers(tok))
                    )
                ):
                    out += self._noun(tok, "backs", ("of", "for", "to"))
                elif lem in opp["nouns"]:
                    out += self._noun(tok, "opposes", ("of",))
                elif lem in backs.get("aid_lots", []) and self._aid_lot(tok):
                    # "announced a $400 million military aid package for Ukraine"
                    out += self._noun(tok, self._aid_lot(tok), ("for", "to"))
                elif lem in opp.get("member_nouns", []):
                    # "Turkey, a partner in the campaign against IS": opposes IS
                    out += self._member_against(tok, self._noun_powers(tok))
                elif lem in med["nouns"] or tok.lower_ in med["nouns"]:
                    out += self._mediate_noun(tok)
                elif self._progressive_noun(tok, med["verbs"]):
                    out += self._mediating(tok)
                elif lem in sup["nouns"]:
                    of = preps(tok, "of")
                    if not (any(self._weaponish(o) for o in of) or self._weaponish_mod(tok)):
                        pass
                    elif lem in self.lex.words("supplier_nouns"):
                        # "China is the junta's main arms supplier": as "the group's backer"
                        out += [
                            _Claim("supplies", c.trigger, c.powers, c.party_heads)
                            for c in self._agent_noun(tok)
                            if c.relation == "backs"
                        ]
                    else:
                        out += self._noun(tok, "supplies", ("to",))
                if lem in opp.get("campaign_nouns", []) and self._campaign_foes(tok):
                    out += self._campaign(tok)
        self._armed_to_fight(out)
        for cl in out:
            # "Iran backs the Houthis in their war against Saudi Arabia": the war of a side
            # backed in the same sentence is the backing's
            if cl.conflict_of is None and cl.relation == "opposes" and cl.trigger.pos_ == "NOUN":
                cl.conflict_of = next(
                    (
                        o
                        for o in out
                        if o is not cl
                        and o.relation in ("backs", "supplies")
                        and any(m in cl.powers for m in self._actors_of(o.party_heads))
                    ),
                    None,
                )
        # "NATO air strikes backed the KLA as it fought Serbian forces": the backed side's
        # fight, told in a clause of the backing, is in the backing's war
        for cl in out:
            subj = children(cl.trigger, "nsubj")
            ante = self._object_antecedent(subj[0]) if subj else None
            if cl.conflict_of is None and ante is not None:
                cl.conflict_of = next(
                    (o for o in out if o is not cl and ante in o.party_heads), None
                )
        # "Washington and its NATO allies have sent weapons to Ukraine": an alliance named
        # beside its ally as the subject of an act is in that act's war, not the ally's home
        for cl in out:
            first = cl.trigger
            if cl.conflict_of is not None or cl.relation != "backs" or first.pos_ != "NOUN":
                continue
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            if first is cl.trigger or first.dep_ not in ("nsubj", "nsubjpass"):
                continue
            cl.conflict_of = next(
                (o for o in out if o is not cl and o.trigger == first.head and not o.conflict_of),
                None,
            )
        # a claim is placed after the one whose war it takes
        return [c for c in out if c.conflict_of is None] + [c for c in out if c.conflict_of]

    # glued participles: "U.S.-backed", "African Union-sponsored talks"
    def _compound_claims(self) -> list[_Claim]:
        out: list[_Claim] = []
        med_objects = {w.lower() for w in self.cfg["mediates"]["objects"]}
        for c in self.ctx.compounds:
            if c.head is None or c.participle == "led":
                continue
            head_lem = c.head.lemma_.lower()
            if c.participle in _MEDIATE_PARTS and head_lem in med_objects:
                between = preps(c.head, "between", "with")
                out.append(
                    _Claim(
                        "mediates",
                        c.token,
                        [c.backer],
                        between,
                        spread=bool(between),
                        whole_conflict=not between,
                    )
                )
            elif c.participle in _SUPPLY_PARTS:
                out.append(_Claim("supplies", c.token, [c.backer], [c.head]))
            elif c.participle in _BACKS_PARTS:
                out.append(_Claim("backs", c.token, [c.backer], [c.head]))
        return out

    def _verb(self, tok, rel: str, passive: bool) -> list[_Claim]:
        if passive:
            agents = preps(tok, "by")
            if not agents:  # "financed and armed by the CIA": the agent both verbs share
                agents = [o for c in children(tok, "conj") for o in preps(c, "by")]
            if not agents:
                return []
            # "backed by MiG-23 jets", "backed by US air power": a means names its owner
            # or nobody, never itself
            means = self.lex.words("means_nouns")
            if any(a.lemma_.lower() in means or a.lower_ in means for a in agents):
                powers = self._owners(agents)
            else:
                powers = self._actors_of(agents) or self._owners(agents)
            subj = children(tok, "nsubjpass")
            if subj:
                heads = with_conjuncts(subj[0])
            elif tok.dep_ in ("acl", "amod", "relcl"):
                heads = self._trailing_subject(tok) or [tok.head]
            elif tok.dep_ == "conj" and tok.head.dep_ in ("acl", "amod"):
                heads = [tok.head.head]
            elif tok.dep_ == "conj" and tok.head.dep_ == "acomp":
                # "are armed and trained by Iran", the first read as an adjective of "be",
                # which carries the verb's negation and speaker
                heads = [h for s in children(tok.head.head, "nsubj") for h in with_conjuncts(s)]
                return [_Claim(rel, tok.head, powers, heads)]
            elif self._trailing_subject(tok):
                # "Congolese troops fought the M23 rebels, backed by UN peacekeepers."
                heads = self._trailing_subject(tok)
            else:  # advcl: "Hezbollah fighters, backed by Iran, helped ..."
                left = self._np_before_comma(tok)
                # (a place before the comma, "shelled rebel positions in Aleppo, backed by
                # Russian air strikes", is nobody backed: the clause's subject is)
                heads = [left] if left is not None and self._actors_of([left]) else []
                if not heads:
                    heads = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
                if not heads and tok.head.pos_ in ("NOUN", "PROPN"):
                    heads = [tok.head]
            return [_Claim(rel, tok, powers, heads)]
        powers = self._subject_powers(tok)
        dobj = _own_objects(tok)
        if not dobj:  # "armed and financed the rebels": the object both verbs share
            dobj = [d for c in children(tok, "conj") for d in children(c, "dobj")]
        if not dobj:
            dobj = self._pair_object(tok)
        fronted = self._fronted(tok) if not dobj else None
        if fronted is not None:
            dobj, powers = [fronted[0]], self._actors_of(fronted[1])
        heads = with_conjuncts(dobj[0]) if dobj else []
        # "back Slovenia's and Croatia's independence": a possessor the parser left as the
        # object is not what is backed
        heads = [h for h in heads if not any(c.tag_ == "POS" for c in h.children)]
        foes: list = []
        if tok.lemma_ in ("help", "assist"):
            # before whose offensive: "helped the Kabul government repel the Taliban's
            # offensive", the verb glued into the object, helps the government
            heads, foes = self._helped(tok, heads)
            foes = [o for h in foes for o in self._campaign_owner(h)]
        if rel == "backs":
            heads = [o for h in heads for o in self._campaign_owner(h)]
        if (
            tok.lemma_ in ("help", "assist")
            and heads
            and self._helped_to_agree(tok)
            # "helped the farmers strike a deal with the buyers": people, not sides
            and any(self.reader.actors(h, "party") for h in heads)
        ):
            # "Norway helped the government and the Tamil Tigers reach a ceasefire": help to
            # a deal between sides is mediation, not backing either
            return [_Claim("mediates", tok, powers, heads, spread=True)]
        if not heads:
            heads = preps(tok, "behind", "with")
        if not heads:
            # "does not back Assad": a name the parser took for an adverb of the verb
            heads = [
                c
                for c in tok.children
                if c.dep_ in ("advmod", "npadvmod") and c.i > tok.i and self.ctx.mention(c)
            ]
        if any(self._is_rival(h) for h in heads):
            return []
        co = [] if rel == "opposes" else self._actors_of(preps(tok, "with", "alongside"))
        # "supports the M23 with troops": means, not a partner
        co = [m for m in co if m.ref.kind in ("state", "org", "leader", "party", "coalition")]
        out = [_Claim(rel, tok, powers + [m for m in co if m not in powers], heads)]
        if foes:
            glued = [f for f in foes if self._glued_help_verb(tok, f) is not None]
            out.append(
                _Claim(
                    "opposes",
                    tok,
                    powers,
                    [f for f in foes if f not in glued],
                    parties=[m for f in glued for m in self._foe_after_verb(tok, f)],
                    conflict_of=out[0],
                )
            )
            out[0].foe_named = self._names_foe(foes)
        against = self._against(tok)
        if rel == "backs" and against:
            out.append(_Claim("opposes", tok, powers, against, conflict_of=out[0]))
            out[0].foe_named = out[0].foe_named or self._names_foe(against)
        if tok.lemma_ in ("help", "assist") and heads and self._arms_that_help(tok):
            # "supplied drones that helped Abiy's forces": the arms went to those helped, and
            # the help is said as the supply is ("denies supplying drones that helped")
            out.append(_Claim("supplies", tok, powers, heads, conflict_of=out[0]))
            for cl in out:
                cl.trigger = tok.head.head
        elif tok.lemma_ in ("help", "assist") and heads and self._sales_help(tok):
            # "American arms sales helped Saudi Arabia fight the Houthis": sold to those helped
            out.append(_Claim("supplies", tok, powers, heads, conflict_of=out[0]))
        return out

    def _pair_object(self, tok) -> list:
        """ "India trained and armed Tamil militants": the second verb tagged as the
        adjective of the object ("armed militants"), which the parser made a conjunct of
        the first verb (or whose adjective the first verb was read as too); the object both
        verbs share."""
        doc = tok.doc
        if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "and":
            return []
        second = doc[tok.i + 2]
        verbs = self.cfg["backs"]["verbs"] + self.cfg["supplies"]["no_weapon_needed"]
        if second.dep_ != "amod" or second.tag_ not in ("VBN", "JJ", "VBD"):
            return []
        if second.lemma_.lower() not in verbs and second.lower_.removesuffix("ed") not in verbs:
            return []
        obj = second.head
        if obj.pos_ not in ("NOUN", "PROPN"):
            return []
        if obj.dep_ == "conj" and obj.head.i == tok.i:
            return [obj]
        if tok.dep_ == "amod" and tok.head.i == obj.i and children(tok, "nsubj"):
            # "The United States trained and armed moderate Syrian rebels": both verbs read
            # as the object's adjectives, the first with a subject of its own
            return [obj]
        return []

    def _names_foe(self, heads) -> bool:
        """Whether the words a help is against name a side ("Gaddafi's forces", "the
        Houthis"; not "the problem")."""
        return any(
            _named(m) and m.ref.kind in ("party", "armed", "state", "leader")
            for m in self._actors_of(heads)
        )

    def _armed_side(self, tok) -> bool:
        """Armed men or a group named as a side ("Gaddafi's forces", "the Houthis",
        "government troops"), not a place or a thing struck ("Yemen", "positions")."""
        armed = self.lex.words("group_nouns") | self.lex.words("armed_nouns")
        if tok.lemma_.lower() in armed or tok.lower_ in armed:
            return True
        m = self.ctx.mention(tok)
        return m is not None and m.ref.kind in ("party", "armed")

    def _sales_help(self, tok) -> bool:
        """A help verb whose subject is a sale of arms ("Israeli arms sales helped")."""
        subj = children(tok, "nsubj")
        return bool(subj) and self._sale(subj[0])

    def _arms_that_help(self, tok) -> bool:
        """A help verb in a relative clause on arms supplied ("drones that helped")."""
        subj = children(tok, "nsubj")
        return (
            tok.dep_ == "relcl"
            and bool(subj)
            and subj[0].lower_ in RELPRON
            and self._supplied_arms(tok.head)
        )

    def _root_noun_verb(self, tok, lem: str) -> list[_Claim]:
        """A verb in the third person the tagger took for a plural noun at the root, the
        power's name glued to it as a modifier and the side after it as an apposition
        ("Algeria arms and shelters the Polisario guerrillas fighting for ..."). Only a
        name right before it and a side with "the" after it: "Algeria arms exports" stays
        a noun."""
        if lem in self.cfg["supplies"]["no_weapon_needed"]:
            rel = "supplies"
        elif lem in self.cfg["backs"]["verbs"]:
            rel = "backs"
        else:
            return []
        before = [c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1]
        powers = self._actors_of(before)
        if not powers or any(m.ref.kind not in _STATE_KINDS for m in powers):
            return []
        sides = [
            c
            for c in tok.children
            if c.dep_ in ("appos", "dobj")
            and c.i > tok.i
            and any(d.lower_ == "the" for d in children(c, "det"))
        ]
        parties = [m for m in self._actors_of(sides[:1]) if m.ref.kind not in _STATE_KINDS]
        if not parties:
            return []
        return [_Claim(rel, tok, powers, sides[:1])]

    def _campaign_owner(self, head) -> list:
        """ "support the Malian army's counter-offensive", "backed Kyiv's counteroffensive",
        "a Syrian army offensive": whose offensive is backed; any other object as it is."""
        doc, k = head.doc, head.i
        word = head.lower_
        while k + 2 < len(doc) and doc[k + 1].text in ("-", "‐", "‑") and doc[k + 2].is_alpha:
            word, k = f"{word}-{doc[k + 2].lower_}", k + 2
        last = word.split("-")[-1]
        camp = {w.lower() for w in self.cfg["opposes"]["campaign_nouns"]}
        if last not in camp and last != "counteroffensive":
            return [head]
        owners = [c for c in head.children if c.dep_ == "poss" and self._actors_of([c])]
        # "a Syrian army offensive": the army named before the offensive
        owners = owners or [
            c for c in head.children if c.dep_ == "compound" and self._actors_of([c])
        ]
        # "the French operation in Mali": a state's adjective owns its campaign
        owners = owners or [
            c
            for c in head.children
            if c.dep_ == "amod"
            and c.i < head.i
            and any(m.ref.kind == "state" and m.ref.form == "demonym" for m in self._actors_of([c]))
        ]
        return owners or [head]

    @staticmethod
    def _fronted(tok):
        """ "the RSF, which the UAE is accused of arming", "a militia that Iran is said to
        fund": the relative pronoun is the object of the verb nested under the relative
        clause's own verb, and that verb's subject is the verb's. (pronoun, subjects) or
        None."""
        t = tok
        for _ in range(4):
            if t.dep_ == "relcl":
                break
            if t.dep_ not in ("pobj", "prep", "pcomp", "xcomp") or t.head.i == t.i:
                return None
            t = t.head
        if t.dep_ != "relcl":
            return None
        prons = [c for c in t.children if c.lower_ in RELPRON and c.dep_ in ("dobj", "pobj")]
        if t.i == tok.i:
            # "the YPG, which the United States has armed to fight Islamic State": the
            # parser hangs the pronoun on the infinitive, which has an object of its own
            prons = [c for x in t.children if x.dep_ in ("xcomp", "advcl") for c in _lent(x)]
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not prons or not subj:
            return None
        return prons[0], with_conjuncts(subj[0])

    def _relative_participle(self, tok) -> list[_Claim]:
        """ "The United States, which armed UNITA rebels in the 1980s, ...", "Eritrea has
        armed Oromo rebels": right after a relative pronoun or "has" the parser may read the
        verb as an adjective of its object ("armed rebels"); the pronoun's noun (or the
        subject of "has") is the power, the noun the word modifies the party."""
        doc = tok.doc
        if tok.i == 0:
            return []
        before = doc[tok.i - 1]
        if before.lower_ in ("which", "who"):
            ante = antecedent(before)
            powers = self._actors_of([ante]) if ante is not None else []
        elif before.lemma_ == "have" and before.dep_ == "aux" and before.head == tok:
            # "Iran has armed and trained Shiite militias that ...": "has" kept as the
            # participle's auxiliary, the participle (with its subject) hung on the object
            subj = children(tok, "nsubj")
            powers = self._actors_of(with_conjuncts(subj[0])) if subj else []
        elif (
            before.lemma_ == "have" and before.i > self.ctx.s.sent.start and tok.head.head == before
        ):
            # "Eritrea has armed Oromo rebels": "has" read as the verb, "armed" as an
            # adjective of its object
            subj = children(before, "nsubj")
            powers = self._actors_of(with_conjuncts(subj[0])) if subj else []
        else:
            return []
        word = tok.lower_
        rel = "supplies" if word in _SUPPLY_PARTS else "backs"
        if rel == "backs" and (word not in _BACKS_PARTS or word in ("allied", "aligned")):
            return []
        if not powers or tok.head.pos_ not in ("NOUN", "PROPN") or tok.head.i < tok.i:
            return []
        # the verb's words ("has") carry its time, speaker and negation
        return [_Claim(rel, before if before.lemma_ == "have" else tok, powers, [tok.head])]

    def _adjective_passive(self, tok) -> list[_Claim]:
        """ "The Viet Cong are armed and directed by North Vietnam": the parser may read the
        first participle after "be" as an adjective, the agent hung on the second; the
        subject of "be" is armed (or backed) by the agent."""
        word = tok.lower_
        if word not in ("armed", "equipped") and (
            word not in _BACKS_PARTS or word in ("allied", "aligned")
        ):
            return []
        agents = preps(tok, "by") or [o for c in children(tok, "conj") for o in preps(c, "by")]
        subj = children(tok.head, "nsubj", "nsubjpass")
        if not agents or not subj:
            return []
        rel = "supplies" if word in _SUPPLY_PARTS else "backs"
        means = self.lex.words("means_nouns")
        if any(a.lemma_.lower() in means or a.lower_ in means for a in agents):
            # "backed by Russian air power": its owner backs; nobody arms with it
            powers = self._owners(agents) if rel == "backs" else []
        else:
            powers = self._actors_of(agents)
        return [_Claim(rel, tok, powers, with_conjuncts(subj[0]))] if powers else []

    def _helped(self, tok, heads) -> tuple[list, list]:
        """ "helped Somalia's government drive the Islamic Courts out", "are helping the MPLA
        government fight UNITA": the helper backs whom it helps and opposes whom they fight.
        The parser may glue the bare verb into one noun phrase ("the MPLA government fight
        UNITA"): the words before the verb are the helped, after it the foe."""
        fights = self.lex.words("help_against_verbs")
        for c in tok.children:
            if c.dep_ in ("ccomp", "xcomp"):
                # "help Cameroonian army fight Boko Haram": the helped may hang on the verb
                # as its compound, with no subject
                helped = [s for s in c.children if s.dep_ == "nsubj"] or [
                    s
                    for s in c.children
                    if s.dep_ == "compound" and tok.i < s.i < c.i and s.pos_ in ("NOUN", "PROPN")
                ]
                foes = []
                if c.lemma_.lower() in fights:
                    foes = [o for d in children(c, "dobj") for o in with_conjuncts(d)]
                    foes += preps(c, "against")
                elif c.lemma_.lower() in self.lex.words("help_strike_verbs"):
                    # "helped the rebels attack Gaddafi's forces": armed men struck are the
                    # foe; a place or a target struck ("bomb Yemen", "shell positions") not
                    foes = [
                        o
                        for d in children(c, "dobj")
                        for o in with_conjuncts(d)
                        if self._armed_side(o)
                    ]
                return (helped or heads), foes
        # what a side is helped to take, or to strike (a place or its foe), names no foe
        acts = self.lex.words("help_gain_verbs") | self.lex.words("help_strike_verbs")
        for h in heads[:1]:
            before = tok.doc[h.i - 1] if h.i - 1 > tok.i else None
            if (
                h.tag_ == "NN"
                and h.lower_ in fights | acts
                and before is not None
                and before.dep_ == "compound"
                and before.head.i == h.i
            ):
                # "helped the Syrian army retake Aleppo": the bare verb tagged as the noun
                # the helped modify; what is retaken is no foe, armed men attacked are ("the
                # Iraqi army attack Islamic State fighters", the state's adjective on the verb)
                owners = [before] if self._actors_of([before]) else []
                owners = owners or [
                    c
                    for c in h.children
                    if c.dep_ in ("amod", "poss") and c.i < before.i and self._actors_of([c])
                ]
                if owners:
                    struck = [
                        a
                        for a in children(h, "appos")
                        if h.lower_ in fights | self.lex.words("help_strike_verbs")
                        and self._armed_side(a)
                    ]
                    return owners, struck
            glued_verb = [
                t
                for t in h.subtree
                if t.i < h.i and t.dep_ == "compound" and t.lower_ in fights | acts and t.i > tok.i
            ]
            if glued_verb:
                v = glued_verb[0]
                helped = tok.doc[v.i - 1]
                if helped.pos_ in ("NOUN", "PROPN") and helped.i > tok.i:
                    # "helped Saudi Arabia bomb Yemen": Yemen is struck, not helped
                    return [helped], [h] if v.lower_ in fights else []
        if not heads:
            # "to help ethnic Armenian fighters capture the town": the parser may make the
            # helped the subject of a verb of its own, hung elsewhere; the words right after
            # "help", up to that verb, are still the helped
            doc = tok.doc
            for v in doc[tok.i + 2 : tok.i + 8]:
                if v.pos_ != "VERB" or v.tag_ not in ("VB", "VBP"):
                    continue
                subj = [c for c in children(v, "nsubj") if c.i == v.i - 1]
                if subj and subj[0].left_edge.i == tok.i + 1 and subj[0].pos_ in ("NOUN", "PROPN"):
                    foes = []
                    if v.lemma_.lower() in fights:
                        foes = [o for d in children(v, "dobj") for o in with_conjuncts(d)]
                    return [subj[0]], foes
                break
        return heads, []

    def _came_to_aid(self, tok) -> _Claim | None:
        """ "Troops from Zimbabwe, Angola and Namibia came to Kabila's aid", "rushed to the
        aid of the government": who comes backs whom the aid is of (not its owner's own
        aid to others, which the noun alone would read)."""
        if tok.lemma_.lower() not in ("aid", "help", "assistance") or tok.dep_ != "pobj":
            return None
        prep, verb = tok.head, tok.head.head
        if prep.lower_ != "to" or verb.lemma_.lower() not in ("come", "rush", "race", "hurry"):
            return None
        heads = children(tok, "poss") or preps(tok, "of")
        if not heads:
            return None
        powers = self._subject_powers(verb)
        if not powers:
            # "Troops from Zimbabwe, Angola and Namibia": the states the men come from
            subj = children(verb, "nsubj")
            powers = self._actors_of(preps(subj[0], "from")) if subj else []
        return _Claim("backs", tok, powers, heads) if powers else None

    def _glued_help_verb(self, tok, foe):
        """The bare verb of a help the parser glued into the foe's phrase ("help Somali
        government fight rebels": "fight" a compound of "rebels"), or None."""
        fights = self.lex.words("help_against_verbs")
        glued = [
            t
            for t in foe.subtree
            if tok.i < t.i < foe.i and t.dep_ == "compound" and t.lower_ in fights
        ]
        return glued[0] if glued else None

    def _foe_after_verb(self, tok, foe) -> list[Mention]:
        """The foe of a glued help read from the words after its verb only: the helped
        before the verb are in the same phrase ("help Somali government fight rebels" is
        no Somali government fought), so a bare group is kept as written ("rebels")."""
        verb = self._glued_help_verb(tok, foe)
        start = verb.i + 1 if verb is not None else foe.left_edge.i
        got = [
            m
            for m in self.reader.actors(foe, "party")
            if m.i >= start and not (m.i == foe.i and m.ref.form == "written")
        ]
        if got or not self.reader.is_actor_noun(foe):
            return got
        words = [t.text for t in foe.doc[start : foe.i + 1] if t.dep_ != "det"]
        ref = dataclasses.replace(self.reader.group(foe).ref, name=" ".join(words))
        return [dataclasses.replace(self.reader.group(foe), ref=ref)]

    def _helped_to_agree(self, tok) -> bool:
        """Whether what the help is for is a deal ("helped X and Y reach a ceasefire",
        "helped the rebels sign an agreement")."""
        deals = {w.lower() for w in self.cfg["mediates"].get("objects", [])}
        for c in tok.children:
            if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB":
                objs = children(c, "dobj")
                if c.lemma_.lower() in ("agree", "negotiate") or any(
                    o.lemma_.lower() in deals or o.lower_ in deals for o in objs
                ):
                    return True
        return False

    def _owners(self, heads) -> list[Mention]:
        """ "backed by US air power", "backed by Russian air strikes": whose the means are (a
        means no one owns, "backed by artillery", names no backer)."""
        means = self.lex.words("means_nouns")
        out: list[Mention] = []
        for h in heads:
            if h.lemma_.lower() not in means and h.lower_ not in means and not self._sale(h):
                continue
            mods = [c for c in h.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
            if self._sale(h):
                # "Chinese weapons deliveries": the owner on the arms sold
                mods += [
                    g
                    for c in mods
                    if c.dep_ == "compound"
                    for g in c.children
                    if g.dep_ in ("amod", "poss") and g.i < c.i
                ]
            out += [m for m in self._actors_of(mods) if m not in out]
        return out

    def _sale(self, tok) -> bool:
        """ "American arms sales", "Russian weapons deliveries": a supply of arms, a means
        of its owner as the arms are ("gas sales" are no means of war)."""
        nouns = {w.lower() for w in self.cfg["supplies"]["nouns"]}
        return tok.lemma_.lower() in nouns and self._weaponish(tok)

    def _took_place(self, tok) -> bool:
        """ "retook the town of Gao from ...": ground taken from someone, not a job."""
        if not preps(tok, "from"):
            return False
        places = self.lex.words("place_nouns")
        for d in children(tok, "dobj", "nsubjpass"):
            if d.lemma_.lower() in places or self._is_toponym(d):
                return True
        return False

    def _is_toponym(self, tok) -> bool:
        at = self.ctx.s.char(tok)
        return any(t.start <= at < t.end for t in self.ctx.toponyms)

    def _np_before_comma(self, tok):
        """ "the advance by Syrian forces, backed by Russia": the phrase right before the
        comma is what the participle describes, whatever the parse attached it to."""
        doc = tok.doc
        k = tok.i - 1
        if k < 1 or doc[k].text != ",":
            return None
        t = doc[k - 1]
        if t.pos_ not in ("NOUN", "PROPN") or k - 1 < self.ctx.s.sent.start:
            return None
        while t.dep_ in ("compound", "flat") and t.head.i > t.i:
            t = t.head
        return t

    def _loyal(self, tok) -> list[_Claim]:
        """ "fighters loyal to Ankara", "militias that are loyal to Tehran": the state they
        answer to backs them (as "Turkish-backed fighters" says); loyalty to a group or a
        government ("militants loyal to the Taliban") names their side, not a backer."""
        patrons = self._actors_of(preps(tok, "to"))
        if not patrons or not all(m.ref.kind in ("state", "leader") for m in patrons):
            return []
        group = tok.head
        if tok.dep_ == "acomp" and group.dep_ == "relcl":
            group = group.head  # "militias that are loyal to Tehran"
        elif tok.dep_ not in ("amod", "acl"):
            return []
        if group.pos_ not in ("NOUN", "PROPN"):
            return []
        parties = []
        codes = {m.ref.code for m in patrons}
        for h in with_conjuncts(group):
            # the group as itself, not as the side it is loyal to ("Hezbollah fighters")
            got = [m for m in self.reader.actors(h, "party") if m.ref.code not in codes]
            parties += got or [self.reader.group(h)]
        return [_Claim("backs", tok, patrons, parties=parties)]

    def _aid_lot(self, tok) -> str:
        """ "a military aid package", "a package of security assistance", "a new tranche of
        aid": a lot of aid, arms ("supplies") when military, else help ("backs"); "" when the
        lot is of something else ("a sanctions package", "a round of talks")."""
        words = self.lex.words("weapon_words") | {"security", "defence", "defense"}
        aid = {w.lower() for w in self.cfg["backs"].get("aid_lot_words", [])}
        mods = [
            c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i
        ] + [o for o in preps(tok, "of")]
        said = [
            t
            for m in mods
            for t in [m, *[c for c in m.children if c.dep_ in ("compound", "amod")]]
            if t.lemma_.lower() in aid or t.lower_ in aid
        ]
        if not said:
            return ""
        # the lot's words and those on its aid ("military", "food")
        near = mods + [c for m in mods for c in m.children if c.dep_ in ("compound", "amod")]
        relief = self.lex.words("relief_modifiers")
        if any(t.lemma_.lower() in relief or t.lower_ in relief for t in near):
            return ""  # "a food aid package for Yemen": help for people, no side's
        armed = any(t.lemma_.lower() in words or t.lower_ in words for t in said)
        return "supplies" if armed else "backs"

    def _receivers(self, tok) -> list:
        """ "Ukraine will get another round of U.S. military aid": who gets the aid is the
        one it helps, when the aid names no one."""
        cur = tok
        lots = self.cfg["backs"].get("aid_lots", [])
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_ in lots:
            cur = cur.head.head
        verbs = self.cfg["backs"].get("receive_verbs", [])
        if cur.dep_ == "dobj" and cur.head.lemma_.lower() in verbs:
            subj = children(cur.head, "nsubj")
            return with_conjuncts(subj[0]) if subj else []
        return []

    def _givers(self, tok) -> list[Mention]:
        """ "had received support from neighbouring Pakistan", "received help mainly from the
        United Kingdom and Russia": who the help is from, on the verb of getting or on the
        noun itself."""
        if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in self.cfg["backs"].get(
            "receive_verbs", []
        ):
            return []
        return self._actors_of(preps(tok.head, "from") + preps(tok, "from"))

    def _recognised_as(self, tok) -> bool:
        """ "recognised the council as Libya's legitimate government", "will treat the TNC as
        the legitimate authority": recognition as who governs, not of a fact or a border."""
        titles = {w.lower() for w in self.cfg["backs"].get("recognised_as", [])}
        heads = [tok, *children(tok, "dobj", "nsubjpass")]
        as_ = [o for h in heads for o in preps(h, "as")]
        return any(o.lemma_.lower() in titles or o.lower_ in titles for o in as_)

    def _recognise(self, tok, passive: bool) -> list[_Claim]:
        """The recogniser backs the one it recognises as who governs."""
        if passive:
            powers = self._actors_of(preps(tok, "by"))
            recognised = [h for s in children(tok, "nsubjpass") for h in with_conjuncts(s)]
        else:
            powers = self._subject_powers(tok)
            recognised = [h for o in children(tok, "dobj") for h in with_conjuncts(o)]
        return [_Claim("backs", tok, powers, recognised)] if powers and recognised else []

    def _sides_with(self, tok, words) -> list[_Claim]:
        """ "X sided with Y", "stands by Y", "is allied with Y", "aligned itself with Y"."""
        powers = self._subject_powers(tok)
        allies = []  # the tokens of the side that sides with another
        if tok.dep_ in ("acl", "amod") and not children(tok, "nsubj"):
            # "jets bombed militias allied with the Turkish military": the militias are the
            # allies, never the subject of the clause around them
            allies = with_conjuncts(tok.head)
            powers = self._actors_of(allies)
        elif children(tok, "nsubjpass") and tok.lemma_.lower() in ("ally", "align"):
            allies = with_conjuncts(children(tok, "nsubjpass")[0])
            powers = self._actors_of(allies)
        heads = preps(tok, *words)
        if allies and tok.lemma_.lower() in ("ally", "align"):
            # an alliance between a state and an armed group: the state is the power that
            # backs ("Kurdish fighters allied with the United States": the US backs them)
            partners = self._actors_of(heads)
            if (
                powers
                and partners
                and not any(m.ref.kind in _STATE_KINDS for m in powers)
                and all(m.ref.kind in _STATE_KINDS for m in partners)
            ):
                return [_Claim("backs", tok, partners, allies)]
        return [_Claim("backs", tok, powers, heads)]

    def _provided(self, tok) -> list:
        nouns = {w.lower() for w in self.cfg["backs"].get("provided_nouns", [])}
        # relief is dropped noun by noun: "humanitarian aid and weapons" gives the weapons
        given = [
            c
            for d in children(tok, "dobj")
            for c in (with_conjuncts(d) if self._relief(d) else [d])
            if not self._relief(c)
        ]
        return [
            d
            for d in given
            if (
                d.lemma_.lower() in nouns
                or d.lower_ in nouns
                or self._term_of(d) in nouns
                or d.ent_type_ == "MONEY"  # "lent Iraq billions of dollars", "gave Kyiv $1 billion"
            )
        ]

    def _relief(self, noun) -> bool:
        """ "food aid", "humanitarian assistance", "medical help": relief for people, which
        backs no side in a war (military aid still does), nor arms anyone."""
        if noun.lemma_.lower() not in self.cfg["backs"]["nouns"]:
            return False
        relief = self.lex.words("relief_modifiers")
        mods = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
        mods += [c for m in mods for c in m.children if c.dep_ in ("compound", "amod")]
        return any(t.lemma_.lower() in relief or t.lower_ in relief for t in mods)

    def _finance(self, tok) -> bool:
        """Only a loan, a grant or a sum given ("extended a $2 billion loan to the
        Egyptian government", "gave Pakistan $3 billion"): lending is no side taken
        unless a war is in sight."""
        nouns = self.lex.words("finance_nouns")
        given = self._provided(tok)
        return bool(given) and all(
            d.ent_type_ == "MONEY" or d.lemma_.lower() in nouns or d.lower_ in nouns for d in given
        )

    def _paid_for(self, tok) -> list[_Claim]:
        """ "paid for weapons bought by the rebels", "footed the bill for the Contras'
        weapons", "pays the salaries of Hezbollah fighters": whoever owns, buys or is what
        is paid for is backed by the payer."""
        paid = self.lex.words("paid_nouns")
        targets = preps(tok, "for")
        for d in children(tok, "dobj"):
            if d.lemma_.lower() in paid or d.lower_ in paid:
                targets += preps(d, "for", "of") + [c for c in d.children if c.dep_ == "poss"]
        heads: list = []
        for t in targets:
            heads.append(t)
            if not (
                self._weaponish(t)
                or t.lemma_.lower() in self.conflict_words
                or t.lemma_.lower() in self.cfg["action_nouns"]
            ):
                continue  # "paid for the reconstruction of Iraq" backs no side
            heads += [c for c in t.children if c.dep_ == "poss"]
            heads += preps(t, "of")
            heads += [o for c in t.children if c.dep_ == "acl" for o in preps(c, "by")]
        if not heads:
            return []
        return [_Claim("backs", tok, self._subject_powers(tok), heads)]

    def _term_of(self, tok) -> str:
        word = glued(tok)
        if word != tok.lower_:
            return word
        prev = tok.doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and prev.head.i == tok.i and prev.dep_ in ("compound", "amod"):
            return f"{prev.lower_} {tok.lower_}"
        return tok.lower_

    def _is_provided(self, tok) -> bool:
        return tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.cfg["backs"].get(
            "provide_verbs", []
        )

    def _provide(self, tok) -> list[_Claim]:
        """ "to provide US back-up", "gives Kyiv air support", "offered support to Y"."""
        powers = self._subject_powers(tok)
        if not powers and children(tok, "nsubjpass"):
            powers = self._actors_of(with_conjuncts(children(tok, "nsubjpass")[0]))
        heads: list = []
        for d in self._provided(tok):
            heads += [
                c
                for c in d.children
                if c.dep_ in ("compound", "poss", "nmod")
                and c.text not in ("-", "‐")
                and c.lower_ not in ("back", "air")
            ]
            heads += [m for m in preps(d, "for", "to")]
            if d.dep_ == "dobj":
                heads += [o for c in children(tok, "dative") for o in with_conjuncts(c)]
        heads += preps(tok, "to", "for") + self._poured_into(tok)
        out = []
        for h in heads:
            if h.i in self.ctx.backer_tokens:
                continue
            out.append(h)
        if not out:
            return []
        claims = [_Claim("backs", tok, powers, out, needs_war=self._finance(tok))]
        given = self._provided(tok)
        sums = [o for d in given if d.ent_type_ == "MONEY" for o in preps(d, "in")]
        if any(
            self._weaponish(c) for d in given for c in with_conjuncts(d) if c not in given
        ) or any(self._weaponish_mod(o) for o in sums):
            # "sent money and weapons to the Contras", "$100 million in military aid": the
            # weapons supply them too
            claims.append(_Claim("supplies", tok, powers, out))
        return claims

    def _poured_into(self, tok) -> list:
        """ "poured military aid into the Sandinista government": whom, when a side; "into
        Syria" or "into the region" says where, not to whom."""
        if tok.lemma_.lower() not in self.lex.words("into_verbs"):
            return []
        out = [
            o
            for o in preps(tok, "into")
            if self.reader.is_actor_noun(o) and not self._is_toponym(o)
        ]
        # "poured military aid into Colombia's war against the FARC": whose war it is
        out += [
            c
            for o in preps(tok, "into")
            if o.lemma_.lower() in self.conflict_words
            for c in o.children
            if c.dep_ == "poss"
        ]
        return out

    def _aggressors(self, tok) -> list:
        """ "condemned Russia's invasion of Ukraine", "denounced the Soviet invasion",
        "condemned the offensive by Azerbaijan": who invades, attacks or annexes, by the
        aggression's own words (its possessor, a state's adjective, a name before it, "by");
        never the invaded, and nobody when the words name no one ("the invasion")."""
        if tok.pos_ != "VERB":
            return []
        nouns = self.lex.words("aggression_nouns")
        out: list = []
        for d in children(tok, "dobj"):
            for n in with_conjuncts(d):
                if n.lemma_.lower() not in nouns:
                    continue
                owners = [
                    c
                    for c in n.children
                    if c.i < n.i
                    and c.dep_ in ("poss", "compound", "amod", "nmod")
                    and any(m.ref.kind in (*_STATE_KINDS, "party") for m in self._actors_of([c]))
                ]
                owners += [
                    o for p in children(n, "prep") if p.lower_ == "by" for o in children(p, "pobj")
                ]
                if not owners and children(tok, "nsubj"):
                    # "denounced the invasion of Afghanistan by the Soviet Union": the parser
                    # hangs the noun's "by" on the active verb
                    owners = [
                        o
                        for p in children(tok, "prep")
                        if p.lower_ == "by"
                        for o in children(p, "pobj")
                    ]
                out += [o for o in owners if self._actors_of([o])]
        return out

    def _armed_to_fight(self, out: list[_Claim]) -> None:
        """ "Iran armed the Houthis to fight Saudi Arabia", "supplied arms to the Tigers to
        fight the Indian army": the purpose of arms given to a movement says whom the armed
        side fights, not whom the supplier does; the fight's opposition is the receivers', in
        the supply's war. (Arms to a state "to fight the guerrillas" make the supplier a
        partner in that state's own war, as before: "provided Colombia with helicopters and
        training to fight the guerrillas".)"""
        for cl in out:
            tok = cl.trigger
            if cl.relation != "opposes" or tok.lemma_.lower() not in self.cfg["fight"]["verbs"]:
                continue
            if not _purpose(tok) or tok.head.i == tok.i:
                continue
            supply = next(
                (
                    o
                    for o in out
                    if o.relation == "supplies" and o.trigger.i == tok.head.i and o.party_heads
                ),
                None,
            )
            if supply is None:
                continue
            armed = [m for m in self._actors_of(supply.party_heads) if m not in cl.parties]
            if not armed or any(m in armed for m in self._actors_of(cl.party_heads)):
                continue
            governments = {
                n for th in self.lex.theatres.values() for n in th.state_parties.values()
            }
            if any(
                m.ref.kind in (*_STATE_KINDS, "government")
                or (m.ref.kind == "org" and m.ref.form != "written")  # NATO, not "the Tigers"
                or m.ref.form == "organ"
                or m.ref.name in governments
                for m in armed
            ):
                continue
            cl.powers = armed
            cl.conflict_of = supply

    def _fight(self, tok) -> list[_Claim]:
        cfg = self.cfg["fight"]
        powers = self._subject_powers(tok)
        out = []
        allies = preps(tok, *cfg["backs_preps"])
        if allies:
            out.append(_Claim("backs", tok, powers, allies))
        foes = preps(tok, *cfg["opposes_preps"]) + [
            o for d in _own_objects(tok) for o in with_conjuncts(d)
        ]
        # "fighting alongside X against Y": the "against" often hangs on X
        foes += [f for a in allies for f in preps(a, *cfg["opposes_preps"])]
        foes = [f for f in foes if f.lemma_.lower() not in ("war", "battle", "fight")]
        if foes:
            out.append(_Claim("opposes", tok, powers, foes))
        return out

    def _hostile_act(self, tok, lem: str, passive: bool) -> list[_Claim]:
        """ "Iraq invaded Kuwait", "Eritrean forces attacked Ethiopian troops": an invasion
        or an attack the sentence states between two states opposes the one attacked. Only
        between states named as such (their name, their people's word, their armed men: "the
        Rwandan army"), never a capital ("struck Sanaa" may be a strike on the side holding
        it), a listed war's side named by its state (the Soviet Union's invasion of
        Afghanistan was on the Kabul government's side), a place, a people or a policy
        ("attacked Washington's policy"). An attack (``attack_verbs``), which may be of
        words, needs armed men on one side at least ("Russian forces attacked Ukraine");
        an invasion (``invade_verbs``) is an act of arms by itself. Active voice and a past
        tense only: the attacker of a passive is often not named, and an attack feared or
        planned is none."""
        if passive or tok.tag_ not in ("VBD", "VBN"):
            return []  # done, not feared or planned ("fears Russia will invade Ukraine")
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
            return []  # "would have invaded"
        if any(c.dep_ == "neg" for c in tok.children):
            return []  # "Iraq never invaded the United States": an act not done denies no side
        objs = [o for d in children(tok, "dobj") for o in with_conjuncts(d)]
        if not objs:
            return []
        powers = self._subject_powers(tok)
        targets = self._actors_of(objs, role="party")
        if not powers or len(targets) != len(objs):
            return []
        sides = [*powers, *targets]
        if not all(self._state_named(m) for m in sides):
            return []
        words = [t.lower_ for t in tok.subtree if t.lower_ != "-"]
        if any(t.lemma_.lower() in self.lex.words("mistake_words") for t in tok.subtree) or any(
            pair == ("friendly", "fire") for pair in itertools.pairwise(words)
        ):
            return []  # "attacked American soldiers by mistake": no act against a foe
        asked = self.lex.words("invited_words")
        if any(t.lemma_.lower() in asked for t in tok.subtree):
            # "Saudi troops invaded Bahrain at Bahrain's request", "at the invitation of":
            # an entry asked for is no act against whoever asked, and may be for it
            return []
        if {m.ref.code for m in powers} & {m.ref.code for m in targets}:
            return []  # a state's own men: no war between two states
        if lem in self.lex.words("attack_verbs") and not any(self._troops(m) for m in sides):
            return []
        around = [
            t
            for t in self.ctx.s.sent
            if t.pos_ in ("PROPN", "NOUN")
            and t.dep_ in ("nsubj", "dobj", "pobj", "conj", "appos")
            and not any(m.covers(t) for m in sides)
        ]
        if any(m.ref.kind not in _STATE_KINDS for m in self._actors_of(around, role="party")):
            # "China sided with the Khmer Rouge since Vietnam invaded Cambodia", "invaded
            # Lebanon to drive out the PLO": with an armed side in sight, the act may be
            # against that side, or for it, not against the state it is in
            return []
        year = self.year(tok)
        if lem in self.lex.words("attack_verbs") and any(self._troops(m) for m in targets):
            # "Afghan soldiers attacked American troops at a base in Helmand" (2012): a listed
            # war's side named by its state, in an attack on another state's men (not an
            # invasion, which crosses a border) at home or nowhere named abroad, may be
            # fighting in its own war, where those men may be its allies: which side they
            # are on the lexicon does not say ("Iraqi troops attacked American troops in
            # Khafji", in Saudi Arabia, is an attack abroad)
            for m in powers:
                listed = any(
                    th.covers(year) and m.ref.code and th.state_party(m.ref.code, year)
                    for th in self.lex.theatres.values()
                )
                places = self._places_outside(sides)
                if listed and (m.ref.code in places or not places):
                    return []
        for m in targets:
            for th in self.lex.theatres.values():
                if not th.covers(year):
                    continue
                if m.ref.code and th.state_party(m.ref.code, year):
                    return []  # a listed war's side named by its state: which side?
                words = self.ctx.s.sent.doc[m.i : m.j].text
                rx = th.keyword_re
                if rx is not None and rx.search(words) and m.ref.code not in th.countries:
                    return []  # "invaded the Falkland Islands": the ground a war is over
        # an invasion is fought in the invaded state ("invaded Ukraine from Belarus"), each
        # in its own ("Germany invaded Belgium and France": two theatres, not one)
        # and so is an attack on a state itself, not on its men abroad ("attacked Ukraine
        # from Belarus", "attacked Israel and Saudi Arabia with Scud missiles")
        invaded = lem in self.lex.words("invade_verbs")
        invaded = invaded or not any(self._troops(m) for m in targets)
        if len(targets) < 2:
            return [_Claim("opposes", tok, powers, objs, fought_in=invaded)]
        return [_Claim("opposes", tok, powers, parties=[m], fought_in=True) for m in targets]

    def _places_outside(self, sides: list[Mention]) -> set[str]:
        """The countries of the places a sentence names outside the sides' own words (their
        names, and the words on them: "Iraqi" of "Iraqi troops")."""
        return {
            tp.candidate.country
            for tp in self.ctx.toponyms
            if tp.candidate is not None and tp.candidate.country and not tp.metonymic
            if not any(
                m.covers(t) or m.covers(t.head) for t in self.ctx.tokens_of(tp) for m in sides
            )
        }

    def _state_named(self, m: Mention) -> bool:
        """A state named by its name, its people's word or its armed men, not by a capital
        or another organ ("Washington", "the Kremlin", "its foreign ministry")."""
        if m.ref.kind != "state" or not m.ref.code:
            return False
        doc = self.ctx.s.sent.doc
        head = doc[m.j - 1]
        if any(
            c.dep_ == "amod" and c.lemma_.lower() in self.lex.words("not_theirs_words")
            for c in head.children
        ):
            return False  # "former Iraqi soldiers", "rogue Afghan troops": not the state's men
        words = doc[m.i : m.j].text.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) > 1 and words[0].lower() in COMPASS:
            # "Indian troops invaded East Pakistan" (1971), which the gazetteer reads as
            # Bangladesh: a compass word before another state's name names a region of that
            # state, not the state the whole name is read as ("North Korea" is its own)
            other = self.lex.lookup(words[1])
            if other is not None and other.kind == "state" and other.code != m.ref.code:
                return False
        return m.ref.form in ("name", "demonym") or self._troops(m)

    def _between(self, tok) -> list:
        heads = preps(tok, "between")
        for d in children(tok, "dobj", "nsubjpass"):
            heads += preps(d, "between")
        if heads:  # "talks between the two sides in Doha": the place is the venue
            return heads
        ended = self.lex.words("ended_nouns")
        for d in children(tok, "dobj", "nsubjpass"):
            # "brokered the deal that ended two decades of hostility between Ethiopia and
            # Eritrea": the two sides of what the deal ended
            for t in d.subtree:
                if t.dep_ in ("relcl", "acl") and t.head.i == d.i:
                    heads += [
                        o
                        for w in t.subtree
                        if w.lemma_.lower() in ended or w.lower_ in ended
                        for o in preps(w, "between")
                    ]
            if heads:
                return heads
        # "mediated the peace process in Darfur": where the conflict is; "brokered talks on
        # Syria in Astana": a town the talks are held in is their venue, no side
        return [
            o
            for d in children(tok, "dobj", "nsubjpass")
            for o in preps(d, "in")
            if not self._town(o)
        ]

    def _town(self, tok) -> bool:
        """A town or a capital named as such ("in Astana", "in Geneva"), not a country or a
        region."""
        m = self.ctx.mention(tok)
        if m is not None and m.ref.kind == "state" and m.ref.form == "metonym":
            return True
        at = self.ctx.s.char(tok)
        return any(
            tp.start <= at < tp.end
            and tp.candidate is not None
            and tp.candidate.kind not in ("country", "region")
            for tp in self.ctx.toponyms
        )

    def _mediate_verb(self, tok) -> list[_Claim]:
        objs = {w.lower() for w in self.cfg["mediates"]["objects"]}
        dobj = children(tok, "dobj", "nsubjpass")
        ok_obj = any(d.lemma_.lower() in objs or self._term_of(d) in objs for d in dobj)
        heads = self._between(tok)
        named = preps(tok, "between") + [
            o for d in children(tok, "dobj", "nsubjpass") for o in preps(d, "between")
        ]
        if tok.lemma_ in ("host", "facilitate") and not named:
            # "hosted talks in Jeddah with Sudan's army and the RSF": talks with both sides
            both = [o for d in [tok, *dobj] for o in preps(d, "with")]
            if len(both) >= 2:
                named = both
                heads = [h for h in heads if h.i not in {t.i for o in both for t in o.subtree}]
                heads += both
        if tok.lemma_ == "host" and not named:
            # "is hosting the delegates of the National Liberation Army and of the
            # government": the two sides whose envoys meet
            envoys = [d for d in dobj if d.lemma_.lower() in _ENVOYS]
            sides = [
                o
                for d in envoys
                for p in children(d, "prep")
                if p.lower_ == "of"
                for q in [p, *children(p, "conj")]
                for o in children(q, "pobj")
                for o in with_conjuncts(o)
            ]
            if len(sides) >= 2:
                named = heads = sides
        if tok.lemma_ in self.lex.words("between_only_verbs") and not named:
            # "Ottawa negotiates deals": a party to talks, not a mediator; "troops to
            # enforce a peace accord between Colombo and the Tigers" guarantee one
            return []
        if tok.lemma_ == "broker" and not ok_obj:
            return []
        if not ok_obj and not heads:
            return []
        powers = (
            self._subject_powers(tok)
            if not children(tok, "nsubjpass")
            else self._actors_of(preps(tok, "by"))
        )
        if not powers and tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and named:
            # "Philip Habib, the American envoy, mediated between ...", parsed as one noun
            # phrase: the noun it hangs on is the verb's subject
            powers = self._actors_of([tok.head])
        heads = heads or self._talks_between(tok)
        return [_Claim("mediates", tok, powers, heads, spread=True, whole_conflict=not heads)]

    def _talks_between(self, tok) -> list:
        """A mediation that names no side, in a sentence that names talks between two
        ("the failure of peace talks between Khartoum and Darfur rebels, but African Union
        mediators said negotiations would resume"): the talks' two sides are the mediated."""
        objs = {w.lower() for w in self.cfg["mediates"]["objects"]}
        for t in tok.sent:
            if t.i != tok.i and t.lemma_.lower() in objs:
                heads = preps(t, "between")
                # "between Khartoum and Darfur rebels": two sides, one parsed as modifiers
                two = [c for h in heads for m in h.children for c in children(m, "conj")]
                if len([o for h in heads for o in with_conjuncts(h)]) + len(two) >= 2:
                    return heads
        return []

    def _against_side(self, cl: _Claim) -> bool:
        """Whether the help is against a named side ("against al-Shabab")."""
        foes = preps(cl.trigger, "against") + [
            o for d in children(cl.trigger, "dobj") for o in preps(d, "against")
        ]
        return any(
            _named(m) and m.ref.kind in ("party", "armed", "state") for m in self._actors_of(foes)
        )

    @staticmethod
    def _progressive_noun(tok, verbs) -> bool:
        """ "The OAU is mediating between Addis Ababa and Asmara": the parser's noun after
        "is", a verb's -ing form of the list."""
        if tok.dep_ != "attr" or tok.head.lemma_ != "be" or not tok.lower_.endswith("ing"):
            return False
        stem = tok.lower_[:-3]
        return stem in verbs or stem + "e" in verbs

    def _mediating(self, tok) -> list[_Claim]:
        subj = children(tok.head, "nsubj")
        heads = preps(tok, "between")
        if not subj or not heads:
            return []
        powers = self._actors_of(with_conjuncts(subj[0]))
        return [_Claim("mediates", tok, powers, heads, spread=True)]

    def _mediate_noun(self, tok) -> list[_Claim]:
        """ "African Union mediators said", "Turkey's mediation between A and B"."""
        if self._dealer(tok):
            return []
        powers = self._noun_powers(tok)
        heads = preps(tok, "between", "in")
        if not heads and self._regarded_as(tok):
            # "he was hailed as a regional peacemaker": a name one is given, not a mediation
            return []
        if tok.dep_ == "nsubj" and not heads:
            heads = [
                o
                for p in children(tok.head, "prep")
                if p.lower_ == "with"
                for o in with_conjuncts(next((c for c in p.children if c.dep_ == "pobj"), p))
                if o.dep_ == "pobj" or o.pos_ in ("NOUN", "PROPN")
            ]
        heads = heads or self._talks_between(tok)
        return [_Claim("mediates", tok, powers, heads, spread=True, whole_conflict=not heads)]

    def _dealer(self, tok) -> bool:
        """ "sanctioned arms brokers", "brokers who sold rifles to the army", "firms and
        brokers that help fund the militias": a go-between in a trade of arms, named so by
        the arms before it or by a clause of its own that arms, supplies or funds, is a
        dealer, no mediator."""
        weapons = self.weapon_words
        if any(
            c.dep_ in ("compound", "amod") and (c.lemma_.lower() in weapons or c.lower_ in weapons)
            for c in tok.children
        ):
            return True
        # the clause may hang on the first of the nouns joined ("firms and brokers that")
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        sup = self.cfg["supplies"]
        supply = {w.lower() for w in sup["verbs"] + sup["no_weapon_needed"]}
        supply |= self.lex.words("fund_verbs") | self.lex.words("pay_verbs")
        return any(
            t.pos_ == "VERB" and t.lemma_.lower() in supply
            for h in {first, tok}
            for c in children(h, "relcl")
            if c.i > tok.i
            for t in c.subtree
        )

    def _regarded_as(self, tok) -> bool:
        """ "was hailed as a peacemaker", "is seen as a mediator", "called him a broker": the
        noun is what a verb of regard (`regard_verbs`) names someone, a reputation; "acted as
        mediator" and "with Qatar as mediator" are no such verbs."""
        verb = tok.head
        if tok.dep_ == "pobj" and verb.lower_ == "as":
            verb = verb.head
        elif tok.dep_ not in ("oprd", "attr", "dobj", "xcomp", "ccomp"):
            return False
        regard = {w.lower() for w in self.cfg["mediates"].get("regard_verbs", [])}
        return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in regard

    def _supply_verb(self, tok, passive: bool) -> list[_Claim]:
        sup = self.cfg["supplies"]
        dobj = _own_objects(tok)
        if passive:
            # "anti-communist forces supplied and trained by the United States"
            by = preps(tok, "by")
            if not by:  # "supplied and trained by X"
                by = [o for c in children(tok, "conj") for o in preps(c, "by")]
            subj = children(tok, "nsubjpass") or children(tok, "nsubj")
            if tok.dep_ in ("acl", "amod", "relcl") and not subj:
                subj = [tok.head]
            if tok.dep_ == "conj" and tok.head.dep_ in ("acl", "amod") and not subj:
                subj = [tok.head.head]  # "The Contra rebels, financed and armed by the CIA"
            if tok.dep_ == "advcl" and not subj:
                # "Armed by Iran, the Houthis fired ...": whom the opening phrase describes
                left = self._np_before_comma(tok)
                subj = [left] if left is not None else children(tok.head, "nsubj")
            if not by and subj:
                return self._owners_supplied(tok, subj[0])
            if not by or not subj:
                return []
            if (
                self.reader.is_actor_noun(subj[0])
                and not dobj
                and tok.lemma_.lower() not in (*sup["no_weapon_needed"], "supply", "resupply")
                and not any(self._weaponish(w) for w in preps(tok, "with"))
            ):
                # "Kenyan police sent by the UN", "Syrian fighters flown by Turkey to Libya":
                # a verb of moving things (send, ship, fly...) has for object what it moves;
                # the men were moved, not furnished ("supplied" and "armed" name whom they
                # furnish)
                return []
            # "supplied by X": the thing supplied is the subject unless people are
            if (
                tok.lemma_.lower() not in sup["no_weapon_needed"]
                and not any(self._weaponish(w) for w in preps(tok, "with"))
                and not self.reader.is_actor_noun(subj[0])
            ):
                users = self._users(tok, subj[0])
                return [_Claim("supplies", tok, self._actors_of(by), users)] if users else []
            return [_Claim("supplies", tok, self._actors_of(by), with_conjuncts(subj[0]))]
        powers = self._subject_powers(tok)
        if not dobj:  # "has armed and financed the Bosnian Serbs": a shared object
            dobj = [d for c in children(tok, "conj") for d in children(c, "dobj")]
        fronted = self._fronted(tok) if not dobj else None
        if fronted is not None:
            dobj, powers = [fronted[0]], self._actors_of(fronted[1])
        weapons = [d for d in dobj if self._weaponish(d)]
        if weapons and self._one_munition(weapons[0]):
            return []  # "sent a drone to Tel Aviv": fired at a target, not delivered
        if tok.lemma_.lower() in sup["no_weapon_needed"]:
            heads = with_conjuncts(dobj[0]) if dobj else []
        elif weapons:
            # "sold Iraq dozens of jets": the other object is the buyer
            heads = preps(tok, "to") + preps(weapons[0], "to")
            if not heads:
                # "will send Leopard 2 tanks to Ukraine": with a recipient after "to", a
                # dative before the weapons is their name misparsed, not a second buyer
                heads += [
                    o
                    for d in children(tok, "dative")
                    for o in with_conjuncts(d)
                    if d.lower_ != "to"
                ]
            heads += [d for d in dobj if d.i != weapons[0].i and self.reader.is_actor_noun(d)]
            heads += self._poured_into(tok)
            if not heads:
                heads = self._glued_buyer(weapons[0])
            if not heads:
                # "smuggled materials for making weapons to Bosnia's government": the parser
                # hangs the receiver's "to" on a word inside the goods' own phrase
                heads = [
                    o
                    for t in phrase(weapons[0])
                    if t.i != weapons[0].i
                    for o in preps(t, "to")
                    if self.reader.is_actor_noun(o)
                ]
        elif dobj and any(self._weaponish(w) for w in preps(tok, "with")):
            heads = with_conjuncts(dobj[0])
        elif dobj and tok.lemma_.lower() == "supply" and not preps(tok, "with", "to"):
            # "South Africa supplies the Renamo rebels": supplies an armed side with what
            # it fights with ("supplied the rebels with food" names other goods)
            return [_Claim("supplies", tok, powers, with_conjuncts(dobj[0]), armed_only=True)]
        else:
            return []
        return [_Claim("supplies", tok, powers, heads)]

    def _one_munition(self, weapon) -> bool:
        """ "they sent a drone to Tel Aviv", "sent a missile into Kyiv": one drone, missile
        or rocket sent somewhere flies at its target; arms supplied are sent by the lot
        ("sent drones to Russia", "a shipment of missiles")."""
        return (
            weapon.tag_ == "NN"
            and weapon.lemma_.lower() in self.lex.words("munition_words")
            and not any(c.dep_ == "nummod" and c.lower_ != "one" for c in weapon.children)
        )

    def _users(self, tok, goods) -> list:
        """Who gets arms supplied by someone: whom they went to ("Syrian missiles given by
        Syria to Hezbollah"), or who uses them, the subject of a verb of use they are the
        object of ("Hezbollah fired missiles supplied by Syria"; not "Israel shot down drones
        supplied by Iran")."""
        if not self._weaponish(goods):
            return []
        to = preps(tok, "to")
        if to:
            return with_conjuncts(to[0])
        verb = goods.head
        if (
            tok.dep_ in ("acl", "relcl")
            and goods.dep_ == "dobj"
            and verb.lemma_.lower() in self.lex.words("use_verbs")
        ):
            users = children(verb, "nsubj")
            return with_conjuncts(users[0]) if users else []
        return []

    def _owners_supplied(self, tok, goods) -> list[_Claim]:
        """ "Iran's drones have been supplied to Russia", "its drones, which have been
        supplied to Russia": arms a possessive owns, passed to someone with no agent named,
        were supplied by their owner."""
        if goods.lower_ in RELPRON and tok.dep_ == "relcl":
            # ", which": the noun just before the comma (the parse may hang the clause on
            # a noun further back: "parts for its drones, which have been supplied")
            before = goods.doc[goods.i - 2] if goods.i >= 2 else goods
            comma = goods.i >= 1 and goods.doc[goods.i - 1].lower_ == ","
            goods = before if comma and before.pos_ == "NOUN" else tok.head
        owners = children(goods, "poss")
        to = preps(tok, "to")
        if not owners or not to or not self._weaponish(goods):
            return []
        return [_Claim("supplies", tok, self._actors_of(with_conjuncts(owners[0])), to)]

    def _glued_buyer(self, weapon) -> list:
        """ "France sold Iraq Super Etendard jets", "Russia sold Armenia tanks": the parser
        glues the buyer of a double-object sale into the weapons' name. A state's own name
        (not its adjective: "sold Soviet tanks") opening the phrase, with no determiner
        before it, is the buyer when the sentence names no other."""
        first = weapon.doc[weapon.left_edge.i]
        if first.i == weapon.i or first.dep_ not in ("compound", "nmod"):
            if first.lower_ != "the" or first.i + 1 >= weapon.i:
                return []
            # "sold the mujahideen mortars": an armed group after the article
            first = weapon.doc[first.i + 1]
            armed = first.lower_ in self.lex.words("armed_nouns")
            return [first] if armed and first.dep_ in ("compound", "nmod", "amod") else []
        m = self.ctx.mention(first)
        if m is None or m.i != first.i or m.j > weapon.i:
            return []
        if m.ref.kind != "state" or m.ref.form != "name":
            return []
        return [first]

    def _receive(self, tok) -> list[_Claim]:
        dobj = children(tok, "dobj")
        if not dobj or not self._weaponish(dobj[0]):
            return []
        givers = self._actors_of(preps(tok, "from"))
        subj = children(tok, "nsubj")
        heads = with_conjuncts(subj[0]) if subj else governing_subjects(tok)
        return [_Claim("supplies", tok, givers, heads)] if givers else []

    def _noun_powers(self, tok) -> list[Mention]:
        poss = children(tok, "poss")
        sanctioned = self._sanctioned(tok)
        if sanctioned is not None and (not poss or poss[0].lower_ in PERSPRON):
            return self._actors_of(sanctioned)
        if poss:
            return self._actors_of(with_conjuncts(poss[0]))
        givers = self._givers(tok)
        if givers:
            return givers
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i:
                m = self.ctx.mention(c)
                if m is not None:
                    return [m]
                got = self._actors_of([c]) if c.pos_ == "PROPN" else []
                if got:
                    return got
        if self._owned_by_others(tok):
            return []
        if tok.dep_ == "appos":
            return self._actors_of([tok.head])
        if tok.dep_ == "conj" and tok.head.dep_ == "appos":
            return self._actors_of([tok.head.head])
        if tok.dep_ == "attr":
            subj = children(tok.head, "nsubj")
            if subj:
                return self._actors_of(with_conjuncts(subj[0]))
        if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ == "VERB":
            # "talks opened in Doha, with Qatar as mediator": the parser hangs "with Qatar"
            # and "as mediator" apart on the verb; the one "with" names is the mediator
            named = [
                o
                for p in children(tok.head.head, "prep")
                if p.lower_ == "with" and p.i < tok.i
                for o in children(p, "pobj")
            ]
            got = self._actors_of(named)
            if got:
                return got
        if self._told_of(tok) or self._condemned(tok):
            return []
        if tok.dep_ == "pobj" and tok.head.lower_ in ("among", "as", "of"):
            up = tok.head.head
            if up.pos_ == "NOUN" and up.lemma_.lower() in self.lex.words("hearsay_nouns"):
                return []  # "worried by reports of outside support": not the reader's
            if up.pos_ in ("NOUN", "PROPN") and up.lower_ not in ("one",):
                got = self._noun_powers(up)
                if got:
                    return got
            subj = children(up, "nsubj")
            if subj:
                return self._actors_of(with_conjuncts(subj[0]))
        if self._gained_from(tok):
            return []
        subjects = governing_subjects(tok)
        if subjects and self._under_hearsay(tok, subjects[0].head):
            # "Kerry said he was concerned by reports that outside support to the M23 had
            # resumed": the support the reports tell of is not the subject's who reads them
            return []
        return self._actors_of(subjects)

    def _told_of(self, tok) -> bool:
        """ "Angola had been told of the operation against SWAPO", "Pretoria informed Lusaka
        about the raids on ANC camps": what one is told, warned or notified of is someone's
        deed, neither the teller's nor the told one's by the clause alone (only its own
        words, "its operation", "the South African raids", say whose)."""
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "about", "on"):
            return False
        verb = tok.head.head
        return verb.pos_ == "VERB" and verb.lemma_.lower() in self.lex.words("told_verbs")

    def _condemned(self, tok) -> bool:
        """ "Moscow condemned the offensive against the Krajina Serbs", "Iran denounced the
        strikes": a deed one condemns is someone else's; with no owner in its own words
        ("the NATO offensive", "Croatia's offensive") it names none."""
        return tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.lex.words("condemn_verbs")

    def _owned_by_others(self, tok) -> bool:
        """ "outside support", "foreign support to the rebels": a noun of backing said to
        be someone else's, so no subject up the clause owns it."""
        doc = tok.doc
        before = doc[tok.i - 1] if tok.i > 0 else None
        return before is not None and before.lower_ in ("outside", "foreign", "external")

    def _under_hearsay(self, tok, verb) -> bool:
        """Whether a hearsay noun ("reports", "claims") stands between the noun and the
        verb whose subject would own it."""
        hearsay = self.lex.words("hearsay_nouns")
        cur = tok.head
        for _ in range(12):
            if cur.i == verb.i or cur.head.i == cur.i:
                return False
            if cur.pos_ == "NOUN" and cur.lemma_.lower() in hearsay:
                return True
            cur = cur.head
        return False

    @staticmethod
    def _co_actors(tok) -> bool:
        """ "Washington and its NATO allies have sent weapons", "Riyadh and allies": allies
        listed beside the one they are allied to are more of its own side, acting with it;
        no one backs another within one list (a "backer of Y" in it still tells its own)."""
        poss = children(tok, "poss")
        return (
            tok.dep_ == "conj"
            and not preps(tok, "of", "for", "to")
            and (not poss or poss[0].lower_ in PERSPRON)
            and tok.doc[tok.i - 1].text != ","
        )

    def _agent_noun(self, tok) -> list[_Claim]:
        """ "X is the main backer of Y", "Iran, the group's main backer", "Russia and Iran,
        backers of the regime", "an ally for Y in Iraq", "al Qaeda ally Zarqawi": the
        possessor or object is the party, the phrase itself the power."""
        apposed = self._apposed_backer(tok)
        if apposed is not None:
            return [apposed]
        if self._co_actors(tok):
            return []
        heads = preps(tok, "of", "for", "to") + children(tok, "poss")
        party_mods = [
            c
            for c in tok.children
            if c.dep_ in ("compound", "amod", "nmod")
            and c.i < tok.i
            and self.ctx.mention(c)
            and not self._membership(c)
        ]
        head_up = tok.head
        doc = tok.doc
        if (
            tok.dep_ == "conj"
            and tok.i > 0
            and doc[tok.i - 1].text == ","
            and (self.ctx.mention(head_up) is not None)
        ):
            # "Russia and Iran, backers of the regime": an apposition parsed as a conjunct
            group = [t for t in with_conjuncts(head_up) if t.i < tok.i]
            powers = self._actors_of(group)
        elif tok.dep_ == "appos" or (tok.dep_ == "conj" and tok.head.dep_ == "appos"):
            anchor = tok.head if tok.dep_ == "appos" else tok.head.head
            # an apposition is said of the names before it, not of a conjunct after it ("the
            # SSNP, an ally of Syria, and Hezbollah": the SSNP alone)
            powers = [m for m in self._actors_of([anchor]) if m.i < tok.i or tok.dep_ != "appos"]
        elif tok.dep_ == "attr" or (tok.dep_ == "pobj" and tok.head.lower_ in ("among", "as")):
            up = tok.head if tok.dep_ == "attr" else tok.head.head
            subj = children(up, "nsubj")
            powers = self._actors_of(with_conjuncts(subj[0])) if subj else []
        elif tok.dep_ == "compound" and head_up.i > tok.i:
            # "al Qaeda ally Abu Musab al-Zarqawi": the head is the ally
            powers = self._actors_of([head_up])
        elif party_mods and not heads and self._named_after(tok) is not None:
            # "al Qaeda ally Abu Musab al-Zarqawi" parsed apart: an alliance is mutual, so
            # whichever of the two can stand as a power is one
            named = self._named_after(tok)
            powers = self._actors_of([named])
            mods = [m for c in party_mods for m in [self.ctx.mention(c)] if m is not None]
            if not powers and mods:
                return [_Claim("backs", tok, mods, [named])]
        elif party_mods and not heads:
            powers = self._nearest_power_before(tok, party_mods)
        else:
            powers = [
                m
                for c in tok.children
                if c.dep_ in ("compound", "amod", "nmod")
                for m in [self.ctx.mention(c)]
                if m is not None
            ]
        if party_mods and not heads:
            heads = party_mods
        out = [_Claim("backs", tok, powers, heads)]
        if tok.lemma_.lower() in {w.lower() for w in self.cfg["opposes"]["member_nouns"]}:
            out += self._member_against(tok, powers)
        return out

    def _under_command(self, tok) -> _Claim | None:
        """ "Cambodian government forces under Vietnamese command", "Afghan troops under
        Soviet command": a state that commands another's armed men backs them. Only a
        state's own word on "command" (its demonym, its name), never an organisation ("under
        UN command" is a mission) and never the same state's. "Militias led by Iranian
        officers", "fighters led by officers of the Rwandan army" (an organ of a state
        leading them, the lexicon's state_organs) is the same; "fighters led by Tunisian
        commanders" is not: a fighter's nationality is not his state. None otherwise."""
        up = tok.head
        armed = self.lex.words("armed_nouns")
        # "led by Iranian, Hezbollah and other Shiite fighters": the demonyms of a list
        # whose last word is the leaders' noun
        leaders = with_conjuncts(tok)
        last = leaders[-1]
        if tok.lemma_.lower() == "command" and up.dep_ == "prep" and up.lower_ == "under":
            force = up.head
            leaders = [tok]
        elif (
            up.dep_ == "agent"
            and up.head.lemma_ == "lead"
            and up.head.dep_ == "acl"
            and (
                last.lower_ in armed
                or last.lemma_.lower() in armed
                or last.lemma_.lower() in self.lex.words("titles")
            )
        ):
            force = up.head.head
            leaders = self._organ_leaders(leaders)
        else:
            return None
        if force.pos_ != "NOUN" or (
            force.lower_ not in armed and force.lemma_.lower() not in armed
        ):
            return None
        words = [
            w
            for t in leaders
            for w in (t, *t.children)
            if w is not t or t.pos_ == "PROPN"
            if w.dep_ in ("amod", "compound", "poss", "pobj", "conj") and w.i <= t.i
        ]
        powers = [
            m
            for w in words
            for m in [self.ctx.mention(w)]
            if m is not None and m.ref.kind == "state"
        ]
        own = {m.ref.code for m in self.reader.actors(force, "party")}
        if not powers or any(m.ref.code in own for m in powers):
            return None
        return _Claim("backs", tok, powers, [force])

    def _organ_leaders(self, leaders: list) -> list:
        """The leaders' words that stand for an organ of a state (the lexicon's
        state_organs): the leaders' noun itself ("Iranian officers", "Russian troops"), its
        modifier ("Russian army officers", "Iranian military advisers") or the organ its
        "of" names ("officers of the Rwandan army", "commanders of Iran's Revolutionary
        Guard"), whose own modifiers then tell the state. None when no leader is one."""
        organs = self.lex.words("state_organs")

        def organ(t) -> bool:
            return t.lemma_.lower() in organs or t.lower_ in organs

        out = []
        for t in leaders:
            if organ(t) or any(
                organ(c) for c in t.children if c.dep_ in ("amod", "compound") and c.i < t.i
            ):
                out.append(t)
            out += [o for o in preps(t, "of") if organ(o)]
        return out

    def _membership(self, mod) -> bool:
        """ "France, a NATO ally", "its EU partners", "Ukraine and its European allies": an
        organisation of states (or its demonym) glued to an ally noun tells the body the
        ally belongs to, not a side it backs."""
        m = self.ctx.mention(mod)
        return m is not None and m.ref.kind == "org" and not m.ref.state

    def _apposed_backer(self, tok) -> _Claim | None:
        """ "Mozambique was under pressure from the Soviet Union, its main military backer",
        "The Syrian government, under pressure from Russia, its main backer, agreed": a
        backer noun with a pronoun, set off by a comma right after a name, is that name; the
        pronoun's owner is the subject before it of the verb the name hangs on (a state too,
        which a pronoun alone never stands for as a party). Read from the words, as the
        parser hangs such an apposition on the subject as often as on the name."""
        poss = [c for c in tok.children if c.dep_ == "poss"]
        if len(poss) != 1 or poss[0].lower_ not in ("its", "his", "her", "their"):
            return None
        p = poss[0]
        doc = tok.doc
        if p.i < 2 or doc[p.i - 1].text != ",":
            return None
        named = next((m for m in self.ctx.mentions if m.j == p.i - 1), None)
        if named is None or named.ref.kind not in ("state", "org", "leader"):
            return None
        verb = tok.doc[named.j - 1]
        for _ in range(8):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        subj = [
            c
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i and c.i < named.i
        ]
        owner = self.ctx.mention(subj[0]) if len(subj) == 1 else None
        if owner is None or owner.ref.code == named.ref.code:
            return None
        if owner.ref.kind not in ("state", "party", "government", "leader"):
            return None
        return _Claim("backs", tok, [named], [subj[0]])

    def _named_after(self, tok):
        """The name right after a noun ("ally Abu Musab al-Zarqawi"), as its phrase head."""
        doc = tok.doc
        if tok.i + 1 >= self.ctx.s.sent.end:
            return None
        t = doc[tok.i + 1]
        if t.pos_ != "PROPN" or t.ent_type_ not in ("PERSON", "ORG", "NORP"):
            return None
        while t.dep_ in ("compound", "flat") and t.head.i > t.i:
            t = t.head
        return t

    def _nearest_power_before(self, tok, exclude) -> list[Mention]:
        """ "a strike at a key U.S. ally": the ally is the state named before it, when the
        phrase has no subject or apposition of its own."""
        ex = {m.i for c in exclude for m in [self.ctx.mention(c)] if m is not None}
        if tok.dep_ != "pobj":
            return []
        before = [
            m
            for m in self.ctx.mentions
            if m.j <= tok.i
            and m.i not in ex
            and m.ref.kind == "state"
            and m.i not in self.ctx.backer_tokens
        ]
        return before[-1:]

    def _member_against(self, tok, powers) -> list[_Claim]:
        """ "a partner in the U.S.-led campaign against the Islamic State": opposes."""
        out = []
        camp = {w.lower() for w in self.cfg["opposes"]["campaign_nouns"]}
        for o in preps(tok, "in", "of"):
            if o.lemma_.lower() in camp or o.lower_ in camp:
                foes = preps(o, "against")
                if foes:
                    out.append(_Claim("opposes", tok, powers, foes))
        return out

    def _trailing_subject(self, tok) -> list:
        """ "Burkina Faso's army fought the jihadists, backed by French troops.": a participle
        set off by a comma at the close of the sentence, after whom a side fights, whose
        agent is armed men or means ("troops", "air strikes", "peacekeepers"), tells of the
        side that fights, in the fight. Backed by a bare name ("the M23 rebels, backed by
        Rwanda") it describes the foe, as the phrase before the comma. The fighters, or []."""
        if tok.i == 0 or tok.doc[tok.i - 1].lower_ != ",":
            return []
        if tok.dep_ == "advcl":
            verb = tok.head
            if not children(verb, "dobj"):
                return []
        else:
            noun = tok.head
            verb = noun.head
            if noun.dep_ == "ROOT":
                # "Burkina Faso's army fought jihadists, backed by ...", tagged as one noun
                # phrase with "fought" its adjective: the verb is still the verb
                verb = next((c for c in children(noun, "amod") if c.tag_ == "VBD"), noun)
            elif noun.dep_ != "dobj":
                return []
            if verb is noun:
                return []
        opp = self.cfg["opposes"]
        hostile = {*opp.get("joined_acts", []), *opp["verbs"], *self.cfg["fight"]["verbs"]}
        if verb.lemma_.lower() not in hostile:
            return []
        last = max(t.i for t in tok.subtree)
        if any(not t.is_punct for t in tok.doc[last + 1 : tok.sent.end]):
            return []
        forces = (
            self.lex.words("means_nouns")
            | self.lex.words("state_organs")
            | self.lex.words("armed_nouns")
        )
        agents = preps(tok, "by")
        if not agents or not all(a.lemma_.lower() in forces or a.lower_ in forces for a in agents):
            return []
        subj = children(verb, "nsubj")
        return with_conjuncts(subj[0]) if subj else []

    def _joined(self, tok) -> list[_Claim]:
        """ "Britain joined the United States in striking Houthi targets": who joins and
        whom it joins oppose whom they strike; "joined Y in the war against Z" too."""
        acts = {w.lower() for w in self.cfg["opposes"].get("joined_acts", [])}
        camp = {w.lower() for w in self.cfg["opposes"]["campaign_nouns"]}
        foes: list = []
        for o in preps(tok, "in"):
            if o.pos_ == "VERB" and o.lemma_.lower() in acts:
                for f in [g for d in children(o, "dobj") for g in with_conjuncts(d)]:
                    # "Houthi targets", "rebel positions": whose they are
                    foes += [f] if self.reader.is_actor_noun(f) else self._owners_of(f)
                foes += preps(o, "against")
            elif o.lemma_.lower() in camp or o.lower_ in camp:
                foes += preps(o, "against")
        fighting = any(
            (o.pos_ == "VERB" and o.lemma_.lower() in acts) or o.lemma_.lower() in camp
            for o in preps(tok, "in")
        )
        # "Eritrean forces have joined Ethiopian troops in a renewed offensive": to join a
        # side's armed men in its fighting is to back that side
        groups = self.lex.words("group_nouns") - {"coalition"}
        troops = [
            d for d in children(tok, "dobj") if d.lemma_.lower() in groups or d.lower_ in groups
        ]
        out = []
        powers = self._subject_powers(tok)
        if fighting and troops:
            out.append(_Claim("backs", tok, powers, troops))
        # "Sudan has sent troops to join the Saudi-led coalition": to join a coalition a
        # state leads is to back it (not "joined the coalition government")
        led = [
            d
            for d in children(tok, "dobj")
            if any(m.ref.kind == "coalition" and m.ref.code for m in self._actors_of([d]))
        ]
        if led and powers:
            out.append(_Claim("backs", tok, powers, led))
        if not foes:
            return out
        joined = [
            m
            for m in self._actors_of(children(tok, "dobj"))
            if m.ref.kind in ("state", "org", "leader", "party", "coalition")
        ]
        out.append(_Claim("opposes", tok, powers + [m for m in joined if m not in powers], foes))
        return out

    def _owners_of(self, tok) -> list:
        """The words before a thing that name whose it is ("Houthi targets")."""
        return [
            c
            for c in tok.children
            if c.dep_ in ("compound", "amod", "poss", "nmod") and self.ctx.mention(c) is not None
        ]

    def _campaign_foes(self, tok) -> list:
        foes = preps(tok, "against")
        if not foes and tok.dep_ in ("appos", "dobj"):
            # "has begun an offensive against Y", the "against" hung on the verb or its object
            foes = preps(tok.head, "against")
        return foes

    def _campaign(self, tok) -> list[_Claim]:
        """ "X's war against Y", "X has begun an offensive against Y": X opposes Y."""
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ in ("in", "of")
            and tok.head.head.lemma_.lower()
            in {w.lower() for w in self.cfg["opposes"]["member_nouns"]}
        ):
            return []  # read by the member noun
        powers = self._noun_powers(tok)
        led = self.ctx.compound_at(tok)
        if led is not None and led.participle == "led" and not powers:
            powers = self.reader.actors(tok, "power")
        return [_Claim("opposes", tok, powers, self._campaign_foes(tok))]

    def _served(self, tok) -> list:
        """ "With Russian support, Syrian troops retook Palmyra", "Hezbollah, with Iranian
        support, fought Israel": support as an adjunct serves the subject of its clause (or
        the noun it hangs on). ("Without X's support" is what did not happen: no claim.)"""
        held = self._held_by(tok)
        if held:
            return held
        if tok.dep_ != "pobj" or tok.head.lower_ != "with" or tok.head.dep_ != "prep":
            return []
        up = tok.head.head
        if up.pos_ in ("NOUN", "PROPN"):
            return with_conjuncts(up)
        if up.pos_ not in ("VERB", "AUX"):
            return []
        subj = children(up, "nsubj", "nsubjpass")
        return with_conjuncts(subj[0]) if subj else governing_subjects(up)

    def _held_by(self, tok) -> list:
        """ "UNITA won the support of South Africa", "the junta has Moscow's backing": a
        backing noun held, won or received (the lexicon's 'held_verbs') serves the verb's
        subject; whose the noun is backs it, and the subject is no backer of its "of"."""
        if not self._held(tok):
            return []
        verb = tok.head
        subj = children(verb, "nsubj")
        if not subj and verb.dep_ == "conj":
            subj = children(verb.head, "nsubj")  # "fought on and won the support of ..."
        return with_conjuncts(subj[0]) if subj else []

    def _held(self, tok) -> bool:
        return tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.lex.words("held_verbs")

    def _gained_from(self, tok) -> bool:
        """ "The rebels got $3.5 million in profits from the arms sales to Iran": a supply
        or backing noun after "from" on a word of gain (the lexicon's 'gain_words': profits,
        proceeds, got, received) is the source of what the subject gets, not its deed."""
        if tok.dep_ != "pobj" or tok.head.lower_ != "from":
            return False
        return tok.head.head.lemma_.lower() in self.lex.words("gain_words")

    def _owned(self, tok) -> bool:
        """ "U.S. military aid to the Contras", "Moscow's covert assistance to the rebels": a
        power owns the noun in its own words, and the words make it help in a war (a bare
        "humanitarian aid to Gaza" names no backer; "US assistance to Egypt" is a budget)."""
        mods = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        war = self.lex.words("war_aid_modifiers") | self.weapon_words
        return any(c.i < tok.i and self.ctx.mention(c) is not None for c in mods) and any(
            c.lower_ in war or c.lemma_.lower() in war for c in mods
        )

    def _own_powers(self, tok) -> list[Mention]:
        """Whose support a noun is, by its own words only: "Russian support", "Moscow's
        backing", "the support of Rwanda"."""
        poss = children(tok, "poss")
        if poss:
            return self._actors_of(with_conjuncts(poss[0]))
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
        got = self._actors_of(mods)
        return got or self._actors_of(preps(tok, "of"))

    def _in_support(self, tok):
        """ "Syrian troops retook Palmyra with Russian jets in support": a bare "in support"
        beside a "with" on the same word has the with's object as its means (whose owner
        backs)."""
        if (
            tok.dep_ != "pobj"
            or tok.head.lower_ != "in"
            or any(c.dep_ != "det" for c in tok.children)
        ):
            return None
        up = tok.head.head
        if up.dep_ == "pobj" and up.head.lower_ == "with":
            return up  # "with Russian air strikes in support", "in support" on the strikes
        withs = [
            o
            for c in up.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for o in children(c, "pobj")
        ]
        return withs[0] if withs else None

    def _noun(self, tok, rel: str, prep_words) -> list[_Claim]:
        means = self._in_support(tok) if rel == "backs" else None
        if means is not None:
            # served as by "with Russian support", the side being the clause's subject
            served = self._served(means)
            powers = self._own_powers(means)
            return [_Claim(rel, tok, powers, served)] if powers and served else []
        served = self._served(tok) if rel == "backs" else []
        if served:
            powers = self._own_powers(tok)
            if powers:
                return [_Claim(rel, tok, powers, served)]
            if not self._held(tok):
                return []
            # "had received support from Pakistan": held, whose by its "from" (read below)
        if rel == "backs" and self._held(tok) and preps(tok, "of"):
            return []  # held by a subject the parse does not give: its "of" is the backer
        powers = self._noun_powers(tok)
        heads = preps(tok, *prep_words)
        if not heads and tok.dep_ == "dobj":
            # "resumed arms deliveries to the Sudanese army": the recipient hung on the verb
            heads = preps(tok.head, *[w for w in prep_words if w != "of"])
        if not heads and tok.lemma_ in self.cfg["backs"].get("aid_lots", []):
            # "a package of security assistance for Ukraine"
            heads = [h for o in preps(tok, "of") for h in preps(o, *prep_words)]
        if not heads and rel in ("backs", "supplies"):
            heads = self._receivers(tok)
        out = [_Claim(rel, tok, powers, heads)]
        against = self._against(tok)
        if rel == "backs" and against:
            out.append(_Claim("opposes", tok, powers, against, conflict_of=out[0]))
        return out

    def ctx_evidence(self, trigger=None) -> Evidence:
        s = self.ctx.s
        return Evidence(
            doc=self.ctx_doc_id,
            start=s.start,
            end=s.end,
            text=self.ctx.text,
            date=self._date(trigger),
        )

    def _date(self, trigger=None) -> str | None:
        """The year the claim's own clause gives ("1979: The Soviet Union sends troops"),
        else the article's date; a year of another clause ("which armed UNITA in 1985, now
        backs ...") dates nothing here."""
        own = self._own_year(trigger)
        if own is None and self._of_a_decade(trigger):
            return None  # "In the 1990s, Russia backed the separatists": not the article's
        return own or self.published

    def _of_a_decade(self, trigger=None) -> bool:
        """Whether the claim's own clause names a decade ("In the 1990s")."""
        if trigger is None or not _DECADE.search(self.ctx.text):
            return False
        clause = _clause_tokens(trigger)
        return any(t.i in clause and _DECADE.fullmatch(t.text) for t in self.ctx.s.sent)

    def _own_year(self, trigger=None) -> str | None:
        years = _YEAR.findall(self.ctx.text)
        if years and trigger is not None:
            clause = _clause_tokens(trigger)
            years = [t.text for t in self.ctx.s.sent if t.i in clause and _YEAR.fullmatch(t.text)]
            root = next(
                (t for t in self.ctx.s.sent if t.i in clause and t.head.i not in clause - {t.i}),
                trigger,
            )
            if not years and root.dep_ == "acl" and root.head.i != root.i:
                # "In 1986 the Afghan government, backed by Moscow, fought ...": a participle
                # on a noun tells of the time of the clause the noun is in
                clause = _clause_tokens(root.head)
                years = [
                    t.text for t in self.ctx.s.sent if t.i in clause and _YEAR.fullmatch(t.text)
                ]
            years = years or _when_years(trigger)
            label = _TIMELINE_LABEL.match(self.ctx.text)
            if not years and label:
                years = [label.group(1)]  # "1979: ... sends troops ... to support": every clause
        if not years and self._of_a_decade(trigger):
            return None  # a decade, no year: see ``_date``
        prev = self.ctx.prev
        if not _YEAR.findall(self.ctx.text) and prev is not None and len(prev.text.split()) <= 2:
            years = _YEAR.findall(prev.text)  # a timeline's label: "1979: The Soviet Union ..."
        if years and len(set(years)) == 1:
            return years[0]
        return None

    def year(self, trigger=None) -> int | None:
        """The claim's year: its own clause's, else the era its story tells of
        (``_era``), else the article's."""
        own = self._own_year(trigger)
        # the date line under a headline is the article's ("... in the 1980s | September
        # 13, 2024"): its year says nothing of the claim's era
        if own is None or (self.published is not None and own == self.published[:4]):
            era = self._era(trigger, own is None)
            if era is not None:
                return era
        d = own or self.published
        return int(d[:4]) if d and d[:4].isdigit() else None

    def _era(self, trigger=None, told: bool = True) -> int | None:
        """The time a claim with no year of its own tells of, when it is another era's
        than the article's: a decade in its clause ("During the 1980s the United States
        gave weapons to the mujahideen": the middle of the decade), or, told in the past,
        the one year of the nearest sentence before it in its paragraph or the one before
        that names a year ("In 1977 the Somali government launched an offensive ... The
        Soviet Union sided with the Ethiopian government"), a decade or more before the
        article's date. Only the war and the names of the time follow it (the claim's date
        stays the article's); a sentence that speaks of days of now ("last week", "on
        Monday") between them, or in the claim, keeps today's."""
        if trigger is None:
            return None
        clause = _clause_tokens(trigger)
        if trigger.lemma_.lower() == "help":
            # "helped Sudan's army put down a rebellion in Darfur in the 2000s": the help is
            # of the time of what it helped to do
            for c in children(trigger, "ccomp", "xcomp"):
                clause |= _clause_tokens(c)
        pub = self.published
        for t in self.ctx.s.sent:
            if t.i in clause and (decade := _decade(t)) is not None:
                if decade >= 2000 and not (
                    int(pub[:4]) > decade + 9
                    if pub and pub[:4].isdigit()
                    else _told_in_past(trigger)
                ):
                    continue  # "in the 2020s" in a story of now: no other era
                return decade + 5
        if not told or not pub or not pub[:4].isdigit() or not _told_in_past(trigger):
            return None
        latest = int(pub[:4]) - 10
        if _NOW_RE.search(self.ctx.text):
            return None
        prev = self.ctx.prev
        while prev is not None and prev.s.paragraph >= self.ctx.s.paragraph - 1:
            if _NOW_RE.search(prev.text):
                return None
            years = _clause_years(prev.s.sent)
            decades = {int(m.group(1)) for m in _DECADE_RE.finditer(prev.text)}
            if years or decades:
                if len(years) == 1 and not decades:
                    year = years.pop()
                elif len(decades) == 1 and not years:
                    year = decades.pop() + 5
                else:
                    return None
                # the same story goes on: the two sentences share a country ("In 1998
                # Angola sent troops to the Congo. Qatar's mediation between Israel and
                # Hamas secured ..." is another story)
                if year > latest or not self._countries(prev) & self._countries(self.ctx):
                    return None
                return year
            prev = prev.prev
        return None

    def _countries(self, ctx) -> set[str]:
        """The countries a sentence names: its states, places, and the countries of the
        listed wars whose sides or words it names ("the mujahideen": Afghanistan)."""
        out = {m.ref.code for m in ctx.mentions if m.ref.code}
        out |= {tp.candidate.country for tp in ctx.toponyms if tp.candidate}
        wars = {t for m in ctx.mentions for t in m.ref.theatres}
        wars |= set(self.doc_theatre.keywords(ctx))
        for t in wars:
            out.update(self.lex.theatres[t].countries)
        out.discard("")
        return out

    ctx_doc_id = ""

    # --- claims -> stances ----------------------------------------------------------------
    def _parties_of(self, cl: _Claim, head) -> list[Mention]:
        doc = head.doc
        return [m for m in self._party_mentions(cl, head) if not self._continent_of(m, doc)]

    def _party_mentions(self, cl: _Claim, head) -> list[Mention]:
        if head.i in self.chunk_heads:
            return [self.chunk_heads[head.i]]
        if cl.spread:
            ms: list[Mention] = []
            for h in with_conjuncts(head):
                for m in self.reader.actors(h, "party"):
                    if m not in ms and m.i not in self.ctx.backer_tokens:
                        ms.append(m)
            return ms
        if head.lower_ in RELPRON and antecedent(head) is not None:
            return self.reader.actors(head, "party")
        ante = self._object_antecedent(head)
        if ante is not None:
            return self.reader.actors(ante, "party")
        if head.lower_ in PERSPRON or head.lower_ in RELPRON:
            return self.ctx.resolve_pronoun(head, True)
        own = self.reader.actors(head, "party")
        if (
            head.dep_ == "appos"
            and head.pos_ == "NOUN"
            and head.left_edge.i > 0
            and head.doc[head.left_edge.i - 1].text == ","
            and all(m.ref.form == "written" for m in own)
        ):
            # "Hezbollah, a Shia faction backed by Iran": a description set off after a
            # name is that name, when the description names no one of its own
            named = [m for m in self.reader.actors(head.head, "party") if m.ref.form != "written"]
            if named:
                return named
        return own

    def _conflict_context(self, goods: set[int] | None = None) -> bool:
        """Conflict words in the sentence, or several in its paragraph or article. With
        ``goods`` (the words of arms a state sells another), the arms and the forces that
        hold them are no sign of a war: "sold S-400 missiles to Turkey" tells of a sale,
        and an article about it speaks of missiles, weapons and the military. Then a word
        of fighting ("war", "fight", "ceasefire") must be in the sentence (the goods
        aside), its paragraph or its article too ("Israel secretly sold weapons to Iran" in
        a story of Iraq's war effort against Iran)."""
        words = {t.lower_ for t in self.ctx.s.sent} | {t.lemma_.lower() for t in self.ctx.s.sent}
        para = self.ctx.paragraph_words or set()
        seen = (
            bool(words & self.conflict_words)
            or len(para & self.conflict_words) >= 3
            or len(self.ctx.document_words & self.conflict_words) >= 4
        )
        if goods is None or not seen:
            return seen
        lex, sold = self.lex, self.ctx.s.sent.doc
        cue = self.conflict_words - lex.words("weapon_words") - lex.words("weapon_organs")
        cue = cue - lex.words("state_organs") - {"weapons", "bombs"}
        # the goods' own words ("Gripen fighters") are no fighters, here or elsewhere
        cue = cue - {sold[i].lower_ for i in goods} - {sold[i].lemma_.lower() for i in goods}
        rest = [t for t in self.ctx.s.sent if t.i not in goods]
        words = {t.lower_ for t in rest} | {t.lemma_.lower() for t in rest}
        return bool((words | para | self.ctx.document_words) & cue)

    def _goods(self, cl: _Claim, party: Mention) -> set[int]:
        """The words of what a supply verb says was supplied ("sold 36 Gripen fighters to
        Brazil", "supplied Armenia with tanks"): its object, or the object of its "with",
        the party's own words aside."""
        out: set[int] = set()
        for c in cl.trigger.children:
            if c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ == "with"):
                out |= {t.i for t in c.subtree}
        return out - set(range(party.i, party.j))

    def _war_against(self, cl: _Claim) -> list:
        """ "supplied the Russian army with drones that could be used in the war against
        Ukraine", "sent arms to Russia for its war against Ukraine": a war the supplied goods
        (the verb's object, or its "with") or the supply's "for" are meant for names whom the
        supply is against, as "arming Ukraine against Russian forces" does."""
        if cl.relation not in ("backs", "supplies"):
            return []
        wars = self.lex.words("ended_nouns") | self.lex.words("aggression_nouns")
        spans = [
            c
            for c in cl.trigger.children
            if c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ in ("with", "for"))
        ]
        return [
            o
            for c in spans
            for w in c.subtree
            if w.pos_ == "NOUN" and w.lemma_.lower() in wars
            for o in preps(w, "against")
        ]

    def _keep(self, cl: _Claim, power: Mention, party: Mention, theatre) -> bool:
        """A stance needs a side on both ends and, for plain political backing between
        states or people, a conflict in sight: in the words of its sentence or paragraph, or
        a conflict the lexicon knows at its place ("Mandela backs Annan" is no stance)."""
        if cl.armed_only and party.ref.kind not in ("party", "armed"):
            return False
        if cl.relation != "backs":
            return True
        weak = self.lex.words("weak_backs_verbs")
        if (
            cl.trigger.lemma_.lower() in weak
            and not _named(party)
            and not cl.foe_named
            and not self._against_side(cl)
            and not self._war_side(party, theatre)
            and not self._armed_help(cl)
        ):
            # "helps local governments", "protects soldiers": no side named; "protect the
            # transitional government against al-Shabab" takes one, as does "help the rebels"
            # in eastern Ukraine (the war's word for its separatists)
            return False
        if cl.needs_war and party.ref.kind not in ("party", "armed"):
            # "the IMF extended a loan to the Pakistani government": no war, no side
            return theatre.definition is not None or self._conflict_context()
        if theatre.definition is not None:
            return True
        if _people(party) or _people(power):
            # "Serbia backs the ethnic Serbs of Croatia": a people is a side of a war only
            # where a war is in sight, not by its name alone ("against the Greek Cypriot
            # government" is one)
            return cl.foe_named or self._against_side(cl) or self._conflict_context()
        if party.ref.kind in ("party", "armed", "coalition") or power.ref.kind in (
            "party",
            "armed",
        ):
            return True
        if party.ref.form == "organ" or (party.ref.kind == "leader" and party.ref.party):
            return True
        if (
            (party.ref.kind == "org" or self._movement_as_person(party))
            and power.ref.kind in ("state", "leader", "coalition")
            and party.ref.code != power.ref.code
        ):
            return True  # a state sponsoring a foreign organisation ("UNITA ... backed by")
        return self._conflict_context() or self._alignment(cl, power, party)

    def _at_request(self, tok) -> list[_Claim]:
        """ "Rwanda sent troops to Cabo Delgado at Mozambique's request", "deployed at the
        invitation of the government": troops sent or deployed at a government's request
        back it; whose request it is, its possessor or its "of"."""
        up = tok.head
        if tok.dep_ != "pobj" or up.lower_ != "at" or up.head.pos_ != "VERB":
            return []
        verb = up.head
        objs = children(verb, "dobj", "nsubjpass")
        if verb.lemma_.lower() not in self.lex.words("garrison_verbs"):
            return []
        if not any(o.lower_ in _TROOPS or o.lemma_.lower() in _TROOPS for o in objs):
            return []
        askers = children(tok, "poss") + preps(tok, "of")
        if not askers or not all(
            m.ref.kind in ("state", "government", "leader")
            for m in self.reader.actors(askers[0], "party")
        ):
            return []  # "at the request of the UN": a mandate, no side
        powers = self._subject_powers(verb) if children(verb, "nsubj") else []
        if not powers:
            powers = self._actors_of([o for o in objs if o.dep_ == "nsubjpass"])
        return [_Claim("backs", tok, powers, with_conjuncts(askers[0]))] if powers else []

    @staticmethod
    def _armed_help(cl: _Claim) -> bool:
        """Help given by troops, or the purpose troops were sent or spread for ("sent troops
        to Mozambique to help the government", "12,000 Zimbabwean troops are spread across
        Mozambique to help government forces"): help in a war, whomever it names."""
        t = cl.trigger
        near = children(t, "nsubj")
        if t.dep_ in ("advcl", "xcomp") and t.head.pos_ == "VERB":
            near += children(t.head, "dobj", "nsubj", "nsubjpass")
        return any(w.lower_ in _TROOPS for w in near)

    def _war_side(self, m: Mention, theatre) -> bool:
        """An armed group named by a word its conflict gives one side ("the rebels" in
        eastern Ukraine are the Donbas separatists)."""
        th = theatre.definition if theatre is not None else None
        return m.ref.kind == "armed" and th is not None and self.ctx._generic(m, th) is not None

    def _movement_as_person(self, m: Mention) -> bool:
        """ "gives money to the Polisario": one name after "the" with no title is a
        movement or organisation the entity recogniser took for a person (people are not
        named "the Smith"; "the Kennedys" are several)."""
        if (m.ref.kind, m.ref.form) != ("person", "name") or m.j - m.i != 1 or m.i == 0:
            return False
        doc = self.ctx.s.sent.doc
        return doc[m.i].tag_ == "NNP" and doc[m.i - 1].lower_ == "the"

    def _alignment(self, cl: _Claim, power: Mention, party: Mention) -> bool:
        """ "Russia supports Serbia", "China stands by Pakistan": one state backing another
        in so many words says where it stands even when no conflict is in sight; it is shown
        as such, in no conflict (never in a war at the party's place that the text does not
        describe). A weaker word ("helped Mexico") or a people or organ is no alignment."""
        if cl.relation != "backs" or cl.trigger.lemma_.lower() in self.lex.words(
            "weak_backs_verbs"
        ):
            return False
        if cl.trigger.lemma_.lower() not in self.lex.words("alignment_words"):
            return False
        if self._served(cl.trigger):
            return False  # "With US support, Japan hosted the summit": help with a deed
        # the state itself is what is backed, not a thing of its ("back Georgia's
        # territorial integrity")
        if not self.ctx.owns(party):
            return False
        heads = [h for h in cl.party_heads if party.i <= h.i < party.j]
        if not heads:
            return False
        if party.ref.form == "organ" and heads[0].lemma_.lower() in self.lex.words(
            "government_nouns"
        ):
            # "the Serbian government", "Belgrade's government": a state's government is
            # the state itself where no conflict is in sight
            party = dataclasses.replace(party, ref=dataclasses.replace(party.ref, form="name"))
        return self._states(power, party)

    def _sale_elsewhere(self, cl: _Claim, power: Mention, party: Mention, theatre) -> bool:
        """ "Greece bought 18 Rafale jets from France" in a story that also tells of the war
        in Ukraine: arms between two states, the buyer no country of the listed war the
        story gives, nor waging it, nor a side of it, and the sentence naming none of its
        places or words, are no supply for that war (the buyer's, "no conflict stated")."""
        th = theatre.definition
        if th is None or cl.relation != "supplies" or not self._states(power, party):
            return False
        code = party.ref.code
        if code in (*th.countries, *th.within, *th.state_parties):
            return False
        if th.waged_by(code, self.year(cl.trigger)):
            return False
        finder = self.doc_theatre
        if any(finder.named_here(self.ctx, c) for c in (*th.countries, *th.within)):
            return False
        if finder.names_war(self.ctx, th.id):
            return False
        # "Syrian troops fought ... in the Bekaa Valley. The Soviet Union resupplied Syria":
        # a buyer whose forces or government the story tells of is in its war
        sides = {
            n for t in self.lex.theatres.values() for c, n in t.state_parties.items() if c == code
        }
        return not any(
            (m.ref.code == code and m.ref.kind == "state" and m.ref.form == "organ")
            or (m.ref.kind == "party" and m.ref.name in sides)
            for c in finder.contexts
            for m in c.mentions
        )

    @staticmethod
    def _states(power: Mention, party: Mention) -> bool:
        """Two different states, each named as such (not a people or an organ)."""
        return (
            (power.ref.kind == "leader" or power.ref.form in ("name", "metonym"))
            and power.ref.kind in ("state", "leader")
            and party.ref.kind == "state"
            and party.ref.form in ("name", "metonym")
            and bool(party.ref.code)
            and party.ref.code != power.ref.code
        )

    def stances(self, doc_id: str) -> list[Stance]:
        self.ctx_doc_id = doc_id
        out: list[Stance] = []
        seen = set()
        glued = {c.token.i for c in self.ctx.compounds}
        claims = self.claims()
        actors = {m.ref.code for cl in claims for m in cl.powers if m.ref.code}
        # who acts in the sentence acts from home: "Biden sent Assad a signal when American
        # jets bombed militias allied with Iran" is not a war in the United States
        doc = self.ctx.s.sent.doc
        for m in self.ctx.mentions:
            if m.ref.code and self.ctx.owns(m):
                head = doc[m.j - 1]
                while head.dep_ in ("compound", "amod") and head.head.i != head.i:
                    head = head.head
                if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
                    actors.add(m.ref.code)
        for cl in claims:
            # "U.S.-backed", "militias allied with Turkey" inside a noun phrase are taken as
            # given whatever the clause around it says ("urged an end to the U.S.-backed
            # government", "Russia denied bombing militias allied with Turkey")
            described = cl.trigger.i in glued or self.modal.describes(cl.trigger)
            cl.modality = self.modal.read(cl.trigger, described)
            if cl.modality.hedged:
                continue
            if cl.modality.negated and cl.trigger.lemma_.lower() in self.lex.words("condemn_verbs"):
                continue  # "refused to condemn the invasion" says no side
            if not cl.powers:
                continue
            if _left_since(cl.trigger, *self._turn_words()) and self._era(cl.trigger) is None:
                # a backing the power has since left is no stance of the story's time; one
                # set in an era of its own goes to that era's war
                continue
            # the speaker may be the claim's own power ("The Houthis will keep fighting Saudi
            # Arabia, their leader said"), read before that power is barred from its pronouns
            self.ctx.not_referent = set()
            claimed = self._claimed_by(cl)
            # "X fought alongside its forces": "its" is not X
            self.ctx.not_referent = {m.i for m in cl.powers if self.ctx.owns(m)}
            groups: list[list[Mention]] = []
            if cl.parties:
                groups.append(cl.parties)
            closing = self._closing_comma(cl.trigger)
            for head in cl.party_heads:
                ms = [m for m in self._parties_of(cl, head) if m.i < closing]
                if cl.trigger.i in glued and cl.trigger.head.i == head.i:
                    # "the Kremlin-funded separatists and the US-trained rebels": a hyphened
                    # participle tells of its own noun, not of the nouns joined after it (the
                    # side its noun stands for, "the Iranian-backed group", stays)
                    ms = [m for m in ms if m.i <= head.i]
                if cl.spread and groups and all(m in groups[-1] for m in ms):
                    continue  # "between Ethiopia and Eritrea": Eritrea read with Ethiopia
                if ms:
                    groups.append(ms)
            groups = [g for ms in groups for g in _by_war(ms)]
            if (cl.whole_conflict or (cl.relation == "mediates" and cl.spread)) and not groups:
                groups.append([])  # "hosted talks between the two sides": the conflict
            # "supports Ukraine against Russia": whom the backing is against says less about
            # where the war is than whom it backs (a state may be fought far from home)
            foe_at = {h.i for o in claims if o.conflict_of is cl for h in o.party_heads}
            # "is arming Ukraine against Russian forces": whom the help is against, whether
            # or not a claim of its own was read
            foe_at |= {
                t.i
                for h in (cl.trigger, *children(cl.trigger, "dobj"))
                for o in preps(h, "against")
                for t in o.subtree
                if t.i <= o.i  # its words, not "against the Islamic Courts in Somalia"
            }
            foe_at |= {t.i for o in self._war_against(cl) for t in o.subtree if t.i <= o.i}
            foes = {
                m.ref.code
                for m in self.ctx.mentions
                if m.ref.code and foe_at & set(range(m.i, m.j))
            }
            # "armed the Saudi air force against the Houthis": a listed side fought is fought
            # where its own war is (Yemen), as a state fought is that state; a side of several
            # listed wars (Wagner, the Islamic State) says none of them alone
            foes |= {
                c
                for m in self.ctx.mentions
                if m.ref.kind == "party"
                and len(m.ref.theatres) == 1
                and foe_at & set(range(m.i, m.j))
                for c in self.lex.theatres[m.ref.theatres[0]].countries
            }
            # "Chad backs Nigeria against Boko Haram": where the foe is known to fight
            foe_homes = {
                c
                for m in self.ctx.mentions
                if foe_at & set(range(m.i, m.j))
                for c in (
                    *m.ref.homes,
                    *(c for t in m.ref.theatres for c in self.lex.theatres[t].countries),
                )
            }
            for ms in groups:
                powers = cl.powers
                if self._guest_backed(cl, ms, self._places_named(cl, ms)):
                    powers, ms = ms, cl.powers
                away: set[str] = set()

                accuser = self._accuser(cl, powers, ms)

                def placed(away: set[str], powers=powers, ms=ms, cl=cl, foes=foes, by=None):
                    """The conflict the document puts this claim in, outside ``away``."""
                    return self.doc_theatre(
                        self.ctx,
                        powers,
                        ms,
                        cl.trigger,
                        self.year(cl.trigger),
                        actors,
                        cl.relation,
                        foes,
                        away,
                        by,
                    )

                theatre = cl.conflict_of.conflict if cl.conflict_of is not None else None
                if theatre is None and cl.relation == "mediates" and not ms:
                    # "IGAD's chief mediator ... hopes the two sides will agree": the sides
                    # its mediation named before in the story, not the mediator's country
                    known = [self.doc_theatre.mediations.get(p.ref.name) for p in powers]
                    theatre = next((t for t in known if t is not None), None)
                while theatre is None:
                    theatre = placed(away)
                    if theatre is not None and not away and self._from_home(cl, ms, theatre):
                        # "Libya gives support to the Polisario Front": not Libya's own war
                        away, theatre = {theatre.country}, None
                    else:
                        break
                if (
                    accuser
                    and theatre is not None
                    and theatre.country in {m.ref.code for m in powers if m.ref.code}
                    and (
                        self.doc_theatre.named_as_place(accuser)
                        or self.doc_theatre.dateline.get(accuser)
                    )
                ):
                    # "Chad accuses Sudan of backing rebels" under "N'DJAMENA -": not a war in
                    # Sudan, the accused's home, but in the accuser's country, which the story
                    # names as a place ("Moscow accused Pakistan of arming the rebels", 1986, is
                    # no war in Russia: a state may fight rebels abroad)
                    theatre = placed(away, by=accuser) or theatre
                if theatre is not None:
                    # "French troops backed by Malian soldiers": not a war in France
                    theatre = self._foreign_force(cl, ms, theatre) or theatre
                    # "Iran supplied drones to Russia": not a war in Russia
                    abroad = self._client_abroad(cl, ms, theatre)
                    if abroad is None and not away and self._led_from_home(ms, theatre):
                        # "Australia backs the US-led coalition": not a war in the United
                        # States, nor (filed from London) one in Britain; where else the
                        # text places it, or not stated
                        away = {theatre.country} | {
                            m.ref.code
                            for m in powers
                            if m.ref.code and not self.doc_theatre.named_here(self.ctx, m.ref.code)
                        }
                        abroad = placed(away) or self.doc_theatre.unplaced()
                    theatre = abroad or theatre
                sent_to = self._sent_into(ms, theatre) if theatre is not None else None
                sent_to = sent_to or self._moved_to_act(cl, powers, theatre)
                sent_to = sent_to or self._fought_in(cl, ms, theatre)
                if sent_to is not None:
                    # "Cuban troops sent by Fidel Castro into Angola, armed by Russia": not a
                    # war in Cuba, but in the country they were sent to
                    theatre = self.doc_theatre.country_war(sent_to, self.year(cl.trigger))
                if theatre is not None and self._abroad(cl, ms, theatre):
                    # "South Africa's old regime backed the movement of Jonas Savimbi" in a
                    # story of Angola's war: where else the text places it, or not stated
                    elsewhere = placed(away | {theatre.country})
                    theatre = (
                        elsewhere
                        if elsewhere is not None
                        and (
                            elsewhere.definition is not None
                            or self.doc_theatre.named_as_place(elsewhere.country)
                        )
                        else None
                    )
                if theatre is None:
                    theatre = self.doc_theatre.unplaced()
                if cl.conflict is None:
                    cl.conflict = theatre
                if cl.relation == "mediates" and ms and (theatre.definition or theatre.country):
                    for p in powers:
                        self.doc_theatre.mediations.setdefault(p.ref.name, theatre)
                if powers is cl.powers and self._guest_backed(cl, ms, self._hosts(theatre)):
                    powers, ms = ms, cl.powers
                names: list[tuple[str, Mention | None]]
                if not ms:
                    names = [(self.doc_theatre.conflict_name(theatre), None)]
                else:
                    clause = phrase(cl.trigger)
                    year = self.year(cl.trigger)
                    names = [(self.ctx.party_name(m, theatre, clause, year), m) for m in ms]
                for m in ms:
                    if self.ctx.owns(m):
                        self.consumed.update(range(m.i, m.j))
                done: set[str] = set()
                for party, pm in names:
                    if party in done:
                        continue
                    done.add(party)
                    for pw in powers:
                        power = self.ctx.power_name(pw, theatre, self.year(cl.trigger))
                        if power == party or self._same_side(power, party, pw, pm):
                            continue
                        if pm is not None and self._own_government(pw, pm, theatre):
                            continue
                        if cl.relation == "mediates" and _belligerent(power, pw, theatre):
                            continue  # Russia does not mediate the Russia–Ukraine war
                        if pm is not None and not self._keep(cl, pw, pm, theatre):
                            continue
                        place, shown = theatre, party
                        if pm is not None and (
                            (
                                theatre.definition is None
                                and pm.ref.code not in foe_homes
                                and (
                                    (self._alignment(cl, pw, pm) and not self._conflict_context())
                                    or (
                                        cl.relation == "supplies"
                                        and self._states(pw, pm)
                                        and not self._conflict_context(self._goods(cl, pm))
                                    )
                                )
                            )
                            or self._sale_elsewhere(cl, pw, pm, theatre)
                        ):
                            # "Russia supports Serbia", "Russia sold fighter jets to India":
                            # no war at the party's place that the text does not describe
                            place = self.doc_theatre.no_conflict(pm.ref.code)
                            # "the Serbian government" and "Serbia" are one party there
                            shown = pm.ref.name if pm.ref.kind == "state" else party
                        if self._sideless(pw, power, theatre) or (
                            pm is not None and self._sideless(pm, party, theatre)
                        ):
                            continue  # "backs militias": names nobody
                        loaded = pm is not None and self._loaded(pm)
                        by: str | None
                        if isinstance(claimed, Mention) and self._side_led(claimed):
                            # "Syria gave the missiles to Hezbollah, Nasrallah said": the
                            # leader of an armed side speaks for it, not for his state
                            by = self._side_led(claimed)
                        elif isinstance(claimed, Mention) and self._unnamed_office(
                            claimed, cl, pw, theatre
                        ):
                            by = self._speaker_words(cl.modality.speaker)
                        elif isinstance(claimed, Mention):
                            by = self.ctx.power_name(claimed, theatre, self.year(cl.trigger))
                        else:
                            by = claimed or (self.outlet_label if loaded else None)
                        if by == power:
                            by = None
                        key = (power, cl.relation, shown, place.id, cl.modality.negated, by)
                        if key in seen:
                            continue
                        seen.add(key)
                        out.append(
                            Stance(
                                power,
                                cl.relation,
                                shown,
                                place.id,
                                [self.ctx_evidence(cl.trigger)],
                                cl.modality.negated,
                                by,
                            )
                        )
        self.ctx.not_referent = set()
        return out

    outlet_label = "the article's wording"

    def _guest_backed(self, cl: _Claim, parties: list[Mention], hosts: set[str]) -> bool:
        """ "French troops backed by Malian soldiers" in Mali, "Kenyan troops, supported by
        Somali government soldiers": the host state's forces fight beside a foreign
        intervention on the host government's own side; the analyst's reading is the foreign
        state backing the host government (as "fighting alongside" reads), never the host
        state as a patron of the foreign one."""
        if cl.relation != "backs" or not parties or not cl.powers or not hosts:
            return False
        states = {
            name: code
            for th in self.lex.theatres.values()
            for code, name in th.state_parties.items()
        }

        def host(m: Mention) -> bool:
            if m.ref.kind == "party":
                return states.get(m.ref.name) in hosts
            return m.ref.kind == "state" and m.ref.code in hosts

        return all(host(m) for m in cl.powers) and all(
            m.ref.kind == "state" and m.ref.code and m.ref.code not in hosts for m in parties
        )

    def _hosts(self, theatre) -> set[str]:
        """The countries a conflict is fought in whose government is one of its sides."""
        if theatre.definition is not None:
            d = theatre.definition
            return set(d.countries + d.within) & set(d.state_parties)
        if theatre.country and theatre.id != UNPLACED and self._conflict_context():
            return {theatre.country}
        return set()

    def _places_named(self, cl: _Claim, parties: list[Mention]) -> set[str]:
        """The countries of the places the sentence names, its actors' names aside
        ("retook Mocimboa da Praia", "toward Kismayo"; not "Rwandan troops")."""
        named = {k for m in [*cl.powers, *parties, *self.ctx.mentions] for k in range(m.i, m.j)}
        out = set()
        for tp in self.ctx.toponyms:
            toks = self.ctx.tokens_of(tp)
            if tp.candidate is None or not tp.candidate.country or tp.metonymic or not toks:
                continue
            if not any(t.i in named for t in toks):
                out.add(tp.candidate.country)
        return out

    def _abroad(self, cl: _Claim, parties: list[Mention], theatre) -> bool:
        """ "Russia has supplied the separatists with tanks", with no other place named: a
        state backs or arms rebels abroad, never at home; the backer's own country is no
        conflict of theirs, and the claim's conflict is not stated. So too when one of
        several backers is at home ("Zaire and the United States backed the FNLA"), or the
        side backed is a government named by its ruling party or leader ("Cuba sent troops
        to back the MPLA government"), unless the article names that country as a place."""
        if theatre.definition is not None or not theatre.country:
            return False
        if cl.trigger.lemma_.lower() in self.lex.words("condemn_verbs"):
            # "condemned Moscow's invasion of its neighbour": an aggression is abroad, never
            # in the aggressor's own country
            return any(m.ref.code == theatre.country for m in parties) and not (
                self.doc_theatre.named_as_place(theatre.country)
            )
        if cl.relation not in ("backs", "supplies") or not parties or not cl.powers:
            return False
        home = [m.ref.kind in _STATE_KINDS and m.ref.code == theatre.country for m in cl.powers]
        movement = all(
            m.ref.kind in ("armed", "party")
            or (m.ref.kind == "org" and m.ref.code != theatre.country)
            or ((m.ref.kind, m.ref.form) == ("person", "name") and not m.ref.code)
            for m in parties
        )
        if all(home) and movement:
            return True
        named = movement or all(self._named_government(m) for m in parties)
        return any(home) and named and not self.doc_theatre.named_as_place(theatre.country)

    def _named_government(self, m: Mention) -> bool:
        """ "the MPLA government", "the Smith regime": a government the text names by its
        ruling party or leader, not by its country (which the words alone do not say)."""
        if m.ref.kind != "government":
            return False
        nouns = self.lex.words("government_nouns")
        return any(w[:1].isupper() and w.lower() not in nouns for w in m.ref.name.split())

    def _foreign_force(self, cl: _Claim, parties: list[Mention], theatre):
        """ "French troops backed by Malian soldiers attacked jihadist positions", "American
        troops backed by British jets attacked Iraqi positions", with no place named: the
        adjective of the forces backed says whose they are, not where they fight. When their
        country is no place of the article and no listed war of the claim's year is fought
        there, the conflict is the one listed war of the year fought in another country the
        sentence names ("Malian" soldiers beside them, "Iraqi" positions; not other troops,
        who may be abroad too), or the home war of a listed side it names ("backed by
        Syrian rebels"), or, when none is and the backers are another
        state's troops beside them, not stated (one of the two countries, the words do not
        say which). None: the conflict stays. "Ukrainian troops backed by American
        artillery" fight in Ukraine's listed war, "Colombian troops backed by U.S. advisers"
        at home."""
        code = theatre.country
        if theatre.definition is not None or not code or cl.relation != "backs" or not parties:
            return None
        if not all(self._troops(m) and m.ref.code == code for m in parties):
            return None
        finder = self.doc_theatre
        if finder.named_as_place(code) or finder.dateline.get(code):
            return None
        year = self.year(cl.trigger)
        wars = [th for th in self.lex.theatres.values() if th.covers(year)]
        if any(code in th.countries for th in wars):
            return None
        # another state's men ("drove Libyan troops out") may be abroad too, unless they
        # are the backers beside the forces (the host's: "backed by Malian soldiers")
        beside = {m.j - 1 for m in cl.powers if self.ctx.owns(m)}
        others, homes = set(), set()
        for m in self.ctx.mentions:
            head = self._men_of(m)
            if m.ref.code not in (None, code) and (head is None or head.i in beside):
                others.add(m.ref.code)
            if m.ref.kind == "party" and m.ref.theatres:
                homes.add(m.ref.theatres[0])  # "backed by Syrian rebels": a side at home
        there = [th for th in wars if others & set(th.countries) or th.id in homes]
        if len(there) == 1:
            return finder.listed_war(there[0])
        if not there and any(code in m.ref.homes for m in self.ctx.mentions):
            # "Nigerian troops backed by Chadian soldiers attacked Boko Haram positions": a
            # group known to fight in the forces' own country makes it their war at home
            return None
        two = bool(cl.powers) and all(
            self._troops(m) and m.ref.code not in (None, code) for m in cl.powers
        )
        return finder.unplaced() if two or there else None

    def _client_abroad(self, cl: _Claim, parties: list[Mention], theatre):
        """ "Iran supplied drones to Russia, Ukraine said", "American arms helped Saudi Arabia
        fight the Houthis": a state armed or backed as a whole (or the coalition it leads),
        its country no place the article names, is armed for the war it wages, not for one
        at home. When the claim's conflict is a country no place of the article (the
        state's own, or a claimant's: "according to British intelligence"), the conflict is
        the one listed war of the claim's year that the lexicon says the state wages from
        abroad (Russia's in Ukraine) or whose listed side the sentence names (the Houthis:
        Yemen's); when more than one is, not stated; when none is, the conflict stays (a
        state at war at home, "Cuba backed Angola", or at no war, "Russia sold jets to
        India")."""
        if theatre.definition is not None or not theatre.country or theatre.id == UNPLACED:
            return None
        if cl.relation not in ("backs", "supplies") or not parties:
            return None
        whole = ("name", "metonym", "demonym")
        if not all(
            (m.ref.kind == "state" and m.ref.form in whole)
            # "the Saudi-led coalition": a state's war abroad, led by it
            or (m.ref.kind == "coalition" and m.ref.code)
            for m in parties
        ):
            return None  # its organs, armed men and people are where they are
        codes = {m.ref.code for m in parties}
        code = codes.pop() if len(codes) == 1 else None
        if code is None:
            return None
        finder = self.doc_theatre
        # the state's own country, or another only an actor's name gave ("according to
        # British intelligence"), never a place the article names
        if any(finder.named_as_place(c) or finder.dateline.get(c) for c in (code, theatre.country)):
            return None
        year = self.year(cl.trigger)
        wars = [th for th in self.lex.theatres.values() if th.covers(year)]
        if any(code in th.countries for th in wars):
            return None
        sides = {m.ref.theatres[0] for m in self.ctx.mentions if m.ref.theatres}
        there = [th for th in wars if th.waged_by(code, year) or th.id in sides]
        if len(there) == 1:
            return finder.listed_war(there[0])
        return finder.unplaced() if there else None

    def _led_from_home(self, parties: list[Mention], theatre) -> bool:
        """A coalition a state leads ("the US-led coalition", "the French-led intervention"),
        backed or named in the sentence, placed in the leader's own country, which the
        sentence names as no place where things happen (another sentence may: "Protesters
        marched in Washington"): a coalition is led into a war abroad, and its leader's name
        says who leads it, not where it fights."""
        if theatre.definition is not None or not theatre.country:
            return False
        finder = self.doc_theatre
        if finder.named_here(self.ctx, theatre.country) or finder.dateline.get(theatre.country):
            return False
        if any(m.ref.kind == "coalition" and m.ref.code == theatre.country for m in parties):
            return True
        doc = self.ctx.s.sent.doc
        for m in self.ctx.mentions:
            if m.ref.code != theatre.country or not self.ctx.owns(m):
                continue
            # the leader's name on "led" ("the US-led coalition against Islamic State")
            tok = doc[m.j - 1]
            for _ in range(2):
                if tok.lower_ in ("led", "-led") and tok.dep_ in ("amod", "compound"):
                    return True
                tok = tok.head
        return False

    def _men_of(self, m: Mention):
        """The armed men a state's name is on ("Libyan troops"), if any."""
        if not self.ctx.owns(m):
            return None
        tok = self.ctx.s.sent.doc[m.j - 1]
        while tok.dep_ in ("amod", "compound", "poss") and tok.head.i > tok.i:
            tok = tok.head
        return tok if tok.lower_ in _TROOPS else None

    def _sent_into(self, parties: list[Mention], theatre) -> str | None:
        """A state's armed men that their own phrase puts in another country ("Cuban troops
        sent by Fidel Castro into Angola", "Libyan troops flown into Uganda", "Rwandan
        soldiers deployed in Mozambique"), the claim's parties, in a claim placed in their
        home country: they fight where they were sent, not at home, whatever war the lexicon
        lists there ("Tanzania fought Libyan troops sent into Uganda" in 1979 is no war in
        Libya). The country they were sent to, when one is named so (one only)."""
        code = theatre.country
        if not code or not parties:
            return None
        if not all(self._troops(m) and m.ref.code == code for m in parties):
            return None
        return self._sent_to(parties, code)

    def _moved_to_act(self, cl: _Claim, powers: list[Mention], theatre) -> str | None:
        """ "Cuban soldiers sent to Ethiopia to help the Derg fight Somalia": what a state's
        armed men were moved into a country to do (the claim's trigger under the participle
        that moved them) they do there, whichever side's country the sentence names more:
        the country they were moved to, when the claim is not already in a war fought
        there."""
        if not powers or not all(self._troops(m) for m in powers):
            return None
        doc = self.ctx.s.sent.doc
        for m in powers:
            head = doc[m.j - 1]
            if not any(
                c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and cl.trigger in c.subtree
                for c in head.children
            ):
                return None
        codes = {m.ref.code for m in powers if m.ref.code}
        if len(codes) != 1:
            return None
        there = self._sent_to(powers, codes.pop())
        if there is None or theatre is None:
            return there
        th = theatre.definition
        if th is None:
            return None if there == theatre.country else there
        # a listed war is fought where its belligerents are too ("Belarusian troops sent
        # into Russia to support Moscow": the Russia-Ukraine war, which Russia wages)
        year = self.year(cl.trigger)
        fought = {*th.countries, *th.within, *(c for c in th.belligerents if th.waged_by(c, year))}
        return None if there in fought else there

    def _fought_in(self, cl: _Claim, ms: list[Mention], theatre) -> str | None:
        """The country a claim states its fighting is in (an invasion's: the invaded
        state's, each party's own), when the claim is not already in a war fought there (a
        listed war is fought where its belligerents are too: "Ukrainian forces attacked
        Russia" in 2022 is the Russia-Ukraine war, not a war in Russia)."""
        codes = {m.ref.code for m in ms}
        there = codes.pop() if cl.fought_in and len(codes) == 1 else None
        if there is None or theatre is None:
            return there
        if theatre.definition is not None:
            th = theatre.definition
            year = self.year(cl.trigger)
            waged = (c for c in th.belligerents if th.waged_by(c, year))
            return None if there in (*th.countries, *th.within, *waged) else there
        return None if there == theatre.country else there

    def _sent_to(self, parties: list[Mention], code: str) -> str | None:
        """The one country other than ``code`` the men's own phrase or participle sends them
        into ("in", "into", "to", "inside"), or None."""
        places = {
            t.i: tp.candidate.country
            for tp in self.ctx.toponyms
            if tp.candidate is not None and tp.candidate.country and not tp.metonymic
            for t in self.ctx.tokens_of(tp)
        }
        doc = self.ctx.s.sent.doc
        there: set[str] = set()
        for m in parties:
            head = doc[m.j - 1]
            heads = [
                head,
                *(c for c in head.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")),
            ]
            there |= {
                places[o.i]
                for h in heads
                for p in children(h, "prep", "dative")  # "sent to Ethiopia": a dative
                if p.lower_ in ("in", "into", "to", "inside")
                for o in children(p, "pobj")
                if places.get(o.i) not in (None, code)
            }
        return there.pop() if len(there) == 1 else None

    def _troops(self, m: Mention) -> bool:
        """A state's armed men ("French troops", "Malian soldiers", "the Kenyan army")."""
        if m.ref.kind != "state" or m.ref.form != "organ" or not self.ctx.owns(m):
            return False
        return self.ctx.s.sent.doc[m.j - 1].lower_ in _TROOPS

    def _from_home(self, cl: _Claim, parties: list[Mention], theatre) -> bool:
        """A state backing or arming a movement its own listed war does not know, in an
        article that names the state only as an actor, never as a place where things happen
        ("Libya also gives money to the Polisario" under a Rabat dateline, "Zaire and the
        United States backed the FNLA"): the backing is of a war elsewhere, as ``_abroad``
        reads it in a conflict the lexicon does not list. A government arming militias in
        its own civil war is told with its own places."""
        if theatre.definition is None or not theatre.country:
            return False
        if cl.relation not in ("backs", "supplies") or not parties or not cl.powers:
            return False
        if self.doc_theatre.named_as_place(theatre.country):
            return False
        return any(
            m.ref.kind in _STATE_KINDS and m.ref.code == theatre.country for m in cl.powers
        ) and all(
            (
                (m.ref.kind in ("armed", "org") or (m.ref.kind, m.ref.form) == ("person", "name"))
                and m.ref.code != theatre.country
                and _named(m)
                and self.ctx.party_name(m, theatre) == m.ref.name
            )
            # a listed side whose home is another war ("Syrian missiles given by Syria to
            # Hezbollah", 2006): armed for the war it fights at home, not the supplier's
            or (
                m.ref.kind == "party"
                and bool(m.ref.theatres)
                and m.ref.theatres[0] != theatre.id
                and not self._war_in(m.ref.theatres[0], theatre.country)
            )
            for m in parties
        )

    def _side_led(self, m: Mention) -> str | None:
        """The side a speaker named in the sentence leads when it is no state's government
        (the lexicon's leader of a listed side: Nasrallah's Hezbollah; not Assad's
        government, which speaks as his state), else None. A "he" read back to a leader is
        left as before: the reading may be wrong (in "The envoy told reporters ... the rebel
        leader's forces. He said", "he" is the envoy, not the rebel leader)."""
        party = m.ref.party
        if m.ref.kind != "leader" or party is None or party not in self.lex.parties:
            return None
        if not self.ctx.owns(m):
            return None
        if any(party in th.state_parties.values() for th in self.lex.theatres.values()):
            return None
        return party

    def _war_in(self, tid: str, code: str) -> bool:
        """Whether the listed war is fought in the country (Darfur's in Sudan)."""
        th = self.lex.theatres.get(tid)
        return th is not None and (code in th.countries or code in th.within)

    def _sideless(self, m: Mention, name: str, theatre) -> bool:
        """ "militias", "armed groups", "terrorists", "foreign fighters": armed men of any
        side, shown as written because neither the words nor the conflict's sides say whose;
        such a claim names nobody and is left out (a missing claim beats a vague one). A
        people, a place or a cause in the words ("Malian forces", "Shiite militias", "rebels")
        says something and stays."""
        if m.ref.kind == "person" and m.ref.form == "written":
            # an office with no name in no stated conflict: whose?
            return theatre.id == UNPLACED and self.ctx.bare_title(m.ref.name)
        if m.ref.kind != "armed" or name != m.ref.name:
            return False
        words = [w for w in re.split(r"[\s\-‐]+", name.lower()) if w]
        # "jets", "drones that could be used in the war": a weapon of nobody named is no side
        means = {w for e in self.lex.words("weapon_organs") for w in e.lower().split()}
        return bool(words) and all(w in self.sideless or w in means for w in words)

    def _loaded(self, m: Mention) -> bool:
        """ "US-backed terrorists": a side's own label, not a neutral description."""
        if not self.ctx.owns(m):
            return False
        sent = self.ctx.s.sent.doc
        return any(sent[k].lower_ in self.loaded for k in range(m.i, m.j))

    def _accuser(self, cl: _Claim, powers: list[Mention], ms: list[Mention]) -> str | None:
        """The country of a state that accuses another of backing or arming armed men it
        names by no country ("Chad accuses Sudan of backing rebels"): they fight the
        accuser, whose country is the war's when the sentence names no place."""
        mod = cl.modality
        if cl.relation not in ("backs", "supplies") or mod is None or mod.speaker is None:
            return None
        speaker: Any = mod.speaker  # a spacy Token
        if speaker.head.lemma_.lower() not in self.lex.words("accuse_verbs"):
            return None
        if not ms or any(m.ref.code or m.ref.kind != "armed" for m in ms):
            return None
        said = self._speaker_of(speaker)
        if not isinstance(said, Mention) or said.ref.kind not in _STATE_KINDS:
            return None
        code = said.ref.code
        if not code or any(m.ref.code == code for m in powers):
            return None
        return code

    def _claimed_by(self, cl: _Claim) -> str | Mention | None:
        """Whom the article attributes the claim to: an actor (named once the conflict is
        known), a person or a phrase as written, "unnamed sources"; None: the article's own."""
        mod = cl.modality
        if mod is None:
            return None
        if mod.speaker is not None:
            return self._speaker_of(mod.speaker)
        return "unnamed sources" if mod.alleged else None

    def _speaker_of(self, tok) -> str | Mention:
        """ "Ankara", "U.S. officials", "a spokesman for the Pentagon", "John Kirby, the
        Pentagon's spokesman": the side the speaker speaks for; else the person named; else
        the words ("analysts", "witnesses"). A pronoun that names no side: the speaker quoted."""
        if tok.lower_ in PERSPRON:
            personal = tok.lower_ in ("he", "she", "him", "her", "i", "me")
            got = [
                m
                for m in self.ctx.resolve_pronoun(tok, False)
                if not personal or m.ref.kind in ("leader", "person")
            ]
            return got[0] if got else "the speaker quoted"
        near = [tok, *children(tok, "appos")]
        if tok.lemma_.lower() not in _FOES_OF:
            # "Kagame's critics" speak against Kagame, not for him
            near += [
                c for h in list(near) for c in h.children if c.dep_ in _SPEAKER_MODS and c.i < h.i
            ]
        near += [
            o
            for h in list(near)
            for pr in children(h, "prep")
            if pr.lower_ in ("for", "of", "at", "from", "in", "with", "to", "close")
            for o in children(pr, "pobj")
        ]
        found = [m for h in near for m in self.reader.actors(h, "power")]
        for m in found:
            if m.ref.kind in ("state", "leader", "org", "party", "coalition", "government"):
                return m
        for m in found:
            if m.ref.kind == "person" or any(ch.isupper() for ch in m.ref.name):
                return m
        return self._speaker_words(tok)

    def _speaker_words(self, tok) -> str:
        """The speaker as written ("witnesses", "a spokesman", "administration sources")."""
        name = self.reader.written(tok)
        if not name:
            return "the speaker quoted"
        first = tok.sent[0]
        if first.pos_ != "PROPN" and name.split()[0] == first.text and name[1:2].islower():
            name = name[:1].lower() + name[1:]  # "Witnesses said": a sentence's first word
        if tok.tag_ == "NN":
            name = f"{'an' if name[:1] in 'aeiou' else 'a'} {name}"  # "a spokesman"
        return name

    def _unnamed_office(self, said: Mention, cl: _Claim, pw: Mention, theatre) -> bool:
        """ "Administration sources said", "Defence Minister Boris Pistorius said": an office
        of no state named, a word on the speakers' noun or a title on their name, would be
        named after the claim's conflict (El Salvador for sources in Washington, Ukraine for
        Germany's minister); only a dateline in the conflict's country, in a claim of that
        same state's own deeds, says the office is its state's ("KYIV - Ukraine will fight
        on, Defence Minister ... said"). A minister filed from there may be a visitor telling
        of his own state ("KYIV - Germany will send more Patriots ..., Defence Minister Boris
        Pistorius said on a visit") or the host's accusing another ("N'DJAMENA - ...
        Khartoum was arming the rebels, Foreign Minister Ahmat Allam-mi said"): named as
        written. "The government said", the office itself speaking, is read as before."""
        speaker: Any = cl.modality.speaker if cl.modality is not None else None
        if speaker is None or said.ref.kind != "government" or said.ref.code or said.ref.state:
            return False
        if said.i <= speaker.i < said.j:
            return False
        home = theatre.country
        return not (home and pw.ref.code == home and self.doc_theatre.filed_in(home))

    def _own_government(self, pw: Mention, pm: Mention, theatre) -> bool:
        """ "the government" (or "the president") read in the power's own country: a state
        does not back or oppose itself; the sentence's government is another state's ("Houthi
        rebels are fighting the government, which is supported by Saudi Arabia"). In a
        listed war between states ("Iran–Israel war"), each of its countries is the power's
        own: "the Iranian-backed governor" is no side of it."""
        office = pm.ref.kind == "person" and pm.ref.form == "written"
        home = {theatre.country}
        if theatre.country is None and theatre.definition is not None:
            home = set(theatre.definition.countries)
        return (
            (pm.ref.kind == "government" or (office and self.ctx.bare_title(pm.ref.name)))
            and bool(pw.ref.code)
            and pw.ref.kind in _STATE_KINDS
            and pw.ref.code in home
        )

    def _same_side(self, power: str, party: str, pw: Mention, pm: Mention | None) -> bool:
        """A state and its own government, or two of one state's politicians: domestic."""
        st = self.lex.states_by_name.get(power)
        if (
            st is not None
            and st.code
            and any(th.state_parties.get(st.code) == party for th in self.lex.theatres.values())
        ):
            return True
        if pm is None:
            return False
        a, b = pw.ref, pm.ref
        statelike = ("state", "leader", "government")
        return bool(a.code) and a.code == b.code and a.kind in statelike and b.kind in statelike
