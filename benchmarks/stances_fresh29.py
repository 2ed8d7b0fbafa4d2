"""Stances on a twenty-ninth fresh batch of 14 real news stories nobody tuned on, labelled first.

The first twenty-eight batches (``stances_fresh.py`` to ``stances_fresh28.py``) have been read;
these stories are real reports found in the team's stored public web pages by twenty-five
other queries (of the twelve war queries four gave no news report, and neither negative query
did, so reserves were searched: twelve war stories), in wars, sides and wordings none of the
twenty-eight used (the Soviet attack on Finland, 1939; France's fight with Tunisia at Bizerte,
1961; China's shelling of Quemoy and America's convoys for the Nationalists, 1958; the violence
between Senegal and Mauritania, 1989; France's assault on Kanak separatists at Ouvea, 1988; the
Ingush and Ossetians of Prigorodny, 1992 and after; Zanzibar's revolution, 1964; the League's
sanctions on Italy for invading Ethiopia, 1935; India's police action in Hyderabad, 1948; the
Congo's rebels and their hostages, 1964; Soviet troops in Vilnius, 1991; North Korea's seizure
of the Pueblo, 1968), and two stories that say "back" or "support" with no stance between
parties (a council for bike lanes, a teachers' union against a longer school day), where any
claim is false (the queries, the rule and the pages are in
``benchmarks/data/stances_fresh29/QUERIES.md`` and ``README.md``), each rewritten in our own
words from the page's facts. What an analyst expects of each was written here before any
extraction was run, read as in ``stances_fresh.py``:

    .venv/bin/python benchmarks/stances_fresh29.py [--all] [--folder DOCS]

A speculation or an accusation is expected as a claim attributed to its speaker ("by:") or
doubted ("?doubt"): shown as the article's own fact it is WRONG(flag).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stances_fresh import ROOT, main

DOCS = ROOT / "benchmarks" / "data" / "stances_fresh29" / "docs"
USSR = r"^(?!.*(Finn|Lithuan)).*(Russia|Soviet|\bRed\b|Moscow|Gorbachev|U\.?S\.?S\.?R)"
FINLAND = r"^(?!.*(Russia|Soviet)).*(Fin|Helsinki)"
FRANCE = r"^(?!.*(Tunis|Kanak|separatist)).*(Fran|Fren|Paris|paratroop|Pons|gendarm)"
TUNISIA = r"Tunis|Bourguiba|Bizerte"
UN = r"United Nations|\bU\.?N\.?\b|Security Council"
US = (
    r"^(?!.*Korea).*(\bU\.?S\.?\b|United States|America|Washington|Seventh Fleet|Task Force"
    r"|Helena|Beakley|Navy|Pueblo)"
)
NATIONALISTS = r"^(?!.*Communist).*(Nationalist|Formosa|Taiwan|Chiang|Quemoy)"
COMMUNISTS = r"^(?!.*Nationalist).*(Communist|\bRed\b|China|Chinese|Peking|mainland)"
SENEGAL = r"^(?!.*Mauritan).*(Senegal|Dakar)"
MAURITANIA = r"Mauritan|Nouakchott|Moor"
KANAK = r"Kanak|separatist|Melanesian|militant|captor|Liberation Front|FLNKS"
INGUSH = r"Ingush"
OSSETIAN = r"Osset"
ZANZIBAR_REBELS = r"Okello|rebel|revolution|Karume|insurg"
SULTAN = r"^(?!.*(Okello|rebel|Karume)).*(Sultan|Jamshid|Zanzibar|government|police)"
ITALY = r"^(?!.*(Ethiop|Abyssin)).*(Ital|Mussolini|Rome|fascist)"
ETHIOPIA = r"Ethiop|Abyssinia|Haile Selassie|Addis"
LEAGUE = r"League"
ALLIES = r"Allied|Allies|Brit|\bU\.?K\.?\b|London"
INDIA = r"^(?!.*(Nizam|Hyderabad)).*(India|New Delhi|Delhi|Chaudhuri|Union)"
NIZAM = r"Nizam|Hyderabad|Osman Ali|Razakar"
CONGO = r"^(?!.*(Simba|rebel)).*(Congo|Leopoldville|government)"
SIMBAS = r"Simba|rebel"
BELGIUM = r"Belg|paratroop"
LITHUANIA = r"^(?!.*(Soviet|Russia)).*(Lithuan|Vilnius|civilian|Loreta)"
NORTH_KOREA = r"North Korea|Korean|Pyongyang"

E: dict[str, list[tuple[str, ...]]] = {
    "k01-famagusta-russia-invades-finland-helsinki-bombed-1939": [
        # "Russia this morning invaded its smaller neighbour by land and by air"
        (USSR, "opposes", FINLAND, "*"),
        (FINLAND, "opposes", USSR, "?"),
    ],
    "k03-time-tunisia-and-france-fight-over-bizerte-1961": [
        # "Tunisia and France ... were firing at each other on Tunisian soil"
        (FRANCE, "opposes", TUNISIA, "*"),
        (TUNISIA, "opposes", FRANCE, "*"),
        (UN, "mediates", TUNISIA + r"|" + FRANCE, "?"),
    ],
    "k05-time-formosa-rough-week-in-the-strait-1958": [
        # "the U.S. began to escort Nationalist supply ships to Quemoy"
        (US, "backs|supplies", NATIONALISTS, "*"),
        # "Communist guns swept the island's beaches"
        (COMMUNISTS, "opposes", NATIONALISTS, "*"),
        (NATIONALISTS, "opposes", COMMUNISTS, "?"),
        (US, "opposes", COMMUNISTS, "?"),
        (COMMUNISTS, "opposes", US, "?"),
    ],
    "k06-time-mauritania-senegal-border-violence-1989": [
        # "civilians of both countries turned on each other"
        (SENEGAL, "opposes", MAURITANIA, "*"),
        (MAURITANIA, "opposes", SENEGAL, "*"),
    ],
    "k08-latimes-french-storm-cave-free-hostages-in-new-caledonia-1988": [
        # "French security forces freed 23 French hostages today in an assault on a remote cave"
        (FRANCE, "opposes", KANAK, "*"),
        # separatists "had been holding 22 French gendarmes and a French magistrate"
        (KANAK, "opposes", FRANCE, "*"),
        (r"Muslim|extremist|Beirut", "opposes", FRANCE, "?"),
    ],
    "k09-meduza-a-separate-peace-in-prigorodny-2021": [
        # "Violence broke out there between its Ingush and Ossetian residents"
        (INGUSH, "opposes", OSSETIAN, "*"),
        (OSSETIAN, "opposes", INGUSH, "*"),
        (r"state|Russia", "opposes", INGUSH + r"|" + OSSETIAN, "?"),
    ],
    "k11-reportwire-revisiting-the-zanzibar-revolution-2025": [
        # "rebels led by John Okello overthrew the government of Sultan Jamshid bin Abdullah"
        (ZANZIBAR_REBELS, "opposes", SULTAN, "*"),
        (ZANZIBAR_REBELS + r"|African", "opposes", r"Arab|Indian", "?"),
        (SULTAN, "opposes", ZANZIBAR_REBELS, "?"),
    ],
    "k12-roodepoortrecord-league-sanctions-on-italy-for-ethiopia-2018": [
        # "fascist Italy for its invasion of Ethiopia"
        (ITALY, "opposes", ETHIOPIA, "*"),
        # "the League of Nations voted to impose economic sanctions on fascist Italy"
        (LEAGUE, "opposes", ITALY, "*"),
        (ETHIOPIA, "opposes", ITALY, "?"),
        (ALLIES, "opposes", ITALY, "?"),
        (ALLIES, "backs", ETHIOPIA, "?"),
        (US, "backs|supplies", ITALY, "?"),
    ],
    "k18-stratnews-operation-polo-how-hyderabad-was-annexed-2023": [
        # "India launched its second military operation since Partition ... Hyderabad"
        (INDIA, "opposes", NIZAM, "*"),
        (NIZAM, "opposes", r"Hindu|India", "?"),
    ],
    "k21-time-the-congo-la-nuit-infernale-1964": [
        # "rescue columns of the Congolese government's army ... deep into rebel territory"
        (CONGO, "opposes", SIMBAS, "*"),
        (SIMBAS, "opposes", CONGO, "?"),
        (BELGIUM, "opposes", SIMBAS, "?"),
        (US, "opposes", SIMBAS, "?"),
        (US, "backs", BELGIUM, "?"),
        (SIMBAS, "opposes", r"hostage|white|Belg|American|nun", "?"),
    ],
    "k22-rferl-loreta-at-the-vilnius-tv-tower": [
        # "Russian troops took over key buildings in Vilnius"; tanks moved on the tower
        (USSR, "opposes", LITHUANIA, "*"),
        (LITHUANIA, "opposes", USSR, "?"),
    ],
    "k25-reporternews-north-koreans-capture-us-navy-vessel-2016": [
        # "North Korean patrol boats intercepted the USS Pueblo"; the ship was seized
        (NORTH_KOREA, "opposes", US, "*"),
        (US, "opposes", NORTH_KOREA, "?"),
    ],
    # negatives: a council backs bike lanes; a union urges members not to support a longer day
    "k23-metro-vancouver-council-backs-more-bike-lanes-2009": [],
    "k24-wjla-teachers-union-pushes-back-on-longer-school-days": [],
}


if __name__ == "__main__":
    raise SystemExit(main(expectations=E, docs=DOCS, about=__doc__ or ""))
