"""Places a sentence says without naming them, and the steps that move an event there, run
after ``place_steps``: the country whose land was invaded ("invading his country", said of
the Congolese president), the country whose works were struck, told from its town ("TEHRAN -
... against Iranian nuclear sites"), the dateline's town said as "the city" ("KYIV - Russian
missiles struck the city")."""

from __future__ import annotations

from collections.abc import Callable

from explorer.extract.events.clues import _struck_objects
from explorer.extract.events.document_reads import _country_named
from explorer.extract.events.place_steps import _at_the_dateline
from explorer.extract.events.story import _Placing, _Story
from explorer.extract.events.words import _HARM_TYPES, event_words
from explorer.extract.lexicon import norm_name
from explorer.extract.syntax import children
from explorer.model import Toponym

# the words of crossing into a land (as ``place_steps._INVADING``)
_INVADING = frozenset({"invade", "invasion", "incursion", "intrude", "intrusion"})
# a land owned ("his country", "their territory")
_OWNED_LAND = frozenset({"country", "homeland", "land", "nation", "soil", "territory"})
_OWNERS = frozenset({"his", "her", "their", "its", "our"})


def _owned_land(trigger):
    """The owner's word of the land an invasion crosses into when its words say it by its
    owner: the pronoun on the object of "invade" or of "invasion of", "incursion into"
    ("invading his country", "the invasion of their country"); else None."""
    objects = children(trigger, "dobj")
    if trigger.pos_ != "VERB":
        objects = [o for prep in children(trigger, "prep") for o in children(prep, "pobj")]
    for o in objects:
        if o.lemma_.lower() in _OWNED_LAND:
            for c in children(o, "poss"):
                if c.lower_ in _OWNERS:
                    return c
    return None


def _agrees(owner, pronoun) -> bool:
    """Whether ``owner`` may be what a possessive ``pronoun`` stands for: one person for "his"
    and "her" (not a state by its name, which is "its"), one thing for "its", many for
    "their"; "our" is the speaker's, whom the clause does not say."""
    word = pronoun.lower_
    if owner.tag_ in ("WP", "WDT"):
        return False  # "who", "which": the noun the clause describes, read in its turn
    many = owner.tag_ in ("NNS", "NNPS") or owner.lower_ in ("they", "we")
    if word == "their":
        return many
    if word in ("his", "her") and owner.ent_type_ in ("GPE", "ORG", "NORP"):
        return False
    return word != "our" and not many


def _owners_states(p: _Placing, pronoun) -> set[str]:
    """The states the owner of the land invaded stands for: the first that agrees with its
    pronoun of the subjects of the clauses above the invasion (not the invasion's own, which
    is its invader) and of the nouns a clause describes ("Ethiopian leader Mengistu Haile
    Mariam, accusing Somalia and Sudan of invading his country"), read by its state's name or
    people's adjective and those of the words before it; empty when no state is told."""
    tok, owners = p.trigger, []
    while tok.head.i != tok.i:
        if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            owners.append(tok.head)
        tok = tok.head
        owners += children(tok, "nsubj", "nsubjpass")
    owner = next((o for o in owners if _agrees(o, pronoun)), None)
    if owner is None:
        return set()
    words = [t for t in owner.subtree if t.i <= owner.i]
    return {
        m.ref.code
        for t in words
        if (m := p.ctx.mention(t)) is not None and m.ref.kind in ("state", "leader") and m.ref.code
    }


def _an_owned_land_invaded(p: _Placing, story: _Story) -> bool:
    """ "NAIROBI, Kenya - Ethiopian leader Mengistu Haile Mariam, accusing Somalia and Sudan
    of invading his country, asked ...": an invasion of a land its words say by its owner
    ("his country", "their territory") is in that owner's country, not at a place the
    paragraph or the story gave (a dateline's town abroad); a sentence's own place stands."""
    return (
        p.basis != "sentence"
        and p.trigger.lemma_.lower() in _INVADING
        and _owned_land(p.trigger) is not None
    )


def _to_the_owners_country(p: _Placing, story: _Story) -> None:
    """The one state the owner stands for, that is not an invader, as the article names it
    (its name or its people's adjective); where the owner cannot be told, no place."""
    owners = _owners_states(p, _owned_land(p.trigger)) - set(p.em.actor_codes)
    tp = _country_named(story.contexts, next(iter(owners))) if len(owners) == 1 else None
    p.tp, p.basis = tp, "sentence" if tp is not None else ""


def _a_peoples_works_struck(p: _Placing, story: _Story) -> bool:
    """ "BAGHDAD - Israel launched an air raid against Iraqi reactor sites": works or ground
    struck that a people's adjective gives to the state of the dateline's town ("Iraqi
    sites", told from Baghdad) are in that state, somewhere the sentence does not say; the
    dateline's town is where the reporter files from, not the sites. Told from another land
    the adjective says nothing of where they stand (a firm's plant abroad, an ethnic people's
    villages across a border), and is not read here."""
    c, tp = p.candidate, p.tp
    if p.basis != "article" or tp is None or c is None or c.kind == "country":
        return False
    if not _at_the_dateline(tp, story):
        return False
    words = event_words()
    sites = words["owned_sites"] | words["state_ground"]
    for obj in _struck_objects(p.trigger):
        if obj.lemma_.lower() not in sites and obj.lower_ not in sites:
            continue
        for a in children(obj, "amod", "compound"):
            m = p.ctx.mention(a)
            if m is not None and m.ref.form == "demonym" and m.ref.code == c.country:
                return True
    return False


# the nouns a story says its dateline's town by, once it has named it ("the city", "the town")
_TOWN_NOUNS = frozenset({"city", "town"})


def _the_town_struck(p: _Placing, story: _Story):
    """The dateline's town when the act struck, or happened in, "the city" or "the town", bare
    (no name, no people's word, no owner: "the city of Kharkiv", "the Syrian town" say another)
    and the story has named no other town or region before it, nor said one by the noun ("a
    town in northwest ...", "the town of Moyenne Sido", which no place read may cover):
    "KYIV - Russian missiles struck the city overnight" (Kyiv), "BAGHDAD - A car bomb exploded
    in the city": the dateline's town is the one the story speaks of. None otherwise."""
    objects = _town_objects(p.trigger)
    bare = [o for o in objects if _bare_town_noun(o) and any(c.lower_ == "the" for c in o.children)]
    if not bare:
        return None
    town, gid = None, ""
    for ctx in story.contexts:
        if any(
            t.lemma_.lower() in _TOWN_NOUNS and not _bare_town_noun(t)
            for t in ctx.s.sent
            if ctx is not p.ctx or t.i < bare[0].i
        ):
            return None  # "a town in northwest ...", "the town of Moyenne Sido": another
        for tp in ctx.toponyms:
            c = tp.candidate
            if (
                c is None
                or c.kind == "country"
                or (ctx is p.ctx and tp.start > p.ctx.s.char(bare[0]))
            ):
                continue
            if _at_the_dateline(tp, story) and c.kind == "city" and town is None:
                town, gid = tp, c.gazetteer_id
            elif c.gazetteer_id != gid:
                return None  # another town or region named first: "the city" may be it
        if ctx is p.ctx:
            break
    return town


def _bare_town_noun(tok) -> bool:
    """Whether ``tok`` is "city" or "town" with no word of its own but "the" ("the city", a
    headline's "city"): a town told before, not one it introduces ("a town", "the town of
    X", "the Syrian city")."""
    return tok.lemma_.lower() in _TOWN_NOUNS and all(
        c.lower_ == "the" or c.dep_ == "punct" for c in tok.children
    )


def _the_city_said(p: _Placing, story: _Story) -> bool:
    return p.basis != "sentence" and _the_town_struck(p, story) is not None


def _to_the_datelines_town(p: _Placing, story: _Story) -> None:
    p.tp, p.basis = _the_town_struck(p, story), "sentence"


# the works of a port a strike may name by no name ("hit the port")
_PORTS = frozenset({"port", "harbour", "harbor"})


def _another_port_named(p: _Placing, story: _Story) -> bool:
    """Whether an act on "the port", by no name, that only the story's town places, is told in
    a paragraph that names another town as a port ("ODESA - Russian drones hit the port
    overnight. The Danube port of Izmail was also struck"): which port was struck is not
    sure, so it has no place. Kept: "ODESA - Russian drones hit the port overnight, damaging
    grain silos" (the dateline's own port); "KYIV - ... hit the port of Odesa" (named)."""
    if p.basis not in ("paragraph", "article") or p.tp is None or p.tp.candidate is None:
        return False
    if not _at_the_dateline(p.tp, story) or p.em.type not in _HARM_TYPES:
        return False
    bare = [
        o
        for o in _struck_objects(p.trigger)
        if o.lemma_.lower() in _PORTS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in o.children)
        and not any(c.dep_ in ("compound", "poss", "prep", "appos", "amod") for c in o.children)
    ]
    if not bare:
        return False
    here = p.tp.candidate.gazetteer_id
    for ctx in story.contexts:
        if ctx.s.paragraph != p.ctx.s.paragraph:
            continue
        for tp in ctx.toponyms:
            c = tp.candidate
            head = ctx.head_of(tp)
            if c is None or head is None or c.gazetteer_id == here or c.kind != "city":
                continue
            up = head.head
            if head.dep_ == "pobj" and up.lower_ == "of":
                up = up.head
            elif head.dep_ not in ("compound", "appos"):
                continue
            if up.lemma_.lower() in _PORTS and up.i != head.i:
                return True
    return False


# the verbs a teller tells an act by ("..., a regional official in Zaporizhzhia said")
_TELLING = frozenset({"say", "tell", "report", "confirm"})


def _tellers_town(p: _Placing, story: _Story) -> Toponym | None:
    """The town of the one who tells an act on "the city", "the town" or "the port" by no
    name, when the sentence's teller is of a named town of the dateline's country: "KYIV -
    Russian missiles struck the city overnight, a regional official in Zaporizhzhia said"
    (Zaporizhzhia), "ODESA - ... struck the city overnight, the governor of Mykolaiv said"
    (Mykolaiv, the governor's region): the city is the teller's, not the town the story was
    filed from; a region that holds the dateline's town ("the Kharkiv governor") may mean
    that town, and is not read. Not a
    teller in the dateline's own town ("an official in Kharkiv"), in its country's capital
    (an official in Kyiv speaks for the state, of any town), or abroad ("a Ukrainian
    official in Brussels"); not an act its own sentence places. None otherwise."""
    if p.basis == "sentence" or p.em.type not in _HARM_TYPES:
        return None
    dateline = story.focus().dateline
    home = dateline.candidate if dateline is not None else None
    if home is None or home.kind != "city":
        return None
    if not any(_bare_town_noun(o) or _bare_port(o) for o in _town_objects(p.trigger)):
        return None
    towns = {}
    for teller in _tellers(p.trigger):
        lo, hi = p.ctx.s.char(teller.left_edge), p.ctx.s.char_end(teller.right_edge)
        for tp in p.ctx.toponyms:
            c = tp.candidate
            if c is None or tp.metonymic or not lo <= tp.start < hi:
                continue
            if c.country != home.country or c.gazetteer_id == home.gazetteer_id:
                continue
            if c.kind != "city" and (c.kind != "region" or c.admin1 in ("", home.admin1)):
                continue  # a region holding the dateline's town may mean that town
            ref = p.ctx.lex.capitals.get(norm_name(c.name))
            if ref is not None and ref.code == c.country:
                continue  # the capital's officials speak of every town
            towns[c.gazetteer_id] = tp
    return next(iter(towns.values())) if len(towns) == 1 else None


def _town_objects(trigger) -> list:
    """What the act struck, and its own "in", or its clause's when it is the subject ("a bomb
    exploded in the city")."""
    clause = [trigger, trigger.head] if trigger.dep_ in ("nsubj", "nsubjpass") else [trigger]
    return _struck_objects(trigger) + [
        o
        for t in clause
        for prep in children(t, "prep")
        if prep.lower_ == "in"
        for o in children(prep, "pobj")
    ]


def _bare_port(tok) -> bool:
    """ "the port" with no word of its own: a port told before, or the story's."""
    return tok.lemma_.lower() in _PORTS and all(
        c.lower_ == "the" or c.dep_ == "punct" for c in tok.children
    )


def _tellers(trigger) -> list:
    """The subjects of the verb of telling the act's clause hangs on ("struck ..., an
    official said": the official), or that hangs on it ("struck ..., an official said" read
    with "said" under the act)."""
    says = [trigger.head] if trigger.dep_ in ("ccomp", "parataxis") else []
    says += children(trigger, "parataxis", "advcl")
    return [s for v in says if v.lemma_.lower() in _TELLING for s in children(v, "nsubj")]


def _a_tellers_town_struck(p: _Placing, story: _Story) -> bool:
    return _tellers_town(p, story) is not None


def _to_the_tellers_town(p: _Placing, story: _Story) -> None:
    p.tp, p.basis = _tellers_town(p, story), "sentence"


# ground a side holds, by no name ("Turkish-controlled territory", "rebel-held areas")
_HELD_GROUND = frozenset({"territory", "area", "land", "region", "zone", "enclave", "part"})
_HOLDING = ("held", "controlled", "occupied")


def _ground_held(p: _Placing) -> list:
    """The holders' words of the ground by no name an act struck ("Turkish" of
    "Turkish-controlled territory", "government" of "government-held territory"); an
    empty list when it struck none, or ground its own words place ("held areas of the
    city", "the city's rebel-held districts" are not this noun)."""
    holders = []
    for obj in _struck_objects(p.trigger):
        if obj.lemma_.lower() not in _HELD_GROUND:
            continue
        if any(c.dep_ in ("prep", "poss", "appos", "compound") for c in obj.children):
            continue
        for a in children(obj, "amod"):
            word = a.lower_
            if word in _HOLDING or word.endswith(tuple("-" + h for h in _HOLDING)):
                said = [h for h in a.children if h.i < a.i and h.dep_ != "punct"]
                holders += said or [a]
    return holders


def _held_ground_at_the_dateline(p: _Placing, story: _Story) -> bool:
    """ "DAMASCUS - Syrian government forces shelled Turkish-controlled territory on
    Sunday": ground a side holds, by no name, that only the dateline's town places, is
    not that town (held ground is where a front runs); the town's country at most."""
    c = p.candidate
    if p.basis not in ("paragraph", "article") or c is None or c.kind == "country":
        return False
    if p.tp is None or not _at_the_dateline(p.tp, story) or p.em.type not in _HARM_TYPES:
        return False
    return bool(_ground_held(p))


def _to_the_held_grounds_land(p: _Placing, story: _Story) -> None:
    """The dateline's country, but where the holder is that country's own state ("ANKARA -
    ... shelled Turkish-held territory": held abroad), no place."""
    own = p.candidate.country if p.candidate is not None else None
    for h in _ground_held(p):
        m = p.ctx.mention(h)
        if m is not None and m.ref.kind == "state" and m.ref.code == own:
            p.unplace(story)
            return
    p.to_its_country(story)


def _another_town_of_its_land(p: _Placing, story: _Story) -> bool:
    """ "KYIV - Russian missiles struck energy facilities overnight, the governor of Lviv
    said": an act that only the dateline's town places, whose own sentence names another
    town or region of that town's country, is not sure to be at the dateline's town; its
    country at most. Not the country's capital ("an official in Kyiv" speaks of every
    town), nor a region that holds the dateline's town ("the Kharkiv regional governor")."""
    c = p.candidate
    if p.basis not in ("paragraph", "article") or c is None or c.kind != "city":
        return False
    if p.tp is None or not _at_the_dateline(p.tp, story) or p.em.type not in _HARM_TYPES:
        return False
    for tp in p.ctx.toponyms:
        o = tp.candidate
        if o is None or tp.metonymic or o.country != c.country or _at_the_dateline(tp, story):
            continue
        if o.gazetteer_id == c.gazetteer_id or o.kind not in ("city", "region"):
            continue
        if o.kind == "region" and o.admin1 in ("", c.admin1):
            continue
        ref = p.ctx.lex.capitals.get(norm_name(o.name))
        if o.kind == "city" and ref is not None and ref.code == o.country:
            continue
        return True
    return False


_SAID_STEPS: tuple[
    tuple[Callable[[_Placing, _Story], bool], Callable[[_Placing, _Story], None]], ...
] = (
    (_an_owned_land_invaded, _to_the_owners_country),
    (_a_peoples_works_struck, _Placing.to_its_country),
    (_the_city_said, _to_the_datelines_town),
    (_another_port_named, _Placing.unplace),
    (_a_tellers_town_struck, _to_the_tellers_town),
    (_held_ground_at_the_dateline, _to_the_held_grounds_land),
    (_another_town_of_its_land, _Placing.to_its_country),
)
