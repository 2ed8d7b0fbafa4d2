"""The stance reader: its mixins composed, and the final assembly of claims into stances."""

from __future__ import annotations

from explorer.extract.mentions import Mention
from explorer.extract.stances.attacks import AttackRules
from explorer.extract.stances.claim import _belligerent, _by_war
from explorer.extract.stances.era import _left_since
from explorer.extract.stances.triggers import TriggerRules
from explorer.extract.syntax import children, phrase, preps
from explorer.model import Stance


class StanceRules(TriggerRules, AttackRules):
    """Who backs, opposes, mediates between or supplies whom in one sentence."""

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
            if self._act_of_war(cl) and (cl.modality.negated or self._not_done(cl)):
                # "Iran denied that its drones struck Israel", "struck Israel in a video
                # game", "almost struck Iran": an act denied or not done in the world, no side
                continue
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
                homes = self._homes_not_fought_in(cl, powers, ms, theatre) if theatre else set()
                if homes:
                    # "Chinese troops attacked American forces": not a war in the United
                    # States; where else the text places it, or not stated
                    theatre = placed(away | homes)
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
                    named = self.doc_theatre.conflict_name(theatre)
                    names = [(named, None)] if named is not None else []
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
                            or self._tie_in_no_war(cl, pm, theatre)
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
