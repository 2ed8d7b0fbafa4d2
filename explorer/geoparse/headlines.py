"""Rules on the shape of the text: datelines, headlines, words written in lower case, and a
country's name read as its language.
"""

from __future__ import annotations

import re

from explorer.geoparse.names import norm
from explorer.geoparse.recognised import LOCATIVE, _DocContext, _Found
from explorer.geoparse.tokens import ARTICLES, is_cap, span_text, view


def _article_forms(doc, found: list[_Found]) -> frozenset[str]:
    """The words the text writes after an Arabic article and a hyphen ("Al-Gaish", "El-Masry")
    where that longer name is no place the text found: alone, such a word is the short form of
    a club's or a firm's name, which spaCy's small model calls a person; no town to look for by
    its letters' skeleton (Gashua, Nigeria). "Arish" beside a placed "El-Arish" is not one."""
    tv = view(doc)
    return frozenset(
        norm(tv.words[k + 2])
        for k in range(len(tv.words) - 2)
        if tv.words[k + 1] == "-"
        and tv.lower[k] in ARTICLES
        and not any(g.start <= k < g.end and g.entries for g in found)
    )


LANGUAGE_VERBS = frozenset(
    {"speaks", "speak", "spoke", "speaking", "spoken", "fluent", "learn", "learned", "learns"}
    | {"learning", "learnt", "teach", "taught", "teaches", "translated", "dubbed"}
)


LANGUAGE_NOUNS = frozenset(
    {"language", "languages", "speakers", "speaker", "translation"}
    # a school's subject: "English class", "French immersion", "Spanish lessons"
    | {"class", "classes", "lessons", "immersion", "literature", "grammar", "curriculum"}
)


# school subjects a language is listed with: "formulas in math and concepts in science and
# English", "reading, writing and Spanish"
SCHOOL_SUBJECTS = frozenset(
    {"math", "maths", "mathematics", "science", "sciences", "history", "geography", "reading"}
    | {"writing", "biology", "chemistry", "physics", "algebra", "spelling", "civics"}
)


def _language(doc, f: _Found, depth: int = 0) -> bool:
    """ "speaks French", "in Arabic and English", "English language learners": a language,
    not a country's adjective."""
    prev = doc[f.start - 1].lower_ if f.start > 0 else ""
    nxt = doc[f.end] if f.end < len(doc) else None
    if prev in LANGUAGE_VERBS or (nxt is not None and nxt.lower_ in LANGUAGE_NOUNS):
        return True
    if prev in {"and", "or", ","} and f.start >= 2 and doc[f.start - 2].lower_ in SCHOOL_SUBJECTS:
        return True
    if prev in {"and", "or"} and f.start >= 2 and depth < 3 and is_cap(doc[f.start - 2]):
        # the second of "in English and Spanish", "only French and Farsi"
        return _language(doc, _Found(f.start - 2, f.start - 1, (), ""), depth + 1)
    return prev in {"in", "into"} and (
        nxt is None
        or (nxt.is_punct and nxt.text not in {"-", "–", "—"})  # not "in Russian-American art"
        or nxt.lower_ in {"and", "or"}
    )


def _dateline(doc, text: str, f: _Found) -> bool:
    """An upper-case name opening a line or the text, before a comma, bracket or dash, or a
    full stop and a dash: "BEIRUT (AP) —", "COLUMBUS, Ohio -", "YEREVAN. –" (Armenian and
    Russian agencies' style)."""
    words = doc[f.start : f.end]
    if not all(t.is_upper or not t.is_alpha for t in words):
        return False
    before = text[: doc[f.start].idx].rstrip(" \t")
    if before and not before.endswith(("\n", ".")):
        return False
    k = f.end
    if k + 1 < len(doc) and doc[k].text == "." and doc[k + 1].text in DASHES:
        return True
    return k < len(doc) and doc[k].text in {",", "(", ":"} | DASHES


DASHES = frozenset({"-", "--", "—", "–"})


# the words a dateline's country may run to before its bracket, colon or dash ("WOLFSTHAL,
# Austria (Reuters) -", "ROTORUA, New Zealand -", "GOMA, Democratic Republic of Congo -")
DATELINE_LAND_WORDS = 5


def dateline_land(doc, f: _Found, countries) -> str | None:
    """The country a dateline writes after its town and a comma, before the agency's bracket,
    a colon or a dash ("WOLFSTHAL, Austria (Reuters) -", "GMUND, AUSTRIA:"): the town lies in
    it. ``countries`` gives a folded name's countries (the gazetteer's entries of rank 0)."""
    tv = view(doc)
    words, k = tv.words, f.end
    if k + 2 >= len(words) or words[k] != "," or not words[k + 1].isalpha():
        return None
    for end in range(k + 2, min(k + 2 + DATELINE_LAND_WORDS, len(words))):
        if words[end] in {":", "("} or (words[end] in DASHES and tv.spaces[end - 1]):
            # a dash with a space before it, not a name's hyphen ("BISSAU, Guinea-Bissau (AP)")
            found = countries(norm(span_text(doc, k + 1, end)))
            return found[0] if len(found) == 1 else None
        if not words[end].isalpha() and words[end] not in {"'s", "’s", "-"}:
            return None
    return None


def _dateline_country(doc, f: _Found) -> bool:
    """An upper-case country after an upper-case town, a comma and before the dateline's colon,
    dash or bracket, at a line's start: "NAIROBI, KENYA:", "NEW DELHI, INDIA -" name the
    town's country, no heading's word."""
    tv = view(doc)
    words, k = tv.words, f.start
    if not any(e.rank == 0 for e in f.entries) or k < 2 or words[k - 1] != ",":
        return False
    if f.end >= len(words) or words[f.end] not in {":", "("} | DASHES:
        return False
    i = k - 1
    while i > 0 and words[i - 1].isalpha() and words[i - 1].isupper():
        i -= 1
    if i == k - 1:
        return False
    before = tv.text[: tv.idx[i]].rstrip(" \t")
    return not before or before.endswith("\n")


def _written_lower(doc, f: _Found) -> bool:
    """The name is also written in lower case in the text: a word, not a name ("ordeal")."""
    words = span_text(doc, f.start, f.end).lower()
    text = view(doc).text
    # the pattern only where the words are in the text at all: most names are not
    return words in text and re.search(rf"\b{re.escape(words)}\b", text) is not None


HEADLINE_MIN_WORDS = 3  # words of four letters or more, all capitalised: a headline's case


# a town's own head, written between its name and the holder's: "Ayvalık Mayor Mesut Ergin",
# "Dover Police Chief John Smith"; not a councillor's title, which a party's or a descriptor's
# word opens as often ("Liberal Councillor", "Veteran Councillor"), nor a national office
# ("Obama Press Secretary ...")
LOCAL_OFFICES = frozenset({"mayor", "sheriff", "reeve"})
LOCAL_OFFICE_HEADS = frozenset({"deputy", "vice", "police", "fire"})
# the people a town before an office holder's title needs (a smaller one's name is as often a
# word: Veteran, Queensland, 869 people)
LOCAL_OFFICE_MIN_POP = 5_000


def _local_office_after(doc, f: _Found) -> bool:
    """ "Ayvalık Mayor Mesut Ergin met residents": a town's name, then one of its office holders'
    titles and a capitalised name; the capital of a sentence's first word hides nothing here.
    Not a one-word name that is a common word of English, which opens a title as a party's or
    a descriptor's word as often as a town's ("Liberal Mayor Tom Hart", Liberal, Kansas;
    "Green Mayor", "Independent Mayor", "Acting Mayor")."""
    from explorer.language import a_word_of_english

    tv = view(doc)
    if f.end - f.start == 1 and a_word_of_english(tv.lower[f.start]):
        return False
    k = f.end
    if k + 1 < len(doc) and tv.lower[k] in LOCAL_OFFICE_HEADS and tv.cap[k]:
        k += 1  # "Deputy Mayor", "Police Chief"
        if tv.lower[k] == "chief":
            return k + 1 < len(doc) and tv.cap[k + 1] and tv.words[k + 1].isalpha()
    return (
        k + 1 < len(doc)
        and tv.lower[k] in LOCAL_OFFICES
        and tv.cap[k]
        and tv.cap[k + 1]
        and tv.words[k + 1].isalpha()
    )


def _town_of_text_country(f: _Found, ctx: _DocContext) -> bool:
    """A town of LOCAL_OFFICE_MIN_POP people or more in the one country the text names or
    whose large cities it names: "Ayvalık Mayor" in a story of Bursa, Samsun and Ankara is the
    town's; "Veteran Mayor Ann Roe" (Veteran, Queensland: 869 people) and a town of a country
    the text does not name are left as they were."""
    lands = ctx.countries | ctx.city_countries
    return len(lands) == 1 and any(
        e.primary and e.rank == 4 and e.population >= LOCAL_OFFICE_MIN_POP and e.country in lands
        for e in f.entries
    )


def _headline_word(
    doc, text: str, f: _Found, lines: list[tuple[int, int]], ctx: _DocContext
) -> bool:
    """A town's name where its capital says nothing: in a headline written in title case
    ("Ministers Split Over Sanctions", "Debates Reflect Anti-Gay Feeling") or at the start of a
    sentence ("Salt trucks were out on the roads"), nowhere else in the text so written, and of
    no country or region the text names ("Lancaster aqueduct springs a leak" in a story of
    England stays); or a word the text also writes in lower case ("Rodeo Gainesville", "a rodeo
    queen"). Not after a preposition ("Hit-and-Run in Marion"), nor countries, first-level
    units, curated places and their abbreviations, names in any case."""
    if any(e.rank in (0, 1, 2, 5) or e.alias for e in f.entries):
        return False
    if f.start > 0 and doc[f.start - 1].lower_ in LOCATIVE:
        return False
    if _local_office_after(doc, f) and _town_of_text_country(f, ctx):
        return False
    if f.end - f.start == 1 and doc[f.start].lower_ in _lower_words(doc):
        return True
    tv = view(doc)
    start = tv.idx[f.start]
    end = tv.idx[f.end - 1] + len(tv.words[f.end - 1])

    def told(a: int, b: int) -> bool:  # the capital there says nothing
        return any(x <= a and b <= y for x, y in lines) or _text_opens_sentence(text, a)

    if not told(start, end) or ctx.knows(f, doc):
        return False
    name = re.compile(rf"(?<!\w){re.escape(text[start:end])}(?!\w)")
    return all(told(*m.span()) for m in name.finditer(text))


def _lower_words(doc) -> frozenset[str]:
    """The words the text writes in lower case, found once per text (the token view's)."""
    return view(doc).lower_words()


_OPENING = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)[\"“‘'(\[]*$")


def _text_opens_sentence(text: str, k: int) -> bool:
    """The character at ``k`` opens the text, a line or a sentence: :func:`opens_sentence`
    for a mention found in the text's characters, not among its tokens."""
    return _OPENING.search(text, max(0, k - 20), k) is not None


_FIRST_SENTENCE = re.compile(r"[^\n.!?]*[.!?]?")


_WORD = re.compile(r"[^\W\d_]{4,}")


def _headlines(text: str) -> list[tuple[int, int]]:
    """The character spans of the text's lines, and of its first sentence, written in title
    case: a headline's place, where a sentence of names in the body is no headline."""
    spans = []
    first = _FIRST_SENTENCE.match(text)
    if first is not None:
        spans.append(first.span())
    start = 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    out = []
    for a, b in spans:
        words = _WORD.findall(text, a, b)
        if len(words) >= HEADLINE_MIN_WORDS and all(w[0].isupper() for w in words):
            out.append((a, b))
    return out
