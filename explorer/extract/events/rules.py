"""The sentence rules all together (:class:`EventRules`: the mixins of this package on
:class:`_RulesBase`)."""

from __future__ import annotations

from dataclasses import replace

from explorer.extract.events.clues import _PAIR_NOUNS, _years_before
from explorer.extract.events.craft_fired import a_vessel_fired_on, vessel_as_written
from explorer.extract.events.date import _Date
from explorer.extract.events.document_reads import _FIGHT_TYPES, _a_trade
from explorer.extract.events.history import _History
from explorer.extract.events.nonevents import _NonEvents
from explorer.extract.events.parties import _Parties
from explorer.extract.events.place import _Place
from explorer.extract.events.readings import (
    _FREED_VERBS,
    _HELD_PEOPLE,
    EventMention,
    Trigger,
    _done_to,
    _inside,
    _with_what_they_are_of,
)
from explorer.extract.events.roles import _Roles
from explorer.extract.events.status import _Status
from explorer.extract.events.storming import a_storming_in_a_killing
from explorer.extract.events.triggers import _Triggers
from explorer.extract.events.words import _GROUPS_OF_MEN, _HARM_TYPES, _INTERVIEW_TYPES, _TROOPS
from explorer.extract.lexicon import norm_name
from explorer.extract.syntax import children, governing_subjects

# the verbs by which a state moves its forces (an incursion entry's "send into"; troops that
# come, pour, roll or stream into a land): at home, a deployment
_SENDING_VERBS = frozenset(
    {"send", "dispatch", "move", "deploy", "rush", "come", "pour", "roll", "stream"}
)


class EventRules(_Triggers, _Status, _Parties, _Roles, _Place, _Date, _History, _NonEvents):
    """The events of one sentence (:meth:`mentions`), read by the rules of the mixins."""

    # --- all together ---------------------------------------------------------------------
    def mentions(self, published: str | None) -> list[EventMention]:
        out = []
        for trig in self.triggers():
            mission = trig.type in ("visit", "incursion") and self._a_mission_moving(trig)
            if mission and not self._into_a_land(trig):
                continue  # "Election observers entered the polling station": no land entered
            if trig.type == "visit" and (mission or self._troops_moving(trig)):
                # "The first UN observers have arrived in Damascus", "Hundreds of Chadian
                # soldiers arrived in Bamako": men of an international mission or a state's
                # soldiers arriving are stationed where a mandate or an order sends them, they
                # visit no one
                trig = replace(trig, type="deployment")
            status = self.status(trig)
            if status is None:
                continue
            if self._not_an_occurrence(trig) or self._told_before_as_none(trig):
                continue
            if (
                trig.type == "air_strike"
                and not trig.is_noun
                and (self._civil_aircraft_subject(trig.tok) or self._an_aircraft_lost(trig.tok))
            ):
                # "a passenger jet exploded ..., killing 76 people", "a military helicopter
                # crashed into a house, killing 10 people": its own loss
                continue
            if trig.type == "bombing" and not trig.is_noun and self._an_aircraft_lost(trig.tok):
                # "An Ethiopian airliner blew up over the Indian Ocean": an aircraft lost in
                # the air, by a cause the sentence does not tell, bombed by no one it names
                continue
            if trig.type == "protest" and trig.is_noun and self._in_a_name(trig.tok):
                continue  # "the Rally for the Republic said": a party, no rally
            if self.types[trig.type].get("official") and self._by_a_people(trig):
                continue
            if trig.official_party and self._private(trig):
                continue  # "met up with a friend from Dallas"
            agents, targets = self.roles(trig)
            agents, targets = self._as_persons(agents), self._as_persons(targets)
            if self.types[trig.type].get("craft_as_written") or self._a_ship_struck(trig):
                targets = self._craft_as_written(trig, targets)
            if self.types[trig.type].get("victims_as_written"):
                targets = [self._victims_as_written(t) for t in targets]
            else:
                targets = [self._in_a_mission(t) for t in targets]
            agents = [self._in_a_mission(a) for a in agents]
            spec = self.types[trig.type]
            if spec.get("prisoners_name_sides") and len(agents) < 2:
                sides = self._prisoners_states(trig)
                if len(sides) > 1:
                    agents = sides  # "Soldiers from Armenia and Azerbaijan have been freed"
            if trig.type in _INTERVIEW_TYPES and agents and all(_a_trade(n) for n, _ in agents):
                continue  # "held meetings with Chinese fashion labels": business, no diplomacy
            named = [a for a in agents if a[0][:1].isupper()]  # not "leaders", "officials"
            if trig.named_actor and not named and not self._of_a_state(agents):
                # "Army units entered the town at the close of an offensive", "the
                # forces are pushing into Raqqa": a state's army in its own land crosses into
                # no one's; an incursion is told by whose forces crossed
                continue
            if status != "planned" and len(named) < 2 and self._talks_summed_up(trig):
                continue
            if spec.get("symmetric"):
                talk = trig.type in _INTERVIEW_TYPES
                media = [a for a in agents if a[1] is not None and self._news_medium(a[1], talk)]
                if talk and (media or self._with_the_press(trig)):
                    continue  # "Palma said in a phone call with CBC Toronto": an interview
                agents = [a for a in agents if a not in media]  # "told Radio Tamazuj"
            placeless = frozenset(
                n for n, sp in targets if sp is None or not self._a_place_span(sp)
            )
            if spec.get("object_is_place") and not spec.get("official"):
                # "an offensive against rebels loyal to the warlord": whom an incursion
                # fights is no place it enters (a visit's school the gazetteer lacks is still
                # where it went)
                targets = [t for t in targets if t[0] not in placeless]
            if (
                not (agents or targets)
                and (vessel := a_vessel_fired_on(trig.type, trig.tok)) is not None
            ):
                # "A warship ... fired on a seagoing ferry": the vessel, as written
                words = vessel_as_written(vessel)
                name = vessel.doc[words[0].i : words[-1].i + 1].text
                targets = [(name, (self.ctx.s.char(words[0]), self.ctx.s.char_end(words[-1])))]
            roleless = not trig.is_noun and spec.get("verb_needs_role") and not (agents or targets)
            if (
                roleless
                and not _projectiles_fell(trig)
                and not self._someone_shot_dead(trig.tok)
                and not _a_convoy_looted(trig.tok)
            ):
                continue  # "a horse was attacked": nobody named on either side
            if not roleless and trig.type == "bombardment" and _not_fired(trig):
                continue  # "A SpaceX rocket exploded on the launch pad": see _projectiles_fell
            if spec.get("official") and not trig.is_noun and not self._official(agents):
                continue  # "buses arrived", "soldiers visiting a market"
            if (
                spec.get("official")
                and not trig.is_noun
                and not self._visits_a_place(trig)
                and not self._titled(trig, agents)
            ):
                continue  # "Chu visited the Ching family", "Karg was visiting for the night"
            if spec.get("official") and trig.is_noun:
                if self._kind_of_visit(trig):
                    continue
                if not self._official(agents) and not self._place_after(trig.tok, ("to",)):
                    continue  # "during the visit", "their ninth trip to State"
            if spec.get("named_agent") and not any(n[:1].isupper() for n, _ in agents):
                continue  # "people who bought weapons": a purchase of no state or firm
            if trig.type == "incursion" and self._forces_leaving(trig):
                continue  # "The last column of Cuban troops to leave Angola has entered Namibia"
            if self._police_raid(trig, agents):
                continue  # "seized heroin in raids in the city, police said": law enforcement
            spans = [s for _n, s in agents + targets if s is not None]
            tp = self.place(
                trig,
                [s for _n, s in agents if s is not None],
                [s for _n, s in targets if s is not None],
            )
            if (air := self._airspace_country(trig)) is not None and not _inside(tp, air):
                tp = air  # "entered Polish airspace from Belarus"; "near Hatay" stays
            alliance = air is None and self._airspace_of_no_state(trig)
            if alliance:
                tp = None  # "entered NATO airspace while chasing a British patrol plane"
            elif tp is None:
                tp = self._where_it_points(trig)  # "Dapchi, the town where the abduction ..."
            unread = tp is not None and self._its_own_place_unread(trig, tp)
            if unread:
                tp = None  # "gathered in Berlin after the attack in Nice", Nice unread
            if roleless and tp is None:
                tp = self._where_the_looted_convoy_went(trig.tok)
            if roleless and tp is None:
                continue  # "Missiles hit the house": projectiles of no one, nowhere told
            etype = trig.type
            if (
                etype == "incursion"
                and not trig.is_noun
                and trig.tok.lemma_.lower() in _SENDING_VERBS
                and self._into_its_own_land(agents, tp)
                and not _may_lie_in_its_war_abroad(self.ctx.lex, tp)
            ):
                # "Nigeria's army has been sent into Borno", "Ethiopian federal troops rolled
                # into Mekelle": a state's forces moved at home.
                # Only the verbs that move troops: the gazetteer puts some towns of a war in the
                # state that holds them (Donetsk in Russia), so "the Russian offensive in
                # Donetsk" stays an incursion
                etype = "deployment"
            elif (
                etype == "incursion"
                and trig.is_noun
                and self._into_its_own_land(agents, tp)
                and not _may_lie_in_its_war_abroad(self.ctx.lex, tp)
            ):
                # "The Colombian army launched an offensive against FARC rebels in Caqueta",
                # "the Ethiopian army's offensive in Tigray", "Russian forces launched an
                # offensive in Chechnya": a state's offensive or operation in its own land
                # crosses no border; it is an attack on whom it is against. Not where the name
                # may as well be read as a town in the land of a war the state wages abroad
                # ("the Russian offensive in Donetsk": the gazetteer's Donetsk in Russia, a
                # smaller namesake of the Ukrainian city)
                etype = "attack"
            elif (
                etype == "incursion"
                and trig.named_actor
                and _against_a_party_at_home(self.ctx, trig, agents)
            ):
                etype = "attack"  # "Uganda's army launched an offensive against the LRA": at home
            if (
                etype == "incursion"
                and not trig.is_noun
                and self._into_its_capital(trig, agents, tp)
            ):
                # "Thai army tanks entered Bangkok as the military seized power", "the army's
                # tanks entered the capital": a state's forces in its own capital
                etype = "deployment"
            if etype == "incursion" and not trig.is_noun and _raiders_storm(trig.tok):
                # "Some 200 attackers stormed the market town", "Masked men stormed a village":
                # men named only by their deed or their arms take and hold no land for a
                # side; their storming is an attack ("Rebel fighters stormed the town of Ras
                # Lanuf", "Russian troops stormed the town": a side's advance, an incursion)
                etype = "attack"
            if etype == "incursion" and not trig.is_noun and _a_settlement_raided(trig.tok):
                etype = "attack"  # "stormed a village and shot dead 21": see the function
            if etype == "incursion" and not trig.is_noun and a_storming_in_a_killing(trig.tok):
                etype = "attack"  # "killed 10 guards when they stormed a post" (eventsfix60)
            if (
                etype in ("attack", "incursion")
                and not trig.is_noun
                and _protesters_storm(trig.tok)
            ):
                etype = "protest"  # "Protesters stormed the parliament": see _protesters_storm
            if etype == "incursion" and mission:
                # "A convoy of British peacekeepers entered Kosovo": men of an international
                # mission go where a mandate sends them, they invade no one
                etype = "deployment"
            date, prec, dated = self.date(trig, published)
            if (
                spec.get("history_describes")
                and date
                and published
                and date[:4] < published[:4]
                and any(a.dep_ == "relcl" for a in [trig.tok, *trig.tok.ancestors])
            ):
                # "the Myanmar military, which seized power in a 2021 coup": who they are,
                # told by what they did in an earlier year, not news
                continue
            if (
                date
                and published
                and date[:4] < published[:4]
                and not trig.is_noun
                and _done_to(trig.tok, spec)
            ):
                # "the MV Orion Star, hijacked on March 4, 2009, had been freed": a
                # participle after its noun says what the craft is, by what was done to it in
                # an earlier year, as a relative clause would; the news is its release
                continue
            if (
                date
                and published
                and prec in ("year", "month")
                and trig.type in _HARM_TYPES | _FIGHT_TYPES | {"coup"}
                and _years_before(date, published) > 1
                and self._told_by_its_verb_then(trig)
            ):
                # "In June 1984 rebels killed a dozen policemen" in a story of 2010: an
                # act of violence (done and over, unlike an agreement signed in Oslo in 1993,
                # still in force) told by a verb dated by its own time two calendar years or
                # more before the article's, no day of it told: history retold beside the
                # news, not the news (a 1984
                # story of a 1984 massacre, "last year", "in October last year" stay; an
                # event noun of another year, "a cease-fire reached in August 1994", "after a
                # drone strike killed the commander in 2016", is named with its date)
                continue
            if (
                trig.type in _HARM_TYPES | _FIGHT_TYPES | {"coup"}
                and (not trig.is_noun or date is None)
                and self._after_an_old_act(trig, published)
            ):
                # "The rupture came after gunmen seized the consulate in 1984 ...": told by
                # its verb or undated; an event noun with a date of its own is named with it
                # ("the war, which began with the U.S.-led invasion in March 2003")
                continue
            if status == "planned" and date and published and date[:4] < published[:4]:
                # "is scheduled to die April 7 for the fatal stabbing ... on Sept. 9, 1997":
                # what the sentence dates in an earlier year than the article's is no plan
                status = ""
            out.append(
                EventMention(
                    type=etype,
                    trigger=trig.tok.i,
                    actors=[n for n, _s in agents],
                    targets=[n for n, _s in targets],
                    toponym=tp,
                    date=date,
                    precision=prec,
                    date_basis="sentence" if date else "",
                    status=status,
                    sentence_dated=dated,
                    anaphoric=self._anaphoric(trig),
                    distinct=self._distinct(trig),
                    background=self._background(trig),
                    dates_the_one_before=self._dates_the_one_before(trig),
                    own_time=self._own_time(trig, published),
                    report_dated=date is None and dated and self._report_dated(trig, published),
                    actor_codes={
                        m.ref.code
                        for _n, sp in agents
                        if sp is not None
                        for m in self.ctx.mentions
                        if m.ref.code
                        and m.start < sp[1]
                        and sp[0] < m.end
                        and not (m.ref.kind == "leader" and m.ref.name in self.out_of_office)
                    },
                    hosts=self._hosts(trig),
                    target_states={
                        m.ref.code
                        for _n, sp in targets
                        if sp is not None
                        for m in self.ctx.mentions
                        if m.ref.code
                        and m.ref.kind == "state"
                        and m.ref.form == "name"
                        and (m.start, m.end) == sp
                    },
                    owners_only=bool(targets)
                    and all(sp is not None and self._an_owner(sp) for _n, sp in targets),
                    actor_spans=spans,
                    target_offices={n: self._offices[n] for n, _s in targets if n in self._offices},
                    place_noun=self.place_noun(trig) if tp is None else frozenset(),
                    placeless=placeless,
                    told_as_before=self._told_as_before(trig),
                    in_passing=self._in_passing(trig),
                    pair=self._pair(trig) if spec.get("symmetric") and len(named) < 2 else "",
                    no_fallback=alliance or unread or self._where_it_happened(trig),
                )
            )
        return out

    def _where_it_happened(self, trig: Trigger) -> bool:
        """ "The Gulf Clan is active where the ambush happened", "the area where the
        shooting happened": an act named as the subject of its happening in a clause of
        "where" points back to a place the story told or left untold; neither the paragraph's
        nor the story's place is it by that clause (the story's place stands for the act where
        another mention tells it)."""
        return _a_where_clause(trig.tok) is not None

    def _its_own_place_unread(self, trig: Trigger, tp) -> bool:
        """Whether an act told by a noun says where it was by its own "in" and a bare name
        the geoparser did not read, as a town is named ("after the attack in Nice", Nice read
        as no place), while ``tp`` lies outside that noun's phrase ("Hundreds gathered in
        Berlin"): the place of another clause is not its place. A venue's name ("a bomb
        explosion at the Saint Peter and Saint Paul Coptic Orthodox Church ... in Cairo's
        Abbasiya neighbourhood") is no town's: not read."""
        tok = trig.tok
        if not trig.is_noun:
            return False
        ctx = self.ctx
        phrase = {t.i for t in tok.subtree}
        head = ctx.head_of(tp)
        if head is not None and head.i in phrase:
            return False
        covered = {
            t.i for t in tok.subtree for x in ctx.toponyms if x.start <= ctx.s.char(t) < x.end
        }
        return any(
            o.pos_ == "PROPN" and o.i not in covered and not children(o, "det", "compound")
            for p in children(tok, "prep")
            if p.lower_ == "in"
            for o in children(p, "pobj")
        )

    def _where_it_points(self, trig: Trigger):
        """The place a clause of "where" whose subject is the act points back to in its own
        sentence: the name it hangs on ("in Bucha, where the massacre took place"; "Dapchi,
        the town where the abduction took place"; "the market in Kano where the blast
        happened"), or the place the verb it hangs on is said to be done in ("sealed off the
        market in Maiduguri where the bombing occurred"); None when it names none."""
        verb = _a_where_clause(trig.tok)
        if verb is None or verb.dep_ not in ("relcl", "advcl"):
            return None
        ante = verb.head
        words = [ante]
        if verb.dep_ == "relcl" and ante.dep_ == "appos":
            words.append(ante.head)  # "Dapchi, the town where ..."
        words += [
            o
            for w in [ante, *children(ante, "dobj")]
            for p in children(w, "prep")
            if p.lower_ in ("in", "at", "near")
            for o in children(p, "pobj")
        ]
        if verb.dep_ == "advcl":
            words = words[1:]  # the verb's own places, not the verb
        for w in words:
            for tp in self.ctx.toponyms:
                covers = tp.start <= self.ctx.s.char(w) < tp.end
                if covers and tp.candidate is not None and not tp.metonymic:
                    return tp
        return None

    def _where_the_looted_convoy_went(self, verb):
        """Where a convoy looted had gone when it was, by a clause of the verb whose subject is
        the convoy's "it" ("A convoy of 40 lorries was looted after it crossed into the
        province": in the province), or None; a clause of another subject, or a convoy's
        start ("after it left Port Sudan") tells not where it was looted (eventsfix59)."""
        if not _a_convoy_looted(verb):
            return None
        for clause in children(verb, "advcl"):
            if not any(s.lower_ == "it" for s in children(clause, "nsubj")):
                continue
            for p in children(clause, "prep"):
                if p.lower_ not in ("into", "in", "inside"):
                    continue
                for o in children(p, "pobj"):
                    tp = self._toponym_of(o)
                    if tp is not None and tp.candidate is not None and not tp.metonymic:
                        return tp
        return None

    def _into_its_own_land(self, agents: list, tp) -> bool:
        """Whether the forces of a state the actors name went into a place of that state's own
        ("Nigeria's army has been sent into Borno"): an army moved at home crosses no one's
        border, so it makes no incursion."""
        if tp is None or tp.candidate is None or not tp.candidate.country:
            return False
        # a side a conflict names as a state's government ("Syrian government troops" is the
        # Assad government's) stands for that state here
        governs = {
            name: code
            for th in self.ctx.lex.theatres.values()
            for code, name in th.state_parties.items()
        }
        states = {
            m.ref.code if m.ref.kind == "state" else governs.get(m.ref.name)
            for _n, sp in agents
            if sp is not None
            for m in self.ctx.mentions
            if m.start < sp[1]
            and sp[0] < m.end
            and ((m.ref.kind == "state" and m.ref.code) or m.ref.name in governs)
        }
        return states == {tp.candidate.country}

    def _movers(self, trig: Trigger) -> list:
        """Who moves: the verb's subject, and what its convoy, contingent or count is of."""
        tok = trig.tok
        if trig.is_noun:
            return []
        return _with_what_they_are_of(
            children(tok, "nsubj") or governing_subjects(tok), _GROUPS_OF_MEN
        )

    def _troops_moving(self, trig: Trigger) -> bool:
        """Whether who arrive or travel somewhere are a state's soldiers as a body ("Russian
        troops", "hundreds of Chadian soldiers", "a contingent of Russian troops")."""
        if trig.tok.lemma_.lower() == "visit":
            return False  # "soldiers visited a market": no body of men stationed anywhere
        return any(m.lemma_.lower() in _TROOPS for m in self._movers(trig))

    def _a_mission_moving(self, trig: Trigger) -> bool:
        """Whether who moves (the verb's subject, or what its convoy, contingent or count is
        of) are men of an international mission ("peacekeepers", "UN observers",
        "peacekeeping troops"; the lexicon's 'mission_nouns')."""
        movers = self._movers(trig)
        missions = self.words["mission_nouns"]
        return any(
            w.lemma_.lower() in missions or w.lower_ in missions
            for m in movers
            for w in [m, *(c for c in m.children if c.dep_ in ("compound", "amod"))]
        )

    def _into_a_land(self, trig: Trigger) -> bool:
        """Whether what a verb of moving enters or reaches is a place the geoparser found
        ("entered Kosovo", "crossed into Lebanon", "arrived in Damascus"), not a room or a
        building ("entered the polling station in Harare")."""
        tok = trig.tok
        goes = children(tok, "dobj") or [
            o
            for p in children(tok, "prep")
            if p.lower_ in ("into", "in", "to", "inside")
            for o in children(p, "pobj")
        ]
        return any(self._known_place(o) for o in goes)

    def _into_its_capital(self, trig: Trigger, agents: list, tp) -> bool:
        """Whether a state's forces went into that state's own capital: a capital the lexicon
        gives the state the actors name ("Thai army tanks entered Bangkok"), or "the capital"
        entered by an army no state's name calls foreign ("The army's tanks entered the
        capital in a coup"). A capital belongs to its state whatever the gazetteer says of a
        disputed town, so any verb counts here ("Soviet tanks entered Prague" stays one)."""
        if tp is not None and tp.candidate is not None:
            ref = self.ctx.lex.capitals.get(norm_name(tp.name))
            if ref is not None and ref.code == tp.candidate.country:
                return self._into_its_own_land(agents, tp)
        tok = trig.tok
        objs = children(tok, "dobj") + [
            o for p in children(tok, "prep") if p.lower_ == "into" for o in children(p, "pobj")
        ]
        if not any(o.lemma_.lower() == "capital" and not children(o, "poss") for o in objs):
            return False
        subjects = [t for s in children(tok, "nsubj") for t in s.subtree]
        named = any(
            m.ref.kind == "state"
            for m in self.ctx.mentions
            for t in subjects
            if m.start <= self.ctx.s.char(t) < m.end
        )
        return not named and any(t.lemma_.lower() in ("army", "military") for t in subjects)

    def _prisoners_states(self, trig: Trigger) -> list[tuple[str, tuple[int, int] | None]]:
        """The states whose people a swap freed, when the sentence names them as the subject
        of its freeing ("Soldiers from Armenia and Azerbaijan have been freed in a prisoner
        exchange", "Armenian and Azerbaijani soldiers freed in prisoner exchange"): the swap's
        two sides, which it names no other way."""
        tok = trig.tok
        if not (trig.is_noun and tok.dep_ == "pobj" and tok.head.dep_ == "prep"):
            return []
        verb = tok.head.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _FREED_VERBS:
            return []
        subjects = children(verb, "nsubj", "nsubjpass")
        if tok.head.head.dep_ == "acl" and not subjects:  # "soldiers freed in an exchange"
            subjects = [verb.head]
        if not subjects or not all(s.lemma_.lower() in _HELD_PEOPLE for s in subjects):
            return []
        chars = [self.ctx.s.char(t) for s in subjects for t in s.subtree]
        lo, hi = min(chars), max(chars) + 1
        out: list[tuple[str, tuple[int, int] | None]] = []
        for m in self.ctx.mentions:
            if m.ref.kind != "state" or not lo <= m.start < hi:
                continue
            if all(n != m.ref.name for n, _ in out):
                out.append((m.ref.name, (m.start, m.end)))
        return out

    def _pair(self, trig: Trigger) -> str:
        """ "The two sides signed an agreement", "Both countries agreed to a truce": the
        subject names a pair told of before, not who they are (its words, or "")."""
        tok = trig.tok
        verb = self._light_verb(trig) if trig.is_noun else tok
        if verb is None and tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX"):
            verb = tok.head.head  # "Both countries agreed to a ceasefire"
        if verb is None:
            return ""
        for s in children(verb, "nsubj") or governing_subjects(verb):
            if s.lemma_.lower() not in _PAIR_NOUNS or s.tag_ != "NNS":
                continue
            words = {c.lower_ for c in s.children if c.dep_ in ("det", "nummod", "predet")}
            if "both" in words or ("two" in words and "the" in words):
                return "two " + s.lower_
        return ""

    def _leaders_by_name(
        self, named: list[tuple[str, tuple[int, int] | None]]
    ) -> list[tuple[str, tuple[int, int] | None]]:
        """A leader named as one removed from office by his own name, not his state's ("a
        coup that removed Robert Mugabe": against him, not against Zimbabwe)."""
        out = []
        for name, span in named:
            m = next(
                (
                    m
                    for m in self.ctx.mentions
                    if span is not None and (m.start, m.end) == span and m.ref.kind == "leader"
                ),
                None,
            )
            out.append((m.ref.name, span) if m is not None else (name, span))
        return out

    def _as_persons(
        self, named: list[tuple[str, tuple[int, int] | None]]
    ) -> list[tuple[str, tuple[int, int] | None]]:
        """A leader the article says is out of office by his own name, not his state's
        ("Tillerson, who met with Trump", where Trump is only "the President-elect")."""
        if not self.out_of_office:
            return named
        out = []
        for name, span in named:
            m = next(
                (
                    m
                    for m in self.ctx.mentions
                    if span is not None
                    and (m.start, m.end) == span
                    and m.ref.kind == "leader"
                    and m.ref.name in self.out_of_office
                ),
                None,
            )
            out.append((m.ref.name, span) if m is not None else (name, span))
        return out


def _may_lie_in_its_war_abroad(lex, tp) -> bool:
    """Whether the name of the place ``tp``, read in the land of its state, may as well be
    read as a place no smaller in the land of a listed war that state wages abroad
    (theatres.json's belligerents: Russia in Ukraine, Saudi Arabia in Yemen): where the town
    lies is then unsure ("the Russian offensive in Donetsk": Donetsk of Rostov, 50,000 people,
    beside Ukraine's city of 900,000). Chechnya, Dagestan or Kursk have no such namesake."""
    chosen = tp.candidate
    lands = {
        land
        for th in lex.theatres.values()
        if chosen.country in th.belligerents
        for land in (*th.countries, *th.within)
    }
    return any(
        alt.country in lands and alt.population >= chosen.population for alt in tp.alternatives
    )


def _a_where_clause(tok):
    """The verb of happening whose subject ``tok`` is, in a clause of "where" ("where the
    attack took place", "where the shooting happened"), or None."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.i == tok.i:
        return None
    lemma = verb.lemma_.lower()
    happens = lemma in ("happen", "occur") or (
        lemma == "take" and any(o.lemma_.lower() == "place" for o in children(verb, "dobj"))
    )
    if happens and any(a.lower_ == "where" for a in children(verb, "advmod")):
        return verb
    return None


# men named only by what they did or what they bear, who fight for no named side
_RAIDERS = frozenset(
    {"assailant", "attacker", "gunman", "gunmen", "raider", "bandit", "gang", "gangster"}
    | {"kidnapper", "hooligan", "thug", "assailants", "attackers", "bandits", "gangs"}
)
# what makes "men" raiders ("armed men", "masked men", "unidentified men")
_RAIDERS_MARKS = frozenset({"armed", "masked", "unidentified", "unknown", "hooded"})


def _stormers(verb) -> list:
    """The heads of who stormed: the verb's subjects, and what a count of them is of
    ("hundreds of gunmen")."""
    subjects = children(verb, "nsubj") or governing_subjects(verb)
    return list(subjects) + [
        w
        for x in subjects
        for q in children(x, "prep")
        if q.lower_ == "of"
        for w in children(q, "pobj")
    ]


def _raiders_storm(verb) -> bool:
    """Whether ``verb`` is "storm" done by raiders to a place it names as its object: its
    subject (or what a count of them is of, "hundreds of gunmen") is one of ``_RAIDERS`` or
    men marked as armed or masked."""
    if verb.lemma_.lower() != "storm" or not children(verb, "dobj"):
        return False  # "the gunman stormed into her room": kept as it was read
    heads = _stormers(verb)
    for h in heads:
        word = h.lemma_.lower()
        if word in _RAIDERS or h.lower_ in _RAIDERS:
            return True
        if h.lower_ in ("men", "man") and any(
            c.dep_ == "amod" and c.lower_ in _RAIDERS_MARKS for c in h.children
        ):
            return True
    return False


# who march and demonstrate: their storming of a building is a protest, not an armed attack
_PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "marcher"})
# a foreign state's seat abroad: a crowd that storms it attacks that state (as the batches of
# 2012's stormings of US embassies were judged)
_MISSIONS = frozenset({"embassy", "consulate", "legation", "mission"})
# what a storming's own clause may tell that makes it an attack whoever did it
_STORMING_HARM = frozenset({"kill", "shoot", "stab", "wound", "murder", "lynch", "behead"})


def _protesters_storm(verb) -> bool:
    """Whether ``verb`` is "storm" done by protesters (``_PROTESTERS``, "hundreds of
    demonstrators") to what it names as its object, none of them marked as armed and the
    verb joined to no killing or wounding of its own ("Protesters stormed the parliament in
    Colombo", "Protesters stormed the presidential palace"): a crowd forcing its way into its
    own state's seat, the protest's own act, not an attack. Kept attacks: "Armed protesters
    stormed a police station, killing two officers"; "Protesters stormed the jail and lynched
    two prisoners"; a foreign state's embassy or consulate stormed ("Scores of rioters
    stormed the Dutch embassy grounds in Tripoli"), an attack on that state."""
    if verb.lemma_.lower() != "storm" or not children(verb, "dobj"):
        return False
    heads = _stormers(verb)
    if not any(h.lemma_.lower() in _PROTESTERS for h in heads):
        return False
    if any(t.lemma_.lower() in _MISSIONS for o in children(verb, "dobj") for t in o.subtree):
        return False  # "stormed the US embassy compound": an attack on that state's mission
    if any(c.dep_ == "amod" and c.lower_ in _RAIDERS_MARKS for h in heads for c in h.children):
        return False
    joined = [t for t in verb.children if t.dep_ in ("advcl", "conj", "xcomp")]
    return not any(t.lemma_.lower() in _STORMING_HARM for t in joined)


# a settlement whose storming, with its people killed or its houses burnt, is a raid on it
_RAIDED_SETTLEMENTS = frozenset({"village", "hamlet", "settlement", "camp", "town"})
# what raiders do to a settlement's people and houses beside storming it
_RAIDING_HARM = _STORMING_HARM | {"burn", "torch", "loot", "raze", "abduct", "massacre"}
_SET_ALIGHT = frozenset({"ablaze", "alight", "fire"})


def _a_settlement_raided(verb) -> bool:
    """Whether ``verb`` is "storm" with a settlement for its object ("a village", "the village
    of Ogossagou") and joined to a harm its own stormers did there: "Al-Shabaab fighters
    stormed a village ..., shot dead 14 people and burned the village down", "Militiamen stormed
    the village ..., killing 37 villagers": a raid on the village's people, an attack, not a
    side's advance into land. "Rebel fighters stormed the town of Ras Lanuf" (no harm told) is
    still the advance, an incursion; a joined verb with a subject of its own is another act."""
    if verb.lemma_.lower() != "storm":
        return False
    objs = children(verb, "dobj")
    if not objs or objs[0].lemma_.lower() not in _RAIDED_SETTLEMENTS:
        return False
    joined = [
        t
        for t in verb.children
        if t.dep_ in ("advcl", "conj", "xcomp")
        and t.pos_ == "VERB"
        and not children(t, "nsubj", "nsubjpass")
        and not _a_harm_of_no_villagers(t)
    ]
    # "set the village ablaze", "set fire to homes": a burning
    harms = {
        "burn"
        if t.lemma_.lower() == "set" and any(c.lower_ in _SET_ALIGHT for c in t.subtree)
        else t.lemma_.lower()
        for t in joined
    }
    return bool(harms & _RAIDING_HARM)


def _a_convoy_looted(verb) -> bool:
    """Whether ``verb`` is "loot" done to a convoy ("A convoy of 40 lorries was looted after
    it crossed into the province"): the convoy was struck, though no one is
    named on either side, as a person shot dead is (eventsfix59). The trigger's entry
    (``convoy_looted``) has already asked that a convoy be what was looted."""
    return verb.lemma_.lower() == "loot" and any(
        o.lemma_.lower() == "convoy" for o in children(verb, "dobj", "nsubjpass")
    )


# the men a side fights, whose killing in a town it storms is a battle for the town
_FIGHTING_MEN = frozenset(
    {"fighter", "rebel", "militant", "jihadist", "insurgent", "guerrilla", "soldier", "troop"}
    | {"militiaman", "militiamen", "gunman", "gunmen", "defender", "separatist", "terrorist"}
)
# the words of a count whose "of" phrase says who was counted ("dozens of fighters")
_COUNT_WORDS = frozenset({"dozen", "dozens", "score", "scores", "hundreds", "number", "many"})


def _a_harm_of_no_villagers(harm) -> bool:
    """Whether a harm joined to a storming strikes no settlement's people: its object is
    fighting men ("Government troops stormed the rebel-held town, killing dozens of
    fighters": the battle for a town, an advance) or the bare "it" ("The band stormed the
    festival camp and killed it with a two-hour set"). "killing 37 villagers", "shot dead 21
    people", "set the village ablaze" strike them (review90)."""
    for o in children(harm, "dobj"):
        if o.lower_ == "it":
            return True
        if o.lower_ in _COUNT_WORDS:
            counted = [
                w for p in children(o, "prep") if p.lower_ == "of" for w in children(p, "pobj")
            ]
            o = counted[0] if counted else o
        if o.lemma_.lower() in _FIGHTING_MEN or o.lower_ in _FIGHTING_MEN:
            return True
    return False


# what is fired and falls on a place: the head of the subject of a bombardment's verb
_PROJECTILES = frozenset(
    {"rocket", "missile", "shell", "mortar", "projectile", "katyusha", "grad", "round"}
)
# what makes projectiles no one fired now: munitions of an old war, found or left
_NOT_FIRED = frozenset({"old", "unexploded", "abandoned", "disused", "leftover", "wartime"})


def _projectiles_fell(trig: Trigger) -> bool:
    """Whether a bombardment's verb tells projectiles falling on a place though no one is
    named on either side ("Missiles hit two bases in Iraq housing US troops", "Two Grad
    rockets exploded near Sderot"): the subject's head is a projectile (not one of
    ``_NOT_FIRED``; exploding, rockets and missiles only counted or many: "A SpaceX rocket
    exploded on the launch pad" is a launch lost). Such an event is kept only where its own
    clause places it."""
    return trig.type == "bombardment" and not trig.is_noun and not _not_fired(trig, True)


def _not_fired(trig: Trigger, need: bool = False) -> bool:
    """Whether a bombardment's verb has for subject what was not fired at anyone: old or
    unexploded munitions ("Old shells exploded near a farm in Flanders"), or one rocket or
    missile that exploded (a launch or a test lost); ``need``: also when the subject is no
    projectile at all."""
    verb = trig.tok
    subjects = (
        children(verb, "nsubj")
        # "Mortars were fired at the airfield": what was fired is the passive's subject
        or (children(verb, "nsubjpass") if verb.lemma_.lower() == "fire" else [])
        or governing_subjects(verb)
    )
    heads = [s for s in subjects if s.lemma_.lower() in _PROJECTILES]
    if not heads:
        return need
    for h in heads:
        if any(c.dep_ == "amod" and c.lower_ in _NOT_FIRED for c in h.children):
            return True
        if (
            verb.lemma_.lower() == "explode"
            and h.lemma_.lower() in ("rocket", "missile")
            and h.tag_ != "NNS"
        ):
            return True
    return False


def _against_a_party_at_home(ctx, trig: Trigger, agents: list) -> bool:
    """ "Tensions have risen since Uganda's army launched an offensive against the LRA": a state's
    offensive against an armed group (no state), in a sentence that names no land but that
    state's own, is fought at home; it crosses into no one's land and is an attack on whom it
    is against. "Turkey launched an offensive against Kurdish militias in Syria" names the land
    it entered and stays an incursion."""
    against = [
        o for p in children(trig.tok, "prep") if p.lower_ == "against" for o in children(p, "pobj")
    ]
    if not against:
        return False
    for o in against:
        for t in o.subtree:
            m = ctx.mention(t)
            if m is not None and m.ref.kind == "state":
                return False  # "an offensive against Ukraine"
    own = {
        m.ref.code
        for m in ctx.mentions
        if m.ref.code
        and m.ref.kind == "state"
        and any(sp is not None and sp[0] <= m.start < sp[1] for _n, sp in agents)
    }
    lands = {tp.candidate.country for tp in ctx.toponyms if tp.candidate is not None}
    return len(own) == 1 and lands <= own and not _a_party_of_lands_abroad(ctx, against, own)


def _a_party_of_lands_abroad(ctx, against: list, own: set[str]) -> bool:
    """ "Kenya's army began an offensive against al-Shabab militants": a party the lexicon
    knows to fight only in other lands (its wars' countries, or its homes) is fought where it
    is, abroad, not at home; a party it does not know, or one of the state's own land ("Nigeria's
    army launched an offensive against Boko Haram"), says nothing against home."""
    for o in against:
        for t in o.subtree:
            m = ctx.mention(t)
            if m is None or m.ref.kind != "party":
                continue
            lands = ctx.lex.lands_of(m.ref.theatres) | set(m.ref.homes)
            if lands and not lands & own:
                return True
    return False
