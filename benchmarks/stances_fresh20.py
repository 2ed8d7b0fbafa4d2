"""Stances on a twentieth fresh batch of 12 real news stories nobody tuned on, labelled first.

The first nineteen batches (``stances_fresh.py`` to ``stances_fresh19.py``) have been read;
these stories are real reports found in the team's stored public web pages by twenty other
queries (four of the fourteen war queries, one of the three negatives and all three reserves
gave no news report), in wars, sides and wordings none of the nineteen used (the Soviet pilots
who flew North Korea's MiG-15s, told after 1989; Belgrade closing its border to the Bosnian
Serbs, 1994; Rwanda charging Uganda with supporting the RNC and the FDLR, 2019; Imran Khan on
the mujahideen Pakistan trained against the Soviets, 2019; Seoul on North Korea's shells for
Russia, 2024; the Oman-mediated talks between Riyadh and the Houthis, 2023; the African Union's
truce for Tigray agreed in South Africa, with Eritrea beside Ethiopia, 2022; Pakistan charging
India and Afghanistan with backing the Baluch separatists, 2009; Turkiye against America's
support for the YPG, 2023; Kenya's troops entering Somalia against al-Shabab, 2011), and two
stories that say "back" or "support" (or, in the second, "help fund") with no stance between
parties (a community centre, youth services), where any claim is false (the queries, the rule
and the pages are in ``benchmarks/data/stances_fresh20/QUERIES.md`` and ``README.md``), each
rewritten in our own words from the page's facts. What an analyst expects of each was written
here before any extraction was run, read as in ``stances_fresh.py``:

    .venv/bin/python benchmarks/stances_fresh20.py [--all] [--folder DOCS]

An accusation is expected as a claim attributed to its accuser ("by:"): shown as the article's
own fact it is WRONG(flag).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stances_fresh import ROOT, main

DOCS = ROOT / "benchmarks" / "data" / "stances_fresh20" / "docs"
US = r"United States|\bU\.?S\.?\b|Washington|America|Clinton|White House|Panetta|Myers|CIA"
NK = r"North Korea|Korean People's Army|\bKPA\b|Pyongyang|Kim Jong"
SOVIET = r"Soviet|USSR|Moscow|Russia"
CHINA = r"China|Chinese|Beijing"
UN = r"United Nations|\bUN\b|American|United States|\bU\.?S\.?\b"
YUGO = r"Yugoslav|Serbia|Belgrade|Milosevic|Montenegro"
BSERBS = r"Bosnian Serb|Serb-held|Karadzic"
BOSGOV = r"^(?!.*Serb).*(Bosnia|Muslim|Croat|Sarajevo)"
UGANDA = r"Uganda|Kampala|Museveni"
RW_REBELS = (
    r"Rwanda National Congress|\bRNC\b|Democratic Forces for the Liberation|FDLR|rebel"
    r"|Nyamwasa|dissident|militia"
)
RWANDA = r"^(?!.*(Congress|FDLR|Liberation|rebel)).*(Rwanda|Kigali|Kagame|Sezibera)"
PAKISTAN = r"Pakistan|Islamabad|Imran|Malik"
MUJ = r"mujahideen|Mujahideen|holy war|group"
AFGHAN = r"^(?!.*mujahideen).*(Afghan|Kabul)"
RUSSIA = r"Russia|Moscow|Putin|Kremlin"
UKRAINE = r"Ukrain|Kyiv"
SEOUL = r"South Korea|Seoul|Shin|minister|Yonhap|Defen[cs]e"
OMAN = r"Oman|Muscat"
SAUDI = r"Saudi|Riyadh|kingdom|Jaber|coalition"
HOUTHIS = r"Houthi|Sanaa|Mashat|rebel"
YEMEN_GOV = r"^(?!.*Houthi).*(Yemen|internationally recognised government)"
IRAN = r"Iran|Tehran"
AU = r"African Union|\bAU\b|Obasanjo|mediat"
ETHIOPIA = r"^(?!.*Tigray).*(Ethiopia|Addis|Abiy|government forces|federal)"
TIGRAY = r"Tigray|TPLF|Tigrayan"
ERITREA = r"Eritrea|Asmara"
INDIA = r"India|New Delhi|Delhi"
BALUCH = r"Baluch|Baloch|separatist|militant|Bugti|rebel"
TURKEY = r"Turk|Ankara|Erdogan|Anadolu"
YPG = r"YPG|Kurdish|PKK|terror"
KENYA = r"Kenya|Nairobi"
SHABAB = r"Shabab|militant|Islamist"

E: dict[str, list[tuple[str, ...]]] = {
    "n02-milwaukeeindependent-soviet-pilots-flew-migs-for-north-korea": [
        # "North Korea's best pilots were in fact from the Soviet Union"; "supplied with
        # weapons by its Communist patrons, China and the Soviet Union"
        (SOVIET, "supplies|backs", NK, "*"),
        (CHINA, "supplies|backs", NK, "*"),
        (SOVIET + r"|" + CHINA + r"|" + NK, "opposes", UN, "?"),
        (UN, "opposes", NK + r"|" + SOVIET + r"|" + CHINA, "?"),
    ],
    "n04-chicagotribune-yugoslavia-shuts-borders-to-bosnian-serbs-1994": [
        # "a war it has paid for over more than two years"; "relied on Yugoslavia for
        # weapons, fuel and other supplies"; and the support now withdrawn
        (YUGO, "supplies|backs", BSERBS, "*"),
        (YUGO, "supplies|backs", BSERBS, "?neg"),
        (BSERBS, "opposes", BOSGOV, "?"),
        (BOSGOV, "opposes", BSERBS, "?"),
        # Belgrade's break with the Bosnian Serb leaders; Washington's pressure on them
        (YUGO + r"|" + US, "opposes", BSERBS, "?"),
        # "the United States might act alone to see that new arms shipments reach the
        # Muslim-led government"
        (US, "supplies|backs", BOSGOV, "?"),
    ],
    "n06-cgtn-rwanda-accuses-uganda-of-supporting-rebels-2019": [
        # "accused Uganda of supporting rebel groups opposed to President Paul Kagame's
        # government"
        (UGANDA, "backs|supplies", RW_REBELS, "by:Rwanda|Kigali|Sezibera|minister"),
        (UGANDA, "backs|supplies", RW_REBELS, "?doubt"),
        (UGANDA, "backs|supplies", RW_REBELS, "?neg"),
        (RW_REBELS, "opposes", RWANDA, "?"),
        (RWANDA, "opposes", UGANDA + r"|" + RW_REBELS, "?"),
        (UGANDA, "opposes", RWANDA, "?"),
    ],
    "n07-deccanherald-imran-khan-mujahideen-trained-by-pakistan-2019": [
        # "the mujahideen were trained by Pakistan in the 1980s"; "the CIA paid for them"
        (PAKISTAN, "supplies|backs", MUJ, "*"),
        (US, "supplies|backs", MUJ, "*"),
        (MUJ, "opposes", SOVIET, "?"),
        (SOVIET, "opposes", MUJ + r"|Afghan", "?"),
        (PAKISTAN + r"|" + US, "opposes", SOVIET, "?"),
    ],
    "n08-politico-north-korea-sent-millions-of-shells-to-russia-2024": [
        # "North Korea has shipped millions of artillery shells to Russia ..., South Korea's
        # Defence Minister Shin Won-sik said"
        (NK, "supplies|backs", RUSSIA, "by:" + SEOUL),
        (NK, "supplies|backs", RUSSIA, "?doubt"),
        # "in exchange for food and other necessities", Shin's word too
        (RUSSIA, "supplies|backs", NK, "?doubt"),
        (RUSSIA, "opposes", UKRAINE, "?"),
        (UKRAINE, "opposes", RUSSIA, "?"),
        (NK, "backs|supplies", r"war|Moscow", "?doubt"),
    ],
    "n09-alaturkanews-saudi-omani-delegations-talk-with-houthis-2023": [
        # "the consultations between Riyadh and Sanaa that Oman mediates"
        (OMAN, "mediates", SAUDI + r"|" + HOUTHIS + r"|Yemen", "*"),
        # "a deal brokered by the United Nations"; "the United Nations' peace efforts"
        (r"United Nations|\bUN\b", "mediates", r".", "?"),
        (SAUDI, "opposes", HOUTHIS + r"|" + IRAN, "?"),
        (HOUTHIS, "opposes", SAUDI + r"|" + YEMEN_GOV, "?"),
        (SAUDI, "backs|supplies", YEMEN_GOV, "?"),
        (IRAN, "backs|supplies", HOUTHIS, "?"),
        (IRAN, "opposes", SAUDI, "?"),
    ],
    "n10-africanews-ethiopia-tigray-truce-agreed-in-south-africa-2022": [
        # "The African Union's chief mediator, Olusegun Obasanjo, announced the agreement"
        (AU, "mediates", ETHIOPIA + r"|" + TIGRAY, "*"),
        # the talks held in South Africa (Obasanjo and Kenyatta mediate for the AU, not for
        # Nigeria or Kenya)
        (r"South Africa|Pretoria", "mediates", r".", "?"),
        # "Eritrea, which has fought alongside Ethiopia"; "government forces, backed by
        # Eritrean troops"
        (ERITREA, "backs|supplies", ETHIOPIA, "*"),
        (ETHIOPIA + r"|" + ERITREA, "opposes", TIGRAY, "?"),
        (TIGRAY, "opposes", ETHIOPIA + r"|" + ERITREA, "?"),
    ],
    "n11-reuters-pakistan-accuses-india-afghans-of-baluch-meddling-2009": [
        # "Pakistan ... accused Afghanistan and India of supporting the ethnic Baluch
        # separatists"
        (INDIA, "backs|supplies", BALUCH, "by:Pakistan|Islamabad|Malik|Interior|parliament"),
        (AFGHAN, "backs|supplies", BALUCH, "by:Pakistan|Islamabad|Malik|Interior|parliament"),
        (INDIA + r"|" + AFGHAN, "backs|supplies", BALUCH, "?doubt"),
        # "India, which has denied such charges in the past"
        (INDIA, "backs|supplies", BALUCH, "?neg"),
        (BALUCH, "opposes", r"^(?!.*Baluch).*(Pakistan|Islamabad)", "?"),
        (r"Pakistan|Islamabad", "opposes", BALUCH + r"|" + INDIA, "?"),
        (INDIA, "opposes", r"Pakistan", "?doubt"),
    ],
    "n12-middleeastmonitor-turkiye-slams-us-support-for-ypg-2023": [
        # "The United States goes on supporting the YPG", Turkish sources; "Washington ...
        # goes on backing the YPG", the article's own
        (US, "backs|supplies", YPG, "*"),
        (TURKEY, "opposes", YPG + r"|" + US, "?"),
        (YPG, "opposes", TURKEY, "?"),
        (US, "opposes", r"PKK", "?"),
        (TURKEY + r"|" + US + r"|" + YPG, "opposes", r"Assad|Syria", "?"),
    ],
    "n13-bet-kenyan-troops-enter-somalia-2011": [
        # "The troops are hunting the Somali militant group al-Shabab"
        (KENYA, "opposes", SHABAB, "*"),
        (SHABAB, "opposes", KENYA + r"|troops", "?"),
        # "working with other friendly armed groups"
        (KENYA, "backs|supplies", r"group|Somali", "?"),
        (r"friendly|group", "backs", KENYA, "?"),
    ],
    # negatives: residents who "back the plans" for a community centre; businesses asked to
    # "help pay for" youth services
    "n15-chesterchronicle-residents-back-community-centre-project": [],
    "n17-westonmercury-businesses-asked-for-youth-services-cash": [],
}


if __name__ == "__main__":
    raise SystemExit(main(expectations=E, docs=DOCS, about=__doc__ or ""))
