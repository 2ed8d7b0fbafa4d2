"""Stances on an eleventh fresh batch of 15 real news stories nobody tuned on, labelled first.

The first ten batches (``stances_fresh.py`` to ``stances_fresh10.py``) have been read; these
stories are real reports found in the team's stored public web pages by sixteen other queries
(one gave no news report), in wars, sides and wordings none of the ten used (Sudan's army
sheltering the Lord's Resistance Army in Kafia Kingi, the judgment on Charles Taylor's arms for
diamonds, Renamo's bush base and its Rhodesian and South African backers, Rwanda and Uganda
fighting each other in Kisangani, Turkey's rifles and training for Somalia's army, Somalia's
end of the Emirates' funding of its troops, Britain joining the American strikes on the
Houthis, Israel's ground incursion against Hezbollah in 2024, Russia's recognition of Abkhazia
and South Ossetia, the Russian flags of Burkina Faso's coup, the Pankisi gorge in 2002, the
Polish division in Iraq in 2003), and three stories that say "aid", "backing", "support",
"battle" or "fight" with no stance between parties (an airline bailout, a wind farm's appeal,
cancer research money), where any claim is false (the rule and the pages are in
``benchmarks/data/stances_fresh11/README.md``), each rewritten in our own words from the
page's facts. What an analyst expects of each was written here before any extraction was run,
read as in ``stances_fresh.py``:

    .venv/bin/python benchmarks/stances_fresh11.py [--all] [--folder DOCS]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stances_fresh import ROOT, main

DOCS = ROOT / "benchmarks" / "data" / "stances_fresh11" / "docs"
US = r"United States|\bU\.S\.|\bUS\b|Washington|America|Pentagon|Bush"
UN = r"\bUN\b|\bU\.N\.|United Nations|Security Council"
BRITAIN = r"Brit|United Kingdom|\bUK\b|London|Sunak|Royal Air Force|\bRAF\b"
FRANCE = r"France|French|Paris"
RUSSIA = r"Russia|Soviet|Moscow|Kremlin|Medvedev|Ivanov"
SUDAN = r"^(?!.*South).*(Sudan|Khartoum)"
LRA = r"Lord's Resistance|\bLRA\b|Kony"
TAYLOR = r"Taylor|Liberia"
RHODESIA = r"Rhodesia"
SOUTH_AFRICA = r"South Africa|Pretoria"
RENAMO = r"Renamo|Mozambican National Resistance|rebel|Dhlakama"
FRELIMO = r"^(?!.*(Renamo|Resistance|rebel)).*(Frelimo|Mozambique|government|Marxist)"
ZIMBABWE_TANZANIA = r"Zimbabwe|Tanzania"
UGANDA_RWANDA = r"Ugand|Rwand|Kampala|Kigali|UPDF|Kazini"
MAI_MAI = r"Mai.?Mai|militia"
TURKEY = r"Turk|Ankara"
SOMALIA = r"^(?!.*(Shabaab|Islamic Courts)).*(Somali|Mogadishu|army|Haga|Mursal)"
SHABAAB = r"Shabaab|Islamic Courts|jihadist"
AU = r"African Union|\bAU\b|peacekeep"
TRAINERS = (
    r"United States|\bUS\b|America|Emirat|\bUAE\b|Brit|European Union|\bEU\b|Ethiopia|"
    r"Djibouti|Kenya|Ugand"
)
UAE = r"\bUAE\b|Emirat|Abu Dhabi|WAM"
HOUTHIS = r"Houthi|Ansar Allah|rebel"
IRAN = r"Iran|Tehran"
ISRAEL = r"Israel|\bIDF\b|Jerusalem"
HAMAS = r"Hamas|Gaza|Palestin"
HEZBOLLAH = r"Hezbollah|Hizbollah|Nasrallah"
GEORGIA = r"^(?!.*(Abkhaz|Ossetia)).*(Georgia|Tbilisi|Saakashvili|Shevardnadze)"
BREAKAWAY = r"Abkhaz|Ossetia|breakaway|region"
WEST = US + r"|West|NATO|European"
BURKINA = r"Burkina|Ouagadougou|junta|coup"
MILITANTS = r"militant|jihad|insurg|Islamist"
CHECHENS = r"Chechen|rebel|Gulayev|militant"
QAIDA = r"Qaida|Qaeda"
POLAND = r"Pol(and|ish|es)\b|Warsaw"
IRAQ = r"Iraq|Saddam|Hussein|Baghdad"
COALITION = r"Ukrain|Spain|Spaniard|Latin America|Baltic|Bulgaria|Romania|Mongolia|Fiji|Thai"

E: dict[str, list[tuple[str, ...]]] = {
    "b01-ynet-sudan-army-shelters-kony-2013": [
        # "elements of the Sudanese Armed Forces there have actively sheltered senior LRA
        # commanders", a watchdog's report
        (SUDAN, "backs|supplies", LRA, "*"),
        (r"Resolve|watchdog|" + US, "opposes", SUDAN + r"|" + LRA, "?"),
    ],
    "b02-itv-taylor-diamonds-for-arms-2012": [
        # "The weapons and ammunition that Mr Taylor provided were indispensable to the rebel
        # groups", the judge's words
        (TAYLOR, "supplies|backs", r"rebel|Sierra Leone", "*"),
    ],
    "b03-latimes-behind-renamo-lines-1987": [
        # "Renamo, born of the former Rhodesian intelligence service and later backed by South
        # Africa", the charge Dhlakama rejects
        (SOUTH_AFRICA, "backs|supplies", RENAMO, "*"),
        (RHODESIA, "backs|supplies", RENAMO, "?"),
        (SOUTH_AFRICA + r"|" + RHODESIA, "backs|supplies", RENAMO, "?neg"),
        # "the ruling Frelimo party, which is backed by troops from Zimbabwe and Tanzania"
        (r"Zimbabwe", "backs|supplies", FRELIMO, "*"),
        (r"Tanzania", "backs|supplies", FRELIMO, "*"),
        (RENAMO, "opposes", FRELIMO, "?"),
        (FRELIMO, "opposes", RENAMO, "?"),
        (ZIMBABWE_TANZANIA, "opposes", RENAMO, "?"),
    ],
    "b04-monitor-kisangani-powder-keg-2023": [
        # "The next clashes between Uganda and Rwanda, in May and June 2000"
        (UGANDA_RWANDA, "opposes", UGANDA_RWANDA, "*"),
        # "killed by Mai Mai militiamen in Beni"
        (MAI_MAI, "opposes", UGANDA_RWANDA, "?"),
        (UGANDA_RWANDA, "opposes", MAI_MAI, "?"),
    ],
    "b05-ahval-turkey-arms-somali-soldiers-2017": [
        # "The Turkish government is supplying weapons to the Somali army"
        (TURKEY, "supplies|backs", SOMALIA, "*"),
        (SOMALIA, "opposes", SHABAAB, "?"),
        (TURKEY, "opposes", SHABAAB, "?"),
        (AU, "backs|opposes", SOMALIA + r"|" + SHABAAB, "?"),
        (TRAINERS, "backs|supplies", SOMALIA, "?"),
        (UN, "opposes", SOMALIA, "?"),
    ],
    "b06-voa-somalia-ends-uae-funding-2018": [
        # "the Emirates had given Somalia every kind of political, economic, military and
        # humanitarian support", the money "meant to support the Somali army"; now ended
        (UAE, "backs|supplies", SOMALIA, "*"),
        (UAE, "backs|supplies", SOMALIA, "?neg"),
        (SOMALIA, "opposes", UAE, "?"),
        (UAE, "opposes", SOMALIA, "?"),
    ],
    "b07-saxafi-sunak-houthi-strikes-2024": [
        # "the United Kingdom joined the United States in striking Houthi targets in Yemen"
        (BRITAIN, "opposes", HOUTHIS, "*"),
        (US, "opposes", HOUTHIS, "*"),
        # "the Iran-backed rebels"
        (IRAN, "backs|supplies", HOUTHIS, "*"),
        (BRITAIN, "backs", US, "?"),
        (HOUTHIS, "opposes", ISRAEL + r"|" + US + r"|" + BRITAIN, "?"),
        (ISRAEL, "opposes", HAMAS, "?"),
        (HAMAS, "opposes", ISRAEL, "?"),
    ],
    "b08-thehindu-israel-ground-incursion-lebanon-2024": [
        # "Israeli forces crossed into southern Lebanon ... their campaign against Hezbollah"
        (ISRAEL, "opposes", HEZBOLLAH, "*"),
        # "Hezbollah, which has been firing rockets into northern Israel"
        (HEZBOLLAH, "opposes", ISRAEL, "*"),
        (IRAN, "backs|supplies", HEZBOLLAH, "?"),
        (ISRAEL, "opposes", IRAN + r"|Leban", "?"),
        (ISRAEL, "opposes", HAMAS, "?"),
        (HAMAS, "opposes", ISRAEL, "?"),
    ],
    "b09-eurasia-russia-recognises-ossetia-abkhazia-2008": [
        # "recognised the independence of Georgia's two breakaway regions"
        (RUSSIA, "backs", r"Abkhaz|breakaway|region", "*"),
        (RUSSIA, "backs", r"Ossetia|breakaway|region", "*"),
        (GEORGIA, "opposes", RUSSIA + r"|" + BREAKAWAY, "?"),
        (RUSSIA, "opposes", GEORGIA, "?"),
        (WEST, "opposes", RUSSIA, "?"),
        (WEST, "backs", GEORGIA, "?"),
        (BREAKAWAY, "opposes", GEORGIA, "?"),
    ],
    "b10-voazimbabwe-burkina-pro-russian-2022": [
        # "France's efforts to help fight the militant groups"
        (FRANCE, "backs|supplies", BURKINA, "*"),
        (FRANCE, "opposes", MILITANTS, "?"),
        (RUSSIA, "backs", BURKINA, "?"),
        (BURKINA, "opposes", FRANCE + r"|" + MILITANTS, "?"),
        (BURKINA, "backs", RUSSIA, "?"),
    ],
    "b11-guardian-pankisi-gorge-2002": [
        # "Russian border guards ... killed three more rebels"
        (RUSSIA, "opposes", CHECHENS, "*"),
        # "a £40m programme to train the Georgian military"
        (US, "backs|supplies", GEORGIA, "*"),
        (CHECHENS, "opposes", RUSSIA, "?"),
        (GEORGIA, "opposes", CHECHENS + r"|" + RUSSIA, "?"),
        (RUSSIA, "opposes", GEORGIA, "?"),
        (GEORGIA, "backs", CHECHENS, "?"),
        (US, "opposes", QAIDA, "?"),
        (RUSSIA, "opposes", US, "?"),
    ],
    "b12-walrus-why-poles-in-iraq-2003": [
        # "Poland sent about two hundred special forces soldiers to fight in the war against
        # Saddam Hussein"
        (POLAND, "opposes", IRAQ, "*"),
        (POLAND, "backs", US, "?"),
        (US, "opposes", IRAQ, "?"),
        (COALITION, "backs", US + r"|" + POLAND, "?"),
        (COALITION, "opposes", IRAQ, "?"),
    ],
    # negatives: an airline bailout, a wind farm's appeal, cancer research money
    "b13-times-us-airlines-aid-2020": [],
    "b14-dissmercury-hempnall-wind-farm-appeal-2008": [],
    "b16-thescientist-cancer-research-stimulus-2009": [],
}


if __name__ == "__main__":
    raise SystemExit(main(expectations=E, docs=DOCS, about=__doc__ or ""))
