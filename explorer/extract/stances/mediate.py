"""Mediation: "brokered talks between", "mediators", "the talks it hosted".

The parties between which a power mediates, the talks a noun names, and what a "dealer" or
a power "regarded as" a mediator is.
"""

from __future__ import annotations

from explorer.extract.stances.claim import _ENVOYS, _Claim
from explorer.extract.stances.headline import hedged
from explorer.extract.stances.nouns import NounRules
from explorer.extract.stances.supply import SupplyRules
from explorer.extract.syntax import children, governing_subjects, preps, with_conjuncts

# verbs of asking: what they have for object is wanted, not had
_ASK_VERBS = {
    "ask", "asked", "seek", "sought", "request", "requested", "demand", "demanded", "want",
    "wanted", "urge", "urged",
}  # fmt: skip
# verbs that ask only with "for" ("called for mediation"; "called its mediation a success")
_ASK_FOR_VERBS = {"call", "called", "appeal", "appealed", "plead", "pleaded", "press", "pressed"}


# the verbs by which sides make a deal their own ("signed a truce", "reached an accord",
# "agreed under a pact"): English's common ones, chosen by the team
_DEAL_VERBS = frozenset(
    {"sign", "reach", "accept", "conclude", "agree", "ink", "seal", "implement", "strike"}
)
# the nouns of a deal beside the lexicon's objects of mediation: English's, chosen by the team
_TREATY_NOUNS = frozenset({"treaty", "armistice"})
# who may be a side of a deal a third party brokers
_DEAL_SIDES = frozenset({"state", "government", "party", "armed"})


def _a_time(tok) -> bool:
    """ "Egypt offered mediation by Ramadan", "will name a mediator by Friday": a day, a
    month or a feast after "by" is a deadline, no mediator."""
    return tok.ent_type_ in ("DATE", "TIME")


class MediateRules(SupplyRules, NounRules):
    """Claims read from a verb or noun of mediation."""

    @staticmethod
    def _objects(tok) -> list:
        """The verb's objects; a past participle hung on a noun has that noun for its object
        ("the truce between Israel and Hamas, brokered by Egypt", "the talks, hosted by
        Qatar")."""
        objs = children(tok, "dobj", "nsubjpass")
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and not objs:
            objs = [tok.head]
        if MediateRules._gerund_read_as_modifier(tok) and not objs:
            objs = [tok.head]
        return objs

    @staticmethod
    def _gerund_read_as_modifier(tok) -> bool:
        """ "Malaysia will keep brokering truce talks between Bangkok and the insurgents": a
        mediation verb's -ing form that opens the noun phrase of its object, which the parse
        made an adjective of that noun ("brokering" on "talks"), is the verb with that noun
        for its object; not an -ing word after a determiner ("the monitoring mission")."""
        return (
            tok.dep_ == "amod"
            and tok.tag_ == "VBG"
            and tok.head.pos_ == "NOUN"
            and tok.head.left_edge.i == tok.i
        )

    def _between(self, tok) -> list:
        heads = preps(tok, "between")
        for d in self._objects(tok):
            heads += preps(d, "between")
        if heads:  # "talks between both camps in Oslo": the place is the venue
            return heads
        ended = self.lex.words("ended_nouns")
        for d in self._objects(tok):
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
        return [o for d in self._objects(tok) for o in preps(d, "in") if not self._town(o)]

    def _talks_venues(self, cl) -> set[str]:
        """The states the sentence names as where talks are held ("after talks between both
        camps in Tanzania", "at a summit in Kenya", "negotiations held in Qatar"): a
        venue, not the war mediated (the "in" of the talks, of their sides or of a verb on
        them; not one deeper, "talks on the war in Sudan"); and the home of the man a
        mediator's noun is put beside ("the AU's chief mediator, Olusegun Obasanjo"), who is
        that mediator, no side."""
        meets = self.lex.words("meeting_nouns")
        at = {w.i for a in children(cl.trigger, "appos") for w in a.subtree}
        for t in cl.trigger.sent:
            if t.lemma_.lower() not in meets and t.lower_ not in meets:
                continue
            holders = [t, *preps(t, "between"), *children(t, "acl")]
            at |= {w.i for h in holders for o in preps(h, "in", "at") for w in o.subtree}
        return {m.ref.code for m in self.ctx.mentions if m.ref.code and at & set(range(m.i, m.j))}

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
        dobj = self._objects(tok)
        ok_obj = any(
            (d.lemma_.lower() in objs or self._term_of(d) in objs) and not self._arms_deal(d)
            for d in dobj
        )
        heads = self._between(tok)
        deal_sides = [] if heads else self._sides_of_deal(tok)
        ok_obj = ok_obj or bool(deal_sides)  # "signed a peace treaty brokered by"
        named = preps(tok, "between") + [o for d in self._objects(tok) for o in preps(d, "between")]
        if tok.lemma_ in ("host", "facilitate") and not named:
            # "hosted talks in Jeddah with Sudan's army and the RSF": talks with both sides
            both = [o for d in [tok, *dobj] for o in preps(d, "with")]
            if len(both) >= 2:
                named = both
                heads = [h for h in heads if h.i not in {t.i for o in both for t in o.subtree}]
                heads += both
        if tok.lemma_ == "host" and not named:
            # "is hosting the envoys of the Moro Islamic front and of the
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
            # guarantee a peace deal between Dili and the militias" guarantee one
            return []
        if tok.lemma_ == "broker" and not ok_obj:
            return []
        if not ok_obj and not heads:
            return []
        passive = children(tok, "nsubjpass") or (tok.dep_ == "acl" and tok.tag_ == "VBN")
        powers = self._actors_of(preps(tok, "by")) if passive else self._subject_powers(tok)
        if not powers and self._gerund_read_as_modifier(tok):
            powers = self._actors_of(governing_subjects(tok.head))
        if (owners := self._offer_owners(tok)) is not None:
            powers = owners
        if not powers and tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and named:
            # "Philip Habib, the American envoy, mediated between ...", parsed as one noun
            # phrase: the noun it hangs on is the verb's subject
            powers = self._actors_of([tok.head])
        heads = heads or deal_sides or self._talks_between(tok)
        return [_Claim("mediates", tok, powers, heads, spread=True, whole_conflict=not heads)]

    def _sides_of_deal(self, tok) -> list:
        """ "Two states signed a truce brokered by a third", "Under an accord brokered by a
        third, two states agreed to ...": a deal a mediation's participle hangs on, the object
        of one of ``_DEAL_VERBS`` (signing, reaching, accepting it) or after "under" on such
        a verb, is made between that verb's subjects, two sides or more joined by "and", each
        a state, a government, a party or men in arms (firms, unions, families are none):
        the participle's "by" mediates between them. Not a deal rejected, nor one hedged (a
        modal, a negation, a condition on the verb)."""
        if tok.dep_ != "acl" or tok.tag_ != "VBN":
            return []
        deal = tok.head
        deals = {w.lower() for w in self.cfg["mediates"]["objects"]} | _TREATY_NOUNS
        if deal.lemma_.lower() not in deals or self._arms_deal(deal):
            return []
        if deal.dep_ == "dobj":
            verb = deal.head
        elif deal.dep_ == "pobj" and deal.head.lower_ == "under" and deal.head.dep_ == "prep":
            verb = deal.head.head
        else:
            return []
        if verb.lemma_.lower() not in _DEAL_VERBS or hedged(verb):
            return []
        subj = children(verb, "nsubj")
        sides = with_conjuncts(subj[0]) if subj else []
        by = preps(tok, "by")
        if not subj and by and deal.head.lower_ == "under":
            # "Under a pact brokered by X, A and B agreed": the parse lists the clause's
            # subjects after the comma with the broker; English sets the subject after the
            # fronted phrase's comma
            after = by[0].i + 1
            if after < len(tok.doc) and tok.doc[after].text == ",":
                sides = [t for t in by[0].subtree if t.dep_ == "conj" and t.i > after]
        if len(sides) < 2:
            return []
        named = self._actors_of(sides, role="party")
        if len(named) < 2 or any(m.ref.kind not in _DEAL_SIDES for m in named):
            return []
        return sides

    def _offer_owners(self, tok) -> list | None:
        """Who mediates by an offer a noun names ("a Qatari offer to mediate", "Egypt's offer
        to mediate", "an offer by the African Union to mediate": the infinitive hung on one of
        the ``mediation_offer_words``): the offer's owner, by name, nation's word or "by",
        never the subject of the verb the offer is the object of, who may accept, welcome or
        reject it ("Ecuador and Peru have accepted a Brazilian offer to mediate between
        them"); an offer no one is named to own is no one's under one of the
        ``answer_verbs`` ("India rejected an offer to mediate"). None where ``tok`` is no
        such infinitive, or the offer's owner is the subject's ("Turkey renewed its offer")."""
        noun = tok.head
        if tok.dep_ not in ("acl", "relcl") or noun.pos_ != "NOUN":
            return None
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return None
        if noun.lemma_.lower() not in self.lex.words("mediation_offer_words"):
            return None
        named = [c for c in noun.children if c.dep_ in ("poss", "amod") and c.tag_ != "PRP$"]
        owners = self._actors_of(named + preps(noun, "by", "from"))
        if owners:
            return owners
        answered = noun.head.lemma_.lower() in self.lex.words("answer_verbs")
        return [] if noun.dep_ == "dobj" and answered else None

    def _talks_between(self, tok) -> list:
        """A mediation that names no side, in a sentence that names talks between two
        ("the collapse of truce talks between Bogota and FARC rebels, but Cuban
        mediators said the negotiations would go on"): the talks' two sides are the mediated."""
        objs = {w.lower() for w in self.cfg["mediates"]["objects"]}
        for t in tok.sent:
            if t.i != tok.i and t.lemma_.lower() in objs:
                heads = preps(t, "between")
                # "between Khartoum and Darfur rebels": two sides, one parsed as modifiers
                two = [c for h in heads for m in h.children for c in children(m, "conj")]
                if len([o for h in heads for o in with_conjuncts(h)]) + len(two) >= 2:
                    return heads
        return []

    @staticmethod
    def _progressive_noun(tok, verbs) -> bool:
        """ "The OAU is mediating between Addis Ababa and Asmara": the parser's noun after
        "is", a verb's -ing form of the list."""
        if tok.dep_ != "attr" or tok.head.lemma_ != "be" or not tok.lower_.endswith("ing"):
            return False
        stem = tok.lower_[:-3]
        return stem in verbs or stem + "e" in verbs

    def _relative_noun_mediation(self, tok) -> list[_Claim]:
        """ "the contacts between Hanoi and Phnom Penh that Jakarta mediates": a mediating verb's
        -s form the parser reads as a plural noun, right after "that" or "which" and a name,
        mediates between the sides of what the relative word follows (a noun with a
        "between" phrase, the word before the relative one in that phrase). A venue's or a
        go-between's verb of the ``between_only_verbs`` ("that Norway hosts") is no
        mediation of its own."""
        verbs = set(self.cfg["mediates"]["verbs"]) - self.lex.words("between_only_verbs")
        if tok.tag_ != "NNS" or tok.lemma_.lower() not in verbs or not tok.lower_.endswith("s"):
            return []
        doc = tok.doc
        k = tok.i - 1
        while k > tok.sent.start and doc[k].pos_ == "PROPN":
            k -= 1
        if k == tok.i - 1 or doc[k].lower_ not in ("that", "which") or k == tok.sent.start:
            return []
        talks = doc[k - 1]
        while not preps(talks, "between") and talks.head.i != talks.i and talks.i > talks.head.i:
            talks = talks.head
        between = [t.i for p in children(talks, "prep") if p.lower_ == "between" for t in p.subtree]
        if talks.pos_ != "NOUN" or k - 1 not in between:
            return []
        powers = self._actors_of([doc[tok.i - 1]])
        return [_Claim("mediates", tok, powers, preps(talks, "between"), spread=True)]

    def _mediating(self, tok) -> list[_Claim]:
        subj = children(tok.head, "nsubj")
        heads = preps(tok, "between")
        if not subj or not heads:
            return []
        powers = self._actors_of(with_conjuncts(subj[0]))
        return [_Claim("mediates", tok, powers, heads, spread=True)]

    def _mediate_noun(self, tok) -> list[_Claim]:
        """ "African Union mediators said", "Turkey's mediation between A and B"."""
        if self._dealer(tok) or self._acted_on(tok) or self._a_side_talking(tok):
            return []
        if self._asked_for(tok):
            return []  # "Phnom Penh asked for mediation": a side wanting a mediator
        if self._sides_negotiator(tok):
            return []  # "Renamo's chief negotiator": who talks for a side of the war
        by = self._mediation_by(tok)
        if by is not None:
            return self._mediation_by_claims(tok, by)
        # "the Kenyan-led mediation team", "a Qatari-led mediation": who leads the
        # mediation mediates (a "-led" word on the noun, or on the noun it names the kind
        # of); a coalition's or campaign's leader is no more its joiners' than before
        named = self._mediator_of(tok)
        powers = self._led_by(
            tok.head if tok.dep_ == "compound" and tok.head.i > tok.i else tok
        ) or (
            self._actors_of(with_conjuncts(named)) if named is not None else self._noun_powers(tok)
        )
        if named is not None and not powers:
            return []  # "the mediation of Jesse Jackson": a man of no state the lexicon knows
        heads = preps(tok, "between", "in")
        if not heads and self._role_holder(tok) is not None:
            # "Thailand and Cambodia accepted Malaysia as mediator": who accept a mediator
            # are the sides it mediates between
            heads = children(tok.head.head, "nsubj")
        if not heads and self._regarded_as(tok):
            # "she was praised as a regional peacemaker": a name one is given, not a mediation
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
        if not heads and self._release_of(tok) is not None:
            return self._release_claim(tok, powers)
        return [_Claim("mediates", tok, powers, heads, spread=True, whole_conflict=not heads)]

    def _mediation_by(self, tok):
        """ "agreed to submit their quarrel to mediation by a Vatican envoy",
        "accepted mediation by Kenya": the one a mediation noun with no owner of its own
        names after "by" (a name, an actor the text knows, or a man of the ``_ENVOYS``) is
        its mediator, not the subject who agrees to it; None where there is no such "by"
        (a means or a time: "mediation by telephone", "by the end of the year")."""
        if children(tok, "poss") or any(
            c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i and self.ctx.mention(c)
            for c in tok.children
        ):
            return None
        for o in preps(tok, "by") + self._by_after(tok):
            if _a_time(o):
                continue
            if self._actors_of(with_conjuncts(o)) or o.pos_ == "PROPN":
                return o
            if o.lemma_.lower() in _ENVOYS:
                return o
        return None

    @staticmethod
    def _by_after(tok) -> list:
        """The objects of a "by" right after the noun that the parse hung on the verb above
        it ("agreed to mediation by Kenya": "by" on "agreed"); none where that verb is a
        passive one, whose "by" names who did it ("the dispute was put to mediation by
        the government")."""
        doc = tok.doc
        if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "by":
            return []
        by = doc[tok.i + 1]
        verb = by.head
        if verb.i == tok.i or by.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
            return []
        if children(verb, "nsubjpass", "auxpass"):
            return []
        return children(by, "pobj")

    def _mediation_by_claims(self, tok, by) -> list[_Claim]:
        """The mediation of the one named after "by" (``_mediation_by``) between the sides
        the noun names ("between", "in"), else the subjects who agree to it, accept it or
        put their dispute to it ("Ethiopia and Sudan agreed to mediation by Kenya": Kenya
        mediates between them); a mediator the text knows no actor for (an envoy of the
        Pope) gives no claim, never the sides' own."""
        powers = self._actors_of(with_conjuncts(by))
        if not powers:
            return []
        heads = preps(tok, "between", "in") or governing_subjects(tok)
        return [_Claim("mediates", tok, powers, heads, spread=True, whole_conflict=not heads)]

    def _mediator_of(self, tok):
        """ "after the mediation of Algeria", "the mediation of Jesse Jackson": a name after
        "of" on the mediation's noun is who mediates, not the clause's subject ("Syria freed
        the pilot after the mediation of ..." is no mediation of Syria's); None when "of"
        holds no name ("the mediation of the conflict") or the noun has an owner ("Turkey's
        mediation of the dispute")."""
        if children(tok, "poss"):
            return None
        return next(
            (o for o in preps(tok, "of") if o.pos_ == "PROPN" or self.ctx.mention(o) is not None),
            None,
        )

    def _release_of(self, tok):
        """ "its mediation work that secured the release of 16 British sailors held
        hostage in Iran", "Turkey's mediation won the release of ...": the release of
        captives a mediation names no sides for but brings about (in the phrase of the
        mediation's noun, or of the clause it is the subject of), or None."""
        base = tok
        while base.dep_ == "compound" and base.head.i != base.i:
            base = base.head  # "mediation efforts"
        region = {t.i for t in base.subtree}
        if base.dep_ in ("nsubj", "nsubjpass"):
            region |= {t.i for t in base.head.subtree}
        releases = self.lex.words("release_nouns")
        return next(
            (
                t
                for t in tok.sent
                if t.i in region and t.lemma_.lower() in releases and preps(t, "of")
            ),
            None,
        )

    def _release_claim(self, tok, powers) -> list[_Claim]:
        """A release of captives mediates between the captives' state and the state they
        were held in or by ("British sailors held hostage in Iran": the United Kingdom and
        Iran); a release is no conflict to name, so with no two such states, no claim (not
        "Turkey mediates the United Kingdom", the captives' home as a war)."""
        release = self._release_of(tok)
        doc, end = tok.doc, tok.sent.end
        held = self.lex.words("captive_verbs")
        verb = next(
            (
                t
                for t in doc[release.i + 1 : min(end, release.i + 12)]
                if t.lemma_.lower() in held and t.tag_ in ("VBN", "VBD")
            ),
            None,
        )
        if verb is None:
            return []

        def states(lo: int, hi: int) -> list:
            return [
                m
                for m in self.ctx.mentions
                if lo <= m.i and m.j <= hi and m.ref.kind == "state" and m.ref.code
            ]

        captives = states(release.i + 1, verb.i)
        stop = next((t.i for t in doc[verb.i + 1 : end] if t.is_punct), end)
        holders = [m for m in states(verb.i + 1, stop) if doc[m.i - 1].lower_ in ("in", "by")]
        codes = {m.ref.code for m in captives} | {m.ref.code for m in holders}
        if len(captives) != 1 or len(holders) != 1 or len(codes) != 2:
            return []
        year = self.year(tok)
        if doc[holders[0].i - 1].lower_ == "in" and any(
            holders[0].ref.code in th.countries and th.covers(year)
            for th in self.lex.theatres.values()
        ):
            return []  # "held in Yemen" in its war: held by any of its sides
        home = frozenset({captives[0].ref.code}) - {holders[0].ref.code}
        parties = [captives[0], holders[0]]
        return [_Claim("mediates", tok, powers, parties=parties, spread=True, away_homes=home)]

    @staticmethod
    def _a_side_talking(tok) -> bool:
        """ "talks between PLO negotiator Ahmed Qurei and Israeli officials": a man in the
        "between" of talks is one of the sides that talk, not a go-between of them."""
        return any(t.dep_ == "pobj" and t.head.lower_ == "between" for t in [tok, *tok.ancestors])

    def _arms_deal(self, tok) -> bool:
        """ "Eritrea brokered arms deals with Somali militias", "accused Moscow of negotiating
        weapons deals": a deal with an arms word before it is a trade of arms, no peace a
        mediator brokers (an aid deal is still one the sides may agree to)."""
        weapons = self.weapon_words - {"aid"}
        return any(
            c.dep_ in ("compound", "amod", "nmod")
            and c.i < tok.i
            and (c.lemma_.lower() in weapons or c.lower_ in weapons)
            for c in tok.children
        )

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

    def _acted_on(self, tok) -> bool:
        """ "Kenya expelled two brokers", "arrested the mediators", "welcomed the mediators":
        a go-between (or a mediation) that is the object of a verb is what the verb's subject
        acts on, not the subject's own go-between, unless the verb puts one in place or
        carries one out (the lexicon's `own_mediation_verbs`: "appointed a mediator", "sent
        an intermediary", "led the mediation"). Its own words may still say whose it is
        ("expelled two Ethiopian mediators")."""
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        verb = first.head
        if first.dep_ != "dobj" or verb.pos_ != "VERB":
            return False
        if any(
            c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i for c in tok.children
        ):
            return False
        own = {w.lower() for w in self.cfg["mediates"].get("own_mediation_verbs", [])}
        return verb.lemma_.lower() not in own

    def _sides_negotiator(self, tok) -> bool:
        """ "Renamo's chief negotiator, Saimon Macuiane, said", "the FARC negotiators met
        government envoys": a negotiator whose owner is an armed movement (a party of a war,
        or armed men) talks for that side, one of the sides at the table, never a go-between
        ("UN negotiators", "the American negotiator" are read as before)."""
        if tok.lower_ not in ("negotiator", "negotiators"):
            return False
        return any(
            (m := self.ctx.mention(t)) is not None and m.ref.kind in ("party", "armed")
            for c in tok.children
            if c.dep_ in ("poss", "compound", "nmod", "amod") and c.i < tok.i
            for t in c.subtree
        )

    @staticmethod
    def _asked_for(tok) -> bool:
        """ "Phnom Penh asked for mediation", "Eritrea sought international mediation",
        "Tbilisi requested a mediator", "Tajikistan called for mediation": a mediation or
        mediator that a verb of asking (ask, seek, request, call for, appeal for, demand, want,
        urge) has for its object is one its subject wants, a side of the quarrel, never the
        mediator; nor is the one it wants mediating yet."""
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        verb = first.head
        if first.dep_ == "pobj" and verb.lower_ == "for":
            words = {verb.head.lower_, verb.head.lemma_.lower()}
            return bool(words & (_ASK_VERBS | _ASK_FOR_VERBS))
        words = {verb.lower_, verb.lemma_.lower()}
        return first.dep_ == "dobj" and bool(words & _ASK_VERBS)

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
