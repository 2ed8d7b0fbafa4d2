"""Stances on a sixteenth fresh batch of 14 real news stories nobody tuned on, labelled first.

The first fifteen batches (``stances_fresh.py`` to ``stances_fresh15.py``) have been read;
these stories are real reports found in the team's stored public web pages by seventeen other
queries (two of the fourteen war queries and one of the three negatives gave no news report), in
wars, sides and wordings none of the fifteen used (Britain's arms for Nigeria against Biafra
recalled in 2020, Rhodesia's commandos raiding Nkomo's home in Lusaka in 1979,
Morocco accusing Iran, Hezbollah and Algeria over the Polisario's arms in 2018, the Senate's two
votes on Bosnia's arms embargo in 1994, the CNDP's claim that Mugabe backs Kabila in 2008, the
Hague panel's ruling that Eritrea's attack of 1998 broke the law, Abiy admitting Eritrea's
troops in Tigray in 2021, NATO admitting a strike at Sorman in 2011, the Saudi-led coalition's
strikes on Sanaa in 2021, Wagner reorganising in the Central African Republic in 2021, Kenya's
delegation weighing a mission in Haiti in 2023, Uganda denying backing the M23 in 2012), and two
stories that say "back", "backed" or "support" with no stance between parties (a football manager
backed by his club's owners, councillors who back a plan for homes), where any claim is false (the
queries, the rule and the pages are in ``benchmarks/data/stances_fresh16/QUERIES.md`` and
``README.md``), each rewritten in our own words from the page's facts. What an analyst expects
of each was written here before any extraction was run, read as in ``stances_fresh.py``:

    .venv/bin/python benchmarks/stances_fresh16.py [--all] [--folder DOCS]

An accusation is expected as a claim attributed to its accuser ("by:"): shown as the article's
own fact it is WRONG(flag).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stances_fresh import ROOT, main

DOCS = ROOT / "benchmarks" / "data" / "stances_fresh16" / "docs"
BRITAIN = r"Brit|United Kingdom|\bUK\b|London|Wilson|Labour"
NIGERIA = r"^(?!.*Biafra).*(Nigeria|Lagos|federal)"
BIAFRA = r"Biafra|secession|Ojukwu|region"
RHODESIA = r"Rhodesia|Salisbury|Smith"
ZAMBIA = r"Zambia|Lusaka|Kaunda"
GUERRILLAS = r"guerrilla|nationalist|Patriotic Front|ZAPU"
NKOMO = r"Nkomo"
MOROCCO = r"Morocc|Rabat|Bourita"
ALGERIA = r"Alger"
IRAN = r"Iran|Tehran"
HEZBOLLAH = r"Hezbollah|Hizbollah"
POLISARIO = r"Polisario|Sahrawi|Western Sahara"
US = r"United States|\bU\.S\.|\bUS\b|Washington|America|Senate|Congress|Clinton|Dole"
BOSNIA = r"^(?!.*Serb).*(Bosnia|Sarajevo|Muslim|Alkalaj)"
ZIMBABWE = r"Zimbabwe|Harare|Mugabe"
KABILA = r"^(?!.*(rebel|CNDP|M23)).*(Kabila|FARDC|Congo|DRC|Kinshasa)"
CNDP = r"CNDP|National Congress for the Defence|rebel|Nkunda"
ERITREA = r"Eritrea|Asmara|Isaias"
ETHIOPIA = r"^(?!.*(Tigray|TPLF)).*(Ethiopia|Addis|Abiy)"
TPLF = r"Tigray|TPLF|Tigrayan"
UN = r"\bU\.?N\.?\b|United Nations|peacekeep|Security Council"
NATO = r"NATO|North Atlantic|alliance"
GADHAFI = r"^(?!.*rebel).*(Gadhafi|Gaddafi|Qaddafi|Libya|Tripoli)"
LIBYAN_REBELS = r"rebel|opposition|National Transitional"
SAUDI = r"Saudi|Riyadh|coalition"
YEMEN = r"^(?!.*Houthi).*(Yemen|Hadi|internationally recognised)"
HOUTHIS = r"Houthi|Ansar Allah"
RUSSIA = r"Russia|Moscow|Kremlin|Wagner|Lavrov|Prigozhin"
CAR = r"Central African|Bangui|Touadera"
KENYA = r"Kenya|Nairobi|Ruto"
HAITI = r"^(?!.*gang).*(Haiti|police|PNH|Port-au-Prince)"
GANGS = r"gang"
UGANDA = r"Uganda|Kampala|Oryem"
RWANDA = r"Rwanda|Kigali|Kagame"
M23 = r"M23|rebel|insurgent|mutineer|Ntaganda"
CONGO = r"^(?!.*(M23|rebel)).*(Congo|DRC|Kabila|Kinshasa)"

E: dict[str, list[tuple[str, ...]]] = {
    "g01-declassifieduk-britain-armed-nigeria-biafra-2020": [
        # "Harold Wilson's government secretly armed and backed Nigeria's war against the
        # secessionist region"
        (BRITAIN, "supplies|backs", NIGERIA, "*"),
        (BRITAIN, "backs|supplies", NIGERIA, "?"),
        (BRITAIN + r"|" + NIGERIA, "opposes", BIAFRA, "?"),
        (BIAFRA, "opposes", NIGERIA, "?"),
    ],
    "g03-crimson-rhodesians-raid-nkomo-lusaka-1979": [
        # "Rhodesian commandos ... attacked the home of the black guerrilla leader Joshua Nkomo"
        (RHODESIA, "opposes", NKOMO + r"|" + GUERRILLAS, "*"),
        (RHODESIA, "opposes", ZAMBIA + r"|Botswana", "?"),
        # "Zambia and Botswana ... harbor guerrillas"
        (ZAMBIA + r"|Botswana", "backs", GUERRILLAS + r"|" + NKOMO, "*"),
        # "We shall fight with the Patriotic Front who are our friends"; "allied with Nkomo's
        # forces"
        (NKOMO + r"|" + GUERRILLAS, "backs", NKOMO + r"|" + GUERRILLAS, "?"),
        (NKOMO + r"|" + GUERRILLAS, "opposes", RHODESIA + r"|Muzorewa|election", "?"),
    ],
    "g04-arabnews-morocco-accuses-algeria-iran-polisario-2018": [
        # "Rabat ... accusing it of using Hezbollah to deliver weapons to the Polisario Front";
        # denied by Tehran, Algeria and Hezbollah
        (IRAN + r"|" + HEZBOLLAH, "supplies|backs", POLISARIO, "by:Morocc|Rabat|Bourita|minist"),
        (IRAN + r"|" + HEZBOLLAH, "supplies|backs", POLISARIO, "?neg"),
        (IRAN + r"|" + HEZBOLLAH, "supplies|backs", POLISARIO, "?doubt"),
        (IRAN, "backs", HEZBOLLAH, "?"),
        # "the Algerian-backed Polisario Front"; "complicity with its allies, the Polisario"
        (ALGERIA, "backs", POLISARIO + r"|" + HEZBOLLAH, "*"),
        (ALGERIA, "backs|supplies", POLISARIO + r"|" + IRAN + r"|" + HEZBOLLAH, "?neg"),
        (ALGERIA, "backs|supplies", POLISARIO + r"|" + IRAN + r"|" + HEZBOLLAH, "?doubt"),
        (POLISARIO, "opposes", MOROCCO, "?"),
        (MOROCCO, "opposes", POLISARIO + r"|" + IRAN + r"|" + ALGERIA + r"|" + HEZBOLLAH, "?"),
    ],
    "g06-deseret-senate-votes-bosnia-embargo-1994": [
        # votes to lift the arms embargo so that Bosnia can defend itself: at most a backing
        (US, "backs|supplies", BOSNIA, "?"),
    ],
    "g07-newtimes-mugabe-backing-kabila-cndp-2008": [
        # "Mugabe has sent military support ... to back Joseph Kabila's struggling FARDC forces
        # against the rebel ... CNDP, the rebels claim"
        (ZIMBABWE, "backs|supplies", KABILA, "by:CNDP|rebel|National Congress"),
        (ZIMBABWE, "backs|supplies", KABILA, "?"),
        (ZIMBABWE, "opposes", CNDP, "?"),
        (CNDP, "opposes", KABILA + r"|" + ZIMBABWE, "?"),
        (KABILA, "opposes", CNDP, "?"),
    ],
    "g08-voa-panel-rules-eritrea-attack-2005": [
        # "Eritrea violated international law when it invaded northern Ethiopia in May 1998"
        (ERITREA, "opposes", ETHIOPIA, "*"),
        (ETHIOPIA, "opposes", ERITREA, "?"),
        (ERITREA, "opposes", UN + r"|United States|Europe|Canada", "?"),
    ],
    "g09-somalilandsun-abiy-admits-eritrean-troops-2021": [
        # "Eritreans are helping his forces fight in Tigray"; "troops from neighbouring Eritrea
        # have been in the Tigray region" (acknowledged by Abiy, denied before)
        (ERITREA, "backs", ETHIOPIA, "*"),
        (ERITREA, "backs", ETHIOPIA, "?neg"),
        (ERITREA, "opposes", TPLF, "?"),
        (TPLF, "opposes", ETHIOPIA + r"|" + ERITREA, "?"),
        (ETHIOPIA, "opposes", TPLF, "?"),
    ],
    "g10-newsminator-nato-admits-sorman-strike-2011": [
        # "an air strike on Sorman ... after first rejecting the claim made by ... Gadhafi's
        # government"; "The rebels, backed by NATO"
        (NATO, "opposes", GADHAFI, "*"),
        (NATO, "backs", LIBYAN_REBELS, "*"),
        (LIBYAN_REBELS, "opposes", GADHAFI, "?"),
        (GADHAFI, "opposes", LIBYAN_REBELS + r"|" + NATO, "?"),
        (r"Europe|\bUS\b|Arab|countries", "opposes", NATO, "?"),
    ],
    "g11-themedialine-coalition-strikes-sanaa-2021": [
        # "The Saudi-led coalition that supports Yemen's internationally recognised government
        # launched air strikes on ... Sanaa, which is held by the Houthi rebels"
        (SAUDI, "backs", YEMEN, "*"),
        (SAUDI, "opposes", HOUTHIS, "*"),
        (HOUTHIS, "opposes", SAUDI + r"|" + YEMEN, "?"),
        (YEMEN, "opposes", HOUTHIS, "?"),
    ],
    "g12-africaintelligence-wagner-reorganises-car-2021": [
        # "Wagner is reorganising itself in the Central African Republic": no side named
        (RUSSIA, "backs|supplies", CAR, "?"),
    ],
    "g13-devdiscourse-kenyan-delegation-haiti-2023": [
        # "Kenya considers leading a possible United Nations-backed security force to help the
        # police fight heavily armed gangs" (an intent); "countries have been wary of backing its
        # unelected government" (no backing)
        (KENYA + r"|" + UN, "backs", HAITI, "?"),
        (KENYA + r"|" + UN + r"|" + HAITI, "opposes", GANGS, "?"),
        (GANGS, "opposes", HAITI, "?"),
    ],
    "g14-afp-uganda-denies-backing-m23-2012": [
        # "Uganda on Friday denied backing insurgents in the neighbouring Democratic Republic of
        # Congo"; "Congolese civil society groups accuse Kampala of backing the M23"
        (UGANDA, "backs|supplies", M23, "?neg"),
        (UGANDA, "backs|supplies", M23, "?doubt"),
        (UGANDA, "backs|supplies", M23, "by:civil society|Congolese|groups|UN\\b|Security"),
        # "A UN panel report has accused Rwanda of backing the rebellion ... Kigali has denied"
        (RWANDA, "backs|supplies", M23, "by:UN\\b|panel|report|Kabila|Congo"),
        (RWANDA, "backs|supplies", M23, "?neg"),
        (RWANDA, "backs|supplies", M23, "?doubt"),
        (M23, "opposes", CONGO, "?"),
        (CONGO + r"|" + UN, "opposes", M23, "?"),
    ],
    # negatives: a football manager under fire ("the full backing of the owners", "Redknapp
    # backed Kean", "supporting the manager"), councillors who back a housing plan ("voted
    # ... to back the planning officers' recommendation")
    "g15-soccernews-kean-ignores-blackburn-protests-2011": [],
    "g17-hartlepoolmail-councillors-approve-homes-2021": [],
}


if __name__ == "__main__":
    raise SystemExit(main(expectations=E, docs=DOCS, about=__doc__ or ""))
