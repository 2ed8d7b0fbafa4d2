"""Stances on a thirty-first fresh batch of 14 real news stories nobody tuned on, labelled first.

The first thirty batches (``stances_fresh.py`` to ``stances_fresh30.py``) have been read;
these stories are real reports found in the team's stored public web pages by thirty-four
queries (of the twelve war queries six gave no news report, so the reserves and four addenda
of reserves were searched until twelve war stories were held), in wars, sides, decades and
continents none of the thirty used (the Boers' siege of Mafeking, 1899; the Soviet crushing of
the Hungarian rising, 1956; Guatemala's army and the URNG guerrillas, 1987; the fall of
Sokhumi in the Abkhaz war, 1993, told in 2023; the Tuareg MNJ's raid on Agadez, 2007;
Myanmar's army and the Rohingya insurgents, 2017; Castro's rebels and Batista, 1953-59;
Pakistan's army and the Taliban in Swat, 2009; Macedonia's army and the Albanian rebels,
2001; the American strike on a factory in Khartoum, 1998, told in 2012; Greece's army and
Markos's guerrillas, 1948; the Soviet troops in Baku, 1990, told in 2020), and two stories
that say "back" or "support" with no stance between parties (farmers and a ministry backing
an irrigation scheme, a charity's support for pensioners), where any claim is false (the
queries, the rule and the pages are in ``benchmarks/data/stances_fresh31/QUERIES.md`` and
``README.md``), each rewritten in our own words from the page's facts. What an analyst
expects of each was written here before any extraction was run, read as in
``stances_fresh.py``:

    .venv/bin/python benchmarks/stances_fresh31.py [--all] [--folder DOCS]

A speculation or an accusation is expected as a claim attributed to its speaker ("by:") or
doubted ("?doubt"): shown as the article's own fact it is WRONG(flag).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stances_fresh import ROOT, main

DOCS = ROOT / "benchmarks" / "data" / "stances_fresh31" / "docs"
BRITAIN = r"^(?!.*Boer).*(Brit|\bU\.?K\.?\b|London|Baden|Mafeking|garrison|troops)"
BOERS = r"Boer|Kruger|Transvaal"
SOVIET = (
    r"^(?!.*(Hungar|Azerbaijan)).*(Soviet|Russia|Moscow|Kremlin|Red Army|U\.?S\.?S\.?R"
    r"|Khrushchev|Yazov)"
)
HUNGARY = r"^(?!.*Soviet).*(Hungar|Nagy|Budapest|revolution|uprising|rebel|insurgent)"
US = r"United States|\bU\.?S\.?\b|America|Washington|Clinton|Truman"
GUATEMALA = r"^(?!.*(rebel|guerrilla|URNG)).*(Guatemala|army|air force)"
GUATEMALAN_REBELS = r"rebel|guerrilla|URNG|Revolutionary Unity|leftist"
GEORGIA = r"^(?!.*(Abkhaz|Russia)).*(Georgia|Tbilisi|Council of Ministers|Shartava|Sokhumi)"
ABKHAZ = r"Abkhaz|separatist"
RUSSIA = r"^(?!.*Georgia).*(Russia|Moscow|Kremlin)"
NIGER = r"^(?!.*(rebel|Tuareg|MNJ|Movement)).*(Niger|Niamey|army|government)"
MNJ = r"MNJ|Niger Movement for Justice|Tuareg|rebel|raider|nomad"
MYANMAR = r"^(?!.*Rohingya).*(Myanmar|Burma|army|military|security forces|Tatmadaw|police)"
ROHINGYA = r"Rohingya|insurgent|militant|ARSA"
CASTRO = r"Castro|rebel|guerrilla|Guevara|insurgent"
BATISTA = r"^(?!.*Castro).*(Batista|Cuba|Havana|government)"
PAKISTAN = r"^(?!.*Taliban).*(Pakistan|Islamabad|army)"
TALIBAN = r"Taliban|militant|extremist"
MACEDONIA = r"^(?!.*(Albanian|rebel)).*(Macedonia|Skopje|army|police|Slav)"
ALBANIAN_REBELS = r"Albanian|rebel|insurgent|militant|National Liberation Army|NLA|UCK"
SUDAN = r"^(?!.*(\bU\.?S|United States|America)).*(Sudan|Khartoum)"
BIN_LADEN = r"bin Laden|al.?Qaeda|terror"
GREECE = r"^(?!.*(guerrilla|rebel|Communist|Markos)).*(Gree|Athens|army|government)"
GREEK_REBELS = r"guerrilla|rebel|Communist|Markos|Vafiades|\bRed"
AZERBAIJAN = r"Azerbaijan|Popular Front|Baku|nationalist|protester"

E: dict[str, list[tuple[str, ...]]] = {
    "l02-businesslive-waiting-out-the-siege-of-mafeking-2020": [
        # Kruger "declared war"; the Boers' offensive cut the town off; "the Boers were driven back"
        (BOERS, "opposes", BRITAIN, "*"),
        (BRITAIN, "opposes", BOERS, "?"),
        # "More British troops went out to support the train": no stance between parties
    ],
    "l07-bt-soviet-tanks-end-the-hungarian-revolution-1956": [
        # "Soviet tanks drove into the Hungarian capital to crush ..."
        (SOVIET, "opposes", HUNGARY, "*"),
        (HUNGARY, "opposes", SOVIET, "?"),
        # American leaders "spoke of support for the 'captive peoples' of eastern Europe"
        (US, "backs", r"captive|Hungar|eastern Europe", "?"),
        (SOVIET, "backs", r"regime|pro-Soviet", "?"),
    ],
    "l08-sunsentinel-guatemalan-army-and-rebels-fight-in-the-highlands-1987": [
        # "fighting between leftist rebels and army troops"; the air force's bombs
        (GUATEMALA, "opposes", GUATEMALAN_REBELS, "*"),
        (GUATEMALAN_REBELS, "opposes", GUATEMALA, "?"),
        # a plane and a helicopter "to back up its troops": its own men, no stance
    ],
    "l09-frontnews-georgia-marks-thirty-years-since-the-fall-of-sokhumi-2023": [
        # "Abkhaz and Russian forces began their assault on ... Abkhazia's Council of Ministers"
        (ABKHAZ, "opposes", GEORGIA, "*"),
        # the assault; "its war in Georgia in 2008"; "Russia occupies 20 percent of Georgia's"
        (RUSSIA, "opposes", GEORGIA, "*"),
        (GEORGIA, "opposes", ABKHAZ + "|" + RUSSIA, "?"),
        # "Russia recognised ... Abkhazia and Tskhinvali, as independent states"
        (RUSSIA, "backs", ABKHAZ + r"|Tskhinvali|Ossetia", "?"),
        (r"Venezuela|Nicaragua|Nauru|Syria", "backs", ABKHAZ + r"|Tskhinvali|Ossetia", "?"),
    ],
    "l10-nzherald-suspected-rebels-attack-the-airport-in-agadez-2007": [
        # the raid on Agadez; the MNJ "has attacked army posts"
        (MNJ, "opposes", NIGER, "*"),
        (NIGER, "opposes", MNJ, "?"),
        (MNJ, "opposes", r"AREVA|Fran|French", "?"),
    ],
    "l11-omanobserver-myanmar-army-mounts-a-clearance-drive-2017": [
        # "operations against Rohingya insurgents"; "the army had attacked three hamlets"
        (MYANMAR, "opposes", ROHINGYA, "*"),
        # insurgents' attacks "on 30 police posts and an army base"
        (ROHINGYA, "opposes", MYANMAR, "*"),
    ],
    "l24-msnbc-remembering-the-cuban-revolution": [
        # "a failed rising against the dictator Fulgencio Batista"; "the battle of Santa Clara
        # against the troops of Batista"
        (CASTRO, "opposes", BATISTA, "*"),
        (BATISTA, "opposes", CASTRO, "?"),
    ],
    "l27-sunsentinel-pakistan-army-tries-to-take-swat-2009": [
        # "operations to win back control of the Swat valley from Taliban extremists"
        (PAKISTAN, "opposes", TALIBAN, "*"),
        (TALIBAN, "opposes", PAKISTAN, "?"),
    ],
    "l29-sandiegouniontribune-fighting-rocks-the-outskirts-of-tetovo-2001": [
        # "The army opened a heavy artillery attack ... to push ethnic Albanian rebels northward"
        (MACEDONIA, "opposes", ALBANIAN_REBELS, "*"),
        (ALBANIAN_REBELS, "opposes", MACEDONIA, "?"),
        (r"Yugoslav", "opposes", ALBANIAN_REBELS, "?"),
    ],
    "l30-csmonitor-sudanese-factory-destroyed-by-us-now-a-shrine-2012": [
        # "missile strikes on training camps run by Osama bin Laden"
        (US, "opposes", BIN_LADEN, "*"),
        # "American cruise missiles destroyed a pharmaceutical factory in Khartoum"
        (US, "opposes", SUDAN, "?"),
        (BIN_LADEN, "opposes", US, "?"),
    ],
    "l32-time-captain-of-the-crags-greece-1948": [
        # "the Greek army's rout of them"; "had taken the offensive"
        (GREECE, "opposes", GREEK_REBELS, "*"),
        (GREEK_REBELS, "opposes", GREECE, "?"),
        # "one of the few real gains that could be claimed for the Truman Doctrine"
        (US, "backs|supplies", GREECE, "?"),
        (US, "opposes", r"Communist|\bRed|Soviet", "?"),
    ],
    "l34-rferl-azerbaijanis-mark-thirty-years-since-black-january-2020": [
        # "more than 26,000 Soviet troops invaded the capital"; to "put down" the Popular Front
        (SOVIET, "opposes", AZERBAIJAN, "*"),
        (AZERBAIJAN, "opposes", SOVIET, "?"),
        # "fighting flared in the disputed region of Nagorno-Karabakh"
        (r"Armenia", "opposes", r"Azerbaijan", "?"),
        (r"Azerbaijan", "opposes", r"Armenia", "?"),
    ],
    # negatives: farmers and a ministry back an irrigation scheme; a charity supports pensioners
    "l13-odt-irrigation-scheme-put-to-farmers": [],
    "l14-bbc-winter-fuel-charity-hopes-to-still-support-people-2024": [],
}


if __name__ == "__main__":
    raise SystemExit(main(expectations=E, docs=DOCS, about=__doc__ or ""))
