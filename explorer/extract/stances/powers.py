"""Who the powers are: the subjects, agents and objects a trigger names, and what they carry.

A trigger's power is its subject (or possessor, apposition, agent, or the subject it inherits
up the clause); accused, sanctioned and led actors, conjoined chunks, and the weapon words
that make a noun or a sale armed help are read here.
"""

from __future__ import annotations

from explorer.extract.mentions import Mention
from explorer.extract.stances.base import RulesBase
from explorer.extract.stances.claim import _TROOPS, _Claim, _lent
from explorer.extract.syntax import (
    RELPRON,
    addressed_imperative,
    children,
    described_subject_of,
    governing_subjects,
    infinitive,
    is_verbal,
    participation_noun,
    phrase,
    preps,
    shared_gerund,
    with_conjuncts,
)


class PowerRules(RulesBase):
    """The powers and parties a trigger's phrase names, read from the parse."""

    # --- actors ---------------------------------------------------------------------------
    def _actors_of(self, heads, role: str = "power") -> list[Mention]:
        out: list[Mention] = []
        for h in heads:
            if self._reason_of_parting(h):
                continue
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
        itself (a clause of its own, no antecedent here) when the main verb has none. The
        subject's own envoy or ties ("Kinshasa recalled its envoy from Kigali, accusing it of
        arming the M23") are not the one accused: the state they are parted from is
        (``_parted_from``), or the pronoun itself when none is named."""
        main = tok.head.head
        parted = self._parted_from(main)
        if parted is not None:
            return parted[1]
        objs = [o for o in children(main, "dobj") if o.i < tok.i and o.tag_ in ("NN", "NNP")]
        if not objs or self._own(objs[0]):
            return tok
        owner = children(objs[0], "poss")
        return owner[0] if owner and owner[0].tag_ == "NNP" else objs[0]

    @staticmethod
    def _own(noun) -> bool:
        """Whether a noun is owned by a possessive pronoun ("its envoy", "their ties"): the
        clause's subject's own."""
        return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children)

    def _parted_from(self, main):
        """ "recalled its envoy from Kigali", "cut its ties with Iran", "withdrew their
        ambassadors from Doha": the subject's own diplomats or ties (the lexicon's
        `envoy_nouns`, `bond_nouns`) taken from, or cut with, a side the sentence names; or
        another side's diplomats sent away ("expelled the Israeli ambassador", "Eritrea's
        envoy"). The object and the head of that side's name, or None."""
        bonds = self.lex.words("envoy_nouns") | self.lex.words("bond_nouns")
        sides = ("state", "org", "party")
        for obj in children(main, "dobj"):
            if obj.lemma_.lower() not in bonds:
                continue
            if not self._own(obj):
                for c in obj.children:
                    m = self.ctx.mention(c) if c.dep_ in ("poss", "amod", "compound") else None
                    if m is not None and m.ref.kind in sides and c.i < obj.i:
                        return obj, c
                continue
            for p in preps(main, "from", "with") + preps(obj, "from", "with"):
                m = self.ctx.mention(p)
                if m is not None and m.ref.kind in sides:
                    return obj, p
        return None

    def _reason_of_parting(self, h) -> bool:
        """ "Saudi Arabia recalled its ambassador from Iran, saying it armed the Houthis": a
        subject pronoun of what a participle says, after the subject parted with another side,
        may be either side (the reason of a parting is most often the other side's act, but
        "saying it had been insulted" is the subject's own): no one is read. What the subject
        says it will or would do ("saying it would keep backing Hamas") is its own."""
        if h.lower_ not in ("it", "they") or h.dep_ not in ("nsubj", "nsubjpass"):
            return False
        said = h.head
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in said.children):
            return False
        while said.dep_ == "conj" and said.head.i != said.i:
            said = said.head
        speech = said.head
        if said.dep_ != "ccomp" or speech.dep_ != "advcl" or speech.tag_ != "VBG":
            return False
        if speech.lemma_.lower() not in self.lex.words("speech_verbs"):
            return False
        return self._parted_from(speech.head) is not None

    def _clause_verbs(self) -> frozenset[str]:
        """The verbs of saying and believing, whose object is a clause ("said Goma was ...")."""
        return self.lex.words("speech_verbs") | self.lex.words("belief_verbs")

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
        if (addressed := addressed_imperative(tok)) is not None:
            # "Turkey to Russia: stop backing Assad": the addressee's act, the speaker's word
            got = self._actors_of([addressed[1]])
        elif subj:
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
                got = self._actors_of(self._own_subjects(tok, s))
                # "NATO air strikes backed ...", "US drones supported ...": an action or
                # means of a power speaks for that power
                got = got or self._owners(with_conjuncts(s))
                got = got or self._both(s)
            if not got and s.i < tok.i and self._glued_subject(tok):
                # "French warplanes struck Islamist positions in northern Mali to support
                # ...": a "to" infinitive has no subject of its own without "for"; the
                # parser took the object of the verb before it for one
                got = self._subject_powers(tok.head)
        elif self._deed_of_asked_proof(tok):
            got = []
        elif (doer := self._doer_after_preposition(tok)) is not None:
            got = self._actors_of([doer])
        elif (doers := self._doers_listed_after_preposition(tok)) is not None:
            got = [] if _either_of(doers) else self._actors_of(doers)
        elif (sanctioned := self._sanctioned(self._reason_clause(tok))) is not None:
            got = self._actors_of(sanctioned)
        elif (second := self._second_subject(tok)) is not None:
            got = [second]
        elif headline := self._headline_subject(tok):
            got = headline
        else:
            # "Angola attacked Cuban troops flown into Namibia to aid SWAPO": the men moved
            # there help, not the main clause's subject the parser hangs the infinitive on
            moved = self._moved_men(tok)
            got = self._actors_of(moved)
            if moved and not got:
                # "Zaire criticised the troops sent to defend the MPLA": men moved there
                # help for a state their words do not give; never the main clause's subject
                return []
            heads = (
                self._accused(tok)
                or self._participant(tok)
                or governing_subjects(
                    shared_gerund(tok) or tok,
                    self.modal.persuade,
                    self.modal.commands,
                    self.modal.stop,
                )
            )
            heads = heads + self._joined_to_description(heads)
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

    def _gapped_state(self, head) -> int | None:
        """The first token of a state's name that opens a verbless clause inside the object
        phrase ``head`` belongs to: after a coordinator ("and", "and the"), followed at once by
        a determiner or another name ("and the United States UNITA", "and Saudi Arabia the
        government"), never by a time ("and Somalia the next year") or a possessive; None
        when there is none."""
        first = head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.dep_ not in ("dobj", "pobj"):
            return None
        doc = head.doc
        for c in with_conjuncts(first)[1:]:
            # "and the United States UNITA", parsed as one name: the state's words lead it
            comps = [t for t in c.children if t.dep_ == "compound" and t.i < c.i]
            start = min((t.left_edge.i for t in comps), default=c.i)
            if (
                c.pos_ == "PROPN"
                and comps
                and doc[start - 1].dep_ in ("cc", "det")
                and doc[start : c.i].text in self.lex.states_by_name
            ):
                return start
        lo, hi = first.left_edge.i, first.right_edge.i
        starts = {m.i for m in self.ctx.mentions}
        for s in self.ctx.mentions:
            # (a capital only before a comma: "and Minsk, Moscow")
            forms = ("name", "metonym") if s.j < len(doc) and doc[s.j].text == "," else ("name",)
            if not (lo < s.i <= hi) or s.ref.kind != "state" or s.ref.form not in forms:
                continue
            before = s.i - 1
            if doc[before].lower_ == "the":
                before -= 1
            if before < lo or doc[before].dep_ != "cc" or s.j == len(doc):
                continue  # (a name that ends its parse has no word after it)
            nxt = doc[s.j]
            if nxt.dep_ == "det" and nxt.lower_ in ("the", "a", "an", "its", "their"):
                if nxt.head.ent_type_ in ("DATE", "TIME"):
                    continue  # "and Somalia the next year": a time
                return s.i
            if nxt.i in starts and nxt.pos_ == "PROPN":
                return s.i
            if nxt.text == "," and self._gapped_after_comma(s, nxt, first):
                return s.i
        return None

    def _gapped_after_comma(self, state: Mention, comma, obj) -> bool:
        """Whether the phrase after ``comma``, which follows a state after "and", is that
        state's object in a clause whose verb is left out ("Russia supported Assad and Turkey,
        the rebels"), not a description of the state ("and Turkey, a NATO member", "and Iran,
        its ally", "and Iran, the Islamic Republic"): a phrase that opens with "the" or a name,
        closes the clause, has no possessor and names a side other than the state, or stands
        for a thing as the verb's first object ``obj`` does (``_parallel_thing``)."""
        doc = comma.doc
        if comma.i + 1 >= self.ctx.s.sent.end:
            return False
        first = doc[comma.i + 1]
        if not (first.lower_ == "the" or (first.pos_ == "PROPN" and first.ent_type_)):
            return False
        head = first.head if first.dep_ in ("det", "compound", "amod") else first
        while head.dep_ in ("compound", "flat") and head.head.i > head.i:
            head = head.head
        after = head.right_edge.i + 1
        if after < self.ctx.s.sent.end and not (doc[after].is_punct and doc[after].text != ","):
            return False  # "and Turkey, the rebels' patron, ...": more follows
        if any(c.dep_ == "poss" or c.tag_ == "POS" for c in head.subtree):
            return False  # "and Iran, Hezbollah's patron"
        if self._parallel_thing(obj, head):
            return True
        named = self.reader.actors(head, "party")
        return bool(named) and all(
            m.ref.actor != state.ref.actor and (m.ref.code or "") != (state.ref.code or "-")
            for m in named
        )

    def _parallel_thing(self, first, head) -> bool:
        """ "Spain backed the first motion and Portugal, the second", "France backed the
        resolution and Russia, the amendment": the verb's first object is a thing no side is
        (the lexicon's ``non_actor_heads``), and the phrase after the state's comma is one too,
        or stands for the first one's noun left out ("the second", "the other", "the
        latter"): the state is the subject of a clause whose verb is left out, never a second
        thing backed nor one that phrase describes."""
        things = self.lex.words("non_actor_heads")
        if first.lemma_.lower() not in things:
            return False
        elided = head.tag_ in ("JJ", "CD") and not any(c.pos_ == "NOUN" for c in head.children)
        return elided or head.lemma_.lower() in things

    def _own_subjects(self, tok, s) -> list:
        """The subject ``s`` and its conjuncts; but of a past verb the parse made the
        complement of a verb of arming or backing with no object of its own ("Uganda armed
        the SPLA and Sudan armed the LRA", read "armed [the SPLA and Sudan armed ...]"), only
        the name right before it: the names before are the first verb's object."""
        names = with_conjuncts(s)
        last = self._complement_subject(tok, names)
        if last is None:
            last = self._folded_subject(tok, names)
        if last is None:
            last = self._twin_verb_subject(tok, names)
        return [last] if last is not None else names + self._joined_to_description(names)

    def _joined_to_description(self, names: list) -> list:
        """ "France and Britain, both powers with a veto, as well as Belgium, have
        kept arming the regime": a state's name the parse joins to the description set
        beside the subject is one more subject, not a second description (as "Russia, an ally
        of Syria and Iran's partner" is)."""
        out = []
        for n in names:
            for d in children(n, "appos"):
                if d.pos_ != "NOUN":
                    continue
                for c in children(d, "conj"):
                    m = self.ctx.mention(c)
                    if m is not None and m.ref.kind == "state" and m.ref.form == "name":
                        out.append(c)
        return out

    def _folded_subject(self, tok, names: list):
        """The name right before ``tok`` of its subject's ``names`` where the first of them
        holds a clause of arming or backing the parse folded into one noun phrase ("Libya
        armed Goukouni's rebels and France armed the army", read "[Libya armed Goukouni's
        rebels and France] armed the army", "[Washington armed Savimbi's UNITA and Moscow]
        armed the MPLA": an "-ed" word the parse made a modifier, right after a state's
        name); None otherwise. The folded clause is read on its own
        (``_state_past_form``)."""
        if len(names) < 2 or names[0].i > tok.i:
            return None
        doc = tok.doc
        folded = any(
            c.dep_ == "amod"
            and c.pos_ in ("ADJ", "VERB")
            and c.text.islower()
            and c.lower_.endswith("ed")
            and c.i > 0
            and (m := self.ctx.mention(doc[c.i - 1])) is not None
            and m.j == c.i
            and m.ref.kind == "state"
            and m.ref.form in ("name", "metonym")
            and not self._adjective_of_noun(c, tok)
            for c in names[0].subtree
            if c.i < names[0].i
        )
        if not folded:
            return None
        return next((n for n in names[1:] if n.right_edge.i == tok.i - 1), None)

    def _twin_verb_subject(self, tok, names: list):
        """The name right before ``tok`` of its subject's ``names`` where those names open
        right after an earlier verb of the same word with no object of its own ("while Ethiopia
        fights Eritrea and Sudan fights Chad", parsed "Ethiopia fights [Eritrea and
        Sudan] fights Chad"): the names before are the first verb's object
        (``_object_taken_by_twin_verb``); None otherwise."""
        if len(names) < 2 or self._twin_verb(tok, names[0]) is None:
            return None
        return next((n for n in names[1:] if n.right_edge.i == tok.i - 1), None)

    def _object_taken_by_twin_verb(self, tok) -> list:
        """The object of a verb with none of its own that the parse made part of the subject
        of the next verb of the same word ("while Ethiopia fights Eritrea and Sudan fights
        Chad": Eritrea, fought by Ethiopia): the names of that subject before the state
        named right before the second verb; [] otherwise."""
        head = tok.head
        if head.i <= tok.i or head.lower_ != tok.lower_:
            return []
        subj = children(head, "nsubj")
        if not subj or self._twin_verb(head, subj[0]) is None:
            return []
        names = with_conjuncts(subj[0])
        last = self._twin_verb_subject(head, names)
        if last is None:
            return []
        return names[: names.index(last)]

    def _twin_verb(self, tok, first):
        """The earlier verb of ``tok``'s own word, with no object, hung on ``tok``, right
        before the subject name ``first`` that is joined by "and" to a state's name; or
        None."""
        second = children(first, "conj")
        if not second or second[0].doc[second[0].i - 1].lower_ != "and":
            return None
        m = self.ctx.mention(second[0])
        if m is None or m.ref.kind != "state" or m.ref.form != "name":
            return None
        return next(
            (
                c
                for c in tok.children
                if c.dep_ in ("advcl", "ccomp", "conj")
                and c.lower_ == tok.lower_
                and first.left_edge.i == c.i + 1
                and not children(c, "dobj", "ccomp", "xcomp", "prep")
            ),
            None,
        )

    @staticmethod
    def _adjective_of_noun(word, verb) -> bool:
        """True where the "-ed" ``word`` right before the common noun it modifies is that
        noun's adjective, not a folded verb ("Colombia armed forces and police killed ...",
        "Kenya armed police and soldiers crossed ..."), unless the sentence's verb repeats it
        ("Libya armed rebels and France armed the army", two clauses alike)."""
        head = word.head
        return head.i == word.i + 1 and head.pos_ == "NOUN" and verb.lower_ != word.lower_

    def _object_in_complement(self, tok) -> list[Mention]:
        """The object of a verb of arming or backing with none of its own, which the parse
        made the subject of the next clause's verb, its complement ("Uganda armed the SPLA
        and Sudan armed the LRA", read "armed [the SPLA and Sudan armed ...]"): the actors
        the names before the one right before that verb name (that one is the second
        clause's own subject), each by its own words."""
        for c in children(tok, "ccomp"):
            subj = children(c, "nsubj")
            names = with_conjuncts(subj[0]) if subj else []
            last = self._complement_subject(c, names)
            if last is not None:
                found = self._actors_of(names[: names.index(last)], "party")
                return [m for m in found if m.j <= last.left_edge.i]
        return []

    def _complement_subject(self, tok, names: list):
        """The name right before ``tok`` of its subject's ``names`` where ``tok`` is a past
        verb the parse made the complement of a verb of arming or backing with no object of
        its own; None otherwise."""
        head = tok.head
        verbs = set(self.cfg["backs"]["verbs"]) | set(self.cfg["supplies"]["verbs"])
        verbs |= set(self.cfg["supplies"].get("no_weapon_needed", []))
        if (
            tok.dep_ != "ccomp"
            or tok.tag_ != "VBD"
            or head.lemma_.lower() not in verbs
            or children(head, "dobj")
            or len(names) < 2
        ):
            return None
        return next((n for n in names[1:] if n.right_edge.i == tok.i - 1), None)

    def _headline_subject(self, tok) -> list[Mention]:
        """ "US to give Afghan rebels Stinger missiles": a headline's "NAME to VERB" (what
        NAME will do), parsed with NAME a loose dependent of the verb, not its subject; the
        name is the subject when it stands right before that "to" at the clause's start."""
        to = [c for c in children(tok, "aux") if c.lower_ == "to" and c.i == tok.i - 1]
        if not to or tok.dep_ != "ROOT":
            return []
        names = [c for c in children(tok, "dep", "npadvmod") if c.right_edge.i == to[0].i - 1]
        if not names or names[0].left_edge.i != tok.sent.start:
            return []
        return self._actors_of(names[:1])

    def _second_subject(self, tok) -> Mention | None:
        """ "Rwanda backed the RCD and Zimbabwe backed the government": the parse joins
        "Zimbabwe" to the first verb's object and leaves the second verb with no subject; a
        name right before a joined verb of its own, itself joined to the first verb's object,
        is that verb's subject (English puts a clause's subject before its verb), not the
        first clause's subject again. The parse may hang that verb as an adverbial clause
        of the first ("Cuba trained the Sandinistas and the Soviet Union armed Nicaragua")
        or as its complement ("Rwanda armed the M23 rebels and Burundi backed the army"), or
        even as a preposition ("Russia armed Assad's army and Iran armed Hezbollah")."""
        if (
            tok.dep_ not in ("conj", "advcl", "ccomp", "prep")
            or tok.i == 0
            or not is_verbal(tok.head)
        ):
            return None
        before = tok.doc[tok.i - 1]
        described = described_subject_of(tok)
        if described is not None:
            # "backed the plan and Iran, the Islamic Republic's rival, opposed it": the
            # name before the description set off by commas
            before = described
        m = self.ctx.mention(before)
        if m is None or (m.j != tok.i and described is None) or before.dep_ != "conj":
            return None
        first = before.head
        while first.dep_ == "conj" and first.head.i != tok.head.i:
            first = first.head
        return m if first.dep_ == "dobj" and first.head.i == tok.head.i else None

    @staticmethod
    def _copula_subject(noun) -> list:
        """ "Cuba is the sole state that has backed the annexation", "Iran was the
        one state that armed them": a relative clause's antecedent that is what the
        copula's subject is stands for that subject."""
        if noun.dep_ != "attr" or noun.head.lemma_ != "be":
            return []
        subj = children(noun.head, "nsubj")
        return with_conjuncts(subj[0]) if subj else []

    def _participant(self, tok) -> list:
        """The owner of the ``participation_nouns`` word whose deed the gerund ``tok`` tells
        (``participation_noun``): its possessor, or the object of its "of"; not the clause's
        subject ("Washington denounced Moscow's involvement in supplying the separatists")."""
        noun = participation_noun(tok, self.lex.words("participation_nouns"))
        if noun is None:
            return []
        owners = children(noun, "poss") or preps(noun, "of")
        return with_conjuncts(owners[0]) if owners else []

    def _before_relative(self, tok, heads, got: list[Mention]) -> list[Mention]:
        """ "sanctioned firms and persons that help fund the agency, its officers and the
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
        """ "Cuban troops flown into Namibia to aid SWAPO", "Cuban soldiers sent to Angola to
        defend the MPLA": an infinitive of purpose under a participle that tells how armed
        men were moved is what those men are there to do; they are its subject (their
        state's, as "Cuban troops" is Cuba's), read before the main clause's subject the
        parser may hang the infinitive on ("Angola attacked Cuban troops flown into Namibia
        to aid SWAPO": Cuba aids SWAPO, not Angola). A participle the tagger took for a
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
        if part.dep_ != "acl" or part.tag_ not in ("VBN", "VBD") or not _moved_unit(part.head):
            return []
        if any(c.dep_ == "agent" for c in part.children):
            return []  # "troops sent by the UN to help Haiti": not their own state's help
        return with_conjuncts(part.head)

    def _both(self, subj) -> list[Mention]:
        """ "Italy ... Germany saw an opening. Both sent arms": "both" (or "both
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

    @staticmethod
    def _reason_clause(tok):
        """ "praised Oman for helping Yemen's government to fight the Houthis": a "to"
        infinitive with no subject of its own under the verb a "for" holds is part of that
        reason, done with the one praised or blamed. The verb under "for" it hangs from (or
        ``tok`` itself)."""
        cur = tok
        for _ in range(4):
            if cur.dep_ not in ("xcomp", "advcl") or not infinitive(cur) or children(cur, "nsubj"):
                break
            if cur.head.pos_ != "VERB" or cur.head.dep_ != "pcomp":
                break
            cur = cur.head
        return cur

    def _sanctioned(self, tok) -> list | None:
        """ "sanctioned Chinese firms for helping Russia", "penalties on Syria and Libya for
        their backing of the IRA": a backing given as the reason for a penalty (or for being
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
        objs = children(head, "dobj")
        penalising = (
            self.lex.words("sanction_verbs")
            | self.lex.words("reason_verbs")
            | self.lex.words("condemn_verbs")
        )
        if head.dep_ == "dobj" and head.head.lemma_.lower() in penalising:
            # "sanctioned a man for helping Iran buy parts": the parse may hang the reason
            # on the one penalised; it reads as hung on the verb
            head, objs = head.head, [head]
        lem = head.lemma_.lower()
        if head.pos_ == "VERB" and lem in penalising:
            # "must confront Libya for supplying arms to the IRA", "thanked Iran for
            # backing": the one confronted, blamed or thanked does it, not the subject
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

    def _deed_of_asked_proof(self, tok) -> bool:
        """ "The UN called for evidence of Russia arming the rebels": a gerund right after the
        "of" object of a proof noun asked for (``ModalityReader.asked_proof``), which the
        parser may hang on the verb that asks, is that object's deed, still to be proved:
        no one's deed here, the asker's least of all."""
        if tok.tag_ != "VBG" or tok.i == 0:
            return False
        noun = tok.doc[tok.i - 1]
        while noun.dep_ in ("compound", "amod", "det", "poss") and noun.head.i > noun.i:
            noun = noun.head
        of = noun.head
        return (
            noun.dep_ == "pobj"
            and of.lower_ == "of"
            and of.head.lemma_.lower() in self.modal.proof
            and self.modal.asked_proof(of.head)
        )

    def _doer_after_preposition(self, tok):
        """ "Washington objected to Russia arming the separatists", "called for an end to Iran
        arming the Houthis", "spoke of Iran arming the Houthis": a gerund with no subject,
        right after a name that is the object of a preposition (no comma between: "Russia
        arming" is "Russia's arming"), which the parser hangs on the clause's verb, is that
        name's deed, never the clause subject's. Not where the clause's verb has an object of
        its own ("sent weapons to Yemen arming the Houthis" may tell the sender's deed), and
        only where the preposition hangs on a noun ("an end to", "reports of") or on a verb
        that speaks of a deed (``_remarking_verbs``). The name, or None."""
        if tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.i == 0 or children(tok, "nsubj"):
            return None
        noun = tok.doc[tok.i - 1]
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or self.ctx.mention(noun) is None:
            return None
        verb = tok.head
        if children(verb, "dobj") or verb.i > noun.i or prep.i < verb.i:
            return None
        up = prep.head
        if up.pos_ != "NOUN" and up.lemma_.lower() not in self._remarking_verbs():
            return None  # "went to Honduras arming the Contras": whose the gerund is, unsure
        return noun

    def _doers_listed_after_preposition(self, tok) -> list | None:
        """ "Washington objected to Russia and Iran arming the separatists", "called for an
        end to Russia and Iran arming the army": ``_doer_after_preposition``'s kind with a
        list of names joined by "and" or "or" for the object of the preposition, the last
        right before the gerund: the deed is each name's, never the clause subject's. The
        same conditions on the verb and the preposition; every name of the list a mention.
        The names, or None."""
        if tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.i == 0 or children(tok, "nsubj"):
            return None
        first = tok.doc[tok.i - 1]
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        prep = first.head
        if first.i == tok.i - 1 or first.dep_ != "pobj" or prep.dep_ != "prep":
            return None
        names = with_conjuncts(first)
        if names[-1].i != tok.i - 1 or any(self.ctx.mention(n) is None for n in names):
            return None
        verb = tok.head
        if children(verb, "dobj") or verb.i > first.i or prep.i < verb.i:
            return None
        up = prep.head
        if up.pos_ != "NOUN" and up.lemma_.lower() not in self._remarking_verbs():
            return None
        return names

    def _remarking_verbs(self) -> frozenset[str]:
        """Verbs by which a deed is spoken of, asked about, blamed or objected to: the
        ``remark_verbs`` ("object to", "protest against", "speak of") and the lists of
        speech, requests, accusations, blame and denial."""
        words = self.lex.words
        return (
            words("remark_verbs")
            | words("speech_verbs")
            | words("request_verbs")
            | words("accuse_verbs")
            | words("condemn_verbs")
            | words("deny_verbs")
        )

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
            # "Troops detained the rebel commander on charges of plotting to overthrow
            # the king": the one charged (arrested, held, jailed) plots, never who
            # charges; no one when the verb names no one
            objs = children(charged.head, "dobj", "nsubjpass")
            return with_conjuncts(objs[0]) if objs else [noun]
        accuse = self.lex.words("accuse_verbs")
        if up.lower_ == "by":
            # "accusing it of complicity in massacres by arming the militia": the means of what
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
            # "Algeria is accused of supporting", "Libya and Syria accused of sending" (a
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

    def _arms_that_help(self, tok) -> bool:
        """A help verb in a relative clause on arms supplied ("drones that helped")."""
        subj = children(tok, "nsubj")
        return (
            tok.dep_ == "relcl"
            and bool(subj)
            and subj[0].lower_ in RELPRON
            and self._supplied_arms(tok.head)
        )

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

    def _is_toponym(self, tok) -> bool:
        at = self.ctx.s.char(tok)
        return any(t.start <= at < t.end for t in self.ctx.toponyms)

    def _np_before_comma(self, tok):
        """ "the push by Ethiopian troops, backed by the US": the phrase right before the
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

    def _relief(self, noun) -> bool:
        """ "food aid", "humanitarian assistance", "medical help": relief for people, which
        backs no side in a war (military aid still does), nor arms anyone."""
        if noun.lemma_.lower() not in self.cfg["backs"]["nouns"]:
            return False
        relief = self.lex.words("relief_modifiers")
        mods = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
        mods += [c for m in mods for c in m.children if c.dep_ in ("compound", "amod")]
        return any(t.lemma_.lower() in relief or t.lower_ in relief for t in mods)

    def _troops(self, m: Mention) -> bool:
        """A state's armed men ("French troops", "Malian soldiers", "the Kenyan army")."""
        if m.ref.kind != "state" or m.ref.form != "organ" or not self.ctx.owns(m):
            return False
        return self.ctx.s.sent.doc[m.j - 1].lower_ in _TROOPS


def _moved_unit(tok) -> bool:
    """Armed men moved as a body: "troops", "forces", or one unit of them named in the
    singular ("the Cuban force sent to aid SWAPO", "a Cuban contingent flown in to
    defend Luanda")."""
    return tok.lower_ in _TROOPS or tok.lower_ in ("force", "contingent")


def _either_of(names: list) -> bool:
    """Whether a list of doers is joined by "or" ("warned against Turkey or Qatar arming the
    rebels"): either may be meant, neither is told as the doer, so the deed is nobody's
    stated one ("objected to Russia and Iran arming" names both)."""
    return any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for n in names for c in n.children)
