"""Stances on a sixth fresh batch of 15 real news stories nobody tuned on, labelled before a run.

The first five batches (``stances_fresh.py`` to ``stances_fresh5.py``) have been read and
fixed; these stories are real reports found in the team's stored public web pages by
seventeen other queries, in wars none of the five used (Vietnam's Cambodia in 1981, Eritrea
and al-Shabab, Algeria and the Polisario in 2020, Egypt's troops in Yemen in 2015, Britain's
arms for Nigeria against Biafra, America's help for Britain in the Falklands, Georgia in
2008, Russia's division in Tajikistan in 1993, Kenya's police in Haiti in 2024, Uganda's
troops in Juba in 2025, Zimbabwe and Angola for Kabila in 1998, Aleppo in 2016), and three
stories that say "support" or "backing" with no stance between parties (lottery grants, a
football board's backing for its manager, a council's bike lanes), where any claim is false
(the rule and the pages are in ``benchmarks/data/stances_fresh6/README.md``), each rewritten
in our own words from the page's facts. What an analyst expects of each was written here
before any extraction was run, read as in ``stances_fresh.py``:

    .venv/bin/python benchmarks/stances_fresh6.py [--all] [--folder DOCS]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stances_fresh import ROOT, main

DOCS = ROOT / "benchmarks" / "data" / "stances_fresh6" / "docs"
US = r"United States|\bU\.S\.|\bUS\b|Washington|America|Pentagon|Reagan|Bush|CIA|State Department"
VIETNAM = r"Vietnam|Hanoi"
CAMBODIA_GOV = r"Cambodia(?!n resistance)|Heng Samrin|government|Phnom Penh"
KHMER_ROUGE = r"Khmer Rouge|guerrilla"
ERITREA = r"Eritrea|Asmara|Afwerki|Isaias"
SHABAB = r"Shabab|Shabaab|Somali armed groups|armed groups|warlord"
SOMALIA = r"Somali(?!land)|Mogadishu"
ALGERIA = r"Algeria|Algiers|Djerad"
POLISARIO = r"Polisario|Sahrawi|Western Sahara"
MOROCCO = r"Morocc|Rabat"
EGYPT = r"Egypt|Cairo"
GULF = r"Saudi|Gulf|coalition|alliance|United Arab Emirates|\bUAE\b|Qatar|Arab states"
YEMEN_SIDE = r"Yemen|resistance|Sanaa|Houthi"
BRITAIN = r"Brit|United Kingdom|\bUK\b|London|Wilson|Labour government|Thatcher"
NIGERIA = r"Nigeria|Lagos|federal"
BIAFRA = r"Biafra|eastern region|secession"
ARGENTINA = r"Argentin|Buenos Aires"
RUSSIA = r"Russia|Moscow|Kremlin|Putin|Grachev|201st|Yeltsin"
GEORGIA = r"Georgia(?!n)|Georgian|Tbilisi|Saakashvili"
OSSETIA = r"Ossetia|separatist|Tskhinvali"
TAJIK_GOV = r"Tajik(?!.*opposition)|Rakhmonov|Dushanbe|communist government|government"
TAJIK_OPP = r"Islamic|opposition|fundamentalis"
KENYA = r"Kenya|Nairobi|Ruto"
HAITI = r"Haiti|Port-au-Prince|Conille|police"
GANGS = r"gang|Cherizier"
UGANDA = r"Uganda|Kampala|Museveni|Kainerugaba|UPDF"
SSUDAN = r"South Sudan|Juba|Kiir|government"
MACHAR = r"Machar|rebel|White Army|opposition"
ZIMBABWE = r"Zimbabwe|Harare|Mugabe"
ANGOLA = r"Angola|Luanda|Cabinda"
KABILA = r"Kabila|Congo|Kinshasa|government"
RWANDA_UGANDA = r"Rwanda|Kigali|Uganda|Kampala"
CONGO_REBELS = r"rebel|Tutsi"
IRAN = r"Iran|Tehran"
ASSAD = r"Assad|Syria(?!n rebel)|Damascus|government|regime"
SYRIA_REBELS = r"rebel|opposition|insurg"

E: dict[str, list[tuple[str, ...]]] = {
    "w02-csmonitor-western-cambodia-1981": [
        # "Cambodian government forces under Vietnamese command"
        (VIETNAM, "backs", CAMBODIA_GOV, "*"),
        (VIETNAM + r"|" + CAMBODIA_GOV, "opposes", KHMER_ROUGE, "?"),
        (KHMER_ROUGE, "opposes", VIETNAM + r"|" + CAMBODIA_GOV, "?"),
        (r"Son Sann|Khmer Serei", "opposes", r"Son Sann|Khmer Serei", "?"),
    ],
    "w03-nzherald-eritrea-shabab-2014": [
        (ERITREA, "backs|supplies", SHABAB, "*"),
        (ERITREA, "backs|supplies", SHABAB, "?neg"),
        (SHABAB, "opposes", SOMALIA + r"|government", "?"),
        (r"UN|United Nations|Security Council|panel", "opposes", ERITREA, "?"),
    ],
    "w04-arabnews-algeria-polisario-2020": [
        (ALGERIA, "backs", POLISARIO, "*"),
        (POLISARIO, "opposes", MOROCCO, "?"),
        (MOROCCO, "opposes", POLISARIO, "?"),
        (US, "backs", MOROCCO, "?"),
        (ALGERIA, "opposes", MOROCCO + r"|" + US + r"|Israel", "?"),
        (MOROCCO, "backs|mediates", r"Israel", "?"),
    ],
    "w05-abna-egypt-troops-yemen-2015": [
        (EGYPT, "backs|supplies", GULF, "*"),
        (EGYPT + r"|" + GULF, "opposes", YEMEN_SIDE, "?"),
        (GULF, "backs", r"Yemen|government|Hadi", "?"),
    ],
    "w06-declassified-britain-biafra-2020": [
        (BRITAIN, "supplies|backs", NIGERIA, "*"),
        (NIGERIA, "opposes", BIAFRA, "?"),
        (BRITAIN, "opposes", BIAFRA, "?"),
    ],
    "w07-bnn-us-falklands-2024": [
        (US, "backs|supplies", BRITAIN, "*"),
        (ARGENTINA, "opposes", BRITAIN + r"|Falkland", "?"),
        (BRITAIN, "opposes", ARGENTINA, "?"),
        (US, "opposes", ARGENTINA, "?"),
        (US, "mediates", r".", "?"),
    ],
    "w08-irishexaminer-south-ossetia-2008": [
        (RUSSIA, "opposes", GEORGIA, "*"),
        (RUSSIA, "backs", OSSETIA + r"|Russian citizens", "?"),
        (GEORGIA, "opposes", OSSETIA + r"|" + RUSSIA, "?"),
        (OSSETIA, "opposes", GEORGIA, "?"),
        (US + r"|NATO|Scheffer", "mediates", r".", "?"),
    ],
    "w09-independent-tajik-regime-1993": [
        (RUSSIA, "backs|supplies", TAJIK_GOV, "*"),
        (RUSSIA, "opposes", TAJIK_OPP, "?"),
        (r"Popular Front|Safarov|" + TAJIK_GOV, "opposes", TAJIK_OPP, "?"),
        (TAJIK_OPP, "opposes", TAJIK_GOV + r"|Popular Front|" + RUSSIA, "?"),
        (r"Afghan|warlord", "backs|supplies", TAJIK_OPP + r"|Tajik Muslims", "?"),
    ],
    "w10-voa-kenyan-police-haiti-2024": [
        (KENYA, "backs|opposes", HAITI + r"|" + GANGS, "*"),
        (KENYA, "opposes", GANGS, "?"),
        (KENYA, "backs", HAITI, "?"),
        (r"UN|United Nations|" + US, "backs", HAITI + r"|" + KENYA + r"|mission|force", "?"),
        (GANGS, "opposes", HAITI + r"|Henry|government", "?"),
        (HAITI + r"|government", "opposes", GANGS, "?"),
    ],
    "w11-hurriyet-uganda-juba-2025": [
        (UGANDA, "backs", SSUDAN, "*"),
        (UGANDA, "opposes", MACHAR, "?"),
        (SSUDAN, "opposes", MACHAR, "?"),
        (MACHAR, "opposes", SSUDAN, "?"),
    ],
    "w12-irishtimes-kabila-allies-1998": [
        (ZIMBABWE, "backs|supplies", KABILA, "*"),
        (ANGOLA, "backs|supplies", KABILA, "*"),
        (RWANDA_UGANDA, "opposes", ZIMBABWE + r"|" + ANGOLA + r"|foreign|" + KABILA, "?"),
        (RWANDA_UGANDA, "backs", CONGO_REBELS, "?"),
        (KABILA + r"|" + ZIMBABWE + r"|" + ANGOLA, "opposes", CONGO_REBELS, "?"),
        (CONGO_REBELS, "opposes", KABILA, "?"),
        (r"South Africa|Mandela|Pretoria", "mediates", r".", "?"),
    ],
    "w13-wsj-aleppo-offensive-2016": [
        (RUSSIA, "backs|supplies", ASSAD, "*"),
        (IRAN, "backs|supplies", ASSAD, "*"),
        (r"Hezbollah|Shiite", "backs", ASSAD, "?"),
        (r"Saudi|Jubeir", "backs|supplies", SYRIA_REBELS, "?"),
        (US + r"|Kerry|Western", "backs|supplies", SYRIA_REBELS, "?"),
        (RUSSIA + r"|" + ASSAD + r"|" + IRAN + r"|Hezbollah|Shiite", "opposes", SYRIA_REBELS, "?"),
        (SYRIA_REBELS, "opposes", ASSAD, "?"),
        (r"UN|United Nations", "mediates", r".", "?"),
    ],
    # negatives: lottery grants to charities, a board's backing for its manager, bike lanes
    "w14-fundraising-lottery-grants-2023": [],
    "w16-tuko-ten-hag-board-2024": [],
    "w17-cbc-cannon-bike-lanes-2013": [],
}


if __name__ == "__main__":
    raise SystemExit(main(expectations=E, docs=DOCS, about=__doc__ or ""))
