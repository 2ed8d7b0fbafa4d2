"""A place's name inside a foreign body's name, written with its own language's accents (branch
geofix61's): "the Alcaldía de Bogotá", "the Universidad de Valparaíso", "the Diputación de
Cádiz". The generic word and its particles say the body is of a land of that language, and the
accents say which of the name's towns it is named for: resolution, weighing the text's other
names ("a firm based in Miami"), may choose a namesake abroad whose gazetteer name folds the
accents away (Bogota, New Jersey; Cadiz, Ohio). The rule here gives the name back to the
reading that spells it as the text does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from explorer.geoparse.misread_kinds import _FOREIGN_NAME_BEFORE

if TYPE_CHECKING:
    from explorer.geoparse.resolve import Mention

_TOWN_RANKS = (3, 4)


def accented_name_of_a_foreign_body(mentions: list[Mention], final, text: str) -> None:
    """ "The Alcaldía de Bogotá signed a deal with a firm based in Miami": a name written with
    letters outside ASCII, after a capitalised word and the particles of a Spanish, Portuguese,
    Italian or French name (``misread_kinds._FOREIGN_NAME_BEFORE``: "Alcaldía de", "Prefeitura
    de"), read as a town whose gazetteer name does not spell it so (Bogota, New Jersey, 8,000
    people), is the town of another land among its readings that spells the name as written
    and holds more people (Bogotá, Colombia). Not a name written in ASCII ("the Ayuntamiento
    de Toluca": no accent tells the land), a reading already spelled as written (the Mérida
    chosen is a Mérida), a smaller spelled namesake than the town chosen ("the Colegio de San
    José" beside San Jose, California: a saint's school, not Costa Rica's capital), nor after
    a word the text reads as a place."""
    from explorer.geoparse.resolve import _take

    for m, cs in zip(mentions, final, strict=True):
        e = m.chosen
        if e is None or m.demonym or m.name.isascii() or e.rank not in _TOWN_RANKS:
            continue
        written = m.name.casefold()
        if e.name.casefold() == written:
            continue
        head = _FOREIGN_NAME_BEFORE.search(text, max(0, m.start - 60), m.start)
        if head is None or any(o.start <= head.start("head") < o.end for o in mentions):
            continue
        spelled = [
            x
            for x, _ in cs
            if x.name.casefold() == written and x.country != e.country and x.rank in _TOWN_RANKS
        ]
        if not spelled:
            continue
        best = max(spelled, key=lambda x: x.population)
        if best.population > e.population:
            _take(m, cs, best.gid)
