"""What the story and its passes read of a document's text and events: the lands a sentence names,
the support told, the officials named, the names of places."""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from explorer.extract.context import SentenceContext
from explorer.extract.events.clues import _PAIR_CHARS
from explorer.extract.events.readings import EventMention
from explorer.extract.events.words import (
    _FIRM_NOUNS,
    _HARM_TYPES,
    _HARMED_OFFICES,
    _TOSS_MARGIN,
    event_words,
)
from explorer.extract.focus import dateline_span
from explorer.extract.merge import PlaceRef, event_title, family_winner
from explorer.model import Event, Toponym, place_id_for

_WHERE_PREPS = {"in", "at", "near", "off", "outside", "inside", "into", "across", "along"}


def _lands(ctx: SentenceContext, datelines: bool = True, trigger=None) -> frozenset[str]:
    """The countries of the places a sentence says something happened in: a dateline's, or
    the object of "in", "at", "near", "off" ...; not a government ("Ankara said"), a people
    ("the Yemeni capital"), an owner ("the US embassy"), a flag or a route ("sailed under the flag
    of Liberia", "from Kuwait to Houston"). ``datelines`` False: only the objects,
    not what lies outside the parse (a dateline is where the story is told from). With a
    ``trigger``, not a place said inside a clause that only describes a noun and does not hold
    the trigger ("a protest ... for the release of prisoners jailed in Israel")."""
    out = set()
    for tp in ctx.toponyms:
        if tp.candidate is None or not tp.candidate.country or tp.metonymic:
            continue
        head = ctx.head_of(tp)  # None: a dateline's, outside the parse
        if head is None and not datelines:
            continue
        while head is not None and head.dep_ in ("conj", "appos") and head.head.i != head.i:
            head = head.head  # "in Cairo and Benghazi", "in Sanaa, the Yemeni capital"
        if head is not None and not (head.dep_ == "pobj" and head.head.lower_ in _WHERE_PREPS):
            continue
        if any(m.ref.form == "demonym" and m.start <= tp.start < m.end for m in ctx.mentions):
            continue
        if trigger is not None and head is not None and _describes_a_noun(head, trigger):
            continue
        out.add(tp.candidate.country)
    return frozenset(out)


def _describes_a_noun(tok, trigger) -> bool:
    """``tok`` lies in a clause that modifies a noun ("prisoners jailed in Israel", "men who
    fled to Chad") which does not hold ``trigger``."""
    for a in tok.ancestors:
        if a.dep_ in ("acl", "relcl"):
            return not (a.left_edge.i <= trigger.i <= a.right_edge.i)
    return False


def _dated_by_the_next_sentence(
    events: list[Event], reported: dict[str, int], contexts: list[SentenceContext], pub: str | None
) -> None:
    """An event whose sentence dates only its report ("Three policemen died in a clash,
    the military said on Friday") takes the day the next sentence gives an event of its type
    ("The clash broke out on Thursday"), when that sentence dates nothing else to another time
    and its day is not after the article's."""
    if not reported or not pub:
        return
    for ev in events:
        end = next((reported[i] for i in (ev.id, *ev.members) if i in reported), None)
        if end is None or ev.date is not None:
            continue
        nxt = next((c for c in contexts if c.s.start >= end), None)
        if nxt is None:
            continue
        told = [o for o in events if any(nxt.s.start <= x.start < nxt.s.end for x in o.evidence)]
        days = {o.date for o in told if o.date_basis == "sentence" and o.date}
        if (
            any(
                o.type == ev.type and o.date_basis == "sentence" and o.date_precision == "day"
                for o in told
            )
            and len(days) == 1
            and (day := next(iter(days))) <= pub[: len(day)]
        ):
            ev.date, ev.date_precision, ev.date_basis = day, "day", "sentence"


def _an_act_named_again(
    ev: Event, anaphoric: set[str], first: Event | None = None, lands: dict[str, str] | None = None
) -> bool:
    """Whether a mention of ``ev`` names an act the story told before by its definite noun
    ("Guerrillas shot at a freight train on Monday ... Maoist rebels took responsibility for
    the ambush, saying they had killed four guards"): kept apart from the first telling by its other
    doer, it is still that act, not another occasion. One the story puts in another land than
    the act it told first (``first``; ``lands``: each place id's country) is not ("Gunmen
    attacked a church in Ouagadougou on Monday. The attack on the Marine barracks in Beirut
    remains the deadliest": history)."""
    return not anaphoric.isdisjoint({ev.id, *ev.members}) and not _placed_in_another_land(
        ev, first, lands or {}
    )


def _placed_in_another_land(ev: Event, first: Event | None, lands: dict[str, str]) -> bool:
    """Whether ``ev`` and the act of its type told ``first`` are placed in two countries."""
    if first is None or ev.place_id is None or first.place_id is None:
        return False
    here, there = lands.get(ev.place_id), lands.get(first.place_id)
    return here is not None and there is not None and here != there


def _another_occasion(
    events: list[Event],
    pub: str | None,
    anaphoric: set[str] | None = None,
    lands: dict[str, str] | None = None,
) -> None:
    """An event the text does not date, of a type the story has already dated to the
    article's own day and kept apart from that one, is another occasion: "Rebels and the
    church mediators met on Thursday to revive talks ... The rebels quit the talks in Maputo
    after Harare turned down their demands". The article's day is the news's, not its."""
    if not pub or len(pub) < 10:
        return
    first: dict[str, int] = {}
    first_told: dict[str, Event] = {}
    for ev in events:
        if ev.date == pub and ev.date_basis == "sentence":
            at = min(x.start for x in ev.evidence)
            if at < first.get(ev.type, at + 1):
                first[ev.type], first_told[ev.type] = at, ev
    for ev in events:
        if (
            ev.date_basis == "published"
            and ev.type in first
            and min(x.start for x in ev.evidence) > first[ev.type]
            and not _an_act_named_again(ev, anaphoric or set(), first_told.get(ev.type), lands)
        ):
            ev.date, ev.date_precision, ev.date_basis = None, "unknown", ""


def _unplace_told_elsewhere(
    events: list[Event], toponym_of: dict[str, Toponym], lands: dict[str, frozenset[str]]
) -> None:
    """An event put at the article's place (its sentence names none) loses it when the events
    it may be one with (of its type or its family: an attack, a storming) that their own
    sentences place all lie in another country: "police shot and killed the attacker" in a
    story filed in Georgetown, Kentucky, whose attack was on the Champs-Elysees. No place is
    better than the dateline's. A sentence that itself names a place in the country it is put
    in keeps it ("TRIPOLI, Libya (AP) - Scores of rioters stormed the Dutch embassy grounds",
    beside "a crowd attacked the Danish embassy in Beirut")."""

    def country(ev: Event) -> str:
        tp = toponym_of.get(ev.place_id or "")
        return (tp.candidate.country or "") if tp is not None and tp.candidate is not None else ""

    told = [(ev.type, country(ev)) for ev in events if ev.place_basis == "sentence"]
    for ev in events:
        if ev.place_basis != "article":
            continue
        where = {code for etype, code in told if code and family_winner(etype, ev.type)}
        if (
            where
            and country(ev)
            and country(ev) not in where
            and country(ev) not in lands.get(ev.id, frozenset())
        ):
            ev.place_id, ev.place_basis = None, ""


# "in support of the Palestinians", "in solidarity with the Kurds": a side backed by
# whoever the sentence names before it
_SUPPORT = re.compile(r"\b(?:in support of|solidarity with)\s", re.IGNORECASE)
_SUPPORTED_REACH = 40  # characters after the phrase in which the side backed is named


@dataclass(slots=True)
class _Support:
    start: int  # the sentence that tells it, in Document.text
    end: int
    backers: set[str]  # the states named before the phrase
    backed: set[str]  # the states named just after it, not among the backers


def _supports_told(contexts: list[SentenceContext]) -> list[_Support]:
    """Each "in support of X" or "solidarity with X" of the article, with the states its
    sentence names before the phrase and those named just after it ("The PKK fires mortars
    at Turkish posts in support of 'Kurdish resistance'": {TR} backs {KU})."""
    out: list[_Support] = []
    for ctx in contexts:
        base = ctx.s.start
        for hit in _SUPPORT.finditer(ctx.text):
            at, after = base + hit.start(), base + hit.end()
            backers = {m.ref.code for m in ctx.mentions if m.ref.code and m.end <= at}
            backed = {
                m.ref.code
                for m in ctx.mentions
                if m.ref.code and after <= m.start < after + _SUPPORTED_REACH
            }
            if backed - backers:
                out.append(_Support(ctx.s.start, ctx.s.end, backers, backed - backers))
    return out


def _unplace_acts_of_support(
    events: list[Event], supported: list[_Support], where: Callable[[str], PlaceRef | None]
) -> None:
    """An attack or a fight that one of its own sentences tells as done in support of a side
    ("The PKK fires mortars at Turkish posts in support of 'Kurdish resistance'",
    "the raid was meant as solidarity with the Kurdish fighters"), placed only by
    its paragraph or its story, is not where the side it supports lives: a backer fires from
    its own land at the enemy's, and the story's Gaza, or Kurdistan, is neither. No place
    rather than the supported side's."""
    for ev in events:
        if ev.type not in _HARM_TYPES | _FIGHT_TYPES or ev.place_basis not in (
            "paragraph",
            "article",
        ):
            continue
        place = where(ev.place_id) if ev.place_id else None
        if place is None:
            continue
        if any(
            place.country in sup.backed and any(sup.start <= e.start < sup.end for e in ev.evidence)
            for sup in supported
        ):
            ev.place_id, ev.place_basis = None, ""
            ev.label = event_title(ev)


def _a_trade(name: str) -> bool:
    """A party named as a business by its last word ("Chinese fashion labels", "a Russian
    firm")."""
    last = name.split()[-1].lower() if name.split() else ""
    singular = re.sub(r"ies$", "y", last) if last.endswith("ies") else last.removesuffix("s")
    return last in _FIRM_NOUNS or singular in _FIRM_NOUNS


_FIGHT_TYPES = frozenset({"attack", "clash", "bombardment", "air_strike", "incursion"})


def _unplace_wars_told_from_afar(
    events: list[Event], toponym_of: dict[str, Toponym], far_wars: set[str]
) -> None:
    """A fight of no named side that only a capital's dateline places, in a story that names
    other states, loses the place unless the story's own sentences place an event in that
    capital's country: "WASHINGTON - ... no American troops have joined the
    fighting" in a story of the airlift to Israel is not a fight in the US, where "TRIPOLI,
    Libya - rioters stormed the Dutch embassy grounds in the Libyan capital ... The Libyan
    embassy in The Hague denounced the attack" keeps Tripoli for it."""

    def country(ev: Event) -> str:
        tp = toponym_of.get(ev.place_id or "")
        return (tp.candidate.country or "") if tp is not None and tp.candidate is not None else ""

    told = {country(ev) for ev in events if ev.place_basis == "sentence"}
    for ev in events:
        if ev.id in far_wars and ev.place_basis == "article" and country(ev) not in told:
            ev.place_id, ev.place_basis = None, ""


def _a_war_elsewhere(
    contexts: list[SentenceContext], ctx: SentenceContext, em: EventMention, tp: Toponym
) -> bool:
    """A fight that only the dateline places, at a state's capital: between two states named
    as its sides, neither the capital's ("LONDON - after India and Pakistan launched their
    attack"); or of no named side nor target, in a story that names other states (in its own
    sentence, or two or more in the article: a war's sides, told from a capital that reports
    on them)."""
    c = tp.candidate
    if em.type not in _FIGHT_TYPES or c is None or c.kind == "country" or not c.country:
        return False
    ref = ctx.lex.capitals.get(c.name)
    if ref is None or ref.code != c.country:
        return False
    if em.actors:
        sides = em.actor_codes  # each side a state
        return len(em.actors) == len(sides) > 1 and c.country not in sides
    if em.targets:
        return False  # "rioters stormed the Dutch embassy grounds": an attack on something there

    def foreign(cs: list[SentenceContext]) -> set[str]:
        return {
            m.ref.code
            for x in cs
            for m in x.mentions
            if m.ref.kind == "state" and m.ref.code and m.ref.code != c.country
        }

    return bool(foreign([ctx])) or len(foreign(contexts)) > 1


def _sides_at_war_elsewhere(ctx: SentenceContext, names: list[str], country: str) -> bool:
    """Whether a fight's targets are all listed armed sides whose wars are fought only in
    countries other than ``country`` (the Houthis' in Yemen, al-Shabaab's in Somalia)."""
    lands: set[str] = set()
    for name in names:
        ref = ctx.lex.lookup(name)
        if ref is None or ref.kind != "party" or not ref.theatres:
            return False
        for tid in ref.theatres:
            th = ctx.lex.theatres.get(tid)
            if th is None or not th.countries:
                return False  # a war the lexicon lists by no country: where is unknown
            lands.update(th.countries)
    return bool(lands) and country not in lands


def _lede(text: str) -> tuple[int, int]:
    """Where the first paragraph of a story's body lies: after its title and any short line
    without a full stop (a date line, a dateline alone); (0, 0) when the text has no title."""
    blocks = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text)]
    if len(blocks) < 2:
        return 0, 0
    for a, b in blocks[1:]:
        if b - a > 60 or "." in text[a:b]:
            return a, b
    return 0, 0


def _the_pair(events: list[Event], ev: Event, words: str, symmetric: set[str]) -> list[str]:
    """Who "the two sides" of a report are: the two named parties of the nearest report of
    talks, a truce, a clash or a deal before it in the story (within a few paragraphs), else
    the pair as written ("Agreement: two sides")."""
    start = min(x.start for x in ev.evidence)
    for before in reversed(events):
        gap = start - max(x.start for x in before.evidence)
        if gap > _PAIR_CHARS:
            break
        named = [a for a in before.actors if a[:1].isupper()]
        if len(named) == 2 and before.type in symmetric:
            return named
    return [words]


def _the_state_named(
    text: str,
    events: list[Event],
    toponym_of: dict[str, Toponym],
    contexts: list[SentenceContext],
) -> None:
    """A title's bare name read as a town, in a story that names the region of that name
    ("Gunmen kidnap seven students in Kaduna" over "a boarding school in Kaduna state"), is
    put at the region: the story says which Kaduna the title means, and the town lies in it
    ("Kaduna city" stays a town). The body's own bare names keep their reading ("shelled
    Kandahar", the city, in a story of "Kandahar province")."""
    regions: dict[tuple[str, str], Toponym] = {}
    for ctx in contexts:
        for tp in ctx.toponyms:
            c = tp.candidate
            if c is not None and c.kind == "region" and c.country:
                name = re.sub(r"\s+(state|province|region)$", "", _folded(_place_name(tp)))
                regions.setdefault((name, c.country), tp)
    if not regions:
        return
    for ev in events:
        town = toponym_of.get(ev.place_id or "")
        c = town.candidate if town is not None else None
        if town is None or c is None or c.kind != "city" or not c.country:
            continue
        after = text[town.end : town.end + 25].casefold()
        if after.startswith(" city") or "capital" in after:
            continue  # "Kaduna city", "in Kaduna, the state capital": the town
        region = regions.get((_folded(_place_name(town)), c.country))
        if region is None or region.candidate is None:
            continue
        place_id = place_id_for(region.candidate.gazetteer_id)
        toponym_of.setdefault(place_id, region)
        ev.place_id = place_id


def _placed_by_its_body(
    text: str,
    events: list[Event],
    toponym_of: dict[str, Toponym],
    headlines: set[str],
    distinct: set[str],
) -> None:
    """ "Twenty guests killed in Saudi bombing of Yemeni wedding" under "SANAA (Reuters) -",
    then "coalition jets struck a hill village in western Yemen": a title's act that
    only the dateline places (not its own words: "Drone strike sets fire to refinery in Russia's
    Samara region") is where the body's own sentences
    put the reports of its kind, when they all put them at one other place. Reports told as
    another occasion or as background ("began air strikes ... last year"), or dated by their
    own words days before the title's day ("A bomb killed 30 people in Kandahar last month"),
    say nothing of it."""
    span = dateline_span(text)
    for title in events:
        if title.id not in headlines or title.place_basis != "article" or not title.place_id:
            continue
        where = toponym_of.get(title.place_id)
        if span is None or where is None or not span[0] <= where.start < span[1]:
            continue
        told = {
            ev.place_id
            for ev in events
            if ev.id not in headlines
            and ev.id not in distinct
            and ev.place_basis == "sentence"
            and family_winner(title.type, ev.type) is not None
            and _of_the_titles_days(title, ev)
        }
        if len(told) == 1 and (place_id := next(iter(told))) and place_id != title.place_id:
            title.place_id = place_id


def _of_the_titles_days(title: Event, ev: Event) -> bool:
    """Whether a report may be of the title's act by its time: undated, dated only by the
    article, or told of a day at most four days before or after the title's."""
    if ev.date_basis != "sentence" or not ev.date or not title.date:
        return True
    if ev.date_precision != "day" or title.date_precision != "day":
        return False
    gap = dt.date.fromisoformat(ev.date) - dt.date.fromisoformat(title.date)
    return abs(gap.days) <= _TITLES_DAYS


_TITLES_DAYS = 4


def _name_the_officials(text: str, events: list[Event], offices: dict[str, dict[str, str]]):
    """One incident told twice, first by its victim's office, then by his name: "shot
    Russia's ambassador to Turkey", then "Karlov's assassination". When the article gives
    the name that office ("Ambassador Andrei Karlov", "Karlov, Russia's ambassador"), the
    later report also names the state the office stood for, so that merging can see they
    agree on whom it was done to. Only for a report of the same type told after it."""
    if not offices:
        return
    told: list[tuple[Event, str, str]] = [  # (report, office, the state it stood for)
        (e, office, state) for e in events for state, office in offices.get(e.id, {}).items()
    ]
    for ev in events:
        start = min(x.start for x in ev.evidence)
        for name in list(ev.targets):
            if not name[:1].isupper() or name in offices.get(ev.id, {}):
                continue
            titles = _titles_of(text, name)
            for earlier, office, state in told:
                if (
                    earlier.type == ev.type
                    and min(x.start for x in earlier.evidence) < start
                    and office in titles
                    and state not in ev.targets
                    and state not in ev.actors
                ):
                    if state.split()[-1].lower() != office:
                        ev.targets.append(state)
                        continue
                    # "Russia's ambassador" harmed, then "Karlov's assassination": one man,
                    # by the name the article titles him with ("Ambassador Andrei Karlov")
                    full = _full_name(text, name, office)
                    ev.targets = [full if t == name else t for t in ev.targets]
                    earlier.targets = list(
                        dict.fromkeys(full if t == state else t for t in earlier.targets)
                    )


def _full_name(text: str, name: str, office: str) -> str:
    """The longest name an article gives a person after his office ("Ambassador Andrei
    Karlov" for "Karlov"), else the name as it was."""
    last = re.escape(name.split()[-1])
    found = re.findall(
        rf"\b(?i:{re.escape(office)})\s+((?:[A-Z][\w'’.-]*\s+){{0,2}}{last})\b", text
    )
    return max([name, *found], key=len)


def _titles_of(text: str, name: str) -> set[str]:
    """The offices an article gives a person by name: the word before the name ("Ambassador
    Andrei Karlov") or after it and a comma ("Karlov, Russia's ambassador")."""
    last = name.split()[-1]
    offices = event_words()["official_nouns"] | _HARMED_OFFICES
    found = set()
    for m in re.finditer(rf"\b{re.escape(last)}\b", text):
        before = re.findall(r"[\w'’.-]+", text[max(0, m.start() - 80) : m.start()])
        k = len(before) - 1
        while k >= 0 and len(before) - k <= 3 and before[k][:1].isupper():
            word = before[k].rstrip(".").lower()
            if word in offices:
                found.add(word)  # "Ambassador Andrei Karlov"
                break
            k -= 1
        after = re.match(r",\s+((?:[\w'’-]+\s+){0,3}?)([A-Za-z]+)\b", text[m.end() : m.end() + 80])
        if after and after.group(2).lower() in offices:
            found.add(after.group(2).lower())  # "Karlov, Russia's ambassador"
    return found


def _homes(ctx: SentenceContext, em: EventMention) -> set[str]:
    """The states an event's actors stand for: those its words name ("Myanmar's military"),
    else the states whose side in a war the lexicon names by them ("Myanmar military", the
    party "Myanmar military junta")."""
    if em.actor_codes:
        return set(em.actor_codes)
    return {
        code
        for th in ctx.lex.theatres.values()
        for code, party in th.state_parties.items()
        if party in em.actors
    }


def _country_named(contexts: list[SentenceContext], code: str | None) -> Toponym | None:
    """The article's first mention of the country ``code`` as a place (its name or its
    demonym, as the geoparser read it), or None; not one read as its government ("Afghanistan
    condemned it"), which makes no place on the map."""
    for ctx in contexts:
        for tp in ctx.toponyms:
            c = tp.candidate
            if tp.metonymic:
                continue
            if c is not None and c.kind == "country" and code and c.country == code:
                return tp
    return None


def _a_coin_toss(tp: Toponym) -> bool:
    """Whether the geoparser could not tell which country a town's name is in: its best
    reading in another country scores within a tenth of the one it chose (odds of nine to ten
    or closer), and the readings of the chosen country hold under a third of the weight of
    all it scored (a softmax of their scores). An event is better left unplaced than put
    there: "San Pedro" read as San-Pédro, Côte d'Ivoire, a hair above San Pedro in the
    Philippines, with the United States, Honduras and Mexico close behind. Not Geneva, whose
    American namesakes together outweigh it but each score well below it, nor Gaza, whose one
    namesake in Mozambique comes close."""
    c = tp.candidate
    if c is None or c.kind in ("country", "continent"):
        return False
    others = [x.score for x in tp.alternatives if x.country != c.country]
    if not others or max(others) < c.score - _TOSS_MARGIN:
        return False
    weight: dict[str | None, float] = {}
    for x in [c, *tp.alternatives]:
        weight[x.country] = weight.get(x.country, 0.0) + math.exp(min(0.0, x.score - c.score))
    return weight[c.country] < sum(weight.values()) / 3


def _place_name(tp: Toponym) -> str:
    """The article's spelling ("Tartus"), not the gazetteer's ("Ţarţūs"); a country by its
    name, since the mention may be an adjective ("Turkish")."""
    c = tp.candidate
    if c is not None and c.kind == "country":
        return c.name
    letters = [ch for ch in tp.name if ch.isalpha()]
    if len(letters) > 3 and all(ch.isupper() for ch in letters):
        # a dateline's capitals ("DHAKA, Dec. 30 -") are the outlet's typography: the
        # gazetteer's casing of the name, else title case (as the project names the place)
        if c is not None and _folded(c.name) == _folded(tp.name):
            return c.name
        return tp.name.title()
    return tp.name


def _folded(name: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(ch)
    )


# "Thailand and Cambodia have accused each other of starting the shelling", "blame one another for
# the attack": a fight whose sides each say the other began it
_EACH_OTHER = re.compile(
    r"\b(?:accus|blam)\w*\b(?:\s+\w+){0,3}?\s+(?:each\s+other|one\s+another)\b", re.IGNORECASE
)
# words of a report, which tell whose account an excerpt gives ("China said ... after Indian
# soldiers opened fire")
_REPORTED = re.compile(r"\b(?:said|says|say|accus\w*|claim\w*|blam\w*|told|statement)\b")


def _sides_accusing_each_other(contexts: list[SentenceContext]) -> set[frozenset[str]]:
    """The pairs of sides a document says accuse or blame each other, each named before the
    verb in its sentence ("Thailand and Cambodia have accused each other of starting the
    shelling": Thailand, Cambodia)."""
    out: set[frozenset[str]] = set()
    for ctx in contexts:
        for m in _EACH_OTHER.finditer(ctx.text):
            verb_at = ctx.s.start + m.start()
            sides = frozenset(
                x.ref.actor
                for x in ctx.mentions
                if x.end <= verb_at and x.ref.actor and x.ref.actor[:1].isupper()
            )
            if len(sides) >= 2:
                out.add(sides)
    return out


def _unside_disputed_fire(
    events: list[Event], contexts: list[SentenceContext], kinds: frozenset[str]
) -> list[Event]:
    """The events of ``kinds`` (attacks, strikes) that one side's account tells ("Thailand said
    ... its troops had responded in kind after Cambodian troops began shelling") in a story
    where the sides accuse each other of beginning it: neither side is its actor or its target
    (whose word to take the story does not say). A fact the story tells in its own voice (no
    word of a report in the excerpt) keeps its sides."""
    disputes = _sides_accusing_each_other(contexts)
    if not disputes:
        return []
    changed: list[Event] = []
    for ev in events:
        if ev.type not in kinds or ev.status:
            continue
        if not any(_REPORTED.search(e.text) for e in ev.evidence):
            continue
        named = set(ev.actors) | set(ev.targets)
        sides = next((d for d in disputes if named & d and set(ev.actors) <= d), None)
        if sides is None or not ev.actors:
            continue
        ev.actors = [a for a in ev.actors if a not in sides]
        ev.targets = [t for t in ev.targets if t not in sides]
        changed.append(ev)
    return changed


# verbs of someone on his way or going about it, told in the progressive ("was driving", "were
# travelling"): a "when" clause on one tells what hit him there
_ON_HIS_WAY = frozenset(
    {"drive", "travel", "walk", "ride", "head", "return", "go", "come", "pass", "cross", "leave"}
)


# what a doer does to someone on his way ("when the bomber rammed", "when gunmen opened fire")
_STRIKING = frozenset(
    {"ram", "hit", "strike", "attack", "ambush", "shoot", "open", "detonate", "explode", "blow"}
)
_TELLING = frozenset({"say", "tell", "report", "add", "confirm"})


def _where_the_victim_was_hit(
    events: list[Event],
    toponym_of: dict[str, Toponym],
    contexts: list[SentenceContext],
    lede: tuple[int, int],
) -> None:
    """ "MOGADISHU -- A suicide bomber killed the deputy mayor of a restive southern
    region", then "The official was travelling to his office in Kismayo town when the bomber
    struck the second vehicle of his motorcade": the lede's act that only the dateline places is
    where the next sentence has its victim on his way when someone hit him (a verb of going in
    the progressive, a "when" clause with a doer of its own), when that sentence tells no event
    of its own and names one town or region there, in the dateline's country. Not where he
    lived ("who lived in Kismayo"), nor where he was taken after ("was flown to a clinic in
    Kismayo"), nor a "when" clause of his own ("was living in Kismayo when he was appointed")."""
    for ev in events:
        if ev.place_basis != "article" or not ev.place_id or ev.place_id not in toponym_of:
            continue
        told = [x.start for x in ev.evidence if lede[0] <= x.start < lede[1]]
        later = [c for c in contexts if told and c.s.start > told[0]]
        if not later:
            continue
        nxt = later[0]
        if any(nxt.s.start <= x.start < nxt.s.end for o in events for x in o.evidence):
            continue  # the sentence tells an event of its own
        tp = _the_town_on_the_way(nxt)
        here = toponym_of[ev.place_id].candidate
        if tp is None or tp.candidate is None or here is None:
            continue
        if tp.candidate.country != here.country or tp.candidate.kind not in ("city", "region"):
            continue
        place_id = place_id_for(tp.candidate.gazetteer_id)
        toponym_of.setdefault(place_id, tp)
        ev.place_id, ev.place_basis = place_id, "paragraph"


def _the_town_on_the_way(ctx: SentenceContext) -> Toponym | None:
    """The one place of a sentence whose main verb tells someone going somewhere in the
    progressive, with a "when" clause after it whose doer is someone else, said before that
    clause ("was travelling to his office in Kismayo town when the bomber struck ..."); None
    otherwise."""
    root = ctx.s.sent.root
    told = [c for c in root.children if c.dep_ == "ccomp"]
    if root.lemma_.lower() in _TELLING and len(told) == 1:
        root = told[0]  # "..., said Lower Juba region police chief Abdi Farah"
    if root.tag_ != "VBG" or root.lemma_.lower() not in _ON_HIS_WAY:
        return None
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in root.children):
        return None
    when = [
        c
        for c in root.children
        if c.dep_ == "advcl"
        and c.i > root.i
        and any(m.dep_ in ("mark", "advmod") and m.lower_ == "when" for m in c.children)
    ]
    if len(when) != 1:
        return None
    subjects = [c for c in when[0].children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].pos_ == "PRON":
        return None  # "... when he was hit", "when it exploded": no doer of its own told
    if when[0].lemma_.lower() not in _STRIKING:
        return None  # "was travelling to Basra when his family last heard from him"
    before = ctx.s.char(when[0].left_edge)
    places = [
        tp for tp in ctx.toponyms if ctx.s.char(root) <= tp.start < before and not tp.metonymic
    ]
    return places[0] if len(places) == 1 else None
