"""A town the text says lies a stated distance from another (branch geofix62's): "The village of
X lies 20 kilometres from Y". Read as a namesake much farther from Y than the text says, it is
another town of the name: a straight line is never longer than the road, so a reading beyond
the stated distance (and a margin for where a gazetteer puts a village's point) contradicts the
text, and a wrong land is worse than none. The town is left unplaced, not moved to a namesake
near Y: were Y itself misread, a namesake near it would be wrong twice.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from explorer.model import great_circle_km

if TYPE_CHECKING:
    from explorer.geoparse.resolve import Mention

# "lies 27 kilometres from", "is about 40 km north of", "lie some 12 miles south-east of", right
# before the town it is measured from; not a lower bound ("more than", "over")
_DISTANCE_BEFORE = re.compile(
    r"\b(?:lies?|lay|is|are|sits?|located|situated)\s+"
    r"(?:(?:about|some|around|roughly|nearly|almost|just|only|barely|less than|under)\s+)?"
    r"(?P<n>\d{1,4}(?:\.\d+)?)\s*(?P<unit>kilometres|kilometers|km|miles)\s+"
    r"(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ward)?\s+)?(?:from|of)\s+$",
    re.IGNORECASE,
)
# between the subject's last name and the verb: nothing, or one clause set off by commas ("X,
# in the district of Z, lies ...")
_SUBJECT_TAIL = re.compile(r"(?:,[^,.;\n]{1,60},)?\s*$")
# before the subject: a sentence's or a line's start or a dateline's colon, with "The village(s)
# of" and the like
_SUBJECT_HEAD = re.compile(
    r"(?:^|[.!?:]\s+|\n)(?:the\s+(?:\w+\s+)?(?:villages?|towns?|hamlets?|settlements?)\s+of\s+)?$",
    re.IGNORECASE,
)
# a straight line may fall short of the stated distance, never exceed it but for where the
# gazetteer puts the two points: this share of it, and at least this many kilometres
_MARGIN_SHARE = 0.25
_MARGIN_KM = 15.0
_KM_PER_MILE = 1.609


def town_farther_than_told(mentions: list[Mention], text: str) -> None:
    """ "The villages of A and B, in Z, lie 27 kilometres from Y": a town (the sentence's subject,
    or each town of a subject joined by "and") read more than the stated distance from Y's
    reading (with a margin, :data:`_MARGIN_SHARE` and :data:`_MARGIN_KM`) is left unplaced,
    its readings kept as alternatives. Not a lower bound ("more than 16,000
    kilometres"), a distance told of another thing ("Zaatari camp, which lies 10 kilometres
    from", after a name of another clause), a name not the sentence's subject, nor where Y is
    unplaced."""
    from explorer.geoparse.resolve import _leave_unplaced

    for j, y in enumerate(mentions):
        target = y.chosen
        if target is None or y.demonym:
            continue
        found = _DISTANCE_BEFORE.search(text, max(0, y.start - 90), y.start)
        if found is None:
            continue
        told = float(found.group("n")) * (
            _KM_PER_MILE if found.group("unit").lower() == "miles" else 1.0
        )
        limit = told + max(_MARGIN_KM, _MARGIN_SHARE * told)
        for x in _subject(mentions[:j], text, found.start()):
            e = x.chosen
            if e is None or x.demonym or e.rank not in (3, 4):
                continue
            if great_circle_km(e.lat, e.lon, target.lat, target.lon) <= limit:
                continue
            _leave_unplaced(x, [(e, x.score), *x.alternatives])


def _subject(before: list[Mention], text: str, verb: int) -> list[Mention]:
    """The names the sentence opens with before the distance's verb at ``verb``: the last name
    before it where only a clause set off by commas lies between (its names skipped), and the
    names joined to it by "and" or a comma; none where the sentence opens otherwise."""
    # the clause set off by commas may hold names of its own ("A, in Z district, lies ...")
    last = next(
        (m for m in reversed(before[-3:]) if _SUBJECT_TAIL.fullmatch(text, m.end, verb)), None
    )
    if last is None:
        return []
    before = before[: before.index(last)]
    names = [last]
    for m in reversed(before):
        if text[m.end : names[-1].start] not in (" and ", ", ", ", and "):
            break
        names.append(m)
    head = names[-1].start
    if not _SUBJECT_HEAD.search(text, max(0, head - 40), head):
        return []
    return names
