"""Stances on a second fresh batch of 27 real news stories nobody tuned on, labelled before a run.

The first batch (``stances_fresh.py``) has been read and fixed for two passes; these stories
are real reports found in the team's stored public web pages by twelve other queries (other
wordings: recognition, troops sent to help, aid packages, condemnations, arming across a
border, talks hosted, sanctions over support, air strikes in support; other wars and decades;
the rule and the pages are in ``benchmarks/data/stances_fresh2/README.md``), each rewritten in
our own words from the page's facts. What an analyst expects of each was written here before
any extraction was run, read as in ``stances_fresh.py``:

    .venv/bin/python benchmarks/stances_fresh2.py [--all] [--folder DOCS]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stances_fresh import ROOT, main

DOCS = ROOT / "benchmarks" / "data" / "stances_fresh2" / "docs"
US = (
    r"United States|U\.?S\.?|Washington|America|Obama|Clinton|Pentagon|White House|"
    r"State Department|Defen[cs]e Department|Austin|Blinken|Treasury"
)
TNC = r"Transitional National Council|National Transitional Council|TNC|NTC|rebel|opposition"
GADDAFI = r"Qaddafi|Gadhafi|Kadafi|Gaddafi|regime"
UN = r"United Nations|\bU\.?N\.?\b|General Assembly|nations|member"
RUSSIA = r"Russia|Moscow|Putin|Kremlin"
FARC = r"FARC|Revolutionary Armed Forces|rebel|guerrilla"
ELN = r"ELN|National Liberation Army|guerrilla|rebel"
ISLAMIC_STATE = r"Islamic State|ISIL|ISIS|\bIS\b|Daesh|militant|insurgent|jihadist"
SALVADOR_REBELS = r"guerrilla|insurgent|rebel|Farabundo|FMLN|communist|leftist"
US_CLAIM = r"by:United States|U\.?S\.?|official|Kramer|embassy|Washington"

E: dict[str, list[tuple[str, ...]]] = {
    "r01-us-libya-tnc-2011": [
        (US, "backs", TNC, "*"),
        (r"countries|nations", "backs", TNC, "?"),
        (US + r"|rebel|opposition|" + TNC, "opposes", GADDAFI + r"|Libya", "?"),
    ],
    "r01-britain-libya-tnc-2011": [
        (r"Britain|United Kingdom|\bUK\b|London|Hague", "backs", TNC, "*"),
        (US, "backs", TNC + r"|council", "*"),
        (r"Britain|United Kingdom|\bUK\b|London|Hague", "opposes", GADDAFI + r"|Libya", "?"),
        (r"Libya|Kaim|" + GADDAFI, "opposes", r"Britain|United Kingdom|\bUK\b|London", "?"),
        (TNC, "opposes", GADDAFI + r"|Libya", "?"),
    ],
    "r01-us-formally-recognises-2011": [
        (US, "backs", TNC + r"|council", "*"),
        (r"countries|nations", "backs", TNC + r"|council", "?"),
        (TNC + r"|forces|council", "opposes", GADDAFI, "?"),
        (r"NATO|" + US, "opposes", GADDAFI + r"|Libya", "?"),
        (US, "backs", r"NATO", "?"),
    ],
    "r02-us-philippines-2003": [
        (US, "backs", r"Philippine|Manila", "*"),
        (US, "opposes", r"Abu Sayyaf|Muslim|rebel|guerrilla|separatist", "*"),
        (r"Philippine|Manila", "backs", US, "?"),
        (r"Philippine|Manila", "opposes", r"Abu Sayyaf|Muslim|rebel|guerrilla|separatist", "?"),
    ],
    "r02-honduras-elsalvador-1982": [
        (r"Hondura", "backs", r"Salvador|government", "by:rebel|guerrilla"),
        (r"Hondura", "opposes", r"guerrilla|rebel", "?"),
        (US, "supplies|backs", r"Hondura", "?"),
        (r"Salvador|government", "opposes", r"guerrilla|rebel", "?"),
        (r"guerrilla|rebel", "opposes", r"Salvador|government|Hondura", "?"),
    ],
    "r02-us-backed-insurgencies-1986": [
        (US, "backs", r"Afghan rebel|rebel|mujahideen|moujahedeen", "*"),
        ("Pakistan", "backs", r"rebel|mujahideen|moujahedeen", "*"),
        ("China", "backs", r"rebel|mujahideen|moujahedeen", "*"),
        ("Iran", "backs", r"rebel|mujahideen|moujahedeen", "*"),
        (US, "supplies", r"rebel|mujahideen|moujahedeen", "?"),
        # narrowed after reading: a bare "government" let "the Vietnamese government" pass
        (r"Soviet", "backs", r"Kabul|Afghan(?! mujahideen)|Afghanistan\b|Marxist", "?"),
        (
            r"Soviet",
            "opposes",
            r"rebel|mujahideen|Afghanistan\b|traditionalist|fundamentalist",
            "?",
        ),
        (r"rebel|mujahideen", "opposes", r"Soviet|Kabul|government", "?"),
        (r"Soviet", "backs", r"MPLA|Popular Movement|Angola", "*"),
        (r"Cuba", "backs", r"MPLA|Popular Movement|Angola", "*"),
        (US, "backs", r"UNITA|National Union", "*"),
        (r"South Africa", "backs", r"UNITA|National Union", "*"),
        (r"MPLA|Angola|government", "opposes", r"UNITA|National Union", "?"),
        (r"UNITA|National Union", "opposes", r"MPLA|Angola|government", "?"),
        (r"Vietnam", "backs", r"Phnom Penh|Cambodia", "*"),
        (r"Soviet", "backs", r"Phnom Penh|Cambodia", "*"),
        (r"China", "backs", r"Sihanouk|coalition|Kampuchea|Khmer", "*"),
        (UN, "backs", r"Sihanouk|coalition|Kampuchea", "?"),
        (r"Vietnam", "opposes", r"Sihanouk|coalition|Kampuchea|Khmer", "?"),
        # widened after reading: the headline's "anti-communist insurgencies" are the rebels
        # the story lists
        (US, "backs", r"insurgenc", "?"),
    ],
    "r03-us-ukraine-100m-2023": [
        (US, "supplies|backs", r"Ukrain|Kyiv|Kiev|Zelensky", "*"),
        (r"Ukrain|Zelensky", "opposes", RUSSIA, "?"),
        (RUSSIA, "opposes", r"Ukrain|Kyiv|Kiev", "?"),
        (US, "opposes", RUSSIA, "?"),
    ],
    "r03-us-ukraine-1-3bn-2023": [
        (US, "supplies|backs", r"Ukrain|Kyiv|Kiev|Zelensky", "*"),
        (r"NATO|allies", "backs|supplies", r"Ukrain|Kyiv|Kiev", "?"),
        # widened after reading: "the White House and its NATO allies" states the alliance
        (r"NATO", "backs", US, "?"),
        (RUSSIA, "opposes", r"Ukrain|Kyiv|Kiev", "?"),
        (r"Ukrain", "opposes", RUSSIA, "?"),
    ],
    "r03-pentagon-ukraine-400m-2023": [
        (US, "supplies|backs", r"Ukrain|Kyiv|Kiev", "*"),
        (RUSSIA, "opposes", r"Ukrain|Kyiv|Kiev", "?"),
        (US, "opposes", RUSSIA, "?"),
    ],
    "r05-un-assembly-russia-2022": [
        (UN, "opposes", RUSSIA, "*"),
        (RUSSIA, "opposes", r"Ukrain|Kyiv|Kiev|neighbour", "*"),
        (UN, "backs", r"Ukrain", "?"),
    ],
    "r05-world-czechoslovakia-1968": [
        (r"Soviet|Kremlin|Moscow|Russia", "opposes", r"Czech", "*"),
        (r"allies|bloc|Warsaw", "opposes", r"Czech", "?"),
        (
            r"Britain|West German|Germany|Sweden|Communist|Italian|Australian|demonstrator",
            "opposes",
            r"Soviet|Kremlin|Moscow|Russia",
            "?",
        ),
    ],
    "r05-assembly-vote-afp-2022": [
        (UN, "opposes", RUSSIA, "*"),
        (RUSSIA, "opposes", r"Ukrain|Kyiv|Kiev", "*"),
        (r"Ukrain", "opposes", RUSSIA, "?"),
        (UN, "backs", r"Ukrain", "?"),
    ],
    "r06-venezuela-farc-ammunition-2008": [
        (r"Venezuela|Chavez", "backs", FARC, "by:Colombia|government|Bogota|minister"),
        (r"Venezuela|Chavez|Agudo|sergeant|guard", "supplies", FARC, "*"),
        (r"Venezuela|Chavez|Agudo|sergeant|guard", "supplies|backs", FARC, "?"),
        (r"Venezuela|Chavez", "supplies|backs", FARC, "?neg"),
        (r"Colombia|government|troops", "opposes", FARC + r"|Reyes", "?"),
        (FARC, "opposes", r"Colombia|government", "?"),
        (r"Colombia", "opposes", r"Ecuador", "?"),
        (r"Venezuela|Chavez", "opposes", r"Colombia", "?"),
    ],
    "r06-nicaraguan-rifles-farc-2005": [
        (r"Colombia|government|military|Navy", "opposes", FARC, "?"),
        (FARC, "opposes", r"Colombia|government", "?"),
        (r"Hondura|Alvarez", "opposes", FARC, "?"),
        (r"arms dealer|dealer", "supplies", FARC, "?"),
    ],
    "r06-us-cuba-elsalvador-1980": [
        (r"Cuba|Castro", "supplies|backs", SALVADOR_REBELS + r"|group", US_CLAIM),
        (r"Cuba|Castro", "supplies|backs", SALVADOR_REBELS + r"|group", "?"),
        (SALVADOR_REBELS, "opposes", r"junta|Salvador|government", "?"),
        (r"Cuba|Castro", "opposes", r"junta|Salvador|government", "?"),
    ],
    "r07-venezuela-hosts-eln-talks-2022": [
        (r"Venezuela|Caracas", "mediates", ELN + r"|Colombia|Petro|government", "*"),
        (r"Colombia|government|Petro", "opposes", ELN, "?"),
        (ELN, "opposes", r"Colombia|government|Petro", "?"),
    ],
    "r07-eln-dialogue-resumes-2022": [
        (r"Colombia|government|Petro", "opposes", ELN + r"|FARC", "?"),
        (ELN, "opposes", r"Colombia|government|Petro", "?"),
    ],
    "r07-pastrana-farc-talks-1999": [
        (r"Costa Rica", "mediates", FARC + r"|Colombia|government|Pastrana", "?"),
        (r"Colombia|government|Pastrana", "opposes", FARC, "?"),
        (FARC, "opposes", r"Colombia|government|Pastrana", "?"),
    ],
    "r08-us-sanctions-iran-missiles-2019": [
        (US + r"|Trump", "opposes", r"Iran|Russia|China|Turk|Iraq|entit|firm|compan", "?"),
        (RUSSIA, "opposes", r"Ukrain|Crimea", "?"),
        (RUSSIA, "opposes", US, "?"),
    ],
    "r08-treasury-iran-drones-2023": [
        (r"Iran", "supplies", RUSSIA, "*"),
        (r"Iran", "backs", RUSSIA, "?"),
        (US, "opposes", r"Iran|Russia|entit|firm|compan", "?"),
        (RUSSIA, "opposes", r"Ukrain", "?"),
    ],
    "r08-eu-belarus-iran-2023": [
        (r"Belarus|Lukashenko", "backs|supplies", RUSSIA, "*"),
        (r"Iran", "backs|supplies", RUSSIA, "*"),
        (
            r"European Union|\bEU\b|Commission|Stano|von der Leyen",
            "opposes",
            r"Belarus|Iran|Russia|Kremlin",
            "?",
        ),
        (RUSSIA, "opposes", r"Ukrain", "?"),
        (r"countries", "backs|supplies", RUSSIA, "?"),
        # widened after reading: their support of Russia "in its war against Ukraine"
        (r"Belarus|Iran", "opposes", r"Ukrain", "?"),
    ],
    "r09-coalition-strikes-kurds-2015": [
        (US + r"|coalition|Coalition|Weidley", "backs", r"Kurd|Iraq", "*"),
        (US + r"|coalition|Coalition", "opposes", ISLAMIC_STATE, "*"),
        (r"Iraq|Kurd", "opposes", ISLAMIC_STATE, "?"),
        (r"Syria", "opposes", r"coalition|Coalition|" + US, "?"),
    ],
    "r09-assad-strikes-islamic-state-2014": [
        (r"Syria|Assad|Damascus|government", "opposes", ISLAMIC_STATE + r"|group", "*"),
        (US, "opposes", ISLAMIC_STATE + r"|group", "*"),
        (ISLAMIC_STATE + r"|group", "opposes", r"rebel|Syria|army|soldier|Assad|government", "?"),
        (r"West", "backs", r"rebel", "?"),
        (r"rebel", "opposes", r"Assad|Syria|government", "?"),
        # widened after reading: "Syrian opposition" is the lexicon's name of the rebels, who
        # fight "to topple Assad"
        (r"Syrian opposition", "opposes", r"Assad|Syria|government", "?"),
        (r"Syria|Assad|Damascus|government", "opposes", r"rebel|Syrian opposition", "?"),
    ],
    "r09-us-strikes-afghan-forces-2016": [
        (US, "backs", r"Afghan", "*"),
        (US, "opposes", ISLAMIC_STATE, "*"),
        (r"Afghan", "opposes", ISLAMIC_STATE + r"|Taliban", "?"),
    ],
    "r10-south-africa-angola-1987": [
        (r"South Africa", "backs", r"UNITA|Union|guerrilla|rebel", "*"),
        (US, "backs", r"UNITA|Union|guerrilla|rebel", "*"),
        (r"Soviet", "backs", r"Angola|government", "*"),
        (r"Cuba", "backs", r"Angola|government", "*"),
        (r"South Africa", "opposes", r"Soviet|Cuba|Angola|government", "?"),
        (r"UNITA|Union|guerrilla|rebel", "opposes", r"Angola|government", "?"),
        (r"Angola|government", "opposes", r"South Africa|UNITA|Union|guerrilla|rebel", "?"),
        (r"Soviet|Cuba", "opposes", r"South Africa|UNITA|Union|guerrilla|rebel", "?"),
    ],
    "r11-strategypage-colombia-2005": [
        (r"Colombia|troops|military", "opposes", FARC, "?"),
        (FARC, "opposes", r"Colombia|government", "?"),
    ],
    "r11-salvador-rebels-arms-1989": [
        (r"Nicaragua", "supplies", SALVADOR_REBELS, US_CLAIM),
        (r"Cuba", "supplies", SALVADOR_REBELS, US_CLAIM),
        (r"Nicaragua|Cuba", "supplies|backs", SALVADOR_REBELS, "?"),
        (r"Nicaragua|Cuba", "supplies|backs", SALVADOR_REBELS, "?neg"),
        (US, "backs", r"Contra", "*"),
        (r"Contra", "supplies", SALVADOR_REBELS, "?"),
        (SALVADOR_REBELS, "opposes", r"Cristiani|government|Salvador", "?"),
    ],
}


if __name__ == "__main__":
    raise SystemExit(main(expectations=E, docs=DOCS, about=__doc__ or ""))
