"""What a noun phrase names as a side in a conflict, whether or not a lexicon lists it.

The lexicon canonicalises what it knows (states, leaders, listed parties); everything else is
read from the phrase itself: a state's organs ("Iraqi troops", "Iraq's government") stand for
that state, armed groups ("Turkish-backed Syrian fighters", "anti-communist forces") and people
with a title ("the Syrian-backed president") are parties kept as written, organisations and
people the parser names are actors under their own name, and people or things ("voters", "a
resolution") are never sides. A nationality in front of an armed group never makes it that
state's government.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from explorer.extract.lexicon import ActorRef, Lexicon, norm_name
from explorer.extract.mentions import Mention, singular_name
from explorer.extract.syntax import (
    PERSPRON,
    RELPRON,
    children,
    controlled_by_object,
    governing_subjects,
    preps,
    with_conjuncts,
)

# the bare plural words of a state's men in arms that "the" alone carries back to them
_FORCES = frozenset({"troops", "soldiers", "forces"})

MODIFIERS = ("compound", "amod", "nmod", "npadvmod", "poss")
# a foreign-backed "forces" of a nationality may be rebels; a foreign-backed "government" is
# that state's government
MILITARY = {"forces", "force", "troops", "army", "military", "soldiers", "units", "fighters"}
# a state's men by their lemma ("troops from Chad"), not volunteers ("fighters from Tunisia")
_STATE_MEN = {"troop", "troops", "soldier", "force", "forces", "unit"}
# words that make an "Army" a rebel group's name, never a state's army
REBEL_ARMY_WORDS = {
    "liberation",
    "independence",
    "resistance",
    "salvation",
    "freedom",
    "free",
    "revolutionary",
    "mahdi",
    "mujahideen",
}
# a compass word before a state's name ("the South Lebanon Army") names a region of that state
COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
_EVALUATIVE = {
    "main",
    "key",
    "important",
    "new",
    "former",
    "ousted",
    "so-called",
    "alleged",
    "suspected",
    "powerful",
    "largest",
    "big",
    "small",
    "local",
    "other",
    "various",
    "embattled",
    "brutal",
    "close",
    "longtime",
    "long-time",
    "staunch",
    "chief",
    "top",
    "only",
    "last",
    "first",
    "current",
    "then",
    "interim",
    "incumbent",
    "elected",
    "self-declared",
    "self-proclaimed",
    "late",
}
_HYPHEN_PREFIXES = ("anti", "pro", "non")
# prepositions whose object is where men are, not a side (``_its_fighters_from_abroad``)
_PLACE_PREPOSITIONS = frozenset(
    {"in", "inside", "into", "near", "at", "across", "to", "from", "through", "within"}
)
# a party's men named one by one, who may come from any land (``_its_fighters_from_abroad``)
_VOLUNTEER_NOUNS = frozenset(
    {
        "fighter",
        "fighters",
        "militant",
        "militants",
        "jihadist",
        "jihadists",
        "volunteer",
        "volunteers",
        "recruit",
        "recruits",
    }
)
# words of a rival claimant to a ruler's title (``_ruler_out_of_office``): English's common
# ones, chosen by the team
_CLAIMANT_WORDS = frozenset(
    {"self-declared", "self-proclaimed", "self-styled", "rival", "would-be"}
)
# titles of a state's rule, whose bearer out of office is a side of his own
# (``_a_past_post``); other titles (commander, chief, officer, minister) are of a career
_RULER_TITLES = frozenset(
    {
        "president",
        "prime minister",
        "premier",
        "king",
        "queen",
        "emir",
        "chancellor",
        "ruler",
        "dictator",
        "strongman",
        "leader",
        "shah",
        "sultan",
    }
)
_STATE_WORDS = {"government", "regime", "state", "federal", "national", "loyalist", "junta"}
PARTICIPLE_RE = re.compile(
    r"(?<=[\w.)])[-‐‑](?P<part>backed|supported|sponsored|funded|financed|bankrolled|"
    r"armed|trained|equipped|supplied|installed|allied|aligned|led|brokered|mediated|"
    r"hosted|facilitated)\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Compound:
    """ "U.S.-backed", "African Union-sponsored": a backer glued to a participle.

    Read from the characters, so it does not matter whether the tokenizer kept "U.S.-backed"
    as one token or split "US - backed" into three.
    """

    backer: Mention
    participle: str  # lower case: "backed", "led", ...
    token: Any  # the spacy Token holding the participle
    head: Any  # the head noun (a spacy Token) of the phrase it modifies, or None
    start: int  # character span of "X-backed" in the document
    end: int


def _plural(tok) -> bool | None:
    """Whether a noun is plural (None when its tag does not say)."""
    if tok.tag_ in ("NNS", "NNPS"):
        return True
    if tok.tag_ in ("NN", "NNP"):
        return False
    return None


def _verb_plural(verb) -> bool | None:
    """Whether a present or past verb group agrees with a plural subject ("which is backed",
    "who were", "which back"); None when it does not show."""
    for t in [c for c in verb.children if c.dep_ in ("aux", "auxpass")] + [verb]:
        if t.lower_ in ("is", "was", "has") or t.tag_ == "VBZ":
            return False
        if t.lower_ in ("are", "were", "have") or t.tag_ == "VBP":
            return True
    return None


def antecedent(tok):
    """The noun a relative pronoun stands for: the head of its relative clause ("the
    government, which is supported by ...", "the rebels, whom Turkey backs", "Hezbollah, whose
    backers ..."), or the noun right before the comma when only that one agrees with the
    clause's verb ("militias in Syria, which is backed by Russia"); None for a pronoun the
    parse puts in no relative clause."""
    if tok.dep_ in ("mark", "det"):
        return None
    cur = tok
    for _ in range(4):
        if cur.dep_ == "relcl":
            head = cur.head
            if head.pos_ not in ("NOUN", "PROPN"):
                return None
            want = _verb_plural(cur) if tok.dep_ in ("nsubj", "nsubjpass") else None
            near = _noun_before_comma(tok)
            if (
                want is not None
                and near is not None
                and near.i != head.i
                and _plural(head) not in (want, None)
                and _plural(near) == want
            ):
                return near
            return head
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _noun_before_comma(tok):
    doc = tok.doc
    k = tok.i - 1
    if k >= 1 and doc[k].text == ",":
        k -= 1
    if k < 0 or doc[k].pos_ not in ("NOUN", "PROPN"):
        return None
    t = doc[k]
    while t.dep_ in ("compound", "flat") and t.head.i > t.i:
        t = t.head
    return t


def _name_beside(h):
    """The name a noun is set beside as its apposition: its head before it ("South Africa,
    the state that backs UNITA"), or the subject of the same verb right before its comma,
    where the parse made the apposition a second subject ("Chad, the state fighting Boko
    Haram, sent troops"); None for any other noun."""
    if h.dep_ == "appos":
        return h.head if h.head.i < h.i else None
    k = h.left_edge.i - 1
    if h.dep_ not in ("nsubj", "nsubjpass") or k < 1 or h.doc[k].text != ",":
        return None
    return next(
        (c for c in children(h.head, "nsubj", "nsubjpass") if c.right_edge.i == k - 1),
        None,
    )


def men_of(m: Mention) -> Mention:
    """A leader's men ("Yanukovych loyalists", "forces loyal to Saleh"): his state's side
    while he holds office, his own faction out of it (named in its year: ``form="men"``)."""
    if m.ref.kind != "leader":
        return m
    return Mention(m.i, m.j, dataclasses.replace(m.ref, form="men"), m.start, m.end)


class PhraseReader:
    """Reads actors out of the noun phrases of one sentence (see the module docstring)."""

    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.lex: Lexicon = ctx.lex
        self.organs = self.lex.words("state_organs")
        self.covert = self.lex.words("covert_modifiers")
        self.governing = self.lex.words("government_nouns") | {"cabinet"}
        # gangs are read as men in arms; the stance rules keep them only as a side fought
        # from abroad (``AbroadRules._gang_at_home``)
        self.armed = self.lex.words("armed_nouns") | self.lex.words("gang_nouns")
        self.titles = self.lex.words("titles")
        self.people = self.lex.words("people_nouns")
        self.partitives = self.lex.words("partitives")
        self.non_state = self.lex.words("non_state_modifiers")
        self.coalitions = self.lex.words("coalition_nouns")
        self.allied = self.lex.words("allied_adjectives")
        self.coref = self.lex.words("coref_nouns")
        self.actions = self.lex.words("action_nouns")
        self.weapons = self.lex.words("weapon_organs")
        self.rebellions = self.lex.words("rebellion_nouns")
        self.rebels = self.lex.words("rebel_nouns")
        self.non_actor = self.lex.words("non_actor_heads")
        self.media = self.lex.words("media_nouns")
        self.collective = self.lex.words("collective_nouns")
        self.former = self.lex.words("former_words")
        self.opposition = self.lex.words("opposition_words")
        self.garrison = self.lex.words("garrison_verbs")
        self.collective_refs = self.lex.words("collective_refs")
        self.local = self.lex.words("local_modifiers")
        self.persuade = self.lex.words("persuade_verbs")
        self.commands = self.lex.words("command_verbs")
        self.stops = self.lex.words("stop_verbs")

    # --- public -------------------------------------------------------------------------
    def actors(self, tok, role: str = "party", depth: int = 0) -> list[Mention]:
        """The actors the phrase headed by ``tok`` (and its conjuncts) names."""
        out: list[Mention] = []
        for head in with_conjuncts(tok):
            for m in self._one(head, role, depth):
                if not any((m.start, m.end, m.ref) == (o.start, o.end, o.ref) for o in out):
                    out.append(m)
        return out

    def is_actor_noun(self, tok) -> bool:
        """Whether the word could head a side at all (groups, organs, titles, names)."""
        lem = tok.lemma_.lower()
        return (
            lem in self.organs
            or lem in self.armed
            or lem in self.titles
            or tok.lower_ in self.armed
            or tok.pos_ == "PROPN"
            or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        )

    # --- one head -----------------------------------------------------------------------
    def _one(self, h, role: str, depth: int) -> list[Mention]:
        ctx = self.ctx
        if depth > 4:
            return []
        lo, lem = h.lower_, h.lemma_.lower()
        if lo in RELPRON:
            ante = antecedent(h)
            if ante is not None:
                # "the government, which is supported by Saudi Arabia": the noun the
                # clause describes, as the parse gives it, not the nearest name before; of a
                # list, the names before the clause ("Russia, which backs Assad, and Turkey")
                return [
                    m
                    for m in self.actors(ante, role, depth + 1)
                    if not self.ctx.owns(m) or m.i < h.i
                ]
        if lo in PERSPRON or lo in RELPRON:
            if h.dep_ == "poss" and role == "power" and self._owned_by_subject(h):
                # "the alliance pressed its campaign", "forces reached Beirut in their
                # offensive": the clause's subject (but in "sanctions on Iran over its
                # supply" the name the noun phrase holds)
                subj = self._clause_subject(h)
                if subj is not None:
                    got = self.actors(subj, role, depth + 1)
                    if lo == "their" and all(singular_name(m, h.doc) for m in got):
                        # "Iran backs the Houthis in their war against Saudi Arabia": not Iran's
                        got = []
                    if got:
                        return got
            return self._phrase_meant(ctx.resolve_pronoun(h, role == "party"), role, depth)
        if (
            lem in self.collective_refs
            and self._definite(h)
            and not self._in_name(h)
            and not self._a_side_of_its_own(h)
        ):
            got = self._recent_org(h)
            if got:
                return got
        if lo in self.partitives or lem in self.partitives:
            of = preps(h, "of")
            if of:
                return self.actors(of[0], role, depth + 1)
        if role == "party":
            side = self._loyal_to(h, depth)
            if side:
                return side
        m = ctx.mention(h)
        if m is not None and h.i not in ctx.backer_tokens:
            subject = self._glued_clause(h, m)
            if subject is not None:
                return [subject]
            titled_out = self._titled_out_of_office(h) and not self._a_past_post(h)
            if m.ref.kind == "leader" and (self._former(h) or self._in_opposition(h) or titled_out):
                # "former president Ali Abdullah Saleh", "opposition leader Nawaz Sharif": his
                # faction, not today's state
                ref = ActorRef(m.ref.name, "person", form="former")
                return [Mention(m.i, m.j, ref, m.start, m.end)]
            group = self._ethnic_group(h, m) or self._party_of_another_land(h, m)
            if group is None and (self._people_among_communities(h, m) or self._unplaced(h, m)):
                # a people, or a people's fighters, of no side the text says: read as the
                # words a lexicon does not list are
                self._forget(m)
                return self._one(h, role, depth + 1)
            return [group if group is not None else m]
        if lem in self.rebellions and role == "party":
            # "sponsoring the rebellion": its rebels
            return [self._mention(h, ActorRef(self.written(h), "armed", form="rebellion"))]
        if lem in self.non_actor or h.ent_type_ in ("EVENT", "LAW", "WORK_OF_ART", "PRODUCT"):
            return []  # "the Camp David Accords", "a resolution": things, not sides
        if role == "party" and any(
            t.lemma_.lower() in self.media for t in (h, *children(h, "compound"))
        ):
            return []  # "the UN-funded Radio Okapi": a broadcaster paid for, no side backed
        if self._is_town(h):
            return []  # "Fargo tried to ...": a place, not a side
        compound = ctx.compound_at(h)
        if compound is not None and compound.participle == "led":
            return [self._coalition(compound.backer, h)]
        leader = self._leading(h)
        if leader is not None:
            return [self._coalition(leader, h)]
        carried = self._troops_named_before(h)
        if carried is not None:
            return [carried]
        if self._is_coref(h):
            # "the group", "the Iran-backed group": whoever the text named before
            got = ctx.resolve_pronoun(h, True)
            if got:
                return got
        owner = self._owner(h, role, depth)
        if owner:
            return owner
        term = self._term(h)
        if lo in self.collective and lem in self.organs:
            # "the governments of both Peru and Bolivia": each state's government
            # (a bare "Western governments" is nobody in particular)
            return [
                self._mention(
                    o,
                    ActorRef(
                        x.ref.state or x.ref.name,
                        "state",
                        state=x.ref.state or x.ref.name,
                        code=x.ref.code,
                        form="organ",
                    ),
                )
                for o in preps(h, "of")
                for x in [ctx.mention(o)]
                if x is not None and x.ref.kind == "state" and x.ref.form != "former"
            ]
        if term in self.people or lem in self.people or lo in self.collective:
            return []
        joined = self._joined_states(h, role, term, compound)
        if joined:
            return joined
        split = self._coordinated_modifier(h, role, depth)
        if split:
            return split
        mods = self._modifier_mentions(h)
        listed = [x for x in mods if x.ref.kind in ("party", "org", "leader")]
        ruling = self._movement_in_power(h, mods)
        if ruling is not None:
            return [ruling]
        is_group = term in self.organs or term in self.armed or term in self.titles
        named = self._proper_name_before(h) if term in self.armed and h.is_lower else None
        if named and listed and all(x.ref.kind == "leader" for x in listed):
            # "Robert Mugabe's ZANLA guerrillas": the group named, not its leader's state
            return [self._mention(h, ActorRef(named, "armed", form="written"))]
        if listed and is_group:
            unplaced = self._unplaced_modifier(h, listed)
            if unplaced is not None:
                return [unplaced]
            # "the Iraqi Hezbollah militia", "Pakistani Taliban fighters": as the bare name
            elsewhere = self._party_of_another_land(h, listed[0])
            if elsewhere is not None:
                return [elsewhere]
            rising = self._leader_rising(h, listed)
            return [rising if rising is not None else men_of(listed[0])]
        poss = children(h, "poss")
        if (
            not listed
            and is_group
            and poss
            # "Jonas Savimbi's UNITA rebels": the group's own name wins
            and not any(c.dep_ in ("compound", "nmod") for c in h.children)
            and all(
                t.pos_ == "PROPN" and ctx.mention(t) is None
                for t in poss[0].subtree
                if t.dep_ not in ("case", "det")
            )
        ):
            # "Laurent Kabila's rebels", a man no leader of the lexicon (its Kabila is his
            # son): his movement all the same
            rising = self._leader_rising(h, [])
            if rising is not None:
                return [rising]
        rebel_army = self._rebel_army(h, term)
        if rebel_army:
            # "the Kosovo Liberation Army", "the Arakan Army": a group by its name, not the
            # army of the state or region it names
            return [self._mention(h, ActorRef(rebel_army, "armed", form="written"))]
        # (a capitalised "Front" or "Army" is part of the name itself)
        if named:
            # "UNITA guerrillas", "Contra rebels": the group goes by its name
            return [self._mention(h, ActorRef(named, "armed", form="written"))]
        of = [o for o in preps(h, "of") if not self._is_place(o)]
        missions = self.lex.words("mission_nouns")
        if lem in missions or lo in missions:
            # "Peacekeepers of the African Union", "peacekeepers from the UN": men who serve
            # a mission are the body whose mission it is, not a power of their own
            body = [
                o
                for o in preps(h, "from")
                for x in [ctx.mention(o)]
                if x is not None and x.ref.kind == "org"
            ]
            for o in of + body:
                got = self.actors(o, role, depth + 1)
                if got:
                    return got
            flags = [x for x in mods if x.ref.kind == "state" and x.ref.form == "demonym"]
            if flags:
                # "Chadian peacekeepers fought the rebels near Kidal": men a mission sent
                # serve it, not their state; named as written, as the events name them
                name = _clean(h.doc[min(x.i for x in flags) : h.i + 1].text)
                return [self._mention(h, ActorRef(name, "armed", form="written"))]
        if term in self.titles and of and (gone := self._ruler_out_of_office(h, of[0])):
            return [gone]
        if is_group and of and term not in self.organs - self.titles:
            got = self.actors(of[0], role, depth + 1)
            if got:
                return got
            if of[0].lemma_.lower() in self.rebellions:
                # "the leaders of the uprising": the rebels
                name = _clean(h.doc[h.i : of[0].i + 1].text)
                return [self._mention(of[0], ActorRef(name, "armed", form="rebellion"))]
        states = [x for x in mods if x.ref.kind == "state" and x.ref.form != "former"]
        if not states and term in self.organs and self._bare_conjunct(h):
            # "the Iraqi army and police": the state's adjective on the first organ is on
            # the second too
            states = [
                x
                for x in self._modifier_mentions(h.head)
                if x.ref.kind == "state" and x.ref.form != "former"
            ]
        if not states and term in self.organs:
            states = [
                x
                for o in preps(h, "of")
                for x in [ctx.mention(o)]
                if x is not None and x.ref.kind == "state"
            ]
        if (
            not states
            and term in self.organs
            and term not in MILITARY
            # "the ECOMOG peacekeepers in Sierra Leone": men of a mission serve there, they
            # are no organ of the state they are in
            and lem not in self.lex.words("mission_nouns")
            and not self._named_government(h)  # "the National Salvation Government in Sanaa"
        ):
            # "the government in Lusaka", "the regime in Kabul": the state whose capital it is
            # seated in (a town is no seat: "the authorities in Goma"), or, as the one who
            # acts, the state named ("the regime in Belarus was aiding Moscow's campaign" is
            # Belarus, never the war's country), read from the words as the parser may hang
            # "in ..." on the verb ("accused the government in Islamabad of")
            doc = h.doc
            seat = doc[h.i + 2] if h.i + 2 < len(doc) and doc[h.i + 1].lower_ == "in" else None
            states = [
                x
                for x in [ctx.mention(seat) if seat is not None else None]
                if x is not None
                and x.ref.kind == "state"
                and (x.ref.form == "metonym" or (role == "power" and x.ref.form == "name"))
            ]
        if not states and lem in self.lex.words("government_nouns"):
            ruled = self._ruling_party_state(h)
            if ruled is not None:
                return [ruled]
        person = self._person(h)
        if person is not None and self._former(h):
            # "former president Ali Abdullah Saleh": his faction, not the state
            return [self._mention(h, ActorRef(person, "person", form="former"))]
        codes = {x.ref.code for x in states if x.ref.code and x.ref.form == "demonym"}
        if len(codes) > 1 and (term in self.organs or term in self.armed):
            # "Bosnian Croat forces", "Syrian Turkmen fighters": a people's group in the
            # country named first, however the parser hangs the two names
            return [self._open(h, "armed", min(states, key=lambda x: x.i).ref.code)]
        if states and self._states_word_on_own_name(h, states):
            # "the Syrian Interim Government": a body of its own name, not the state's organ
            return [self._open(h, "org", None, entity=True)]
        if (
            (term in self.organs or (role == "power" and term in self.weapons))
            and states
            and (not self._non_state(h))
        ):
            ref = states[0].ref
            if (
                compound is not None
                and compound.backer.ref.code not in (None, ref.code)
                and term in MILITARY
            ):
                # "Turkish-backed Syrian forces" may be anyone's fighters, not the state's
                return [self._open(h, "armed", ref.code)]
            state = ref.state or ref.name
            if person:
                return [self._mention(h, ActorRef(person, "leader", state=state, code=ref.code))]
            organ = ActorRef(state, "state", state=state, code=ref.code, form="organ")
            return [self._mention(h, organ)]
        army = self._army_against_listed(h) if term in MILITARY and not states else None
        if army is not None:
            # "between the army and the RSF": the army of the listed side's own war
            return [self._mention(h, army)]
        if term in MILITARY and not states and not self._non_state(h) and self._of_the_state(h):
            # "government forces", "regime troops": the government where the conflict is
            return [self._mention(h, ActorRef(self.written(h), "government", form="organ"))]
        if term in MILITARY and not states and not self._non_state(h):
            # "Cuba has 30,000 troops in Angola": whose troops the sentence says; bare
            # "troops" with no owner name no side, but "Turkish-backed forces" are someone's
            # (the conflict's sides may say whose; if not, the claim is left out as sideless)
            owner = self._garrison_owner(h, depth)
            if not owner:
                owner = self._sent_from(h)
            if not owner and compound is not None and role == "party":
                return [self._open(h, "armed", None)]
            return owner
        beside = self._set_beside(h, role, depth) if not states else None
        if beside is not None:
            return beside
        if self._local(h) or self._region_state(h, states):
            return []  # "local governments", "the city council", "the Gulf state"
        if (
            term in self.organs
            and not states
            and not self._non_state(h)
            and (term not in self.titles and term not in MILITARY)
            and h.tag_ != "NNS"  # "governments": no one in particular
        ):
            before = self._owner_named_before(h)
            if before is not None:
                return [before]
            if self._named_government(h):
                return [self._open(h, "org", None, entity=True)]
            # "the federal government", "the authorities": the government where the conflict
            # is (named once the conflict is known)
            return [self._mention(h, ActorRef(self.written(h), "government", form="organ"))]
        if term in self.armed and not states:
            by_name = self._named_apposition(h, role, depth)
            if by_name:
                return by_name
            if person is not None and h.tag_ == "NN":
                # "the fugitive warlord Kony", "the militia chief, Ali Mahdi": one man's
                # word with his name beside it is that man, not men of an unnamed group
                return [self._mention(h, ActorRef(person, "person"))]
        if term in self.armed or (term in self.organs and term not in self.titles):
            code = states[0].ref.code if states else None
            return [self._open(h, "armed", code)]
        if person is not None:
            office = self._office_of(h, role, depth)
            if office is not None:
                # "Philip Habib, the American envoy": he speaks for the state his office
                # names, as a titled name would ("U.S. envoy Philip Habib")
                ref = ActorRef(person, "leader", state=office.state, code=office.code)
                return [self._mention(h, ref)]
            return [self._mention(h, ActorRef(person, "person"))]
        if term in self.titles:
            code = states[0].ref.code if states else None
            return [self._open(h, "person", code)]
        if h.ent_type_ in ("ORG", "NORP") and h.pos_ == "PROPN":
            # an organisation the parser names: a side only where a conflict is in sight
            code = states[0].ref.code if states else None
            return [self._open(h, "org", code, entity=True)]
        # appositions name the same thing: "the leader, Hamid Karzai"
        for c in children(h, "appos"):
            got = self._one(c, role, depth + 1)
            if got:
                return got
        return []

    # --- pieces -------------------------------------------------------------------------
    def _owner_named_before(self, h) -> Mention | None:
        """ "The Reagan administration told Congress ... Crocker said the administration has
        decided to give covert aid to the rebels": "the" and one of the lexicon's
        ``term_nouns``, which the story wrote before with its state's or leader's name right
        in front of it ("the Reagan administration"), is that state's, not the government
        where the conflict is ("the government" is not so read: "The Rwandan government denied
        backing the M23. The government is fighting the rebels" is Congo's). The nearest such
        phrase in an earlier sentence; None when there is none."""
        if h.lower_ not in self.lex.words("term_nouns"):
            return None
        if h.i == 0 or h.doc[h.i - 1].lower_ != "the" or any(c.i < h.i - 1 for c in h.children):
            return None  # "the federal government": a word of its own, no bare "the" organ
        word = h.lower_
        c = self.ctx.prev
        while c is not None:
            doc = c.s.sent.doc
            found = [
                m
                for m in c.mentions
                if m.ref.kind in ("state", "leader")
                and m.ref.code
                and m.j < len(doc)
                and doc[m.j].lower_ == word
                and m.ref.form != "former"
            ]
            if found:
                ref = found[-1].ref
                state = ref.state or ref.name
                organ = ActorRef(state, "state", state=state, code=ref.code, form="organ")
                return self._mention(h, organ)
            c = c.prev
        return None

    def _named_apposition(self, h, role: str, depth: int) -> list[Mention]:
        """ "That group, the Front for the Liberation of the Enclave of Cabinda
        (FLEC), has fought Angolan forces": an armed group's generic noun with an
        organisation's proper name set beside it is named by that name. Only an organisation
        the parser names (not a people: "foreign fighters, mostly Chechens") that reads as a
        movement, party or organisation, not as a state, and written as a body's name is
        ("the Islamic Front", "the M23", "CCMSR")."""
        for c in children(h, "appos"):
            if c.pos_ != "PROPN" or c.ent_type_ != "ORG":
                continue
            if not (any(d.dep_ == "det" and d.lower_ == "the" for d in c.children) or c.is_upper):
                continue  # "mostly Chechens": a people the parser took for a name
            got = self._one(c, role, depth + 1)
            if got and all(m.ref.kind in ("armed", "org", "party") for m in got):
                return got
        return []

    def _set_beside(self, h, role: str, depth: int) -> list[Mention] | None:
        """ "South Africa, the state that backs UNITA, invaded Angola": a generic word of a
        government ("the state", "the government", "the regime") set in apposition beside a
        named side is that side, and so is what a clause hung on it says ("the state that
        backs UNITA" is South Africa), never the government of the war's own land; beside a
        place that names no side ("Texas, the state that fought Mexico") it is that place's
        own, no side at all. None where the word is no such apposition, or is one of a list
        the parse set beside a name ("Zambia, the government and the UN condemned ...")."""
        if h.lemma_.lower() not in self.governing | {"state"} or children(h, "conj", "cc"):
            return None
        name = _name_beside(h)
        if name is None:
            return None
        if self.ctx.mention(name) is not None:
            return self.actors(name, role, depth + 1)
        return [] if self._is_place(name) else None

    def _glued_clause(self, h, m: Mention) -> Mention | None:
        """ "the coalition fighting the Houthis bombed Sanaa", "support for Azerbaijan
        angered Armenia" parsed as one noun phrase headed by the last state ("the Houthis
        bombed Sanaa", "Azerbaijan angered Armenia"): a verb inside the phrase between a name
        and a state means the parser glued the next clause on; the phrase is the first name."""
        if m.ref.kind != "state":
            return None
        doc = h.doc
        verbs = [
            c
            for c in h.children
            if c.dep_ == "amod"
            and c.i < h.i
            and (c.tag_ in ("VBD", "VBN") or (c.tag_ == "JJ" and c.lower_.endswith("ed")))
            and doc[c.i - 1].text not in ("-", "‐", "‑")
        ]
        if not verbs:
            return None
        for c in h.children:
            if c.dep_ in ("compound", "nmod") and c.i < verbs[0].i:
                first = self.ctx.mention(c)
                if first is not None and first.ref.actor != m.ref.actor:
                    return first
        return None

    def _term(self, h) -> str:
        """The head word, with a compound before it when the pair is one term ("prime
        minister", "security forces", "police officer")."""
        lem = h.lemma_.lower()
        prev = h.doc[h.i - 1] if h.i > 0 else None
        if prev is not None and prev.head.i == h.i and prev.dep_ in ("compound", "amod"):
            pair = f"{prev.lower_} {lem}"
            pair2 = f"{prev.lower_} {h.lower_}"
            for p in (pair, pair2):
                if p in self.organs or p in self.titles or p in self.armed:
                    return p
        if lem in self.organs or lem in self.armed or lem in self.titles:
            return lem
        return h.lower_

    def _modifier_mentions(self, h) -> list[Mention]:
        """Actors named in front of the head ("Iraqi", "Iraq's", "Hezbollah"), backers aside."""
        ctx = self.ctx
        out: list[Mention] = []
        todo = [c for c in h.children if c.dep_ in MODIFIERS and c.i < h.i]
        seen: set[int] = set()
        while todo:
            c = todo.pop(0)
            if c.i in seen or c.i in ctx.backer_tokens:
                continue
            seen.add(c.i)
            m = ctx.mention(c)
            if (
                m is not None
                and not any(m.i == o.i for o in out)
                and not _prefixed(c)
                and not _dash_between(c, h)
            ):
                out.append(m)
            todo.extend(g for g in c.children if g.dep_ in MODIFIERS and g.i < c.i)
        return out

    def _bare_conjunct(self, h) -> bool:
        """A second organ with no words of its own, joined to a first organ ("army and
        police")."""
        return (
            h.dep_ == "conj"
            and h.head.i < h.i
            and h.head.lemma_.lower() in self.organs
            and not any(c.dep_ in ("amod", "compound", "poss", "det", "nmod") for c in h.children)
        )

    def _joined_states(self, h, role: str, term: str, compound) -> list[Mention]:
        """ "Angolan and Zimbabwean troops", "British and American jets": states' words
        joined on one noun of armed men (or, for who acts, of weapons) are each state's own,
        as one alone is ("Zimbabwean troops" are Zimbabwe's), not a state and a group named
        "Zimbabwean troops". Only when every word before the noun is a state's name or
        people's word (not "Bosnian Serb and Croat forces", a people's groups), and no
        glued participle names a backer ("Turkish-backed Syrian and Iraqi fighters").
        Men of another noun of arms ("Polish and Lithuanian volunteers", "Soviet and Cuban
        advisers") are each a group named by its words, as "Polish volunteers" alone is, not
        a state and a group."""
        organs = term in self.organs or (role == "power" and term in self.weapons)
        if not (organs or term in self.armed):
            return []
        if compound is not None or self._non_state(h):
            return []
        mods = [c for c in h.children if c.dep_ in ("amod", "compound", "nmod") and c.i < h.i]
        if len(mods) != 1:
            return []
        words = [mods[0], *(x for x in mods[0].subtree if x.dep_ == "conj" and x.i < h.i)]
        if len(words) < 2 or any(
            x.i != w.i and x.dep_ not in ("cc", "punct", "conj") for w in words for x in w.children
        ):
            return []
        states = [self.ctx.mention(w) for w in words]
        if not all(
            m is not None
            and (m.i, m.j) == (w.i, w.i + 1)
            and m.ref.kind == "state"
            and m.ref.code
            and m.ref.form in ("name", "demonym")
            for m, w in zip(states, words, strict=True)
        ):
            return []
        if len({m.ref.code for m in states if m is not None}) != len(states):
            return []
        if not organs and _a_name_beside_a_people(states):
            return []  # "between Chad and Sudanese rebels": Chad, and Sudan's rebels
        out = []
        for m, w in zip(states, words, strict=True):
            assert m is not None
            state = m.ref.state or m.ref.name
            ref = ActorRef(state, "state", state=state, code=m.ref.code, form="organ")
            if not organs:
                ref = ActorRef(_clean(f"{w.text} {h.text}"), "armed", form="written")
            # the mention reaches the noun, so that its last word says what it is ("troops")
            out.append(Mention(w.i, h.i + 1, ref, self.ctx.s.char(w), self.ctx.s.char_end(h)))
        return out

    def _ruling_party_state(self, h) -> Mention | None:
        """ "the leftist Sandinista government": a government named by the party that rules
        it is the government of that party's one home country, as the lexicon knows it
        (the Sandinistas' Nicaragua), not of whatever country the sentence names beside it
        (the contras' camps "on the Honduran side"). None when no such party is on it, or
        the party's home is not one country."""
        for c in h.children:
            if c.dep_ not in ("amod", "compound") or c.i > h.i or not c.text[:1].isupper():
                continue
            ref = self.lex.lookup(c.text) or self.lex.lookup(c.text + "s")
            if ref is None or ref.kind != "party" or len(ref.homes) != 1:
                continue
            code = ref.homes[0]
            # the government as any "the government" is, but of the party's home country
            state = self.lex.state_name(code)
            name = self.written(h)
            organ = ActorRef(name, "government", state=state, code=code, form="organ")
            return Mention(c.i, h.i + 1, organ, self.ctx.s.char(c), self.ctx.s.char_end(h))
        return None

    def _phrase_meant(self, got: list[Mention], role: str, depth: int) -> list[Mention]:
        """A pronoun means the noun phrase it stands for, not a name that only modifies that
        phrase's noun when that noun is men in arms against a government: "Chadian rebels ...
        since they vowed to overthrow Deby" means the rebels, not Chad; "a Chadian rebel
        coalition ... after it nearly toppled Deby" the coalition. A state's men ("Russian
        troops", "Iranian advisers", "Kenyan police officers") stay the state's; a name of
        another sentence, or one the phrase does not read as a group, stays as it was."""
        out: list[Mention] = []
        for m in got:
            head = None
            if self.ctx.owns(m) and m.j - m.i == 1:
                tok = self.ctx.s.sent.doc[m.i]
                if tok.dep_ in ("amod", "compound", "nmod") and tok.head.i > tok.i:
                    head = tok.head
                    while head.dep_ == "compound" and head.head.i > head.i:
                        head = head.head
            rebels = head is not None and (
                head.lemma_.lower() in self.rebels
                or head.lower_ in self.rebels
                or head.lower_.startswith(tuple(self.non_state))  # "militiamen", "jihadists"
                or self._non_state(head)
            )
            if (
                head is None
                or not rebels
                or head.pos_ != "NOUN"
                or head.i in self.ctx.backer_tokens
            ):
                # "Iranian advisers", "Kenyan police officers": a state's men are its own
                out.append(m)
                continue
            whole = [x for x in self.actors(head, role, depth + 1) if x.ref.kind == "armed"]
            out += [x for x in whole if x not in out] or [m]
        return out

    def _coordinated_modifier(self, h, role: str = "party", depth: int = 0) -> list[Mention]:
        """ "Russia and Shiite militias" parsed as one phrase headed by "militias": the
        named actor and the group are two; so are "the Burundian government and Hutu
        rebels", a state's organ the parser hung on the group."""
        for c in h.children:
            if c.dep_ not in ("nmod", "compound", "amod") or c.i >= h.i:
                continue
            m = self.ctx.mention(c)
            conj = [x for x in c.children if x.dep_ == "conj" and x.i < h.i]
            if m is None and conj and c.lemma_.lower() in self.organs:
                organ = self._one(c, role, depth + 1)
                m = organ[0] if len(organ) == 1 and organ[0].ref.kind == "state" else None
            if m is None or not conj or c.i in self.ctx.backer_tokens:
                continue
            first = conj[0]
            if any(x.tag_ == "POS" for x in first.children):
                # "the friend of the Kurds and Turkey's foe": the last name owns the
                # head ("Turkey's foe", no group of its own); the first name stays
                return [m]
            name = _clean(h.doc[first.i : h.i + 1].text)
            group = Mention(
                h.i,
                h.i + 1,
                ActorRef(name, "armed", form="written"),
                self.ctx.s.char(first),
                self.ctx.s.char_end(h),
            )
            return [m, group]
        return []

    def _set_against(self, h, owner) -> bool:
        """Whether the organ ``h`` a state's name owns is set against that state's own by a
        word of it ("parallel", "rebel", ``_against``), not a party's ("the Taliban's regime"
        is the Taliban's)."""
        m = self.ctx.mention(owner)
        return (
            m is not None
            and m.ref.kind == "state"
            and any(
                c.i < h.i and c.dep_ in ("amod", "compound") and self._against(c, h)
                for c in h.children
            )
        )

    def _against(self, c, h) -> bool:
        """Whether the word ``c`` before the noun ``h`` makes it no state's: one of the
        ``non_state_modifiers`` ("rebel", "parallel"); a covert one ("shadow") only on a
        governing body, as on armed men it is a state's hidden hand ("Iran's shadow army")."""
        lo = c.lower_
        if lo not in self.non_state and c.lemma_.lower() not in self.non_state:
            return False
        return lo not in self.covert or h.lemma_.lower() in self.governing

    def _named_government(self, h) -> bool:
        """ "the National Unity Government", "the National Salvation Government": a
        capitalised "Government" with capitalised words of its own before it, not all of
        them the lexicon's ``government_kind_words`` ("the Federal Military Government",
        "the Transitional Federal Government" are the state's), is a body named for itself,
        which may stand against the state's own: none of the war's state."""
        if h.text != "Government" or h.lemma_.lower() not in self.governing:
            return False
        mods = [c for c in h.children if c.i < h.i and c.dep_ in ("compound", "amod")]
        kinds = self.lex.words("government_kind_words")
        return (
            bool(mods)
            and all(c.text[:1].isupper() for c in mods)
            and any(c.lower_ not in kinds for c in mods)
        ) or self._named_after_of(h)

    def _named_after_of(self, h) -> bool:
        """ "the Government of National Unity", "the Government of National Stability": a
        capitalised "Government" whose "of" names no state nor place but capitalised words
        of its own, not all of them ``government_kind_words``, is named for itself as "the
        National Unity Government" is (the same words name bodies of Libya, Sudan, Zimbabwe
        and South Africa in their years); "the Government of Sudan", "the Government of the
        Republic of Korea", "the Government of Prime Minister Shirdon" are the state's, as
        before."""
        of = preps(h, "of")
        if not of or of[0].pos_ != "PROPN":
            return False
        words = [t for t in of[0].subtree if not t.is_punct and t.dep_ != "det"]
        if any(
            self.ctx.mention(t) is not None
            or self._is_place(t)
            or t.lemma_.lower() in self.titles
            or t.ent_type_ == "PERSON"
            for t in words
        ):
            return False  # a state, a place, or a man ("the Government of Prime Minister X")
        kinds = self.lex.words("government_kind_words")
        return all(t.text[:1].isupper() for t in words) and any(
            t.lower_ not in kinds for t in words
        )

    def _states_word_on_own_name(self, h, states: list) -> bool:
        """ "the Syrian Interim Government", "the Libyan Interim Government", "the Yemeni
        National Salvation Government": a capitalised "Government" named by a state's word
        and capitalised words of its own, one of them a word of a provisional standing
        (``provisional_government_words``: an opposition's or a rival's named government as
        often as a state's own for a time) or a word no kind of government
        (``government_kind_words``) is, is that named body as written: whose it is the name
        does not say. A state's word with only words of its standing ("the Nigerian Federal
        Government", "the Afghan Government") is the state's, as before."""
        if h.text != "Government" or h.lemma_.lower() not in self.governing:
            return False
        inside = {t for x in states for t in range(x.i, x.j)}
        own = [
            c
            for c in h.children
            if c.i < h.i and c.dep_ in ("compound", "amod") and c.i not in inside
        ]
        kinds = self.lex.words("government_kind_words")
        provisional = self.lex.words("provisional_government_words")
        return (
            bool(own)
            and all(c.text[:1].isupper() for c in own)
            and any(c.lower_ in provisional or c.lower_ not in kinds for c in own)
        )

    def _non_state(self, h) -> bool:
        """ "rebel forces", "anti-government militias", "Kurdish forces": not a state's."""
        doc = h.doc
        for c in h.subtree:
            if c.i >= h.i:
                break
            lo = c.lower_
            if self._against(c, h):
                return True
            if lo in _HYPHEN_PREFIXES and c.i + 1 < len(doc) and doc[c.i + 1].text == "-":
                return True
            if lo.startswith(("anti-", "pro-")):
                return True
            m = self.ctx.mention(c)
            if m is not None and m.ref.kind == "party":
                return True
        return False

    def _is_place(self, tok) -> bool:
        at = self.ctx.s.char(tok)
        m = self.ctx.mention(tok)
        if m is not None and m.ref.kind == "state":
            return False
        return any(t.start <= at < t.end for t in self.ctx.toponyms)

    def _loyal_to(self, h, depth: int) -> list[Mention]:
        """ "militants loyal to the Taliban", "forces allied with the junta": the side named."""
        for c in h.children:
            if c.dep_ in ("amod", "acl", "relcl") and c.lemma_.lower() in self.allied:
                objs = preps(c, "to", "with")
                if objs:
                    return [men_of(m) for m in self.actors(objs[0], "party", depth + 1)]
        return []

    def out_of_office(self, h) -> bool:
        """Whether the words before a title put its bearer out of office or in rivalry for
        it ("the exiled Shah", "the self-declared interim president", "the former Emir"; the
        lexicon's ``former_words`` and ``_CLAIMANT_WORDS``), not "the interim president"."""
        words = [
            t
            for c in h.children
            if c.i < h.i and c.dep_ in ("amod", "compound", "nmod", "advmod", "npadvmod")
            for t in c.subtree
        ]
        text = "".join(t.text_with_ws for t in words).lower()
        said = set(re.findall(r"\w+(?:-\w+)*", text))
        return bool(
            said & self.former or said & _CLAIMANT_WORDS or any(w.startswith("ex-") for w in said)
        )

    def _titled_out_of_office(self, h) -> bool:
        """Whether a leader the lexicon knows is named beside a title out of office or in
        rivalry ("Laurent Gbagbo, the self-proclaimed president of Ivory Coast"): his own
        side then, as a former leader is (``_ruler_out_of_office``)."""
        return any(
            c.lemma_.lower() in self.titles and self.out_of_office(c) for c in children(h, "appos")
        )

    def _a_past_post(self, h) -> bool:
        """Whether the titles out of office a leader the lexicon knows is named beside
        (``_titled_out_of_office``) are posts of a career, not of rule (``_RULER_TITLES``),
        and no claimant's: "Yoweri Museveni, a former rebel commander", "Abdel Fattah
        al-Sisi, Egypt's former army chief", "Vladimir Putin, a former KGB officer" tell his
        past, not that he is out of his state's office: his state, as before. "Laurent
        Gbagbo, the self-proclaimed president" and "Hamid Karzai, the former president" are
        his own side."""
        for c in children(h, "appos"):
            if c.lemma_.lower() not in self.titles:
                continue
            said = {t.lower_ for k in c.children if k.i < c.i for t in k.subtree}
            title = " ".join([*(k.lower_ for k in children(c, "compound")), c.lemma_.lower()])
            if said & _CLAIMANT_WORDS or title in _RULER_TITLES or c.lower_ in _RULER_TITLES:
                return False
        return True

    def _ruler_out_of_office(self, h, state) -> Mention | None:
        """A ruler's title "of" a state that its own words put out of office or in rivalry
        for it (the lexicon's ``former_words``: exiled, deposed, ousted, former; or a
        claimant's, ``_CLAIMANT_WORDS``: self-declared, self-proclaimed, rival) is a side of
        his own, never the state: "The exiled Shah of Iran, long an ally of Washington",
        "Juan Guaido, the self-declared interim president of Venezuela, is a close ally of
        Washington" tie the man, not Iran or Venezuela. Named by the person the phrase names
        or stands beside, else by its title and state ("Shah of Iran"). "The Shah of Iran",
        "the interim president of Afghanistan" and "the president of the former Soviet
        republic of Georgia" (the word on the state) are the state as before. None if not."""
        if not self.out_of_office(h):
            return None
        if h.dep_ == "appos" and h.head.ent_type_ == "PERSON":
            name = self._person(h.head)
        else:
            name = self._person(h)
        name = name or _clean(h.doc[h.i : state.i + 1].text)
        return self._mention(h, ActorRef(name, "person", form="former"))

    def _office_of(self, h, role: str, depth: int) -> ActorRef | None:
        """The state a person's appositive office names ("Habib, the American envoy"), when
        the office is a title held for a state (not "a former minister")."""
        if h.ent_type_ != "PERSON" or depth > 2:
            return None
        for c in children(h, "appos"):
            office = c.lemma_.lower()
            if office not in self.titles | self.organs or c.tag_ != "NN" or self._former(c):
                continue
            got = self._one(c, role, depth + 1)
            if got and got[0].ref.kind == "state" and got[0].ref.code:
                return got[0].ref
        return None

    def _person(self, h) -> str | None:
        """The person's name when the phrase names one ("interim President Hamid Karzai")."""
        doc = h.doc
        if h.ent_type_ != "PERSON":
            for c in children(h, "appos", "compound"):
                if c.ent_type_ == "PERSON" and c.i > h.i:
                    return self._person(c)
            return None
        lo = hi = h.i
        while lo - 1 >= 0 and doc[lo - 1].ent_type_ == "PERSON" and doc[lo - 1].ent_iob_ != "O":
            if doc[lo].ent_iob_ == "B":
                break
            lo -= 1
        while hi + 1 < len(doc) and doc[hi + 1].ent_iob_ == "I":
            hi += 1
        toks = [t for t in doc[lo : hi + 1] if t.text not in ("'s", "’s")]
        while toks and toks[0].lower_ in self.titles | _EVALUATIVE:
            toks = toks[1:]
        text = "".join(t.text_with_ws for t in toks).strip()
        return text or None

    def _coalition(self, backer: Mention, h) -> Mention:
        ref = backer.ref
        state = ref.actor
        noun = h.lower_ if h.lower_ in self.coalitions else "coalition"
        # "the Kabila-led alliance": a leader leads it as the man named, not as his state
        who = h.doc[backer.i : backer.j].text if ref.kind == "leader" else state
        name = f"{who}-led {noun}"
        return self._mention(h, ActorRef(name, "coalition", state=state, code=ref.code))

    def _leading(self, h) -> Mention | None:
        """ "Saudi Arabia leads a coalition", "a coalition led by Saudi Arabia"."""
        if h.lemma_.lower() not in self.coalitions:
            return None
        if h.dep_ == "dobj" and h.head.lemma_ in ("lead", "head", "command"):
            for s in children(h.head, "nsubj"):
                if s.lower_ in ("which", "that", "who") and h.head.dep_ == "relcl":
                    # "France, which heads the mission": the relative's antecedent
                    s = h.head.head
                m = self.ctx.mention(s)
                if m is not None:
                    return m
        for c in h.children:
            if c.dep_ == "acl" and c.lemma_ == "lead":
                for o in preps(c, "by"):
                    m = self.ctx.mention(o)
                    if m is not None:
                        return m
        return None

    def _of_the_state(self, h) -> bool:
        return any(
            c.dep_ in ("compound", "amod") and c.lower_ in _STATE_WORDS and c.i < h.i
            for c in h.children
        )

    def _army_against_listed(self, h) -> ActorRef | None:
        """ "mediating between the army and the RSF", "the RSF and the army": a bare "the
        army" joined to a side the lexicon lists is the side its war calls "the army" with
        no qualifier (Sudan's: the SAF), the war's one national army. Any other bare "the
        army" names no side (in a story of an intervention it may be anyone's)."""
        if h.tag_ == "NNS" or [
            c.lower_ for c in h.children if c.dep_ not in ("conj", "cc", "punct")
        ] != ["the"]:
            return None
        joined = [c for c in h.children if c.dep_ == "conj"]
        if h.dep_ == "conj":
            joined.append(h.head)
        for t in joined:
            m = self.ctx.mention(t)
            if m is None or m.ref.kind != "party" or not m.ref.theatres:
                continue
            th = self.lex.theatres.get(m.ref.theatres[0])
            for g in th.generic if th is not None else ():
                terms = [x.lower() for x in g.get("terms", [])]
                if h.lower_ in terms and not g.get("qualifiers") and g["party"] != m.ref.name:
                    return self.lex.parties.get(g["party"])
        return None

    def _in_opposition(self, h) -> bool:
        """ "opposition leader X", "X, the head of the largest opposition party": a listed
        leader out of office stands for himself, not for the state he once led. Read in the
        words before his name and in his own apposition (not in what is joined to it: "...
        and a longtime foe of President Y")."""
        words: list[str] = []
        for c in h.children:
            if c.i < h.i and c.dep_ in ("compound", "amod", "nmod"):
                words += [t.lower_ for t in c.subtree]
            elif c.dep_ == "appos":
                joined = {t.i for j in c.children if j.dep_ == "conj" for t in j.subtree}
                words += [t.lower_ for t in c.subtree if t.i not in joined]
        return any(w in self.opposition for w in words)

    def _former(self, h) -> bool:
        doc = h.doc
        lo = max(self.ctx.s.sent.start, h.i - 6)
        return any(t.lower_ in self.former or t.lower_.startswith("ex-") for t in doc[lo : h.i])

    def _sent_from(self, h) -> list[Mention]:
        """ "supported by troops from Ghana and Senegal", "soldiers from Kenya": a state's
        soldiers named by where they come from are its forces, as "Zimbabwean troops" are.
        Only words for a state's men ("fighters from Tunisia" may be anyone's volunteers)
        and only states by name (a town or a region says where men were, not whose)."""
        if h.lemma_.lower() not in _STATE_MEN:
            return []
        out: list[Mention] = []
        for o in preps(h, "from"):
            for t in with_conjuncts(o):
                m = self.ctx.mention(t)
                if m is None or m.ref.kind != "state" or m.ref.form not in ("name", "metonym"):
                    continue
                state = m.ref.state or m.ref.name
                ref = ActorRef(state, "state", state=state, code=m.ref.code, form="organ")
                out.append(self._mention(t, ref))
        return out

    def _garrison_owner(self, h, depth: int) -> list[Mention]:
        """ "Vietnam has some 150,000 troops in Cambodia", "Chad sent 2,000 soldiers": the troops
        belong to the subject of the verb that has, sends or deploys them."""
        cur = h
        while cur.dep_ in ("conj", "appos") and cur.head.i != cur.i:
            cur = cur.head
        if cur.dep_ == "dobj" and cur.head.lemma_.lower() in self.garrison:
            subj = children(cur.head, "nsubj")
            if not subj:
                subj = governing_subjects(cur.head)
            if subj:
                got = self.actors(subj[0], "power", depth + 1)
                return [m for m in got if m.ref.kind in ("state", "org", "coalition", "leader")]
        return []

    def _placed_elsewhere(self, lands: set[str]) -> bool:
        """Whether the sentence names places where things happen ("in northern Iraq", "the
        battle for Tikrit"), and every one of them is outside ``lands``. A state named as an
        actor ("Egypt does not back ...", "soldiers from Rwanda") or a people's word ("with
        American air support") is no such place."""
        where = set()
        for tp in self.ctx.toponyms:
            if tp.candidate is None or not tp.candidate.country or tp.metonymic:
                continue
            toks = self.ctx.tokens_of(tp)
            if any(w.tag_ == "JJ" or w.ent_type_ == "NORP" for w in toks):
                continue
            actor = next((m for w in toks for m in [self.ctx.mention(w)] if m is not None), None)
            if actor is None or self.ctx.placed_in(actor):
                where.add(tp.candidate.country)
        return bool(where) and not where & lands

    def _before_its_wars(self, wars: tuple[str, ...]) -> bool:
        """Whether the story is dated before every one of the listed wars ``wars`` began
        (each with its years in the lexicon; a war of no known years may be any year's)."""
        pub = self.ctx.published
        if not pub or not pub[:4].isdigit() or not wars:
            return False
        year = int(pub[:4])
        known = [self.lex.theatres.get(t) for t in wars]
        return all(th is not None and th.began is not None and year < th.began for th in known)

    def _ethnic_group(self, h, m: Mention) -> Mention | None:
        """ "Bosnian Serbs", "Iraqi Kurds": one people's demonym under another state's is a
        group in that state, not either state. So too a listed party's name for a people's
        fighters under the demonym of a state it does not fight in ("Iraqi Kurdish fighters"
        are not Syria's YPG)."""
        first = h.doc[m.i]
        if (
            m.ref.kind == "party"
            and m.ref.theatres
            # a people's word for armed men ("Kurdish fighters"), not the party's own name
            # ("Russian Wagner mercenaries")
            and (first.tag_ == "JJ" or first.ent_type_ == "NORP")
            and h.doc[m.j - 1].lower_ in self.armed
        ):
            other = self.ctx.mention(h.doc[m.i - 1]) if m.i > h.sent.start else None
            lands = {
                c
                for t in m.ref.theatres
                if t in self.lex.theatres
                for c in (*self.lex.theatres[t].countries, *self.lex.theatres[t].within)
            }
            if (
                other is not None
                and other.ref.kind == "state"
                and other.ref.form == "demonym"
                and other.ref.code
                and other.ref.code not in lands | set(m.ref.homes)
            ):
                name = _clean(h.doc[other.i : m.j].text)
                ref = ActorRef(name, "armed", code=other.ref.code, form="written")
                return Mention(other.i, m.j, ref, other.start, m.end)
            origin = [
                x
                for o in preps(h, "from")
                for x in [self.ctx.mention(o)]
                if x is not None and x.ref.kind == "state" and x.ref.code
            ]
            if other is None and origin and origin[0].ref.code not in lands | set(m.ref.homes):
                # "Kurdish fighters from Iraq entered Kobani": a people's fighters who came
                # from a state the listed group does not fight in are not the group (they were
                # Iraq's peshmerga, not Syria's YPG), kept as written; where they came from is
                # not said to be whose they are
                name = _clean(h.doc[m.i : m.j].text)
                ref = ActorRef(name, "armed", form="written")
                return Mention(m.i, m.j, ref, m.start, m.end)
            word = self.lex.lookup(first.text)
            stateless = word is None or word.kind != "state"
            if other is None and stateless and self._before_its_wars(m.ref.theatres):
                # "The administration is also arming Kurdish fighters" (2003): a people's
                # fighters in a story dated before the listed group's war began are that
                # people's men of the time, not the group (Syria's YPG fought from 2011);
                # a state's word ("the Syrian army" of 1982) is its state's, as before
                ref = ActorRef(_clean(h.doc[m.i : m.j].text), "armed", form="written")
                return Mention(m.i, m.j, ref, m.start, m.end)
            if other is None and self._placed_elsewhere(lands | set(m.ref.homes)):
                # "Kurdish fighters backed the Iraqi army in the battle for Tikrit": a people's
                # fighters where the sentence is all in states the listed group does not
                # fight in are that people's men there, not the group (Syria's YPG)
                ref = ActorRef(_clean(h.doc[m.i : m.j].text), "armed", form="written")
                return Mention(m.i, m.j, ref, m.start, m.end)
            return None
        if m.ref.kind != "state" or h.tag_ not in ("NNPS", "NNS"):
            return None
        if any(c.dep_ == "amod" and c.lower_ == "ethnic" for c in h.children):
            # "the ethnic Albanians of Kosovo", "ethnic Russians in Donbas": a people named
            # as such, wherever it lives, not the state of its name
            where = [
                x
                for o in preps(h, "of", "in")
                for x in [self.ctx.mention(o)]
                if x is not None and x.ref.kind == "state"
            ]
            first = min((c.i for c in h.children if c.lower_ == "ethnic"), default=h.i)
            name = _clean(h.doc[first : h.i + 1].text)
            if name[:6].lower() == "ethnic":
                name = "ethnic" + name[6:]  # "Ethnic Serbs" opening a sentence: one people
            code = where[0].ref.code if where else None
            ref = ActorRef(name, "armed", code=code, form="written")
            return Mention(first, m.j, ref, m.start - (h.idx - h.doc[first].idx), m.end)
        if m.ref.form != "demonym":
            return None
        for c in h.children:
            if c.dep_ in ("amod", "compound") and c.i < h.i:
                other = self.ctx.mention(c)
                if other is not None and other.ref.kind == "state" and other.ref.code != m.ref.code:
                    name = _clean(h.doc[c.i : h.i + 1].text)
                    ref = ActorRef(name, "armed", code=other.ref.code, form="written")
                    return Mention(other.i, m.j, ref, other.start, m.end)
        return None

    def _party_of_another_land(self, h, m: Mention) -> Mention | None:
        """ "the Pakistani Taliban", "the Nigerian Taliban": a listed party's own name right
        after the demonym of a state where the party neither fights (its theatres' lands)
        nor lives (its homes) names another group called after it in that state, not the
        party: the words as written, that state's ("the Afghan Taliban", "the Yemeni
        Houthis" are the party, as before). A party of several wars too ("the Iraqi
        Hezbollah militia" is not Lebanon's), but for the word of the state that sends it to
        them (``_sends_it_abroad``: "Russian Wagner mercenaries" are Wagner's)."""
        if m.ref.kind != "party" or not m.ref.theatres or m.i == h.sent.start:
            return None
        other = self.ctx.mention(h.doc[m.i - 1])
        if (
            other is None
            or other.j != m.i
            or other.ref.kind != "state"
            or other.ref.form != "demonym"
            or not other.ref.code
            or h.doc[m.i - 1].head.i not in range(m.i, max(m.j, h.i + 1))
        ):
            return None
        lands = {
            c
            for t in m.ref.theatres
            if t in self.lex.theatres
            for c in (*self.lex.theatres[t].countries, *self.lex.theatres[t].within)
        }
        if other.ref.code in lands | set(m.ref.homes) or self._sends_it_abroad(m, other.ref.code):
            return None
        if self._recruits_abroad(m) and self._its_fighters_from_abroad(h, other, lands):
            return None
        name = _clean(h.doc[other.i : max(m.j, h.i + 1)].text)
        ref = ActorRef(name, "armed", code=other.ref.code, form="written")
        return Mention(other.i, m.j, ref, other.start, m.end)

    @staticmethod
    def _recruits_abroad(m: Mention) -> bool:
        """Whether a listed party is fought in several wars (the lexicon's theatres: the
        Islamic State in Syria's, Iraq's and the Sahel's), a franchise whose men come from
        many lands, for ``_its_fighters_from_abroad``. A party of one land's war named by
        another land's word is a namesake group of that land, whatever the sentence names:
        "Afghanistan's rulers denied sheltering Pakistani Taliban fighters" (the Pakistani
        Taliban, not the Afghan)."""
        return len(m.ref.theatres) > 1

    def _its_fighters_from_abroad(self, h, other: Mention, lands: set) -> bool:
        """Whether a listed party's men named one by one (``_VOLUNTEER_NOUNS``: fighters,
        militants, jihadists, volunteers, recruits) after another land's people's word are
        the party's own men come from that land: so when the sentence names a state of the
        party's war as a side (not as a place: "in Syria" says where the men are, not whose
        war the text tells) and the word's land nowhere else. "Iraq accused Turkey of
        sheltering Tunisian Islamic State fighters" tells of the Islamic State's war, not of
        a Tunisian group; "Pakistan accused Afghanistan of sheltering Pakistani Taliban
        fighters" (Pakistan named), "Iran armed Iraqi Hezbollah fighters in Syria" (Syria a
        place) and "the Iraqi Hezbollah militia" (a group's noun) are another land's group,
        as before."""
        if h.lemma_.lower() not in _VOLUNTEER_NOUNS and h.lower_ not in _VOLUNTEER_NOUNS:
            return False
        sent = h.sent
        named: set[str] = set()
        sides: set[str] = set()
        for t in sent:
            x = self.ctx.mention(t)
            if x is None or not x.ref.code or other.i <= t.i < other.j:
                continue
            named.add(x.ref.code)
            if not (t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPOSITIONS):
                sides.add(x.ref.code)
        lo, hi = self.ctx.s.char(sent[0]), self.ctx.s.char_end(sent[-1])
        for tp in self.ctx.toponyms:
            if tp.candidate is None or not tp.candidate.country or not lo <= tp.start < hi:
                continue
            if not other.start <= tp.start < other.end:
                named.add(tp.candidate.country)
        return other.ref.code not in named and bool(sides & lands)

    def _sends_it_abroad(self, m: Mention, code: str) -> bool:
        """ "Russian Wagner mercenaries", "the Russian Africa Corps": a party of several wars
        named after the word of the state the lexicon gives as the one that raised it and
        sends it to them (``sent_by``) is that party: the word says whose men they are.
        Another state's word on a party of several wars (Hezbollah of Lebanon's and Syria's)
        names another group ("the Iraqi Hezbollah", "the Turkish Hezbollah")."""
        return len(m.ref.theatres) > 1 and self.lex.sent_by.get(m.ref.name) == code

    def _people_among_communities(self, h, m: Mention) -> bool:
        """ "the campaign against the Tamils and Muslims", "the Sunnis and Turkmen": whether a
        state's people's plural is listed with a community that is no state (a capitalised
        people's or faith's plural the lexicon does not list: "Muslims", "Roma", "Sunnis"):
        then it is that people, wherever it lives, not the state of its name, and no side
        the text names. Beside another state's people ("the Croats and the Serbs") or an
        army ("the Americans and the Afghan army"), it keeps its state."""
        plural = h.tag_ in ("NNPS", "NNS") or (h.pos_ != "ADJ" and h.ent_type_ == "NORP")
        plural = plural or self._unmarked_people(h)
        if m.ref.kind != "state" or m.ref.form != "demonym" or not plural:
            return False
        if m.j - m.i != 1 or any(c.dep_ in ("amod", "compound") for c in h.children):
            return False
        top = h
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        return any(self._community(t) for t in with_conjuncts(top) if t.i != h.i)

    @staticmethod
    def _unmarked_people(h) -> bool:
        """ "the Sunnis and Turkmen": a people's word whose plural is its singular
        ("Turkmen", "Lebanese"), tagged as one name, standing as a noun of its own in a list
        (a conjunct, not a modifier of the noun after it): a plural all the same."""
        return h.pos_ in ("NOUN", "PROPN") and h.dep_ == "conj"

    def _forget(self, m: Mention) -> None:
        """Drop a mention that names no side from the sentence's actors, and the geoparser's
        reading of its words as a place with it (as ``settle_shared_demonyms`` does): the
        people's word is then no state and no land of the sentence's war."""
        ctx = self.ctx
        ctx.mentions = [o for o in ctx.mentions if (o.start, o.end) != (m.start, m.end)]
        ctx.toponyms = [tp for tp in ctx.toponyms if not (m.start <= tp.start < m.end)]

    def _community(self, t) -> bool:
        """A capitalised plural of a people or faith, as a noun, that names no listed actor
        ("Muslims", "Sunnis", "Roma")."""
        return (
            t.text[:1].isupper()
            and t.pos_ in ("NOUN", "PROPN")
            and (t.tag_ in ("NNPS", "NNS") or t.ent_type_ == "NORP")
            and self.ctx.mention(t) is None
            and self.lex.lookup(t.text) is None
        )

    def _unplaced(self, h, m: Mention) -> bool:
        """ "The Kurdish fighters were equipped with missiles by Germany": whether a people's
        word for armed men that the lexicon lists as one party's ("Kurdish fighters": Syria's
        YPG; the same words name Iraq's Peshmerga and Turkey's PKK) stands where the article
        does not place the men in the party's lands: no place or state of them named in the
        sentence or before it, and no word of the party's war (its lands' names, its towns)
        in the whole article. Such men are no party the text names."""
        first = h.doc[m.i]
        if (
            m.ref.kind != "party"
            or not m.ref.theatres
            or first.tag_ != "JJ"
            or h.doc[m.j - 1].lower_ not in self.armed
            # a people's adjective no actor is named by: not a state's ("Syrian troops") nor
            # the party's own ("Houthi rebels", "Wagner mercenaries")
            or self.lex.lookup(first.text) is not None
        ):
            return False
        wars = [self.lex.theatres[t] for t in m.ref.theatres if t in self.lex.theatres]
        lands = {c for th in wars for c in (*th.countries, *th.within)} | set(m.ref.homes)
        ctx: Any = self.ctx
        while ctx is not None:
            if any(
                tp.candidate is not None and tp.candidate.country in lands for tp in ctx.toponyms
            ):
                return False
            if any(o.ref.kind == "state" and o.ref.code in lands for o in ctx.mentions):
                return False
            ctx = ctx.prev
        text = self.ctx.doc_text or self.ctx.text
        if any(self.lex.country_names.get(c, "\0") in text for c in lands):
            return False
        return not any(th.keyword_re is not None and th.keyword_re.search(text) for th in wars)

    def _troops_named_before(self, h) -> Mention | None:
        """ "Ugandan forces crossed into northern Congo. The troops are chasing the LRA":
        a bare "the troops" ("the soldiers", "the forces": plural, "the" its only word, a
        clause's subject) are the state's whose forces the sentence just before names,
        where it names exactly one state's (by its adjective or possessive on one of those
        words). Two states' forces before ("Ugandan and Burundian troops"), or none, leave
        them no side."""
        prev = self.ctx.prev
        if (
            prev is None
            or h.lower_ not in _FORCES
            or h.dep_ != "nsubj"
            or [c.lower_ for c in h.children] != ["the"]
        ):
            return None
        codes: set = set()
        named = None
        for force in (t for t in prev.s.sent if t.lower_ in _FORCES):
            for mod in children(force, "amod", "compound", "poss"):
                for word in with_conjuncts(mod):
                    m = prev.mention(word)
                    if m is None or m.ref.kind != "state":
                        if word.text[:1].isupper():
                            return None  # a people or body no state: whose, unsure
                        continue
                    codes.add(m.ref.code)
                    named = m
        if named is None or len(codes) != 1 or not named.ref.code:
            return None
        return self._mention(h, named.ref)

    def _unplaced_modifier(self, h, listed: list[Mention]) -> Mention | None:
        """ "Kurdish militia fighters, backed by US air strikes, took the town": a listed
        party's people's words ("Kurdish militia") modifying armed men, where ``_unplaced``
        finds nothing placing them in the party's lands, are those men as written, not the
        party (as the words alone are)."""
        if len(listed) != 1 or not self._unplaced(h, listed[0]):
            return None
        self._forget(listed[0])
        first = h.doc[listed[0].i]
        return self._mention(
            h, ActorRef(_clean(h.doc[first.i : h.i + 1].text), "armed", form="written")
        )

    def _movement_in_power(self, h, mods: list[Mention]) -> Mention | None:
        """ "the MPLA government", "the Frelimo regime": a government noun named by a listed
        movement of one home is the government of that home, the state's organ (the
        movement is then in power there), not the movement as a party of its own ("the
        UNITA leadership" is the movement's)."""
        if h.lemma_.lower() not in ("government", "regime") or len(mods) != 1:
            return None
        ref = mods[0].ref
        if ref.kind != "party" or len(ref.homes) != 1:
            return None
        state = self.lex.country_names.get(ref.homes[0])
        if not state:
            return None
        return self._mention(
            h, ActorRef(state, "state", state=state, code=ref.homes[0], form="organ")
        )

    def _leader_rising(self, h, listed: list[Mention]) -> Mention | None:
        """ "Laurent Kabila's rebels", "Museveni's guerrillas", "the Museveni rebels": men
        in arms against a government, a leader's by the possessive or by his name before
        them, are his movement, not the state the lexicon has him lead (then or later); kept
        as written with his name."""
        if h.lemma_.lower() not in self.rebels and h.lower_ not in self.rebels:
            return None
        poss = children(h, "poss") or [
            c for c in h.children if c.dep_ == "compound" and c.pos_ == "PROPN"
        ]
        if not poss or not all(x.ref.kind == "leader" for x in listed):
            return None
        owner = [t for t in poss[0].subtree if t.dep_ not in ("case", "det")]
        if not owner or any(self.ctx.mention(t) is None and t.pos_ != "PROPN" for t in owner):
            return None
        name = _clean(h.doc[owner[0].i : h.i + 1].text)
        return self._mention(h, ActorRef(name, "armed", form="written"))

    def _rebel_army(self, h, term: str) -> str | None:
        """The name of an armed group called an "Army": a capitalised "Army" whose name holds a
        word of insurgency ("Kosovo Liberation Army", "Free Syrian Army", "Lord's Resistance
        Army"; a "Front" or "Movement" so named too: "Eritrean People's Liberation Front"), or
        an "Army", "Front" or "Forces" named for a region of a state ("the South Lebanon
        Army"). A state's army keeps its state ("the Syrian Arab Army", "the Afghan
        National Army", "the Iraqi Army", "the South Sudan People's Defence Forces")."""
        named = term == "army" or h.lower_ in ("army", "front", "forces", "movement")
        if not named or not h.text[:1].isupper() or h.i == h.sent.start:
            return None
        doc = h.doc
        k = h.i - 1
        while k >= h.sent.start and (doc[k].text[:1].isupper() or doc[k].lower_ in {"'s", "’s"}):
            k -= 1
        words = doc[k + 1 : h.i]
        # "the Eritrean People's Liberation Front", "the Sudan People's Liberation Movement"
        rebel = (term == "army" or h.lower_ in ("front", "movement")) and any(
            t.lower_ in REBEL_ARMY_WORDS for t in words
        )
        if (
            not rebel
            and not regional_name(words, self.ctx.mention)
            and not self._state_named(words)
        ):
            return None
        return _clean(doc[k + 1 : h.i + 1].text)

    def _state_named(self, words) -> bool:
        """ "the Shan State Army", "the United Wa State Army": a capitalised "State" after a
        name that is no state's own (a region's, a people's) names a group by its province;
        a state's army keeps its state ("the Syrian State army" has the state's word)."""
        return any(
            b.text == "State"
            and a.text[:1].isupper()
            and a.lower_ not in ("the", "'s", "’s")
            and self.ctx.mention(a) is None
            for a, b in itertools.pairwise(words)
        )

    def _proper_name_before(self, h) -> str | None:
        """The proper name right before a group noun, when it names no state."""
        doc = h.doc
        k = h.i - 1
        toks: list[Any] = []
        while k >= self.ctx.s.sent.start:
            t = doc[k]
            if (
                t.pos_ != "PROPN"
                or not t.text[:1].isupper()
                or (t.head.i != h.i and t.head.pos_ != "PROPN")
            ):
                break
            if t.i in self.ctx.backer_tokens or self.ctx.mention(t) is not None:
                return None
            toks.insert(0, t)
            k -= 1
        if not toks or any(t.ent_type_ in ("GPE", "LOC", "DATE", "PERSON", "NORP") for t in toks):
            return None
        first = toks[0]
        if (
            first.ent_type_ == "ORG"
            and first.ent_iob_ == "I"
            and any(t.lower_ in REBEL_ARMY_WORDS for t in toks)
        ):
            # "Eritrean People's Liberation Front guerrillas": the whole name, which a
            # people's possessive splits
            lo = first.i
            while lo > self.ctx.s.sent.start and doc[lo].ent_iob_ == "I":
                lo -= 1
            return _clean(doc[lo : toks[-1].i + 1].text)
        return _clean(doc[first.i : toks[-1].i + 1].text)

    def _owned_by_subject(self, h) -> bool:
        """Whether a possessive pronoun's noun hangs on the verb (its object, or a phrase of
        the verb's), where it refers to the subject, rather than inside another noun phrase."""
        noun = h.head
        if noun.dep_ == "dobj":
            return True
        if h.lower_ not in ("their", "they", "them"):
            return False  # "sanctions on Iran over its supply": the name before it
        cur = noun
        while cur.dep_ == "pobj" and cur.head.dep_ == "prep":
            cur = cur.head.head
            if cur.pos_ in ("VERB", "AUX"):
                return True
            if cur.pos_ in ("NOUN", "PROPN"):
                return False
        return False

    def _clause_subject(self, h):
        """The subject of the clause a possessive pronoun sits in ("pressed its campaign")."""
        cur = h.head
        for _ in range(6):
            if cur.pos_ in ("VERB", "AUX"):
                doer = controlled_by_object(cur, self.persuade, self.commands, self.stops)
                if doer is not None:
                    return doer  # "persuaded Rwanda to halt its backing": Rwanda's
                subj = children(cur, "nsubj", "nsubjpass")
                if subj and subj[0].i < h.i:
                    return subj[0]
            if cur.head.i == cur.i:
                return None
            cur = cur.head
        return None

    def _definite(self, h) -> bool:
        return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in h.children)

    def _in_name(self, h) -> bool:
        """ "the Northern Alliance", "the Islamic Organisation": the noun ends a name (a
        known one, or capitalised after a capitalised word of its phrase), no anaphora."""
        if self.ctx.mention(h) is not None:
            return True
        return h.text[:1].isupper() and any(
            c.i < h.i and c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper()
            for c in h.children
        )

    def _a_side_of_its_own(self, h) -> bool:
        """ "the rebel alliance", "the opposition coalition", "the largely Tuareg MNLA rebel
        alliance": a word of a side out of power (``non_state_modifiers``) before the noun
        makes it another body than the organisation named before (a story of the UN's envoy
        telling how "the rebel alliance ousted the president" is no UN deed)."""
        return any(
            c.dep_ in ("amod", "compound") and c.i < h.i and c.lower_ in self.non_state
            for c in h.children
        )

    def _recent_org(self, h) -> list[Mention]:
        """ "the alliance", "the bloc": the organisation or coalition named last before it,
        in its sentence or the one before; a seat named only as where something happened
        only where no body is named ("NATO met in Brussels. The alliance pledged ...": NATO,
        not the European Union "Brussels" may stand for; "Leaders met in Brussels. The bloc
        agreed ...": the European Union)."""
        doc = self.ctx.s.sent.doc
        here = [
            (m, doc[m.j - 1])
            for m in self.ctx.mentions
            if m.end <= self.ctx.s.char(h) and m.ref.kind in ("org", "coalition")
        ]
        prev = self.ctx.prev
        if prev is not None:
            doc = prev.s.sent.doc
            before = [
                (m, doc[m.j - 1]) for m in prev.mentions if m.ref.kind in ("org", "coalition")
            ]
        else:
            before = []
        for named in (True, False):
            for found, near in ((here, h), (before, None)):
                got = [
                    m
                    for m, last in found
                    if not named or not (_a_venue(last) or self._a_source_of_words(last, near))
                ]
                if got:
                    return got[-1:]
        return []

    def _a_source_of_words(self, last, h=None) -> bool:
        """ "NATO bombed Libyan forces, the United Nations said. The alliance backed the
        rebels": a body named as who says the words (the subject of a speech verb that
        reports a clause, or "according to" it) is their source, not a referent of "the
        alliance" after them, unless the noun ``h`` of its own sentence is inside its own
        words ("The European Union said the bloc would back Ukraine": the EU)."""
        speech = self.lex.words("speech_verbs")
        verb = last.head
        if last.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lower_ == "according":
            return True
        if last.dep_ != "nsubj" or verb.lemma_.lower() not in speech:
            return False
        if not children(verb, "ccomp") and not children(verb, "parataxis"):
            return False
        return h is None or h.i not in {t.i for t in verb.subtree}

    def _is_town(self, h) -> bool:
        """A town or region the geoparser read literally is a place; a country or a capital
        standing for its government reaches here as a state mention instead."""
        at = self.ctx.s.char(h)
        for tp in self.ctx.toponyms:
            if tp.start <= at < tp.end and tp.candidate is not None and not tp.metonymic:
                return tp.candidate.kind != "country"
        return False

    def _region_state(self, h, states: list) -> bool:
        """ "Egypt repeated its charges against Qatar, saying the Gulf state keeps on
        arming the militants", "the Baltic state", "the Horn of Africa state": "state" (a common
        noun) described by a region, no state's name or adjective, is some state of that
        region the story named, not the organ of the government where the conflict is; which
        one, the words do not say (the accuser may stand nearer than the accused), so no side
        is told."""
        if h.text != "state" or states:
            return False
        return any(
            c.dep_ in ("amod", "compound")
            and c.i < h.i
            and c.ent_type_ == "LOC"
            and self.ctx.mention(c) is None
            for c in h.children
        )

    def _local(self, h) -> bool:
        return any(
            c.dep_ in ("amod", "compound") and c.lower_ in self.local and c.i < h.i
            for c in h.children
        ) or self._local_short(h)

    def _local_short(self, h) -> bool:
        """ "Wellington City Council ... helps the Council reach them": "the Council" (a
        capitalised head alone after "the") is the short name of a local or advisory body the
        text named in full before, in its sentence or the ones before it."""
        if h.pos_ != "PROPN" or any(c.dep_ in ("amod", "compound", "poss") for c in h.children):
            return False
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in h.children):
            return False
        ctx = self.ctx
        for _ in range(20):
            if ctx is None:
                return False
            for t in ctx.s.sent:
                if ctx is self.ctx and t.i >= h.i:
                    break
                if t.text == h.text and any(
                    c.dep_ in ("amod", "compound") and c.lower_ in self.local and c.i < t.i
                    for c in t.children
                ):
                    return True
            ctx = ctx.prev
        return False

    def _is_coref(self, h) -> bool:
        if h.lemma_.lower() not in self.coref:
            return False
        dets = [c for c in h.children if c.dep_ in ("det", "poss")]
        if not any(c.lower_ in ("the", "its", "this", "that") for c in dets):
            return False
        # only backers and "-backed" pieces may modify it: "the Iran-backed group"
        for c in h.children:
            if (
                c.i < h.i
                and c.dep_ in ("amod", "compound", "nmod")
                and (c.i not in self.ctx.backer_tokens)
            ):
                return False
        return True

    def _owner(self, h, role: str, depth: int) -> list[Mention]:
        """ "the general's offensive", "Kinshasa's position", "its forces": the owner is the actor
        for actions and stances, and a pronoun owner of a group names the group's side."""
        lem = h.lemma_.lower()
        poss = children(h, "poss")
        if lem in self.actions:
            if poss and lem in self.organs and self._set_against(h, poss[0]):
                # "Myanmar's parallel government", "Syria's rebel government": a body set
                # against the state's own is not the state, named as written
                return [self._open(h, "armed", None)]
            if poss:
                return self.actors(poss[0], role, depth + 1)
            by = [
                o
                for p in h.children
                if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                for o in p.children
                if o.dep_ == "pobj"
            ]
            if by:
                return self.actors(by[0], role, depth + 1)
            if role == "party" and not poss and h.lower_ == "rule":
                # "against Moldovan rule", "against British rule in Cyprus": a state's own
                # word on its rule names the state ("Chinese rules on investment" are
                # regulations, no rule over a land; "a pro-Moscow regime" is not Moscow's,
                # and an act, "the Saudi offensive", is left as it was: tried on every act
                # noun, it read "a pro-Moscow regime" as the Soviet government)
                states = [
                    m
                    for c in h.children
                    if c.dep_ in ("amod", "compound") and c.i < h.i and "-" not in c.text
                    for m in [self.ctx.mention(c)]
                    if m is not None and m.ref.kind == "state"
                ]
                if states:
                    return states[:1]
        if (
            poss
            and poss[0].lower_ in ("its", "their")
            and (lem in self.organs or lem in self.armed)
        ):
            return self.ctx.resolve_pronoun(poss[0], role == "party")
        if poss and poss[0].lower_ in ("his", "her") and (lem in self.organs or lem in self.armed):
            # "Kabila admits Zimbabweans are aiding his troops": a head of state's or a side's
            # leader's men are his side's; any other man's are no side named
            meant = self.ctx.resolve_pronoun(poss[0], role == "party")
            return [m for m in meant if m.ref.kind == "leader"]
        return []

    def group(self, h) -> Mention:
        """The phrase as an armed group kept as written ("fighters", "Sunni militias")."""
        return self._open(h, "armed", None)

    def _open(self, h, kind: str, code: str | None, entity: bool = False) -> Mention:
        name = self.written(h, entity)
        return self._mention(h, ActorRef(name, kind, code=code, form="written"))

    def _mention(self, h, ref: ActorRef) -> Mention:
        s = self.ctx.s
        return Mention(h.i, h.i + 1, ref, s.char(h), s.char_end(h))

    # --- names as written ---------------------------------------------------------------
    def written(self, h, entity: bool = False) -> str:
        """The phrase as the article writes it, without determiners, numbers, backers or
        evaluative words: "a renegade Afghan militia leader" -> "renegade Afghan militia
        leader", "Turkish-backed Syrian fighters" -> "Syrian fighters"."""
        ctx = self.ctx
        doc = h.doc
        if entity and h.ent_iob_ != "O":
            lo = h.i
            while lo > 0 and doc[lo].ent_iob_ == "I":
                lo -= 1
            hi = h.i
            while hi + 1 < len(doc) and doc[hi + 1].ent_iob_ == "I":
                hi += 1
            # "the Northern Alliance of Rivers": a name's "of ..." tail the tagger cut off
            end = self.ctx.s.sent.end
            while hi + 2 < end and doc[hi + 1].lower_ == "of" and doc[hi + 2].pos_ == "PROPN":
                hi += 2
                while hi + 1 < end and doc[hi + 1].pos_ == "PROPN":
                    hi += 1
            return _clean(_bracketed(doc, lo, hi, end).text)
        keep = h.i
        k = h.i - 1
        lo = ctx.s.sent.start
        while k >= lo:
            t = doc[k]
            if t.i in ctx.backer_tokens or t.dep_ in ("det", "nummod", "poss", "case", "predet"):
                break
            if t.text in ("-", "‐", "‑"):
                if k - 1 >= lo and doc[k - 1].lower_ in _HYPHEN_PREFIXES:
                    keep = k - 1
                    k -= 2
                    continue
                if (
                    k - 1 >= lo
                    and doc[k - 1].pos_ == doc[k + 1].pos_ == "PROPN"
                    and not doc[k - 1].whitespace_
                    and not t.whitespace_
                ):
                    # "Ahmat Allam-mi", "Ould Abdel-Aziz": a hyphen inside one name
                    keep = k - 1
                    k -= 2
                    continue
                keep = self._hyphen_participle(k, keep, h)
                break
            if t.head.i < t.i or t.head.i > h.i or t.dep_ not in (*MODIFIERS, "punct"):
                break
            if t.lower_ in _EVALUATIVE or t.pos_ in ("NUM", "DET", "PRON", "ADV"):
                break
            if t.pos_ == "ADJ" and t.lower_ == t.text and not self._keeps(t):
                break
            if (
                k - 2 >= lo
                and doc[k - 1].lower_ == "and"
                and doc[k - 2].pos_ == "VERB"
                and doc[k - 2].i == t.head.head.i
            ):
                break  # "trained and armed Tamil militants": the verbs' pair, not the name
            keep = k
            k -= 1
        end = h.i
        if h.pos_ == "PROPN":  # "the Northern Alliance of Rivers"
            limit = self.ctx.s.sent.end
            while end + 2 < limit and doc[end + 1].lower_ == "of" and doc[end + 2].pos_ == "PROPN":
                end += 2
                while end + 1 < limit and doc[end + 1].pos_ == "PROPN":
                    end += 1
        text = _bracketed(doc, keep, end, self.ctx.s.sent.end).text
        if h.lemma_.lower() in self.titles or self._term(h) in self.titles:
            place = self._of_place(h)
            if place:
                text = f"{text} of {place}"
        return _clean(text)

    def _hyphen_participle(self, k: int, keep: int, h) -> int:
        """Where a name starts whose first kept word is the participle of a hyphened compound
        (hyphen at ``k``): "the Tutsi-led rebellion" keeps its first part ("Tutsi-led
        rebellion"), unless that part is a backer read apart or no word of a name, when the
        name falls back to the words after the participle ("rebellion"), never "led
        rebellion"."""
        doc = h.doc
        part = doc[keep]
        if keep != k + 1 or keep >= h.i or part.tag_ not in ("VBN", "VBG"):
            return keep
        first = doc[k - 1] if k - 1 >= self.ctx.s.sent.start else None
        if (
            first is not None
            and first.i not in self.ctx.backer_tokens
            and first.head.i == part.i
            and first.pos_ in ("PROPN", "ADJ", "NOUN")
        ):
            return first.i
        return keep + 1

    def _keeps(self, t) -> bool:
        lo = t.lower_
        return (
            lo in self.non_state
            or lo in self.armed
            or t.lemma_.lower() in self.armed
            or lo.startswith(("anti", "pro-"))
            or (t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-")
            or (t.i > 0 and t.doc[t.i - 1].text == "-")
        )

    def _of_place(self, h) -> str | None:
        """ "governor of the southern province of Helmand" -> "Helmand"."""
        cur, found = h, None
        for _ in range(3):
            objs = preps(cur, "of")
            if not objs:
                break
            cur = objs[0]
            if cur.pos_ == "PROPN":
                toks = [t for t in cur.subtree if t.pos_ == "PROPN" and t.i <= cur.i and t.i >= h.i]
                found = " ".join(t.text for t in toks) or cur.text
        return found


def _dash_between(a, b) -> bool:
    """A spaced dash between two tokens ("ADDIS ABABA - Eritrean troops"): a dateline or a
    clause break the parser joined into one phrase."""
    doc = a.doc
    for k in range(min(a.i, b.i) + 1, max(a.i, b.i)):
        t = doc[k]
        if t.text in ("-", "–", "—", "--", ":") and doc[k - 1].whitespace_:
            return True
    return False


def _a_name_beside_a_people(states) -> bool:
    """Whether states' words joined before a noun of men in arms mix a state's name with a
    people's word ("between Chad and Sudanese rebels", "between Peru and Ecuadorian
    guerrillas"): the writer who means both states' men writes both peoples' words
    ("Chadian and Sudanese rebels"), so the name stands alone for its state, and the noun
    is the people's men only. Names alone ("Chad and Sudan rebels") or peoples' words alone
    are read as before."""
    forms = {m.ref.form for m in states if m is not None}
    return {"name", "demonym"} <= forms


def _prefixed(tok) -> bool:
    """ "Moscow" in "pro-Moscow", "anti-Western": a stance word, not the phrase's owner."""
    doc = tok.doc
    k = tok.i
    return (
        k >= 2 and doc[k - 1].text in ("-", "‐", "‑") and doc[k - 2].lower_ in _HYPHEN_PREFIXES
    ) or tok.lower_.startswith(("pro-", "anti-"))


def regional_name(words, mention_of: Callable[[Any], Mention | None]) -> bool:
    """Whether a proper name holds a compass word right before a state's name that does not
    itself begin with it: "South Lebanon" in "the South Lebanon Army" is a region, the army
    its armed group's, while "South Sudan" and "North Korean" are the state's own names."""
    for a, b in itertools.pairwise(words):
        if a.lower_ not in COMPASS or not a.text[:1].isupper():
            continue
        m = mention_of(b)
        if m is not None and m.ref.kind == "state" and not m.covers(a):
            return True
    return False


_QUOTES = '"“”„«»'


def _bracketed(doc, lo: int, hi: int, limit: int):
    """Tokens ``lo..hi`` with every bracket they open closed: the tagger's span of "the
    National Union for the Total Independence of Angola (UNITA), the rebels claim" stops before
    the ")", and the name was shown with its bracket open. The ")" that follows is taken in;
    with none before ``limit`` (the sentence's end), the name stops before its "(". A ")"
    the span never opened is left out."""
    opened: list[int] = []
    for k in range(lo, hi + 1):
        if doc[k].text == "(":
            opened.append(k)
        elif doc[k].text == ")":
            if opened:
                opened.pop()
            elif k == lo:
                lo += 1  # a stray ")" before the name
            else:
                hi = k - 1
                break
    depth = len(opened)
    while depth and hi + 1 < limit and doc[hi + 1].text == ")":
        hi += 1
        depth -= 1
    if depth and opened[-depth] > lo:  # no ")" for it: the name before the bracket
        hi = opened[-depth] - 1
    return doc[lo : hi + 1]


def _clean(text: str) -> str:
    text = re.sub(r"\s*([-‐‑])\s*", "-", " ".join(text.split()))
    # a name the article sets in quotes ('in support of "Palestinian resistance"', "so-called
    # “separatists”") is the name, not its marks: the parser hangs an opening mark on the noun
    # as its punctuation. Double marks are never part of a name; single ones only around it
    # (an apostrophe is: "people's militias")
    text = norm_name(re.sub(f"[{_QUOTES}]", " ", text))
    if len(text) > 2 and text[0] in "'‘" and text[-1] in "'’":
        text = text[1:-1]
    return norm_name(text)


def find_compounds(ctx) -> list[Compound]:
    """Every "X-backed", "X-led", "X-sponsored" in the sentence whose X names an actor."""
    s = ctx.s
    text = ctx.text
    out: list[Compound] = []
    for mt in PARTICIPLE_RE.finditer(text):
        hyphen = s.start + mt.start()
        backer = _backer_ending_at(ctx, hyphen)
        if backer is None:
            continue
        part_char = s.start + mt.start("part")
        tok = _token_at(ctx, part_char) or _token_at(ctx, hyphen)
        if tok is None:
            continue
        out.append(
            Compound(
                backer,
                mt.group("part").lower(),
                tok,
                _phrase_head(tok),
                backer.start,
                s.start + mt.end(),
            )
        )
    return out


def _token_at(ctx, pos: int):
    for t in ctx.s.sent:
        a = ctx.s.char(t)
        if a <= pos < a + len(t.text):
            return t
    return None


def _backer_ending_at(ctx, end: int) -> Mention | None:
    """The actor whose name ends right before the hyphen: a lexicon mention, a state, a
    capital or an organisation's name the parser found."""
    for m in ctx.mentions:
        if m.end == end:
            return m
    s, lex = ctx.s, ctx.lex
    rel = end - s.start
    left = ctx.text[:rel]
    starts = [mt.start() for mt in re.finditer(r"(?<![\w.'’])[\w.'’]", left)][-6:]
    for a in starts:
        name = left[a:].strip()
        if not name or not name[0].isupper():
            continue
        ref = lex.lookup(name) or lex.capitals.get(norm_name(name))
        if ref is None:
            continue
        tok = _token_at(ctx, s.start + a)
        if tok is None:
            continue
        last = _token_at(ctx, end - 1) or tok
        return Mention(tok.i, last.i + 1, ref, s.start + a, end)
    for tp in ctx.toponyms:
        if tp.end == end and tp.candidate is not None and tp.candidate.country:
            ref = lex.states_by_code.get(tp.candidate.country)
            tok = _token_at(ctx, tp.start)
            if ref is not None and tok is not None and tp.candidate.kind in ("country", "city"):
                form = "name" if tp.candidate.kind == "country" else "metonym"
                ref = ActorRef(ref.name, "state", state=ref.name, code=ref.code, form=form)
                return Mention(tok.i, tok.i + 1, ref, tp.start, tp.end)
    return None


def _phrase_head(tok):
    """The noun a glued participle modifies; the next noun phrase when the parse lost it
    ("Soviet-backed interim President Babrak Karmal" is sometimes parsed as an adverb)."""
    head = tok
    for _ in range(3):
        if head.head.i == head.i:
            break
        head = head.head
        if head.pos_ in ("NOUN", "PROPN") and head.i > tok.i:
            # "interim President Hamid Karzai": the name, not its title, heads the phrase
            while head.dep_ in ("compound", "flat") and head.head.i > head.i:
                head = head.head
            return head
    sent_end = tok.sent.end
    for k in range(tok.i + 1, min(sent_end, tok.i + 8)):
        t = tok.doc[k]
        if t.pos_ in ("NOUN", "PROPN"):
            while t.dep_ in ("compound", "amod", "nmod", "flat") and t.head.i > t.i:
                t = t.head
            return t
        if t.pos_ in ("VERB", "AUX", "ADP", "PUNCT") and t.text != "-":
            break
    return None


def _a_venue(tok) -> bool:
    """ "met in Brussels", "talks at Geneva": a name after "in" or "at" says where something
    happened, not a body that acts (the name of an organisation's seat is one of its names)."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at")
