"""Acts the dateline's town alone places, that cannot be there, run after ``place_said``: a
clash of two states' armies told from one's capital (their front is not the capital), a port
by no name struck, told from a town far from the sea (that town has no sea port); and the
land of rebels struck, which ``placing._states_at_war_told_from_a_third`` reads as a state
struck ("DJIBOUTI - Saudi jets bombed Yemeni rebel positions": Yemen's rebels are in Yemen,
not Djibouti)."""

from __future__ import annotations

from collections.abc import Callable

from explorer.extract.coasts import sea_within
from explorer.extract.events.place_said import _bare_port, _town_objects
from explorer.extract.events.place_steps import _at_the_dateline
from explorer.extract.events.story import _Placing, _Story
from explorer.extract.events.words import _HARM_TYPES
from explorer.extract.lexicon import norm_name

# the words of an army's men, whose people's word says whose they are ("Indian soldiers")
_ARMY_MEN = frozenset(
    {"soldier", "troop", "force", "army", "military", "patrol", "guard", "serviceman"}
)


def _armies_told(story: _Story) -> set[str]:
    """The states whose soldiers the story tells by a people's word or a state's name before
    them, each word of a list ("Indian and Pakistani soldiers", "an Indian patrol", "India's
    army", "Azerbaijani and Armenian troops")."""
    states = set()
    for ctx in story.contexts:
        for t in ctx.s.sent:
            m = ctx.mention(t)
            if m is None or m.ref.kind != "state" or not m.ref.code:
                continue
            word = t
            while word.dep_ == "conj" and word.head.i != word.i:
                word = word.head  # "Indian and Pakistani": the list's first word
            if word.dep_ not in ("amod", "compound", "poss", "nmod"):
                continue
            if word.head.lemma_.lower() in _ARMY_MEN:
                states.add(m.ref.code)
    return states


def _a_front_told_from_a_capital(p: _Placing, story: _Story) -> bool:
    """ "BANGKOK - Thai and Cambodian troops exchanged fire near Preah Vihear ... a clash on Friday
    in which a Thai soldier died": a clash of no side but states, of no target,
    that only a capital's dateline places, in a story that tells of the soldiers of that
    capital's state and of another state, is fought where their armies meet (a border, a
    line of control), not in the capital; where on it the sentence does not say, so no place.
    Kept: police and protesters, an army and a militia (who may fight in the capital); a
    clash its sentence places; a dateline that is no capital (a town by the front)."""
    c, tp = p.candidate, p.tp
    if p.basis != "article" or tp is None or c is None or c.kind != "city" or not c.country:
        return False
    if p.em.type != "clash" or p.em.targets or not _at_the_dateline(tp, story):
        return False
    if len(p.em.actor_codes) != len(p.em.actors):
        return False  # a side that is no state ("police", "rebels", "the RSF")
    ref = p.ctx.lex.capitals.get(norm_name(c.name))
    if ref is None or ref.code != c.country:
        return False
    armies = _armies_told(story)
    return c.country in armies and len(armies) > 1


# how near the sea a town must lie for "the port" of a story told from it to be its own
_PORT_SEA_KM = 100.0


def _a_port_inland(p: _Placing, story: _Story) -> bool:
    """ "KYIV - Russian missiles struck the port overnight": a port by no name struck, that
    only the dateline's town places, when that town lies farther than ``_PORT_SEA_KM`` from
    the sea (Kyiv, Kharkiv, Moscow, Tehran), is some other town's port: no place. Kept:
    "ODESA - ... struck the port", Hodeidah, Beirut, a port up an estuary (Hamburg, Basra,
    Antwerp); "the port of Odesa" (named). A river port far inland (Duisburg's) is lost."""
    c, tp = p.candidate, p.tp
    if p.basis not in ("paragraph", "article") or tp is None or c is None or c.kind != "city":
        return False
    if p.em.type not in _HARM_TYPES or not _at_the_dateline(tp, story):
        return False
    if not any(_bare_port(o) for o in _town_objects(p.trigger)):
        return False
    return sea_within(c.lat, c.lon, _PORT_SEA_KM) is False


_AFAR_STEPS: tuple[
    tuple[Callable[[_Placing, _Story], bool], Callable[[_Placing, _Story], None]], ...
] = (
    (_a_front_told_from_a_capital, _Placing.unplace),
    (_a_port_inland, _Placing.unplace),
)


# the words of armed men who fight their own land's state ("Yemeni rebel positions")
_REBELS = frozenset({"rebel", "insurgent", "militant", "guerrilla", "separatist"})


def rebels_lands_struck(p: _Placing) -> set[str]:
    """The states whose rebels an act struck, by their people's word before a word of rebels
    in a target ("Yemeni rebel positions", "Iraqi Kurdish rebel bases"): a land's rebels are
    that land's, and where they are struck is in it."""
    out = set()
    for target in p.em.targets:
        words = target.lower().split()
        if not any(w.rstrip("s") in _REBELS for w in words):
            continue
        doc = p.ctx.s.sent.doc
        out |= {
            m.ref.code
            for m in p.ctx.mentions
            if m.ref.kind == "state" and m.ref.code and m.ref.form == "demonym"
            if doc[m.i : m.j].text.lower() in words
        }
    return out
