"""The theatre a claim is filed in: where its war is fought, and who fights it from home.

A guest's backer, a force sent abroad, a client at war abroad, a war led from home, a side
led by a state and the weapons that are no side: each files a claim in its war or drops it.
"""

from __future__ import annotations

import re

from explorer.extract.mentions import Mention
from explorer.extract.stances.claim import _STATE_KINDS, _TROOPS, _Claim, _named
from explorer.extract.stances.keep import KeepRules
from explorer.extract.syntax import children
from explorer.vocabulary import UNPLACED


class AbroadRules(KeepRules):
    """The war a claim belongs to, read from where the powers fight."""

    def _guest_backed(self, cl: _Claim, parties: list[Mention], hosts: set[str]) -> bool:
        """ "Kenyan troops backed by Somali soldiers" in Somalia, "Kenyan troops, supported by
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

    def _a_man_backed_from_abroad(self, cl: _Claim, powers: list[Mention], parties, theatre):
        """ "Libya had given money to Mandela in the mid-1980s": a leader the lexicon knows held
        no office at the claim's time (before his listed years or after them) is a man, and
        his country's name is no war of his; backed from abroad, by powers of no home of his,
        the claim's war is none the text tells (not stated). A power from abroad: of another
        country, or a side of listed wars none of which is fought in his. A listed war stays
        ("Russia still backs Bashar al-Assad", 2025: Syria's war)."""
        if theatre.definition is not None or not theatre.country or not parties or not powers:
            return False
        year = self.year(cl.trigger)
        men = all(
            m.ref.kind == "leader"
            and m.ref.code == theatre.country
            and self.ctx.outlived_office(m, year)
            for m in parties
        )
        return men and not any(
            m.ref.code == theatre.country
            or any(self._war_in(t, theatre.country) for t in m.ref.theatres)
            for m in powers
        )

    def _named_government(self, m: Mention) -> bool:
        """ "the MPLA government", "the Smith regime": a government the text names by its
        ruling party or leader, not by its country (which the words alone do not say)."""
        if m.ref.kind != "government":
            return False
        nouns = self.lex.words("government_nouns")
        return any(w[:1].isupper() and w.lower() not in nouns for w in m.ref.name.split())

    def _foreign_force(self, cl: _Claim, parties: list[Mention], theatre):
        """ "Kenyan troops backed by Somali soldiers attacked Shabaab positions", "American
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
        """A state's armed men that their own phrase puts in another country ("Libyan troops
        sent by Gaddafi into Chad", "Cuban troops flown into Namibia", "Rwandan
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
            # a listed side whose home is another war ("Libyan rifles given by Libya to
            # the IRA", 1986): armed for the war it fights at home, not the supplier's
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
        says something and stays. A party named by no name of its own ("the opposition
        party allied with the Greens") is a political party, no side of a war."""
        if self._untied_officers(m) and not self._a_sides_officers(m):
            return True  # "mediate between the generals and ...": whose generals?
        if m.ref.kind == "person" and m.ref.form == "written":
            # an office with no name in no stated conflict: whose?
            return theatre.id == UNPLACED and self.ctx.bare_title(m.ref.name)
        if (
            m.ref.kind == "person"
            and self._a_town_read_as_a_man(m.ref.name, theatre)
            and not self._against_a_side(m)
        ):
            return True  # "Goma was backed by Rwanda": a town of the war, not a side
        if m.ref.kind == "government" and m.ref.form == "organ" and name.lower() in self.sideless:
            return True  # "federal forces" shown as "forces": a state's men, the state unnamed
        if m.ref.kind != "armed" or name != m.ref.name:
            return False
        words = [w for w in re.split(r"[\s\-‐]+", name.lower()) if w]
        if words and words[-1] == "party" and all(w.islower() for w in name.split()[:-1]):
            return True  # "the opposition party", "the ruling party" (no "Frelimo"): politics
        if words and words[-1] == "parties":
            return True  # "the Albanian parties" backing a mayor: politics, no party named
        # "jets", "rockets meant for use in the war": a weapon of nobody named is no side
        means = {w for e in self.lex.words("weapon_organs") for w in e.lower().split()}
        return bool(words) and all(w in self.sideless or w in means for w in words)

    def _untied_officers(self, m: Mention) -> bool:
        """Men named by a plural title alone ("the generals", "the commanders", "the
        colonels"), tied to no state by the words (no state's name, adjective or possessive
        on them: "Sudan's generals", "the Burmese generals" are tied, and so are men seated
        "in" a state's name or capital: "the generals in Niamey"), in any conflict: a
        junta's or an army's common noun says whose only where the text ties it to a state;
        else the claim names nobody ("Thailand offered to mediate between the generals and
        the National Unity Government"); a side's officers stay (``_a_sides_officers``)."""
        if m.ref.kind != "person" or m.ref.form != "written" or m.ref.code:
            return False
        words = m.ref.name.split()
        last = words[-1] if words else ""
        titles = self.lex.words("titles")
        doc = self.ctx.s.sent.doc
        seat = self.ctx.mention(doc[m.j + 1]) if m.j + 1 < len(doc) else None
        if doc[m.j].lower_ == "in" and seat is not None and seat.ref.kind == "state":
            return False
        return (
            all(w.islower() for w in words)
            and last.endswith("s")
            and (last[:-1] in titles or " ".join([*words[:-1], last[:-1]]) in titles)
        )

    def _a_sides_officers(self, m: Mention) -> bool:
        """Men a plural title names with a word of a side in arms before it ("the rebel
        commanders", "militia leaders", "the insurgent generals": ``non_state_modifiers``,
        ``armed_nouns``): the rebels' or the militia's own, read as before, not untied ones
        ("the generals", "the army generals" stay untied)."""
        side = self.lex.words("non_state_modifiers") | self.lex.words("armed_nouns")
        return any(w in side for w in m.ref.name.split()[:-1])

    def _gang_at_home(self, cl: _Claim, pw: Mention, pm: Mention | None, theatre) -> bool:
        """Whether a claim names a gang (one of the ``gang_nouns`` heads a side of it) in any
        way but as fought by another state's men in the gang's land: "Brazilian troops pushed
        back well-armed gangs" in Port-au-Prince (a foreign mission sent against them) sets
        Brazil against Haiti's gangs; "Chicago police fought the gangs", "Salvadoran troops
        fought the gangs in San Salvador" are a state's own crime, no war, and so is a fight
        its state joins ("Ecuador and Peru pledged a joint push against the drug
        gangs" of their border); a gang backing or fighting anyone is no side either."""
        gangs = self.lex.words("gang_nouns")
        sent = self.ctx.s.sent.doc

        def gang(m: Mention | None) -> bool:
            return m is not None and m.ref.kind == "armed" and sent[m.j - 1].lower_ in gangs

        if not gang(pw) and not gang(pm):
            return False
        if gang(pw) or cl.relation != "opposes":
            return True
        land = theatre.country
        if any(m.ref.code == land for m in cl.powers):
            return True  # "Colombia and Peru promised an operation against the gangs": at home
        return not (land and theatre.id != UNPLACED and pw.ref.code and pw.ref.code != land)

    def _a_town_read_as_a_man(self, name: str, theatre) -> bool:
        """A name the tagger took for a man's that is a place of the claim's war (a listed
        war's place word, "Goma" in the Kivus') or that the story names as a place elsewhere:
        a town is no side, whoever is said to back it. Not a name the lexicon knows."""
        if self.lex.lookup(name) is not None:
            return False
        th = theatre.definition if theatre is not None else None
        if th is not None and name in th.keywords:
            return True
        text = self.doc_theatre.doc_text
        return any(
            text[t.start : t.end] == name
            for ctx in self.doc_theatre.contexts
            for t in ctx.toponyms
            if t.candidate is not None and not t.metonymic
        )

    def _against_a_side(self, m: Mention) -> bool:
        """Whether the claim sets the mention against a side the lexicon names ("Iran backed
        Zabadani against the regime's forces"): a town so set is its fighters, as news names a
        city's militias (Daraa's, Homs's), not a place."""
        sent = self.ctx.s.sent.doc
        tok = sent[m.j - 1]
        heads = [tok, tok.head] + ([tok.head.head] if tok.dep_ == "conj" else [])
        return any(
            self.ctx.mention(o) is not None
            for h in heads
            for p in children(h, "prep")
            if p.lower_ == "against"
            for o in p.subtree
        )

    def _loaded(self, m: Mention) -> bool:
        """ "US-backed terrorists": a side's own label, not a neutral description."""
        if not self.ctx.owns(m):
            return False
        sent = self.ctx.s.sent.doc
        return any(sent[k].lower_ in self.loaded for k in range(m.i, m.j))

    def _colonial_home(self, powers: list[Mention], parties: list[Mention], theatre) -> set[str]:
        """ "Angola won its war against the Portuguese colonial army", "The Mau Mau fought British
        colonial forces": a state's colonial army, forces or troops fight in its colony, never
        at its home; the home of a side so named is no place of the claim's war, which goes
        where else the text places it (the colony), or is not stated. Only "colonial" on the
        noun of men in arms the state's word is on: "France, the former colonial power, sent
        troops" and "Portugal's colonial empire" name no force, and a war the lexicon lists
        stays."""
        if theatre is None or theatre.definition is not None or not theatre.country:
            return set()
        doc = self.ctx.s.sent.doc
        men = self.lex.words("armed_nouns") | {"army", "troops", "soldiers", "forces"}
        for m in (*powers, *parties):
            if m.ref.kind not in _STATE_KINDS or m.ref.code != theatre.country:
                continue
            last = doc[m.j - 1]
            noun = last.head if last.dep_ in ("amod", "compound", "poss") else last
            if noun.lower_ not in men or noun.i < m.i:
                continue
            words = [*noun.children, *doc[m.i : m.j]]
            if any(t.lower_ == "colonial" and t.i < noun.i for t in words):
                return {theatre.country}
        return set()
