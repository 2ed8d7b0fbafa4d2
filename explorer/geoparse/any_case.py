"""A case-blind pattern searched only in texts that hold, in any case, one of the words every
match holds: the word lists of a trade or a game ("fishermen", "harbour", "derby") are
searched across a whole text by rules that most texts never concern.

A pattern compiled with ``re.IGNORECASE`` that begins with a word boundary is tried at every
position of the text (0.3-0.5 ms an article for a list of thirty words); the text's lower case
searched for a few strings costs a tenth of that. :class:`Guarded` in
:mod:`~explorer.geoparse.names` does the same for case-sensitive patterns.
"""

from __future__ import annotations

import re

# the characters ``re.IGNORECASE`` matches to an ASCII letter whose lower case is not that
# letter alone: the dotted and dotless i of Turkish ("İ", "ı") and the long s ("ſ"); a text
# holding one is searched by the pattern itself (every other character the flag matches to an
# ASCII letter, the Kelvin sign to "k" as well, lowers to that letter)
_OTHER_CASES = ("\u0130", "\u0131", "\u017f")


# a pattern of lower-case ASCII letters, digits, spaces and hyphens, grouped (no group but
# "(?:": no flag such as "(?-i:"), alternated and repeated, with word boundaries, digits and
# spaces (``\b``, ``\d``, ``\s``) and sets of lower-case letters and digits (``[ae]``, no
# range): no character it names has a capital (no "\x41" for "A", no range "[ -_]" over the
# capitals)
_PLAIN = re.compile(r"(?:\\[bds]|\(\?:|\((?!\?)|[a-z0-9 )|{},*+?:-]|\[[a-z0-9]+\])+")


class AnyCase:
    """``pattern`` (compiled with ``re.IGNORECASE``) searched only in a text whose lower case
    holds one of ``needles`` (lower-case ASCII letters, each a string every match holds) or
    where ``also``, a case-sensitive pattern every other match matches, finds something (a
    score "2-1" holds no letter). The same answers as ``pattern.search``."""

    __slots__ = ("also", "lowered", "needles", "pattern")

    def __init__(
        self, pattern: re.Pattern[str], *needles: str, also: re.Pattern[str] | None = None
    ) -> None:
        if not pattern.flags & re.IGNORECASE:
            raise ValueError("a case-sensitive pattern is guarded by names.Guarded")
        if not needles or not all(n.isascii() and n.isalpha() and n.islower() for n in needles):
            raise ValueError("the needles are lower-case ASCII words")
        self.pattern = pattern
        self.needles = needles
        self.also = also
        # the same pattern read case by case, for the text's lower case, where it is written
        # in _PLAIN's terms: a character then matches one of its lower-case letters in any case
        # only where the character's lower case is that letter, but for the three of
        # _OTHER_CASES; and the lower case of a text holding none of them is as long as the
        # text, each character in its place. So the pattern matches nowhere before the first
        # place the lowered one matches, and its search from there finds its first match
        self.lowered = (
            re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
            if isinstance(pattern.pattern, str) and _PLAIN.fullmatch(pattern.pattern)
            else None
        )

    def search(self, text: str) -> re.Match[str] | None:
        """``pattern.search(text)``'s match (its span and groups; its ``pos`` where the match
        was found), or None."""
        if text.isascii() or not any(c in text for c in _OTHER_CASES):
            low = text.lower()
            if not any(n in low for n in self.needles) and (
                self.also is None or self.also.search(text) is None
            ):
                return None
            if self.lowered is not None:
                # the case-blind pattern tries every case at every position; the lower case
                # is searched case by case, several times faster, and the pattern from there
                at = self.lowered.search(low)
                return None if at is None else self.pattern.search(text, at.start())
        return self.pattern.search(text)
