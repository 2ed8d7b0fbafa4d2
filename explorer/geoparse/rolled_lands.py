"""A roll of lands from across the world lends none of them a village.

"Alongside Norway, Brazil, Kenya and the United Arab Emirates, Japan sat on the Security
Council": a roll of countries far apart names each land for itself (a council's members, a
tournament's teams, a summit's guests), not as where the story happens. Resolution gives every
namesake in a named country a country's weight, and a world city's name elsewhere in the text
("a striker who signed for Barcelona") then goes to a village of one of the rolled lands (Barcelona,
Brazil, 3,986 people, over Spain's 1.7 million). The rule here gives the name back to the
world city.
"""

from __future__ import annotations

import re

from explorer.geoparse.names import norm

# the joins of a roll of names: commas, "and" or "or", a "the" before a name
_ROLL_JOIN = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?")
# a roll of at least this many countries is a roll of lands, not a pair ("Spain and Brazil")
_ROLL_LANDS = 3
# each other land of the roll lies at least this far from the namesake's land: a roll across
# the world, not a neighbourhood ("Brazil, Argentina and Chile" speaks of South America)
_ROLL_KM = 3_000.0


def _rolls(mentions: list, text: str) -> list[list[int]]:
    """The runs of consecutive mentions read as countries and joined only by commas, "and",
    "or" and "the" (three at least), as lists of their indexes."""
    out: list[list[int]] = []
    run: list[int] = []
    for i, m in enumerate(mentions):
        country = m.chosen is not None and m.chosen.rank == 0 and not m.demonym
        joined = bool(run) and _ROLL_JOIN.fullmatch(text[mentions[run[-1]].end : m.start])
        if country and joined:
            run.append(i)
            continue
        if len(run) >= _ROLL_LANDS:
            out.append(run)
        run = [i] if country else []
    if len(run) >= _ROLL_LANDS:
        out.append(run)
    return out


def world_city_over_a_rolled_land_s_namesake(mentions: list, final, text: str, km) -> None:
    """ "A striker signed for Barcelona ... sat on the Security Council with Norway, Brazil,
    Kenya and the United Arab Emirates": a world city (``resolve._world_city``) read as
    a namesake with under a fiftieth of its people, where every other mention read in the
    namesake's country is that country's own name inside a roll of three lands or more, each
    other land of the roll _ROLL_KM or farther from it, is the world city: a roll across the
    world says where no story happens. Not where the text names a place of the namesake's land
    below the country, its people's adjective, or a land near it in the roll ("Aid came from
    Brazil, Argentina and Chile" to Barcelona, Rio Grande do Norte, named so); nor a namesake
    near another name of the text, nor one of a fiftieth of the city or more (Athens, Georgia)."""
    from explorer.geoparse.namesakes_abroad import (
        nothing_of_the_text_near,
        villages_of_world_cities,
    )
    from explorer.geoparse.resolve import _km_cached, _take

    rolled: dict[int, list[int]] = {}
    for run in _rolls(mentions, text):
        for i in run:
            rolled[i] = run
    if not rolled:
        return
    for m, cs, e, world, key in villages_of_world_cities(mentions, final, km):
        lenders = [
            i
            for i, o in enumerate(mentions)
            if o.chosen is not None and o.chosen.country == e.country and norm(o.name) != key
        ]
        if not lenders or any(i not in rolled or mentions[i].demonym for i in lenders):
            continue
        land = mentions[lenders[0]].chosen
        if any(
            _km_cached(km, land, mentions[j].chosen) < _ROLL_KM
            for i in lenders
            for j in rolled[i]
            if mentions[j].chosen.country != e.country
        ):
            continue  # a roll of neighbours speaks of their corner of the world
        if nothing_of_the_text_near(mentions, cs, e, world, key, km):
            _take(m, cs, world[0].gid)
