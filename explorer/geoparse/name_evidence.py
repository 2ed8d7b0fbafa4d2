"""What a name's own spelling and the words beside it say about it.

Whether a reading is strong enough without the recogniser's word for it, a news spelling of an
alternate name, a reading by the transliteration skeleton, a common word or an acronym, a dotted
abbreviation, a region after a comma, or a town's own public body after the name.
"""

from __future__ import annotations

from explorer.geoparse.gazetteer import Entry
from explorer.geoparse.headlines import _dateline_country, _written_lower
from explorer.geoparse.names import norm, spelled_alike
from explorer.geoparse.parser_base import ParserBase
from explorer.geoparse.recognised import MIN_POP_COUNTRY, _DocContext, _Found, news_spellings
from explorer.geoparse.tokens import is_cap, name_key, opens_sentence, span_text, view

# what "local" before makes a town's own body, in either case: "the Scone Local Court", "the
# Godziszow local council" ("a Paris local newspaper" is no body of the town's)
LOCAL_BODIES_AFTER = frozenset({"council", "court", "board", "government", "authority"})


class NameEvidence(ParserBase):
    """Tests of one name by its spelling, its readings and its next words."""

    def _by_skeleton(self, doc, f: _Found, ctx: _DocContext, min_pop: int = 0) -> tuple:
        """Candidates for a name the gazetteer lacks, by its transliteration skeleton
        ("Hodeidah" for Al Hudaydah), kept only in a country the text names: a spelling alone
        is weak evidence. Not for an English word a headline capitalises ("Support in Ordeal"
        is no Oradell): one the text also writes in lower case. A town of fewer than
        MIN_POP_COUNTRY people only where the text names some first-level region, and not
        where the name is the end of a longer place's name in the text: countries and towns
        alone do not make a small town the reading of a spelling ("Headington, Oxford" of
        the UK is no Haddington in Scotland), nor does a region the name is part of ("a
        Bengal seat" in India, beside West Bengal, is no Bungal, a Punjab town of 5,000,
        1,500 km off)."""
        key = name_key(doc, f.start, f.end)
        if key.startswith("the "):
            key = key[4:]
        if not ctx.countries or key in self._common or key in self._stop:
            return ()
        if _written_lower(doc, f):
            return ()
        candidates = self.gaz.by_skeleton(key)
        if not candidates:
            return ()
        longer = any(n.endswith(f" {key}") for n in ctx.names)  # "West Bengal"
        return tuple(
            e
            for e in candidates
            if e.country in ctx.countries
            and e.rank >= 2
            and e.population >= min_pop
            and (
                e.rank != 4 or e.population >= MIN_POP_COUNTRY or (not longer and bool(ctx.regions))
            )
        )

    def _civic_after(self, doc, f: _Found) -> bool:
        tv = view(doc)
        if f.end >= len(doc) or not any(e.primary and 2 <= e.rank <= 4 for e in f.entries):
            return False
        if (
            tv.lower[f.end] == "local"
            and f.end + 1 < len(doc)
            and tv.lower[f.end + 1] in LOCAL_BODIES_AFTER
        ):
            return True  # "Scone Local Court", "the Godziszow local council": the town's own
        if not tv.cap[f.end]:
            return False
        if f.end - f.start > 1 and norm(tv.words[f.end - 1]) in self._civic:
            return False  # "Dublin City Council": the council of Dublin, not of "Dublin City"
        word = norm(tv.words[f.end])
        if (
            word == "county"
            and f.end + 1 < len(doc)
            and norm(tv.words[f.end + 1]) in self._civic
            and any(e.rank == 3 for e in f.entries)
        ):
            return True  # "Westmeath County Council": the county's council, as "County Westmeath"
        if word == "regional":  # "Cassowary Coast Regional Council"; not "Paris Regional Medical"
            return f.end + 1 < len(doc) and tv.lower[f.end + 1] == "council"
        return word in self._civic or word in self._titles

    def _before_container(self, doc, seg: _Found) -> bool:
        """ "Churchill, Man.": a name followed by a comma and a region it lies in."""
        if seg.end + 1 >= len(doc) or doc[seg.end].text != ",":
            return False
        nxt = doc[seg.end + 1]
        containers = []
        if is_cap(nxt):  # "Alexandria, La.", "Greer, South Carolina"
            for k in (seg.end + 2, seg.end + 3):
                if k <= len(doc):
                    key = norm(doc[seg.end + 1 : k].text)
                    containers += [c for c in self.gaz.lookup(key) if c.rank in (0, 2)]
        return any(
            e.country == c.country and (c.rank == 0 or e.admin1 == c.admin1)
            for e in seg.entries
            for c in containers
            if e.rank == 4
        )

    def _acronym(self, doc, seg: _Found) -> bool:
        """Two or three capitals that are no curated abbreviation nor a country ("BA")."""
        word = doc[seg.start].text
        return (
            seg.end - seg.start == 1
            and word.isalpha()
            and word.isupper()
            and len(word) <= 3
            and not any(e.alias or e.rank == 0 for e in seg.entries)
        )

    def _dotted_container(self, doc, k: int, end: int) -> bool:
        """A curated abbreviation with its dot after a town and a comma ("Churchill, Man.")."""
        tv = view(doc)
        if k == 0 or tv.words[k - 1] != "," or end >= len(doc) or tv.words[end] != ".":
            return False
        if tv.spaces[end - 1]:
            return False
        forms = self._dotted.get(name_key(doc, k, end), frozenset())
        return span_text(doc, k, end).replace(" ", "") + "." in forms

    def _common_word(self, doc, seg: _Found) -> bool:
        if self._dotted_container(doc, seg.start, seg.end):
            return False
        key = name_key(doc, seg.start, seg.end)
        if key in self._common:
            return not self._before_container(doc, seg)  # "Victoria, B.C." is the town
        if seg.end - seg.start != 1 or not view(doc).words[seg.start].isupper():
            return False
        if _dateline_country(doc, seg):
            return False  # "NAIROBI, KENYA:": the dateline's country
        # an upper-case word is a heading or an acronym ("BA cabin crew"), unless it is a
        # curated abbreviation ("UK") or a country's name ("USA")
        return len(key) > 3 or not any(e.alias or e.rank == 0 for e in seg.entries)

    def _news_spelling(
        self,
        doc,
        f: _Found,
        min_pop: int,
        countries: set[str | None] | None = None,
        dateline: bool = False,
    ) -> bool:
        """A name that is only an alternate name, but the way news spells a place of
        ``min_pop`` people or more (of one of ``countries`` when given): a transliteration of
        its main name ("Hodeidah" for Al Hudaydah, "Khan Younis" for
        Khan Yunis) that no place of its size bears as its main name. Not a different name
        ("Ban" is one of Van's), nor an English word or a given name that only looks like one
        ("Drug" for Durg, "From" for Frome, "Antoine"): capitalised at the start of a
        sentence, written in lower case elsewhere in the text, beside another capitalised word
        or before a hyphen ("Champs-Elysees")."""
        key = name_key(doc, f.start, f.end)
        alternates = [
            e
            for e in news_spellings(f.entries, min_pop)
            if spelled_alike(key, norm(e.name)) and (countries is None or e.country in countries)
        ]
        if not alternates:
            return False
        if key in self._common or key in self._stop or self.gaz.is_given_name(key):
            return False
        if f.end < len(doc) and doc[f.end].text in {"-", "–"} and not doc[f.end - 1].whitespace_:
            return False
        if not dateline and opens_sentence(view(doc), f.start):
            return False
        for k in (f.start - 1, f.end):
            if 0 <= k < len(doc) and is_cap(doc[k]) and doc[k].is_alpha and not dateline:
                return False  # a word of a longer name or a title ("Sun Media", "My Soul")
        return not _written_lower(doc, f)

    def _strong(self, entries: tuple[Entry, ...], min_pop: int, blocked: bool = False) -> bool:
        """Whether a name is a place even without NER's word for it."""
        for e in entries:
            if not e.primary:
                continue
            if e.rank <= 2 or e.rank == 5 or e.alias:
                return True
            # US counties are named "X County"; elsewhere a second-level unit's bare name is
            # evidence only when no town shares it ("Lancashire", not "As" or "Waterford")
            if e.rank == 3 and (
                e.country == "US"
                or (e.population >= min_pop and not any(o.rank == 4 for o in entries))
            ):
                return True
            if e.rank == 4 and e.population >= min_pop:
                return True
        return False
