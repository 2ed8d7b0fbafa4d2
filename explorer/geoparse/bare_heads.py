"""A town's name without its article, heading a longer name: the longer name, not the town.

The gazetteer finds "El Oued" by "Oued" too (its name without the article), and "Oued" is the
Maghreb's word for a river valley that opens many names: "Oued Noun", "Oued Ed-Dahab", "Oued
Souf". Written bare and followed by more capitalised words, the word heads a name the gazetteer
lacks ("Dakhla-Oued Ed-Dahab", a region of Morocco), and reading it as the town of Algeria puts
the region in the wrong country.
"""

from __future__ import annotations

import re

from explorer.geoparse.names import norm

# articles a town's name may open with that news leaves out ("El Fasher", "Al Minya", "La Paz");
# not English "the" (a name with "The" is written with it: "The Hague")
_ARTICLES = frozenset({"el", "al", "le", "la", "les", "ad", "ar", "as", "ash", "at", "az", "an"})
# capitalised words after a name, one space apart (a hyphen may join two: "Ed-Dahab")
_NAME_GOES_ON = re.compile(r"(?: [A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)*)+")
# words that follow a town's name without making another name of it: its kind, its bodies,
# days and months ("Minya Governorate", "Fasher Airport", "Obeid Hospital", "Oued Friday")
_NOT_A_NAME_WORD = frozenset(
    {"city", "town", "province", "district", "region", "state", "county", "airport", "port"}
    | {"road", "street", "river", "island", "governorate", "prefecture", "wilaya", "municipality"}
    | {"department", "commune", "valley", "oasis", "hospital", "university", "market", "camp"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december"}
)


def bare_head_of_a_longer_name(mentions: list, text: str) -> None:
    """ "Farmers marched in Dakhla-Oued Ed-Dahab": a name read as a town whose own name is the
    name written with an article before it ("Oued" as El Oued), followed one space apart by
    capitalised words no found name takes, none of them a place kind's, a day's or a month's
    word nor written in lower case elsewhere in the text, is the head of a longer name the
    gazetteer lacks: left unplaced, its readings kept as alternatives. Not a name written with
    its article ("El Oued"), one written alone ("farmers of Oued and Biskra"), nor one before
    its kind ("Minya Governorate"); nor one the text does not join by a hyphen to a name before
    it, as the parts of a region's joined name are ("Dakhla-Oued Ed-Dahab"): a town's name before
    a title or an institution's name ("the Ramadi Police Chief", "the Fallujah Barrage") is
    the town's (review93)."""
    from explorer.geoparse.resolve import _leave_unplaced

    starts = {m.start for m in mentions}
    lower: set[str] | None = None
    for m in mentions:
        e = m.chosen
        if e is None or m.demonym:
            continue
        head, _, rest = norm(e.name).partition(" ")
        if head not in _ARTICLES or rest != norm(m.name):
            continue
        if not _joined_to_a_name_before(text, m.start):
            continue
        run = _NAME_GOES_ON.match(text, m.end)
        if run is None or m.end + 1 in starts:
            continue
        words = re.split(r"[ -]", run.group().strip())
        if any(w.lower() in _NOT_A_NAME_WORD for w in words):
            continue
        if lower is None:
            lower = set(re.findall(r"\b[a-z][a-z'-]+\b", text))
        if any(w.lower() in lower for w in words):
            continue
        _leave_unplaced(m, [(e, m.score), *m.alternatives])


def _joined_to_a_name_before(text: str, start: int) -> bool:
    """Whether the name at ``start`` is joined by a hyphen, with no space, to a word before it
    ("Dakhla-Oued Ed-Dahab", "Tanger-Tetouan")."""
    return start >= 2 and text[start - 1] in "-\u2010\u2011" and text[start - 2].isalpha()
