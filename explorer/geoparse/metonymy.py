"""Metonymy: "Ankara supports ...", "the Kremlin said": a place named for its government.

Rules over the words after the name (no parser needed): a capital, a country or a seat of
government that is the subject of a speech, support or decision verb, possibly with auxiliaries
and a coordinated second subject between ("Ankara and Moscow agreed"), or a capital in the
possessive before a word for a policy ("Ankara's position"). Where a meeting is held is no
government: "talks in Pretoria mediated by ..." names the town, whatever verb follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from explorer.paths import geodata_dir


@dataclass
class Metonymy:
    verbs: frozenset[str]
    aux: frozenset[str]
    nouns: frozenset[str]

    @classmethod
    def load(cls) -> Metonymy:
        sections: dict[str, set[str]] = {"verb": set(), "aux": set(), "noun": set()}
        with open(geodata_dir() / "gazetteer" / "metonymy.tsv", encoding="utf-8") as fh:
            for line in fh:
                if not line.strip() or line.startswith("#"):
                    continue
                section, words = line.rstrip("\n").split("\t", 1)
                sections[section].update(words.split())
        return cls(
            frozenset(sections["verb"]), frozenset(sections["aux"]), frozenset(sections["noun"])
        )

    def is_metonymic(self, text: str, mention) -> bool:
        e = mention.chosen
        if e is None or mention.demonym:
            return False
        if e.institution:
            return True
        if not (e.kind == "country" or e.capital):
            return False
        if _meeting_place(text, mention.start):
            return False
        after = text[mention.end : mention.end + 120]
        words = _WORD.findall(after)
        if not words:
            return False
        if words[0] in {"'s", "’s"}:
            return e.capital and len(words) > 1 and words[1].lower() in self.nouns
        i = 0
        # a coordinated second subject: "Ankara and Moscow agreed"
        if words[0] == "and" and len(words) > 2 and words[1][:1].isupper():
            i = 2
        while i < len(words) and words[i].lower() in self.aux:
            i += 1
        return i < len(words) and words[i].lower() in self.verbs and not _before_comma_break(after)


# what is held somewhere: "talks in Pretoria", "a summit at Camp David", "the meeting held in Doha"
MEETING_NOUNS = frozenset(
    {"talks", "meeting", "meetings", "summit", "summits", "conference", "negotiations"}
    | {"consultations", "ceremony", "forum", "session", "sessions", "dialogue", "round"}
)
# words that may stand between the meeting and its place ("talks held in Doha")
_HELD = frozenset({"held", "hosted", "taking", "took", "place", "being", "to", "be"})


def _meeting_place(text: str, start: int) -> bool:
    """The name follows a locative "in" or "at" after a meeting's noun ("four days of talks in
    Pretoria mediated by Thabo Mbeki"): it names where the meeting is, not the subject of the
    verb after it."""
    words = [w.lower() for w in _WORD.findall(text[max(0, start - 60) : start])]
    if not words or words[-1] not in ("in", "at"):
        return False
    k = len(words) - 2
    while k >= 0 and words[k] in _HELD:
        k -= 1
    return k >= 0 and words[k] in MEETING_NOUNS


_WORD = re.compile(r"[’']s\b|[A-Za-z][A-Za-z'’-]*|[,.;:!?]")


def _before_comma_break(after: str) -> bool:
    """'Syria, Turkey said' is a list, not a subject: a comma right after the name breaks it."""
    return after.lstrip().startswith((",", ";", ":", "."))
