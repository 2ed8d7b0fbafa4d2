"""An outlet named in its own credit (branch geoq46's): "(Tatoli, the Timorese news agency)",
"Kyodo, the Japanese news agency, reported": the name a phrase after "the" calls a paper or an
agency is that body, not the town its letters match.
"""

from __future__ import annotations

from explorer.geoparse.persons import OUTLET_NOUNS, PLACE_HEADS, REPORT_VERBS
from explorer.geoparse.recognised import _Found
from explorer.geoparse.tokens import view

# the words between "the" and the outlet's noun that a credit may hold ("the Timorese news
# agency", "the state-run daily"): a lower-case word or a people's word, no more than four
_CREDIT_SPAN = 4


def outlet_named_in_its_credit(doc, f: _Found) -> bool:
    """ "Government to create more villages (Tatoli, the Timorese news agency)"; "the minister
    spoke to Kyodo, the Japanese news agency, on Monday": a name set off by a comma and "the",
    then up to four words and a noun of a paper, a broadcaster or an agency (OUTLET_NOUNS) that
    closes the bracket, or a comma before a verb of reporting ("Kyodo, the Japanese news agency,
    reported"), is that outlet's name, not the town its letters match. Not where the noun has
    the outlet's own name after it ("in the city of Ahwaz, the official news agency IRNA said":
    the agency is named there, the town is a place) or a verb of its own ("Protesters gathered
    in Kabul, the news agency said"), where a noun of a place comes first ("Doha, the Qatari
    capital and home of the broadcaster"), nor for a name with a country's or a region's
    reading (what the sentence calls it)."""
    if not f.entries or any(e.rank < 3 for e in f.entries):
        return False
    words = view(doc).lower
    n, k = len(words), f.end
    if k + 2 >= n or words[k] != "," or words[k + 1] != "the":
        return False
    for j in range(k + 2, min(k + 2 + _CREDIT_SPAN, n)):
        w = words[j]
        if w in PLACE_HEADS:
            return False
        if w in OUTLET_NOUNS:
            after = words[j + 1 : j + 3]
            return after[:1] == [")"] or (
                after[:1] == [","] and len(after) == 2 and after[1] in REPORT_VERBS
            )
        if not w.replace("-", "").isalpha():
            return False
    return False
