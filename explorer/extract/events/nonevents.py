"""Words that look like events and are none, and the kinds' own vetoes."""

from __future__ import annotations

from explorer.extract.events.base import _RulesBase
from explorer.extract.events.clues import (
    _a_statistics_noun,
    _a_toll_since,
    _a_wars_own,
    _at_risk,
    _counted,
    _counted_since,
    _for_years,
    _forbids,
    _kept_at_it,
    _one_craft_sent,
    _several_told_before,
    _willing_to_hold,
    _years_listed,
)
from explorer.extract.events.clues_when import _dated_clause, _named_by_its_taking
from explorer.extract.events.decisions_figures import a_figure_of_speech, decided_against
from explorer.extract.events.nonevents_accident import told_as_an_accident
from explorer.extract.events.nonevents_blast import a_bomb_gone_off
from explorer.extract.events.nonevents_burning import a_burning_summed, a_peoples_property_burnt
from explorer.extract.events.nonevents_kinds import (
    a_kind_of_act,
    an_offensive_kept_up,
    fire_changed_since,
)
from explorer.extract.events.nonevents_often import a_habit_told_now
from explorer.extract.events.nonevents_problems import a_crime_fought, a_toll_of_recent_days
from explorer.extract.events.nonevents_raids import a_raid_told_before, a_search_raid
from explorer.extract.events.nonevents_relative import a_habit_told_of_a_place, done_to_any_one
from explorer.extract.events.nonevents_service import a_persons_service
from explorer.extract.events.nonevents_years import (
    a_habit_over_years,
    a_land_afflicted,
    a_tally_over_a_year,
)
from explorer.extract.events.protest_adjunct import (
    a_deed_to_come_in_protest,
    a_states_act_in_protest,
)
from explorer.extract.events.readings import (
    _COMPLAINT_VERBS,
    Trigger,
    _a_count_of_a_series,
    _a_diplomatic_protest,
    _also_elsewhere,
    _captivity_told_before,
    _earlier_one_dated,
    _heads_in,
    _kept_from,
    _the_captives_held,
    _weighed_as_a_kind,
    _with_conjuncts_of,
)
from explorer.extract.events.shot_dead import a_killing_shot
from explorer.extract.events.words import (
    _CAMPAIGN_TYPES,
    _CHANGE_VERBS,
    _COUNTERPARTS,
    _CROWD_NOUNS,
    _FIRM_NOUNS,
    _HYPOTHETICAL_MODIFIERS,
    _LIGHT_VERBS,
    _LONG_TIME_UNITS,
    _MANY_LANDS,
    _MAY_HAPPEN,
    _MONTHS,
    _OFTEN,
    _OUTCOME_HEADS,
    _PERPETRATE,
    _POLICING,
    _PRIVATE_KINDS,
    _SPAN_PREPS,
    _TALK_TYPES,
    _TIME_SPANS,
    _TIME_UNITS,
    _UNDERGO,
    _UNLIKELY,
    _a_campaign_kept_up,
    _done_before,
    _kept_up_for_months,
)
from explorer.extract.syntax import children, with_conjuncts
from explorer.model import Toponym


class _NonEvents(_RulesBase):
    """Words that look like events and are none, and the kinds' own vetoes."""

    # --- words that look like events and are none --------------------------------------------
    @staticmethod
    def _judged_unlikely(tok) -> bool:
        """ "It was unlikely that the presidency would hold a summit", and "policies and an
        EU-Israel summit is unlikely to take place" where the parser left "is" without its
        subject: what is said to be unlikely is not reported as happening."""

        def unlikely(verb) -> bool:
            return verb.lemma_ == "be" and any(
                c.dep_ == "acomp" and c.lower_ in _UNLIKELY for c in verb.children
            )

        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and unlikely(nxt) and not children(nxt, "nsubj", "nsubjpass"):
            return True
        for anc in tok.ancestors:
            if anc.dep_ == "ccomp" and unlikely(anc.head):
                return any(c.lower_ == "it" for c in children(anc.head, "nsubj"))
        return False

    def _a_grievance(self, tok) -> bool:
        """A plural event noun that a protest is against ("a protest against police
        shootings", "marched against the killings"): the grievance, told with no day, place
        or doer of any one of them, is no event of its own."""
        h = tok.head
        if tok.dep_ != "pobj" or h.lower_ != "against" or children(tok, "nummod"):
            return False
        spec = self.ctx.lex.events.get("protest", {})
        lemmas = {e["lemma"] for e in (*spec.get("verbs", []), *spec.get("nouns", []))}
        return h.head.lemma_.lower() in lemmas

    def _names_its_place(self, noun) -> bool:
        """Whether the words of an event noun's phrase name a place ("the attack on a police
        post in Quetta"): such an act is told here with what it is, not only recalled."""
        within = {t.i for t in noun.subtree}
        return any(t.i in within for tp in self.ctx.toponyms for t in self.ctx.tokens_of(tp))

    def _a_crowd_harmed_there(self, verb, region: set[int]) -> bool:
        """ "Soldiers are firing on protesters, assaulting people in the streets of Bangkok":
        a list of acts in the present progressive that names the crowd it is done to
        (protesters, marchers, mourners) and a place is the news as it happens, not a habit
        ("these gangs are robbing shops and assaulting people" names neither)."""
        if verb.tag_ != "VBG":
            return False
        while verb.dep_ in ("conj", "advcl") and verb.head.tag_ == "VBG" and verb.head.i < verb.i:
            verb = verb.head
        acts = [v for v in with_conjuncts(verb) if v.tag_ == "VBG"]
        acts += [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
        crowds = _CROWD_NOUNS | {"protester", "demonstrator", "worshipper", "worshiper"}
        harmed = [
            o
            for v in acts
            for o in (
                *children(v, "dobj"),
                *(o for p in children(v, "prep") for o in children(p, "pobj")),
            )
        ]
        if not any(o.lemma_.lower() in crowds for o in harmed):
            return False
        return any(t.i in region for tp in self.ctx.toponyms for t in self.ctx.tokens_of(tp))

    def _in_an_actors_name(self, tok) -> bool:
        """ "Arab League observers arrived in Syria": a capitalised word of a name the
        lexicon knows as an actor's, no sport."""
        if not tok.text[:1].isupper():
            return False
        return self.ctx.mention(tok) is not None

    def _also_after_a_time_since(self, trig: Trigger) -> bool:
        """ "It was the heaviest fighting since March, when insurgents attacked two tea estates
        near Badulla. The insurgents also attacked a nearby pumping station": an act told "also"
        with no time of its own, right after a sentence that ends on an act of its kind told as
        the time counted from, goes on with that history, not with the news (not "... since
        May, when the truce collapsed. Rebels also attacked a convoy": another kind of act; not
        "... They also attacked a convoy on Monday": a time of its own)."""
        prev = self.ctx.prev
        if prev is None or trig.is_noun:
            return False
        lemmas = {v["lemma"] for v in self.types[trig.type].get("verbs", [])}
        return _also_of_the_one_before(trig.tok, lemmas, prev.s.sent)

    def _earlier_sentences(self):
        """The sentences of the story before this one, nearest first."""
        ctx = self.ctx.prev
        while ctx is not None:
            yield ctx.s.sent
            ctx = ctx.prev

    def _not_an_occurrence(self, trig: Trigger) -> bool:
        """A trigger word in a use that reports no event: a game ("the two teams will clash"),
        a hypothesis ("a possible shooting"), a criticism ("his travels came under fire"), a
        statistic ("emergency room visits grew"), a span of years ("killed 800 people over
        four decades")."""
        tok = trig.tok
        region = self._region(trig)
        sent = self.ctx.s.sent
        words = self.words
        if trig.is_noun and _a_time_since(tok):
            return True  # "divided ... since a failed coup in 1974": a point in time, history
        if a_figure_of_speech(tok, trig.is_noun, trig.type) or decided_against(tok):
            return (
                True  # "lobbed verbal grenades", "decided against expelling": see decisions_figures
            )
        if trig.is_noun and (
            a_kind_of_act(tok) or fire_changed_since(tok) or an_offensive_kept_up(trig.type, tok)
        ):
            return True  # "Sea mines are the main killer of ...": see nonevents_kinds
        if (trig.is_noun and a_crime_fought(trig.type, tok)) or a_toll_of_recent_days(
            trig.type, tok
        ):
            return True  # "which has been fighting kidnapping": see nonevents_problems
        if not trig.is_noun and a_persons_service(trig.type, tok):
            return True  # "he fought in Korea as a marine": see nonevents_service
        if not trig.is_noun and a_habit_told_now(trig.type, tok):
            return True  # "supply lorries are frequently ambushed by rebels": see nonevents_often
        if (
            not trig.is_noun
            and (a_habit_over_years(trig.type, tok) or a_tally_over_a_year(trig.type, tok))
        ) or (trig.is_noun and a_land_afflicted(trig.type, tok)):
            return True  # "have attacked herders in recent years": see nonevents_years
        if trig.type == "attack" and (
            a_search_raid(tok)
            or (trig.is_noun and a_raid_told_before(tok, self._earlier_sentences()))
        ):
            return True  # "Police raided the offices of the party": see nonevents_raids
        if told_as_an_accident(tok):
            return True  # "a navy shell hit a barracks in an accident": see nonevents_accident
        if not trig.is_noun and (done_to_any_one(tok) or a_habit_told_of_a_place(tok)):
            return True  # "detain any smugglers they find": see nonevents_relative
        if (
            not trig.is_noun
            and trig.type == "attack"
            and (a_burning_summed(tok) or a_peoples_property_burnt(tok))
        ):
            return True  # "have set fires ... and burned offices": see nonevents_burning
        if trig.type in _TALK_TYPES and trig.is_noun and _stalled(tok):
            return True  # "Talks between Lisbon and the separatists have stalled"
        if trig.type in _TALK_TYPES and trig.is_noun and _willing_to_hold(tok):
            return True  # "the junta remains committed to talks with the herders": a will
        if trig.type == "ceasefire" and trig.is_noun and _the_matter_of_talks(tok):
            return True  # "Talks on a ceasefire in Sudan have stalled": none agreed
        if trig.is_noun and _one_of_a_count(tok):
            return True  # "one of three raids reported along that border this month"
        if _without(tok):
            return True  # "the first week without looting or shelling in Tuzla": none
        if _when_a_time_since(tok):
            return True  # "no shot had been fired since 1975, when ... killed in an ambush"
        if self._also_after_a_time_since(trig):
            return True  # "... since January, when rebels attacked ... They also attacked"
        if not (
            _crowd_violence_at_a_game(tok) or a_bomb_gone_off(tok) or a_killing_shot(tok)
        ) and any(
            t.pos_ in ("NOUN", "PROPN")
            and t.lemma_.lower() in words["sport_words"]
            and not self._in_an_actors_name(t)
            # "a team of six UN monitors arrived", "a team of Cuban doctors": people, no game
            and not self._a_body_of_armed_men(t)
            and not _a_body_of_people(t)
            # "Awami League activists clashed with police": a party's name, no game
            and not _a_partys_name(t)
            for t in sent
            if t.i in region
        ):
            return True
        if trig.is_noun and any(
            c.dep_ == "amod" and c.lower_ in _HYPOTHETICAL_MODIFIERS for c in tok.children
        ):
            return True
        gerund = tok
        while gerund.dep_ == "conj" and gerund.head.tag_ == "VBG":
            gerund = gerund.head  # "attacking churches by demolition, bombing, killing"
        if (
            not trig.is_noun
            and tok.tag_ == "VBG"
            and gerund.dep_ in ("csubj", "csubjpass", "nsubj", "nsubjpass")
            and not children(gerund, "nsubj", "poss")
        ):
            return True  # "Attacking churches is prohibited": an act named, no one doing it
        if trig.is_noun and tok.tag_ == "NNS" and _several_told_before(tok):
            return True  # "the three attacks", "the four earlier shootings this month": a sum
        if trig.is_noun and self._a_generic_act(tok, region):
            return True  # "Canada's stand against the indiscriminate killing of civilians"
        if trig.is_noun and _ranked_in_a_run(tok) and not self._names_its_place(tok):
            return True  # "Sunday's killings were the latest in a series": told before, again
        if trig.is_noun and tok.tag_ == "NNS" and _in_a_series(tok):
            return True  # "the newest in a string of grenade attacks": events told one by one
        if trig.is_noun and _one_named_among_many(tok):
            return True  # "condemned the militia's crimes, among them the burning of ..."
        if (
            trig.is_noun
            and tok.tag_ == "NNS"
            and any(
                c.tag_ == "JJS" and c.dep_ == "amod" and c.lower_ not in ("latest", "last")
                for c in tok.children
            )
            and any(p.lower_ == "of" for p in children(tok, "prep"))
            and not _dated_clause(tok)
        ):
            # "the fiercest bombardments of its ten-month siege": a record, no one raid ("the
            # heaviest air strikes of the war hit Aleppo on Monday" is the day's news)
            return True
        if not trig.is_noun and _kept_at_it(tok):
            return True  # "after they kept attacking patrols and farmsteads": a habit
        if not trig.is_noun and _done_before(tok):
            return True  # "the sect has attacked churches before": a past, not the news
        if not trig.is_noun and trig.type in _CAMPAIGN_TYPES and _kept_up_for_months(tok):
            return True  # "the Tigers have attacked naval patrols since April"
        if trig.is_noun and trig.type in _CAMPAIGN_TYPES and _a_campaign_kept_up(tok):
            return True  # "which has waged a shelling campaign ... since last spring"
        if (
            trig.is_noun
            and tok.tag_ == "NNS"
            and tok.dep_ in ("nsubj", "nsubjpass")
            and not children(tok, "det", "poss", "nummod")
            and _forbids(tok.head)
        ):
            return True  # "Protests are banned in Algiers": a law, no protest held
        if tok.ent_type_ in ("PRODUCT", "WORK_OF_ART"):
            return True  # "a 2003 Honda Accord", a film's title
        if tok.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "acomp" and c.lower_ in _UNLIKELY | _MAY_HAPPEN for c in tok.head.children
        ):
            return (
                True  # "an EU-Israel summit is unlikely to take place", "air raids were possible"
            )
        if trig.is_noun and _at_risk(tok):
            return True  # "The ambush put next week's border talks at risk"
        if self._judged_unlikely(tok):
            return True
        if trig.is_noun and _a_fight_for_a_thing(tok):
            return True  # "a fight between fans for tickets"
        if self.types[trig.type].get("parties_are_people"):
            # "New Gainesville prison clashes with revitalization": a figure of speech
            parties = [
                o
                for p in tok.children
                if p.dep_ == "prep" and p.lower_ in ("with", "between", "against")
                for o in _with_conjuncts_of(children(p, "pobj"))
            ]
            if not trig.is_noun:
                parties += children(tok, "nsubj")
            if parties and not any(self._person(o) or self._known_place(o) for o in parties):
                return True
        abstract = words["abstract_nouns"]
        light = self._light_verb(trig)
        if (
            trig.is_noun
            and light is not None
            and light.lemma_.lower() in _UNDERGO
            and _heads_in(children(light, "nsubj", "nsubjpass"), abstract)
        ):
            return True  # "Pallister's travels came under fire"
        if trig.is_noun and any(
            o.lemma_.lower() in abstract or o.lower_ in abstract
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ in ("on", "against")
            for o in children(p, "pobj")
        ):
            return True  # "an attack on the flames", "an assault on the proposal"
        if tok.tag_ in ("NNS", "NNPS") and (
            (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _CHANGE_VERBS)
            or (
                tok.dep_ == "pobj"
                and tok.head.lower_ == "in"
                and tok.head.head.lemma_.lower() in _CHANGE_VERBS
            )
        ):
            # "visits grew from 17,709 to 33,760", "ambush attacks increase", "an increase in
            # phone calls": a statistic
            return True
        for p in sent:
            if p.i not in region or p.dep_ != "prep" or p.lower_ not in _SPAN_PREPS:
                continue
            if any(o.tag_ == "NNS" and o.lemma_.lower() in _TIME_UNITS for o in p.children):
                return True  # "over four decades", "in recent years": a toll, not one event
            if any(_the_past_long_span(o) for o in children(p, "pobj")) and not _a_records_span(p):
                return True  # "have been abducted over the last decade": a toll
        if _for_years(tok, region):
            return True  # "Norway has brokered truce talks for decades": a habit
        if trig.is_noun and tok.tag_ == "NNS" and _years_listed(tok):
            return True  # "saw bloody river clashes in 1969 and 1978": a past told as a list
        if not trig.is_noun and self._a_land_long_attacked(tok, region):
            return True  # "Northern Uganda has been attacked by the LRA": a campaign
        if (
            not trig.is_noun
            and trig.type in _CAMPAIGN_TYPES
            and _kinds_harmed_by_habit(tok, region)
            and not self._a_crowd_harmed_there(tok, region)
        ):
            return True  # "herdsmen, who have attacked oil wells and police posts"
        if trig.type == "ceasefire" and trig.is_noun and self._only_broken(tok):
            return True  # "Pakistan violates ceasefire along LoC": the shelling, no truce
        if _a_wars_own(tok):
            return True  # "The war, which began in 2011 with protests, has killed 280,000"
        if not trig.is_noun and _a_toll_since(tok):
            return True  # "troops have killed at least 35 people since the strikes began"
        if (
            trig.type == "protest"
            and not trig.is_noun
            and children(tok, "dative") + [p for p in children(tok, "prep") if p.lower_ == "to"]
        ):
            return True  # "Chile was protesting firmly to Argentina": a complaint
        if trig.is_noun and tok.tag_ == "NNS" and _a_statistics_noun(tok):
            return True  # "the growing number of kidnappings in the province": a count
        if trig.is_noun and tok.tag_ == "NNS" and self._a_grievance(tok):
            return True  # "a protest against police shootings": what is protested, no one act
        if not trig.is_noun and _counted_since(tok):
            return True
        if trig.type == "deployment" and not trig.is_noun and _one_craft_sent(tok):
            return True
        if trig.is_noun and self._none_told(tok):
            return True
        if (
            trig.is_noun
            and (tok.dep_ == "compound" or (tok.dep_ == "amod" and tok.tag_.startswith("NN")))
            and tok.head.pos_ == "NOUN"
            and tok.head.i > tok.i
            and tok.head.i not in self._trigger_tokens
            and tok.head.lemma_.lower() not in _OUTCOME_HEADS
        ):
            # "the shooting ranges", "an attack helicopter", "a shooting threat": a thing
            # named for the act (but "the shooting victim" was shot)
            return True
        if _a_bands_trade(tok):
            return True  # "arrested the leaders of a kidnapping gang": a band, no act told
        if trig.is_noun and self._a_kind_under_attack(tok, region):
            return True  # "Experts urge people under attack to run": whoever is attacked
        if trig.is_noun and _a_plural_misread_as_its_verb(tok):
            return True  # "complain about the shooting ranges", "ranges" read as a verb
        if trig.is_noun and _a_complaint_of_a_named_act(tok):
            return True  # "would complain ... of the \"Thai invasion\"": a name, no act told
        if self._a_kind_not_an_act(trig):
            return True
        if trig.type == "protest" and not trig.is_noun and _gathered_to_remember(tok):
            return True  # "Crowds gathered in Lidice to remember the villagers killed ..."
        if trig.type == "protest" and trig.is_noun and _a_showing_of_wares(tok):
            return True  # "The company will hold a product demonstration at its store"
        if trig.is_noun and _named_by_its_taking(tok) and _a_matter_told(tok):
            return True  # "The film tells the story of a hijacked airliner": no act of today
        if trig.type == "protest" and trig.is_noun and _a_craft_shown(tok):
            return True  # "blacksmithing demonstrations from noon until 3 p.m.": a showing
        if trig.is_noun and tok.tag_ == "NNS" and _counted_by_someone(tok):
            return True  # "the Foreign Office counts 117 attacks on its consulates": a tally
        if not trig.is_noun and _a_count_this_year(tok) and not _the_latest_told(tok):
            return True  # "This year gunmen have stormed five hotels": a year's count
        if not trig.is_noun and _a_kind_of_doer(tok):
            return True  # "deal harshly with those who kidnap tourists": a kind of men
        if trig.is_noun and _a_years_acts_at_work(tok):
            return True  # "Raids by bandits have cut exports by a third this year": a sum
        if trig.type == "clash" and not trig.is_noun and _fire_traded_in_words(tok, words):
            return True  # "Clinton and Trump traded fire over taxes", "exchanged shots on goal"
        if trig.type == "clash" and trig.is_noun and _a_talk_likened(tok):
            return True  # "The debate turned into an artillery duel between the parties"
        if trig.type in _CAMPAIGN_TYPES and trig.is_noun and _a_campaign_stopped(tok):
            return True  # "the separatist front said it had suspended its raids": a halt, none done
        if (
            trig.type in ("ceasefire", "agreement")
            and trig.is_noun
            and _aimed_towards(tok)
            and not _told_as_done(tok)
        ):
            return True  # "slowed progress towards a durable truce": none reached
        # "on a personal trip to Beijing"
        return trig.is_noun and any(
            c.dep_ == "amod" and c.lower_ in _PRIVATE_KINDS for c in tok.children
        )

    def _a_kind_not_an_act(self, trig: Trigger) -> bool:
        """Series counted, history dated, other places set beside the news, a diplomatic
        complaint, a prevention, a way of doing weighed, captivity told behind a rescue: uses
        of a trigger word that report no new event (eventsq27)."""
        tok = trig.tok
        if trig.is_noun:
            if _a_count_of_a_series(tok) or _earlier_one_dated(tok) or _weighed_as_a_kind(tok):
                return True
        elif _also_elsewhere(tok) or _kept_from(tok):
            return True
        if trig.type == "visit" and _visiting_agents(tok):
            return True
        if trig.type == "protest" and _with_wreaths(tok):
            return True
        if _accused_of_before(tok) or _kinds_charged_now(tok):
            return True
        if not trig.is_noun and (_a_surge_past(tok) or _a_pitchs_ground(tok)):
            return True  # "Arsenal stormed past Crystal Palace", "stormed the Arsenal box"
        if trig.type == "protest" and (
            _a_diplomatic_protest(tok, trig.is_noun)
            or (not trig.is_noun and self._a_states_complaint(tok))
            or self._addressed_to_a_state(tok)
            or (trig.is_noun and a_states_act_in_protest(tok, self.ctx.mention))
            or (trig.is_noun and a_deed_to_come_in_protest(tok))
        ):
            return True  # "France recalled its envoy in protest", "would starve in protest"
        if trig.type != "kidnapping":
            return False
        return _the_captives_held(tok) if trig.is_noun else _captivity_told_before(tok)

    def _addressed_to_a_state(self, tok) -> bool:
        """ "Peruvian protest to Ecuador over river incident", "protested the shelling to Quito",
        "a protest to the Soviet government": a protest addressed "to" a state (by its name,
        its capital or its government) is a note handed to it, not a crowd ("marched in
        protest to the parliament", "took the protest to the Russian embassy" go to a
        building; "protest to demand" is a purpose)."""
        heads = [tok]
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _COMPLAINT_VERBS | {"send"}:
            heads.append(tok.head)  # "sent a protest to the Russian government"
        for p in (p for h in heads for p in children(h, "prep")):
            if p.lower_ != "to":
                continue
            for o in children(p, "pobj"):
                m = self.ctx.mention(o)
                organ = o.lemma_.lower() in ("government", "ministry", "leadership")
                if organ:
                    m = next((self.ctx.mention(c) for c in o.children if self.ctx.mention(c)), None)
                if m is not None and m.ref.kind == "state" and (organ or m.ref.form != "demonym"):
                    return True
        return False

    def _a_states_complaint(self, verb) -> bool:
        """ "Norway protested the killing of a Norwegian engineer", "Oslo protested",
        "the Serbian government protested the decision": a state that protests, by its name,
        its capital or its government, lodges a complaint; its people protest in the street
        ("Kenyans protested", "Iranian students protested"), and so does a state said to
        protest day after day or while crowds fill its streets (:func:`_in_the_streets`)."""
        subjects = children(verb, "nsubj")
        if not subjects or _in_the_streets(verb):
            return False
        for s in subjects:
            m = self.ctx.mention(s)
            if s.lemma_.lower() in ("government", "ministry", "embassy"):
                m = next((self.ctx.mention(c) for c in s.children if self.ctx.mention(c)), None)
            elif m is not None and m.ref.form == "demonym":
                return False
            if m is None or m.ref.kind != "state":
                return False
        return True

    def _talks_summed_up(self, trig: Trigger) -> bool:
        """ "held 14 one-on-one meetings with visiting ministers", "has spoken frequently
        over the phone with world leaders": talks held, summed up, not one; the caller (in
        ``mentions``) keeps them when two sides are named ("Modi and Albanese have held
        several meetings": those two met) or when they are still to come ("the council will
        host three forums" is a plan told)."""
        tok = trig.tok
        if trig.type not in _TALK_TYPES:
            return False
        if any(_counted(t) for t in ([tok] if trig.is_noun else children(tok, "dobj"))):
            return True
        light = self._light_verb(trig)
        for p in [*tok.children, *(light.children if light is not None else [])]:
            if p.dep_ != "prep" or p.lower_ != "with":
                continue
            for o in children(p, "pobj"):
                if (
                    o.tag_ == "NNS"
                    and o.lemma_.lower() in _COUNTERPARTS
                    and any(c.lower_ in _MANY_LANDS for c in o.children)
                ):
                    return True  # "his talks with foreign leaders": with many, summed up
        return any(c.dep_ == "advmod" and c.lower_ in _OFTEN for c in tok.children)

    def _a_generic_act(self, tok, region: set[int]) -> bool:
        """ "Canada's stand against the indiscriminate killing of civilians is appreciated",
        "condemned the targeting of journalists": a singular event noun whose only words are
        "the", adjectives and an "of" that names a kind (a bare plural), with no one named as
        its author and no time or place in its clause, names a kind of act, not one event
        ("the killing of civilians in Bucha", "the shelling of villages on Monday",
        "Russia's bombing of hospitals" are told as done)."""
        if tok.tag_ != "NN" or tok.dep_ in ("nsubj", "nsubjpass", "ROOT"):
            return False
        if any(c.dep_ == "det" and c.lower_ != "the" for c in tok.children):
            return False
        if any(c.dep_ in ("poss", "compound", "nummod", "acl", "relcl") for c in tok.children):
            return False
        if any(c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" for c in tok.children):
            return False  # "the biggest expulsion of envoys in decades": this one, ranked
        preps = children(tok, "prep")
        if [p.lower_ for p in preps] != ["of"]:
            return False
        objs = [o for o in _with_conjuncts_of(children(preps[0], "pobj"))]
        if not objs or any(
            o.tag_ != "NNS" or any(c.dep_ in ("det", "nummod", "poss") for c in o.children)
            for o in objs
        ):
            return False
        if any(self._known_place(t) for t in tok.subtree):
            return False
        sent = tok.sent
        return not any(
            t.ent_type_ in ("DATE", "TIME") or self._known_place(t) for t in sent if t.i in region
        )

    def _a_kind_under_attack(self, tok, region: set[int]) -> bool:
        """ "Experts urge people under attack to run", "advice for swimmers under attack": an
        event noun after "under" said of a kind of people (a bare plural: no article, number
        or owner) in a clause that tells no time or place is whoever may be attacked, not one
        attack ("civilians under attack in Aleppo", "villagers came under fire on Monday")."""
        under = tok.head
        if tok.dep_ != "pobj" or under.lower_ != "under":
            return False
        held = under.head
        if held.pos_ in ("VERB", "AUX"):
            objs = [o for o in children(held, "dobj") if o.i < under.i]
            if not objs:
                return False
            held = objs[0]
        if held.tag_ != "NNS" or any(c.dep_ in ("det", "nummod", "poss") for c in held.children):
            return False
        return not any(
            t.ent_type_ in ("DATE", "TIME") or self._known_place(t)
            for t in tok.sent
            if t.i in region
        )

    def _police_raid(self, trig: Trigger, agents: list) -> bool:
        """A raid by police, told in a sentence about policing ("arrested 13 people", "a
        raid on her home", "the raid followed a 10-month investigation") and by no other
        named side: a search, not an attack."""
        if trig.tok.lemma_.lower() != "raid":
            return False
        if any(n.lower() not in _POLICING for n, _ in agents):
            return False  # "militants raided a village, police said"
        return any(t.lemma_.lower() in _POLICING for t in self.ctx.s.sent)

    @staticmethod
    def _none_told(tok) -> bool:
        """ "any negotiations with Tehran", "no attack", "there was no mention of shooting":
        an event asked about or denied, none told."""
        owners = [tok]
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":
            owners.append(tok.head.head)
        return any(
            c.dep_ == "det" and c.lower_ in ("any", "no") for o in owners for c in o.children
        )

    def _told_by_its_verb_then(self, trig: Trigger) -> bool:
        """Whether the trigger is a verb of the sentence's main clause, or of a clause "after"
        or "before" it, with a time phrase of its own ("In October 1982 guerrillas killed
        ...", "the fighting spread after the generals ousted the civilian cabinet in March
        1976")."""
        tok = trig.tok
        if trig.is_noun or tok.pos_ != "VERB":
            return False
        root = tok
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        if (
            root.dep_ == "advcl"
            and root.head.dep_ == "ROOT"
            and any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in root.children)
        ):
            root = root.head
        if root.dep_ != "ROOT":
            return False
        return any(
            t.ent_type_ == "DATE"
            for c in tok.children
            if c.dep_ in ("prep", "npadvmod")
            for t in c.subtree
        )

    def _after_an_old_act(self, trig: Trigger, published: str | None) -> bool:
        """ "The rupture came after gunmen seized the Dutch consulate in Caracas on June 9,
        1984, and held 31 diplomats captive for 95 days", told in 2001: an act told after
        "after", in a sentence whose every time is that clause's, two calendar years or more
        before the article's (a span of days aside), is the history the sentence explains
        the news by, whatever its precision (the parser may hang the act's second verb on
        the main clause: the words' order is read, not the tree; the main clause's own time
        before "after" is the news's: "Protests broke out on Monday after police shot a man
        on March 3, 2013")."""
        if not published or not published[:4].isdigit():
            return False
        tok = trig.tok
        sent = tok.sent
        marks = [t for t in sent if t.dep_ == "mark" and t.lower_ == "after" and t.i < tok.i]
        if not marks or marks[0].head.i > tok.i:
            return False
        clause = marks[0].head
        if not clause.left_edge.i <= tok.i <= clause.right_edge.i and (
            clause.i < clause.head.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        ):
            # outside the "after" clause, the main clause's own news: after a fronted clause
            # ("After the rebels were defeated in 1999, the army attacked the town this
            # week"), or a clause with a subject of its own ("..., and rebels shelled Kadugli");
            # a verb with none is the clause's second act ("... and held 52 Americans hostage")
            return False
        after = marks[0].i
        years: list[int] = []
        for ent in sent.ents:
            if ent.label_ not in ("DATE", "TIME") or ent.start < after:
                continue  # the main clause's own time is the news's
            found = [int(w.text) for w in ent if len(w.text) == 4 and w.text.isdigit()]
            if found:
                years += found
            elif not (ent.label_ == "DATE" and ent[-1].lemma_.lower() in _TIME_SPANS):
                return False  # "... and rioters burned cars on Monday": the news's own time
        return bool(years) and max(years) <= int(published[:4]) - 2

    @staticmethod
    def _forces_leaving(trig: Trigger) -> bool:
        """ "The last column of Cuban troops to leave Angola has entered Namibia", "troops leaving
        Afghanistan crossed into Uzbekistan": forces that cross a border while leaving a war
        withdraw through it, they invade no one (a clause of leaving, withdrawing or pulling
        out said of the subject)."""
        for s in children(trig.tok, "nsubj"):
            for t in s.subtree:
                if (
                    t.pos_ == "VERB"
                    and t.dep_ in ("relcl", "acl")
                    and t.lemma_.lower() in _LEAVING
                    and not _a_post_left(t)
                ):
                    return True
        # "Hundreds of Syrian soldiers crossed into Turkey to defect", "Myanmar soldiers
        # crossed into Bangladesh seeking refuge": men who cross to flee, defect or surrender
        # seek shelter, they invade no one
        return any(
            c.dep_ in ("advcl", "xcomp", "conj")
            and (
                c.lemma_.lower() in _FLEEING
                or (
                    c.lemma_.lower() == "seek"
                    and any(o.lemma_.lower() in _SHELTER for o in children(c, "dobj"))
                )
            )
            for c in trig.tok.children
        )

    def _only_broken(self, tok) -> bool:
        """ "Pakistan violates ceasefire along LoC", "the truce was breached": a truce named
        only as what was broken is news of the fighting, not of a truce; one the sentence says
        was new or reached ("broke new ceasefire", "A cease-fire reached in August 1994 was
        violated") is told too."""
        held = tok
        while held.dep_ == "conj" and held.head.i != held.i:
            held = held.head
        if (
            held.dep_ not in ("dobj", "nsubjpass")
            or held.head.lemma_.lower() not in (self.words["ceasefire_broken_verbs"])
        ):
            return False
        return not any(
            c.dep_ in ("amod", "acl", "relcl", "compound", "nummod") for c in tok.children
        )

    def _a_land_long_attacked(self, tok, region: set[int]) -> bool:
        """ "Northern Uganda has been attacked by the Lord's Resistance Army": a perfect
        passive said of a whole country or region, with no time of its own, is a campaign
        summed up, not one attack ("A police post in Kano has been attacked" is one)."""
        if tok.tag_ != "VBN" or not children(tok, "auxpass"):
            return False
        if not any(a.lemma_.lower() == "have" and a.lower_ != "had" for a in children(tok, "aux")):
            return False
        if any(t.ent_type_ in ("DATE", "TIME") for t in tok.sent if t.i in region):
            return False
        kinds = [
            tp.candidate.kind
            for s in children(tok, "nsubjpass")
            if (tp := self._toponym_of(s)) is not None and tp.candidate is not None
        ]
        return bool(kinds) and all(k in ("country", "region") for k in kinds)

    def _known_place(self, tok) -> bool:
        """A toponym the geoparser found ("Israel clashed with Syria")."""
        return self._toponym_of(tok) is not None

    def _toponym_of(self, tok) -> Toponym | None:
        """The toponym a token is (part of), if any."""
        return self._toponym_at(tok.idx, tok.idx + len(tok.text))

    def _kind_of_visit(self, trig: Trigger) -> bool:
        """ "Emergency room visits", "doctor visits", "home visits", "a trip to the doctor":
        a noun that names a kind of visit, not a visit by someone to somewhere; so is a trip
        "to" a place noun bare of any article or owner ("their fourth trip to state": to the
        state championship), which names no place."""
        tok = trig.tok
        if any(
            o.lemma_.lower() in self.words["place_nouns"] and not self._place_word(o)
            for p in children(tok, "prep")
            if p.lower_ == "to"
            for o in children(p, "pobj")
        ):
            return True
        for c in tok.children:
            if c.dep_ != "compound" or c.i > tok.i:
                continue
            if self.ctx.mention(c) is not None or c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
                continue  # "the Obama visit", "an IOC committee visit"
            if c.lemma_.lower() in self.words["official_kinds"]:
                continue  # "a trade mission", "a working visit"
            if self._known_place(c):
                continue
            if c.text.isupper() and len(c.text) <= 3 and c.ent_type_ == "":
                return True  # "ER visits"
            if c.pos_ == "NOUN":
                return True
        return False


# people of a party or a movement, whose name a sport's word may end ("Awami League
# activists", "Muslim League workers", "National League for Democracy supporters")
_PARTY_PEOPLE = frozenset(
    {"activist", "worker", "lawmaker", "legislator", "cadre", "candidate", "politician"}
    | {"protester", "demonstrator", "MP"}
)  # not "leaders", "supporters", "members", "officials": a league's too


# the bands named for the crime they live by ("a kidnapping gang", "a smuggling ring")
_BANDS = frozenset({"gang", "ring", "cell", "network", "syndicate", "racket", "cartel", "crew"})


def _a_bands_trade(tok) -> bool:
    """ "Police arrested the leaders of a kidnapping gang", "broke up a bombing cell": an act's
    word before a band's noun names what the band lives by, whatever the tagger calls it (a
    noun or a gerund), not an act done now ("the kidnapping victims", "a bombing campaign"
    are no band)."""
    head = tok.head
    return (
        tok.dep_ in ("compound", "amod")
        and head.i > tok.i
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in _BANDS
    )


def _a_partys_name(tok) -> bool:
    """Whether a capitalised word of sport ends a name of two capitalised words or more that
    names the people of a party: "Awami League activists", "Muslim League workers". A name
    of a game's people ("Premier League players", "Champions League fans", "Premier League
    leaders Liverpool") is no party's."""
    if not tok.text[:1].isupper() or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    head = tok.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return (
        before.text[:1].isupper()
        and before.pos_ == "PROPN"
        and tok.dep_ in ("compound", "nmod")
        and (head.lemma_.lower() in _PARTY_PEOPLE or head.lemma_ in _PARTY_PEOPLE)
        and head.tag_ in ("NNS", "NN")
    )


# the crowd of a game, whose fights are no game
_FANS = frozenset({"fan", "supporter", "hooligan", "ultra", "ultras", "spectator"})


def _crowd_violence_at_a_game(tok) -> bool:
    """Whether the event word is fighting whose sides are fans, which a game's words around
    it do not make a game: "Fans of the two teams clashed outside the stadium", "fights between
    fans of Ajax and fans of Feyenoord". Teams that "clash" or "fight" are still a game ("the
    two teams will clash on Sunday"), and a fight between fans "for" a thing is a contest."""
    sides = [
        o
        for p in children(tok, "prep")
        if p.lower_ in ("with", "between", "against")
        for o in _with_conjuncts_of(children(p, "pobj"))
    ]
    if tok.pos_ in ("VERB", "AUX"):
        sides += _with_conjuncts_of(children(tok, "nsubj"))
    return any(s.lemma_.lower() in _FANS or s.lower_ in _FANS for s in sides)


def _a_fight_for_a_thing(noun) -> bool:
    """ "the fight between fans of the two clubs for tickets": a contest for a thing, no
    violence ("fights between fans outside the stadium" are); "for" hangs on the fight or on
    its sides."""
    return noun.lemma_.lower() == "fight" and any(
        t.dep_ == "prep" and t.lower_ == "for" for t in noun.subtree if t.i > noun.i
    )


def _a_body_of_people(tok) -> bool:
    """Whether a word of sport ("team") names the people of its "of" phrase, no side of a
    game: "A team of six UN monitors arrived in Damascus", "a team of Cuban doctors", "a team
    of inspectors"; "the two teams will clash" and "the national team" have none."""
    return any(
        p.lower_ == "of" and any(o.tag_ in ("NNS", "NNPS") for o in children(p, "pobj"))
        for p in children(tok, "prep")
    )


def _kinds_harmed_by_habit(verb, region: set[int]) -> bool:
    """ "local herdsmen, who have attacked oil wells and police posts in a campaign for
    grazing rights", "pirates have hijacked merchant ships": an act in the present perfect
    whose objects are kinds (bare plurals: no article, number or owner) and whose clause tells
    no time is a habit summed up, not one act ("have attacked three villages this week", "have
    attacked the gas field" are acts). So is one in the present progressive ("these gangs are,
    for the most part, robbing shops and assaulting people": what they keep doing)."""
    if children(verb, "auxpass"):
        return False
    if verb.tag_ == "VBG":
        if not _present_progressive(verb):
            return False
    elif verb.tag_ != "VBN" or not any(
        a.lemma_.lower() == "have" and a.lower_ != "had" for a in children(verb, "aux")
    ):
        return False
    objs = [o for d in children(verb, "dobj") for o in with_conjuncts(d)]
    if not objs or any(
        o.tag_ != "NNS" or any(c.dep_ in ("det", "nummod", "poss") for c in o.children)
        for o in objs
    ):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in verb.sent if t.i in region)


# nouns that gather events of one kind into a run of them ("a series of attacks")
_RUN_NOUNS = frozenset({"series", "spate", "string", "rash", "succession", "chain", "run"})


_RANKS_IN_A_RUN = frozenset({"latest", "last", "newest"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _ranked_in_a_run(noun) -> bool:
    """ "Friday's shootings were the newest in a string of grenade attacks": a definite act
    (an owner or "the", "this") that a clause ranks in a run ("the latest in a series", "the
    last of a wave") is one the article has told already, here summed with others; the
    sentence's news is the run, no act of its own. An act whose phrase names its place ("the
    attack on a police post in Quetta on Monday was the latest ...") is told here and stays
    (the caller's check)."""
    if not (
        children(noun, "poss")
        or any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)
    ):
        return False
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() == "be":
        ranks = children(noun.head, "attr")
    else:
        ranks = children(noun, "appos")
    return any(
        r.lower_ in _RANKS_IN_A_RUN
        or any(c.dep_ == "amod" and c.lower_ in _RANKS_IN_A_RUN for c in r.children)
        for r in ranks
        if any(
            o.lemma_.lower() in _RUN_NOUNS | {"wave"}
            for p in children(r, "prep")
            if p.lower_ in ("in", "of")
            for o in children(p, "pobj")
        )
    )


def _in_a_series(noun) -> bool:
    """ "the newest in a string of grenade attacks", "a spate of kidnappings": plural events
    gathered into a run are the sum of acts told one by one, here or elsewhere, not one event;
    a run its clause gives a day ("a series of explosions shook Kabul on Monday", "carried out
    a series of attacks on Sunday") stays."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    run = noun.head.head
    if run.lemma_.lower() not in _RUN_NOUNS:
        return False
    # "Gunmen carried out a series of attacks in central Jordan on Sunday": the day's news
    told = run.head.subtree if run.dep_ in ("dobj", "nsubj", "nsubjpass") else run.subtree
    told = list(told)
    if _a_toll_with_it(told):
        return False  # "a series of clashes ..., with 35 guerrillas killed or wounded": one report
    return not any(t.ent_type_ in ("DATE", "TIME") for t in told)


def _one_named_among_many(noun) -> bool:
    """ "condemned the militia's crimes, among them the burning of a village": an act named
    "among them" after acts in the plural is one of a sum told in passing, not the day's
    event; with a day in its clause it stays ("Three bombs went off in the city on Monday,
    among them a car bomb near the port")."""
    if not any(
        p.lower_ == "among" and any(o.lower_ in ("them", "those") for o in children(p, "pobj"))
        for p in children(noun, "prep")
    ):
        return False
    told = noun.head.subtree if noun.dep_ in ("dobj", "nsubj", "nsubjpass", "appos") else []
    return not any(t.ent_type_ in ("DATE", "TIME") for t in (told or noun.sent))


_TOLL_PARTICIPLES = frozenset({"kill", "wound", "injure"})


def _a_toll_with_it(clause) -> bool:
    """ "Colonel Abebe reported a series of clashes in Tigray, with 35 guerrillas killed or
    wounded": a run told "with" a count of its dead or wounded is one report of one spell of
    fighting, as a run given its day is; "a series of attacks has shaken the region" is a sum.
    The count is a number on the people killed ("with 35 guerrillas killed", "with 12 dead")."""
    return any(
        t.lower_ == "with"
        and any(
            (d.lemma_.lower() in _TOLL_PARTICIPLES and d.tag_ == "VBN")
            or d.lower_ in ("dead", "wounded", "injured")
            for d in t.subtree
        )
        and any(d.like_num for d in t.subtree)
        for t in clause
    )


def _a_plural_misread_as_its_verb(noun) -> bool:
    """ "no one will ever complain about the shooting ranges": the parser reads the plural
    noun after the event word as a verb in "-s" with the event word its subject, yet that
    "verb" stands where only a noun can (the object of a preposition or of a verb); the event
    word names the thing, as in "the shooting ranges" read right."""
    verb = noun.head
    return (
        noun.dep_ == "nsubj"
        and verb.i == noun.i + 1
        and verb.tag_ == "VBZ"
        and verb.dep_ in ("pobj", "dobj")
        and not children(verb, "dobj", "aux", "neg")
    )


# participles that tell the course of protests, not a craft shown ("growing demonstrations")
_COURSE_PARTICIPLES = frozenset(
    {"growing", "mounting", "spreading", "rolling", "escalating", "continuing", "sweeping"}
    | {"rising", "swelling", "increasing", "recurring", "ongoing", "raging", "intensifying"}
    | {"renewing", "widening", "unfolding", "dwindling"}
)


# verbs that take a protest for their object: it is held, joined, banned, broken up
_DONE_TO_PROTESTS = frozenset(
    _LIGHT_VERBS
    | _PERPETRATE
    | {"join", "attend", "ban", "break", "disperse", "call", "plan", "cover", "support"}
    | {"suppress", "crush", "quell", "continue", "resume", "end", "watch", "film", "police"}
    | {"allow", "permit", "prohibit", "forbid", "stop", "block", "prevent", "fuel", "spark"}
)


# what a crowd gathers or marches for that is no protest: to remember, mourn, pray, celebrate,
# welcome or watch
_NO_PROTEST_PURPOSES = frozenset(
    {
        "remember",
        "commemorate",
        "mark",
        "mourn",
        "honour",
        "honor",
        "pray",
        "celebrate",
        "welcome",
        "greet",
        "cheer",
        "watch",
    }
)
_PROTESTERS = frozenset({"protester", "demonstrator", "activist"})


def _gathered_to_remember(verb) -> bool:
    """ "Crowds gathered in Lidice on Sunday to remember the villagers killed", "Thousands
    marched to celebrate the victory": a crowd that gathers or marches to remember, mourn,
    pray, celebrate or welcome someone makes no protest ("Protesters gathered to mark ten
    years since the uprising" still do, and so does a crowd gathered to demand)."""
    if any(t.lemma_.lower() in _PROTESTERS for s in children(verb, "nsubj") for t in s.subtree):
        return False
    if any(t.lemma_.lower() in _DEMANDING for t in verb.subtree):
        # "gathered to remember the dead and to demand the fall of the government", "marched
        # to mark ten years since the coup, demanding justice": remembering and demanding
        return False
    return any(
        c.dep_ in ("advcl", "xcomp")
        and c.lemma_.lower() in _NO_PROTEST_PURPOSES
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


# words of a crowd that demands or denounces: a gathering that does so protests whatever
# else it marks
_DEMANDING = frozenset(
    {"demand", "chant", "protest", "denounce", "condemn", "shout", "slogan", "placard"}
)
_FLEEING = frozenset({"defect", "flee", "escape", "surrender", "desert"})
_SHELTER = frozenset({"refuge", "asylum", "shelter", "safety", "sanctuary", "protection"})
_LEAVING = frozenset({"leave", "withdraw", "quit", "exit", "evacuate", "retreat"})
# where forces are stationed: leaving one is moving out of it, not out of a war
_POSTS = frozenset(
    {"base", "camp", "barracks", "position", "post", "outpost", "garrison", "trench", "quarters"}
)
_COUNTED_DAYS = frozenset({"day", "night", "week", "month"})
_CROWDS = frozenset(
    {"crowd", "thousand", "hundred", "million", "protester", "demonstrator", "people", "student"}
)


# what crowds do in the streets of a country that protests day after day (filling, marching,
# gathering in them), not acts done to others
_CROWD_MOVES = frozenset(
    {
        "fill",
        "pack",
        "throng",
        "march",
        "gather",
        "rally",
        "pour",
        "flood",
        "take",
        "mass",
        "converge",
        "demonstrate",
        "protest",
        "chant",
        "occupy",
        "crowd",
        "swell",
    }
)


def _in_the_streets(verb) -> bool:
    """ "Egypt protested for a twelfth day on Saturday as crowds filled Tahrir Square", "Iran
    protested on Monday as hundreds of thousands marched through Tehran": a country said to
    protest for days on end, or while crowds fill its streets, is its people protesting; a
    complaint is lodged once, by no crowd. The crowds must be filling the streets, not
    doing something the state complains of: "Japan protested on Tuesday as crowds attacked
    Japanese shops in Beijing" is Tokyo's complaint."""
    for c in verb.children:
        if (
            c.dep_ == "prep"
            and c.lower_ == "for"
            and any(o.lemma_.lower() in _COUNTED_DAYS for o in children(c, "pobj"))
        ):
            return True  # "for a twelfth day"
        if (
            c.dep_ == "advcl"
            and c.lemma_.lower() in _CROWD_MOVES
            and any(m.dep_ == "mark" and m.lower_ in ("as", "while") for m in c.children)
            and any(
                t.lemma_.lower() in _CROWDS
                for s in children(c, "nsubj")
                for t in s.subtree
                if t.i <= s.i or t.dep_ == "pobj"
            )
        ):
            return True  # "as crowds filled Tahrir Square"
    return False


# where wares are shown and sold: a demonstration held there shows them
_SHOWROOMS = frozenset(
    {"store", "shop", "showroom", "fair", "expo", "exhibition", "booth", "dealership", "stand"}
)


def _a_showing_of_wares(noun) -> bool:
    """ "The company will hold a product demonstration at its store on Friday", "Apple gave a
    product demonstration": a demonstration that a firm holds, that one gives or offers, or
    that is held at a store, a showroom or a fair, shows wares or skills; people protest,
    firms do not ("Workers held a demonstration outside the company's offices" is one)."""
    if noun.lemma_.lower() != "demonstration":
        return False
    verb = noun.head
    while verb.dep_ in ("prep", "pobj", "dobj", "conj") and verb.head.i != verb.i:
        if verb.pos_ == "VERB":
            break
        verb = verb.head
    if verb.pos_ == "VERB" and verb.lemma_.lower() in ("give", "offer", "provide"):
        return True  # "Apple gave a product demonstration": one gives a showing, not a protest
    doers = children(verb, "nsubj") if verb.pos_ == "VERB" else []
    # the firm itself holds it ("The company will hold ..."), not its people ("Company
    # workers held a demonstration in Dhaka over unpaid wages" protest)
    if any(d.lemma_.lower() in _FIRM_NOUNS for d in doers):
        return True
    if any(
        p.dep_ == "prep" and p.lower_ in ("against", "over")
        for h in (noun, verb)
        for p in h.children
    ) or any(d.lemma_.lower() in _PROTESTERS for d in doers):
        # "Farmers held a demonstration at the agricultural fair against the trade deal":
        # a demonstration against something protests wherever it is held
        return False
    return any(
        t.lemma_.lower() in _SHOWROOMS
        and t.dep_ == "pobj"
        and t.head.lower_ in ("at", "in", "inside")
        and (t.head.head.i == noun.i or t.head.head.i == verb.i)
        for t in noun.sent
    )


def _a_craft_shown(noun) -> bool:
    """ "blacksmithing demonstrations", "a cooking demonstration", "sheep-shearing
    demonstrations": a demonstration whose modifier is a gerund, the craft or skill it shows,
    is a showing at a fair or a shop, not a protest ("street demonstrations", "student
    demonstrations" say where or who; "growing demonstrations" tell their course). The
    craft is a gerund, so the list of those that tell a protest's course is short."""
    if noun.lemma_.lower() != "demonstration":
        return False
    gerund = noun.doc[noun.i - 1] if noun.i > 0 else noun
    if (
        noun.dep_ == "dobj"
        and gerund.i == noun.head.i
        and gerund.tag_ == "VBG"
        and gerund.dep_ in ("xcomp", "pcomp", "advcl", "ccomp")
        and not children(gerund, "nsubj", "aux")
        and not _done_to_a_protest(gerund)
    ):
        # "will host quilting demonstrations", "open for weaving demonstrations": the parser
        # reads the craft as a verb with the demonstrations its object, which no verb but
        # one done to a protest takes ("for staging demonstrations", "after joining
        # demonstrations")
        return True
    return any(
        c.dep_ in ("compound", "amod", "nmod")
        and c.i < noun.i
        and c.lower_.endswith("ing")
        and c.tag_ in ("VBG", "NN")
        and c.lower_ not in _COURSE_PARTICIPLES
        and not _done_to_a_protest(c)  # "staging demonstrations" read as a compound
        for c in noun.children
    )


def _done_to_a_protest(gerund) -> bool:
    """Whether a word in "-ing" is a verb of _DONE_TO_PROTESTS, by its lemma or its stem (the
    parser leaves "staging" read as a noun unlemmatised)."""
    word = gerund.lower_
    stem = word[:-3]
    stems = {gerund.lemma_.lower(), stem, stem + "e"}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stems.add(stem[:-1])  # "planning"
    return bool(stems & _DONE_TO_PROTESTS)


def _present_progressive(verb) -> bool:
    """Whether a verb in -ing, or the first of its conjuncts, is told with "is", "are" or "am",
    as its auxiliary or as the "be" the parser hangs it on after an aside ("these children are,
    for the most part, breaking into homes")."""
    while verb.dep_ in ("conj", "advcl") and verb.head.tag_ == "VBG" and verb.head.i < verb.i:
        verb = verb.head  # "are breaking into homes, assaulting people": one list of -ing verbs
    present = ("is", "are", "am", "'s", "'re", "'m")
    if any(a.lower_ in present for a in children(verb, "aux")):
        return True
    return verb.dep_ == "advcl" and verb.head.lower_ in present and verb.head.i < verb.i


def _a_time_since(noun) -> bool:
    """ "The island has been divided since a failed coup in 1974", "since a failed July coup":
    an event named with its year or month after "since" is the point a state of things is
    counted from, history named in passing, not news ("fighting since Monday's attack" names
    neither)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "since":
        return False
    return any(
        t.ent_type_ == "DATE" and ((t.like_num and len(t.text) == 4) or t.lower_ in _MONTHS)
        for t in noun.subtree
    )


# verbs and adjectives of talks that make no headway (English): a state of a negotiation,
# no meeting held on a day
_STALLED = frozenset({"stall", "stalled", "stagnate", "founder", "deadlock", "deadlocked"})


def _stalled(noun) -> bool:
    """ "Talks between Lisbon and the separatists have stalled", "talks remain
    deadlocked": a negotiation said to make no headway, not a meeting held ("the stalled
    talks resumed in Istanbul on Monday" tells one)."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    if _on_a_day(verb):
        # "The talks in Geneva stalled on Friday when the delegation left": a round held
        # there, told by how it ended that day
        return False
    return verb.lemma_.lower() in _STALLED or any(
        c.dep_ == "acomp" and c.lower_ in _STALLED for c in verb.children
    )


_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday"}
)


def _on_a_day(verb) -> bool:
    """Whether a verb told in the simple past is dated to its day ("stalled on Tuesday",
    "broke down on March 5"), not a state told by "have" or "remain"."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    times = [
        o
        for c in verb.children
        for o in ([c] if c.dep_ == "npadvmod" else children(c, "pobj") if c.lower_ == "on" else [])
    ]
    return any(
        t.lower_ in _WEEKDAYS or any(n.like_num and len(n.text) <= 2 for n in t.subtree)
        for t in times
    )


# nouns and verbs of negotiating (English): what they are "on", "about" or "for" is sought,
# not had
_NEGOTIATING = frozenset(
    {"talk", "negotiation", "discussion", "consultation", "negotiate", "work", "haggle"}
)


def _the_matter_of_talks(noun) -> bool:
    """ "Negotiations on a ceasefire in Gaza resumed", "talks about a truce in Yemen began",
    "diplomats worked on a ceasefire": a truce is what the talks seek, none in force."""
    while noun.dep_ == "conj":
        noun = noun.head
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in ("on", "about", "over", "for", "toward", "towards")
        and prep.head.lemma_.lower() in _NEGOTIATING
    )


def _one_of_a_count(noun) -> bool:
    """ "It is one of three raids reported along that border this month", "one of several
    bombings", "the deadliest of more than twenty bombings in the province": a count of acts,
    each with its own day and place, of which the sentence names none (what "one" or the
    superlative stands for is told elsewhere, or not at all; eventsq50 the superlative)."""
    h = noun.head
    return (
        noun.dep_ == "pobj"
        and h.lower_ == "of"
        and (h.head.lower_ in ("one", "another") or h.head.tag_ == "JJS")
        and _counted(noun)
    )


def _without(noun) -> bool:
    """ "The first week without looting or shelling", "a week passed without a single air
    strike": an event word after "without" (or joined to one that is) names what did not
    happen."""
    while noun.dep_ == "conj":
        noun = noun.head
    return noun.dep_ in ("pobj", "pcomp") and noun.head.lower_ == "without"


def _also_of_the_one_before(tok, lemmas: set[str], prev_sent) -> bool:
    """Whether ``tok``, an act told "also" in a sentence with no time of its own, follows a
    sentence that ends on an act of one of ``lemmas`` told in a clause of the time after
    "since" (see `_when_a_time_since`)."""
    if not any(c.dep_ == "advmod" and c.lower_ == "also" for c in tok.children):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in tok.sent):
        return False
    last = max((t.i for t in prev_sent if not t.is_punct), default=prev_sent.start)
    return any(
        t.lemma_.lower() in lemmas and t.right_edge.i >= last and _when_a_time_since(t)
        for t in prev_sent
        if t.pos_ in ("VERB", "AUX")
    )


def _when_a_time_since(tok) -> bool:
    """ "No shell had landed there since 1988, when six Iranian border guards were killed in a
    raid": what a clause of the time after "since" tells ("when ...") is what the time
    counted from was, history named in passing, as an event named after "since" is."""
    for a in [tok, *tok.ancestors]:
        if a.dep_ not in ("relcl", "advcl"):
            continue
        time = a.head
        if not (time.dep_ == "pobj" and time.head.lower_ == "since"):
            # "Since 2014, when Russia annexed Crimea, the peninsula has ...": the parser hangs
            # the "when" clause on the main verb; it still follows the time it tells of
            time = _time_before_when(a)
            if time is None:
                continue
        # a year or a month, as for an event named after "since"; not a day ("since Monday,
        # when ...", "since April 14, when a gunman opened fire on a bus": an act dated to
        # its day, named as the last of its kind)
        day = any(c.like_num and len(c.text) <= 2 for c in time.children)
        return (time.lower_ in _MONTHS and not day) or (time.like_num and len(time.text) == 4)
    return False


def _time_before_when(clause):
    """The time after "since" that a "when" clause follows, comma between ("since 2011, when
    it invaded"), or None."""
    when = next((c for c in clause.children if c.lower_ == "when" and c.i < clause.i), None)
    if when is None:
        return None
    i = when.i - 1
    while i >= when.sent.start and when.doc[i].is_punct:
        i -= 1
    if i < when.sent.start:
        return None
    time = when.doc[i]
    if time.dep_ == "pobj" and time.head.lower_ == "since":
        return time
    return None


def _a_post_left(verb) -> bool:
    """ "Ukrainian troops who left their base crossed into Russia", "soldiers who withdrew from
    their positions": what is left is where the men were stationed, its object (or that of
    "from") a post, not the war or the land they leave."""
    left = list(children(verb, "dobj"))
    for p in children(verb, "prep"):
        if p.lower_ in ("from", "out"):
            left += children(p, "pobj")  # "left their bases in Hatay": not where they went
    # the tagger may take "bases" for "basis": the plural's own word is read too
    return bool(left) and all({o.lemma_.lower(), o.lower_, o.lower_[:-1]} & _POSTS for o in left)


# verbs of telling, showing or remembering (English): their object is the matter of a story,
# an exhibit or a memory, not a thing acted on
_TELLING_VERBS = frozenset(
    {
        "tell",
        "recount",
        "show",
        "depict",
        "portray",
        "display",
        "exhibit",
        "feature",
        "remember",
        "recall",
        "commemorate",
        "dramatise",
        "dramatize",
        "chronicle",
        "describe",
    }
)
# works that tell, show or keep something
_WORKS = frozenset(
    {
        "story",
        "film",
        "movie",
        "documentary",
        "book",
        "novel",
        "play",
        "opera",
        "song",
        "photograph",
        "photo",
        "picture",
        "painting",
        "image",
        "exhibition",
        "exhibit",
        "model",
        "replica",
        "memorial",
        "museum",
        "account",
        "tale",
        "history",
        "drama",
        "series",
    }
)


def _a_matter_told(noun) -> bool:
    """ "The film tells the story of a hijacked airliner", "The museum shows the hijacked
    airliner", "a novel about a hijacked ferry": a craft or a captive named by its taking as
    what a story, a show or a memory is of is no taking told as news. Not when something is
    said of it ("footage showed the hijacked plane circling over Kandahar")."""
    if any(c.dep_ in ("acl", "relcl") for c in noun.children):
        return False
    tok = noun
    while True:
        if tok.dep_ in ("dobj", "attr") and tok.head.lemma_.lower() in _TELLING_VERBS:
            return True
        if tok.dep_ != "pobj":
            return False
        prep = tok.head
        if prep.lower_ == "about":
            return True  # "a novel about", "is about a hijacked ferry"
        if prep.lower_ != "of" or prep.head.pos_ not in ("NOUN", "PROPN"):
            return False
        if prep.head.lemma_.lower() in _WORKS:
            return True  # "the story of", "photographs of"
        tok = prep.head  # "the ordeal of the passengers of ...": up to what holds it


def _visiting_agents(verb) -> bool:
    """ "police, helped by visiting British and Kenyan troops, retook the mall": after a
    passive participle's "by", "visiting" describes who did it (soldiers on a visit), which the
    parser reads as a gerund; no visit is told ("marked the day by visiting troops in
    Kandahar", after an active verb, is one)."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and verb.head.lower_ == "by"
        and verb.head.head.tag_ == "VBN"
        and not children(verb, "prep")
    )


# the verbs that charge someone with an act, and the words that make the charge an old one
_CHARGE_VERBS = frozenset({"accuse", "blame", "suspect", "charge"})
_BEFORE_NOW = frozenset({"before", "previously", "repeatedly", "often", "frequently", "long"})


# the words of a complaint, and the prepositions that say what it is of
_COMPLAINING = frozenset({"complain", "complaint"})
_COMPLAINED_OF = frozenset({"of", "about", "over"})


def _a_complaint_of_a_named_act(tok) -> bool:
    """ "Honduras would complain to the OAS council of the \"Salvadoran invasion\"": an
    event noun that is only what a complaint is of names the act as the complainer calls it;
    it tells no act (the fighting the story tells is its own report). Told as done, it is
    one: a time or a clause of its own on the noun ("complained of the shelling on Friday",
    "of the raid that killed two"), or a verb ("complained that Thai troops had invaded")."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in _COMPLAINED_OF:
        return False
    up = tok.head.head
    if up.dep_ == "pobj" and up.head.dep_ == "prep":
        up = up.head.head  # "complain to the Security Council of ...": "of" hung on the body
    if up.lemma_.lower() not in _COMPLAINING:
        return False
    return not any(
        t.ent_type_ in ("DATE", "TIME") or t.dep_ in ("acl", "relcl") for t in tok.subtree
    )


def _accused_of_before(tok) -> bool:
    """ "The Tigers were accused in the past of attacking ferries", "Iran has repeatedly been
    accused of arming the rebels": an act a side has been charged with before or again and
    again is its record summed up, not one event ("Iran was accused of attacking two tankers
    on Thursday" is one, charged)."""
    up = tok
    for _ in range(4):
        if up.head.i == up.i:
            return False
        up = up.head
        if up.pos_ == "VERB" and up.lemma_.lower() in _CHARGE_VERBS:
            break
    else:
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in up.subtree):
        return False
    return any(
        c.lower_ in _BEFORE_NOW
        and (c.dep_ == "advmod" or (c.dep_ == "prep" and not children(c, "pobj")))
        for c in up.children
    ) or any(
        p.lower_ == "in" and any(o.lower_ == "past" for o in children(p, "pobj"))
        for p in children(up, "prep")
    )


def _kinds_charged_now(tok) -> bool:
    """ "The Interahamwe militias are blamed for attacking hamlets that sheltered
    refugees": a gerund charged in the present ("are blamed for", "is accused of") whose objects
    are kinds (bare plurals: no article, number or owner), with no time, is what a side is
    held to do, its record, not one event ("are accused of attacking the convoy", "are blamed
    for attacking 13 villages", "were blamed for attacking villages on Monday" are acts)."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ not in ("for", "of"):
        return False
    charge = tok.head.head
    if charge.lemma_.lower() not in _CHARGE_VERBS or not any(
        a.tag_ in ("VBP", "VBZ") for a in children(charge, "auxpass")
    ):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in charge.subtree):
        return False
    objs = [o for d in children(tok, "dobj") for o in with_conjuncts(d)]
    return bool(objs) and all(
        o.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss") for c in o.children)
        for o in objs
    )


# what one storms through to take ground ("stormed past government lines into the town")
_WAYS_IN = frozenset({"into", "through", "across", "onto", "inside", "over"})
_BARRIERS = frozenset(
    {"line", "checkpoint", "police", "guard", "barricade", "barrier", "gate", "cordon", "defence"}
)


def _a_surge_past(tok) -> bool:
    """ "Arsenal stormed past Crystal Palace", "Hurricane Ian stormed past Cuba": "storm"
    with no object, going only "past" what it overtook, is a win, a race or the weather, no
    storming of a place; one that goes past a barrier or "into", "through" or "across" ground
    takes it ("Rebels stormed past government lines into the town")."""
    if tok.lemma_.lower() != "storm" or children(tok, "dobj"):
        return False
    preps = [c for c in tok.children if c.dep_ == "prep"]
    past = [p for p in preps if p.lower_ == "past"]
    if not past or any(p.lower_ in _WAYS_IN for p in preps):
        return False
    passed = [o for p in past for o in children(p, "pobj")]
    return not any(o.lemma_.lower() in _BARRIERS or _a_guard_or_wall(o) for o in passed)


# the men who guard ground, and what walls it in: storming past them takes it
_GUARDS = frozenset(
    {"soldier", "troop", "sentry", "sentries", "security", "officer", "policeman", "marine"}
)
_WALLS = frozenset({"fence", "wall", "perimeter", "roadblock", "blockade", "defense"})


def _a_guard_or_wall(o) -> bool:
    """ "Militants stormed past the perimeter fence of an army base", "commandos stormed past
    the sentries at the embassy", "protesters stormed past soldiers and occupied the palace":
    what one storms past is the men who guard a place or the wall that closes it, so the
    storming takes the place; a rival or a town passed is no such thing (review79)."""
    return o.lemma_.lower() in _GUARDS or o.lower_ in _GUARDS or o.lemma_.lower() in _WALLS


# the parts of a pitch a side's forwards storm in a game
_PITCH_PARTS = frozenset({"box", "goalmouth", "pitch"})


def _a_pitchs_ground(tok) -> bool:
    """ "Liverpool's forwards stormed the Arsenal box again and again": a storming whose
    object is a part of a pitch (the box, the goalmouth, the pitch) is a game's, no attack
    ("stormed the barracks", "stormed the compound" stay)."""
    return tok.lemma_.lower() == "storm" and any(
        o.lemma_.lower() in _PITCH_PARTS for o in children(tok, "dobj")
    )


# what mourners lay at a grave or a monument, and where
_TRIBUTES = frozenset({"wreath", "flower", "candle", "bouquet"})
_GRAVES = frozenset({"monument", "memorial", "grave", "tomb", "cemetery", "cenotaph", "statue"})


def _with_wreaths(tok) -> bool:
    """ "Pensioners held rallies and placed wreaths on a statue of the sailors who drowned":
    rallies held with wreaths or flowers laid at a monument or a grave, by the same people in
    the same sentence, are a memorial's gathering, not a protest ("protesters laid flowers at
    the memorial and marched on parliament" is told as a march, by its protesters; "held a
    rally and laid wreaths for the victims of the crackdown" stays a rally)."""
    verb = tok.head if tok.dep_ in ("dobj", "pobj") and tok.pos_ == "NOUN" else tok
    top = verb
    while top.dep_ == "conj":
        top = top.head
    if (
        tok.lemma_.lower() in ("protest", "demonstration")
        or any(c.lemma_.lower() in ("protester", "demonstrator") for c in children(verb, "nsubj"))
        or any(c.lemma_.lower() in ("protester", "demonstrator") for c in children(top, "nsubj"))
    ):
        return False
    verbs = [top, *(c for c in top.subtree if c.dep_ == "conj" and c.pos_ == "VERB")]
    if _a_demand_made(verbs):
        return False  # "rallied and laid wreaths at the monument to demand the government resign"
    return any(
        o.lemma_.lower() in _TRIBUTES
        and any(
            m.lemma_.lower() in _GRAVES
            for p in children(v, "prep")
            if p.lower_ in ("at", "on", "before", "by")
            for m in children(p, "pobj")
        )
        for v in verbs
        if v.lemma_.lower() in ("lay", "place", "leave", "light")
        for o in children(v, "dobj")
    )


# the verbs of a demand, a charge or a call that make a gathering a protest
_DEMANDS = frozenset(
    {"demand", "call", "urge", "press", "protest", "denounce", "condemn", "oppose", "chant"}
    | {"accuse", "insist", "reject", "decry", "shout"}
)


def _a_demand_made(verbs) -> bool:
    """Whether the gathering's verbs make a demand or a charge, by a purpose ("to demand the
    government resign"), a participle ("chanting slogans against the president") or
    "against": then wreaths laid are part of a protest."""
    for v in verbs:
        for c in v.children:
            if c.dep_ in ("xcomp", "advcl", "conj") and c.lemma_.lower() in _DEMANDS:
                return True
            if c.dep_ == "prep" and c.lower_ == "against":
                return True
    return False


# verbs that sum acts up into a number
_COUNTING_VERBS = frozenset({"count", "tally", "record", "log", "register", "document", "list"})


def _counted_by_someone(noun) -> bool:
    """ "the Foreign Office counts 117 armed attacks on its consulates", "the UN
    recorded 12 attacks on aid convoys": acts a body sums up into a number are a tally, no
    one event (each had its own day and place)."""
    return (
        noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in _COUNTING_VERBS
        and any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in noun.children)
    )


def _a_count_this_year(verb) -> bool:
    """ "This year in West Africa alone, gunmen have stormed five hotels": acts
    counted in the present perfect over the year (or month) so far, with a number of what they
    struck, are a count, no one event ("have stormed two embassies today" is the news)."""
    if not any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children):
        return False
    so_far = any(
        c.dep_ == "npadvmod"
        and c.lemma_.lower() in ("year", "month")
        and any(d.lower_ == "this" for d in c.children)
        for c in verb.children
    )
    return so_far and any(
        n.dep_ == "nummod" and n.lower_ not in ("one", "1", "a")
        for o in verb.children
        if o.dep_ == "dobj"
        for n in o.children
    )


# the pronouns a relative clause makes into a kind of people ("those who", "anyone who")
_ANY_ONES = frozenset({"those", "anyone", "anybody", "whoever", "everyone", "everybody"})


def _a_kind_of_doer(verb) -> bool:
    """ "The governor says he will deal harshly with those who kidnap tourists", "the law
    punishes anyone who attacks a police officer": a verb in the present of a relative clause on
    "those" or "anyone" says what kind of people are meant, no act done ("those who attacked
    the bank on Monday" did one)."""
    return verb.dep_ == "relcl" and verb.tag_ in ("VBP", "VBZ") and verb.head.lower_ in _ANY_ONES


def _a_years_acts_at_work(noun) -> bool:
    """ "Raids and kidnappings by bandits have cut Sudan's oil exports by a third this
    year": acts named by a bare plural (no article, owner or number) as what has done
    something over the year (or month) so far are the sum of that time, no one event; "Air
    strikes killed 20 people on Monday" is told in the past with its day."""
    verb = noun.head
    if noun.dep_ != "nsubj" or noun.tag_ != "NNS" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children):
        return False
    return any(
        t.dep_ == "npadvmod"
        and t.lemma_.lower() in ("year", "month")
        and any(d.lower_ == "this" for d in t.children)
        for t in verb.subtree
    )


def _aimed_towards(noun) -> bool:
    """ "the shelling could slow progress towards a durable truce", "steps
    toward a peace agreement": a truce or a deal worked towards is an aim, none reached."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("towards", "toward")


# verbs that bring a run of acts to an end
_STOPPING_VERBS = frozenset({"stop", "halt", "suspend", "end", "cease", "pause", "freeze"})


def _a_campaign_stopped(noun) -> bool:
    """ "the province's largest separatist front said it had suspended its raids", "Israel halted
    its air strikes on Gaza": a run of acts its doers stop is a halt, no act done then ("stopped
    an attack on the bank", one act foiled, is not read here)."""
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and noun.lower_ != noun.lemma_.lower()  # a plural: a run of them
        and verb.lemma_.lower() in _STOPPING_VERBS
        and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his") for c in noun.children)
    )


def _the_latest_told(verb) -> bool:
    """ "This year militants have attacked two police posts in Kandahar, the latest on
    Tuesday": a year's count whose sentence names a weekday tells its latest act, which is news
    ("have stormed eight embassies" with no day is a count only)."""
    return any(t.ent_type_ == "DATE" and t.lower_ in _WEEKDAYS for t in verb.sent)


def _told_as_done(noun) -> bool:
    """ "moved towards a ceasefire in Marib that took effect at midnight": a truce or a deal
    worked towards that a clause of its own tells in the past as done was reached ("efforts
    towards a cease-fire that would end the war" is still an aim)."""
    return any(
        c.dep_ == "relcl" and c.tag_ == "VBD" and not children(c, "aux", "auxpass")
        for c in noun.children
    )


def _the_past_long_span(o) -> bool:
    """ "over the past decade", "throughout the last year": a span of years reckoned back from
    the news, over which what is told happened many times (a toll, as "over four decades")."""
    return (
        o.tag_ == "NN"
        and o.lemma_.lower() in _LONG_TIME_UNITS
        and any(c.lower_ in ("past", "last", "previous") for c in o.children)
    )


def _a_records_span(prep) -> bool:
    """ "killed 22 people on Monday, the deadliest attack in Britain over the past decade": a
    span of years hung on a noun a superlative or "first" ranks is the field the one act is
    ranked in, no toll ("have been abducted over the last decade" is one)."""
    ranked = prep.head
    return ranked.pos_ == "NOUN" and any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ == "first") for c in ranked.children
    )


_MATTER_PREPS = ("over", "about")
_GAME_GOALS = ("goal", "net")


def _fire_traded_in_words(verb, words) -> bool:
    """ "Clinton and Trump traded fire over taxes", "Argentina and France exchanged shots on
    goal": fire traded over a matter (a common noun that is no place, nor a time) or about
    one, shots at a goal, or fire traded by named persons alone are words or a game, no clash;
    "troops exchanged fire over the border", "across the Line of Control" clash."""
    if verb.lemma_.lower() not in ("exchange", "trade"):
        return False
    fire = children(verb, "dobj")
    for p in [c for t in [verb, *fire] for c in t.children if c.dep_ == "prep"]:
        for o in children(p, "pobj"):
            if p.lower_ in ("on", "at") and o.lemma_.lower() in _GAME_GOALS:
                return True
            if (
                p.lower_ in _MATTER_PREPS
                and o.tag_ in ("NN", "NNS")
                and not o.ent_type_
                and o.lemma_.lower() not in words["place_nouns"]
            ):
                return True
    sides = _with_conjuncts_of(children(verb, "nsubj"))
    sides += [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for o in _with_conjuncts_of(children(p, "pobj"))
    ]
    return bool(sides) and all(s.ent_type_ == "PERSON" for s in sides)


_LIKENING_VERBS = ("turn", "become", "be", "develop", "degenerate", "descend", "resemble")
_TALK_NOUNS = ("debate", "exchange", "session", "talks", "discussion", "argument", "campaign")


def _a_talk_likened(noun) -> bool:
    """ "The debate in parliament turned into an artillery duel between the two parties": a
    fight a talk is likened to (the complement of turning, becoming or being, whose subject is a
    talk or a debate) is a figure of speech; "the fighting turned into an artillery duel" has
    its own event and "the clashes became a war" are not talk."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("into", "like"):
        head = head.head
    elif noun.dep_ not in ("attr", "dobj"):
        return False
    if head.lemma_.lower() not in _LIKENING_VERBS:
        return False
    return any(s.lemma_.lower() in _TALK_NOUNS for s in children(head, "nsubj"))
