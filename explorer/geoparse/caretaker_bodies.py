"""Commissioners a government appoints in place of a dissolved town council (branch geofix59):
"Dublin city commissioners, appointed after the corporation was dissolved in 1924, cleared the
slums". The American town's elected commission (:func:`~explorer.geoparse.local_words.
town_of_an_american_body`) is one kind of "city commissioners"; a state's caretakers, sent in
where it dissolved or suspended the council, are another, of many lands (Ireland's in the 1920s,
India's and Pakistan's superseded corporations, Britain's commissioners of Liverpool or Tower
Hamlets).
"""

from __future__ import annotations

import re

_APPOINTED = re.compile(r"\b(?:appointed|installed|imposed|sent\s+in)\b", re.IGNORECASE)
_DISSOLVED = re.compile(
    r"\b(?:council|corporation|board|assembly)\s+(?:was|had\s+been|were)\s+"
    r"(?:dissolved|suspended|superseded|abolished|disbanded)\b",
    re.IGNORECASE,
)


def commissioners_in_place_of_a_dissolved_council(text: str, start: int, end: int) -> bool:
    """ "Dublin city commissioners, appointed after the corporation was dissolved in 1924",
    "Karachi city commissioners, appointed when the elected council was dissolved": the
    sentence tells the commissioners appointed (installed, imposed, sent in) and the council
    (corporation, board, assembly) dissolved or suspended before them: a government's
    caretakers, which any land may send, no American town's elected commission. "Moscow city
    commissioners, appointed to fill two vacant seats" (no council dissolved), "Lima city
    commissioners approved the budget after the old board was dissolved by voters" (none
    appointed) and "Belgrade city commissioners dissolved the parking board" are the American
    body as before."""
    from explorer.geoparse.local_words import _sentence_around

    sentence = _sentence_around(text, start, end)
    return (
        bool(_APPOINTED.search(sentence))
        and commissioners_appointed_themselves(sentence)
        and bool(_DISSOLVED.search(sentence))
    )


# the commissioners are the ones appointed: "commissioners, appointed after ...", "commissioners
# who were installed by ...", "state-appointed commissioners"
_COMMISSIONERS_APPOINTED = re.compile(
    r"\bcommissioners\s*,?\s+(?:(?:who|that)\s+)?(?:(?:were|had\s+been|have\s+been)\s+)?"
    r"(?:appointed|installed|imposed|sent\s+in)(?:\s*,|\s+(?:by|after|when|in|on|following|once|"
    r"since|under|until|as|from|while)\b)"
    r"|\b(?:state|government|crown|governor|court)-appointed\b",
    re.IGNORECASE,
)


def commissioners_appointed_themselves(sentence: str) -> bool:
    """ "Dublin city commissioners, appointed after the corporation was dissolved", "Karachi
    city commissioners, appointed when the elected council was dissolved": the commissioners
    are the ones appointed (a participle after them, followed by "by", "after", "when" or a
    comma, or a "state-appointed" before them) (branch review86). Where they appoint, install
    or send in something themselves ("Lebanon city commissioners appointed an interim police
    chief after the police board was abolished", "Athens city commissioners installed new
    parking meters after the parking board was dissolved", "... sent in the bill"), they are
    the town's own elected body, the American one as before."""
    return bool(_COMMISSIONERS_APPOINTED.search(sentence))
