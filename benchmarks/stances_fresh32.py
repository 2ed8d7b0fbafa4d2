"""Stances on a thirty-second fresh batch of 14 real news stories nobody tuned on, labelled first.

The first thirty-one batches (``stances_fresh.py`` to ``stances_fresh31.py``) have been read;
these stories are real reports found in the team's stored public web pages by twenty-eight
queries (of the twelve war queries eight gave no news report, so the six reserves and two
addenda of more were searched until twelve war stories were held), in wars, sides, decades and
continents none of the thirty-one used (the PAIGC's war on Portugal in Guinea, 1971; Speight's
coup in Fiji, 2000; the Free Papua Movement's raid at Wamena, 2003; India's Maoists in
Chhattisgarh, 2020; the Indian air force's raid on Aizawl, 1966, told in 2023; France and Spain
against Abd-el-Krim in the Rif, 1925; militants and the Assam Rifles in Manipur, 2023; the New
People's Army in Samar, 2010; the Oromo Liberation Army in Oromia, 2022; the FLEC's attack on
Togo's team bus in Cabinda, 2010, told in 2020; the NLFT and the Assam Rifles in Tripura, 2006;
Paraguay's army and the EPP guerrillas, 2013), and two stories that say "back" or "support"
with no stance between parties (a town meeting backing a new library, a foundation's support
for young musicians), where any claim is false (the queries, the rule and the pages are in
``benchmarks/data/stances_fresh32/QUERIES.md`` and ``README.md``), each rewritten in our own
words from the page's facts. What an analyst expects of each was written here before any
extraction was run, read as in ``stances_fresh.py``:

    .venv/bin/python benchmarks/stances_fresh32.py [--all] [--folder DOCS]

A speculation or an accusation is expected as a claim attributed to its speaker ("by:") or
doubted ("?doubt"): shown as the article's own fact it is WRONG(flag).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stances_fresh import ROOT, main

DOCS = ROOT / "benchmarks" / "data" / "stances_fresh32" / "docs"
PORTUGAL = r"^(?!.*(rebel|guerrilla|Cabral|PAIGC)).*(Portug|Lisbon|colonial)"
GUINEA_REBELS = r"rebel|guerrilla|Cabral|PAIGC|African soldier"
SPEIGHT = r"Speight|gunmen|coup"
FIJI = r"^(?!.*Speight).*(Fiji|Chaudhry|cabinet|parliament|military|president|Iloilo)"
INDONESIA = r"^(?!.*(OPM|Free Papua|rebel|separatist)).*(Indonesia|Jakarta|military|soldier|troops)"
OPM = r"OPM|Free Papua|rebel|separatist|gunmen|Murib"
INDIA = (
    r"^(?!.*(Maoist|rebel|MNF|Mizo National|militant|NLFT|guerrilla)).*(India|Delhi|police"
    r"|Chhattisgarh|air force|IAF|Assam Rifles|security|Manipur|Tripura|army|Gandhi|Congress)"
)
MAOISTS = r"Maoist|rebel|guerrilla|Naxal"
MNF = r"Mizo National|MNF|separatist|Laldenga"
MIZORAM = r"Mizo|Aizawl|citizens|people"
FRANCE_SPAIN = r"^(?!.*(Riff|Abd)).*(Fran|Spain|Spanish|Paris|Madrid|Petain|Riquelme|Freydenberg)"
RIFF = r"Riff|Rif\b|Abd.?el.?Krim|tribesmen"
MANIPUR_MILITANTS = r"militant|cadre|sniper|gunmen"
PHILIPPINES = (
    r"^(?!.*(NPA|New People|communist|rebel)).*(Philippin|Filipino|Manila|military|army"
    r"|soldier|troops|Aquino|police)"
)
NPA = r"NPA|New People|communist|rebel|insurgen"
ETHIOPIA = r"^(?!.*(Oromo Liberation|OLA|rebel|Tigray)).*(Ethiopia|Addis|government|federal)"
OLA = r"Oromo Liberation|OLA|rebel"
TIGRAY = r"Tigray|TPLF"
FLEC = r"FLEC|Cabinda|separatist|guerrilla|rebel|Mingas|Sametonne"
ANGOLA = r"^(?!.*(FLEC|Cabinda|separatist)).*(Angola|Luanda)"
TOGO = r"Togo|team|football|bus"
EPP = r"EPP|Army of the Paraguayan People|guerrilla"
PARAGUAY = (
    r"^(?!.*(EPP|Paraguayan People|guerrilla)).*(Paragua|Asuncion|army|armed forces"
    r"|Joint Task Force|Cartes|police|soldier|troops|security forces)"
)
NLFT = r"NLFT|National Liberation Front of Tripura|rebel|guerrilla|militant|ATTF|Tiger"

E: dict[str, list[tuple[str, ...]]] = {
    "m01-nytimes-in-portuguese-guinea-time-is-the-rebels-ally-1971": [
        # "Portugal is trying to hold, against a growing force of black guerrillas, a territory"
        (PORTUGAL, "opposes", GUINEA_REBELS, "*"),
        # the rebels "shell a fort held by the Portuguese", "sure that they can outlast"
        (GUINEA_REBELS, "opposes", PORTUGAL, "?"),
    ],
    "m09-peopledaily-fiji-coup-leader-speight-arrested-2000": [
        # "stormed parliament ... and took most of the cabinet hostage"; "held ... Chaudhry"
        (SPEIGHT, "opposes", FIJI, "*"),
        # arrested "after what appeared to be a gunfight with the military"
        (FIJI, "opposes", SPEIGHT, "?"),
        # "Speight and all his supporters": his own men, no stance
    ],
    "m10-abc-two-killed-in-suspected-rebel-attack-in-papua-2003": [
        # "Gunmen thought to be separatist rebels shot dead two soldiers"; "the OPM carried it out"
        (OPM, "opposes", INDONESIA, "*"),
        # "his troops wounded one rebel"
        (INDONESIA, "opposes", OPM, "?"),
    ],
    "m11-yahoo-maoist-rebels-kill-17-policemen-in-ambush-2020": [
        # "Maoist rebels killed 17 policemen when they ambushed a patrol in Chhattisgarh"
        (MAOISTS, "opposes", INDIA, "*"),
        (INDIA, "opposes", MAOISTS, "?"),
    ],
    "m13-masslive-south-hadley-approves-borrowing-for-a-new-library-2011": [],
    "m14-jazztimes-music-for-youth-foundation-announces-award": [],
    "m15-abplive-modi-recalls-the-1966-air-raid-on-aizawl-2023": [
        # "used the air force against the separatist Mizo National Front (MNF)"
        (INDIA, "opposes", MNF, "*"),
        # "had its air force attack the helpless citizens of Mizoram" (Modi's words)
        (INDIA, "opposes", MIZORAM, "?"),
        (MNF, "opposes", INDIA, "?"),
        (r"Modi", "opposes", r"Congress|Gandhi", "?"),
    ],
    "m17-time-moroccan-war-1925": [
        # "French and Spanish troops ... dealt the Riffians a small defeat"; "a great offensive"
        (FRANCE_SPAIN, "opposes", RIFF, "*"),
        (RIFF, "opposes", FRANCE_SPAIN, "?"),
        # chiefs offered to "help fight the Riffians" if pardoned: an offer, no stance
        (r"chief", "opposes", RIFF, "?"),
        (r"chief", "backs", r"Abd|Riff", "?"),
    ],
    "m21-eastmojo-militants-ambush-assam-rifles-in-tengnoupal-2023": [
        # "Armed militants ambushed troops of the Assam Rifles"; a convoy of the Manipur police
        (MANIPUR_MILITANTS, "opposes", INDIA, "*"),
        (INDIA, "opposes", MANIPUR_MILITANTS, "?"),
    ],
    "m22-naharnet-ten-filipino-soldiers-killed-in-rebel-ambush-2010": [
        # "Communist rebels ... killed ten soldiers"; "attack by the New People's Army (NPA)"
        (NPA, "opposes", PHILIPPINES, "*"),
        # "our troops are now pursuing them"; "hoped to end the communist insurgency"
        (PHILIPPINES, "opposes", NPA, "?"),
    ],
    "m23-kion-ap-new-fighting-in-oromia-kills-dozens-2022": [
        # "fighting ... between Ethiopian government forces and rebels of the Oromo Liberation Army"
        (ETHIOPIA, "opposes", OLA, "*"),
        (OLA, "opposes", ETHIOPIA, "*"),
        # "the larger, separate conflict with the Tigray forces"; "branded it a terrorist"
        (ETHIOPIA, "opposes", TIGRAY, "?"),
        (TIGRAY, "opposes", ETHIOPIA, "?"),
    ],
    "m24-happyghana-togo-team-bus-attacked-on-the-way-to-afcon-2020": [
        # "15 FLEC fighters took part in the ambush"; FLEC "claimed responsibility for the attack"
        (FLEC, "opposes", TOGO, "*"),
        # a separatist group of Angola's province
        (FLEC, "opposes", ANGOLA, "?"),
        (TOGO, "opposes", FLEC, "?"),
    ],
    "m28-foxnewslatino-guerrillas-kill-soldier-in-paraguay-2013": [
        # "killed ... in a gunfight with guerrillas of the Army of the Paraguayan People, or EPP"
        (EPP, "opposes", PARAGUAY, "*"),
        # the Joint Task Force "raided an EPP camp"; "sending troops to fight the EPP"
        (PARAGUAY, "opposes", EPP, "*"),
    ],
    "m25-oneindia-two-nlft-rebels-killed-in-tripura-2006": [
        # "Assam Rifles soldiers and guerrillas of the banned NLFT fought a fierce battle"
        (INDIA, "opposes", NLFT, "*"),
        # "NLFT rebels ... opened fire on them"
        (NLFT, "opposes", INDIA, "*"),
        # the Assam Rifles fired on the TSR by mistake: no stance
    ],
}


if __name__ == "__main__":
    raise SystemExit(main(expectations=E, docs=DOCS, about=__doc__ or ""))
