"""Per-sentence context shared by the event, stance and asset rules.

Holds the sentence's actor mentions, toponyms and theatre scores, and resolves a noun phrase to
the actors it names ("Russian-backed Syrian government forces" -> Syrian government (Assad)).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from explorer.extract.lexicon import Lexicon, office_day
from explorer.extract.mentions import AssetMention, Mention, mention_at, singular_name
from explorer.extract.nlp import Sentence, nlp
from explorer.extract.syntax import (
    FOE_NOUNS,
    PERSPRON,
    RELPRON,
    children,
    glued,
    governing_subjects,
    kind_before_its_name,
    with_conjuncts,
)
from explorer.model import Toponym

# "allied with", "aligned with", "loyal to", "backed by", "supported by": a side's patron
_PATRON_WORDS = {"ally", "allied", "align", "aligned", "loyal", "back", "backed", "support",
                 "supported", "sponsor", "sponsored", "arm", "armed", "fund", "funded"}  # fmt: skip
_STATELIKE = ("state", "leader", "government")


_OWNER_DEPS = ("amod", "compound", "poss", "nmod")

# participles that say where a body sits: "a charity based in Canada", "a
# London-based monitor", "headquartered in Geneva"
# the prepositions of a movement's goal and the verbs whose object is the place entered
# (English grammar: "crossed into", "travelled to"; "entered", "invaded", "reached")
_GOAL_PREPS = {"into", "to", "toward", "towards", "inside"}
_ENTER_VERBS = {"enter", "re-enter", "reenter", "invade", "infiltrate", "reach", "cross"}
_SEAT_VERBS = {"base", "based", "headquarter", "headquartered", "register", "registered"}
# what marks a body seated somewhere as armed men, who fight from where they are based
_ARMED_BODIES = {
    "armed", "rebel", "rebels", "militant", "militants", "insurgent", "insurgents",
    "jihadist", "jihadists", "islamist", "islamists", "guerrilla", "guerrillas", "separatist",
    "separatists", "militia", "militias", "militiamen", "fighter", "fighters", "troops",
    "soldiers", "army", "military", "forces", "gunmen", "mujahideen", "paramilitary",
    "paramilitaries", "mercenaries", "peacekeepers", "units", "brigade", "battalion",
}  # fmt: skip


def based_body(tok):
    """The body whose base a place's token names ("rebels based in Zambia", "a London-based
    monitor", "headquartered in Geneva"), or None."""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at"):
        seat = tok.head.head
    elif tok.dep_ == "npadvmod":
        seat = tok.head  # "London-based"
    else:
        return None
    if seat.lower_ not in _SEAT_VERBS and seat.lemma_.lower() not in _SEAT_VERBS:
        return None
    if seat.dep_ not in ("acl", "amod") or seat.head.i == seat.i:
        return None
    return seat.head


# the nouns of a place that lies in a state ("the capital of Mali", "a province of Iraq")
_PLACES_OF = frozenset(
    {"capital", "city", "town", "village", "province", "region", "district", "suburb", "port"}
    | {"island", "outskirts", "north", "south", "east", "west", "centre", "center", "part"}
)


@dataclass(slots=True)
class SentenceContext:
    s: Sentence
    text: str
    mentions: list[Mention]
    toponyms: list[Toponym]
    assets: list[AssetMention]
    lex: Lexicon
    theatre_scores: dict[str, float] = field(default_factory=dict)
    backer_tokens: set[int] = field(default_factory=set)  # "Turkish" in "Turkish-backed"
    not_referent: set[int] = field(default_factory=set)  # mentions a pronoun cannot mean now
    prev: SentenceContext | None = None
    following: SentenceContext | None = None  # the unit after it (``prev``'s other way)
    compounds: list[Any] = field(default_factory=list)  # actors.Compound: "U.S.-backed"
    paragraph_words: set[str] | None = None  # lower-cased words of the sentence's paragraph
    document_words: set[str] = field(default_factory=set)  # lower-cased words of the article
    # False when the sentence holds no word a rule starts from: it has no tags, lemmas or
    # entities (its dependencies too when it names no place), the rules do not read it, and
    # it lends only its places and actors to the other sentences
    full_parse: bool = True
    published: str | None = None  # the article's date (ISO), when known
    doc_text: str = ""  # the whole article's text (``text`` is the sentence's)

    def drop_states_in_persons_names(self) -> None:
        """A state's or a capital's name inside a person's name of more words ("Chad" of "Chad
        Morrow", "Jordan" of "Jordan Meyer", "Paris" of "Paris Kelly"): the person, not the
        state, where the tagger reads the whole as one person and the other words are no
        names or titles the lexicon knows. A state tied to its holder by "of" or a
        possessive ("Queen Rania of Jordan") stays. Read after the parse: a sentence read for
        its places only has no entities, and keeps its mentions."""
        persons = [
            e
            for e in self.s.sent.ents
            if e.label_ == "PERSON"
            and len(e) > 1
            and not any(t.lower_ in ("of", "'s", "’s") for t in e)
        ]
        if not persons:
            return
        lex = self.lex

        def inside_a_person(m: Mention) -> bool:
            if m.ref.kind != "state" or m.ref.form not in ("name", "metonym"):
                return False
            for e in persons:
                if e.start <= m.i and m.j <= e.end and e.end - e.start > m.j - m.i:
                    rest = [t for t in e if not m.i <= t.i < m.j]
                    return all(
                        t.is_title and t.is_alpha and lex.lookup(t.text) is None for t in rest
                    )
            return False

        self.mentions = [m for m in self.mentions if not inside_a_person(m)]

    def find_compounds(self) -> None:
        """Glued "X-backed" forms, and the tokens that name the backer, not the party."""
        from explorer.extract.actors import find_compounds

        self.compounds = find_compounds(self)
        for c in self.compounds:
            self.backer_tokens.update(range(c.backer.i, c.backer.j))
            self.backer_tokens.add(c.token.i)
            doc = c.token.doc
            k = c.token.i - 1
            while k >= c.backer.i and doc[k].text in ("-", "‐", "‑"):
                self.backer_tokens.add(k)
                k -= 1

    def tokens_of(self, tp: Toponym) -> list:
        """The tokens of this sentence that a toponym covers (none if it lies elsewhere)."""
        return [t for t in self.s.sent if tp.start <= self.s.char(t) < tp.end]

    def head_of(self, tp: Toponym):
        """The syntactic head of a toponym's tokens ("Fasher" of "El Fasher"), or None."""
        toks = self.tokens_of(tp)
        if not toks:
            return None
        idx = {t.i for t in toks}
        head = toks[-1]
        while head.head.i in idx and head.head.i != head.i:
            head = head.head
        return head

    def seat_of_a_body(self, tok) -> bool:
        """ "Sentinel, a watchdog based in Canada", "a London-based monitor": whether
        ``tok`` names where a watchdog, firm or agency is based, which is where it sits, not
        where the war it reports on is fought, nor a side a pronoun may mean. Armed men
        based somewhere ("rebels based in Zambia", "an armed group based in Libya") and an
        actor the text names ("Hezbollah, based in Lebanon") fight from there: not a seat."""
        body = based_body(tok)
        if body is None:
            return False
        named = [body, *children(body, "appos")]
        if body.dep_ == "appos":
            named.append(body.head)
        if any(self.mention(t) is not None for t in named):
            return False
        words = {body.lemma_.lower(), body.lower_}
        words |= {c.lower_ for c in body.children if c.dep_ in ("amod", "compound")}
        return not words & _ARMED_BODIES

    def patron_of_a_tie(self, tok) -> bool:
        """ "North Korea, an ally of China, fought the United States", "Vietnam, a Soviet
        client state, invaded Cambodia": whether ``tok`` names the state whose ally, client or
        proxy (the lexicon's `tie_nouns` and `client_nouns`) the subject of a fight against a
        state is, which says who stands with whom, not where that war is fought; so too a
        state's own fight against armed men ("Thailand, an ally of the US, fought the
        insurgents"). Beside men sent to fight ("France, Chad's ally, sent jets to fight the
        rebels") the patron's home may well be where they fight, and it stays a place."""
        ties = self.lex.words("tie_nouns") | self.lex.words("client_nouns")

        def tie(noun) -> bool:
            if noun.pos_ not in ("NOUN", "PROPN"):
                return False
            words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
            return any(w.lemma_.lower() in ties or w.lower_ in ties for w in words)

        if tok.dep_ == "pobj" and tok.head.lower_ == "of":
            noun = tok.head.head
        elif tok.dep_ in ("amod", "compound", "poss", "nmod"):
            noun = tok.head
        else:
            return False
        if not tie(noun) or noun.dep_ != "appos" or noun.head.dep_ != "nsubj":
            return False
        verb = noun.head.head
        fought = [o for d in children(verb, "dobj") for o in with_conjuncts(d)]
        if any((m := self.mention(o)) is not None and m.ref.kind == "state" for o in fought):
            return True
        # "South Vietnam, a client state of the United States, fought the Viet Cong": a state
        # that fights others itself (its own verb of fighting, not men it sent) fights at
        # home, not in its patron's
        subject = self.mention(noun.head)
        fights = self.lex.words("attack_verbs") | set(
            self.lex.stances.get("fight", {}).get("verbs", [])
        )
        return (
            bool(fought)
            and subject is not None
            and subject.ref.kind == "state"
            and verb.lemma_.lower() in fights
        )

    def foe_in_apposition(self, tok) -> bool:
        """ "Cuba, the closest ally of the Sandinista government and a foe of Washington, sent
        advisers to Nicaragua", "Vietnam, China's enemy": whether ``tok`` names whom an actor
        is a foe of, in an apposition that describes the actor: who the actor is, named as
        an actor is, not a place where a war is."""
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":
            noun = tok.head.head
        elif tok.dep_ in ("amod", "compound", "poss"):
            noun = tok.head
        else:
            return False
        if noun.lemma_.lower() not in FOE_NOUNS:
            return False
        # however the parser joins the foe (to the ally or to the ally's object)
        for _ in range(6):
            if noun.dep_ not in ("conj", "pobj", "prep") or noun.head.i == noun.i:
                break
            noun = noun.head
        return noun.dep_ == "appos" and self.mention(noun.head) is not None

    def owns(self, m: Mention) -> bool:
        """Whether a mention lies in this parse unit (a pronoun may resolve to an earlier
        one, whose token indices belong to another parse). The unit's characters, not the
        sentence's: a sentence whose clauses a semicolon or a dash joins is parsed as several
        units that all carry the whole sentence's span, each a doc of its own."""
        return self.s.base <= m.start < self.s.base + len(self.s.sent.doc.text)

    def compound_at(self, tok):
        """The glued participle that modifies ``tok`` ("U.S.-backed" in front of it)."""
        for c in self.compounds:
            if c.head is not None and c.head.i == tok.i:
                return c
        return None

    # --- theatres -------------------------------------------------------------------------
    def conflict_words(
        self, rx: re.Pattern, countries: tuple[str, ...], within: tuple[str, ...] = ()
    ) -> list[re.Match]:
        """The matches of a listed conflict's words in the sentence, less those inside a
        place read in a country the conflict is not fought in: "Niger" of "the Niger Delta"
        (Nigeria's) names no war of Niger's, "Congo" of "the Republic of the Congo" no war
        of DR Congo's. A word names a conflict only where it names the conflict's ground or
        people; a conflict listed with no countries of its own keeps every match but its
        common words (``_common_words_placed``)."""
        found = list(rx.finditer(self.text))
        if found:
            found = self._outside_names(found)
        if not countries or not found:
            return self._common_words_placed(found, within)
        start = self.s.start
        elsewhere = [
            (tp.start - start, tp.end - start)
            for tp in self.toponyms
            if tp.candidate is not None
            and tp.candidate.country
            and tp.candidate.country not in countries
        ]
        return [m for m in found if not any(a <= m.start() and m.end() <= b for a, b in elsewhere)]

    def _common_words_placed(
        self, found: list[re.Match], within: tuple[str, ...]
    ) -> list[re.Match]:
        """A conflict of a region inside states (Northern Ireland's, in the United Kingdom)
        named by a common word ("loyalists", "unionists") in a sentence whose places are all
        in other lands names other men ("Libya armed the Polisario and Morocco the Saharan
        loyalists"): the word counts only with no land named, or one of the conflict's."""
        if not within or not any(m.group(0).islower() for m in found):
            return found
        lands = {
            tp.candidate.country
            for tp in self.toponyms
            if tp.candidate is not None and tp.candidate.country
        }
        if not lands or lands & set(within):
            return found
        return [m for m in found if not m.group(0).islower()]

    def _movement_in_power(self, m: Mention) -> bool:
        """ "the MPLA government", "the Frelimo regime": a movement of one home naming a
        government noun is that state's government (``PhraseReader._movement_in_power``), no
        movement a pronoun after it may mean ("... and South Africa its UNITA allies")."""
        last = self.s.sent.doc[m.j - 1]
        return (
            m.ref.kind == "party"
            and len(m.ref.homes) == 1
            and last.dep_ == "compound"
            and last.head.lemma_.lower() in ("government", "regime")
        )

    def _outside_names(self, found: list[re.Match]) -> list[re.Match]:
        """The matches not inside a person's name of more words than the match ("Peshmerga
        commander Nuri Hama Ali", "the water behind Mosul Dam", which the tagger reads as
        a name too): a town's name in a person's or a thing's name is no mention of the
        town, unless the geoparser read a place there. A sentence read for its places
        only has no entities, and keeps every match."""
        start = self.s.start
        names = [
            (self.s.char(e[0]) - start, self.s.char_end(e[-1]) - start)
            for e in self.s.sent.ents
            if e.label_ == "PERSON" and len(e) > 1
        ]
        if not names:
            return found
        places = [(tp.start - start, tp.end - start) for tp in self.toponyms]
        return [
            m
            for m in found
            if not any(a <= m.start() and m.end() <= b and (a, b) != m.span() for a, b in names)
            or any(a < m.end() and m.start() < b for a, b in places)
        ]

    def score_theatres(self) -> None:
        sc: dict[str, float] = {}
        codes = [m.ref.code for m in self.mentions if m.ref.code and m.ref.kind != "org"]
        codes += [
            t.candidate.country
            for t in self.toponyms
            if t.candidate is not None and t.candidate.country
        ]
        for th in self.lex.theatres.values():
            v = 0.0
            if th.keyword_re is not None:
                v += 2.0 * len(self.conflict_words(th.keyword_re, th.countries, th.within))
            v += sum(1.0 for c in codes if c in th.countries)
            v += sum(
                1.0 for m in self.mentions if m.ref.kind == "party" and th.id in m.ref.theatres
            )
            if v:
                sc[th.id] = v
        self.theatre_scores = sc

    # --- actors in a phrase ---------------------------------------------------------------
    def mention(self, tok) -> Mention | None:
        return mention_at(self.mentions, tok)

    def told_before(self, m: Mention) -> bool:
        """Whether ``m`` is a mention of the sentence before, which a pronoun took from there:
        its token indices are that sentence's (each sentence may be parsed as a doc of its own,
        and only as far as its own rules need, so its words' roles may be unread)."""
        return self.prev is not None and any(x is m for x in self.prev.mentions)

    def np_mentions(self, tok, depth: int = 0, want_party: bool = False) -> list[Mention]:
        """The actors a noun phrase headed by ``tok`` names (with its conjuncts)."""
        out: list[Mention] = []
        for head in with_conjuncts(tok):
            for m in self._head_mentions(head, depth, want_party):
                if m not in out:
                    out.append(m)
        return out

    def _head_mentions(self, tok, depth: int, want_party: bool = False) -> list[Mention]:
        if depth > 3:
            return []
        m = self.mention(tok)
        if m is not None and tok.i not in self.backer_tokens:
            return [m]
        found: list[Mention] = []
        # appositions and compounds name the head: "the Ugandan dictator Idi Amin"
        for c in children(tok, "appos"):
            found += self._head_mentions(c, depth + 1)
        if found:
            return found
        for c in children(tok, "poss"):
            if c.lower_ in PERSPRON:
                found += self.resolve_pronoun(c, want_party)
            else:
                found += self._head_mentions(c, depth + 1)
        if found:
            return found
        of = [
            o
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if tok.lemma_.lower() in self.lex.stances.get("action_nouns", []):
            by = [
                o
                for p in tok.children
                if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                for o in p.children
                if o.dep_ == "pobj"
            ]
            for o in by:
                found += self.np_mentions(o, depth + 1)
            if found:
                return found
        for o in of:
            # "mercenaries of the Wagner Group", "General X of the Y Army"
            sub = self.np_mentions(o, depth + 1)
            if sub and tok.lemma_.lower() not in ("east", "west", "north", "south", "part"):
                found += sub
        if found:
            return found
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "nmod", "npadvmod") and c.i not in self.backer_tokens:
                mm = self.mention(c)
                if mm is not None and mm not in found:
                    found.append(mm)
        return found

    def resolve_pronoun(self, tok, want_party: bool, whole_list: bool = False) -> list[Mention]:
        """ "it", "its", "the group": the nearest fitting mention before ``tok``; with
        ``whole_list``, a plural pronoun's every name of the list that mention is in."""
        lo = tok.lower_
        coref = self.lex.stances.get("coref_nouns", [])
        is_pron = lo in PERSPRON or lo in RELPRON
        is_def = (tok.lemma_.lower() in coref and any(c.lower_ == "the" for c in tok.children)) or (
            tok.lemma_.lower() in coref
            and any(c.dep_ == "poss" and c.lower_ == "its" for c in tok.children)
        )
        if not (is_pron or is_def):
            return []
        if lo in ("its", "their") and tok.dep_ == "poss" and tok.head.dep_ == "conj":
            # "Ansar Dine and its al Qaeda allies": the owner is the first conjunct, known
            # or not, never a name before it
            first = tok.head.head
            while first.dep_ == "conj":
                first = first.head
            found = self.mention(first)
            if found is not None:
                return [found]
            if first.pos_ == "PROPN" or first.lower_ in self.lex.words("armed_nouns"):
                return []  # a side the lexicon does not know: not the name before it
            # "Oslo's mediation role and its aid for Colombia": a thing's owner, read
            # as any "its"

        said_by = self._speaker_of(tok) if is_pron and not want_party else None
        if said_by is not None:
            # the speaker, or nobody when the speaker is no side the sentence names
            return [said_by] if isinstance(said_by, Mention) else []

        # "Turkey has sided with Azerbaijan and supplied it with drones": an object "it" is
        # not its own clause's subject, and may be any side the sentence named before
        objective = want_party and lo in ("it", "them") and tok.dep_ in ("dobj", "dative")

        personal = lo in ("he", "she", "him", "her", "his", "hers")

        def fits(m: Mention) -> bool:
            if personal and (
                self.on_a_thing(m) or (self.prev is not None and self.prev.on_a_thing(m))
            ):
                # "Tudjman has conceded that he shipped arms", after "the Croatian news agency
                # HINA reported": "he" is a man, never the state of a thing's adjective
                return False
            if want_party and personal and _a_man_for_he(self, m, tok):
                return True
            if want_party or is_def:
                return m.ref.kind == "party" or m.ref.party is not None
            return m.ref.kind in ("state", "org", "leader", "party")

        def fits_here(m: Mention) -> bool:
            if objective and not any(fits(o) for o in self.mentions if o.j <= tok.i):
                return (
                    m.ref.kind in ("state", "org", "leader", "party")
                    and not self._is_subject(m)
                    and not self._owns_subject(m)
                    and not self._where(m)
                )
            return fits(m)

        place = self._where_antecedent(tok)
        before = [
            m
            for m in self.mentions
            if m.j <= tok.i
            and fits_here(m)
            and m.i not in self.not_referent
            and not (place is not None and m.i <= place.i < m.j)
            and not self.seat_of_a_body(self.s.sent.doc[m.j - 1])
            and not self._movement_in_power(m)
        ]
        if lo == "whose":
            # "the SPLM held a rally in Juba after its gains, whose ultimate goal is to topple
            # Bashir": a relative's owner is a thing or a side named, never a town the clause
            # before says an act was in (Aden's state)
            before = [m for m in before if not self._where(m)]
        if is_pron and lo in ("it", "them") and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            # "Rabat cut its ties with Iran, accusing it of ...": a verb's object pronoun is
            # never the subject of its own clause (that is "itself"), nor the subject a
            # participle or infinitive shares with the verb above it
            own = {t.i for t in governing_subjects(tok.head)}
            before = [m for m in before if not any(k in own for k in range(m.i, m.j))]
        if is_def and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            # "Iran, the Houthis' main backer, as well as Hezbollah, has armed the group": the
            # group a verb acts on is none of the names its subject is made of (a possessor
            # inside it, "the Houthis'", may be)
            own = {k for s in governing_subjects(tok.head) for k in _subject_names(s)}
            before = [m for m in before if not any(k in own for k in range(m.i, m.j))]
        if not (want_party or is_def) and tok.dep_ != "poss":
            # "it", "its" as a power: the nearest subject before it, if any
            subjects = [m for m in before if self._is_subject(m)]
            before = subjects or before
        offices = self.lex.words("state_offices")
        states = [m for m in before if m.ref.kind == "state"]
        if lo in ("its", "their") and tok.dep_ == "poss" and not want_party:
            said = self._said_by_subject(tok, before)
            if tok.head.lemma_.lower() in offices and states:
                # "The Houthis fired missiles at Saudi Arabia, its foreign ministry said": a
                # minister or an embassy is a state's
                return [states[-1]]
            if said is False:
                return []
            if isinstance(said, Mention):
                # "Russia backs the separatists, their commander said": not Russia's
                return [] if lo == "their" and singular_name(said, tok.doc) else [said]
        if lo == "their" and not want_party and (pair := self._joined_subject(tok, before)):
            # "The United States and Britain voiced their support for Guyana": the names
            # joined as the clause's subject are many together
            return pair
        if lo == "their" and not want_party:
            # "The Houthis will keep fighting Saudi Arabia, their leader said": a plural
            # pronoun is the nearest side that is many, not a state's name
            many = [m for m in before if not singular_name(m, tok.doc)]
            if before and not many:
                return []  # "Russia backs the separatists, their commander said": not Russia
            before = many
        if is_pron and lo in ("they", "their") and not want_party and before:
            # "Volunteers crossed into Ukraine because they backed the separatists": the place
            # the clause above moves its subject into is never whom "they" means
            goal = self._moved_into(tok)
            before = [m for m in before if not any(m.i <= t < m.j for t in goal)]
        if is_pron and lo in ("they", "their") and not want_party and before:
            above = self._plural_subject_above(tok)
            if above:
                # "Russian troops entered Georgia because they backed the separatists": the
                # men of the clause above, not a state named after them
                return above
        plural = whole_list and is_pron and lo in ("they", "them", "their")
        if before:
            return _the_whole_list(before[-1], before, tok.doc) if plural else [before[-1]]
        if is_pron and lo in ("they", "their") and self._a_group_above(tok):
            return []
        # "The rebels have since rearmed and spread their ambushes": the group the clause is
        # about, which a state the sentence before named (a French campaign) is not; an armed
        # side it named may be ("the Taliban attacked ... as the militants intensified their
        # raids")
        group = lo == "their" and tok.dep_ == "poss" and self._a_group_its_subject(tok)
        if is_pron and lo == "they" and self.prev is not None:
            reported = self.prev.reported_plural_last(tok)
            told = {t.lemma_.lower() for t in tok.head.subtree if t.i > tok.i}
            if reported is not None and not (told & reported[1]):
                # "Officials from Kenya and Ethiopia said the militants had crossed the
                # border. They attacked a police post": the men of the reported clause (not
                # when its own words name them again: "They shelled the militants' camp")
                return reported[0]
        if lo in ("he", "she") and self.prev is not None and self.prev.unknown_man_leads():
            # "Holbrooke had flown to Belgrade for talks with Serbia's President Slobodan
            # Milosevic. He said ...": the man the sentence before is about, no side known
            return []
        if self.prev is not None:
            # "Global Witness, a group based in Britain, ... Its researchers say": the
            # country a body sits in is not whom the pronoun means
            doc = self.prev.s.sent.doc
            prev = [
                m
                for m in self.prev.mentions
                if fits(m) and not (self.prev.owns(m) and self.prev.seat_of_a_body(doc[m.j - 1]))
            ]
            if is_pron and lo in ("they", "their") and prev:
                # "Officials from Mali and Niger said the border was closed. They attacked
                # ...": officials of two lands are no one side
                speakers = self.prev.speakers_of_many_lands()
                prev = [m for m in prev if m.i not in speakers]
                # "Gunmen seized a mall in Nairobi, the capital of Kenya. They killed 30
                # people": a state's name that only says where a place lies is no one who acts
                prev = [m for m in prev if not self.prev.only_where(m)]
            if group:
                prev = [m for m in prev if m.ref.kind != "state"]
            if prev:
                one = prev[-1] if want_party or is_def else prev[0]
                return _the_whole_list(one, prev, doc) if plural else [one]
        return []

    def unknown_man_leads(self) -> bool:
        """Whether the sentence's main clause has as its subject a man's name that no side
        of the lexicon holds (one the tagger reads as a person's, or as no kind of name), with
        no side named in its phrase ("On Thursday Holbrooke had
        flown to Belgrade for talks with Serbia's President Slobodan Milosevic"): a "he" or "she"
        that opens the next sentence is that man, never a leader named later in this one.
        Not when the name comes with its side ("John Hughes, a State Department
        spokesman") or a title in apposition ("Ahmed Nur, deputy minister of defence",
        a state's man whose state the story names elsewhere), or is a known leader's
        ("Chad's President Idriss Deby")."""
        sent = self.s.sent
        if not sent.root.dep_:
            return False  # a sentence read for its names only (no parse)
        for subj in children(sent.root, "nsubj"):
            if subj.pos_ != "PROPN" or subj.ent_type_ not in ("PERSON", ""):
                continue  # a place's or a body's name ("Cairo", "Hamas") is no man
            if children(subj, "appos"):
                continue  # "Ahmed Nur, deputy minister of defence": a title, a state's man
            if not any(self.mention(t) is not None for t in subj.subtree):
                return True
        return False

    def on_a_thing(self, m: Mention) -> bool:
        """Whether a mention of this sentence is a state's word on the noun of a thing or a
        body that is no person ("the Macedonian news agency", "Iran's nuclear programme"),
        not on a title or a person's word ("the Turkish president", "Russian troops")."""
        if not self.owns(m) or m.ref.kind not in ("state", "org"):
            return False
        people = (
            self.lex.words("titles")
            | self.lex.words("people_nouns")
            | self.lex.words("state_organs")
            | self.lex.words("armed_nouns")
            # officials the events' lexicon knows ("Georgia's top official ... after he
            # traveled"): a person's word, whose state "he" may stand for
            | _official_nouns()
        )
        doc = self.s.sent.doc
        tok = doc[m.j - 1]
        if not tok.dep_:
            # a sentence read for its names only (no parse): the lower-case words after the
            # name are its noun's ("news agency"), and none of them a person's word
            after = []
            for t in doc[m.j : min(m.j + 3, self.s.sent.end)]:
                if not t.text.isalpha() or not t.text.islower():
                    break
                after.append(t.lower_)
            return bool(after) and not any(w in people or w.rstrip("s") in people for w in after)
        if tok.dep_ not in ("amod", "compound", "nmod", "poss") or tok.head.i < tok.i:
            return False
        head = tok.head
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        return head.pos_ == "NOUN" and not (head.lemma_.lower() in people or head.lower_ in people)

    def _joined_subject(self, tok, before: list[Mention]) -> list[Mention]:
        """The mentions of two or more names joined as the subject of the clause a "their"
        sits in ("France and Germany have voiced their support"), each a mention
        before it; none otherwise."""
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subj:
            return []
        joined = [subj[0], *(c for c in subj[0].subtree if c.dep_ == "conj" and c.i < tok.i)]
        got = [m for t in joined for m in before if m.i <= t.i < m.j]
        return got if len(joined) >= 2 and len(got) == len(joined) else []

    def _said_by_subject(self, tok, before: list[Mention]) -> Mention | bool | None:
        """ "Hezbollah will keep fighting Israel, its leader said": the owner of a speaker
        ("its leader", "their spokesman") is the side the reported clause is about, its
        subject, not the nearest name (its object); False when that subject is a name no
        mention holds; None when there is none, or ``tok`` is no speaker's owner."""
        speaker = tok.head
        verb = speaker.head
        if speaker.dep_ != "nsubj" or verb.lemma_.lower() not in self.lex.words("speech_verbs"):
            return None
        reported = children(verb, "ccomp")
        if not reported and verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i:
            reported = [verb.head]
        subjects = [s for r in reported for s in children(r, "nsubj")]
        heads = [t for s in subjects for t in with_conjuncts(s)]
        found = [m for m in before if any(m.i <= t.i < m.j for t in heads)]
        if found:
            return found[0]
        if any(t.pos_ == "PROPN" for t in heads):
            return False  # "The Polisario Front will keep fighting Morocco, its spokesman
            # said": a side the lexicon does not hold, never the name after it
        return None

    def _speaker_of(self, tok) -> Mention | bool | None:
        """ "The Polisario Front said it had resumed its armed struggle": "it" (or "they" of
        a plural speaker), the subject of what is said, is the one who says it, never a name
        from the sentence before. The
        speaker's mention; False when the speaker is a noun no mention holds; None when
        "it" is not so reported."""
        plural = tok.lower_ in ("they", "their")
        # "Belaunde told the US ambassador that he was ready to ...": a man's "he" is the man
        # who says it, not the one he tells
        one = {"it": "it", "its": "it", "he": "he", "his": "he", "she": "she", "her": "she"}
        if tok.lower_ not in one and not plural:
            return None
        verb = tok.head
        for _ in range(4):  # the clause's verb ("its armed struggle": "resumed")
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        own = "they" if plural else one[tok.lower_]
        if not any(c.lower_ == own for c in children(verb, "nsubj", "nsubjpass")):
            return None  # "said Morocco had attacked its troops": whose, the clause says
        while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
        said = verb.head
        if verb.dep_ != "ccomp" or said.lemma_.lower() not in self.lex.words("speech_verbs"):
            return None
        for subj in children(said, "nsubj"):
            subj = kind_before_its_name(said, subj)
            if subj.pos_ == "PRON":
                return None  # "it said it would ...": the pronoun's own referent
            if plural != (subj.tag_ in ("NNS", "NNPS")) and own != "it":
                return None  # "Iran said they ...", "the officials said he": others
            found = self.mention(subj)
            if found is None and plural:
                # "Kenyan police officers said they were still fighting": whose they are
                owners = (self.mention(c) for c in subj.children if c.dep_ in _OWNER_DEPS)
                found = next((m for m in owners if m is not None), None)
            if found is not None and found.ref.kind in ("state", "org", "leader", "party", "armed"):
                return found
            # a name no mention holds is still the speaker; "a spokesman said it" is not;
            # "Officers of the police force said they were still fighting militants": the
            # officers themselves, no side named elsewhere in the story
            return False if subj.pos_ == "PROPN" or plural else None
        return None

    def _a_group_above(self, tok) -> bool:
        """ "Musa and 12,000 other villagers of Abyei were forced out because they were thought
        to back Bashir": a plural pronoun in a clause under one whose subject is a group of
        people that no name of a side holds means that group, never a side a sentence before
        named (the headline's "Sudanese")."""
        above = self._clause_above(tok)
        if above is None:
            return False
        heads = with_conjuncts(above[1])
        return any(h.tag_ == "NNS" for h in heads) and not any(
            self.mention(h) is not None for h in heads
        )

    def _a_group_its_subject(self, their) -> bool:
        """Whether the noun a "their" is on hangs on a verb whose subject (its own or shared
        by "and") is a group of irregular men no name of a side holds ("the jihadists ...
        spread their raids", "the militants resumed their raids"); not a state's men ("the
        soldiers", "the police": a side the sentence before may name)."""
        verb = their.head
        while verb.dep_ in ("dobj", "pobj", "prep", "conj", "compound") and verb.head.i != verb.i:
            verb = verb.head
            if verb.pos_ in ("VERB", "AUX"):
                break
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        heads = [h for s in governing_subjects(verb) for h in with_conjuncts(s)]
        return (
            bool(heads)
            and all(h.tag_ == "NNS" and h.i < their.i and h.lower_ in _irregulars() for h in heads)
            and not any(self.mention(h) is not None for h in heads)
        )

    def _plural_subject_above(self, tok) -> list[Mention]:
        """ "Russian troops entered Georgia because they backed the separatists": the side a
        plural subject of the clause above a pronoun's own names by a word on it ("Russian
        troops", "Iran's commanders"); none when that subject is not plural or names no side
        on itself."""
        above = self._clause_above(tok)
        if above is None:
            return []
        heads = with_conjuncts(above[1])
        if not all(h.tag_ == "NNS" for h in heads):
            return []
        return self._named_on(heads)

    def _named_on(self, heads) -> list[Mention]:
        """The mentions of nouns ``heads`` and of the words on them ("Russian troops",
        "Iran's commanders", "the Russians")."""
        words = [w for h in heads for w in (h, *h.children) if w.i == h.i or w.dep_ in _OWNER_DEPS]
        got: list[Mention] = []
        for w in words:
            m = self.mention(w)
            if m is not None and m not in got:
                got.append(m)
        return got

    def reported_plural_last(self, they) -> tuple[list[Mention], set[str]] | None:
        """For a "they" that opens the next sentence as its subject (``they``, of that
        sentence): when this sentence ends on a clause reported after its speech verb ("Kenyan
        officials said the militants had crossed the border") whose subject is plural, "they"
        is that subject: the sides named on it ("the Russians", "Russian troops"), or nobody
        when it names none ("the militants"), never the speakers, with the lemmas of its
        nouns. None (not so) when "they" speaks itself ("They added that ..."), or the last
        clause is the speakers' own or its subject is not plural ("said the border was
        calm")."""
        if they.dep_ != "nsubj" or they.head.lemma_.lower() in self.lex.words("speech_verbs"):
            return None
        sent = self._read_in_full()
        last = [t for t in sent if not t.is_punct]
        if not last:
            return None
        for said in sent:
            if said.lemma_.lower() not in self.lex.words("speech_verbs"):
                continue
            for clause in children(said, "ccomp"):
                if clause.i < said.i or max(t.i for t in clause.subtree) != last[-1].i:
                    continue
                subj = children(clause, "nsubj", "nsubjpass")
                heads = [h for s in subj for h in with_conjuncts(s)]
                if heads and all(h.tag_ in ("NNS", "NNPS") for h in heads):
                    return self._named_on(heads), {h.lemma_.lower() for h in heads}
        return None

    def _read_in_full(self):
        """This sentence parsed: itself, or for a sentence no rule of its own read in full, a
        copy read for the asking alone, so that the other rules see it as they did (the
        copy's tokens keep their indices)."""
        sent = self.s.sent
        if not self.full_parse:
            sent = nlp()(sent.doc.copy())[sent.start : sent.end]
        return sent

    def speakers_of_many_lands(self) -> set[int]:
        """The first tokens of the states named on a plural subject of officials who speak
        for more than one land ("Officials from Mali and Niger said the border was closed"):
        men of two states speaking together are no one side that a "they" of the next
        sentence can mean ("They attacked a police post" is no act of Mali's)."""
        speech = self.lex.words("speech_verbs")
        officials = _official_nouns() | self.lex.words("titles")
        found: set[int] = set()
        for said in self._read_in_full():
            if said.lemma_.lower() not in speech:
                continue
            for subj in children(said, "nsubj"):
                if subj.tag_ != "NNS" or subj.lemma_.lower() not in officials:
                    continue
                lo, hi = subj.left_edge.i, subj.right_edge.i
                named = [m for m in self.mentions if lo <= m.i and m.j - 1 <= hi]
                if len({m.ref.state for m in named if m.ref.kind == "state"}) > 1:
                    found |= {m.i for m in named}
        return found

    @staticmethod
    def _moved_into(tok) -> set[int]:
        """ "Volunteers crossed into Ukraine because they ...", "Fighters entered Afghanistan
        because they ...": the tokens of the place the clause above a pronoun's own sends its
        subject to (the object of "into", "to", "towards", or of a verb of entering); empty
        when there is none."""
        above = SentenceContext._clause_above(tok)
        if above is None:
            return set()
        verb = above[0]
        goals = [
            o
            for p in children(verb, "prep")
            if p.lower_ in _GOAL_PREPS
            for o in children(p, "pobj")
        ]
        if verb.lemma_.lower() in _ENTER_VERBS:
            goals += children(verb, "dobj")
        return {t.i for g in goals for c in with_conjuncts(g) for t in c.subtree}

    @staticmethod
    def _clause_above(tok):
        """The clause a pronoun's own clause hangs under ("... were driven out because they
        ...", up through conjuncts, complements and relative clauses, four levels at most) that
        has a subject before the pronoun: its verb and that subject; None when there is none."""
        verb = tok.head
        for _ in range(4):
            if (
                verb.dep_ not in ("advcl", "ccomp", "conj", "xcomp", "relcl")
                or verb.head.i == verb.i
            ):
                return None
            verb = verb.head
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
            if subj:
                return verb, subj[0]
        return None

    @staticmethod
    def _where_antecedent(tok):
        """ "pull French soldiers out of Mali, where they were stationed": the subject of a
        clause that "where" hangs on a name is never that name, the place it happened; the
        name's token, or None."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "relcl":
            return None
        if not any(c.lower_ in ("where", "wherein") for c in tok.head.children):
            return None
        return tok.head.head

    def placed_in(self, m: Mention) -> bool:
        """Whether the name is a place after a preposition ("the Houthi movement in Yemen")."""
        return self._where(m)

    def only_where(self, m: Mention) -> bool:
        """Whether a state's or a capital's name only says where a place lies: after "in"
        ("a hotel in Bamako"), or after "of" on a place's noun ("the capital of Mali", "a town
        of Syria"), not a side named by its own words ("the government of Mali")."""
        if m.ref.kind != "state" or m.ref.form not in ("name", "metonym"):
            return False
        t = self.s.sent.doc[m.j - 1]
        return self._where(m) or (
            t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in _PLACES_OF
        )

    def _where(self, m: Mention) -> bool:
        """Whether the name is a place after a preposition ("the Houthi movement in Yemen")."""
        t = self.s.sent.doc[m.j - 1]
        return t.dep_ == "pobj" and t.head.lower_ in ("in", "into", "inside", "across", "near")

    def _owns_subject(self, m: Mention) -> bool:
        """ "Saudi officials accuse Iran of supplying them": a name in the subject's own
        words is whose the subject is, the accuser, not whom its object pronoun means."""
        t = self.s.sent.doc[m.j - 1]
        return t.dep_ in ("amod", "compound", "poss", "nmod") and t.head.dep_ in (
            "nsubj",
            "nsubjpass",
        )

    def _is_subject(self, m: Mention) -> bool:
        sent = self.s.sent.doc
        for k in range(m.i, m.j):
            t = sent[k]
            while t.dep_ == "conj":
                t = t.head
            if t.dep_ in ("nsubj", "nsubjpass"):
                return True
        return False

    # --- naming ---------------------------------------------------------------------------
    def party_name(
        self, m: Mention, theatre, clause=None, year: int | None = None, undated: bool = False
    ) -> str:
        """How a party is shown in its conflict: the lexicon's name for what it knows; a
        state's organs inside its own civil war as its government ("Iraqi government");
        anything else as the article writes it, with the place when the words alone do not
        say which ("police officer (Chechnya)"). ``undated``: the claim is told in the past
        with no time of its own, so a leader's fall before the article's year is no sign it
        came after it ("Russia backed Bashar al-Assad with air strikes", told in 2025)."""
        ref = m.ref
        th = theatre.definition if theatre is not None else None
        if ref.kind == "leader" and ref.party and not undated and self.outlived_office(m, year):
            return ref.name  # "Russia still backs Bashar al-Assad" (2025): the man
        if self._says_which(th, m):
            year = None  # "the junta" in a 2013 story: the text's word, not the year's
        if ref.kind == "party":
            name = self.side_then(th, ref.name, year)
            if name == ref.name and self.lex.not_yet_formed(name, year):
                return self.written(m)
            return name
        if self.out_of_office(m, year):
            return ref.name  # "Yanukovych loyalists" in 2015: his faction, not Ukraine's
        if ref.kind == "leader" and not ref.party and self.left_office(m, year):
            return ref.name  # "Russia supports Yanukovych" (2015): the man, not Ukraine
        if ref.kind == "leader" and ref.party:
            if self.lex.not_yet_formed(ref.party, year):
                return ref.name  # a leader of 1980 led no party formed in 1982 yet
            return self.side_then(th, ref.party, year)
        if ref.kind in ("state", "leader") and ref.code:
            held = self.capital_then(m, year)
            if held in self.lex.parties:
                return self.side_then(th, held, year)  # "Sanaa" in 2023: the Houthis
            # a state of the past (Zaire) is not its code's state of today in the conflict
            historic = bool(ref.state) and self.lex.country_names.get(ref.code) not in (
                None,
                ref.state,
            )
            party = th.state_party(ref.code, year) if th is not None else None
            if party is not None and not historic:
                return party
            internal = theatre is not None and (
                ref.code == theatre.country or (th is not None and ref.code in th.countries)
            )
            # a state's organs inside its own conflict stand for its government; a state
            # named as such keeps its name unless the lexicon says whose side it is
            organ = ref.kind == "leader" or ref.form in ("organ", "demonym", "metonym")
            if internal and organ and (th is None or th.state_parties):
                # Mobutu's is the Zairean government, not today's Congolese one
                state = held or ref.state or ""
                adj = self.lex.state_adjectives.get(state) or self.lex.adjective(ref.code)
                return f"{adj} government" if adj else f"Government of {ref.state or ref.name}"
            return held or ref.state or ref.name
        if ref.kind == "government":
            if ref.code and (theatre is None or theatre.country != ref.code):
                # "the Sandinista government": its party's country's, wherever it is filed
                adj = self.lex.adjective_then(ref.code, year)
                return f"{adj} government" if adj else ref.name
            return self._government(theatre, year) or ref.name
        if ref.kind == "armed" and self._patrons_government(ref.name):
            # "a pro-Moscow regime" in Afghanistan: the government of the conflict's country,
            # described by its patron (who is the power, not a place)
            gov = self._government(theatre, year)
            if gov is not None:
                return gov
        if ref.kind == "armed":
            g = self._generic(m, th, clause)
            if g is not None and not self.lex.not_yet_formed(g, year):
                return self.side_then(th, g, year)
        if ref.kind == "person" and ref.form == "written" and self.bare_title(ref.name):
            # "the Syrian-backed president": the one of the conflict's place, which the
            # word alone does not say ("president (Lebanon)")
            return f"{ref.name} ({theatre.name})" if theatre is not None else ref.name
        return ref.name

    def out_of_office(self, m: Mention, year: int | None) -> bool:
        """Whether a leader's men (``actors.men_of``) are his own faction at the claim's time:
        the lexicon knows he did not hold office then (the article's day when the claim is of
        its year, else the year)."""
        return m.ref.form == "men" and self.left_office(m, year)

    def left_office(self, m: Mention, year: int | None) -> bool:
        """Whether the lexicon knows a leader did not hold office at the claim's time: his
        own years say so, or another leader of his state held it then."""
        if m.ref.kind != "leader" or year is None:
            return False
        day = self._office_day(year)
        words = self.s.sent.doc[m.i : m.j].text
        return self.lex.out_of_office(m.ref.name, day) or self.lex.office_of_another(
            m.ref.name, m.ref.code, day, words
        )

    def outlived_office(self, m: Mention, year: int | None) -> bool:
        """Whether a leader whose side is his regime had left office at the claim's time by
        his own listed years (Assad after December 2024): the man, not the regime. Not by
        another's office: a rebel leader's side (Hemedti's) outlasts any president's years."""
        if m.ref.kind != "leader" or year is None:
            return False
        return self.lex.out_of_office(m.ref.name, self._office_day(year))

    def in_office(self, m: Mention, year: int | None) -> bool:
        """Whether the lexicon knows a leader held office at the claim's time (the years he
        held power are listed and hold it)."""
        if m.ref.kind != "leader" or year is None:
            return False
        return self.lex.in_office_at(m.ref.name, self._office_day(year))

    def _office_day(self, year: int) -> str:
        """The article's day when the claim is of its year, else the year."""
        return office_day(self.published, year)

    def _patrons_government(self, name: str) -> bool:
        """ "pro-Moscow regime", "a pro-Western government": a government noun described
        only by whose side it is on ("pro-government militias" and "separatist authorities"
        are not)."""
        words = name.lower().split()
        return (
            len(words) >= 2
            and words[-1] in self.lex.words("government_nouns")
            and all(w.startswith("pro-") and w != "pro-government" for w in words[:-1])
        )

    def bare_title(self, name: str) -> bool:
        """ "president", "police officer": an office with no name, people or place."""
        words = name.split()
        titles = self.lex.words("titles")
        return (
            bool(words)
            and (name.lower() in titles or words[-1].lower() in titles)
            and not any(w[:1].isupper() for w in words)
        )

    def _government(self, theatre, year: int | None = None) -> str | None:
        """ "the government" of the conflict's country, as the lexicon or its demonym names it
        (the demonym of the state the country was in the claim's year: "the Smith regime" in
        1977 is the Rhodesian government, not today's Zimbabwean one)."""
        if theatre is None:
            return None
        th = theatre.definition
        code = theatre.country or (th.countries[0] if th is not None and th.countries else None)
        if code is None:
            return None
        party = th.state_party(code, year) if th is not None else None
        if party is not None:
            return party
        adj = self.lex.adjective_then(code, year)
        return f"{adj} government" if adj else None

    def side_then(self, th, name: str, year: int | None) -> str:
        """A state's side in ``year``: one named for a government that did not hold the state
        yet ("Malian government (junta)", from 2020) is, in a 2013 story, the government of
        that year, named as the state's organs are ("Malian government")."""
        if th is None or year is None:
            return name
        for code, party in th.state_parties.items():
            if party == name and th.state_party(code, year) is None:
                adj = self.lex.adjective_then(code, year)
                return f"{adj} government" if adj else name
        return name

    def _says_which(self, th, m: Mention) -> bool:
        """Whether the words of a mention name the kind of government a state party of
        the conflict is ("the junta", "the Malian junta" for "Malian government (junta)")."""
        if th is None:
            return False
        words = {t.lower_ for t in self.s.sent.doc[m.i : m.j]}
        for party in th.state_parties.values():
            kind = re.search(r"\(([^)]*)\)\s*$", party)
            if kind is not None and kind.group(1).lower() in words:
                return True
        return False

    def written(self, m: Mention) -> str:
        """A listed party's alias in a year before the party was formed ("the southern
        separatists" of 1994 are not the STC of 2017): the words as the article writes them."""
        toks = list(self.s.sent.doc[m.i : m.j])
        while len(toks) > 1 and toks[0].dep_ == "det":
            toks = toks[1:]
        return "".join(t.text_with_ws for t in toks).strip() or m.ref.name

    def power_name(self, m: Mention, theatre, year: int | None = None) -> str:
        ref = m.ref
        th = theatre.definition if theatre is not None else None
        if self._says_which(th, m):
            year = None
        if (
            ref.kind == "party"
            and self.side_then(th, ref.name, year) == ref.name
            and self.lex.not_yet_formed(ref.name, year)
        ):
            return self.written(m)
        if ref.kind == "armed":
            g = self._generic(m, th)
            if g is not None and not self.lex.not_yet_formed(g, year):
                return self.side_then(th, g, year)
            return ref.name
        if self.out_of_office(m, year):
            return ref.name
        if ref.kind == "government" and theatre is not None and theatre.country:
            return self.lex.country_names.get(theatre.country, ref.name)
        return self.side_then(th, self.capital_then(m, year) or ref.actor, year)

    def capital_then(self, m: Mention, year: int | None) -> str | None:
        """The state a capital named as a government stood for in the claim's year ("backed
        by Moscow" in 1986 is the Soviet Union, "Kinshasa" in 1985 Zaire, "Hanoi" in 2020
        Vietnam), None for any other name (the lexicon's state stands)."""
        if m.ref.kind != "state" or m.ref.form != "metonym":
            return None
        ctx: SentenceContext | None = self
        while ctx is not None and not ctx.owns(m):
            ctx = ctx.prev
        if ctx is None:
            return None
        return self.lex.capital_then(ctx.text[m.start - ctx.s.start : m.end - ctx.s.start], year)

    def _generic(self, m: Mention, th, clause=None) -> str | None:
        """A listed conflict's name for a description ("rebels" in Syria), unless the phrase
        says whose side it is on ("pro-government militias", "Shiite militias")."""
        if th is None:
            return None
        if not self.owns(m):
            return None
        tok = self.s.sent.doc[m.j - 1]
        own = {th.id.lower(), th.name.lower()} | {
            (self.lex.adjective(c) or "").lower() for c in th.countries
        }
        for t in tok.subtree:
            if t.i >= tok.i:
                break
            if t.i in self.backer_tokens:
                continue
            lo = t.lower_
            if lo in ("pro", "loyalist", "pro-government", "loyal") or lo.startswith("pro-"):
                return None
            if (t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "ORG")) and lo not in own:
                mm = self.mention(t)
                if mm is None or mm.ref.code not in th.countries:
                    return None
        if m.ref.form == "rebellion":
            for g in th.generic:
                if "rebels" in [x.lower() for x in g.get("terms", [])] and not g.get("qualifiers"):
                    return g["party"]
            return None
        return self.generic_party(tok, th.id, clause)

    def patron_words(self, tok) -> set[str]:
        """ "militias allied with the Ethiopian army", "fighters loyal to Kigali", "forces
        backed by Iran" say whose side as plainly as "Ethiopian-backed militias": the glued
        forms ("Ethiopian-backed", "Ethiopia-backed"), to match a conflict's qualifiers."""
        out: set[str] = set()
        for c in tok.children:
            if c.dep_ not in ("acl", "amod", "relcl") or children(c, "neg"):
                continue  # (not "militias not allied with Turkey")
            words = [c, *children(c, "acomp")]
            if not any(
                w.lemma_.lower() in _PATRON_WORDS or w.lower_ in _PATRON_WORDS for w in words
            ):
                continue
            objs = [
                o
                for w in words
                for p in w.children
                if p.dep_ in ("prep", "agent") and p.lower_ in ("with", "to", "by")
                for o in children(p, "pobj")
            ]
            for o in objs:
                for t in o.subtree:
                    m = self.mention(t)
                    if m is None or m.ref.code is None or m.ref.kind not in _STATELIKE:
                        continue
                    code = m.ref.code
                    for name in (self.lex.adjective(code), self.lex.country_names.get(code), code):
                        if name:
                            out |= {f"{name}-backed", f"{name}-backed".lower()}
        return out

    def generic_party(self, tok, theatre: str | None, clause=None) -> str | None:
        """Generic descriptions ("rebels in the east") that the theatre lexicon maps to a party."""
        th = self.lex.theatres.get(theatre or "")
        if th is None:
            return None
        scope = list(tok.subtree) + (list(clause) if clause is not None else [])
        words = {t.text for t in scope} | {t.lower_ for t in scope} | {glued(t) for t in scope}
        words |= self.patron_words(tok)
        head_text = " ".join(
            t.lower_
            for t in tok.subtree
            if t.i <= tok.i and (t.dep_ in ("compound", "amod") or t.i == tok.i)
        )
        for g in th.generic:
            terms = [x.lower() for x in g.get("terms", [])]
            if (
                tok.lower_ not in terms
                and tok.lemma_.lower() not in terms
                and not any(head_text.endswith(x) for x in terms if " " in x)
            ):
                continue
            quals = g.get("qualifiers", [])
            if quals and not any(q in words or q.lower() in words for q in quals):
                continue
            return g["party"]
        return None


def _official_nouns() -> frozenset[str]:
    """The events' lexicon's words for officials (events.json's 'official_nouns')."""
    from explorer.extract.events.words import event_words

    return event_words()["official_nouns"]


def _irregulars() -> frozenset[str]:
    """The events' lexicon's words for groups of men in arms or in the street that are no
    state's (events.json's 'group_nouns' but the police)."""
    from explorer.extract.events.words import event_words

    return frozenset(event_words()["group_nouns"]) - {"police"}


def _the_whole_list(m: Mention, pool: list[Mention], doc) -> list[Mention]:
    """ "Troops from Kenya, Ethiopia, Djibouti, Sierra Leone and Uganda were in Somalia. ...
    Shabaab attacked them": a plural pronoun that stands for one name of a list stands for the
    list, every name of it ``pool`` holds, in the text's order (not the first alone)."""
    head = doc[m.j - 1]
    members = {head.i} | {t.i for t in head.conjuncts}
    if len(members) == 1:
        return [m]
    listed = [o for o in pool if doc[o.j - 1].i in members]
    return listed if len(listed) > 1 and m in listed else [m]


def _subject_names(subj) -> set[int]:
    """The tokens of the names a subject is made of: its head and the names joined to it or to
    the description beside it ("and", "as well as", "along with"), with their compounds; not a
    possessor nor a phrase of its nouns."""
    out: set[int] = set()
    todo = [subj]
    while todo:
        t = todo.pop()
        if t.i in out:
            continue
        out.add(t.i)
        out |= {c.i for c in t.children if c.dep_ in ("compound", "flat")}
        for c in t.children:
            if c.dep_ in ("conj", "appos"):
                todo.append(c)
            elif c.dep_ in ("cc", "prep") and c.lower_ in ("as", "with", "and"):
                todo += [o for o in c.children if o.dep_ in ("pobj", "conj")]
    return out


def _a_man_for_he(ctx: SentenceContext, m: Mention, tok) -> bool:
    """ "Mobutu's final weeks before he fled abroad, toppled by Kabila's rebel army",
    "Mobutu was ill when he was overthrown": "he", "him" or "his" as a side acted on may
    be a man the lexicon lists as a leader, named in its own sentence, the nearest person
    before "he" his name again (". . . Mobutu, a biographer looks at Mobutu's last words
    before he": Mobutu) as a subject or an owner, and not inside what another says ("the
    rebel commander, a foe of Assad, said he was targeted": the commander). A state, a body
    or a thing is never "he"."""
    if m.ref.kind != "leader" or not ctx.owns(m) or m.j > tok.i:
        return False
    doc = ctx.s.sent.doc
    his = {t.lower_ for t in doc[m.i : m.j]}
    people = ctx.lex.words("titles") | ctx.lex.words("people_nouns")
    for t in reversed(doc[m.i : tok.i]):  # the nearest person before "he" must be he
        person = t.ent_type_ == "PERSON" or t.lower_ in his
        if (t.pos_ == "PROPN" and person) or t.lemma_.lower() in people:
            while t.dep_ in ("compound", "flat") and t.head.i > t.i:
                t = t.head
            # his name again, as a subject or an owner, whom "he" follows ("Graham has
            # supported Donald Trump ... to unseat him": an object is not whom "him" means)
            if t.lower_ not in his or t.dep_ not in ("nsubj", "nsubjpass", "poss"):
                return False
            break
    verb = tok.head
    while verb.dep_ not in ("ccomp", "ROOT") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ctx.lex.words("speech_verbs"):
        speakers = children(verb.head, "nsubj")
        return all(m.i <= s.i < m.j for s in speakers)
    return True
