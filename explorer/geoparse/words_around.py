"""Names the words around them read otherwise than their readings' weight would (branch
geofix53's).

The sifting drops a name that is a title's land ("the Duke of Sussex":
:func:`title_of_nobility`) or a player after a scoring word in a game's story ("a late penalty
from Luan": :func:`scorer_in_a_game`) or a breed's ("the Akhal-Teke horse":
:func:`breed_named_for_a_land`); resolution moves the towns of a list the region after it
closes (:func:`towns_of_the_closing_region`), a town whose seafront the text places in a unit
(:func:`seafront_in_its_unit`), and leaves unplaced a second name of a place the sentence
names by its main name too (:func:`second_name_of_a_named_place`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from explorer.geoparse.any_case import AnyCase
from explorer.geoparse.names import norm
from explorer.geoparse.told_apart import (
    _LAST_JOIN,
    _LIST_JOIN,
    district_of_its_town,
    town_in_its_district,
)
from explorer.geoparse.trigger_senses import (
    animals_of_a_trade,
    contest_word_without_score,
    list_not_the_regions,
    world_city_of_a_member,
)

if TYPE_CHECKING:
    from explorer.geoparse.resolve import Mention

# titles of nobility: the land after their "of" names the title, not where the story is
_TITLES = frozenset(
    {"Duke", "Duchess", "Earl", "Countess", "Marquess", "Marquis", "Marchioness", "Viscount"}
    | {"Viscountess", "Baron", "Baroness", "Prince", "Princess", "Dukes", "Earls", "Princes"}
)


def title_of_nobility(words: list[str], f) -> bool:
    """ "The Duke and Duchess of Sussex", "the Duke of Edinburgh", "the Prince of Wales": a
    name after "of" on a title of nobility (or on a title and one capitalised name, "Baroness
    Ashton of Upholland") is the title's, no place of the story. Not a country ("Prince Albert
    of Monaco": the prince's state), nor the same name elsewhere in the text ("visited Cardiff,
    Wales")."""
    i = f.start
    if i < 2 or words[i - 1] != "of" or any(e.rank == 0 for e in f.entries):
        return False
    if words[i - 2] in _TITLES:
        return True
    return i >= 3 and words[i - 3] in _TITLES and words[i - 2][:1].isupper()


# the words a game's story scores with, before "from" and the scorer's name
_SCORING = frozenset(
    {"penalty", "goal", "header", "volley", "free-kick", "equaliser", "equalizer", "brace"}
    | {"hat-trick", "winner", "opener", "try", "dunk", "three-pointer", "homer"}
)
# a game's story: a score or the game's words
_GAME = AnyCase(
    re.compile(
        r"\b(?:\d{1,3}-\d{1,3}|matches|match|game|league|cup|derby|striker|goalkeeper|"
        r"midfielder|defender|kick-off|half-time|halftime|stoppage time|scored|stadium)\b",
        re.IGNORECASE,
    ),
    # a word each of its words holds, searched first: most texts hold none
    *("match", "game", "league", "cup", "derby", "striker", "goalkeeper", "midfielder"),
    *("defender", "kick", "half", "stoppage", "scored", "stadium"),
    also=re.compile(r"\d-\d"),  # a score
)


def scorer_in_a_game(words: list[str], text: str, f) -> bool:
    """ "Vasco won the game 1-0 with a late penalty from Luan": in a game's story (a score or
    a game's words, :data:`_GAME`), a name after "from" on a scoring word (a penalty, a goal, a
    header, a free kick) is the player who scored, no town (Lu'an of China). Not a country or
    a first-level region (a team of a land), nor "from" on another word ("The team flew home
    from Madrid", "Fans from Lyon", "a goal from the spot")."""
    i = f.start
    if i < 2 or words[i - 1] != "from" or any(e.rank in (0, 2) for e in f.entries):
        return False
    scoring = words[i - 2].lower()
    if scoring == "kick" and i >= 3 and words[i - 3].lower() == "free":
        scoring = "free-kick"
    return (
        scoring in _SCORING
        and bool(_GAME.search(text))
        and not contest_word_without_score(scoring, text)
    )


# the comma before a list's closing region
_CLOSING = re.compile(r"^\s*,\s*$")


def _closed_lists(mentions: list[Mention], text: str):
    """Each list of two towns or more, its last joined by "and" or "or", closed by a comma and a
    first-level region no word goes on from ("..., Ontario officials said"): the region's
    index, its entry and the list's mentions (after its last land)."""
    from explorer.geoparse.resolve import _WORD_AFTER

    for j, r in enumerate(mentions):
        region = r.chosen
        if j < 2 or region is None or r.demonym or region.rank != 2:
            continue
        if not _CLOSING.match(text[mentions[j - 1].end : r.start]) or _WORD_AFTER.match(
            text, r.end
        ):
            continue
        run = [j - 1]
        while run[0] > 0 and _LIST_JOIN.match(
            text[mentions[run[0] - 1].end : mentions[run[0]].start]
        ):
            run.insert(0, run[0] - 1)
        run = run[_last_land(mentions, run) :]
        if len(run) >= 2 and _LAST_JOIN.match(
            text[mentions[run[-2]].end : mentions[run[-1]].start]
        ):
            yield j, region, run


def towns_of_the_closing_region(mentions: list[Mention], final, text: str) -> None:
    """ "Housing prices fell in Richmond, Surrey and Burnaby, British Columbia": a list of two
    towns or more, its last joined by "and" or "or", closed by a comma and a first-level
    region, is that region's towns: a member chosen outside it takes its biggest town of the
    name inside the region, where it has one (Richmond and Surrey, not England's). Not a list
    with a region among its members ("Richmond, Virginia and Surrey, British Columbia": two
    towns each with its own region), nor a region a word goes on from ("..., Ontario officials
    said"), nor a member with no town of its name in the region ("Ottawa, Toronto and
    Vancouver, British Columbia")."""
    from explorer.geoparse.resolve import _choose, _inside

    for _, region, run in _closed_lists(mentions, text):
        if list_not_the_regions(mentions, run, region):
            continue
        for k in run:
            m = mentions[k]
            if m.chosen is None or _inside(m.chosen, region):
                continue
            there = [e for e in m.entries if e.rank == 4 and _inside(e, region)]
            if there:
                _choose(m, final[k], max(there, key=lambda e: e.population))


# the people of a region's big city, the last of a list of big cities ("... and Halifax, Nova
# Scotia", 471,559; "... and Atlanta, Georgia", 510,823): a region's towns end with a smaller
# one ("Athens, Rome and Savannah, Georgia", 147,780; "... and Columbus, Georgia", 206,922)
_BIG_CITY_POP = 300_000


def world_cities_before_the_closing_region(mentions: list[Mention], final, text: str) -> None:
    """ "The bank has offices in London, Tokyo and Toronto, Ontario": the region closes its last
    town; a member before it read only as a small namesake of a big city of another land
    (:func:`~explorer.geoparse.trigger_senses.world_city_of_a_member`: London, Ontario of
    London, England) is the big city, where another member before the last is a big city of
    another land too (Tokyo) and the last is a big city of the region (:data:`_BIG_CITY_POP`)
    bigger than the namesake (Toronto): a list of big cities, not of the region's towns.
    "Paris, Lamar and Fannin counties, Texas", "Kitchener, Waterloo and Guelph, Ontario",
    "Windsor, London and Toronto, Ontario" keep their region (no other member is a city
    abroad), and so do "London, Paris and Woodstock, Ontario", "Athens, Rome and Savannah,
    Georgia" (no big city last: the region's towns)."""
    from explorer.geoparse.flown_lists import a_list_flown_to
    from explorer.geoparse.resolve import _choose, _inside
    from explorer.geoparse.senses_narrowed import no_word_of_the_region_s_life

    for j, region, run in _closed_lists(mentions, text):
        start, end = mentions[run[0]].start, mentions[j].end
        if not no_word_of_the_region_s_life(
            text, start, end, mentions[j].name
        ) and not a_list_flown_to(text, start, end, mentions[j].name):
            continue  # "Voters in Athens, Rome and Atlanta, Georgia": the region's towns
        last = mentions[run[-1]].chosen
        if last is None or not _inside(last, region) or last.population < _BIG_CITY_POP:
            continue
        cities = {k: world_city_of_a_member(mentions[k], region) for k in run[:-1]}
        for k, city in cities.items():
            m = mentions[k]
            if city is None or m.chosen is None or city.gid == m.chosen.gid:
                continue
            if m.chosen.population < last.population and any(
                c is not None for o, c in cities.items() if o != k
            ):
                _choose(m, final[k], city)


def _between(mentions: list[Mention], k: int, text: str) -> str:
    """The text between the ``k``-th mention and the next."""
    return text[mentions[k].end : mentions[k + 1].start]


def _last_land(mentions: list[Mention], run: list[int]) -> int:
    """Where the towns of ``run`` begin: after its last member read as a land or a name read as
    no town (a demonym, nothing chosen)."""
    start = 0
    for n, k in enumerate(run):
        m = mentions[k]
        if m.demonym or m.chosen is None or m.chosen.rank not in (3, 4):
            start = n + 1
    return start


# a town's own seaside or waterside, before "in" and the unit the text places it in
_SEAFRONT = re.compile(
    r"^(?:'s|\u2019s)?\s+(?:promenade|pier|seafront|sea front|esplanade|boardwalk|waterfront|"
    r"beach|harbour|harbor|marina|quay|quayside|lido)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def seafront_in_its_unit(mentions: list[Mention], final, text: str) -> None:
    """ "The Brighton Promenade in Sussex": a town's promenade, pier, seafront or harbour placed
    "in" a unit lies in that unit, and so does the town: a town chosen outside the unit's
    country (or its first-level region, where the unit has one) takes its biggest town of the
    name there, where it has one (Brighton of England, not of Massachusetts). Not a bridge, a
    hotel or a circus named for a town ("The London Bridge in Lake Havasu City", "The Moscow
    State Circus performed in Idaho"): only a town's own waterside, whose words are
    :data:`_SEAFRONT`."""
    from explorer.geoparse.resolve import _choose

    for i, m in enumerate(mentions[:-1]):
        e, n = m.chosen, mentions[i + 1]
        unit = n.chosen
        if e is None or unit is None or m.demonym or n.demonym or e.rank != 4:
            continue
        if not unit.country or unit.rank not in (2, 3, 5):
            continue
        if not _SEAFRONT.match(text[m.end : n.start]):
            continue
        place = (unit.country, unit.admin1)
        if (e.country, e.admin1 if unit.admin1 else "") == place:
            continue
        there = [
            x
            for x in m.entries
            if x.rank == 4 and (x.country, x.admin1 if unit.admin1 else "") == place
        ]
        if there:
            _choose(m, final[i], max(there, key=lambda x: x.population))


def seafront_in_its_district(mentions: list[Mention], final, text: str) -> None:
    """ "Lorries queued at the Dover harbour in Kent": a town's harbour, pier or seafront placed
    "in" a second-level unit (a county, a district) places the town as "the port of Dover in
    Kent" does (:func:`~explorer.geoparse.told_apart.town_in_its_district`, then the unit as
    the town's, :func:`~explorer.geoparse.told_apart.district_of_its_town`): Dover and Kent of
    England, not two towns of Ohio. A first-level region is :func:`seafront_in_its_unit`'s."""
    town_in_its_district(mentions, final, text, _SEAFRONT)
    district_of_its_town(mentions, final, text, _SEAFRONT)


# the words that set the second of two names apart from the first: across a border or a
# river from it, opposite it, some distance from it
_APART = re.compile(
    r"(?:\bacross\s+(?:the\s+(?:border|frontier|river|lake|bay|strait)\s+)?from|\bopposite|"
    r"\b(?:km|kilometres|kilometers|miles)\s+(?:from|of))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def second_name_of_a_named_place(mentions: list[Mention], text: str) -> None:
    """ "The Macedonian town of Debar lies across the border from Dibra": where one sentence
    names a place by its main name and another name of the sentence, read only as that place's
    other name, is read as the same place, the sentence speaks of two places: the other name
    is left unplaced, its readings kept as alternatives (Dibra is Debar's Albanian name, and
    Albania's county's and Peshkopi's too). Only where the words before the second name set it
    apart from the first (across the border from it, opposite it, some kilometres from it:
    :data:`_APART`); first written for any two such names of a sentence but a renaming, it
    left unplaced six right readings of the texts we hold ("Yangon International Airport in
    Rangoon", "Nursultan becomes Astana again", "Novoberde/Novo Brdo").
    """
    from explorer.geoparse.resolve import _leave_unplaced

    mains = [m for m in mentions if m.chosen is not None and m.chosen.primary and not m.demonym]
    for m in mentions:
        e = m.chosen
        if e is None or e.primary or m.demonym:
            continue
        for k in mains:
            if k.chosen is None or k.chosen.gid != e.gid or norm(k.name) == norm(m.name):
                continue
            a, b = sorted((k, m), key=lambda x: x.start)
            between = text[a.end : b.start]
            if _SENTENCE_END.search(between) or not _APART.search(between):
                continue
            _leave_unplaced(m, [(e, m.score), *m.alternatives])
            break


# the nouns of a breed's animals, after the breed's name
_ANIMALS = frozenset(
    {"horse", "horses", "stallion", "mare", "pony", "ponies", "breed", "cattle", "cow", "cows"}
    | {"bull", "sheep", "goat", "goats", "dog", "dogs", "hound", "hounds", "terrier", "camel"}
)


def breed_named_for_a_land(words: list[str], f, found: list) -> bool:
    """ "Turkmenistan celebrated the Akhal-Teke horse": a place's name joined by a hyphen to a
    capitalised word that is no place, before an animal's noun, is a breed's name (the Akhal
    oasis's Teke horse), no place of the story. Not two places joined ("the Dubai-Sharjah
    camel race"), nor a place's name alone before the animals ("Kentucky horse farms": the
    state's farms)."""
    j = f.end
    if j + 2 >= len(words) or words[j] != "-" or not words[j + 1][:1].isupper():
        return False
    if any(g.start == j + 1 for g in found):
        return False
    return words[j + 2].lower() in _ANIMALS and not animals_of_a_trade(words, f)
