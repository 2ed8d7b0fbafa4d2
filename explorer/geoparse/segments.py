"""A run of tokens cut into the longest gazetteer names, and the demonyms in it."""

from __future__ import annotations

from explorer.geoparse.compass_part import compass_country_town
from explorer.geoparse.headlines import _language
from explorer.geoparse.name_evidence import NameEvidence
from explorer.geoparse.names import is_compass, norm
from explorer.geoparse.recognised import (
    MAX_TOKENS,
    MIN_POP_FREE,
    REGION_WORDS,
    _Found,
    news_spellings,
)
from explorer.geoparse.tokens import CONNECTORS, name_key, view
from explorer.geoparse.unit_rules import GENERIC_TAILS
from explorer.geoparse.units import _kind_word
from explorer.geoparse.whole_names import keeps_its_possessive

# the words after a town's name that make the name of grounds, an estate or a square named for
# it ("Madison Square Garden" in New York: no Madison, Wisconsin)
GROUNDS_WORDS = frozenset({"park", "gardens", "estate", "estates", "square"})
# a port's words before "of" and its town's name ("the Port of Hodeidah")
PORT_WORDS = frozenset({"port", "harbour", "harbor"})
# the last word of a street's, a quarter's or a building's name: a demonym before it is part
# of that name ("Indian Lake Road", "the French Quarter", "the Irish Pub"), not its country
ADDRESS_TAILS = GENERIC_TAILS | frozenset(
    {"road", "street", "avenue", "drive", "lane", "boulevard", "highway", "quarter", "square"}
    | {"pub", "restaurant", "cafe", "bakery", "church", "school", "academy", "garden", "trail"}
)


class SegmentRules(NameEvidence):
    """The names and the demonyms of a run of tokens."""

    def _segment(
        self, doc, text: str, i: int, j: int, inside_entity: bool, accept=None, one_name=False
    ) -> list[_Found]:
        """Cut tokens [i, j) into the longest gazetteer names, left to right. With ``one_name``, a
        name ``accept`` refuses takes its first words with it: "Ho" of "the Ho Chi Minh trail"
        (a variant of Ho Chi Minh City, refused, and a person's name) is no town of Ghana."""
        out: list[_Found] = []
        # the tokens' text, lower case, capitalisation and offsets as lists: spaCy makes a new
        # Token object on each doc[k], and this loop reads up to six of them per start
        tv = view(doc)
        starts, words, lower, cap, idx = tv.starts, tv.words, tv.lower, tv.cap, tv.idx
        # each span's folded text, made once per doc: the prefetch's keys, the window choice
        # and the steps after it scan the same runs (``tokens.name_key``)
        keys = tv.keys if text is tv.text else {}
        k = i
        # the last longer name refused here (too small a place for the scan, or one inside a
        # longer entity): a word inside it is part of that name ("Mary" in "Lake Mary", a Florida
        # town refused in a Minnesota story, is no city of Turkmenistan), unless it names a
        # country ("the Gulf of Mexico")
        refused = (i, i)  # (start, end) of the last name refused
        while k < j:
            if not starts[k]:
                k += 1
                continue
            hit = None
            for end in range(min(j, k + MAX_TOKENS), k, -1):
                last = end - 1
                if not (cap[last] or (words[last] in {".", "'s"} and last > k)):
                    continue
                if lower[last] in CONNECTORS:
                    continue
                key = keys.get(k << 32 | end)
                if key is None:
                    key = keys[k << 32 | end] = norm(text[idx[k] : idx[last] + len(words[last])])
                if key in self._stop:
                    break
                entries = self.gaz.lookup(key)
                whole = k == i and (end == j or _spelled_before_possessive(lower, end, j, entries))
                if entries and self._dotted_container(doc, k, end):
                    entries = tuple(e for e in entries if e.alias)  # "Churchill, Man."
                elif (
                    entries
                    and key in self._common
                    and not any(e.rank in (0, 1, 5) for e in entries)
                    # "Victoria, B.C.": a town before a region it lies in is no word
                    and not self._before_container(doc, _Found(k, end, entries, "gaz"))
                ):
                    entries = ()  # "the West", "Central": words, not the places so named
                if (
                    entries
                    and inside_entity
                    and not whole
                    and not self._strong(entries, MIN_POP_FREE)
                    # a country by any of its names ("the Democratic Republic of Congo's")
                    and not any(e.rank == 0 for e in entries)
                    and not (k == i and self._civic_after(doc, _Found(k, end, entries, "ner")))
                    # "Lahj province", "Raqqa province", one entity to spaCy: a province named
                    # for its town; the region's word that ends the entity says what it is, and
                    # `_feature_words` keeps only readings that fit it
                    and not (end == j - 1 and _kind_word(doc, end) in REGION_WORDS)
                    # "Novoberde/Novo Brdo", one entity to spaCy: a town's two names joined
                    and not ((k > i and words[k - 1] == "/") or (end < j and words[end] == "/"))
                ):
                    entries = ()  # kept: "Cottonport Fire Station", "Whitestown Town Hall"
                    if end > refused[1]:
                        refused = (k, end)
                elif (
                    entries
                    and inside_entity
                    and end < j
                    and lower[end] in GROUNDS_WORDS
                    and not any(e.rank in (0, 2) for e in entries)
                ):
                    # "his Regina Park home", "Windsor Gardens", "Madison Square Garden": grounds,
                    # an estate or a square named for a town, a name the gazetteer lacks, not the
                    # town (Regina, Saskatchewan, in a story of County Armagh)
                    entries = ()
                    if end > refused[1]:
                        refused = (k, end)
                if entries and inside_entity and not whole and key in self._common:
                    entries = ()
                if entries and refused[0] < k < refused[1]:
                    entries = tuple(e for e in entries if e.rank == 0)
                if entries:
                    cand = _Found(k, end, entries, "ner" if inside_entity else "gaz")
                    if (
                        accept is not None
                        and not accept(cand)
                        and not compass_country_town(tv, self.gaz, k, end, entries)
                    ):
                        if end > refused[1]:
                            refused = (k, end)
                        if one_name and end - k > 1:
                            break
                        continue  # a shorter name may still do ("Dublin" in "Dublin City ...")
                    hit = cand
                    break
            if hit is None:
                k += 1
                continue
            # a possessive "'s" stays outside the name
            # ("St. John's" keeps it: whole_names.keeps_its_possessive)
            while (
                hit.end > hit.start + 1
                and lower[hit.end - 1] in {"'s", "’s"}
                and not keeps_its_possessive(doc, hit.start, hit.end, hit.entries)
            ):
                hit.end -= 1
            out.append(hit)
            k = hit.end
        # a compass word's province before another name qualifies it: "North West England" is
        # no North West of South Africa, "South West Africa" no region of Cameroon (most runs
        # hold no name: no list made for them)
        if out:
            out = [
                f
                for f in out
                if f.end >= j or not cap[f.end] or not is_compass(name_key(doc, f.start, f.end))
            ]
        if inside_entity and not out:
            # unknown to the gazetteer: keep the whole entity (the caller may still show it)
            s, e = i, j
            while s < e and doc[s].lower_ in {"the"}:
                s += 1
            while e > s and (doc[e - 1].lower_ in {"'s", "’s"} or doc[e - 1].is_punct):
                e -= 1
            if e - s > 2 and lower[s] in PORT_WORDS and lower[s + 1] == "of" and cap[s + 2]:
                # "the Port of Hodeidah", one entity to spaCy: a port is named for its town,
                # and the town is the name, read as the text spells it ("Port of Spain", a
                # town's whole name, is read above)
                s += 2
            key = name_key(doc, s, e)
            if e > s and key not in self._stop and key not in self._common:
                out.append(_Found(s, e, (), "ner"))
        return out

    def _demonyms(self, doc, text: str, i: int, j: int, named: bool = False) -> list[_Found]:
        """The demonyms of tokens [i, j); with ``named``, none inside the name of a street, a
        quarter or a building the tokens end with ("an Indian Lake Road residence", "the French
        Quarter", "the Irish Pub on Main Street"): part of that name, not its country."""
        tv = view(doc)
        if named and j - i > 1 and tv.lower[j - 1] in ADDRESS_TAILS:
            return []
        out = []
        words, idx = tv.words, tv.idx
        k = i
        while k < j:
            if not words[k][:1].isupper():  # no demonym starts here, of one word or two
                k += 1
                continue
            hit = None
            for end in range(min(j, k + 2), k, -1):
                surface = text[idx[k] : idx[end - 1] + len(words[end - 1])]
                if not surface[:1].isupper() or not words[end - 1].isalpha():
                    continue
                country = self.gaz.demonym(surface)
                if country is None and surface.endswith("s"):
                    country = self.gaz.demonym(surface[:-1])  # "Russians", "Palestinians"
                if country is not None:
                    hit = _Found(k, end, (country,), "demonym", demonym=True)
                    break
            if hit is not None:
                # "Latin American", "Central American", "Northern Irish": a region's people,
                # not the US's or Ireland's; a two-word demonym ("South Korean") was matched
                # from the first word above; not "southern Sudanese", Sudan's south
                region = (
                    k > 0
                    and tv.cap[k - 1]
                    and (tv.lower[k - 1] == "latin" or is_compass(tv.lower[k - 1]))
                )
                if not _language(doc, hit) and not region:
                    out.append(hit)
                k = hit.end
            else:
                k += 1
        return out


def _spelled_before_possessive(lower: list[str], end: int, j: int, entries) -> bool:
    """Whether the only token of [end, j) is a possessive "'s" after a news spelling of a place
    of MIN_POP_FREE people ("Addis Abeba's Lafto district", Addis Ababa's other spelling): the
    whole of the entity spaCy took for a place, not a word inside a longer name. A town's own
    name before the possessive stays under the guard of longer names ("Sun Valley's March
    check", where the gazetteer holds only namesakes in other states)."""
    return (
        end == j - 1 and lower[end] in {"'s", "’s"} and bool(news_spellings(entries, MIN_POP_FREE))
    )
