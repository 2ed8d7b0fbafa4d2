"""The passes over a document's events once every sentence is read, in their order."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from explorer.extract.dates import find_dates
from explorer.extract.events.document_reads import (
    _another_occasion,
    _dated_by_the_next_sentence,
    _name_the_officials,
    _placed_by_its_body,
    _the_state_named,
    _unplace_acts_of_support,
    _unplace_told_elsewhere,
    _unplace_wars_told_from_afar,
    _unside_disputed_fire,
    _where_the_victim_was_hit,
)
from explorer.extract.events.headline_day import date_headlines_by_their_lede
from explorer.extract.events.nonevents_mishap import mishap_blasts
from explorer.extract.events.senses_suicide import gunmens_suicide_attacks
from explorer.extract.events.story import _Story
from explorer.extract.merge import event_title, merge_events
from explorer.model import Event


# --- the passes over a document's events once every sentence is read, in this order ---------------
def _told_elsewhere_pass(events: list[Event], story: _Story) -> list[Event]:
    _unplace_told_elsewhere(events, story.marks.toponym_of, story.marks.lands)
    return events


def _wars_from_afar_pass(events: list[Event], story: _Story) -> list[Event]:
    _unplace_wars_told_from_afar(events, story.marks.toponym_of, story.marks.far_wars)
    return events


def _headline_state_pass(events: list[Event], story: _Story) -> list[Event]:
    headlines = [e for e in events if e.id in story.marks.headlines]
    _the_state_named(story.doc.text, headlines, story.marks.toponym_of, story.contexts)
    marks = story.marks
    _placed_by_its_body(story.doc.text, events, marks.toponym_of, marks.headlines, marks.distinct)
    return events


def _officials_pass(events: list[Event], story: _Story) -> list[Event]:
    _name_the_officials(story.doc.text, events, story.marks.offices)
    return events


def _one_name_a_side_pass(events: list[Event], story: _Story) -> list[Event]:
    """ "Syrian troops fire on protesters" (the lexicon's party "Syrian government (Assad)")
    over "Syrian soldiers shot live rounds into the crowd" (the state, Syria): where an article
    names a state's side in a war by the party the lexicon gives it, the state acting in the
    article's other reports is that side, so the reports of one act can join."""
    if not story.contexts:
        return events
    lex = story.contexts[0].lex
    named = {a for e in events for a in e.actors}
    side_of: dict[str, str] = {}
    for th in lex.theatres.values():
        for code, party in th.state_parties.items():
            if party not in named:
                continue
            for name, ref in lex.states_by_name.items():
                if ref.code == code and name in named:
                    side_of.setdefault(name, party)
    if not side_of:
        return events
    for ev in events:
        actors = list(dict.fromkeys(side_of.get(a, a) for a in ev.actors))
        if actors != ev.actors:
            ev.actors = actors
            place = story.where(ev.place_id) if ev.place_id else None
            ev.label = event_title(ev, place.name, place.kind) if place else event_title(ev)
    return events


def _one_person_by_surname_pass(events: list[Event], story: _Story) -> list[Event]:
    """ "Police arrested Maria Olsen on Friday", then "Olsen had threatened the clerk": news
    names a person in full once and by the surname after, so a report whose doer or target is
    one capitalised word that ends the full name of one person of the story (a name the
    recogniser took for a person) names that person, and the reports of one act can join. A
    word the lexicon knows (a state, a group, a leader: "Jordan", "Taliban") is never a
    surname here, and where two full names of the story end with the word ("Ana Olsen" and
    "Erik Olsen") it stays as written, unless exactly one of them is named in full as a doer or
    a target of the story's acts (the victim "Erik Olsen" rather than "Ana Olsen", his sister,
    who spoke after the trial)."""
    full_of: dict[str, set[str]] = {}
    known: set[str] = set()
    for c in story.contexts:
        known.update(c.text[m.start - c.s.start : m.end - c.s.start] for m in c.mentions)
        known.update(m.ref.name for m in c.mentions)
        for ent in c.s.sent.ents:
            words = ent.text.split()
            if ent.label_ == "PERSON" and len(words) > 1 and words[-1][:1].isupper():
                full_of.setdefault(words[-1], set()).add(ent.text)
    taking_part = {who for ev in events for who in (*ev.actors, *ev.targets)}
    named: dict[str, str] = {}
    for short, full in full_of.items():
        if short in known:
            continue
        if len(full) > 1:
            full = full & taking_part
        if len(full) == 1:
            named[short] = next(iter(full))
    if not named:
        return events
    for ev in events:
        actors = list(dict.fromkeys(named.get(a, a) for a in ev.actors))
        targets = list(dict.fromkeys(named.get(t, t) for t in ev.targets))
        if actors != ev.actors or targets != ev.targets:
            ev.actors, ev.targets = actors, targets
            place = story.where(ev.place_id) if ev.place_id else None
            ev.label = event_title(ev, place.name, place.kind) if place else event_title(ev)
    return events


def _victim_on_the_way_pass(events: list[Event], story: _Story) -> list[Event]:
    _where_the_victim_was_hit(events, story.marks.toponym_of, story.contexts, story.lede)
    return events


def _merge_pass(events: list[Event], story: _Story) -> list[Event]:
    marks = story.marks
    return merge_events(
        events,
        story.where,
        within_document=True,
        anaphoric=marks.anaphoric,
        plural=marks.plural,
        distinct=marks.distinct,
        background=marks.background,
        timed=marks.timed,
        dating=marks.dating,
        lands=marks.lands,
        headlines=marks.headlines,
        ledes=marks.ledes,
        paragraphs=marks.paragraphs,
    )


def _another_occasion_pass(events: list[Event], story: _Story) -> list[Event]:
    lands = {
        pid: tp.candidate.country
        for pid, tp in story.marks.toponym_of.items()
        if tp.candidate is not None and tp.candidate.country
    }
    _another_occasion(events, story.pub, story.marks.anaphoric, lands)
    return events


def _next_sentence_date_pass(events: list[Event], story: _Story) -> list[Event]:
    _dated_by_the_next_sentence(events, story.marks.reported, story.contexts, story.pub)
    return events


def _retold_next_sentence_pass(events: list[Event], story: _Story) -> list[Event]:
    """ "Strikers in a city where police shot at marchers started a hunger strike on Monday.
    Police shot on Sunday at a crowd ...": an act its sentence leaves undated, the time it
    tells being another act's, takes the day the next sentence gives the same act told again:
    an event of its type, by the same doers, at the same place, dated there to one day not
    after the article's. A day of another act ("On Wednesday the president spoke"), of a
    report, or of the doers elsewhere is not carried; an act told as background is not."""
    pub, contexts = story.pub, story.contexts
    if not pub:
        return events
    starts = [c.s.start for c in contexts]
    skip = story.marks.background | story.marks.distinct
    for ev in events:
        if ev.date is not None or not ev.actors or {ev.id, *ev.members} & skip:
            continue
        at = bisect_right(starts, ev.evidence[0].start) - 1
        if at < 0 or at + 1 >= len(contexts) or not find_dates(contexts[at].text, pub):
            continue  # its sentence tells no time: it is dated as news is, not here
        nxt = contexts[at + 1].s
        days = {
            o.date
            for o in events
            if o is not ev
            and any(nxt.start <= x.start < nxt.end for x in o.evidence)
            and o.type == ev.type
            and o.date_basis == "sentence"
            and o.date_precision == "day"
            and set(o.actors) == set(ev.actors)
            and o.place_id == ev.place_id
        }
        if len(days) == 1 and (day := next(iter(days))) and day <= pub[: len(day)]:
            ev.date, ev.date_precision, ev.date_basis = day, "day", "sentence"
    return events


def _acts_of_support_pass(events: list[Event], story: _Story) -> list[Event]:
    _unplace_acts_of_support(events, story.supported, story.where)
    return events


def _river_places_pass(events: list[Event], story: _Story) -> list[Event]:
    """An event placed at a river ("Laos opens its Mekong dam as talks with Cambodia drag on",
    a raid in a paragraph that names "the Zambezi") is left unplaced: the river's one point
    (geodata/curated/physical.geojson, whose rivers' ids end in "_river") stands for a course of
    hundreds of km and no country, so the event would be drawn where it did not happen. The
    toponym stays on the map."""
    for ev in events:
        if (
            ev.place_id
            and ev.place_id.startswith("place:curated:")
            and ev.place_id.endswith("_river")
        ):
            ev.place_id, ev.place_basis = None, ""
            ev.label = event_title(ev)
    return events


def _sideless_agreements_pass(events: list[Event], story: _Story) -> list[Event]:
    """ "an April pact to end the shelling", "under the 2005 peace deal": an agreement only
    referred to, that names no side, no place and nothing it is about, is no item an analyst
    can read ("That 1991 agreement legalized ...", "approved this deal" are told of)."""
    kinds = story.contexts[0].lex.events if story.contexts else {}
    passing = story.marks.passing
    return [
        ev
        for ev in events
        if not kinds.get(ev.type, {}).get("needs_sides")
        or ev.actors
        or ev.targets
        or ev.place_id
        or not {ev.id, *ev.members} <= passing
    ]


def _placeless_targets_pass(events: list[Event], story: _Story) -> list[Event]:
    """ "Army launches new assault on LRA" over "an offensive against rebels loyal to the
    LRA": the attack's target is no place the incursion entered."""
    kinds = story.contexts[0].lex.events if story.contexts else {}
    for ev in events:
        spec = kinds.get(ev.type, {})
        if not (spec.get("object_is_place") and not spec.get("official")):
            continue
        kept = [t for t in ev.targets if t not in story.marks.placeless]
        if kept != ev.targets:
            ev.targets = kept
            place = story.where(ev.place_id) if ev.place_id else None
            ev.label = event_title(ev, place.name, place.kind) if place else event_title(ev)
    return events


def _craft_no_shooter_pass(events: list[Event], story: _Story) -> list[Event]:
    """ "had come under attack by drones ... One drone was shot down": a shoot-down joined to
    the attack it ended takes the attack's craft as its shooter; the craft shot down is never
    the one that shot (which of the drones, or what fired, the text does not say)."""
    kinds = story.contexts[0].lex.events if story.contexts else {}

    def craft(name: str) -> str:
        last = name.lower().split()[-1] if name.split() else ""
        return last[:-1] if last.endswith("s") else last

    for ev in events:
        if not kinds.get(ev.type, {}).get("craft_as_written"):
            continue
        shot = {craft(t) for t in ev.targets}
        kept = [a for a in ev.actors if craft(a) not in shot]
        if kept != ev.actors:
            ev.actors = kept
            place = story.where(ev.place_id) if ev.place_id else None
            ev.label = event_title(ev, place.name, place.kind) if place else event_title(ev)
    return events


def _disputed_fire_pass(events: list[Event], story: _Story) -> list[Event]:
    """ "Thailand and Cambodia have accused each other of starting the shelling": an attack told
    in one side's account names neither side (``_unside_disputed_fire``)."""
    for ev in _unside_disputed_fire(events, story.contexts, _DISPUTED_KINDS):
        place = story.where(ev.place_id) if ev.place_id else None
        ev.label = event_title(ev, place.name, place.kind) if place else event_title(ev)
    return events


# the acts whose author sides dispute: who fired, struck or shot down first, and who blew up
# what (a bridge or a dam in a war each side says the other destroyed)
_DISPUTED_KINDS = frozenset({"attack", "air_strike", "bombardment", "shoot_down", "bombing"})


_DOCUMENT_PASSES: tuple[Callable[[list[Event], _Story], list[Event]], ...] = (
    _told_elsewhere_pass,
    _wars_from_afar_pass,
    _headline_state_pass,
    _officials_pass,
    _one_name_a_side_pass,
    _one_person_by_surname_pass,
    _victim_on_the_way_pass,
    date_headlines_by_their_lede,
    mishap_blasts,
    gunmens_suicide_attacks,
    _merge_pass,
    _another_occasion_pass,
    _next_sentence_date_pass,
    _retold_next_sentence_pass,
    _acts_of_support_pass,
    _river_places_pass,
    _sideless_agreements_pass,
    _placeless_targets_pass,
    _craft_no_shooter_pass,
    _disputed_fire_pass,
)
