"""Stances on a twenty-eighth fresh batch of 14 real news stories nobody tuned on, labelled first.

The first twenty-seven batches (``stances_fresh.py`` to ``stances_fresh27.py``) have been read;
these stories are real reports found in the team's stored public web pages by seventeen other
queries (of the twelve war queries three gave no news report, so reserves were searched: twelve
war stories), in wars, sides and wordings none of the twenty-seven used (El Salvador's invasion
of Honduras, 1969; France's paratroopers putting Gabon's president back, 1964; the help Ceylon's
government sought abroad against the insurgents, 1971; Guinea's charge that Portugal invaded
Conakry, 1970; the mercenaries' attack on Cotonou, 1977; France's troops for Togo after a coup
attempt, 1986; Australia's and New Zealand's troops in Tonga after riots, 2006; the border
clash of Kyrgyzstan and Tajikistan, 2022; Sudan's army against Ethiopia's militias at
al-Fashaqa, 2020; Spain's troops retaking Perejil from Morocco, 2002; Britain's war for the
Sultan of Muscat and Oman against the Imam, 1957; Kenya against the Somali shifta, 1980), and
two stories that say "back" or "support" with no stance between parties (farmers for a water
plan, voters for a library), where any claim is false (the queries, the rule and the pages are
in ``benchmarks/data/stances_fresh28/QUERIES.md`` and ``README.md``), each rewritten in our own
words from the page's facts. What an analyst expects of each was written here before any
extraction was run, read as in ``stances_fresh.py``:

    .venv/bin/python benchmarks/stances_fresh28.py [--all] [--folder DOCS]

A speculation or an accusation is expected as a claim attributed to its speaker ("by:") or
doubted ("?doubt"): shown as the article's own fact it is WRONG(flag).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stances_fresh import ROOT, main

DOCS = ROOT / "benchmarks" / "data" / "stances_fresh28" / "docs"
SALVADOR = r"Salvador"
HONDURAS = r"Hondur|Tegucigalpa"
FRANCE = r"^(?!.*(coup|plotter)).*(Fran|Paris|de Gaulle|paratroop)"
MBA = r"^(?!.*(coup|opposition|plotter)).*(Mba|Gabon|Libreville|government|President)"
GABON_COUP = r"coup|plotter|rebel|mutin|officer|leader|army|opposition"
AFRICAN_STATES = r"African|heads of state|Mba|supporter"
CEYLON = r"^(?!.*(insurg|rebel)).*(Ceylon|Colombo|Bandaranaike|government|Prime Minister)"
CEYLON_REBELS = r"insurg|rebel|uprising|insurrection"
UK = r"Brit|\bU\.?K\.?\b|London|Scotland Yard"
US = r"United States|\bU\.?S\.?\b|America|Washington|CIA"
PORTUGAL = r"Portug|Lisbon"
GUINEA = r"^(?!.*Bissau).*(Guinea|Conakry|Toure)"
UN = r"United Nations|\bU\.?N\.?\b|Security Council|council"
MERCENARIES = r"mercenar|Denard|soldier of fortune|coup"
BENIN = r"^(?!.*(mercenar|Denard)).*(Benin|Cotonou|Kerekou|Porto Novo)"
NIGERIA = r"Nigeria|Lagos|Yusuf"
TOGO = r"^(?!.*commando).*(Togo|Lome|Eyadema|government)"
TOGO_COMMANDOS = r"commando|coup|plotter|attacker|terrorist"
AUS_NZ = r"Austral|New Zealand|Howard|Clark|Canberra|Wellington|joint force|ANZAC"
TONGA = r"^(?!.*(protest|riot)).*(Tonga|Nuku'alofa|government|kingdom|police)"
TONGA_PROTESTERS = r"protest|riot|pro-democracy|youth"
KYRGYZ = r"Kyrgyz|Bishkek"
TAJIK = r"Tajik|Dushanbe"
SUDAN = r"^(?!.*South Sudan).*(Sudan|Khartoum)"
ETHIOPIA = r"^(?!.*militia).*(Ethiopia|Addis|Amhara)"
ETH_MILITIAS = r"militia|armed group|Ethiopian forces|Amhara"
SPAIN = r"Spain|Spanish|Madrid|Ceuta"
MOROCCO = r"Morocc|Rabat|Leila"
EU = r"European Union|\bEU\b|Brussels"
OMAN_UK = r"^(?!.*(Imam|rebel)).*(Brit|\bU\.?K\.?\b|London|Robertson)"
SULTAN = r"^(?!.*(Imam|rebel)).*(Sultan|Muscat|Oman)"
IMAM = r"Imam|rebel|Talib|Suleiman|Himyar|recruit"
SAUDI = r"Saudi|Riyadh|Dammam"
ARABS = r"Arab"
KENYA = r"^(?!.*Somali).*(Kenya|Nairobi|Kaaria|Garissa|security)"
SOMALIA = r"^(?!.*(shifta|guerrill|bandit)).*(Somalia|Mogadishu)"
SHIFTA = r"shifta|guerrill|bandit|raider|gangster|Somali"

E: dict[str, list[tuple[str, ...]]] = {
    "j02-btnews-honduras-and-el-salvador-clash-in-football-war": [
        # "crossing the border to invade its neighbour Honduras"
        (SALVADOR, "opposes", HONDURAS, "*"),
        # Honduras's land reforms drove the Salvadoran migrants out; relations broken both ways
        (HONDURAS, "opposes", SALVADOR + r"|migrant", "?"),
    ],
    "j04-nyt-many-gabonese-angered-by-paris-1964": [
        # "France's armed intervention, which crushed the coup d'etat here and put President
        # Leon Mba back in office"
        (FRANCE, "backs", MBA, "*"),
        (FRANCE, "opposes", GABON_COUP, "*"),
        # "France's action was also quickly backed by several African heads of state"
        (AFRICAN_STATES, "backs", FRANCE, "?"),
        (r"opposition|Gabonese", "opposes", FRANCE, "?"),
        (GABON_COUP, "opposes", MBA, "?"),
        (MBA, "opposes", GABON_COUP, "?"),
    ],
    "j05-slguardian-the-1971-insurrection-through-cia-eyes-2017": [
        # the government's fight with "a full insurgency"; "the insurgents had to be stopped"
        (CEYLON, "opposes", CEYLON_REBELS, "*"),
        (CEYLON_REBELS, "opposes", CEYLON, "?"),
        # British officials "wanted to do all they could to help"; helicopters asked of both
        # America and Britain, Britain's "unlikely" (a supply by either is not said to happen)
        (UK, "backs", CEYLON, "?"),
        (US, "backs", CEYLON, "?"),
    ],
    "j06-press-guinea-invasion-withdrawal-order-by-un-1970": [
        # "Guinea's charge that Portuguese troops had invaded its capital, Conakry"; denied
        (PORTUGAL, "opposes", GUINEA, "by:Guinea|Toure|."),
        (PORTUGAL, "opposes", GUINEA, "?doubt"),
        (PORTUGAL, "opposes", GUINEA, "?neg"),
        # Guinea "brought a charge of aggression against Portugal before the Security Council"
        (GUINEA, "opposes", PORTUGAL, "*"),
        (UN, "backs|mediates", GUINEA, "?"),
        (UN, "opposes", PORTUGAL + r"|foreign", "?"),
    ],
    "j07-cotonoutimes-the-january-1977-mercenary-attack-on-cotonou-2023": [
        # "the mercenaries' attack on the Republic of Benin"
        (MERCENARIES, "opposes", BENIN, "*"),
        # "the Nigerian authorities decided to protect Benin's coastline"
        (NIGERIA, "backs", BENIN, "*"),
        (BENIN, "opposes", MERCENARIES, "?"),
    ],
    "j08-chicagotribune-france-sending-troops-to-aid-togo-1986": [
        # "France ... was sending planes and soldiers to help the Togolese government"
        (FRANCE, "backs", TOGO, "*"),
        (FRANCE, "supplies", TOGO, "?"),
        # "the coup attempt Tuesday night against Gnassingbe Eyadema"
        (TOGO_COMMANDOS, "opposes", TOGO, "*"),
        (TOGO, "opposes", TOGO_COMMANDOS, "?"),
    ],
    "j09-mg-foreign-troops-arrive-in-riot-torn-tonga-2006": [
        # Tonga "asked Australia and New Zealand for help"; their troops arrived
        (AUS_NZ, "backs", TONGA, "*"),
        (AUS_NZ, "opposes", TONGA_PROTESTERS, "?"),
        (TONGA_PROTESTERS, "opposes", TONGA, "?"),
        (TONGA, "opposes", TONGA_PROTESTERS, "?"),
        # troops sent before to "the Solomon Islands and East Timor"
        (r"Austral", "backs", r"Solomon|Timor", "?"),
    ],
    "j11-keyt-ap-31-wounded-in-kyrgyzstan-tajikistan-border-clash-2022": [
        # "Tajik forces fired at Kyrgyz border guards"; Tajikistan's charge of shelling
        (TAJIK, "opposes", KYRGYZ, "*"),
        (KYRGYZ, "opposes", TAJIK, "*"),
    ],
    "j12-almasdar-sudanese-army-takes-control-of-ethiopian-border-area-2020": [
        # the Sudanese army "answered attacks by militias supported by the Ethiopian army"
        (SUDAN, "opposes", ETH_MILITIAS, "*"),
        (ETH_MILITIAS, "opposes", SUDAN, "*"),
        (ETHIOPIA, "backs", ETH_MILITIAS, "*"),
        (ETHIOPIA, "opposes", SUDAN, "?"),
        (SUDAN, "opposes", ETHIOPIA, "?"),
    ],
    "j15-voa-spain-takes-back-disputed-perejil-island-2002": [
        # "elite Spanish troops stormed the island ... and captured the six Moroccan soldiers"
        (SPAIN, "opposes", MOROCCO, "*"),
        (MOROCCO, "opposes", SPAIN, "?"),
        (EU, "opposes|mediates", MOROCCO + r"|" + SPAIN, "?"),
    ],
    "j16-time-muscat-and-oman-to-the-hills-1957": [
        # "Britain's thirty-day war"; "We have reinstated the Sultan's forces"
        (OMAN_UK, "opposes", IMAM, "*"),
        (OMAN_UK, "backs", SULTAN, "*"),
        # rebels trained near Dammam, grenades implied to come from Saudi Arabia
        (SAUDI, "backs|supplies", IMAM, "by:Brit|officer|spokes|prisoner|rebel|."),
        (SAUDI, "backs|supplies", IMAM, "?doubt"),
        (SULTAN, "opposes", IMAM, "?"),
        (IMAM, "opposes", SULTAN + r"|" + OMAN_UK, "?"),
        (r"Suleiman|Himyar", "backs", r"Imam", "?"),
        (ARABS, "opposes", OMAN_UK, "?"),
    ],
    "j17-csmonitor-border-fighting-between-kenya-and-somali-guerrillas-1980": [
        # "roving bands of guerrillas sent in from Somalia"
        (SOMALIA, "backs|supplies", SHIFTA, "*"),
        # "Kenya fought a small border war ... against roving bands of guerrillas"
        (KENYA, "opposes", SHIFTA, "*"),
        (SHIFTA, "opposes", KENYA, "?"),
        (SOMALIA, "opposes", KENYA, "?"),
        (KENYA, "opposes", SOMALIA, "?"),
    ],
    # negatives: farmers back a water plan; voters back a new library
    "j13-abc-sa-farmers-support-govts-water-allocation-plan-2003": [],
    "j14-courant-voters-back-new-library-1998": [],
}


if __name__ == "__main__":
    raise SystemExit(main(expectations=E, docs=DOCS, about=__doc__ or ""))
