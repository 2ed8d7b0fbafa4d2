"""The place of an event mention, from its own clause only."""

from __future__ import annotations

import re

from explorer.extract.events.base import _RulesBase
from explorer.extract.events.clues import _subject_of_another_verb
from explorer.extract.events.clues_when import (
    _a_sides_own_place,
    _aimed_at,
    _reference_point,
    _supported_words,
    _where_answered,
)
from explorer.extract.events.place_route import a_journeys_end
from explorer.extract.events.readings import _ASSAULT_NOUNS, Trigger
from explorer.extract.events.words import (
    _COUNTRY_PREPS,
    _DRIVEN_OUT,
    _HARM_TYPES,
    _KIND_RANK,
    _LAUNCH_VERBS,
    _NOT_WHERE_PREPS,
    _PERSON_VERBS,
    _PLACE_NOUN_KINDS,
    _PLACE_NOUN_PREPS,
    _PLACE_PREPS,
    _SENT_VERBS,
)
from explorer.extract.focus import (
    a_flight,
    a_quarter,
    a_state_read_as_town,
    backed_by_fans,
    for_a_side,
    glued_to_a_name,
    in_a_bodys_name,
    led_by,
    not_where,
    owns_a_site,
    reckoned_from,
    set_apart,
    the_doers_origin,
)
from explorer.extract.syntax import children
from explorer.model import Toponym

# between a town and the region that holds it: "Ludwigshafen, in the state of Rhineland-Palatinate"
_CONTAINER_AFTER = re.compile(
    r"\s*,\s*(?:in\s+)?(?:the\s+)?(?:(?:state|province|region|county|district|governorate|"
    r"prefecture|department|oblast)\s+of\s+)?",
    re.IGNORECASE,
)


# the words of a way that leads somewhere: a road, a route, a crossing; and the verbs by which
# a way leads ("a highway leading to the border")
_WAY_NOUNS = frozenset(
    {"road", "highway", "route", "crossing", "bridge", "corridor", "pass", "track", "motorway"}
    | {"railway", "railroad", "tunnel", "path", "trail"}
)
_WAY_VERBS = frozenset({"lead", "run", "link", "connect"})


def _where_a_way_leads(word) -> bool:
    """Whether a preposition's head ``word`` is a crossing ("a border crossing into Texas",
    on the border, the land it opens into beyond it) or a verb by which a way leads, said of a
    way's word ("a highway leading to ..."). "The road to Goma" names the road by the town it
    reaches, near which it is, and stays."""
    lemma = word.lemma_.lower()
    if word.pos_ in ("NOUN", "PROPN"):
        return lemma == "crossing"
    return (
        lemma in _WAY_VERBS
        and word.dep_ in ("acl", "relcl")
        and word.head.lemma_.lower() in _WAY_NOUNS
    )


# the words that set another act before or after the one a sentence tells
_SEQUENCE_PREPS = frozenset({"after", "before", "following", "since", "despite"})


def _another_acts_place(prep, tok) -> bool:
    """Whether ``prep`` ("in", "at", "near", "on") places an assault noun other than the
    trigger ``tok`` that a word of sequence governs ("after the attack in Kabul")."""
    act = prep.head
    return (
        prep.lower_ in ("in", "at", "near", "on")
        and act.i != tok.i
        and act.lemma_.lower() in _ASSAULT_NOUNS
        and act.dep_ == "pobj"
        and act.head.lower_ in _SEQUENCE_PREPS
    )


# the nouns of acts a phrase of sequence may tell beside the one reported ("a week after a spate of
# kidnappings and bombings")
_EARLIER_ACT_NOUNS = frozenset(_ASSAULT_NOUNS) | {
    "bombing",
    "bomb",
    "blast",
    "explosion",
    "shooting",
    "strike",
    "clash",
    "killing",
    "massacre",
}


def _in_another_acts_phrase(head, tok) -> bool:
    """Whether the name whose head is ``head`` lies in a phrase of sequence that tells other
    acts and does not hold the trigger ``tok`` ("The blast came two days after a spate of
    kidnappings and bombings across Pakistan, including a string of bombings in Lahore"): where
    those acts were, not this one; a phrase that tells no act ("after dawn in Kivu") or that
    holds the trigger itself keeps its place."""
    for a in head.ancestors:
        if a.i == tok.i:
            return False
        if a.dep_ == "prep" and a.lower_ in _SEQUENCE_PREPS:
            inside = {t.i for t in a.subtree}
            return tok.i not in inside and any(
                t.lemma_.lower() in _EARLIER_ACT_NOUNS for t in a.subtree if t.i != head.i
            )
    return False


# the prepositions that put a place inside another place a verb's phrase names
_INSIDE_PREPS = frozenset({"in", "near", "at", "inside", "outside"})
_ALONG_PREPS = frozenset({"in", "on", "at", "near", "along"})


def _within_the_verbs_place(prep, verbs: set[int], words: dict) -> bool:
    """Whether the place ``prep`` introduces lies inside a place word that a preposition of one
    of ``verbs`` names ("Mr Okafor was not hurt in the ambush, in Ikom on the Cameroonian
    border in the eastern state of Cross River": the border the verb's "on" names is in Cross
    River, so the ambush was); a place inside a person's or a thing's phrase ("the son of a
    farmer in Cross River") is no such place."""
    noun = prep.head
    outer = noun.head
    return (
        prep.lower_ in _INSIDE_PREPS
        and noun.dep_ == "pobj"
        and noun.lemma_.lower() in words["place_nouns"]
        and outer.dep_ == "prep"
        and outer.lower_ in _ALONG_PREPS
        and outer.head.i in verbs
    )


def _tellers(ctx, tok) -> list[tuple[int, int]]:
    """The character spans (of the sentence's text) of the phrase after the last comma that
    tells who says what the sentence reports (", an official at Somalia's Berbera port says"):
    from that comma to a verb of saying at the sentence's end, when the trigger ``tok`` lies
    before it."""
    sent = ctx.s.sent
    says = [t for t in sent if t.lemma_.lower() in ("say", "tell", "report") and t.i > tok.i]
    if not says:
        return []
    verb = says[-1]
    commas = [t for t in sent if t.text == "," and tok.i < t.i < verb.i]
    if not commas:
        return []
    return [(commas[-1].idx, verb.idx + len(verb.text))]


class _Place(_RulesBase):
    """The place of an event mention, from its own clause only."""

    # --- place ----------------------------------------------------------------------------
    def _anchors(self, trig: Trigger) -> set[int]:
        """Tokens whose prepositions can place a country: the trigger and its light verb, or
        the event's own noun a verb trigger holds ("held peace talks in Sudan")."""
        out = {trig.tok.i}
        light = self._light_verb(trig)
        if light is not None:
            out.add(light.i)
        if not trig.is_noun:
            nouns = {n["lemma"] for n in self.types[trig.type].get("nouns", ()) if "lemma" in n}
            out |= {o.i for o in children(trig.tok, "dobj") if o.lemma_.lower() in nouns}
        return out

    def place(
        self,
        trig: Trigger,
        actor_spans: list[tuple[int, int]],
        target_spans: list[tuple[int, int]] = (),  # type: ignore[assignment]
    ) -> Toponym | None:
        ctx = self.ctx
        tok = trig.tok
        region = self._region(trig)
        wider = self._region(trig, with_acl=True)
        anchors = self._anchors(trig)
        root = self._clause_root(tok)
        spec = self.types[trig.type]
        obj_place = spec.get("object_is_place", False)
        best, best_key = None, None
        backed = _supported_words(ctx.s.sent)
        aimed: Toponym | None = None  # what an act done for a side backed was aimed at
        victims = {
            ctx.text[s - ctx.s.start : e - ctx.s.start]
            for s, e in target_spans
            if tok.lemma_.lower() in _PERSON_VERBS
        }
        actor_codes = {
            m.ref.code
            for m in ctx.mentions
            if m.ref.code and any(s <= m.start < e for s, e in actor_spans)
        }
        for tp in ctx.toponyms:
            c = tp.candidate
            if c is None or tp.metonymic or tp.start < self.dateline_end:
                continue
            head = ctx.head_of(tp)
            if head is None:
                continue
            if not_where(head, self.words) or glued_to_a_name(ctx, tp) or a_quarter(tp):
                continue  # "Saint Peter and Saint Paul Coptic Orthodox Church", "Commerce Dr."
            if _reference_point(ctx, tp) or reckoned_from(ctx, tp) or a_state_read_as_town(ctx, tp):
                continue  # "in Kandal province, south of Phnom Penh": Kandal
            if set_apart(ctx, tp) or backed_by_fans(ctx, tp):
                continue  # "near a different mosque from Al-Aqsa", "fans of Ajax"
            if led_by(ctx, tp):
                continue  # "the US-led coalition", "Iran-backed militias": whose, not where
            if for_a_side(ctx, tp):
                continue  # "the region's pro-Moscow president": whose side, not where
            if trig.is_noun and _where_answered(tok, head):
                continue  # "The Kyiv attack was condemned in London": where it was answered
            if in_a_bodys_name(ctx, tp):
                continue  # "the Organization for Security and Co-operation in Europe"
            if spec.get("craft_as_written") and any(
                s <= tp.start and tp.end <= e and e - s > tp.end - tp.start for s, e in target_spans
            ):
                continue  # "hijacked the Maersk Alabama": a word of the ship's name
            if head.i in backed and tok.i not in backed:
                # "fired mortars at southern Turkey in solidarity with the Kurds in
                # Kobani": the side an act supports lives where the act is done for, not where
                # it is done
                continue
            if head.i < min(backed, default=head.i) and _aimed_at(head, anchors, target_spans, tp):
                aimed = aimed or tp
            if (
                c.kind == "country"
                and head.dep_ in ("nsubj", "conj")
                and _subject_of_another_verb(head, anchors)
            ):
                # "near an islet both Japan and South Korea claim": a state
                # that does something else in the sentence is who, not where
                continue
            m = ctx.mention(head)
            if m is not None and m.ref.form == "demonym":
                continue  # "Turkish" says whose, not where
            # a possessive or a modifier names an owner, not where it happens; "Cairo's
            # Abbasiya neighbourhood" says where
            if (head.dep_ == "poss" and not (self._place_word(head.head) or owns_a_site(head))) or (
                head.dep_ in ("amod", "compound", "npadvmod") and c.kind == "country"
            ):
                continue
            if self._elsewhere_than_its_owner(tp, head):
                continue  # "Cairo's Abbasiya neighbourhood" read as a town in Israel
            is_object = obj_place and (
                (head.dep_ == "dobj" and head.head.i in anchors)
                or (
                    head.dep_ == "pobj"
                    and head.head.lower_ in ("of", "into")
                    and head.head.head.i in anchors
                )
            )
            span = (tp.start, tp.end)
            # "Ethiopian jets bombed Asmara": a town struck is also where it was struck
            struck_town = trig.type in _HARM_TYPES and c.kind != "country"
            if span in actor_spans or (span in target_spans and not obj_place and not struck_town):
                continue
            if any(
                s <= tp.start and tp.end < e and self._ends_in_a_name((s, e), tp.end)
                for s, e in [*actor_spans, *target_spans]
            ):
                # "the government of Ellen Johnson Sirleaf", "former Epsom police chief Henry
                # Farrin": a town in the words of someone's name is no place of the event
                continue

            if c.kind != "country" and (
                (
                    head.dep_ in ("dobj", "nsubjpass")
                    and head.head.i == tok.i
                    and tok.lemma_.lower() in _PERSON_VERBS
                )
                or tp.name in victims
            ):
                # "Vasquez allegedly stabbed Welch", and "stolen property from Welch and
                # that he had stabbed Welch": a person by a town's name
                continue
            # "backed by Moscow": a capital as the agent is a government, not a place; so is
            # a capital listed beside another side in an actor's phrase ("talks between
            # Bogota and FARC rebels"), unlike "Baghdad police", who are from there
            first = head
            while first.dep_ == "conj":
                first = first.head  # "by Peking and Washington": the second capital too
            if m is not None and m.ref.form == "metonym" and first.head.lower_ == "by":
                continue
            inside = any(s <= tp.start and tp.end <= e for s, e in actor_spans)
            listed = head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children)
            if (
                spec.get("symmetric")
                and head.dep_ == "conj"
                and any(s <= ctx.s.char(head.head) < e for s, e in actor_spans)
            ):
                continue  # "treaties with Abkhazia and South Ossetia": a second side, not where
            if m is not None and m.ref.form == "metonym" and listed and inside:
                continue
            if inside and (
                spec.get("official")
                or (
                    spec.get("symmetric")
                    and not spec.get("parties_are_people")
                    and (listed or len(actor_spans) > 1)
                )
            ):
                # "talks between Bogota and FARC rebels", "Real Madrid had traveled to
                # Japan": where the sides come from, not where they meet (but a town's board
                # meets in its town)
                continue
            prep = next(
                (a for a in head.ancestors if a.dep_ in ("prep", "agent") and a.lower_ != "of"),
                None,
            )
            if (
                spec.get("official")
                and prep is not None
                and prep.lower_ == "from"
                and head.dep_ == "pobj"
            ):
                continue  # "arrived in the UK from Nairobi": where a visitor came from
            if (
                prep is not None
                and prep.lower_ == "from"
                and head.dep_ == "pobj"
                and prep.head.i != tok.i
                and prep.head.lemma_.lower() in _SENT_VERBS | _LAUNCH_VERBS
                and prep.head.dep_ in ("acl", "relcl")
            ):
                # "Nine constables sent from Jalalabad to assist were ambushed", "shot down
                # rockets fired from Gaza": where the victims, the fighters or the missiles
                # were sent from, not where it happened
                continue
            if the_doers_origin(head) and head.head.head.head.i in anchors:
                continue  # "Ethiopian jets from Addis Ababa bombed Asmara": not where struck
            if (
                prep is not None
                and prep.lower_ in ("into", "to", "across", "toward", "towards")
                and prep.head.i != tok.i
                and a_flight(prep.head, self.words, _DRIVEN_OUT)
            ):
                # "Fierce fighting in a town on Sudan's border drove 5,000 people into Chad",
                # "sends 5,000 fleeing to Chad": where those who fled it went, not where it
                # happened
                continue
            if (
                prep is not None
                and prep.lower_ in ("into", "to", "toward", "towards")
                and head.dep_ == "pobj"
                and prep.head.i != tok.i
                and _where_a_way_leads(prep.head)
            ):
                # "the ambush on a road running to a border crossing into Kenya", "shot on
                # the road to the border": where a road, a route or a crossing leads, not
                # where on it the act was done
                continue
            if (
                prep is not None
                and prep.lower_ in ("at", "in", "from")
                and prep.head.i != tok.i
                and prep.head.lemma_.lower() in self.words["official_nouns"]
                and any(s <= prep.head.idx < e for s, e in _tellers(ctx, tok))
                and actor_codes
                and c.country not in actor_codes
            ):
                # "Ethiopian authorities have seized trucks bound for Somalia, an official at
                # Somalia's Berbera port says": where the official who tells it works, in
                # another land than the state that acted; "a police official in Quetta said
                # militants bombed a bus" (no state acting) keeps Quetta
                continue
            if _in_another_acts_phrase(head, tok):
                continue  # "came two days after ... a string of bombings in Lahore": theirs
            if a_journeys_end(head):
                continue  # "opened fire on a train from Amsterdam to Paris": where it ran
            if prep is not None and head.dep_ == "pobj" and _another_acts_place(prep, tok):
                # "began a big push against the militia ... after the attack in Goma":
                # where an act told as before or after this one was, not this one's
                continue
            if spec.get("symmetric") and prep is not None and _a_sides_own_place(prep, tok):
                # "met with the chiefs of the revolt in the region of Casamance", in a story
                # filed from Abuja: where the rebellion is, not where its leaders were met
                continue
            if (
                not is_object
                and prep is not None
                and prep.lower_ in _NOT_WHERE_PREPS
                and head.dep_ == "pobj"
            ):
                # "resume contacts with Moscow", "a conference for the rebuilding of Gaza";
                # not "meets with Hampton pupils", who are from there
                continue
            if (
                c.kind == "country"
                and not is_object
                and (
                    prep is None or prep.lower_ not in _COUNTRY_PREPS or prep.head.i not in anchors
                )
                and not _where_the_struck_thing_lies(trig, prep, head, self.words)
            ):
                continue
            in_region = head.i in region
            in_acl = head.i in wider
            if not in_region and not in_acl:
                verbs = {root.i} | {c.i for c in root.children if c.dep_ == "conj"}
                if root.dep_ == "conj":  # "entered his church in Fort Worth and killed"
                    verbs.add(root.head.i)
                if prep is None or prep.lower_ not in _PLACE_PREPS:
                    continue
                if prep.head.i not in verbs and not _within_the_verbs_place(
                    prep, verbs, self.words
                ):
                    continue
            key = (
                0 if in_region else 1 if in_acl else 2,
                _KIND_RANK.get(c.kind, 2),
                0 if is_object or (prep is not None and prep.lower_ in _PLACE_PREPS) else 1,
                abs(head.i - tok.i),
            )
            if best_key is None or key < best_key:
                best, best_key = tp, key
        if best is None and backed and tok.i not in backed:
            best = aimed  # "fired rockets at northern Israel in solidarity with ...": Israel
        if best is None:
            best = self._where_clause_place(root)
        if best is None:
            best = self._waters_of_its_passage(tok)
        return self._the_town_it_contains(best, [*actor_spans, *target_spans])

    def _the_town_it_contains(self, best: Toponym | None, spans) -> Toponym | None:
        """ "at the Christmas market in Ludwigshafen, in the state of Rhineland-Palatinate": a
        region the sentence names as a town's own, after it, is where the town lies, not a
        second place; the town is the event's (the parser may hang the region on the verb and
        the town on a noun)."""
        c = best.candidate if best is not None else None
        if best is None or c is None or c.kind != "region":
            return best
        ctx = self.ctx
        for tp in ctx.toponyms:
            t = tp.candidate
            if t is None or tp.end > best.start or t.kind != "city" or t.country != c.country:
                continue
            if any(s <= tp.start and tp.end <= e for s, e in spans):
                continue
            if _CONTAINER_AFTER.fullmatch(
                ctx.text[tp.end - ctx.s.start : best.start - ctx.s.start]
            ):
                return tp
        return best

    def _elsewhere_than_its_owner(self, tp: Toponym, head) -> bool:
        """A place that the sentence says is part of a city or country ("Cairo's Abbasiya
        neighbourhood") and that the gazetteer put in another country."""
        noun = head.head if head.dep_ == "compound" else head
        owners = [c for c in noun.children if c.dep_ == "poss" and c.i != head.i]
        for o in owners:
            otp = self._toponym_of(o)
            if otp is None or otp.candidate is None or tp.candidate is None:
                continue
            if otp.candidate.country and otp.candidate.country != tp.candidate.country:
                return True
        return False

    def _where_clause_place(self, root) -> Toponym | None:
        """ "his hometown of Lahore, where his supporters fought": the place the clause is on."""
        if root.dep_ != "relcl" or not any(c.lower_ == "where" for c in root.children):
            return None
        noun = root.head
        cands = [noun] + [
            o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
        ]
        cands += [c for c in noun.children if c.dep_ == "appos"]
        if noun.dep_ == "pobj" and noun.head.lower_ == "in":
            cands.insert(0, noun.head.head)  # "Lahore in Punjab, where": Lahore
        for t in cands:
            tp = self._toponym_of(t)
            if tp is not None and tp.candidate is not None and not tp.metonymic:
                return tp
        return None

    def place_noun(self, trig: Trigger) -> frozenset[str]:
        """The kinds of place a definite noun of the trigger's clause puts it in, when it
        names none: "clashes erupted in the province", "a series of attacks in the country",
        "on the peninsula" (not "in the province of Helmand", which names it, nor "a
        province", nor "an attack on the country", its target)."""
        region = self._region(trig)
        for t in self.ctx.s.sent:
            kinds = _PLACE_NOUN_KINDS.get(t.lower_)
            if (
                kinds is None
                or t.i not in region
                or t.dep_ != "pobj"
                or not (
                    t.head.lower_ in _PLACE_NOUN_PREPS
                    or (t.head.lower_ == "on" and t.lower_ in ("island", "peninsula"))
                )
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
                or any(c.dep_ in ("prep", "compound", "poss", "appos") for c in t.children)
            ):
                continue
            return kinds
        return frozenset()

    def _waters_of_its_passage(self, tok) -> Toponym | None:
        """ "shot at a freighter as it left the Red Sea through the Bab el-Mandeb": a
        time clause ("as", "while", "when") telling the struck craft's passage says on what
        water the act was done: the water it passed through, in or across, else the one it
        entered, crossed or left; only a sea, strait or gulf (never a town or a country the
        craft sailed from or to)."""
        for clause in (c for c in tok.children if c.dep_ == "advcl"):
            if clause.lemma_.lower() not in _PASSAGE_VERBS or not any(
                c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in clause.children
            ):
                continue
            if not any(c.lower_ in ("it", "she") for c in clause.children if c.dep_ == "nsubj"):
                continue  # the craft struck, told again by its pronoun
            through = [
                o
                for p in clause.children
                if p.dep_ == "prep" and p.lower_ in ("through", "in", "across")
                for o in p.children
                if o.dep_ == "pobj"
            ]
            objects = [o for o in clause.children if o.dep_ == "dobj"]
            for word in [*through, *objects]:
                tp = self._toponym_of(word)
                if tp is not None and tp.candidate is not None and tp.candidate.kind == "sea":
                    return tp
        return None


# a craft's passage: what it did on the water where it was struck
_PASSAGE_VERBS = frozenset(
    {"sail", "leave", "pass", "cross", "transit", "enter", "steam", "travel", "head", "cruise"}
)


def _where_the_struck_thing_lies(trig: Trigger, prep, head, words: dict) -> bool:
    """ "Missiles hit two bases in Iraq housing US troops": the country "in" which the object
    of a verb of harm lies is where it was struck, as a country "in" on the verb would say
    ("hit two bases in Iraq" is "hit two bases, in Iraq"). Only the verb's own object, and
    only a thing that stays where it is (a base, a camp, a convoy), not people, who travel or
    are told by where they are from ("kidnapped 140 students in Nigeria" is told by its town
    elsewhere in the story; "a man wanted in France" is someone's)."""
    if (
        trig.type not in _HARM_TYPES
        or trig.type in ("kidnapping", "hijacking")
        or trig.is_noun
        or prep is None
        or prep.lower_ != "in"
        or head.dep_ != "pobj"
        or head.head.i != prep.i
    ):
        return False
    obj = prep.head
    if obj.dep_ != "dobj" or obj.head.i != trig.tok.i or obj.ent_type_ in ("PERSON", "NORP"):
        return False
    people = {
        w.lower()
        for k in ("people_nouns", "person_nouns", "actor_nouns", "group_nouns")
        for w in words[k]
    }
    return obj.lemma_.lower() not in people and obj.lower_ not in people
