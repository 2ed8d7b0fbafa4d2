"""Stances on an eighth fresh batch of 15 real news stories nobody tuned on, labelled before a run.

The first seven batches (``stances_fresh.py`` to ``stances_fresh7.py``) have been read; these
stories are real reports found in the team's stored public web pages by seventeen other
queries (two gave no news report), in wars none of the seven used (China's entry into Korea
in 1950, Suez in 1956, South Africa's raids on SWAPO in Angola in 1985, Taylor's forces and
Liberia's rebels in 2003, NATO's strikes on Yugoslavia in 1999, Russia's troops in Chechnya
in 1999, Qatar's missiles for the Libyan rebels in 2011, Rwanda's troops for the Central
African Republic in 2013, Botswana's and Rwanda's troops in Cabo Delgado in 2021, the
Houthis and Red Sea shipping in 2024, the Soviet airlift to Syria in 1982, Turkey's invasion
of Cyprus in 1974), and three stories that say "backs" or "support" with no stance between
parties (an airport's runway, a four-day school week, free school meals), where any claim is
false (the rule and the pages are in ``benchmarks/data/stances_fresh8/README.md``), each
rewritten in our own words from the page's facts. What an analyst expects of each was
written here before any extraction was run, read as in ``stances_fresh.py``:

    .venv/bin/python benchmarks/stances_fresh8.py [--all] [--folder DOCS]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stances_fresh import ROOT, main

DOCS = ROOT / "benchmarks" / "data" / "stances_fresh8" / "docs"
US = r"United States|\bU\.S\.|\bUS\b|Washington|America|Pentagon|Clinton|Eisenhower|Lodge"
UN = r"\bUN\b|\bU\.N\.|United Nations|Annan"
CHINA = r"China|Chinese|Beijing|Peking|Mao"
NORTH_KOREA = r"North Korea|Kim Il Sung|Pyongyang"
BRITAIN = r"Brit|United Kingdom|\bUK\b|London|Eden|Hague|Blair"
FRANCE = r"France|French|Paris|Mollet"
ISRAEL = r"Israel|Tel Aviv|Jerusalem"
EGYPT = r"Egypt|Cairo|Nasser"
ARAB_AIDES = r"Syria|Iraq|Jordan"
SOUTH_AFRICA = r"South Africa|Pretoria|Viljoen|Gleeson"
SWAPO = r"SWAPO|South-West Africa People|guerrilla|Namibian"
ANGOLA = r"^(?!.*(SWAPO|People's Organization)).*(Angola|Luanda)"
CUBA = r"Cuba|Havana"
TAYLOR = r"Taylor|^(?!.*rebel).*(Liberia|government|Monrovia)"
LIBERIA_REBELS = r"rebel|LURD|Liberians United"
NIGERIA = r"Nigeria|Abuja|Obasanjo"
WEST_AFRICA = r"West Africa|ECOWAS|ECOMOG|peace force|peace mission|peacekeep"
NATO = r"NATO|North Atlantic|alliance|allies|Solana"
YUGOSLAVIA = r"Yugoslav|Milosevic|Serb|Belgrade"
ALBANIANS = r"Albanian|Kosovo|Pristina|KLA"
RUSSIA = r"Russia|Moscow|Kremlin|Putin|Yeltsin"
CHECHNYA = r"Chechen|Chechnya|Grozny|Maskhadov"
QATAR = r"Qatar|Doha|Hamad"
LIBYA_REBELS = r"rebel|opposition|Benghazi|national council|Libyans|revolution"
GADDAFI = r"^(?!.*(rebel|opposition|council|Benghazi)).*(Gaddafi|Qadhafi|Libya|Tripoli|regime)"
RWANDA = r"Rwanda|Kigali|Kagame|Mushikiwabo|RDF"
AU = r"African Union|\bAU\b"
CAR = r"^(?!.*(Seleka|anti-Balaka|rebel)).*(Central African|\bCAR\b|Bangui)"
SELEKA = r"Seleka|rebel|Djotodia"
ANTI_BALAKA = r"anti-Balaka|Balaka|Christian|vigilante"
BOZIZE = r"Bozize|Bozizé|president"
BOTSWANA = r"Botswana|Gaborone|Masisi"
SADC = r"Southern African Development Community|SADC|regional bloc"
MOZAMBIQUE = r"^(?!.*insurg).*(Mozambique|Maputo|Nyusi)"
INSURGENTS = r"insurg|Islamic extremist|extremist|militant|jihad|Islamic State"
HOUTHIS = r"Houthi|Ansar Allah|Yemen|Sanaa"
PALESTINIANS = r"Palestin|Hamas|Gaza"
SOVIET = r"Soviet|USSR|Moscow|Kremlin"
SYRIA = r"Syria|Damascus|Assad"
TURKEY = r"Turkey|Turkish(?! Cypriot)|Ankara"
CYPRUS = r"^(?!.*Turkish).*(Cyprus|Cypriot|Nicosia|Makarios)"
GREECE = r"Greece|Greek(?! Cypriot)|Athens"

E: dict[str, list[tuple[str, ...]]] = {
    "y01-nknews-china-enters-korea-2020": [
        # "Beijing's 'volunteers' rescued Kim Il Sung's North Korea"
        (CHINA, "backs", NORTH_KOREA, "*"),
        (CHINA, "opposes", UN + r"|" + US + r"|South Korea", "*"),
        (UN + r"|" + US, "opposes", CHINA + r"|" + NORTH_KOREA, "?"),
    ],
    "y02-crimson-suez-1956": [
        (ISRAEL, "opposes", EGYPT, "*"),
        # "Premier Mollet ... declaring his support for the Israeli attack"
        (FRANCE, "backs", ISRAEL, "*"),
        (BRITAIN + r"|" + FRANCE, "opposes", EGYPT, "?"),
        (BRITAIN, "backs", ISRAEL, "?"),
        (ARAB_AIDES, "backs", EGYPT, "?"),
        (ARAB_AIDES, "opposes", ISRAEL, "?"),
        (EGYPT, "opposes", ISRAEL + r"|" + BRITAIN + r"|" + FRANCE, "?"),
        (US, "opposes", BRITAIN + r"|" + FRANCE + r"|" + ISRAEL, "?"),
        (US + r"|" + UN + r"|Russia|Soviet", "mediates", r".", "?"),
    ],
    "y05-latimes-south-africa-swapo-angola-1985": [
        (SOUTH_AFRICA, "opposes", SWAPO, "*"),
        (SOUTH_AFRICA, "opposes", ANGOLA, "?"),
        (SWAPO, "opposes", SOUTH_AFRICA, "?"),
        (ANGOLA, "backs", SWAPO, "?"),
        (CUBA, "backs", ANGOLA, "?"),
    ],
    "y06-foxnews-taylor-liberia-2003": [
        (TAYLOR, "opposes", LIBERIA_REBELS, "*"),
        (LIBERIA_REBELS, "opposes", TAYLOR, "?"),
        (
            NIGERIA + r"|" + WEST_AFRICA + r"|" + US + r"|" + UN + r"|" + BRITAIN,
            "backs|supplies|mediates",
            WEST_AFRICA + r"|" + NIGERIA + r"|Liberia",
            "?",
        ),
        (NIGERIA + r"|" + WEST_AFRICA + r"|" + UN + r"|" + US, "mediates", r".", "?"),
    ],
    "y07-deseret-nato-strikes-yugoslavia-1999": [
        (NATO, "opposes", YUGOSLAVIA, "*"),
        (US, "opposes", YUGOSLAVIA, "?"),
        (NATO + r"|" + US, "backs", ALBANIANS, "?"),
        (YUGOSLAVIA, "opposes", ALBANIANS + r"|" + NATO + r"|" + US, "?"),
        (US + r"|Holbrooke|European", "mediates", r".", "?"),
    ],
    "y08-ap-russian-troops-chechnya-1999": [
        (RUSSIA, "opposes", CHECHNYA, "*"),
        (CHECHNYA, "opposes", RUSSIA, "?"),
    ],
    "y09-guardian-qatar-arms-libyan-rebels-2011": [
        (QATAR, "supplies|backs", LIBYA_REBELS, "*"),
        (QATAR, "opposes", GADDAFI, "?"),
        (BRITAIN + r"|" + FRANCE + r"|contact group", "supplies|backs", LIBYA_REBELS, "?"),
        (BRITAIN + r"|" + FRANCE + r"|" + NATO, "opposes", GADDAFI, "?"),
        (LIBYA_REBELS, "opposes", GADDAFI, "?"),
        (GADDAFI, "opposes", LIBYA_REBELS + r"|" + QATAR, "?"),
        (BRITAIN + r"|contact group", "backs", QATAR, "?"),
    ],
    "y10-newsofrwanda-troops-car-2013": [
        # "The African Union has asked Rwanda to provide troops ... to bolster French troops"
        (RWANDA, "backs|supplies", FRANCE + r"|" + AU + r"|" + CAR + r"|peace", "*"),
        (ANTI_BALAKA, "opposes", SELEKA + r"|government|Muslim|civilian", "?"),
        (SELEKA, "opposes", BOZIZE + r"|" + ANTI_BALAKA + r"|" + CAR, "?"),
        (AU + r"|" + FRANCE, "backs|supplies|opposes|mediates", r".", "?"),
    ],
    "y11-ap-botswana-troops-mozambique-2021": [
        (BOTSWANA, "backs", MOZAMBIQUE, "*"),
        (RWANDA, "backs", MOZAMBIQUE, "*"),
        (SADC, "backs", MOZAMBIQUE, "?"),
        (BOTSWANA + r"|" + RWANDA + r"|" + SADC + r"|" + MOZAMBIQUE, "opposes", INSURGENTS, "?"),
        (INSURGENTS, "opposes", MOZAMBIQUE, "?"),
    ],
    "y12-deccanherald-houthis-tel-aviv-2024": [
        (HOUTHIS, "backs", PALESTINIANS, "*"),
        (HOUTHIS, "opposes", ISRAEL, "*"),
        (US + r"|" + BRITAIN, "opposes", HOUTHIS, "*"),
        (HOUTHIS, "opposes", US + r"|" + BRITAIN, "?"),
        (ISRAEL, "opposes", PALESTINIANS, "?"),
        (PALESTINIANS, "opposes", ISRAEL, "?"),
    ],
    "y16-csmonitor-soviet-airlift-syria-1982": [
        (SOVIET, "supplies|backs", SYRIA, "*"),
        (ISRAEL, "opposes", SYRIA, "?"),
        (SYRIA, "opposes", ISRAEL, "?"),
    ],
    "y17-dw-cyprus-invasion-anniversary-2024": [
        (TURKEY, "opposes", CYPRUS + r"|Greek Cypriot", "*"),
        (TURKEY, "backs", r"Turkish Cypriot", "?"),
        (GREECE, "opposes", CYPRUS, "?"),
    ],
    # negatives: an airport's runway, a four-day school week, free school meals
    "y13-birminghampost-runway-2009": [],
    "y14-edweek-four-day-week-teachers-2022": [],
    "y15-independent-free-school-meals-2022": [],
}


if __name__ == "__main__":
    raise SystemExit(main(expectations=E, docs=DOCS, about=__doc__ or ""))
