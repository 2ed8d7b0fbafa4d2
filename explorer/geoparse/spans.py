"""Where a name ends: an entity lengthened or cut back to the name the gazetteer holds.

An Arabic article joined by a hyphen, a long name of three words or more, a connector inside a
country's or a unit's name, an office's word after a town's, a town before its own body, and the
span a reader would mark (a dotted abbreviation, a township's or a region's generic word).
"""

from __future__ import annotations

from explorer.geoparse.names import norm
from explorer.geoparse.recognised import MAX_TOKENS, TOWNSHIP_WORDS, _Found
from explorer.geoparse.segments import SegmentRules
from explorer.geoparse.tokens import CONNECTORS, is_cap, joined_article, name_key, span_text, view

# capitalised generic words that belong to a region's name when they follow it ("Fars Province")
ADMIN_WORDS = frozenset({"Province", "Governorate", "Region", "Oblast", "Prefecture"})


# a feature's generic words that come before a saint's name in a place's ("Port St. ...",
# "Mount St. ..."): after them "St." is the saint's, never a street's
SAINT_AFTER = frozenset({"port", "fort", "mount", "cape", "lake", "point", "bay", "isle", "pointe"})


class SpanRules(SegmentRules):
    """The extent of a name: where an entity's name ends and what of its neighbours it takes."""

    def _joined_end(self, doc, i: int, j: int) -> int:
        """The end of a place entity that spaCy cut before an Arabic article joined by a hyphen
        ("Deir" of "Deir ez-Zor"): the longer name when the gazetteer has it."""
        j = self._saint_end(doc, i, j)
        while j + 2 < len(doc) and joined_article(doc, j) and not doc[j].is_sent_start:
            if not self.gaz.has_name(name_key(doc, i, j + 3)):
                break
            j += 3
        return self._longer_name(doc, i, self._joined_country(doc, i, j))

    def _saint_end(self, doc, i: int, j: int) -> int:
        """The end of a place entity that spaCy cut right after "St." when a feature's generic
        word opens it ("Port St." of "Port St. Anselm", "Cape St." of "Cape St. Brendan"): the
        abbreviation is a saint's before the saint's name, not a street's that ends a sentence,
        since the word before it is a port's, a fort's, a cape's, a lake's or a mountain's, no
        street's name. Lengthened over the capitalised words after it (two at most) as far as
        "St." and those words are a name the gazetteer holds."""
        tv = view(doc)
        if j - i < 2 or tv.words[j - 1] not in ("St.", "Ste.") or tv.lower[i] not in SAINT_AFTER:
            return j
        if j - i > 2 and not all(tv.cap[i:j]):
            return j
        for end in range(min(len(doc), j + 2), j, -1):
            words = tv.words[j:end]
            if (
                all(tv.cap[j:end])
                and all(w.isalpha() for w in words)
                and self.gaz.lookup(name_key(doc, j - 1, end))
            ):
                return end
        return j

    def _longer_name(self, doc, i: int, j: int) -> int:
        """The end of a place entity that spaCy cut inside a long name of three words or more
        ("Vila" of "Vila Real de Santo António", whose head alone reads as Port Vila): the
        longer name when the gazetteer has it as a place's main name, its words capitalised or
        connectors, all in one sentence."""
        tv = view(doc)
        n = len(doc)
        if j >= n or not tv.run[j] or not tv.starts[i] or doc[j].is_sent_start:
            return j
        if not all(tv.run[i:j]):
            return j  # within one capitalised run, whose names a batch has looked up at once
        stop = j
        while stop < min(n, i + MAX_TOKENS) and tv.run[stop] and not doc[stop].is_sent_start:
            stop += 1
        for end in range(stop, max(j, i + 2), -1):
            if not tv.cap[end - 1]:
                continue
            if any(e.primary for e in self.gaz.lookup(name_key(doc, i, end))):
                return end
        return j

    def _joined_country(self, doc, i: int, j: int) -> int:
        """The end of a place entity that spaCy cut before a connector inside a country's or an
        administrative unit's name ("Trinidad" of "Trinidad y Tobago", "Trinité" of
        "Trinité-et-Tobago", "Lanao" of "Lanao del Sur province"): the longer name when the
        gazetteer has it as a country's, a first-level unit's or a second-level unit's (the
        Philippines' provinces are GeoNames' second level). An article spaCy took into the
        entity is not part of the name looked up."""
        tv = view(doc)
        n = len(doc)
        if i + 1 < j and tv.lower[i] == "the":
            # "the St. Vincent" of "the St. Vincent and the Grenadines Community College"
            i += 1
        k = j
        while k < n and k - j < 3 and not tv.cap[k] and tv.lower[k] in CONNECTORS:
            k += 1
        if k == j or k >= n or not tv.cap[k] or doc[k].is_sent_start or not tv.starts[i]:
            return j
        # within the span the gazetteer scan reads, whose names a batch has looked up at once
        stop = k
        while stop < min(n, k + 3, i + MAX_TOKENS) and tv.run[stop]:
            stop += 1
        for end in range(stop, k, -1):
            if not tv.cap[end - 1]:
                continue
            if any(e.rank in (0, 2, 3) for e in self.gaz.lookup(name_key(doc, i, end))):
                return end
        return j

    def _before_office(self, doc, i: int, j: int) -> int:
        """The end of a place entity that took in the first word of an office after it ("San
        Fernando City" of "San Fernando City Councilwoman", "Dublin City" of "Dublin City
        Council"): the town's own name, unless the longer one is a place's main name ("Carson
        City", "Quezon City")."""
        if j - i < 2 or j >= len(doc) or norm(doc[j - 1].text) not in self._civic:
            return j
        nxt = doc[j]
        word = norm(nxt.text)
        if not is_cap(nxt) or not (word in self._titles or word in self._civic or word == "hall"):
            return j  # "City Hall" too: "San Fernando City Hall" is San Fernando's
        if any(e.primary for e in self.gaz.lookup(name_key(doc, i, j))):
            return j
        if not any(e.primary for e in self.gaz.lookup(name_key(doc, i, j - 1))):
            return j
        return j - 1

    def _civic_lead(self, doc, text: str, s: int, e: int) -> list[_Found]:
        """The town at the start of tokens [s, e) (after "the") before its own body's word, as
        the only name of them: "Mount Pleasant" of "the Mount Pleasant Fire Department"."""
        lead = s + (1 if doc[s].lower_ == "the" else 0)
        segs = self._segment(
            doc,
            text,
            lead,
            e,
            inside_entity=False,
            accept=lambda f: f.start == lead and f.end < e and self._civic_after(doc, f),
        )
        return [
            _Found(f.start, f.end, f.entries, "org-part", "FAC")
            for f in segs[:1]
            if f.start == lead and f.end < e and f.entries
        ]

    def _fit_span(self, doc, text: str, f: _Found) -> None:
        """The span a reader would mark: an abbreviation with its dot ("Que.", which the
        tokenizer splits off) and only as written ("M.D." after a name is a degree, not
        Maryland's "Md."); a region with its capitalised generic word ("Fars Province")."""
        tv = view(doc)
        key = name_key(doc, f.start, f.end)
        forms = self._dotted.get(key)
        if forms and any(e.alias for e in f.entries):
            surface = span_text(doc, f.start, f.end).replace(" ", "")
            if (
                f.end < len(doc)
                and tv.words[f.end] == "."
                and not tv.spaces[f.end - 1]
                and surface + "." in forms
            ):
                f.end += 1
            elif surface not in forms and (
                ("." in surface and surface + "." not in forms)
                or ("." not in surface and not (f.start > 1 and tv.words[f.start - 1] == ","))
            ):
                # "M.D." is not "Md."; a bare "PA" is a state only as in "Pittsburgh, PA"
                f.entries = tuple(e for e in f.entries if not e.alias)
                if not f.entries or self._acronym(doc, f):
                    f.entries = ()
                    f.source = "dropped"  # not the abbreviation: no place at all
        words = tv.words
        if (
            f.end < len(doc)
            and words[f.end] in TOWNSHIP_WORDS
            and any(e.rank == 4 for e in f.entries)
        ):
            f.end += 1  # "Hamilton Township": the township named for the town
            if f.end < len(doc) and words[f.end] == "." and words[f.end - 1] == "Twp":
                f.end += 1
        if (
            f.end < len(doc)
            and words[f.end] in ADMIN_WORDS
            and f.entries
            and all(e.rank in (2, 3) for e in f.entries if e.primary)
        ):
            f.end += 1
