"""A land's formal name, "the Commonwealth of X" or "the Kingdom of X", that spaCy calls a body.

Lands and some of their states are named formally in official news: "the Commonwealth of
Dominica", "the Kingdom of Eswatini", "the Sultanate of Brunei", "the Commonwealth of
Pennsylvania". spaCy marks the whole as an organisation, and a body's name is not read, so
the land inside it is lost with it. Here, where no place of such a name was found, the formal
word, "of", an optional "the" and the capitalised words after it are read as the land those
words name: a country or a first-level region the gazetteer holds by exactly that name (the
longest run of the words that is one, so "the Republic of Korea Navy" reads Korea). Words that
name no land ("the Commonwealth of Nations", "the Kingdom of God") read nothing. "State of" is
not taken: "the State of Mexico" is a state of Mexico, not the country.
"""

from __future__ import annotations

from explorer.geoparse.gazetteer import Gazetteer
from explorer.geoparse.names import norm
from explorer.geoparse.recognised import _Found, taken_by, with_added
from explorer.geoparse.tokens import view

# the formal words of lands and states ("State" and "Territory" name units of lands by other
# lands' names: not taken)
FORMAL_WORDS = frozenset(
    {"Commonwealth", "Kingdom", "Republic", "Sultanate", "Principality", "Emirate"}
)
# a country's or a first-level region's rank
LAND_RANKS = frozenset({0, 2})
# the most words of a land's own name after "of"
MAX_WORDS = 5


def _run(words: list[str], k: int) -> int:
    """The end of the capitalised words from ``k`` ("and" between two of them kept)."""
    end = k
    while end < len(words) and end - k < MAX_WORDS:
        w = words[end]
        if (w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()) or (
            w == "and" and end > k and end + 1 < len(words) and words[end + 1][:1].isupper()
        ):
            end += 1
        else:
            break
    while end > k and words[end - 1] == "and":
        end -= 1
    return end


def formal_land_names(gaz: Gazetteer, doc, found: list[_Found]) -> list[_Found]:
    """``found`` with each formal name of a land that nothing was found in read as the land
    (module docstring)."""
    tv = view(doc)
    words = tv.words
    added: list[_Found] = []
    for k, w in enumerate(words):
        if w not in FORMAL_WORDS or k + 2 >= len(words) or words[k + 1] != "of":
            continue
        head = k + 3 if words[k + 2] == "the" else k + 2
        end = _run(words, head)
        lands: tuple = ()
        while end > head:
            lands = tuple(
                e for e in gaz.lookup(norm(" ".join(words[head:end]))) if e.rank in LAND_RANKS
            )
            if lands:
                break
            end -= 1
        if (
            end == head
            or any(f.entries for f in taken_by(found, k, end))
            or any(taken_by(added, k, end))
        ):
            continue
        added.append(_Found(k, end, lands, "gaz", "GPE"))
    return with_added(found, added)
