"""Capitalised words that the grammar around them shows to be common nouns, not places.

- A plural verb right after the name ("Rivers are running high", "Lakes were frozen"): a
  place's name takes a singular verb ("Rivers State is"), so a town's or a region's one-word
  name opening a sentence before "are" or "were" is a plural noun (or a team: "Leeds are top",
  no place either). Only as the sentence's first word: elsewhere the verb may agree with a
  subject before it ("students of a school in Templemore were approached"). Not a country's
  or a continent's name, nor a curated sea or area (some are plural in form: "the Philippines
  are", "the Dardanelles were").
- A compound modifier: a word joined by a hyphen to a lower-case word ("Tsunami-swept
  signboard", "Flood-hit villages") that the same text also writes in lower case ("the
  tsunami") is that common noun, capitalised only by a headline or a sentence's start. A place
  so joined ("Kyiv-based", "Gaza-bound") is never written in lower case.
- A plural of a land or water feature's word opening a sentence before a preposition or "and"
  ("Rivers in northern Ghana have dried up", "Lakes across the region froze", "Hills and
  valleys"): the common noun, not Nigeria's Rivers State nor a town called Lakes. A place's
  name opening a sentence so ("Aleppo in northern Syria") is no plural of such a word.
- A verb opening a sentence or a headline: a one-word name right before an article and a word
  in lower case ("Split the bill", "Reading the report, she smiled") is a verb that takes the
  noun phrase after it; a place opening its sentence is followed by its verb or a comma ("Split
  is a port", "Reading, a town west of London"). Only where the text names the word nowhere
  else: a story about the town names it again, and a headline that drops its verb ("Gao the
  target of a raid") stays the town there.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from explorer.geoparse.found import F, Named
from explorer.geoparse.tokens import opens_sentence

# a verb that agrees with a plural subject, right after it
PLURAL_VERBS = frozenset({"are", "were"})
# the plurals of words for land and water features ("rivers", "lakes"), and what may follow one
# that opens a sentence as a common noun: a preposition or a conjunction
FEATURE_PLURALS = frozenset(
    {"rivers", "lakes", "hills", "mountains", "islands", "forests", "valleys", "deserts"}
    | {"springs", "falls", "plains", "woods", "creeks", "beaches", "bays", "coasts"}
)
AFTER_NOUN = frozenset(
    {"in", "across", "of", "near", "around", "along", "on", "at", "from", "throughout"}
    | {"and", "or", "that", "which", "where", "to", "into", "flowing", "like"}
)
# ranks of a gazetteer entry that a word of the text may be: admin1, admin2, town
_LOCAL_RANKS = (2, 3, 4)


def _local_only(f: Named) -> bool:
    """Every reading of ``f`` is a region, a district or a town (no country, continent or
    curated feature)."""
    return bool(f.entries) and all(e.rank in _LOCAL_RANKS for e in f.entries)


def plural_subject(tv: Any, f: Named) -> bool:
    """``f`` is one word that opens a sentence, right before "are" or "were": the subject the
    verb agrees with (not "students of a school in Templemore were approached")."""
    if f.end - f.start != 1 or f.end >= len(tv.words) or tv.lower[f.end] not in PLURAL_VERBS:
        return False
    return opens_sentence(tv, f.start)


def feature_plural(tv: Any, f: Named) -> bool:
    """``f`` is one word that opens a sentence, a feature word's plural ("Rivers"), before a
    preposition or a conjunction, itself before a word in lower case."""
    if f.end - f.start != 1 or f.end >= len(tv.words):
        return False
    if tv.lower[f.start] not in FEATURE_PLURALS or tv.words[f.end] not in AFTER_NOUN:
        return False
    if tv.words[f.end] in ("and", "or"):
        # "Rivers and lakes", not "Rivers and Bayelsa states"
        k = f.end + 1
        if k >= len(tv.words) or not tv.words[k].islower():
            return False
    return opens_sentence(tv, f.start)


# the articles that open a noun phrase after a verb in the imperative ("Split the bill")
_ARTICLES = frozenset({"the", "a", "an"})


def imperative_opening(tv: Any, f: Named, once: bool) -> bool:
    """``f`` is one word that opens a sentence before an article and a word in lower case
    ("Split the bill"), and the text names it nowhere else (``once``)."""
    k = f.end
    if not once or f.end - f.start != 1 or k + 1 >= len(tv.words):
        return False
    if tv.lower[k] not in _ARTICLES or tv.words[k] != tv.lower[k]:
        return False
    nxt = tv.words[k + 1]
    return nxt.isalpha() and nxt.islower() and opens_sentence(tv, f.start)


def hyphen_modifier(tv: Any, f: Named, lower_words: frozenset[str]) -> bool:
    """``f`` is one word joined by a hyphen to a lower-case word after it, and the text writes
    the word in lower case elsewhere."""
    k = f.end
    if f.end - f.start != 1 or k + 1 >= len(tv.words):
        return False
    if tv.words[k] != "-" or tv.spaces[k - 1] or tv.spaces[k]:
        return False
    nxt = tv.words[k + 1]
    return nxt.isalpha() and nxt.islower() and tv.lower[f.start] in lower_words


def common_nouns(tv: Any, found: list[F]) -> list[F]:
    """``found`` without the towns and regions that the grammar shows to be common nouns."""
    lower_words = tv.lower_words()
    named = Counter(tv.lower[f.start] for f in found if f.end - f.start == 1)
    return [
        f
        for f in found
        if f.demonym
        or not _local_only(f)
        or not (
            plural_subject(tv, f)
            or feature_plural(tv, f)
            or hyphen_modifier(tv, f, lower_words)
            or imperative_opening(tv, f, named[tv.lower[f.start]] == 1)
        )
    ]
