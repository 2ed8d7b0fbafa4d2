"""Dates in a sentence, resolved against the article's publication date when it is known.

Nothing is invented: a relative date ("on Wednesday", "last month") needs the publication date,
and a day or month without a year keeps only what is stated when that date is unknown.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
# "on May 22", "the evening of May 3": a word before that makes "May" the month, not the verb
_MAY_AFTER = re.compile(
    r"\b(?:on|of|by|since|until|till|from|to|before|after|through|and|or|early|late|mid)[\s-]+$",
    re.IGNORECASE,
)
_WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}
_M = (
    r"(January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_Y = r"((?:19|20)\d\d)"
_PREP = r"(?:in|on|since|during|by|until|from|of|last|this|next|early|late|mid|before|after)"

_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_M}(?:,?\s+{_Y})?(?!\w)")
_MONTH_DAY = re.compile(rf"\b{_M}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+{_Y})?(?!\w)")
_MONTH_YEAR = re.compile(rf"\b{_M}(?:\s+of)?\s+{_Y}\b")
_REL_MONTH = re.compile(rf"\b({_PREP})[\s-]+{_M}(?![\w])", re.IGNORECASE)
_YEAR = re.compile(rf"\b(?:{_PREP}|in early|in late|in mid)[\s-]+{_Y}\b", re.IGNORECASE)
# a month, maybe with its day, of the year told from the article's: "in April last year",
# "on 25 February last year", "December of last year", "January 6 this year"; not a year that
# owns the next noun ("In March, last year's champion was killed": March of the article's year)
_MONTH_OF_A_YEAR = re.compile(
    rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+)?{_M}(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?)?,?"
    r"\s+(?:of\s+)?(last|this|next)\s+year\b(?!\s*['’]s\b)"
)
_WEEKDAY = re.compile(
    r"\b(on|last|this|next|since|until|by)?\s*"
    r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_RELATIVE = re.compile(
    r"\b(yesterday|today|tonight|last month|this month|next month|last year|this year|"
    r"next year|earlier this month|earlier this year|earlier this week|last week|this week|"
    r"next week|(?:last|this|past|at\s+the|over\s+the)\s+weekend)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(will|shall|'ll|is set to|are set to|is to|are to|expected to|"
    r"scheduled|plans? to|due to|"
    # what is awaited is to come: "looking forward to the minister's July visit", "the
    # upcoming talks in March"
    r"look(?:s|ing)?\s+forward\s+to|upcoming|forthcoming)\b",
    re.IGNORECASE,
)


# a day inside the name of a movement or an armed group ("the May 17 Movement", "the 9th of
# October Front"): its head noun, after at most two capitalised words, ends the name
_NAMED_FOR_A_DAY = re.compile(
    rf"\b(?:{_M}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_M})"
    r"(?:\s+[A-Z][a-z]+){0,2}\s+(?:Movement|Brigades?|Front|Organi[sz]ation|Group|Coalition"
    r"|Alliance|Battalions?|Revolution|Uprising|Commandos?)\b"
)
# the words that make the day before such a head a time ("On May 5 Movement leaders met")
_TIME_BEFORE_A_NAME = frozenset({"on", "since", "until", "by", "from", "before", "after", "in"})
_HEADING_YEAR = re.compile(r"\s*((?:19|20)\d\d):\s")
_DECADE = re.compile(r"\b(?:the\s+)?(?:19|20)\d0s\b")
# a time before the story's, told from it: "the previous day", "the week before", "days earlier"
_BEFORE_THE_STORY = re.compile(
    r"\b(?:the\s+(?:previous|preceding)\s+(?:day|night|evening|morning|afternoon|week|"
    r"weekend|month|year)|"
    r"the\s+(?:day|night|week|month|year)\s+before(?!\s+(?:the|a|an|his|her|their|its)\b)|"
    r"(?:a|one|two|three|four|five|six|several|some|\d{1,2})\s+(?:days?|weeks?|months?|years?)"
    r"\s+(?:earlier|before)(?!\s+(?:the|a|an|his|her|their|its)\b))",
    re.IGNORECASE,
)
# a time told from another one the story gives, not from the article's day: "on the eve of
# the summit", "the following week", "four days later"
_FROM_ANOTHER_TIME = re.compile(
    r"\b(?:on\s+the\s+eve\s+of|the\s+(?:following|next)\s+(?:day|night|morning|evening|week|"
    r"weekend|month|year)|(?:a|one|two|three|four|five|six|several|some|\d{1,2})\s+"
    r"(?:days?|weeks?|months?|years?)\s+later)\b",
    re.IGNORECASE,
)
# a date of another calendar (the Islamic, the Solar Hijri of Iran and Afghanistan, Nepal's
# Bikram Sambat, Ethiopia's, Thailand's Buddhist era): the month names and era marks as the
# calendars' own references spell them in English. None is converted; the date is a time, so
# the article's day is not the event's, and "2079 BS" or "2015 E.C." is no Gregorian year.
_HIJRI_MONTHS = (
    r"Muharram|Safar|Rabi[’'ʿ]?[\s-]*(?:al|ul)?[\s-]*(?:Awwal|Thani|Akhir)|"
    r"Juma?d[ai][\s-]*(?:al|ul)?[\s-]*(?:Awwal|Ula|Thani|Akhir(?:ah)?)|Rajab|Sha[’'ʿ]?ban|"
    r"Rama[dz]an|Ramzan|Shawwal|Dhu[\s-]*(?:al|l)?[\s-]*(?:Qa[’'ʿ]?dah|Hijjah)|"
    r"Farvardin|Ordibehesht|Khordad|Tir|Mordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand"
)
_OTHER_CALENDAR = re.compile(
    rf"\b(?:\d{{1,2}}\s+)?(?:{_HIJRI_MONTHS})\s+1[34]\d\d\b(?:\s*(?:AH|A\.H\.|SH|Hijri))?"
    # the era's own years only (Hijri 13xx-14xx, Bikram Sambat 20xx-21xx), and no mark that runs
    # on into a word or a hyphen: "2003 AH-64 Apaches" and "1999 BS degree" are Gregorian years
    r"|\b1[34]\d\d\s*(?:AH|A\.H\.|Hijri|SH|S\.H\.)(?![\w-])"
    r"|\b2[01]\d\d\s*(?:BS|B\.S\.|Bikram\s+Sambat)(?![\w-])"
    r"|\b\d{3,4}\s*(?:E\.C\.|Nepal\s+Sambat)(?![\w-])|\b25\d\d\s*(?:BE|B\.E\.)(?![\w-])"
    # the era named first: "in Bikram Sambat 2080", "the Hijri year 1446"
    r"|\b(?:Bikram\s+Sambat|Nepal\s+Sambat|(?:Solar\s+)?Hijri(?:\s+year)?)\s+\d{3,4}\b"
)

# a date written in figures: "05/04/2021" is 5 April where the day comes first (most of the
# world) and May 4 where the month does (the United States); only the year is sure unless one
# of the two numbers is above 12 ("20/04/2021", "4/20/2021") or they are the same
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?![\d/-]|\.\d)")
# days of the Gregorian year that are named, not numbered: "on New Year's Eve" in an article
# of 2 January is 31 December of the year before, not the article's day
_NAMED_DAYS = {"new year's eve": (12, 31), "new year's day": (1, 1)}
_NAMED_DAY = re.compile(
    r"\b(?:on|before|after|since|until|by|over)\s+(New\s+Year[’']s\s+(?:Eve|Day))"
    rf"(?:,?\s+{_Y})?\b",
    re.IGNORECASE,
)
# "the walls, which once guarded the city against attacks": "once" before a past verb is a
# time long before the story's, not the article's day ("Once completed, ...", "once again"
# and "once the troops had left" are not)
_ONCE = re.compile(r"(?<=[A-Za-z,] )once\s+", re.IGNORECASE)

_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        (
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        )
    )
}
_TENS = {
    w: 10 * i
    for i, w in enumerate(("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty"), 2)
}
# a count of years or months said to be rough: "more than 30 years ago", "nearly a year ago"
_HEDGED = re.compile(
    r"\b(?:more\s+than|less\s+than|fewer\s+than|over|under|nearly|almost|about|around|"
    r"roughly|some|approximately|close\s+to|just\s+over|well\s+over)\s+$",
    re.IGNORECASE,
)
_AGO = re.compile(
    r"(?<![\w-])(a|an|\d{1,3}|(?:" + "|".join(_TENS) + r")(?:[\s-]+(?:one|two|three|four|five|"
    r"six|seven|eight|nine))?|" + "|".join(_NUMBER_WORDS) + r")\s+(year|month|week|day|decade)s?"
    r"\s+ago\b",
    re.IGNORECASE,
)


def number_of(words: str) -> int:
    """ "a" 1, "12" 12, "fifty-five" 55."""
    parts = re.split(r"[\s-]+", words.lower())
    if parts[0] in ("a", "an"):
        return 1
    if parts[0].isdigit():
        return int(parts[0])
    return sum(_TENS.get(p, _NUMBER_WORDS.get(p, 0)) for p in parts)


# a year told in a sentence before: "In August of that year", "later that year", "the
# following year"; without it no date can be given (the article's year would be wrong)
_THAT_YEAR = re.compile(
    rf"\b(?:(?:in|by|during)\s+)?(?:(?:early|late|mid)[\s-]+)?{_M}\s+of\s+(?:that|the\s+same)\s+year\b"
    r"|\b(?:(?:later|earlier|by\s+the\s+end\s+of|at\s+the\s+end\s+of|in|during|by)\s+)?"
    r"(?:that|the\s+same|the\s+following|the\s+next)\s+year\b",
    re.IGNORECASE,
)
# a date after these words bounds a period ("since 1982", "until May") and dates no event in it
RANGE_WORDS = frozenset({"since", "until", "till", "through", "throughout", "by"})


@dataclass(slots=True)
class DateMention:
    start: int  # offset in the sentence text
    end: int
    date: str | None
    precision: str  # day, month, year, unknown
    word_before: str = ""  # the word right before the expression ("since", "on", ...)

    @property
    def bounds_a_period(self) -> bool:
        return self.word_before in RANGE_WORDS


def _month(word: str) -> int:
    return _MONTHS[word.lower().rstrip(".")]


def _parse_published(published: str | None) -> tuple[dt.date | None, str]:
    """The publication date and how much of it is known: "day", "month" (``2017-11``, read
    as the month's first day) or "year" (``2017``, read as its first day)."""
    if not published:
        return None, "unknown"
    try:
        return dt.date.fromisoformat(published[:10]), "day"
    except ValueError:
        pass
    if (m := re.match(r"(\d{4})-(\d{2})\b", published)) and 1 <= int(m.group(2)) <= 12:
        return dt.date(int(m.group(1)), int(m.group(2)), 1), "month"
    m = re.match(r"(\d{4})", published)
    return (dt.date(int(m.group(1)), 1, 1), "year") if m else (None, "unknown")


def _month_year(month: int, pub: dt.date | None, future: bool) -> int | None:
    if pub is None:
        return None
    if future:
        return pub.year if month >= pub.month else pub.year + 1
    return pub.year if month <= pub.month else pub.year - 1


def _shift_month(pub: dt.date, delta: int) -> tuple[int, int]:
    n = pub.year * 12 + (pub.month - 1) + delta
    return n // 12, n % 12 + 1


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


_NAMED_DATE = re.compile(rf",?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_M}|{_M}\s+\d{{1,2}}\b)")
_DAY_RANGE = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|and|through)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+{_M}"
    rf"(?:,?\s+{_Y})?(?!\w)"
)
# "January 22-31, 2014": month first
_RANGE_OF_MONTH = re.compile(
    rf"\b{_M}\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|through)\s*\d{{1,2}}(?:st|nd|rd|th)?"
    rf"(?:,?\s+{_Y})?(?!\w)"
)
# the parts of a sentence a future tense reaches: "Police said the suspect, who will appear in
# court on Friday, attacked a guard on Monday" tells of two days, one to come; a past verb
# (a common irregular one or any "-ed" but adjectives and the future's own participles)
_CLAUSE_CUT = re.compile(r"[,;:()\"“”]|\s[-–—]\s")
_PAST = re.compile(
    r"\b(?:said|says|told|was|were|had|took|began|left|met|held|fought|struck|shot|went|came|"
    r"fled|fell|broke|won|lost|rose|sent|made|gave|hit|(?!(?:armed|united|based|backed|led|"
    r"alleged|suspected|unidentified|masked|hundred|scheduled|expected|planned|proposed)\b)"
    r"[a-z]{2,}ed(?!\s+by\b))\b",  # "followed by a meeting": a participle, no tense
    re.IGNORECASE,
)


_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being)\s+$", re.IGNORECASE)


def _future_at(text: str, start: int, end: int, futures: list[int]) -> bool:
    """Whether the date at ``start:end`` is to come. In its own part of the sentence the
    nearest tense before it decides ("We will never forget what happened on Sunday": past),
    else the nearest after it; a part with neither is to come when the sentence has a future
    ("will fly to Juba, where she meets the vice-president on Friday")."""
    if not futures:
        return False
    cuts = [m.start() for m in _CLAUSE_CUT.finditer(text)]
    first = max((c for c in cuts if c < start), default=-1) + 1
    last = min((c for c in cuts if c >= end), default=len(text))
    marks = [(f, True) for f in futures if first <= f < last]
    marks += [
        (m.start(), False)
        for m in _PAST.finditer(text, first, last)
        if not any(m.start() <= f < m.end() for f in futures)
        and not _PASSIVE_BEFORE.search(text, 0, m.start())  # "will be held on Friday"
    ]
    before = [m for m in marks if m[0] < start]
    if before:
        return max(before)[1]
    after = [m for m in marks if m[0] >= end]
    return min(after)[1] if after else True


def _days_of(words: str, pub: dt.date, future: bool) -> tuple[dt.date, dt.date]:
    """The first and last day a week or a weekend told from ``pub`` may be: "last week" is
    the seven days from the Monday before this week's, "earlier this week" this week's days
    before the article's, "at the weekend" the last Saturday and Sunday (the next ones when
    the sentence looks ahead)."""
    words = " ".join(words.lower().split())
    monday = pub - dt.timedelta(days=pub.weekday())
    day = dt.timedelta(days=1)
    if words.endswith("weekend"):
        if words.startswith("last") or not future:
            sunday = pub - dt.timedelta(days=(pub.weekday() + 1) % 7)
            if words.startswith("last") and sunday == pub:
                sunday -= 7 * day
        else:
            sunday = monday + 6 * day
        return sunday - day, sunday
    if words.startswith("last"):
        return monday - 7 * day, monday - day
    if words.startswith("next"):
        return monday + 7 * day, monday + 13 * day
    if words.startswith("earlier"):
        return monday, pub - day
    return monday, monday + 6 * day


# what joins a count back ("a week ago") to the day it names: nothing but spaces, a comma or
# "on" ("two days ago, on Monday"), or words of one clause with no verb or conjunction of
# another ("died one week ago in a bomb blast on Friday"; not "two weeks ago rebels
# attacked the town and on Monday police arrested ...")
_JOINED = re.compile(r"[\s,]*(?:on\s+)?")
_ANOTHER_CLAUSE = re.compile(r"\b(?:and|but|while|when|then|after|before|since|until)\b", re.I)
_TODAY = re.compile(r"\s*(today|tonight)\b", re.IGNORECASE)


def _joined(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    between = text[min(a[1], b[1]) : max(a[0], b[0])]
    if _JOINED.fullmatch(between):
        return True
    return not (
        _CLAUSE_CUT.search(between) or _PAST.search(between) or _ANOTHER_CLAUSE.search(between)
    )


def _counted_back(
    text: str, pub: dt.date | None, month_pub: dt.date | None, day_pub: dt.date | None
) -> list[tuple[tuple[int, int], str | None, str]]:
    """A weekday or "today" told with a count back in its clause: "a week ago today", "one
    week ago ... on Monday", "a year ago on Monday". The count sets the week the weekday is
    in (the Monday nearest the day a week before the article's, not the last Monday), and
    "today" the very day; a count of months or years leaves the weekday no day of its own,
    only the count's month or year. Each span (the count's and the weekday's) gets that date."""
    out: list[tuple[tuple[int, int], str | None, str]] = []
    agos = [
        m
        for m in _AGO.finditer(text)
        if m.group(2).lower() != "decade"
        and not _HEDGED.search(text, max(0, m.start() - 30), m.start())
    ]
    for ago in agos:
        n, unit = number_of(ago.group(1)), ago.group(2).lower()
        today = _TODAY.match(text, ago.end())
        days = [w for w in _WEEKDAY.finditer(text) if _joined(text, ago.span(), w.span())]
        if not today and not days:
            continue
        if unit in ("week", "day"):
            if day_pub is None:
                continue
            then = day_pub - dt.timedelta(days=n * (7 if unit == "week" else 1))
            if not today:
                wd = _WEEKDAYS[days[0].group(2).lower()]
                ahead = (wd - then.weekday()) % 7  # the weekday nearest the day counted back
                then += dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)
            date, prec = then.isoformat(), "day"
        elif unit == "year" and pub is not None:
            if today and day_pub is not None:
                y, mo, d = day_pub.year - n, day_pub.month, day_pub.day
                date, prec = dt.date(y, mo, d if _valid(y, mo, d) else d - 1).isoformat(), "day"
            else:
                date, prec = f"{pub.year - n:04d}", "year"
        elif unit == "month" and month_pub is not None:
            y, mo = _shift_month(month_pub, -n)
            if today and day_pub is not None and _valid(y, mo, day_pub.day):
                date, prec = f"{y:04d}-{mo:02d}-{day_pub.day:02d}", "day"
            else:
                date, prec = f"{y:04d}-{mo:02d}", "month"
        else:
            continue
        out.append((ago.span(), date, prec))
        if today:
            out.append((today.span(1), date, prec))
        out += [(w.span(), date, prec) for w in days[:1]]
    return out


def find_dates(
    text: str, published: str | None, year_before: str | None = None
) -> list[DateMention]:
    """Every date expression in ``text`` (one sentence) with its resolved value; ``year_before``
    is the year the sentences before it told last, for "In August of that year"."""
    pub, known = _parse_published(published)
    # a date a day or a week from the article's needs its day, a month without its year the
    # month: "yesterday" in an article of November 2017 is no day of it, and "in March" in
    # one of 2017 may be March 2016
    day_pub = pub if known == "day" else None
    month_pub = pub if known in ("day", "month") else None
    futures = [m.start() for m in _FUTURE.finditer(text)]
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, date: str | None, prec: str) -> None:
        if any(a < e and s < b for a, b in taken):
            return
        taken.append((s, e))
        head = text[s:e].split(maxsplit=1)[0].lower() if text[s:e].strip() else ""
        before = text[:s].split()
        word = head if head in RANGE_WORDS else (before[-1].lower().strip(",(") if before else "")
        out.append(DateMention(s, e, date, prec, word))

    def future(start: int, end: int) -> bool:
        return _future_at(text, start, end, futures)

    for m in _NAMED_FOR_A_DAY.finditer(text):  # a group's name: no time of the sentence
        before = text[: m.start()].split()
        if not before or before[-1].lower() not in _TIME_BEFORE_A_NAME:  # "On May 5 Movement"
            taken.append(m.span())
    for m in _OTHER_CALENDAR.finditer(text):  # "during Ramadan 1443", "in 2079 BS": a time
        add(m.start(), m.end(), None, "unknown")
    for m in _NUMERIC_DATE.finditer(text):
        a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        day_month = [(d, mo) for d, mo in ((a, b), (b, a)) if mo <= 12 and _valid(y, mo, d)]
        if len(set(day_month)) == 1:
            d, mo = day_month[0]
            add(m.start(), m.end(), f"{y:04d}-{mo:02d}-{d:02d}", "day")
        else:  # either order is a day, or neither: the year alone is sure
            add(m.start(), m.end(), *((f"{y:04d}", "year") if day_month else (None, "unknown")))
    for m in _NAMED_DAY.finditer(text):
        mo, d = _NAMED_DAYS[" ".join(m.group(1).lower().replace("’", "'").split())]
        if m.group(2):
            add(m.start(), m.end(), f"{int(m.group(2)):04d}-{mo:02d}-{d:02d}", "day")
        elif day_pub is None:
            add(m.start(), m.end(), None, "unknown")
        else:
            ahead = future(*m.span())
            y = day_pub.year
            if ahead and (mo, d) < (day_pub.month, day_pub.day):
                y += 1
            elif not ahead and (mo, d) > (day_pub.month, day_pub.day):
                y -= 1
            add(m.start(), m.end(), f"{y:04d}-{mo:02d}-{d:02d}", "day")
    for m in _MONTH_OF_A_YEAR.finditer(text):
        # the year is the article's, or the one before or after it, not the month's last
        if pub is None:
            add(m.start(), m.end(), None, "unknown")
            continue
        y = pub.year + {"last": -1, "next": 1}.get(m.group(4), 0)
        mo, day = _month(m.group(2)), m.group(1) or m.group(3)
        if day and _valid(y, mo, int(day)):
            add(m.start(), m.end(), f"{y:04d}-{mo:02d}-{int(day):02d}", "day")
        else:
            add(m.start(), m.end(), f"{y:04d}-{mo:02d}", "month")
    for m in _ONCE.finditer(text):
        if _PAST.match(text, m.end()):
            add(m.start(), m.end() - 1, None, "unknown")
    for m in _THAT_YEAR.finditer(text):  # "In August of that year", "later that year"
        if year_before is None:
            add(m.start(), m.end(), None, "unknown")
        elif m.group(1):
            add(m.start(), m.end(), f"{year_before}-{_month(m.group(1)):02d}", "month")
        else:
            after = re.search(r"(?:following|next)\s+year", m.group(0), re.IGNORECASE)
            add(m.start(), m.end(), f"{int(year_before) + (1 if after else 0):04d}", "year")
    # "Forty years ago, soldiers raided the village ... on the evening of May 9": the
    # day is of that year, not of the article's
    ago_year = next(
        (
            pub.year - number_of(m.group(1))
            for m in _AGO.finditer(text)
            if pub is not None and m.group(2).lower() == "year"
        ),
        None,
    )

    def year_of(mo: int, s: int, e: int) -> int | None:
        return ago_year or _month_year(mo, month_pub, future(s, e))

    ranges = [(m, m.group(1), m.group(2)) for m in _DAY_RANGE.finditer(text)]
    ranges += [(m, m.group(2), m.group(1)) for m in _RANGE_OF_MONTH.finditer(text)]
    for m, day, mon in ranges:  # "from 8 to 10 November", "January 22-31": when it began
        d, mo = int(day), _month(mon)
        year = int(m.group(3)) if m.group(3) else year_of(mo, *m.span())
        if year is None or not _valid(year, mo, d):
            add(m.start(), m.end(), None, "unknown")
        else:
            add(m.start(), m.end(), f"{year:04d}-{mo:02d}-{d:02d}", "day")
    for rx, order in ((_DAY_MONTH, "dm"), (_MONTH_DAY, "md")):
        for m in rx.finditer(text):
            day, mon = (m.group(1), m.group(2)) if order == "dm" else (m.group(2), m.group(1))
            if (
                mon == "May"
                and order == "md"
                and not m.group(3)
                and not _MAY_AFTER.search(text, 0, m.start())
            ):
                continue  # "May 5" with no year is the month only after a word that takes a time
            d, mo = int(day), _month(mon)
            year = int(m.group(3)) if m.group(3) else year_of(mo, *m.span())
            if year is None or not _valid(year, mo, d):
                add(m.start(), m.end(), None, "unknown")
            else:
                add(m.start(), m.end(), f"{year:04d}-{mo:02d}-{d:02d}", "day")
    for m in _MONTH_YEAR.finditer(text):
        add(m.start(), m.end(), f"{int(m.group(2)):04d}-{_month(m.group(1)):02d}", "month")
    for m in _REL_MONTH.finditer(text):
        word = m.group(2)
        if word[0].islower():
            continue
        mo = _month(word)
        prep = m.group(1).lower()
        year = _month_year(mo, month_pub, future(*m.span()) or prep == "next")
        if prep == "last" and month_pub is not None and mo >= month_pub.month:
            year = month_pub.year - 1
        if year is None:
            add(m.start(), m.end(), None, "unknown")
        else:
            add(m.start(), m.end(), f"{year:04d}-{mo:02d}", "month")
    for m in _YEAR.finditer(text):
        add(m.start(), m.end(), m.group(1), "year")
    for span, date, prec in _counted_back(text, pub, month_pub, day_pub):
        add(*span, date, prec)
    for m in _WEEKDAY.finditer(text):
        if _NAMED_DATE.match(text, m.end()):
            continue  # "on Friday, Oct. 7, 2016": the date's name, not a day of the article's week
        if day_pub is None:
            add(m.start(), m.end(), None, "unknown")
            continue
        wd = _WEEKDAYS[m.group(2).lower()]
        prep = (m.group(1) or "").lower()
        if prep == "next" or (prep != "last" and future(*m.span())):
            delta = (wd - day_pub.weekday()) % 7
        else:
            delta = -((day_pub.weekday() - wd) % 7)
            if prep == "last" and delta == 0:
                delta = -7
        add(m.start(), m.end(), (day_pub + dt.timedelta(days=delta)).isoformat(), "day")
    for m in _RELATIVE.finditer(text):
        w = m.group(1).lower()
        if w.endswith("year") and pub is not None:
            delta = {"last": -1, "next": 1}.get(w.split()[0], 0)
            add(m.start(), m.end(), f"{pub.year + delta:04d}", "year")
        elif w.endswith("month") and month_pub is not None:
            delta = {"last": -1, "next": 1}.get(w.split()[0], 0)
            y, mo = _shift_month(month_pub, delta)
            add(m.start(), m.end(), f"{y:04d}-{mo:02d}", "month")
        elif day_pub is None and w.endswith("weekend"):
            continue  # a time told before this pass only where it can be placed
        elif day_pub is None or w.endswith(("year", "month")):
            add(m.start(), m.end(), None, "unknown")
        elif w in ("yesterday",):
            add(m.start(), m.end(), (day_pub - dt.timedelta(days=1)).isoformat(), "day")
        elif w in ("today", "tonight"):
            add(m.start(), m.end(), day_pub.isoformat(), "day")
        else:  # a week or a weekend: its month, when all its days fall in one
            first, last = _days_of(w, day_pub, future(*m.span()))
            same = (first.year, first.month) == (last.year, last.month) and first <= last
            add(
                m.start(),
                m.end(),
                f"{first.year:04d}-{first.month:02d}" if same else None,
                "month" if same else "unknown",
            )
    for m in _AGO.finditer(text):
        n, unit = number_of(m.group(1)), m.group(2).lower()
        if unit == "decade" or (
            unit in ("year", "month") and _HEDGED.search(text, max(0, m.start() - 30), m.start())
        ):
            # "a decade ago", "more than 30 years ago": a time, but no year or month to give
            add(m.start(), m.end(), None, "unknown")
        elif unit == "year" and pub is not None:
            add(m.start(), m.end(), f"{pub.year - n:04d}", "year")
        elif unit == "month" and month_pub is not None:
            y, mo = _shift_month(month_pub, -n)
            add(m.start(), m.end(), f"{y:04d}-{mo:02d}", "month")
        elif unit in ("week", "day") and day_pub is not None:
            then = day_pub - dt.timedelta(days=n * (7 if unit == "week" else 1))
            add(m.start(), m.end(), then.isoformat(), "day" if unit == "day" else "month")
        else:
            add(m.start(), m.end(), None, "unknown")
    if heading := _HEADING_YEAR.match(text):  # "1968: The Soviet Union sends tanks ..."
        add(heading.start(1), heading.end(1), heading.group(1), "year")
    for m in _DECADE.finditer(text):  # "in the 1970s": a time, but no date we can give
        add(m.start(), m.end(), None, "unknown")
    for m in _BEFORE_THE_STORY.finditer(text):  # "the previous day": not the article's day
        add(m.start(), m.end(), *_counted_back_from_the_day_told(text, m, out))
    for m in _FROM_ANOTHER_TIME.finditer(text):  # "on the eve of the summit": nor is that
        add(m.start(), m.end(), None, "unknown")
    out.sort(key=lambda d: d.start)
    return out


_COUNT_BEFORE = re.compile(
    r"(a|one|two|three|four|five|six|\d{1,2})\s+(day|week|month|year)s?\s+(?:earlier|before)\b",
    re.IGNORECASE,
)


def _counted_back_from_the_day_told(
    text: str, m: re.Match, found: list[DateMention]
) -> tuple[str | None, str]:
    """The time of "two weeks earlier" counted back from the one day the sentence told before
    it ("detained two sailors on May 20 over the blast that sank the ferry in the
    harbour ... two weeks earlier": May 1994), as the date and its precision: days give a day,
    weeks and months a month, years a year. (None, "unknown") when the sentence tells no day
    before it, or more than one, or the count is of something else ("two weeks earlier than
    planned")."""
    told = _COUNT_BEFORE.fullmatch(m.group(0))
    days = [d for d in found if d.end <= m.start() and d.date and d.precision == "day"]
    if told is None or len(days) != 1 or re.match(r"\s*than\b", text[m.end() :]):
        return None, "unknown"
    n, unit = number_of(told.group(1)), told.group(2).lower()
    day = dt.date.fromisoformat(days[0].date or "")
    if unit in ("day", "week"):
        then = day - dt.timedelta(days=n * (7 if unit == "week" else 1))
        return (then.isoformat(), "day") if unit == "day" else (then.isoformat()[:7], "month")
    if unit == "month":
        y, mo = _shift_month(day, -n)
        return f"{y:04d}-{mo:02d}", "month"
    return f"{day.year - n:04d}", "year"


def month_named(text: str, start: int, end: int, published: str | None) -> str | None:
    """The month a bare month name at ``text[start:end]`` stands for ("a June agreement"), read
    as "in June" would be there: the last such month, or the next one in a future tense."""
    word = text[start:end].lower().rstrip(".")
    if word not in _MONTHS:
        return None
    pub, known = _parse_published(published)
    month_pub = pub if known in ("day", "month") else None
    futures = [m.start() for m in _FUTURE.finditer(text)]
    mo = _MONTHS[word]
    year = _month_year(mo, month_pub, _future_at(text, start, end, futures))
    return None if year is None else f"{year:04d}-{mo:02d}"


# a sentence told of the day the story last gave: "Earlier in the day, the minister held
# talks", "Later that evening, ..."
_SAME_DAY = re.compile(
    r"\W*(?:(?:earlier|later)\s+(?:in\s+the|that|the\s+same)|on\s+the\s+same|that)\s+"
    r"(?:day|morning|afternoon|evening|night)\b",
    re.IGNORECASE,
)


def of_the_day_before(text: str) -> bool:
    """Whether a sentence opens on the day the story gave last ("Earlier in the day, ...")."""
    return _SAME_DAY.match(text) is not None


def times_told(text: str, published: str | None) -> tuple[str | None, bool]:
    """What a sentence tells of time, for the sentences after it: the last day it dates that
    is not after the article's (a plan's day is no day anything was done on), and whether it
    dates only months or years gone ("In March 2013, rebels seized Bangui": the undated
    sentence after it goes on with that story, not the article's news)."""
    pub, known = _parse_published(published)
    if pub is None:
        return None, False
    told = [d for d in find_dates(text, published) if d.date and not d.bounds_a_period]
    days = [d.date for d in told if d.date and d.precision == "day"]
    day = (
        next((t for t in reversed(days) if t <= pub.isoformat()), None) if known == "day" else None
    )
    # a month gone, or a year gone ("in 2019" in a story of September 2019 is no history)
    history = known != "year" and bool(told)
    history = history and all(
        d.date[:7] < pub.isoformat()[: len(d.date[:7])] for d in told if d.date
    )
    return day, history


_FOUR_DIGITS = re.compile(r"\b(?:19|20)\d\d\b")


def year_told(text: str, published: str | None, before: str | None) -> str | None:
    """The year a story has told last, after this sentence: the year of its last date that
    names one ("The Iraqi invasion began on August 2nd, 1990"), else ``before``; for "In August
    of that year" in the sentences after it."""
    if not _FOUR_DIGITS.search(text):
        return before
    years = [d.date[:4] for d in find_dates(text, published, before) if d.date]
    return years[-1] if years else before


# a dateline ends at a dash, at a bracket's close ("(AP) -", "(KUNA) --") or at a colon right
# after its year ("STOCKHOLM, 25 SEP 2023: ...")
_DATELINE_END = re.compile(r"\s(?:-{1,2}|–|—)\s|\)\s*(?:-{1,2}|–|—|:)|(?<=\d\d\d\d):\s")
# wire services write the month in capitals ("25 SEP 2023", "JAN 12, 2013") and some the day
# as an ordinal ("29th May, 2023")
_DATELINE_DATE = re.compile(
    rf"\b{_M}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_Y}\b"
    rf"|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_M},?\s+{_Y}\b",
    re.IGNORECASE,
)


def dateline_date(text: str) -> str | None:
    """The date a news item's dateline states ("KHARTOUM, Sudan Sept. 19, 2004 - ...",
    "Edmonton, Ky. (November 28, 2016) - ...", "STOCKHOLM, 25 SEP 2023: ...", "AMMAN
    (UrduPoint News / Sputnik - 14th June, 2022) ..."): only in the opening words before the
    dash or the colon, and only with a year."""
    found = dateline_date_at(text)
    return found[0] if found else None


def dateline_date_at(text: str) -> tuple[str, int, int] | None:
    """The date a dateline states and where it is written (start, end in ``text``), or None."""
    head = text[:160]
    cut = _DATELINE_END.search(head)
    if cut is None:
        return None
    end = cut.end()
    if not cut[0].startswith(")") and head.rfind("(", 0, cut.start()) > head.rfind(
        ")", 0, cut.start()
    ):
        # a dash inside the bracket of the filing agency ("(UrduPoint News / Sputnik - 14th
        # June, 2022) Jordanian border guards ..."): the dateline ends where the bracket closes
        close = head.find(")", cut.end())
        if close < 0:
            return None
        end = close + 1
    m = _DATELINE_DATE.search(head[:end])
    if m is None:
        return None
    if m.group(1):
        mon, day, year = m.group(1), m.group(2), m.group(3)
    else:
        day, mon, year = m.group(4), m.group(5), m.group(6)
    y, mo, d = int(year), _month(mon), int(day)
    if not _valid(y, mo, d):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}", m.start(), m.end()


_RANK = {"day": 3, "month": 2, "year": 1, "unknown": 0}


def date_near(text: str, pos: int, published: str | None) -> tuple[str | None, str]:
    """The resolved date expression nearest to ``pos`` in a sentence; (None, "unknown") if none."""
    found = [d for d in find_dates(text, published) if d.date is not None]
    if not found:
        return None, "unknown"

    def dist(d: DateMention) -> int:
        if d.start <= pos < d.end:
            return 0
        return min(abs(pos - d.start), abs(pos - d.end))

    best = min(found, key=lambda d: (dist(d), -_RANK[d.precision]))
    return best.date, best.precision
