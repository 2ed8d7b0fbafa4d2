"""Whether a name is a person's or a body's rather than a place's.

Titles and code names, given names and surnames, a speaker, a state's abbreviation used as a
title, a saint's church, a continent in a body's name, a person's name that goes on, and what a
person's name looks like in news.
"""

from __future__ import annotations

from explorer.geoparse.headlines import DASHES, _lower_words
from explorer.geoparse.longer_names import CALENDAR_WORDS
from explorer.geoparse.name_evidence import NameEvidence
from explorer.geoparse.names import is_compass, norm
from explorer.geoparse.persons import (
    BODY_NOUNS,
    ROLE_NOUNS,
    _kin_named,
    _kin_of,
    _role_named,
    _speaks,
)
from explorer.geoparse.recognised import (
    ENTS,
    LEAD_WORDS,
    LOCATIVE,
    MIN_POP_FREE,
    NATURE_WORDS,
    REGION_WORDS,
    SAINT_WORDS,
    STREET_WORDS,
    _DocContext,
    _Found,
    taken_by,
)
from explorer.geoparse.tokens import is_cap, name_key, opens_sentence, view
from explorer.geoparse.units import _kind_word, _world_region

# words before a code name, which names no place even when a place's name is in it
CODE_NAME_WORDS = frozenset({"Operation", "Exercise"})
# more nouns of persons whose plural may stand before their names ("senators Warnock and X")
GROUP_NOUNS = frozenset({"senator", "leader", "player", "striker", "candidate", "lawmaker"})
# prepositions that take two places joined by "and" ("between Jenin and Tubas")
PAIR_PREPOSITIONS = frozenset({"between", "across", "around", "into", "toward", "towards", "via"})
# the words before a pair that make its names places ("in Toledo and Humala"), and the persons'
# singular nouns ("presidents"): the unions made once, not at each name
_PLACES_WORDS = LEAD_WORDS | LOCATIVE | PAIR_PREPOSITIONS
_PERSONS_NOUNS = ROLE_NOUNS | GROUP_NOUNS
# words before a given name that make it a place's, or the first word of a body's or a
# building's name ("in Paris Orly", "the Paris Hilton", "to Lima Ohio")
_PLACE_BEFORE = LOCATIVE | frozenset({"the", "at", "to", "of", "via", "into", "toward", "towards"})
# marks that join a name to the name before it ("Lebanon-Syria", "Helen & Douglas")
_JOINERS = frozenset({"-", "–", "—", "/", "&"})
# words after a capitalised word that make it part of a longer name ("Freedom of Information")
_NAME_GOES_ON = frozenset({"-", "&", "of", "for", "de", "del", "da", "du", "la", "le"})
# a surname is no town's name of this many people: a place's, not a person's ("Paris Orly")
SURNAME_MAX_POP = 20_000
# articles before a name: a building's or a body's ("the Paris Hilton"), never a person's alone
_ARTICLES = frozenset({"the", "a", "an"})
# how many members of a list after a full name are read for a person's full name
LIST_REACH = 4
# more last words of a place's name that no person's name ends with
PLACE_TAILS = frozenset({"station", "square", "county", "township", "city", "center", "centre"})


class PersonRules(NameEvidence):
    """Persons' and bodies' names told from places' names."""

    def _person(self, doc, f: _Found, ctx: _DocContext) -> bool:
        """A title, or a name a title stands before ("Dr", "Gen. Miranda"), or a given name
        that the text does not show to be a place ("Olivia" alone, "Olivia Smith")."""
        tv = view(doc)
        if f.start > 0 and tv.words[f.start - 1] in CODE_NAME_WORDS:
            return True  # "Operation Falcon", "Operation Olive Branch": a code name
        if f.demonym:
            return False
        key = name_key(doc, f.start, f.end)
        if key in self._titles:
            return True
        k = f.start - 1
        if k >= 0 and tv.words[k] == ".":
            k -= 1
        if k >= 0 and norm(tv.words[k]) in self._titles and tv.cap[k]:
            return not any(e.rank <= 2 or e.rank == 5 for e in f.entries)
        if _role_named(doc, f) and not any(e.rank in (0, 5) for e in f.entries):
            return True  # "The prosecutor, Lopez, said"
        if f.end - f.start != 1 or not self.gaz.is_given_name(key) or _kind_word(doc, f.end):
            return False  # "Flores island" is no person
        if (_kin_of(doc, f.start) or _kin_named(doc, f.start)) and not any(
            e.rank in (0, 1, 5) or e.alias for e in f.entries
        ):
            return True  # "a friend of Vladimir", "wife, Tonya": a person, not the town
        if any(e.rank <= 2 or e.rank == 5 or e.alias for e in f.entries if e.primary):
            return False  # "Georgia", "Victoria": a country or a state first
        if self._given_speaker(doc, f, ctx):
            return True
        if self._strong(f.entries, MIN_POP_FREE) or ctx.knows(f, doc):
            return False
        if self._before_container(doc, f):
            return False
        nxt = tv.words[f.end] if f.end < len(doc) else None
        if (
            nxt is not None
            and tv.cap[f.end]
            and nxt.isalpha()
            and self.gaz.is_given_name(norm(nxt)) is False
            and norm(nxt) not in self._org_words
            and not self.gaz.has_name(norm(nxt))
        ):
            return True  # "Olivia Smith"
        prev = tv.lower[f.start - 1] if f.start > 0 else ""
        return prev not in {"in", "near", "outside", "at"}

    def _given_speaker(self, doc, f: _Found, ctx: _DocContext) -> bool:
        """ "Brent told CTV Edmonton" in a Canadian story: a given name before a person's verb
        is the person where none of its readings lies in a country of the text's other places
        (Brent, a London borough and American towns), but villages (under SURNAME_MAX_POP),
        nor is a capital. Not after a
        preposition ("a Republican from Florence, who"); "Jackson said ..., officials in
        Mississippi" stays the city, as geoq9's regions do beside their country."""
        if not _speaks(doc, f.end):
            return False
        if f.start > 0 and doc[f.start - 1].lower_ in LEAD_WORDS | {",", "by"}:
            return False
        known = ctx.countries | ctx.city_countries | {c for c, _ in ctx.regions}
        # a village of the text's country does not speak: "Kennedy said the bill would pass in
        # Washington" is no Kennedy, California of 3,000 people (nor Bogota's Kennedy, of a
        # country the text does not name); "Jackson said" in Mississippi is the city's
        return not any(
            (e.country in known and (e.rank < 4 or e.population >= SURNAME_MAX_POP))
            or e.capital
            or e.rank == 5
            for e in f.entries
        )

    def _surname(self, doc, f: _Found, found: list[_Found]) -> bool:
        """ "a top-10 golfer in Brooke Henderson": a town's one-word name right after a given
        name that is no place of the text is the person's surname, not Henderson, Nevada. Not
        a country's or a state's name ("Georgia", "Washington"), nor after a name the text
        reads as a place ("Dallas Fort Worth")."""
        if f.end - f.start != 1 or f.start == 0 or f.demonym or not f.entries:
            return False
        given = doc[f.start - 1]
        if not (given.is_alpha and is_cap(given) and self.gaz.is_given_name(norm(given.text))):
            return False
        if given.like_num or given.lower_ in LEAD_WORDS or given.lower_ in _lower_words(doc):
            return False  # "The Madison Central", "One Edmonton resident": words, not names
        if f.start >= 2 and doc[f.start - 2].text in SAINT_WORDS:
            return False  # "St. Joseph London": the saint's school, then the town
        if any(taken_by(found, f.start - 1, f.start)):
            return False
        return not any(e.rank <= 2 or e.rank == 5 for e in f.entries if e.primary)

    def _given_and_surname(self, doc, f: _Found, found: list[_Found]) -> bool:
        """ "an Ariana Grande concert", "Georgia May Jagger was seen": a one-word name that is a
        given name, opening a person's name of one or two given names and a surname, is the
        person's, not Ariana (Tunisia) or the country Georgia. The surname is a capitalised
        word the text never writes in lower case, no common, firm's, title's, body's, kind's or
        calendar word, that ends the name, that no place of SURNAME_MAX_POP people, no country,
        state or curated area bears, and that the text does not read as a place; the recogniser
        reads it as a person's or in no name of its own, or a person's deed follows it (see
        :meth:`_full_name_is_person`). Not after a place's word or an article ("in Lima Ohio",
        "the Paris Hilton", "flights to Paris Orly"), except where the text shows the same
        full name to be a person's at another mention ("with Paris Hilton and Zac Efron in
        town ... dancing too close to Paris Hilton"); never after an article or a joining mark
        ("the Paris Hilton hotel", "the Lebanon-Syria Treaty")."""
        if f.demonym or f.end - f.start != 1 or not f.entries:
            return False
        tv = view(doc)
        before = f.start - 1
        end = self._person_name_end(doc, f.start, found)
        if end < 0:
            return False
        if _place_word_before(tv, f.start):
            # "the Paris Hilton", "the Lebanon-Syria Treaty": a building's or a body's name;
            # after another place's word, the person only where another mention shows it
            if tv.lower[before] in _ARTICLES or tv.cap[before] or tv.words[before] in _JOINERS:
                return False
            if tv.lower[before] == "of" and before > 0 and tv.lower[before - 1] in PICTURE_WORDS:
                return True  # "a photo of Sydney Sweeney": a picture of a person's full name
            return self._person_at_other_mention(doc, f, end, found)
        return self._full_name_is_person(doc, f.start, end, found)

    def _full_name_is_person(self, doc, start: int, end: int, found: list[_Found]) -> bool:
        """The full name of tokens start to end is a person's: the recogniser reads it as a
        person's or in no name; or, read as a body's or a building's ("India Walton", "Sydney
        Sweeney" are ORG to it), a person's deed follows it ("India Walton ran for mayor",
        "Charlotte Church sang", "Denver Pyle died", "Sydney Sweeney filmed a movie"), or a
        verb of speech that the text shows a person's (`_spoken_of_as_person`) or after a
        surname that is no common word of English (`_a_word_of_english`), or a
        list's "and" or comma joins it to a person's name ("Paris Hilton and Georgia May
        Jagger", "One Direction, Paris Hilton, Rihanna and Zac Efron"): a list joins like with
        like."""
        label = _label_over(doc, end)
        if label in ("", "PERSON") or _person_deed(doc, end):
            return True
        if _speaks(doc, end) and _spoken_of_as_person(doc, start, end):
            return True  # "Sydney Sweeney said she ...": bodies speak too, but as "it"
        if _speaks(doc, end) and not _a_word_of_english(doc[end - 1].lower_):
            return True  # "Sydney Sweeney said": no word's name, as "Georgia Power" is
        tv = view(doc)
        n = len(doc)
        k, members = end, 0
        while k + 1 < n and tv.words[k] in (",", "and") and members < LIST_REACH:
            after = self._person_name_end(doc, k + 1, found)
            if after > 0 and _label_over(doc, after) in ("", "PERSON"):
                return True
            if _person_entity_at(doc, k + 1):
                return True  # "and Zac Efron": a full name the recogniser reads as a person's
            k += 1
            while k < n and tv.cap[k] and tv.words[k] not in (",", "and"):
                k += 1  # over a member that is no person's full name ("Rihanna")
            members += 1
        before = start - 1
        if before > 0 and tv.lower[before] == "and":
            for j in range(max(0, before - 3), before):
                if self._person_name_end(doc, j, found) == before:
                    return _label_over(doc, before) in ("", "PERSON")
        return False

    def _person_at_other_mention(self, doc, f: _Found, end: int, found: list[_Found]) -> bool:
        """The same given name and surname stand elsewhere in the text where nothing of place
        comes before them and :meth:`_full_name_is_person` holds: the person at this mention
        too ("dancing too close to Paris Hilton" after "with Paris Hilton and Zac Efron")."""
        tv = view(doc)
        words = tv.words[f.start : end]
        for g in found:
            if g.start == f.start or g.end - g.start != 1 or tv.words[g.start] != words[0]:
                continue
            if _place_word_before(tv, g.start):
                continue
            other = self._person_name_end(doc, g.start, found)
            if (
                other - g.start == len(words)
                and tv.words[g.start : other] == words
                and self._full_name_is_person(doc, g.start, other, found)
            ):
                return True
        return False

    def _person_name_end(self, doc, k: int, found: list[_Found]) -> int:
        """Where a person's name of a given name at token k, maybe a second given name, and a
        surname ends (see :meth:`_given_and_surname`); -1 where none does."""
        tv = view(doc)
        n = len(doc)
        if not (tv.cap[k] and tv.words[k].isalpha() and self.gaz.is_given_name(norm(tv.words[k]))):
            return -1
        last = k + 1
        if (
            last + 1 < n
            and tv.cap[last + 1]
            and tv.words[last].isalpha()
            and self.gaz.is_given_name(norm(tv.words[last]))
            and not self._surname_word(doc, last, found)
        ):
            last += 1  # "Georgia May Jagger": a second given name
        if last >= n or not self._surname_word(doc, last, found):
            return -1
        if last + 1 < n and (tv.cap[last + 1] or tv.lower[last + 1] in _NAME_GOES_ON):
            return -1  # "Sydney Opera House", "a Virginia Freedom of Information Act request"
        return last + 1

    def _surname_word(self, doc, k: int, found: list[_Found]) -> bool:
        """Token k can be a surname: see :meth:`_given_and_surname`."""
        tv = view(doc)
        word = tv.words[k]
        if not (tv.cap[k] and word.isalpha() and len(word) >= 3) or word.isupper():
            return False
        if word.endswith("s"):
            return False  # "Jordan Juniors", "Dallas Cowboys": a plural, a team's or a body's
        key = norm(word)
        low = tv.lower[k]
        if (
            low in _lower_words(doc)
            or key in self._common
            or key in self._org_words
            or key in self._titles
            or key in self._civic
            or key in self._stop
            or low in BODY_NOUNS
            or low in CALENDAR_WORDS
            or low in REGION_WORDS
            or low in NATURE_WORDS
            or low in STREET_WORDS
            or low in PLACE_TAILS
            or any(taken_by(found, k, k + 1))
        ):
            return False
        return not any(
            e.rank <= 2 or e.rank == 5 or (e.primary and e.population >= SURNAME_MAX_POP)
            for e in self.gaz.lookup(key)
        )

    def _title_abbreviation(self, doc, f: _Found) -> bool:
        """A state's dotted abbreviation before a person's given name is a title: "Del. Brian
        Moran" is a delegate, not Delaware. Not after a comma ("Dover, Del. Brian Moran said")
        or a preposition ("a farm in Del. Brian Moran said"), where it is the state."""
        if f.end - f.start != 1:
            return False
        words = view(doc).words
        nxt_k = f.end
        if not words[f.start].endswith("."):  # "Del" and its dot apart
            if nxt_k >= len(doc) or words[nxt_k] != ".":
                return False
            nxt_k += 1
        word = words[f.start].rstrip(".")
        if not any("." in a for a in self._dotted.get(norm(word), ())):
            return False
        if any(e.rank == 0 for e in f.entries):
            return False  # "U.S. Marshal": a country's name is no title
        before = doc[f.start - 1].lower_ if f.start > 0 else ""
        if before in {",", "(", "-", "–", "—"} or before in LOCATIVE | {"to", "at"}:
            return False  # "in Del. Brian Moran said": the state
        if nxt_k + 1 >= len(doc):
            return False
        given, last = doc[nxt_k], doc[nxt_k + 1]
        return (
            is_cap(given)
            and given.is_alpha
            and self.gaz.is_given_name(norm(given.text))
            and is_cap(last)
            and last.is_alpha
        )

    def _joined_to_non_place(self, doc, f: _Found) -> bool:
        """ "Peru's former presidents Toledo and Humala were charged": a one-word name joined
        by "and" to a one-word capitalised name that no place anywhere bears (the gazetteer
        holds no such name, nor is it a people's), the two after a plural noun of persons, is
        of its kind, a person, not the town its letters match: "and" joins like with like, and
        the noun says what both are. Not after a preposition ("fighting near Gao
        and Tessit": two places, one the gazetteer lacks), not a country, a continent, a
        curated area or a capital, and only a name that is some place's own name: "backed
        Warnock and Ossoff" keeps Warnock, read as Provencal's alias, whose reading is the
        only word that makes the sentence's Georgia the US state."""
        if f.demonym or f.end - f.start != 1 or not f.entries:
            return False
        tv = view(doc)
        n = len(tv.words)
        if not (
            (f.end + 1 < n and tv.lower[f.end] == "and")
            or (f.start >= 2 and tv.lower[f.start - 1] == "and")
        ):
            return False  # no "and" beside the name (most names): the cheap test first
        if any(e.rank in (0, 1, 5) or e.capital for e in f.entries):
            return False
        if not any(e.primary for e in f.entries):
            return False  # "Warnock" as another town's alias: left as it was read
        if f.start > 0 and (tv.lower[f.start - 1] in _PLACES_WORDS):
            return False  # "in Toledo and Humala", "between Jenin and Tubas": places' words
        if f.end + 1 < n and tv.lower[f.end] == "and":
            other = f.end + 1
            if other + 1 < n and (tv.cap[other + 1] or tv.words[other + 1] in ("'s", "’s")):
                return False  # "and Nur Shams", "and Ossoff's": a longer name
        elif f.start >= 2 and tv.lower[f.start - 1] == "and":
            other = f.start - 2
            if other > 0 and (tv.cap[other - 1] or tv.lower[other - 1] in PAIR_PREPOSITIONS):
                return False
            if other > 0 and tv.lower[other - 1] in LEAD_WORDS | LOCATIVE:
                return False
        else:
            return False
        word = tv.words[other]
        if not (tv.cap[other] and word.isalpha()) or opens_sentence(tv, other):
            return False
        key = norm(word)
        if self.gaz.has_name(key) or key in self.gaz.demonyms:
            return False
        # the text says they are persons: persons' plural noun right before the pair
        # ("presidents Toledo and Humala"); a list of towns the gazetteer lacks one of
        # ("towards Sloviansk, Siversk and Raihorodka", "Golaghat, Cachar, Sonitpur, Nagaon and
        # Bishwanath") does not, nor spaCy's person, which it gives unfamiliar towns too
        first = min(f.start, other)
        before = tv.lower[first - 1] if first > 0 else ""
        return before.endswith("s") and before[:-1] in _PERSONS_NOUNS

    def _saints(self, doc, f: _Found) -> bool:
        """ "St. Paul's Hospital", "St. Mary's Cathedral": a saint's possessive before a name
        is a church, a school or a hospital named after the saint, not the town ("St. Paul's
        mayor" and "St. Paul's Police Chief" stay the town's)."""
        words = view(doc).words
        k = f.end
        if k + 1 >= len(doc) or words[k] not in ("'s", "’s"):
            return False
        first = words[f.start]
        before = words[f.start - 1] if f.start > 0 else ""
        if first not in SAINT_WORDS and before not in SAINT_WORDS:
            return False
        nxt = doc[k + 1]
        word = norm(nxt.text)
        return is_cap(nxt) and nxt.is_alpha and word not in self._civic and word not in self._titles

    def _continent_after_of(self, doc, s: int, f: _Found) -> bool:
        """Inside an organisation's name from token s, the words from "of" to the name's end
        are a continent's name ("the Council of Europe", "the Union of South America": neither
        Europe nor the America of "South America" is where the body acts), or a world region's
        drawn as whole countries ("the Development Bank of Latin America")."""
        k = f.start - 1
        while k > s and f.start - k <= 2 and (is_compass(doc[k].lower_) or is_cap(doc[k])):
            k -= 1  # "of South America", "of Latin America": the whole name from "of"
        if k <= s or doc[k].lower_ != "of":
            return False
        entries = self.gaz.lookup(name_key(doc, k + 1, f.end))
        return bool(entries) and all(x.rank == 1 or _world_region(x) for x in entries)

    def _continent_ends_name(self, doc, s: int, e: int, f: _Found) -> bool:
        """ "Radio Free Europe", "Radio Free Asia": a continent that closes an organisation's
        name (tokens s to e) after words of its own names the body's reach, as after "of"
        (:meth:`_continent_after_of`), not a place the story is in. A continent's part is one
        name with its compass word ("Eastern Europe") and is not cut so."""
        if f.end != e or f.start <= s or not is_cap(doc[f.start - 1]):
            return False
        return bool(f.entries) and all(x.rank == 1 for x in f.entries)

    def _name_goes_on(self, doc, e: int, ents: list) -> bool:
        """ "Opposition leader Aung San Suu Kyi", spaCy's person "Aung San": a capitalised word
        that is no place's name and in no entity of spaCy's right after a person's name (in its
        sentence), without a title in it or the word after it, goes on with it, and the place's
        name is only its head."""
        if e >= len(doc) or opens_sentence(view(doc), e):
            return False
        t = doc[e]
        if not (t.is_alpha and is_cap(t)):
            return False
        if any(norm(x.text) in self._titles for x in doc[e : e + 2]):
            return False  # "Monroe Mayor Robert Routson", "Scott County Deputy Sgt. Bob"
        if any(x.primary for x in self.gaz.lookup(norm(t.text))):
            return False
        # "Clinton April 4", "Scott County Deputy Sgt. Bob Mulvehill"
        return not any(x.start <= e < x.end for x in ents)

    def _looks_named(self, ent) -> bool:
        """A person's name as news writes it: a given name first ("David Hopkins"), or a title
        before it ("Mayor Bingham"). spaCy also calls headlines and titles persons ("Freemason
        Bogdanov Joins Talks", "Erie GM"): their words are not a person's."""
        first = ent[0]
        last = ent[-1].lower_.rstrip(".")
        if last in STREET_WORDS or last in PLACE_TAILS:
            # "Greer Station": a place's name, not a person's (not "Park", "Woods" or "Mills",
            # which are surnames too)
            return False
        if any(t.text in DASHES and t.i > 0 and t.doc[t.i - 1].whitespace_ for t in ent[1:-1]):
            # "Bayan-Ulgii - Kazakhstan's ambassador": a dateline and its lead joined by a
            # spaced dash, no one's name (a name's own hyphen is not spaced: "Bayan-Ulgii")
            return False
        if first.is_alpha and is_cap(first) and self.gaz.is_given_name(norm(first.text)):
            return True
        doc = ent.doc
        k = ent.start - 1
        if k >= 0 and doc[k].text == ".":
            k -= 1
        return k >= 0 and norm(doc[k].text) in self._titles


def _place_word_before(tv, k: int) -> bool:
    """A place's word, an article, a capitalised word or a joining mark stands before token k,
    which opens no sentence ("in Lima Ohio", "the Paris Hilton", "the Lebanon-Syria Treaty")."""
    before = k - 1
    return (
        before >= 0
        and (tv.lower[before] in _PLACE_BEFORE or tv.cap[before] or tv.words[before] in _JOINERS)
        and not opens_sentence(tv, k)
    )


def _person_entity_at(doc, k: int) -> bool:
    """The recogniser reads a person's name of two words or more from token k."""
    ents = doc.user_data.get(ENTS)
    return any(
        ent.start == k and ent.end - ent.start >= 2 and ent.label_ == "PERSON"
        for ent in (doc.ents if ents is None else ents)
    )


def _label_over(doc, e: int) -> str:
    """The recogniser's label of the entity holding token e - 1 (a name's surname); "" where
    none does."""
    ents = doc.user_data.get(ENTS)
    return next(
        (ent.label_ for ent in (doc.ents if ents is None else ents) if ent.start < e <= ent.end),
        "",
    )


# what a person does that a town, a firm or a building does not, right after a person's full
# name: a life's and a performer's deeds and standing for office (not speaking: "Georgia Power
# said", "Denver Health said" are bodies that speak)
PERSON_DEEDS = frozenset(
    {"died", "dies", "sang", "sings", "filmed", "starred", "married", "marries", "wed"}
    | {"resigned", "coached", "posed", "wept"}
)
# verbs of standing for office, a person's deed before "for" ("ran for mayor")
CANDIDATE_VERBS = frozenset({"ran", "runs", "running", "stood", "stands", "standing"})


# the words of a picture or a portrait of someone, before "of" and a person's full name
PICTURE_WORDS = frozenset(
    {"photo", "photos", "photograph", "photographs", "picture", "pictures", "portrait"}
    | {"portraits", "image", "images", "selfie", "selfies", "poster", "posters", "video"}
)


# what a person is called after a name, and what a body is: the first of them after the verb
PERSON_PRONOUNS = frozenset({"he", "she", "his", "her", "him", "himself", "herself"})
BODY_PRONOUNS = frozenset({"it", "its", "itself", "they", "their", "we", "our"})


def _a_word_of_english(word: str) -> bool:
    """ "power", "health", "broncos": a common word of English, which a body's name may end
    with; "sweeney" is none, a surname (:func:`explorer.language.a_word_of_english`)."""
    from explorer.language import a_word_of_english

    return a_word_of_english(word)


def _spoken_of_as_person(doc, start: int, end: int) -> bool:
    """The full name of tokens start to end, before a verb of speech, is a person's: the
    first pronoun of its sentence after it is a person's ("Sydney Sweeney said she would
    return"; "Georgia Power said it would", a body), or the text writes its last word alone
    elsewhere, capitalised, as news names a person again ("... Sweeney said"); a body is named
    again by its whole name or its first word ("Georgia Power ... the utility")."""
    sent_end = doc[end - 1].sent.end if doc.has_annotation("SENT_START") else len(doc)
    for t in doc[end:sent_end]:
        if t.lower_ in PERSON_PRONOUNS:
            return True
        if t.lower_ in BODY_PRONOUNS:
            break
    last = doc[end - 1].text
    return any(
        t.text == last and t.i != end - 1 and (t.i == 0 or doc[t.i - 1].text != doc[start].text)
        for t in doc
    )


def _person_deed(doc, k: int) -> bool:
    """The words from token k are a person's deed (:data:`PERSON_DEEDS`, after "has" or "had"
    too, or standing "for" an office: "ran for mayor") or a relative clause of persons
    (", who")."""
    words = view(doc).lower
    n = len(doc)
    if k + 1 < n and words[k] == "," and words[k + 1] == "who":
        return True
    if k < n and words[k] in {"has", "had", "have"}:
        k += 1
    if k >= n:
        return False
    if words[k] in PERSON_DEEDS:
        return True
    return words[k] in CANDIDATE_VERBS and k + 1 < n and words[k + 1] == "for"
