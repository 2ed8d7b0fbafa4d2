"""Stances on a ninth fresh batch of 16 real news stories nobody tuned on, labelled before a run.

The first eight batches (``stances_fresh.py`` to ``stances_fresh8.py``) have been read; these
stories are real reports found in the team's stored public web pages by eighteen other
queries (two gave no news report), in wars and wordings none of the eight used (Lumumba's
Congo and the Belgian troops in 1960, the contras' money from the Iran arms sales in 1987,
Ethiopia's troops for Somalia's interim government in 2006, Uganda's troops for South Sudan
"at the request of" its government, American soldiers training Colombia's army against the
FARC in 2007, France leaving Mali to Wagner in 2022, ECOWAS and Niger's junta in 2023, SADC
and the Rwandan-backed M23 in 2025, the coalition that shot down Iran's drones over Jordan in
2024, Ethiopia's and Eritrea's air strikes in 1998, Saudi- and UAE-backed rivals in Yemen's
south in 2018, Kenya's police for Haiti in 2024), and four stories that say "backs" or
"support" with no stance between parties (bike lanes, hill farm subsidies, a football
ground, a library), where any claim is false (the rule and the pages are in
``benchmarks/data/stances_fresh9/README.md``), each rewritten in our own words from the
page's facts. What an analyst expects of each was written here before any extraction was
run, read as in ``stances_fresh.py``:

    .venv/bin/python benchmarks/stances_fresh9.py [--all] [--folder DOCS]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stances_fresh import ROOT, main

DOCS = ROOT / "benchmarks" / "data" / "stances_fresh9" / "docs"
US = (
    r"United States|\bU\.S\.|\bUS\b|Washington|America|Pentagon|Lodge|Reagan|Biden|CIA|Casey"
    r"|Secord|Rice|Clinton|Plan Colombia"
)
UN = r"\bUN\b|\bU\.N\.|United Nations|Security Council|Lacroix"
BRITAIN = r"Brit|United Kingdom|\bUK\b|London|Royal Air Force|\bRAF\b|Ministry of Defence"
FRANCE = r"France|French|Paris|Macron"
RUSSIA = r"Russia|Soviet|USSR|Moscow|Kremlin|Kuznetsov"
CONGO = r"^(?!.*(M23|rebel)).*(Congo|Lumumba|Kinshasa|Leopoldville)"
BELGIUM = r"Belgi|Brussels"
CONTRAS = r"contra|Nicaraguan rebel|rebel"
NICARAGUA = r"^(?!.*(contra|rebel)).*(Nicaragua|Sandinista|Managua)"
IRAN = r"Iran|Tehran"
ETHIOPIA = r"Ethiopia|Addis|Meles"
SOMALI_GOV = r"^(?!.*Islam).*(Somali|Baidoa|interim|transitional|government)"
COURTS = r"Islamic Courts|Islamist|Islamic militia|Council of Islamic"
UGANDA = r"Uganda|Kampala|Museveni|UPDF|Ankunda"
SOUTH_SUDAN = r"South Sudan|Juba|Kiir"
COLOMBIA = r"^(?!.*(FARC|Revolutionary Armed|rebel|guerrilla)).*(Colombia|Bogota)"
FARC = r"FARC|Revolutionary Armed|rebel|guerrilla"
PARAMILITARIES = r"paramilitar"
WAGNER = r"Wagner|mercenar|Russia"
MALI = r"^(?!.*(jihad|Islamic State|al Qaeda)).*(Mali|Bamako|junta)"
JIHADISTS = r"jihad|Islamic State|al Qaeda|terror"
ECOWAS = r"ECOWAS|Economic Community of West African|West Africa|Abuja|Nigeria"
NIGER_JUNTA = r"junta|Tiani|coup|presidential guard|Niger(?!ia)"
BAZOUM = r"Bazoum|president"
CHAD = r"Chad|Deby"
RWANDA = r"Rwanda|Kigali|Kagame|RDF"
M23 = r"M23|rebel|March 23"
SADC = r"Southern African Development Community|SADC|regional bloc|Zimbabwe|East African"
DR_CONGO = r"^(?!.*(M23|rebel)).*(Congo|\bDRC\b|Kinshasa|Tshisekedi)"
HUTU = r"Hutu|FDLR|militant group"
ISRAEL = r"Israel|Jerusalem|Tel Aviv|Netanyahu|IDF"
JORDAN = r"Jordan|Amman"
ISLAMIC_STATE = r"Islamic State|\bISIS\b|\bIS\b"
ERITREA = r"Eritrea|Asmara|Isaias"
SAUDI = r"Saudi|Riyadh|coalition"
UAE = r"\bUAE\b|Emirat|Abu Dhabi"
TAREQ = r"Tareq|Saleh|Islah|Muslim Brotherhood"
SOUTHERNERS = r"separatist|Southern|southerner"
KENYA = r"Kenya|Nairobi|Ruto|multinational force|police"
GANGS = r"gang"
HAITI = r"^(?!.*gang).*(Haiti|Port-au-Prince)"

E: dict[str, list[tuple[str, ...]]] = {
    "z02-nzpa-lumumba-soviet-troops-1960": [
        # "demanding that the Security Council order Belgian troops out"
        (CONGO, "opposes", BELGIUM, "*"),
        (RUSSIA, "opposes", BELGIUM, "?"),
        (RUSSIA, "backs", CONGO, "?"),
        (US, "opposes", RUSSIA, "?"),
        (US, "backs", UN, "?"),
        (UN + r"|" + US, "mediates", r".", "?"),
    ],
    "z04-latimes-secord-contras-1987": [
        # "delivered privately financed weapons to the contra rebels"
        (US, "backs|supplies", CONTRAS, "*"),
        (US, "supplies", IRAN, "?"),
        (r"Brunei|another country", "backs|supplies", CONTRAS, "?"),
        (CONTRAS, "opposes", NICARAGUA, "?"),
        (US, "opposes", NICARAGUA, "?"),
    ],
    "z05-voa-ethiopian-troops-somalia-2006": [
        # "Ethiopia has promised to protect the interim government"
        (ETHIOPIA, "backs", SOMALI_GOV, "*"),
        (ETHIOPIA, "opposes", COURTS, "?"),
        (COURTS, "opposes", ETHIOPIA + r"|" + SOMALI_GOV, "?"),
        (SOMALI_GOV, "opposes", COURTS, "?"),
        (r"Sudan|" + UN, "mediates", r".", "?"),
    ],
    "z06-independent-uganda-south-sudan-request-2016": [
        # "at the request of its government, ... protecting President Salva Kiir"
        (UGANDA, "backs", SOUTH_SUDAN, "*"),
    ],
    "z07-reuters-us-soldiers-colombia-2007": [
        (US, "backs|supplies", COLOMBIA, "*"),
        (COLOMBIA, "opposes", FARC, "*"),
        (US, "opposes", FARC, "?"),
        (FARC, "opposes", COLOMBIA, "?"),
        (COLOMBIA, "backs", PARAMILITARIES, "?"),
        (PARAMILITARIES, "opposes", FARC, "?"),
    ],
    "z08-dailymail-france-leaves-mali-2022": [
        # "the junta ... hired Wagner to protect its own power"
        (WAGNER, "backs", MALI, "*"),
        (MALI, "backs", WAGNER, "?"),
        (FRANCE, "opposes", JIHADISTS + r"|" + WAGNER + r"|" + MALI, "?"),
        (MALI + r"|" + WAGNER, "opposes", JIHADISTS + r"|" + FRANCE, "?"),
        (r"Europe|European|" + US, "opposes", WAGNER + r"|" + JIHADISTS, "?"),
        (FRANCE + r"|Ghana|Senegal", "backs", FRANCE + r"|Ghana|Senegal", "?"),
    ],
    "z09-almayadeen-ecowas-niger-2023": [
        (ECOWAS, "opposes", NIGER_JUNTA, "*"),
        (ECOWAS, "backs", BAZOUM, "?"),
        (NIGER_JUNTA, "opposes", ECOWAS + r"|" + BAZOUM + r"|" + FRANCE, "?"),
        (FRANCE, "opposes", NIGER_JUNTA, "?"),
        (CHAD, "mediates", r".", "?"),
    ],
    "z10-dw-sadc-m23-2025": [
        (RWANDA, "backs", M23, "*"),
        (RWANDA, "backs", M23, "?neg"),
        (SADC, "backs", DR_CONGO, "*"),
        (M23 + r"|" + RWANDA, "opposes", DR_CONGO, "?"),
        (DR_CONGO, "opposes", RWANDA + r"|" + M23, "?"),
        (UN, "opposes", RWANDA + r"|" + M23, "?"),
        (RWANDA, "opposes", HUTU, "?"),
        (UN + r"|" + SADC, "mediates", r".", "?"),
    ],
    "z11-guardian-us-uk-down-iranian-drones-2024": [
        (IRAN, "opposes", ISRAEL, "*"),
        (US, "backs", ISRAEL, "*"),
        (BRITAIN + r"|" + JORDAN + r"|coalition|partners|neighbours", "backs", ISRAEL, "?"),
        (US + r"|" + BRITAIN + r"|" + ISRAEL + r"|" + JORDAN, "opposes", IRAN, "?"),
        (US + r"|" + BRITAIN, "opposes", ISLAMIC_STATE, "?"),
        (ISRAEL, "opposes", IRAN, "?"),
    ],
    "z12-washingtonpost-eritrea-ethiopia-airstrikes-1998": [
        (ETHIOPIA, "opposes", ERITREA, "*"),
        (ERITREA, "opposes", ETHIOPIA, "*"),
        (US, "mediates", r".", "?"),
    ],
    "z17-ypa-saudi-uae-yemen-south-2018": [
        # "Saudi-backed militias of Tareq Saleh ... UAE-backed Southern Separatist Movement"
        (SAUDI, "backs", TAREQ, "*"),
        (UAE, "backs|supplies", SOUTHERNERS, "*"),
        (TAREQ, "opposes", SOUTHERNERS, "?"),
        (SOUTHERNERS, "opposes", TAREQ + r"|Saleh|north", "?"),
        (SAUDI, "opposes", SOUTHERNERS + r"|" + UAE, "?"),
        (UAE, "opposes", TAREQ + r"|" + SAUDI, "?"),
    ],
    "z18-ap-kenyan-police-haiti-2024": [
        (KENYA, "opposes", GANGS, "*"),
        (KENYA + r"|" + UN, "backs", HAITI + r"|" + KENYA, "?"),
        (GANGS, "opposes", HAITI + r"|" + KENYA, "?"),
    ],
    # negatives: bike lanes, hill farm subsidies, a football ground, a library
    "z13-streetsblog-bloomberg-bike-lanes-2011": [],
    "z14-fwi-welsh-unions-subsidies-1999": [],
    "z15-birminghampost-redditch-united-ground-2013": [],
    "z16-chicagotribune-woodridge-library-1995": [],
}


if __name__ == "__main__":
    raise SystemExit(main(expectations=E, docs=DOCS, about=__doc__ or ""))
