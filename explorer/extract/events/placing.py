"""Where an event mention happened: its sentence's place, its actors' home, or the place the
paragraph or the story gave it, the vetoes of that place, then the moves and removals of
``place_steps`` in their order, then those of a place said unnamed (``place_said``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from explorer.extract.context import SentenceContext
from explorer.extract.events.document_reads import (
    _WHERE_PREPS,
    _country_named,
    _homes,
    _lands,
    _place_name,
)
from explorer.extract.events.place_afar import _AFAR_STEPS, rebels_lands_struck
from explorer.extract.events.place_capital import _CAPITAL_STEPS
from explorer.extract.events.place_fire import _FIRE_STEPS
from explorer.extract.events.place_label import a_headlines_label
from explorer.extract.events.place_protest import _PROTEST_STEPS
from explorer.extract.events.place_road import _ROAD_STEPS
from explorer.extract.events.place_said import _SAID_STEPS
from explorer.extract.events.place_steps import (
    _PLACE_STEPS,
    _at_the_dateline,
    _works_of_forces_hosted,
)
from explorer.extract.events.place_told_next import _TOLD_NEXT_STEPS
from explorer.extract.events.place_water import _WATER_STEPS
from explorer.extract.events.place_works import _WORKS_STEPS
from explorer.extract.events.readings import EventMention
from explorer.extract.events.story import _Placing, _Story
from explorer.extract.events.words import _AREA_KINDS


def _place_for(story: _Story, ctx: SentenceContext, em: EventMention) -> _Placing:
    """Where the mention ``em`` happened: its sentence's place, its actors' home, or the
    paragraph's or the story's, then each of ``_PLACE_STEPS`` in turn."""
    pub = story.pub
    tp = em.toponym
    # an undated story's "last year", "last month" ("in the town last year" is the town's)
    period = _a_period_told(story, ctx, em)
    p = _Placing(
        ctx,
        em,
        ctx.lex.events[em.type],
        tp,
        "sentence" if tp is not None else "",
        # "the war, which began with the U.S.-led invasion in March 2003" in a story of
        # 2008: history told in passing did not happen where the news does
        earlier=bool(em.date and pub and em.date[:4] < pub[:4]),
        # an undated article: a month or a year its sentence names ("in March 2003"),
        # with no day, is how history is told; news of the day has its day
        history=bool(pub is None and em.date and em.precision != "day") or bool(period),
    )
    homes = _homes(ctx, em) if tp is None and p.spec.get("at_home") else set()
    if p.tp is None and not p.earlier and len(homes) == 1:
        # "Myanmar's military seized power": a state's own soldiers take it at home;
        # the country, as the article names it, not the story's town
        p.tp = _country_named(story.contexts, next(iter(homes)))
        p.basis = "sentence" if p.tp is not None else ""
    if (
        p.tp is None
        and not p.earlier
        and not em.no_fallback
        and (em.place_noun or p.spec.get("place_fallback", True))
    ):
        focus = story.focus()
        if em.place_noun:
            p.tp, p.basis = focus.named_before(ctx, em.place_noun), "paragraph"
        else:
            p.tp, p.basis = focus.fallback(ctx, em.actor_spans)
        for vetoed in _STORY_PLACE_VETOES:
            if vetoed(p, story):
                p.unplace(story)
    steps = _PLACE_STEPS + _SAID_STEPS + _AFAR_STEPS + _CAPITAL_STEPS + _WATER_STEPS
    steps += _WORKS_STEPS + _ROAD_STEPS + _PROTEST_STEPS
    for applies, then in steps + _FIRE_STEPS + _TOLD_NEXT_STEPS:
        if applies(p, story):
            then(p, story)
    return p


# --- the vetoes of a place the paragraph or the story gave (their sentence named none) ----------
def _a_partys_country(p: _Placing, story: _Story) -> bool:
    """ "Trump's meeting with the Turkish president" in a story about Turkey: that a party is
    Turkish, or American, does not say where they met; nor, for a fight, that a state other
    than the story's is named in its sentence ("a Thai patrol stumbled on Cambodian troops",
    told from Phnom Penh: not a fight in Cambodia)."""
    em, tp, c = p.em, p.tp, p.candidate
    return (
        p.basis == "article"
        and bool(p.spec.get("symmetric"))
        and tp is not None
        and c is not None
        and c.kind == "country"
        and (
            _place_name(tp) in em.actors
            or any(code != c.country for code in em.actor_codes)
            or (
                bool(p.spec.get("speaker_no_side"))
                and any(m.ref.code and m.ref.code != c.country for m in p.ctx.mentions)
            )
        )
    )


def _states_meet_elsewhere(p: _Placing, story: _Story) -> bool:
    """ "a meeting between Putin and Dagestan's leader" in a story filed from Makhachkala, "the
    talks between Israel and Hamas" beside officials in Ramallah: where states meet is not the
    town the story is told from."""
    c = p.candidate
    return (
        bool(p.spec.get("symmetric"))
        and c is not None
        and c.kind != "country"
        and len(p.em.actors) > 1
        and bool(p.em.actor_codes)
    )


def _a_sides_home(p: _Placing, story: _Story) -> bool:
    """ "talks between Bogota and FARC rebels" in a story about Colombia: where a side comes
    from is not where the talks were held (a state that is itself a side may be: "in town for
    meetings with Saudi officials")."""
    tp = p.tp
    return (
        bool(p.spec.get("symmetric"))
        and not p.spec.get("parties_are_people")
        and tp is not None
        and any(
            a != _place_name(tp) and re.search(rf"\b{re.escape(_place_name(tp))}\b", a)
            for a in p.em.actors
        )
    )


def _its_sentence_says_another_land(p: _Placing, story: _Story) -> bool:
    """ "Also on Sunday, raiders boarded a trawler off Oman", after a sentence of a tanker in
    the Strait of Malacca: a sentence that says where it happened, by a country (``_lands``:
    the object of "in", "off", "near" ...), does not happen in another country the paragraph
    or the story named, even when its own place was not taken as the event's (a ship "off"
    a coast). No place is better than another country's."""
    c = p.candidate
    if c is None or not c.country or p.basis not in ("paragraph", "article"):
        return False
    lands = _lands(p.ctx, datelines=False, trigger=p.trigger) | _a_peoples_ground(p.ctx)
    return bool(lands) and c.country not in lands


# the nouns of a stretch of ground a people's adjective says is its state's ("the Lebanese
# border area", "on the Syrian side", "in Turkish territory")
_GROUND_NOUNS = frozenset({"area", "side", "territory", "soil", "waters", "airspace"})


def _a_peoples_ground(ctx: SentenceContext) -> frozenset[str]:
    """The states whose ground a sentence says by a people's adjective before a noun of ground,
    the object of "in", "on", "near" ... ("A farmer in the Syrian border area said Turkish
    shells fell near two frontier villages", "fell on the Syrian side"): where it happened, as a
    country's name would say it."""
    out = set()
    for t in ctx.s.sent:
        m = ctx.mention(t)
        if m is None or m.ref.form != "demonym" or m.ref.kind != "state" or not m.ref.code:
            continue
        ground = t.head
        if (
            t.dep_ == "amod"
            and ground.lemma_.lower() in _GROUND_NOUNS
            and ground.dep_ == "pobj"
            and ground.head.lower_ in _WHERE_PREPS | {"on"}
        ):
            out.add(m.ref.code)
    return frozenset(out)


# the words of a state's police, who act only in their own land
_POLICE_WORDS = frozenset({"police", "policeman", "policemen", "gendarme", "gendarmerie"})


def _another_land_than_its_police(p: _Placing, story: _Story) -> bool:
    """ "Fenn died a year ago when Kenyan police stormed the hotel room where gunmen held
    him", in a story of airliner hijackings in Peru: a state's police act in their own
    land, so a place the paragraph or the story gave in another land is not where they did
    it. (Troops may act abroad; "Kenyan police" may not.)"""
    c = p.candidate
    em = p.em
    if c is None or not c.country or len(em.actor_codes) != 1 or c.country in em.actor_codes:
        return False
    doers = [c for c in p.trigger.children if c.dep_ == "nsubj"]
    doers += [o for a in p.trigger.children if a.dep_ == "agent" for o in a.children]
    return any(d.lemma_.lower() in _POLICE_WORDS and _its_own_states_word(d) for d in doers)


def _its_own_states_word(police) -> bool:
    """ "Afghan police", "Kenya's police", "the Turkish gendarmerie": police named with their
    state's word are that state's; bare "police" beside another side ("Police and U.S. Marines
    raided ... FALLUJAH, Iraq") are the land's own, whoever the other side's state is."""
    return any(
        c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE")
        for c in police.children
    )


def _states_at_war_told_from_a_third(p: _Placing, story: _Story) -> bool:
    """ "DOHA, Qatar -- ... Eritrean jets bombed four Ethiopian fuel depots": an act of
    one state on another, which its sentence does not place, is not in a third state whose
    town the dateline names; that is where the story was filed from (no place is better).
    A state's military works told from a land that hosts its forces stand there ("BAGHDAD -
    American jets struck Iranian military infrastructure near the Syrian border, an Iraqi
    official said": Iraq, ``_forces_works_in_a_host``)."""
    c, em = p.candidate, p.em
    if c is None or p.basis not in ("paragraph", "article") or not em.actor_codes:
        return False
    if em.type not in ("attack", "air_strike", "bombardment", "bombing", "clash", "incursion"):
        return False
    if p.tp is None or not _at_the_dateline(p.tp, story):
        return False
    struck = {
        m.ref.code
        for m in p.ctx.mentions
        if m.ref.kind == "state" and m.ref.code and m.ref.actor in em.targets
    } | rebels_lands_struck(p)
    if not struck - em.actor_codes or c.country in struck | em.actor_codes:
        return False
    return not _works_of_forces_hosted(p, story) and not _its_sentence_names_the_land_again(
        p, story, c.country
    )


def _its_sentence_names_the_land_again(p: _Placing, story: _Story, country: str | None) -> bool:
    """ "DAMASCUS, Syria - Israeli jets struck Iranian weapons depots overnight, the Syrian army
    said": the dateline's land, named again after the dateline as who tells the act (its army,
    its officials), speaks of its own ground: the strike may be there (as Iran's depots in Syria
    are), and the dateline stays. A land named otherwise ("from the Qatar base") is not read."""
    for tp in p.ctx.toponyms:
        c = tp.candidate
        if c is None or c.country != country or tp.start < story.cut:
            continue
        tok = p.ctx.head_of(tp)
        while tok is not None and tok.dep_ in ("amod", "compound", "poss", "det"):
            tok = tok.head
        if (
            tok is not None
            and tok.dep_ == "nsubj"
            and tok.head.lemma_.lower() in ("say", "tell", "report", "confirm", "announce")
        ):
            return True
    return False


# --- an undated story's "last year", "last month" -------------------------------------------
_PERIODS = frozenset({"year", "month"})


def _a_period_before(ctx: SentenceContext, em: EventMention) -> str:
    """ "year" or "month" when a story tells its act "last year" or "last month" (or "two years
    ago") in the act's own clause: in an undated story, history, as a month or a year named
    is ("the general, who ousted the president in a coup last year"; "after the militants shot
    the province's governor last month"); "" otherwise: "last week", "on Friday" are the
    news's own days."""
    tok = ctx.s.sent.doc[em.trigger]
    heads = [tok]
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("pobj", "prep", "dobj", "compound"):
        verb = verb.head
    if verb.i != tok.i and verb.pos_ in ("VERB", "AUX"):
        heads.append(verb)
    for c in (c for h in heads for c in h.children):
        if (
            c.dep_ == "npadvmod"
            and c.lemma_.lower() in _PERIODS
            and any(a.lower_ == "last" for a in c.children)
        ):
            return c.lemma_.lower()  # "last year", "last month"
        if c.lower_ == "ago":
            for n in c.children:
                if n.tag_ == "NNS" and n.lemma_.lower() in _PERIODS:
                    return n.lemma_.lower()  # "two years ago"
    return ""


def _a_period_told(story: _Story, ctx: SentenceContext, em: EventMention) -> str:
    """:func:`_a_period_before` in an undated story, for an act whose sentence does not say
    its place by a noun ("in the town last year" is the town's)."""
    return "" if story.pub is not None or em.place_noun else _a_period_before(ctx, em)


def _an_earlier_year_in_another_land(p: _Placing, story: _Story) -> bool:
    """ "Spain's spokesman said the rebels had killed Gen. Ruiz Osorio, who toppled
    President Luis Herrera in a coup last year", in an undated story the article puts in
    Chad: an act of an earlier year ("last year", "two years ago") is not where the news
    is; the story's land holds it only when its sentence names that land itself ("Last year a
    Somali clan kidnapped three foreign nurses" in a story about Somalia stays in Somalia)."""
    c = p.candidate
    if c is None or _a_period_told(story, p.ctx, p.em) != "year":
        return False
    named = {m.ref.code for m in p.ctx.mentions if m.ref.code} | {
        t.candidate.country for t in p.ctx.toponyms if t.candidate is not None
    }
    return c.country not in named


# --- more vetoes of a place the paragraph or the story gave ----------------------------------
# the words of a complaint or a plea to a state, and the prepositions of whom it is made to
_COMPLAINING_VERBS = frozenset({"complain", "protest", "appeal", "apologize", "apologise"})
_COMPLAINT_NOUNS = frozenset({"complaint", "protest", "appeal", "apology"})


def _the_land_complained_to(p: _Placing, story: _Story) -> bool:
    """ "India complained to China about the shelling on Monday that killed two soldiers",
    "Manila lodged a protest with Beijing over the ramming": the state a complaint is made to
    is who hears it, not where the act complained of happened; the story's place, when it is
    that very state, is left out (no place is better than the hearer's)."""
    tp = p.tp
    if tp is None or tp.candidate is None or p.basis not in ("paragraph", "article"):
        return False
    gid = tp.candidate.gazetteer_id
    for t in p.ctx.toponyms:
        if t.candidate is None or t.candidate.gazetteer_id != gid:
            continue
        head = p.ctx.head_of(t)
        if head is None or head.dep_ != "pobj":
            continue
        prep, up = head.head, head.head.head
        lemma = up.lemma_.lower()
        if (prep.lower_ == "to" and up.pos_ == "VERB" and lemma in _COMPLAINING_VERBS) or (
            prep.lower_ in ("to", "with") and up.pos_ == "NOUN" and lemma in _COMPLAINT_NOUNS
        ):
            return True
    return False


def _where_its_seekers_went(p: _Placing, story: _Story) -> bool:
    """ "Kenyan troops have crossed into Somalia to search for 40 pupils kidnapped by a
    militia last month": an act told of a thing or people (a participle or a relative
    clause on them) that others went "into" a land to seek is not placed by where they went;
    the pupils were taken elsewhere. The paragraph's place, when it is that land named in the
    act's own sentence, is left out ("Troops crossed into Mali and clashed with rebels": the
    clash is the crossers' own act, joined to the verb, and keeps it; so does an act done
    "there")."""
    tp = p.tp
    if tp is None or p.basis != "paragraph" or not p.ctx.s.start <= tp.start < p.ctx.s.end:
        return False
    head = p.ctx.head_of(tp)
    if head is None or head.dep_ != "pobj" or head.head.lower_ != "into":
        return False
    went = head.head.head
    if went.pos_ != "VERB":
        return False
    if any(c.lower_ in ("there", "here") for c in p.trigger.children):
        return False  # "militants who attacked a base there": the land gone into
    node, told_of = p.trigger, False
    while node.i != went.i:
        if node.head.i == node.i:
            return False  # the verb of going is no clause above the act
        told_of = told_of or node.dep_ in ("acl", "relcl")
        node = node.head
    return told_of


def _wherever_it_was(p: _Placing, story: _Story) -> bool:
    """ "Wherever they neared the coast, British frigates shelled them, killing 150": an
    act told as done "wherever" something was true happened in many places, no one of them;
    the town the paragraph named before ("they reached Fatshan and set fire to it") is not
    its place; a country or a region that holds them all may be. Its own sentence's place
    ("wherever they went in Gaza") is not touched."""
    if p.candidate is None or p.candidate.kind in _AREA_KINDS:
        return False  # "wherever they went in northern Mali": the land holds them all
    verb = p.trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return any(
        w.lower_ == "wherever" and (w.head.i == verb.i or w.head.head.i == verb.i)
        for w in p.ctx.s.sent
    )


_STORY_PLACE_VETOES: tuple[Callable[[_Placing, _Story], bool], ...] = (
    _a_partys_country,
    _states_meet_elsewhere,
    _a_sides_home,
    _its_sentence_says_another_land,
    _another_land_than_its_police,
    _states_at_war_told_from_a_third,
    _an_earlier_year_in_another_land,
    _the_land_complained_to,
    _where_its_seekers_went,
    _wherever_it_was,
    a_headlines_label,
)
