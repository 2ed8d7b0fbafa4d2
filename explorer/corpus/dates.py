"""Date lines at the top of plain-text articles: recognise them, and read a date only when the
line gives the year (a line like "Thursday, July 31" yields no date rather than a guessed one).
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAYS = frozenset(
    {
        *("monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu"),
        *("thur", "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun"),
    }
)
# Time zones as news writes them ("7:36 PM IST", "(2100 GMT)"): Europe's and America's, and
# more of the abbreviations the IANA time zone database gives zones where news is filed (South
# and East Asia, the Gulf, Africa, Australia)
TIME_ZONES = frozenset(
    {
        *("gmt", "utc", "bst", "cet", "cest", "eet", "eest", "msk", "est", "edt", "pst", "pdt"),
        *("ist", "pkt", "npt", "ict", "wib", "pht", "sgt", "hkt", "jst", "kst", "gst", "irst"),
        *("ast", "eat", "wat", "sast", "aest", "aedt", "awst", "nzst", "nzdt", "cst", "cdt"),
    }
)
# Words that may sit around a date on a dateline without making it a sentence.
_DATELINE_WORDS = frozenset(
    {
        *("published", "updated", "posted", "last", "modified", "on", "at", "date", "time"),
        *("of", "am", "pm", "a", "m", "p", "st", "nd", "rd", "th"),
        *TIME_ZONES,
    }
)
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_MONTH_FIRST = re.compile(r"\b([^\W\d_]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_DAY_FIRST = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+([^\W\d_]{3,9})\.?,?\s+(\d{4})\b")
_MONTH_YEAR = re.compile(r"\b([^\W\d_]{3,9})\.?,?\s+(\d{4})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")


# the names of days written out, for a date that opens a line; "May" and "March" have other
# senses ("May said", "March organisers")
_DAY_NAMES = frozenset(
    {
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *(name for name in _MONTHS if len(name) > 3 and name not in {"march", "sept"}),
    }
)


def opens_with_day(line: str) -> bool:
    """The line starts with a weekday or a month written out ("Tuesday, asking ...")."""
    first = _TOKEN.match(line)
    return first is not None and first[0][:1].isupper() and first[0].casefold() in _DAY_NAMES


def is_date_line(line: str) -> bool:
    """True when the line holds nothing but a date (with a number in it), maybe a time and
    dateline words."""
    tokens = _TOKEN.findall(line)
    if not tokens or len(tokens) > 12 or not any(token.isdigit() for token in tokens):
        return False  # a date line has a day, a year or a time; "Sunday." ends a sentence
    has_date = False
    for token in tokens:
        word = token.casefold()
        if token.isdigit():
            continue
        if word in _MONTHS or word in _WEEKDAYS:
            has_date = True
        elif word not in _DATELINE_WORDS:
            return False
    return has_date or bool(_ISO.search(line) or _NUMERIC.search(line))


def parse_date(line: str) -> str | None:
    """The ISO 8601 date a line states (``YYYY-MM-DD``, or ``YYYY-MM`` without a day), or None
    when it gives no year or no valid date."""
    if match := _ISO.search(line):
        return _iso(int(match[1]), int(match[2]), int(match[3]))
    if (match := _MONTH_FIRST.search(line)) and match[1].casefold() in _MONTHS:
        return _iso(int(match[3]), _MONTHS[match[1].casefold()], int(match[2]))
    if (match := _DAY_FIRST.search(line)) and match[2].casefold() in _MONTHS:
        return _iso(int(match[3]), _MONTHS[match[2].casefold()], int(match[1]))
    if (match := _NUMERIC.search(line)) and int(match[2]) <= 12 and "." in match[0]:
        return _iso(int(match[3]), int(match[2]), int(match[1]))  # European 31.07.2025
    if (match := _MONTH_YEAR.search(line)) and match[1].casefold() in _MONTHS:
        month = _MONTHS[match[1].casefold()]
        year = int(match[2])
        return f"{year:04d}-{month:02d}" if 1900 <= year <= 2100 else None
    return None


# a wire's credit closing the story with its date: "(Xinhua News Agency June 13, 2002)",
# "(AFP, 12 May 2005)", "(People's Daily Online, Monday, May 3, 2004)": an agency's name of at
# most four capitalised words, then a date line with its year. A cited document ("(Armistice
# Agreement, July 27, 1953)") has the same shape, so the name must be an agency's: written in
# capitals (AFP, IRNA, KUNA) or holding a word that names a news outlet
_CREDIT_NAME = re.compile(r"(?:Source:\s*)?([A-Z][\w.&'’-]*(?:[ /]+[A-Z][\w.&'’-]*){0,3})")
# the words of news outlets' names, and the wire agencies whose one-word names are not written
# in capitals (the agencies of the world's wire services, as their own mastheads spell them)
_AGENCY_WORDS = frozenset(
    [
        "news",
        "newswire",
        "wire",
        "agency",
        "press",
        "daily",
        "online",
        "times",
        "post",
        "herald",
        "tribune",
        "gazette",
        "journal",
        "telegraph",
        "radio",
        "television",
        "tv",
        "broadcasting",
        "service",
        "xinhua",
        "reuters",
        "interfax",
        "yonhap",
        "kyodo",
        "bernama",
        "antara",
        "anadolu",
        "prensa",
    ]
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _agency(name: str) -> bool:
    words = [w for w in re.split(r"[ /]+", name) if w]
    return any(
        (w.isupper() and len(w) > 1) or w.casefold().rstrip(".") in _AGENCY_WORDS for w in words
    )


def foot_date(line: str, body: str = "") -> str | None:
    """The date of a wire's credit that is a text's last line; else None.

    ``body`` is the text above it: a credit older than a year the text names is a cited document.
    """
    line = line.strip()
    if not (line.startswith("(") and line.endswith(")")) or len(line) > 90:
        return None
    inner = line[1:-1]
    for cut in re.finditer(r"[,:]?\s+", inner):
        name, when = inner[: cut.start()], inner[cut.end() :]
        match = _CREDIT_NAME.fullmatch(name)
        if not (match and _agency(match[1]) and is_date_line(when)):
            continue
        date = parse_date(when)
        if date and any(int(y) > int(date[:4]) for y in _YEAR.findall(body)):
            return None
        return date
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
