"""Rules on persons and bodies: a place's name that is part of a person's, a firm's, a church's
or a nickname, an employer, a member's electorate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from explorer.geoparse.headlines import _lower_words
from explorer.geoparse.names import is_compass, norm
from explorer.geoparse.recognised import (
    ENTS,
    LEAD_WORDS,
    LOCATIVE,
    MIN_POP_FREE,
    SAINT_WORDS,
    _Found,
)
from explorer.geoparse.resolve import STRAY_POP
from explorer.geoparse.schema import RANK_ADMIN1, RANK_ADMIN2
from explorer.geoparse.tokens import is_cap, name_key, opens_sentence, span_text, view
from explorer.geoparse.units import _countries_of_others, _kind_word


def _nation_of_body_abroad(doc, f: _Found, e: int, found: list[_Found]) -> bool:
    """Inside an organisation's name ending at token e, a country's abbreviation before the
    body's words ("the U.S. Geological Survey", "the UK Met Office") says whose the body is,
    not where the story happens, where the text's places are in another country and none
    of them may be in this one (a quake in Japan "according to the U.S. Geological
    Survey"). With a name that may be a place of the country the name stays ("the U.S.
    Geological Survey" of a quake in Alaska), as it does where it is the text's only place."""
    word = span_text(doc, f.start, f.end)
    letters = word.replace(".", "")
    if f.end >= e or not f.entries or not (letters.isalpha() and letters.isupper()):
        return False
    if len(letters) > 3 or not any(x.rank == 0 for x in f.entries):
        return False
    countries = {x.country for x in f.entries if x.rank == 0}
    others = [g for g in found if g is not f and g.entries]
    if any(x.country in countries for g in others for x in g.entries):
        return False  # "the U.K. Met Office warned of storms in Cornwall": England's
    # the story is elsewhere: a place of another country
    return any(g.entries[0].country not in countries for g in others)


def _person_elsewhere(doc, k: int, e: int, labels: dict[str, set[str]]) -> bool:
    """The words from k to e of a name spaCy calls an organisation are, alone, a name it calls
    a person elsewhere in the text: the whole is that person's full name ("Aung San Suu Kyi"
    beside "Suu Kyi", "Van Voorhis" beside "Van Voorhis'"), and the place's name at its head is
    no place. The caller asks two words of the rest ("Butler County Coroner" beside a lone
    "Coroner" spaCy calls a person is the county's) and no title among them ("Monroe Mayor
    Robert Routson" is the town's mayor)."""
    return "PERSON" in labels.get(name_key(doc, k, e), ())


# a town's own services as local news writes them in lower case ("Danbury police")
LOCAL_BODIES = frozenset({"police", "firefighters"})


# who lives in a town, as local news names them after it ("a Gainesville man")
RESIDENT_NOUNS = frozenset(
    {"man", "woman", "men", "women", "resident", "residents", "teen", "teens", "teenager"}
    | {"teenagers", "boy", "girl", "couple", "native", "family", "families", "youth"}
    | {"homeowner", "homeowners", "motorist", "motorists", "driver", "drivers"}
)


PLURAL_RESIDENTS = frozenset({"residents", "homeowners", "motorists"})


def _resident_of(doc, f: _Found) -> bool:
    """ "a Gainesville man", "an Independence teenager", "55 Gainesville residents": a name
    between an article or a count and a resident's noun is the town they live in (a country is
    written as its adjective: "a Lebanese woman"); not "the Johnson family"."""
    tv = view(doc)
    if f.start == 0 or f.end >= len(doc) or tv.words[f.end] not in RESIDENT_NOUNS:
        return False
    return tv.lower[f.start - 1] in ("a", "an") or doc[f.start - 1].like_num


# who is named with the body they work for after "of" ("Analyst Jane Roe of Stanford"): the
# roles of scholars, pundits and researchers that news quotes for their employer's name
EXPERT_NOUNS = frozenset(
    {"analyst", "analysts", "professor", "professors", "researcher", "researchers"}
    | {"scholar", "scholars", "economist", "economists", "historian", "historians"}
    | {"expert", "experts", "fellow", "fellows", "lecturer", "lecturers", "scientist"}
    | {"scientists", "strategist", "strategists", "commentator", "commentators", "dean"}
)


def _person_of(doc, f: _Found, found: list[_Found]) -> bool:
    """ "Tom Reed of Pharr was hurt", in a story of McAllen: a name after a person's full name
    (two words or more spaCy calls a person) and "of", ending there, is the town the person
    is from where the story is local news: the text's other places name the town's region or
    another town of it. Else "of" after a name is the person's employer ("said Stephen Walt of
    Harvard"), as it always is after a scholar's role ("Analyst Larry Diamond of Stanford");
    and never a body's name going on ("Mary Smith of Lincoln Financial")."""
    person = _full_name_of(doc, f)
    if person is None:
        return False
    tv = view(doc)
    if tv.lower[person.start] in EXPERT_NOUNS or (
        person.start > 0 and tv.lower[person.start - 1] in EXPERT_NOUNS
    ):
        return False  # the role before the name, or inside what spaCy called the person
    return _home_region_named(f, found)


def town_ends_person_entity(doc, lead: int, f: _Found) -> bool:
    """ "Lena Ortiz of Kenora was hurt", which spaCy calls one person over all four words: a
    name that ends the person's entity right after a full name (two or three capitalised words
    from ``lead``) and "of" may be the town the person is from, as :func:`_person_of` reads it
    where spaCy ends the person before "of"; :func:`town_of_person_unconfirmed` keeps it only
    in local news. Not after a scholar's role ("Analyst Jane Roe of Stanford"), and not after
    one word ("Catherine of Aragon")."""
    tv = view(doc)
    k = f.start
    if k - 1 - lead not in (2, 3) or tv.lower[k - 1] != "of":
        return False
    if not all(tv.cap[x] and tv.words[x].isalpha() for x in range(lead, k - 1)):
        return False
    return not (tv.lower[lead] in EXPERT_NOUNS or (lead > 0 and tv.lower[lead - 1] in EXPERT_NOUNS))


def town_of_person_unconfirmed(doc, f: _Found, found: list[_Found]) -> bool:
    """A town read inside spaCy's person after "of" (:func:`town_ends_person_entity`) where the
    text's other places name neither its region nor another town of it: no local news, so the
    "of" may be an employer's or a title's, and the name is left out."""
    if f.source != "org-part" or f.label != "PERSON" or f.start < 3:
        return False
    return view(doc).lower[f.start - 1] == "of" and not _home_region_named(f, found)


def _full_name_of(doc, f: _Found):
    """The person's full name (two words or more spaCy calls a person) right before "of" and
    ``f``, which ends there (no capital after it); None if none."""
    tv = view(doc)
    k = f.start
    if k < 3 or tv.lower[k - 1] != "of" or (f.end < len(doc) and tv.cap[f.end]):
        return None
    ents = doc.user_data.get(ENTS)
    return next(
        (
            ent
            for ent in (doc.ents if ents is None else ents)
            if ent.label_ == "PERSON" and ent.end == k - 1 and len(ent) >= 2
        ),
        None,
    )


def _home_region_named(f: _Found, found: list[_Found]) -> bool:
    """The text's other places name the region of one of ``f``'s towns or another town of it:
    local news, where "of" a town is where a person lives."""
    homes = {(e.country, e.admin1) for e in f.entries if e.primary and 2 <= e.rank <= 4}
    return any(
        (e.country, e.admin1) in homes
        for g in found
        if g is not f and not g.demonym and (g.start, g.end) != (f.start, f.end)
        for e in g.entries
        if e.primary and 2 <= e.rank <= 4
    )


# the last words of towns' names that no employer's name ends with: "Mike Johnson of Bossier
# City", "Emily Clark of Hermosa Beach" are a home town's, not a think tank's or a firm's
TOWN_NAME_ENDS = frozenset({"city", "beach", "springs", "heights", "falls", "hills", "village"})


def _employer_of(doc, found: list[_Found]) -> list[_Found]:
    """ "Washington should act, said Robert Kagan of Brookings": a small town's name (every
    reading a town under STRAY_POP) after a person's full name and "of", where the text names
    other places and none in the town's region, is the person's employer, not a place, even
    where spaCy calls it one (`_person_of` says the same of the names it did not). A person
    "of" a town in a story of its region ("Tom Reed of Pharr" beside McAllen) keeps it, and so
    does one "of" a name of more than one word ending as towns' names do ("of Bossier City")."""
    out = []
    for f in found:
        if (
            not f.demonym
            and f.entries
            and not (f.end - f.start > 1 and view(doc).lower[f.end - 1] in TOWN_NAME_ENDS)
            and all(e.rank == 4 and e.population < STRAY_POP for e in f.entries)
            and any(g is not f and g.entries and not g.demonym for g in found)
            and _full_name_of(doc, f) is not None
            and not _home_region_named(f, found)
        ):
            continue
        out.append(f)
    return out


def _residents_open_sentence(doc, f: _Found) -> bool:
    """ "Shepparton residents are preparing": a name opening a sentence before a plural noun of
    the people who live there, where no article is written. Not a country's name ("Lebanon
    residents" are the country's, written so as often as "Lebanese")."""
    if f.end >= len(doc) or view(doc).words[f.end] not in PLURAL_RESIDENTS:
        return False
    return opens_sentence(view(doc), f.start) and not any(e.rank == 0 for e in f.entries)


# who sits for an electorate ("the Member for Kennedy", "the MP for Sheffield Hallam", "Member
# of Parliament for", "Member of the Legislative Assembly for")
MEMBER_WORDS = frozenset({"member", "members", "mp", "mps", "mpp", "mla", "mha", "msp", "mna"})


MEMBER_BODIES = frozenset({"parliament", "assembly"})


def _electorate(doc, f: _Found) -> bool:
    """The name is an electorate's, or a word of one ("Sheffield Hallam"), after who sits for
    it."""
    tv = view(doc)
    cap, lower = tv.cap, tv.lower
    k = f.start
    while k > 0 and cap[k - 1]:
        k -= 1
    if k < 2 or lower[k - 1] != "for" or not f.entries:
        return False
    who = lower[k - 2]
    return who in MEMBER_WORDS or (
        who in MEMBER_BODIES and any(lower[x] == "member" for x in range(max(0, k - 6), k - 2))
    )


# the words that end a firm's name, after its own words ("Lakes Edge Apartments, LLC"); not
# "Co." (a county's abbreviation) nor "AG" (an attorney general's)
FIRM_ENDS = frozenset(
    {"llc", "l.l.c.", "inc", "inc.", "ltd", "ltd.", "corp", "corp.", "plc", "llp", "gmbh"}
    | {"apartments"}
)


# the last word of an eatery's name ("Yokohama Japanese Restaurant", "Bo Kong Vegetarian
# Restaurant"), capitalised as a part of it: named for a town, it stands in another
EATERY_ENDS = frozenset(
    {"restaurant", "cafe", "café", "bistro", "diner", "pizzeria", "steakhouse", "buffet"}
)


# the last word of a public body's or an agency's name ("United Kingdom Maritime Trade
# Operations"): a first-level or second-level unit's name that stands inside one, after its
# first word, is a word of the body's name ("Maritime", no region of Togo); its first words stay,
# being whose or where the body is ("United Kingdom"), and so do a town's or a country's name
# inside it ("Greater Manchester Combined Authority")
BODY_ENDS = frozenset(
    {"operations", "agency", "authority", "commission", "administration", "bureau", "office"}
    | {"service", "services", "institute", "organisation", "organization", "council"}
)


_FIRM_OR_EATERY_ENDS = FIRM_ENDS | EATERY_ENDS | BODY_ENDS


# lower-case words and signs that may stand inside a firm's name ("Bank of America Corp.")
FIRM_JOINS = frozenset({"&", "of", "and"})


def _firm_names(doc) -> Callable[[_Found], bool]:
    """Whether a name is a word of a firm's name: the capitalised words before a firm's ending
    ("Lakes Edge Apartments, LLC" is no town of Alaska), and, as one sense per text, a run of
    two or more capitalised words that begins one ("Lakes Edge purchased the Property"); or a
    word after the first of a body's name ("United Kingdom Maritime Trade Operations")."""
    tv = view(doc)
    words, cap, n = tv.words, tv.cap, len(tv.words)
    spans: list[tuple[int, int]] = []
    inner: list[tuple[int, int]] = []  # bodies' names after their first words
    heads: set[tuple[str, ...]] = set()
    # (the words that may end one found first: a test at every word cost 40 µs an article)
    for k in [k for k, w in enumerate(tv.lower) if w in _FIRM_OR_EATERY_ENDS and k >= 1]:
        if tv.lower[k] in BODY_ENDS:
            i = k
            while i > 0 and cap[i - 1]:
                i -= 1
            if tv.lower[i] in ("the", "a", "an"):
                i += 1  # "The Ohio Environmental Protection Agency": Ohio is its first word
            if cap[k] and k - i >= 2:  # a word between the body's first word and its last
                inner.append((i + 1, k + 1))
            continue
        eatery = tv.lower[k] in EATERY_ENDS and cap[k]
        if tv.lower[k] not in FIRM_ENDS and not eatery:
            continue
        if tv.lower[k] == "apartments" or eatery:  # the name's last word: "Lakes Apartments"
            i, end = k, k + 1
        else:  # after the name, with or without a comma: "Lakes Edge Apartments, LLC"
            i = end = k - 1 if words[k - 1] == "," and k >= 2 else k
        while i > 0 and (cap[i - 1] or (tv.lower[i - 1] in FIRM_JOINS and i >= 2 and cap[i - 2])):
            i -= 1
        if i < end and cap[i]:
            spans.append((i, end))
            heads.add(tuple(tv.lower[i:end]))
    if not spans and not inner:
        return lambda f: False

    def run(f: _Found) -> tuple[str, ...]:
        i, j = f.start, f.end
        while i > 0 and cap[i - 1]:
            i -= 1
        while j < n and cap[j]:
            j += 1
        return tuple(tv.lower[i:j])

    def firm(f: _Found) -> bool:
        if any(i <= f.start and f.end <= j for i, j in spans):
            return True
        if any(i <= f.start and f.end <= j for i, j in inner) and all(
            e.rank in (RANK_ADMIN1, RANK_ADMIN2) for e in f.entries
        ):
            return True  # a unit's name only, no town's nor a country's ("Greater Manchester")
        seq = run(f)
        return len(seq) >= 2 and any(h[: len(seq)] == seq for h in heads)

    return firm


_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def _initials(doc, f: _Found) -> bool:
    """ "O.D. Wyatt High School", "take D.A. office": capitals with dots are a person's
    initials or an office's, where every reading is a town under MIN_POP_FREE (a town is
    written so only when famous: "L.A."; a state's dotted abbreviation is a region's)."""
    return (
        bool(f.entries)
        and bool(_INITIALS.fullmatch(span_text(doc, f.start, f.end)))
        and all(e.rank == 4 and e.population < MIN_POP_FREE for e in f.entries)
    )


CHURCH_WORDS = frozenset(
    {"church", "cathedral", "basilica", "chapel", "abbey", "monastery", "convent"}
)  # not "parish", a county of Louisiana ("St. Tammany Parish"), nor "diocese", a see's city


def _church_saint(doc, f: _Found) -> bool:
    """ "the church of St. Peter and St. Paul", "Saint Peter and Saint Paul Coptic Orthodox
    Church": the saints a church is named for, not St. Peter, Minnesota nor Saint Paul. Not "a
    St. Petersburg church" (its word in lower case), nor "the First Baptist Church of St.
    Petersburg", a congregation of the city (a capitalised word before "Church of")."""
    if doc[f.start].text not in SAINT_WORDS:
        return False
    n = len(doc)
    k = f.end
    while k < n and k < f.end + 8:  # over "and St. Paul" and "Coptic Orthodox", to "Church"
        tok = doc[k]
        if tok.lower_ in CHURCH_WORDS and is_cap(tok):
            return True
        if not (is_cap(tok) or tok.lower_ in {"and", "&", "'s", "’s"}):
            break
        k += 1
    k = f.start - 1
    while k >= 1 and k > f.start - 8:  # back over "St. Peter and", to "church of"
        tok = doc[k]
        if tok.lower_ == "of":
            return doc[k - 1].lower_ in CHURCH_WORDS and not (k >= 2 and is_cap(doc[k - 2]))
        if not (is_cap(tok) or tok.lower_ in {"and", "&"}):
            break
        k -= 1
    return False


FOUNDER_WORDS = frozenset({"founder", "founders", "cofounder", "cofounders", "ceo"})


def _founded(doc, f: _Found) -> bool:
    """ "a co-founder of Zalando": what a person founded is a firm, not a town of that name
    (a country or a region stays: "the founder of Pakistan")."""
    return (
        f.start >= 2
        and doc[f.start - 1].lower_ == "of"
        and doc[f.start - 2].lower_ in FOUNDER_WORDS
        and bool(f.entries)
        and all(e.rank in (3, 4) for e in f.entries)
    )


NICKNAME_VERBS = frozenset({"nicknamed", "dubbed", "christened", "codenamed", "code-named"})


def _nicknamed(doc, f: _Found) -> bool:
    """ "a property nicknamed Hercules", "an operation dubbed 'Cleveland'": what follows a verb
    of naming, quoted or not, is the thing's nickname, not a place of the story; a town's (a
    house's, a storm's, a plan's) given name, not Hercules, California. A country's or a
    curated area's name stays ("dubbed a new Switzerland": the country of a comparison)."""
    lower = view(doc).lower
    k = f.start - 1
    while k >= 0 and lower[k] in QUOTES:
        k -= 1
    return k >= 0 and lower[k] in NICKNAME_VERBS and all(2 <= e.rank <= 4 for e in f.entries)


QUOTES = frozenset({"'", '"', "\u2018", "\u201c", "`", "``"})


# what a person does and a region's people or government seldom do in news' words
PERSON_VERBS = frozenset(
    {"said", "says", "told", "added", "explained", "recalled", "helped", "met", "thanked"}
    | {"wrote", "tweeted", "insisted", "hopes", "hoped", "smiled", "laughed", "remembered"}
)


def _region_as_speaker(doc, f: _Found, found: list[_Found]) -> bool:
    """A region's one-word name as the subject of a person's verb ("..., Hidalgo has helped
    raise money", "Hidalgo said") or before a relative clause of persons ("Hidalgo, who has
    visited Aleppo twice, said"), not after a preposition or a list's word, in a country none of
    the text's other places lies in: the person of the name (Paris's mayor), not Mexico's
    state. Where the text names a place of the region's country ("Chechnya said", with Moscow)
    it stays. "John Nale of Chattanooga, who ..." is the person before "of"."""
    if f.end - f.start != 1 or f.end >= len(doc):
        return False
    if not any(e.rank == 2 for e in f.entries) or any(
        e.rank in (0, 1, 5) or e.alias for e in f.entries
    ):
        return False
    if f.start > 0 and doc[f.start - 1].lower_ in LOCATIVE | {"to", "at", "of", "the", "and", "or"}:
        return False
    k = f.end
    who = doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].lower_ == "who"
    if doc[k].lower_ in {"has", "had", "have"} and k + 1 < len(doc):
        k += 1
    if not who and doc[k].lower_ not in PERSON_VERBS:
        return False
    key = norm(doc[f.start].text)
    near = _countries_of_others(doc, found, key, as_countries=True)
    return bool(near) and not any(e.country in near for e in f.entries if e.rank == 2)


def _speaker_named_after_verb(doc, f: _Found) -> bool:
    """ "'It blows my mind,' said Jordan, who lives near the scene": a one-word name after a
    person's verb of speech and before ", who" is the person who spoke, whatever country or
    town its letters match (a country that speaks takes "which")."""
    k = f.end
    return (
        f.end - f.start == 1
        and f.start > 0
        and doc[f.start - 1].lower_ in {"said", "says", "told", "added", "recalled", "explained"}
        and k + 1 < len(doc)
        and doc[k].text == ","
        and doc[k + 1].lower_ == "who"
    )


# what a name set off by a comma may be said to be, other than a place: a paper, a broadcaster,
# an agency or a firm ("analysts told Ayin, a local newspaper in Juba")
OUTLET_NOUNS = frozenset(
    {"newspaper", "paper", "daily", "weekly", "magazine", "broadcaster", "radio", "agency"}
    | {"website", "outlet", "company", "firm", "lender", "airline", "carrier", "maker"}
)


# what a name set off by a comma is said to be when it is a place ("Flint, a company town"): the
# noun of a paper or a firm before or beside one of these qualifies it
PLACE_HEADS = frozenset(
    {"city", "town", "village", "port", "hub", "capital", "suburb", "resort", "district"}
    | {"island", "community", "settlement", "municipality", "county", "region", "province"}
    | {"hamlet", "borough", "base", "seat", "enclave", "stronghold", "home", "centre", "center"}
    | {"headquarters"}
)


# what may follow the noun that heads an apposition's noun phrase ("Galkayo, a divided city in
# central Somalia", "Garowe, the capital of Puntland"): the phrase ends there, so the noun is its
# head; another word ("a city councillor", "the town's mayor") would make it a modifier
APPOSITION_ENDS = frozenset(
    {",", ".", ";", ":", ")", "-", "–", "—", "in", "of", "on", "near", "outside", "at", "by"}
    | {"along", "across", "north", "south", "east", "west", "that", "which", "where", "whose"}
    | {"with", "from", "for", "and", "known", "home", "once", "now", "long", "about"}
)


# a town known by an alternate name that an apposition says is a place (town_rules'
# MIN_POP_ALT_LOCAL: the size at which an alternate name counts after "in")
MIN_POP_ALT_SAID = 20_000


# what closes an apposition's phrase ("Galkayo, a divided city in central Somalia, was calm")
APPOSITION_CLOSES = frozenset({",", ".", ";", ":", ")", "–", "—", "!", "?"})
# how many tokens an apposition's phrase is read for a country it names
APPOSITION_SPAN = 15
# words of a border or of what lies across it: a phrase that places a town by one names the
# country on the other side ("a town on the border with Ukraine", "a district bordering Israel",
# "a town across from Pakistan")
BORDER_WORDS = frozenset({"border", "borders", "frontier", "boundary", "crossing"}) | frozenset(
    {"bordering", "across", "facing", "opposite", "neighbouring", "neighboring"}
)


def _said_to_be_place(
    doc, f: _Found, found: list[_Found], neighbours: dict[str, frozenset[str]] | None = None
) -> bool:
    """ "Galkayo, a divided city in central Somalia, was calm"; "Garowe, the capital of
    Puntland": a name set off by a comma and "a", "an" or "the", then up to three words and a
    noun of a place (PLACE_HEADS) that heads the phrase, is said by the text to be a place,
    whatever the recogniser called it. The noun heads the phrase where the phrase ends after
    it (APPOSITION_ENDS): "Smith, a city councillor" and "Jones, the town's mayor" say what a
    person is, and "Smith, the mayor of the town" has its place noun after a preposition, in
    another phrase. Only a name with a reading of a town or a region, or a spelling of a
    town of MIN_POP_ALT_SAID people or more ("Galkayo" for Gaalkacyo, "Garowe" for Garoowe), in
    a country the text's other names name (a country, its people, a first-level region or a
    curated area): the text says the name is a place, not which, and "Sion, a Georgian
    village" the gazetteer lacks is no Sion of Israel in a story of Georgia and Armenia. A town
    of MIN_POP_ALT_SAID people in a country bordering one of those counts too (``neighbours``):
    "Russian drones struck Izmail, a port on the Danube" is Ukraine's Izmayil, which spaCy
    calls an organisation and only another name of the town reaches.

    Where the phrase names a country itself ("in central Syria", "a Georgian village", "the
    capital of Puntland"), that is where the place is: only readings there count, and the
    name keeps only those ("Palmyra, the ancient city in central Syria" in a text that also
    names the United States is Tadmur, not Palmyra, New York); not a phrase of a border ("a
    town on the border with Afghanistan" names the other side). A word English writes in
    lower case as a function word or an adverb (spaCy's stop words) opening a sentence is the
    sentence's, not a name: "Still, the town of Gao remains tense" is no Still of France."""
    tv = view(doc)
    words = tv.lower
    k = f.end
    if k + 2 >= len(doc) or words[k] != "," or words[k + 1] not in {"a", "an", "the"}:
        return False
    if f.end - f.start == 1 and doc[f.start].is_stop and opens_sentence(tv, f.start):
        return False
    headed = False
    for j in range(k + 2, min(k + 6, len(doc))):
        if words[j] in PLACE_HEADS:
            headed = j + 1 == len(doc) or words[j + 1] in APPOSITION_ENDS
            break
        if words[j] in PLACE_PREPOSITIONS or not words[j].replace("-", "").isalpha():
            break
    if not headed:
        return False
    close = next(
        (
            j
            for j in range(k + 2, min(k + APPOSITION_SPAN, len(doc)))
            if words[j] in APPOSITION_CLOSES
        ),
        min(k + APPOSITION_SPAN, len(doc)),
    )

    def lands(names: list[_Found]) -> set[str | None]:
        # a water or an area across borders ("a port on the Danube") says no one country, as
        # `appositions._lands` reads it
        return {
            g.entries[0].country
            for g in names
            if g.entries
            and (g.demonym or g.entries[0].rank in (0, 2, 5))
            and (g.demonym or g.entries[0].country is not None)
        }

    # "a town on the border with Afghanistan": a border's phrase names the other side too
    across = any(words[j] in BORDER_WORDS for j in range(k + 2, close))
    said = set() if across else lands([g for g in found if k < g.start < close])
    where = said or lands(found)
    beside = {b for c in where if c for b in (neighbours or {}).get(c, ())}
    if not any(
        (
            2 <= e.rank <= 4
            and e.country in where
            and (e.primary or (e.rank == 4 and e.population >= MIN_POP_ALT_SAID))
        )
        or (e.rank == 4 and e.country in beside and e.population >= MIN_POP_ALT_SAID)
        for e in f.entries
    ):
        return False
    if said:
        f.entries = tuple(e for e in f.entries if e.country in said)
    return True


# what a paper or an agency does with news: "X, a newspaper reported" attributes the news about X
REPORT_VERBS = frozenset(
    {"said", "says", "reported", "reports", "told", "quoted", "cited", "added", "wrote"}
    | {"claimed", "announced", "stated", "confirmed", "showed", "broadcast", "aired", "noted"}
)


# a name after these is where something is: what follows it describes that thing, not the name
PLACE_PREPOSITIONS = frozenset({"of", "in", "at", "from", "near", "outside", "to"})


def _said_to_be_outlet(doc, f: _Found) -> bool:
    """ "analysts told Ayin, a local newspaper in Juba": a name set off by a comma and "a" or
    "an", then up to three words and a noun of a paper, a broadcaster, an agency or a firm, is
    that body's name, not the town its letters match (Al Ain, in the Emirates). Not after
    "the": "in the city of Ahwaz, the official news agency IRNA said" names the speaker, not
    the town. Only a name whose every reading is a town or a district: a country or a region
    set off so is what the sentence says it is."""
    if not f.entries or any(e.rank < 3 for e in f.entries):
        return False
    words = view(doc).lower
    if f.start > 0 and words[f.start - 1] in PLACE_PREPOSITIONS:
        return False  # "Georgia Modular Systems, of Fitzgerald, a maker of homes": the firm's
    k = f.end
    if k + 2 >= len(doc) or words[k] != "," or words[k + 1] not in {"a", "an"}:
        return False
    for j in range(k + 2, min(k + 6, len(doc))):
        if words[j] in PLACE_HEADS:
            return False  # "Sderot, a town shelled daily": a town, whatever follows
        if words[j] in REPORT_VERBS:
            return False  # "Sukkur, an official told a newspaper": the news's source
        if words[j] in OUTLET_NOUNS:
            # "Flint, a company town", "Norfolk, a carrier port", "Toulouse, an aircraft
            # maker's home": the noun only qualifies what the name is said to be
            after = words[j + 1 : j + 3]
            if after[:1] in (["'s"], ["\u2019s"]) or PLACE_HEADS.intersection(after):
                return False
            # "Rebels seized Malakal, a local radio station said": the paper is the source of
            # the news about the town, not what the town is
            return not any(
                w in REPORT_VERBS and words[j + 2 + i : j + 3 + i] != ["to"]
                for i, w in enumerate(after)
            )
        if not words[j].replace("-", "").isalpha():
            return False
    return False


def _region_opens_outlet(
    doc, f: _Found, found: list[_Found], neighbours: Mapping[str, Iterable[str]]
) -> bool:
    """ "Maritime Executive reports that the tanker sank off Lagos": a region's one-word name
    opening a two-word name the recogniser reads as an organisation's, right before a verb of
    reporting, is the outlet's name, not Togo's Maritime region, where the region lies in a
    country none of the text's other places lies in; not where the second word is a body's
    (police, government, assembly...: the region's own body). A name with a country's or a
    town's reading stays ("Nigeria Police said", "Sydney Morning Herald reported": an outlet
    named for its town), and so does a region of the text's countries ("Texas Tribune
    reported that Austin ...") or of a country bordering one: a region's own bodies speak of
    what crosses its border ("Balochistan Levies said smugglers fled into Iran", "Tigray
    Administration said Eritrean troops looted a factory", "Darfur Rebels said they retreated
    into Chad")."""
    if f.demonym or f.end - f.start != 1 or not f.entries:
        return False
    if any(e.rank not in (2, 3) for e in f.entries):
        return False
    ents = doc.user_data.get(ENTS)
    ent = next(
        (
            x
            for x in (doc.ents if ents is None else ents)
            if x.start == f.start and x.end > f.end and x.label_ == "ORG"
        ),
        None,
    )
    if ent is None or ent.end >= len(doc) or doc[ent.end].lower_ not in REPORT_VERBS:
        return False
    if ent.end - ent.start != 2 or not doc[f.end].is_alpha or doc[f.end].lower_ in BODY_NOUNS:
        # "the Darfur Bar Association", "Kurdistan Regional Government", "Balochistan
        # Assembly said": the region's own bodies, or a longer name; an outlet's name of two
        # words only ("Maritime Executive")
        return False
    near = _countries_of_others(doc, found, name_key(doc, f.start, f.end))
    near |= {b for c in near if c for b in neighbours.get(c, ())}
    return bool(near) and not any(e.country in near for e in f.entries)


# people a person is named as the relation of ("a friend of Vladimir", "the son of Austin")
KIN_NOUNS = frozenset(
    {"friend", "friends", "son", "sons", "daughter", "daughters", "wife", "husband", "widow"}
    | {"brother", "brothers", "sister", "sisters", "mother", "father", "parents", "cousin"}
    | {"uncle", "aunt", "nephew", "niece", "girlfriend", "boyfriend", "fiancee", "fiance"}
    | {"grandson", "granddaughter", "grandfather", "grandmother", "relative", "relatives"}
)


# people a person is named as, set off by commas ("The prosecutor, Lopez, said")
ROLE_NOUNS = frozenset(
    {"prosecutor", "spokesman", "spokeswoman", "spokesperson", "official", "commander"}
    | {"governor", "mayor", "minister", "president", "chief", "director", "leader", "head"}
    | {"witness", "victim", "suspect", "driver", "teacher", "doctor", "lawyer", "judge"}
)


# what closes a name set off after a role: a comma, or an ellipsis where the text breaks off
_APPOSITION_ENDS = frozenset({",", "...", "…"})


def _role_named(doc, f: _Found) -> bool:
    """A one-word name set off by commas after a person's role in lower case: "The
    prosecutor, Lopez, said" names the prosecutor, not a town named López, and "the club's
    chairman, Kingsley, told reporters" its chairman (a role only a person bears,
    :data:`PERSON_ROLES`); so does a name the text breaks off there ("the mayor, Claudia ..."),
    and a name a person's role describes after its comma (:func:`_role_follows`)."""
    tv = view(doc)
    k = f.start
    return (
        f.end - k == 1
        and k >= 2
        and f.end < len(tv.words)
        and tv.words[k - 1] == ","
        and tv.words[f.end] in _APPOSITION_ENDS
        and (tv.words[k - 2] in ROLE_NOUNS or tv.words[k - 2] in PERSON_ROLES)
    ) or _role_follows(tv, f)


def role_persons(doc, found: list[_Found]) -> set[str]:
    """The one-word names the text sets off after a person's role (:func:`_role_named`) and
    reads as no country, state or curated area: the persons the text introduces so."""
    return {
        name_key(doc, f.start, f.end)
        for f in found
        if f.end - f.start == 1
        and not any(e.rank <= 2 or e.rank == 5 for e in f.entries)
        and _role_named(doc, f)
    }


def role_named_again(doc, f: _Found, persons: set[str]) -> bool:
    """ "Kingsley: fans must speak now" over a story that names "the club's chairman,
    Kingsley,": a one-word name the text introduces as a person by a role set off with commas
    (:func:`role_persons`) is that person where it stands again, as a headline's speaker or a
    sentence's subject, not a town of the name. Not after an article or a word of place ("in
    Kingsley", "to Kingsley", "the Kingsley road"), where the text uses the name for a place,
    nor a dateline's town in capitals or before a comma ("KINGSLEY, Iowa (AP) - Kingsley, the
    team's captain, scored": the story is filed from the town, and the captain bears its
    name)."""
    if f.end - f.start != 1 or name_key(doc, f.start, f.end) not in persons:
        return False
    tv = view(doc)
    if tv.words[f.start].isupper() or (f.end < len(tv.words) and tv.words[f.end] == ","):
        return False
    before = tv.lower[f.start - 1] if f.start > 0 else ""
    return before not in LEAD_WORDS and before not in LOCATIVE


# more roles of persons that describe a name after its comma ("Hamilton, the team's captain")
APPOSITION_ROLES = ROLE_NOUNS | frozenset(
    {"captain", "coach", "manager", "striker", "goalkeeper", "player", "star", "singer"}
    | {"actor", "actress", "heiress", "heir", "founder", "owner", "chairman", "chairwoman"}
    | {"boss", "editor", "author", "senator", "lawmaker", "candidate", "officer", "general"}
)
# roles a state, a city's government or a team bears as well as a person, which tell no person
# ("Washington, the alliance's leader, said", "Moscow, the regime's key player", "Leeds, the
# league leader, beat Hull")
SHARED_ROLES = frozenset({"leader", "head", "chief", "player", "star", "owner", "founder", "boss"})
# the roles of those only a person bears: a name set off by commas after one is the person's
PERSON_ROLES = APPOSITION_ROLES - SHARED_ROLES
# the words of a description that may stand between its article and its role ("the team's
# captain", "the club's new coach"); a preposition makes the role another's ("the hometown
# of the team's captain")
_DESCRIPTION_WORDS = 5
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_CLOSES = frozenset({",", ".", ";", ":", "!", "?"})


def _role_follows(tv, f: _Found) -> bool:
    """ "HAMILTON, Bermuda (AP) - Hamilton, the team's captain, scored": a one-word name set
    off by a comma before an article and a person's role in lower case (its description, with
    no preposition in it) names the person, not the town. Not a place's description
    ("Hamilton, the steel city", "Hamilton, the capital of Bermuda"), nor a name that does
    not open its sentence or follow a dateline's dash ("In the capital, Bogota, the mayor,
    Claudia ...": a place, then the person), nor a role a state or a team bears too
    (SHARED_ROLES: "Washington, the alliance's leader, said" names its government)."""
    k = f.end
    n = len(tv.words)
    if f.end - f.start != 1 or k + 2 >= n or tv.words[k] != ",":
        return False
    if not (opens_sentence(tv, f.start) or tv.words[f.start - 1] in _DASHES):
        # "In Quito, the minister, Paola ...", "In the capital, Bogota, the mayor, Claudia":
        # a place set in the sentence, then the person; the name a role describes opens its
        # sentence, or the story after its dateline's dash
        return False
    if tv.lower[k + 1] not in ("the", "a", "an"):
        return False
    for j in range(k + 2, min(n, k + 2 + _DESCRIPTION_WORDS)):
        w = tv.words[j]
        if w in _POSSESSIVE:
            continue
        if not w.isalpha() or w != w.lower() or w in _PREPOSITIONS:
            return False
        if w in APPOSITION_ROLES:
            return w not in SHARED_ROLES and (j + 1 == n or tv.words[j + 1] in _CLOSES)
    return False


_DASHES = frozenset({"-", "–", "—"})
_PREPOSITIONS = frozenset(
    {"of", "in", "at", "on", "for", "from", "to", "near", "by", "with", "and", "or"}
)


# what happened at a place, named after it ("the Srebrenica massacre", "the Halabja attack"
# is left out: "the Clinton attack ad")
EVENT_NOUNS = frozenset(
    {"genocide", "massacre", "massacres", "killings", "siege", "bombing", "bombings"}
    | {"earthquake", "floods", "uprising", "blast"}
)


def _named_event(tv, f: _Found) -> bool:
    """A name between "the" and a noun of what happened there: "the Srebrenica genocide"."""
    return (
        f.start > 0
        and tv.lower[f.start - 1] == "the"
        and f.end < len(tv.words)
        and tv.lower[f.end] in EVENT_NOUNS
    )


def _speaks(doc, k: int) -> bool:
    """The words from token k make the name before them a person's: a person's verb ("said",
    "has helped") or a relative clause of persons (", who")."""
    if k >= len(doc):
        return False
    if doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].lower_ == "who":
        return True
    if doc[k].lower_ in {"has", "had", "have"} and k + 1 < len(doc):
        k += 1
    return doc[k].lower_ in PERSON_VERBS


def _kin_of(doc, k: int) -> bool:
    """The token at k follows a relation's noun and "of" ("a friend of", "the son of")."""
    return k >= 2 and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in KIN_NOUNS


def _kin_named(doc, k: int) -> bool:
    """The token at k is a relation named after its noun: "and wife, Tonya,", "his son
    Austin" (an obituary's or a profile's family)."""
    if k >= 2 and doc[k - 1].text == "," and doc[k - 2].lower_ in KIN_NOUNS:
        return True
    return (
        k >= 2
        and doc[k - 1].lower_ in KIN_NOUNS
        and doc[k - 2].lower_ in {"his", "her", "their", "my", "our"}
    )


def _renamed(doc, f: _Found) -> bool:
    """A name right after "renamed" ("the capital, renamed Nursultan in 2019") is a place's
    name, by any of its names: a town's or a unit's, never a person's after that word."""
    lower = view(doc).lower
    return (
        f.start > 1
        and lower[f.start - 1] == "renamed"
        # what was renamed: "was renamed", "the capital, renamed"; not "the team renamed Johnson"
        and lower[f.start - 2] in RENAMED_AFTER
        and any(2 <= e.rank <= 4 for e in f.entries)
    )


RENAMED_AFTER = frozenset({"was", "were", "been", "being", "be", "is", "are", ",", "later"})


# the words of the peoples of the Americas after "Indian" ("Indian tribes", "an Indian
# reservation", "Indian gaming"), which name no one of India
NATIVE_NOUNS = frozenset(
    {"tribe", "tribes", "tribal", "reservation", "reservations", "casino", "casinos", "gaming"}
    | {"removal", "mounds", "boarding"}
)


# words before "Indians" that make them the Americas' peoples ("American Indians"), or the
# Caribbean's ("West Indian")
NATIVE_LEADS = frozenset({"American", "Native", "Plains", "Pueblo", "West"})


def _native_american(doc, f: _Found, found: list[_Found]) -> bool:
    """ "American Indians", "Caddo and Atakapa Indians", "Indian tribes", "the Cleveland
    Indians": the adjective of India names the peoples of the Americas, a tribe's or a team's
    name, or the West Indies; not "Indian Prime Minister", nor "the Mumbai Indians" (a team
    named for a town of India), nor "Indian tribes" where the text places something in India
    ("Indian territory", "an Indian agency" may be India's anywhere: not read)."""
    tv = view(doc)
    k = f.start
    if not f.demonym or tv.words[k] not in ("Indian", "Indians") or f.end - k != 1:
        return False
    if f.end < len(doc) and tv.lower[f.end] in NATIVE_NOUNS:
        # not where the text places something in India ("Indian tribes of Jharkhand")
        return not any(g.entries and g.entries[0].country == "IN" for g in found if g is not f)
    if k == 0 or not tv.cap[k - 1]:
        return False
    if tv.words[k - 1] in NATIVE_LEADS:
        return True
    if doc[k - 1].is_sent_start:  # "Many Indians in Texas"
        return False
    if tv.words[k] != "Indians" or not doc[k - 1].is_alpha or is_compass(tv.lower[k - 1]):
        return False
    # a tribe's name ("Atakapa Indians"), or a team's town outside India ("Cleveland Indians")
    town = next((g for g in found if g.end == k and g.entries and not g.demonym), None)
    return town is None or town.entries[0].country != "IN"


# a place's own bodies, which speak as persons do ("Queensland Police said")
BODY_NOUNS = frozenset(
    {"police", "army", "government", "council", "court", "ministry", "military", "navy"}
    | {"officials", "authorities", "forces", "media", "television", "radio", "parliament"}
    | {"assembly", "senate", "house", "legislature", "congress", "commission", "cabinet"}
)


def _given_name_before(doc, f: _Found, found: list[_Found]) -> bool:
    """ "Georgia Hall won the British Open ... Hall said she was thrilled": one word that is a
    country or a state, before a capitalised word the text also writes alone before a
    person's verb (a person's surname, as news names a person again), is that person's given
    name. Not before a kind's word ("Jordan Valley"), a longer name ("Israel Defense Forces"),
    a word the text writes in lower case ("city hall"), or a name the text reads as a place."""
    if f.demonym or f.end - f.start != 1 or f.end >= len(doc) or _kind_word(doc, f.end):
        return False
    if not any(e.rank <= 2 for e in f.entries):
        return False
    tv = view(doc)
    if f.start > 0 and tv.lower[f.start - 1] in LEAD_WORDS | LOCATIVE:
        return False  # "officials in Georgia Tuesday said": the place
    if tv.words[f.end - 1].endswith(".") or opens_sentence(view(doc), f.end):
        return False  # "in Harrisburg, Pa. Smith said": the state, then a sentence
    last = f.end
    word = tv.words[last]
    if not (tv.cap[last] and word.isalpha() and word.lower() not in _lower_words(doc)):
        return False
    if last + 1 < len(doc) and tv.cap[last + 1]:
        return False  # "Georgia Power Company", "Israel Defense Forces": a longer name
    key = norm(word)
    if key in BODY_NOUNS or any(name_key(doc, g.start, g.end) == key for g in found):
        return False  # "Queensland Police ... Police said": the place's own body
    for k in range(len(doc)):
        if k == last or tv.words[k] != word:
            continue
        before = k > 0 and tv.cap[k - 1] and tv.words[k - 1].isalpha()
        if not before and _speaks(doc, k + 1):
            return True
    return False
