"""A storm's given name written alone, after a word of time, once the text has named the storm.

Weather services give storms persons' names ("Hurricane Otis", "Cyclone Gabrielle", "Typhoon
Lan"), and a report names the storm in full once, then writes the name alone: "power came back a
week after Otis", "the first harvest since Gabrielle". Alone, the name is looked up as a place,
and a village of that name somewhere is read where only the storm was meant. Here a name that
the text writes right after a capitalised storm's word ("Hurricane", "Typhoon", "Cyclone",
"Storm") is the storm where it stands alone after a word of time ("before", "after", "since",
"during", "until"): a storm comes and goes in time, and news places a town before or after
nothing. The same name after "in", "to" or "of" stays a place ("the town of Florence" in a story
of Hurricane Florence), and a text that never names the storm keeps every reading.
"""

from __future__ import annotations

from explorer.geoparse.recognised import _Found
from explorer.geoparse.tokens import name_key, view

# the words that head a storm's name in weather services' and news' usage, capitalised there
STORM_WORDS = frozenset({"hurricane", "typhoon", "cyclone", "storm"})
# the words of time a storm's name follows once it has passed ("after Otis")
TIME_WORDS = frozenset({"before", "after", "since", "during", "until", "till"})


def _storm_names(doc) -> set[str]:
    """The one-word names the text writes after a capitalised storm's word: "Hurricane OTIS",
    "Tropical Storm Ana", "Cyclone Idai"."""
    tv = view(doc)
    n = len(tv.words)
    return {
        name_key(doc, k, k + 1)
        for k in range(1, n)
        if tv.lower[k - 1] in STORM_WORDS
        and tv.cap[k - 1]
        and tv.cap[k]
        and tv.words[k].isalpha()
        and (k + 1 >= n or not tv.cap[k + 1])
    }


def storm_names_alone(doc, found: list[_Found]) -> list[_Found]:
    """``found`` without the one-word names that the text gives a storm elsewhere and writes
    here alone after a word of time ("after OTIS"): the storm, no place (module docstring)."""
    tv = view(doc)
    if not any(w in STORM_WORDS for w in tv.lower):
        return found
    storms = _storm_names(doc)
    if not storms:
        return found
    return [
        f
        for f in found
        if not (
            f.end - f.start == 1
            and f.start > 0
            and tv.lower[f.start - 1] in TIME_WORDS
            and name_key(doc, f.start, f.end) in storms
        )
    ]
