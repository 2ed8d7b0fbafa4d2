"""A capital named by its own name (branch geoq46's): "Police in Dili arrested three men" is
Timor-Leste's capital, not Delhi, which GeoNames gives "Dili" as an alternate name. Runs after
the choice (``resolve._after_choosing``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from explorer.geoparse.resolve import Mention


def capital_by_its_own_name(mentions: list[Mention], final) -> None:
    """ "Protests in Dili on Monday": a name read as a city that bears it only as an alternate
    name (Delhi, 11 million people), where a country's capital bears it as its main name and
    no place outside that capital's country does, is the capital: a capital's own name is how
    news names it, and a far bigger city's transliteration is a spelling nobody writes for it.
    Not where a phrase placed the name ("Farmers from Dili, India"), where another name of the
    text is read in the city's country, nor where towns abroad bear the name as their main
    name too (Victoria, Kingston, Hamilton: the context decides those)."""
    from explorer.geoparse.resolve import _choose

    for i, m in enumerate(mentions):
        e = m.chosen
        if e is None or m.demonym or m.container or e.rank != 4 or e.primary:
            continue
        capitals = [x for x in m.entries if x.capital and x.rank == 4 and x.primary]
        if len(capitals) != 1 or capitals[0].country == e.country:
            continue
        capital = capitals[0]
        if any(x.primary and x.country != capital.country for x in m.entries):
            continue
        if any(
            o.chosen is not None and o.chosen.country == e.country
            for o in mentions
            if o is not m and o.name != m.name
        ):
            continue
        _choose(m, final[i], capital)
