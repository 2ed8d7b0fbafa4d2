"""The steps that move or remove the place an event mention was given (``placing``), in
their order, and the one scene of a strike told beside its killing."""

from collections.abc import Callable

from explorer.extract.events.clues import (
    _an_unknown_town,
    _clause_of,
    _its_scene_unread,
    _scene_named_before,
    _struck_lands,
    _struck_objects,
    _the_tellers_town,
    _victims_state,
    _where_the_works_stand,
)
from explorer.extract.events.clues_when import (
    _a_ships_name,
    _a_street_name,
    _across_a_border,
    _at_an_unread_sea_feature,
    _blamed,
    _crossed_from,
    _on_a_border,
    _reacted_to,
    _told_at_sea,
    _too_wide_to_pin,
)
from explorer.extract.events.document_reads import (
    _FIGHT_TYPES,
    _a_coin_toss,
    _a_war_elsewhere,
    _country_named,
    _place_name,
    _sides_at_war_elsewhere,
)
from explorer.extract.events.story import _Placing, _Story
from explorer.extract.events.venue import _held_elsewhere, _to_the_venue
from explorer.extract.events.words import (
    _AREA_KINDS,
    _FUNERAL_WORDS,
    _HARM_TYPES,
    event_words,
)
from explorer.extract.focus import reckoned_from
from explorer.extract.lexicon import norm_name
from explorer.extract.syntax import children
from explorer.model import Toponym


# --- what then moves or removes a place, in this order ------------------------------------------
def _at_the_dateline(tp: Toponym, story: _Story) -> bool:
    """Whether ``tp`` is the dateline's own place ("ANKARA -"), on the dateline's line, not a
    word of a short headline the dateline's reading takes in ("Peru condemns Chilean air
    raids on Arica / LIMA -")."""
    return tp.start < story.cut and "\n" not in story.doc.text[tp.start : story.cut]


def _the_land_struck(p: _Placing, story: _Story) -> Toponym | None:
    """The one place named as the owner of what a strike or a fight hit (``_struck_lands``):
    that place, or its country when the sentence names several places of one land; but where
    the sentence says the works stood, when it says so ("Iranian military infrastructure in
    Syria": Syria, not Iran)."""
    if p.em.type not in _HARM_TYPES | _FIGHT_TYPES:
        return None
    found = _struck_lands(p.ctx, p.trigger, event_words())
    there = _where_the_works_stand(p.ctx, p.trigger)
    if there is not None and (found or _reacted_to(p.trigger)):
        # "struck Iranian military infrastructure in Syria": where they stood; "condemned
        # Iran's missile strike on American military bases in Iraq": the news answered
        # names where it fell, whoever owns the bases
        return there
    lands = {tp.candidate.country for tp in found if tp.candidate is not None}
    if len(lands) != 1:
        return None  # none, or two lands' sites: which one is unclear
    if _forces_works_in_a_host(p, story, found):
        return None
    if _works_abroad(p, story, next(iter(lands))):
        found = _struck_lands(p.ctx, p.trigger, event_words(), sites=False)
        if not found:
            return None
    if len({_place_name(tp) for tp in found}) == 1:
        return found[0]
    return _country_named(story.contexts, next(iter(lands)))


def _works_of_forces_hosted(p: _Placing, story: _Story) -> bool:
    """Whether what the act struck is a state's military works told from a land that may
    host them (``_forces_works_in_a_host`` on the lands the sentence names as owners)."""
    found = _struck_lands(p.ctx, p.trigger, event_words())
    return bool(found) and _forces_works_in_a_host(p, story, found)


def _forces_works_in_a_host(p: _Placing, story: _Story, found: list[Toponym]) -> bool:
    """ "DAMASCUS - Israeli jets struck Iranian military infrastructure near the airport": a
    state's military works named by its people's word may stand in a land that hosts its
    forces, as its bases do; told from a third land, neither the owner's nor the striker's,
    that the sentence does not name (as a teller or a side), the word says whose the works
    are, not where they stood: the owner's land is no place (a people's word of the third land
    on whoever reports it, "an Iraqi official said", names no side). "CAIRO - Egypt condemned
    Russia's bombing of Ukrainian energy infrastructure" keeps Ukraine (no military works,
    and Egypt tells it), and so does "TEHRAN - Israeli jets struck Iranian military
    infrastructure" (the owner's land) or "Iran's military sites" (a land's name)."""
    home = _dateline_country(story)
    if home is None or home in p.em.actor_codes:
        return False
    doc = p.ctx.s.sent.doc
    if any(m.ref.code == home and not _a_source_of_the_news(doc[m.j - 1]) for m in p.ctx.mentions):
        return False
    for tp in found:
        head = p.ctx.head_of(tp)
        if (
            tp.candidate is None
            or tp.candidate.country == home
            or head is None
            or head.dep_ != "amod"
            or not any(c.lower_ == "military" for c in head.head.children)
        ):
            return False
    return True


# the verbs by which a source passes on the news it tells
_SOURCE_VERBS = frozenset({"say", "tell", "report", "confirm", "add"})


def _a_source_of_the_news(word) -> bool:
    """ "BAGHDAD - American jets struck Iranian military infrastructure ..., an Iraqi official
    said": a people's word on the subject of a verb that passes on the news (an official, a
    source, a monitor who said or told it) is who reported it, no side that reacts to it from
    its own land ("CAIRO - Egypt condemned ...", "Egyptian officials condemned ...")."""
    noun = word.head if word.dep_ in ("amod", "compound") else word
    return (
        (word.pos_ == "ADJ" or word.dep_ == "amod")
        and noun.dep_ == "nsubj"
        and noun.head.lemma_.lower() in _SOURCE_VERBS
    )


def _dateline_country(story: _Story) -> str | None:
    """The country of the place the dateline names ("KARACHI -": Pakistan), if any."""
    for ctx in story.contexts[:2]:
        for tp in ctx.toponyms:
            if tp.candidate is not None and _at_the_dateline(tp, story):
                return tp.candidate.country
    return None


def _works_abroad(p: _Placing, story: _Story, owner: str | None) -> bool:
    """Whether the works a land owns ("China's power plant", "Jordan's field hospital") may
    lie abroad: the story is filed from another land and the sides the act names are of no
    land other than the owner's, no state of another land nor an armed party the lexicon lists
    ("KARACHI - Separatist gunmen attacked China's coal-fired power plant": a state's or its
    firms' works in Pakistan, struck by men where they are). An act that names no side, or
    only craft or munitions, is told by what it struck ("LONDON - Drones hit Ukraine's power
    plants": Ukraine). A strike by another land's state or a listed party ("the Houthis") crosses
    to the owner's land ("CAIRO - Egypt condemned Russia's bombing of Ukraine's power plants"),
    and a story filed from the owner's land or from nowhere tells of its own."""
    home = _dateline_country(story)
    munitions = p.ctx.lex.words("munition_words")
    men = [a for a in p.em.actors if not _craft_or_munitions(a, munitions)]
    if home is None or home == owner or not men or p.em.actor_codes - {owner}:
        return False
    refs = (p.ctx.lex.lookup(a) for a in men)
    return not any(r is not None and r.kind == "party" for r in refs)


def _craft_or_munitions(actor: str, munitions: frozenset[str]) -> bool:
    """Whether an actor kept as written names craft or munitions, no men ("drones",
    "missiles"): who sent them is not told. ``munitions``: the stance lexicon's
    'munition_words'."""
    word = actor.split()[-1].lower() if actor.split() else ""
    word = word[:-1] if word.endswith("s") else word
    return word in event_words()["aircraft_nouns"] or word in munitions


def _a_land_struck(p: _Placing, story: _Story) -> bool:
    """ "NAIROBI - ... the crisis, which Ethiopia's recent bombing of Eritrea's army camps and
    fuel depots has deepened", "DOHA - Qatar condemned Serbia's bombing of Kosovo's water
    works": the land that owns the ground or the works struck is where the act was, not the
    town the story is filed from, nor a place its story or paragraph names in another land. A
    place the sentence gives stands ("the bombing of Eritrea's depots near Assab"), and so does
    a town of that land its story names ("Serbian jets hit Pristina. The bombing of
    Kosovo's water works ..."), but not the dateline's town, where the reporter is."""
    if p.basis == "sentence":
        return False
    land = _the_land_struck(p, story)
    if land is None or land.candidate is None:
        return False
    c, tp = p.candidate, p.tp
    return (
        c is None
        or tp is None
        or c.country != land.candidate.country
        or (
            p.basis == "article"
            and _at_the_dateline(tp, story)
            and _place_name(tp) != _place_name(land)
        )
    )


def _to_the_land_struck(p: _Placing, story: _Story) -> None:
    p.tp, p.basis = _the_land_struck(p, story), "sentence"


_INVADING = frozenset({"invade", "invasion", "incursion", "intrude", "intrusion"})


def _sent_out_from_home(p: _Placing, story: _Story) -> bool:
    """ "HANOI - ... plans for a Vietnamese invasion were well advanced": an invasion
    crosses out of its invader's land, so a town or a country of that land that only the story
    or the paragraph gives is not where it was; "CANBERRA - ... Australia sent three hundred
    soldiers to serve in the war", "NORFOLK - ... sending some extra troops": troops a state
    sends go from its land, and the dateline's town in that land, where the sending was
    decided or told, is not where they went (the sentence's own place stands, and a paragraph
    that names the scene, and a place its verb is sent to by a noun: "deployed troops in the
    capital")."""
    c, tp = p.candidate, p.tp
    if c is None or tp is None or not c.country or c.country not in p.em.actor_codes:
        return False
    if p.em.type == "incursion":
        # an offensive may be fought at home ("a large Afghan offensive", "the Salvadoran
        # army's offensive against the guerrillas"): only a word of crossing says it left
        return p.basis in ("paragraph", "article") and p.trigger.lemma_.lower() in _INVADING
    return (
        p.em.type == "deployment"
        and p.basis == "article"
        and _at_the_dateline(tp, story)
        and not any(
            o.lemma_.lower() in event_words()["place_nouns"]
            for prep in children(p.trigger, "prep")
            for o in children(prep, "pobj")
        )
    )


def _in_the_dateline_country(p: _Placing, story: _Story) -> bool:
    """ "BAMAKO - Unknown gunmen killed nine people ... in an attack on a bus from the
    Sadiola gold mine in western Mali", "KATHMANDU - Army troops and Maoist rebels
    clash in Nepal": the sentence says the scene is in the dateline's country, somewhere
    it does not name; the dateline's town is where the reporter files from, not that scene."""
    c, tp = p.candidate, p.tp
    if p.basis != "article" or tp is None or not _at_the_dateline(tp, story) or c is None:
        return False
    own = story.focus().own_country(p.ctx)
    return (
        c.kind != "country"
        and own is not None
        and own.candidate is not None
        and own.candidate.country == c.country
    )


def _to_the_dateline_country(p: _Placing, story: _Story) -> None:
    p.tp, p.basis = story.focus().own_country(p.ctx), "paragraph"


def _in_a_unit_of_the_dateline_country(p: _Placing, story: _Story) -> bool:
    """ "KYIV - Flames engulfed a refinery in the central Poltava region after a missile
    strike", "BOGOTA - guerrillas attacked a pipeline in Colombia's Arauca department": the sentence
    puts the scene in a first-level unit of the dateline's country that does not hold the
    dateline's town; the unit is where it was, not the town the reporter files from. A unit
    of the town's name holds it ("NOVOSIBIRSK - ... in the Novosibirsk region"): the town
    stands; a unit of another name that holds it ("LAHORE - ... in Punjab province") is where
    the sentence puts the scene, coarser and still right."""
    c, tp = p.candidate, p.tp
    if p.basis != "article" or tp is None or not _at_the_dateline(tp, story) or c is None:
        return False
    unit = story.focus().own_unit(p.ctx)
    if unit is None or unit.candidate is None or c.kind == "country":
        return False
    return unit.candidate.country == c.country and unit.candidate.name != c.name


def _to_the_unit(p: _Placing, story: _Story) -> None:
    p.tp, p.basis = story.focus().own_unit(p.ctx), "paragraph"


# the works an act may strike that a story names by their town ("the Volgograd refinery")
_WORKS = frozenset({"airport", "bridge", "dam", "depot", "facility", "plant", "port", "refinery"})


def _the_works_town(p: _Placing, story: _Story) -> Toponym | None:
    """ "KYIV - Flames engulfed a refinery in the central Poltava region after a missile
    strike ... a blaze began at the Poltava refinery": an act placed at a first-level
    unit, beside works its sentence names, is at the town of the unit's own name that the
    story names those works by; the unit's point (the middle of its towns, often 100 km or more
    from such a town) is no nearer. Works of another kind ("the Poltava airport"), or a
    town of another name, say nothing of it."""
    c = p.candidate
    if c is None or c.kind != "region" or not p.basis:
        return None
    named = [t for t in p.ctx.s.sent if t.pos_ == "NOUN" and t.lemma_.lower() in _WORKS]
    works = {t.lemma_.lower() for t in named}
    if not works or any(_a_nuclear_plant(t) for t in named):
        return None
    for ctx in story.contexts:
        for tp in ctx.toponyms:
            town, head = tp.candidate, ctx.head_of(tp)
            if (
                town is not None
                and town.kind == "city"
                and town.country == c.country
                and town.name == c.name
                and head is not None
                and head.dep_ == "compound"
                and head.head.lemma_.lower() in works
                and not _a_nuclear_plant(head.head)
            ):
                return tp
    return None


def _a_nuclear_plant(works) -> bool:
    """ "the Zaporizhzhia nuclear plant", "the Kursk nuclear power plant": nuclear works are
    named by their province and stand away from its towns (at Enerhodar, at Kurchatov), so
    the province's namesake town says nothing of where they are."""
    return any(t.lemma_.lower() in ("nuclear", "atomic") for t in works.lefts)


def _works_of_the_units_town(p: _Placing, story: _Story) -> bool:
    return _the_works_town(p, story) is not None


def _to_the_works_town(p: _Placing, story: _Story) -> None:
    p.tp, p.basis = _the_works_town(p, story), "paragraph"


def _before_the_news(p: _Placing, story: _Story) -> bool:
    """ "tensions rose after Turkish jets downed a Russian bomber", in a
    story about a missile fired into the Black Sea: what came before the news is not in the
    story's sea, region or country, for all the story says (a town's story keeps its town: "is
    facing a charge after a woman was stabbed", told in Regina)."""
    c = p.candidate
    return (
        bool(p.em.told_as_before)
        and p.basis in ("paragraph", "article")
        and c is not None
        and c.kind != "city"
    )


def _near_a_town(p: _Placing) -> set[str | None]:
    """The countries of the towns the sentence reckons from ("20 km north of Kabul")."""
    ctx = p.ctx
    return {
        t.candidate.country
        for t in ctx.toponyms
        if t.candidate is not None and t.candidate.kind != "country" and reckoned_from(ctx, t)
    }


def _unplaced_near_a_town(p: _Placing, story: _Story) -> bool:
    """ "an air strike 20 km north of Kabul": near the town, so in its country, when the
    article names that country."""
    return p.tp is None and not p.earlier and len(_near_a_town(p)) == 1


def _in_the_towns_country(p: _Placing, story: _Story) -> None:
    p.tp = _country_named(story.contexts, next(iter(_near_a_town(p))))
    p.basis = "sentence" if p.tp is not None else ""


def _history_at_the_dateline(p: _Placing, story: _Story) -> bool:
    """The war "which began with the U.S.-led invasion in March 2003", told in an undated story
    filed from Baghdad: the story's town is the news's scene, not the history's; the town's
    country, when the story names it, still holds it."""
    c = p.candidate
    return (
        p.history
        and p.basis in ("paragraph", "article")
        and c is not None
        and c.kind not in _AREA_KINDS
    )


def _blame_said_at_the_dateline(p: _Placing, story: _Story) -> bool:
    """ "MOGADISHU - Somalia's government said that negligence by its partners led to a massacre
    of 37 police cadets", "KABUL - the president blamed NATO for an air strike": who is to blame is
    said in the dateline's capital, not the event's town (a story about Aleppo keeps it); the
    dateline's country, when the article names it, still holds it. So is an answer to the
    news: "AMMAN - Egyptian officials condemned Iran's missile strike on American bases"."""
    c = p.candidate
    return (
        p.basis == "article"
        and p.tp is not None
        and p.tp.start < story.cut
        and c is not None
        and c.kind not in _AREA_KINDS
        and (_blamed(p.trigger) or _reacted_to(p.trigger))
    )


def _its_own_town_unknown(p: _Placing, story: _Story) -> bool:
    """ "The patrol came under mortar fire on Friday in Ulang Payam" in a story filed from Juba:
    the sentence names its own town, which the gazetteer lacks; the story's town is not it,
    the town's country (when the article names it) is."""
    c = p.candidate
    return (
        p.basis in ("paragraph", "article")
        and c is not None
        and c.kind not in _AREA_KINDS
        and _an_unknown_town(p.ctx, p.trigger)
    )


def _the_mayors_town(p: _Placing) -> Toponym | None:
    """The place read of the town whose mayor tells the act (``_the_tellers_town``), if the
    gazetteer placed it as a town."""
    names = {t.i for t in _the_tellers_town(p.trigger)}
    ctx = p.ctx
    for tp in ctx.toponyms:
        c = tp.candidate
        if c is None or c.kind in _AREA_KINDS:
            continue
        if any(tp.start <= ctx.s.char(t) < tp.end for t in ctx.s.sent if t.i in names):
            return tp
    return None


def _told_by_its_mayor(p: _Placing, story: _Story) -> bool:
    """ "OUAGADOUGOU - The mayor of Djibo said gunmen had killed 12 people at a cattle
    market": a clause that names no place of its own, told by a town's mayor, tells what
    befell his town; not the dateline's town, nor a town of the paragraph before. A place the
    clause names stands ("... said gunmen attacked a post in Hombori")."""
    return p.basis in ("paragraph", "article", "") and _the_mayors_town(p) is not None


def _to_the_mayors_town(p: _Placing, story: _Story) -> None:
    p.tp, p.basis = _the_mayors_town(p), "sentence"


def _its_scene_named_before(p: _Placing, story: _Story) -> bool:
    """ "TAIPEI - ... The shooting took place on Friday near Dongyin, a Taiwanese islet.
    'We returned fire once the Chinese cutter began shooting'": the sentence before, in its
    paragraph, names the scene by a place the gazetteer lacks; the dateline's town is not it,
    its country is."""
    c = p.candidate
    return (
        p.basis in ("paragraph", "article")
        and c is not None
        and c.kind not in _AREA_KINDS
        and _scene_named_before(p.ctx)
    )


def _on_a_border_unnamed(p: _Placing, story: _Story) -> bool:
    """ "died in a clash with Tajik troops on the frontier between the two countries", in a
    story that names Vorukh most: a border the sentence names by no place is not the story's
    region or town."""
    c = p.candidate
    return (
        p.basis == "article"
        and c is not None
        and c.kind != "country"
        and _on_a_border(p.ctx, p.trigger)
    )


def _men_of_another_state_struck(p: _Placing, story: _Story) -> bool:
    """ "BAKU - ... Armenia said the Azerbaijanis had killed three of its soldiers", "MOSCOW -
    Russian troops killed 14 Georgian soldiers": one state's men in arms struck by another's,
    placed only by the story, by its dateline's town or by the striker's country: the men
    stood on their own side of a line or on a front, and the land the story is told from or
    about is no evidence of the scene. A town or a region the story names stands ("Armenia
    said Azerbaijani troops killed an Armenian soldier", in a story of Karabakh: Karabakh); so
    does a state's fight with men of no state ("BAKU - Azerbaijani troops killed 9 militants"),
    and a story placed in the victims' land ("YEREVAN - Azerbaijani troops killed two Armenian
    soldiers")."""
    c, tp = p.candidate, p.tp
    if p.basis != "article" or c is None or tp is None or not c.country:
        return False
    if c.kind != "country" and tp.start >= story.cut:
        return False
    if p.em.type not in _HARM_TYPES | _FIGHT_TYPES or c.country not in p.em.actor_codes:
        return False
    victims = _victims_state(p.ctx, p.trigger)
    return victims is not None and victims != c.country


def _a_side_struck_far_from_the_dateline(p: _Placing, story: _Story) -> bool:
    """ "AMMAN - ... The coalition has begun air raids on Islamic State targets": a fight only the
    dateline places, against listed armed sides whose wars are all fought in other countries,
    was fought where they fight, not in the town the story is filed from ("rioters stormed
    the British embassy compound" keeps it: a thing attacked there)."""
    tp, c = p.tp, p.candidate
    return (
        p.basis == "article"
        and tp is not None
        and tp.start < story.cut
        and c is not None
        and c.country is not None
        and p.em.type in _FIGHT_TYPES
        and bool(p.em.targets)
        and _sides_at_war_elsewhere(p.ctx, p.em.targets, c.country)
    )


def _struck_elsewhere(p: _Placing, story: _Story) -> None:
    p.struck_elsewhere = True
    p.unplace(story)


def _a_war_told_from_a_capital(p: _Placing, story: _Story) -> bool:
    """A fight only a capital's dateline places, of other states (``_a_war_elsewhere``)."""
    tp = p.tp
    return (
        p.basis == "article"
        and tp is not None
        and tp.start < story.cut
        and _a_war_elsewhere(story.contexts, p.ctx, p.em, tp)
    )


def _far_war(p: _Placing, story: _Story) -> None:
    """ "LONDON - Days after India and Pakistan launched their attack": a capital's newsroom
    tells of a war between other states, far from it; a fight of no named side keeps the
    place until the story's other events are read (``_unplace_wars_told_from_afar``)."""
    p.far_war = True
    if p.em.actors:
        p.unplace(story)


def _told_at_a_funeral(p: _Placing, story: _Story) -> bool:
    """ "the Banbridge parish priest told mourners the killing of Mr Carroll was designed to
    destabilise the peace process": told at the funeral, in the funeral's town; the killing,
    which its sentence does not place, was elsewhere."""
    return p.basis in ("paragraph", "article") and any(
        t.lower_ in _FUNERAL_WORDS for t in p.ctx.s.sent
    )


def _one_of_many(p: _Placing, story: _Story) -> bool:
    """ "he shot a man near Grand Avenue and West 11th Street in San Pedro": the geoparser's
    reading (Côte d'Ivoire) is one of many of the name; no place rather than a town on the
    wrong continent."""
    return p.tp is not None and _a_coin_toss(p.tp)


def _not_the_hosts(p: _Placing, story: _Story) -> bool:
    """ "Japan will host the next G20 summit", told from Cannes: held in the
    host's country, not in the story's."""
    c = p.candidate
    return bool(p.em.hosts) and c is not None and c.country not in p.em.hosts


def _not_the_state_attacked(p: _Placing, story: _Story) -> bool:
    """ "prisoners held in Baghdad since the August 2 attack on Kuwait", "when Iraq attacked
    Kuwait" in a story told from Baghdad: a country attacked as such is where the attack was,
    not another country's town; a state named only as the owner of what was attacked is not
    ("a crowd attacked the Danish embassy in Beirut": in Beirut, as the sentence or its
    dateline says)."""
    em, tp, c = p.em, p.tp, p.candidate
    return (
        tp is not None
        and em.type in _HARM_TYPES
        and bool(em.target_states)
        and c is not None
        and c.country not in em.target_states
        and not (em.owners_only and (p.basis == "sentence" or tp.start < story.cut))
    )


def _a_ship(p: _Placing, story: _Story) -> bool:
    """ "the frigate Ottawa and the destroyer Almirante Brown spotted a skiff": a warship
    named after a place, not the place (Canada's capital for a clash off Somalia)."""
    return p.tp is not None and _a_ships_name(story.doc.text, p.tp)


def _too_wide(p: _Placing, story: _Story) -> bool:
    """ "pirates seized a bulk carrier in the Atlantic Ocean off Benin", "fired at a tanker off
    East Africa": a pin at an ocean's or a continent's centre point lies thousands of
    kilometres from the scene, on land for a continent; no pin rather than one that misleads
    (the event keeps its excerpt)."""
    return p.tp is not None and _too_wide_to_pin(story.doc.text, p.tp)


def _fired_across_a_border(p: _Placing, story: _Story) -> bool:
    """ "Thai troops replied with mortar fire across the border", in a story told from
    the side the rocket hit: fire sent across a border lands in the other state, so the place
    the paragraph or the story gave (the side that fired, most often) is not where it struck,
    and the sentence does not say where: none, not the wrong side's."""
    return (
        p.basis in ("paragraph", "article")
        and p.tp is not None
        and p.em.type in _ACROSS_TYPES
        and _across_a_border(p.ctx, p.candidate.country if p.candidate else None)
    )


def _set_out_from(p: _Placing, story: _Story) -> bool:
    """ "Kenyan troops crossed over the border from Mandera and attacked the militants'
    camps": the sentence's place is where the crossing began, and the act sent across the
    border lands on its other side, which the sentence does not name: none, not the town
    they left. Kept: "fighters crossed over the border from Somalia and attacked a police post
    in Mandera" (the act's own place)."""
    return (
        p.basis == "sentence"
        and p.tp is not None
        and p.em.type in _ACROSS_TYPES
        and _crossed_from(p.ctx, p.tp)
    )


def _at_sea_unread(p: _Placing, story: _Story) -> bool:
    """ "HANOI - A Chinese patrol ship fired water cannon at a Vietnamese trawler near the
    contested Bombay Reef": the sentence names its own scene at sea by a name the
    gazetteer lacks; the story's town or land is not it. Nor for an act told "at sea" by no
    name ("At sea, the navy said pirates had ... kidnapped its crew")."""
    return (
        p.basis in ("paragraph", "article")
        and p.tp is not None
        and (_at_an_unread_sea_feature(p.ctx, p.trigger) or _told_at_sea(p.trigger))
    )


# the acts that are sent over a border to land on its other side
_ACROSS_TYPES = frozenset({"attack", "bombardment", "air_strike"})


# the works an act may strike by a definite noun whose town a later sentence
# gives ("attacked the port. Near Novorossiysk, a tanker ...")
_NAMED_NEXT = frozenset({"port", "harbour", "harbor", "airport", "refinery", "terminal"})


def _the_scene_named_next(p: _Placing, story: _Story) -> Toponym | None:
    """The town the next sentence of the paragraph opens with ("Near Novorossiysk, a tanker
    was damaged") when the act struck "the port" or "the airport" by no name and only the story
    placed it: that sentence tells where the port is; the dateline's town is where the story
    was filed. "the city" or "the town" is left: after a dateline it is mostly the dateline's
    ("KYIV - Missiles struck the city overnight. In Lviv, ..."). None otherwise, or when the
    name is no town."""
    if p.basis != "article" or p.em.type not in _HARM_TYPES:
        return None
    struck = [
        o
        for o in _struck_objects(p.trigger)
        if o.lemma_.lower() in _NAMED_NEXT
        and any(c.dep_ == "det" and c.lower_ == "the" for c in o.children)
        and not any(c.dep_ in ("compound", "poss", "prep", "appos") for c in o.children)
    ]
    index = next((k for k, c in enumerate(story.contexts) if c is p.ctx), None)
    if not struck or index is None or index + 1 >= len(story.contexts):
        return None
    nxt = story.contexts[index + 1]
    if nxt.s.paragraph != p.ctx.s.paragraph or nxt.s.start == p.ctx.s.start:
        return None
    sent = nxt.s.sent
    if len(sent) < 3 or sent[0].lower_ not in ("in", "near", "off", "outside", "at"):
        return None
    if not any(t.lower_ in _HARM_TOLD for t in sent):  # by the words: it may be unparsed
        return None  # "In Sanaa, the Houthis said they were not involved": another matter
    for tp in nxt.toponyms:
        c = tp.candidate
        if tp.start != nxt.s.char(sent[1]):
            continue
        # read by the words, as the parser may take "Near" for a part of the name
        after = nxt.text[tp.end - nxt.s.start :].lstrip()
        if c is None or c.kind in _AREA_KINDS or tp.metonymic or not after.startswith(","):
            return None
        here = p.tp.candidate if p.tp is not None else None
        if here is not None and here.gazetteer_id == c.gazetteer_id:
            return None  # "MOSCOW - ... the port. In Moscow, officials closed two airports"
        return tp
    return None


# the words by which the next sentence tells the harm done where it opens ("Near
# Novorossiysk, a tanker was damaged"), not another matter ("In Jerusalem, sirens sounded")
_HARM_TOLD = frozenset(
    {"damaged", "hit", "struck", "sunk", "sank", "burned", "burnt", "burning", "destroyed"}
    | {"killed", "wounded", "injured", "exploded", "ablaze", "blaze", "fire", "attacked"}
    | {"shelled", "bombed", "damage", "casualties", "dead"}
)


def _the_capital_told(p: _Placing, story: _Story) -> Toponym | None:
    """The dateline's capital for an act its clause puts "in the capital" by no name, where
    the lede's own town took the article's place over: "KABUL - Taliban fighters attacked a
    checkpoint in the northern province of Kunduz ... Separately, a bomb exploded near the
    interior ministry in the capital" is at Kabul, not Kunduz. None otherwise ("the capital of
    Mali", "the capital Sanaa" name theirs; a dateline that is no capital)."""
    if p.basis != "article" or p.tp is None or p.tp.candidate is None:
        return None
    dateline = story.focus().dateline
    if dateline is None or dateline.candidate is None or dateline is p.tp:
        return None
    if dateline.candidate.gazetteer_id == p.tp.candidate.gazetteer_id:
        return None
    ref = p.ctx.lex.capitals.get(norm_name(dateline.candidate.name))
    if ref is None or ref.code != dateline.candidate.country:
        return None
    return dateline if _in_the_capital_unnamed(p) else None


def _in_the_capital_unnamed(p: _Placing) -> bool:
    """Whether the act's clause puts it "in the capital" with no name or land of its own."""
    clause = _clause_of(p.trigger)
    return any(
        t.i in clause
        and t.lower_ == "capital"
        and t.dep_ == "pobj"
        and t.head.lower_ in ("in", "near", "at", "outside", "around")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
        and not any(c.dep_ in ("prep", "appos", "compound", "amod") for c in t.children)
        for t in p.ctx.s.sent
    )


def _the_capital_of_the_land_told(p: _Placing, story: _Story) -> Toponym | None:
    """ "Rebel officers killed the head of Lesotho's army and seized several ministries in
    the capital": an act put "in the capital" by no name, in a sentence that
    names one land and no other place (not by its people's word, not as a side that acted),
    is in that land's capital (the story's own name for it, else the land), not at the
    article's place in another land (the Liberia the mutineers had served in). "Ethiopia's
    troops entered the capital", told from Mogadishu, keeps Mogadishu: Ethiopia acted."""
    c = p.candidate
    if p.basis != "article" or c is None or not _in_the_capital_unnamed(p):
        return None
    ctx = p.ctx
    own = [tp for tp in ctx.toponyms if tp.candidate is not None and tp.start >= story.cut]
    if not own or any(tp.candidate.kind != "country" for tp in own):  # type: ignore[union-attr]
        return None
    lands = {tp.candidate.country for tp in own}  # type: ignore[union-attr]
    if len(lands) != 1 or c.country in lands or lands & p.em.actor_codes:
        return None
    for tp in own:
        head = ctx.head_of(tp)
        m = ctx.mention(head) if head is not None else None
        if m is not None and m.ref.form == "demonym":
            return None
        if head is not None and _a_foreign_presence(head):
            return None  # "killed the ambassador of Nigeria ... in the capital": Nigeria's envoy
    land = lands.pop()
    if not _a_land_told_before(story, ctx, land):
        return None  # "Gunmen attacked the residence of Mali's ambassador in the capital"
    for other in story.contexts:
        for tp in other.toponyms:
            t = tp.candidate
            if t is None or t.kind != "city" or t.country != land:
                continue
            ref = ctx.lex.capitals.get(norm_name(t.name))
            if ref is not None and ref.code == land:
                return tp
    return own[-1]


# who stand for a land, or come from it, in another land's capital: its mission, its envoys,
# its people on a visit
_ABROAD_NOUNS = frozenset(
    {"embassy", "embassies", "consulate", "legation", "mission", "delegation", "ambassador"}
    | {"envoy", "diplomat", "consul", "attache", "national", "citizen", "tourist", "visitor"}
)


def _a_foreign_presence(head) -> bool:
    """Whether a land's name says whose mission, envoy or visitors stand in the capital ("the
    embassy of Nigeria", "Nigeria's ambassador", "tourists from Nigeria", "a delegation from
    Nigeria"): they are abroad, so the capital is not that land's. "The head of
    Lesotho's army", a land's own, is not."""
    tok = head
    while tok.dep_ in ("compound", "poss", "nmod", "amod", "pobj") and tok.head.i != tok.i:
        if tok.dep_ == "pobj":
            if tok.head.lower_ == "from":
                return True
            if tok.head.lower_ != "of":
                return False
            tok = tok.head
        tok = tok.head
        if tok.lemma_.lower() in _ABROAD_NOUNS or tok.lower_ in _ABROAD_NOUNS:
            return True
    return False


def _a_land_told_before(story: _Story, ctx, land: str | None) -> bool:
    """Whether a sentence before ``ctx``'s names the country ``land`` by its own name."""
    for other in story.contexts:
        if other.s.index >= ctx.s.index:
            continue
        for tp in other.toponyms:
            c, head = tp.candidate, other.head_of(tp)
            if c is None or c.kind != "country" or c.country != land or head is None:
                continue
            m = other.mention(head)
            if m is None or m.ref.form != "demonym":
                return True
    return False


def _capital_of_the_land_told(p: _Placing, story: _Story) -> bool:
    return _the_capital_of_the_land_told(p, story) is not None


def _to_the_capital_of_the_land(p: _Placing, story: _Story) -> None:
    p.tp = _the_capital_of_the_land_told(p, story)


def _capital_told(p: _Placing, story: _Story) -> bool:
    return _the_capital_told(p, story) is not None


def _to_the_capital_told(p: _Placing, story: _Story) -> None:
    p.tp = _the_capital_told(p, story)


def _scene_unread_at_the_dateline(p: _Placing, story: _Story) -> bool:
    """ "ANKARA - Ankara's strike on Kurdish positions in Tal Abyad began on Wednesday": the
    clause names its scene by a name the gazetteer lacks; the dateline's town, where the
    reporter is, is not it (nor is its country). A town the story named ("Vandals target 4x4s
    in Oxford", then "attacked outside his home in Osney Island") may hold the scene and
    stays."""
    return (
        p.basis in ("paragraph", "article")
        and p.tp is not None
        and _at_the_dateline(p.tp, story)
        and _its_scene_unread(p.ctx, p.trigger)
    )


def _named_next(p: _Placing, story: _Story) -> bool:
    return _the_scene_named_next(p, story) is not None


def _to_the_scene_named_next(p: _Placing, story: _Story) -> None:
    p.tp, p.basis = _the_scene_named_next(p, story), "paragraph"


def _a_street(p: _Placing, story: _Story) -> bool:
    """ "Woman stabbed while jogging near Briarcliff", told "near Briarcliff Road in DeKalb
    County": a street's name, not the Texas town of that name."""
    return p.tp is not None and _a_street_name(story.doc.text, p.tp)


def _the_place_of_its_noun_next(p: _Placing, story: _Story) -> Toponym | None:
    """ "ARAUCA, Colombia (AP) - Colombian guerrillas say they have bombed another oil line.
    The ELN announced the overnight blast in Norte de Santander on Twitter":
    an act only the dateline placed, which the paragraph's next sentence names again by a
    definite noun of harm ("the blast", "the attack") put "in" or "near" a place of the same
    country, happened there; the dateline is where the story was filed. None when that
    sentence tells another time ("the attack in Cucuta last month") or names no such place."""
    if p.em.type not in _HARM_TYPES or p.basis not in ("paragraph", "article"):
        return None
    here = p.candidate
    if p.tp is None or here is None or not _at_the_dateline(p.tp, story):
        return None
    index = next((k for k, c in enumerate(story.contexts) if c is p.ctx), None)
    if index is None or index + 1 >= len(story.contexts):
        return None
    nxt = story.contexts[index + 1]
    if nxt.s.paragraph != p.ctx.s.paragraph:
        return None
    if any(t.ent_type_ == "DATE" and t.lower_ not in _WEEKDAYS for t in nxt.s.sent):
        return None
    if _another_weekday(p.ctx.s.sent, nxt.s.sent):
        return None
    for noun in nxt.s.sent:
        if noun.lower_ not in _HARM_NOUNS_AGAIN:
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            continue
        for prep in children(noun, "prep"):
            if prep.lower_ not in ("in", "near"):
                continue
            for tp in nxt.toponyms:
                c, head = tp.candidate, nxt.head_of(tp)
                while head is not None and head.dep_ == "compound":
                    head = head.head  # "in Bayelsa state"
                if (
                    c is not None
                    and not tp.metonymic
                    and c.kind in ("city", "region", "site")
                    and c.country == here.country
                    and head is not None
                    and head.head.i == prep.i
                ):
                    return tp
    return None


def _another_weekday(sent, nxt) -> bool:
    """ "KABUL - A suicide bomber struck a military academy on Monday. The attack in Jalalabad
    on Sunday killed 12": a next sentence whose weekday is not one the act's own sentence
    names tells another day's act; a weekday where the act's sentence names none may be its."""
    own = {t.lower_ for t in sent if t.lower_ in _WEEKDAYS and t.ent_type_ == "DATE"}
    told = {t.lower_ for t in nxt if t.lower_ in _WEEKDAYS and t.ent_type_ == "DATE"}
    return bool(own) and bool(told - own - {"today"})


def _its_noun_placed_next(p: _Placing, story: _Story) -> bool:
    return _the_place_of_its_noun_next(p, story) is not None


def _to_the_place_of_its_noun(p: _Placing, story: _Story) -> None:
    p.tp, p.basis = _the_place_of_its_noun_next(p, story), "paragraph"


# the definite nouns by which a next sentence tells an act of harm again ("the blast")
_HARM_NOUNS_AGAIN = frozenset({"blast", "explosion", "attack", "bombing", "raid", "ambush"})
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today"}
)


_PLACE_STEPS: tuple[
    tuple[Callable[[_Placing, _Story], bool], Callable[[_Placing, _Story], None]], ...
] = (
    (_held_elsewhere, _to_the_venue),
    (_named_next, _to_the_scene_named_next),
    (_its_noun_placed_next, _to_the_place_of_its_noun),
    (_capital_told, _to_the_capital_told),
    (_capital_of_the_land_told, _to_the_capital_of_the_land),
    (_a_land_struck, _to_the_land_struck),
    (_sent_out_from_home, _Placing.unplace),
    (_in_the_dateline_country, _to_the_dateline_country),
    (_in_a_unit_of_the_dateline_country, _to_the_unit),
    (_works_of_the_units_town, _to_the_works_town),
    (_before_the_news, _Placing.unplace),
    (_unplaced_near_a_town, _in_the_towns_country),
    (_history_at_the_dateline, _Placing.to_its_country),
    (_blame_said_at_the_dateline, _Placing.to_its_country),
    (_told_by_its_mayor, _to_the_mayors_town),
    (_its_own_town_unknown, _Placing.to_its_country),
    (_scene_unread_at_the_dateline, _Placing.unplace),
    (_its_scene_named_before, _Placing.to_its_country),
    (_on_a_border_unnamed, _Placing.unplace),
    (_fired_across_a_border, _Placing.unplace),
    (_set_out_from, _Placing.unplace),
    (_at_sea_unread, _Placing.unplace),
    (_men_of_another_state_struck, _Placing.unplace),
    (_a_side_struck_far_from_the_dateline, _struck_elsewhere),
    (_a_war_told_from_a_capital, _far_war),
    (_told_at_a_funeral, _Placing.unplace),
    (_one_of_many, _Placing.unplace),
    (_not_the_hosts, _Placing.unplace),
    (_not_the_state_attacked, _Placing.unplace),
    (_a_ship, _Placing.unplace),
    (_too_wide, _Placing.unplace),
    (_a_street, _Placing.unplace),
)


def _one_scene_for_a_strike(placings: list[_Placing], story: _Story) -> None:
    """ "NAIROBI - Kenyan jets bombed al-Shabaab camps, killing dozens of militants": the
    killing told beside a strike on a side that fights elsewhere is that strike's, and is not
    in the dateline's town either."""
    struck = {p.em.type for p in placings if p.struck_elsewhere}
    for p in placings:
        if (
            p.em.type in struck
            and p.basis == "article"
            and p.tp is not None
            and p.tp.start < story.cut
        ):
            p.unplace(story)
