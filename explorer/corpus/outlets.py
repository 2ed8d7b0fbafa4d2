"""Which outlet an article comes from when the file does not say: the agency in its dateline.

Wire copy names its agency at the head of the story: "KABUL (Reuters) -", "AP - ", "ABUJA
(AFP) -", "BEIJING, Oct 3 (Xinhua) --". HTML pages give their site name instead (the reader
takes that from the page). The agency is the outlet an analyst counts when asking how many
independent sources say a thing.
"""

from __future__ import annotations

import re

# Agencies and their usual spellings in datelines (names, not guesses: an unknown token in
# brackets, such as a city or "(CNN)", is kept as written if it looks like an outlet).
AGENCIES = {
    "reuters": "Reuters",
    "ap": "Associated Press",
    "associated press": "Associated Press",
    "afp": "Agence France-Presse",
    "agence france-presse": "Agence France-Presse",
    "upi": "United Press International",
    "xinhua": "Xinhua",
    "tass": "TASS",
    "itar-tass": "TASS",
    "ria novosti": "RIA Novosti",
    "interfax": "Interfax",
    "anadolu": "Anadolu Agency",
    "aa": "Anadolu Agency",
    "dpa": "Deutsche Presse-Agentur",
    "efe": "EFE",
    "ansa": "ANSA",
    "kyodo": "Kyodo News",
    "yonhap": "Yonhap",
    "irna": "IRNA",
    "sana": "SANA",
    "wafa": "WAFA",
    "pti": "Press Trust of India",
    "bloomberg": "Bloomberg",
    "cnn": "CNN",
    "bbc": "BBC",
    "al jazeera": "Al Jazeera",
    "sputnik": "Sputnik",
    "trend": "Trend",
    "apa": "APA",
    # state agencies whose letters are a place's or a word's name ("SPA - Saudi air defences",
    # "SANA - Syrian army units", "PETRA - Jordanian border guards"), and others of war news
    "spa": "Saudi Press Agency",
    "petra": "Petra News Agency",
    "mena": "Middle East News Agency",
    "saba": "Saba News Agency",
    "kuna": "Kuwait News Agency",
    "qna": "Qatar News Agency",
    "bna": "Bahrain News Agency",
    "wam": "Emirates News Agency",
    "kcna": "Korean Central News Agency",
    "bernama": "Bernama",
    "antara": "Antara News Agency",
    "unian": "UNIAN",
    "ukrinform": "Ukrinform",
    "isna": "ISNA",
    "tasnim": "Tasnim News Agency",
    "mehr": "Mehr News Agency",
    "fars": "Fars News Agency",
}

# the land of each state or national agency whose letters may head a story ("MENA - " is
# Egypt's, so "MENA - Ukrainian border guards" heads a Ukrainian town's story, Mena's)
AGENCY_HOMES = {
    "tass": "RU",
    "itar-tass": "RU",
    "ria novosti": "RU",
    "interfax": "RU",
    "sputnik": "RU",
    "xinhua": "CN",
    "anadolu": "TR",
    "aa": "TR",
    "dpa": "DE",
    "efe": "ES",
    "ansa": "IT",
    "afp": "FR",
    "kyodo": "JP",
    "yonhap": "KR",
    "kcna": "KP",
    "irna": "IR",
    "isna": "IR",
    "tasnim": "IR",
    "mehr": "IR",
    "fars": "IR",
    "sana": "SY",
    "wafa": "PS",
    "pti": "IN",
    "spa": "SA",
    "petra": "JO",
    "mena": "EG",
    "saba": "YE",
    "kuna": "KW",
    "qna": "QA",
    "bna": "BH",
    "wam": "AE",
    "bernama": "MY",
    "antara": "ID",
    "unian": "UA",
    "ukrinform": "UA",
    "apa": "AZ",
    "trend": "AZ",
}

_HEAD = 400  # a dateline sits at the top of the story (after a headline line or two)
_BRACKETED = re.compile(r"\((?P<name>[A-Z][A-Za-z .\-]{1,30}?)\)\s*(?:--|[-–—:])")
# a dateline whose dash was left out, opening the text: "Washington (CNN) ExxonMobil ..."
_OPENING = re.compile(r"\s*[A-Z][\w.,' -]{0,40}\((?P<name>[A-Z][A-Za-z .\-]{1,30}?)\)\s")
_LEADING = re.compile(r"(?:^|\n)\s*(?P<name>[A-Z][A-Za-z .\-]{1,30}?)\s+(?:--|[-–—])\s+\S")


def outlet_from_dateline(text: str) -> str | None:
    """The agency named in the story's dateline, or None."""
    head = text[:_HEAD]
    opening = _OPENING.match(head)
    for m in (
        *([opening] if opening else []),
        *_BRACKETED.finditer(head),
        *_LEADING.finditer(head),
    ):
        name = " ".join(m.group("name").split())
        known = AGENCIES.get(name.lower())
        if known:
            return known
    return None
