"""Stances on a fourteenth fresh batch of 14 real news stories nobody tuned on, labelled first.

The first thirteen batches (``stances_fresh.py`` to ``stances_fresh13.py``) have been read;
these stories are real reports found in the team's stored public web pages by sixteen other
queries and two reserves (three of the twelve war queries, one reserve and one negative gave no
news report), in wars, sides and wordings none of the thirteen used (Egypt as the first backer
and arms source of Algeria's revolution against France, Egypt joining the Saudi-led campaign
against the Houthis in 2015, Chile's secret help for Britain in the Falklands war, Rhodesia's
raids on guerrilla bases in Mozambique with "air cover" in 1977, Eritrea's troops fighting
"alongside" Ethiopia's against the TPLF in Tigray, Sudan's general accusing the UAE of arming
the RSF and JEM fighting "on the side of" the army, ECOMOG driving the rebels out of Freetown in
1999, Israel and the Islamic Republic against Saddam's Iraq in the 1980s, Turkey's offer to
mediate between Israel and Iran in 2025, Congo's army saying Rwandan soldiers backed the M23 in
2022 and Rwanda's denial, the UAE-backed separatists' seizure of Aden in 2019), and three
stories that say "back", "backed", "support" or "backing" with no stance between parties (a
manager's fans, a merger vote, businesses for a hospital appeal), where any claim is false (the
rule and the pages are in ``benchmarks/data/stances_fresh14/README.md``), each rewritten in our
own words from the page's facts. What an analyst expects of each was written here before any
extraction was run, read as in ``stances_fresh.py``:

    .venv/bin/python benchmarks/stances_fresh14.py [--all] [--folder DOCS]

An accusation is expected as a claim attributed to its accuser ("by:"): shown as the article's
own fact it is WRONG(flag).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stances_fresh import ROOT, main

DOCS = ROOT / "benchmarks" / "data" / "stances_fresh14" / "docs"
US = r"United States|\bU\.S\.|\bUS\b|Washington|America"
UN = r"\bUN\b|\bU\.N\.|United Nations"
BRITAIN = r"Brit|United Kingdom|\bUK\b|London|Thatcher|Blair"
EGYPT = r"Egypt|Cairo|Nasser|Sissi|Sisi"
ALGERIA_REBELS = r"^(?!.*Fren).*(Alger|revolution|rebel|FLN|National Liberation Front)"
FRANCE = r"France|French|Paris"
ARABS = r"Morocc|Tunisia|Libya|Arab"
SAUDI = r"Saudi|Riyadh|King Salman|coalition|alliance"
HOUTHIS = r"Houthi|Huthi|Ansar"
IRAN = r"Iran|Tehran|Pezeshkian|Islamic Republic|Khomeini"
YEMEN_GOV = r"^(?!.*(Houthi|separat|Southern|STC|Security Belt)).*(Yemen|Hadi|Sanaa|Aden)"
CHILE = r"Chile|Santiago|Pinochet|Lagos"
ARGENTINA = r"Argentin|Buenos Aires|Galtieri"
RHODESIA = r"Rhodesia|Salisbury|Ian Smith|\bSmith\b|Selous|Walls"
GUERRILLAS = r"guerrilla|nationalist|ZANLA|ZANU|ZAPU|insurgent|terrorist"
MOZAMBIQUE = r"Mozambi|Maputo|Machel|Frelimo"
ERITREA = r"Eritrea|Asmara|Isaias"
ETHIOPIA = r"^(?!.*Tigray).*(Ethiopia|Addis|Abiy)"
TIGRAY = r"Tigray|TPLF|Tigrayan"
UAE = r"United Arab Emirates|\bUAE\b|Emirat|Abu Dhabi"
RSF = r"Rapid Support|\bRSF\b|Janjaweed|Daglo|Dagalo|Hemedti|paramilitar"
SUDAN_ARMY = r"^(?!.*(Rapid|RSF|Janjaweed)).*(Sudan|Khartoum|Burhan|army|Atta)"
JEM = r"\bJEM\b|Justice and Equality|Darfur"
ECOWAS = r"ECOWAS|ECOMOG|Economic Community of West African|West African|peacekeep|Nigeria"
SL_REBELS = r"rebel|RUF|Revolutionary United|junta|AFRC"
SIERRA_LEONE = r"^(?!.*rebel).*(Sierra Leone|Freetown|Kabbah)"
ISRAEL = r"Israel|Jerusalem|Ben Gurion|Netanyahu|Jewish state"
IRAQ = r"Iraq|Baghdad|Saddam|Hussein"
TURKEY = r"Turk|Ankara|Erdogan"
RWANDA = r"Rwanda|Kigali|Kagame|Habitegeko"
UGANDA = r"Uganda|Kampala|Museveni"
M23 = r"M23|rebel|March 23"
CONGO = r"^(?!.*(M23|rebel)).*(Congo|Kinshasa|FARDC|Tshisekedi)"
STC = r"Southern Transitional|\bSTC\b|separatist|Security Belt|southern|rebel group"

E: dict[str, list[tuple[str, ...]]] = {
    "e02-tellerreport-arab-support-algerian-revolution-2021": [
        # "Egypt was the first and largest backer of the revolution ... the main source of
        # weapons and money for the rebels"
        (EGYPT, "backs|supplies", ALGERIA_REBELS, "*"),
        (ARABS, "backs|supplies", ALGERIA_REBELS, "?"),
        (ALGERIA_REBELS, "opposes", FRANCE, "?"),
        (FRANCE, "opposes", ALGERIA_REBELS + r"|" + EGYPT, "?"),
        (EGYPT, "opposes", FRANCE, "?"),
    ],
    "e03-startribune-egypt-joins-yemen-fight-2015": [
        # "Saudi Arabia and nine other states began pounding the Houthis with air strikes";
        # "the Egyptian navy and air force had joined the campaign"
        (SAUDI, "opposes", HOUTHIS, "*"),
        (EGYPT, "opposes", HOUTHIS, "*"),
        (EGYPT, "backs", SAUDI + r"|" + YEMEN_GOV, "?"),
        # "Iran, the main ally of the Houthis and Saudi Arabia's rival in the region"
        (IRAN, "backs", HOUTHIS, "*"),
        (IRAN, "backs", HOUTHIS, "?neg"),
        (IRAN, "opposes", SAUDI, "?"),
        (US, "backs", SAUDI, "?"),
        (HOUTHIS, "opposes", SAUDI + r"|" + EGYPT + r"|" + YEMEN_GOV + r"|" + US, "?"),
        (SAUDI + r"|" + EGYPT, "backs", YEMEN_GOV, "?"),
    ],
    "e05-bbc-chile-helped-uk-falklands-2005": [
        # "Chile's military intelligence helped Britain during the 1982 Falklands war"
        (CHILE, "backs|supplies", BRITAIN, "*"),
        (BRITAIN, "supplies|backs", CHILE, "?"),
        (ARGENTINA, "opposes", BRITAIN + r"|Falkland|Chile", "?"),
        (BRITAIN, "opposes", ARGENTINA, "?"),
        (CHILE, "opposes", ARGENTINA, "?"),
    ],
    "e06-press-rhodesia-raids-mozambique-1977": [
        # "Strikes on nationalist guerrilla bases inside neighbouring Mozambique"
        (RHODESIA, "opposes", GUERRILLAS, "*"),
        (RHODESIA, "opposes", MOZAMBIQUE, "?"),
        (MOZAMBIQUE, "backs", GUERRILLAS, "?"),
        (MOZAMBIQUE + r"|" + GUERRILLAS, "opposes", RHODESIA, "?"),
    ],
    "e08-africalink-ethiopia-eritrea-ally-tigray-2020": [
        # "Eritrea's troops have fought alongside Ethiopia's against a common enemy, the
        # Tigray People's Liberation Front"
        (ERITREA, "backs", ETHIOPIA, "*"),
        (ERITREA, "opposes", TIGRAY, "*"),
        (ETHIOPIA, "opposes", TIGRAY, "?"),
        (TIGRAY, "opposes", ETHIOPIA + r"|" + ERITREA, "?"),
    ],
    "e09-afrinz-sudan-accuses-uae-rsf-2023": [
        # "Yasser al-Atta has said that the United Arab Emirates sent military cargo ... to the
        # Rapid Support Forces": an accusation
        (UAE, "backs|supplies", RSF, "by:Atta|Yasser|general|Sudan|army"),
        (UAE, "backs|supplies", RSF, "?neg"),
        (r"Uganda|Chad|Central African", "backs|supplies", RSF, "?doubt"),
        (r"Uganda|Chad|Central African", "backs|supplies", RSF, "?neg"),
        # "JEM, said it would fight the RSF on the side of the regular army"
        (JEM, "backs", SUDAN_ARMY, "*"),
        (JEM, "opposes", RSF, "?"),
        (RSF, "opposes", SUDAN_ARMY + r"|" + JEM, "?"),
        (SUDAN_ARMY, "opposes", RSF + r"|" + UAE, "?"),
        # "The two sides resumed talks late last month in Jeddah, with Saudi Arabia as mediator"
        (r"Saudi|Jeddah|Riyadh", "mediates", SUDAN_ARMY + r"|" + RSF, "*"),
        (UAE, "mediates", SUDAN_ARMY + r"|" + RSF, "?neg"),
    ],
    "e10-irishtimes-freetown-rebels-pushed-out-1999": [
        # "its peacekeeping troops had driven the rebels out of the State House"
        (ECOWAS, "opposes", SL_REBELS, "*"),
        (ECOWAS, "backs", SIERRA_LEONE, "?"),
        (SL_REBELS, "opposes", ECOWAS + r"|" + SIERRA_LEONE, "?"),
    ],
    "e11-usanews-iran-israel-secret-friendship-2024": [
        # "In the 1980s Israel and the Islamic Republic ... worked together ... the two
        # countries shared an enemy ...: Saddam Hussein's Iraq"
        (ISRAEL, "backs", IRAN, "*"),
        (IRAN, "backs", ISRAEL, "?"),
        (ISRAEL + r"|" + IRAN, "opposes", IRAQ, "?"),
        (IRAN, "opposes", ISRAEL, "?"),
        (ISRAEL, "opposes", IRAN, "?"),
        (US, "backs", IRAN, "?"),
        (r"Turk", "backs", ISRAEL, "?"),
    ],
    "e12-deultimominuto-erdogan-offers-mediation-2025": [
        # "offered ... to act as a go-between with Israel to end the fighting"
        (TURKEY, "mediates", IRAN + r"|" + ISRAEL, "*"),
        (TURKEY, "mediates", US, "?"),
        (ISRAEL, "opposes", IRAN, "?"),
        (IRAN, "opposes", ISRAEL, "?"),
        (TURKEY, "opposes", ISRAEL, "?"),
    ],
    "e18-ugmirror-drc-army-rwandan-soldiers-2022": [
        # "The army of the Democratic Republic of Congo says Rwandan soldiers backed M23 rebels"
        (RWANDA, "backs", M23, "by:Congo|army|FARDC|DRC|United Nations|\\bUN\\b"),
        # "The United Nations has often accused Rwanda and Uganda of supporting the M23, which
        # both governments deny"
        (UGANDA, "backs", M23, "by:United Nations|\\bUN\\b"),
        (RWANDA, "backs", M23, "?neg"),
        (UGANDA, "backs", M23, "?neg"),
        (M23, "opposes", CONGO, "?"),
        (CONGO, "opposes", M23 + r"|" + RWANDA, "?"),
    ],
    "e19-dailysabah-aden-uae-saudi-rifts-2019": [
        # "the Security Belt forces loyal to the Southern Transitional Council (STC), which the
        # UAE backs"; "The UAE-backed separatists took the government's military bases"
        (UAE, "backs", STC, "*"),
        # "the Saudi-led campaign that supports Yemen's internationally recognised government
        # against the Houthi rebels"
        (SAUDI, "backs", YEMEN_GOV, "*"),
        (UAE, "backs", YEMEN_GOV, "?"),
        (SAUDI + r"|" + UAE, "opposes", HOUTHIS, "?"),
        # "the Iran-backed Houthis"
        (IRAN, "backs", HOUTHIS, "*"),
        (YEMEN_GOV, "opposes", UAE + r"|" + STC + r"|" + HOUTHIS, "?"),
        (STC, "opposes", YEMEN_GOV, "?"),
        (HOUTHIS, "opposes", YEMEN_GOV + r"|" + SAUDI, "?"),
        (UN, "mediates", YEMEN_GOV + r"|" + HOUTHIS, "?"),
    ],
    # negatives: a manager's fans ("still back Mourinho", "stood by"), a merger vote
    # ("backed the merger"), businesses for a hospital appeal ("pledged their support",
    # "backing charities")
    "e13-bleacherreport-united-fans-mourinho-2018": [],
    "e14-fool-tpg-vodafone-merger-2020": [],
    "e16-lancashiretelegraph-airedale-appeal-2014": [],
}


if __name__ == "__main__":
    raise SystemExit(main(expectations=E, docs=DOCS, about=__doc__ or ""))
